#!/usr/bin/env bash
# Attack benchmark (not in CI): a private Dovecot with its default
# auth_failure_delay (2 s) and auth_verbose, mailpasswd (release) behind a
# trusted proxy address, then in one run:
#   - a flood of wrong logins for unknown mailboxes from 150 IPv6 /48
#     networks, and at the same time 60 parallel guesses for one mailbox;
#   - password checks that reached Dovecot for that mailbox (its log;
#     target: at most 5 per 15 minutes whatever the concurrency);
#   - a correct login's median latency during the flood over its median
#     when quiet, measured in the same run (target: at most 2x);
#   - peak RSS of mailpasswd.
# Usage: benches/attack.sh [flood-seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}

tests/install-packages dovecot-imapd openssl python3

. benches/lib.sh
bench_start attack

imap=$(port); app=$(port)

password="Ausgangspasswort fuer den Angriffstest"
# Dovecot's defaults an attacker meets: a 2 s delay after each failure,
# and every check in its log to count.
start_dovecot "victim owner" $'auth_failure_delay = 2s\nauth_verbose = yes'

cat > "$dir/mailpasswd.toml" <<EOF
[server]
listen = "127.0.0.1:$app"
trusted_proxies = ["127.0.0.1/32"]
[mail]
domains = ["example.org"]
[auth.imap]
host = "127.0.0.1"
port = $imap
security = "plain"
[store]
kind = "passwd-file"
path = "$dir/passwd/users"
[audit]
path = "$dir/audit.log"
EOF
MAILPASSWD_LOG=${MAILPASSWD_LOG:-error} "$bin" serve --config "$dir/mailpasswd.toml" &
pids+=($!)
app_pid=$!
for _ in $(seq 50); do python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$app/healthz')" 2>/dev/null && break; sleep 0.1; done

python3 - "$app" "$password" "$secs" > "$dir/result" <<'PY'
import http.cookiejar, re, statistics, sys, threading, time, urllib.error, urllib.parse, urllib.request
app, password, secs = sys.argv[1], sys.argv[2], float(sys.argv[3])
base = f"http://127.0.0.1:{app}"

jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
page = opener.open(base + "/").read().decode()
csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
cookie = "; ".join(f"{c.name}={c.value}" for c in jar)

def login(email, pw, client_ip):
    body = urllib.parse.urlencode({"email": email, "password": pw, "csrf_token": csrf}).encode()
    req = urllib.request.Request(base + "/login", body, headers={"Cookie": cookie, "X-Forwarded-For": client_ip})
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *a, **k): return None
    t = time.perf_counter()
    try:
        status = urllib.request.build_opener(NoRedirect).open(req, timeout=60).status
    except urllib.error.HTTPError as e:
        status = e.code
    return status, time.perf_counter() - t

def owner_latency(n, label):
    times = []
    for i in range(n):
        status, took = login("owner@example.org", password, f"192.0.2.{i + 1}")
        assert status == 303, (label, status)
        times.append(took)
        time.sleep(0.2)
    return statistics.median(times)

quiet = owner_latency(10, "quiet")

stop = time.time() + secs
counts = {}
lock = threading.Lock()
def flood(net):
    n = 0
    while time.time() < stop:
        n += 1
        status, _ = login(f"nobody{net}x{n}@example.org", "Irgendein Passwort", f"2001:db8:{net:x}::{n % 65535 + 1:x}")
        with lock:
            counts[status] = counts.get(status, 0) + 1
floods = [threading.Thread(target=flood, args=(net,)) for net in range(0x100, 0x100 + 150)]
for t in floods: t.start()
guesses = [None] * 60
def guess(i):
    guesses[i] = login("victim@example.org", f"Geraten {i}", f"198.51.100.{i + 1}")[0]
guessers = [threading.Thread(target=guess, args=(i,)) for i in range(60)]
for t in guessers: t.start()
time.sleep(1)
during = owner_latency(10, "during the flood")
for t in guessers + floods: t.join()
print(quiet * 1000, during * 1000, guesses.count(401), guesses.count(429), sum(counts.values()), counts.get(401, 0), counts.get(429, 0))
PY
read -r quiet_ms during_ms guess_401 guess_429 flood_total flood_401 flood_429 < "$dir/result"
sleep 0.5
victim_checks=$(grep -c 'auth failed.*user=<victim@example.org>' "$dir/dovecot.log" || true)
unknown_checks=$(grep -c 'user=<nobody' "$dir/dovecot.log" || true)
peak_kb=$(awk '/VmHWM/ {print $2}' "/proc/$app_pid/status")

python3 - "$quiet_ms" "$during_ms" "$guess_401" "$guess_429" "$flood_total" "$flood_401" "$flood_429" "$victim_checks" "$unknown_checks" "$peak_kb" "$secs" <<'PY'
import sys
quiet, during, g401, g429, total, f401, f429, victim, unknown, peak, secs = map(float, sys.argv[1:])
print(f"flood:           {total:6.0f} logins for unknown mailboxes from 150 IPv6 networks in {secs:.0f} s ({f401:.0f} x 401, {f429:.0f} x 429)")
print(f"                 {unknown:6.0f} of them reached Dovecot")
print(f"60 guesses:      {g401:6.0f} x 401, {g429:.0f} x 429; Dovecot checked the mailbox {victim:.0f} times (target <= 5 per 15 min)")
print(f"correct login:   {during:6.1f} ms during the flood, {quiet:.1f} ms quiet: ratio {during/quiet:.2f}x (target <= 2x)")
print(f"peak RSS:        {peak/1024:6.1f} MiB")
PY

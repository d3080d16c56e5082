#!/usr/bin/env bash
# Burst and flood benchmark (not in CI): a private PostgreSQL holding the
# mailboxes, Dovecot reading them through its sql passdb, mailpasswd
# (release) behind a trusted proxy address. In one run:
#   1. BURST changes of distinct mailboxes sent at once through the JSON API,
#      each from a client address of its own: how many were refused, and the
#      wall time as a ratio to the CPU floor measured in the same run (the
#      same number of hashes and IMAP logins done directly: two logins and
#      one hash per change);
#   2. a flood of wrong logins for unknown mailboxes, each from an IPv6 /48
#      of its own, CLIENTS in all: requests/s per slice of clients, the last
#      slice as a ratio to the first (the limiter's state grows meanwhile);
#      RSS before, at the end of the flood and one WINDOW (the failure
#      window, shortened) after it.
# Usage: benches/burst.sh [burst] [clients] [window-secs]
set -euo pipefail
cd "$(dirname "$0")/.."
burst=${1:-100}
clients=${2:-200000}
window=${3:-60}

tests/install-packages dovecot-imapd dovecot-pgsql postgresql postgresql-client wrk python3

. benches/lib.sh
bench_start burst

imap=$(port); app=$(port)
password="Ausgangspasswort fuer den Ansturm"
users=$(seq -f 'user%g' 1 "$burst")
start_postgres "$users"
start_dovecot "$users"

cat > "$dir/mailpasswd.toml" <<EOF
[server]
listen = "127.0.0.1:$app"
trusted_proxies = ["127.0.0.1/32"]
# Each refusal waits as long as Dovecot's would: many connections at once.
max_connections = 4096
[mail]
domains = ["example.org"]
[auth.imap]
host = "127.0.0.1"
port = $imap
security = "plain"
$store
[audit]
path = "$dir/audit.log"
[rate_limit]
failure_window_secs = $window
EOF
MAILPASSWD_LOG=${MAILPASSWD_LOG:-error} "$bin" serve --config "$dir/mailpasswd.toml" &
pids+=($!)
app_pid=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$app/healthz" >/dev/null && break; sleep 0.1; done
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$app_pid/status"; }
cores=$(nproc)
settle
echo "RSS idle: $(( $(rss_kb) / 1024 )) MiB"

# --- 1. the burst, and its floor -------------------------------------------
python3 - "$app" "$imap" "$bin" "$password" "$burst" "$cores" <<'PY'
import concurrent.futures, imaplib, json, secrets, subprocess, sys, threading, time, urllib.error, urllib.request
app, imap, binary, password, n, cores = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6])

def imap_login(user, pw):
    c = imaplib.IMAP4("127.0.0.1", imap)
    try:
        c.login(f"{user}@example.org", pw)
        return True
    except imaplib.IMAP4.error:
        return False
    finally:
        try:
            c.logout()
        except Exception:
            pass

def timed(f):
    t = time.perf_counter(); f(); return time.perf_counter() - t

users = [f"user{i}" for i in range(1, n + 1)]
# The floor: what the burst must do at the least, done directly. Logins as
# many at once as mailpasswd's IMAP slots (20); hashes one per core.
def assert_all(results):
    results = list(results)
    assert all(results), results.count(False)
with concurrent.futures.ThreadPoolExecutor(20) as pool:
    logins = timed(lambda: assert_all(pool.map(lambda u: imap_login(u, password), users * 2)))
def hash_one(_):
    subprocess.run([binary, "hash"], input=b"Ein Passwort fuer die Messung", capture_output=True, check=True)
def start_one(_):
    subprocess.run([binary, "--version"], capture_output=True, check=True)
with concurrent.futures.ThreadPoolExecutor(cores) as pool:
    hashes = timed(lambda: list(pool.map(hash_one, range(n))))
    starts = timed(lambda: list(pool.map(start_one, range(n))))
floor = logins + max(hashes - starts, 0)

# The burst: every change released at the same moment.
news = {u: "Ansturm-" + secrets.token_urlsafe(15) for u in users}
ready = threading.Barrier(n + 1)
results = {}
def change(i, user):
    body = json.dumps({"email": f"{user}@example.org", "current_password": password,
                       "new_password": news[user]}).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{app}/api/v1/password", body,
                                 {"Content-Type": "application/json",
                                  "X-Forwarded-For": f"198.18.{i // 250}.{i % 250 + 1}"})
    ready.wait()
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            results[user] = (r.status, json.loads(r.read()).get("status"), time.perf_counter())
    except urllib.error.HTTPError as e:
        results[user] = (e.code, json.loads(e.read() or b"{}").get("error"), time.perf_counter())
threads = [threading.Thread(target=change, args=(i, u)) for i, u in enumerate(users)]
for t in threads: t.start()
ready.wait()
started = time.perf_counter()
for t in threads: t.join()
wall = max(r[2] for r in results.values()) - started
codes = {}
for status, what, _ in results.values():
    codes[f"{status} {what}"] = codes.get(f"{status} {what}", 0) + 1
changed = [u for u, r in results.items() if r[0] == 200]
in_force = sum(imap_login(u, news[u]) for u in changed)
print(f"burst of {n} changes:  {codes}")
print(f"  new password in force (IMAP login): {in_force} of {len(changed)} changed")
print(f"  wall {wall*1000:.0f} ms   CPU floor {floor*1000:.0f} ms ({2*n} IMAP logins {logins*1000:.0f} ms "
      f"+ {n} hashes {max(hashes - starts, 0)*1000:.0f} ms)   ratio {wall/floor:.2f}x (target <= 1.2x, 0 refused)")
PY
echo "RSS after the burst: $(( $(rss_kb) / 1024 )) MiB"

# --- 2. the flood ----------------------------------------------------------
page=$(curl -fs -c "$dir/jar" "http://127.0.0.1:$app/")
csrf=$(grep -o 'name="csrf_token" value="[^"]*"' <<<"$page" | sed 's/.*value="//; s/"$//')
cookie=$(awk '{sub(/^#HttpOnly_/, "")} !/^#/ && NF >= 7 {printf "%s=%s; ", $6, $7}' "$dir/jar")
cat > "$dir/flood.lua" <<EOF
-- Each request a client of its own: an IPv6 /48 and a mailbox never seen.
local first = tonumber(os.getenv("FIRST"))
local threads, n = 2, 0
local id = 0
function setup(thread) thread:set("id", id); id = id + 1 end
function request()
  local c = first + id + n * threads
  n = n + 1
  return wrk.format("POST", "/login", {
    ["X-Forwarded-For"] = string.format("2001:%x:%x::1", 0x100 + math.floor(c / 65536), c % 65536),
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "$cookie",
  }, "email=flood" .. c .. "%40example.org&password=Falsches+Passwort&csrf_token=$csrf")
end
EOF
# One of them by hand: the answer every flood request should get.
sample=$(curl -s -o /dev/null -w '%{http_code}' -b "$cookie" -H "X-Forwarded-For: 2001:ff:ffff::1" \
    --data-urlencode "email=sample@example.org" --data-urlencode "password=Falsches Passwort" \
    --data-urlencode "csrf_token=$csrf" "http://127.0.0.1:$app/login")
echo "a flood request is answered $sample"
settle
before=$(rss_kb)
first=0; slice=1; results=()
secs=10
while (( first < clients )); do
    out=$(FIRST=$first wrk -t2 -c1024 -d${secs}s -s "$dir/flood.lua" "http://127.0.0.1:$app/" 2>&1)
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    done_n=$(awk '/requests in/ {print $1}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    echo "  clients $first..$((first + done_n)): $rps req/s (non-2xx: ${non2xx:-0}), RSS $(( $(rss_kb) / 1024 )) MiB"
    results+=("$rps")
    first=$((first + done_n + 2))
done
peak=$(rss_kb)
echo "flood of $first clients: first slice ${results[0]} req/s, last ${results[-1]} req/s, ratio $(python3 -c "print(f'{${results[-1]}/${results[0]}:.2f}')")x (target >= 0.9x)"
# Keys lapse after the failure window, or for the per-client hour quota
# after 3600 s / per_ip_per_hour (36 s); lapsed keys are swept out every
# 10 s, and freed memory is given back every 10 s.
sleep $(( (window > 36 ? window : 36) + 25 ))
after=$(rss_kb)
python3 - "$before" "$peak" "$after" <<'PY'
import sys
before, peak, after = (int(x) / 1024 for x in sys.argv[1:])
print(f"RSS: before the flood {before:.1f} MiB, at its end {peak:.1f} MiB, one window after {after:.1f} MiB "
      f"({after/before:.2f}x before; target <= 1.10x)")
PY

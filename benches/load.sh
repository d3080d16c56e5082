#!/usr/bin/env bash
# Load benchmark (not in CI): starts a private Dovecot, mailpasswd (release)
# and nginx serving the same login page as a static file, then reports in
# one run:
#   - login page requests/s with wrk, as a ratio to nginx;
#   - median POST /password latency, as a ratio to the floor measured in the
#     same run: two bare IMAP logins + one hash + the wait for Dovecot's next
#     whole second that the change had to make (from mailpasswd's debug log;
#     Dovecot sees a rewritten passwd-file only then), and the change with
#     that wait taken out, as a ratio to the floor without it;
#   - peak RSS of mailpasswd.
# Usage: benches/load.sh [seconds-per-wrk-run] [changes]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-5}
changes=${2:-20}

tests/install-packages dovecot-imapd nginx-light wrk

. benches/lib.sh
bench_start bench

imap=$(port); app=$(port); web=$(port)

# --- Dovecot ---------------------------------------------------------------
password="Ausgangspasswort fuer den Lasttest"
start_dovecot "$(seq -f 'user%g' 1 50) bench"

# --- mailpasswd ------------------------------------------------------------
cat > "$dir/mailpasswd.toml" <<EOF
[server]
listen = "127.0.0.1:$app"
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
# One employee changes again and again from one address: lift the
# per-address login quota that would otherwise end the run.
[rate_limit]
per_ip_per_minute = 100000
per_ip_per_hour = 100000
EOF
MAILPASSWD_LOG=mailpasswd::change=debug MAILPASSWD_LOG_FORMAT=json "$bin" serve --config "$dir/mailpasswd.toml" 2> "$dir/server.log" &
pids+=($!)
app_pid=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$app/healthz" >/dev/null && break; sleep 0.1; done

# --- nginx with the same page as a static file -------------------------------
mkdir -p "$dir/nginx/html" "$dir/nginx/tmp"
curl -fs "http://127.0.0.1:$app/" > "$dir/nginx/html/index.html"
cat > "$dir/nginx/nginx.conf" <<EOF
worker_processes 2;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $dir/nginx/tmp;
    proxy_temp_path $dir/nginx/tmp;
    fastcgi_temp_path $dir/nginx/tmp;
    uwsgi_temp_path $dir/nginx/tmp;
    scgi_temp_path $dir/nginx/tmp;
    server {
        listen 127.0.0.1:$web;
        root $dir/nginx/html;
        default_type text/html;
    }
}
EOF
nginx -p "$dir/nginx/" -c nginx.conf

rps() { wrk -t2 -c64 -d"${secs}s" "$1" | awk '/Requests\/sec/ {print $2}'; }
nginx_rps=$(rps "http://127.0.0.1:$web/index.html")
page_rps=$(rps "http://127.0.0.1:$app/")

# --- the change, and its floor, measured in the same run ---------------------
python3 - "$app" "$imap" "$bin" "$password" "$changes" "$dir/server.log" > "$dir/latency" <<'PY'
import http.cookiejar, imaplib, json, random, re, statistics, subprocess, sys, time, urllib.parse, urllib.request
app, imap, binary, password, n, log = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5]), sys.argv[6]

def waits_so_far():
    found = []
    with open(log) as f:
        for line in f:
            if "visibility_wait_ms" in line:
                found.append(json.loads(line)["fields"]["visibility_wait_ms"] / 1000)
    return found
base = f"http://127.0.0.1:{app}"

def imap_login(pw):
    t = time.perf_counter()
    c = imaplib.IMAP4("127.0.0.1", imap)
    c.login("bench@example.org", pw)
    c.logout()
    return time.perf_counter() - t

def hash_once():
    t = time.perf_counter()
    subprocess.run([binary, "hash"], input=b"Ein Passwort fuer die Messung", capture_output=True, check=True)
    hashed = time.perf_counter() - t
    t = time.perf_counter()
    subprocess.run([binary, "--version"], capture_output=True, check=True)
    return hashed - (time.perf_counter() - t)

current = password
changes = []
floors = []
for i in range(n):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/").read().decode()
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    opener.open(base + "/login", urllib.parse.urlencode(
        {"email": "bench@example.org", "password": current, "csrf_token": csrf}).encode()).read()
    new = f"Lasttest Passphrase Nummer {i:04d} {'x' * (i % 3)}"
    body = urllib.parse.urlencode({"new_password": new, "confirm_password": new, "csrf_token": csrf}).encode()
    # People arrive at random moments, not in step with Dovecot's seconds.
    time.sleep(random.random())
    before = len(waits_so_far())
    t = time.perf_counter()
    result = opener.open(base + "/password", body).read().decode()
    took = time.perf_counter() - t
    assert "sofort aktiv" in result, result[:400]
    time.sleep(0.05)
    waits = waits_so_far()[before:]
    wait = sum(waits)
    current = new
    floor = 2 * imap_login(current) + hash_once()
    changes.append((took, took - wait))
    floors.append((floor + wait, floor))
med = lambda xs: statistics.median(xs) * 1000
print(med([c[0] for c in changes]), med([f[0] for f in floors]),
      med([c[1] for c in changes]), med([f[1] for f in floors]))
PY
read -r change_ms floor_ms bare_change_ms bare_floor_ms < "$dir/latency"
peak_kb=$(awk '/VmHWM/ {print $2}' "/proc/$app_pid/status")

python3 - "$nginx_rps" "$page_rps" "$change_ms" "$floor_ms" "$bare_change_ms" "$bare_floor_ms" "$peak_kb" <<'PY'
import sys
nginx, page, change, floor, bare_change, bare_floor, peak = map(float, sys.argv[1:])
print(f"login page:      {page:9.0f} req/s   nginx static: {nginx:9.0f} req/s   ratio {page/nginx:.2f}x (target >= 0.8x)")
print(f"POST /password:  {change:9.1f} ms      floor (2 IMAP logins + 1 hash + Dovecot's wait): {floor:.1f} ms   ratio {change/floor:.2f}x (target <= 1.1x)")
print(f"  without the wait: {bare_change:6.1f} ms      floor (2 IMAP logins + 1 hash): {bare_floor:.1f} ms   ratio {bare_change/bare_floor:.2f}x")
print(f"peak RSS:        {peak/1024:9.1f} MiB")
PY

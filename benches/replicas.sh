#!/usr/bin/env bash
# Replica benchmark (not in CI): a private Dovecot, Redis (Debian's
# redis-server, persistence off) and mailpasswd (release) behind nginx,
# three ways in one run:
#   memory   one replica, [state] kind = "memory" (the floor)
#   redis-1  one replica, [state] kind = "redis"
#   redis-2  two replicas sharing Redis, nginx round robin
# and reports, each as a ratio to memory:
#   - login page requests/s (wrk through nginx);
#   - changes/s: whole flows (page, login, form, change) by parallel
#     employees, each from an address of its own;
#   - Redis round trips per login and per change (client commands seen by
#     MONITOR; INFO commandstats also counts the commands run inside the
#     scripts), and how many of them are limit decisions.
# Both replicas share this machine's cores, so redis-2 shows the cost of
# sharing, not the gain of a second machine.
# Usage: benches/replicas.sh [seconds-per-wrk-run] [changes-per-setup] [parallel]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-5}
changes=${2:-40}
parallel=${3:-4}

tests/install-packages dovecot-imapd nginx-light wrk redis-server redis-tools openssl python3

. benches/lib.sh
bench_start replicas

imap=$(port); redis=$(port)
mem=$(port); r1=$(port); r2=$(port)
web_mem=$(port); web_r1=$(port); web_r2=$(port)
password="Ausgangspasswort fuer den Lasttest"
start_dovecot "$(seq -f 'user%g' 1 $((3 * changes + 10)))"

redis-server --port "$redis" --bind 127.0.0.1 --save "" --appendonly no \
    --dir "$dir" --daemonize no --loglevel warning >/dev/null &
pids+=($!)
for _ in $(seq 50); do redis-cli -p "$redis" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done

secret=$(openssl rand -hex 32)
replica() { # port state-section
    cat > "$dir/app-$1.toml" <<EOF
[server]
listen = "127.0.0.1:$1"
secret = "$secret"
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
path = "$dir/audit-$1.log"
$2
EOF
    MAILPASSWD_LOG=${MAILPASSWD_LOG:-warn} "$bin" serve --config "$dir/app-$1.toml" &
    pids+=($!)
    for _ in $(seq 50); do curl -fs "http://127.0.0.1:$1/healthz" >/dev/null && break; sleep 0.1; done
}
replica "$mem" ""
shared=$(printf '[state]\nkind = "redis"\nurl = "redis://127.0.0.1:%s/0"' "$redis")
replica "$r1" "$shared"
replica "$r2" "$shared"

# nginx: the employee's address passes as X-Forwarded-For (as
# deploy/nginx.conf does with $remote_addr), here taken from the client so
# that each simulated employee has an address of its own.
mkdir -p "$dir/nginx/tmp"
server_block() { # listen upstream
    printf '    server {\n        listen 127.0.0.1:%s;\n        location / {\n            proxy_pass http://%s;\n            proxy_set_header X-Forwarded-For $http_x_employee;\n            proxy_http_version 1.1;\n            proxy_set_header Connection "";\n        }\n    }\n' "$1" "$2"
}
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
    upstream memory { server 127.0.0.1:$mem; keepalive 16; }
    upstream redis1 { server 127.0.0.1:$r1; keepalive 16; }
    upstream redis2 { server 127.0.0.1:$r1; server 127.0.0.1:$r2; keepalive 16; }
$(server_block "$web_mem" memory)
$(server_block "$web_r1" redis1)
$(server_block "$web_r2" redis2)
}
EOF
nginx -p "$dir/nginx/" -c nginx.conf

rps() { wrk -t2 -c64 -d"${secs}s" "$1" | awk '/Requests\/sec/ {print $2}'; }
page_mem=$(rps "http://127.0.0.1:$web_mem/")
page_r1=$(rps "http://127.0.0.1:$web_r1/")
page_r2=$(rps "http://127.0.0.1:$web_r2/")

python3 - "$dir" "$redis" "$changes" "$parallel" "$password" \
    "$web_mem" "$web_r1" "$web_r2" "$page_mem" "$page_r1" "$page_r2" <<'PY'
import concurrent.futures, hashlib, http.cookiejar, itertools, pathlib, re, subprocess, sys, time, urllib.parse, urllib.request
d, redis, n, par, password = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
webs = dict(zip(["memory", "redis-1", "redis-2"], sys.argv[6:9]))
pages = dict(zip(["memory", "redis-1", "redis-2"], map(float, sys.argv[9:12])))
users = itertools.count(1)

def flow(web, user, phases=None):
    base = f"http://127.0.0.1:{web}"
    ip = f"10.{user // 250}.{user % 250}.7"
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.addheaders = [("X-Employee", ip), ("Accept-Language", "de")]
    page = opener.open(base + "/").read().decode()
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    opener.open(base + "/login", urllib.parse.urlencode(
        {"email": f"user{user}@example.org", "password": password, "csrf_token": csrf}).encode()).read()
    if phases: phases("login done")
    form = opener.open(base + "/password").read().decode()
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
    new = f"Lasttest Passphrase fuer Nummer {user:04d}"
    body = urllib.parse.urlencode({"new_password": new, "confirm_password": new, "csrf_token": csrf}).encode()
    result = opener.open(base + "/password", body).read().decode()
    assert "sofort aktiv" in result, result[:400]

rate = {}
for name, web in webs.items():
    batch = [next(users) for _ in range(n)]
    t = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(par) as pool:
        list(pool.map(lambda u: flow(web, u), batch))
    rate[name] = n / (time.perf_counter() - t)

# Round trips: one login and one change on redis-1, watched by MONITOR.
shas = {hashlib.sha1(p.read_bytes()).hexdigest(): p.stem for p in pathlib.Path("src/state/redis").glob("*.lua")}
monitor = subprocess.Popen(["redis-cli", "-p", redis, "monitor"], stdout=subprocess.PIPE, text=True)
time.sleep(0.3)
mark = lambda text: subprocess.run(["redis-cli", "-p", redis, "echo", text], capture_output=True)
mark("start")
flow(webs["redis-1"], next(users), phases=mark)
mark("end")
time.sleep(0.3)
monitor.terminate()
lines = [l for l in monitor.stdout.read().splitlines() if "lua]" not in l and '"PING"' not in l]
def phase(a, b):
    i = next(i for i, l in enumerate(lines) if f'"{a}"' in l)
    j = next(j for j, l in enumerate(lines) if f'"{b}"' in l)
    calls = []
    for l in lines[i + 1:j]:
        words = re.findall(r'"([^"]*)"', l)
        name = words[0].upper()
        if name in ("EVALSHA", "EVAL"):
            name = shas.get(words[1], "script")
        calls.append(name)
    return calls
login, change = phase("start", "login done"), phase("login done", "end")
decisions = lambda calls: sum(c in ("gcra", "reserve", "settle") for c in calls)
show = lambda calls: ", ".join(f"{c}×{calls.count(c)}" for c in sorted(set(calls)))

print(f"{'':10} {'login page req/s':>18} {'ratio':>7} {'changes/s':>11} {'ratio':>7}")
for name in webs:
    print(f"{name:10} {pages[name]:18.0f} {pages[name]/pages['memory']:6.2f}x {rate[name]:11.2f} {rate[name]/rate['memory']:6.2f}x")
print(f"Redis round trips per login (and the form it leads to):  {len(login):2d} ({decisions(login)} limit decisions; {show(login)})")
print(f"Redis round trips per change (form and submit):          {len(change):2d} ({decisions(change)} limit decisions; {show(change)})")
PY

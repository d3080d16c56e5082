#!/usr/bin/env bash
# Memory benchmark (not in CI): mailpasswd (release) with a PostgreSQL store
# read by Dovecot's sql passdb; CHANGES password changes through the JSON
# API, four employees at a time, each from an address of its own. Reports
# RSS idle and after 100, 1,000 and CHANGES changes against the bound
# idle + hashing workers x hash.memory_kib + 8 MiB; then the same with
# auth.method = "store" (mailpasswd verifies the stored Argon2 hash itself).
# Usage: benches/memory.sh [changes] [store-mode-changes]
set -euo pipefail
cd "$(dirname "$0")/.."
changes=${1:-10000}
store_changes=${2:-1000}

tests/install-packages dovecot-imapd dovecot-pgsql postgresql postgresql-client python3

. benches/lib.sh
bench_start memory

imap=$(port)
password="Ausgangspasswort fuer den Speichertest"
users=$(seq -f 'user%g' 1 8)
start_postgres "$users"
start_dovecot "$users"
cores=$(nproc)
memory_kib=19456

run() { # METHOD CHANGES FIRST-MAILBOX (each run its own four mailboxes)
    local method=$1 count=$2 first=$3 app
    app=$(port)
    cat > "$dir/mailpasswd.toml" <<EOF
[server]
listen = "127.0.0.1:$app"
trusted_proxies = ["127.0.0.1/32"]
[mail]
domains = ["example.org"]
[auth]
method = "$method"
[auth.imap]
host = "127.0.0.1"
port = $imap
security = "plain"
[hash]
memory_kib = $memory_kib
$store
[audit]
path = "$dir/audit.log"
EOF
    MAILPASSWD_LOG=${MAILPASSWD_LOG:-error} "$bin" serve --config "$dir/mailpasswd.toml" &
    local pid=$!
    pids+=("$pid")
    for _ in $(seq 50); do curl -fs "http://127.0.0.1:$app/healthz" >/dev/null && break; sleep 0.1; done
    settle
    python3 - "$app" "$pid" "$password" "$count" "$cores" "$memory_kib" "$method" "$first" <<'PY'
import json, sys, threading, time, urllib.request
app, pid, password, count, cores, memory_kib, method, first = sys.argv[1:]
count, cores, memory_kib, first = int(count), int(cores), int(memory_kib), int(first)

def rss():
    with open(f"/proc/{pid}/status") as f:
        return next(int(l.split()[1]) for l in f if l.startswith("VmRSS")) / 1024

idle = rss()
bound = idle + cores * memory_kib / 1024 + 8
done = 0
lock = threading.Lock()
marks = {1, 10, 100, 1000, count}
seen = []

def employee(k):
    global done
    user = f"user{first + k}@example.org"
    current = password
    n = 0
    while True:
        with lock:
            if done >= count:
                return
            done += 1
            mine = done
        new = f"Speichertest-{k}-{n}-Kranich-Laterne"
        n += 1
        body = json.dumps({"email": user, "current_password": current, "new_password": new}).encode()
        req = urllib.request.Request(f"http://127.0.0.1:{app}/api/v1/password", body, {
            "Content-Type": "application/json",
            "X-Forwarded-For": f"10.{mine >> 16 & 255}.{mine >> 8 & 255}.{mine & 255}"})
        with urllib.request.urlopen(req, timeout=60) as r:
            assert json.loads(r.read())["status"] == "changed"
        current = new
        if mine in marks:
            seen.append((mine, rss()))

started = time.time()
threads = [threading.Thread(target=employee, args=(k,)) for k in range(4)]
for t in threads: t.start()
for t in threads: t.join()
took = time.time() - started
print(f"auth.method = {method}: {count} changes in {took:.0f} s; RSS idle {idle:.1f} MiB, "
      f"bound {bound:.1f} MiB (idle + {cores} workers x {memory_kib} KiB + 8 MiB)")
for mark, mib in sorted(seen):
    print(f"  after {mark:6d} changes: {mib:6.1f} MiB  ({mib - idle:+.1f} MiB; {'within' if mib <= bound else 'OVER'} the bound)")
PY
    kill "$pid"
}

run imap "$changes" 1
run store "$store_changes" 5

# Sourced by the bench scripts (from the repository's top directory).

# A release build in $bin and a private $dir, removed on exit with every
# process in $pids killed and the Dovecot and nginx started there stopped.
# Usage: bench_start NAME
bench_start() {
    cargo build --release --quiet
    bin=$PWD/target/release/mailpasswd
    dir=$(mktemp -d "/tmp/mailpasswd-$1-XXXXXX")
    chmod 755 "$dir"
    pids=()
    trap bench_cleanup EXIT
}

bench_cleanup() {
    [[ -f $dir/server.log ]] && cp "$dir/server.log" /tmp/last-bench-server.log
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    if [[ -f $dir/dovecot.conf ]]; then dovecot -c "$dir/dovecot.conf" stop 2>/dev/null || true; fi
    if [[ -f $dir/nginx/nginx.conf ]]; then nginx -p "$dir/nginx/" -c nginx.conf -s stop 2>/dev/null || true; fi
    if [[ -d $dir/pg ]]; then runuser -u postgres -- "$(pg_bin pg_ctl)" -D "$dir/pg" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
}

# jemalloc gives the pages a burst freed back to the system after its 10 s
# dirty decay: an RSS meant as a resting size is read after this.
settle() { sleep 15; }

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# A private Dovecot 2.3 on 127.0.0.1:$imap with a passwd-file holding
# USER@example.org for each local part in USERS, all with $password.
# TUNING is Dovecot settings of the run (default: no failure delay).
# Usage: start_dovecot "USERS" [TUNING]
start_dovecot() {
    local users=$1 tuning=${2:-auth_failure_delay = 0}
    mkdir -p "$dir"/{run,state,home,passwd}
    chmod 1777 "$dir/home"; chmod 755 "$dir/passwd"
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$dir/key.pem" -out "$dir/cert.pem" -days 1 \
        -subj /CN=localhost -addext basicConstraints=critical,CA:FALSE \
        -addext subjectAltName=DNS:localhost,IP:127.0.0.1 2>/dev/null
    printf '%s' "$password" | "$bin" hash > "$dir/hash"
    for user in $users; do echo "$user@example.org:$(cat "$dir/hash")::::::"; done > "$dir/passwd/users"
    chmod 644 "$dir/passwd/users"
    cat > "$dir/dovecot.conf" <<EOF
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
listen = 127.0.0.1
protocols = imap
ssl = yes
ssl_cert = <$dir/cert.pem
ssl_key = <$dir/key.pem
$tuning
auth_mechanisms = plain login
login_trusted_networks = 127.0.0.0/8
service imap-login {
  inet_listener imap {
    port = $imap
  }
  inet_listener imaps {
    port = 0
  }
}
${passdb:-$(printf 'passdb {\n  driver = passwd-file\n  args = scheme=ARGON2ID %s\n}' "$dir/passwd/users")}
userdb {
  driver = static
  args = uid=65534 gid=65534 home=$dir/home/%u
}
mail_location = maildir:$dir/home/%u/Maildir
EOF
    dovecot -c "$dir/dovecot.conf"
}

pg_bin() { echo "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/$1"; }

# A private PostgreSQL on 127.0.0.1:$pg with database "mail" and a PostfixAdmin-
# like table "mailbox" holding USER@example.org for each local part in USERS,
# all with $password. Sets $passdb, the Dovecot passdb reading it (for
# start_dovecot), and $store, the [store] section for mailpasswd.
# Usage: start_postgres "USERS"
start_postgres() {
    local users=$1
    pg=$(port)
    mkdir -p "$dir/pg" && chown postgres:postgres "$dir/pg"
    runuser -u postgres -- "$(pg_bin initdb)" -U postgres -A trust --no-sync -D "$dir/pg" >/dev/null
    runuser -u postgres -- "$(pg_bin pg_ctl)" -D "$dir/pg" -l "$dir/pg/server.log" -w \
        -o "-p $pg -k $dir/pg -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    local psql=(psql -h 127.0.0.1 -p "$pg" -U postgres -v ON_ERROR_STOP=1 -q)
    "${psql[@]}" -c "CREATE DATABASE mail"
    [[ -f $dir/hash ]] || printf '%s' "$password" | "$bin" hash > "$dir/hash"
    "${psql[@]}" -d mail -c "CREATE TABLE mailbox (username text PRIMARY KEY, password text NOT NULL, active boolean NOT NULL DEFAULT true)"
    for user in $users; do printf '%s@example.org\t%s\n' "$user" "$(cat "$dir/hash")"; done |
        "${psql[@]}" -d mail -c "COPY mailbox (username, password) FROM STDIN"
    printf '%s\n' "driver = pgsql" \
        "connect = host=127.0.0.1 port=$pg dbname=mail user=postgres" \
        "default_pass_scheme = ARGON2ID" \
        "password_query = SELECT username AS user, password FROM mailbox WHERE username = '%u' AND active" \
        > "$dir/dovecot-sql.conf.ext"
    chmod 644 "$dir/dovecot-sql.conf.ext"
    passdb=$(printf 'passdb {\n  driver = sql\n  args = %s\n}' "$dir/dovecot-sql.conf.ext")
    store=$(printf '[store]\nkind = "sql"\nurl = "postgres://postgres@127.0.0.1:%s/mail"\n%s\n%s' "$pg" \
        'password_query = "SELECT password FROM mailbox WHERE username = :email AND active"' \
        'update_query = "UPDATE mailbox SET password = :hash WHERE username = :email AND active"')
}

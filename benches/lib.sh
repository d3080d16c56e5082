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
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    if [[ -f $dir/dovecot.conf ]]; then dovecot -c "$dir/dovecot.conf" stop 2>/dev/null || true; fi
    if [[ -f $dir/nginx/nginx.conf ]]; then nginx -p "$dir/nginx/" -c nginx.conf -s stop 2>/dev/null || true; fi
    rm -rf "$dir"
}

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
passdb {
  driver = passwd-file
  args = scheme=ARGON2ID $dir/passwd/users
}
userdb {
  driver = static
  args = uid=65534 gid=65534 home=$dir/home/%u
}
mail_location = maildir:$dir/home/%u/Maildir
EOF
    dovecot -c "$dir/dovecot.conf"
}

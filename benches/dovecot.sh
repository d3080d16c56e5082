# Sourced by the bench scripts: a private Dovecot 2.3 on a loopback port
# with a passwd-file of `user1..userN@example.org` and `bench@example.org`,
# all with $password, auth_failure_delay 0.
# Needs: $dir, $bin, $imap; sets $password.
start_dovecot() {
    local users=${1:-50}
    mkdir -p "$dir"/{run,state,home,passwd}
    chmod 1777 "$dir/home"; chmod 755 "$dir/passwd"
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$dir/key.pem" -out "$dir/cert.pem" -days 1 \
        -subj /CN=localhost -addext basicConstraints=critical,CA:FALSE \
        -addext subjectAltName=DNS:localhost,IP:127.0.0.1 2>/dev/null
    password="Ausgangspasswort fuer den Lasttest"
    printf '%s' "$password" | "$bin" hash > "$dir/hash"
    for i in $(seq 1 "$users"); do echo "user$i@example.org:$(cat "$dir/hash")::::::"; done > "$dir/passwd/users"
    echo "bench@example.org:$(cat "$dir/hash")::::::" >> "$dir/passwd/users"
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
auth_failure_delay = 0
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

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

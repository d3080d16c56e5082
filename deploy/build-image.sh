#!/usr/bin/env bash
# Builds the real Dockerfile, unchanged, on a machine without a Docker
# engine or a registry, then runs the image and changes a password in a
# passwd-file volume through it.
#
#   deploy/build-image.sh            build, run, check; prints the image size
#
# What stands in for the registry: Debian's buildah/podman (vfs storage,
# chroot isolation, runc), a Debian base made by mmdebstrap with this
# machine's Rust toolchain copied in (tagged as the Dockerfile's
# rust:1.95-bookworm), and `cargo vendor` so the build needs no network.
set -euo pipefail
cd "$(dirname "$0")/.."
store=(--storage-driver vfs)
image=localhost/mailpasswd:latest
rust_image=docker.io/library/rust:1.95-bookworm

tests/install-packages buildah podman mmdebstrap runc uidmap curl

work=$(mktemp -d /tmp/mailpasswd-image-XXXXXX)
container=""
cleanup() {
    [ -n "$container" ] && podman "${store[@]}" rm -f "$container" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

# 1. The build stage's base: Debian bookworm + gcc + make (jemalloc's build
# runs make, as the real rust image has it) + this machine's Rust. A base
# assembled before make was needed is assembled again.
if podman "${store[@]}" image exists "$rust_image" \
    && ! podman "${store[@]}" run --rm --runtime runc --network none \
        --ulimit nofile=1024:1024 --ulimit nproc=4096:4096 "$rust_image" \
        make --version >/dev/null 2>&1; then
    podman "${store[@]}" rmi "$rust_image" >/dev/null
fi
if ! podman "${store[@]}" image exists "$rust_image"; then
    echo "== assembling $rust_image from mmdebstrap and the local toolchain"
    mmdebstrap --variant=minbase --include=gcc,libc6-dev,make,ca-certificates \
        bookworm "$work/rootfs" >/dev/null 2>"$work/mmdebstrap.log" || { cat "$work/mmdebstrap.log"; exit 1; }
    sysroot=$(rustc --print sysroot)
    mkdir -p "$work/rootfs/usr/local/rust"
    tar -C "$sysroot" --exclude=./share/doc -cf - . | tar -C "$work/rootfs/usr/local/rust" -xf -
    for bin in cargo rustc; do ln -sf "/usr/local/rust/bin/$bin" "$work/rootfs/usr/local/bin/$bin"; done
    tar -C "$work/rootfs" -cf - . | podman "${store[@]}" import \
        --change 'ENV PATH=/usr/local/bin:/usr/bin:/bin' \
        --change 'ENV CARGO_HOME=/usr/local/cargo' - "$rust_image" >/dev/null
    rm -rf "$work/rootfs"
fi

# 2. The build context: the tracked files, plus vendored crates so that
# `cargo build --locked` runs offline inside the build.
echo "== preparing the build context"
mkdir -p "$work/context/.cargo"
git ls-files -z --cached --others --exclude-standard | xargs -0 -I{} cp --parents {} "$work/context/"
(cd "$work/context" && cargo vendor --locked --versioned-dirs vendor > .cargo/config.toml 2>"$work/vendor.log") \
    || { cat "$work/vendor.log"; exit 1; }

# 3. Build the Dockerfile as it is.
echo "== building $image"
started=$(date +%s)
# Docker format: OCI images have no HEALTHCHECK.
buildah "${store[@]}" bud --isolation chroot --pull-never --layers=false --format docker \
    -f "$work/context/Dockerfile" -t "$image" "$work/context" >"$work/build.log" 2>&1 \
    || { tail -40 "$work/build.log"; exit 1; }
echo "   built in $(( $(date +%s) - started )) s"
size=$(podman "${store[@]}" image inspect --format '{{.Size}}' "$image")
echo "   image size: $((size / 1024 / 1024)) MiB ($size bytes)"

# 4. Run it: a passwd-file volume with one mailbox, the store
# authenticator (no mail server needed here), host networking.
echo "== running $image"
mkdir -p "$work/etc" "$work/data"
hash=$(printf '%s' 'Altes Passwort im Container' | podman "${store[@]}" run --rm -i --runtime runc --network none \
    --ulimit nofile=1024:1024 --ulimit nproc=4096:4096 "$image" hash)
echo "max@example.org:${hash}::::::" > "$work/data/users"
chown -R 65532:65532 "$work/data"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$work/etc/config.toml" <<EOF
[server]
listen = "127.0.0.1:$port"
[mail]
domains = ["example.org"]
[auth]
method = "store"
[store]
kind = "passwd-file"
path = "/var/lib/mailpasswd/users"
EOF
container=$(podman "${store[@]}" run -d --runtime runc --network host --ulimit nofile=1024:1024 --ulimit nproc=4096:4096 \
    -e MAILPASSWD_SERVER__LISTEN="127.0.0.1:$port" \
    -v "$work/etc:/etc/mailpasswd:ro" -v "$work/data:/var/lib/mailpasswd" "$image")
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
podman "${store[@]}" healthcheck run "$container"
echo "   HEALTHCHECK: healthy"
podman "${store[@]}" exec "$container" /mailpasswd healthcheck

jar="$work/cookies"
page=$(curl -fsS -c "$jar" -b "$jar" "http://127.0.0.1:$port/")
grep -q 'E-Mail-Passwort ändern' <<<"$page" && echo "   login page served"
csrf=$(sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' <<<"$page" | head -1)
before=$(cat "$work/data/users")
curl -fsS -o /dev/null -c "$jar" -b "$jar" -w '   POST /login: %{http_code}\n' \
    --data-urlencode email=max@example.org --data-urlencode 'password=Altes Passwort im Container' \
    --data-urlencode "csrf_token=$csrf" "http://127.0.0.1:$port/login"
result=$(curl -fsS -c "$jar" -b "$jar" -w '\n%{http_code}' \
    --data-urlencode 'new_password=Neues Passwort aus dem Container' \
    --data-urlencode 'confirm_password=Neues Passwort aus dem Container' \
    --data-urlencode "csrf_token=$csrf" "http://127.0.0.1:$port/password")
echo "   POST /password: $(tail -1 <<<"$result")"
grep -q 'Die Änderung wird sofort aktiv' <<<"$result"
after=$(cat "$work/data/users")
[ "$before" != "$after" ] || { echo "   the passwd-file did not change"; exit 1; }
echo "   passwd-file volume changed: ${after:0:40}…"
if podman "${store[@]}" exec "$container" sh -c true >/dev/null 2>&1; then
    echo "   unexpected: the image has a shell"; exit 1
fi
echo "   no shell in the image"
echo "== ok"

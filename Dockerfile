# syntax=docker/dockerfile:1
# mailpasswd container image: multi-stage, static binary, no shell.

# Build: Rust on Debian bookworm. The binary links glibc statically
# (crt-static); Debian 12's glibc resolves names without NSS modules, and
# the TLS roots are compiled in, so the runtime stage needs nothing else.
FROM docker.io/library/rust:1.95-bookworm AS build
WORKDIR /src
COPY . .
RUN RUSTFLAGS="-C target-feature=+crt-static" \
    cargo build --release --locked --target x86_64-unknown-linux-gnu \
 && install -D -m 0755 target/x86_64-unknown-linux-gnu/release/mailpasswd /out/mailpasswd

# Runtime: the binary alone, as an unprivileged user.
FROM scratch
COPY --from=build /out/mailpasswd /mailpasswd
USER 65532:65532
ENV MAILPASSWD_CONFIG=/etc/mailpasswd/config.toml \
    MAILPASSWD_SERVER__LISTEN=0.0.0.0:8080
# /etc/mailpasswd: config.toml (read-only is fine);
# /var/lib/mailpasswd: the passwd-file's directory, writable for the user above.
VOLUME ["/etc/mailpasswd", "/var/lib/mailpasswd"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=5s --retries=3 \
    CMD ["/mailpasswd", "healthcheck"]
ENTRYPOINT ["/mailpasswd"]
CMD ["serve"]

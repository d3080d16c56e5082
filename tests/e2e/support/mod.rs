//! Harnesses for the real servers the tests run against, and helpers.

pub mod app;
pub mod certs;
pub mod cut;
pub mod dovecot;
pub mod fault;
pub mod ldap;
pub mod nginx;
pub mod redis;
pub mod smtp;
pub mod sql;

use std::io::Write;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub use dovecot::Dovecot;

/// The mailbox most tests change, and its passwords before and after.
pub const ALICE: &str = "alice@example.org";
pub const OLD: &str = "Altes Passwort von Alice";
pub const NEW: &str = "Frischer Wind über dem Deich";
/// A second mailbox, which no test may change by accident.
pub const BOB: &str = "bob@example.org";
pub const BOB_PW: &str = "Bobs Passwort bleibt gleich";

/// A passwd-file with Alice (`alice_extra` as her extra fields) and Bob.
pub fn alice_and_bob(alice_extra: &str) -> String {
    format!(
        "{}{}",
        passwd_line(ALICE, OLD, alice_extra),
        passwd_line(BOB, BOB_PW, "")
    )
}

/// A refusal: the status, the words the user reads, and the credential
/// store exactly as it was.
#[track_caller]
pub fn assert_refused(page: &app::Page, status: u16, says: &str, before: &[u8], now: &[u8]) {
    assert_eq!(page.status, status, "{}", page.body);
    assert!(
        page.body.contains(says),
        "{says:?} missing from {}",
        page.body
    );
    assert!(before == now, "the credential store changed");
}

/// A port that was free a moment ago on 127.0.0.1, for a server a test
/// starts. Taken outside the kernel's ephemeral range and never handed out
/// twice in this process: a port the kernel picked for `bind(0)` can be
/// given to another test's outgoing connection (to PostgreSQL, say) before
/// Dovecot or nginx gets to listen on it.
pub fn free_port() -> u16 {
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::OnceLock;
    static RANGE: OnceLock<(u32, u32)> = OnceLock::new();
    static NEXT: OnceLock<AtomicU32> = OnceLock::new();
    let &(first, span) = RANGE.get_or_init(|| {
        let (low, high) = std::fs::read_to_string("/proc/sys/net/ipv4/ip_local_port_range")
            .ok()
            .and_then(|text| {
                let mut parts = text.split_whitespace().map(|p| p.parse::<u32>().ok());
                Some((parts.next()??, parts.next()??))
            })
            .unwrap_or((32768, 60999));
        if low >= 12_000 {
            (10_000, low.min(32_000) - 10_000)
        } else {
            assert!(
                high < 63_000,
                "no room outside the ephemeral range {low}-{high}"
            );
            (high + 1, 65_535 - high)
        }
    });
    // Separate test processes (a developer may run two) start at
    // different offsets.
    let next = NEXT.get_or_init(|| {
        AtomicU32::new(((u64::from(std::process::id()) * 7919) % u64::from(span)) as u32)
    });
    for _ in 0..span {
        let port = (first + next.fetch_add(1, Ordering::SeqCst) % span) as u16;
        if TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
    panic!("no free port between {first} and {}", first + span);
}

/// A temp dir that Dovecot's unprivileged auth process can enter.
pub fn shared_tempdir() -> tempfile::TempDir {
    let dir = tempfile::Builder::new()
        .prefix("mailpasswd-test-")
        .tempdir()
        .expect("tempdir");
    set_mode(dir.path(), 0o755);
    dir
}

pub fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_mailpasswd"))
}

/// Runs the mailpasswd binary with `stdin` piped in.
pub fn run_cli(args: &[&str], stdin: &[u8]) -> Output {
    run_cli_env(args, stdin, &[])
}

pub fn run_cli_env(args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(bin());
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env_remove("MAILPASSWD_CONFIG");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("spawn mailpasswd");
    // A process that refuses early may not read its input: ignore EPIPE.
    let _ = child.stdin.take().expect("stdin").write_all(stdin);
    child.wait_with_output().expect("wait mailpasswd")
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

use mailpasswd::domain::PasswordHash;
use mailpasswd::hash::HashSettings;

/// Cheap argon2 parameters for setting up fixtures quickly.
pub fn fast_hash(password: &str) -> PasswordHash {
    let settings = HashSettings {
        memory_kib: 1024,
        iterations: 1,
        ..HashSettings::default()
    };
    settings
        .check()
        .unwrap()
        .hash_blocking(&mailpasswd::domain::Password::parse(password.to_owned()).unwrap())
        .unwrap()
}

/// A passwd-file line as Dovecot's docs show it, with extra fields.
pub fn passwd_line(user: &str, password: &str, extra: &str) -> String {
    format!("{user}:{}:::::{extra}\n", fast_hash(password).as_str())
}

/// Which IMAP port and security a config should use.
#[derive(Clone, Copy)]
pub enum Via {
    Imaps,
    Starttls,
}

/// A config file for the CLI against `dovecot`, with `extra` TOML appended
/// (it may add keys to the last section, [hash]).
pub fn write_config(dovecot: &Dovecot, via: Via, extra: &str) -> PathBuf {
    let (port, security) = match via {
        Via::Imaps => (dovecot.imaps_port, "tls"),
        Via::Starttls => (dovecot.imap_port, "starttls"),
    };
    let path = dovecot.dir.path().join("mailpasswd.toml");
    std::fs::write(
        &path,
        format!(
            r#"[mail]
domains = ["example.org"]

[auth.imap]
host = "127.0.0.1"
port = {port}
security = "{security}"
ca_file = "{ca}"
timeout_secs = 5

[store]
kind = "passwd-file"
path = "{passwd}"

[hash]
{extra}
"#,
            ca = dovecot.certs.ca_pem.display(),
            passwd = dovecot.passwd.display(),
        ),
    )
    .unwrap();
    path
}

//! A throwaway Dovecot: own config, own loopback ports, own temp dir;
//! stopped on drop. Dovecot 2.3 from Debian 12's `dovecot-imapd` by
//! default; with `DOVECOT_TEST_VERSION=2.4`, Debian 13's 2.4 from a
//! root made by `mmdebstrap` (tests/run makes it), run by `chroot`. The
//! host's /tmp is mounted at the same place inside, so both see the same
//! paths.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use base64::Engine;

use super::certs::{self, TestCerts};
use super::{free_port, set_mode, shared_tempdir};

pub struct Dovecot {
    pub dir: tempfile::TempDir,
    pub imap_port: u16,
    pub imaps_port: u16,
    pub pop3_port: u16,
    pub passwd: PathBuf,
    pub certs: TestCerts,
    pub config: PathBuf,
    /// The doveadm HTTP API, when started with an SQL passdb.
    pub doveadm_port: Option<u16>,
}

/// The doveadm API key of SQL-backed test instances.
pub const DOVEADM_API_KEY: &str = "test-api-key-not-secret";

/// Which Dovecot the tests run against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Version {
    V23,
    /// Run inside this root (a Debian 13 made by mmdebstrap).
    V24(PathBuf),
}

/// The version this test run uses (`DOVECOT_TEST_VERSION`).
pub fn version() -> &'static Version {
    static VERSION: OnceLock<Version> = OnceLock::new();
    VERSION.get_or_init(|| match std::env::var("DOVECOT_TEST_VERSION").as_deref() {
        Ok("2.4") => {
            let root = PathBuf::from(
                std::env::var("DOVECOT_TEST_ROOT")
                    .unwrap_or_else(|_| "/var/cache/mailpasswd/dovecot-2.4".to_owned()),
            );
            assert!(
                root.join("usr/sbin/dovecot").exists(),
                "no Dovecot 2.4 root at {}: run tests/run, which makes it",
                root.display()
            );
            mount_once(&root);
            Version::V24(root)
        }
        _ => Version::V23,
    })
}

pub fn is_24() -> bool {
    matches!(version(), Version::V24(_))
}

/// /proc and the host's /tmp inside the root, unless already there.
fn mount_once(root: &Path) {
    let mounts = std::fs::read_to_string("/proc/mounts").unwrap_or_default();
    for (source, target) in [("/proc", "proc"), ("/tmp", "tmp")] {
        let target = root.join(target);
        if !mounts.contains(&format!(" {} ", target.display())) {
            let status = Command::new("mount")
                .args(["--bind", source])
                .arg(&target)
                .status()
                .expect("mount");
            assert!(
                status.success(),
                "mount --bind {source} {}",
                target.display()
            );
        }
    }
}

/// A program of Dovecot's (`dovecot`, `doveadm`), as this version runs it.
pub fn program(name: &str) -> Command {
    match version() {
        Version::V23 => Command::new(name),
        Version::V24(root) => {
            let mut command = Command::new("chroot");
            command.arg(root).arg(name);
            command
        }
    }
}

/// An open IMAP session, idling.
pub struct IdleSession {
    reader: BufReader<TcpStream>,
}

impl IdleSession {
    /// What the server sent before it closed the connection, if it did
    /// within `limit`.
    pub fn closed_within(mut self, limit: Duration) -> Option<String> {
        let deadline = std::time::Instant::now() + limit;
        let mut said = String::new();
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            if left.is_zero() {
                return None;
            }
            self.reader
                .get_ref()
                .set_read_timeout(Some(left.max(Duration::from_millis(10))))
                .unwrap();
            let mut line = String::new();
            match self.reader.read_line(&mut line) {
                Ok(0) => return Some(said),
                Ok(_) => said.push_str(&line),
                Err(e)
                    if e.kind() == std::io::ErrorKind::WouldBlock
                        || e.kind() == std::io::ErrorKind::TimedOut =>
                {
                    return None
                }
                Err(_) => return Some(said),
            }
        }
    }
}

/// `doveadm -c CONFIG` as argv, for `auth_cache.command`.
pub fn doveadm_argv(config: &Path) -> Vec<String> {
    let mut argv = match version() {
        Version::V23 => vec![],
        Version::V24(root) => vec!["chroot".to_owned(), root.display().to_string()],
    };
    argv.extend([
        "doveadm".to_owned(),
        "-c".to_owned(),
        config.display().to_string(),
    ]);
    argv
}

/// mailpasswd's `[auth_cache]` flushing `dovecot`'s cache with `doveadm`.
pub fn command_flush(dovecot: &Dovecot) -> String {
    let mut argv = doveadm_argv(&dovecot.config);
    argv.extend(["auth", "cache", "flush", "--"].map(str::to_owned));
    format!("[auth_cache]\nflush = \"command\"\ncommand = {argv:?}\n")
}

/// `doveadm kick --` for `dovecot`, as `mail_sessions.command`.
pub fn kick_argv(dovecot: &Dovecot) -> Vec<String> {
    let mut argv = doveadm_argv(&dovecot.config);
    argv.extend(["kick", "--"].map(str::to_owned));
    argv
}

/// The quota plugin with a storage limit, in this version's syntax.
pub fn quota_config(limit: &str) -> String {
    if is_24() {
        format!(
            "mail_plugins {{\n  quota = yes\n}}\nprotocol imap {{\n  mail_plugins {{\n    imap_quota = yes\n  }}\n}}\nquota \"User quota\" {{\n  quota_storage_size = {limit}\n}}\n"
        )
    } else {
        format!(
            "mail_plugins = $mail_plugins quota\nprotocol imap {{\n  mail_plugins = $mail_plugins imap_quota\n}}\nplugin {{\n  quota = maildir:User quota\n  quota_rule = *:storage={limit}\n}}\n"
        )
    }
}

/// The id of `group` where Dovecot runs (inside the 2.4 root, its own).
pub fn group_id(group: &str) -> u32 {
    let file = match version() {
        Version::V24(root) => root.join("etc/group"),
        Version::V23 => "/etc/group".into(),
    };
    let groups = std::fs::read_to_string(file).unwrap();
    groups
        .lines()
        .find_map(|l| {
            let mut f = l.split(':');
            (f.next() == Some(group)).then(|| f.nth(1).unwrap().parse().unwrap())
        })
        .unwrap_or_else(|| panic!("no group {group}"))
}

/// A Dovecot 2.3 passdb query in 2.4's variable syntax.
pub fn query_24(query: &str) -> String {
    query
        .replace("%Ls", "%{protocol}")
        .replace("%Lc", "%{secured}")
        .replace("%u", "%{user}")
        .replace("%n", "%{user | username}")
        .replace("%d", "%{user | domain}")
}

/// What the mail server answers to a login.
#[derive(Debug, PartialEq, Eq)]
pub enum Login {
    Ok,
    No(String),
}

/// The parts a configuration is made of.
struct Parts<'a> {
    root: &'a Path,
    passwd: &'a Path,
    certs: &'a TestCerts,
    ports: (u16, u16, u16, Option<u16>),
    sql: Option<(&'a super::sql::SqlServer, &'a str, bool)>,
    /// Settings that take the place of the passdb the harness would write.
    passdb: Option<&'a str>,
    extra: &'a str,
}

impl Dovecot {
    /// Starts Dovecot with a passwd-file holding exactly `passwd_content`.
    pub fn start(passwd_content: &str) -> Self {
        Self::start_with(passwd_content, "")
    }

    /// `extra` is appended to the configuration.
    pub fn start_with(passwd_content: &str, extra: &str) -> Self {
        Self::start_passdb(passwd_content, None, None, extra)
    }

    /// With `settings` (a passdb and whatever goes with it) instead of the
    /// harness's own passdb; `{dir}` in them is the instance's directory.
    pub fn start_own(passwd_content: &str, settings: &str) -> Self {
        Self::start_passdb(passwd_content, None, Some(settings), "")
    }

    /// Dovecot reading `server`'s `mailbox` table through its `sql` passdb,
    /// with the auth cache on (1 h, as in production) and the doveadm HTTP
    /// API listening.
    pub fn start_sql(server: &super::sql::SqlServer, extra: &str) -> Self {
        Self::start_sql_query(server, super::sql::DOVECOT_PASSWORD_QUERY, extra)
    }

    pub fn start_sql_query(
        server: &super::sql::SqlServer,
        password_query: &str,
        extra: &str,
    ) -> Self {
        Self::start_passdb("", Some((server, password_query, false)), None, extra)
    }

    /// The doveadm HTTP API over TLS, with the test CA's certificate.
    pub fn start_sql_api_tls(server: &super::sql::SqlServer) -> Self {
        Self::start_passdb(
            "",
            Some((server, super::sql::DOVECOT_PASSWORD_QUERY, true)),
            None,
            "",
        )
    }

    fn start_passdb(
        passwd_content: &str,
        sql: Option<(&super::sql::SqlServer, &str, bool)>,
        passdb: Option<&str>,
        extra: &str,
    ) -> Self {
        let dir = shared_tempdir();
        let root = dir.path();
        for sub in ["run", "state"] {
            std::fs::create_dir(root.join(sub)).unwrap();
        }
        std::fs::create_dir(root.join("home")).unwrap();
        set_mode(&root.join("home"), 0o1777);
        let certs = certs::make(root);
        let passwd_dir = root.join("passwd");
        std::fs::create_dir(&passwd_dir).unwrap();
        set_mode(&passwd_dir, 0o755);
        let passwd = passwd_dir.join("users");
        std::fs::write(&passwd, passwd_content).unwrap();
        set_mode(&passwd, 0o644);

        let (imap_port, imaps_port, pop3_port) = (free_port(), free_port(), free_port());
        let doveadm_port = sql.map(|_| free_port());
        let parts = Parts {
            root,
            passwd: &passwd,
            certs: &certs,
            ports: (imap_port, imaps_port, pop3_port, doveadm_port),
            sql,
            passdb,
            extra,
        };
        let text = if is_24() {
            config_24(&parts)
        } else {
            config_23(&parts)
        };
        let config = root.join("dovecot.conf");
        std::fs::write(&config, text).unwrap();
        set_mode(&config, 0o644);
        let status = program("dovecot")
            .arg("-c")
            .arg(&config)
            .status()
            .expect("dovecot not installed: run tests/run, which installs dovecot-imapd");
        assert!(
            status.success(),
            "dovecot failed to start: {}",
            std::fs::read_to_string(root.join("dovecot.log")).unwrap_or_default()
        );
        let dovecot = Dovecot {
            dir,
            imap_port,
            imaps_port,
            pop3_port,
            passwd,
            certs,
            config,
            doveadm_port,
        };
        for port in [imap_port, imaps_port, pop3_port]
            .into_iter()
            .chain(doveadm_port)
        {
            dovecot.wait_for_port(port, true);
        }
        dovecot
    }

    fn wait_for_port(&self, port: u16, open: bool) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if TcpStream::connect(("127.0.0.1", port)).is_ok() == open {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "dovecot port {port} did not become {}; log:\n{}",
            if open { "open" } else { "closed" },
            self.log()
        );
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("dovecot.log")).unwrap_or_default()
    }

    pub fn passwd_bytes(&self) -> Vec<u8> {
        std::fs::read(&self.passwd).unwrap()
    }

    /// An independent login over plain IMAP on loopback (AUTHENTICATE PLAIN
    /// with SASL-IR), not through mailpasswd's client. Each one claims its
    /// own client address (loopback is a trusted network here), so Dovecot's
    /// auth penalty for failed logins never slows the next check.
    pub fn login(&self, user: &str, password: &str) -> Login {
        static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let ip = format!("198.51.{}.{}", (n / 250) % 250, n % 250 + 1);
        let mut stream = TcpStream::connect(("127.0.0.1", self.imap_port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        assert!(line.starts_with("* OK"), "greeting: {line}");
        write!(stream, "t0 ID (\"x-originating-ip\" \"{ip}\")\r\n").unwrap();
        loop {
            line.clear();
            reader.read_line(&mut line).unwrap();
            if line.starts_with("t0 ") {
                assert!(line.starts_with("t0 OK"), "ID: {line}");
                break;
            }
        }
        let sasl =
            base64::engine::general_purpose::STANDARD.encode(format!("\0{user}\0{password}"));
        write!(stream, "t1 AUTHENTICATE PLAIN {sasl}\r\n").unwrap();
        loop {
            line.clear();
            reader.read_line(&mut line).unwrap();
            if let Some(rest) = line.strip_prefix("t1 ") {
                let _ = write!(stream, "t2 LOGOUT\r\n");
                return if rest.starts_with("OK") {
                    Login::Ok
                } else {
                    Login::No(rest.trim_end().to_owned())
                };
            }
            assert!(!line.is_empty(), "connection closed during login");
        }
    }

    /// An IMAP session logged in with `password`, idling in INBOX, as a
    /// mail program keeps one open.
    pub fn idle_session(&self, user: &str, password: &str) -> IdleSession {
        let mut stream = TcpStream::connect(("127.0.0.1", self.imap_port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        assert!(line.starts_with("* OK"), "greeting: {line}");
        let sasl =
            base64::engine::general_purpose::STANDARD.encode(format!("\0{user}\0{password}"));
        for (tag, command) in [
            ("i1", format!("AUTHENTICATE PLAIN {sasl}")),
            ("i2", "SELECT INBOX".to_owned()),
        ] {
            write!(stream, "{tag} {command}\r\n").unwrap();
            loop {
                line.clear();
                reader.read_line(&mut line).unwrap();
                if line.starts_with(&format!("{tag} ")) {
                    assert!(line.contains(" OK"), "{command}: {line}");
                    break;
                }
            }
        }
        write!(stream, "i3 IDLE\r\n").unwrap();
        line.clear();
        reader.read_line(&mut line).unwrap();
        assert!(line.starts_with('+'), "IDLE: {line}");
        IdleSession { reader }
    }

    /// A POP3 login (USER/PASS) on loopback: true when accepted.
    pub fn pop3_accepts(&self, user: &str, password: &str) -> bool {
        let mut stream = TcpStream::connect(("127.0.0.1", self.pop3_port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        assert!(line.starts_with("+OK"), "greeting: {line}");
        for command in [format!("USER {user}"), format!("PASS {password}")] {
            write!(stream, "{command}\r\n").unwrap();
            line.clear();
            reader.read_line(&mut line).unwrap();
            if !line.starts_with("+OK") {
                assert!(line.starts_with("-ERR"), "unexpected answer: {line}");
                return false;
            }
        }
        let _ = write!(stream, "QUIT\r\n");
        true
    }

    pub fn accepts(&self, user: &str, password: &str) -> bool {
        match self.login(user, password) {
            Login::Ok => true,
            Login::No(text) => {
                assert!(
                    text.contains("AUTHENTICATIONFAILED"),
                    "unexpected answer: {text}"
                );
                false
            }
        }
    }

    pub fn stop(&self) {
        let _ = program("dovecot")
            .arg("-c")
            .arg(&self.config)
            .arg("stop")
            .status();
        // `stop` returns before the children exit.
        self.wait_for_port(self.imap_port, false);
    }
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        let _ = program("dovecot")
            .arg("-c")
            .arg(&self.config)
            .arg("stop")
            .status();
    }
}

/// The login listeners, the same in both versions' syntax.
fn listeners(imap: u16, imaps: u16, pop3: u16) -> String {
    format!(
        r#"service imap-login {{
  inet_listener imap {{
    port = {imap}
  }}
  inet_listener imaps {{
    port = {imaps}
    ssl = yes
  }}
}}
service pop3-login {{
  inet_listener pop3 {{
    port = {pop3}
  }}
  inet_listener pop3s {{
    port = 0
  }}
}}"#
    )
}

fn config_23(p: &Parts) -> String {
    let r = p.root.display();
    let (imap, imaps, pop3, doveadm) = p.ports;
    let passdb = match p.sql {
        None if p.passdb.is_some() => p.passdb.unwrap_or_default().to_owned(),
        None => format!(
            "passdb {{\n  driver = passwd-file\n  args = scheme=ARGON2ID {}\n}}",
            p.passwd.display()
        ),
        Some((server, query, api_tls)) => {
            let conf = super::sql::dovecot_sql_conf(p.root, server, query);
            let api_ssl = if api_tls { "    ssl = yes\n" } else { "" };
            format!(
                "passdb {{\n  driver = sql\n  args = {}\n}}\n\
                 auth_cache_size = 1M\nauth_cache_ttl = 1h\nauth_cache_negative_ttl = 1h\n\
                 doveadm_api_key = {DOVEADM_API_KEY}\n\
                 service doveadm {{\n  service_count = 0\n  inet_listener http {{\n    port = {}\n{api_ssl}  }}\n}}",
                conf.display(),
                doveadm.unwrap_or(0)
            )
        }
    };
    format!(
        r#"base_dir = {r}/run
state_dir = {r}/state
log_path = {r}/dovecot.log
listen = 127.0.0.1
protocols = imap pop3
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
auth_failure_delay = 0
auth_mechanisms = plain login
login_trusted_networks = 127.0.0.0/8
{listeners}
{passdb}
userdb {{
  driver = static
  args = uid=65534 gid=65534 home={r}/home/%u
}}
mail_location = maildir:{r}/home/%u/Maildir
{extra}
"#,
        cert = p.certs.cert_pem.display(),
        key = p.certs.key_pem.display(),
        extra = p.extra,
        listeners = listeners(imap, imaps, pop3),
    )
}

fn config_24(p: &Parts) -> String {
    let r = p.root.display();
    let (imap, imaps, pop3, doveadm) = p.ports;
    let passdb = match p.sql {
        None if p.passdb.is_some() => p.passdb.unwrap_or_default().to_owned(),
        None => format!(
            "passdb passwd-file {{\n  passwd_file_path = {}\n  default_password_scheme = ARGON2ID\n}}",
            p.passwd.display()
        ),
        Some((server, query, api_tls)) => {
            let api_ssl = if api_tls { "    ssl = yes\n" } else { "" };
            format!(
                "{}\npassdb sql {{\n  query = {}\n  default_password_scheme = ARGON2ID\n}}\n\
                 auth_cache_size = 1M\nauth_cache_ttl = 1h\nauth_cache_negative_ttl = 1h\n\
                 doveadm_api_key = {DOVEADM_API_KEY}\n\
                 service doveadm {{\n  restart_request_count = unlimited\n  inet_listener http {{\n    port = {}\n{api_ssl}  }}\n}}",
                server.dovecot24_settings(),
                query_24(query),
                doveadm.unwrap_or(0)
            )
        }
    };
    format!(
        r#"dovecot_config_version = 2.4.1
dovecot_storage_version = 2.4.1
base_dir = {r}/run
state_dir = {r}/state
log_path = {r}/dovecot.log
listen = 127.0.0.1
protocols = imap pop3
ssl = yes
ssl_server_cert_file = {cert}
ssl_server_key_file = {key}
auth_failure_delay = 0
auth_mechanisms = plain login
auth_allow_cleartext = yes
login_trusted_networks = 127.0.0.0/8
{listeners}
{passdb}
userdb static {{
  fields {{
    uid = 65534
    gid = 65534
    home = {r}/home/%{{user}}
  }}
}}
mail_driver = maildir
mail_path = {r}/home/%{{user}}/Maildir
{extra}
"#,
        cert = p.certs.cert_pem.display(),
        key = p.certs.key_pem.display(),
        extra = p.extra,
        listeners = listeners(imap, imaps, pop3),
    )
}

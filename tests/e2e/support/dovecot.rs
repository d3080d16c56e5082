//! A throwaway Dovecot from Debian's `dovecot-imapd`: own config, own
//! loopback ports, own temp dir; stopped on drop.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use base64::Engine;

use super::certs::{self, TestCerts};
use super::{free_port, set_mode, shared_tempdir};

pub struct Dovecot {
    pub dir: tempfile::TempDir,
    pub imap_port: u16,
    pub imaps_port: u16,
    pub passwd: PathBuf,
    pub certs: TestCerts,
    pub config: PathBuf,
    /// The doveadm HTTP API, when started with an SQL passdb.
    pub doveadm_port: Option<u16>,
}

/// The doveadm API key of SQL-backed test instances.
pub const DOVEADM_API_KEY: &str = "test-api-key-not-secret";

/// What the mail server answers to a login.
#[derive(Debug, PartialEq, Eq)]
pub enum Login {
    Ok,
    No(String),
}

impl Dovecot {
    /// Starts Dovecot with a passwd-file holding exactly `passwd_content`.
    pub fn start(passwd_content: &str) -> Self {
        Self::start_with(passwd_content, "")
    }

    /// `extra` is appended to the configuration.
    pub fn start_with(passwd_content: &str, extra: &str) -> Self {
        Self::start_passdb(passwd_content, None, extra)
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
        Self::start_passdb("", Some((server, password_query, false)), extra)
    }

    /// The doveadm HTTP API over TLS, with the test CA's certificate.
    pub fn start_sql_api_tls(server: &super::sql::SqlServer) -> Self {
        Self::start_passdb(
            "",
            Some((server, super::sql::DOVECOT_PASSWORD_QUERY, true)),
            "",
        )
    }

    fn start_passdb(
        passwd_content: &str,
        sql: Option<(&super::sql::SqlServer, &str, bool)>,
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

        let imap_port = free_port();
        let imaps_port = free_port();
        let doveadm_port = sql.map(|_| free_port());
        let passdb = match sql {
            None => format!(
                "passdb {{\n  driver = passwd-file\n  args = scheme=ARGON2ID {}\n}}",
                passwd.display()
            ),
            Some((server, query, api_tls)) => {
                let conf = super::sql::dovecot_sql_conf(root, server, query);
                let api_ssl = if api_tls { "    ssl = yes\n" } else { "" };
                format!(
                    "passdb {{\n  driver = sql\n  args = {}\n}}\n\
                     auth_cache_size = 1M\nauth_cache_ttl = 1h\nauth_cache_negative_ttl = 1h\n\
                     doveadm_api_key = {DOVEADM_API_KEY}\n\
                     service doveadm {{\n  service_count = 0\n  inet_listener http {{\n    port = {}\n{api_ssl}  }}\n}}",
                    conf.display(),
                    doveadm_port.unwrap_or(0)
                )
            }
        };
        let r = root.display();
        let config = root.join("dovecot.conf");
        std::fs::write(
            &config,
            format!(
                r#"base_dir = {r}/run
state_dir = {r}/state
log_path = {r}/dovecot.log
listen = 127.0.0.1
protocols = imap
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
auth_failure_delay = 0
auth_mechanisms = plain login
login_trusted_networks = 127.0.0.0/8
service imap-login {{
  inet_listener imap {{
    port = {imap_port}
  }}
  inet_listener imaps {{
    port = {imaps_port}
    ssl = yes
  }}
}}
{passdb}
userdb {{
  driver = static
  args = uid=65534 gid=65534 home={r}/home/%u
}}
mail_location = maildir:{r}/home/%u/Maildir
{extra}
"#,
                cert = certs.cert_pem.display(),
                key = certs.key_pem.display(),
            ),
        )
        .unwrap();
        let status = Command::new("dovecot")
            .arg("-c")
            .arg(&config)
            .status()
            .expect("dovecot not installed: run tests/run, which installs dovecot-imapd");
        assert!(status.success(), "dovecot failed to start");
        let dovecot = Dovecot {
            dir,
            imap_port,
            imaps_port,
            passwd,
            certs,
            config,
            doveadm_port,
        };
        dovecot.wait_for_port(imap_port, true);
        dovecot.wait_for_port(imaps_port, true);
        if let Some(port) = doveadm_port {
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
        let _ = Command::new("dovecot")
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
        let _ = Command::new("dovecot")
            .arg("-c")
            .arg(&self.config)
            .arg("stop")
            .status();
    }
}

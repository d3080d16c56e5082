//! Throwaway database servers from Debian's packages (PostgreSQL, MariaDB)
//! and SQLite files, each in its own temp dir on its own loopback port,
//! holding a PostfixAdmin-style `mailbox` table that both mailpasswd and
//! Dovecot's `sql` passdb read.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use sqlx::any::AnyPoolOptions;
use sqlx::{AnyPool, Row};

use super::{free_port, set_mode, shared_tempdir};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Postgres,
    MariaDb,
    Sqlite,
}

/// The statements the PostfixAdmin example in `deploy/` uses; written so
/// that one text fits all three databases (`'1'` compares equal to a
/// boolean, a tinyint and an integer; CURRENT_TIMESTAMP exists in all).
pub const PASSWORD_QUERY: &str =
    "SELECT password FROM mailbox WHERE username = :email AND active = '1'";
pub const UPDATE_QUERY: &str =
    "UPDATE mailbox SET password = :hash, modified = CURRENT_TIMESTAMP WHERE username = :email AND active = '1'";
/// What Dovecot's own `sql` passdb asks (Dovecot's `%u` syntax).
pub const DOVECOT_PASSWORD_QUERY: &str =
    "SELECT username AS user, password FROM mailbox WHERE username = '%u' AND active = '1'";

pub struct SqlServer {
    pub engine: Engine,
    pub dir: tempfile::TempDir,
    pub port: u16,
    process: Option<Child>,
    tls: bool,
}

fn postgres_bin(tool: &str) -> PathBuf {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .expect("PostgreSQL not installed: run tests/run, which installs postgresql")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    versions.sort();
    versions
        .pop()
        .expect("no PostgreSQL version")
        .join("bin")
        .join(tool)
}

fn run(cmd: &mut Command, what: &str) {
    let output = cmd
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("{what}: {e}"));
    assert!(
        output.status.success(),
        "{what} failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

impl SqlServer {
    pub fn start(engine: Engine) -> Self {
        let dir = shared_tempdir();
        let mut server = SqlServer {
            engine,
            dir,
            port: free_port(),
            process: None,
            tls: false,
        };
        match engine {
            Engine::Postgres => {
                let data = server.data_dir();
                std::fs::create_dir(&data).unwrap();
                run(
                    Command::new("chown").arg("postgres:postgres").arg(&data),
                    "chown",
                );
                run(
                    Command::new("runuser")
                        .args(["-u", "postgres", "--"])
                        .arg(postgres_bin("initdb"))
                        .args(["-U", "postgres", "-A", "trust", "--no-sync", "-D"])
                        .arg(&data),
                    "initdb",
                );
            }
            Engine::MariaDb => {
                run(
                    Command::new("mariadb-install-db")
                        .arg("--no-defaults")
                        .arg(format!("--datadir={}", server.data_dir().display()))
                        .args([
                            "--user=root",
                            "--auth-root-authentication-method=normal",
                            "--skip-test-db",
                        ]),
                    "mariadb-install-db",
                );
            }
            Engine::Sqlite => {
                // Dovecot's auth worker must read the file and SQLite must
                // be able to create its journal next to it.
                set_mode(server.dir.path(), 0o777);
            }
        }
        server.resume();
        server.bootstrap();
        server
    }

    fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    pub fn sqlite_path(&self) -> PathBuf {
        self.dir.path().join("mail.db")
    }

    pub fn socket(&self) -> PathBuf {
        self.dir.path().join("mysqld.sock")
    }

    /// Starts (again) the server process.
    pub fn resume(&mut self) {
        match self.engine {
            Engine::Postgres => {
                let options = format!(
                    "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off",
                    self.port,
                    self.data_dir().display()
                );
                run(
                    Command::new("runuser")
                        .args(["-u", "postgres", "--"])
                        .arg(postgres_bin("pg_ctl"))
                        .arg("-D")
                        .arg(self.data_dir())
                        .args(["-o", &options, "-l"])
                        .arg(self.data_dir().join("server.log"))
                        .args(["-w", "start"]),
                    "pg_ctl start",
                );
            }
            Engine::MariaDb => {
                let child = Command::new("mariadbd")
                    .arg("--no-defaults")
                    .arg(format!("--datadir={}", self.data_dir().display()))
                    .arg(format!("--socket={}", self.socket().display()))
                    .arg(format!("--port={}", self.port))
                    .arg(format!(
                        "--log-error={}",
                        self.dir.path().join("mariadb.log").display()
                    ))
                    .arg(format!(
                        "--pid-file={}",
                        self.dir.path().join("mariadb.pid").display()
                    ))
                    .args(if self.tls {
                        let dir = self.dir.path();
                        vec![
                            format!("--ssl-cert={}", dir.join("cert.pem").display()),
                            format!("--ssl-key={}", dir.join("key.pem").display()),
                            format!("--ssl-ca={}", dir.join("ca.pem").display()),
                        ]
                    } else {
                        Vec::new()
                    })
                    .args([
                        "--bind-address=127.0.0.1",
                        "--user=root",
                        "--skip-log-bin",
                        "--innodb-buffer-pool-size=16M",
                        "--innodb-flush-log-at-trx-commit=2",
                    ])
                    .stdin(Stdio::null())
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .spawn()
                    .expect("mariadbd not installed: run tests/run, which installs mariadb-server");
                self.process = Some(child);
                let deadline = Instant::now() + Duration::from_secs(30);
                while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
                    assert!(Instant::now() < deadline, "mariadbd did not start");
                    std::thread::sleep(Duration::from_millis(50));
                }
            }
            Engine::Sqlite => {}
        }
    }

    /// Restarts with TLS on (a certificate for localhost from a CA of its
    /// own) and returns that CA's certificate. [`SqlServer::tls_url`] then
    /// names an account that may only connect over TLS: on PostgreSQL every
    /// loopback connection must be TLS (Dovecot's connect string asks for
    /// it from then on); on MariaDB a second user is `REQUIRE SSL`.
    pub fn require_tls(&mut self) -> PathBuf {
        let certs = super::certs::make(self.dir.path());
        self.tls = true;
        match self.engine {
            Engine::Postgres => {
                let data = self.data_dir();
                std::fs::copy(&certs.cert_pem, data.join("server.crt")).unwrap();
                std::fs::copy(&certs.key_pem, data.join("server.key")).unwrap();
                set_mode(&data.join("server.key"), 0o600);
                run(
                    Command::new("chown")
                        .arg("postgres:postgres")
                        .arg(data.join("server.crt"))
                        .arg(data.join("server.key")),
                    "chown",
                );
                let conf = data.join("postgresql.conf");
                let mut text = std::fs::read_to_string(&conf).unwrap();
                text.push_str("\nssl = on\n");
                std::fs::write(&conf, text).unwrap();
                let hba = data.join("pg_hba.conf");
                let rules: String = std::fs::read_to_string(&hba)
                    .unwrap()
                    .lines()
                    .map(|line| match line.strip_prefix("host ") {
                        Some(rest) => format!("hostssl {rest}\n"),
                        None => format!("{line}\n"),
                    })
                    .collect();
                std::fs::write(&hba, rules).unwrap();
                self.halt();
                self.resume();
            }
            Engine::MariaDb => {
                self.halt();
                self.resume();
                self.admin_exec(
                    "CREATE USER 'tls'@'%' IDENTIFIED BY 'tls-secret' REQUIRE SSL;
                     GRANT SELECT, UPDATE ON mail.* TO 'tls'@'%';",
                );
            }
            Engine::Sqlite => panic!("SQLite has no network connection to protect"),
        }
        certs.ca_pem
    }

    /// The TLS-only account of [`SqlServer::require_tls`], by host name
    /// (so the certificate's name can be checked), with `params`.
    pub fn tls_url(&self, params: &str) -> String {
        match self.engine {
            Engine::Postgres => {
                format!("postgres://postgres@localhost:{}/mail?{params}", self.port)
            }
            Engine::MariaDb => {
                format!(
                    "mysql://tls:tls-secret@localhost:{}/mail?{params}",
                    self.port
                )
            }
            Engine::Sqlite => unreachable!("no TLS for SQLite"),
        }
    }

    /// Stops the server process (the data stays).
    pub fn halt(&mut self) {
        match self.engine {
            Engine::Postgres => {
                let _ = Command::new("runuser")
                    .args(["-u", "postgres", "--"])
                    .arg(postgres_bin("pg_ctl"))
                    .arg("-D")
                    .arg(self.data_dir())
                    .args(["-m", "immediate", "-w", "stop"])
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status();
            }
            Engine::MariaDb => {
                if let Some(mut child) = self.process.take() {
                    let _ = child.kill();
                    let _ = child.wait();
                }
            }
            Engine::Sqlite => {}
        }
    }

    /// Database, user and table, as an administrator would set them up.
    fn bootstrap(&self) {
        let schema = match self.engine {
            Engine::Postgres => {
                run(
                    Command::new("psql")
                        .args(["-h", "127.0.0.1", "-p", &self.port.to_string()])
                        .args(["-U", "postgres", "-v", "ON_ERROR_STOP=1", "-q", "-c"])
                        .arg("CREATE DATABASE mail"),
                    "createdb",
                );
                "CREATE TABLE mailbox (
                    username varchar(255) PRIMARY KEY,
                    password varchar(255) NOT NULL,
                    name varchar(255) NOT NULL DEFAULT '',
                    local_part varchar(255) NOT NULL,
                    domain varchar(255) NOT NULL,
                    created timestamptz NOT NULL DEFAULT now(),
                    modified timestamptz NOT NULL DEFAULT now(),
                    email_other varchar(255) NOT NULL DEFAULT '',
                    active boolean NOT NULL DEFAULT true)"
            }
            Engine::MariaDb => {
                run(
                    Command::new("mariadb")
                        .arg("--no-defaults")
                        .arg(format!("--socket={}", self.socket().display()))
                        .args(["-u", "root", "-e"])
                        .arg(
                            "CREATE DATABASE mail; \
                             CREATE USER 'mail'@'%' IDENTIFIED BY 'mail-secret'; \
                             GRANT SELECT, UPDATE ON mail.* TO 'mail'@'%';",
                        ),
                    "mariadb setup",
                );
                "CREATE TABLE mailbox (
                    username varchar(255) NOT NULL PRIMARY KEY,
                    password varchar(255) NOT NULL,
                    name varchar(255) NOT NULL DEFAULT '',
                    local_part varchar(255) NOT NULL,
                    domain varchar(255) NOT NULL,
                    created datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
                    modified datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
                    email_other varchar(255) NOT NULL DEFAULT '',
                    active tinyint(1) NOT NULL DEFAULT 1) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"
            }
            Engine::Sqlite => {
                let path = self.sqlite_path();
                std::fs::File::create(&path).unwrap();
                set_mode(&path, 0o666);
                "CREATE TABLE mailbox (
                    username TEXT PRIMARY KEY,
                    password TEXT NOT NULL,
                    name TEXT NOT NULL DEFAULT '',
                    local_part TEXT NOT NULL,
                    domain TEXT NOT NULL,
                    created TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
                    modified TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
                    email_other TEXT NOT NULL DEFAULT '',
                    active INTEGER NOT NULL DEFAULT 1)"
            }
        };
        self.admin_exec(schema);
    }

    /// The URL an administrator connects with (MariaDB's root has all rights).
    fn admin_url(&self) -> String {
        match self.engine {
            Engine::MariaDb => format!("mysql://root@127.0.0.1:{}/mail", self.port),
            Engine::Postgres if self.tls => {
                format!(
                    "postgres://postgres@127.0.0.1:{}/mail?sslmode=require",
                    self.port
                )
            }
            _ => self.url(),
        }
    }

    /// The URL mailpasswd gets (MariaDB: a user with SELECT and UPDATE only).
    pub fn url(&self) -> String {
        match self.engine {
            Engine::Postgres => format!("postgres://postgres@127.0.0.1:{}/mail", self.port),
            Engine::MariaDb => format!("mysql://mail:mail-secret@127.0.0.1:{}/mail", self.port),
            Engine::Sqlite => format!("sqlite://{}", self.sqlite_path().display()),
        }
    }

    pub fn dovecot_driver(&self) -> &'static str {
        match self.engine {
            Engine::Postgres => "pgsql",
            Engine::MariaDb => "mysql",
            Engine::Sqlite => "sqlite",
        }
    }

    /// The connection in Dovecot 2.4's syntax (`sql_driver` and its block).
    pub fn dovecot24_settings(&self) -> String {
        match self.engine {
            Engine::Postgres => format!(
                "sql_driver = pgsql\npgsql 127.0.0.1 {{\n  parameters {{\n    port = {}\n    dbname = mail\n    user = postgres\n{}  }}\n}}",
                self.port,
                if self.tls { "    sslmode = require\n" } else { "" }
            ),
            Engine::MariaDb => format!(
                "sql_driver = mysql\nmysql 127.0.0.1 {{\n  port = {}\n  dbname = mail\n  user = mail\n  password = mail-secret\n}}",
                self.port
            ),
            Engine::Sqlite => format!(
                "sql_driver = sqlite\nsqlite_path = {}",
                self.sqlite_path().display()
            ),
        }
    }

    pub fn dovecot_connect(&self) -> String {
        match self.engine {
            Engine::Postgres => format!(
                "host=127.0.0.1 port={} dbname=mail user=postgres{}",
                self.port,
                if self.tls { " sslmode=require" } else { "" }
            ),
            Engine::MariaDb => format!(
                "host=127.0.0.1 port={} dbname=mail user=mail password=mail-secret",
                self.port
            ),
            Engine::Sqlite => self.sqlite_path().display().to_string(),
        }
    }

    /// A blocking admin statement (the harness is used from sync and async tests).
    pub fn admin_exec(&self, sql: &str) {
        let url = self.admin_url();
        let sql = sql.to_owned();
        on_own_runtime(async move {
            let pool = admin_pool(&url).await;
            sqlx::raw_sql(&sql).execute(&pool).await.unwrap();
            pool.close().await;
        });
    }

    /// Waits until no other session has a transaction open or a statement
    /// running: whatever a cancelled change was still doing has then ended,
    /// committed or not. Async, unlike the other admin helpers: the service
    /// under test runs on the caller's runtime and must go on running (to
    /// finish that very transaction) while this waits.
    pub async fn wait_until_no_other_transaction(&self) {
        let sql = match self.engine {
            Engine::Postgres => {
                "SELECT count(*) FROM pg_stat_activity WHERE datname = 'mail' \
                 AND pid <> pg_backend_pid() \
                 AND (state = 'active' OR state LIKE 'idle in transaction%')"
            }
            Engine::MariaDb => {
                "SELECT count(*) FROM information_schema.innodb_trx \
                 WHERE trx_mysql_thread_id <> CONNECTION_ID()"
            }
            Engine::Sqlite => return,
        };
        let pool = admin_pool(&self.admin_url()).await;
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let open: i64 = sqlx::query_scalar(sql).fetch_one(&pool).await.unwrap();
            if open == 0 {
                break;
            }
            assert!(Instant::now() < deadline, "{open} transactions stay open");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        pool.close().await;
    }

    /// Waits until some statement of another connection is blocked on a
    /// row lock, so a test can time a lock wait from when it began rather
    /// than from when a (possibly slow, loaded) request was sent.
    pub async fn wait_until_a_statement_waits_for_a_lock(&self) {
        let sql = match self.engine {
            Engine::Postgres => {
                "SELECT count(*) FROM pg_stat_activity WHERE datname = 'mail' \
                 AND wait_event_type = 'Lock'"
            }
            // A locking read of one row by primary key waits in the
            // optimizer ("Statistics") before InnoDB lists it as LOCK WAIT,
            // so look at the statements themselves: one of ours on the
            // table, running for longer than any unblocked one would.
            Engine::MariaDb => {
                "SELECT count(*) FROM information_schema.processlist \
                 WHERE user = 'mail' AND info LIKE '%mailbox%' AND time_ms > 300"
            }
            Engine::Sqlite => return,
        };
        let pool = admin_pool(&self.admin_url()).await;
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let waiting: i64 = sqlx::query_scalar(sql).fetch_one(&pool).await.unwrap();
            if waiting > 0 {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "no statement waited for the lock"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        pool.close().await;
    }

    /// Adds a mailbox with `password` hashed the way tests do.
    pub fn add_mailbox(&self, address: &str, password: &str, active: bool) {
        let (local, domain) = address.split_once('@').unwrap();
        let hash = super::fast_hash(password);
        let active = if active { "1" } else { "0" };
        let active = match self.engine {
            Engine::Postgres => format!("'{active}'::boolean"),
            _ => active.to_owned(),
        };
        self.admin_exec(&format!(
            "INSERT INTO mailbox (username, password, local_part, domain, active) \
             VALUES ('{address}', '{}', '{local}', '{domain}', {active})",
            hash.as_str()
        ));
    }

    /// Every row as (username, password, modified), ordered by username:
    /// a statement that committed anything shows in one of them.
    pub fn rows(&self) -> Vec<(String, String, String)> {
        let url = self.admin_url();
        let modified = match self.engine {
            Engine::Postgres => "modified::text",
            Engine::MariaDb => "CAST(modified AS CHAR)",
            Engine::Sqlite => "modified",
        };
        let sql = format!(
            "SELECT username, password, {modified} FROM mailbox ORDER BY username, password"
        );
        on_own_runtime(async move {
            let pool = admin_pool(&url).await;
            let rows = sqlx::query(&sql).fetch_all(&pool).await.unwrap();
            pool.close().await;
            rows.iter()
                .map(|r| (r.get(0), r.get(1), r.get(2)))
                .collect()
        })
    }

    /// A mailbox's `email_other` (PostfixAdmin's recovery address).
    pub fn recovery_of(&self, address: &str) -> String {
        let url = self.admin_url();
        let sql = format!("SELECT email_other FROM mailbox WHERE username = '{address}'");
        on_own_runtime(async move {
            let pool = admin_pool(&url).await;
            let row = sqlx::query(&sql).fetch_one(&pool).await.unwrap();
            pool.close().await;
            row.get(0)
        })
    }

    pub fn password_of(&self, address: &str) -> String {
        self.rows()
            .into_iter()
            .find(|(user, _, _)| user == address)
            .map(|(_, password, _)| password)
            .unwrap_or_else(|| panic!("no row for {address}"))
    }

    /// Store settings for mailpasswd (TOML), with the example statements.
    pub fn store_toml(&self) -> String {
        self.store_toml_with(PASSWORD_QUERY, UPDATE_QUERY)
    }

    pub fn store_toml_with(&self, password_query: &str, update_query: &str) -> String {
        store_toml_for(&self.url(), password_query, update_query)
    }
}

/// Store settings for mailpasswd (TOML): `url` and the two statements
/// (multi-line ones too), with short timeouts for tests.
pub fn store_toml_for(url: &str, password_query: &str, update_query: &str) -> String {
    format!(
        "[store]\nkind = \"sql\"\nurl = \"{url}\"\npassword_query = \"\"\"{password_query}\"\"\"\n\
         update_query = \"\"\"{update_query}\"\"\"\nconnect_timeout_secs = 2\nquery_timeout_secs = 5\n"
    )
}

impl Drop for SqlServer {
    fn drop(&mut self) {
        self.halt();
    }
}

async fn admin_pool(url: &str) -> AnyPool {
    sqlx::any::install_default_drivers();
    AnyPoolOptions::new()
        .max_connections(1)
        .connect(url)
        .await
        .unwrap_or_else(|e| panic!("connect {url}: {e}"))
}

fn on_own_runtime<T: Send + 'static>(
    work: impl std::future::Future<Output = T> + Send + 'static,
) -> T {
    std::thread::spawn(move || {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(work)
    })
    .join()
    .unwrap()
}

pub fn dovecot_sql_conf(dir: &Path, server: &SqlServer, password_query: &str) -> PathBuf {
    let path = dir.join("dovecot-sql.conf.ext");
    std::fs::write(
        &path,
        format!(
            "driver = {}\nconnect = {}\ndefault_pass_scheme = ARGON2ID\npassword_query = {password_query}\n",
            server.dovecot_driver(),
            server.dovecot_connect()
        ),
    )
    .unwrap();
    set_mode(&path, 0o644);
    path
}

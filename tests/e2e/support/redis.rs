//! A throwaway Redis (Debian's `redis-server`) on a loopback port, with
//! persistence off, optionally TLS with the test CA; stopped on drop and
//! restartable on the same port.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::app::settings_toml;
use super::certs::{self, TestCerts};
use super::{free_port, shared_tempdir, Dovecot};

/// The `server.secret` of the replicas in these tests.
pub const SHARED_SECRET: &str = "replicas-share-this-secret-of-at-least-32-chars";

/// A configuration of [`settings_toml`] with [`SHARED_SECRET`] set.
pub fn with_shared_secret(toml: String) -> String {
    toml.replacen(
        "[server]\n",
        &format!("[server]\nsecret = \"{SHARED_SECRET}\"\n"),
        1,
    )
}

pub struct Redis {
    pub port: u16,
    /// The TLS port, when started with TLS.
    pub tls_port: Option<u16>,
    pub certs: TestCerts,
    dir: tempfile::TempDir,
    child: Option<Child>,
}

impl Redis {
    pub fn start() -> Self {
        Self::launch(false)
    }

    /// Also listening with TLS (certificate of the test CA).
    pub fn start_tls() -> Self {
        Self::launch(true)
    }

    fn launch(tls: bool) -> Self {
        let dir = shared_tempdir();
        let certs = certs::make(dir.path());
        let mut redis = Redis {
            port: free_port(),
            tls_port: tls.then(free_port),
            certs,
            dir,
            child: None,
        };
        redis.resume();
        redis
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/0", self.port)
    }

    /// mailpasswd's `[state]` section for this Redis.
    pub fn state_toml(&self) -> String {
        format!("[state]\nkind = \"redis\"\nurl = \"{}\"\n", self.url())
    }

    /// [`settings_toml`] of a replica sharing this Redis, with the
    /// `server.secret` every replica of a test has in common.
    pub fn replica_toml(&self, dovecot: &Dovecot, port: u16, prefix: &str) -> String {
        with_shared_secret(settings_toml(dovecot, port, prefix, &self.state_toml()))
    }

    /// Starts redis-server (again) on its ports.
    pub fn resume(&mut self) {
        let mut command = Command::new("redis-server");
        command
            .args(["--port", &self.port.to_string()])
            .args(["--bind", "127.0.0.1"])
            .args(["--save", ""])
            .args(["--appendonly", "no"])
            .arg("--dir")
            .arg(self.dir.path());
        if let Some(tls_port) = self.tls_port {
            command
                .args(["--tls-port", &tls_port.to_string()])
                .arg("--tls-cert-file")
                .arg(&self.certs.cert_pem)
                .arg("--tls-key-file")
                .arg(&self.certs.key_pem)
                .arg("--tls-ca-cert-file")
                .arg(&self.certs.ca_pem)
                .args(["--tls-auth-clients", "no"]);
        }
        let child = command
            .stdout(std::fs::File::create(self.dir.path().join("redis.log")).unwrap())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server not installed: run tests/run, which installs it");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.cli(&["PING"]).trim() != "PONG" {
            assert!(
                Instant::now() < deadline,
                "redis-server did not start: {}",
                std::fs::read_to_string(self.dir.path().join("redis.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Stops redis-server; nothing is kept (persistence is off).
    pub fn halt(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// `redis-cli` against this Redis, its output.
    pub fn cli(&self, args: &[&str]) -> String {
        let out = Command::new("redis-cli")
            .args(["-h", "127.0.0.1", "-p", &self.port.to_string()])
            .args(args)
            .output()
            .expect("redis-cli not installed: run tests/run");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Every key and every value Redis holds, as text, for a test that
    /// looks for what must not be there.
    pub fn dump(&self) -> String {
        let mut all = String::new();
        for key in self.cli(&["--scan"]).lines() {
            all.push_str(key);
            all.push('\n');
            let kind = self.cli(&["TYPE", key]);
            let value = match kind.trim() {
                "string" => self.cli(&["GET", key]),
                "zset" => self.cli(&["ZRANGE", key, "0", "-1", "WITHSCORES"]),
                "hash" => self.cli(&["HGETALL", key]),
                _ => String::new(),
            };
            all.push_str(&value);
        }
        all
    }

    /// Calls of `command` Redis has served (`INFO commandstats`).
    pub fn calls(&self, command: &str) -> u64 {
        let stats = self.cli(&["INFO", "commandstats"]);
        stats
            .lines()
            .find_map(|line| {
                let rest = line.strip_prefix(&format!("cmdstat_{command}:calls="))?;
                rest.split(',').next()?.parse().ok()
            })
            .unwrap_or(0)
    }
}

impl Drop for Redis {
    fn drop(&mut self) {
        self.halt();
    }
}

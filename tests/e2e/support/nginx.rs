//! Real nginx (Debian) running deploy/nginx.conf's server block, with the
//! ports, certificate and upstream of the test.

use std::net::TcpStream;
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use super::certs::{self, TestCerts};
use super::{free_port, shared_tempdir};

pub struct Nginx {
    pub port: u16,
    pub certs: TestCerts,
    dir: tempfile::TempDir,
    config: PathBuf,
}

impl Nginx {
    /// Serves HTTPS on a free port and proxies to `upstream_port` exactly as
    /// the shipped example does.
    pub fn start(upstream_port: u16) -> Self {
        Self::start_proxy(upstream_port, false)
    }

    /// As the example, but `proxy_pass http://…/;` strips the prefix (as
    /// Traefik's StripPrefix would).
    pub fn start_stripping(upstream_port: u16) -> Self {
        Self::start_proxy(upstream_port, true)
    }

    fn start_proxy(upstream_port: u16, strip: bool) -> Self {
        let dir = shared_tempdir();
        let root = dir.path();
        let certs = certs::make(root);
        let port = free_port();
        let example =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/deploy/nginx.conf"))
                .unwrap();
        let server = example
            .replace(
                "listen 443 ssl http2;",
                &format!("listen 127.0.0.1:{port} ssl http2;"),
            )
            .replace("listen [::]:443 ssl http2;", "")
            .replace(
                "/etc/ssl/certs/mail.example.org.pem",
                &certs.cert_pem.display().to_string(),
            )
            .replace(
                "/etc/ssl/private/mail.example.org.key",
                &certs.key_pem.display().to_string(),
            )
            .replacen(
                "proxy_pass http://127.0.0.1:8080;",
                if strip {
                    "proxy_pass http://127.0.0.1:8080/;"
                } else {
                    "proxy_pass http://127.0.0.1:8080;"
                },
                1,
            )
            .replace("127.0.0.1:8080", &format!("127.0.0.1:{upstream_port}"));
        assert!(
            server.contains(&format!("127.0.0.1:{upstream_port}")),
            "upstream not found in the example"
        );
        let config = launch(root, &server, port);
        Self {
            port,
            certs,
            dir,
            config,
        }
    }
}

impl Nginx {
    /// Plain HTTP on a free loopback port, serving the files below `files`
    /// (as a stand-in for a web API that answers from static data); with
    /// `bytes_per_second`, every answer trickles out that slowly.
    pub fn serve_files(files: &std::path::Path, bytes_per_second: Option<u32>) -> Self {
        let dir = shared_tempdir();
        let root = dir.path();
        let certs = certs::make(root);
        let port = free_port();
        let limit = bytes_per_second.map_or(String::new(), |rate| format!("limit_rate {rate};"));
        let server = format!(
            "server {{\n  listen 127.0.0.1:{port};\n  root {};\n  default_type text/plain;\n  {limit}\n  location / {{ try_files $uri.txt $uri =404; }}\n}}",
            files.display()
        );
        let config = launch(root, &server, port);
        Self {
            port,
            certs,
            dir,
            config,
        }
    }

    pub fn stop(&self) {
        let _ = Command::new("nginx")
            .arg("-p")
            .arg(self.dir.path())
            .arg("-c")
            .arg(&self.config)
            .args(["-s", "stop"])
            .output();
        let deadline = Instant::now() + Duration::from_secs(10);
        while TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
            assert!(Instant::now() < deadline, "nginx did not stop");
            std::thread::sleep(Duration::from_millis(30));
        }
    }
}

/// Writes the configuration around `server` into `root`, starts nginx and
/// waits until it listens on `port`.
fn launch(root: &std::path::Path, server: &str, port: u16) -> PathBuf {
    let r = root.display();
    let config = root.join("nginx.conf");
    std::fs::write(
        &config,
        format!(
        "pid {r}/nginx.pid;\nerror_log {r}/error.log;\nworker_processes 1;\nevents {{ worker_connections 64; }}\nhttp {{\n    access_log {r}/access.log;\n    client_body_temp_path {r}/tmp;\n    proxy_temp_path {r}/tmp;\n    fastcgi_temp_path {r}/tmp;\n    uwsgi_temp_path {r}/tmp;\n    scgi_temp_path {r}/tmp;\n{server}\n}}\n"
        ),
    )
    .unwrap();
    std::fs::create_dir(root.join("tmp")).unwrap();
    let out = Command::new("nginx")
        .arg("-p")
        .arg(root)
        .arg("-c")
        .arg(&config)
        .arg("-e")
        .arg(root.join("error.log"))
        .output()
        .expect("nginx not installed: run tests/run");
    assert!(
        out.status.success(),
        "nginx: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "nginx did not listen");
        std::thread::sleep(Duration::from_millis(30));
    }
    config
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = Command::new("nginx")
            .arg("-p")
            .arg(self.dir.path())
            .arg("-c")
            .arg(&self.config)
            .args(["-s", "stop"])
            .output();
    }
}

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

    /// The employee's browser: trusts the test CA, keeps cookies, follows
    /// no redirects, and talks to nginx from 127.0.0.2 so that its address
    /// differs from nginx's own.
    pub fn browser(&self) -> reqwest::Client {
        let ca =
            reqwest::Certificate::from_pem(&std::fs::read(&self.certs.ca_pem).unwrap()).unwrap();
        reqwest::Client::builder()
            .add_root_certificate(ca)
            .local_address(std::net::IpAddr::from([127, 0, 0, 2]))
            .redirect(reqwest::redirect::Policy::none())
            .cookie_store(true)
            .timeout(Duration::from_secs(30))
            .build()
            .unwrap()
    }

    /// deploy/nginx.conf in front of several replicas, round robin, with
    /// the upstream block of deploy/replicas/upstream.conf.
    pub fn start_replicas(ports: &[u16]) -> Self {
        let upstream = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/deploy/replicas/upstream.conf"
        ))
        .unwrap();
        let servers: String = ports
            .iter()
            .map(|port| format!("    server 127.0.0.1:{port} max_fails=1 fail_timeout=10s;\n"))
            .collect();
        let start = upstream.find("    server ").unwrap();
        let end = upstream.rfind("}").unwrap();
        let upstream = format!("{}{servers}{}", &upstream[..start], &upstream[end..]);
        Self::start_proxy_to("http://mailpasswd", false, &upstream)
    }

    fn start_proxy(upstream_port: u16, strip: bool) -> Self {
        Self::start_proxy_to(&format!("http://127.0.0.1:{upstream_port}"), strip, "")
    }

    /// deploy/nginx.conf with `target` in its proxy_pass lines and
    /// `http_extra` (an upstream block) beside its server block.
    fn start_proxy_to(target: &str, strip: bool, http_extra: &str) -> Self {
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
            .replace("http://127.0.0.1:8080", target);
        assert!(server.contains(target), "upstream not found in the example");
        let config = launch(root, &format!("{http_extra}\n{server}"), port);
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

//! Running the service: `serve`, `demo`, and the container's `healthcheck`.

use std::path::PathBuf;

use super::common::{config_path, runtime, Failure, EX_SOFTWARE};
use crate::domain::{EmailAddress, Password};
use crate::hash::HashSettings;
use crate::settings::Settings;
use crate::startup::Application;

pub(super) fn serve(config: Option<PathBuf>) -> Result<(), Failure> {
    let settings = Settings::load(&config_path(config))?;
    run_app(settings, None)
}

fn run_app(settings: Settings, banner: Option<String>) -> Result<(), Failure> {
    let rt = runtime()?;
    rt.block_on(async {
        let app = Application::build(settings).await?;
        match banner {
            Some(text) => println!("{text}"),
            None => tracing::info!(port = app.port(), "mailpasswd listening"),
        }
        app.run_until_stopped()
            .await
            .map_err(|e| Failure::new(EX_SOFTWARE, format!("the server stopped: {e}")))
    })
}

/// A throwaway passwd-file with one mailbox whose password is printed.
pub(super) fn demo(listen: Option<std::net::SocketAddr>) -> Result<(), Failure> {
    let io = |e: std::io::Error| Failure::new(EX_SOFTWARE, format!("cannot prepare the demo: {e}"));
    let dir = tempfile::Builder::new()
        .prefix("mailpasswd-demo-")
        .tempdir()
        .map_err(io)?;
    let password = demo_passphrase();
    let suggestion = demo_passphrase();
    let hash = HashSettings::default()
        .check()
        .map_err(|problems| Failure::new(EX_SOFTWARE, problems.join("; ")))?
        .hash_blocking(
            &Password::parse(password.clone())
                .map_err(|e| Failure::new(EX_SOFTWARE, e.to_string()))?,
        )
        .map_err(|e| Failure::new(EX_SOFTWARE, e.to_string()))?;
    let passwd = dir.path().join("users");
    std::fs::write(
        &passwd,
        format!(
            "# mailpasswd demo\ndemo@example.org:{}::::::\n",
            hash.as_str()
        ),
    )
    .map_err(io)?;
    let toml = format!(
        r#"[server]
listen = "127.0.0.1:8080"

[mail]
domains = ["example.org"]

[auth]
method = "store"

[store]
kind = "passwd-file"
path = "{}"

[ui]
provider_name = "mailpasswd demo"
"#,
        passwd.display()
    );
    let mut settings = Settings::from_toml_str(&toml)?;
    if let Some(listen) = listen {
        settings.server.listen = listen;
    }
    let url = settings.server.public_url();
    let banner = format!(
        "mailpasswd demo: open {url}\n  address:  demo@example.org\n  password: {password}\n  a new password to try: {suggestion}\n  passwd-file: {} (removed on exit)\nStop with Ctrl-C.",
        passwd.display()
    );
    let result = run_app(settings, Some(banner));
    drop(dir);
    result
}

/// A password for the demo that the default policy accepts, as the demo
/// mailbox's current or new password alike.
fn demo_passphrase() -> String {
    use crate::policy::suggest::{passphrase, Words};
    let policy = crate::policy::PasswordPolicy::new(15, 128, None)
        .with_context_words(["mailpasswd demo", "example"]);
    let mailbox = crate::domain::MailDomains::new(["example.org"])
        .ok()
        .and_then(|domains| EmailAddress::parse("demo@example.org", &domains).ok());
    let mut candidate = passphrase(4, "-", Words::German);
    for _ in 0..20 {
        let accepted = Password::parse(candidate.clone())
            .is_ok_and(|p| policy.check(&p, None, mailbox.as_ref()).is_empty());
        if accepted {
            break;
        }
        candidate = passphrase(4, "-", Words::German);
    }
    candidate
}

/// GET /healthz on the configured listen address, without a TLS stack or
/// an HTTP client library: the container image needs nothing else.
pub(super) fn healthcheck(config: Option<PathBuf>) -> Result<(), Failure> {
    use std::io::{Read as _, Write as _};
    use std::net::{IpAddr, SocketAddr, TcpStream};
    use std::time::Duration;

    let settings = Settings::load(&config_path(config))?;
    let mut addr: SocketAddr = settings.server.listen;
    if addr.ip().is_unspecified() {
        addr.set_ip(match addr.ip() {
            IpAddr::V4(_) => IpAddr::from([127, 0, 0, 1]),
            IpAddr::V6(_) => IpAddr::from([0, 0, 0, 0, 0, 0, 0, 1]),
        });
    }
    let path = format!("{}/healthz", settings.path_prefix());
    let unhealthy = |why: String| Failure::new(1, format!("unhealthy: {why}"));
    let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(3))
        .map_err(|e| unhealthy(format!("cannot connect to {addr}: {e}")))?;
    let _ = stream.set_read_timeout(Some(Duration::from_secs(3)));
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .map_err(|e| unhealthy(e.to_string()))?;
    let mut response = Vec::new();
    let _ = stream.take(4096).read_to_end(&mut response);
    let status_line = String::from_utf8_lossy(&response);
    let status_line = status_line.lines().next().unwrap_or("");
    if status_line.starts_with("HTTP/1.1 200") {
        println!("healthy");
        Ok(())
    } else {
        Err(unhealthy(format!("{addr}{path} answered {status_line:?}")))
    }
}

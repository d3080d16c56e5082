//! The real web service, spawned on a free port against a test Dovecot.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use mailpasswd::clock::ManualClock;
use mailpasswd::settings::Settings;
use mailpasswd::startup::Application;

use super::{free_port, Dovecot};

pub struct TestApp {
    /// Base URL including the prefix, without a trailing slash.
    pub base: String,
    pub port: u16,
    pub clock: Arc<ManualClock>,
    pub client: reqwest::Client,
    /// The client's cookies.
    pub jar: Arc<reqwest::cookie::Jar>,
}

/// Settings for the service against `dovecot` over IMAPS; `extra` is TOML
/// appended at the end (sections of its own).
pub fn settings_toml(dovecot: &Dovecot, port: u16, prefix: &str, extra: &str) -> String {
    format!(
        r#"[server]
listen = "127.0.0.1:{port}"
public_url = "http://127.0.0.1:{port}{prefix}"

[mail]
domains = ["example.org"]

[auth.imap]
host = "127.0.0.1"
port = {imaps}
security = "tls"
ca_file = "{ca}"
timeout_secs = 5

[store]
kind = "passwd-file"
path = "{passwd}"
lock_timeout_secs = 1

{extra}
"#,
        imaps = dovecot.imaps_port,
        ca = dovecot.certs.ca_pem.display(),
        passwd = dovecot.passwd.display(),
    )
}

/// [`settings_toml`] with another `[store]` section and extra sections.
pub fn settings_with_store(dovecot: &Dovecot, port: u16, store: &str, extra: &str) -> String {
    let base = settings_toml(dovecot, port, "", "");
    let start = base.find("[store]").unwrap();
    let end = start + base[start..].find("\n\n").unwrap();
    format!("{}{store}{}\n{extra}\n", &base[..start], &base[end..])
}

/// The settings of [`settings_toml`], typed, for a test to edit.
pub fn test_settings(dovecot: &Dovecot, port: u16, prefix: &str) -> Settings {
    Settings::from_toml_str(&settings_toml(dovecot, port, prefix, "")).unwrap()
}

pub async fn spawn_app(dovecot: &Dovecot) -> TestApp {
    spawn_app_with(dovecot, "", |_| {}).await
}

/// The service below `prefix`, with the test's own changes to the settings.
pub async fn spawn_app_with(
    dovecot: &Dovecot,
    prefix: &str,
    edit: impl FnOnce(&mut Settings),
) -> TestApp {
    let port = free_port();
    let mut settings = test_settings(dovecot, port, prefix);
    edit(&mut settings);
    settings.validate().unwrap();
    spawn_settings(settings, port, prefix).await
}

/// The service behind a trusted reverse proxy on 127.0.0.1: tests then
/// name the client address in `X-Forwarded-For`.
pub async fn spawn_behind_proxy(dovecot: &Dovecot, edit: impl FnOnce(&mut Settings)) -> TestApp {
    spawn_app_with(dovecot, "", |s| {
        s.server.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()];
        edit(s);
    })
    .await
}

/// The real binary running `serve` on `config`, once `/healthz` answers.
pub async fn spawn_binary(
    config: &std::path::Path,
    port: u16,
    env: &[(&str, &str)],
    stderr: std::process::Stdio,
) -> (std::process::Child, TestApp) {
    let jar = Arc::new(reqwest::cookie::Jar::default());
    let server = std::process::Command::new(super::bin())
        .args(["serve", "--config", config.to_str().unwrap()])
        .envs(env.iter().copied())
        .stdout(std::process::Stdio::null())
        .stderr(stderr)
        .spawn()
        .unwrap();
    let app = TestApp {
        base: format!("http://127.0.0.1:{port}"),
        port,
        clock: Arc::new(ManualClock::new(SystemTime::now())),
        client: client_with(&jar),
        jar,
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while app.client.get(app.url("/healthz")).send().await.is_err() {
        assert!(std::time::Instant::now() < deadline, "server did not start");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    (server, app)
}

pub async fn spawn_settings(settings: Settings, port: u16, prefix: &str) -> TestApp {
    let clock = Arc::new(ManualClock::new(SystemTime::now()));
    let app = Application::build_with_clock(settings, clock.clone())
        .await
        .unwrap();
    assert_eq!(app.port(), port);
    tokio::spawn(app.run_until_stopped());
    let jar = Arc::new(reqwest::cookie::Jar::default());
    TestApp {
        base: format!("http://127.0.0.1:{port}{prefix}"),
        port,
        clock,
        client: client_with(&jar),
        jar,
    }
}

/// A browser-like client: keeps cookies, does not follow redirects.
pub fn client() -> reqwest::Client {
    client_with(&Arc::new(reqwest::cookie::Jar::default()))
}

/// A browser-like client keeping its cookies in `jar`.
pub fn client_with(jar: &Arc<reqwest::cookie::Jar>) -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_provider(Arc::clone(jar))
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

/// The hidden CSRF token in a page.
pub fn csrf_of(html: &str) -> String {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html.find(marker).expect("no csrf_token in page") + marker.len();
    html[start..].split('"').next().unwrap().to_owned()
}

pub struct Page {
    pub status: u16,
    pub body: String,
    pub headers: reqwest::header::HeaderMap,
}

impl Page {
    /// Sends the request and reads the whole answer.
    pub async fn send(request: reqwest::RequestBuilder) -> Page {
        Page::from(request.send().await.unwrap()).await
    }

    pub async fn from(response: reqwest::Response) -> Page {
        Page {
            status: response.status().as_u16(),
            headers: response.headers().clone(),
            body: response.text().await.unwrap(),
        }
    }

    pub fn location(&self) -> &str {
        self.headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// `/readyz`, asked until it answers `status` (it answers from a probe
    /// cached for a few seconds), at most for 10 s; the last answer.
    pub async fn readyz_becomes(&self, status: u16) -> Page {
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        loop {
            let page = self.get("/readyz", "en").await;
            if page.status == status || std::time::Instant::now() > deadline {
                return page;
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
    }

    /// This browser (its cookies) talking to another replica.
    pub fn same_browser_at(&self, replica: &TestApp) -> TestApp {
        TestApp {
            base: replica.base.clone(),
            port: replica.port,
            clock: Arc::clone(&replica.clock),
            client: self.client.clone(),
            jar: Arc::clone(&self.jar),
        }
    }

    /// The same service, seen from a browser of its own (no cookies yet).
    pub fn another_browser(&self) -> TestApp {
        let jar = Arc::new(reqwest::cookie::Jar::default());
        TestApp {
            base: self.base.clone(),
            port: self.port,
            clock: Arc::clone(&self.clock),
            client: client_with(&jar),
            jar,
        }
    }

    /// The value of the cookie named `name` the client holds for the app.
    pub fn cookie(&self, name: &str) -> Option<String> {
        use reqwest::cookie::CookieStore;
        let header = self.jar.cookies(&self.url("/").parse().unwrap())?;
        header
            .to_str()
            .ok()?
            .split("; ")
            .find_map(|pair| pair.strip_prefix(&format!("{name}=")))
            .map(str::to_owned)
    }

    pub async fn get(&self, path: &str, lang: &str) -> Page {
        Page::send(
            self.client
                .get(self.url(path))
                .header("accept-language", lang),
        )
        .await
    }

    pub async fn post_form(&self, path: &str, lang: &str, fields: &[(&str, &str)]) -> Page {
        Page::send(
            self.client
                .post(self.url(path))
                .header("accept-language", lang)
                .form(fields),
        )
        .await
    }

    /// GET / then POST /login with the page's CSRF token.
    pub async fn login(&self, email: &str, password: &str, lang: &str) -> Page {
        let page = self.get("/", lang).await;
        assert_eq!(page.status, 200);
        let csrf = csrf_of(&page.body);
        self.post_form(
            "/login",
            lang,
            &[
                ("email", email),
                ("password", password),
                ("csrf_token", &csrf),
            ],
        )
        .await
    }

    /// POST /login as if relayed by a proxy for `forwarded_for`.
    pub async fn login_from(
        &self,
        forwarded_for: impl AsRef<str>,
        email: &str,
        password: &str,
        csrf: &str,
    ) -> Page {
        Page::send(
            self.client
                .post(self.url("/login"))
                .header("x-forwarded-for", forwarded_for.as_ref())
                .form(&[
                    ("email", email),
                    ("password", password),
                    ("csrf_token", csrf),
                ]),
        )
        .await
    }

    /// GET /password then POST /password with the page's CSRF token.
    pub async fn change(&self, new: &str, confirm: &str, lang: &str) -> Page {
        let page = self.get("/password", lang).await;
        assert_eq!(page.status, 200, "password page: {}", page.location());
        let csrf = csrf_of(&page.body);
        self.post_form(
            "/password",
            lang,
            &[
                ("new_password", new),
                ("confirm_password", confirm),
                ("csrf_token", &csrf),
            ],
        )
        .await
    }
}

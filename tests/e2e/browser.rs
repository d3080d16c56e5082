//! Headless Chromium (Debian's chromium + chromium-driver) over WebDriver:
//! a person's way through the pages, with a screenshot of each under
//! target/screenshots/ for review.

use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};

use crate::support::app::spawn_app;
use crate::support::{free_port, passwd_line, shared_tempdir, Dovecot};

const ALICE: &str = "alice@example.org";
const OLD: &str = "Altes Passwort von Alice";
const NEW: &str = "Leuchtturm Möwe Strandkorb 42";

pub(crate) struct Driver {
    child: Child,
    port: u16,
    _profile: tempfile::TempDir,
}

impl Driver {
    pub(crate) fn start() -> Self {
        let port = free_port();
        let child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromium-driver not installed: run tests/run");
        let deadline = Instant::now() + Duration::from_secs(15);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        Self {
            child,
            port,
            _profile: shared_tempdir(),
        }
    }

    pub(crate) async fn browser(&self) -> Client {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".to_owned(),
            serde_json::json!({
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update",
                    "--no-first-run", "--disable-sync", "--window-size=412,915",
                    format!("--user-data-dir={}", self._profile.path().display()),
                    "--lang=de-DE",
                ],
                "prefs": { "intl.accept_languages": "de-DE,de" },
            }),
        );
        ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .expect("WebDriver session")
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(crate) async fn shot(browser: &Client, name: &str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    let png = browser.screenshot().await.unwrap();
    assert!(png.starts_with(b"\x89PNG"), "not a PNG");
    std::fs::write(dir.join(name), png).unwrap();
}

pub(crate) async fn fill(browser: &Client, id: &str, text: &str) {
    let field = browser.find(Locator::Id(id)).await.unwrap();
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

pub(crate) async fn wait_for_text(browser: &Client, text: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let source = browser.source().await.unwrap();
        if source.contains(text) {
            return source;
        }
        assert!(
            Instant::now() < deadline,
            "page never showed {text:?}:\n{source}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn a_person_changes_the_password_in_chromium() {
    let dovecot = Dovecot::start(&passwd_line(ALICE, OLD, ""));
    let app = spawn_app(&dovecot).await;
    let driver = Driver::start();
    let browser = driver.browser().await;

    browser.goto(&app.url("/")).await.unwrap();
    wait_for_text(&browser, "E-Mail-Passwort ändern").await;
    // The stylesheet loaded under the CSP (the button is styled, not grey).
    let color = browser
        .find(Locator::Css("button[type=submit]"))
        .await
        .unwrap()
        .css_value("background-color")
        .await
        .unwrap();
    assert_eq!(color, "rgba(31, 95, 153, 1)");
    shot(&browser, "01-login.png").await;

    fill(&browser, "email", ALICE).await;
    fill(&browser, "password", OLD).await;
    browser
        .find(Locator::Css("button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_text(&browser, "Angemeldet als").await;
    assert!(browser
        .current_url()
        .await
        .unwrap()
        .as_str()
        .ends_with("/password"));
    shot(&browser, "02-password.png").await;

    // A weak try first: every rule is listed.
    fill(&browser, "new_password", "alice").await;
    fill(&browser, "confirm_password", "alice").await;
    browser
        .find(Locator::Css(
            "form[action$='/password'] button[type=submit]",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_text(&browser, "mindestens 15 Zeichen lang").await;
    shot(&browser, "03-rules.png").await;

    fill(&browser, "new_password", NEW).await;
    fill(&browser, "confirm_password", NEW).await;
    browser
        .find(Locator::Css(
            "form[action$='/password'] button[type=submit]",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_text(&browser, "Die Änderung wird sofort aktiv").await;
    shot(&browser, "04-success.png").await;
    assert!(dovecot.accepts(ALICE, NEW));
    assert!(!dovecot.accepts(ALICE, OLD));

    // The switch leads to the English page.
    browser.goto(&app.url("/")).await.unwrap();
    browser
        .find(Locator::LinkText("English"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_text(&browser, "Change your email password").await;
    shot(&browser, "05-login-en.png").await;
    browser.close().await.unwrap();
}

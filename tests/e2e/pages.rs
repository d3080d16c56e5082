//! Every state of the pages in headless Chromium, in every language of the
//! catalogue (Arabic right to left), at a phone's width (390 px) and a
//! desktop's (1280 px): no message id shows raw, axe-core finds no
//! violation (WCAG 2.0–2.2 A/AA and best practices), nothing is wider
//! than the screen with a 70-character address, the whole flow works by
//! keyboard alone, and the controls keep their borders in forced colours.
//! Dovecot runs with its quota plugin, so the storage line is real.
//! Screenshots of every state land in target/screenshots/.

use std::time::Duration;

use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use serde_json::{json, Value};

use mailpasswd::i18n::Lang;

use crate::browser::{fill, shot, wait_for_text, Driver};
use crate::support::app::{spawn_app_with, TestApp};
use crate::support::{passwd_line, Dovecot};

/// 70 characters: long enough to break a careless layout on a phone.
const LONG: &str = "katharina.mueller-luedenscheidt.buchhaltung.abteilung-nord@example.org";
const OLD: &str = "Altes Passwort von Katharina";

/// A Chrome DevTools command, through chromedriver's own endpoint.
#[derive(Debug)]
struct Cdp(Value);

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or("")
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.0.to_string()))
    }
}

async fn cdp(browser: &Client, cmd: &str, params: Value) {
    browser
        .issue_cmd(Cdp(json!({ "cmd": cmd, "params": params })))
        .await
        .unwrap();
}

async fn width(browser: &Client, px: u32) {
    cdp(
        browser,
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": px, "height": if px < 500 { 844 } else { 900 }, "deviceScaleFactor": 1, "mobile": px < 500 }),
    )
    .await;
}

fn axe_source() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/target/npm/node_modules/axe-core/axe.min.js"
    );
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e} (tests/run installs axe-core with npm)"))
}

/// axe-core's violations on the current page, and whether anything is
/// wider than the viewport.
async fn check(browser: &Client, axe: &str, name: &str) {
    browser.execute(axe, vec![]).await.unwrap();
    let found = browser
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: { type: 'tag', values:
                 ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
               .then(r => done(r.violations.map(v =>
                   v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
               .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .unwrap();
    let violations: Vec<String> = serde_json::from_value(found).unwrap();
    assert!(violations.is_empty(), "{name}: {violations:#?}");
    let shown = visible_text(browser).await;
    let raw: Vec<&String> = message_ids()
        .iter()
        .filter(|id| shown.contains(id.as_str()))
        .collect();
    assert!(raw.is_empty(), "{name}: message ids shown raw: {raw:?}");
    let overflow = browser
        .execute(
            "return [document.documentElement.scrollWidth, window.innerWidth];",
            vec![],
        )
        .await
        .unwrap();
    let (scroll, inner) = (overflow[0].as_u64().unwrap(), overflow[1].as_u64().unwrap());
    assert!(
        scroll <= inner,
        "{name}: {scroll} px wide in a {inner} px viewport"
    );
    shot(browser, &format!("{name}.png")).await;
}

/// The catalogue's message ids that cannot be ordinary words (they have
/// a hyphen): a page showing one lacks its text.
fn message_ids() -> &'static Vec<String> {
    static IDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    IDS.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/i18n/locales/de/main.ftl");
        std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
            .filter(|id| id.contains('-') && !id.starts_with(['#', ' ']))
            .map(str::to_owned)
            .collect()
    })
}

/// What a reader sees of the page (and the title).
async fn visible_text(browser: &Client) -> String {
    browser
        .execute(
            "return document.title + '\\n' + document.body.innerText;",
            vec![],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned()
}

/// Waits until the page shows `text` to a reader; returns its source.
async fn wait_for_visible(browser: &Client, text: &str) -> String {
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        if visible_text(browser).await.contains(text) {
            return browser.source().await.unwrap();
        }
        assert!(
            std::time::Instant::now() < deadline,
            "page never showed {text:?}:\n{}",
            visible_text(browser).await
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The catalogue's text `id` in `lang`.
fn say(lang: &str, id: &str) -> String {
    Lang::from_code(lang).unwrap().t(id)
}

async fn submit(browser: &Client, form_action: &str) {
    browser
        .find(Locator::Css(&format!(
            "form[action$='{form_action}'] button[type=submit]"
        )))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

/// One language at one width through every state.
async fn walk(app: &TestApp, dovecot: &Dovecot, browser: &Client, lang: &str, px: u32, axe: &str) {
    let name = |state: &str| format!("pages-{lang}-{px}-{state}");
    width(browser, px).await;
    browser
        .goto(&app.url(&format!("/?lang={lang}")))
        .await
        .unwrap();
    let page = wait_for_visible(browser, &say(lang, "title")).await;
    let dir = if lang == "ar" { "rtl" } else { "ltr" };
    assert!(
        page.contains(&format!("lang=\"{lang}\" dir=\"{dir}\"")),
        "{lang}: {page}"
    );
    check(browser, axe, &name("01-login")).await;

    // A malformed address: the summary links to the field.
    fill(browser, "email", "katharina müller@example.org").await;
    fill(browser, "password", OLD).await;
    submit(browser, "/login").await;
    let page = wait_for_text(browser, "error-summary").await;
    assert!(page.contains("href=\"#email\"") && page.contains("aria-invalid=\"true\""));
    let title = browser.title().await.unwrap();
    assert!(title.starts_with(&say(lang, "error-prefix")), "{title}");
    check(browser, axe, &name("02-address-error")).await;

    // A wrong password, then the right one.
    fill(browser, "email", LONG).await;
    fill(browser, "password", "Ein falsches Passwort").await;
    submit(browser, "/login").await;
    wait_for_visible(browser, &say(lang, "login-failed")).await;
    check(browser, axe, &name("03-login-failed")).await;
    fill(browser, "password", OLD).await;
    submit(browser, "/login").await;
    wait_for_visible(browser, &say(lang, "logged-in-as")).await;
    let shown = visible_text(browser).await;
    let limit = mailpasswd::i18n::size(Lang::from_code(lang).unwrap(), 2 * 1024 * 1024);
    assert!(
        shown.contains(&limit),
        "{lang}: storage limit {limit:?} in {shown}"
    );
    assert!(
        shown.contains("Beispiel Hosting"),
        "the provider rule: {shown}"
    );
    if lang == "de" {
        for rule in ["mindestens 15", "unterscheidet sich vom bisherigen"] {
            assert!(shown.contains(rule), "rule {rule:?} missing");
        }
    }
    check(browser, axe, &name("04-password")).await;

    // Both entries differ and the first is too short: all of it is said.
    fill(browser, "new_password", "kurz").await;
    fill(browser, "confirm_password", "kurz2").await;
    submit(browser, "/password").await;
    let page = wait_for_text(browser, "error-summary").await;
    assert!(page.contains("href=\"#new_password\"") && page.contains("href=\"#confirm_password\""));
    assert_eq!(page.matches("aria-invalid=\"true\"").count(), 2);
    let focused = browser
        .execute("return document.activeElement.className;", vec![])
        .await
        .unwrap();
    assert_eq!(focused, json!("error-summary"));
    check(browser, axe, &name("05-refused")).await;

    // The change.
    let new = format!("Leuchtturm Möwe Strandkorb {lang} {px}");
    fill(browser, "new_password", &new).await;
    fill(browser, "confirm_password", &new).await;
    submit(browser, "/password").await;
    let page = wait_for_visible(browser, &say(lang, "success-text")).await;
    assert!(page.contains("<h1>") && page.contains("https://webmail.example.org/"));
    check(browser, axe, &name("06-success")).await;
    assert!(dovecot.accepts(LONG, &new));
    std::fs::write(&dovecot.passwd, passwd_line(LONG, OLD, "")).unwrap();
    tokio::time::sleep(Duration::from_millis(1100)).await;

    // Pages of their own: not found, expired, too many attempts.
    browser.goto(&app.url("/gibt-es-nicht")).await.unwrap();
    wait_for_visible(browser, &say(lang, "not-found-heading")).await;
    check(browser, axe, &name("07-not-found")).await;
    browser.goto(&app.url("/?m=expired")).await.unwrap();
    wait_for_visible(browser, &say(lang, "session-expired")).await;
    check(browser, axe, &name("08-expired")).await;
    let ghost = format!("niemand-{lang}-{px}@example.org");
    for _ in 0..6 {
        browser.goto(&app.url("/")).await.unwrap();
        fill(browser, "email", &ghost).await;
        fill(browser, "password", "Geraten und falsch").await;
        submit(browser, "/login").await;
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let page = wait_for_visible(browser, &say(lang, "rate-limited-heading")).await;
    assert!(!page.contains("<form"), "no form until the stated time");
    assert!(page.contains("0800 123456"), "support is named");
    if lang == "de" {
        assert!(page.contains(" Uhr)"), "a clock time");
    }
    check(browser, axe, &name("09-rate-limited")).await;
}

/// Typed into whatever has the focus.
async fn keys(browser: &Client, text: &str) {
    browser
        .active_element()
        .await
        .unwrap()
        .send_keys(text)
        .await
        .unwrap();
}

#[tokio::test]
async fn every_page_state_is_accessible_fits_a_phone_and_works_by_keyboard() {
    let axe = axe_source();
    let dovecot = Dovecot::start_with(
        &passwd_line(LONG, OLD, ""),
        &crate::support::dovecot::quota_config("2G"),
    );
    let app = spawn_app_with(&dovecot, "", |s| {
        s.ui.provider_name = Some("Beispiel Hosting".to_owned());
        s.ui.support_contact = Some("support@example.org, 0800 123456".to_owned());
        s.ui.webmail_url = Some("https://webmail.example.org/".parse().unwrap());
        s.rate_limit.per_ip_per_minute = 1000;
        s.rate_limit.per_ip_per_hour = 10000;
    })
    .await;
    let driver = Driver::start();
    let browser = driver.browser().await;
    for lang in Lang::ALL {
        for px in [390, 1280] {
            walk(&app, &dovecot, &browser, lang.code(), px, &axe).await;
        }
    }

    // By keyboard alone: the focus starts in the address field.
    width(&browser, 1280).await;
    browser.goto(&app.url("/?lang=de")).await.unwrap();
    wait_for_text(&browser, "E-Mail-Passwort ändern").await;
    keys(&browser, LONG).await;
    keys(
        &browser,
        &format!("{}{OLD}{}", char::from(Key::Tab), char::from(Key::Enter)),
    )
    .await;
    wait_for_text(&browser, "Angemeldet als").await;
    let new = "Tastatur Walross Kompass Fähre";
    // New password, its show button, the repetition, its button, submit.
    keys(
        &browser,
        &format!("{new}{}{}", char::from(Key::Tab), char::from(Key::Tab)),
    )
    .await;
    keys(&browser, &format!("{new}{}", char::from(Key::Enter))).await;
    wait_for_text(&browser, "Die Änderung wird sofort aktiv").await;
    assert!(dovecot.accepts(LONG, new));

    // Forced colours (high contrast): buttons and fields keep a border.
    std::fs::write(&dovecot.passwd, passwd_line(LONG, OLD, "")).unwrap();
    cdp(
        &browser,
        "Emulation.setEmulatedMedia",
        json!({ "features": [{ "name": "forced-colors", "value": "active" }] }),
    )
    .await;
    browser.goto(&app.url("/?lang=de")).await.unwrap();
    wait_for_text(&browser, "E-Mail-Passwort ändern").await;
    let borders = browser
        .execute(
            "return ['button[type=submit]', '#email'].map(s => {
                 const c = getComputedStyle(document.querySelector(s));
                 return c.borderTopStyle + ' ' + c.borderTopWidth; });",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(borders, json!(["solid 2px", "solid 2px"]));
    shot(&browser, "pages-forced-colours.png").await;
    browser.close().await.unwrap();
}

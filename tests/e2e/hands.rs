//! The pages under real hands: a double click, a slow wrong login clicked
//! again, the example on the page typed in, a wrong login read by a
//! screen reader, a warning before the lockout. Against a real Dovecot,
//! in Chromium where a hand is needed.

use fantoccini::Locator;

use crate::browser::{fill, wait_for_text, Driver};
use crate::support::app::{client, csrf_of, spawn_app_with, spawn_behind_proxy, Page, TestApp};
use crate::support::{alice_and_bob, Dovecot, ALICE, NEW, OLD};

/// Dovecot as it runs by default: each refused login waits 2 s.
const FAILURE_DELAY: &str = "auth_failure_delay = 2s\nauth_verbose = yes\n";

/// The audit lines of `event`, as JSON.
fn audited(path: &std::path::Path, event: &str) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|l| l["event"] == event)
        .collect()
}

async fn app_with_audit(dovecot: &Dovecot) -> (TestApp, std::path::PathBuf) {
    let audit = dovecot.dir.path().join("audit.log");
    let app = spawn_app_with(dovecot, "", |s| s.audit.path = Some(audit.clone())).await;
    (app, audit)
}

/// The example the page shows in its tip, between „ and “.
fn example_on(page: &str) -> String {
    let start = page.find("z. B. „").expect("an example") + "z. B. „".len();
    let end = page[start..].find('“').unwrap();
    page[start..start + end].to_owned()
}

#[tokio::test]
async fn a_second_submission_of_a_successful_change_shows_the_success_again() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let (app, audit) = app_with_audit(&dovecot).await;
    assert_eq!(app.login(ALICE, OLD, "de").await.status, 303);
    let form = app.get("/password", "de").await;
    let csrf = csrf_of(&form.body);
    let post = || async {
        app.post_form(
            "/password",
            "de",
            &[
                ("new_password", NEW),
                ("confirm_password", NEW),
                ("csrf_token", &csrf),
            ],
        )
        .await
    };
    // Two submissions of one form at once, as a double click sends them.
    let (first, second) = tokio::join!(post(), post());
    for page in [&first, &second] {
        assert_eq!(page.status, 200, "{}", page.body);
        assert!(
            page.body.contains("Die Änderung wird sofort aktiv"),
            "{}",
            page.body
        );
    }
    // And once more later, as a reload of the result does.
    let third = post().await;
    assert_eq!(third.status, 200);
    assert!(third.body.contains("Passwort geändert"), "{}", third.body);
    let changes = audited(&audit, "change");
    assert_eq!(changes.len(), 1, "changed once: {changes:?}");
    assert_eq!(changes[0]["outcome"], "changed");
    assert!(dovecot.accepts(ALICE, NEW));
    // The language menu on the success page keeps the message.
    let english = app.get("/password?lang=en", "de").await;
    assert_eq!(english.status, 200);
    assert!(
        english.body.contains("The change takes effect immediately"),
        "{}",
        english.body
    );
}

#[tokio::test]
async fn an_example_the_page_showed_is_refused_by_the_page_and_the_api() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let app = spawn_app_with(&dovecot, "", |_| {}).await;
    assert_eq!(app.login(ALICE, OLD, "de").await.status, 303);
    let first = app.get("/password", "de").await;
    let second = app.get("/password", "de").await;
    let (example, other) = (example_on(&first.body), example_on(&second.body));
    assert_ne!(example, other, "a fresh example on every view");
    assert_eq!(example.split(' ').count(), 4, "{example}");
    // Through the page, as shown…
    let page = app.change(&example, &example, "de").await;
    assert_eq!(page.status, 422, "{}", page.body);
    assert!(
        page.body.contains("ein Beispiel von dieser Seite"),
        "{}",
        page.body
    );
    // …and through the API, spelled another way.
    let spelled = other.to_lowercase().replace(' ', "-");
    let answer = client()
        .post(app.url("/api/v1/password"))
        .json(&serde_json::json!({
            "email": ALICE, "current_password": OLD, "new_password": spelled,
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 422);
    let body: serde_json::Value = answer.json().await.unwrap();
    let codes: Vec<&str> = body["error"]["violations"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v["code"].as_str())
        .collect();
    assert_eq!(codes, ["shown_example"], "{body}");
    assert!(dovecot.accepts(ALICE, OLD));
}

#[tokio::test]
async fn too_short_says_only_that_and_empty_fields_are_named() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let app = spawn_app_with(&dovecot, "", |_| {}).await;
    assert_eq!(app.login(ALICE, OLD, "de").await.status, 303);
    let page = app.change("kurz", "kurz", "de").await;
    assert_eq!(page.status, 422);
    assert!(page
        .body
        .contains("Das neue Passwort muss mindestens 15 Zeichen lang sein."));
    assert!(!page.body.contains("leicht zu erraten:"), "{}", page.body);
    let page = app.change("", "", "de").await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("Geben Sie ein neues Passwort ein."));
    assert!(page.body.contains("Wiederholen Sie das neue Passwort."));
    assert_eq!(
        page.body.matches("aria-invalid=\"true\"").count(),
        2,
        "{}",
        page.body
    );
}

#[tokio::test]
async fn identical_slow_wrong_logins_cost_one_check_and_warn_before_the_lockout() {
    let dovecot = Dovecot::start_with(&alice_and_bob(""), FAILURE_DELAY);
    let audit = dovecot.dir.path().join("audit.log");
    // Behind a proxy, so that each try can come from an address of its
    // own: Dovecot's auth penalty grows per client address, and the
    // per-mailbox budget counts whatever the address.
    let app = spawn_behind_proxy(&dovecot, |s| s.audit.path = Some(audit.clone())).await;
    let csrf = csrf_of(&app.get("/", "de").await.body);
    let wrong = |from: &'static str, password: &'static str| {
        let csrf = csrf.clone();
        let app = &app;
        async move { app.login_from(from, ALICE, password, &csrf).await }
    };
    // Clicked three times while Dovecot takes its 2 s: one check.
    let (a, b, c) = tokio::join!(
        wrong("198.51.100.1", "falsch eins"),
        wrong("198.51.100.1", "falsch eins"),
        wrong("198.51.100.1", "falsch eins")
    );
    for page in [&a, &b, &c] {
        assert_eq!(page.status, 401, "{}", page.body);
    }
    assert_eq!(
        audited(&audit, "login").len(),
        1,
        "one check for three clicks"
    );
    assert_eq!(refused_at_dovecot(&dovecot), 1);
    // Two more failures: the third warns, naming the time.
    assert!(!wrong("198.51.100.2", "falsch zwei")
        .await
        .body
        .contains("Noch "));
    let third = wrong("198.51.100.3", "falsch drei").await;
    assert_eq!(third.status, 401);
    assert!(
        third
            .body
            .contains("Noch 2 Versuche, dann ist die Anmeldung hier bis "),
        "{}",
        third.body
    );
    assert!(third
        .body
        .contains("Uhr gesperrt. Ihr Postfach ist davon nicht betroffen."));
}

/// Logins Dovecot refused for Alice (from its log, which Dovecot writes
/// when the client has gone: given up to 5 s to show the first).
fn refused_at_dovecot(dovecot: &Dovecot) -> usize {
    let count = || {
        dovecot
            .log()
            .lines()
            .filter(|l| l.contains("auth failed") && l.contains(&format!("user=<{ALICE}>")))
            .count()
    };
    for _ in 0..50 {
        if count() > 0 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    // A second refusal would be written at the same moment as the first.
    std::thread::sleep(std::time::Duration::from_millis(300));
    count()
}

/// Runs `script` in the page and returns its result.
async fn run(browser: &fantoccini::Client, script: &str) -> serde_json::Value {
    browser.execute(script, vec![]).await.unwrap()
}

#[tokio::test]
async fn in_chromium_a_double_click_sends_one_request_and_a_wrong_login_takes_the_focus() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let (app, audit) = app_with_audit(&dovecot).await;
    let driver = Driver::start();
    let browser = driver.browser().await;

    // A wrong login: the summary has the focus, the field says it is wrong.
    browser.goto(&app.url("/")).await.unwrap();
    fill(&browser, "email", ALICE).await;
    fill(&browser, "password", "Das ist falsch").await;
    browser
        .find(Locator::Css("button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_text(&browser, "Es gibt ein Problem").await;
    let focus = run(&browser, "return document.activeElement.className;").await;
    assert_eq!(focus, "error-summary");
    let invalid = run(
        &browser,
        "return document.getElementById('password').getAttribute('aria-invalid');",
    )
    .await;
    assert_eq!(invalid, "true");
    assert!(browser.title().await.unwrap().starts_with("Fehler: "));

    // A double click on "Anmelden": the first click turns the button busy,
    // the second sends nothing.
    fill(&browser, "password", OLD).await;
    let busy = run(
        &browser,
        "const b = document.querySelector('form[action$=\"/login\"] button[type=submit]');
         b.click(); const state = [b.disabled, b.textContent]; b.click(); return state;",
    )
    .await;
    assert_eq!(busy, serde_json::json!([true, "Anmeldung läuft …"]));
    wait_for_text(&browser, "Angemeldet als").await;

    // The same on "Passwort ändern".
    fill(&browser, "new_password", NEW).await;
    fill(&browser, "confirm_password", NEW).await;
    let busy = run(
        &browser,
        "const b = document.querySelector('form[action$=\"/password\"] button[type=submit]');
         b.click(); const state = [b.disabled, b.textContent]; b.click(); return state;",
    )
    .await;
    assert_eq!(busy, serde_json::json!([true, "Wird geändert …"]));
    wait_for_text(&browser, "Die Änderung wird sofort aktiv").await;
    let logins = audited(&audit, "login");
    assert_eq!(logins.len(), 2, "a wrong and a right login: {logins:?}");
    let changes = audited(&audit, "change");
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0]["outcome"], "changed");
    assert!(dovecot.accepts(ALICE, NEW));

    // The show button keeps its name and says its state.
    browser.goto(&app.url("/")).await.unwrap();
    let toggle = browser.find(Locator::Css("button.toggle")).await.unwrap();
    assert_eq!(
        toggle.attr("aria-label").await.unwrap().as_deref(),
        Some("Passwort anzeigen")
    );
    toggle.click().await.unwrap();
    assert_eq!(
        toggle.attr("aria-pressed").await.unwrap().as_deref(),
        Some("true")
    );
    let focus = run(&browser, "return document.activeElement.className;").await;
    assert_eq!(focus, "toggle", "the focus stays on the button");
    browser.close().await.unwrap();
}

/// What a 429 page holds: the wait, a clock time, and no form.
#[tokio::test]
async fn the_lockout_page_says_until_when_and_shows_no_form() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let app = spawn_behind_proxy(&dovecot, |s| {
        s.ui.support_contact = Some("support@example.org, 0800 123 456".to_owned());
    })
    .await;
    let csrf = csrf_of(&app.get("/", "de").await.body);
    let mut last: Option<Page> = None;
    for i in 0..6 {
        let from = format!("203.0.113.{}", i + 1);
        last = Some(
            app.login_from(from, ALICE, &format!("falsch {i}"), &csrf)
                .await,
        );
    }
    let last = last.unwrap();
    assert_eq!(last.status, 429, "{}", last.body);
    assert!(!last.body.contains("<form"), "{}", last.body);
    assert!(last.body.contains("Uhr) erneut."), "{}", last.body);
    assert!(
        last.body.contains("<h1>Zu viele Versuche</h1>"),
        "{}",
        last.body
    );
    assert!(
        !last.body.contains("Zu viele Versuche. "),
        "the heading is not repeated: {}",
        last.body
    );
    assert!(last.body.contains("href=\"mailto:support@example.org\""));
    assert!(last.body.contains("href=\"tel:0800123456\""));
}

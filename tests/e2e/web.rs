//! The website and JSON API through HTTP, against a real Dovecot.

use std::time::Duration;

use crate::support::app::{csrf_of, spawn_app, spawn_app_with, Page};
use crate::support::{passwd_line, Dovecot};

use crate::support::{alice_and_bob, assert_refused, ALICE, BOB_PW, NEW, OLD};

fn fixture() -> String {
    format!(
        "# test users\n{}",
        alice_and_bob("userdb_quota_rule=*:storage=1G")
    )
}

fn assert_security_headers(page: &Page) {
    let h = &page.headers;
    let csp = h
        .get("content-security-policy")
        .expect("CSP")
        .to_str()
        .unwrap();
    assert!(
        csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert_eq!(h.get("x-content-type-options").unwrap(), "nosniff");
    assert_eq!(h.get("referrer-policy").unwrap(), "no-referrer");
}

async fn full_flow(lang: &str, success_text: &str, rules_text: &str) {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app(&dovecot).await;
    let before = dovecot.passwd_bytes();

    let login = app.login("Alice@Example.org", OLD, lang).await;
    assert_eq!(login.status, 303, "{}", login.body);
    assert_eq!(login.location(), app.url("/password"));
    let set_cookie = login.headers.get("set-cookie").unwrap().to_str().unwrap();
    assert!(
        set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Strict"),
        "{set_cookie}"
    );

    let form = app.get("/password", lang).await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains(rules_text), "rules shown before typing");
    assert!(form.body.contains("autocomplete=\"new-password\""));
    assert!(form.body.contains(ALICE));

    let done = app.change(NEW, NEW, lang).await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(done.body.contains(success_text), "{}", done.body);
    assert_security_headers(&done);
    // In force at the moment the page says so.
    assert!(dovecot.accepts(ALICE, NEW));
    assert!(!dovecot.accepts(ALICE, OLD));
    // POP3 takes it at once too.
    assert!(dovecot.pop3_accepts(ALICE, NEW));
    assert!(!dovecot.pop3_accepts(ALICE, OLD));
    assert!(dovecot.accepts("bob@example.org", BOB_PW));
    let after = String::from_utf8(dovecot.passwd_bytes()).unwrap();
    let before = String::from_utf8(before).unwrap();
    assert_eq!(after.lines().count(), before.lines().count());
    assert!(after.contains(":::::userdb_quota_rule=*:storage=1G\n"));
    assert!(after.contains(&passwd_line_prefix(&before, "bob@")));

    // The session is spent: the page says the change is done, with no
    // form to change it again.
    let again = app.get("/password", lang).await;
    assert_eq!(again.status, 200);
    assert!(again.body.contains(success_text), "{}", again.body);
    assert!(!again.body.contains("<form"), "{}", again.body);
}

fn passwd_line_prefix(content: &str, user: &str) -> String {
    content
        .lines()
        .find(|l| l.starts_with(user))
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn whole_flow_in_german() {
    full_flow(
        "de-DE,de;q=0.9",
        "Die Änderung wird sofort aktiv",
        "hat mindestens 15 und höchstens 128 Zeichen",
    )
    .await;
}

#[tokio::test]
async fn whole_flow_in_english() {
    full_flow(
        "en-GB,en;q=0.8",
        "The change takes effect immediately",
        "has at least 15 and at most 128 characters",
    )
    .await;
}

#[tokio::test]
async fn language_switch_is_remembered() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app(&dovecot).await;
    let page = app.get("/?lang=en", "de").await;
    assert!(page.body.contains("<html lang=\"en\""));
    assert!(
        page.body.contains("href=\"/?lang=de\""),
        "switch back offered"
    );
    let page = app.get("/", "de").await;
    assert!(
        page.body.contains("<html lang=\"en\""),
        "choice kept in a cookie"
    );
}

#[tokio::test]
async fn failed_logins_look_the_same_and_change_nothing() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app(&dovecot).await;
    let before = dovecot.passwd_bytes();
    let mut bodies = Vec::new();
    for (email, password) in [
        (ALICE, "Falsches Passwort 2026"),
        ("nobody@example.org", OLD),
        ("alice@example.com", OLD),
    ] {
        let page = app.login(email, password, "de").await;
        assert_eq!(page.status, 401, "{email}");
        assert!(
            page.body.contains("Die Anmeldung ist fehlgeschlagen"),
            "{email}"
        );
        assert!(page
            .headers
            .get("set-cookie")
            .is_none_or(|c| !c.to_str().unwrap().contains("session")));
        assert_security_headers(&page);
        bodies.push(
            page.body
                .replace(email, "EMAIL")
                .replace(&csrf_of(&page.body), "CSRF"),
        );
    }
    assert!(
        bodies.windows(2).all(|w| w[0] == w[1]),
        "one generic answer for all three"
    );
    assert_eq!(dovecot.passwd_bytes(), before);
}

/// A mailbox the store holds twice (an import gone wrong): a wrong
/// password gets the 401 of any mailbox, after the mail server's check;
/// only the right one hears that this mailbox cannot be changed here.
#[tokio::test]
async fn an_ambiguous_entry_is_named_only_to_the_right_password() {
    let twice = format!(
        "{}{}",
        passwd_line(ALICE, OLD, ""),
        passwd_line(ALICE, OLD, "")
    );
    let dovecot = Dovecot::start(&twice);
    let app = spawn_app(&dovecot).await;
    let before = dovecot.passwd_bytes();
    let page = app.login(ALICE, "Falsches Passwort 2026", "de").await;
    assert_eq!(page.status, 401, "{}", page.body);
    let page = app.login(ALICE, OLD, "de").await;
    assert_eq!(page.status, 409, "{}", page.body);
    assert_eq!(dovecot.passwd_bytes(), before);
}

#[tokio::test]
async fn malformed_input_is_named_and_changes_nothing() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app(&dovecot).await;
    let before = dovecot.passwd_bytes();
    for (email, password, status, text) in [
        ("ali:ce@example.org", OLD, 400, "enthält das Zeichen „:“"),
        (
            "alice@example.org\r\nbob@example.org",
            OLD,
            400,
            "Zeilenumbruch",
        ),
        ("alice", OLD, 400, "vollständige E-Mail-Adresse"),
        (ALICE, "Altes\r\nPasswort", 400, "Steuerzeichen"),
        (
            ALICE,
            "",
            400,
            "Bitte geben Sie Ihr bisheriges Passwort ein",
        ),
    ] {
        let page = app.login(email, password, "de").await;
        assert_eq!(page.status, status, "{email:?}");
        assert!(page.body.contains(text), "{email:?}: {}", page.body);
    }
    assert_eq!(dovecot.passwd_bytes(), before);
}

#[tokio::test]
async fn policy_violations_are_all_listed_with_422() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app(&dovecot).await;
    let before = dovecot.passwd_bytes();
    assert_eq!(app.login(ALICE, OLD, "de").await.status, 303);

    let page = app.change("alice", "alice", "de").await;
    assert_eq!(page.status, 422);
    for rule in [
        "Das neue Passwort muss mindestens 15 Zeichen lang sein.",
        "Das neue Passwort darf den Namen des Postfachs nicht enthalten.",
    ] {
        assert!(page.body.contains(rule), "{rule} missing");
    }
    // Too short says it all: no word about how guessable it is.
    assert!(
        !page.body.contains("Liste häufig benutzter"),
        "{}",
        page.body
    );
    let page = app.change("111222333444555", "111222333444555", "de").await;
    assert_eq!(page.status, 422);
    assert!(
        page.body.contains("Liste häufig benutzter"),
        "{}",
        page.body
    );
    assert!(page.body.contains("role=\"alert\""));

    let page = app.change(OLD, OLD, "en").await;
    assert_eq!(page.status, 422);
    assert!(page
        .body
        .contains("must be different from your current one"));

    let page = app.change(NEW, "Frischer Wind über dem Teich", "de").await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("stimmen nicht überein"));

    let page = app
        .change(
            "Gru\u{308}ße vom Deich und Meer",
            "Gru\u{308}ße vom Deich und Meer",
            "de",
        )
        .await;
    assert_refused(
        &page,
        422,
        "zusammengesetzte Zeichen",
        &before,
        &dovecot.passwd_bytes(),
    );

    // After all that, the same login still works.
    assert_eq!(app.change(NEW, NEW, "de").await.status, 200);
    assert!(dovecot.accepts(ALICE, NEW));
}

#[tokio::test]
async fn outage_gives_503_and_changes_nothing() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app(&dovecot).await;
    let before = dovecot.passwd_bytes();
    assert_eq!(app.login(ALICE, OLD, "de").await.status, 303);

    // The store is busy (another writer holds the lock past the timeout).
    let lock = std::fs::File::open(&dovecot.passwd).unwrap();
    lock.lock().unwrap();
    let page = app.change(NEW, NEW, "de").await;
    assert_eq!(page.status, 503, "{}", page.body);
    assert!(
        page.body
            .contains("kann gerade nicht gespeichert werden; es bleibt das bisherige"),
        "{}",
        page.body
    );
    assert_security_headers(&page);
    lock.unlock().unwrap();
    assert_eq!(dovecot.passwd_bytes(), before);

    // The mail server goes away after the login: the new password cannot be
    // confirmed, so the old hash is restored.
    dovecot.stop();
    let page = app.change(NEW, NEW, "en").await;
    assert_refused(
        &page,
        503,
        "Your previous password still works",
        &before,
        &dovecot.passwd_bytes(),
    );

    // And a login while it is down is an outage, not a wrong password.
    let page = app.login(ALICE, OLD, "de").await;
    assert_eq!(page.status, 503);
    assert!(page.body.contains("nicht erreichbar"));
}

#[tokio::test]
async fn tampered_second_form_changes_only_the_verified_mailbox() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app(&dovecot).await;
    assert_eq!(app.login(ALICE, OLD, "de").await.status, 303);
    let csrf = csrf_of(&app.get("/password", "de").await.body);
    let page = app
        .post_form(
            "/password",
            "de",
            &[
                ("new_password", NEW),
                ("confirm_password", NEW),
                ("csrf_token", &csrf),
                ("username", "bob@example.org"),
            ],
        )
        .await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(dovecot.accepts(ALICE, NEW));
    assert!(dovecot.accepts("bob@example.org", BOB_PW));
    assert!(!dovecot.accepts("bob@example.org", NEW));
}

#[tokio::test]
async fn expired_and_replayed_sessions_send_back_to_login() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app(&dovecot).await;

    assert_eq!(app.login(ALICE, OLD, "de").await.status, 303);
    let csrf = csrf_of(&app.get("/password", "de").await.body);
    app.clock.advance(Duration::from_secs(901));
    let page = app.get("/password", "de").await;
    assert_eq!(page.status, 303);
    assert_eq!(page.location(), app.url("/?m=expired"));
    let page = app
        .post_form(
            "/password",
            "de",
            &[
                ("username", ALICE),
                ("new_password", NEW),
                ("confirm_password", NEW),
                ("csrf_token", &csrf),
            ],
        )
        .await;
    // The login form again, with the address filled in and a sentence.
    assert_eq!(page.status, 401);
    assert!(page.body.contains("Ihre Anmeldung ist abgelaufen"));
    assert!(
        page.body.contains("value=\"alice@example.org\""),
        "{}",
        page.body
    );
    assert!(dovecot.accepts(ALICE, OLD), "nothing changed after expiry");
    let notice = app.get("/?m=expired", "de").await;
    assert!(notice.body.contains("Ihre Anmeldung ist abgelaufen"));

    // Replay: the same cookie and form a second time after a success.
    assert_eq!(app.login(ALICE, OLD, "de").await.status, 303);
    let csrf = csrf_of(&app.get("/password", "de").await.body);
    let fields = [
        ("new_password", NEW),
        ("confirm_password", NEW),
        ("csrf_token", csrf.as_str()),
    ];
    let first = app.post_form("/password", "de", &fields).await;
    assert_eq!(first.status, 200);
    let after_first = dovecot.passwd_bytes();
    // A raw client replays the old session cookie explicitly.
    let replay = crate::support::app::client()
        .post(app.url("/password"))
        .header(
            "cookie",
            format!(
                "mailpasswd_csrf={}; mailpasswd_session=previous",
                app.cookie("mailpasswd_csrf").unwrap()
            ),
        )
        .form(&[
            ("new_password", "Noch ein ganz anderes Passwort"),
            ("confirm_password", "Noch ein ganz anderes Passwort"),
            ("csrf_token", &csrf),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(replay.status(), 401);
    // The same form again (a reload, a second click): the change it made
    // is reported once more, and nothing is changed a second time.
    let again = app.post_form("/password", "de", &fields).await;
    assert_eq!(again.status, 200, "{}", again.body);
    assert!(again.body.contains("Die Änderung wird sofort aktiv"));
    assert_eq!(dovecot.passwd_bytes(), after_first);
}

#[tokio::test]
async fn missing_or_wrong_csrf_is_403_and_no_imap_login_happens() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app(&dovecot).await;
    app.get("/", "de").await; // sets the CSRF cookie
    let logins_before = dovecot
        .log()
        .matches("Login: user=<alice@example.org>")
        .count();
    for fields in [
        vec![("email", ALICE), ("password", OLD)],
        vec![
            ("email", ALICE),
            ("password", OLD),
            ("csrf_token", "forged"),
        ],
        vec![("email", ALICE), ("password", OLD), ("csrf_token", "")],
    ] {
        let page = app.post_form("/login", "de", &fields).await;
        // A missing field fails form parsing (400) before any check.
        assert!(page.status == 403 || page.status == 400, "{}", page.status);
        if page.status == 403 {
            assert!(page.body.contains("Das Formular ist abgelaufen"));
        }
        assert_security_headers(&page);
    }
    // Without the cookie, even a correct-looking token fails.
    let fresh = crate::support::app::client();
    let page = Page::send(fresh.post(app.url("/login")).form(&[
        ("email", ALICE),
        ("password", OLD),
        ("csrf_token", "x".repeat(43).as_str()),
    ]))
    .await;
    assert_eq!(page.status, 403);
    std::thread::sleep(Duration::from_millis(300));
    let logins_after = dovecot
        .log()
        .matches("Login: user=<alice@example.org>")
        .count();
    assert_eq!(logins_before, logins_after, "an IMAP login was made");
}

#[tokio::test]
async fn two_changes_in_a_row_each_in_force_at_its_success_page() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app(&dovecot).await;
    let mut current = OLD.to_owned();
    for new in ["Erste neue Passphrase hier", "Zweite neue Passphrase dort"] {
        assert_eq!(app.login(ALICE, &current, "de").await.status, 303);
        assert_eq!(app.change(new, new, "de").await.status, 200);
        assert!(dovecot.accepts(ALICE, new), "{new} not in force");
        assert!(!dovecot.accepts(ALICE, &current));
        current = new.to_owned();
    }
}

#[tokio::test]
async fn logout_ends_the_session() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app(&dovecot).await;
    assert_eq!(app.login(ALICE, OLD, "de").await.status, 303);
    let csrf = csrf_of(&app.get("/password", "de").await.body);
    let page = app
        .post_form("/logout", "de", &[("csrf_token", &csrf)])
        .await;
    assert_eq!(page.status, 303);
    assert_eq!(page.location(), app.url("/?m=logged_out"));
    assert_eq!(app.get("/password", "de").await.status, 303);
}

#[tokio::test]
async fn json_api_statuses_and_shapes() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app(&dovecot).await;
    let api = app.url("/api/v1/password");
    let call = |body: serde_json::Value| {
        let client = crate::support::app::client();
        let api = api.clone();
        async move {
            let r = client
                .post(api)
                .header("accept-language", "en")
                .json(&body)
                .send()
                .await
                .unwrap();
            let status = r.status().as_u16();
            let json: serde_json::Value = r.json().await.unwrap();
            (status, json)
        }
    };
    let (status, json) = call(serde_json::json!({"email": ALICE, "current_password": "wrong password here", "new_password": NEW})).await;
    assert_eq!(status, 401);
    assert_eq!(json["error"]["code"], "invalid_credentials");

    let (status, json) =
        call(serde_json::json!({"email": ALICE, "current_password": OLD, "new_password": "alice"}))
            .await;
    assert_eq!(status, 422);
    assert_eq!(json["error"]["code"], "policy");
    let codes: Vec<&str> = json["error"]["violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["too_short", "contains_local_part"]);
    assert!(json["error"]["violations"][0]["message"]
        .as_str()
        .unwrap()
        .contains("at least 15"));

    let (status, json) =
        call(serde_json::json!({"email": ALICE, "current_password": OLD, "new_password": NEW}))
            .await;
    assert_eq!(status, 200, "{json}");
    assert_eq!(json, serde_json::json!({"status": "changed"}));
    assert!(dovecot.accepts(ALICE, NEW));

    // Forms are not JSON: the API wants the right Content-Type.
    let r = crate::support::app::client()
        .post(&api)
        .form(&[
            ("email", ALICE),
            ("current_password", NEW),
            ("new_password", OLD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 415);
    let r = crate::support::app::client()
        .post(&api)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);

    dovecot.stop();
    let (status, json) = call(serde_json::json!({"email": ALICE, "current_password": NEW, "new_password": "Noch eine ganz neue Phrase"})).await;
    assert_eq!(status, 503);
    assert_eq!(json["error"]["code"], "unavailable");
}

#[tokio::test]
async fn works_below_a_path_prefix() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app_with(&dovecot, "/passwort", |_| {}).await;
    let page = app.get("/", "de").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("action=\"/passwort/login\""));
    assert!(page.body.contains("href=\"/passwort/static/style.css\""));
    let cookie = page.headers.get("set-cookie").unwrap().to_str().unwrap();
    assert!(cookie.contains("Path=/passwort/"), "{cookie}");
    let login = app.login(ALICE, OLD, "de").await;
    assert_eq!(
        login.location(),
        format!("http://127.0.0.1:{}/passwort/password", app.port)
    );
    assert_eq!(app.change(NEW, NEW, "de").await.status, 200);
    assert!(dovecot.accepts(ALICE, NEW));
    let css = app.get("/static/style.css", "de").await;
    assert_eq!(css.status, 200);
    assert!(css
        .headers
        .get("content-type")
        .unwrap()
        .to_str()
        .unwrap()
        .starts_with("text/css"));
    // Outside the prefix there is nothing.
    let outside = Page::send(
        app.client
            .get(format!("http://127.0.0.1:{}/login", app.port)),
    )
    .await;
    assert_eq!(outside.status, 404);
    assert_security_headers(&outside);
}

#[tokio::test]
async fn health_and_readiness() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app(&dovecot).await;
    assert_eq!(app.get("/healthz", "de").await.body, "ok\n");
    let ready = app.readyz_becomes(200).await;
    assert_eq!(ready.status, 200, "{}", ready.body);
    dovecot.stop();
    let ready = app.readyz_becomes(503).await;
    assert_eq!(ready.status, 503);
    assert!(ready.body.contains("mail server"), "{}", ready.body);
    assert_eq!(app.get("/healthz", "de").await.status, 200);
}

#[tokio::test]
async fn oversized_form_is_413() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app(&dovecot).await;
    let page = app.get("/", "de").await;
    let csrf = csrf_of(&page.body);
    let big = "x".repeat(5000);
    let page = app
        .post_form(
            "/login",
            "de",
            &[("email", ALICE), ("password", &big), ("csrf_token", &csrf)],
        )
        .await;
    assert_eq!(page.status, 413);
    assert!(page.body.contains("zu lang"));
    assert_security_headers(&page);
}

#[tokio::test]
async fn healthcheck_command_sees_the_running_service() {
    let dovecot = Dovecot::start(&fixture());
    let port = crate::support::free_port();
    let toml = crate::support::app::settings_toml(&dovecot, port, "/passwort", "");
    let config = dovecot.dir.path().join("health.toml");
    std::fs::write(&config, &toml).unwrap();
    let down = crate::support::run_cli(&["healthcheck", "--config", config.to_str().unwrap()], b"");
    assert_eq!(down.status.code(), Some(1), "nothing listens yet");
    assert!(crate::support::text(&down.stderr).contains("unhealthy"));
    let settings = mailpasswd::settings::Settings::from_toml_str(&toml).unwrap();
    let _app = crate::support::app::spawn_settings(settings, port, "/passwort").await;
    let config = config.to_str().unwrap().to_owned();
    let up = tokio::task::spawn_blocking(move || {
        crate::support::run_cli(&["healthcheck", "--config", &config], b"")
    })
    .await
    .unwrap();
    assert!(up.status.success(), "{}", crate::support::text(&up.stderr));
}

/// The value of one sample line (`name{labels} value`) in the exposition.
fn sample(metrics: &str, series: &str) -> f64 {
    metrics
        .lines()
        .find_map(|l| {
            l.strip_prefix(series)
                .and_then(|rest| rest.trim().parse().ok())
        })
        .unwrap_or(0.0)
}

#[tokio::test]
async fn metrics_move_with_the_flow() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app(&dovecot).await;
    let before = app.get("/metrics", "de").await;
    assert_eq!(before.status, 200);
    assert!(before
        .headers
        .get("content-type")
        .unwrap()
        .to_str()
        .unwrap()
        .starts_with("application/openmetrics-text"));
    assert!(before.body.ends_with("# EOF\n"));
    assert_eq!(
        app.login(ALICE, "Falsches Passwort 2026", "de")
            .await
            .status,
        401
    );
    assert_eq!(app.login(ALICE, OLD, "de").await.status, 303);
    assert_eq!(app.change(NEW, NEW, "de").await.status, 200);
    let after = app.get("/metrics", "de").await.body;
    // Other tests in this process count too: compare differences.
    for (series, at_least) in [
        ("mailpasswd_logins_total{outcome=\"rejected\"}", 1.0),
        ("mailpasswd_logins_total{outcome=\"accepted\"}", 1.0),
        ("mailpasswd_changes_total{outcome=\"changed\"}", 1.0),
        ("mailpasswd_hash_seconds_count", 1.0),
        ("mailpasswd_store_write_seconds_count", 1.0),
        ("mailpasswd_imap_check_seconds_count", 3.0),
    ] {
        let delta = sample(&after, series) - sample(&before.body, series);
        assert!(delta >= at_least, "{series} moved by {delta}:\n{after}");
    }
    assert!(!after.contains(OLD) && !after.contains(NEW));

    // The reference parser (Debian's python3-prometheus-client) reads it.
    let mut parser = std::process::Command::new("/usr/bin/python3")
        .args([
            "-c",
            "import sys\nfrom prometheus_client.openmetrics.parser import text_string_to_metric_families as parse\nprint(' '.join(sorted(f.name for f in parse(sys.stdin.read()))))",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python3-prometheus-client not installed: run tests/run");
    use std::io::Write as _;
    parser
        .stdin
        .take()
        .unwrap()
        .write_all(after.as_bytes())
        .unwrap();
    let parsed = parser.wait_with_output().unwrap();
    assert!(
        parsed.status.success(),
        "{}",
        String::from_utf8_lossy(&parsed.stderr)
    );
    let families = String::from_utf8_lossy(&parsed.stdout).into_owned();
    for family in [
        "mailpasswd_logins",
        "mailpasswd_changes",
        "mailpasswd_rate_limited",
        "mailpasswd_imap_check_seconds",
        "mailpasswd_store_write_seconds",
        "mailpasswd_hash_seconds",
    ] {
        assert!(
            families.split_whitespace().any(|f| f == family),
            "{family} not parsed: {families}"
        );
    }
}

#[tokio::test]
async fn well_known_change_password_leads_to_the_form() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app(&dovecot).await;
    let page = app.get("/.well-known/change-password", "de").await;
    assert_eq!(page.status, 302);
    assert_eq!(page.location(), app.url("/"));
    // Below a prefix the service does not own the host's root: the
    // webmail host's nginx answers that URL (README).
    let prefixed = spawn_app_with(&dovecot, "/passwort", |_| {}).await;
    let outside = Page::send(prefixed.client.get(format!(
        "http://127.0.0.1:{}/.well-known/change-password",
        prefixed.port
    )))
    .await;
    assert_eq!(outside.status, 404);
}

/// A nearly full mailbox is said calmly after the login, read from the
/// quota Dovecot reports in the same IMAP session; the hint names the
/// served domain.
#[tokio::test]
async fn storage_use_and_the_served_domain_are_shown() {
    let dovecot = Dovecot::start_with(
        &passwd_line("max@beispiel-hosting.de", OLD, ""),
        &crate::support::dovecot::quota_config("100K"),
    );
    // A 95 KB message already in the mailbox.
    let new = dovecot
        .dir
        .path()
        .join("home/max@beispiel-hosting.de/Maildir/new");
    std::fs::create_dir_all(&new).unwrap();
    for dir in ["cur", "tmp"] {
        std::fs::create_dir_all(new.parent().unwrap().join(dir)).unwrap();
    }
    let body = format!("Subject: Anhang\r\n\r\n{}\r\n", "x".repeat(95 * 1024));
    std::fs::write(new.join("1.mail"), body).unwrap();
    let status = std::process::Command::new("chown")
        .args(["-R", "65534:65534"])
        .arg(dovecot.dir.path().join("home/max@beispiel-hosting.de"))
        .status()
        .unwrap();
    assert!(status.success());
    let app = spawn_app_with(&dovecot, "", |s| {
        s.mail.domains = vec!["beispiel-hosting.de".to_owned()];
    })
    .await;
    let start = app.get("/", "de").await;
    assert!(
        start
            .body
            .contains("z. B. max.mustermann@beispiel-hosting.de"),
        "{}",
        start.body
    );
    assert_eq!(
        app.login("max@beispiel-hosting.de", OLD, "de").await.status,
        303
    );
    let page = app.get("/password", "de").await;
    assert!(page.body.contains("KB von 100 KB belegt"), "{}", page.body);
    assert!(
        page.body.contains("Ihr Postfach ist fast voll"),
        "{}",
        page.body
    );
}

#[test]
fn demo_listens_where_it_is_told() {
    let port = crate::support::free_port();
    let mut demo = std::process::Command::new(crate::support::bin())
        .args(["demo", "--listen", &format!("127.0.0.1:{port}")])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    let answered = loop {
        if let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            use std::io::{Read, Write};
            write!(s, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
            let mut answer = String::new();
            let _ = s.read_to_string(&mut answer);
            break answer;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "demo did not listen on {port}"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    let _ = demo.kill();
    let _ = demo.wait();
    assert!(answered.starts_with("HTTP/1.1 200"), "{answered}");
    assert!(answered.contains("mailpasswd demo"));
}

//! Hostile input through HTTP against a real Dovecot: every case asserts
//! the status, the message, and that the credential store is byte-identical.

use std::process::Stdio;
use std::time::Duration;

use crate::support::app::{client, csrf_of, spawn_app, Page, TestApp};
use crate::support::{free_port, passwd_line, Dovecot};

use crate::support::{alice_and_bob, assert_refused, ALICE, NEW, OLD};

fn fixture() -> String {
    alice_and_bob("")
}

async fn raw_post(app: &TestApp, path: &str, content_type: &str, body: Vec<u8>) -> Page {
    Page::send(
        app.client
            .post(app.url(path))
            .header("content-type", content_type)
            .header("accept-language", "de")
            .body(body),
    )
    .await
}

async fn csrf_cookie_token(app: &TestApp) -> String {
    csrf_of(&app.get("/", "de").await.body)
}

#[tokio::test]
async fn malicious_addresses_are_named_and_touch_nothing() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app(&dovecot).await;
    let before = dovecot.passwd_bytes();
    // Dovecot logs every login attempt with the user it was for
    // (the readiness probes of the harness show up as `user=<>`).
    let logins_before = dovecot.log().matches("user=<a").count();
    let cases: &[(&str, &str)] = &[
        ("alice@example.org\r\nA1 LOGOUT", "Zeilenumbruch"),
        ("alice@example.org\n", "Zeilenumbruch"),
        ("alice\0@example.org", "Zeilenumbruch"),
        ("ali:ce@example.org", "„:“"),
        ("alice#x@example.org", "„#“"),
        ("alice*bob@example.org", "„*“"),
        ("bob@example.org*alice", "„*“"),
        ("\u{430}lice@example.org", "„\u{430}“"),
        ("alice@ex\u{430}mple.org", "„\u{430}“"),
        ("alice%example.org@example.org", "„%“"),
        ("\"alice\"@example.org", "„&quot;“"),
        ("<script>alert(1)</script>@example.org", "„&lt;“"),
    ];
    for (email, text) in cases {
        let page = app.login(email, OLD, "de").await;
        assert_eq!(page.status, 400, "{email:?}");
        assert!(page.body.contains(text), "{email:?}: {text} missing");
        assert!(!page.body.contains("<script>"), "{email:?} unescaped");
    }
    assert_eq!(dovecot.passwd_bytes(), before);
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(
        dovecot.log().matches("user=<a").count(),
        logins_before,
        "no IMAP login for any of them:\n{}",
        dovecot.log()
    );
}

#[tokio::test]
async fn mixed_case_address_is_the_same_mailbox() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app(&dovecot).await;
    assert_eq!(
        app.login("  ALICE@Example.ORG ", OLD, "de").await.status,
        303
    );
    let page = app.get("/password", "de").await;
    assert!(page
        .body
        .contains("<strong class=\"address\">alice@example.org</strong>"));
    assert_eq!(app.change(NEW, NEW, "de").await.status, 200);
    assert!(dovecot.accepts(ALICE, NEW));
}

#[tokio::test]
async fn awkward_passwords_are_wrong_passwords_not_injections() {
    let dovecot = Dovecot::start(&fixture());
    // Behind a trusted proxy, each try from its own address: Dovecot's auth
    // penalty (which it keys on the address we pass on) stays out of it.
    let app = crate::support::app::spawn_behind_proxy(&dovecot, |s| {
        s.rate_limit.failures_per_address = 100;
    })
    .await;
    let before = dovecot.passwd_bytes();
    let csrf = csrf_cookie_token(&app).await;
    for (n, password) in [
        "\" OR \"1\"=\"1",
        "a\\\" LOGIN bob@example.org x",
        "{5}",
        "x) (\"x",
        "%s%n%x",
        "<script>alert(1)</script>",
    ]
    .iter()
    .enumerate()
    {
        let page = app
            .login_from(format!("198.51.100.{}", n + 1), ALICE, password, &csrf)
            .await;
        assert_eq!(page.status, 401, "{password:?}");
        assert!(page.body.contains("Die Anmeldung ist fehlgeschlagen"));
    }
    for password in ["a\rb", "a\nA1 LOGOUT", "a\0b"] {
        let page = app.login(ALICE, password, "de").await;
        assert_eq!(page.status, 400, "{password:?}");
        assert!(page.body.contains("Steuerzeichen"));
    }
    assert_eq!(dovecot.passwd_bytes(), before);
    assert!(dovecot.accepts(ALICE, OLD));

    // The new password: control characters are refused with 422.
    assert_eq!(app.login(ALICE, OLD, "de").await.status, 303);
    let page = app
        .change(
            "Neues\r\nPasswort mit Umbruch",
            "Neues\r\nPasswort mit Umbruch",
            "de",
        )
        .await;
    assert_refused(
        &page,
        422,
        "Steuerzeichen",
        &before,
        &dovecot.passwd_bytes(),
    );
    // Markup is just characters in a password: stored as a hash, never echoed.
    let page = app
        .change(
            "<script>alert(1)</script>",
            "<script>alert(1)</script>",
            "de",
        )
        .await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("<script>alert"));
    assert!(dovecot.accepts(ALICE, "<script>alert(1)</script>"));
}

#[tokio::test]
async fn oversized_and_malformed_bodies() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app(&dovecot).await;
    let before = dovecot.passwd_bytes();
    let csrf = csrf_cookie_token(&app).await;
    for size in [10 * 1024, 200 * 1024] {
        let big = "p".repeat(size);
        let page = app
            .post_form(
                "/login",
                "de",
                &[("email", ALICE), ("password", &big), ("csrf_token", &csrf)],
            )
            .await;
        assert_eq!(page.status, 413, "{size}");
        assert!(page.body.contains("Die Eingabe ist zu lang"));
        let r = client()
            .post(app.url("/api/v1/password"))
            .json(
                &serde_json::json!({"email": ALICE, "current_password": big, "new_password": big}),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 413, "{size} via JSON");
    }
    // 15 MB: refused without reading it all.
    let page = raw_post(
        &app,
        "/login",
        "application/x-www-form-urlencoded",
        vec![b'a'; 15 * 1024 * 1024],
    )
    .await;
    assert_eq!(page.status, 413);
    // Not UTF-8.
    let body = format!("email=%FF%FEalice%40example.org&password=x&csrf_token={csrf}").into_bytes();
    let page = raw_post(&app, "/login", "application/x-www-form-urlencoded", body).await;
    assert_eq!(page.status, 400, "{}", page.body);
    // A password that is not UTF-8 is refused as it came, not checked as
    // another password with U+FFFD in it.
    let body =
        format!("email=alice%40example.org&password=Alt%FF%FEes&csrf_token={csrf}").into_bytes();
    let page = raw_post(&app, "/login", "application/x-www-form-urlencoded", body).await;
    assert_eq!(page.status, 400, "{}", page.body);
    // A field twice.
    let body =
        format!("email=alice%40example.org&email=bob%40example.org&password=x&csrf_token={csrf}")
            .into_bytes();
    let page = raw_post(&app, "/login", "application/x-www-form-urlencoded", body).await;
    assert_eq!(page.status, 400, "{}", page.body);
    // JSON or multipart to the form.
    let json = serde_json::to_vec(
        &serde_json::json!({"email": ALICE, "password": OLD, "csrf_token": csrf}),
    )
    .unwrap();
    assert_eq!(
        raw_post(&app, "/login", "application/json", json)
            .await
            .status,
        415
    );
    let multipart = format!(
        "--x\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\n{ALICE}\r\n--x--\r\n"
    )
    .into_bytes();
    assert_eq!(
        raw_post(&app, "/login", "multipart/form-data; boundary=x", multipart)
            .await
            .status,
        415
    );
    assert_eq!(dovecot.passwd_bytes(), before);
}

#[tokio::test]
async fn credentials_in_the_query_string_are_never_used() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app(&dovecot).await;
    let logins_before = dovecot.log().matches("Login: user=<alice").count();
    let csrf = csrf_cookie_token(&app).await;
    let page = Page::send(
        app.client
            .post(app.url(&format!(
                "/login?email={ALICE}&password=Altes%20Passwort%20von%20Alice"
            )))
            .form(&[("csrf_token", csrf.as_str())]),
    )
    .await;
    assert_eq!(page.status, 400);
    let page = app
        .get(&format!("/login?email={ALICE}&password=x"), "de")
        .await;
    assert_eq!(page.status, 404);
    let page = app
        .get(
            "/?email=alice%40example.org&password=Altes%20Passwort",
            "de",
        )
        .await;
    assert_eq!(page.status, 200);
    assert!(
        !page.body.contains("Altes Passwort"),
        "query values are not echoed"
    );
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(
        dovecot.log().matches("Login: user=<alice").count(),
        logins_before
    );
}

#[tokio::test]
async fn cross_site_posts_are_refused() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app(&dovecot).await;
    let csrf = csrf_cookie_token(&app).await;
    // An unreadable value is refused too, as an unreadable Origin is.
    for site in [&b"cross-site"[..], b"same-site", b"cross-site\xff", b"\xff"] {
        let page = Page::send(
            app.client
                .post(app.url("/login"))
                .header(
                    "sec-fetch-site",
                    reqwest::header::HeaderValue::from_bytes(site).unwrap(),
                )
                .form(&[
                    ("email", ALICE),
                    ("password", OLD),
                    ("csrf_token", csrf.as_str()),
                ]),
        )
        .await;
        assert_eq!(page.status, 403, "{}", String::from_utf8_lossy(site));
    }
    let page = Page::send(
        app.client
            .post(app.url("/login"))
            .header("sec-fetch-site", "same-origin")
            .form(&[
                ("email", ALICE),
                ("password", OLD),
                ("csrf_token", csrf.as_str()),
            ]),
    )
    .await;
    assert_eq!(page.status, 303);
}

#[tokio::test]
async fn brute_force_from_rotating_ips_gets_five_checks_per_window() {
    let dovecot = Dovecot::start(&fixture());
    // Behind a trusted proxy (127.0.0.1): every try from a new address.
    let app = crate::support::app::spawn_behind_proxy(&dovecot, |_| {}).await;
    let csrf = csrf_cookie_token(&app).await;
    let attempt = |n: u32, password: &'static str| {
        let app = &app;
        let csrf = csrf.clone();
        async move {
            app.login_from(format!("198.51.100.{n}"), ALICE, password, &csrf)
                .await
        }
    };
    for n in 1..=5 {
        assert_eq!(
            attempt(n, "Falsches Passwort 2026").await.status,
            401,
            "try {n}"
        );
    }
    let limited = attempt(7, "Falsches Passwort 2026").await;
    assert_eq!(limited.status, 429);
    let retry: u64 = limited
        .headers
        .get("retry-after")
        .unwrap()
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry > 0 && retry <= 900, "{retry}");
    assert!(limited.body.contains("Zu viele Versuche"));
    // Even the right password waits: the delay belongs to the address…
    assert_eq!(attempt(8, OLD).await.status, 429);
    // …but Dovecot itself, and so the employee's mail, is not affected.
    assert!(dovecot.accepts(ALICE, OLD));
    // A case variation is the same address.
    let page = app
        .login_from("198.51.100.99", "ALICE@example.org", OLD, &csrf)
        .await;
    assert_eq!(page.status, 429);
    // After the wait, the right password gets in.
    app.clock.advance(Duration::from_secs(retry + 1));
    assert_eq!(attempt(9, OLD).await.status, 303);
    // Foreign and unknown addresses are throttled just the same (a 429
    // reveals nothing about existence).
    for address in ["ghost@example.org", "ghost@example.com"] {
        let mut statuses = Vec::new();
        for n in 0..6 {
            let page = app
                .login_from(
                    format!("203.0.113.{n}"),
                    address,
                    "Irgendein Passwort 1",
                    &csrf,
                )
                .await;
            statuses.push(page.status);
        }
        assert_eq!(statuses, [401, 401, 401, 401, 401, 429], "{address}");
    }
}

/// A passwd-file keyed by the local part (`%n`) in four domains: alice@
/// in each is one line, one password, and one budget of five checks, not
/// five per domain (issue 27).
#[tokio::test]
async fn one_credential_under_several_addresses_has_one_budget() {
    let dovecot = Dovecot::start(&passwd_line("alice", OLD, ""));
    let domains = ["example.org", "example.net", "example.com", "example.de"];
    let app = crate::support::app::spawn_behind_proxy(&dovecot, |s| {
        s.mail.domains = domains.iter().map(|d| d.to_string()).collect();
        if let mailpasswd::store::StoreSettings::PasswdFile(file) = &mut s.store {
            file.username_format = "%n".to_owned();
        }
    })
    .await;
    let csrf = csrf_cookie_token(&app).await;
    let mut statuses = Vec::new();
    for n in 0..8 {
        let address = format!("alice@{}", domains[n % 4]);
        let page = app
            .login_from(
                format!("198.51.100.{n}"),
                &address,
                "Falsches Passwort 2026",
                &csrf,
            )
            .await;
        statuses.push(page.status);
    }
    assert_eq!(statuses, [401, 401, 401, 401, 401, 429, 429, 429]);
}

#[tokio::test]
async fn spoofed_forwarded_for_from_an_untrusted_peer_is_ignored() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app(&dovecot).await; // no trusted proxies
    let csrf = csrf_cookie_token(&app).await;
    let mut statuses = Vec::new();
    for n in 0..11 {
        let page = Page::send(
            app.client
                .post(app.url("/login"))
                .header("x-forwarded-for", format!("198.51.100.{n}"))
                .header("forwarded", format!("for=198.51.100.{n}"))
                // Foreign addresses: answered without an IMAP login, quickly.
                .form(&[
                    ("email", format!("user{n}@example.com").as_str()),
                    ("password", "Falsches Passwort 1"),
                    ("csrf_token", csrf.as_str()),
                ]),
        )
        .await;
        statuses.push(page.status);
    }
    // Ten a minute per IP: the real peer, not the claimed one.
    assert_eq!(statuses.iter().filter(|s| **s == 401).count(), 10);
    assert_eq!(statuses[10], 429);
}

#[tokio::test]
async fn password_spraying_from_one_ip_is_throttled() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app(&dovecot).await;
    let mut last = 0;
    for n in 0..11 {
        // Alternating real and foreign addresses: one budget per IP.
        let domain = if n % 2 == 0 {
            "example.org"
        } else {
            "example.com"
        };
        last = app
            .login(&format!("user{n}@{domain}"), "Sommer2026!Sommer2026!", "en")
            .await
            .status;
    }
    assert_eq!(last, 429);
    // The JSON API shares the budget, with the same shape.
    let r = client()
        .post(app.url("/api/v1/password"))
        .json(&serde_json::json!({"email": ALICE, "current_password": OLD, "new_password": NEW}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 429);
    assert!(r.headers().get("retry-after").is_some());
    let json: serde_json::Value = r.json().await.unwrap();
    assert_eq!(json["error"]["code"], "rate_limited");
    assert!(json["error"]["retry_after"].as_u64().unwrap() > 0);
}

/// A canary password goes through every path; it must never show up in
/// the logs (at debug level), the audit log, any page, the metrics, or
/// panic output.
#[tokio::test]
async fn canary_password_never_leaks() {
    const CANARY: &str = "Kanarienvogel-7c1d9e-Geheim";
    let dovecot = Dovecot::start(&passwd_line(ALICE, CANARY, ""));
    let port = free_port();
    let dir = crate::support::shared_tempdir();
    let config = dir.path().join("c.toml");
    let audit = dir.path().join("audit.log");
    std::fs::write(
        &config,
        crate::support::app::settings_toml(
            &dovecot,
            port,
            "",
            &format!("[audit]\npath = \"{}\"\n", audit.display()),
        ),
    )
    .unwrap();
    let stderr = dir.path().join("stderr.log");
    let (mut server, app) = crate::support::app::spawn_binary(
        &config,
        port,
        // JSON lines, as log shippers take them: every field is written.
        &[
            ("MAILPASSWD_LOG", "debug"),
            ("MAILPASSWD_LOG_FORMAT", "json"),
            ("RUST_BACKTRACE", "1"),
        ],
        Stdio::from(std::fs::File::create(&stderr).unwrap()),
    )
    .await;
    let mut pages = Vec::new();
    pages.push(app.login(ALICE, &format!("{CANARY}x"), "de").await.body);
    // Typed into the address field, after the address or as it (the page
    // keeps what was typed there, for its own user: not checked below).
    app.login(&format!("{ALICE}{CANARY}"), "x", "de").await;
    app.login(CANARY, "x", "de").await;
    pages.push(app.login(ALICE, CANARY, "de").await.body);
    pages.push(
        app.change(
            &format!("{CANARY}-{CANARY}-alice"),
            &format!("{CANARY}-{CANARY}-alice"),
            "de",
        )
        .await
        .body,
    );
    pages.push(
        app.change(&format!("{CANARY}!"), &format!("{CANARY}?"), "de")
            .await
            .body,
    );
    pages.push(
        app.change(&format!("Neu-{CANARY}"), &format!("Neu-{CANARY}"), "de")
            .await
            .body,
    );
    let r = client()
        .post(app.url("/api/v1/password"))
        .json(&serde_json::json!({"email": ALICE, "current_password": format!("Neu-{CANARY}"), "new_password": "kurz"}))
        .send()
        .await
        .unwrap();
    pages.push(r.text().await.unwrap());
    dovecot.stop();
    pages.push(app.login(ALICE, CANARY, "de").await.body);
    let metrics = app.get("/metrics", "de").await.body;
    assert!(metrics.contains("mailpasswd_changes_total"), "{metrics}");
    pages.push(metrics);
    let _ = server.kill();
    let _ = server.wait();

    let logs = std::fs::read_to_string(&stderr).unwrap();
    let audit_lines = std::fs::read_to_string(&audit).unwrap();
    assert!(
        logs.contains("login accepted"),
        "debug logs were written: {logs}"
    );
    assert!(
        logs.lines()
            .all(|line| serde_json::from_str::<serde_json::Value>(line).is_ok()),
        "MAILPASSWD_LOG_FORMAT=json gives JSON lines: {logs}"
    );
    assert!(audit_lines.lines().count() >= 6, "{audit_lines}");
    for line in audit_lines.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["event"].is_string() && v["outcome"].is_string() && v["request_id"].is_string());
        assert_eq!(v["client_ip"], "127.0.0.1");
    }
    assert!(audit_lines.contains("\"event\":\"change\",\"outcome\":\"changed\""));
    for (name, text) in [("logs", &logs), ("audit", &audit_lines)] {
        assert!(!text.contains("Kanarienvogel"), "canary in {name}");
        assert!(!text.contains("panicked"), "panic in {name}");
    }
    for page in &pages {
        assert!(!page.contains("Kanarienvogel"), "canary in a page");
    }
}

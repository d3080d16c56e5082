//! The customer menu against a real Dovecot: the admin API with tokens
//! scoped per customer, reset links, and the end of open mail sessions
//! after a change ("Nach dem Speichern des neuen Passworts kann nur noch
//! dieses Passwort … verwendet werden").

use std::time::Duration;

use mailpasswd::admin::{new_token, Action};

use crate::support::app::{client, csrf_of, spawn_app_with, Page, TestApp};
use crate::support::dovecot::kick_argv;
use crate::support::{alice_and_bob, passwd_line, Dovecot, ALICE, BOB, BOB_PW, NEW, OLD};

const SECRET: &str = "ein-langes-geheimnis-fuer-die-tests-0123456789";
const CAROL: &str = "carol@kunde.de";
const CAROL_PW: &str = "Carols Passwort bei der Kunde GmbH";

/// Alice and Bob at example.org, Carol at kunde.de (another customer).
fn fixture() -> String {
    format!("{}{}", alice_and_bob(""), passwd_line(CAROL, CAROL_PW, ""))
}

struct Panel {
    app: TestApp,
    /// May do everything for example.org.
    token: String,
    /// May only issue reset links for example.org.
    links_only: String,
    audit: std::path::PathBuf,
}

async fn panel(
    dovecot: &Dovecot,
    extra: impl FnOnce(&mut mailpasswd::settings::Settings),
) -> Panel {
    let dir = dovecot.dir.path();
    let (token, full) = new_token(
        "kundenmenue-4711",
        &["example.org".to_owned()],
        &Action::ALL,
    );
    let (links_only, limited) = new_token(
        "nur-links",
        &["example.org".to_owned()],
        &[Action::ResetLink],
    );
    let tokens = dir.join("admin-tokens.toml");
    std::fs::write(&tokens, format!("{full}\n{limited}")).unwrap();
    let audit = dir.join("audit.log");
    let app = spawn_app_with(dovecot, "", |s| {
        s.mail.domains = vec!["example.org".to_owned(), "kunde.de".to_owned()];
        s.admin.tokens_file = Some(tokens.clone());
        s.server.secret = Some(SECRET.into());
        s.audit.path = Some(audit.clone());
        extra(s);
    })
    .await;
    Panel {
        app,
        token,
        links_only,
        audit,
    }
}

impl Panel {
    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        token: &str,
        body: Option<serde_json::Value>,
    ) -> (u16, serde_json::Value) {
        let mut request = client()
            .request(method, self.app.url(path))
            .header("authorization", format!("Bearer {token}"))
            .header("accept-language", "en");
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        (
            status,
            serde_json::from_str(&text).unwrap_or(serde_json::Value::Null),
        )
    }

    async fn set_password(
        &self,
        mailbox: &str,
        token: &str,
        body: serde_json::Value,
    ) -> (u16, serde_json::Value) {
        self.call(
            reqwest::Method::PUT,
            &format!("/api/v1/admin/mailboxes/{mailbox}/password"),
            token,
            Some(body),
        )
        .await
    }

    async fn reset_link(&self, mailbox: &str, hours: u32) -> String {
        let (status, json) = self
            .call(
                reqwest::Method::POST,
                &format!("/api/v1/admin/mailboxes/{mailbox}/reset-link"),
                &self.links_only,
                Some(serde_json::json!({ "valid_hours": hours })),
            )
            .await;
        assert_eq!(status, 201, "{json}");
        assert!(
            json["expires_at"].as_str().unwrap().ends_with('Z'),
            "{json}"
        );
        json["url"].as_str().unwrap().to_owned()
    }

    fn audited(&self) -> Vec<serde_json::Value> {
        std::fs::read_to_string(&self.audit)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }
}

#[tokio::test]
async fn a_token_sets_passwords_in_its_customers_domain_and_nowhere_else() {
    let dovecot = Dovecot::start(&fixture());
    let p = panel(&dovecot, |_| {}).await;
    let (status, json) = p
        .set_password(ALICE, &p.token, serde_json::json!({ "new_password": NEW }))
        .await;
    assert_eq!(
        (status, &json["status"]),
        (200, &"changed".into()),
        "{json}"
    );
    // In force at once, the old one refused.
    assert!(dovecot.accepts(ALICE, NEW));
    assert!(!dovecot.accepts(ALICE, OLD));
    let line = p
        .audited()
        .into_iter()
        .find(|l| l["event"] == "change")
        .unwrap();
    assert_eq!(
        (&line["via"], &line["by"]),
        (&"admin".into(), &"kundenmenue-4711".into())
    );

    // Another customer's mailbox, in any spelling: 403, nothing changed.
    let before = dovecot.passwd_bytes();
    for address in [
        "carol@kunde.de",
        "CAROL@Kunde.DE",
        "carol%40kunde.de",
        "carol@kunde.de.example.org",
    ] {
        let (status, json) = p
            .set_password(
                address,
                &p.token,
                serde_json::json!({ "new_password": NEW }),
            )
            .await;
        assert!(matches!(status, 403 | 400), "{address}: {status} {json}");
    }
    let (status, _) = p
        .set_password(CAROL, &p.token, serde_json::json!({ "new_password": NEW }))
        .await;
    assert_eq!(status, 403);
    // An action the token lacks, an unknown token, no token at all.
    let (status, _) = p
        .set_password(
            BOB,
            &p.links_only,
            serde_json::json!({ "new_password": NEW }),
        )
        .await;
    assert_eq!(status, 403);
    let (status, _) = p
        .set_password(
            BOB,
            "guessed-token",
            serde_json::json!({ "new_password": NEW }),
        )
        .await;
    assert_eq!(status, 401);
    let (status, _) = p
        .set_password(BOB, "", serde_json::json!({ "new_password": NEW }))
        .await;
    assert_eq!(status, 401);
    // A mailbox the store lacks, a password the policy refuses.
    let (status, _) = p
        .set_password(
            "nobody@example.org",
            &p.token,
            serde_json::json!({ "new_password": NEW }),
        )
        .await;
    assert_eq!(status, 404);
    let (status, json) = p
        .set_password(BOB, &p.token, serde_json::json!({ "new_password": "bob" }))
        .await;
    assert_eq!(status, 422, "{json}");
    assert_eq!(
        dovecot.passwd_bytes(),
        before,
        "nothing changed by any refusal"
    );
    assert!(dovecot.accepts(CAROL, CAROL_PW));
    assert!(dovecot.accepts(BOB, BOB_PW));
    let refused: Vec<_> = p
        .audited()
        .into_iter()
        .filter(|l| l["event"] == "admin")
        .collect();
    assert!(
        refused
            .iter()
            .any(|l| l["outcome"] == "forbidden" && l["by"] == "kundenmenue-4711"),
        "{refused:?}"
    );
    assert!(
        refused.iter().any(|l| l["outcome"] == "unauthorized"),
        "{refused:?}"
    );

    // A generated password: five words, in force at once.
    let (status, json) = p
        .set_password(BOB, &p.token, serde_json::json!({ "generate": true }))
        .await;
    assert_eq!(status, 200, "{json}");
    let generated = json["password"].as_str().unwrap();
    assert_eq!(generated.split('-').count(), 5, "{generated}");
    assert!(dovecot.accepts(BOB, generated));
    assert!(!dovecot.accepts(BOB, BOB_PW));
}

#[tokio::test]
async fn an_idle_mail_session_of_the_old_password_ends_with_the_change() {
    let dovecot = Dovecot::start(&fixture());
    let p = panel(&dovecot, |s| {
        s.mail_sessions.end = mailpasswd::settings::CacheFlush::Command;
        s.mail_sessions.command = kick_argv(&dovecot);
    })
    .await;
    let phone = dovecot.idle_session(ALICE, OLD);
    let laptop = dovecot.idle_session(BOB, BOB_PW);
    // The employee changes it on the page.
    assert_eq!(p.app.login(ALICE, OLD, "de").await.status, 303);
    let started = std::time::Instant::now();
    assert_eq!(p.app.change(NEW, NEW, "de").await.status, 200);
    let said = phone
        .closed_within(Duration::from_secs(5))
        .expect("the old password's session stays open");
    assert!(said.contains("BYE"), "{said:?}");
    assert!(started.elapsed() < Duration::from_secs(5));
    // Nobody else's session ends.
    assert!(laptop.closed_within(Duration::from_millis(500)).is_none());
    let line = p
        .audited()
        .into_iter()
        .find(|l| l["event"] == "change")
        .unwrap();
    assert_eq!(line["mail_sessions"], "ended", "{line}");

    // The panel ends a mailbox's sessions on request too.
    let bob_phone = dovecot.idle_session(BOB, BOB_PW);
    let (status, json) = p
        .call(
            reqwest::Method::POST,
            &format!("/api/v1/admin/mailboxes/{BOB}/end-sessions"),
            &p.token,
            None,
        )
        .await;
    assert_eq!((status, &json["status"]), (200, &"ended".into()), "{json}");
    assert!(bob_phone.closed_within(Duration::from_secs(5)).is_some());
    assert!(
        dovecot.accepts(BOB, BOB_PW),
        "ending sessions changes no password"
    );
    // A leaver: the panel removes the mailbox first, then ends its
    // sessions, which must still work (attack review, L3).
    let leaver_phone = dovecot.idle_session(BOB, BOB_PW);
    let without_bob: String = String::from_utf8(dovecot.passwd_bytes())
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with(BOB))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&dovecot.passwd, without_bob).unwrap();
    let (status, json) = p
        .call(
            reqwest::Method::POST,
            &format!("/api/v1/admin/mailboxes/{BOB}/end-sessions"),
            &p.token,
            None,
        )
        .await;
    assert_eq!(status, 200, "{json}");
    assert!(leaver_phone.closed_within(Duration::from_secs(5)).is_some());
}

#[tokio::test]
async fn a_reset_link_works_once_and_dies_with_use_change_expiry_or_tampering() {
    let dovecot = Dovecot::start(&fixture());
    let p = panel(&dovecot, |_| {}).await;
    let url = p.reset_link(ALICE, 24).await;
    let path = url.strip_prefix(&p.app.url("")).unwrap().to_owned();
    let form = p.app.get(&path, "de").await;
    assert_eq!(form.status, 200, "{}", form.body);
    assert!(form.body.contains(ALICE) && !form.body.contains("current-password"));
    let send = |password: &'static str, csrf: String| {
        let app = &p.app;
        let path = path.clone();
        async move {
            app.post_form(
                &path,
                "de",
                &[
                    ("new_password", password),
                    ("confirm_password", password),
                    ("csrf_token", &csrf),
                ],
            )
            .await
        }
    };
    let done = send(NEW, csrf_of(&form.body)).await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(done.body.contains("Die Änderung wird sofort aktiv"));
    assert!(dovecot.accepts(ALICE, NEW));
    assert!(!dovecot.accepts(ALICE, OLD));
    // Used: another password through it is refused, the page says whom to ask.
    let again = send("Noch ein ganz anderes Passwort", csrf_of(&form.body)).await;
    assert_eq!(again.status, 410, "{}", again.body);
    assert!(again
        .body
        .contains("bitten Sie Ihren Administrator um einen neuen Link"));
    assert!(dovecot.accepts(ALICE, NEW));

    // A link dies with any other change of the password.
    let second = p.reset_link(BOB, 24).await;
    let (status, _) = p
        .set_password(BOB, &p.token, serde_json::json!({ "new_password": NEW }))
        .await;
    assert_eq!(status, 200);
    let page = Page::send(client().get(&second)).await;
    assert_eq!(page.status, 410);

    // Altered: another mailbox or expiry in it, a character changed.
    let carol_link = p.reset_link(ALICE, 1).await;
    let tampered = carol_link.replacen("/reset/1.", "/reset/1.x", 1);
    assert_eq!(Page::send(client().get(&tampered)).await.status, 410);
    let mut bytes = carol_link.into_bytes();
    let last = bytes.len() - 1;
    bytes[last] = if bytes[last] == b'A' { b'B' } else { b'A' };
    let flipped = String::from_utf8(bytes).unwrap();
    assert_eq!(Page::send(client().get(&flipped)).await.status, 410);

    // Expired: an hour and a minute later.
    let soon = p.reset_link(ALICE, 1).await;
    assert_eq!(Page::send(client().get(&soon)).await.status, 200);
    p.app.clock.advance(Duration::from_secs(3660));
    let page = Page::send(client().get(&soon)).await;
    assert_eq!(page.status, 410);
    assert!(
        page.body.contains("Link nicht mehr gültig"),
        "{}",
        page.body
    );
    let refused: Vec<_> = p
        .audited()
        .into_iter()
        .filter(|l| l["event"] == "reset_link")
        .collect();
    for outcome in ["link_used", "link_altered", "link_expired"] {
        assert!(
            refused.iter().any(|l| l["outcome"] == outcome),
            "{outcome}: {refused:?}"
        );
    }
}

#[tokio::test]
async fn the_openapi_document_lists_exactly_the_routes_that_answer() {
    let dovecot = Dovecot::start(&fixture());
    let p = panel(&dovecot, |_| {}).await;
    let doc: serde_json::Value = client()
        .get(p.app.url("/api/v1/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"), "{doc}");
    let mut documented = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            documented.push(format!("{} {path}", method.to_uppercase()));
        }
    }
    documented.sort();
    assert_eq!(
        documented,
        [
            "POST /api/v1/admin/mailboxes/{email}/end-sessions",
            "POST /api/v1/admin/mailboxes/{email}/reset-link",
            "POST /api/v1/password",
            "PUT /api/v1/admin/mailboxes/{email}/password",
        ]
    );
    // Each answers (with a refusal, not 404 or 405) where the document says.
    for entry in &documented {
        let (method, path) = entry.split_once(' ').unwrap();
        let path = path.replace("{email}", "nobody@example.org");
        let response = client()
            .request(method.parse().unwrap(), p.app.url(&path))
            .json(&serde_json::json!({}))
            .send()
            .await
            .unwrap();
        assert!(
            ![404, 405].contains(&response.status().as_u16()),
            "{entry}: {}",
            response.status()
        );
    }
}

/// With `admin.allow_from`, a valid token from elsewhere is refused,
/// audited with the action it asked for (attack review, M2 and L7).
#[tokio::test]
async fn outside_the_panels_networks_even_a_valid_token_is_refused() {
    let dovecot = Dovecot::start(&fixture());
    let panel = panel(&dovecot, |s| {
        s.admin.allow_from = vec!["10.0.0.0/8".parse().unwrap()];
    })
    .await;
    let (status, json) = panel
        .set_password(
            ALICE,
            &panel.token,
            serde_json::json!({ "new_password": NEW }),
        )
        .await;
    assert_eq!(status, 403, "{json}");
    assert!(dovecot.accepts(ALICE, OLD));
    let lines = std::fs::read_to_string(&panel.audit).unwrap();
    let refused: serde_json::Value = serde_json::from_str(lines.lines().last().unwrap()).unwrap();
    assert_eq!(refused["outcome"], "forbidden", "{lines}");
    assert_eq!(refused["action"], "set-password", "{lines}");
    // From the panel's network (here: loopback allowed) it works.
    let dovecot = Dovecot::start(&fixture());
    let panel = panel_from_loopback(&dovecot).await;
    let (status, json) = panel
        .set_password(
            ALICE,
            &panel.token,
            serde_json::json!({ "new_password": NEW }),
        )
        .await;
    assert_eq!(status, 200, "{json}");
}

async fn panel_from_loopback(dovecot: &Dovecot) -> Panel {
    panel(dovecot, |s| {
        s.admin.allow_from = vec!["127.0.0.0/8".parse().unwrap()];
    })
    .await
}

#[tokio::test]
async fn without_a_tokens_file_the_admin_routes_do_not_exist() {
    let dovecot = Dovecot::start(&fixture());
    let app = spawn_app_with(&dovecot, "", |_| {}).await;
    let response = client()
        .put(app.url(&format!("/api/v1/admin/mailboxes/{ALICE}/password")))
        .header("authorization", "Bearer anything")
        .json(&serde_json::json!({ "new_password": NEW }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    assert!(dovecot.accepts(ALICE, OLD));
}

#[tokio::test]
async fn the_doveadm_api_ends_the_sessions_of_an_sql_mailbox() {
    use crate::support::dovecot::DOVEADM_API_KEY;
    use crate::support::sql::{Engine, SqlServer};
    let db = SqlServer::start(Engine::Sqlite);
    db.add_mailbox(ALICE, OLD, true);
    let dovecot = Dovecot::start_sql(&db, "");
    let store = db.store_toml();
    let api = format!(
        "http://127.0.0.1:{}/doveadm/v1",
        dovecot.doveadm_port.unwrap()
    );
    let port = crate::support::free_port();
    let toml = format!(
        "{}\n[mail_sessions]\nend = \"doveadm-api\"\napi_url = \"{api}\"\napi_key = \"{DOVEADM_API_KEY}\"\n",
        crate::support::app::settings_with_store(&dovecot, port, &store, &crate::support::dovecot::command_flush(&dovecot))
    );
    let settings = mailpasswd::settings::Settings::from_toml_str(&toml).unwrap();
    let app = crate::support::app::spawn_settings(settings, port, "").await;
    let phone = dovecot.idle_session(ALICE, OLD);
    assert_eq!(app.login(ALICE, OLD, "de").await.status, 303);
    assert_eq!(app.change(NEW, NEW, "de").await.status, 200);
    let said = phone
        .closed_within(Duration::from_secs(5))
        .expect("the old password's session stays open");
    assert!(said.contains("BYE"), "{said:?}");
    assert!(dovecot.accepts(ALICE, NEW));
    // Nobody logged in: the next change is no failure either (2.3
    // answers exit code 68 then).
    assert_eq!(app.login(ALICE, NEW, "de").await.status, 303);
    assert_eq!(
        app.change(
            "Dritter Stern links vom Mond",
            "Dritter Stern links vom Mond",
            "de"
        )
        .await
        .status,
        200
    );
}

#[tokio::test]
async fn the_cli_makes_tokens_and_reset_links() {
    let out = crate::support::run_cli(
        &[
            "admin-token",
            "--name",
            "kundenmenue-4711",
            "--domain",
            "example.org",
            "--allow",
            "reset-link",
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        crate::support::text(&out.stderr)
    );
    let text = crate::support::text(&out.stdout);
    assert!(
        text.contains("[[token]]\nname = \"kundenmenue-4711\"\nsha256 = \""),
        "{text}"
    );
    assert!(text.contains("allow = [\"reset-link\"]"), "{text}");

    let dovecot = Dovecot::start(&fixture());
    let config = crate::support::write_config(&dovecot, crate::support::Via::Imaps, "");
    let config = config.to_str().unwrap();
    // Without server.secret no link can be checked by the service.
    let out = crate::support::run_cli(&["reset-link", "--config", config, ALICE], b"");
    assert_eq!(
        out.status.code(),
        Some(78),
        "{}",
        crate::support::text(&out.stderr)
    );
    assert!(crate::support::text(&out.stderr).contains("server.secret"));
    let out = crate::support::run_cli_env(
        &["reset-link", "--config", config, "--hours", "2", ALICE],
        b"",
        &[("MAILPASSWD_SERVER__SECRET", SECRET)],
    );
    assert!(
        out.status.success(),
        "{}",
        crate::support::text(&out.stderr)
    );
    let link = crate::support::text(&out.stdout);
    assert!(link.contains("/reset/1."), "{link}");
    // The service with the same secret opens it.
    let app = spawn_app_with(&dovecot, "", |s| s.server.secret = Some(SECRET.into())).await;
    let path = &link.trim()[link.find("/reset/").unwrap()..];
    let form = app.get(path, "de").await;
    assert_eq!(form.status, 200, "{}", form.body);
    assert!(form.body.contains(ALICE));
    let out = crate::support::run_cli_env(
        &["reset-link", "--config", config, "nobody@example.org"],
        b"",
        &[("MAILPASSWD_SERVER__SECRET", SECRET)],
    );
    assert_eq!(out.status.code(), Some(65));
}

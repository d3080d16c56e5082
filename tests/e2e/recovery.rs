//! The forgotten password: a reset link to the employee's recovery
//! address, and the employee keeping that address current. Against a real
//! Dovecot with an SQL passdb (PostfixAdmin's `email_other`) and a real
//! SMTP receiver.

use std::time::Duration;

use mailpasswd::settings::Settings;

use crate::support::app::{client, csrf_of, settings_with_store, spawn_settings, Page, TestApp};
use crate::support::dovecot::command_flush;
use crate::support::smtp::SmtpSink;
use crate::support::sql::{Engine, SqlServer};
use crate::support::{free_port, Dovecot};

const MAX: &str = "max@example.org";
const MAX_PW: &str = "Maxens altes Passwort 2026";
const PRIVATE: &str = "max.privat@gmx.de";
const ERIKA: &str = "erika@example.org";
const ERIKA_PW: &str = "Erikas Passwort bleibt so";
const NEW: &str = "Kranich Holunder Sternwarte";

const RECOVERY: &str = "[recovery]\nenabled = true\nquery = \"SELECT email_other FROM mailbox WHERE username = :email AND active = 1\"\nupdate_query = \"UPDATE mailbox SET email_other = :recovery WHERE username = :email\"\n";

struct Setup {
    db: SqlServer,
    dovecot: Dovecot,
    smtp: SmtpSink,
    app: TestApp,
    audit: std::path::PathBuf,
}

async fn setup() -> Setup {
    let db = SqlServer::start(Engine::Sqlite);
    db.add_mailbox(MAX, MAX_PW, true);
    db.add_mailbox(ERIKA, ERIKA_PW, true);
    db.admin_exec(&format!(
        "UPDATE mailbox SET email_other = '{PRIVATE}' WHERE username = '{MAX}'"
    ));
    let dovecot = Dovecot::start_sql(&db, "");
    let smtp = SmtpSink::start();
    let port = free_port();
    let notify = format!(
        "[notify]\nenabled = true\nsmtp_host = \"127.0.0.1\"\nsmtp_port = {}\nsmtp_security = \"plain\"\nfrom = \"Passwort-Service <noreply@example.org>\"\n",
        smtp.port
    );
    let extra = format!("{}{RECOVERY}{notify}", command_flush(&dovecot));
    let mut settings = Settings::from_toml_str(&settings_with_store(
        &dovecot,
        port,
        &db.store_toml(),
        &extra,
    ))
    .unwrap();
    settings.server.secret = Some("ein-langes-geheimnis-fuer-die-tests-0123456789".into());
    let audit = dovecot.dir.path().join("audit.log");
    settings.audit.path = Some(audit.clone());
    settings.validate().unwrap();
    let app = spawn_settings(settings, port, "").await;
    Setup {
        db,
        dovecot,
        smtp,
        app,
        audit,
    }
}

/// A message's recipients (the SMTP envelope) and its decoded text.
fn envelope(raw: &str) -> (Vec<String>, String) {
    let joined = raw.replace("=\r\n", "").replace("=\n", "");
    let mut bytes = Vec::new();
    let b = joined.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'=' && i + 2 < b.len() {
            if let Ok(v) = u8::from_str_radix(&joined[i + 1..i + 3], 16) {
                bytes.push(v);
                i += 3;
                continue;
            }
        }
        bytes.push(b[i]);
        i += 1;
    }
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let rcpt = text
        .lines()
        .find_map(|l| l.strip_prefix("X-RcptTo:"))
        .unwrap_or("")
        .split(',')
        .map(|r| r.trim().to_owned())
        .collect();
    (rcpt, text)
}

/// The first link in a mail below `path`.
fn link_in(text: &str, path: &str) -> String {
    let start = text.find("http://127.0.0.1").expect("a link");
    let link: String = text[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    assert!(link.contains(path), "{link}");
    link
}

/// Follows a confirmation link as its owner does: opens it (a question
/// and a button; nothing is stored on a GET, which mail scanners make
/// too) and presses the button.
async fn confirm_link(link: &str) -> Page {
    let browser = client();
    let opened = Page::send(browser.get(link)).await;
    if opened.status != 200 {
        return opened;
    }
    assert!(opened.body.contains("<form"), "{}", opened.body);
    let csrf = csrf_of(&opened.body);
    Page::send(browser.post(link).form(&[("csrf_token", csrf.as_str())])).await
}

async fn forgot(app: &TestApp, email: &str, lang: &str) -> Page {
    let form = app.get("/forgot", lang).await;
    assert_eq!(form.status, 200, "{}", form.body);
    app.post_form(
        "/forgot",
        lang,
        &[("email", email), ("csrf_token", &csrf_of(&form.body))],
    )
    .await
}

fn audited(path: &std::path::Path, outcome: &str) -> usize {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter(|l| {
            l.contains("\"event\":\"recovery\"")
                && l.contains(&format!("\"outcome\":\"{outcome}\""))
        })
        .count()
}

#[tokio::test]
async fn a_link_goes_to_the_recovery_address_only_and_works_once() {
    let s = setup().await;
    let login = s.app.get("/", "de").await;
    assert!(login.body.contains("Passwort vergessen?"), "{}", login.body);
    let page = forgot(&s.app, MAX, "de").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Wenn für dieses Postfach eine Ausweichadresse hinterlegt ist, haben wir Ihnen einen Link dorthin geschickt. Er gilt 30 Minuten."), "{}", page.body);
    let mails = s.smtp.wait_for(1);
    let (rcpt, text) = envelope(&mails[0]);
    assert_eq!(rcpt, [PRIVATE], "only to the recovery address");
    assert!(
        text.contains("Die Anfrage kam von der IP-Adresse 127.0.0.1"),
        "{text}"
    );
    let link = link_in(&text, "/reset/2.");
    let form = Page::send(client().get(&link)).await;
    assert_eq!(form.status, 200, "{}", form.body);

    // Through the link, the new password is in force at once.
    let browser = s.app.another_browser();
    let path = &link[link.find("/reset/").unwrap()..];
    let form = browser.get(path, "de").await;
    let done = browser
        .post_form(
            path,
            "de",
            &[
                ("new_password", NEW),
                ("confirm_password", NEW),
                ("csrf_token", &csrf_of(&form.body)),
            ],
        )
        .await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(s.dovecot.accepts(MAX, NEW));
    assert!(!s.dovecot.accepts(MAX, MAX_PW));
    // The notification reaches the mailbox and the recovery address.
    let mails = s.smtp.wait_for(2);
    let (rcpt, _) = mails
        .iter()
        .map(|m| envelope(m))
        .find(|(_, text)| text.contains("über einen Link zum Zurücksetzen"))
        .expect("the notification");
    assert!(
        rcpt.contains(&MAX.to_owned()) && rcpt.contains(&PRIVATE.to_owned()),
        "{rcpt:?}"
    );
    // Used: dead.
    assert_eq!(Page::send(client().get(&link)).await.status, 410);
}

#[tokio::test]
async fn every_address_gets_the_same_page_and_only_three_mails_an_hour_go_out() {
    let s = setup().await;
    let mut pages = Vec::new();
    for email in [
        ERIKA,
        "niemand@example.org",
        "max@fremd.de",
        "kein-at-zeichen",
    ] {
        let page = forgot(&s.app, email, "de").await;
        assert_eq!(page.status, 200);
        pages.push(page.body);
    }
    let reference = forgot(&s.app, MAX, "de").await;
    for (i, page) in pages.iter().enumerate() {
        assert_eq!(page, &reference.body, "page {i} differs");
    }
    let mails = s.smtp.wait_for(1);
    let rcpts: Vec<_> = mails.iter().map(|m| envelope(m).0).collect();
    assert_eq!(rcpts, [[PRIVATE]], "one mail, to Max's recovery address");
    for _ in 0..3 {
        forgot(&s.app, MAX, "de").await;
    }
    // The fourth request of the hour sent nothing.
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(s.smtp.messages().len(), 3, "three mails an hour");
    assert_eq!(audited(&s.audit, "mailed"), 3);
    assert!(audited(&s.audit, "limited") >= 1);
    // Erika has none; nobody@ has no row (the query cannot tell them apart).
    assert_eq!(audited(&s.audit, "no_address"), 2);
    assert_eq!(audited(&s.audit, "invalid_address"), 2);
    assert!(s.dovecot.accepts(MAX, MAX_PW), "nothing changed by asking");
}

#[tokio::test]
async fn a_new_recovery_address_is_stored_only_after_its_link_is_followed() {
    let s = setup().await;
    // A reset link mailed to the address about to be replaced.
    assert_eq!(forgot(&s.app, MAX, "de").await.status, 200);
    let mails = s.smtp.wait_for(1);
    assert_eq!(envelope(&mails[0]).0, [PRIVATE]);
    let old_link = link_in(&envelope(&mails[0]).1, "/reset/");
    s.smtp.clear();
    assert_eq!(s.app.login(MAX, MAX_PW, "de").await.status, 303);
    let password_page = s.app.get("/password", "de").await;
    assert!(password_page.body.contains("/recovery"), "a link to it");
    let page = s.app.get("/recovery", "de").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("m•••@g•••.de"), "{}", page.body);
    assert!(!page.body.contains(PRIVATE), "shown masked only");
    let csrf = csrf_of(&page.body);
    // The mailbox's own domain is refused.
    let refused = s
        .app
        .post_form(
            "/recovery",
            "de",
            &[("recovery", "chef@example.org"), ("csrf_token", &csrf)],
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused
        .body
        .contains("nicht in der Domain dieses Postfachs"));
    let sent = s
        .app
        .post_form(
            "/recovery",
            "de",
            &[("recovery", "Max.Neu@Web.de"), ("csrf_token", &csrf)],
        )
        .await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    assert!(sent.body.contains("m•••@w•••.de"), "{}", sent.body);
    // Nothing stored yet.
    assert_eq!(s.db.recovery_of(MAX), PRIVATE);
    let mails = s.smtp.wait_for(1);
    let (rcpt, text) = envelope(&mails[0]);
    assert_eq!(rcpt, ["max.neu@web.de"]);
    let link = link_in(&text, "/recovery/confirm/");
    // Opening the link (as a scanner does) stores nothing.
    let opened = Page::send(client().get(&link)).await;
    assert_eq!(opened.status, 200, "{}", opened.body);
    assert!(opened.body.contains("max.neu@web.de"), "{}", opened.body);
    assert_eq!(s.db.recovery_of(MAX), PRIVATE);
    let saved = confirm_link(&link).await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    assert!(saved.body.contains("ist gespeichert"), "{}", saved.body);
    assert_eq!(s.db.recovery_of(MAX), "max.neu@web.de");
    // The mailbox hears of it; the link works once.
    let mails = s.smtp.wait_for(2);
    let (rcpt, text) = mails
        .iter()
        .map(|m| envelope(m))
        .find(|(rcpt, _)| rcpt == &[MAX])
        .expect("a mail to the mailbox");
    assert_eq!(rcpt, [MAX]);
    assert!(text.contains("m•••@w•••.de"), "{text}");
    assert_eq!(confirm_link(&link).await.status, 410);
    assert!(s.dovecot.accepts(MAX, MAX_PW), "the password is untouched");
    // Links mailed to the replaced address died with it.
    assert_eq!(Page::send(client().get(&old_link)).await.status, 410);
}

/// An intruder with a session asks for an address of theirs; the owner
/// notices and changes the password, which ends that session. The link
/// mailed to the intruder must be dead too (attack review, M1).
#[tokio::test]
async fn a_password_change_kills_pending_confirmation_links() {
    let s = setup().await;
    assert_eq!(s.app.login(MAX, MAX_PW, "de").await.status, 303);
    let csrf = csrf_of(&s.app.get("/recovery", "de").await.body);
    let sent = s
        .app
        .post_form(
            "/recovery",
            "de",
            &[
                ("recovery", "eindringling@evil.example"),
                ("csrf_token", &csrf),
            ],
        )
        .await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    let mails = s.smtp.wait_for(1);
    let link = link_in(&envelope(&mails[0]).1, "/recovery/confirm/");
    // The owner changes the password (here in the same browser: any
    // change of the stored hash counts).
    let page = s.app.get("/password", "de").await;
    let changed = s
        .app
        .post_form(
            "/password",
            "de",
            &[
                ("new_password", NEW),
                ("confirm_password", NEW),
                ("csrf_token", &csrf_of(&page.body)),
            ],
        )
        .await;
    assert_eq!(changed.status, 200, "{}", changed.body);
    let followed = confirm_link(&link).await;
    assert_eq!(followed.status, 410, "{}", followed.body);
    assert_eq!(s.db.recovery_of(MAX), PRIVATE, "the owner's address stays");
    assert_eq!(audited(&s.audit, "confirmation_used"), 1);
}

/// The same flow with the recovery address in an LDAP attribute
/// (`otherMailbox`), against slapd, Dovecot binding as the employee.
#[tokio::test]
async fn with_ldap_the_address_lives_in_an_attribute() {
    use crate::support::ldap::{dovecot_passdb, DirectoryHash, DovecotStyle, Slapd};
    let slapd = Slapd::start_hashing(DirectoryHash::Sha512Crypt);
    let dn = slapd.add_mailbox("max", MAX, MAX_PW);
    slapd.modify(&format!(
        "dn: {dn}\nchangetype: modify\nadd: otherMailbox\notherMailbox: {PRIVATE}\n"
    ));
    let dovecot = Dovecot::start_own("", &dovecot_passdb(&slapd, DovecotStyle::Bind));
    assert!(dovecot.accepts(MAX, MAX_PW), "{}", dovecot.log());
    let smtp = SmtpSink::start();
    let port = free_port();
    let notify = format!(
        "[notify]\nenabled = true\nsmtp_host = \"127.0.0.1\"\nsmtp_port = {}\nsmtp_security = \"plain\"\nfrom = \"Passwort-Service <noreply@example.org>\"\n",
        smtp.port
    );
    let extra = format!(
        "{}[recovery]\nenabled = true\nattribute = \"otherMailbox\"\n{notify}",
        command_flush(&dovecot)
    );
    let mut settings = Settings::from_toml_str(&settings_with_store(
        &dovecot,
        port,
        &slapd.store_toml("exop"),
        &extra,
    ))
    .unwrap();
    settings.server.secret = Some("ein-langes-geheimnis-fuer-die-tests-0123456789".into());
    let app = spawn_settings(settings, port, "").await;

    // Forgotten: the link goes to the attribute's address, and works.
    assert_eq!(forgot(&app, MAX, "en").await.status, 200);
    let mails = smtp.wait_for(1);
    let (rcpt, text) = envelope(&mails[0]);
    assert_eq!(rcpt, [PRIVATE]);
    let link = link_in(&text, "/reset/2.");
    let path = &link[link.find("/reset/").unwrap()..];
    let form = app.get(path, "en").await;
    assert_eq!(form.status, 200, "{}", form.body);
    let done = app
        .post_form(
            path,
            "en",
            &[
                ("new_password", NEW),
                ("confirm_password", NEW),
                ("csrf_token", &csrf_of(&form.body)),
            ],
        )
        .await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(dovecot.accepts(MAX, NEW), "{}", dovecot.log());
    assert!(!dovecot.accepts(MAX, MAX_PW));

    // A new address: stored in the attribute once confirmed.
    assert_eq!(app.login(MAX, NEW, "en").await.status, 303);
    let page = app.get("/recovery", "en").await;
    assert!(page.body.contains("m•••@g•••.de"), "{}", page.body);
    let sent = app
        .post_form(
            "/recovery",
            "en",
            &[
                ("recovery", "max@posteo.de"),
                ("csrf_token", &csrf_of(&page.body)),
            ],
        )
        .await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    let stored = |slapd: &Slapd| {
        slapd
            .attributes(&dn)
            .into_iter()
            .find(|(name, _)| name == "otherMailbox")
            .map(|(_, value)| value)
    };
    assert_eq!(
        stored(&slapd).as_deref(),
        Some(PRIVATE),
        "nothing stored yet"
    );
    let mails = smtp.wait_for(3);
    let (_, text) = mails
        .iter()
        .map(|m| envelope(m))
        .find(|(rcpt, _)| rcpt == &["max@posteo.de"])
        .expect("the confirmation");
    let confirm = link_in(&text, "/recovery/confirm/");
    assert_eq!(confirm_link(&confirm).await.status, 200);
    assert_eq!(stored(&slapd).as_deref(), Some("max@posteo.de"));
}

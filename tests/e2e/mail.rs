//! The notification mail, received by a real SMTP server (aiosmtpd).

use mailpasswd::settings::{NotifySettings, Settings, SmtpSecurity};

use crate::support::app::spawn_app_with;
use crate::support::smtp::SmtpSink;
use crate::support::{passwd_line, Dovecot, ALICE, NEW, OLD};

/// Notifications through the SMTP server on `port`, from a named provider.
fn notify_via(port: u16, security_address: bool) -> impl FnOnce(&mut Settings) {
    move |s| {
        s.notify = NotifySettings {
            enabled: true,
            smtp_host: "127.0.0.1".to_owned(),
            smtp_port: Some(port),
            smtp_security: SmtpSecurity::Plain,
            from: "Passwort-Service <noreply@example.org>".to_owned(),
            security_address: security_address.then(|| "security@example.org".to_owned()),
            ..NotifySettings::default()
        };
        s.ui.provider_name = Some("Beispiel Hosting".to_owned());
        s.ui.support_contact = Some("support@example.org, 0800 123456".to_owned());
    }
}

fn decoded(raw: &str) -> String {
    // Quoted-printable bodies: join soft line breaks and decode =XX bytes.
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
    String::from_utf8_lossy(&bytes).into_owned()
}

#[tokio::test]
async fn change_sends_a_mail_in_the_users_language_without_the_password() {
    let dovecot = Dovecot::start(&passwd_line(ALICE, OLD, ""));
    let smtp = SmtpSink::start();
    let app = spawn_app_with(&dovecot, "", notify_via(smtp.port, true)).await;
    assert_eq!(app.login(ALICE, OLD, "de").await.status, 303);
    assert_eq!(app.change(NEW, NEW, "de").await.status, 200);

    let messages = smtp.wait_for(1);
    assert_eq!(messages.len(), 1, "{messages:?}");
    let text = decoded(&messages[0]);
    // One delivery to both: the mailbox and (as Bcc) the security address.
    let rcpt = text
        .lines()
        .find(|l| l.starts_with("X-RcptTo:"))
        .unwrap_or_default()
        .to_owned();
    assert!(
        rcpt.contains("alice@example.org") && rcpt.contains("security@example.org"),
        "{rcpt}"
    );
    assert!(!text.contains("Bcc:"), "the security address stays hidden");
    assert!(text.contains("To: alice@example.org"), "{text}");
    assert!(
        text.contains("das Passwort des E-Mail-Postfachs alice@example.org wurde am"),
        "{text}"
    );
    assert!(text.contains("IP-Adresse 127.0.0.1"), "{text}");
    assert!(text.contains("support@example.org, 0800 123456"), "{text}");
    assert!(
        !text.contains(NEW) && !text.contains(OLD),
        "no password in the mail"
    );
}

#[tokio::test]
async fn english_mail_for_an_english_page() {
    let dovecot = Dovecot::start(&passwd_line(ALICE, OLD, ""));
    let smtp = SmtpSink::start();
    let app = spawn_app_with(&dovecot, "", notify_via(smtp.port, false)).await;
    assert_eq!(app.login(ALICE, OLD, "en").await.status, 303);
    assert_eq!(app.change(NEW, NEW, "en").await.status, 200);
    let messages = smtp.wait_for(1);
    assert_eq!(messages.len(), 1);
    let text = decoded(&messages[0]);
    assert!(
        text.contains("the password of the mailbox alice@example.org was changed"),
        "{text}"
    );
    assert!(text.contains("IP address 127.0.0.1"), "{text}");
}

#[tokio::test]
async fn smtp_down_does_not_undo_the_change() {
    let dovecot = Dovecot::start(&passwd_line(ALICE, OLD, ""));
    let dead_port = crate::support::fault::FaultServer::refused_port();
    let app = spawn_app_with(&dovecot, "", notify_via(dead_port, false)).await;
    assert_eq!(app.login(ALICE, OLD, "de").await.status, 303);
    let page = app.change(NEW, NEW, "de").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Die Änderung wird sofort aktiv"));
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert!(dovecot.accepts(ALICE, NEW));
}

//! The ChangeService against a real Dovecot: login, change, confirm, restore.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use mailpasswd::auth::{ImapAuthenticator, ImapTarget};
use mailpasswd::change::{
    Authority, ChangeError, ChangeService, Changed, ConfirmPolicy, LoginOutcome, Origin,
    VerifiedMailbox,
};
use mailpasswd::domain::{EmailAddress, MailDomains, Password};
use mailpasswd::hash::Hasher;
use mailpasswd::policy::{PasswordPolicy, Violation};
use mailpasswd::settings::{HashSettings, ImapMechanism, ImapSecurity};
use mailpasswd::store::PasswdFileStore;

use crate::support::{passwd_line, Dovecot};

fn pw(s: &str) -> Password {
    Password::parse(s.to_owned()).unwrap()
}

fn mailbox(s: &str) -> EmailAddress {
    EmailAddress::parse(s, &MailDomains::new(["example.org"]).unwrap()).unwrap()
}

pub fn imap_target(dovecot: &Dovecot, security: ImapSecurity) -> ImapTarget {
    ImapTarget {
        host: "127.0.0.1".to_owned(),
        port: match security {
            ImapSecurity::Tls => dovecot.imaps_port,
            _ => dovecot.imap_port,
        },
        security,
        ca_file: Some(dovecot.certs.ca_pem.clone()),
        connect_timeout: Duration::from_secs(2),
        timeout: Duration::from_secs(5),
        send_client_ip: true,
        mechanism: ImapMechanism::Auto,
        max_in_flight: 4,
    }
}

fn service_for(
    dovecot: &Dovecot,
    security: ImapSecurity,
    store_path: &std::path::Path,
    confirm: ConfirmPolicy,
) -> ChangeService {
    service_with(imap_target(dovecot, security), store_path, confirm)
}

fn service_with(
    target: ImapTarget,
    store_path: &std::path::Path,
    confirm: ConfirmPolicy,
) -> ChangeService {
    let auth = ImapAuthenticator::new(target).unwrap();
    let store = PasswdFileStore::new(
        store_path.to_str().unwrap(),
        "%u",
        Duration::from_secs(5),
        vec!["example.org".to_owned()],
    );
    let hash = HashSettings::default().check().unwrap();
    ChangeService::new(
        Arc::new(auth),
        Arc::new(store),
        Hasher::new(hash),
        PasswordPolicy::new(15, 128, None),
        confirm,
    )
}

fn service(dovecot: &Dovecot, security: ImapSecurity) -> ChangeService {
    service_for(dovecot, security, &dovecot.passwd, ConfirmPolicy::default())
}

/// The employee's change through the one flow; the cause of a failure.
async fn change(
    service: &ChangeService,
    verified: &VerifiedMailbox,
    new: &Password,
    client_ip: Option<IpAddr>,
) -> Result<Changed, ChangeError> {
    let origin = Origin {
        client_ip,
        ..Origin::cli()
    };
    service
        .change(Authority::Employee(verified), new, &origin)
        .await
        .map_err(|failure| failure.error)
}

fn client_ip() -> IpAddr {
    "192.0.2.7".parse().unwrap()
}

async fn login(service: &ChangeService, user: &str, password: &str) -> VerifiedMailbox {
    match service
        .login(mailbox(user), pw(password), Some(client_ip()))
        .await
        .unwrap()
    {
        LoginOutcome::Verified(v) => v,
        LoginOutcome::Rejected => panic!("login of {user} rejected"),
    }
}

/// Passwords that break naive quoting, used in both roles (current and new).
fn awkward_passwords() -> Vec<String> {
    [
        "Anführungs\"zeichen\" im Passwort",
        "Back\\slash\\ und noch mehr \\",
        "  Leerzeichen vorne und hinten  ",
        "Literal {5} Syntax im Passwort",
        "Grüße aus Köln, Straße 7",
        "Emoji 😀🔐 sind auch erlaubt",
        "a{5}\\\"b mit allem \"\\{0}",
    ]
    .map(String::from)
    .to_vec()
}

async fn awkward_passwords_work_end_to_end(mechanism: ImapMechanism) {
    let start = "Ganz normales Startpasswort";
    let dovecot = Dovecot::start(&passwd_line("alice@example.org", start, ""));
    for security in [ImapSecurity::Tls, ImapSecurity::Starttls] {
        let mut target = imap_target(&dovecot, security);
        target.mechanism = mechanism;
        let service = service_with(target, &dovecot.passwd, ConfirmPolicy::default());
        let mut current = if security == ImapSecurity::Tls {
            start.to_owned()
        } else {
            awkward_passwords().last().unwrap().clone()
        };
        for new in awkward_passwords() {
            if new == current {
                continue;
            }
            let verified = login(&service, "alice@example.org", &current).await;
            change(&service, &verified, &pw(&new), Some(client_ip()))
                .await
                .unwrap();
            assert!(
                dovecot.accepts("alice@example.org", &new),
                "{new:?} not in force"
            );
            assert!(
                !dovecot.accepts("alice@example.org", &current),
                "{current:?} still works"
            );
            current = new;
        }
    }
}

#[tokio::test]
async fn awkward_passwords_work_with_authenticate_plain() {
    awkward_passwords_work_end_to_end(ImapMechanism::Auto).await;
}

#[tokio::test]
async fn awkward_passwords_work_with_login_command() {
    // The LOGIN command needs IMAP quoting of `"` and `\`.
    awkward_passwords_work_end_to_end(ImapMechanism::Login).await;
}

#[tokio::test]
async fn wrong_current_password_is_rejected_and_nothing_changes() {
    let dovecot = Dovecot::start(&passwd_line(
        "alice@example.org",
        "Richtiges Passwort 2026",
        "",
    ));
    let before = dovecot.passwd_bytes();
    let service = service(&dovecot, ImapSecurity::Tls);
    for (user, password) in [
        ("alice@example.org", "Falsches Passwort 2026"),
        ("nobody@example.org", "Richtiges Passwort 2026"),
    ] {
        let ip = format!("192.0.2.{}", 10 + user.len());
        let outcome = service
            .login(mailbox(user), pw(password), Some(ip.parse().unwrap()))
            .await
            .unwrap();
        assert!(matches!(outcome, LoginOutcome::Rejected), "{user}");
    }
    assert_eq!(dovecot.passwd_bytes(), before);
}

#[tokio::test]
async fn policy_reports_every_rule_and_changes_nothing() {
    let dovecot = Dovecot::start(&passwd_line(
        "alice@example.org",
        "Richtiges Passwort 2026",
        "",
    ));
    let before = dovecot.passwd_bytes();
    let service = service(&dovecot, ImapSecurity::Tls);
    let verified = login(&service, "alice@example.org", "Richtiges Passwort 2026").await;
    let err = change(&service, &verified, &pw("alice"), None)
        .await
        .unwrap_err();
    let ChangeError::Policy(violations) = err else {
        panic!("{err}")
    };
    assert_eq!(
        violations,
        vec![
            Violation::TooShort { min: 15 },
            Violation::ContainsLocalPart
        ],
        "too short: no word about how guessable it is"
    );
    let err = change(&service, &verified, &pw("Richtiges Passwort 2026"), None)
        .await
        .unwrap_err();
    assert!(
        matches!(err, ChangeError::Policy(ref v) if v == &vec![Violation::SameAsCurrent]),
        "{err}"
    );
    assert_eq!(dovecot.passwd_bytes(), before);
}

#[tokio::test]
async fn two_changes_within_one_second_the_newest_is_in_force() {
    let dovecot = Dovecot::start(&passwd_line("alice@example.org", "Erstes Passwort 000", ""));
    let store = PasswdFileStore::new(
        dovecot.passwd.to_str().unwrap(),
        "%u",
        Duration::from_secs(5),
        vec![],
    );
    let alice = mailbox("alice@example.org");
    // Dovecot reads the file now...
    assert!(dovecot.accepts("alice@example.org", "Erstes Passwort 000"));
    // ...and two same-length hashes land right after, within one second.
    let a = crate::support::fast_hash("Zweites Passwort 111");
    let b = crate::support::fast_hash("Drittes Passwort 222");
    assert_eq!(a.as_str().len(), b.as_str().len());
    store.replace_now(&alice, &a).unwrap();
    let last = store.replace_now(&alice, &b).unwrap();
    if let Ok(wait) = last.visible_at.duration_since(std::time::SystemTime::now()) {
        std::thread::sleep(wait);
    }
    assert!(dovecot.accepts("alice@example.org", "Drittes Passwort 222"));
    assert!(!dovecot.accepts("alice@example.org", "Zweites Passwort 111"));
    assert!(!dovecot.accepts("alice@example.org", "Erstes Passwort 000"));

    // The same through the service, twice in a row: each success is in force.
    let service = service(&dovecot, ImapSecurity::Tls);
    let v = login(&service, "alice@example.org", "Drittes Passwort 222").await;
    change(&service, &v, &pw("Viertes Passwort 333"), None)
        .await
        .unwrap();
    assert!(dovecot.accepts("alice@example.org", "Viertes Passwort 333"));
    let v = login(&service, "alice@example.org", "Viertes Passwort 333").await;
    change(&service, &v, &pw("Fünftes Passwort 444"), None)
        .await
        .unwrap();
    assert!(dovecot.accepts("alice@example.org", "Fünftes Passwort 444"));
    assert!(!dovecot.accepts("alice@example.org", "Viertes Passwort 333"));
}

#[tokio::test]
async fn unconfirmed_change_is_rolled_back() {
    // Dovecot reads one file; the service writes a copy Dovecot never sees,
    // so the confirming login with the new password must fail.
    let line = passwd_line(
        "alice@example.org",
        "Richtiges Passwort 2026",
        "userdb_quota_rule=*:storage=1G",
    );
    let dovecot = Dovecot::start(&line);
    let shadow = dovecot.passwd.with_file_name("not-read-by-dovecot");
    std::fs::write(&shadow, format!("# copy\n{line}")).unwrap();
    let before = std::fs::read(&shadow).unwrap();
    let confirm = ConfirmPolicy {
        timeout: Duration::from_millis(1500),
        ..ConfirmPolicy::default()
    };
    let service = service_for(&dovecot, ImapSecurity::Tls, &shadow, confirm);
    let verified = login(&service, "alice@example.org", "Richtiges Passwort 2026").await;
    let err = change(
        &service,
        &verified,
        &pw("Neues, nie aktives Passwort"),
        Some(client_ip()),
    )
    .await
    .unwrap_err();
    assert!(matches!(err, ChangeError::NotConfirmed { .. }), "{err}");
    assert!(err.to_string().contains("old password was restored"));
    assert_eq!(
        std::fs::read(&shadow).unwrap(),
        before,
        "old hash restored byte for byte"
    );
    assert!(dovecot.accepts("alice@example.org", "Richtiges Passwort 2026"));
}

#[tokio::test]
async fn client_ip_reaches_dovecots_log() {
    let dovecot = Dovecot::start(&passwd_line(
        "alice@example.org",
        "Richtiges Passwort 2026",
        "",
    ));
    let service = service(&dovecot, ImapSecurity::Tls);
    login(&service, "alice@example.org", "Richtiges Passwort 2026").await;
    // Dovecot logs the login with the forwarded address as rip.
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    loop {
        let log = dovecot.log();
        if log.contains("rip=192.0.2.7") {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no rip=192.0.2.7 in log:\n{log}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

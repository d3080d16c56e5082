//! The IMAP authenticator: real Dovecot for the normal answers, a
//! fault-injecting server for the broken ones. A fault is an outage or a
//! refusal, never "wrong password", and never a password in the clear.

use std::time::{Duration, Instant};

use mailpasswd::auth::{AuthError, Authenticator, ImapAuthenticator, ImapTarget, Verdict};
use mailpasswd::domain::{EmailAddress, MailDomains, Password};
use mailpasswd::settings::{ImapMechanism, ImapSecurity};

use crate::change::imap_target;
use crate::support::fault::{Behaviour, FaultServer};
use crate::support::{passwd_line, Dovecot};

const SECRET: &str = "Geheimes Passwort 2026";

fn alice() -> EmailAddress {
    EmailAddress::parse(
        "alice@example.org",
        &MailDomains::new(["example.org"]).unwrap(),
    )
    .unwrap()
}

fn pw(s: &str) -> Password {
    Password::parse(s.to_owned()).unwrap()
}

fn fault_target(port: u16, security: ImapSecurity) -> ImapTarget {
    ImapTarget {
        host: "127.0.0.1".to_owned(),
        port,
        security,
        ca_file: None,
        connect_timeout: Duration::from_secs(1),
        timeout: Duration::from_secs(1),
        send_client_ip: false,
        mechanism: ImapMechanism::Auto,
        max_in_flight: 2,
    }
}

/// Each check claims its own client address, so Dovecot's auth penalty
/// for the failed ones does not slow the next.
async fn check(target: ImapTarget, password: &str) -> Result<Verdict, AuthError> {
    static NEXT: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(1);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let ip = std::net::IpAddr::from([203, 0, 113, n]);
    ImapAuthenticator::new(target)
        .unwrap()
        .verify(&alice(), &pw(password), Some(ip))
        .await
}

#[tokio::test]
async fn right_and_wrong_password_over_tls_and_starttls() {
    let dovecot = Dovecot::start(&passwd_line("alice@example.org", SECRET, ""));
    for security in [ImapSecurity::Tls, ImapSecurity::Starttls] {
        let target = imap_target(&dovecot, security);
        assert_eq!(
            check(target.clone(), SECRET).await.unwrap(),
            Verdict::Accepted
        );
        assert_eq!(
            check(target.clone(), "Falsches Passwort 2026")
                .await
                .unwrap(),
            Verdict::Rejected
        );
        ImapAuthenticator::new(target)
            .unwrap()
            .probe()
            .await
            .unwrap();
    }
    // Plain text is allowed to loopback only (enforced by the settings).
    let mut target = imap_target(&dovecot, ImapSecurity::Plain);
    target.port = dovecot.imap_port;
    assert_eq!(check(target, SECRET).await.unwrap(), Verdict::Accepted);
}

#[tokio::test]
async fn untrusted_certificate_is_a_tls_error() {
    let dovecot = Dovecot::start(&passwd_line("alice@example.org", SECRET, ""));
    for security in [ImapSecurity::Tls, ImapSecurity::Starttls] {
        let mut target = imap_target(&dovecot, security);
        target.ca_file = None;
        let err = check(target, SECRET).await.unwrap_err();
        assert!(
            matches!(err, AuthError::Tls(ref m) if m.contains("UnknownIssuer")),
            "{err}"
        );
    }
}

#[tokio::test]
async fn refused_connection_is_an_outage() {
    let port = FaultServer::refused_port();
    let err = check(fault_target(port, ImapSecurity::Tls), SECRET)
        .await
        .unwrap_err();
    assert!(matches!(err, AuthError::Connect { .. }), "{err}");
}

#[tokio::test]
async fn stalled_greeting_times_out() {
    for security in [ImapSecurity::Tls, ImapSecurity::Starttls] {
        let server = FaultServer::start(Behaviour::StallGreeting);
        let started = Instant::now();
        let err = check(fault_target(server.port, security), SECRET)
            .await
            .unwrap_err();
        assert!(matches!(err, AuthError::Timeout(_)), "{err}");
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "took {:?}",
            started.elapsed()
        );
    }
}

#[tokio::test]
async fn garbage_bye_and_broken_replies_are_outages() {
    for (behaviour, security) in [
        (Behaviour::Garbage, ImapSecurity::Plain),
        (Behaviour::Garbage, ImapSecurity::Tls),
        (Behaviour::ByeGreeting, ImapSecurity::Plain),
        (Behaviour::BrokenCapability, ImapSecurity::Plain),
    ] {
        let server = FaultServer::start(behaviour);
        let result = check(fault_target(server.port, security), SECRET).await;
        let err = result.expect_err("a broken server must not give a verdict");
        assert!(
            matches!(
                err,
                AuthError::Protocol(_)
                    | AuthError::Bye(_)
                    | AuthError::Tls(_)
                    | AuthError::Timeout(_)
            ),
            "{err}"
        );
        assert!(!server.received().contains("LOGIN"));
        assert!(!server.received().contains("AUTHENTICATE"));
    }
}

#[tokio::test]
async fn bye_greeting_is_named() {
    let server = FaultServer::start(Behaviour::ByeGreeting);
    let err = check(fault_target(server.port, ImapSecurity::Plain), SECRET)
        .await
        .unwrap_err();
    assert!(
        matches!(err, AuthError::Bye(ref m) if m.contains("Too many connections")),
        "{err}"
    );
}

#[tokio::test]
async fn login_disabled_sends_no_login() {
    let server = FaultServer::start(Behaviour::Capabilities("IMAP4rev1 LOGINDISABLED"));
    let err = check(fault_target(server.port, ImapSecurity::Plain), SECRET)
        .await
        .unwrap_err();
    assert!(matches!(err, AuthError::LoginDisabled), "{err}");
    let received = server.received();
    assert!(received.contains("CAPABILITY"));
    assert!(!received.contains("LOGIN "), "{received}");
    assert!(!received.contains(SECRET));
}

#[tokio::test]
async fn missing_starttls_sends_no_credentials() {
    let server = FaultServer::start(Behaviour::Capabilities("IMAP4rev1 AUTH=PLAIN AUTH=LOGIN"));
    let err = check(fault_target(server.port, ImapSecurity::Starttls), SECRET)
        .await
        .unwrap_err();
    assert!(matches!(err, AuthError::StartTlsUnavailable), "{err}");
    let received = server.received();
    assert!(!received.contains("LOGIN "), "{received}");
    assert!(!received.contains("AUTHENTICATE"), "{received}");
}

#[tokio::test]
async fn starttls_refused_by_server_sends_no_credentials() {
    // Advertises STARTTLS but answers BAD to it: no downgrade.
    let server = FaultServer::start(Behaviour::Capabilities("IMAP4rev1 STARTTLS AUTH=PLAIN"));
    let err = check(fault_target(server.port, ImapSecurity::Starttls), SECRET)
        .await
        .unwrap_err();
    assert!(!matches!(err, AuthError::StartTlsUnavailable), "{err}");
    let received = server.received();
    assert!(received.contains("STARTTLS"));
    assert!(!received.contains("AUTHENTICATE"), "{received}");
    assert!(!received.contains("LOGIN "), "{received}");
}

#[tokio::test]
async fn temporary_failure_is_an_outage_not_a_wrong_password() {
    // Dovecot answers NO [UNAVAILABLE] when its passdb cannot be read.
    let dovecot = Dovecot::start(&passwd_line("alice@example.org", SECRET, ""));
    crate::support::set_mode(&dovecot.passwd, 0o000);
    let later = std::time::SystemTime::now() + Duration::from_secs(5);
    std::fs::File::options()
        .write(true)
        .open(&dovecot.passwd)
        .unwrap()
        .set_modified(later)
        .unwrap();
    let err = check(imap_target(&dovecot, ImapSecurity::Tls), SECRET)
        .await
        .unwrap_err();
    assert!(matches!(err, AuthError::Unavailable(_)), "{err}");
}

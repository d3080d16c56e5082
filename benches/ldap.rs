//! `cargo bench --bench ldap`: a password change on an LDAP store (exop
//! mode: the employee's bind, Password Modify with the ppolicy control,
//! reading the new value back, confirming IMAP login against Dovecot's
//! ldap passdb with `auth_bind`), median of 30, as a ratio to its floor
//! measured in the same run on other mailboxes: one user bind and one
//! Password Modify made directly with ldap3, plus one bare IMAP login.
//!
//! Needs what `tests/run` installs (slapd, ldap-utils, dovecot-ldap).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[allow(dead_code)]
#[path = "../tests/e2e/support/mod.rs"]
mod support;

use std::time::Instant;

use ldap3::exop::PasswordModify;
use ldap3::{LdapConnAsync, LdapConnSettings};
use mailpasswd::change::{Authority, LoginOutcome, Origin};
use mailpasswd::domain::{EmailAddress, MailDomains, Password};
use mailpasswd::settings::Settings;
use mailpasswd::startup::build_core;

use support::ldap::{dovecot_passdb, DovecotStyle, Slapd};
use support::Dovecot;

const RUNS: usize = 30;
const OLD: &str = "Das alte Passwort am Deich";

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let slapd = Slapd::start();
    let mut dns = Vec::new();
    for n in 0..2 * RUNS {
        dns.push(slapd.add_mailbox(&format!("user{n}"), &address(n), OLD));
    }
    let dovecot = Dovecot::start_own("", &dovecot_passdb(&slapd, DovecotStyle::Bind));
    assert!(dovecot.accepts(&address(0), OLD), "{}", dovecot.log());
    let domains = MailDomains::new(["example.org"]).unwrap();
    let settings = Settings::from_toml_str(&format!(
        "[mail]\ndomains = [\"example.org\"]\n[auth.imap]\nhost = \"127.0.0.1\"\nport = {}\nsecurity = \"plain\"\nsend_client_ip = false\n{}",
        dovecot.imap_port,
        slapd.store_toml("exop"),
    ))
    .unwrap();
    let core = build_core(&settings).unwrap();
    let old = Password::parse(OLD.to_owned()).unwrap();

    rt.block_on(async {
        let (mut change_ms, mut direct_ms, mut login_ms) = (vec![], vec![], vec![]);
        let mut policy_ms = vec![];
        for i in 0..RUNS {
            let new = Password::parse(format!("Neues Passwort Nummer {i} im Watt")).unwrap();
            // The change, for the mailbox that logged in.
            let mailbox = EmailAddress::parse(&address(i), &domains).unwrap();
            let LoginOutcome::Verified(verified) = core
                .changes
                .login(mailbox, old.clone(), None)
                .await
                .unwrap()
            else {
                panic!("login refused");
            };
            let started = Instant::now();
            let violations = core.changes.check_policy(&verified, &new).await.unwrap();
            assert!(violations.is_empty(), "{violations:?}");
            policy_ms.push(ms(started));
            let started = Instant::now();
            let changed = core
                .changes
                .change(Authority::Employee(&verified), &new, &Origin::cli())
                .await
                .unwrap();
            change_ms.push(ms(started));
            assert!(changed.confirmed);

            // The floor, on a mailbox of its own: bind + Password Modify …
            let floor = RUNS + i;
            let started = Instant::now();
            let (connection, mut ldap) =
                LdapConnAsync::with_settings(LdapConnSettings::new(), &slapd.url()).await.unwrap();
            ldap3::drive!(connection);
            ldap.simple_bind(&dns[floor], OLD).await.unwrap().success().unwrap();
            ldap.extended(PasswordModify {
                user_id: None,
                old_pass: Some(OLD),
                new_pass: Some(new.expose()),
            })
            .await
            .unwrap()
            .success()
            .unwrap();
            let _ = ldap.unbind().await;
            direct_ms.push(ms(started));
            // … and one bare IMAP login with the new password.
            let target = EmailAddress::parse(&address(floor), &domains).unwrap();
            let started = Instant::now();
            let verdict = core
                .changes
                .authenticator()
                .verify(&target, &new, None)
                .await
                .unwrap();
            login_ms.push(ms(started));
            assert_eq!(verdict, mailpasswd::auth::Verdict::Accepted);
        }
        let (change, direct, login) = (median(change_ms), median(direct_ms), median(login_ms));
        println!("median of {RUNS}: mailpasswd's own policy check alone {:.1} ms", median(policy_ms));
        println!(
            "median of {RUNS}: bind + Password Modify {direct:.1} ms, bare IMAP login {login:.1} ms | whole change (policy, search, bind, Password Modify, read back, confirming login) {change:.1} ms = {:.2}x the floor ({:.1} ms)",
            change / (direct + login),
            direct + login
        );
    });
}

fn address(n: usize) -> String {
    format!("user{n}@example.org")
}

fn ms(started: Instant) -> f64 {
    started.elapsed().as_secs_f64() * 1000.0
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

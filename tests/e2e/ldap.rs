//! The LDAP store against Debian's slapd (ppolicy overlay loaded) and
//! Dovecot's `ldap` passdb in both styles: binding as the user, and
//! reading `userPassword`. Auth cache on, flushed with `doveadm`.

use crate::support::app::{settings_with_store, spawn_settings, Page, TestApp};
use crate::support::dovecot::command_flush;
use crate::support::ldap::{
    dovecot_passdb, DirectoryHash, DovecotStyle, Slapd, MAX_LENGTH, MIN_LENGTH, PEOPLE, READER_DN,
    READER_PW, SERVICE_DN, SERVICE_PW,
};
use crate::support::{free_port, run_cli, text, Dovecot, ALICE, BOB, BOB_PW, NEW, OLD};

struct Setup {
    slapd: Slapd,
    dovecot: Dovecot,
    app: TestApp,
    alice: String,
    bob: String,
}

/// slapd with Alice and Bob, Dovecot reading it in `style`, and the
/// service in `mode`; `extra` is more TOML for the service.
async fn setup(style: DovecotStyle, mode: &str, hash: DirectoryHash, extra: &str) -> Setup {
    let slapd = Slapd::start_hashing(hash);
    let alice = slapd.add_mailbox("alice", ALICE, OLD);
    let bob = slapd.add_mailbox("bob", BOB, BOB_PW);
    let dovecot = Dovecot::start_own("", &dovecot_passdb(&slapd, style));
    assert!(dovecot.accepts(ALICE, OLD), "{}", dovecot.log());
    let app = spawn(&dovecot, &slapd.store_toml(mode), extra).await;
    Setup {
        slapd,
        dovecot,
        app,
        alice,
        bob,
    }
}

async fn spawn(dovecot: &Dovecot, store: &str, extra: &str) -> TestApp {
    let port = free_port();
    let extra = format!("{}{extra}", command_flush(dovecot));
    let toml = settings_with_store(dovecot, port, store, &extra);
    let settings = mailpasswd::settings::Settings::from_toml_str(&toml).unwrap();
    spawn_settings(settings, port, "").await
}

async fn api_change(app: &TestApp, email: &str, current: &str, new: &str, lang: &str) -> Page {
    Page::send(
        app.client
            .post(app.url("/api/v1/password"))
            .header("accept-language", lang)
            .json(&serde_json::json!({"email": email, "current_password": current, "new_password": new})),
    )
    .await
}

const SHA512_CRYPT: &str = "[hash]\nscheme = \"SHA512-CRYPT\"\n";

#[tokio::test]
async fn a_change_is_in_force_at_once_in_both_modes_for_both_dovecot_styles() {
    for style in [DovecotStyle::Bind, DovecotStyle::Lookup] {
        for mode in ["exop", "replace"] {
            let s = setup(style, mode, DirectoryHash::Sha512Crypt, SHA512_CRYPT).await;
            let bob_before = s.slapd.passwords(&s.bob);
            assert_eq!(s.app.login(ALICE, OLD, "de").await.status, 303);
            let page = s.app.change(NEW, NEW, "de").await;
            assert_eq!(page.status, 200, "{style:?} {mode}: {}", page.body);
            assert!(page.body.contains("sofort aktiv"), "{}", page.body);
            assert!(
                s.dovecot.accepts(ALICE, NEW),
                "{style:?} {mode}: IMAP refuses the new password"
            );
            assert!(
                s.dovecot.pop3_accepts(ALICE, NEW),
                "{style:?} {mode}: POP3 refuses it"
            );
            assert!(
                !s.dovecot.accepts(ALICE, OLD),
                "{style:?} {mode}: the old one still works"
            );
            let stored = s.slapd.passwords(&s.alice);
            assert_eq!(stored.len(), 1, "{stored:?}");
            assert!(
                stored[0].starts_with("{CRYPT}$6$"),
                "{style:?} {mode}: {stored:?}"
            );
            assert_eq!(s.slapd.passwords(&s.bob), bob_before, "Bob's entry changed");
            assert!(s.dovecot.accepts(BOB, BOB_PW));
        }
    }
}

#[tokio::test]
async fn set_password_in_exop_mode_uses_the_service_account() {
    let s = setup(DovecotStyle::Bind, "exop", DirectoryHash::Sha512Crypt, "").await;
    let config = s.dovecot.dir.path().join("mailpasswd.toml");
    let toml = settings_with_store(
        &s.dovecot,
        free_port(),
        &s.slapd.store_toml("exop"),
        &command_flush(&s.dovecot),
    );
    std::fs::write(&config, toml).unwrap();
    let out = run_cli(
        &["set-password", "--config", config.to_str().unwrap(), ALICE],
        format!("{NEW}\n").as_bytes(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(s.dovecot.accepts(ALICE, NEW));
    assert!(!s.dovecot.accepts(ALICE, OLD));
}

/// Each refusal of slapd's ppolicy, through the JSON API: 422 with the
/// rule's code and words, the entry as it was (password, history,
/// timestamps: no second write after a refused Password Modify).
#[tokio::test]
async fn each_refusal_of_the_directory_policy_is_422_and_writes_nothing() {
    let s = setup(DovecotStyle::Bind, "exop", DirectoryHash::Sha512Crypt, "").await;
    let too_short = "Möwe frisst Krabbe";
    let too_long = "Der Leuchtturm blinkt über der stürmischen Nordsee";
    assert!(too_short.chars().count() < MIN_LENGTH && too_short.chars().count() >= 15);
    assert!(too_long.chars().count() > MAX_LENGTH);
    // slapd cannot judge what looks like a hash: pwdCheckQuality 2 refuses.
    let looks_hashed = "{SSHA}Wattwurm Kompass Ebbe Flut";
    for (new, code, words) in [
        (
            too_short,
            "directory_too_short",
            "kürzer, als Ihr Postfach-Anbieter erlaubt",
        ),
        (
            too_long,
            "directory_too_long",
            "länger, als Ihr Postfach-Anbieter erlaubt",
        ),
        (looks_hashed, "directory_quality", "Qualitätsregeln"),
    ] {
        let before = s.slapd.password_state(&s.alice);
        let page = api_change(&s.app, ALICE, OLD, new, "de").await;
        assert_eq!(page.status, 422, "{new}: {}", page.body);
        let json: serde_json::Value = serde_json::from_str(&page.body).unwrap();
        let violation = &json["error"]["violations"][0];
        assert_eq!(violation["code"], code, "{}", page.body);
        assert!(
            violation["message"].as_str().unwrap().contains(words),
            "{}",
            page.body
        );
        assert_eq!(
            s.slapd.password_state(&s.alice),
            before,
            "{new}: the entry changed"
        );
        assert!(s.dovecot.accepts(ALICE, OLD));
    }

    // Used before: to NEW, on to another, then back to NEW.
    let another = "Ebbe und Flut am Wattenmeer";
    assert_eq!(api_change(&s.app, ALICE, OLD, NEW, "en").await.status, 200);
    assert_eq!(
        api_change(&s.app, ALICE, NEW, another, "en").await.status,
        200
    );
    let before = s.slapd.password_state(&s.alice);
    let page = api_change(&s.app, ALICE, another, NEW, "en").await;
    assert_eq!(page.status, 422, "{}", page.body);
    assert!(page.body.contains("\"in_history\""), "{}", page.body);
    assert!(
        page.body.contains("You have used this password before"),
        "{}",
        page.body
    );
    assert_eq!(s.slapd.password_state(&s.alice), before);
    assert!(s.dovecot.accepts(ALICE, another));

    // Changed too recently: Carol's policy has a minimum age of a day.
    let carol = "carol@example.org";
    let carol_pw = "Carols Passwort von gestern";
    let carol_dn = s.slapd.add_mailbox("carol", carol, "set by the help desk");
    s.slapd.modify(&format!(
        "dn: {carol_dn}\nchangetype: modify\nadd: pwdPolicySubentry\npwdPolicySubentry: cn=young,ou=policies,dc=example,dc=org\n"
    ));
    s.slapd.set_password(&carol_dn, carol_pw);
    let before = s.slapd.password_state(&carol_dn);
    let page = api_change(&s.app, carol, carol_pw, NEW, "de").await;
    assert_eq!(page.status, 422, "{}", page.body);
    assert!(page.body.contains("\"too_young\""), "{}", page.body);
    assert!(
        page.body.contains("erst vor Kurzem geändert"),
        "{}",
        page.body
    );
    assert_eq!(s.slapd.password_state(&carol_dn), before);
}

#[tokio::test]
async fn the_website_shows_the_directory_refusal_at_the_field() {
    let s = setup(DovecotStyle::Lookup, "exop", DirectoryHash::Sha512Crypt, "").await;
    let before = s.slapd.password_state(&s.alice);
    assert_eq!(s.app.login(ALICE, OLD, "de").await.status, 303);
    let page = s
        .app
        .change("Möwe frisst Krabbe", "Möwe frisst Krabbe", "de")
        .await;
    assert_eq!(page.status, 422, "{}", page.body);
    assert!(
        page.body
            .contains("kürzer, als Ihr Postfach-Anbieter erlaubt"),
        "{}",
        page.body
    );
    assert!(page.body.contains("aria-invalid=\"true\""), "{}", page.body);
    assert_eq!(s.slapd.password_state(&s.alice), before);
    // The session still holds: the next try goes through.
    assert_eq!(s.app.change(NEW, NEW, "de").await.status, 200);
    assert!(s.dovecot.accepts(ALICE, NEW));
}

#[tokio::test]
async fn no_entry_or_two_entries_for_an_address_change_nothing() {
    let s = setup(DovecotStyle::Bind, "exop", DirectoryHash::Sha512Crypt, "").await;
    // No entry at all (first: the failures below earn this client
    // Dovecot's auth penalty): a failed login like a wrong password, no write.
    let page = api_change(&s.app, "nobody@example.org", OLD, NEW, "de").await;
    assert_eq!(page.status, 401, "{}", page.body);
    assert_eq!(s.slapd.passwords(&s.alice).len(), 1);
    assert!(s.dovecot.accepts(ALICE, OLD));
    // Two entries with Bob's address: neither Dovecot nor mailpasswd may
    // guess which one counts.
    let twin = s.slapd.add_mailbox("bob2", BOB, BOB_PW);
    let before = (
        s.slapd.password_state(&s.bob),
        s.slapd.password_state(&twin),
    );
    // Dovecot cannot log Bob in either (it answers with a temporary
    // failure for an ambiguous directory), so the right and a wrong
    // password get the same answer: nothing tells a stranger that the
    // address has entries at all.
    let mut answers = Vec::new();
    for password in [BOB_PW, "Falsch geratenes Passwort"] {
        let api = api_change(&s.app, BOB, password, NEW, "de").await;
        let page = s.app.another_browser().login(BOB, password, "de").await;
        assert!(!api.body.contains("not_in_store"), "{}", api.body);
        answers.push((api.status, api.body, page.status));
    }
    assert_eq!(answers[0], answers[1]);
    assert_eq!(
        (
            s.slapd.password_state(&s.bob),
            s.slapd.password_state(&twin)
        ),
        before
    );
}

#[tokio::test]
async fn the_directory_stopped_between_login_and_change_is_503_and_recovers() {
    let mut s = setup(DovecotStyle::Bind, "exop", DirectoryHash::Sha512Crypt, "").await;
    let before = s.slapd.password_state(&s.alice);
    assert_eq!(s.app.login(ALICE, OLD, "de").await.status, 303);
    s.slapd.halt();
    let page = s.app.change(NEW, NEW, "de").await;
    assert_eq!(page.status, 503, "{}", page.body);
    let ready = s.app.readyz_becomes(503).await;
    assert!(ready.body.contains("store"), "{}", ready.body);
    assert_eq!(s.app.get("/healthz", "de").await.status, 200);
    s.slapd.resume();
    assert_eq!(
        s.slapd.password_state(&s.alice),
        before,
        "written while down"
    );
    s.app.readyz_becomes(200).await;
    // Same session, no restart of the service.
    let page = s.app.change(NEW, NEW, "de").await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(s.dovecot.accepts(ALICE, NEW));
}

/// slapd stores what Dovecot's password lookups cannot verify (an
/// `olcPasswordHash` that does not fit the passdb): the confirming login
/// fails and the service account writes the previous value back, exactly.
#[tokio::test]
async fn a_change_dovecot_cannot_confirm_is_written_back() {
    let s = setup(DovecotStyle::Lookup, "exop", DirectoryHash::Cleartext, "").await;
    let before = s.slapd.passwords(&s.alice);
    assert_eq!(s.app.login(ALICE, OLD, "de").await.status, 303);
    let page = s.app.change(NEW, NEW, "de").await;
    assert_eq!(page.status, 503, "{}", page.body);
    assert!(page.body.contains("weiterhin"), "{}", page.body);
    assert_eq!(s.slapd.passwords(&s.alice), before, "not restored");
    assert!(s.dovecot.accepts(ALICE, OLD));
    assert!(!s.dovecot.accepts(ALICE, NEW));
}

/// In replace mode the service account needs `manage`: with `write`,
/// ppolicy takes its replace for the user's own change and wants the old
/// password. That is the operator's ACL, not the provider's policy: the
/// employee reads that the password cannot be saved, readyz names
/// `manage` (issue 27).
#[tokio::test]
async fn a_service_account_without_manage_is_named_as_the_operators_problem() {
    let slapd = Slapd::start_with(DirectoryHash::Sha512Crypt, "write");
    let alice = slapd.add_mailbox("alice", ALICE, OLD);
    let dovecot = Dovecot::start_own("", &dovecot_passdb(&slapd, DovecotStyle::Bind));
    let app = spawn(&dovecot, &slapd.store_toml("replace"), SHA512_CRYPT).await;
    let before = slapd.passwords(&alice);
    let page = api_change(&app, ALICE, OLD, NEW, "de").await;
    assert_eq!(page.status, 503, "{}", page.body);
    assert!(page.body.contains("not_saved"), "{}", page.body);
    assert_eq!(slapd.passwords(&alice), before);
    let ready = app.get("/readyz", "de").await;
    assert_eq!(ready.status, 503, "{}", ready.body);
    assert!(ready.body.contains("manage"), "{}", ready.body);
    assert!(dovecot.accepts(ALICE, OLD));
}

/// `{ARGON2}` in replace mode: fine where the directory checks (bind);
/// where Dovecot reads the hash itself, 2.4 verifies it and 2.3 does not
/// (its schemes are ARGON2I and ARGON2ID only), so there it is undone.
#[tokio::test]
async fn argon2_works_only_where_the_directory_checks_the_password() {
    let argon2 = "[hash]\nscheme = \"ARGON2ID\"\n";
    let s = setup(
        DovecotStyle::Bind,
        "replace",
        DirectoryHash::Sha512Crypt,
        argon2,
    )
    .await;
    assert_eq!(api_change(&s.app, ALICE, OLD, NEW, "de").await.status, 200);
    let stored = s.slapd.passwords(&s.alice);
    assert!(stored[0].starts_with("{ARGON2}$argon2id$"), "{stored:?}");
    assert!(s.dovecot.accepts(ALICE, NEW));

    let s = setup(
        DovecotStyle::Lookup,
        "replace",
        DirectoryHash::Sha512Crypt,
        argon2,
    )
    .await;
    let before = s.slapd.passwords(&s.alice);
    let page = api_change(&s.app, ALICE, OLD, NEW, "de").await;
    if crate::support::dovecot::is_24() {
        assert_eq!(page.status, 200, "{}", page.body);
        assert!(s.dovecot.accepts(ALICE, NEW));
        return;
    }
    assert_eq!(page.status, 503, "{}", page.body);
    assert!(page.body.contains("not_confirmed"), "{}", page.body);
    assert_eq!(s.slapd.passwords(&s.alice), before);
    assert!(s.dovecot.accepts(ALICE, OLD));
}

/// A change by someone else (here the administrator) after the login: the
/// session's change writes nothing over it.
#[tokio::test]
async fn a_change_after_the_login_is_not_overwritten() {
    for mode in ["exop", "replace"] {
        let s = setup(
            DovecotStyle::Bind,
            mode,
            DirectoryHash::Sha512Crypt,
            SHA512_CRYPT,
        )
        .await;
        assert_eq!(s.app.login(ALICE, OLD, "de").await.status, 303);
        let admin_pw = "Vom Administrator gesetzt 2026";
        s.slapd.set_password(&s.alice, admin_pw);
        let before = s.slapd.password_state(&s.alice);
        let page = s.app.change(NEW, NEW, "de").await;
        assert_eq!(page.status, 409, "{mode}: {}", page.body);
        assert_eq!(s.slapd.password_state(&s.alice), before, "{mode}");
        assert!(s.dovecot.accepts(ALICE, admin_pw));
    }
}

/// Over StartTLS, trusting the test CA through `ca_file`: a whole change,
/// and `check-config` refusing the directory under another CA.
#[tokio::test]
async fn starttls_with_the_operators_ca() {
    let slapd = Slapd::start();
    slapd.add_mailbox("alice", ALICE, OLD);
    let dovecot = Dovecot::start_own("", &dovecot_passdb(&slapd, DovecotStyle::Bind));
    let tls_store = |ca: &std::path::Path| {
        slapd
            .store_toml("exop")
            .replace("ldap://127.0.0.1", "ldap://localhost")
            + &format!("starttls = true\nca_file = \"{}\"\n", ca.display())
    };
    let app = spawn(&dovecot, &tls_store(&slapd.certs.ca_pem), "").await;
    assert_eq!(api_change(&app, ALICE, OLD, NEW, "de").await.status, 200);
    assert!(dovecot.accepts(ALICE, NEW));

    let other_dir = dovecot.dir.path().join("other-ca");
    std::fs::create_dir(&other_dir).unwrap();
    let other = crate::support::certs::make(&other_dir);
    let out = check_config(&dovecot, &tls_store(&other.ca_pem));
    assert!(
        !out.0,
        "check-config trusted a directory signed by another CA"
    );
    assert!(out.1.to_lowercase().contains("certificate"), "{}", out.1);
    let out = check_config(&dovecot, &tls_store(&slapd.certs.ca_pem));
    assert!(out.0, "{}", out.1);
}

/// `check-config` binds, looks for an address no entry has, and tries
/// write access without writing.
#[tokio::test]
async fn check_config_names_what_the_service_account_lacks() {
    let slapd = Slapd::start();
    let alice = slapd.add_mailbox("alice", ALICE, OLD);
    let dovecot = Dovecot::start_own("", &dovecot_passdb(&slapd, DovecotStyle::Bind));
    let store = slapd.store_toml("exop");
    let before = slapd.password_state(&alice);

    let (ok, out) = check_config(&dovecot, &store);
    assert!(ok, "{out}");
    assert!(
        out.contains("credential store is readable and writable"),
        "{out}"
    );

    let reader = store
        .replace(SERVICE_DN, READER_DN)
        .replace(SERVICE_PW, READER_PW);
    let (ok, out) = check_config(&dovecot, &reader);
    assert!(!ok);
    assert!(
        out.contains(&format!("{READER_DN} may not write userPassword")),
        "{out}"
    );

    let wrong = store.replace(SERVICE_PW, "not-the-password");
    let (ok, out) = check_config(&dovecot, &wrong);
    assert!(!ok);
    assert!(out.contains("cannot bind"), "{out}");
    assert!(
        !out.contains("not-the-password"),
        "the password is printed: {out}"
    );

    let wide = store.replace(
        "(&(objectClass=inetOrgPerson)(mail=:email))",
        "(|(mail=:email)(objectClass=inetOrgPerson))",
    );
    let (ok, out) = check_config(&dovecot, &wide);
    assert!(!ok);
    assert!(out.contains("too wide"), "{out}");

    let plain = store.replace("ldap://127.0.0.1", "ldap://ldap.example.org");
    let (ok, out) = check_config(&dovecot, &plain);
    assert!(!ok);
    assert!(out.contains("plain ldap:// only to loopback"), "{out}");

    assert_eq!(slapd.password_state(&alice), before, "check-config wrote");
    assert!(PEOPLE.starts_with("ou=mail"));
}

/// `check-config` with `store` as the `[store]` section: success, and
/// everything it printed.
fn check_config(dovecot: &Dovecot, store: &str) -> (bool, String) {
    let config = dovecot.dir.path().join("check.toml");
    let toml = settings_with_store(dovecot, free_port(), store, &command_flush(dovecot));
    std::fs::write(&config, toml).unwrap();
    let out = run_cli(&["check-config", "--config", config.to_str().unwrap()], b"");
    (
        out.status.success(),
        format!("{}{}", text(&out.stdout), text(&out.stderr)),
    )
}

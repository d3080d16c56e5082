//! The flow's outcomes, with fakes of our own traits: what is stored
//! afterwards, what the person is told, and the audit line.

use std::sync::Arc;
use std::time::Duration;

use super::fakes::{
    start_of_test_time, AuditLines, BrokenFlusher, EndedSessions, FakeAuthenticator, FakeStore,
    WriteFault,
};
use super::*;
use crate::audit::Audit;
use crate::clock::ManualClock;
use crate::domain::{EmailAddress, MailDomains, Password, PasswordHash};
use crate::hash::{HashScheme, HashSettings, Hasher};
use crate::i18n::Lang;
use crate::policy::PasswordPolicy;

const OLD: &str = "Alter Kranich am Holunderbusch";
const NEW: &str = "Kranich-Holunder-Sternwarte";

struct Setup {
    store: Arc<FakeStore>,
    sessions: Arc<EndedSessions>,
    audit: AuditLines,
    service: ChangeService,
    mailbox: EmailAddress,
}

fn hasher() -> Hasher {
    Hasher::new(
        HashSettings {
            scheme: HashScheme::Sha512Crypt,
            ..HashSettings::default()
        }
        .check()
        .unwrap(),
    )
}

fn hash_of(password: &str) -> PasswordHash {
    hasher()
        .config()
        .hash_blocking(&Password::parse(password.to_owned()).unwrap())
        .unwrap()
}

fn setup(refuse_confirm: bool, flush_breaks: bool) -> Setup {
    let mailbox = EmailAddress::parse(
        "alice@example.org",
        &MailDomains::new(["example.org"]).unwrap(),
    )
    .unwrap();
    let store = Arc::new(FakeStore::with(&mailbox, hash_of(OLD)));
    let authenticator = Arc::new(FakeAuthenticator {
        store: Arc::clone(&store),
        refuse_confirm,
    });
    let sessions = Arc::new(EndedSessions::default());
    let audit = AuditLines::default();
    let clock = Arc::new(ManualClock::new(start_of_test_time()));
    let flusher: Option<Arc<dyn crate::auth_cache::AuthCacheFlusher>> = match flush_breaks {
        true => Some(Arc::new(BrokenFlusher)),
        false => None,
    };
    let service = ChangeService::new(
        authenticator,
        Arc::clone(&store) as Arc<dyn crate::store::CredentialStore>,
        hasher(),
        PasswordPolicy::new(15, 128, None),
        ConfirmPolicy {
            enabled: true,
            timeout: Duration::from_millis(50),
            retry_interval: Duration::from_millis(10),
        },
    )
    .with_cache_flush(flusher)
    .with_shared_state(
        Arc::new(LocalLocks::new(clock.clone())),
        Arc::clone(&sessions) as Arc<dyn WebSessions>,
        Arc::new(super::fakes::Examples::default()),
    )
    .with_audit(Arc::new(Audit::to_writer(Box::new(audit.clone()))))
    .with_clock(clock);
    Setup {
        store,
        sessions,
        audit,
        service,
        mailbox,
    }
}

fn origin() -> Origin {
    Origin {
        via: Via::Cli,
        client_ip: None,
        request_id: "test".to_owned(),
        lang: Lang::En,
        by: None,
        also_notify: None,
    }
}

impl Setup {
    async fn change(&self, new: &str) -> Result<Changed, ChangeFailure> {
        self.service
            .change(
                Authority::Operator {
                    mailbox: &self.mailbox,
                    enforce_policy: true,
                },
                &Password::parse(new.to_owned()).unwrap(),
                &origin(),
            )
            .await
    }

    fn stored_password_is(&self, password: &str) -> bool {
        let hash = self.store.get(&self.mailbox).unwrap();
        crate::hash::verify_blocking(&Password::parse(password.to_owned()).unwrap(), &hash).unwrap()
    }

    /// The audit line of the change: its event and outcome.
    fn audited(&self) -> (String, String, String) {
        let lines = self.audit.lines();
        let line = lines.last().expect("an audit line");
        (
            line["event"].as_str().unwrap_or_default().to_owned(),
            line["outcome"].as_str().unwrap_or_default().to_owned(),
            line["via"].as_str().unwrap_or_default().to_owned(),
        )
    }

    fn sessions_ended(&self) -> usize {
        self.sessions.0.lock().unwrap().len()
    }
}

#[tokio::test]
async fn a_confirmed_change_is_stored_audited_and_ends_the_sessions() {
    let s = setup(false, false);
    let changed = s.change(NEW).await.unwrap();
    assert!(changed.confirmed);
    assert!(s.stored_password_is(NEW));
    assert_eq!(
        s.audited(),
        ("change".into(), "changed".into(), "cli".into())
    );
    assert_eq!(s.sessions_ended(), 1);
}

#[tokio::test]
async fn a_refused_confirmation_restores_the_old_password() {
    let s = setup(true, false);
    let failure = s.change(NEW).await.unwrap_err();
    assert_eq!(failure.told, Told::NothingChanged(Why::NotConfirmed));
    assert!(s.stored_password_is(OLD));
    assert_eq!(s.audited().1, "rolled_back");
    assert_eq!(s.sessions_ended(), 0);
}

#[tokio::test]
async fn a_third_value_found_at_the_restore_stands_and_is_named() {
    let s = setup(true, false);
    s.store.fail_next(WriteFault::OverwrittenBy(hash_of(
        "Ein dritter Wert von jemand anderem",
    )));
    let failure = s.change(NEW).await.unwrap_err();
    assert_eq!(failure.told, Told::NothingChanged(Why::Superseded));
    assert!(s.stored_password_is("Ein dritter Wert von jemand anderem"));
    assert_eq!(s.audited().1, "superseded");
    assert_eq!(s.sessions_ended(), 1, "the old password's sessions end");
}

/// An older copy put back over ours is not someone else's change: the old
/// password stands, and trying again is the right advice (not a 409).
#[tokio::test]
async fn the_old_value_found_at_the_restore_says_try_again() {
    let s = setup(false, false);
    s.store.fail_next(WriteFault::RevertedByOldCopy);
    let failure = s.change(NEW).await.unwrap_err();
    assert_eq!(failure.told, Told::NothingChanged(Why::NotSaved));
    assert!(s.stored_password_is(OLD));
    assert_eq!(s.audited().1, "not_saved");
    assert_eq!(s.sessions_ended(), 0, "the login still holds");
}

#[tokio::test]
async fn a_failed_flush_restores_the_old_password() {
    let s = setup(false, true);
    let failure = s.change(NEW).await.unwrap_err();
    assert_eq!(failure.told, Told::NothingChanged(Why::NotConfirmed));
    assert!(s.stored_password_is(OLD));
}

#[tokio::test]
async fn a_write_error_changes_nothing() {
    let s = setup(false, false);
    s.store.fail_next(WriteFault::Fail);
    let failure = s.change(NEW).await.unwrap_err();
    assert_eq!(failure.told, Told::NothingChanged(Why::NotSaved));
    assert!(s.stored_password_is(OLD));
    assert_eq!(s.audited().1, "not_saved");
}

#[tokio::test]
async fn an_unknown_outcome_is_never_told_as_nothing_changed() {
    let s = setup(false, false);
    s.store.fail_next(WriteFault::Unknown);
    assert_eq!(s.change(NEW).await.unwrap_err().told, Told::Unknown);
    assert_eq!(s.audited().1, "uncertain");

    let s = setup(true, false);
    s.store.fail_next(WriteFault::RestoreFails);
    let failure = s.change(NEW).await.unwrap_err();
    assert_eq!(failure.told, Told::Unknown);
    assert!(matches!(failure.error, ChangeError::RestoreFailed { .. }));
}

#[tokio::test(start_paused = true)]
async fn a_busy_lock_changes_nothing() {
    let s = setup(false, false);
    let held = s
        .service
        .locks
        .lock_mailbox(&s.mailbox, Duration::from_secs(600))
        .await
        .unwrap();
    assert!(held.is_some());
    let failure = s.change(NEW).await.unwrap_err();
    assert_eq!(failure.told, Told::NothingChanged(Why::Busy));
    assert!(s.stored_password_is(OLD));
    assert_eq!(*s.store.writes.lock().unwrap(), 0);
}

#[tokio::test]
async fn the_policy_refuses_before_anything_is_written() {
    let s = setup(false, false);
    let failure = s.change("kurz").await.unwrap_err();
    assert!(matches!(failure.told, Told::Refused(ref v) if !v.is_empty()));
    assert_eq!(*s.store.writes.lock().unwrap(), 0);
    assert_eq!(s.audited().1, "policy");
}

#[tokio::test]
async fn an_example_shown_for_the_mailbox_is_refused_in_any_spelling() {
    let s = setup(false, false);
    let example = s
        .service
        .show_example(&s.mailbox, crate::policy::suggest::Words::German)
        .await;
    let variant = example.to_uppercase().replace(' ', "-");
    let failure = s.change(&variant).await.unwrap_err();
    assert!(
        matches!(failure.told, Told::Refused(ref v) if v.contains(&crate::policy::Violation::ShownExample)),
        "{:?}",
        failure.told
    );
    assert_eq!(*s.store.writes.lock().unwrap(), 0);
}

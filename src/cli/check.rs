//! `check-config`: the configuration, then every part it reaches, each
//! on its own so that one run names every problem.

use std::path::PathBuf;

use super::common::{config_path, runtime, Failure, EX_UNAVAILABLE};
use crate::settings::Settings;

pub(super) fn check_config(config: Option<PathBuf>) -> Result<(), Failure> {
    let path = config_path(config);
    let settings = Settings::load(&path)?;
    println!("ok: {} parses", path.display());
    let rt = runtime()?;
    // Each part on its own, so that one run names every problem.
    rt.block_on(async {
        let mut problems = Vec::new();
        probe_policy(&settings, &mut problems).await;
        probe_shared_state(&settings, &mut problems).await;
        if let Err(e) = crate::startup::notifier(&settings) {
            problems.push(e.to_string());
        }
        probe_store(&settings, &mut problems).await;
        for warning in settings.warnings() {
            println!("note: {warning}");
        }
        probe_admin_tokens(&settings, &mut problems);
        probe_doveadm(&settings, &mut problems).await;
        probe_imap(&settings, &mut problems).await;
        match problems.len() {
            0 => Ok(()),
            1 => Err(Failure::new(EX_UNAVAILABLE, problems.remove(0))),
            n => Err(Failure::new(
                EX_UNAVAILABLE,
                format!("{n} problems: {}", problems.join("; ")),
            )),
        }
    })
}

/// The store readable and writable, as a change will use it.
async fn probe_store(settings: &Settings, problems: &mut Vec<String>) {
    let store = settings
        .mail
        .check()
        .and_then(|domains| Ok((settings.store.check()?, domains)))
        .map_err(|found| crate::store::StoreError::Config(found.join("; ")))
        .and_then(|(config, domains)| crate::store::from_config(config, &domains));
    match &store {
        Ok(store) => match store.probe().await {
            Ok(()) => println!("ok: credential store is readable and writable"),
            Err(e) => problems.push(format!("credential store: {e}")),
        },
        Err(e) => problems.push(format!("credential store: {e}")),
    }
}

/// The admin API's tokens file, when configured.
fn probe_admin_tokens(settings: &Settings, problems: &mut Vec<String>) {
    if let (Some(path), Ok(domains)) = (&settings.admin.tokens_file, settings.mail.check()) {
        match crate::admin::AdminTokens::new(path, &domains).problem() {
            None => println!(
                "ok: admin tokens in {} are readable and valid",
                path.display()
            ),
            Some(problem) => problems.push(problem),
        }
    }
}

/// The auth-cache flush and the end of mail sessions, when configured.
async fn probe_doveadm(settings: &Settings, problems: &mut Vec<String>) {
    let setup = |found: Vec<String>| crate::auth_cache::FlushError::Setup(found.join("; "));
    let flusher = settings
        .auth_cache
        .check()
        .map_err(setup)
        .and_then(crate::auth_cache::from_config);
    match flusher {
        Ok(Some(flusher)) => match flusher.probe().await {
            Ok(()) => match flusher.describe().await {
                Some(what) => println!("ok: Dovecot's auth cache can be flushed ({what})"),
                None => println!("ok: Dovecot's auth cache can be flushed"),
            },
            Err(e) => problems.push(format!("auth_cache: {e}")),
        },
        Ok(None) => {}
        Err(e) => problems.push(format!("auth_cache: {e}")),
    }
    let kicker = settings
        .mail_sessions
        .check()
        .map_err(setup)
        .and_then(crate::auth_cache::kicker_from_config);
    match kicker {
        Ok(Some(kicker)) => match kicker.probe().await {
            Ok(()) => println!("ok: open mail sessions can be ended (doveadm kick)"),
            Err(e) => problems.push(format!("mail_sessions: {e}")),
        },
        Ok(None) => {}
        Err(e) => problems.push(format!("mail_sessions: {e}")),
    }
}

/// The IMAP server answering, when it checks the passwords.
async fn probe_imap(settings: &Settings, problems: &mut Vec<String>) {
    if settings.auth.method != crate::auth::AuthMethod::Imap {
        return;
    }
    let probe = settings.mail.check().map(|d| d.probe_address().to_string());
    match crate::auth::ImapAuthenticator::from_settings(
        &settings.auth.imap,
        probe
            .as_deref()
            .unwrap_or("mailpasswd-readiness-probe@invalid"),
    ) {
        Ok(imap) => match crate::auth::Authenticator::probe(&imap).await {
            Ok(()) => println!("ok: {} answers", auth_name(settings)),
            Err(e) => problems.push(e.to_string()),
        },
        Err(e) => problems.push(e.to_string()),
    }
}

/// The operator's password list readable, the breached-password source
/// answering.
async fn probe_policy(settings: &Settings, problems: &mut Vec<String>) {
    match crate::policy::PasswordPolicy::from_settings(&settings.policy, None, None) {
        Err(e) => problems.push(e.to_string()),
        Ok(policy) => {
            if let Some(breached) = policy.breached() {
                match breached.probe().await {
                    Ok(what) => println!("ok: breached passwords: {what}"),
                    Err(e) => problems.push(e.to_string()),
                }
            }
        }
    }
}

/// Redis answering and taking writes, when the replicas share it.
async fn probe_shared_state(settings: &Settings, problems: &mut Vec<String>) {
    use crate::state::StateStore;
    let (Ok(Some(redis)), Ok(domains)) = (settings.state.check(), settings.mail.check()) else {
        return;
    };
    let clock: std::sync::Arc<dyn crate::clock::Clock> =
        std::sync::Arc::new(crate::clock::SystemClock);
    let Some(secret) = settings.server.secret_key() else {
        return;
    };
    match crate::startup::redis_state(&redis, &clock, &domains, secret) {
        Ok(state) => match state.ready().await {
            Ok(()) => println!("ok: shared state (Redis) answers and takes writes"),
            Err(e) => problems.push(format!("shared state: {e}")),
        },
        Err(e) => problems.push(format!("shared state: {e}")),
    }
}

fn auth_name(settings: &Settings) -> String {
    match settings.auth.method {
        crate::auth::AuthMethod::Imap => format!(
            "IMAP server {}:{}",
            settings.auth.imap.host.as_deref().unwrap_or("?"),
            settings.auth.imap.effective_port()
        ),
        crate::auth::AuthMethod::Store => "store authenticator".to_owned(),
    }
}

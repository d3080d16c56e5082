//! The password commands: `hash`, `set-password`, `check-password`.

use std::path::PathBuf;

use super::common::{
    config_path, read_password, runtime, Failure, SchemeArg, EX_CONFIG, EX_DATAERR, EX_SOFTWARE,
    EX_TEMPFAIL, EX_UNAVAILABLE,
};
use crate::change::{Authority, ChangeFailure, Origin, Told, Why};
use crate::domain::EmailAddress;
use crate::hash::HashSettings;
use crate::settings::Settings;
use crate::startup::build_core;

pub(super) fn hash(scheme: Option<SchemeArg>, config: Option<PathBuf>) -> Result<(), Failure> {
    let mut settings = match config {
        Some(path) => Settings::load(&path)?.hash,
        None => HashSettings::default(),
    };
    if let Some(scheme) = scheme {
        settings.scheme = scheme.into();
    }
    let config = settings
        .check()
        .map_err(|problems| Failure::new(EX_CONFIG, problems.join("; ")))?;
    let password = read_password()?;
    if let Some(max) = config.max_password_bytes() {
        if password.expose().len() > max {
            return Err(Failure::new(
                EX_DATAERR,
                format!("BLF-CRYPT uses only the first {max} bytes; choose a shorter password or another scheme"),
            ));
        }
    }
    let hashed = config
        .hash_blocking(&password)
        .map_err(|e| Failure::new(EX_SOFTWARE, e.to_string()))?;
    println!("{}", hashed.as_str());
    Ok(())
}

pub(super) fn set_password(
    config: Option<PathBuf>,
    force: bool,
    email: &str,
) -> Result<(), Failure> {
    let settings = Settings::load(&config_path(config))?;
    let rt = runtime()?;
    rt.block_on(async {
        let core = build_core(&settings)?;
        let mailbox = EmailAddress::parse(email, &core.domains)
            .map_err(|e| Failure::new(EX_DATAERR, format!("{email:?}: {e}")))?;
        let password = read_password()?;
        let origin = Origin::cli();
        let authority = Authority::Operator {
            mailbox: &mailbox,
            enforce_policy: !force,
        };
        match core.changes.change(authority, &password, &origin).await {
            Ok(changed) => {
                if changed.confirmed {
                    println!("The password of {mailbox} was changed; the mail server accepts it now.");
                } else {
                    println!("The password of {mailbox} was written (not confirmed by a login: auth.confirm = false).");
                }
                // The process ends here: the mail goes out first.
                if let Some(mail) = changed.notification {
                    if !mail.await.unwrap_or(false) {
                        eprintln!("mailpasswd: the notification mail could not be sent (see the log)");
                    }
                }
                Ok(())
            }
            Err(failure) => Err(change_failure(&failure)),
        }
    })
}

/// The person's words for a change that did not happen, in English, with
/// the cause, and the exit code that tells a script what kind it was.
fn change_failure(failure: &ChangeFailure) -> Failure {
    let words = crate::web::Failure::from_told(failure.told.clone()).message(crate::i18n::Lang::En);
    let (code, message) = match &failure.told {
        Told::Refused(violations) => (
            EX_DATAERR,
            format!(
                "password refused, nothing changed: {} (use --force to skip the policy)",
                violations
                    .iter()
                    .map(|v| crate::i18n::violation(crate::i18n::Lang::En, v))
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
        ),
        Told::Unknown => (
            EX_SOFTWARE,
            format!("OUTCOME UNKNOWN: {words} ({})", failure.error),
        ),
        Told::NothingChanged(why) => {
            let code = match why {
                Why::NotInStore => EX_DATAERR,
                Why::Internal => EX_SOFTWARE,
                Why::Unavailable => EX_UNAVAILABLE,
                Why::NotSaved => EX_TEMPFAIL,
                _ => EX_TEMPFAIL,
            };
            (
                code,
                format!("nothing changed: {words} ({})", failure.error),
            )
        }
    };
    Failure::new(code, message)
}

pub(super) fn check_password(
    config: Option<PathBuf>,
    email: Option<&str>,
    explain: bool,
) -> Result<(), Failure> {
    let settings = Settings::load(&config_path(config))?;
    let domains = settings
        .mail
        .check()
        .map_err(|problems| Failure::new(EX_CONFIG, problems.join("; ")))?;
    let mailbox = email
        .map(|e| {
            EmailAddress::parse(e, &domains)
                .map_err(|err| Failure::new(EX_DATAERR, format!("{e:?}: {err}")))
        })
        .transpose()?;
    let max_bytes = settings
        .hash
        .check()
        .map_err(|problems| Failure::new(EX_CONFIG, problems.join("; ")))?
        .max_password_bytes();
    let policy = crate::policy::PasswordPolicy::from_settings(
        &settings.policy,
        max_bytes,
        settings.ui.provider_name.as_deref(),
    )
    .map_err(|e| Failure::new(EX_CONFIG, e.to_string()))?;
    let password = read_password()?;
    if explain {
        print!("{}", policy.explain(&password, mailbox.as_ref()));
    }
    let violations = runtime()?
        .block_on(std::sync::Arc::new(policy).evaluate(&password, None, mailbox.as_ref()))
        .map_err(|e| Failure::new(EX_UNAVAILABLE, e.to_string()))?;
    if violations.is_empty() {
        println!("ok");
        return Ok(());
    }
    for violation in &violations {
        println!(
            "{}: {}",
            violation.code(),
            crate::i18n::violation(crate::i18n::Lang::En, violation)
        );
    }
    Err(Failure::new(
        EX_DATAERR,
        format!("the password breaks {} rule(s)", violations.len()),
    ))
}

//! The customer menu on the host: `admin-token`, `reset-link`.

use std::path::PathBuf;

use super::common::{
    config_path, runtime, AllowArg, Failure, EX_CONFIG, EX_DATAERR, EX_UNAVAILABLE,
};
use crate::domain::EmailAddress;
use crate::settings::Settings;
use crate::startup::build_core;

pub(super) fn admin_token(
    name: &str,
    domains: &[String],
    allow: &[AllowArg],
) -> Result<(), Failure> {
    if name.trim().is_empty() || name.contains(['\n', '"']) {
        return Err(Failure::new(EX_DATAERR, "--name must be a plain name"));
    }
    let mut checked = Vec::new();
    for domain in domains {
        let domain = domain.trim().to_ascii_lowercase();
        let plain = !domain.is_empty()
            && domain.contains('.')
            && domain
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
        if !plain {
            return Err(Failure::new(
                EX_DATAERR,
                format!("{domain:?} is not a domain"),
            ));
        }
        checked.push(domain);
    }
    let actions: Vec<crate::admin::Action> = if allow.is_empty() {
        crate::admin::Action::ALL.to_vec()
    } else {
        allow.iter().map(|a| (*a).into()).collect()
    };
    let (token, block) = crate::admin::new_token(name.trim(), &checked, &actions);
    println!("The token (shown only now; give it to the control panel):\n\n  {token}\n");
    println!("Add this to admin.tokens_file (it is re-read at once):\n\n{block}");
    Ok(())
}

pub(super) fn reset_link(config: Option<PathBuf>, hours: u32, email: &str) -> Result<(), Failure> {
    if !(1..=crate::token::MAX_LINK_HOURS).contains(&hours) {
        return Err(Failure::new(EX_DATAERR, "--hours must be between 1 and 72"));
    }
    let settings = Settings::load(&config_path(config))?;
    if settings.server.secret.is_none() {
        return Err(Failure::new(
            EX_CONFIG,
            "server.secret (or server.secret_file) must be set: the link is signed with it, and the service must know the same secret",
        ));
    }
    let rt = runtime()?;
    rt.block_on(async {
        let core = build_core(&settings)?;
        let mailbox = EmailAddress::parse(email, &core.domains)
            .map_err(|e| Failure::new(EX_DATAERR, format!("{email:?}: {e}")))?;
        let stored = core.changes.store().lookup(&mailbox).await.map_err(|e| {
            let code = match e {
                crate::store::StoreError::UnknownUser(_) => EX_DATAERR,
                _ => EX_UNAVAILABLE,
            };
            Failure::new(code, e.to_string())
        })?;
        let signer = crate::token::Signer::new(core.secret);
        let expires =
            std::time::SystemTime::now() + std::time::Duration::from_secs(u64::from(hours) * 3600);
        let token = signer.issue_reset(&crate::token::ResetClaim {
            mailbox: mailbox.as_str().to_owned(),
            expires: expires
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default()
                .as_secs(),
            fingerprint: signer.fingerprint(stored.as_str()),
            recovery: false,
        });
        let base = settings.server.public_url();
        println!("{}/reset/{token}", base.as_str().trim_end_matches('/'));
        let at = jiff::Timestamp::try_from(expires)
            .map(|t| t.to_string())
            .unwrap_or_default();
        eprintln!("valid until {at}, once; any change of the password ends it");
        Ok(())
    })
}

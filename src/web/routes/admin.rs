//! The admin API for the customer's control panel: set a mailbox's
//! password, issue a reset link, end its sessions. A token names its
//! customer's domains and the actions it may take; a change takes the one
//! change flow, with the policy (less the rules that need the current
//! password), the confirmation and the rollback of every change.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use actix_web::http::header;
use actix_web::web::{Data, Json, Path};
use actix_web::{HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};

use crate::admin::{Action, Grant};
use crate::audit::{Admin, Event};
use crate::change::{Authority, Origin, Via};
use crate::domain::{AddressError, EmailAddress, Password};
use crate::policy::suggest::{self, Words};
use crate::store::StoreError;
use crate::token::ResetClaim;
use crate::web::errors::Failure;
use crate::web::respond::json_failure;
use crate::web::AppState;

/// `PUT …/password`: a new password, or one to generate.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SetPasswordRequest {
    /// The new password (the policy applies).
    pub new_password: Option<String>,
    /// Generate one: five words of a built-in German list joined by `-`.
    #[serde(default)]
    pub generate: bool,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Changed {
    /// Always `changed`.
    pub status: &'static str,
    /// The generated password, when one was asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}

/// `POST …/reset-link`.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResetLinkRequest {
    /// How long the link works, 1 to 72 hours (default 24).
    #[serde(default = "default_hours")]
    pub valid_hours: u32,
}

fn default_hours() -> u32 {
    24
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ResetLink {
    pub url: String,
    /// RFC 3339.
    pub expires_at: String,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Ended {
    /// Always `ended`.
    pub status: &'static str,
}

/// Who may do what to which mailbox: the token (401), the address (400),
/// the token's scope (403), its rate (429), the mailbox in the store
/// (404). Each refusal is audited with the token's name where known.
async fn admitted(
    req: &HttpRequest,
    state: &AppState,
    email: &str,
    action: Action,
) -> Result<(EmailAddress, Origin), Failure> {
    let Some(tokens) = &state.admin else {
        return Err(Failure::NotFound);
    };
    let lang = state.lang(req);
    let mut origin = state.origin(req, Via::Admin, lang);
    let logged = state.logged_address(email);
    let refused = |origin: &Origin, failure: Failure| {
        let code = failure.code();
        state.audit.record(
            Event::Admin(Admin::Refused(code)),
            crate::audit::Subject {
                action: Some(action.name()),
                ..origin.subject(&logged)
            },
        );
        failure
    };
    // Where the operator named the panel's networks, nobody else may even
    // try a token (whatever a proxy in front lets through).
    if !state.admin_from.is_empty() && !state.peers.comes_from(req, &state.admin_from) {
        return Err(refused(&origin, Failure::Forbidden));
    }
    let bearer = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            // The scheme is case-insensitive (RFC 9110).
            let (scheme, token) = v.split_once(' ')?;
            scheme.eq_ignore_ascii_case("bearer").then_some(token)
        })
        .map(str::trim);
    let Some(grant) = tokens.identify(bearer) else {
        return Err(refused(&origin, Failure::Unauthorized));
    };
    origin.by = Some(grant.name.clone());
    let mailbox = match EmailAddress::parse(email, &state.domains) {
        Ok(mailbox) => mailbox,
        Err(AddressError::DomainNotServed(_)) => return Err(refused(&origin, Failure::Forbidden)),
        Err(e) => return Err(refused(&origin, Failure::InvalidAddress(e))),
    };
    if !grant.permits(&mailbox, action) {
        return Err(refused(&origin, Failure::Forbidden));
    }
    rate(state, &grant).await.map_err(|f| refused(&origin, f))?;
    // A panel deactivates a leaver's mailbox first and then ends its
    // sessions: that must work without an entry in the store.
    if action == Action::EndSessions {
        return Ok((mailbox, origin));
    }
    match state.changes.store().lookup(&mailbox).await {
        Ok(_) => Ok((mailbox, origin)),
        Err(StoreError::UnknownUser(_)) => Err(refused(&origin, Failure::NoSuchMailbox)),
        Err(e) => {
            tracing::error!(error = %e, "the credential store cannot be read");
            Err(Failure::Unavailable)
        }
    }
}

/// Each token's own quota.
async fn rate(state: &AppState, grant: &Grant) -> Result<(), Failure> {
    match state
        .shared
        .take(
            &format!("admin:{}", grant.name),
            state.admin_per_minute,
            Duration::from_secs(60),
        )
        .await
    {
        Ok(Ok(())) => Ok(()),
        Ok(Err(wait)) => Err(Failure::RateLimited(wait)),
        Err(e) => Err(Failure::from_state(e)),
    }
}

/// Set a mailbox's password (or a generated one).
#[utoipa::path(
    put,
    path = "/api/v1/admin/mailboxes/{email}/password",
    params(("email" = String, Path, description = "The mailbox")),
    request_body = SetPasswordRequest,
    responses(
        (status = 200, description = "Changed and in force", body = Changed),
        (status = 401, description = "No token, or an unknown one"),
        (status = 403, description = "Outside the token's domains or rights; nothing changed"),
        (status = 404, description = "No such mailbox"),
        (status = 422, description = "The password breaks the policy; nothing changed"),
        (status = 429, description = "The token's rate limit"),
        (status = 503, description = "Nothing changed (the mail server or the store is unavailable)"),
    ),
    security(("token" = [])),
    tag = "admin"
)]
pub(super) async fn set_password(
    req: HttpRequest,
    state: Data<AppState>,
    email: Path<String>,
    body: Json<SetPasswordRequest>,
) -> HttpResponse {
    let lang = state.lang(&req);
    let SetPasswordRequest {
        new_password,
        generate,
    } = body.into_inner();
    let task = actix_web::rt::spawn(crate::request_deadline::carry({
        let state = state.clone();
        async move {
            let (mailbox, origin) = admitted(&req, &state, &email, Action::SetPassword).await?;
            let (text, generated) = match (new_password, generate) {
                (Some(text), false) => (text, false),
                (None, true) => (generated_password(&state, &mailbox), true),
                _ => return Err(Failure::BadRequest),
            };
            let new = Password::parse(text.clone()).map_err(Failure::InvalidPassword)?;
            state
                .changes
                .change(Authority::Admin { mailbox: &mailbox }, &new, &origin)
                .await
                .map_err(|failure| Failure::from_told(failure.told))?;
            Ok(Changed {
                status: "changed",
                password: generated.then_some(text),
            })
        }
    }));
    match task.await {
        Ok(Ok(changed)) => HttpResponse::Ok().json(changed),
        Ok(Err(failure)) => json_failure(&failure, lang),
        Err(_) => json_failure(&Failure::Internal, lang),
    }
}

/// Five words that pass the policy for this mailbox.
fn generated_password(state: &AppState, mailbox: &EmailAddress) -> String {
    let policy = state.changes.policy();
    let mut candidate = suggest::passphrase(5, "-", Words::German);
    for _ in 0..20 {
        let accepted = Password::parse(candidate.clone())
            .is_ok_and(|p| policy.check(&p, None, Some(mailbox)).is_empty());
        if accepted {
            break;
        }
        candidate = suggest::passphrase(5, "-", Words::German);
    }
    candidate
}

/// Issue a one-time reset link for the mailbox's employee.
#[utoipa::path(
    post,
    path = "/api/v1/admin/mailboxes/{email}/reset-link",
    params(("email" = String, Path, description = "The mailbox")),
    request_body = ResetLinkRequest,
    responses(
        (status = 201, description = "The link; it works once, until it expires or the password changes", body = ResetLink),
        (status = 401, description = "No token, or an unknown one"),
        (status = 403, description = "Outside the token's domains or rights"),
        (status = 404, description = "No such mailbox"),
        (status = 400, description = "valid_hours outside 1..72"),
    ),
    security(("token" = [])),
    tag = "admin"
)]
pub(super) async fn reset_link(
    req: HttpRequest,
    state: Data<AppState>,
    email: Path<String>,
    body: Json<ResetLinkRequest>,
) -> HttpResponse {
    let lang = state.lang(&req);
    let hours = body.valid_hours;
    let answer = async {
        if !(1..=crate::token::MAX_LINK_HOURS).contains(&hours) {
            return Err(Failure::BadRequest);
        }
        let (mailbox, origin) = admitted(&req, &state, &email, Action::ResetLink).await?;
        let valid = Duration::from_secs(u64::from(hours) * 3600);
        let link = issue_link(&state, &mailbox, valid, None).await?;
        state.audit.record(
            Event::Admin(Admin::LinkIssued),
            origin.subject(mailbox.as_str()),
        );
        Ok(link)
    }
    .await;
    match answer {
        Ok(link) => HttpResponse::Created().json(link),
        Err(failure) => json_failure(&failure, lang),
    }
}

/// A reset link for `mailbox`, valid for `valid`, bound to its password
/// as stored now; `recovery`: the recovery address it is mailed to, which
/// it is bound to as well (a replaced address's links die).
pub(super) async fn issue_link(
    state: &AppState,
    mailbox: &EmailAddress,
    valid: Duration,
    recovery: Option<&str>,
) -> Result<ResetLink, Failure> {
    let stored = state
        .changes
        .store()
        .lookup(mailbox)
        .await
        .map_err(|e| match e {
            StoreError::UnknownUser(_) => Failure::NoSuchMailbox,
            other => {
                tracing::error!(error = %other, "the credential store cannot be read");
                Failure::Unavailable
            }
        })?;
    let expires_at = state.clock.now() + valid;
    let expires = expires_at
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs();
    let token = state.signer.issue_reset(&ResetClaim {
        mailbox: mailbox.as_str().to_owned(),
        expires,
        fingerprint: link_fingerprint(state, &stored, recovery),
        recovery: recovery.is_some(),
    });
    Ok(ResetLink {
        url: state.absolute(&format!("/reset/{token}")),
        expires_at: rfc3339(expires_at),
    })
}

/// What a reset link is bound to: the stored hash, and for a link mailed
/// to the recovery address, that address.
pub(super) fn link_fingerprint(
    state: &AppState,
    stored: &crate::domain::PasswordHash,
    recovery: Option<&str>,
) -> String {
    match recovery {
        None => state.signer.fingerprint(stored.as_str()),
        Some(address) => state
            .signer
            .fingerprint(&format!("{}\nrecovery:{address}", stored.as_str())),
    }
}

fn rfc3339(at: SystemTime) -> String {
    jiff::Timestamp::try_from(at)
        .map(|ts| ts.to_string())
        .unwrap_or_default()
}

/// End the mailbox's web sessions and open mail sessions.
#[utoipa::path(
    post,
    path = "/api/v1/admin/mailboxes/{email}/end-sessions",
    params(("email" = String, Path, description = "The mailbox")),
    responses(
        (status = 200, description = "Ended", body = Ended),
        (status = 401, description = "No token, or an unknown one"),
        (status = 403, description = "Outside the token's domains or rights"),
        (status = 404, description = "No such mailbox"),
        (status = 503, description = "The mail sessions could not be ended"),
    ),
    security(("token" = [])),
    tag = "admin"
)]
pub(super) async fn end_sessions(
    req: HttpRequest,
    state: Data<AppState>,
    email: Path<String>,
) -> HttpResponse {
    let lang = state.lang(&req);
    let answer = async {
        let (mailbox, origin) = admitted(&req, &state, &email, Action::EndSessions).await?;
        crate::state::Sessions::end_sessions(&*state.shared, &mailbox)
            .await
            .map_err(Failure::from_state)?;
        let mail = state.changes.end_mail_sessions(&mailbox).await;
        state.audit.record(
            Event::Admin(Admin::SessionsEnded),
            origin.subject(mailbox.as_str()),
        );
        match mail {
            Some(false) => Err(Failure::Unavailable),
            _ => Ok(Ended { status: "ended" }),
        }
    }
    .await;
    match answer {
        Ok(ended) => HttpResponse::Ok().json(ended),
        Err(failure) => json_failure(&failure, lang),
    }
}

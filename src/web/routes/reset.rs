//! Reset links: the new-password form without the current password, for
//! whoever holds a link an administrator issued (or the forgotten-password
//! flow mailed). The link is signed, names the mailbox and its expiry, and
//! binds a fingerprint of the stored hash: it works once, on any replica,
//! after restarts, and dies with any change of that password.

use std::time::{Duration, UNIX_EPOCH};

use actix_web::http::StatusCode;
use actix_web::web::{Data, Path};
use actix_web::{HttpRequest, HttpResponse};

use super::password::{entered, form_digest, form_errors, rules_for, success_page, Entered};
use crate::audit::Event;
use crate::change::{Authority, Via};
use crate::domain::{EmailAddress, PasswordHash};
use crate::state::Outcome;
use crate::store::StoreError;
use crate::token::LinkProblem;
use crate::web::errors::Failure;
use crate::web::extract::{CheckedForm, CsrfToken};
use crate::web::forms::NewPasswordForm;
use crate::web::respond::{error_page, error_response, html, remember_lang, respond};
use crate::web::views::pages::{self, FormErrors, PasswordForm};
use crate::web::views::Lang;
use crate::web::AppState;

/// The outcome of a link's use is remembered under this key, for a second
/// submission of the same form.
fn outcome_key(token: &str) -> String {
    format!("reset-link:{token}")
}

/// What a link that still works opens.
struct Opened {
    mailbox: EmailAddress,
    /// Its hash as stored now: the change writes only over this one.
    stored: PasswordHash,
    /// Mailed to the recovery address (the forgotten-password flow).
    recovery: bool,
}

/// The mailbox of a link that still works, and its hash as stored now.
async fn open_link(state: &AppState, token: &str) -> Result<Opened, Failure> {
    let now = state
        .clock
        .now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs();
    let claim = state.signer.open_reset(token, now).map_err(|p| match p {
        LinkProblem::Altered => Failure::LinkGone("link_altered"),
        LinkProblem::Expired => Failure::LinkGone("link_expired"),
    })?;
    let mailbox = EmailAddress::parse(&claim.mailbox, &state.domains)
        .map_err(|_| Failure::LinkGone("link_altered"))?;
    let stored = match state.changes.store().lookup(&mailbox).await {
        Ok(stored) => stored,
        Err(StoreError::UnknownUser(_)) => return Err(Failure::LinkGone("link_used")),
        Err(e) => {
            tracing::error!(error = %e, "the credential store cannot be read");
            return Err(Failure::Unavailable);
        }
    };
    let recovery = match (&state.recovery, claim.recovery) {
        (_, false) => None,
        (None, true) => return Err(Failure::LinkGone("link_used")),
        (Some(flow), true) => match flow.addresses.read(&mailbox).await {
            Ok(address) => Some(address.unwrap_or_default()),
            Err(e) => {
                tracing::error!(error = %e, "the recovery address cannot be read");
                return Err(Failure::Unavailable);
            }
        },
    };
    if super::admin::link_fingerprint(state, &stored, recovery.as_deref()) != claim.fingerprint {
        return Err(Failure::LinkGone("link_used"));
    }
    Ok(Opened {
        mailbox,
        stored,
        recovery: claim.recovery,
    })
}

/// A link that does not open the form: audited, and the page that says
/// whom to ask.
fn gone(state: &AppState, req: &HttpRequest, lang: Lang, failure: &Failure) -> HttpResponse {
    if let Failure::LinkGone(code) = failure {
        let origin = state.origin(req, Via::ResetLink, lang);
        state
            .audit
            .record(Event::ResetLink(code), origin.subject("-"));
    }
    error_page(state, lang, failure)
}

async fn form(
    state: &AppState,
    lang: Lang,
    csrf: &str,
    token: &str,
    mailbox: &EmailAddress,
    errors: &FormErrors,
) -> maud::Markup {
    let (live, example) = rules_for(state, lang, mailbox).await;
    let action = format!("/reset/{token}");
    let form = PasswordForm {
        csrf,
        action: &action,
        mailbox: mailbox.as_str(),
        logged_in: false,
        provider: state.provider.as_deref(),
        errors,
        storage: None,
        session_minutes: None,
        knows_current: false,
        example: &example,
        live,
    };
    pages::password(&state.page(lang, &action), &form)
}

pub(super) async fn page(
    req: HttpRequest,
    state: Data<AppState>,
    token: Path<String>,
    mut csrf: CsrfToken,
) -> HttpResponse {
    let lang = state.lang(&req);
    let mailbox = match open_link(&state, &token).await {
        Ok(opened) => opened.mailbox,
        Err(failure) => return gone(&state, &req, lang, &failure),
    };
    let mut builder = html(StatusCode::OK);
    remember_lang(&req, &state, lang, &mut builder);
    let csrf = csrf.issue(&state, &mut builder);
    let markup = form(
        &state,
        lang,
        &csrf,
        &token,
        &mailbox,
        &FormErrors::default(),
    )
    .await;
    respond(builder, markup)
}

pub(super) async fn submit(
    req: HttpRequest,
    state: Data<AppState>,
    token: Path<String>,
    CheckedForm(submitted): CheckedForm<NewPasswordForm>,
    mut csrf: CsrfToken,
) -> HttpResponse {
    let lang = state.lang(&req);
    let token = token.into_inner();
    let key = outcome_key(&token);
    let digest = form_digest(&key, &submitted.new_password);
    // The link is spent once it worked: the success page's language menu
    // leads to the login.
    if let Ok(Some(Outcome::Changed { mailbox, form })) = state.shared.outcome(&key).await {
        if form == digest {
            return respond(
                html(StatusCode::OK),
                success_page(&state, lang, mailbox.as_str(), "/"),
            );
        }
    }
    let Opened {
        mailbox,
        stored,
        recovery,
    } = match open_link(&state, &token).await {
        Ok(opened) => opened,
        Err(failure) => return gone(&state, &req, lang, &failure),
    };
    let origin = origin_of(&state, &req, lang, &mailbox, recovery).await;
    // The change runs as a task of its own, to its end, whatever the
    // client's connection does.
    let task = actix_web::rt::spawn(crate::request_deadline::carry({
        let (state, mailbox) = (state.clone(), mailbox.clone());
        async move {
            let refused = |failure: Failure| {
                state
                    .changes
                    .record_refusal(&mailbox, failure.code(), &origin);
                failure
            };
            let new = match entered(submitted) {
                Entered::Password(new) => new,
                Entered::Mismatch(_) => return Err(refused(Failure::Mismatch(Vec::new()))),
                Entered::Refused(failure) => return Err(refused(failure)),
            };
            let authority = Authority::ResetLink {
                mailbox: &mailbox,
                stored: &stored,
            };
            state
                .changes
                .change(authority, &new, &origin)
                .await
                .map(drop)
                .map_err(|failure| Failure::from_told(failure.told))
        }
    }));
    let answer = match task.await {
        Ok(answer) => answer,
        Err(_) => Err(Failure::Internal),
    };
    let at = At {
        state: &state,
        req: &req,
        lang,
        token: &token,
    };
    answered(at, &mut csrf, &mailbox, answer, digest).await
}

/// Where a link's change comes from; a link mailed to the recovery
/// address has that address hear of the change too.
async fn origin_of(
    state: &AppState,
    req: &HttpRequest,
    lang: Lang,
    mailbox: &EmailAddress,
    recovery: bool,
) -> crate::change::Origin {
    let mut origin = state.origin(req, Via::ResetLink, lang);
    if recovery {
        origin.via = Via::Recovery;
        if let Some(flow) = &state.recovery {
            origin.also_notify = flow.addresses.read(mailbox).await.ok().flatten();
        }
    }
    origin
}

/// Where a link's form was answered.
struct At<'a> {
    state: &'a AppState,
    req: &'a HttpRequest,
    lang: Lang,
    token: &'a str,
}

/// The page after a link's change: success (remembered for a second
/// submission of the same form), the form again, or why the link is spent.
async fn answered(
    at: At<'_>,
    csrf: &mut CsrfToken,
    mailbox: &EmailAddress,
    answer: Result<(), Failure>,
    digest: [u8; 32],
) -> HttpResponse {
    let At {
        state,
        req,
        lang,
        token,
    } = at;
    let failure = match answer {
        Ok(()) => {
            let outcome = Outcome::Changed {
                mailbox: mailbox.clone(),
                form: digest,
            };
            if let Err(e) = state
                .shared
                .put_outcome(&outcome_key(token), outcome, Duration::from_secs(3600))
                .await
            {
                tracing::warn!(error = %e, "the outcome of a reset link is not remembered");
            }
            return respond(
                html(StatusCode::OK),
                success_page(state, lang, mailbox.as_str(), "/"),
            );
        }
        // Someone else changed it meanwhile (or the link was used twice at
        // once): the link is spent.
        Err(Failure::Superseded) => Failure::LinkGone("link_used"),
        Err(other) => other,
    };
    let mut builder = html(failure.status());
    let Some(errors) = form_errors(lang, &failure) else {
        if matches!(failure, Failure::LinkGone(_)) {
            return gone(state, req, lang, &failure);
        }
        return error_response(builder, state, lang, &failure);
    };
    let csrf = csrf.issue(state, &mut builder);
    builder.status(StatusCode::UNPROCESSABLE_ENTITY);
    respond(
        builder,
        form(state, lang, &csrf, token, mailbox, &errors).await,
    )
}

//! Step two: the new-password form and the change itself. A session is
//! taken out by the first submission; a second one of the same form (a
//! double click, a reload) waits for the first and answers as it did.

use std::sync::Arc;
use std::time::{Duration, Instant};

use actix_web::http::StatusCode;
use actix_web::web::Data;
use actix_web::{HttpRequest, HttpResponse, HttpResponseBuilder};
use maud::Markup;
use zeroize::Zeroize;

use crate::change::{Authority, Origin, VerifiedMailbox, Via};
use crate::domain::{EmailAddress, Password};
use crate::i18n::size;
use crate::policy::suggest::Words;
use crate::state::{Outcome, Session, StateError};
use crate::web::errors::Failure;
use crate::web::extract::{CheckedForm, CsrfToken, SessionCookie};
use crate::web::forms::NewPasswordForm;
use crate::web::respond::{error_page, error_response, html, remember_lang, respond, see_other};
use crate::web::views::components::LiveRules;
use crate::web::views::pages::{
    self, FormErrors, LoginMessage, LoginPage, PasswordForm, Storage, SuccessFacts,
};
use crate::web::views::Lang;
use crate::web::{AppState, CookieName};

/// How long a second submission of a form waits for the first's outcome.
const FIRST_SUBMISSION_WAIT: Duration = Duration::from_secs(30);
const OUTCOME_POLL: Duration = Duration::from_millis(150);

/// The words of a language's examples.
pub(super) fn example_words(lang: Lang) -> Words {
    match lang {
        Lang::De => Words::German,
        _ => Words::English,
    }
}

/// The new-password form for `mailbox`, with what the last try broke.
pub(super) async fn new_password_form(
    state: &AppState,
    lang: Lang,
    form: PasswordForm<'_>,
) -> Markup {
    pages::password(&state.page(lang, form.action), &form)
}

/// What the new-password form shows for a mailbox: the rules the browser
/// can check, and a fresh example (remembered, so it is refused).
pub(super) async fn rules_for(
    state: &AppState,
    lang: Lang,
    mailbox: &EmailAddress,
) -> (LiveRules, String) {
    let policy = state.changes.policy();
    let live = LiveRules {
        min: policy.min_length(),
        max: policy.max_length(),
        names: policy.forbidden_names(mailbox),
    };
    let example = state
        .changes
        .show_example(mailbox, example_words(lang))
        .await;
    (live, example)
}

/// The second form of a logged-in employee.
async fn password_form(
    state: &AppState,
    lang: Lang,
    csrf: &str,
    verified: &VerifiedMailbox,
    errors: &FormErrors,
) -> Markup {
    let storage = verified.usage().map(|usage| Storage {
        used: size(lang, usage.used_kib),
        limit: size(lang, usage.limit_kib),
        nearly_full: usage.used_kib * 10 > usage.limit_kib * 9,
    });
    let (live, example) = rules_for(state, lang, verified.mailbox()).await;
    let form = PasswordForm {
        csrf,
        action: "/password",
        mailbox: verified.mailbox().as_str(),
        logged_in: true,
        provider: state.provider.as_deref(),
        errors,
        storage,
        session_minutes: Some(state.ui.session_minutes),
        knows_current: true,
        example: &example,
        live,
    };
    new_password_form(state, lang, form).await
}

/// The page after a change, also for a second submission of the form
/// and for the language menu on it.
pub(super) fn success_page(state: &AppState, lang: Lang, mailbox: &str, here: &str) -> Markup {
    let facts = SuccessFacts {
        webmail: state.ui.webmail.as_deref(),
        mailed: state.changes.sends_mail(),
    };
    pages::success(&state.page(lang, here), mailbox, &facts)
}

/// Back to the login, with the stale session cookie cleared.
fn session_expired(state: &AppState) -> HttpResponse {
    see_other(state, "/?m=expired")
        .cookie(state.cookies.removal(CookieName::Session))
        .finish()
}

/// A form sent after the session ended: the login form again, with the
/// address filled in, so that nothing but the passwords must be typed.
fn expired_with_address(
    state: &AppState,
    lang: Lang,
    mut csrf: CsrfToken,
    address: Option<&str>,
) -> HttpResponse {
    let mut builder = html(StatusCode::UNAUTHORIZED);
    builder.cookie(state.cookies.removal(CookieName::Session));
    let csrf = csrf.issue(state, &mut builder);
    let address = address.filter(|a| crate::domain::EmailAddress::parse(a, &state.domains).is_ok());
    let page = LoginPage {
        email: address,
        message: LoginMessage::Notice(lang.t("session-expired")),
        ..LoginPage::plain(&csrf, &state.ui.hint_domain)
    };
    respond(builder, pages::login(&state.page(lang, "/"), &page))
}

pub(super) async fn page(
    req: HttpRequest,
    state: Data<AppState>,
    session: SessionCookie,
    mut csrf: CsrfToken,
) -> HttpResponse {
    let lang = state.lang(&req);
    let Some(token) = session.0 else {
        return see_other(&state, "/").finish();
    };
    let verified = match state.sessions.peek(&token).await {
        Ok(Some(verified)) => verified,
        // The change is done: the page says so again (in the language the
        // menu asked for).
        Ok(None) => match state.sessions.outcome(&token).await {
            Ok(Some(Outcome::Changed { mailbox, .. })) => {
                let mut builder = html(StatusCode::OK);
                remember_lang(&req, &state, lang, &mut builder);
                return respond(
                    builder,
                    success_page(&state, lang, mailbox.as_str(), "/password"),
                );
            }
            _ => return session_expired(&state),
        },
        Err(e) => return error_page(&state, lang, &Failure::from_state(e)),
    };
    let mut builder = html(StatusCode::OK);
    remember_lang(&req, &state, lang, &mut builder);
    let csrf = csrf.issue(&state, &mut builder);
    let markup = password_form(&state, lang, &csrf, &verified, &FormErrors::default()).await;
    respond(builder, markup)
}

/// What a submission finds under its session cookie.
enum Found {
    /// The session, under this token: the submission makes the change.
    Session(String, Session),
    /// An earlier submission of the same form changed the password.
    Changed(EmailAddress),
    Gone,
}

/// What a submission's new password is remembered by, under its token.
pub(super) fn form_digest(token: &str, new_password: &str) -> [u8; 32] {
    use sha2::Digest;
    let mut digest = sha2::Sha256::new();
    digest.update(token.as_bytes());
    digest.update([0]);
    digest.update(new_password.as_bytes());
    digest.finalize().into()
}

/// Takes the session out; when an earlier submission of the same form
/// took it, waits for its outcome (or follows its session to the token
/// it lives on under after a refusal).
async fn take_session(
    state: &AppState,
    mut token: String,
    new_password: &str,
) -> Result<Found, StateError> {
    let started = Instant::now();
    let mut hops = 0;
    loop {
        if let Some(session) = state.sessions.take(&token).await? {
            return Ok(Found::Session(token, session));
        }
        match state.sessions.outcome(&token).await? {
            Some(Outcome::InProgress) if started.elapsed() < FIRST_SUBMISSION_WAIT => {
                tokio::time::sleep(OUTCOME_POLL).await;
            }
            // The same password again: that change is done. Another one
            // was not set: that tab's login is over.
            Some(Outcome::Changed { mailbox, form }) => {
                return Ok(if form == form_digest(&token, new_password) {
                    Found::Changed(mailbox)
                } else {
                    Found::Gone
                })
            }
            Some(Outcome::Retry(next)) if hops < 3 => {
                hops += 1;
                token = next;
            }
            _ => return Ok(Found::Gone),
        }
    }
}

pub(super) async fn submit(
    req: HttpRequest,
    state: Data<AppState>,
    CheckedForm(form): CheckedForm<NewPasswordForm>,
    session: SessionCookie,
    csrf: CsrfToken,
) -> HttpResponse {
    let lang = state.lang(&req);
    let address = form._username.clone();
    let Some(token) = session.0 else {
        return expired_with_address(&state, lang, csrf, address.as_deref());
    };
    // Taken out: a replayed or parallel submission finds nothing.
    let (token, session) = match take_session(&state, token, &form.new_password).await {
        Ok(Found::Session(token, session)) => (token, session),
        Ok(Found::Changed(mailbox)) => {
            return respond(
                html(StatusCode::OK),
                success_page(&state, lang, mailbox.as_str(), "/password"),
            )
        }
        Ok(Found::Gone) => return expired_with_address(&state, lang, csrf, address.as_deref()),
        Err(e) => return error_page(&state, lang, &Failure::from_state(e)),
    };
    remember(&state, &token, &session, Outcome::InProgress).await;
    let submitted = form_digest(&token, &form.new_password);
    let verified = Arc::clone(&session.verified);
    let origin = state.origin(&req, Via::Form, lang);
    // The change runs as a task of its own: once started it ends (write,
    // flush, confirmation or restore, audit line, mail) whatever the
    // client's connection does.
    let task = actix_web::rt::spawn(crate::request_deadline::carry({
        let (state, verified) = (state.clone(), Arc::clone(&verified));
        async move { change(&state, &origin, &verified, form).await }
    }));
    let failure = match task.await {
        Ok(Ok(())) => {
            let mailbox = verified.mailbox().clone();
            let outcome = Outcome::Changed {
                mailbox: mailbox.clone(),
                form: submitted,
            };
            remember(&state, &token, &session, outcome).await;
            return respond(
                html(StatusCode::OK),
                success_page(&state, lang, mailbox.as_str(), "/password"),
            );
        }
        Ok(Err(failure)) => failure,
        Err(_) => Failure::Internal,
    };
    let mut builder = html(failure.status());
    if matches!(failure, Failure::Superseded) {
        remember(&state, &token, &session, Outcome::Ended).await;
        builder.cookie(state.cookies.removal(CookieName::Session));
        return error_response(builder, &state, lang, &failure);
    }
    // Nothing changed: the employee may try again, with a new token.
    match state.sessions.put_back(session.clone()).await {
        Ok(new_token) => {
            remember(&state, &token, &session, Outcome::Retry(new_token.clone())).await;
            builder.cookie(state.cookies.make(CookieName::Session, new_token, None));
        }
        Err(e) => {
            remember(&state, &token, &session, Outcome::Ended).await;
            tracing::warn!(error = %e, "session not kept after a failed try");
        }
    }
    refused(&state, lang, builder, csrf, &verified, failure).await
}

async fn remember(state: &AppState, token: &str, session: &Session, outcome: Outcome) {
    if let Err(e) = state.sessions.remember(token, session, outcome).await {
        tracing::warn!(error = %e, "the outcome of a submission is not remembered");
    }
}

/// What a new-password form brings: the password, or why the form is
/// refused before any rule is checked.
pub(super) enum Entered {
    Password(Password),
    /// The two entries differ; the first one as entered.
    Mismatch(Password),
    Refused(Failure),
}

pub(super) fn entered(form: NewPasswordForm) -> Entered {
    let NewPasswordForm {
        new_password,
        mut confirm_password,
        ..
    } = form;
    if new_password.is_empty() || confirm_password.is_empty() {
        return Entered::Refused(Failure::EmptyFields {
            new: new_password.is_empty(),
            confirm: confirm_password.is_empty(),
        });
    }
    let mismatch = new_password != confirm_password;
    confirm_password.zeroize();
    match Password::parse(new_password) {
        Err(e) => Entered::Refused(Failure::InvalidPassword(e)),
        Ok(new) if mismatch => Entered::Mismatch(new),
        Ok(new) => Entered::Password(new),
    }
}

/// The change the form asks for, audited whatever its outcome. When the
/// two entries differ, the rules the first one breaks are named as well.
async fn change(
    state: &Data<AppState>,
    origin: &Origin,
    verified: &VerifiedMailbox,
    form: NewPasswordForm,
) -> Result<(), Failure> {
    let mailbox = verified.mailbox();
    let refused = |failure: Failure| {
        state
            .changes
            .record_refusal(mailbox, failure.code(), origin);
        failure
    };
    let new = match entered(form) {
        Entered::Password(new) => new,
        Entered::Refused(failure) => return Err(refused(failure)),
        Entered::Mismatch(first) => {
            let violations = state
                .changes
                .check_policy(verified, &first)
                .await
                .unwrap_or_default();
            return Err(refused(Failure::Mismatch(violations)));
        }
    };
    state
        .changes
        .change(Authority::Employee(verified), &new, origin)
        .await
        .map(drop)
        .map_err(|failure| Failure::from_told(failure.told))
}

/// What the new-password form shows for a refusal, field by field; `None`
/// for a failure that is not about the form (an error page then).
pub(super) fn form_errors(lang: Lang, failure: &Failure) -> Option<FormErrors> {
    let mut errors = FormErrors::default();
    match failure {
        Failure::Policy(_) => errors.new_password = violation_texts(lang, failure),
        Failure::Mismatch(_) => {
            errors.new_password = violation_texts(lang, failure);
            errors.confirm_password = vec![lang.t("passwords-differ")];
        }
        Failure::InvalidPassword(_) => errors.new_password = vec![failure.message(lang)],
        Failure::EmptyFields { new, confirm } => {
            if *new {
                errors.new_password = vec![lang.t("new-password-empty")];
            }
            if *confirm {
                errors.confirm_password = vec![lang.t("confirm-password-empty")];
            }
        }
        _ => return None,
    }
    Some(errors)
}

fn violation_texts(lang: Lang, failure: &Failure) -> Vec<String> {
    failure
        .violations(lang)
        .into_iter()
        .map(|(_, text)| text)
        .collect()
}

/// The answer to a change that did not happen: the form again for a
/// refused new password, else the error page.
async fn refused(
    state: &AppState,
    lang: Lang,
    mut builder: HttpResponseBuilder,
    mut csrf: CsrfToken,
    verified: &VerifiedMailbox,
    failure: Failure,
) -> HttpResponse {
    let Some(errors) = form_errors(lang, &failure) else {
        return error_response(builder, state, lang, &failure);
    };
    let csrf = csrf.issue(state, &mut builder);
    // A refused new password is an unprocessable entity, like a policy violation.
    builder.status(StatusCode::UNPROCESSABLE_ENTITY);
    respond(
        builder,
        password_form(state, lang, &csrf, verified, &errors).await,
    )
}

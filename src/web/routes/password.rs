//! Step two: the new-password form and the change itself.

use std::sync::Arc;

use actix_web::http::StatusCode;
use actix_web::web::Data;
use actix_web::{HttpRequest, HttpResponse, HttpResponseBuilder};
use maud::Markup;
use zeroize::Zeroize;

use crate::change::{Authority, Origin, VerifiedMailbox, Via};
use crate::domain::Password;
use crate::i18n::size;
use crate::web::errors::Failure;
use crate::web::extract::{CheckedForm, CsrfToken, SessionCookie};
use crate::web::forms::NewPasswordForm;
use crate::web::respond::{error_page, error_response, html, remember_lang, respond, see_other};
use crate::web::views::pages::{self, LoginMessage, LoginPage, PasswordForm, Storage};
use crate::web::views::Lang;
use crate::web::{AppState, CookieName};

/// The second form, with what the last try broke.
fn password_form(
    state: &AppState,
    lang: Lang,
    csrf: &str,
    verified: &VerifiedMailbox,
    violations: &[String],
    mismatch: bool,
) -> Markup {
    let policy = state.changes.policy();
    let storage = verified.usage().map(|usage| Storage {
        used: size(lang, usage.used_kib),
        limit: size(lang, usage.limit_kib),
        nearly_full: usage.used_kib * 10 > usage.limit_kib * 9,
    });
    let form = PasswordForm {
        csrf,
        mailbox: verified.mailbox().as_str(),
        min_length: policy.min_length(),
        max_length: policy.max_length(),
        provider: state.provider.as_deref(),
        violations,
        mismatch,
        storage,
        session_minutes: state.ui.session_minutes,
    };
    pages::password(&state.page(lang, "/password"), &form)
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
        message: LoginMessage::Notice(lang.t("session-expired").to_owned()),
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
        Ok(None) => return session_expired(&state),
        Err(e) => return error_page(&state, lang, &Failure::from_state(e)),
    };
    let mut builder = html(StatusCode::OK);
    remember_lang(&req, &state, lang, &mut builder);
    let csrf = csrf.issue(&state, &mut builder);
    let markup = password_form(&state, lang, &csrf, &verified, &[], false);
    respond(builder, markup)
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
    let session = match state.sessions.take(&token).await {
        Ok(Some(session)) => session,
        Ok(None) => return expired_with_address(&state, lang, csrf, address.as_deref()),
        Err(e) => return error_page(&state, lang, &Failure::from_state(e)),
    };
    let verified = Arc::clone(&session.verified);
    let origin = state.origin(&req, Via::Form, lang);
    // The change runs as a task of its own: once started it ends (write,
    // flush, confirmation or restore, audit line, mail) whatever the
    // client's connection does.
    let task = actix_web::rt::spawn({
        let (state, verified) = (state.clone(), Arc::clone(&verified));
        async move { change(&state, &origin, &verified, form).await }
    });
    let failure = match task.await {
        Ok(Ok(())) => {
            let markup = pages::success(
                &state.page(lang, "/"),
                verified.mailbox().as_str(),
                state.ui.webmail.as_deref(),
            );
            let mut builder = html(StatusCode::OK);
            builder.cookie(state.cookies.removal(CookieName::Session));
            return respond(builder, markup);
        }
        Ok(Err(failure)) => failure,
        Err(_) => Failure::Internal,
    };
    let mut builder = html(failure.status());
    if matches!(failure, Failure::Superseded) {
        builder.cookie(state.cookies.removal(CookieName::Session));
        return error_response(builder, &state, lang, &failure);
    }
    // Nothing changed: the employee may try again, with a new token.
    match state.sessions.put_back(session).await {
        Ok(new_token) => {
            builder.cookie(state.cookies.make(CookieName::Session, new_token, None));
        }
        Err(e) => tracing::warn!(error = %e, "session not kept after a failed try"),
    }
    refused(&state, lang, builder, csrf, &verified, failure)
}

/// The change the form asks for, audited whatever its outcome. When the
/// two entries differ, the rules the first one breaks are named as well.
async fn change(
    state: &Data<AppState>,
    origin: &Origin,
    verified: &VerifiedMailbox,
    form: NewPasswordForm,
) -> Result<(), Failure> {
    let NewPasswordForm {
        new_password,
        mut confirm_password,
        ..
    } = form;
    let mailbox = verified.mailbox();
    let mismatch = new_password != confirm_password;
    confirm_password.zeroize();
    let refused = |failure: Failure| {
        state
            .changes
            .record_refusal(mailbox, failure.code(), origin);
        failure
    };
    let new = Password::parse(new_password).map_err(|e| refused(Failure::InvalidPassword(e)))?;
    if mismatch {
        let violations = state
            .changes
            .check_policy(verified, &new)
            .await
            .unwrap_or_default();
        return Err(refused(Failure::Mismatch(violations)));
    }
    state
        .changes
        .change(Authority::Employee(verified), &new, origin)
        .await
        .map(drop)
        .map_err(|failure| Failure::from_told(failure.told))
}

/// The answer to a change that did not happen: the form again for a
/// refused new password, else the error page.
fn refused(
    state: &AppState,
    lang: Lang,
    mut builder: HttpResponseBuilder,
    mut csrf: CsrfToken,
    verified: &VerifiedMailbox,
    failure: Failure,
) -> HttpResponse {
    if !matches!(
        failure,
        Failure::Policy(_) | Failure::Mismatch(_) | Failure::InvalidPassword(_)
    ) {
        return error_response(builder, state, lang, &failure);
    }
    let csrf = csrf.issue(state, &mut builder);
    let mut violations: Vec<String> = failure
        .violations(lang)
        .into_iter()
        .map(|(_, m)| m)
        .collect();
    if let Failure::InvalidPassword(_) = failure {
        violations.push(failure.message(lang));
    }
    // A refused new password is an unprocessable entity, like a policy violation.
    builder.status(StatusCode::UNPROCESSABLE_ENTITY);
    let mismatch = matches!(failure, Failure::Mismatch(_));
    respond(
        builder,
        password_form(state, lang, &csrf, verified, &violations, mismatch),
    )
}

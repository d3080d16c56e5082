//! What every handler needs from a request, as extractors: the CSRF check
//! of a posted form, the page's CSRF token and the session cookie.

use std::future::{ready, Future, Ready};
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::error::InternalError;
use actix_web::web::{Data, Form};
use actix_web::{FromRequest, HttpRequest, HttpResponseBuilder};
use serde::de::DeserializeOwned;
use subtle::ConstantTimeEq;

use super::errors::Failure;
use super::forms::CsrfProtected;
use super::routes::error_page;
use super::session::random_token;
use super::{AppState, CookieName};

/// A posted form whose CSRF token matched this browser's: a handler that
/// takes one never runs for a forged request (it gets the 403 page).
pub struct CheckedForm<T>(pub T);

impl<T> FromRequest for CheckedForm<T>
where
    T: DeserializeOwned + CsrfProtected + 'static,
{
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let form = Form::<T>::from_request(req, payload);
        let req = req.clone();
        Box::pin(async move {
            let form = form.await?.into_inner();
            let Some(state) = req.app_data::<Data<AppState>>() else {
                return Err(actix_web::error::ErrorInternalServerError("no state"));
            };
            if csrf_ok(&req, state, form.csrf_token()) {
                Ok(CheckedForm(form))
            } else {
                let page = error_page(state, state.lang(&req), &Failure::Csrf);
                Err(InternalError::from_response("CSRF check failed", page).into())
            }
        })
    }
}

fn csrf_ok(req: &HttpRequest, state: &AppState, submitted: &str) -> bool {
    // Browsers say where a request comes from; only our own pages may post.
    let site = req
        .headers()
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok());
    if matches!(site, Some("cross-site" | "same-site")) {
        return false;
    }
    match state.cookies.read(req, CookieName::Csrf) {
        Some(cookie) => {
            !submitted.is_empty() && bool::from(cookie.as_bytes().ct_eq(submitted.as_bytes()))
        }
        None => false,
    }
}

/// The CSRF token a page embeds. (Double-submit: the form must carry the
/// value of our SameSite=Strict, HttpOnly cookie, which another site can
/// neither read nor set.)
pub struct CsrfToken(Option<String>);

impl FromRequest for CsrfToken {
    type Error = std::convert::Infallible;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let existing = req
            .app_data::<Data<AppState>>()
            .and_then(|state| state.cookies.read(req, CookieName::Csrf))
            .filter(|t| t.len() == 43);
        ready(Ok(CsrfToken(existing)))
    }
}

impl CsrfToken {
    /// The browser's token, or a new one whose cookie goes on `builder`.
    pub fn issue(&mut self, state: &AppState, builder: &mut HttpResponseBuilder) -> String {
        match &self.0 {
            Some(token) => token.clone(),
            None => {
                let token = random_token();
                builder.cookie(state.cookies.make(CookieName::Csrf, token.clone(), None));
                self.0 = Some(token.clone());
                token
            }
        }
    }
}

/// The session cookie's token, if the browser sent one.
pub struct SessionCookie(pub Option<String>);

impl FromRequest for SessionCookie {
    type Error = std::convert::Infallible;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let token = req
            .app_data::<Data<AppState>>()
            .and_then(|state| state.cookies.read(req, CookieName::Session));
        ready(Ok(SessionCookie(token)))
    }
}

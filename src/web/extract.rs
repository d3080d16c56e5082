//! What every handler needs from a request, as extractors: the CSRF check
//! of a posted form, the page's CSRF token, the session cookie and the
//! device cookie.
//!
//! CSRF: the cookie holds a random nonce, the form carries the nonce's
//! signature with the installation's secret. A pair made up by someone
//! else (a cookie set from a sibling subdomain, say) never matches, and a
//! POST whose `Origin` (or, lacking it, `Referer`) is another origin is
//! refused before anything else.

use std::future::{ready, Future, Ready};
use std::pin::Pin;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use actix_web::dev::Payload;
use actix_web::error::InternalError;
use actix_web::web::{Bytes, Data};
use actix_web::HttpMessage;
use actix_web::{FromRequest, HttpRequest, HttpResponseBuilder};
use percent_encoding::percent_decode;
use serde::de::DeserializeOwned;

use super::errors::Failure;
use super::forms::CsrfProtected;
use super::respond::error_page;
use super::{AppState, CookieName};
use crate::token::random_token;

/// How long a browser stays trusted for the mailbox it logged in to.
pub const DEVICE_LIFETIME: Duration = Duration::from_secs(180 * 24 * 3600);

/// A posted form whose CSRF token is ours for this browser and whose
/// origin is the public URL's: a handler that takes one never runs for a
/// forged request (it gets the 403 page).
pub struct CheckedForm<T>(pub T);

impl<T> FromRequest for CheckedForm<T>
where
    T: DeserializeOwned + CsrfProtected + 'static,
{
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = Bytes::from_request(req, payload);
        let req = req.clone();
        Box::pin(async move {
            let Some(state) = req.app_data::<Data<AppState>>().cloned() else {
                return Err(actix_web::error::ErrorInternalServerError("no state"));
            };
            let failed = |failure: Failure, why: &'static str| -> actix_web::Error {
                let page = error_page(&state, state.lang(&req), &failure);
                InternalError::from_response(why, page).into()
            };
            if !same_origin(&req, &state) {
                return Err(failed(Failure::Csrf, "CSRF check failed"));
            }
            let form: T = match body.await {
                Ok(body) => decode_form(&req, &body).map_err(|f| failed(f, "form refused"))?,
                Err(e) => {
                    use actix_web::error::PayloadError;
                    let failure = match e.as_error::<PayloadError>() {
                        Some(PayloadError::Overflow) => Failure::TooLarge,
                        Some(PayloadError::Io(io)) if io.kind() == std::io::ErrorKind::TimedOut => {
                            Failure::RequestTimeout
                        }
                        _ if e.as_response_error().status_code().as_u16() == 413 => {
                            Failure::TooLarge
                        }
                        _ => Failure::BadRequest,
                    };
                    tracing::info!(error = %e, "form refused");
                    return Err(failed(failure, "form refused"));
                }
            };
            if csrf_ok(&req, &state, form.csrf_token()) {
                Ok(CheckedForm(form))
            } else {
                Err(failed(Failure::Csrf, "CSRF check failed"))
            }
        })
    }
}

/// A urlencoded body as `T`, if every name and value in it is UTF-8:
/// decoding would otherwise turn a password's stray bytes into U+FFFD and
/// check (or store) another password than the one typed.
fn decode_form<T: DeserializeOwned>(req: &HttpRequest, body: &[u8]) -> Result<T, Failure> {
    if req.content_type() != "application/x-www-form-urlencoded" {
        return Err(Failure::UnsupportedMediaType);
    }
    let plus_as_space: Vec<u8> = body
        .iter()
        .map(|&b| if b == b'+' { b' ' } else { b })
        .collect();
    let all_text = plus_as_space
        .split(|&b| b == b'&' || b == b'=')
        .all(|part| std::str::from_utf8(&percent_decode(part).collect::<Vec<u8>>()).is_ok());
    if !all_text {
        tracing::info!("form refused: a field is not UTF-8");
        return Err(Failure::BadRequest);
    }
    serde_urlencoded::from_bytes(body).map_err(|e| {
        tracing::info!(error = %e, "form refused");
        Failure::BadRequest
    })
}

/// A POST from a page of ours: the browser's `Origin` (or, lacking it,
/// `Referer`) names the public URL's origin. Clients that send neither
/// (scripts) are judged by the token alone. So is `Origin: null`, which
/// browsers send for our own forms: our pages carry `Referrer-Policy:
/// no-referrer`, and with it a form's origin is not disclosed.
pub fn same_origin(req: &HttpRequest, state: &AppState) -> bool {
    let ours = state.public_url.origin().ascii_serialization();
    // Every value of a header counts: a second, foreign one is not hidden
    // behind a first that is ours.
    let values = |name: &str| -> Vec<String> {
        req.headers()
            .get_all(name)
            .map(|v| {
                v.to_str()
                    .map_or_else(|_| "\u{fffd}".to_owned(), str::to_owned)
            })
            .collect()
    };
    // Browsers send one of four values; anything but ours (or a request
    // the user made, "none") is refused, an unreadable one too.
    if values("sec-fetch-site").iter().any(|site| {
        !(site.eq_ignore_ascii_case("same-origin") || site.eq_ignore_ascii_case("none"))
    }) {
        return false;
    }
    let origins: Vec<String> = values("origin")
        .into_iter()
        .filter(|o| o != "null")
        .collect();
    if !origins.is_empty() {
        return origins.iter().all(|origin| *origin == ours);
    }
    values("referer").iter().all(|referer| {
        url::Url::parse(referer).is_ok_and(|url| url.origin().ascii_serialization() == ours)
    })
}

fn csrf_ok(req: &HttpRequest, state: &AppState, submitted: &str) -> bool {
    state
        .cookies
        .read(req, CookieName::Csrf)
        .is_some_and(|nonce| state.signer.verify("csrf", &nonce, submitted))
}

/// The CSRF token a page embeds: the signature of this browser's nonce.
pub struct CsrfToken(Option<String>);

impl FromRequest for CsrfToken {
    type Error = std::convert::Infallible;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let existing = req
            .app_data::<Data<AppState>>()
            .and_then(|state| state.cookies.read(req, CookieName::Csrf))
            .filter(|nonce| nonce.len() == 43);
        ready(Ok(CsrfToken(existing)))
    }
}

impl CsrfToken {
    /// The token for this browser, setting a new nonce cookie on `builder`
    /// when it has none.
    pub fn issue(&mut self, state: &AppState, builder: &mut HttpResponseBuilder) -> String {
        let nonce = match &self.0 {
            Some(nonce) => nonce.clone(),
            None => {
                let nonce = random_token();
                builder.cookie(state.cookies.make(CookieName::Csrf, nonce.clone(), None));
                self.0 = Some(nonce.clone());
                nonce
            }
        };
        state.signer.sign("csrf", &nonce)
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

/// The device cookie as sent (OWASP "device cookies"): which mailbox this
/// browser logged in to before is checked against the address submitted.
pub struct DeviceCookie(Option<String>);

impl FromRequest for DeviceCookie {
    type Error = std::convert::Infallible;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let value = req
            .app_data::<Data<AppState>>()
            .and_then(|state| state.cookies.read(req, CookieName::Device));
        ready(Ok(DeviceCookie(value)))
    }
}

impl DeviceCookie {
    /// The device's id, when the cookie was ours, made for `address` and
    /// is not older than [`DEVICE_LIFETIME`].
    pub fn id_for(&self, state: &AppState, address: &str, now: SystemTime) -> Option<String> {
        let value = self.0.as_deref()?;
        let mut parts = value.splitn(3, '.');
        let (id, issued, signature) = (parts.next()?, parts.next()?, parts.next()?);
        let issued_at = UNIX_EPOCH + Duration::from_secs(issued.parse().ok()?);
        let young = now
            .duration_since(issued_at)
            .is_ok_and(|age| age < DEVICE_LIFETIME);
        let signed = format!("{address}\n{id}\n{issued}");
        (young && state.signer.verify("device", &signed, signature)).then(|| id.to_owned())
    }

    /// A new cookie value for a browser that just logged in to `address`.
    pub fn issue(state: &AppState, address: &str, now: SystemTime) -> String {
        let id = random_token()[..22].to_owned();
        let issued = now.duration_since(UNIX_EPOCH).unwrap_or_default().as_secs();
        let signature = state
            .signer
            .sign("device", &format!("{address}\n{id}\n{issued}"));
        format!("{id}.{issued}.{signature}")
    }
}

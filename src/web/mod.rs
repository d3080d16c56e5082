//! The web layer: HTTP, sessions, CSRF, pages. It knows nothing of
//! passwd-files or IMAP; `ChangeService` does the work.

mod app;
mod attempt;
pub mod client_ip;
mod coalesce;
pub mod config;
mod errors;
mod extract;
pub mod forms;
pub mod limits;
mod own_headers;
mod readiness;
mod respond;
mod routes;
pub mod session;
pub mod views;

pub use app::{AppState, CookieName, CookieRules, LoginPageCache, UiFacts};
pub use errors::Failure;
pub use own_headers::own_header_values;
pub use readiness::Readiness;
pub use routes::deadline::BodyTimeout;
pub use routes::{body_deadline, configure, security_headers};

//! The OpenAPI 3.1 document of the employee and admin APIs, generated from
//! the handlers' own annotations and types.

use actix_web::web::Data;
use actix_web::HttpResponse;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::web::AppState;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "mailpasswd",
        description = "Self-service mailbox password changes, and the customer menu's admin API. Every change takes effect at once for IMAP, POP3 and webmail; the admin routes answer 404 unless admin.tokens_file is set."
    ),
    paths(
        super::api::change_password,
        super::admin::set_password,
        super::admin::reset_link,
        super::admin::end_sessions,
    ),
    modifiers(&BearerToken),
    tags(
        (name = "employee", description = "The employee, with the current password"),
        (name = "admin", description = "The customer's control panel, with a token scoped to its domains"),
    )
)]
pub struct ApiDoc;

/// The admin routes take `Authorization: Bearer TOKEN`.
struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// The document, with the public URL as its server.
pub(super) async fn document(state: Data<AppState>) -> HttpResponse {
    let mut doc = ApiDoc::openapi();
    doc.servers = Some(vec![utoipa::openapi::Server::new(state.absolute(""))]);
    match doc.to_json() {
        Ok(json) => HttpResponse::Ok()
            .content_type("application/json")
            .body(json),
        Err(e) => {
            tracing::error!(error = %e, "the OpenAPI document cannot be written");
            HttpResponse::InternalServerError().finish()
        }
    }
}

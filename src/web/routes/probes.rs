//! Operations endpoints: liveness, readiness, metrics.

use actix_web::http::header::ContentType;
use actix_web::web::Data;
use actix_web::{HttpRequest, HttpResponse};

use crate::web::AppState;

pub(super) async fn healthz() -> HttpResponse {
    HttpResponse::Ok()
        .content_type(ContentType::plaintext())
        .body("ok\n")
}

async fn probe(state: &AppState) -> Vec<String> {
    let flush = async {
        match state.changes.cache_flush() {
            Some(flusher) => flusher.probe().await,
            None => Ok(()),
        }
    };
    let (store, auth, flush, shared) = tokio::join!(
        state.changes.store().ready(),
        state.changes.authenticator().probe(),
        flush,
        state.shared.ready()
    );
    let mut problems = Vec::new();
    if let Some(problem) = state.admin.as_ref().and_then(|a| a.readiness_problem()) {
        problems.push(problem);
    }
    if let Err(e) = shared {
        problems.push(format!("shared state: {e}"));
    }
    if let Err(e) = flush {
        problems.push(format!("auth cache flush: {e}"));
    }
    if let Err(e) = store {
        problems.push(format!("credential store: {e}"));
    }
    if let Err(e) = auth {
        problems.push(format!("mail server: {e}"));
    }
    problems
}

/// What is not for the public (and may say more than the public should
/// know: which mailboxes have a recovery address, what is down) answers
/// only the operator's own networks; to others it does not exist.
fn internal_only(state: &AppState, req: &HttpRequest) -> Option<HttpResponse> {
    (!state.peers.is_internal(req)).then(|| {
        HttpResponse::NotFound()
            .content_type(ContentType::plaintext())
            .body("not found\n")
    })
}

pub(super) async fn readyz(req: HttpRequest, state: Data<AppState>) -> HttpResponse {
    if let Some(refused) = internal_only(&state, &req) {
        return refused;
    }
    let problems = state.readiness.problems(probe(&state)).await;
    if problems.is_empty() {
        HttpResponse::Ok()
            .content_type(ContentType::plaintext())
            .body("ready\n")
    } else {
        HttpResponse::ServiceUnavailable()
            .content_type(ContentType::plaintext())
            .body(format!("not ready: {}\n", problems.join("; ")))
    }
}

pub(super) async fn metrics(req: HttpRequest, state: Data<AppState>) -> HttpResponse {
    if let Some(refused) = internal_only(&state, &req) {
        return refused;
    }
    HttpResponse::Ok()
        .content_type("application/openmetrics-text; version=1.0.0; charset=utf-8")
        .body(crate::telemetry::metrics::render())
}

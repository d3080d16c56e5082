//! actix keeps up to 128 finished requests per worker, and as many request
//! heads, for reuse, headers and all; each header value is a slice of its
//! connection's 8 KiB read buffer. So every kept request pins a closed
//! connection's buffer: after a flood over 1,024 connections, some 4 MiB
//! of buffers scattered over the heap, and the pages around them with
//! them, that no allocator can give back. The header values are copied
//! into one small buffer of the request's own (one allocation, not one per
//! value), so each connection's buffer goes with the connection.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderMap, HeaderValue};
use actix_web::middleware::Next;
use actix_web::web::BytesMut;

pub async fn own_header_values(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let headers = req.headers_mut();
    let size = headers.iter().map(|(_, value)| value.len()).sum();
    let mut copied = BytesMut::with_capacity(size);
    let mut parts = Vec::with_capacity(headers.len());
    for (name, value) in std::mem::take(headers) {
        let start = copied.len();
        copied.extend_from_slice(value.as_bytes());
        parts.push((name, start..copied.len(), value));
    }
    let copied = copied.freeze();
    let mut owned = HeaderMap::with_capacity(parts.len());
    for (name, range, value) in parts {
        // Every value parsed from the wire is valid again; should one not
        // be, it keeps its slice (and its buffer) rather than be lost.
        let copy = HeaderValue::from_maybe_shared(copied.slice(range)).unwrap_or(value);
        owned.append(name, copy);
    }
    *headers = owned;
    next.call(req).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::http::header::HeaderName;
    use actix_web::{test, web, App, HttpRequest, HttpResponse};

    /// Every value of every header, as the handler sees them.
    async fn echo(req: HttpRequest) -> HttpResponse {
        let mut lines: Vec<String> = req
            .headers()
            .keys()
            .flat_map(|name| {
                req.headers().get_all(name).map(move |value| {
                    format!("{name}: {}", String::from_utf8_lossy(value.as_bytes()))
                })
            })
            .collect();
        lines.sort_by_key(|line| line.split(':').next().map(str::to_owned));
        HttpResponse::Ok().body(lines.join("\n"))
    }

    #[actix_web::test]
    async fn every_value_reaches_the_handler_in_its_order() {
        let app = test::init_service(
            App::new()
                .wrap(actix_web::middleware::from_fn(own_header_values))
                .default_service(web::to(echo)),
        )
        .await;
        let forwarded = HeaderName::from_static("x-forwarded-for");
        let request = test::TestRequest::get()
            .append_header((forwarded.clone(), "203.0.113.9"))
            .append_header(("cookie", "a=1; b=2"))
            .append_header((forwarded, "198.51.100.7, 192.0.2.1"))
            .append_header(("x-empty", ""))
            .append_header(("x-latin", b"Gr\xfc\xdfe".as_slice()))
            .to_request();
        let body = test::call_and_read_body(&app, request).await;
        assert_eq!(
            String::from_utf8_lossy(&body),
            "cookie: a=1; b=2\n\
             x-empty: \n\
             x-forwarded-for: 203.0.113.9\n\
             x-forwarded-for: 198.51.100.7, 192.0.2.1\n\
             x-latin: Gr\u{fffd}\u{fffd}e"
        );
    }
}

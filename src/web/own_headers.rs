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

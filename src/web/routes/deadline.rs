//! A request body must arrive within `server.request_timeout_secs`: a
//! client sending a byte every few seconds would otherwise hold its
//! connection (and a file descriptor) as long as it likes. actix-web
//! bounds the time for the headers itself. A response sent before the
//! whole body was read (a refusal, a timeout) closes the connection, so
//! the rest of a body that never comes holds nothing either.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};
use std::time::Duration;

use actix_web::body::MessageBody;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::error::PayloadError;
use actix_web::http::header;
use actix_web::http::ConnectionType;
use actix_web::middleware::Next;
use actix_web::web::Bytes;
use actix_web::HttpMessage;
use futures_core::Stream;

/// The time a body may take, as app data.
#[derive(Clone, Copy)]
pub struct BodyTimeout(pub Duration);

struct Deadline {
    body: Payload,
    expires: Pin<Box<tokio::time::Sleep>>,
    /// Set once the body has ended.
    complete: Rc<Cell<bool>>,
}

impl Stream for Deadline {
    type Item = Result<Bytes, PayloadError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.expires.as_mut().poll(cx).is_ready() {
            return Poll::Ready(Some(Err(PayloadError::Io(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                "the request body did not arrive in time",
            )))));
        }
        let next = Pin::new(&mut self.body).poll_next(cx);
        if let Poll::Ready(None) = next {
            self.complete.set(true);
        }
        next
    }
}

pub async fn body_deadline(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let timeout = req
        .app_data::<BodyTimeout>()
        .map_or(Duration::from_secs(10), |t| t.0);
    let has_body = req.headers().contains_key(header::TRANSFER_ENCODING)
        || req
            .headers()
            .get(header::CONTENT_LENGTH)
            .is_some_and(|length| length.as_bytes() != b"0");
    let complete = Rc::new(Cell::new(!has_body));
    let body = req.take_payload();
    let stream: Pin<Box<dyn Stream<Item = Result<Bytes, PayloadError>>>> = Box::pin(Deadline {
        body,
        expires: Box::pin(tokio::time::sleep(timeout)),
        complete: Rc::clone(&complete),
    });
    req.set_payload(Payload::from(stream));
    // Queues (hashing, IMAP slots) wait within the request's own budget.
    let mut response = crate::request_deadline::serve(next.call(req)).await?;
    if !complete.get() {
        response
            .response_mut()
            .head_mut()
            .set_connection_type(ConnectionType::Close);
    }
    Ok(response)
}

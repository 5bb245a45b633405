//! A response body that ends cleanly whatever the body inside it does.
//!
//! Layers that wrap a body (compression above all) may poll it again after it has ended, and a
//! stream that panics when polled past its end then takes the connection down. A body may also
//! panic while the response is already on the wire, where no handler-level catch can answer a 500.
//! [`GuardedBody`] answers "ended" for good once its inner body has ended or failed, and turns a
//! panic inside the inner body into a logged error that cuts the response off: the client sees
//! an incomplete response rather than a connection dropped without a word in the log.

use axum::body::{Body, Bytes, HttpBody};
use axum::response::Response;
use http_body::{Frame, SizeHint};
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::task::{Context, Poll};

/// Why a guarded body stopped early.
#[derive(Debug, thiserror::Error)]
#[error("the response body panicked: {0}")]
pub struct BodyPanicked(pub String);

/// A body that is fused (ended stays ended) and does not let a panic escape.
#[derive(Debug)]
pub struct GuardedBody {
    /// `None` once the inner body has ended, failed or panicked.
    inner: Option<Body>,
}

impl GuardedBody {
    /// Guards `inner`.
    pub fn new(inner: Body) -> Self {
        Self { inner: Some(inner) }
    }
}

impl HttpBody for GuardedBody {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        let Some(inner) = self.inner.as_mut() else {
            return Poll::Ready(None);
        };
        let polled = std::panic::catch_unwind(AssertUnwindSafe(|| Pin::new(inner).poll_frame(cx)));
        match polled {
            Ok(Poll::Ready(Some(Ok(frame)))) => Poll::Ready(Some(Ok(frame))),
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(None)) => {
                self.inner = None;
                Poll::Ready(None)
            }
            Ok(Poll::Ready(Some(Err(error)))) => {
                self.inner = None;
                Poll::Ready(Some(Err(error)))
            }
            Err(panic) => {
                self.inner = None;
                let message = super::panic::message(panic.as_ref());
                tracing::error!(panic = %message, "a response body panicked; the response is cut off");
                Poll::Ready(Some(Err(axum::Error::new(BodyPanicked(message)))))
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.as_ref().is_none_or(HttpBody::is_end_stream)
    }

    fn size_hint(&self) -> SizeHint {
        self.inner
            .as_ref()
            .map_or_else(|| SizeHint::with_exact(0), HttpBody::size_hint)
    }
}

/// Middleware: every response's body, guarded.
pub async fn guard(response: Response) -> Response {
    response.map(|body| Body::new(GuardedBody::new(body)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body_util::BodyExt;

    #[tokio::test]
    async fn a_body_polled_after_its_end_stays_ended() {
        let chunks = futures_util::stream::unfold(0, |n| async move {
            (n < 2).then(|| (Ok::<_, std::io::Error>(Bytes::from(format!("{n};"))), n + 1))
        });
        let mut body = GuardedBody::new(Body::from_stream(chunks));
        let mut seen = Vec::new();
        while let Some(frame) = body.frame().await {
            seen.extend_from_slice(&frame.expect("frame").into_data().expect("data"));
        }
        assert_eq!(seen, b"0;1;");
        // An unguarded `unfold` panics here.
        assert!(body.frame().await.is_none());
        assert!(body.is_end_stream());
    }

    #[tokio::test]
    async fn a_panicking_body_ends_with_an_error_instead_of_unwinding() {
        let chunks = futures_util::stream::unfold(0, |n| async move {
            if n == 1 {
                panic!("stream broke at {n}");
            }
            Some((Ok::<_, std::io::Error>(Bytes::from_static(b"first")), n + 1))
        });
        let mut body = GuardedBody::new(Body::from_stream(chunks));
        let first = body.frame().await.expect("a frame").expect("ok");
        assert_eq!(first.into_data().expect("data"), "first");
        let error = body.frame().await.expect("a frame").expect_err("an error");
        assert!(error.to_string().contains("stream broke at 1"), "{error}");
        assert!(body.frame().await.is_none());
    }
}

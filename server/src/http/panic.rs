//! A handler that panics answers a JSON 500 in the house format, and the panic is logged;
//! without this the connection would be dropped with no answer at all.

use crate::error::ApiError;
use axum::response::{IntoResponse, Response};
use std::any::Any;
use tower_http::catch_panic::CatchPanicLayer;

/// The text a panic was raised with, or a placeholder for a payload that is not text.
pub fn message(panic: &(dyn Any + Send)) -> String {
    if let Some(text) = panic.downcast_ref::<&str>() {
        (*text).to_owned()
    } else if let Some(text) = panic.downcast_ref::<String>() {
        text.clone()
    } else {
        "a panic without a message".to_owned() // i18n: not words (a log line)
    }
}

fn answer(panic: Box<dyn Any + Send + 'static>) -> Response {
    let message = message(panic.as_ref());
    ApiError::Internal(format!("panic: {message}")).into_response()
}

/// The layer that catches panics in handlers and in every layer inside it.
pub fn layer() -> CatchPanicLayer<fn(Box<dyn Any + Send + 'static>) -> Response> {
    CatchPanicLayer::custom(answer as fn(Box<dyn Any + Send + 'static>) -> Response)
}

//! Request bodies that must be a JSON object. serde reads a struct from a JSON array as well
//! (its fields in order), so `["Hello", []]` would pass for `{"text": "Hello", "photos": []}`:
//! every request type here is named fields, and anything but an object is refused before it is
//! read as one.

use crate::error::ApiError;
use atelier_core::brief::FieldError;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The body as JSON, refused with a 400 when it is not JSON and a 422 when it is not an object.
pub fn object(body: &[u8]) -> Result<serde_json::Map<String, Value>, ApiError> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(fields)) => Ok(fields),
        Ok(_) => Err(ApiError::Invalid {
            field: "body",
            message: "send a JSON object, {…}, not an array or a single value".to_owned(),
        }),
        Err(e) => Err(ApiError::MalformedJson(e.to_string())),
    }
}

/// The body as `T`, read from a JSON object only; a field of the wrong shape is a 422 naming its
/// path (`photos[0].name`), like a brief's.
pub fn fields<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    let value = Value::Object(object(body)?);
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        ApiError::InvalidBrief(vec![FieldError {
            field: if path == "." { String::new() } else { path },
            message: e.inner().to_string(),
        }])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Pair {
        text: String,
        n: u32,
    }

    #[test]
    fn only_objects_are_read() {
        assert!(fields::<Pair>(br#"{"text": "hi", "n": 2}"#).is_ok());
        for (body, code) in [
            (&br#"["hi", 2]"#[..], "invalid"),
            (b"\"hi\"", "invalid"),
            (b"null", "invalid"),
            (b"{\"text\": ", "malformed_json"),
        ] {
            let e = fields::<Pair>(body).expect_err("refused");
            let response = axum::response::IntoResponse::into_response(e);
            let status = response.status().as_u16();
            assert!(
                (code == "invalid" && status == 422) || (code == "malformed_json" && status == 400),
                "{} {status}",
                String::from_utf8_lossy(body)
            );
        }
        match fields::<Pair>(br#"{"text": "hi", "n": "two"}"#) {
            Err(ApiError::InvalidBrief(f)) => assert_eq!(f[0].field, "n"),
            other => panic!("{other:?}"),
        }
    }
}

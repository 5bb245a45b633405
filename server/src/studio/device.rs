//! The device cookie (OWASP's defence against account lockout): a browser that signed in to an
//! account gets a cookie that lets it sign in to that account again while strangers are throttled.
//!
//! The value is a random nonce and an HMAC-SHA256 over the account's email and that nonce, keyed
//! with the account's stored password hash. So it needs no secret of its own, survives restarts,
//! cannot be made without the database, belongs to one account, and ends with a password change.
//! It opens nothing by itself: the password is still checked, and each device has its own limit.

use super::session;
use super::throttle::DeviceKey;
use super::token::{self, NoRandomness};
use crate::AppState;
use axum::http::{HeaderMap, HeaderValue};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// How long a browser stays known without signing in again.
pub const DAYS: i64 = 365;

/// Longest cookie value read (a nonce of 43 and a signature of 43 characters, and a dot).
const MAX_LEN: usize = 100;

/// The cookie's name, with the `__Host-` prefix over HTTPS like the session's.
pub fn cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-atelier-device"
    } else {
        "atelier-device"
    }
}

fn signature(email: &str, password_hash: &str, nonce: &str) -> Option<Hmac<Sha256>> {
    let mut mac = Hmac::<Sha256>::new_from_slice(password_hash.as_bytes()).ok()?;
    mac.update(b"atelier studio device\0");
    mac.update(email.as_bytes());
    mac.update(b"\0");
    mac.update(nonce.as_bytes());
    Some(mac)
}

/// A new device cookie value for the account (`email` normalised, its stored `password_hash`).
pub fn issue(email: &str, password_hash: &str) -> Result<String, NoRandomness> {
    let nonce = token::random_token()?;
    let mac = signature(email, password_hash, &nonce)
        .map(|m| URL_SAFE_NO_PAD.encode(m.finalize().into_bytes()))
        .unwrap_or_default();
    Ok(format!("{nonce}.{mac}"))
}

/// The request's device cookie, if it was issued for this account: the device's key.
pub fn recognise(
    headers: &HeaderMap,
    secure: bool,
    email: &str,
    password_hash: &str,
) -> Option<DeviceKey> {
    let value = session::cookie(headers, cookie_name(secure)).filter(|v| v.len() <= MAX_LEN)?;
    let (nonce, sent) = value.split_once('.')?;
    let sent = URL_SAFE_NO_PAD.decode(sent).ok()?;
    // verify_slice compares in constant time.
    signature(email, password_hash, nonce)?
        .verify_slice(&sent)
        .ok()?;
    Some(Sha256::digest(value.as_bytes()).into())
}

/// The `Set-Cookie` value that keeps a device cookie in the browser.
pub fn set_cookie(state: &AppState, value: &str) -> HeaderValue {
    let secure = session::is_secure(state);
    let text = format!(
        "{}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}{}",
        cookie_name(secure),
        DAYS * 86_400,
        if secure { "; Secure" } else { "" }
    );
    // The value is base64url and a dot: always a valid header.
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::header;

    fn with_cookie(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        let cookie = format!("theme=dark; atelier-device={value}");
        headers.insert(
            header::COOKIE,
            HeaderValue::from_str(&cookie).expect("header"),
        );
        headers
    }

    #[test]
    fn a_device_cookie_belongs_to_one_account_and_one_password() {
        let hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g";
        let value = issue("ada@example.com", hash).expect("random");
        let headers = with_cookie(&value);
        let key = recognise(&headers, false, "ada@example.com", hash).expect("recognised");
        assert_eq!(
            recognise(&headers, false, "ada@example.com", hash),
            Some(key)
        );
        assert_eq!(
            recognise(&headers, true, "ada@example.com", hash),
            None,
            "__Host- name over HTTPS"
        );
        assert_eq!(recognise(&headers, false, "bob@example.com", hash), None);
        assert_eq!(
            recognise(&headers, false, "ada@example.com", "$argon2id$new"),
            None
        );
        let other = issue("ada@example.com", hash).expect("random");
        assert_ne!(
            recognise(&with_cookie(&other), false, "ada@example.com", hash),
            Some(key)
        );
        let (nonce, _) = value.split_once('.').expect("dot");
        for forged in [
            format!("{nonce}."),
            format!("{nonce}.AAAA"),
            nonce.to_owned(),
            "x".repeat(500),
        ] {
            assert_eq!(
                recognise(&with_cookie(&forged), false, "ada@example.com", hash),
                None,
                "{forged}"
            );
        }
    }
}

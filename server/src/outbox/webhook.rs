//! The signed webhook: the brief as JSON, POSTed to the jeweler's CRM.
//!
//! Headers: `Atelier-Timestamp: <unix seconds>` and `Atelier-Signature: v1=<hex>`, where the hex
//! is HMAC-SHA256 with the shared secret over `"{timestamp}.{body}"`. The receiver recomputes it
//! over the raw body, compares in constant time, and rejects timestamps more than five minutes off
//! (replays). `Atelier-Delivery` is stable across retries of one delivery, for deduplication.

use crate::config::Webhook;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::time::Duration;

/// How long the CRM may take to answer.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// `v1=<hex of HMAC-SHA256(secret, "{timestamp}.{body}")>`.
pub fn sign(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC accepts keys of any length"));
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!("v1={}", hex::encode(mac.finalize().into_bytes()))
}

/// Checks a signature as a CRM would: constant-time comparison, timestamp within `tolerance_secs`.
pub fn verify(
    secret: &str,
    timestamp: &str,
    signature: &str,
    body: &[u8],
    now: i64,
    tolerance_secs: i64,
) -> bool {
    let Ok(ts) = timestamp.parse::<i64>() else {
        return false;
    };
    if (now - ts).abs() > tolerance_secs {
        return false;
    }
    let Some(hex_sig) = signature.strip_prefix("v1=") else {
        return false;
    };
    let Ok(expected) = hex::decode(hex_sig) else {
        return false;
    };
    let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes()) else {
        return false;
    };
    mac.update(timestamp.as_bytes());
    mac.update(b".");
    mac.update(body);
    mac.verify_slice(&expected).is_ok()
}

/// POSTs the body; any 2xx is a delivery, anything else an error to retry.
pub async fn post(
    client: &reqwest::Client,
    webhook: &Webhook,
    body: Vec<u8>,
    timestamp: i64,
    delivery_id: i64,
) -> Result<(), String> {
    let signature = sign(&webhook.secret, timestamp, &body);
    let response = client
        .post(&webhook.url)
        .timeout(TIMEOUT)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header("Atelier-Timestamp", timestamp.to_string())
        .header("Atelier-Signature", signature)
        .header("Atelier-Delivery", delivery_id.to_string())
        .body(body)
        .send()
        .await
        .map_err(|e| format!("webhook request failed: {e}"))?;
    let status = response.status();
    if status.is_success() {
        Ok(())
    } else {
        Err(format!("webhook answered {status}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_and_verify() {
        let sig = sign("0123456789abcdef", 1_700_000_000, b"{\"a\":1}");
        assert!(sig.starts_with("v1=") && sig.len() == 3 + 64);
        assert!(verify(
            "0123456789abcdef",
            "1700000000",
            &sig,
            b"{\"a\":1}",
            1_700_000_100,
            300
        ));
        assert!(!verify(
            "0123456789abcdef",
            "1700000000",
            &sig,
            b"{\"a\":2}",
            1_700_000_100,
            300
        ));
        assert!(!verify(
            "wrong-secret-0000",
            "1700000000",
            &sig,
            b"{\"a\":1}",
            1_700_000_100,
            300
        ));
        assert!(!verify(
            "0123456789abcdef",
            "1700000000",
            &sig,
            b"{\"a\":1}",
            1_700_001_000,
            300
        ));
    }
}

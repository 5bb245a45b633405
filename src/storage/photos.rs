//! The photos of a brief waiting to be sent, kept in IndexedDB. localStorage holds about 5 MB per
//! site, less than five photos take in base64, so the waiting request keeps its text there and its
//! photos here, under its idempotency key, as one array of base64 strings in their order. There
//! is only ever one waiting brief a shop, so forgetting clears the whole store (orphans included):
//! each shop under a path prefix has a database of its own (`shop_key`).

use js_sys::{Array, Promise};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode};

const DATABASE: &str = "atelier";
const VERSION: u32 = 1;
const STORE: &str = "pending-brief-photos";

/// Resolves with a request's result once it succeeds; rejects when it fails.
async fn request_done(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let done = request.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &done.result().unwrap_or(JsValue::UNDEFINED));
        });
        let on_error = Closure::once_into_js(move || {
            let _ = reject.call1(
                &JsValue::NULL,
                &JsValue::from_str("IndexedDB request failed"), // i18n: not words (a log line)
            );
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await
}

/// Resolves once a write transaction is committed; rejects when it aborts.
async fn committed(transaction: &IdbTransaction) -> Result<(), JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let failed = Closure::once_into_js(move || {
            // i18n: not words (a log line)
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str("IndexedDB write failed"));
        });
        transaction.set_oncomplete(Some(on_complete.unchecked_ref()));
        // A failed write (a full disk, too) aborts the transaction, after its error event: abort
        // alone is the one signal that fires exactly once.
        transaction.set_onabort(Some(failed.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(|_| ())
}

async fn open() -> Result<IdbDatabase, JsValue> {
    let factory = web_sys::window()
        .ok_or_else(|| JsValue::from_str("no window"))?
        .indexed_db()?
        .ok_or_else(|| JsValue::from_str("no IndexedDB"))?;
    let request: IdbOpenDbRequest = factory.open_with_u32(&super::shop_key(DATABASE), VERSION)?;
    let upgrading = request.clone();
    // Version 1 is the first: an upgrade is the database being created.
    let on_upgrade = Closure::once_into_js(move || {
        if let Some(db) = upgrading
            .result()
            .ok()
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok())
        {
            let _ = db.create_object_store(STORE);
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    request_done(&request).await?.dyn_into()
}

async fn try_keep(key: &str, photos: &[String]) -> Result<(), JsValue> {
    let db = open().await?;
    let transaction = db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?;
    let list: Array = photos.iter().map(|p| JsValue::from_str(p)).collect();
    transaction
        .object_store(STORE)?
        .put_with_key(&list, &JsValue::from_str(key))?;
    let result = committed(&transaction).await;
    db.close();
    result
}

/// Keeps the photos of the brief with this idempotency key; `false` if the browser refused
/// (IndexedDB disabled, or the disk full).
pub async fn keep(key: &str, photos: &[String]) -> bool {
    try_keep(key, photos).await.is_ok()
}

async fn try_load(key: &str) -> Result<Option<Vec<String>>, JsValue> {
    let db = open().await?;
    let transaction = db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readonly)?;
    let request = transaction
        .object_store(STORE)?
        .get(&JsValue::from_str(key))?;
    let value = request_done(&request).await;
    db.close();
    let value = value?;
    if !Array::is_array(&value) {
        return Ok(None);
    }
    Ok(Array::from(&value)
        .iter()
        .map(|v| v.as_string())
        .collect::<Option<Vec<_>>>())
}

/// The photos kept for this idempotency key, if the browser still has them all.
pub async fn load(key: &str) -> Option<Vec<String>> {
    try_load(key).await.ok().flatten()
}

async fn try_forget() -> Result<(), JsValue> {
    let db = open().await?;
    let transaction = db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?;
    transaction.object_store(STORE)?.clear()?;
    let result = committed(&transaction).await;
    db.close();
    result
}

/// Forgets every kept photo once the server has the brief (or refused it for good). Nothing to do
/// if the browser refuses: the next brief's photos replace them.
pub async fn forget() {
    let _ = try_forget().await;
}

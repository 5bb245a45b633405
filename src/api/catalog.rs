//! The catalog `GET /api/catalog` serves, read through the browser's `JSON.parse` and
//! `Reflect` rather than serde's derived reader, which would cost the first wasm chunk tens of
//! kilobytes; core's [`Catalog::read`] decides what a well-formed catalog is.

use atelier_core::catalog::{Catalog, Json, ReadError};
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};

/// Why a served body is not a catalog.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum CatalogError {
    /// Not JSON at all.
    #[error("the catalog is not JSON")]
    NotJson,
    /// JSON, but not a catalog.
    #[error(transparent)]
    Shape(#[from] ReadError),
}

/// Reads the body of `GET /api/catalog`.
pub fn read_catalog(text: &str) -> Result<Catalog, CatalogError> {
    let doc = js_sys::JSON::parse(text).map_err(|_| CatalogError::NotJson)?;
    Ok(Catalog::read(&Node(doc))?)
}

/// A value `JSON.parse` made.
struct Node(JsValue);

impl Json for Node {
    fn is_object(&self) -> bool {
        self.0.is_object() && !js_sys::Array::is_array(&self.0)
    }

    /// The catalog's member names are none of `Object.prototype`'s, and `JSON.parse` makes no
    /// `undefined`, so `undefined` here means the member is missing.
    fn member(&self, name: &str) -> Option<Self> {
        if !self.is_object() {
            return None;
        }
        let value = js_sys::Reflect::get(&self.0, &JsValue::from_str(name)).ok()?;
        (!value.is_undefined()).then_some(Node(value))
    }

    fn members(&self) -> Option<Vec<(String, Self)>> {
        if !self.is_object() {
            return None;
        }
        js_sys::Object::entries(self.0.unchecked_ref())
            .iter()
            .map(|pair| {
                let pair: js_sys::Array = pair.unchecked_into();
                Some((pair.get(0).as_string()?, Node(pair.get(1))))
            })
            .collect()
    }

    fn elements(&self) -> Option<Vec<Self>> {
        self.0
            .dyn_ref::<js_sys::Array>()
            .map(|array| array.iter().map(Node).collect())
    }

    fn string(&self) -> Option<String> {
        self.0.as_string()
    }

    fn number(&self) -> Option<f64> {
        self.0.as_f64()
    }

    fn boolean(&self) -> Option<bool> {
        self.0.as_bool()
    }

    fn is_null(&self) -> bool {
        self.0.is_null()
    }
}

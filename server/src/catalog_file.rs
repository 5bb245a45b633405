//! The catalog the server offers and validates against: core's built-in one, or the jeweler's
//! override file (JSON, or TOML when the name ends in `.toml`), checked once at start so a mistake
//! stops the server with the file and key named instead of reaching visitors.

use atelier_core::catalog::{Catalog, CatalogError};
use std::path::{Path, PathBuf};

/// Why the catalog override could not be used.
#[derive(Debug, thiserror::Error)]
pub enum CatalogFileError {
    #[error("cannot read the catalog file {path} (setting `catalog`): {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the catalog file {path} is not valid at `{key}`: {message}")]
    Parse {
        path: PathBuf,
        key: String,
        message: String,
    },
    #[error("the catalog file {path} is inconsistent: {source}")]
    Invalid { path: PathBuf, source: CatalogError },
}

/// The built-in catalog, or the override at `path`, validated.
pub fn load(path: Option<&Path>) -> Result<Catalog, CatalogFileError> {
    let Some(path) = path else {
        return Ok(Catalog::builtin());
    };
    let text = std::fs::read_to_string(path).map_err(|source| CatalogFileError::Read {
        path: path.to_owned(),
        source,
    })?;
    let parse_error = |key: String, message: String| CatalogFileError::Parse {
        path: path.to_owned(),
        key,
        message,
    };
    let catalog: Catalog = if path.extension().is_some_and(|e| e == "toml") {
        let de = toml::Deserializer::parse(&text)
            .map_err(|e| parse_error(".".to_owned(), e.to_string()))?;
        serde_path_to_error::deserialize(de)
            .map_err(|e| parse_error(e.path().to_string(), e.inner().message().to_owned()))?
    } else {
        let mut de = serde_json::Deserializer::from_str(&text);
        serde_path_to_error::deserialize(&mut de)
            .map_err(|e| parse_error(e.path().to_string(), e.inner().to_string()))?
    };
    catalog
        .validate()
        .map_err(|source| CatalogFileError::Invalid {
            path: path.to_owned(),
            source,
        })?;
    Ok(catalog)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_without_a_path() {
        assert_eq!(load(None).expect("builtin"), Catalog::builtin());
    }

    #[test]
    fn an_override_round_trips_and_errors_name_the_key() {
        let dir = tempfile::tempdir().expect("dir");
        let good = dir.path().join("catalog.json");
        let mut catalog = Catalog::builtin();
        catalog.metals.truncate(2);
        std::fs::write(&good, serde_json::to_string(&catalog).expect("json")).expect("write");
        assert_eq!(load(Some(&good)).expect("valid"), catalog);

        let mut json = serde_json::to_value(&catalog).expect("json");
        json["carat"]["min"] = serde_json::json!("lots");
        let bad = dir.path().join("bad.json");
        std::fs::write(&bad, json.to_string()).expect("write");
        let error = load(Some(&bad)).expect_err("bad type").to_string();
        assert!(
            error.contains("bad.json") && error.contains("carat.min"),
            "{error}"
        );

        let missing = load(Some(&dir.path().join("none.json")))
            .expect_err("missing")
            .to_string();
        assert!(missing.contains("none.json"), "{missing}");
    }
}

//! Server configuration: `atelier.toml`, then `ATELIER_*` environment variables on top.
//!
//! A wrong setting stops the server at start with a message that names the key, rather than
//! surfacing later as a puzzling failure.

use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// The settings the server runs with.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Address to listen on (`bind`, `ATELIER_BIND`).
    pub bind: SocketAddr,
    /// Folder for the SQLite database and outgoing mail files (`data_dir`, `ATELIER_DATA_DIR`).
    pub data_dir: PathBuf,
    /// Folder with the built web app (`static_dir`, `ATELIER_STATIC_DIR`).
    pub static_dir: PathBuf,
    /// The jeweler's shop name, shown to visitors (`shop_name`, `ATELIER_SHOP_NAME`).
    pub shop_name: String,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            bind: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data_dir: PathBuf::from("data"),
            static_dir: PathBuf::from("dist"),
            shop_name: "Atelier".to_owned(),
        }
    }
}

/// Why the configuration could not be loaded. Every variant names the file or key at fault.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read the configuration file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the configuration file {path} is not valid: {message}")]
    Parse { path: PathBuf, message: String },
    #[error("setting `{key}` has an invalid value {value:?}: {reason}")]
    Invalid {
        key: String,
        value: String,
        reason: String,
    },
}

/// The file's shape: every key optional, unknown keys refused so typos are caught.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    bind: Option<String>,
    data_dir: Option<PathBuf>,
    static_dir: Option<PathBuf>,
    shop_name: Option<String>,
}

impl Config {
    /// Loads the configuration. A missing file is fine when it was not asked for explicitly
    /// (`explicit == false`): the defaults and environment then apply.
    pub fn load(
        path: &Path,
        explicit: bool,
        env: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Self, ConfigError> {
        let file = match std::fs::read_to_string(path) {
            Ok(text) => toml::from_str::<FileConfig>(&text).map_err(|e| ConfigError::Parse {
                path: path.to_owned(),
                message: e.to_string(),
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => {
                FileConfig::default()
            }
            Err(source) => {
                return Err(ConfigError::Read {
                    path: path.to_owned(),
                    source,
                })
            }
        };
        let mut config = Config::default();
        if let Some(bind) = file.bind {
            config.bind = parse_bind("bind", &bind)?;
        }
        config.data_dir = file.data_dir.unwrap_or(config.data_dir);
        config.static_dir = file.static_dir.unwrap_or(config.static_dir);
        config.shop_name = file.shop_name.unwrap_or(config.shop_name);
        for (key, value) in env {
            match key.as_str() {
                "ATELIER_BIND" => config.bind = parse_bind(&key, &value)?,
                "ATELIER_DATA_DIR" => config.data_dir = PathBuf::from(value),
                "ATELIER_STATIC_DIR" => config.static_dir = PathBuf::from(value),
                "ATELIER_SHOP_NAME" => config.shop_name = value,
                _ => {}
            }
        }
        if config.shop_name.trim().is_empty() {
            return Err(ConfigError::Invalid {
                key: "shop_name".to_owned(),
                value: config.shop_name,
                reason: "the shop needs a name visitors can recognise".to_owned(),
            });
        }
        Ok(config)
    }
}

fn parse_bind(key: &str, value: &str) -> Result<SocketAddr, ConfigError> {
    value.parse().map_err(|_| ConfigError::Invalid {
        key: key.to_owned(),
        value: value.to_owned(),
        reason: "expected an address and port such as 127.0.0.1:8080".to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(text: &str) -> tempfile::NamedTempFile {
        let file = tempfile::NamedTempFile::new().expect("temp file");
        std::fs::write(file.path(), text).expect("write config");
        file
    }

    #[test]
    fn defaults_apply_without_a_file() {
        let config =
            Config::load(Path::new("/nonexistent/atelier.toml"), false, []).expect("defaults");
        assert_eq!(config, Config::default());
    }

    #[test]
    fn an_explicit_missing_file_is_an_error() {
        let error = Config::load(Path::new("/nonexistent/atelier.toml"), true, []).unwrap_err();
        assert!(error.to_string().contains("/nonexistent/atelier.toml"));
    }

    #[test]
    fn environment_overrides_the_file() {
        let file = write("bind = \"127.0.0.1:9000\"\nshop_name = \"Maison Or\"\n");
        let env = [("ATELIER_BIND".to_owned(), "127.0.0.1:9100".to_owned())];
        let config = Config::load(file.path(), true, env).expect("valid");
        assert_eq!(config.bind.port(), 9100);
        assert_eq!(config.shop_name, "Maison Or");
    }

    #[test]
    fn errors_name_the_key() {
        let env = [("ATELIER_BIND".to_owned(), "localhost".to_owned())];
        let error = Config::load(Path::new("missing.toml"), false, env).unwrap_err();
        assert!(error.to_string().contains("ATELIER_BIND"), "{error}");

        let file = write("shop_nmae = \"typo\"\n");
        let error = Config::load(file.path(), true, []).unwrap_err();
        assert!(error.to_string().contains("shop_nmae"), "{error}");
    }
}

//! Studio accounts and the one-time setup link that creates the first one.
//!
//! While no account exists, every start issues a fresh setup token (only its SHA-256 is stored,
//! it expires after [`SETUP_TOKEN_HOURS`] and works once) and prints the link. `atelier-server
//! user add` calls [`add_user`] directly.

use super::password::{self, PasswordError};
use super::token;
use crate::clock;
use crate::store;
use crate::store::accounts::SetupOutcome;
use crate::store::{Database, DbError};

/// How long a setup link stays valid.
pub const SETUP_TOKEN_HOURS: i64 = 24;

/// Why an account could not be created.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("{0:?} is not an email address")]
    Email(String),
    #[error("password: {0}")]
    WeakPassword(String),
    #[error("an account for {0} already exists")]
    Exists(String),
    #[error(transparent)]
    Password(#[from] PasswordError),
    #[error(transparent)]
    Db(#[from] DbError),
}

/// The account email as stored: trimmed and lower-cased, if it looks like an address.
pub fn normalise_email(email: &str) -> Result<String, AccountError> {
    let email = email.trim().to_lowercase();
    if atelier_core::brief::is_reasonable_email(&email) {
        Ok(email)
    } else {
        Err(AccountError::Email(email))
    }
}

/// Checks email and password and hashes the password (on a blocking thread).
pub async fn prepare(email: &str, password: &str) -> Result<(String, String), AccountError> {
    let email = normalise_email(email)?;
    if let Some(why) = password::weakness(password) {
        return Err(AccountError::WeakPassword(why));
    }
    let hash = password::hash(password.to_owned()).await?;
    Ok((email, hash))
}

/// Adds an account (the `user add` command); any setup link goes, being pointless from then on.
pub async fn add_user(db: &Database, email: &str, password: &str) -> Result<i64, AccountError> {
    let (email, hash) = prepare(email, password).await?;
    store::accounts::add_user(db, &email, &hash, clock::now_unix())
        .await?
        .ok_or(AccountError::Exists(email))
}

/// When no account exists: replaces any earlier setup token with a fresh one valid from `now`
/// and returns it. With an account, `None`.
pub async fn issue_setup_token(db: &Database, now: i64) -> Result<Option<String>, AccountError> {
    if store::accounts::any_user(db).await? {
        return Ok(None);
    }
    let secret = token::random_token().map_err(PasswordError::from)?;
    store::accounts::replace_setup_token(
        db,
        &token::digest(&secret),
        now + SETUP_TOKEN_HOURS * 3600,
    )
    .await?;
    Ok(Some(secret))
}

/// Why a setup request was refused.
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error("this setup link is unknown, used or expired; restart the server for a new one")]
    BadToken,
    #[error("the studio already has an account; sign in instead")]
    Done,
    #[error(transparent)]
    Account(#[from] AccountError),
}

/// Whether `token_text` is a setup token that is unused and unexpired at `now` (checked before
/// any password is hashed, so a wrong link costs the server nothing).
pub async fn setup_token_live(db: &Database, token_text: &str, now: i64) -> Result<bool, DbError> {
    store::accounts::setup_token_live(db, &token::digest(token_text), now).await
}

/// Spends the setup token at `now` and creates the first account with an already hashed password,
/// all in one transaction. The new account's id.
pub async fn complete_setup(
    db: &Database,
    token_text: &str,
    email: &str,
    password_hash: &str,
    now: i64,
) -> Result<i64, SetupError> {
    let outcome =
        store::accounts::complete_setup(db, &token::digest(token_text), email, password_hash, now)
            .await
            .map_err(AccountError::from)?;
    match outcome {
        SetupOutcome::Created(id) => Ok(id),
        SetupOutcome::TokenRefused => Err(SetupError::BadToken),
        SetupOutcome::AccountExists => Err(SetupError::Done),
        SetupOutcome::EmailTaken => Err(AccountError::Exists(email.to_owned()).into()),
    }
}

/// At start: if no account exists, issues a setup token and prints the link on stdout and in the
/// log. `base` is the public URL or `http://<bound address>`.
pub async fn announce_setup(db: &Database, base: &str) -> Result<Option<String>, AccountError> {
    let Some(secret) = issue_setup_token(db, clock::now_unix()).await? else {
        return Ok(None);
    };
    let link = format!("{}/studio/setup?token={secret}", base.trim_end_matches('/'));
    println!("studio setup: {link}");
    tracing::info!(
        "no studio account yet: open the setup link above within {SETUP_TOKEN_HOURS} h, or run `atelier-server user add <email>`"
    );
    Ok(Some(link))
}

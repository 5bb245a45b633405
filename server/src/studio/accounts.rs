//! Studio accounts and the one-time setup link that creates the first one.
//!
//! While no account exists, every start issues a fresh setup token (only its SHA-256 is stored,
//! it expires after [`SETUP_TOKEN_HOURS`] and works once) and prints the link. `atelier-server
//! user add` calls [`add_user`] directly.

use super::password::{self, PasswordError};
use super::token;
use crate::clock;
use crate::db::{Database, DbError};

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

impl From<sqlx::Error> for AccountError {
    fn from(e: sqlx::Error) -> Self {
        AccountError::Db(DbError::Sqlx(e))
    }
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

/// Inserts an account inside `tx`; the id, or [`AccountError::Exists`].
pub async fn insert(
    tx: &mut sqlx::SqliteConnection,
    email: &str,
    password_hash: &str,
    now: i64,
) -> Result<i64, AccountError> {
    let result = sqlx::query_scalar(
        "INSERT INTO studio_users (email, password_hash, created_at) VALUES (?, ?, ?) RETURNING id",
    )
    .bind(email)
    .bind(password_hash)
    .bind(clock::rfc3339(now))
    .fetch_one(&mut *tx)
    .await;
    match result {
        Ok(id) => Ok(id),
        Err(e)
            if e.as_database_error()
                .is_some_and(|d| d.is_unique_violation()) =>
        {
            Err(AccountError::Exists(email.to_owned()))
        }
        Err(e) => Err(e.into()),
    }
}

/// Adds an account (the `user add` command).
pub async fn add_user(db: &Database, email: &str, password: &str) -> Result<i64, AccountError> {
    let (email, hash) = prepare(email, password).await?;
    let mut conn = db.writer().acquire().await?;
    let id = insert(&mut conn, &email, &hash, clock::now_unix()).await?;
    // A setup link is pointless once an account exists.
    sqlx::query("DELETE FROM studio_setup_tokens")
        .execute(&mut *conn)
        .await?;
    Ok(id)
}

/// The account's id and password hash, by normalised email.
pub async fn find(db: &Database, email: &str) -> Result<Option<(i64, String)>, DbError> {
    Ok(
        sqlx::query_as("SELECT id, password_hash FROM studio_users WHERE email = ?")
            .bind(email)
            .fetch_optional(db.reader())
            .await?,
    )
}

/// When no account exists: replaces any earlier setup token with a fresh one valid from `now`
/// and returns it. With an account, `None`.
pub async fn issue_setup_token(db: &Database, now: i64) -> Result<Option<String>, AccountError> {
    if super::session::any_account(db).await? {
        return Ok(None);
    }
    let secret = token::random_token().map_err(PasswordError::from)?;
    let mut tx = db.writer().begin().await?;
    sqlx::query("DELETE FROM studio_setup_tokens")
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO studio_setup_tokens (token_hash, expires_at) VALUES (?, ?)")
        .bind(token::digest(&secret))
        .bind(now + SETUP_TOKEN_HOURS * 3600)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
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

impl From<sqlx::Error> for SetupError {
    fn from(e: sqlx::Error) -> Self {
        SetupError::Account(e.into())
    }
}

/// Whether `token_text` is a setup token that is unused and unexpired at `now` (checked before
/// any password is hashed, so a wrong link costs the server nothing).
pub async fn setup_token_live(db: &Database, token_text: &str, now: i64) -> Result<bool, DbError> {
    let live: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM studio_setup_tokens \
         WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
    )
    .bind(token::digest(token_text))
    .bind(now)
    .fetch_one(db.reader())
    .await?;
    Ok(live > 0)
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
    let mut tx = db.writer().begin().await?;
    let spent = sqlx::query(
        "UPDATE studio_setup_tokens SET used_at = ? \
         WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
    )
    .bind(now)
    .bind(token::digest(token_text))
    .bind(now)
    .execute(&mut *tx)
    .await?;
    if spent.rows_affected() != 1 {
        return Err(SetupError::BadToken);
    }
    let accounts: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM studio_users")
        .fetch_one(&mut *tx)
        .await?;
    if accounts > 0 {
        return Err(SetupError::Done);
    }
    let id = insert(&mut tx, email, password_hash, now).await?;
    tx.commit().await?;
    Ok(id)
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

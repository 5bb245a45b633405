//! Studio accounts and the one-time setup link that creates a shop's first one.
//!
//! An account is a person (one per email in the deployment) and a member of the shops whose
//! studios they open; everything here is for the handle's shop. While the shop has no account,
//! every start issues a fresh setup token (only its SHA-256 is stored, it expires after
//! [`SETUP_TOKEN_HOURS`], works once and only in its shop) and prints the link.
//! `atelier-server user add` calls [`add_user`] directly.
//!
//! Someone who is already another shop's jeweler keeps one account and one password: `user add`
//! makes them a member without changing their password (the one typed is not used, and the
//! command says so), and the setup link lets them join only with their own password
//! ([`join_setup`], which `studio::auth::setup` calls after checking it).

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
    #[error("{0} already opens this shop's studio; nothing changed")]
    Exists(String),
    #[error("no studio account has the email {0}")]
    Unknown(String),
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

/// Where an email stands in this shop, for `user add` to ask for a password only when it will
/// use one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// The shop has this account already.
    Member,
    /// Another shop's jeweler: joining keeps their own password.
    Elsewhere,
    /// Nobody in the deployment has this email.
    Newcomer,
}

/// Where `email` (as typed) stands in the shop, with the email as stored.
pub async fn standing(db: &Database, email: &str) -> Result<(String, Standing), AccountError> {
    let email = normalise_email(email)?;
    let standing = if store::accounts::find_user(db, &email).await?.is_some() {
        Standing::Member
    } else if store::accounts::find_person(db, &email).await?.is_some() {
        Standing::Elsewhere
    } else {
        Standing::Newcomer
    };
    Ok((email, standing))
}

/// Makes a person who has an account in another shop a member of this one (the `user add`
/// command); their password stays theirs, and any setup link of the shop goes.
pub async fn add_member(db: &Database, email: &str) -> Result<i64, AccountError> {
    let email = normalise_email(email)?;
    let person = store::accounts::find_person(db, &email)
        .await?
        .ok_or_else(|| AccountError::Unknown(email.clone()))?;
    store::accounts::add_user(db, &email, &person.password_hash, clock::now_unix())
        .await?
        .ok_or(AccountError::Exists(email))
}

/// Adds an account to the shop (the `user add` command); any setup link of the shop goes, being
/// pointless from then on. A person who exists already (another shop's jeweler) becomes a member
/// and keeps their own password: `password` is not used for them, and the command says so.
pub async fn add_user(db: &Database, email: &str, password: &str) -> Result<i64, AccountError> {
    let (email, hash) = prepare(email, password).await?;
    let existed = store::accounts::find_person(db, &email).await?.is_some();
    let id = store::accounts::add_user(db, &email, &hash, clock::now_unix())
        .await?
        .ok_or_else(|| AccountError::Exists(email.clone()))?;
    if existed {
        tracing::warn!(
            email,
            "this person already has an account in the deployment: it now opens this shop's \
             studio too, with its own password (the password given here was not used)"
        );
    }
    Ok(id)
}

/// When the shop has no account: replaces any earlier setup token of the shop with a fresh one
/// valid from `now` and returns it. With an account, `None`.
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

/// Whether `token_text` is a setup token of the shop that is unused and unexpired at `now`
/// (checked before any password is hashed, so a wrong link costs the server nothing).
pub async fn setup_token_live(db: &Database, token_text: &str, now: i64) -> Result<bool, DbError> {
    store::accounts::setup_token_live(db, &token::digest(token_text), now).await
}

/// Spends the shop's setup token at `now` and creates its first account, a new person with an
/// already hashed password, all in one transaction. The new account's id; an email someone has
/// already is [`AccountError::Exists`] (they join with [`join_setup`]).
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

/// Spends the shop's setup token at `now` and makes the existing person `user_id` its first
/// account, their password unchanged, all in one transaction. Only once whoever holds the link
/// has given that person's password. Their id.
pub async fn join_setup(
    db: &Database,
    token_text: &str,
    user_id: i64,
    now: i64,
) -> Result<i64, SetupError> {
    let outcome = store::accounts::join_by_setup(db, &token::digest(token_text), user_id, now)
        .await
        .map_err(AccountError::from)?;
    match outcome {
        SetupOutcome::Created(id) => Ok(id),
        SetupOutcome::TokenRefused => Err(SetupError::BadToken),
        SetupOutcome::AccountExists | SetupOutcome::EmailTaken => Err(SetupError::Done),
    }
}

/// At start: if the shop has no account, issues a setup token and prints the link on stdout and
/// in the log. `base` is the public URL or `http://<bound address>`.
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

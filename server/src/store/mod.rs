//! Everything the server keeps, in one place: every SQL statement lives in this module's files,
//! and handlers, the outbox worker and the studio call the functions here. Each file keeps one
//! kind of record for its readers:
//!
//! - [`consultations`]: the briefs as sent, their pictures, idempotency and the first deliveries;
//! - [`files`] and [`objects`]: the bytes of every picture, kept as objects outside the
//!   database, and moving old rows' bytes out to them;
//! - [`outbox`]: what is due to be delivered, the leases and the attempts;
//! - [`accounts`] and [`retention`]: the studio's users, setup tokens and sessions, and what
//!   retention erases;
//! - [`briefs`], [`inbox`] and [`export`]: the studio's view of one brief, of the inbox and of
//!   the export;
//! - [`links`], [`messages`], [`proposals`], [`booking`], [`stages`] and [`erasure`]: the
//!   commission after the brief.
//!
//! - [`shops`]: the shops of the deployment; every other module's statements are one shop's.
//!
//! - [`migrate`]: moving a SQLite deployment into PostgreSQL, and proving the copy.
//!
//! The functions take a [`Database`] and return typed rows; callers never see a connection, a
//! transaction, SQL or which engine keeps the rows. [`Database`] is SQLite in one file ([`sqlite`],
//! the default) or PostgreSQL for several processes ([`postgres`]), chosen by `database_url`; each
//! engine has its own migrations (`migrations/sqlite`, `migrations/postgres`). A module's
//! statements are written once and compiled for both engines (`engines`); where the engines
//! really differ (claiming deliveries, searching the inbox) the module says so beside the two
//! versions.

pub mod accounts;
pub mod booking;
pub mod briefs;
pub mod consultations;
pub mod database;
pub(crate) mod engines;
pub mod erasure;
pub mod error;
pub mod export;
pub mod files;
pub mod inbox;
pub mod links;
pub mod messages;
pub mod migrate;
pub mod objects;
pub mod outbox;
pub mod postgres;
pub mod proposals;
pub mod retention;
pub mod shop_files;
pub mod shops;
pub mod sqlite;
pub mod stages;

pub use database::{Database, Engine, Location};
pub use error::{DbError, Outage};
pub use shops::ShopId;

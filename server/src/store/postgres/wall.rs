//! Row-level security's side in the store: how a shop's handle puts its wall up, and how every
//! connection takes it down before it goes back to the pool.
//!
//! Migration 0012 hides every row of another shop while the setting `atelier.shop` names a shop.
//! A shop's writes set it for their transaction only (`set_config(…, true)`: it ends with the
//! transaction). A shop's reads run on a connection of their own from the pool, so they set it for
//! the connection, and the pool's `after_release` hook ([`take_down`]) clears it again whenever a
//! connection is given back, even by a read whose future was dropped half-way (a visitor who went
//! away). A connection is therefore never handed out with another shop's wall still up, which would
//! silently hide rows from the deployment's own work (claiming every shop's deliveries).
//!
//! `&Postgres` is the [`Executor`] the store's statements run on: a deployment's handle passes them
//! to the pool as it is, a shop's handle takes a connection, puts its wall up, and runs them there.
//! The rows of a read are gathered before they are handed on, as `fetch_all` would anyway.

use super::Postgres;
use crate::store::ShopId;
use futures_util::future::BoxFuture;
use futures_util::stream::{self, BoxStream, StreamExt, TryStreamExt};
use sqlx::pool::PoolConnection;
use sqlx::postgres::{PgQueryResult, PgRow, PgStatement, PgTypeInfo};
use sqlx::{Describe, Either, Execute, Executor, PgConnection};

/// How long a wall stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Lasts {
    /// Until the transaction ends.
    Transaction,
    /// Until the connection goes back to the pool ([`take_down`]).
    Connection,
}

/// Hides every other shop's rows from `conn`'s statements, for as long as `lasts`.
pub(super) async fn put_up(
    conn: &mut PgConnection,
    shop: ShopId,
    lasts: Lasts,
) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT set_config('atelier.shop', $1, $2)")
        .bind(shop.to_string())
        .bind(lasts == Lasts::Transaction)
        .execute(conn)
        .await
        .map(drop)
}

/// Clears a connection's wall as it goes back to the pool; `true` keeps the connection.
pub(super) async fn take_down(conn: &mut PgConnection) -> Result<bool, sqlx::Error> {
    sqlx::query("SELECT set_config('atelier.shop', '', false)")
        .execute(conn)
        .await
        .map(|_| true)
}

impl Postgres {
    /// A connection from the pool with this handle's wall up (none for the deployment's handle).
    async fn connection(&self) -> Result<PoolConnection<sqlx::Postgres>, sqlx::Error> {
        let mut conn = self.pool.acquire().await?;
        if let Some(shop) = self.wall {
            put_up(&mut conn, shop, Lasts::Connection).await?;
        }
        Ok(conn)
    }
}

impl<'c> Executor<'c> for &'c Postgres {
    type Database = sqlx::Postgres;

    fn fetch_many<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxStream<'e, Result<Either<PgQueryResult, PgRow>, sqlx::Error>>
    where
        'c: 'e,
        E: 'q + Execute<'q, Self::Database>,
    {
        if self.wall.is_none() {
            return self.pool.fetch_many(query);
        }
        let gathered = async move {
            let mut conn = self.connection().await?;
            conn.fetch_many(query).try_collect::<Vec<_>>().await
        };
        stream::once(gathered)
            .map(|rows| match rows {
                Ok(rows) => stream::iter(rows.into_iter().map(Ok)).left_stream(),
                Err(error) => stream::once(async move { Err(error) }).right_stream(),
            })
            .flatten()
            .boxed()
    }

    fn fetch_optional<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxFuture<'e, Result<Option<PgRow>, sqlx::Error>>
    where
        'c: 'e,
        E: 'q + Execute<'q, Self::Database>,
    {
        Box::pin(async move { self.connection().await?.fetch_optional(query).await })
    }

    fn prepare_with<'e, 'q: 'e>(
        self,
        sql: &'q str,
        parameters: &'e [PgTypeInfo],
    ) -> BoxFuture<'e, Result<PgStatement<'q>, sqlx::Error>>
    where
        'c: 'e,
    {
        self.pool.prepare_with(sql, parameters)
    }

    fn describe<'e, 'q: 'e>(
        self,
        sql: &'q str,
    ) -> BoxFuture<'e, Result<Describe<Self::Database>, sqlx::Error>>
    where
        'c: 'e,
    {
        self.pool.describe(sql)
    }
}

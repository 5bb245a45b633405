//! One set of statements, two engines.
//!
//! The PostgreSQL schema was made to read like SQLite's (the same tables, columns and
//! representations: see `migrations/postgres/`), so almost every statement is the same text on
//! both. Parameters are written `$1`, `$2`…, which both drivers bind by number (sqlx's SQLite
//! driver reads `$NNN` as `?NNN`). What differs is the Rust type of a connection and a pool, and
//! those are what [`statements!`] varies: a store module writes the functions that run its SQL once,
//! inside `statements! { … }`, and gets them twice, in `on_sqlite` and in `on_postgres`, each
//! compiled against its own driver with its own types. No `sqlx::Any` and its lowest common
//! denominator of types: each engine's code is the driver's own.
//!
//! Where the engines really differ (claiming due deliveries, the studio's search, the group
//! commit), a module writes the two versions by hand beside each other.
//!
//! Inside the block, `Engine` is the sqlx database, `Conn` a connection (a transaction derefs to
//! one) and `Pool` a pool of that engine; everything of the module around the block is in scope.
//! A block that calls another store module's statements names that module first
//! (`statements! { uses links; … }`): inside, `links::issue` is then the same engine's.

/// Compiles the functions inside once for each engine: as `on_sqlite::…` and `on_postgres::…`.
/// See the [module documentation](self).
macro_rules! statements {
    (uses $($module:ident),* ; $($item:item)*) => {
        /// This module's statements on SQLite (see `store::engines`).
        pub mod on_sqlite {
            #[allow(unused_imports)]
            use super::*;
            $(use $crate::store::$module::on_sqlite as $module;)*
            /// The engine these statements run on.
            #[allow(dead_code)]
            pub type Engine = sqlx::Sqlite;
            /// One connection, or a transaction's.
            #[allow(dead_code)]
            pub type Conn = sqlx::SqliteConnection;
            /// A pool of connections.
            #[allow(dead_code)]
            pub type Pool = sqlx::SqlitePool;
            $($item)*
        }
        /// This module's statements on PostgreSQL (see `store::engines`).
        pub mod on_postgres {
            #[allow(unused_imports)]
            use super::*;
            $(use $crate::store::$module::on_postgres as $module;)*
            /// The engine these statements run on.
            #[allow(dead_code)]
            pub type Engine = sqlx::Postgres;
            /// One connection, or a transaction's.
            #[allow(dead_code)]
            pub type Conn = sqlx::PgConnection;
            /// A pool of connections, behind the handle's shop wall if it has one
            /// (`store::postgres::wall`).
            #[allow(dead_code)]
            pub type Pool = $crate::store::postgres::Postgres;
            $($item)*
        }
    };
    ($($item:item)*) => {
        $crate::store::engines::statements! { uses ; $($item)* }
    };
}
pub(crate) use statements;

/// Runs a read on whichever engine `db` is on: `read!(db, |on, pool| on::count(pool).await)`,
/// where `on` is the calling module's `on_sqlite` or `on_postgres` and `pool` that engine's pool
/// for queries (SQLite's readers; on PostgreSQL the handle, which keeps a shop's handle behind
/// its wall).
macro_rules! read {
    ($db:expr, |$on:ident, $pool:ident| $body:expr) => {
        match $db.engine() {
            $crate::store::Engine::Sqlite(engine) => {
                use on_sqlite as $on;
                let $pool = engine.reader();
                $body
            }
            $crate::store::Engine::Postgres(engine) => {
                use on_postgres as $on;
                let $pool = engine;
                $body
            }
        }
    };
}
pub(crate) use read;

/// Runs a write on whichever engine `db` is on and waits until it is durable:
/// `commit!(db, data, |on, conn, data| on::store(conn, data))`. The job is the statements'
/// function over the connection and the data (no captures: it may run more than once), given to
/// SQLite's group commit or to a PostgreSQL transaction.
macro_rules! commit {
    ($db:expr, $data:expr, |$on:ident, $conn:ident, $d:pat_param| $call:expr) => {
        match $db.engine() {
            $crate::store::Engine::Sqlite(engine) => {
                use on_sqlite as $on;
                engine.write($data, |$conn, $d| Box::pin($call)).await
            }
            $crate::store::Engine::Postgres(engine) => {
                use on_postgres as $on;
                engine.write($data, |$conn, $d| Box::pin($call)).await
            }
        }
    };
}
pub(crate) use commit;

//! Group commit: the one writer connection stores every write that is waiting for it in one
//! transaction, with one fsync, and answers each caller only after that transaction's `COMMIT`.
//!
//! **Why durability is unchanged.** [`Writer::write`] returns `Ok` only after the `COMMIT` of the
//! transaction holding the caller's rows has returned, and with WAL and `synchronous = FULL` a
//! `COMMIT` returns only once the WAL is on disk. Batching changes how many callers share one
//! fsync, never when any of them is told: no 201 leaves before the commit that holds its brief.
//!
//! **Why batch-mates cannot hurt each other.** Jobs run one after another, in the order they were
//! queued, each inside its own `SAVEPOINT`. A job that fails is rolled back to its savepoint and
//! its caller gets its own error at once; the others carry on. A later job sees an earlier one's
//! rows, so two submissions with the same `Idempotency-Key` in one batch behave exactly as if they
//! had been committed one after the other (the second replays or conflicts). Some errors make
//! SQLite roll back the whole transaction by itself (`SQLITE_FULL`, I/O errors): then the failing
//! job gets its error and the jobs before it run again in a fresh transaction, which is why a job
//! is data plus a function that may run more than once (nothing of a job is visible, or answered,
//! before its commit). If the `COMMIT` itself fails (disk full, read-only, I/O error), nothing in
//! the batch is stored and every caller in it gets that same error.
//!
//! **No waiting for company.** The writer takes the first queued job, waits for the connection
//! (another writer, e.g. the studio, may hold it), then takes every job that queued meanwhile, up
//! to [`BATCH_MAX`]. It never waits on purpose: one caller alone gets a batch of one, as before,
//! and under load the jobs that arrive during one fsync form the next batch.

use super::DbError;
use futures_util::future::BoxFuture;
use sqlx::{SqliteConnection, SqlitePool};
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot};

/// The most jobs one transaction takes.
pub const BATCH_MAX: usize = 64;
/// Jobs that may wait for the writer before callers wait to queue (HTTP concurrency bounds it
/// long before this in practice).
const QUEUE_MAX: usize = 1024;

/// What a job returns: its SQL's result on the batch's connection.
pub type JobFuture<'c, T> = BoxFuture<'c, Result<T, sqlx::Error>>;

/// A job's statements: a plain function of the connection and the job's data, so the writer can
/// run it again if SQLite drops the transaction it was in (see the module documentation).
pub type Job<D, T> = for<'c> fn(&'c mut SqliteConnection, &'c D) -> JobFuture<'c, T>;

/// Counters for tests and benchmarks (not timings: how the writes were grouped).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriterStats {
    /// Jobs handed to the writer.
    pub queued: u64,
    /// Jobs whose rows were committed.
    pub committed_jobs: u64,
    /// Transactions committed.
    pub commits: u64,
    /// Transactions that could not begin or commit, or that SQLite rolled back under a job.
    pub failed_transactions: u64,
    /// The most jobs one committed transaction carried.
    pub largest_batch: u64,
}

#[derive(Debug, Default)]
struct Counters {
    queued: AtomicU64,
    committed_jobs: AtomicU64,
    commits: AtomicU64,
    failed_transactions: AtomicU64,
    largest_batch: AtomicU64,
}

/// The handle callers queue their writes through; cheap to clone.
#[derive(Clone)]
pub struct Writer {
    queue: mpsc::Sender<Box<dyn Item>>,
    counters: Arc<Counters>,
}

impl fmt::Debug for Writer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Writer")
            .field("stats", &self.stats())
            .finish()
    }
}

impl Writer {
    /// Starts the task that commits the batches on `pool` (the one-connection writer pool). It
    /// ends once every handle is dropped.
    pub fn start(pool: SqlitePool) -> Self {
        let (queue, jobs) = mpsc::channel(QUEUE_MAX);
        let counters = Arc::new(Counters::default());
        tokio::spawn(run(pool, jobs, Arc::clone(&counters)));
        Self { queue, counters }
    }

    /// Runs `job` over `data` in the next batch's transaction and returns its result once that
    /// transaction is committed (or the job's own error, its writes rolled back).
    ///
    /// The job is one unit, all or nothing. If the caller stops waiting, it still runs and
    /// commits.
    pub async fn write<D, T>(&self, data: D, job: Job<D, T>) -> Result<T, DbError>
    where
        D: Send + Sync + 'static,
        T: Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        let item = Pending {
            data,
            job,
            output: None,
            reply,
        };
        self.queue
            .send(Box::new(item))
            .await
            .map_err(|_| DbError::WriterStopped)?;
        self.counters.queued.fetch_add(1, Ordering::Relaxed);
        answer.await.map_err(|_| DbError::WriterStopped)?
    }

    /// How the writes so far were grouped.
    pub fn stats(&self) -> WriterStats {
        let c = &self.counters;
        WriterStats {
            queued: c.queued.load(Ordering::Relaxed),
            committed_jobs: c.committed_jobs.load(Ordering::Relaxed),
            commits: c.commits.load(Ordering::Relaxed),
            failed_transactions: c.failed_transactions.load(Ordering::Relaxed),
            largest_batch: c.largest_batch.load(Ordering::Relaxed),
        }
    }
}

/// A queued job with its caller's reply channel, its types erased so one queue holds all.
trait Item: Send {
    /// Runs the job on the batch's connection, keeping its output for [`Item::answer`].
    fn run<'c>(&'c mut self, conn: &'c mut SqliteConnection) -> JobFuture<'c, ()>;
    /// Answers the caller: the kept output, or `error`.
    fn answer(self: Box<Self>, error: Option<DbError>);
}

struct Pending<D, T> {
    data: D,
    job: Job<D, T>,
    output: Option<T>,
    reply: oneshot::Sender<Result<T, DbError>>,
}

impl<D, T> Item for Pending<D, T>
where
    D: Send + Sync + 'static,
    T: Send + 'static,
{
    fn run<'c>(&'c mut self, conn: &'c mut SqliteConnection) -> JobFuture<'c, ()> {
        let Pending {
            data, job, output, ..
        } = self;
        Box::pin(async move {
            *output = Some(job(conn, data).await?);
            Ok(())
        })
    }

    fn answer(self: Box<Self>, error: Option<DbError>) {
        let result = match (error, self.output) {
            (Some(error), _) => Err(error),
            (None, Some(output)) => Ok(output),
            // Only reachable if a job were answered without having run: say so, never panic.
            (None, None) => Err(DbError::WriterStopped),
        };
        // A caller that stopped waiting does not need its answer; its rows are stored anyway.
        let _ = self.reply.send(result);
    }
}

async fn run(pool: SqlitePool, mut jobs: mpsc::Receiver<Box<dyn Item>>, counters: Arc<Counters>) {
    while let Some(first) = jobs.recv().await {
        let conn = pool.acquire().await;
        let mut batch = vec![first];
        while batch.len() < BATCH_MAX {
            match jobs.try_recv() {
                Ok(item) => batch.push(item),
                Err(_) => break,
            }
        }
        let mut conn = match conn {
            Ok(conn) => conn,
            Err(e) => {
                counters.failed_transactions.fetch_add(1, Ordering::Relaxed);
                answer_all(batch, &Arc::new(e));
                continue;
            }
        };
        // Each round either ends the batch or answers (and drops) the job that lost the
        // transaction, so this ends within `batch.len()` rounds.
        while let Round::Again = attempt(&mut conn, &mut batch, &counters).await {}
    }
}

/// How one transaction over a batch ended.
enum Round {
    /// Committed, or nothing committed; either way every caller in the batch is answered.
    Done,
    /// SQLite rolled the transaction back under a job: that job is answered and gone from the
    /// batch, the rest must run again.
    Again,
}

/// Runs the jobs in one transaction. Jobs that fail alone are answered and removed at once.
///
/// The transaction is driven with plain `BEGIN`/`COMMIT`/`ROLLBACK` statements rather than sqlx's
/// `Transaction`, whose depth counter goes wrong when SQLite ends a transaction by itself, after
/// which every later `BEGIN` would fail.
async fn attempt(
    conn: &mut SqliteConnection,
    batch: &mut Vec<Box<dyn Item>>,
    counters: &Counters,
) -> Round {
    if batch.is_empty() {
        return Round::Done;
    }
    // Counted before callers are answered, so a caller that reads the counters sees its batch.
    let failed = || counters.failed_transactions.fetch_add(1, Ordering::Relaxed);
    if let Err(e) = begin(conn).await {
        failed();
        answer_all(batch.drain(..), &Arc::new(e));
        return Round::Done;
    }
    let mut i = 0;
    while i < batch.len() {
        let outcome = match execute(conn, "SAVEPOINT job").await {
            Ok(()) => batch[i].run(conn).await,
            Err(e) => Err(e),
        };
        let error = match outcome {
            Ok(()) => match execute(conn, "RELEASE job").await {
                Ok(()) => {
                    i += 1;
                    continue;
                }
                Err(e) => e,
            },
            Err(job_error) => {
                let undone = undo_job(conn).await;
                batch.remove(i).answer(Some(DbError::Sqlx(job_error)));
                if undone.is_ok() {
                    continue;
                }
                // The transaction went down with the job; the others have not been told anything.
                failed();
                let _ = execute(conn, "ROLLBACK").await;
                return Round::Again;
            }
        };
        failed();
        answer_all(batch.drain(..), &Arc::new(error));
        let _ = execute(conn, "ROLLBACK").await;
        return Round::Done;
    }
    match execute(conn, "COMMIT").await {
        Ok(()) => {
            let size = batch.len() as u64;
            counters.commits.fetch_add(1, Ordering::Relaxed);
            counters.committed_jobs.fetch_add(size, Ordering::Relaxed);
            counters.largest_batch.fetch_max(size, Ordering::Relaxed);
            for item in batch.drain(..) {
                item.answer(None);
            }
            Round::Done
        }
        Err(e) => {
            failed();
            answer_all(batch.drain(..), &Arc::new(e));
            // A failed COMMIT may leave the transaction open (e.g. SQLITE_BUSY): end it.
            let _ = execute(conn, "ROLLBACK").await;
            Round::Done
        }
    }
}

/// `BEGIN IMMEDIATE`: takes the write lock now (waiting out busy_timeout if another process has
/// it), so no job's write fails later on a read lock that cannot be upgraded.
async fn begin(conn: &mut SqliteConnection) -> Result<(), sqlx::Error> {
    match execute(conn, "BEGIN IMMEDIATE").await {
        Ok(()) => Ok(()),
        // A transaction left open on this connection (a ROLLBACK that failed, a write elsewhere
        // cancelled halfway) is abandoned by definition: end it and begin once more.
        Err(e) => match execute(conn, "ROLLBACK").await {
            Ok(()) => execute(conn, "BEGIN IMMEDIATE").await,
            Err(_) => Err(e),
        },
    }
}

async fn execute(conn: &mut SqliteConnection, sql: &'static str) -> Result<(), sqlx::Error> {
    sqlx::query(sql).execute(conn).await.map(|_| ())
}

/// Rolls back the current job's writes and closes its savepoint.
async fn undo_job(conn: &mut SqliteConnection) -> Result<(), sqlx::Error> {
    execute(conn, "ROLLBACK TO job").await?;
    execute(conn, "RELEASE job").await
}

fn answer_all(items: impl IntoIterator<Item = Box<dyn Item>>, error: &Arc<sqlx::Error>) {
    for item in items {
        item.answer(Some(DbError::Batch(Arc::clone(error))));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::sqlite::Sqlite as Database;
    use crate::store::Outage;
    use std::time::Duration;

    /// Waits (without sleeping) until the writer has been handed `n` jobs in all.
    async fn until_queued(db: &Database, n: u64) {
        tokio::time::timeout(Duration::from_secs(20), async {
            while db.write_stats().queued < n {
                tokio::task::yield_now().await;
            }
        })
        .await
        .expect("the jobs reach the writer's queue");
    }

    async fn open() -> (tempfile::TempDir, Database) {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = Database::open(&dir.path().join("atelier.db"))
            .await
            .expect("open");
        sqlx::query("CREATE TABLE t (v TEXT NOT NULL UNIQUE, b BLOB)")
            .execute(db.writer())
            .await
            .expect("table");
        (dir, db)
    }

    fn insert(db: &Database, v: &'static str) -> tokio::task::JoinHandle<Result<u64, DbError>> {
        let db = db.clone();
        tokio::spawn(async move {
            db.write(v, |conn, v| {
                Box::pin(async move {
                    let done = sqlx::query("INSERT INTO t (v) VALUES (?)")
                        .bind(*v)
                        .execute(conn)
                        .await?;
                    Ok(done.rows_affected())
                })
            })
            .await
        })
    }

    /// Queues one job that runs `statements` in order, as a raw write beside the `insert`s.
    fn statements(
        db: &Database,
        statements: &'static [&'static str],
    ) -> tokio::task::JoinHandle<Result<(), DbError>> {
        let db = db.clone();
        tokio::spawn(async move {
            db.write(statements, |conn, statements| {
                Box::pin(async move {
                    for sql in statements.iter() {
                        sqlx::query(sql).execute(&mut *conn).await?;
                    }
                    Ok(())
                })
            })
            .await
        })
    }

    async fn values(db: &Database) -> Vec<String> {
        sqlx::query_scalar("SELECT v FROM t ORDER BY v")
            .fetch_all(db.reader())
            .await
            .expect("values")
    }

    #[tokio::test]
    async fn a_failing_job_is_rolled_back_alone_and_its_batch_mates_commit() {
        let (_dir, db) = open().await;
        // Holding the one writer connection makes every job below wait, so they form one batch.
        let held = db.writer().acquire().await.expect("connection");
        let before = db.write_stats();
        let a = insert(&db, "a");
        until_queued(&db, before.queued + 1).await;
        let broken = statements(
            &db,
            &[
                "INSERT INTO t (v) VALUES ('half-done')",
                "INSERT INTO no_such_table VALUES (1)",
            ],
        );
        until_queued(&db, before.queued + 2).await;
        // The same value again: a constraint failure, after the first one's row is in the batch.
        let duplicate = insert(&db, "a");
        let b = insert(&db, "b");
        until_queued(&db, before.queued + 4).await;
        drop(held);

        assert_eq!(a.await.expect("task").expect("a stored"), 1);
        assert_eq!(b.await.expect("task").expect("b stored"), 1);
        let broken = broken.await.expect("task").expect_err("no such table");
        assert!(matches!(broken, DbError::Sqlx(_)), "{broken:?}");
        let duplicate = duplicate.await.expect("task").expect_err("unique");
        assert!(
            matches!(&duplicate, DbError::Sqlx(e) if e.as_database_error().is_some_and(|d| d.is_unique_violation())),
            "{duplicate:?}"
        );
        assert_eq!(values(&db).await, ["a", "b"], "half-done rolled back");
        let after = db.write_stats();
        assert_eq!(after.commits - before.commits, 1, "{after:?}");
        assert_eq!(after.committed_jobs - before.committed_jobs, 2, "{after:?}");
        assert_eq!(
            after.largest_batch, 2,
            "the two that were committed: {after:?}"
        );
    }

    #[tokio::test]
    async fn a_failing_commit_answers_every_caller_with_its_error() {
        let (_dir, db) = open().await;
        let held = db.writer().acquire().await.expect("connection");
        let before = db.write_stats();
        let a = insert(&db, "a");
        until_queued(&db, before.queued + 1).await;
        // Deferred foreign keys are checked at COMMIT: this job succeeds, the commit fails.
        let poison = statements(
            &db,
            &[
                "PRAGMA defer_foreign_keys = ON",
                "INSERT INTO outbox (consultation_id, kind, state, attempts, next_attempt_at) \
                 VALUES (999999, 'webhook', 'pending', 0, 0)",
            ],
        );
        until_queued(&db, before.queued + 2).await;
        let b = insert(&db, "b");
        until_queued(&db, before.queued + 3).await;
        drop(held);

        for task in [a, b] {
            let error = task.await.expect("task").expect_err("the commit failed");
            assert!(matches!(error, DbError::Batch(_)), "{error:?}");
            assert_eq!(error.outage(), Outage::Other);
        }
        let error = poison.await.expect("task").expect_err("the commit failed");
        assert!(matches!(error, DbError::Batch(_)), "{error:?}");
        assert!(values(&db).await.is_empty(), "nothing of the batch stored");
        let after = db.write_stats();
        assert_eq!(after.commits, before.commits, "{after:?}");
        assert_eq!(
            after.failed_transactions - before.failed_transactions,
            1,
            "{after:?}"
        );

        // The writer carries on: the next write commits.
        assert_eq!(insert(&db, "c").await.expect("task").expect("c"), 1);
        assert_eq!(values(&db).await, ["c"]);
    }

    #[tokio::test]
    async fn a_job_that_takes_the_transaction_down_is_answered_and_the_others_run_again() {
        let (_dir, db) = open().await;
        let mut held = db.writer().acquire().await.expect("connection");
        // Room for small rows, not for a 4 MB one: SQLITE_FULL, which rolls back the whole
        // transaction, not only the statement.
        let pages: i64 = sqlx::query_scalar("PRAGMA page_count")
            .fetch_one(&mut *held)
            .await
            .expect("page_count");
        sqlx::query(&format!("PRAGMA max_page_count = {}", pages + 64))
            .execute(&mut *held)
            .await
            .expect("limit");
        let before = db.write_stats();
        let a = insert(&db, "a");
        until_queued(&db, before.queued + 1).await;
        let heavy = statements(
            &db,
            &["INSERT INTO t (v, b) VALUES ('heavy', zeroblob(4000000))"],
        );
        until_queued(&db, before.queued + 2).await;
        let b = insert(&db, "b");
        until_queued(&db, before.queued + 3).await;
        drop(held);

        let heavy = heavy.await.expect("task").expect_err("no room");
        assert_eq!(heavy.outage(), Outage::Full, "{heavy:?}");
        assert!(matches!(heavy, DbError::Sqlx(_)), "its own error");
        assert_eq!(a.await.expect("task").expect("a stored"), 1);
        assert_eq!(b.await.expect("task").expect("b stored"), 1);
        assert_eq!(values(&db).await, ["a", "b"]);
        let after = db.write_stats();
        assert_eq!(after.commits - before.commits, 1, "{after:?}");
        assert_eq!(
            after.failed_transactions - before.failed_transactions,
            1,
            "the first try, which SQLite rolled back: {after:?}"
        );
    }

    #[tokio::test]
    async fn one_caller_alone_is_committed_at_once_in_a_batch_of_one() {
        let (_dir, db) = open().await;
        let before = db.write_stats();
        assert_eq!(insert(&db, "x").await.expect("task").expect("x"), 1);
        let after = db.write_stats();
        assert_eq!(after.commits - before.commits, 1);
        assert_eq!(after.committed_jobs - before.committed_jobs, 1);
        assert_eq!(values(&db).await, ["x"]);
    }
}

//! Piazza's storage.
//!
//! One [`Db`] value stands for either backend. Each store function is written once: the
//! [`read!`], [`write!`] and [`transaction!`] macros expand its body for the SQLite and the
//! PostgreSQL driver, so the same SQL text runs on both (`$1` placeholders work on SQLite too).
//! Where the dialects truly differ, a function has two honest branches instead.
//!
//! Only this crate contains SQL.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};

/// Expands `$body` with `$conn` bound to a connection pool that may only read. On SQLite that is
/// the read-only pool; on PostgreSQL the primary pool.
macro_rules! read {
    ($db:expr, |$conn:ident| $body:expr) => {
        match $db {
            $crate::Db::Sqlite(sqlite) => {
                let $conn = &sqlite.reader;
                $body
            }
            $crate::Db::Postgres(pool) => {
                let $conn = pool;
                $body
            }
        }
    };
}

/// Expands `$body` with `$conn` bound to a pool that may write: SQLite's single writer, or
/// PostgreSQL's primary pool. A single statement needs no transaction.
macro_rules! write {
    ($db:expr, |$conn:ident| $body:expr) => {
        match $db {
            $crate::Db::Sqlite(sqlite) => {
                let $conn = &sqlite.writer;
                $body
            }
            $crate::Db::Postgres(pool) => {
                let $conn = pool;
                $body
            }
        }
    };
}

/// Runs `$body` in one transaction, with `$tx` a `&mut` connection. On SQLite the transaction
/// starts with `BEGIN IMMEDIATE`, so it holds the write lock from the start and never fails
/// half-way with a busy error. An early return through `?` rolls everything back.
macro_rules! transaction {
    ($db:expr, |$tx:ident| $body:expr) => {
        match $db {
            $crate::Db::Sqlite(sqlite) => {
                let mut transaction = sqlite.writer.begin_with("BEGIN IMMEDIATE").await?;
                let $tx = &mut *transaction;
                let result = $body;
                transaction.commit().await?;
                result
            }
            $crate::Db::Postgres(pool) => {
                let mut transaction = pool.begin().await?;
                let $tx = &mut *transaction;
                let result = $body;
                transaction.commit().await?;
                result
            }
        }
    };
}

pub mod accountability;
pub mod accounts;
pub mod amendments;
pub mod assisted;
pub mod backup;
pub mod barriers;
pub mod budgets;
pub mod bulk;
pub mod cases;
pub mod coauthors;
pub mod comments;
pub mod communities;
pub mod consents;
pub mod copy;
pub mod eligibility;
pub mod erasure;
pub mod links;
pub mod mail;
pub mod meetings;
pub mod migrations;
pub mod moderation;
pub mod neighbourhoods;
pub mod notifications;
pub mod open_data;
pub mod organisations;
pub mod personal_data;
pub mod processes;
pub mod proposals;
pub mod representation;
pub mod retention;
pub mod schema;
pub mod search;
pub mod service_requests;
pub mod sessions;
pub mod settings;
pub mod submissions;
pub mod testing;

pub use sqlx::types::time::OffsetDateTime;

/// Everything that can go wrong in the store, in the terms its callers act on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A uniqueness rule refused the write: the username, slug or grant already exists.
    #[error("already exists")]
    Conflict,
    #[error("not found")]
    NotFound,
    #[error("unsupported database address: {0}")]
    UnsupportedUrl(String),
    #[error("{0}")]
    Refused(String),
    #[error(transparent)]
    Database(sqlx::Error),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> Self {
        match &error {
            sqlx::Error::Database(database_error) if database_error.is_unique_violation() => StoreError::Conflict,
            sqlx::Error::RowNotFound => StoreError::NotFound,
            _ => StoreError::Database(error),
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The SQLite pools: one writer, so that writes queue in the process instead of failing with
/// "database is locked", and several read-only readers that WAL lets run beside it.
#[derive(Clone)]
pub struct SqliteDb {
    pub(crate) writer: SqlitePool,
    pub(crate) reader: SqlitePool,
}

/// A connection to Piazza's database, on either backend.
#[derive(Clone)]
pub enum Db {
    Sqlite(SqliteDb),
    Postgres(PgPool),
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.backend_name())
    }
}

impl Db {
    /// Connects to `sqlite://path`, `sqlite:path` or `postgres://…`. A SQLite file is created
    /// when missing.
    pub async fn connect(url: &str) -> Result<Db> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let options = PgConnectOptions::from_str(url)?.application_name("piazza");
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(options)
                .await?;
            Ok(Db::Postgres(pool))
        } else if let Some(path) = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")) {
            Db::open_sqlite(Path::new(path)).await
        } else {
            Err(StoreError::UnsupportedUrl(url.to_owned()))
        }
    }

    pub async fn open_sqlite(path: &Path) -> Result<Db> {
        let base = SqliteConnectOptions::new()
            .filename(path)
            .foreign_keys(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(10));
        let writer =
            SqlitePoolOptions::new().max_connections(1).connect_with(base.clone().create_if_missing(true)).await?;
        let reader = SqlitePoolOptions::new().max_connections(8).connect_with(base.read_only(true)).await?;
        Ok(Db::Sqlite(SqliteDb { writer, reader }))
    }

    pub fn backend_name(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "sqlite",
            Db::Postgres(_) => "postgres",
        }
    }

    /// Answers whether the database responds at all; behind `/readyz`.
    pub async fn ping(&self) -> Result<()> {
        read!(self, |conn| sqlx::query("SELECT 1").execute(conn).await?.rows_affected());
        Ok(())
    }

    pub async fn close(&self) {
        match self {
            Db::Sqlite(sqlite) => {
                sqlite.reader.close().await;
                sqlite.writer.close().await;
            }
            Db::Postgres(pool) => pool.close().await,
        }
    }
}

/// Turns a missing row into `None` and keeps every other error.
pub(crate) fn optional<T>(result: std::result::Result<T, sqlx::Error>) -> Result<Option<T>> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(sqlx::Error::RowNotFound) => Ok(None),
        Err(error) => Err(error.into()),
    }
}

//! Schema migrations: one folder per backend, the same numbering in both.
//!
//! A migration runs in its own transaction together with the record that it ran. On PostgreSQL
//! the whole run holds an advisory lock, so that several `serve` processes starting at once
//! migrate exactly once; on SQLite the writer's `BEGIN IMMEDIATE` serialises them.

use sqlx::Connection;

use crate::{Db, Result, StoreError};

/// Records that a migration ran, inside the migration's own transaction.
macro_rules! record {
    ($tx:expr, $migration:expr) => {
        sqlx::query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)")
            .bind($migration.version)
            .bind($migration.name)
            .bind(piazza_domain::now())
            .execute($tx)
            .await?
    };
}

pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static str,
}

macro_rules! migration {
    ($version:literal, $name:literal, $backend:literal) => {
        Migration {
            version: $version,
            name: $name,
            sql: include_str!(concat!("../migrations/", $backend, "/", $name, ".sql")),
        }
    };
}

pub const SQLITE: &[Migration] = &[
    migration!(1, "0001_foundation", "sqlite"),
    migration!(2, "0002_processes_and_proposals", "sqlite"),
    migration!(3, "0003_comments", "sqlite"),
    migration!(4, "0004_proposal_versions", "sqlite"),
    migration!(5, "0005_amendments", "sqlite"),
    migration!(6, "0006_coauthors", "sqlite"),
    migration!(7, "0007_merged_proposals", "sqlite"),
    migration!(8, "0008_form_submissions", "sqlite"),
    migration!(9, "0009_moderation", "sqlite"),
    migration!(10, "0010_notifications", "sqlite"),
    migration!(11, "0011_search", "sqlite"),
    migration!(12, "0012_meetings", "sqlite"),
    migration!(13, "0013_scope_and_places", "sqlite"),
    migration!(14, "0014_proposal_list_indexes", "sqlite"),
    migration!(15, "0015_budgets", "sqlite"),
    migration!(16, "0016_budget_eligibility", "sqlite"),
    migration!(17, "0017_consents", "sqlite"),
    migration!(18, "0018_barrier_reports", "sqlite"),
    migration!(19, "0019_display_preferences", "sqlite"),
    migration!(20, "0020_representation", "sqlite"),
    migration!(21, "0021_assisted_participation", "sqlite"),
    migration!(22, "0022_proposal_easy_read", "sqlite"),
    migration!(23, "0023_results", "sqlite"),
    migration!(24, "0024_service_requests", "sqlite"),
    migration!(25, "0025_cases", "sqlite"),
    migration!(26, "0026_links", "sqlite"),
    migration!(27, "0027_case_texts", "sqlite"),
];
pub const POSTGRES: &[Migration] = &[
    migration!(1, "0001_foundation", "postgres"),
    migration!(2, "0002_processes_and_proposals", "postgres"),
    migration!(3, "0003_comments", "postgres"),
    migration!(4, "0004_proposal_versions", "postgres"),
    migration!(5, "0005_amendments", "postgres"),
    migration!(6, "0006_coauthors", "postgres"),
    migration!(7, "0007_merged_proposals", "postgres"),
    migration!(8, "0008_form_submissions", "postgres"),
    migration!(9, "0009_moderation", "postgres"),
    migration!(10, "0010_notifications", "postgres"),
    migration!(11, "0011_search", "postgres"),
    migration!(12, "0012_meetings", "postgres"),
    migration!(13, "0013_scope_and_places", "postgres"),
    migration!(14, "0014_proposal_list_indexes", "postgres"),
    migration!(15, "0015_budgets", "postgres"),
    migration!(16, "0016_budget_eligibility", "postgres"),
    migration!(17, "0017_consents", "postgres"),
    migration!(18, "0018_barrier_reports", "postgres"),
    migration!(19, "0019_display_preferences", "postgres"),
    migration!(20, "0020_representation", "postgres"),
    migration!(21, "0021_assisted_participation", "postgres"),
    migration!(22, "0022_proposal_easy_read", "postgres"),
    migration!(23, "0023_results", "postgres"),
    migration!(24, "0024_service_requests", "postgres"),
    migration!(25, "0025_cases", "postgres"),
    migration!(26, "0026_links", "postgres"),
    migration!(27, "0027_case_texts", "postgres"),
];

/// An arbitrary constant that names Piazza's migration lock among PostgreSQL advisory locks.
const POSTGRES_MIGRATION_LOCK: i64 = 0x5049_415a_5a41_0001;

const CREATE_LEDGER_SQLITE: &str = "CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT";
const CREATE_LEDGER_POSTGRES: &str = "CREATE TABLE IF NOT EXISTS schema_migrations (
    version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)";

impl Db {
    pub fn migrations(&self) -> &'static [Migration] {
        match self {
            Db::Sqlite(_) => SQLITE,
            Db::Postgres(_) => POSTGRES,
        }
    }

    /// Applies every migration not yet applied and returns how many ran.
    pub async fn migrate(&self) -> Result<usize> {
        match self {
            Db::Sqlite(sqlite) => {
                sqlx::query(CREATE_LEDGER_SQLITE).execute(&sqlite.writer).await?;
                let mut applied = 0;
                for migration in SQLITE {
                    let mut tx = sqlite.writer.begin_with("BEGIN IMMEDIATE").await?;
                    let done: Option<i64> =
                        sqlx::query_scalar("SELECT version FROM schema_migrations WHERE version = $1")
                            .bind(migration.version)
                            .fetch_optional(&mut *tx)
                            .await?;
                    if done.is_none() {
                        sqlx::raw_sql(migration.sql).execute(&mut *tx).await?;
                        record!(&mut *tx, migration);
                        applied += 1;
                    }
                    tx.commit().await?;
                }
                Ok(applied)
            }
            Db::Postgres(pool) => {
                let mut conn = pool.acquire().await?;
                sqlx::query("SELECT pg_advisory_lock($1)").bind(POSTGRES_MIGRATION_LOCK).execute(&mut *conn).await?;
                let outcome = async {
                    sqlx::query(CREATE_LEDGER_POSTGRES).execute(&mut *conn).await?;
                    let mut applied = 0;
                    for migration in POSTGRES {
                        let mut tx = conn.begin().await?;
                        let done: Option<i64> =
                            sqlx::query_scalar("SELECT version FROM schema_migrations WHERE version = $1")
                                .bind(migration.version)
                                .fetch_optional(&mut *tx)
                                .await?;
                        if done.is_none() {
                            sqlx::raw_sql(migration.sql).execute(&mut *tx).await?;
                            record!(&mut *tx, migration);
                            applied += 1;
                        }
                        tx.commit().await?;
                    }
                    Ok::<_, StoreError>(applied)
                }
                .await;
                sqlx::query("SELECT pg_advisory_unlock($1)").bind(POSTGRES_MIGRATION_LOCK).execute(&mut *conn).await?;
                outcome
            }
        }
    }

    /// The highest migration version applied, or 0 on an empty database.
    pub async fn schema_version(&self) -> Result<i64> {
        let exists = self.table_names().await?.iter().any(|name| name == "schema_migrations");
        if !exists {
            return Ok(0);
        }
        let version: Option<i64> = read!(self, |conn| {
            sqlx::query_scalar("SELECT MAX(version) FROM schema_migrations").fetch_one(conn).await?
        });
        Ok(version.unwrap_or(0))
    }
}

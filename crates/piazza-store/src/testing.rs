//! Fresh PostgreSQL databases for tests: each test gets its own, cloned from a migrated
//! template, so tests run in parallel and never see each other's rows.

use std::hash::{Hash, Hasher};

use sqlx::{Connection, PgConnection};

use crate::migrations::POSTGRES;
use crate::{Db, Result};

/// An arbitrary constant naming the lock under which test databases are created.
const TEMPLATE_LOCK: i64 = 0x5049_415a_5a41_0002;

/// Replaces the database name in a PostgreSQL address.
pub fn with_database(url: &str, database: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let authority_start = base.find("://").map_or(0, |i| i + 3);
    let base = match base[authority_start..].find('/') {
        Some(slash) => &base[..authority_start + slash],
        None => base,
    };
    match query {
        Some(query) => format!("{base}/{database}?{query}"),
        None => format!("{base}/{database}"),
    }
}

fn template_name() -> String {
    // The template is named after the migrations it holds, so a changed migration gets a new one.
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for migration in POSTGRES {
        migration.version.hash(&mut hasher);
        migration.sql.hash(&mut hasher);
    }
    format!("piazza_template_{:016x}", hasher.finish())
}

/// Creates a new, migrated database and returns its address. `admin_url` points at any
/// database of a server where the user may create databases.
pub async fn create_postgres_test_database(admin_url: &str) -> Result<String> {
    let mut admin = PgConnection::connect(admin_url).await?;
    sqlx::query("SELECT pg_advisory_lock($1)").bind(TEMPLATE_LOCK).execute(&mut admin).await?;
    let outcome = async {
        let template = template_name();
        let exists: Option<i32> = sqlx::query_scalar("SELECT 1 FROM pg_database WHERE datname = $1")
            .bind(&template)
            .fetch_optional(&mut admin)
            .await?;
        if exists.is_none() {
            drop_stale_databases(&mut admin).await?;
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {template}"))).execute(&mut admin).await?;
            let db = Db::connect(&with_database(admin_url, &template)).await?;
            db.migrate().await?;
            db.close().await;
        }
        // The process id keeps names apart across processes, the counter within one.
        static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let serial = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let name = format!("piazza_test_{}_{serial}", std::process::id());
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name} TEMPLATE {template}")))
            .execute(&mut admin)
            .await?;
        Ok(with_database(admin_url, &name))
    }
    .await;
    sqlx::query("SELECT pg_advisory_unlock($1)").bind(TEMPLATE_LOCK).execute(&mut admin).await?;
    admin.close().await?;
    outcome
}

/// Drops test databases left behind by test processes that no longer run, and old templates.
async fn drop_stale_databases(admin: &mut PgConnection) -> Result<()> {
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT datname::text FROM pg_database WHERE datname LIKE 'piazza\\_test\\_%' OR datname LIKE 'piazza\\_template\\_%'",
    )
    .fetch_all(&mut *admin)
    .await?;
    for name in names {
        let owner_alive = name
            .strip_prefix("piazza_test_")
            .and_then(|rest| rest.split('_').next())
            .is_some_and(|pid| std::path::Path::new(&format!("/proc/{pid}")).exists());
        if !owner_alive {
            sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")))
                .execute(&mut *admin)
                .await?;
        }
    }
    Ok(())
}

pub async fn drop_postgres_database(admin_url: &str, database_url: &str) -> Result<()> {
    let Some(name) = database_url.rsplit('/').next().map(|n| n.split('?').next().unwrap_or(n)) else {
        return Ok(());
    };
    if !name.starts_with("piazza_test_") {
        return Ok(());
    }
    let mut admin = PgConnection::connect(admin_url).await?;
    sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")))
        .execute(&mut admin)
        .await?;
    admin.close().await?;
    Ok(())
}

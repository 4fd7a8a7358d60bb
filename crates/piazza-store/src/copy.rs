//! `db copy`: moves every row of every table from one database to another, in either
//! direction between SQLite and PostgreSQL, keeping ids.
//!
//! The copy reads the schema from the databases themselves, so a new table or column is
//! copied without touching this file. Values pass through [`Value`], decoded by the finer of
//! the two backends' column kinds (PostgreSQL knows a boolean from an integer; SQLite does not).

use sqlx::Row;
use sqlx::types::time::OffsetDateTime;

use crate::schema::{Column, ColumnKind};
use crate::{Db, Result, StoreError};

/// How many rows are read and written at a time.
const BATCH: i64 = 500;

#[derive(Debug, Clone)]
enum Value {
    Null(ColumnKind),
    Integer(i64),
    Boolean(bool),
    Text(String),
    Timestamp(OffsetDateTime),
    Real(f64),
    Bytes(Vec<u8>),
}

/// What `db copy` moved, table by table.
#[derive(Debug, Default)]
pub struct CopyReport {
    pub tables: Vec<(String, u64)>,
}

/// Called after each batch with the table, the rows copied so far and the table's total.
pub type Progress<'a> = &'a mut dyn FnMut(&str, u64, u64);

/// Copies all data from `source` into `target`. The target is migrated first and must hold no
/// data; both must be at the same schema version. On PostgreSQL the identity sequences are moved
/// past the copied ids, so new rows do not collide with them.
pub async fn copy_all(source: &Db, target: &Db, progress: Progress<'_>) -> Result<CopyReport> {
    target.migrate().await?;
    let (source_version, target_version) = (source.schema_version().await?, target.schema_version().await?);
    if source_version != target_version {
        return Err(StoreError::Refused(format!(
            "the source is at schema version {source_version} and the target at {target_version}; \
             run `piazza migrate` on the source first"
        )));
    }
    let tables = tables_in_dependency_order(source).await?;
    for table in &tables {
        if target.row_count(table).await? > 0 {
            return Err(StoreError::Refused(format!("the target already holds data (table {table})")));
        }
    }
    let mut report = CopyReport::default();
    for table in &tables {
        let source_columns = source.columns(table).await?;
        let target_columns = target.columns(table).await?;
        let kinds = column_kinds(table, &source_columns, &target_columns)?;
        let names: Vec<&str> = source_columns.iter().map(|c| c.name.as_str()).collect();
        let order: Vec<&str> = source_columns.iter().filter(|c| c.is_primary_key).map(|c| c.name.as_str()).collect();
        let order = if order.is_empty() { names.clone() } else { order };
        let total = source.row_count(table).await? as u64;
        let mut copied = 0u64;
        progress(table, 0, total);
        loop {
            let rows = read_batch(source, table, &names, &order, &kinds, copied as i64).await?;
            if rows.is_empty() {
                break;
            }
            copied += rows.len() as u64;
            write_batch(target, table, &names, &rows).await?;
            progress(table, copied, total);
        }
        report.tables.push((table.clone(), copied));
    }
    if let Db::Postgres(pool) = target {
        for table in &tables {
            let has_identity = target.columns(table).await?.iter().any(|c| c.name == "id" && c.is_primary_key);
            if has_identity {
                let sql = sqlx::AssertSqlSafe(format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) \
                     FROM {table}"
                ));
                sqlx::query(sql).execute(pool).await?;
            }
        }
    }
    Ok(report)
}

/// Tables ordered so that every table comes after the tables its foreign keys point to. The
/// migration ledger is left out: the target has its own.
async fn tables_in_dependency_order(db: &Db) -> Result<Vec<String>> {
    let mut remaining: Vec<String> =
        db.table_names().await?.into_iter().filter(|name| name != "schema_migrations").collect();
    let mut dependencies = Vec::new();
    for table in &remaining {
        dependencies.push((table.clone(), referenced_tables(db, table).await?));
    }
    let mut ordered: Vec<String> = Vec::new();
    while !remaining.is_empty() {
        let ready: Vec<String> = remaining
            .iter()
            .filter(|table| {
                let needs = &dependencies.iter().find(|(name, _)| name == *table).expect("listed above").1;
                needs.iter().all(|needed| needed == *table || ordered.contains(needed))
            })
            .cloned()
            .collect();
        if ready.is_empty() {
            return Err(StoreError::Refused(format!("circular foreign keys among {remaining:?}")));
        }
        remaining.retain(|table| !ready.contains(table));
        ordered.extend(ready);
    }
    Ok(ordered)
}

async fn referenced_tables(db: &Db, table: &str) -> Result<Vec<String>> {
    Ok(match db {
        Db::Sqlite(sqlite) => {
            sqlx::query_scalar("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list($1)")
                .bind(table)
                .fetch_all(&sqlite.reader)
                .await?
        }
        Db::Postgres(pool) => {
            sqlx::query_scalar(
                "SELECT DISTINCT ccu.table_name::text FROM information_schema.table_constraints tc
                 JOIN information_schema.constraint_column_usage ccu
                   ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
                 WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()
                   AND tc.table_name = $1",
            )
            .bind(table)
            .fetch_all(pool)
            .await?
        }
    })
}

fn column_kinds(table: &str, source: &[Column], target: &[Column]) -> Result<Vec<ColumnKind>> {
    source
        .iter()
        .map(|column| {
            let other = target.iter().find(|c| c.name == column.name).ok_or_else(|| {
                StoreError::Refused(format!("column {table}.{} is missing in the target", column.name))
            })?;
            // Take the finer kind: a PostgreSQL boolean or timestamp over SQLite's integer or text.
            let (a, b) = (column.kind(), other.kind());
            Ok(if a == b || b.sqlite_can_hold(a) {
                a
            } else if a.sqlite_can_hold(b) {
                b
            } else {
                return Err(StoreError::Refused(format!("column {table}.{} has different types", column.name)));
            })
        })
        .collect()
}

async fn read_batch(
    db: &Db,
    table: &str,
    names: &[&str],
    order: &[&str],
    kinds: &[ColumnKind],
    offset: i64,
) -> Result<Vec<Vec<Value>>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {} FROM {table} ORDER BY {} LIMIT {BATCH} OFFSET {offset}",
        names.join(", "),
        order.join(", ")
    ));
    read!(db, |conn| {
        let rows = sqlx::query(sql).fetch_all(conn).await?;
        let mut values = Vec::with_capacity(rows.len());
        for row in &rows {
            let mut record = Vec::with_capacity(kinds.len());
            for (index, kind) in kinds.iter().enumerate() {
                let value = match kind {
                    ColumnKind::Integer => row.try_get::<Option<i64>, _>(index)?.map(Value::Integer),
                    ColumnKind::Boolean => row.try_get::<Option<bool>, _>(index)?.map(Value::Boolean),
                    ColumnKind::Text => row.try_get::<Option<String>, _>(index)?.map(Value::Text),
                    ColumnKind::Timestamp => row.try_get::<Option<OffsetDateTime>, _>(index)?.map(Value::Timestamp),
                    ColumnKind::Real => row.try_get::<Option<f64>, _>(index)?.map(Value::Real),
                    ColumnKind::Bytes => row.try_get::<Option<Vec<u8>>, _>(index)?.map(Value::Bytes),
                };
                record.push(value.unwrap_or(Value::Null(*kind)));
            }
            values.push(record);
        }
        Ok(values)
    })
}

async fn write_batch(db: &Db, table: &str, names: &[&str], rows: &[Vec<Value>]) -> Result<()> {
    let placeholders: Vec<String> = (1..=names.len()).map(|n| format!("${n}")).collect();
    let sql = format!("INSERT INTO {table} ({}) VALUES ({})", names.join(", "), placeholders.join(", "));
    // PostgreSQL refuses explicit values for identity columns declared GENERATED ALWAYS; ours are
    // BY DEFAULT, so the ids go in as they are.
    transaction!(db, |tx| {
        for row in rows {
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql.clone()));
            for value in row {
                query = match value.clone() {
                    Value::Null(ColumnKind::Integer) => query.bind(None::<i64>),
                    Value::Null(ColumnKind::Boolean) => query.bind(None::<bool>),
                    Value::Null(ColumnKind::Text) => query.bind(None::<String>),
                    Value::Null(ColumnKind::Timestamp) => query.bind(None::<OffsetDateTime>),
                    Value::Null(ColumnKind::Real) => query.bind(None::<f64>),
                    Value::Null(ColumnKind::Bytes) => query.bind(None::<Vec<u8>>),
                    Value::Integer(v) => query.bind(v),
                    Value::Boolean(v) => query.bind(v),
                    Value::Text(v) => query.bind(v),
                    Value::Timestamp(v) => query.bind(v),
                    Value::Real(v) => query.bind(v),
                    Value::Bytes(v) => query.bind(v),
                };
            }
            query.execute(&mut *tx).await?;
        }
    });
    Ok(())
}

//! What the database says about its own tables. Used by `db copy`, which moves every column of
//! every table, and by the schema-parity test, which fails when the two migration sets drift.

use sqlx::Row;

use crate::{Db, Result};

/// The portable kind of a column, which decides how `db copy` reads and writes its values.
/// Each SQLite storage class maps to one or two PostgreSQL types and nothing else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    Integer,
    Boolean,
    Text,
    Timestamp,
    Real,
    Bytes,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub name: String,
    /// The type as the backend declares it, in lowercase: `integer`, `text`, `timestamp with
    /// time zone`, `boolean` …
    pub declared_type: String,
    pub nullable: bool,
    pub is_primary_key: bool,
}

impl Column {
    /// The column's kind as far as its own backend can tell. On SQLite a boolean is an integer
    /// and a timestamp is text; [`ColumnKind::refine`] takes the finer PostgreSQL kind.
    pub fn kind(&self) -> ColumnKind {
        match self.declared_type.as_str() {
            "integer" | "bigint" | "smallint" => ColumnKind::Integer,
            "boolean" => ColumnKind::Boolean,
            "timestamp with time zone" => ColumnKind::Timestamp,
            "real" | "double precision" => ColumnKind::Real,
            "blob" | "bytea" => ColumnKind::Bytes,
            _ => ColumnKind::Text,
        }
    }
}

impl ColumnKind {
    /// Whether a column of `self` on SQLite may stand for a column of `postgres` on PostgreSQL.
    pub fn sqlite_can_hold(self, postgres: ColumnKind) -> bool {
        matches!(
            (self, postgres),
            (ColumnKind::Integer, ColumnKind::Integer | ColumnKind::Boolean)
                | (ColumnKind::Text, ColumnKind::Text | ColumnKind::Timestamp)
                | (ColumnKind::Real, ColumnKind::Real)
                | (ColumnKind::Bytes, ColumnKind::Bytes)
        )
    }
}

impl Db {
    /// Every table of the application, in alphabetical order, without the backend's own and
    /// without the search index (`search_…`), which is derived from the others by triggers and
    /// built differently on each backend.
    pub async fn table_names(&self) -> Result<Vec<String>> {
        let names: Vec<String> = match self {
            Db::Sqlite(sqlite) => {
                sqlx::query_scalar(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                     AND name NOT LIKE 'search_%' ORDER BY name",
                )
                .fetch_all(&sqlite.reader)
                .await?
            }
            Db::Postgres(pool) => {
                sqlx::query_scalar(
                    "SELECT table_name::text FROM information_schema.tables
                     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                       AND table_name NOT LIKE 'search_%' ORDER BY table_name",
                )
                .fetch_all(pool)
                .await?
            }
        };
        Ok(names)
    }

    pub async fn columns(&self, table: &str) -> Result<Vec<Column>> {
        match self {
            Db::Sqlite(sqlite) => {
                let rows = sqlx::query("SELECT name, type, \"notnull\", pk FROM pragma_table_info($1) ORDER BY cid")
                    .bind(table)
                    .fetch_all(&sqlite.reader)
                    .await?;
                rows.iter()
                    .map(|row| {
                        let is_primary_key = row.try_get::<i64, _>("pk")? > 0;
                        Ok(Column {
                            name: row.try_get("name")?,
                            declared_type: row.try_get::<String, _>("type")?.to_lowercase(),
                            // In STRICT tables a primary key is never null, whatever the pragma says.
                            nullable: row.try_get::<i64, _>("notnull")? == 0 && !is_primary_key,
                            is_primary_key,
                        })
                    })
                    .collect()
            }
            Db::Postgres(pool) => {
                let rows = sqlx::query(
                    "SELECT c.column_name::text AS name, c.data_type::text AS type, c.is_nullable::text AS nullable,
                            EXISTS (SELECT 1 FROM information_schema.key_column_usage k
                                    JOIN information_schema.table_constraints t
                                      ON t.constraint_name = k.constraint_name AND t.table_schema = k.table_schema
                                    WHERE t.constraint_type = 'PRIMARY KEY' AND k.table_schema = c.table_schema
                                      AND k.table_name = c.table_name AND k.column_name = c.column_name) AS pk
                     FROM information_schema.columns c
                     WHERE c.table_schema = current_schema() AND c.table_name = $1
                     ORDER BY c.ordinal_position",
                )
                .bind(table)
                .fetch_all(pool)
                .await?;
                rows.iter()
                    .map(|row| {
                        Ok(Column {
                            name: row.try_get("name")?,
                            declared_type: row.try_get("type")?,
                            nullable: row.try_get::<String, _>("nullable")? == "YES",
                            is_primary_key: row.try_get("pk")?,
                        })
                    })
                    .collect()
            }
        }
    }

    /// Where a text occurs in the database: (table, column) for every text column of every
    /// table, the search documents included, that holds a value containing `needle` (compared
    /// without regard to case). It proves, for instance, that nothing of an erased person is
    /// left.
    pub async fn tables_holding(&self, needle: &str) -> Result<Vec<(String, String)>> {
        let pattern =
            format!("%{}%", needle.to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
        let mut tables = self.table_names().await?;
        tables.push("search_documents".to_owned());
        let mut found = Vec::new();
        for table in tables {
            for column in self.columns(&table).await? {
                // Only columns of text: not a PostgreSQL search vector, which is derived from them.
                if !(column.declared_type == "text" || column.declared_type.starts_with("character")) {
                    continue;
                }
                let name = &column.name;
                let sql = sqlx::AssertSqlSafe(format!(
                    "SELECT COUNT(*) FROM {table} WHERE lower({name}) LIKE $1 ESCAPE '\\'"
                ));
                let count: i64 = read!(self, |conn| sqlx::query_scalar(sql).bind(&pattern).fetch_one(conn).await?);
                if count > 0 {
                    found.push((table.clone(), name.clone()));
                }
            }
        }
        Ok(found)
    }

    /// How many rows a table holds. `table` must be one of [`Db::table_names`].
    pub async fn row_count(&self, table: &str) -> Result<i64> {
        let sql = sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}"));
        Ok(read!(self, |conn| sqlx::query_scalar(sql).fetch_one(conn).await?))
    }

    /// The names of the application's indexes, so that the parity test also notices a missing
    /// index (a slow page on one backend only).
    pub async fn index_names(&self) -> Result<Vec<String>> {
        let names: Vec<String> = match self {
            Db::Sqlite(sqlite) => {
                sqlx::query_scalar(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'
                     AND name NOT LIKE 'search_%' ORDER BY name",
                )
                .fetch_all(&sqlite.reader)
                .await?
            }
            Db::Postgres(pool) => {
                sqlx::query_scalar(
                    "SELECT i.indexname::text FROM pg_indexes i
                     WHERE i.schemaname = current_schema() AND i.indexname NOT LIKE 'search_%'
                       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
                     ORDER BY i.indexname",
                )
                .fetch_all(pool)
                .await?
            }
        };
        Ok(names)
    }
}

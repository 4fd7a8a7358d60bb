//! Online backup of an embedded SQLite database.

use std::path::Path;

use crate::{Db, Result, StoreError};

impl Db {
    /// Writes a consistent copy of a SQLite database to `destination` while it keeps serving.
    /// `VACUUM INTO` reads one snapshot in a single read transaction, so writes that happen
    /// meanwhile are either wholly in the copy or wholly absent, and the copy is compact.
    pub async fn backup_to(&self, destination: &Path) -> Result<()> {
        let Db::Sqlite(sqlite) = self else {
            return Err(StoreError::Refused(
                "backup copies an embedded SQLite database; back up PostgreSQL with pg_dump".into(),
            ));
        };
        if destination.exists() {
            return Err(StoreError::Refused(format!("{} already exists", destination.display())));
        }
        let path = destination.to_str().ok_or_else(|| StoreError::Refused("the path is not valid UTF-8".into()))?;
        sqlx::query("VACUUM INTO $1").bind(path).execute(&sqlite.reader).await?;
        Ok(())
    }
}

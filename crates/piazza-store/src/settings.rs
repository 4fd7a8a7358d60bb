//! Instance-wide settings and markers, such as whether the demo has been seeded.

use crate::{Db, Result};

impl Db {
    /// Sets a value only if the key is still unset, and says whether it did. Several processes
    /// racing to do something once (seed the demo) agree on a single winner this way.
    pub async fn claim_setting(&self, key: &str, value: &str) -> Result<bool> {
        let result = write!(self, |conn| {
            sqlx::query("INSERT INTO instance_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING")
                .bind(key)
                .bind(value)
                .execute(conn)
                .await?
                .rows_affected()
        });
        Ok(result == 1)
    }
}

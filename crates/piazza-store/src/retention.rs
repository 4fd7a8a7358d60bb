//! Forgetting personal data whose retention period has ended.

use sqlx::types::time::OffsetDateTime;

use crate::{Db, Result};

impl Db {
    /// Deletes mail sent before `before`. Mail not yet sent is kept, whatever its age.
    pub async fn forget_sent_mail(&self, before: OffsetDateTime) -> Result<u64> {
        Ok(write!(self, |conn| {
            sqlx::query("DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < $1")
                .bind(before)
                .execute(conn)
                .await?
                .rows_affected()
        }))
    }

    /// Deletes notifications created before `before`.
    pub async fn forget_notifications(&self, before: OffsetDateTime) -> Result<u64> {
        Ok(write!(self, |conn| {
            sqlx::query("DELETE FROM notifications WHERE created_at < $1")
                .bind(before)
                .execute(conn)
                .await?
                .rows_affected()
        }))
    }

    /// Forgets what people said they need for meetings that ended before `before`; the
    /// registrations themselves stay, as the record of who came.
    pub async fn forget_meeting_needs(&self, before: OffsetDateTime) -> Result<u64> {
        Ok(write!(self, |conn| {
            sqlx::query(
                "UPDATE meeting_registrations SET needs = NULL
                 WHERE needs IS NOT NULL AND meeting_id IN (SELECT id FROM meetings WHERE ends_at < $1)",
            )
            .bind(before)
            .execute(conn)
            .await?
            .rows_affected()
        }))
    }
}

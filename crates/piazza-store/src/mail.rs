//! The outbox: mail is written to the database in the same step as the action that causes it,
//! and a delivery worker in any `serve` process sends it later, retrying on failure.

use std::time::Duration;

use sqlx::types::time::OffsetDateTime;

use crate::{Db, Result};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutgoingMail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attempts: i64,
}

/// How long a worker may hold a claimed message before another worker may take it over.
const CLAIM_LEASE: Duration = Duration::from_secs(120);

impl Db {
    pub async fn enqueue_mail(&self, recipient: &str, subject: &str, body: &str) -> Result<i64> {
        let now = piazza_domain::now();
        Ok(write!(self, |conn| {
            sqlx::query_scalar(
                "INSERT INTO outbox (recipient, subject, body, created_at, next_attempt_at)
                 VALUES ($1, $2, $3, $4, $4) RETURNING id",
            )
            .bind(recipient)
            .bind(subject)
            .bind(body)
            .bind(now)
            .fetch_one(conn)
            .await?
        }))
    }

    /// Claims one message that is due and not claimed by a live worker. The two backends claim
    /// differently: PostgreSQL skips rows other processes have locked; SQLite has one writer,
    /// so a plain update under `BEGIN IMMEDIATE` cannot race.
    pub async fn claim_mail(&self) -> Result<Option<OutgoingMail>> {
        let now = piazza_domain::now();
        let lease_end = now + CLAIM_LEASE;
        match self {
            Db::Sqlite(sqlite) => {
                let mut tx = sqlite.writer.begin_with("BEGIN IMMEDIATE").await?;
                let claimed = sqlx::query_as(
                    "UPDATE outbox SET claimed_until = $1, attempts = attempts + 1
                     WHERE id = (SELECT id FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= $2
                                 AND (claimed_until IS NULL OR claimed_until < $2) ORDER BY id LIMIT 1)
                     RETURNING id, recipient, subject, body, attempts",
                )
                .bind(lease_end)
                .bind(now)
                .fetch_optional(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(claimed)
            }
            Db::Postgres(pool) => Ok(sqlx::query_as(
                "UPDATE outbox SET claimed_until = $1, attempts = attempts + 1
                 WHERE id = (SELECT id FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= $2
                             AND (claimed_until IS NULL OR claimed_until < $2)
                             ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
                 RETURNING id, recipient, subject, body, attempts",
            )
            .bind(lease_end)
            .bind(now)
            .fetch_optional(pool)
            .await?),
        }
    }

    pub async fn mark_mail_sent(&self, id: i64) -> Result<()> {
        write!(self, |conn| {
            sqlx::query("UPDATE outbox SET sent_at = $1, claimed_until = NULL, last_error = NULL WHERE id = $2")
                .bind(piazza_domain::now())
                .bind(id)
                .execute(conn)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    pub async fn mark_mail_failed(&self, id: i64, error: &str, retry_at: OffsetDateTime) -> Result<()> {
        write!(self, |conn| {
            sqlx::query("UPDATE outbox SET claimed_until = NULL, last_error = $1, next_attempt_at = $2 WHERE id = $3")
                .bind(error)
                .bind(retry_at)
                .bind(id)
                .execute(conn)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    /// Messages not yet delivered, for operators and tests.
    pub async fn pending_mail_count(&self) -> Result<i64> {
        Ok(read!(self, |conn| {
            sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").fetch_one(conn).await?
        }))
    }
}

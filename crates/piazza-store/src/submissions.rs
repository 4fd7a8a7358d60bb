//! Form submissions seen before, so that a form sent twice creates one record.

use sqlx::types::time::OffsetDateTime;

use crate::{Db, Result};

/// What became of an earlier submission with the same token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Earlier {
    /// None: this submission is the first and may go ahead.
    None,
    /// The first is still being handled, or failed without releasing its token.
    InProgress,
    /// The first succeeded and created what lives at this address.
    Done(String),
}

impl Db {
    /// Claims a form token. Only one request wins a token, however many arrive at once.
    pub async fn claim_submission(&self, token: &str) -> Result<Earlier> {
        let inserted = write!(self, |conn| {
            sqlx::query(
                "INSERT INTO form_submissions (token, created_at) VALUES ($1, $2) ON CONFLICT (token) DO NOTHING",
            )
            .bind(token)
            .bind(piazza_domain::now())
            .execute(conn)
            .await?
            .rows_affected()
        });
        if inserted == 1 {
            return Ok(Earlier::None);
        }
        let location: Option<Option<String>> = write!(self, |conn| {
            sqlx::query_scalar("SELECT location FROM form_submissions WHERE token = $1")
                .bind(token)
                .fetch_optional(conn)
                .await?
        });
        Ok(match location.flatten() {
            Some(location) => Earlier::Done(location),
            None => Earlier::InProgress,
        })
    }

    /// Records where the record created by a submission lives.
    pub async fn complete_submission(&self, token: &str, location: &str) -> Result<()> {
        write!(self, |conn| {
            sqlx::query("UPDATE form_submissions SET location = $1 WHERE token = $2")
                .bind(location)
                .bind(token)
                .execute(conn)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    /// Frees a token whose submission was refused, so that the corrected form can be sent.
    pub async fn release_submission(&self, token: &str) -> Result<()> {
        write!(self, |conn| {
            sqlx::query("DELETE FROM form_submissions WHERE token = $1 AND location IS NULL")
                .bind(token)
                .execute(conn)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    /// Forgets tokens older than `before`; run by the housekeeping job.
    pub async fn prune_submissions(&self, before: OffsetDateTime) -> Result<u64> {
        Ok(write!(self, |conn| {
            sqlx::query("DELETE FROM form_submissions WHERE created_at < $1")
                .bind(before)
                .execute(conn)
                .await?
                .rows_affected()
        }))
    }
}

//! Sessions live in the database, so that any `serve` process can answer any request.
//! Only a hash of the session token is stored: a copy of the database lets nobody sign in.

use piazza_domain::AccountId;
use sqlx::types::time::OffsetDateTime;

use crate::{Db, Result};

impl Db {
    pub async fn create_session(&self, token_hash: &str, account: AccountId, expires_at: OffsetDateTime) -> Result<()> {
        write!(self, |conn| {
            sqlx::query("INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
                .bind(token_hash)
                .bind(account.0)
                .bind(piazza_domain::now())
                .bind(expires_at)
                .execute(conn)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    /// The account signed in with this session, if the session exists and has not expired.
    pub async fn session_account(&self, token_hash: &str) -> Result<Option<AccountId>> {
        let account: Option<i64> = read!(self, |conn| {
            sqlx::query_scalar("SELECT account_id FROM sessions WHERE token_hash = $1 AND expires_at > $2")
                .bind(token_hash)
                .bind(piazza_domain::now())
                .fetch_optional(conn)
                .await?
        });
        Ok(account.map(AccountId))
    }

    pub async fn delete_session(&self, token_hash: &str) -> Result<()> {
        write!(self, |conn| {
            sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
                .bind(token_hash)
                .execute(conn)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    pub async fn count_sessions(&self, account: AccountId) -> Result<i64> {
        Ok(read!(self, |conn| {
            sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE account_id = $1")
                .bind(account.0)
                .fetch_one(conn)
                .await?
        }))
    }

    /// Deletes expired sessions and spent or expired reset tokens; run by the housekeeping job.
    pub async fn prune_sessions(&self) -> Result<u64> {
        let now = piazza_domain::now();
        let (sessions, resets) = transaction!(self, |tx| {
            let sessions =
                sqlx::query("DELETE FROM sessions WHERE expires_at <= $1").bind(now).execute(&mut *tx).await?;
            let resets =
                sqlx::query("DELETE FROM password_resets WHERE expires_at <= $1").bind(now).execute(&mut *tx).await?;
            (sessions.rows_affected(), resets.rows_affected())
        });
        Ok(sessions + resets)
    }
}

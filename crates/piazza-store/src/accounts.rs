//! Accounts, sign-in throttling and password resets.

use piazza_domain::{AccountId, CommunityId};
use sqlx::types::time::OffsetDateTime;

use crate::{Db, Result, optional};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Account {
    #[sqlx(try_from = "i64")]
    pub id: AccountId,
    pub username: String,
    pub display_name: String,
    pub email: Option<String>,
    pub password_hash: String,
    pub locale: Option<String>,
    pub home_community_id: Option<i64>,
    pub is_instance_admin: bool,
    pub created_at: OffsetDateTime,
    pub password_changed_at: OffsetDateTime,
    /// How often the person wants their notifications by email: immediate, daily or never.
    pub email_frequency: String,
    /// How the person wants pages shown: comma-separated keys of `DisplayPreference`.
    pub display: String,
}

impl Account {
    pub fn home_community(&self) -> Option<CommunityId> {
        self.home_community_id.map(CommunityId)
    }
}

pub struct NewAccount<'a> {
    pub username: &'a str,
    pub display_name: &'a str,
    pub email: Option<&'a str>,
    pub password_hash: &'a str,
    pub locale: Option<&'a str>,
    pub home_community: Option<CommunityId>,
    pub is_instance_admin: bool,
}

const ACCOUNT_COLUMNS: &str = "id, username, display_name, email, password_hash, locale, home_community_id, \
     is_instance_admin, created_at, password_changed_at, email_frequency, display";

impl Db {
    /// Creates an account; [`crate::StoreError::Conflict`] when the username is taken.
    pub async fn create_account(&self, new: &NewAccount<'_>) -> Result<AccountId> {
        let now = piazza_domain::now();
        let id: i64 = write!(self, |conn| {
            sqlx::query_scalar(
                "INSERT INTO accounts (username, display_name, email, password_hash, locale, home_community_id,
                                       is_instance_admin, created_at, password_changed_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
            )
            .bind(new.username)
            .bind(new.display_name)
            .bind(new.email)
            .bind(new.password_hash)
            .bind(new.locale)
            .bind(new.home_community.map(|c| c.0))
            .bind(new.is_instance_admin)
            .bind(now)
            .fetch_one(conn)
            .await?
        });
        Ok(AccountId(id))
    }

    pub async fn account(&self, id: AccountId) -> Result<Option<Account>> {
        let sql = sqlx::AssertSqlSafe(format!("SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE id = $1"));
        read!(self, |conn| optional(sqlx::query_as(sql).bind(id.0).fetch_one(conn).await))
    }

    pub async fn account_by_username(&self, username: &str) -> Result<Option<Account>> {
        let sql = sqlx::AssertSqlSafe(format!("SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE username = $1"));
        read!(self, |conn| optional(sqlx::query_as(sql).bind(username).fetch_one(conn).await))
    }

    /// Finds the accounts registered with an email address, compared without regard to case.
    pub async fn accounts_by_email(&self, email: &str) -> Result<Vec<Account>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE lower(email) = lower($1) ORDER BY id"
        ));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(email).fetch_all(conn).await?))
    }

    /// All accounts, in the order they were created.
    pub async fn all_accounts(&self) -> Result<Vec<Account>> {
        let sql = sqlx::AssertSqlSafe(format!("SELECT {ACCOUNT_COLUMNS} FROM accounts ORDER BY id"));
        Ok(read!(self, |conn| sqlx::query_as(sql).fetch_all(conn).await?))
    }

    /// How many people have an account they can sign in to: the stand-ins for people a
    /// facilitator speaks for are not counted.
    pub async fn count_accounts(&self) -> Result<i64> {
        Ok(read!(self, |conn| {
            sqlx::query_scalar(
                "SELECT COUNT(*) FROM accounts a
                 WHERE NOT EXISTS (SELECT 1 FROM assisted_participants p WHERE p.account_id = a.id)",
            )
            .fetch_one(conn)
            .await?
        }))
    }

    pub async fn update_profile(
        &self,
        id: AccountId,
        display_name: &str,
        email: Option<&str>,
        home_community: Option<CommunityId>,
    ) -> Result<()> {
        write!(self, |conn| {
            sqlx::query("UPDATE accounts SET display_name = $1, email = $2, home_community_id = $3 WHERE id = $4")
                .bind(display_name)
                .bind(email)
                .bind(home_community.map(|c| c.0))
                .bind(id.0)
                .execute(conn)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    pub async fn set_account_locale(&self, id: AccountId, locale: &str) -> Result<()> {
        write!(self, |conn| {
            sqlx::query("UPDATE accounts SET locale = $1 WHERE id = $2")
                .bind(locale)
                .bind(id.0)
                .execute(conn)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    pub async fn set_account_display(&self, id: AccountId, display: &str) -> Result<()> {
        write!(self, |conn| {
            sqlx::query("UPDATE accounts SET display = $1 WHERE id = $2")
                .bind(display)
                .bind(id.0)
                .execute(conn)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    pub async fn set_instance_admin(&self, id: AccountId, is_admin: bool) -> Result<()> {
        write!(self, |conn| {
            sqlx::query("UPDATE accounts SET is_instance_admin = $1 WHERE id = $2")
                .bind(is_admin)
                .bind(id.0)
                .execute(conn)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    /// Replaces the password hash and ends every session of the account but `keep_session`,
    /// in one transaction: a stolen session does not survive a password change.
    pub async fn change_password(&self, id: AccountId, password_hash: &str, keep_session: Option<&str>) -> Result<()> {
        let now = piazza_domain::now();
        transaction!(self, |tx| {
            sqlx::query("UPDATE accounts SET password_hash = $1, password_changed_at = $2 WHERE id = $3")
                .bind(password_hash)
                .bind(now)
                .bind(id.0)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND token_hash <> $2")
                .bind(id.0)
                .bind(keep_session.unwrap_or(""))
                .execute(&mut *tx)
                .await?;
        });
        Ok(())
    }

    /// Records a failed sign-in under a throttle key (an account or an address).
    pub async fn record_sign_in_failure(&self, throttle_key: &str) -> Result<()> {
        write!(self, |conn| {
            sqlx::query("INSERT INTO sign_in_failures (throttle_key, failed_at) VALUES ($1, $2)")
                .bind(throttle_key)
                .bind(piazza_domain::now())
                .execute(conn)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    /// How many failures a key has had since `since`, and when the latest was.
    pub async fn sign_in_failures_since(
        &self,
        throttle_key: &str,
        since: OffsetDateTime,
    ) -> Result<(i64, Option<OffsetDateTime>)> {
        let failures: Vec<OffsetDateTime> = read!(self, |conn| {
            sqlx::query_scalar(
                "SELECT failed_at FROM sign_in_failures WHERE throttle_key = $1 AND failed_at >= $2
                 ORDER BY failed_at DESC LIMIT 1000",
            )
            .bind(throttle_key)
            .bind(since)
            .fetch_all(conn)
            .await?
        });
        Ok((failures.len() as i64, failures.first().copied()))
    }

    pub async fn clear_sign_in_failures(&self, throttle_key: &str) -> Result<()> {
        write!(self, |conn| {
            sqlx::query("DELETE FROM sign_in_failures WHERE throttle_key = $1")
                .bind(throttle_key)
                .execute(conn)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    /// Forgets failures older than `before`; run by the housekeeping job.
    pub async fn prune_sign_in_failures(&self, before: OffsetDateTime) -> Result<u64> {
        let result = write!(self, |conn| {
            sqlx::query("DELETE FROM sign_in_failures WHERE failed_at < $1")
                .bind(before)
                .execute(conn)
                .await?
                .rows_affected()
        });
        Ok(result)
    }

    pub async fn create_password_reset(
        &self,
        account: AccountId,
        token_hash: &str,
        expires_at: OffsetDateTime,
    ) -> Result<()> {
        write!(self, |conn| {
            sqlx::query(
                "INSERT INTO password_resets (token_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
            )
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

    /// The account a reset token belongs to, if the token is unused and unexpired.
    pub async fn valid_password_reset(&self, token_hash: &str) -> Result<Option<AccountId>> {
        let account: Option<i64> = read!(self, |conn| {
            sqlx::query_scalar(
                "SELECT account_id FROM password_resets WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
            )
            .bind(token_hash)
            .bind(piazza_domain::now())
            .fetch_optional(conn)
            .await?
        });
        Ok(account.map(AccountId))
    }

    /// Sets a new password through a reset token, in one transaction: the token is spent, every
    /// other reset token of the account too, and every session ends. Returns `None` when the
    /// token was no longer valid, so that two submissions of one link change the password once.
    pub async fn reset_password(&self, token_hash: &str, password_hash: &str) -> Result<Option<AccountId>> {
        let now = piazza_domain::now();
        let account = transaction!(self, |tx| {
            let account: Option<i64> = sqlx::query_scalar(
                "UPDATE password_resets SET used_at = $1
                 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING account_id",
            )
            .bind(now)
            .bind(token_hash)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(account) = account {
                sqlx::query("UPDATE password_resets SET used_at = $1 WHERE account_id = $2 AND used_at IS NULL")
                    .bind(now)
                    .bind(account)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("UPDATE accounts SET password_hash = $1, password_changed_at = $2 WHERE id = $3")
                    .bind(password_hash)
                    .bind(now)
                    .bind(account)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("DELETE FROM sessions WHERE account_id = $1").bind(account).execute(&mut *tx).await?;
            }
            account.map(AccountId)
        });
        Ok(account)
    }
}

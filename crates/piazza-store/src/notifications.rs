//! Following processes and proposals, and the notifications that following brings.

use piazza_domain::{AccountId, FollowTarget};
use sqlx::types::time::OffsetDateTime;

use crate::consents::consents_to_contact;
use crate::{Db, Result};

/// A person to notify, with what mailing them needs.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Recipient {
    pub account_id: i64,
    pub display_name: String,
    pub email: Option<String>,
    pub locale: Option<String>,
    pub email_frequency: String,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Notification {
    pub id: i64,
    pub kind: String,
    pub title: String,
    pub link: String,
    pub actor_name: Option<String>,
    pub detail: Option<String>,
    pub created_at: OffsetDateTime,
    pub read_at: Option<OffsetDateTime>,
}

/// A notification to create for several people at once.
pub struct NewNotification<'a> {
    pub kind: &'a str,
    pub title: &'a str,
    pub link: &'a str,
    pub actor: Option<AccountId>,
    pub detail: Option<&'a str>,
}

const RECIPIENT_COLUMNS: &str = "a.id AS account_id, a.display_name, a.email, a.locale, a.email_frequency";

const NOTIFICATION_SELECT: &str = "SELECT n.id, n.kind, n.title, n.link, a.display_name AS actor_name, n.detail,
        n.created_at, n.read_at
     FROM notifications n LEFT JOIN accounts a ON a.id = n.actor_id";

impl Db {
    /// Starts following; following twice is the same as once.
    pub async fn follow(&self, account: AccountId, target: FollowTarget, id: i64) -> Result<()> {
        write!(self, |conn| {
            sqlx::query(
                "INSERT INTO follows (account_id, target_kind, target_id, created_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (account_id, target_kind, target_id) DO NOTHING",
            )
            .bind(account.0)
            .bind(target.key())
            .bind(id)
            .bind(piazza_domain::now())
            .execute(conn)
            .await?
            .rows_affected()
        });
        Ok(())
    }

    pub async fn unfollow(&self, account: AccountId, target: FollowTarget, id: i64) -> Result<()> {
        write!(self, |conn| {
            sqlx::query("DELETE FROM follows WHERE account_id = $1 AND target_kind = $2 AND target_id = $3")
                .bind(account.0)
                .bind(target.key())
                .bind(id)
                .execute(conn)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    pub async fn is_following(&self, account: AccountId, target: FollowTarget, id: i64) -> Result<bool> {
        let found: i64 = read!(self, |conn| {
            sqlx::query_scalar(
                "SELECT COUNT(*) FROM follows WHERE account_id = $1 AND target_kind = $2 AND target_id = $3",
            )
            .bind(account.0)
            .bind(target.key())
            .bind(id)
            .fetch_one(conn)
            .await?
        });
        Ok(found > 0)
    }

    pub async fn followers(&self, target: FollowTarget, id: i64) -> Result<Vec<Recipient>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {RECIPIENT_COLUMNS} FROM follows f JOIN accounts a ON a.id = f.account_id
             WHERE f.target_kind = $1 AND f.target_id = $2 ORDER BY a.id"
        ));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(target.key()).bind(id).fetch_all(conn).await?))
    }

    pub async fn recipient(&self, account: AccountId) -> Result<Option<Recipient>> {
        let sql = sqlx::AssertSqlSafe(format!("SELECT {RECIPIENT_COLUMNS} FROM accounts a WHERE a.id = $1"));
        read!(self, |conn| crate::optional(sqlx::query_as(sql).bind(account.0).fetch_one(conn).await))
    }

    /// Creates the same notification for each person, in one transaction. `mailed` lists the
    /// people whose copy goes by mail right away, so that no digest repeats it.
    pub async fn create_notifications(
        &self,
        new: &NewNotification<'_>,
        recipients: &[i64],
        mailed: &[i64],
    ) -> Result<()> {
        if recipients.is_empty() {
            return Ok(());
        }
        let now = piazza_domain::now();
        transaction!(self, |tx| {
            for account in recipients {
                sqlx::query(
                    "INSERT INTO notifications (account_id, kind, title, link, actor_id, detail, mailed, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(account)
                .bind(new.kind)
                .bind(new.title)
                .bind(new.link)
                .bind(new.actor.map(|a| a.0))
                .bind(new.detail)
                .bind(mailed.contains(account))
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
        });
        Ok(())
    }

    /// A person's notifications, newest first.
    pub async fn notifications_for(&self, account: AccountId, limit: i64, offset: i64) -> Result<Vec<Notification>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{NOTIFICATION_SELECT} WHERE n.account_id = $1 ORDER BY n.id DESC LIMIT $2 OFFSET $3"
        ));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(account.0).bind(limit).bind(offset).fetch_all(conn).await?))
    }

    pub async fn unread_notifications(&self, account: AccountId) -> Result<i64> {
        Ok(read!(self, |conn| {
            sqlx::query_scalar("SELECT COUNT(*) FROM notifications WHERE account_id = $1 AND read_at IS NULL")
                .bind(account.0)
                .fetch_one(conn)
                .await?
        }))
    }

    pub async fn mark_notifications_read(&self, account: AccountId) -> Result<()> {
        write!(self, |conn| {
            sqlx::query("UPDATE notifications SET read_at = $1 WHERE account_id = $2 AND read_at IS NULL")
                .bind(piazza_domain::now())
                .bind(account.0)
                .execute(conn)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    pub async fn set_email_frequency(&self, account: AccountId, frequency: &str) -> Result<()> {
        write!(self, |conn| {
            sqlx::query("UPDATE accounts SET email_frequency = $1 WHERE id = $2")
                .bind(frequency)
                .bind(account.0)
                .execute(conn)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    /// The people who asked for a daily digest, consented to being contacted, have something
    /// not yet mailed, and had no digest since `since`.
    pub async fn digest_recipients(&self, since: OffsetDateTime) -> Result<Vec<Recipient>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {RECIPIENT_COLUMNS} FROM accounts a
             WHERE a.email_frequency = 'daily' AND a.email IS NOT NULL
               AND (a.last_digest_at IS NULL OR a.last_digest_at <= $1)
               AND EXISTS (SELECT 1 FROM notifications n WHERE n.account_id = a.id AND NOT n.mailed)
               AND {}
             ORDER BY a.id",
            consents_to_contact()
        ));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(since).fetch_all(conn).await?))
    }

    pub async fn unmailed_notifications(&self, account: AccountId) -> Result<Vec<Notification>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{NOTIFICATION_SELECT} WHERE n.account_id = $1 AND NOT n.mailed ORDER BY n.id"
        ));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(account.0).fetch_all(conn).await?))
    }

    /// Queues a person's digest and marks what it holds as mailed, in one transaction, so that
    /// a digest is neither lost nor sent twice.
    pub async fn queue_digest(
        &self,
        account: AccountId,
        up_to_notification: i64,
        recipient: &str,
        subject: &str,
        body: &str,
    ) -> Result<()> {
        let now = piazza_domain::now();
        transaction!(self, |tx| {
            sqlx::query(
                "INSERT INTO outbox (recipient, subject, body, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $4)",
            )
            .bind(recipient)
            .bind(subject)
            .bind(body)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            sqlx::query("UPDATE notifications SET mailed = $1 WHERE account_id = $2 AND id <= $3 AND NOT mailed")
                .bind(true)
                .bind(account.0)
                .bind(up_to_notification)
                .execute(&mut *tx)
                .await?;
            sqlx::query("UPDATE accounts SET last_digest_at = $1 WHERE id = $2")
                .bind(now)
                .bind(account.0)
                .execute(&mut *tx)
                .await?;
        });
        Ok(())
    }
}

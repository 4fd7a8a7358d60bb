//! Comments on processes and proposals, and their supports.

use piazza_domain::{AccountId, ProcessId, ProposalId};
use sqlx::types::time::OffsetDateTime;

use crate::{Db, Result, optional};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Comment {
    pub id: i64,
    #[sqlx(try_from = "i64")]
    pub process_id: ProcessId,
    pub proposal_id: Option<i64>,
    pub parent_id: Option<i64>,
    pub depth: i64,
    pub author_id: Option<i64>,
    pub author_name: Option<String>,
    pub stance: String,
    pub body: String,
    pub locale: String,
    pub support_count: i64,
    pub created_at: OffsetDateTime,
    pub edited_at: Option<OffsetDateTime>,
    pub deleted_at: Option<OffsetDateTime>,
    /// Hidden by moderation; `hidden_reason` is the moderator's public reason, if one was given.
    pub hidden: bool,
    pub hidden_reason: Option<String>,
}

pub struct NewComment<'a> {
    pub process: ProcessId,
    pub proposal: Option<ProposalId>,
    pub parent: Option<i64>,
    pub depth: i64,
    pub author: AccountId,
    pub stance: &'a str,
    pub body: &'a str,
    pub locale: &'a str,
    pub provenance: crate::proposals::Provenance<'a>,
}

const COMMENT_SELECT: &str = "SELECT c.id, c.process_id, c.proposal_id, c.parent_id, c.depth, c.author_id,
        a.display_name AS author_name, c.stance, c.body, c.locale, c.support_count, c.created_at, c.edited_at,
        c.deleted_at, c.hidden, mc.public_reason AS hidden_reason
     FROM comments c LEFT JOIN accounts a ON a.id = c.author_id
     LEFT JOIN moderation_cases mc ON mc.content_kind = 'comment' AND mc.content_id = c.id";

impl Db {
    pub async fn create_comment(&self, new: &NewComment<'_>) -> Result<i64> {
        Ok(write!(self, |conn| {
            sqlx::query_scalar(
                "INSERT INTO comments (process_id, proposal_id, parent_id, depth, author_id, stance, body, locale,
                                       created_at, channel, event, recorded_by)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
            )
            .bind(new.process.0)
            .bind(new.proposal.map(|p| p.0))
            .bind(new.parent)
            .bind(new.depth)
            .bind(new.author.0)
            .bind(new.stance)
            .bind(new.body)
            .bind(new.locale)
            .bind(piazza_domain::now())
            .bind(new.provenance.channel)
            .bind(new.provenance.event)
            .bind(new.provenance.recorded_by.map(|id| id.0))
            .fetch_one(conn)
            .await?
        }))
    }

    pub async fn comment(&self, id: i64) -> Result<Option<Comment>> {
        let sql = sqlx::AssertSqlSafe(format!("{COMMENT_SELECT} WHERE c.id = $1"));
        read!(self, |conn| optional(sqlx::query_as(sql).bind(id).fetch_one(conn).await))
    }

    /// Every comment on a proposal, or on the process itself when `proposal` is `None`, in the
    /// order they were written; the caller arranges them into threads.
    pub async fn comments_on(&self, process: ProcessId, proposal: Option<ProposalId>) -> Result<Vec<Comment>> {
        let sql = sqlx::AssertSqlSafe(match proposal {
            Some(_) => format!("{COMMENT_SELECT} WHERE c.proposal_id = $2 AND c.process_id = $1 ORDER BY c.id"),
            None => {
                format!("{COMMENT_SELECT} WHERE c.process_id = $1 AND c.proposal_id IS NULL AND $2 = $2 ORDER BY c.id")
            }
        });
        Ok(read!(self, |conn| {
            sqlx::query_as(sql).bind(process.0).bind(proposal.map_or(0, |p| p.0)).fetch_all(conn).await?
        }))
    }

    /// Replaces a comment's text and marks it edited; only while it is not deleted.
    pub async fn edit_comment(&self, id: i64, body: &str) -> Result<bool> {
        let changed = write!(self, |conn| {
            sqlx::query("UPDATE comments SET body = $1, edited_at = $2 WHERE id = $3 AND deleted_at IS NULL")
                .bind(body)
                .bind(piazza_domain::now())
                .bind(id)
                .execute(conn)
                .await?
                .rows_affected()
        });
        Ok(changed == 1)
    }

    /// Deletes a comment's text, keeping its place in the thread so that replies still read.
    pub async fn delete_comment(&self, id: i64) -> Result<bool> {
        let changed = write!(self, |conn| {
            sqlx::query("UPDATE comments SET body = '', deleted_at = $1 WHERE id = $2 AND deleted_at IS NULL")
                .bind(piazza_domain::now())
                .bind(id)
                .execute(conn)
                .await?
                .rows_affected()
        });
        Ok(changed == 1)
    }

    /// Supports a comment once per person; says whether this support counted.
    pub async fn support_comment(&self, id: i64, account: AccountId) -> Result<bool> {
        let counted = transaction!(self, |tx| {
            let inserted = sqlx::query(
                "INSERT INTO comment_supports (comment_id, account_id, created_at) VALUES ($1, $2, $3)
                 ON CONFLICT (comment_id, account_id) DO NOTHING",
            )
            .bind(id)
            .bind(account.0)
            .bind(piazza_domain::now())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if inserted == 1 {
                sqlx::query("UPDATE comments SET support_count = support_count + 1 WHERE id = $1")
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
            inserted == 1
        });
        Ok(counted)
    }
}

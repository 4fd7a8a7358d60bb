//! Amendments to proposals.

use piazza_domain::{AccountId, ProposalId};
use sqlx::types::time::OffsetDateTime;

use crate::{Db, Result, optional};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Amendment {
    pub id: i64,
    #[sqlx(try_from = "i64")]
    pub proposal_id: ProposalId,
    pub author_id: Option<i64>,
    pub author_name: Option<String>,
    pub base_version: i64,
    pub title: String,
    pub body: String,
    pub reason: String,
    pub state: String,
    pub answer: Option<String>,
    pub answered_by_name: Option<String>,
    pub answered_at: Option<OffsetDateTime>,
    pub created_at: OffsetDateTime,
    /// Hidden by moderation; `hidden_reason` is the moderator's public reason, if one was given.
    pub hidden: bool,
    pub hidden_reason: Option<String>,
}

pub struct NewAmendment<'a> {
    pub proposal: ProposalId,
    pub author: AccountId,
    pub base_version: i64,
    pub title: &'a str,
    pub body: &'a str,
    pub reason: &'a str,
}

const AMENDMENT_SELECT: &str = "SELECT m.id, m.proposal_id, m.author_id, a.display_name AS author_name, m.base_version,
        m.title, m.body, m.reason, m.state, m.answer, b.display_name AS answered_by_name, m.answered_at, m.created_at,
        m.hidden, mc.public_reason AS hidden_reason
     FROM amendments m LEFT JOIN accounts a ON a.id = m.author_id LEFT JOIN accounts b ON b.id = m.answered_by
     LEFT JOIN moderation_cases mc ON mc.content_kind = 'amendment' AND mc.content_id = m.id";

impl Db {
    pub async fn create_amendment(&self, new: &NewAmendment<'_>) -> Result<i64> {
        Ok(write!(self, |conn| {
            sqlx::query_scalar(
                "INSERT INTO amendments (proposal_id, author_id, base_version, title, body, reason, state, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7) RETURNING id",
            )
            .bind(new.proposal.0)
            .bind(new.author.0)
            .bind(new.base_version)
            .bind(new.title)
            .bind(new.body)
            .bind(new.reason)
            .bind(piazza_domain::now())
            .fetch_one(conn)
            .await?
        }))
    }

    pub async fn amendment(&self, id: i64) -> Result<Option<Amendment>> {
        let sql = sqlx::AssertSqlSafe(format!("{AMENDMENT_SELECT} WHERE m.id = $1"));
        read!(self, |conn| optional(sqlx::query_as(sql).bind(id).fetch_one(conn).await))
    }

    /// A proposal's amendments, oldest first.
    pub async fn amendments_of(&self, proposal: ProposalId) -> Result<Vec<Amendment>> {
        let sql = sqlx::AssertSqlSafe(format!("{AMENDMENT_SELECT} WHERE m.proposal_id = $1 ORDER BY m.id"));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(proposal.0).fetch_all(conn).await?))
    }

    /// Accepts a pending amendment: its text becomes the proposal's next version, credited to
    /// the amender, in one transaction. Returns false when it was no longer pending.
    pub async fn accept_amendment(&self, id: i64, by: AccountId) -> Result<bool> {
        let now = piazza_domain::now();
        let accepted = transaction!(self, |tx| {
            let accepted: Option<(i64, Option<i64>, String, String)> = sqlx::query_as(
                "UPDATE amendments SET state = 'accepted', answered_by = $1, answered_at = $2
                 WHERE id = $3 AND state = 'pending' RETURNING proposal_id, author_id, title, body",
            )
            .bind(by.0)
            .bind(now)
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some((proposal, amender, title, body)) = &accepted {
                let version: i64 = sqlx::query_scalar(
                    "UPDATE proposals SET title = $1, body = $2, version = version + 1 WHERE id = $3 RETURNING version",
                )
                .bind(title)
                .bind(body)
                .bind(proposal)
                .fetch_one(&mut *tx)
                .await?;
                sqlx::query(
                    "INSERT INTO proposal_versions (proposal_id, number, title, body, author_id, created_at, amendment_id)
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(proposal)
                .bind(version)
                .bind(title)
                .bind(body)
                .bind(amender)
                .bind(now)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            }
            accepted.is_some()
        });
        Ok(accepted)
    }

    /// Rejects a pending amendment with the reason shown publicly.
    pub async fn reject_amendment(&self, id: i64, by: AccountId, answer: &str) -> Result<bool> {
        let changed = write!(self, |conn| {
            sqlx::query(
                "UPDATE amendments SET state = 'rejected', answer = $1, answered_by = $2, answered_at = $3
                 WHERE id = $4 AND state = 'pending'",
            )
            .bind(answer)
            .bind(by.0)
            .bind(piazza_domain::now())
            .bind(id)
            .execute(conn)
            .await?
            .rows_affected()
        });
        Ok(changed == 1)
    }
}

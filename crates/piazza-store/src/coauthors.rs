//! Co-authors of proposals: invitations to people and organisations, and their answers.

use piazza_domain::{AccountId, OrganisationId, ProposalId};
use sqlx::types::time::OffsetDateTime;

use crate::{Db, Result, optional};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Coauthor {
    pub id: i64,
    #[sqlx(try_from = "i64")]
    pub proposal_id: ProposalId,
    pub proposal_title: String,
    pub account_id: Option<i64>,
    pub person_name: Option<String>,
    pub organisation_id: Option<i64>,
    pub organisation_name: Option<String>,
    pub organisation_slug: Option<String>,
    /// `invited`, `accepted` or `declined`.
    pub state: String,
    pub invited_at: OffsetDateTime,
}

/// Who is invited: a person or an organisation.
#[derive(Debug, Clone, Copy)]
pub enum Invitee {
    Person(AccountId),
    Organisation(OrganisationId),
}

const COAUTHOR_SELECT: &str = "SELECT c.id, c.proposal_id, p.title AS proposal_title, c.account_id,
        a.display_name AS person_name, c.organisation_id, o.name AS organisation_name, o.slug AS organisation_slug,
        c.state, c.invited_at
     FROM proposal_coauthors c JOIN proposals p ON p.id = c.proposal_id
     LEFT JOIN accounts a ON a.id = c.account_id LEFT JOIN organisations o ON o.id = c.organisation_id";

impl Db {
    /// Invites a co-author; [`crate::StoreError::Conflict`] when they were invited already.
    pub async fn invite_coauthor(&self, proposal: ProposalId, invitee: Invitee, by: AccountId) -> Result<i64> {
        let (account, organisation) = match invitee {
            Invitee::Person(account) => (Some(account.0), None),
            Invitee::Organisation(organisation) => (None, Some(organisation.0)),
        };
        Ok(write!(self, |conn| {
            sqlx::query_scalar(
                "INSERT INTO proposal_coauthors (proposal_id, account_id, organisation_id, invited_by, state, invited_at)
                 VALUES ($1, $2, $3, $4, 'invited', $5) RETURNING id",
            )
            .bind(proposal.0)
            .bind(account)
            .bind(organisation)
            .bind(by.0)
            .bind(piazza_domain::now())
            .fetch_one(conn)
            .await?
        }))
    }

    pub async fn coauthor(&self, id: i64) -> Result<Option<Coauthor>> {
        let sql = sqlx::AssertSqlSafe(format!("{COAUTHOR_SELECT} WHERE c.id = $1"));
        read!(self, |conn| optional(sqlx::query_as(sql).bind(id).fetch_one(conn).await))
    }

    /// Every invitation of a proposal, in the order they were made.
    pub async fn coauthors_of(&self, proposal: ProposalId) -> Result<Vec<Coauthor>> {
        let sql = sqlx::AssertSqlSafe(format!("{COAUTHOR_SELECT} WHERE c.proposal_id = $1 ORDER BY c.id"));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(proposal.0).fetch_all(conn).await?))
    }

    /// Invitations waiting for this person's answer: to them, or to an organisation they manage.
    pub async fn invitations_for(&self, account: AccountId) -> Result<Vec<Coauthor>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{COAUTHOR_SELECT} WHERE c.state = 'invited' AND (c.account_id = $1 OR c.organisation_id IN
                 (SELECT organisation_id FROM organisation_members WHERE account_id = $1 AND is_manager = $2))
             ORDER BY c.id"
        ));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(account.0).bind(true).fetch_all(conn).await?))
    }

    /// Records the answer to a pending invitation; false when it was answered already.
    pub async fn answer_invitation(&self, id: i64, accept: bool, by: AccountId) -> Result<bool> {
        let changed = write!(self, |conn| {
            sqlx::query(
                "UPDATE proposal_coauthors SET state = $1, answered_by = $2, answered_at = $3
                 WHERE id = $4 AND state = 'invited'",
            )
            .bind(if accept { "accepted" } else { "declined" })
            .bind(by.0)
            .bind(piazza_domain::now())
            .bind(id)
            .execute(conn)
            .await?
            .rows_affected()
        });
        Ok(changed == 1)
    }

    /// Whether this person is an author of the proposal: its creator, or a co-author who accepted.
    pub async fn is_proposal_author(&self, proposal: ProposalId, account: AccountId) -> Result<bool> {
        let found: i64 = read!(self, |conn| {
            sqlx::query_scalar(
                "SELECT COUNT(*) FROM proposals p WHERE p.id = $1 AND (p.created_by = $2 OR EXISTS
                     (SELECT 1 FROM proposal_coauthors c WHERE c.proposal_id = p.id AND c.account_id = $2
                          AND c.state = 'accepted'))",
            )
            .bind(proposal.0)
            .bind(account.0)
            .fetch_one(conn)
            .await?
        });
        Ok(found > 0)
    }
}

//! People whose contributions a facilitator recorded on their behalf, and claiming those
//! contributions with the code on the receipt.

use piazza_domain::{AccountId, CommunityId};
use sqlx::types::time::OffsetDateTime;

use crate::erasure::{DELETED_WITH_THE_PERSON, DETACHED_FROM_THE_PERSON};
use crate::{Db, Result, optional};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AssistedParticipant {
    pub account_id: i64,
    pub display_name: String,
    pub community_id: i64,
    pub channel: String,
    pub event: String,
    pub recorded_by: Option<i64>,
    pub recorded_by_name: Option<String>,
    pub created_at: OffsetDateTime,
}

/// A consent given on paper or by phone, as the facilitator recorded it.
pub struct GivenConsent<'a> {
    pub purpose: &'a str,
    pub notice_version: i64,
    pub legal_basis: &'a str,
}

impl GivenConsent<'static> {
    /// Consent to a purpose under the notice in force.
    pub fn to(purpose: piazza_domain::ConsentPurpose) -> Self {
        GivenConsent {
            purpose: purpose.key(),
            notice_version: purpose.notice_version(),
            legal_basis: purpose.legal_basis(),
        }
    }
}

pub struct NewAssistedParticipant<'a> {
    pub community: CommunityId,
    /// A unique name that nobody can sign in with.
    pub username: &'a str,
    pub display_name: &'a str,
    pub locale: &'a str,
    pub channel: &'a str,
    pub consent_channel: &'a str,
    pub event: &'a str,
    pub recorded_by: AccountId,
    pub claim_code_hash: &'a str,
    pub consents: &'a [GivenConsent<'a>],
    pub demographics: &'a [(String, String)],
}

const SELECT: &str = "SELECT p.account_id, a.display_name, p.community_id, p.channel, p.event, p.recorded_by,
        f.display_name AS recorded_by_name, p.created_at
     FROM assisted_participants p JOIN accounts a ON a.id = p.account_id
     LEFT JOIN accounts f ON f.id = p.recorded_by";

/// The password hash of an account nobody can sign in to: no password hashes to it.
pub const NO_SIGN_IN: &str = "!assisted";

/// Whether the claimer already has a row that the placeholder's row would duplicate; such rows
/// of the placeholder are dropped instead of moved. (table, person column, the other key columns)
const MERGED_UNIQUELY: &[(&str, &str, &str)] = &[
    ("proposal_supports", "account_id", "proposal_id"),
    ("comment_supports", "account_id", "comment_id"),
    ("follows", "account_id", "target_kind, target_id"),
    ("demographic_answers", "account_id", "community_id, topic"),
];

/// Supports and the count each keeps on what they support: (counted table, supports, key).
const COUNTED_SUPPORTS: &[(&str, &str, &str)] =
    &[("proposals", "proposal_supports", "proposal_id"), ("comments", "comment_supports", "comment_id")];

/// Columns whose rows move to the claimer: what the person did and said, and their consents.
const MOVED_TO_THE_CLAIMER: &[(&str, &str)] = &[
    ("proposals", "created_by"),
    ("proposal_state_changes", "changed_by"),
    ("proposal_versions", "author_id"),
    ("comments", "author_id"),
    ("proposal_supports", "account_id"),
    ("comment_supports", "account_id"),
    ("follows", "account_id"),
    ("consent_records", "account_id"),
    ("demographic_answers", "account_id"),
];

impl Db {
    /// Creates the person a facilitator speaks for, with the consents they gave and the answers
    /// they chose to give, in one transaction.
    pub async fn create_assisted_participant(&self, new: &NewAssistedParticipant<'_>) -> Result<AccountId> {
        let now = piazza_domain::now();
        let id: i64 = transaction!(self, |tx| {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO accounts (username, display_name, email, password_hash, locale, home_community_id,
                                       is_instance_admin, created_at, password_changed_at)
                 VALUES ($1, $2, NULL, $3, $4, $5, FALSE, $6, $6) RETURNING id",
            )
            .bind(new.username)
            .bind(new.display_name)
            .bind(NO_SIGN_IN)
            .bind(new.locale)
            .bind(new.community.0)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO assisted_participants (account_id, community_id, claim_code_hash, channel, event,
                                                    recorded_by, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(id)
            .bind(new.community.0)
            .bind(new.claim_code_hash)
            .bind(new.channel)
            .bind(new.event)
            .bind(new.recorded_by.0)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            for consent in new.consents {
                sqlx::query(
                    "INSERT INTO consent_records (account_id, purpose, notice_version, granted, channel, recorded_by,
                                                  legal_basis, created_at)
                     VALUES ($1, $2, $3, TRUE, $4, $5, $6, $7)",
                )
                .bind(id)
                .bind(consent.purpose)
                .bind(consent.notice_version)
                .bind(new.consent_channel)
                .bind(new.recorded_by.0)
                .bind(consent.legal_basis)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            for (topic, answer) in new.demographics {
                sqlx::query(
                    "INSERT INTO demographic_answers (account_id, community_id, topic, answer, answered_at)
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(id)
                .bind(new.community.0)
                .bind(topic)
                .bind(answer)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            id
        });
        Ok(AccountId(id))
    }

    pub async fn assisted_participant(&self, account: AccountId) -> Result<Option<AssistedParticipant>> {
        let sql = sqlx::AssertSqlSafe(format!("{SELECT} WHERE p.account_id = $1"));
        Ok(read!(self, |conn| optional(sqlx::query_as(sql).bind(account.0).fetch_one(conn).await)?))
    }

    pub async fn assisted_participant_by_code(&self, claim_code_hash: &str) -> Result<Option<AssistedParticipant>> {
        let sql = sqlx::AssertSqlSafe(format!("{SELECT} WHERE p.claim_code_hash = $1"));
        Ok(read!(self, |conn| optional(sqlx::query_as(sql).bind(claim_code_hash).fetch_one(conn).await)?))
    }

    /// The people recorded in a community, newest first.
    pub async fn assisted_participants(&self, community: CommunityId) -> Result<Vec<AssistedParticipant>> {
        let sql =
            sqlx::AssertSqlSafe(format!("{SELECT} WHERE p.community_id = $1 ORDER BY p.account_id DESC LIMIT 200"));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(community.0).fetch_all(conn).await?))
    }

    /// Moves everything recorded for `placeholder` to `claimer` and removes the placeholder, in
    /// one transaction. A support or answer the claimer had already given wins over the
    /// placeholder's, and counts stay true. Answers false when the placeholder was already
    /// claimed (by a concurrent request, say).
    pub async fn claim_assisted(&self, placeholder: AccountId, claimer: AccountId) -> Result<bool> {
        Ok(transaction!(self, |tx| {
            let removed = sqlx::query("DELETE FROM assisted_participants WHERE account_id = $1")
                .bind(placeholder.0)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if removed == 0 {
                return Ok(false);
            }
            // A support given twice counts once: the placeholder's duplicate goes, and so does
            // what it added to the count of what was supported.
            for (counted, supports, key) in COUNTED_SUPPORTS {
                let sql = sqlx::AssertSqlSafe(format!(
                    "UPDATE {counted} SET support_count = support_count - 1 WHERE id IN
                       (SELECT {key} FROM {supports} WHERE account_id = $1
                        AND {key} IN (SELECT {key} FROM {supports} WHERE account_id = $2))"
                ));
                sqlx::query(sql).bind(placeholder.0).bind(claimer.0).execute(&mut *tx).await?;
            }
            for (table, column, keys) in MERGED_UNIQUELY {
                let sql = sqlx::AssertSqlSafe(format!(
                    "DELETE FROM {table} WHERE {column} = $1 AND ({keys}) IN (SELECT {keys} FROM {table} WHERE {column} = $2)"
                ));
                sqlx::query(sql).bind(placeholder.0).bind(claimer.0).execute(&mut *tx).await?;
            }
            for (table, column) in MOVED_TO_THE_CLAIMER {
                let sql = sqlx::AssertSqlSafe(format!("UPDATE {table} SET {column} = $2 WHERE {column} = $1"));
                sqlx::query(sql).bind(placeholder.0).bind(claimer.0).execute(&mut *tx).await?;
            }
            for (table, column) in DELETED_WITH_THE_PERSON {
                let sql = sqlx::AssertSqlSafe(format!("DELETE FROM {table} WHERE {column} = $1"));
                sqlx::query(sql).bind(placeholder.0).execute(&mut *tx).await?;
            }
            for (table, column) in DETACHED_FROM_THE_PERSON {
                let sql = sqlx::AssertSqlSafe(format!("UPDATE {table} SET {column} = NULL WHERE {column} = $1"));
                sqlx::query(sql).bind(placeholder.0).execute(&mut *tx).await?;
            }
            sqlx::query("DELETE FROM accounts WHERE id = $1").bind(placeholder.0).execute(&mut *tx).await?;
            true
        }))
    }
}

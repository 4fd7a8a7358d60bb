//! Erasing a person: their account and everything that identifies them go; what they wrote
//! stays readable without a name, and their votes stay counted without a voter.

use piazza_domain::AccountId;

use crate::{Db, Result, optional};

/// Rows that exist only because of the person, deleted with them. Counters kept elsewhere
/// (supports, reports, registrations) keep counting what these rows added.
pub(crate) const DELETED_WITH_THE_PERSON: &[(&str, &str)] = &[
    ("sessions", "account_id"),
    ("password_resets", "account_id"),
    ("follows", "account_id"),
    ("notifications", "account_id"),
    ("organisation_members", "account_id"),
    ("role_grants", "account_id"),
    ("proposal_supports", "account_id"),
    ("comment_supports", "account_id"),
    ("proposal_coauthors", "account_id"),
    ("reports", "reporter_id"),
    ("community_blocks", "account_id"),
    ("meeting_registrations", "account_id"),
    ("voter_details", "account_id"),
    ("consent_records", "account_id"),
    ("demographic_answers", "account_id"),
    ("assisted_participants", "account_id"),
    ("co_runners", "account_id"),
];

/// References that become "a former participant": the content stays, unattributed.
pub(crate) const DETACHED_FROM_THE_PERSON: &[(&str, &str)] = &[
    ("processes", "created_by"),
    ("proposals", "created_by"),
    ("proposal_state_changes", "changed_by"),
    ("proposal_versions", "author_id"),
    ("comments", "author_id"),
    ("amendments", "author_id"),
    ("amendments", "answered_by"),
    ("proposal_coauthors", "invited_by"),
    ("proposal_coauthors", "answered_by"),
    ("organisations", "created_by"),
    ("role_grants", "granted_by"),
    ("role_grants", "revoked_by"),
    ("moderation_cases", "author_id"),
    ("community_blocks", "blocked_by"),
    ("moderation_log", "account_id"),
    ("moderation_log", "moderator_id"),
    ("notifications", "actor_id"),
    ("meetings", "created_by"),
    ("budgets", "created_by"),
    ("budget_projects", "created_by"),
    ("budget_voters", "recorded_by"),
    ("budget_codes", "created_by"),
    ("census_lists", "uploaded_by"),
    ("consent_records", "recorded_by"),
    ("barrier_reports", "reported_by"),
    ("assisted_participants", "recorded_by"),
    ("proposals", "recorded_by"),
    ("comments", "recorded_by"),
    ("proposal_supports", "recorded_by"),
    ("results", "created_by"),
    ("result_updates", "written_by"),
    ("service_requests", "reporter_id"),
    ("service_request_updates", "written_by"),
    ("ratings", "account_id"),
    ("cases", "created_by"),
    ("twinnings", "proposed_by"),
    ("twinnings", "accepted_by"),
    ("twinnings", "ended_by"),
    ("co_runners", "invited_by"),
    ("peer_questions", "asked_by"),
    ("peer_answers", "answered_by"),
    ("case_texts", "translated_by"),
];

impl Db {
    /// The meetings still to come for which a person holds a place or waits for one.
    pub async fn upcoming_registrations(&self, account: AccountId) -> Result<Vec<i64>> {
        Ok(read!(self, |conn| {
            sqlx::query_scalar(
                "SELECT r.meeting_id FROM meeting_registrations r JOIN meetings m ON m.id = r.meeting_id
                 WHERE r.account_id = $1 AND m.starts_at > $2 ORDER BY r.meeting_id",
            )
            .bind(account.0)
            .bind(piazza_domain::now())
            .fetch_all(conn)
            .await?
        }))
    }

    /// Erases a person in one transaction: the rows above are deleted or detached, mail to
    /// their address and sign-in failures under their name are forgotten, their places in the
    /// budgets' registers are renamed to `erased:` and one of `new_voter_keys` each (so that
    /// their ballots stay counted and nobody can change them), and the account row goes. The
    /// database's foreign keys then prove that nothing else pointed at the account. Answers
    /// false when there was no such account.
    pub async fn erase_account(
        &self,
        account: AccountId,
        new_voter_keys: &mut (dyn FnMut() -> String + Send),
    ) -> Result<bool> {
        Ok(transaction!(self, |tx| {
            let identity: Option<(String, Option<String>)> = optional(
                sqlx::query_as("SELECT username, email FROM accounts WHERE id = $1")
                    .bind(account.0)
                    .fetch_one(&mut *tx)
                    .await,
            )?;
            let Some((username, email)) = identity else {
                return Ok(false);
            };
            if let Some(email) = email {
                sqlx::query("DELETE FROM outbox WHERE lower(recipient) = lower($1)")
                    .bind(email)
                    .execute(&mut *tx)
                    .await?;
            }
            sqlx::query("DELETE FROM sign_in_failures WHERE throttle_key = $1")
                .bind(format!("account:{}", username.to_lowercase()))
                .execute(&mut *tx)
                .await?;
            let voter_key = format!("account:{}", account.0);
            let budgets: Vec<i64> = sqlx::query_scalar("SELECT budget_id FROM budget_voters WHERE voter_key = $1")
                .bind(&voter_key)
                .fetch_all(&mut *tx)
                .await?;
            for budget in budgets {
                sqlx::query("UPDATE budget_voters SET voter_key = $3 WHERE budget_id = $1 AND voter_key = $2")
                    .bind(budget)
                    .bind(&voter_key)
                    .bind(format!("erased:{}", new_voter_keys()))
                    .execute(&mut *tx)
                    .await?;
            }
            for (table, column) in DELETED_WITH_THE_PERSON {
                let sql = sqlx::AssertSqlSafe(format!("DELETE FROM {table} WHERE {column} = $1"));
                sqlx::query(sql).bind(account.0).execute(&mut *tx).await?;
            }
            for (table, column) in DETACHED_FROM_THE_PERSON {
                let sql = sqlx::AssertSqlSafe(format!("UPDATE {table} SET {column} = NULL WHERE {column} = $1"));
                sqlx::query(sql).bind(account.0).execute(&mut *tx).await?;
            }
            sqlx::query("DELETE FROM accounts WHERE id = $1").bind(account.0).execute(&mut *tx).await?;
            true
        }))
    }
}

//! The consent ledger: grants and withdrawals, appended and never changed.

use piazza_domain::AccountId;
use sqlx::types::time::OffsetDateTime;

use crate::{Db, Result};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ConsentRecord {
    pub id: i64,
    pub purpose: String,
    pub notice_version: i64,
    pub granted: bool,
    pub channel: String,
    /// The facilitator who recorded a consent given on paper or by phone.
    pub recorded_by: Option<i64>,
    pub recorded_by_name: Option<String>,
    pub legal_basis: String,
    pub created_at: OffsetDateTime,
}

pub struct NewConsent<'a> {
    pub account: AccountId,
    pub purpose: &'a str,
    pub notice_version: i64,
    pub granted: bool,
    pub channel: &'a str,
    pub recorded_by: Option<AccountId>,
    pub legal_basis: &'a str,
}

impl Db {
    pub async fn record_consent(&self, new: &NewConsent<'_>) -> Result<i64> {
        Ok(write!(self, |conn| {
            sqlx::query_scalar(
                "INSERT INTO consent_records (account_id, purpose, notice_version, granted, channel, recorded_by,
                                              legal_basis, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            )
            .bind(new.account.0)
            .bind(new.purpose)
            .bind(new.notice_version)
            .bind(new.granted)
            .bind(new.channel)
            .bind(new.recorded_by.map(|id| id.0))
            .bind(new.legal_basis)
            .bind(piazza_domain::now())
            .fetch_one(conn)
            .await?
        }))
    }

    /// A person's ledger, the newest record first.
    pub async fn consent_records(&self, account: AccountId) -> Result<Vec<ConsentRecord>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT c.id, c.purpose, c.notice_version, c.granted, c.channel, c.recorded_by,
                        a.display_name AS recorded_by_name, c.legal_basis, c.created_at
                 FROM consent_records c LEFT JOIN accounts a ON a.id = c.recorded_by
                 WHERE c.account_id = $1 ORDER BY c.id DESC",
            )
            .bind(account.0)
            .fetch_all(conn)
            .await?
        }))
    }

    /// Of `accounts`, those whose latest answer about being contacted is a consent given to the
    /// notice in force: only they are sent mail about what they follow.
    pub async fn consenting_to_contact(&self, accounts: &[i64]) -> Result<Vec<i64>> {
        if accounts.is_empty() {
            return Ok(Vec::new());
        }
        let placeholders: Vec<String> = (0..accounts.len()).map(|index| format!("${}", index + 1)).collect();
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT a.id FROM accounts a WHERE a.id IN ({}) AND {} ORDER BY a.id",
            placeholders.join(", "),
            consents_to_contact()
        ));
        Ok(read!(self, |conn| {
            let mut query = sqlx::query_scalar(sql);
            for account in accounts {
                query = query.bind(*account);
            }
            query.fetch_all(conn).await?
        }))
    }
}

/// An SQL condition, true for an account `a` whose latest answer about being contacted is a
/// grant to the notice in force.
pub(crate) fn consents_to_contact() -> String {
    let purpose = piazza_domain::ConsentPurpose::Contact;
    format!(
        "EXISTS (SELECT 1 FROM consent_records c
           WHERE c.account_id = a.id AND c.purpose = '{key}' AND c.granted AND c.notice_version >= {version}
             AND c.id = (SELECT MAX(l.id) FROM consent_records l WHERE l.account_id = a.id AND l.purpose = '{key}'))",
        key = purpose.key(),
        version = purpose.notice_version(),
    )
}

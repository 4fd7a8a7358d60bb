//! Everything Piazza holds about a person, table by table, for them to see and download.

use piazza_domain::AccountId;
use sqlx::Row;
use sqlx::types::time::OffsetDateTime;

use crate::schema::ColumnKind;
use crate::{Db, Result};

/// One kind of record about the person: the column names and every row, written out.
#[derive(Debug, Clone)]
pub struct DataSection {
    /// A stable key, which the pages translate and the download names its files after.
    pub key: &'static str,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Option<String>>>,
}

/// How a table refers to the person.
#[derive(Clone, Copy)]
enum Whose {
    /// By account id, in the named column.
    Account(&'static str),
    /// By the budget register's key for the account.
    Voter,
}

/// (key, table, how it refers to the person, columns withheld). Secrets are withheld: hashes
/// of passwords and session tokens are of no use to anyone but an attacker, and the token of
/// an open ballot would only make it linkable.
const SECTIONS: &[(&str, &str, Whose, &[&str])] = &[
    ("profile", "accounts", Whose::Account("id"), &["password_hash"]),
    ("consents", "consent_records", Whose::Account("account_id"), &[]),
    ("about-you", "demographic_answers", Whose::Account("account_id"), &[]),
    ("sign-ins", "sessions", Whose::Account("account_id"), &["token_hash"]),
    ("password-resets", "password_resets", Whose::Account("account_id"), &["token_hash"]),
    ("roles", "role_grants", Whose::Account("account_id"), &[]),
    ("organisations", "organisation_members", Whose::Account("account_id"), &[]),
    ("proposals", "proposals", Whose::Account("created_by"), &["shuffle_key"]),
    ("proposal-versions", "proposal_versions", Whose::Account("author_id"), &[]),
    ("co-authorships", "proposal_coauthors", Whose::Account("account_id"), &[]),
    ("amendments", "amendments", Whose::Account("author_id"), &[]),
    ("comments", "comments", Whose::Account("author_id"), &[]),
    ("proposal-supports", "proposal_supports", Whose::Account("account_id"), &[]),
    ("comment-supports", "comment_supports", Whose::Account("account_id"), &[]),
    ("meeting-registrations", "meeting_registrations", Whose::Account("account_id"), &[]),
    ("follows", "follows", Whose::Account("account_id"), &[]),
    ("notifications", "notifications", Whose::Account("account_id"), &[]),
    ("reports", "reports", Whose::Account("reporter_id"), &[]),
    ("blocks", "community_blocks", Whose::Account("account_id"), &[]),
    ("budget-votes", "budget_voters", Whose::Voter, &["ballot_token", "voter_key"]),
    ("voting-details", "voter_details", Whose::Account("account_id"), &[]),
    ("service-requests", "service_requests", Whose::Account("reporter_id"), &[]),
    ("ratings", "ratings", Whose::Account("account_id"), &[]),
    ("co-running", "co_runners", Whose::Account("account_id"), &[]),
    ("peer-questions", "peer_questions", Whose::Account("asked_by"), &[]),
    ("peer-answers", "peer_answers", Whose::Account("answered_by"), &[]),
];

fn written(at: OffsetDateTime) -> String {
    at.format(&time::format_description::well_known::Rfc3339).unwrap_or_default()
}

impl Db {
    /// Everything held about a person, section by section, in a fixed order.
    pub async fn personal_data(&self, account: AccountId) -> Result<Vec<DataSection>> {
        let mut sections = Vec::with_capacity(SECTIONS.len());
        for (key, table, whose, withheld) in SECTIONS {
            let columns: Vec<_> =
                self.columns(table).await?.into_iter().filter(|c| !withheld.contains(&c.name.as_str())).collect();
            let names: Vec<&str> = columns.iter().map(|c| c.name.as_str()).collect();
            let kinds: Vec<ColumnKind> = columns.iter().map(|c| c.kind()).collect();
            let (filter, key_value) = match whose {
                Whose::Account(column) => (*column, None),
                Whose::Voter => ("voter_key", Some(format!("account:{}", account.0))),
            };
            let sql =
                sqlx::AssertSqlSafe(format!("SELECT {} FROM {table} WHERE {filter} = $1 ORDER BY 1", names.join(", ")));
            let rows = read!(self, |conn| {
                let query = match &key_value {
                    Some(value) => sqlx::query(sql).bind(value.clone()),
                    None => sqlx::query(sql).bind(account.0),
                };
                let fetched = query.fetch_all(conn).await?;
                let mut rows = Vec::with_capacity(fetched.len());
                for row in &fetched {
                    let mut record = Vec::with_capacity(kinds.len());
                    for (index, kind) in kinds.iter().enumerate() {
                        record.push(match kind {
                            ColumnKind::Integer => row.try_get::<Option<i64>, _>(index)?.map(|v| v.to_string()),
                            ColumnKind::Boolean => row.try_get::<Option<bool>, _>(index)?.map(|v| v.to_string()),
                            ColumnKind::Text => row.try_get::<Option<String>, _>(index)?,
                            ColumnKind::Timestamp => row.try_get::<Option<OffsetDateTime>, _>(index)?.map(written),
                            ColumnKind::Real => row.try_get::<Option<f64>, _>(index)?.map(|v| v.to_string()),
                            ColumnKind::Bytes => row
                                .try_get::<Option<Vec<u8>>, _>(index)?
                                .map(|bytes| bytes.iter().map(|b| format!("{b:02x}")).collect()),
                        });
                    }
                    rows.push(record);
                }
                rows
            });
            sections.push(DataSection { key, columns: names.iter().map(|n| n.to_string()).collect(), rows });
        }
        Ok(sections)
    }
}

//! Accessibility barriers people report, for the administrators of the community concerned.

use piazza_domain::{AccountId, CommunityId};
use sqlx::types::time::OffsetDateTime;

use crate::{Db, Result};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct BarrierReport {
    pub id: i64,
    pub page: String,
    pub description: String,
    pub contact: Option<String>,
    pub created_at: OffsetDateTime,
}

pub struct NewBarrierReport<'a> {
    pub community: Option<CommunityId>,
    pub page: &'a str,
    pub description: &'a str,
    pub contact: Option<&'a str>,
    pub reported_by: Option<AccountId>,
}

impl Db {
    pub async fn report_barrier(&self, new: &NewBarrierReport<'_>) -> Result<i64> {
        Ok(write!(self, |conn| {
            sqlx::query_scalar(
                "INSERT INTO barrier_reports (community_id, page, description, contact, reported_by, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            )
            .bind(new.community.map(|id| id.0))
            .bind(new.page)
            .bind(new.description)
            .bind(new.contact)
            .bind(new.reported_by.map(|id| id.0))
            .bind(piazza_domain::now())
            .fetch_one(conn)
            .await?
        }))
    }

    /// The reports about a community, newest first; with `None`, those that name no community
    /// (for the instance's administrators).
    pub async fn barrier_reports(&self, community: Option<CommunityId>) -> Result<Vec<BarrierReport>> {
        let (filter, id) = match community {
            Some(id) => ("community_id = $1", id.0),
            None => ("community_id IS NULL AND $1 = 0", 0),
        };
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT id, page, description, contact, created_at FROM barrier_reports WHERE {filter} ORDER BY id DESC LIMIT 200"
        ));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(id).fetch_all(conn).await?))
    }
}

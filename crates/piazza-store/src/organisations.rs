//! Stakeholder organisations and their members.

use piazza_domain::{AccountId, CommunityId, OrganisationId};
use sqlx::types::time::OffsetDateTime;

use crate::{Db, Result, optional};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Organisation {
    #[sqlx(try_from = "i64")]
    pub id: OrganisationId,
    pub slug: String,
    pub name: String,
    pub helix_role: String,
    pub community_id: Option<i64>,
    pub description: String,
    pub description_locale: String,
    pub website: Option<String>,
    pub created_at: OffsetDateTime,
}

impl Organisation {
    pub fn community(&self) -> Option<CommunityId> {
        self.community_id.map(CommunityId)
    }
}

pub struct OrganisationFields<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub helix_role: &'a str,
    pub community: Option<CommunityId>,
    pub description: &'a str,
    pub description_locale: &'a str,
    pub website: Option<&'a str>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Member {
    #[sqlx(try_from = "i64")]
    pub account_id: AccountId,
    pub username: String,
    pub display_name: String,
    pub is_manager: bool,
    pub joined_at: OffsetDateTime,
}

const ORGANISATION_COLUMNS: &str =
    "id, slug, name, helix_role, community_id, description, description_locale, website, created_at";

impl Db {
    /// Creates an organisation with its creator as its first manager, in one transaction.
    pub async fn create_organisation(
        &self,
        fields: &OrganisationFields<'_>,
        created_by: AccountId,
    ) -> Result<OrganisationId> {
        let now = piazza_domain::now();
        let id: i64 = transaction!(self, |tx| {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO organisations (slug, name, helix_role, community_id, description, description_locale,
                                            website, created_by, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
            )
            .bind(fields.slug)
            .bind(fields.name)
            .bind(fields.helix_role)
            .bind(fields.community.map(|c| c.0))
            .bind(fields.description)
            .bind(fields.description_locale)
            .bind(fields.website)
            .bind(created_by.0)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO organisation_members (organisation_id, account_id, is_manager, joined_at)
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(created_by.0)
            .bind(true)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            id
        });
        Ok(OrganisationId(id))
    }

    pub async fn organisations(&self) -> Result<Vec<Organisation>> {
        let sql = sqlx::AssertSqlSafe(format!("SELECT {ORGANISATION_COLUMNS} FROM organisations ORDER BY id"));
        Ok(read!(self, |conn| sqlx::query_as(sql).fetch_all(conn).await?))
    }

    pub async fn organisations_in(&self, community: CommunityId) -> Result<Vec<Organisation>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {ORGANISATION_COLUMNS} FROM organisations WHERE community_id = $1 ORDER BY id"
        ));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(community.0).fetch_all(conn).await?))
    }

    pub async fn organisation_by_slug(&self, slug: &str) -> Result<Option<Organisation>> {
        let sql = sqlx::AssertSqlSafe(format!("SELECT {ORGANISATION_COLUMNS} FROM organisations WHERE slug = $1"));
        read!(self, |conn| optional(sqlx::query_as(sql).bind(slug).fetch_one(conn).await))
    }

    pub async fn members(&self, organisation: OrganisationId) -> Result<Vec<Member>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT m.account_id, a.username, a.display_name, m.is_manager, m.joined_at
                 FROM organisation_members m JOIN accounts a ON a.id = m.account_id
                 WHERE m.organisation_id = $1 ORDER BY m.joined_at, m.account_id",
            )
            .bind(organisation.0)
            .fetch_all(conn)
            .await?
        }))
    }

    /// Adds a member; [`crate::StoreError::Conflict`] when they already are one.
    pub async fn add_member(&self, organisation: OrganisationId, account: AccountId, is_manager: bool) -> Result<()> {
        write!(self, |conn| {
            sqlx::query(
                "INSERT INTO organisation_members (organisation_id, account_id, is_manager, joined_at)
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(organisation.0)
            .bind(account.0)
            .bind(is_manager)
            .bind(piazza_domain::now())
            .execute(conn)
            .await?
            .rows_affected()
        });
        Ok(())
    }

    pub async fn remove_member(&self, organisation: OrganisationId, account: AccountId) -> Result<bool> {
        let result = write!(self, |conn| {
            sqlx::query("DELETE FROM organisation_members WHERE organisation_id = $1 AND account_id = $2")
                .bind(organisation.0)
                .bind(account.0)
                .execute(conn)
                .await?
                .rows_affected()
        });
        Ok(result == 1)
    }

    /// The organisations a person belongs to, with whether they manage each.
    pub async fn memberships_of(&self, account: AccountId) -> Result<Vec<(Organisation, bool)>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {}, m.is_manager FROM organisations o JOIN organisation_members m ON m.organisation_id = o.id
             WHERE m.account_id = $1 ORDER BY o.id",
            ORGANISATION_COLUMNS.split(", ").map(|c| format!("o.{c}")).collect::<Vec<_>>().join(", ")
        ));
        use sqlx::{FromRow, Row};
        Ok(read!(self, |conn| {
            let rows = sqlx::query(sql).bind(account.0).fetch_all(conn).await?;
            rows.iter()
                .map(|row| Ok((Organisation::from_row(row)?, row.try_get("is_manager")?)))
                .collect::<std::result::Result<Vec<_>, sqlx::Error>>()?
        }))
    }
}

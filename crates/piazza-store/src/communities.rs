//! Communities, their texts in each language, and the roles people hold in them.

use piazza_domain::{AccountId, CommunityId};
use sqlx::types::time::OffsetDateTime;

use crate::{Db, Result, optional};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Community {
    #[sqlx(try_from = "i64")]
    pub id: CommunityId,
    pub slug: String,
    pub name: String,
    pub kind: String,
    pub settlement_type: String,
    pub population: Option<i64>,
    pub parent_id: Option<i64>,
    pub default_locale: String,
    /// Language codes separated by commas, the default first.
    pub offered_locales: String,
    /// How many reports hide a contribution until a moderator looks at it.
    pub report_threshold: i64,
    /// Whether people without an account may report problems to its services.
    pub anonymous_reports: bool,
    pub created_at: OffsetDateTime,
}

impl Community {
    pub fn parent(&self) -> Option<CommunityId> {
        self.parent_id.map(CommunityId)
    }

    pub fn offered_locale_codes(&self) -> impl Iterator<Item = &str> {
        self.offered_locales.split(',').filter(|code| !code.is_empty())
    }
}

/// The fields of a community that its administrators set.
pub struct CommunityFields<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub kind: &'a str,
    pub settlement_type: &'a str,
    pub population: Option<i64>,
    pub parent: Option<CommunityId>,
    pub default_locale: &'a str,
    pub offered_locales: &'a str,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CommunityText {
    pub community_id: i64,
    pub locale: String,
    pub tagline: String,
    pub description: String,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RoleGrant {
    pub id: i64,
    pub community_id: i64,
    #[sqlx(try_from = "i64")]
    pub account_id: AccountId,
    pub username: String,
    pub display_name: String,
    pub role: String,
    pub granted_by_name: Option<String>,
    pub granted_at: OffsetDateTime,
    pub revoked_by_name: Option<String>,
    pub revoked_at: Option<OffsetDateTime>,
}

const COMMUNITY_COLUMNS: &str =
    "id, slug, name, kind, settlement_type, population, parent_id, default_locale, offered_locales, report_threshold,
     anonymous_reports, created_at";

const GRANT_SELECT: &str = "SELECT g.id, g.community_id, g.account_id, a.username, a.display_name, g.role,
        gb.display_name AS granted_by_name, g.granted_at, rb.display_name AS revoked_by_name, g.revoked_at
     FROM role_grants g
     JOIN accounts a ON a.id = g.account_id
     LEFT JOIN accounts gb ON gb.id = g.granted_by
     LEFT JOIN accounts rb ON rb.id = g.revoked_by";

impl Db {
    pub async fn create_community(&self, fields: &CommunityFields<'_>) -> Result<CommunityId> {
        let id: i64 = write!(self, |conn| {
            sqlx::query_scalar(
                "INSERT INTO communities (slug, name, kind, settlement_type, population, parent_id, default_locale,
                                          offered_locales, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
            )
            .bind(fields.slug)
            .bind(fields.name)
            .bind(fields.kind)
            .bind(fields.settlement_type)
            .bind(fields.population)
            .bind(fields.parent.map(|p| p.0))
            .bind(fields.default_locale)
            .bind(fields.offered_locales)
            .bind(piazza_domain::now())
            .fetch_one(conn)
            .await?
        });
        Ok(CommunityId(id))
    }

    pub async fn update_community(&self, id: CommunityId, fields: &CommunityFields<'_>) -> Result<()> {
        write!(self, |conn| {
            sqlx::query(
                "UPDATE communities SET slug = $1, name = $2, kind = $3, settlement_type = $4, population = $5,
                        parent_id = $6, default_locale = $7, offered_locales = $8
                 WHERE id = $9",
            )
            .bind(fields.slug)
            .bind(fields.name)
            .bind(fields.kind)
            .bind(fields.settlement_type)
            .bind(fields.population)
            .bind(fields.parent.map(|p| p.0))
            .bind(fields.default_locale)
            .bind(fields.offered_locales)
            .bind(id.0)
            .execute(conn)
            .await?
            .rows_affected()
        });
        Ok(())
    }

    pub async fn communities(&self) -> Result<Vec<Community>> {
        let sql = sqlx::AssertSqlSafe(format!("SELECT {COMMUNITY_COLUMNS} FROM communities ORDER BY id"));
        Ok(read!(self, |conn| sqlx::query_as(sql).fetch_all(conn).await?))
    }

    pub async fn community(&self, id: CommunityId) -> Result<Option<Community>> {
        let sql = sqlx::AssertSqlSafe(format!("SELECT {COMMUNITY_COLUMNS} FROM communities WHERE id = $1"));
        read!(self, |conn| optional(sqlx::query_as(sql).bind(id.0).fetch_one(conn).await))
    }

    pub async fn community_by_slug(&self, slug: &str) -> Result<Option<Community>> {
        // A slug never holds a control character, and PostgreSQL refuses a NUL in text: such an
        // address names no community rather than failing.
        if slug.chars().any(char::is_control) {
            return Ok(None);
        }
        let sql = sqlx::AssertSqlSafe(format!("SELECT {COMMUNITY_COLUMNS} FROM communities WHERE slug = $1"));
        read!(self, |conn| optional(sqlx::query_as(sql).bind(slug).fetch_one(conn).await))
    }

    /// Sets a community's tagline and description in one language, replacing what was there.
    pub async fn put_community_text(
        &self,
        community: CommunityId,
        locale: &str,
        tagline: &str,
        description: &str,
    ) -> Result<()> {
        write!(self, |conn| {
            sqlx::query(
                "INSERT INTO community_texts (community_id, locale, tagline, description) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (community_id, locale) DO UPDATE SET tagline = excluded.tagline,
                     description = excluded.description",
            )
            .bind(community.0)
            .bind(locale)
            .bind(tagline)
            .bind(description)
            .execute(conn)
            .await?
            .rows_affected()
        });
        Ok(())
    }

    pub async fn community_texts(&self, community: CommunityId) -> Result<Vec<CommunityText>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT community_id, locale, tagline, description FROM community_texts WHERE community_id = $1",
            )
            .bind(community.0)
            .fetch_all(conn)
            .await?
        }))
    }

    /// The texts of every community in one query, for pages that list many communities.
    pub async fn all_community_texts(&self) -> Result<Vec<CommunityText>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT community_id, locale, tagline, description FROM community_texts ORDER BY community_id",
            )
            .fetch_all(conn)
            .await?
        }))
    }

    /// Grants a role and records who granted it; [`crate::StoreError::Conflict`] when the
    /// person already holds it.
    pub async fn grant_role(
        &self,
        community: CommunityId,
        account: AccountId,
        role: &str,
        granted_by: Option<AccountId>,
    ) -> Result<i64> {
        Ok(write!(self, |conn| {
            sqlx::query_scalar(
                "INSERT INTO role_grants (community_id, account_id, role, granted_by, granted_at)
                 VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(community.0)
            .bind(account.0)
            .bind(role)
            .bind(granted_by.map(|a| a.0))
            .bind(piazza_domain::now())
            .fetch_one(conn)
            .await?
        }))
    }

    /// Revokes an active grant, keeping it in the history with who revoked it and when.
    /// Returns false when there was no such active grant.
    pub async fn revoke_role(&self, community: CommunityId, grant_id: i64, revoked_by: AccountId) -> Result<bool> {
        let result = write!(self, |conn| {
            sqlx::query(
                "UPDATE role_grants SET revoked_by = $1, revoked_at = $2
                 WHERE id = $3 AND community_id = $4 AND revoked_at IS NULL",
            )
            .bind(revoked_by.0)
            .bind(piazza_domain::now())
            .bind(grant_id)
            .bind(community.0)
            .execute(conn)
            .await?
            .rows_affected()
        });
        Ok(result == 1)
    }

    /// Every grant of a community, active and revoked, newest first.
    pub async fn role_history(&self, community: CommunityId) -> Result<Vec<RoleGrant>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{GRANT_SELECT} WHERE g.community_id = $1 ORDER BY g.granted_at DESC, g.id DESC"
        ));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(community.0).fetch_all(conn).await?))
    }

    /// The roles an account holds now, in every community.
    pub async fn active_roles_of(&self, account: AccountId) -> Result<Vec<RoleGrant>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{GRANT_SELECT} WHERE g.account_id = $1 AND g.revoked_at IS NULL ORDER BY g.community_id, g.role"
        ));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(account.0).fetch_all(conn).await?))
    }

    pub async fn count_residents(&self, community: CommunityId) -> Result<i64> {
        Ok(read!(self, |conn| {
            sqlx::query_scalar("SELECT COUNT(*) FROM accounts WHERE home_community_id = $1")
                .bind(community.0)
                .fetch_one(conn)
                .await?
        }))
    }

    /// The accounts holding `role` in a community now.
    pub async fn holders_of(&self, community: CommunityId, role: &str) -> Result<Vec<crate::accounts::Account>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT a.id, a.username, a.display_name, a.email, a.password_hash, a.locale, a.home_community_id,
                        a.is_instance_admin, a.created_at, a.password_changed_at, a.email_frequency,
                        a.display
                 FROM accounts a JOIN role_grants g ON g.account_id = a.id
                 WHERE g.community_id = $1 AND g.role = $2 AND g.revoked_at IS NULL ORDER BY a.id",
            )
            .bind(community.0)
            .bind(role)
            .fetch_all(conn)
            .await?
        }))
    }
}

//! The accountability tracker: results the authority committed to deliver, what they come from,
//! and the dated updates that tell how delivery goes.

use piazza_domain::{AccountId, ProcessId};
use sqlx::types::time::OffsetDateTime;

use crate::{Db, Result, optional};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TrackedResult {
    pub id: i64,
    pub process_id: i64,
    pub parent_id: Option<i64>,
    pub title: String,
    pub description: String,
    pub locale: String,
    pub status: String,
    /// As entered; a result with children shows theirs instead (see `piazza_app::accountability`).
    pub progress: i64,
    pub cancel_reason: Option<String>,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub budget_planned: Option<i64>,
    pub budget_spent: Option<i64>,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ResultUpdate {
    pub id: i64,
    pub result_id: i64,
    pub body: String,
    pub status: String,
    pub progress: i64,
    pub author_name: Option<String>,
    pub created_at: OffsetDateTime,
}

#[derive(sqlx::FromRow)]
struct ProjectResult {
    target_id: i64,
    #[sqlx(flatten)]
    result: TrackedResult,
}

pub struct NewResult<'a> {
    pub process: ProcessId,
    pub parent: Option<i64>,
    pub title: &'a str,
    pub description: &'a str,
    pub locale: &'a str,
    pub status: &'a str,
    pub progress: i64,
    pub starts_on: Option<&'a str>,
    pub ends_on: Option<&'a str>,
    pub budget_planned: Option<i64>,
    pub budget_spent: Option<i64>,
    pub created_by: AccountId,
    /// What the result comes from: (`proposal` or `project`, id).
    pub links: &'a [(&'a str, i64)],
}

/// A dated update: the text, and where the result stands after it.
pub struct NewResultUpdate<'a> {
    pub body: &'a str,
    pub status: &'a str,
    pub progress: i64,
    pub cancel_reason: Option<&'a str>,
    pub budget_spent: Option<i64>,
    pub written_by: AccountId,
}

const RESULT_SELECT: &str = "SELECT id, process_id, parent_id, title, description, locale, status, progress,
        cancel_reason, starts_on, ends_on, budget_planned, budget_spent, created_at, updated_at FROM results";

const UPDATE_SELECT: &str = "SELECT u.id, u.result_id, u.body, u.status, u.progress,
        a.display_name AS author_name, u.created_at
     FROM result_updates u LEFT JOIN accounts a ON a.id = u.written_by";

impl Db {
    /// Creates a result with its links, in one transaction.
    pub async fn create_result(&self, new: &NewResult<'_>) -> Result<i64> {
        let now = piazza_domain::now();
        Ok(transaction!(self, |tx| {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO results (process_id, parent_id, title, description, locale, status, progress,
                                      starts_on, ends_on, budget_planned, budget_spent, created_by, created_at,
                                      updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id",
            )
            .bind(new.process.0)
            .bind(new.parent)
            .bind(new.title)
            .bind(new.description)
            .bind(new.locale)
            .bind(new.status)
            .bind(new.progress)
            .bind(new.starts_on)
            .bind(new.ends_on)
            .bind(new.budget_planned)
            .bind(new.budget_spent)
            .bind(new.created_by.0)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            for (kind, target) in new.links {
                sqlx::query("INSERT INTO result_links (result_id, kind, target_id) VALUES ($1, $2, $3)")
                    .bind(id)
                    .bind(*kind)
                    .bind(*target)
                    .execute(&mut *tx)
                    .await?;
            }
            id
        }))
    }

    pub async fn result(&self, id: i64) -> Result<Option<TrackedResult>> {
        let sql = sqlx::AssertSqlSafe(format!("{RESULT_SELECT} WHERE id = $1"));
        Ok(read!(self, |conn| optional(sqlx::query_as(sql).bind(id).fetch_one(conn).await)?))
    }

    /// A process's results, in the order they were entered.
    pub async fn results_of(&self, process: ProcessId) -> Result<Vec<TrackedResult>> {
        let sql = sqlx::AssertSqlSafe(format!("{RESULT_SELECT} WHERE process_id = $1 ORDER BY id"));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(process.0).fetch_all(conn).await?))
    }

    /// What a result comes from, as (`proposal` or `project`, id).
    pub async fn result_links(&self, result: i64) -> Result<Vec<(String, i64)>> {
        Ok(read!(self, |conn| {
            sqlx::query_as("SELECT kind, target_id FROM result_links WHERE result_id = $1 ORDER BY kind, target_id")
                .bind(result)
                .fetch_all(conn)
                .await?
        }))
    }

    /// The results that come from a proposal or a project.
    pub async fn results_from(&self, kind: &str, target: i64) -> Result<Vec<TrackedResult>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{RESULT_SELECT} WHERE id IN (SELECT result_id FROM result_links WHERE kind = $1 AND target_id = $2)
             ORDER BY id"
        ));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(kind).bind(target).fetch_all(conn).await?))
    }

    /// The results that come from the projects of a budget, as (project id, result).
    pub async fn results_from_projects_of(&self, budget: i64) -> Result<Vec<(i64, TrackedResult)>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT l.target_id, r.* FROM ({RESULT_SELECT}) r JOIN result_links l ON l.result_id = r.id
             WHERE l.kind = 'project' AND l.target_id IN (SELECT id FROM budget_projects WHERE budget_id = $1)
             ORDER BY l.target_id, r.id"
        ));
        let rows: Vec<ProjectResult> = read!(self, |conn| sqlx::query_as(sql).bind(budget).fetch_all(conn).await?);
        Ok(rows.into_iter().map(|row| (row.target_id, row.result)).collect())
    }

    /// Appends a dated update and sets where the result stands, in one transaction.
    pub async fn add_result_update(&self, result: i64, update: &NewResultUpdate<'_>) -> Result<i64> {
        let now = piazza_domain::now();
        Ok(transaction!(self, |tx| {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO result_updates (result_id, body, status, progress, written_by, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            )
            .bind(result)
            .bind(update.body)
            .bind(update.status)
            .bind(update.progress)
            .bind(update.written_by.0)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            sqlx::query(
                "UPDATE results SET status = $2, progress = $3, cancel_reason = $4,
                        budget_spent = COALESCE($5, budget_spent), updated_at = $6
                 WHERE id = $1",
            )
            .bind(result)
            .bind(update.status)
            .bind(update.progress)
            .bind(update.cancel_reason)
            .bind(update.budget_spent)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            id
        }))
    }

    /// A result's updates, newest first.
    pub async fn result_updates(&self, result: i64) -> Result<Vec<ResultUpdate>> {
        let sql = sqlx::AssertSqlSafe(format!("{UPDATE_SELECT} WHERE u.result_id = $1 ORDER BY u.id DESC"));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(result).fetch_all(conn).await?))
    }

    /// The latest update of each result of a process.
    pub async fn latest_result_updates(&self, process: ProcessId) -> Result<Vec<ResultUpdate>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{UPDATE_SELECT} WHERE u.id IN (SELECT MAX(l.id) FROM result_updates l JOIN results r ON r.id = l.result_id
                                             WHERE r.process_id = $1 GROUP BY l.result_id)
             ORDER BY u.result_id"
        ));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(process.0).fetch_all(conn).await?))
    }
}

//! Participatory processes and their phases.

use piazza_domain::{AccountId, CommunityId, ProcessId};
use sqlx::types::time::OffsetDateTime;

use crate::{Db, Result, optional};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Process {
    #[sqlx(try_from = "i64")]
    pub id: ProcessId,
    #[sqlx(try_from = "i64")]
    pub community_id: CommunityId,
    pub title: String,
    pub summary: String,
    pub easy_read: Option<String>,
    pub description: String,
    pub locale: String,
    pub support_threshold: i64,
    pub created_at: OffsetDateTime,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Phase {
    pub id: i64,
    pub position: i64,
    pub kind: String,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    pub allows_proposals: bool,
    pub allows_supports: bool,
    pub allows_comments: bool,
    pub allows_amendments: bool,
    pub allows_meetings: bool,
}

pub struct NewProcess<'a> {
    pub community: CommunityId,
    pub title: &'a str,
    pub summary: &'a str,
    pub easy_read: Option<&'a str>,
    pub description: &'a str,
    pub locale: &'a str,
    pub support_threshold: i64,
    pub created_by: AccountId,
    /// The neighbourhoods the process is about; none means the whole community.
    pub neighbourhoods: &'a [i64],
}

/// What a process started from a case takes from it, besides its phases: the link back to the
/// case, the budgets' rules of the process the case describes, and the questions the case's
/// community asks people about themselves.
pub struct Replication {
    pub case: i64,
    pub source: Option<ProcessId>,
    /// The questions about who takes part to copy, with their options: ids of the case's
    /// community's questions.
    pub questions: Vec<i64>,
}

pub struct NewPhase<'a> {
    pub kind: &'a str,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    pub allows_proposals: bool,
    pub allows_supports: bool,
    pub allows_comments: bool,
    pub allows_amendments: bool,
    pub allows_meetings: bool,
}

pub(crate) const PROCESS_COLUMNS: &str =
    "id, community_id, title, summary, easy_read, description, locale, support_threshold, created_at";

/// Inserts a process with its phases and neighbourhoods inside the transaction `$tx`, and
/// evaluates to its id.
macro_rules! insert_process {
    ($tx:ident, $process:expr, $phases:expr, $now:expr) => {{
        let process: &NewProcess<'_> = $process;
        let phases: &[NewPhase<'_>] = $phases;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO processes (community_id, title, summary, easy_read, description, locale,
                                    support_threshold, created_by, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(process.community.0)
        .bind(process.title)
        .bind(process.summary)
        .bind(process.easy_read)
        .bind(process.description)
        .bind(process.locale)
        .bind(process.support_threshold)
        .bind(process.created_by.0)
        .bind($now)
        .fetch_one(&mut *$tx)
        .await?;
        for (position, phase) in phases.iter().enumerate() {
            sqlx::query(
                "INSERT INTO process_phases (process_id, position, kind, starts_at, ends_at, allows_proposals,
                     allows_supports, allows_comments, allows_amendments, allows_meetings)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            )
            .bind(id)
            .bind(position as i64)
            .bind(phase.kind)
            .bind(phase.starts_at)
            .bind(phase.ends_at)
            .bind(phase.allows_proposals)
            .bind(phase.allows_supports)
            .bind(phase.allows_comments)
            .bind(phase.allows_amendments)
            .bind(phase.allows_meetings)
            .execute(&mut *$tx)
            .await?;
        }
        for neighbourhood in process.neighbourhoods {
            sqlx::query("INSERT INTO process_neighbourhoods (process_id, neighbourhood_id) VALUES ($1, $2)")
                .bind(id)
                .bind(neighbourhood)
                .execute(&mut *$tx)
                .await?;
        }
        id
    }};
}

impl Db {
    /// Creates a process with its phases, in order, in one transaction.
    pub async fn create_process(&self, process: &NewProcess<'_>, phases: &[NewPhase<'_>]) -> Result<ProcessId> {
        let now = piazza_domain::now();
        let id: i64 = transaction!(self, |tx| insert_process!(tx, process, phases, now));
        Ok(ProcessId(id))
    }

    /// Creates a process started from a case, in one transaction: the process with its phases,
    /// its link to the case, a copy of each budget of the case's process (its rules, not its
    /// projects or votes, open again), and copies of the chosen questions about who takes part,
    /// with their options, for the new process's community. Its creator follows it.
    pub async fn create_replica(
        &self,
        process: &NewProcess<'_>,
        phases: &[NewPhase<'_>],
        replication: &Replication,
    ) -> Result<ProcessId> {
        let now = piazza_domain::now();
        let id: i64 = transaction!(self, |tx| {
            let id: i64 = insert_process!(tx, process, phases, now);
            sqlx::query("INSERT INTO case_replicas (process_id, case_id) VALUES ($1, $2)")
                .bind(id)
                .bind(replication.case)
                .execute(&mut *tx)
                .await?;
            if let Some(source) = replication.source {
                sqlx::query(
                    "INSERT INTO budgets (process_id, title, description, total, currency, style, min_choices,
                            max_choices, min_share, points, rule, changeable, status, min_age, census_only,
                            voting_group, group_limit, created_by, created_at)
                     SELECT $1, title, description, total, currency, style, min_choices, max_choices, min_share,
                            points, rule, changeable, 'open', min_age, FALSE, NULL, NULL, $2, $3
                     FROM budgets WHERE process_id = $4 ORDER BY id",
                )
                .bind(id)
                .bind(process.created_by.0)
                .bind(now)
                .bind(source.0)
                .execute(&mut *tx)
                .await?;
            }
            for question in &replication.questions {
                let copy: i64 = sqlx::query_scalar(
                    "INSERT INTO demographic_questions (community_id, label, locale, created_at)
                     SELECT $1, label, locale, $2 FROM demographic_questions WHERE id = $3 RETURNING id",
                )
                .bind(process.community.0)
                .bind(now)
                .bind(question)
                .fetch_one(&mut *tx)
                .await?;
                sqlx::query(
                    "INSERT INTO demographic_options (question_id, label, position)
                     SELECT $1, label, position FROM demographic_options WHERE question_id = $2 ORDER BY position",
                )
                .bind(copy)
                .bind(question)
                .execute(&mut *tx)
                .await?;
            }
            sqlx::query(
                "INSERT INTO follows (account_id, target_kind, target_id, created_at) VALUES ($1, 'process', $2, $3)",
            )
            .bind(process.created_by.0)
            .bind(id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            id
        });
        Ok(ProcessId(id))
    }

    pub async fn process(&self, id: ProcessId) -> Result<Option<Process>> {
        let sql = sqlx::AssertSqlSafe(format!("SELECT {PROCESS_COLUMNS} FROM processes WHERE id = $1"));
        read!(self, |conn| optional(sqlx::query_as(sql).bind(id.0).fetch_one(conn).await))
    }

    pub async fn processes_in(&self, community: CommunityId) -> Result<Vec<Process>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {PROCESS_COLUMNS} FROM processes WHERE community_id = $1 ORDER BY created_at DESC, id DESC"
        ));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(community.0).fetch_all(conn).await?))
    }

    pub async fn phases(&self, process: ProcessId) -> Result<Vec<Phase>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT id, position, kind, starts_at, ends_at, allows_proposals, allows_supports, allows_comments,
                        allows_amendments, allows_meetings
                 FROM process_phases WHERE process_id = $1 ORDER BY position",
            )
            .bind(process.0)
            .fetch_all(conn)
            .await?
        }))
    }
}

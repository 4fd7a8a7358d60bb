//! Moderation: reports, the cases moderators review, blocks in a community and the public log.
//!
//! A case exists per reported or hidden contribution. Its state and the contribution's own
//! `hidden` flag always change together, in one transaction, with a line in the log.

use piazza_domain::{AccountId, CommunityId, ContentKind, ModerationAction, ModerationState};
use sqlx::types::time::OffsetDateTime;

use crate::{Db, Result, optional};

/// Where a contribution lives and who wrote it, as moderation needs to know.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ContentOwner {
    pub community_id: i64,
    pub author_id: Option<i64>,
    /// The proposal the contribution is, or belongs to; `None` for a comment on a process.
    pub proposal_id: Option<i64>,
    pub process_id: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ModerationCase {
    pub id: i64,
    pub community_id: i64,
    pub content_kind: String,
    pub content_id: i64,
    pub author_id: Option<i64>,
    pub state: String,
    pub report_count: i64,
    pub public_reason: Option<String>,
    pub appeal: Option<String>,
    pub appealed_at: Option<OffsetDateTime>,
    pub appeal_answered_at: Option<OffsetDateTime>,
    pub updated_at: OffsetDateTime,
}

/// A case in the moderators' queue, with the text under review.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct QueueEntry {
    pub id: i64,
    pub content_kind: String,
    pub content_id: i64,
    pub state: String,
    pub report_count: i64,
    pub appeal: Option<String>,
    pub author_name: Option<String>,
    pub author_username: Option<String>,
    pub text: Option<String>,
    /// Where the contribution is: the proposal, or for a process comment the process.
    pub proposal_id: Option<i64>,
    pub process_id: Option<i64>,
    pub updated_at: OffsetDateTime,
}

/// One report, as moderators see it. Reporters stay out of every public page.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Report {
    pub case_id: i64,
    pub reason: String,
    pub details: Option<String>,
    pub created_at: OffsetDateTime,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LogEntry {
    pub id: i64,
    pub action: String,
    pub content_kind: Option<String>,
    pub content_id: Option<i64>,
    pub proposal_id: Option<i64>,
    pub process_id: Option<i64>,
    pub account_name: Option<String>,
    pub reason: Option<String>,
    pub created_at: OffsetDateTime,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Block {
    pub account_id: i64,
    pub username: String,
    pub display_name: String,
    pub reason: String,
    pub blocked_at: OffsetDateTime,
}

pub struct NewReport<'a> {
    pub kind: ContentKind,
    pub content_id: i64,
    pub owner: &'a ContentOwner,
    pub reporter: AccountId,
    pub reason: &'a str,
    pub details: Option<&'a str>,
    /// The community's number of reports that hides a contribution.
    pub threshold: i64,
}

/// What a report did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportOutcome {
    Recorded,
    /// The person had reported this contribution before; nothing changed.
    AlreadyReported,
    /// This report reached the threshold: the contribution is hidden until a moderator looks.
    Hidden,
}

fn table_of(kind: ContentKind) -> &'static str {
    match kind {
        ContentKind::Proposal => "proposals",
        ContentKind::Comment => "comments",
        ContentKind::Amendment => "amendments",
    }
}

/// Appends a line to a community's public moderation log, inside the caller's transaction. A
/// macro rather than a function, so that it expands for either driver's connection.
macro_rules! log {
    ($tx:expr, $community:expr, $action:expr, $case:expr, $account:expr, $reason:expr, $moderator:expr, $at:expr) => {
        sqlx::query(
            "INSERT INTO moderation_log (community_id, action, case_id, account_id, reason, moderator_id, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind($community)
        .bind(ModerationAction::key($action))
        .bind($case)
        .bind($account)
        .bind($reason)
        .bind($moderator.0)
        .bind($at)
        .execute($tx)
        .await?
    };
}

const CASE_SELECT: &str = "SELECT id, community_id, content_kind, content_id, author_id, state, report_count,
        public_reason, appeal, appealed_at, appeal_answered_at, updated_at
     FROM moderation_cases";

/// The text, author and place of each kind of contribution, for the queue and the log.
const CONTENT_JOINS: &str = "LEFT JOIN proposals cp ON m.content_kind = 'proposal' AND cp.id = m.content_id
     LEFT JOIN comments cc ON m.content_kind = 'comment' AND cc.id = m.content_id
     LEFT JOIN amendments ca ON m.content_kind = 'amendment' AND ca.id = m.content_id";

impl Db {
    /// The community, author and place of a contribution, or `None` when it does not exist.
    pub async fn content_owner(&self, kind: ContentKind, id: i64) -> Result<Option<ContentOwner>> {
        let sql = match kind {
            ContentKind::Proposal => {
                "SELECT pr.community_id, p.created_by AS author_id, p.id AS proposal_id, p.process_id
                 FROM proposals p JOIN processes pr ON pr.id = p.process_id WHERE p.id = $1"
            }
            ContentKind::Comment => {
                "SELECT pr.community_id, c.author_id, c.proposal_id, c.process_id
                 FROM comments c JOIN processes pr ON pr.id = c.process_id WHERE c.id = $1"
            }
            ContentKind::Amendment => {
                "SELECT pr.community_id, m.author_id, m.proposal_id, p.process_id
                 FROM amendments m JOIN proposals p ON p.id = m.proposal_id JOIN processes pr ON pr.id = p.process_id
                 WHERE m.id = $1"
            }
        };
        read!(self, |conn| optional(sqlx::query_as(sql).bind(id).fetch_one(conn).await))
    }

    /// Records a report once per person and contribution. The report that reaches the
    /// threshold hides a contribution no moderator has looked at yet, and the log says so.
    pub async fn report(&self, report: &NewReport<'_>) -> Result<ReportOutcome> {
        let now = piazza_domain::now();
        let table = table_of(report.kind);
        let hide_sql = sqlx::AssertSqlSafe(format!("UPDATE {table} SET hidden = $1 WHERE id = $2"));
        let outcome = transaction!(self, |tx| {
            let case_id: i64 = sqlx::query_scalar(
                "INSERT INTO moderation_cases (community_id, content_kind, content_id, author_id, state, created_at,
                                               updated_at)
                 VALUES ($1, $2, $3, $4, 'reported', $5, $5)
                 ON CONFLICT (content_kind, content_id) DO UPDATE SET updated_at = moderation_cases.updated_at
                 RETURNING id",
            )
            .bind(report.owner.community_id)
            .bind(report.kind.key())
            .bind(report.content_id)
            .bind(report.owner.author_id)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            let inserted = sqlx::query(
                "INSERT INTO reports (case_id, reporter_id, reason, details, created_at) VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (case_id, reporter_id) DO NOTHING",
            )
            .bind(case_id)
            .bind(report.reporter.0)
            .bind(report.reason)
            .bind(report.details)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if inserted == 0 {
                ReportOutcome::AlreadyReported
            } else {
                // A restored contribution returns to the queue when reported again.
                let (state, count): (String, i64) = sqlx::query_as(
                    "UPDATE moderation_cases SET report_count = report_count + 1, updated_at = $1,
                         state = CASE WHEN state = 'restored' THEN 'reported' ELSE state END
                     WHERE id = $2 RETURNING state, report_count",
                )
                .bind(now)
                .bind(case_id)
                .fetch_one(&mut *tx)
                .await?;
                if state == ModerationState::Reported.key() && count >= report.threshold {
                    sqlx::query("UPDATE moderation_cases SET state = 'pending' WHERE id = $1")
                        .bind(case_id)
                        .execute(&mut *tx)
                        .await?;
                    sqlx::query(hide_sql).bind(true).bind(report.content_id).execute(&mut *tx).await?;
                    sqlx::query(
                        "INSERT INTO moderation_log (community_id, action, case_id, created_at)
                         VALUES ($1, $2, $3, $4)",
                    )
                    .bind(report.owner.community_id)
                    .bind(ModerationAction::HiddenByReports.key())
                    .bind(case_id)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                    ReportOutcome::Hidden
                } else {
                    ReportOutcome::Recorded
                }
            }
        });
        Ok(outcome)
    }

    pub async fn moderation_case(&self, id: i64) -> Result<Option<ModerationCase>> {
        let sql = sqlx::AssertSqlSafe(format!("{CASE_SELECT} WHERE id = $1"));
        read!(self, |conn| optional(sqlx::query_as(sql).bind(id).fetch_one(conn).await))
    }

    pub async fn moderation_case_of(&self, kind: ContentKind, content_id: i64) -> Result<Option<ModerationCase>> {
        let sql = sqlx::AssertSqlSafe(format!("{CASE_SELECT} WHERE content_kind = $1 AND content_id = $2"));
        read!(self, |conn| optional(sqlx::query_as(sql).bind(kind.key()).bind(content_id).fetch_one(conn).await))
    }

    /// Hides a contribution with a public reason, opening a case if none exists yet.
    pub async fn hide_content(
        &self,
        kind: ContentKind,
        content_id: i64,
        owner: &ContentOwner,
        reason: &str,
        moderator: AccountId,
    ) -> Result<i64> {
        let now = piazza_domain::now();
        let hide_sql = sqlx::AssertSqlSafe(format!("UPDATE {} SET hidden = $1 WHERE id = $2", table_of(kind)));
        let case_id = transaction!(self, |tx| {
            let case_id: i64 = sqlx::query_scalar(
                "INSERT INTO moderation_cases (community_id, content_kind, content_id, author_id, state, public_reason,
                                               created_at, updated_at)
                 VALUES ($1, $2, $3, $4, 'hidden', $5, $6, $6)
                 ON CONFLICT (content_kind, content_id)
                 DO UPDATE SET state = 'hidden', public_reason = $5, updated_at = $6
                 RETURNING id",
            )
            .bind(owner.community_id)
            .bind(kind.key())
            .bind(content_id)
            .bind(owner.author_id)
            .bind(reason)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            sqlx::query(hide_sql).bind(true).bind(content_id).execute(&mut *tx).await?;
            log!(
                &mut *tx,
                owner.community_id,
                ModerationAction::Hide,
                Some(case_id),
                None::<i64>,
                Some(reason),
                moderator,
                now
            );
            case_id
        });
        Ok(case_id)
    }

    /// Makes a contribution visible again; its reports are settled.
    pub async fn restore_content(
        &self,
        case: &ModerationCase,
        reason: Option<&str>,
        moderator: AccountId,
    ) -> Result<()> {
        let kind = ContentKind::parse(&case.content_kind).unwrap_or(ContentKind::Comment);
        let show_sql = sqlx::AssertSqlSafe(format!("UPDATE {} SET hidden = $1 WHERE id = $2", table_of(kind)));
        let now = piazza_domain::now();
        transaction!(self, |tx| {
            sqlx::query(
                "UPDATE moderation_cases SET state = 'restored', public_reason = NULL, report_count = 0,
                     appeal_answered_at = CASE WHEN appealed_at IS NULL THEN NULL ELSE $1 END, updated_at = $1
                 WHERE id = $2",
            )
            .bind(now)
            .bind(case.id)
            .execute(&mut *tx)
            .await?;
            sqlx::query(show_sql).bind(false).bind(case.content_id).execute(&mut *tx).await?;
            log!(
                &mut *tx,
                case.community_id,
                ModerationAction::Restore,
                Some(case.id),
                None::<i64>,
                reason,
                moderator,
                now
            );
        });
        Ok(())
    }

    /// A moderator answers an appeal by keeping the contribution hidden, with a reason.
    pub async fn uphold_hiding(&self, case: &ModerationCase, reason: &str, moderator: AccountId) -> Result<()> {
        let now = piazza_domain::now();
        transaction!(self, |tx| {
            sqlx::query(
                "UPDATE moderation_cases SET state = 'hidden', public_reason = $1, updated_at = $2,
                     appeal_answered_at = CASE WHEN appealed_at IS NULL THEN NULL ELSE $2 END
                 WHERE id = $3",
            )
            .bind(reason)
            .bind(now)
            .bind(case.id)
            .execute(&mut *tx)
            .await?;
            log!(
                &mut *tx,
                case.community_id,
                ModerationAction::Uphold,
                Some(case.id),
                None::<i64>,
                Some(reason),
                moderator,
                now
            );
        });
        Ok(())
    }

    /// Records the author's one appeal; false when the case was already appealed.
    pub async fn appeal(&self, case_id: i64, text: &str) -> Result<bool> {
        let changed = write!(self, |conn| {
            sqlx::query(
                "UPDATE moderation_cases SET appeal = $1, appealed_at = $2, updated_at = $2
                 WHERE id = $3 AND appealed_at IS NULL AND state IN ('pending', 'hidden')",
            )
            .bind(text)
            .bind(piazza_domain::now())
            .bind(case_id)
            .execute(conn)
            .await?
            .rows_affected()
        });
        Ok(changed == 1)
    }

    /// The cases waiting for a moderator: reported, hidden by reports, or appealed and unanswered.
    pub async fn moderation_queue(&self, community: CommunityId) -> Result<Vec<QueueEntry>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT m.id, m.content_kind, m.content_id, m.state, m.report_count, m.appeal,
                 a.display_name AS author_name, a.username AS author_username,
                 COALESCE(cp.title || ': ' || cp.body, cc.body, ca.title || ': ' || ca.body) AS text,
                 COALESCE(cp.id, cc.proposal_id, ca.proposal_id) AS proposal_id,
                 COALESCE(cp.process_id, cc.process_id) AS process_id, m.updated_at
             FROM moderation_cases m LEFT JOIN accounts a ON a.id = m.author_id
             {CONTENT_JOINS}
             WHERE m.community_id = $1
               AND (m.state IN ('reported', 'pending') OR (m.appealed_at IS NOT NULL AND m.appeal_answered_at IS NULL))
             ORDER BY CASE m.state WHEN 'pending' THEN 0 ELSE 1 END, m.updated_at, m.id"
        ));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(community.0).fetch_all(conn).await?))
    }

    /// The reports behind the cases in a community's queue.
    pub async fn open_reports(&self, community: CommunityId) -> Result<Vec<Report>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT r.case_id, r.reason, r.details, r.created_at
                 FROM reports r JOIN moderation_cases m ON m.id = r.case_id
                 WHERE m.community_id = $1 AND m.state IN ('reported', 'pending', 'hidden')
                 ORDER BY r.id",
            )
            .bind(community.0)
            .fetch_all(conn)
            .await?
        }))
    }

    /// A community's public moderation log, newest first. Reporters never appear in it.
    pub async fn moderation_log(&self, community: CommunityId, limit: i64, offset: i64) -> Result<Vec<LogEntry>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT l.id, l.action, m.content_kind, m.content_id,
                 COALESCE(cp.id, cc.proposal_id, ca.proposal_id) AS proposal_id,
                 COALESCE(cp.process_id, cc.process_id) AS process_id,
                 a.display_name AS account_name, l.reason, l.created_at
             FROM moderation_log l
             LEFT JOIN moderation_cases m ON m.id = l.case_id
             LEFT JOIN accounts a ON a.id = l.account_id
             {CONTENT_JOINS}
             WHERE l.community_id = $1
             ORDER BY l.id DESC LIMIT $2 OFFSET $3"
        ));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(community.0).bind(limit).bind(offset).fetch_all(conn).await?))
    }

    /// Blocks a person from taking part in a community; false if they already were.
    pub async fn block(
        &self,
        community: CommunityId,
        account: AccountId,
        reason: &str,
        moderator: AccountId,
    ) -> Result<bool> {
        let now = piazza_domain::now();
        let blocked = transaction!(self, |tx| {
            let inserted = sqlx::query(
                "INSERT INTO community_blocks (community_id, account_id, reason, blocked_by, blocked_at)
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (community_id, account_id) DO NOTHING",
            )
            .bind(community.0)
            .bind(account.0)
            .bind(reason)
            .bind(moderator.0)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if inserted == 1 {
                log!(
                    &mut *tx,
                    community.0,
                    ModerationAction::Block,
                    None::<i64>,
                    Some(account.0),
                    Some(reason),
                    moderator,
                    now
                );
            }
            inserted == 1
        });
        Ok(blocked)
    }

    pub async fn unblock(&self, community: CommunityId, account: AccountId, moderator: AccountId) -> Result<bool> {
        let now = piazza_domain::now();
        let removed = transaction!(self, |tx| {
            let removed = sqlx::query("DELETE FROM community_blocks WHERE community_id = $1 AND account_id = $2")
                .bind(community.0)
                .bind(account.0)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if removed == 1 {
                log!(
                    &mut *tx,
                    community.0,
                    ModerationAction::Unblock,
                    None::<i64>,
                    Some(account.0),
                    None::<&str>,
                    moderator,
                    now
                );
            }
            removed == 1
        });
        Ok(removed)
    }

    /// The reason a person is blocked in a community, or `None` when they are not.
    pub async fn block_reason(&self, community: CommunityId, account: AccountId) -> Result<Option<String>> {
        read!(self, |conn| {
            optional(
                sqlx::query_scalar("SELECT reason FROM community_blocks WHERE community_id = $1 AND account_id = $2")
                    .bind(community.0)
                    .bind(account.0)
                    .fetch_one(conn)
                    .await,
            )
        })
    }

    pub async fn blocks(&self, community: CommunityId) -> Result<Vec<Block>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT b.account_id, a.username, a.display_name, b.reason, b.blocked_at
                 FROM community_blocks b JOIN accounts a ON a.id = b.account_id
                 WHERE b.community_id = $1 ORDER BY b.blocked_at DESC",
            )
            .bind(community.0)
            .fetch_all(conn)
            .await?
        }))
    }

    pub async fn set_report_threshold(&self, community: CommunityId, threshold: i64) -> Result<()> {
        write!(self, |conn| {
            sqlx::query("UPDATE communities SET report_threshold = $1 WHERE id = $2")
                .bind(threshold)
                .bind(community.0)
                .execute(conn)
                .await?
                .rows_affected()
        });
        Ok(())
    }
}

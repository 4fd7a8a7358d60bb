//! Links between communities: twinnings, facilitators of a twin co-running a process, the open
//! processes and participation a region's cluster shares, and peer-learning threads.

use piazza_domain::{AccountId, CommunityId, ProcessId};
use sqlx::types::time::OffsetDateTime;

use crate::processes::Process;
use crate::{Db, Result, StoreError, optional};

/// A partnership between two communities, proposed by one and accepted by the other.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Twinning {
    pub id: i64,
    pub proposer_id: i64,
    pub proposer_slug: String,
    pub proposer_name: String,
    pub partner_id: i64,
    pub partner_slug: String,
    pub partner_name: String,
    pub purpose: String,
    /// The language the purpose is written in.
    pub locale: String,
    pub proposed_at: OffsetDateTime,
    pub accepted_at: Option<OffsetDateTime>,
    pub ended_at: Option<OffsetDateTime>,
}

impl Twinning {
    /// The community on the other side, seen from `community`: its id, slug and name.
    pub fn other_side(&self, community: CommunityId) -> (i64, &str, &str) {
        if self.proposer_id == community.0 {
            (self.partner_id, &self.partner_slug, &self.partner_name)
        } else {
            (self.proposer_id, &self.proposer_slug, &self.proposer_name)
        }
    }

    pub fn is_active(&self) -> bool {
        self.accepted_at.is_some() && self.ended_at.is_none()
    }

    pub fn is_pending(&self) -> bool {
        self.accepted_at.is_none() && self.ended_at.is_none()
    }

    pub fn involves(&self, community: CommunityId) -> bool {
        self.proposer_id == community.0 || self.partner_id == community.0
    }
}

const TWINNING_SELECT: &str = "SELECT t.id, t.proposer_id, a.slug AS proposer_slug, a.name AS proposer_name,
        t.partner_id, b.slug AS partner_slug, b.name AS partner_name, t.purpose, t.locale, t.proposed_at,
        t.accepted_at, t.ended_at
     FROM twinnings t JOIN communities a ON a.id = t.proposer_id JOIN communities b ON b.id = t.partner_id";

/// A facilitator from a twinned community invited to co-run a process.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CoRunner {
    pub account_id: i64,
    pub display_name: String,
    pub community_id: i64,
    pub community_slug: String,
    pub community_name: String,
    pub invited_at: OffsetDateTime,
    pub accepted_at: Option<OffsetDateTime>,
}

/// What a community's residents did in its processes: how many processes, proposals, comments
/// and supports, and how many different people took part in any way (these, registering for a
/// meeting or voting in a budget with an account), as the representation dashboard counts them.
#[derive(Debug, Clone, Default, sqlx::FromRow)]
pub struct Participation {
    pub community_id: i64,
    pub processes: i64,
    pub proposals: i64,
    pub comments: i64,
    pub supports: i64,
    pub participants: i64,
}

/// A question one community asked of its region's cluster or of the community behind a case.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PeerQuestion {
    pub id: i64,
    pub community_id: i64,
    pub community_slug: String,
    pub community_name: String,
    pub region_id: Option<i64>,
    pub region_name: Option<String>,
    pub case_id: Option<i64>,
    pub case_title: Option<String>,
    /// The community that wrote the case, when the question was asked of a case.
    pub case_community_id: Option<i64>,
    pub case_community_name: Option<String>,
    pub title: String,
    pub body: String,
    /// The language the question is written in.
    pub locale: String,
    pub asked_by_name: Option<String>,
    pub asked_at: OffsetDateTime,
    pub helpful_answer_id: Option<i64>,
    pub answers: i64,
}

const QUESTION_SELECT: &str = "SELECT q.id, q.community_id, c.slug AS community_slug, c.name AS community_name,
        q.region_id, r.name AS region_name, q.case_id, k.title AS case_title, k.community_id AS case_community_id,
        kc.name AS case_community_name, q.title, q.body, q.locale, a.display_name AS asked_by_name, q.asked_at,
        q.helpful_answer_id, (SELECT COUNT(*) FROM peer_answers n WHERE n.question_id = q.id) AS answers
     FROM peer_questions q JOIN communities c ON c.id = q.community_id
     LEFT JOIN communities r ON r.id = q.region_id
     LEFT JOIN cases k ON k.id = q.case_id
     LEFT JOIN communities kc ON kc.id = k.community_id
     LEFT JOIN accounts a ON a.id = q.asked_by";

/// An answer in a peer-learning thread, with the community its writer answered for.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PeerAnswer {
    pub id: i64,
    pub community_id: i64,
    pub community_name: String,
    pub body: String,
    /// The language the answer is written in.
    pub locale: String,
    pub answered_by_name: Option<String>,
    pub answered_at: OffsetDateTime,
}

/// What a new question says and whom it asks: a region's cluster or a case's community.
pub struct NewPeerQuestion<'a> {
    pub community: CommunityId,
    pub region: Option<CommunityId>,
    pub case: Option<i64>,
    pub title: &'a str,
    pub body: &'a str,
    pub locale: &'a str,
    pub asked_by: AccountId,
}

/// What keeps a co-runner `r` of a process `p` allowed: they are still a facilitator of the
/// community they were invited from, and its twinning with the process's community is in force.
const CO_RUN_STILL_ALLOWED: &str = "EXISTS (SELECT 1 FROM role_grants g
        WHERE g.account_id = r.account_id AND g.community_id = r.community_id AND g.role = 'facilitator'
          AND g.revoked_at IS NULL)
    AND EXISTS (SELECT 1 FROM twinnings t
        WHERE t.accepted_at IS NOT NULL AND t.ended_at IS NULL
          AND ((t.proposer_id = p.community_id AND t.partner_id = r.community_id)
               OR (t.partner_id = p.community_id AND t.proposer_id = r.community_id)))";

/// `$first, $first+1, …` for `count` values, to bind a list in an `IN (…)`.
fn placeholders(first: usize, count: usize) -> String {
    (first..first + count).map(|n| format!("${n}")).collect::<Vec<_>>().join(", ")
}

impl Db {
    /// Records one community's proposal to twin with another. Refused with
    /// [`StoreError::Conflict`] while the two already have a twinning that has not ended, either
    /// way round.
    pub async fn propose_twinning(
        &self,
        proposer: CommunityId,
        partner: CommunityId,
        purpose: &str,
        locale: &str,
        by: AccountId,
    ) -> Result<i64> {
        let now = piazza_domain::now();
        transaction!(self, |tx| {
            let existing: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM twinnings WHERE ended_at IS NULL
                   AND ((proposer_id = $1 AND partner_id = $2) OR (proposer_id = $2 AND partner_id = $1))",
            )
            .bind(proposer.0)
            .bind(partner.0)
            .fetch_one(&mut *tx)
            .await?;
            if existing > 0 {
                return Err(StoreError::Conflict);
            }
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO twinnings (proposer_id, partner_id, purpose, locale, proposed_by, proposed_at)
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            )
            .bind(proposer.0)
            .bind(partner.0)
            .bind(purpose)
            .bind(locale)
            .bind(by.0)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            Ok(id)
        })
    }

    pub async fn twinning(&self, id: i64) -> Result<Option<Twinning>> {
        let sql = sqlx::AssertSqlSafe(format!("{TWINNING_SELECT} WHERE t.id = $1"));
        read!(self, |conn| optional(sqlx::query_as(sql).bind(id).fetch_one(conn).await))
    }

    /// A community's twinnings that have not ended, accepted or awaiting an answer, oldest first.
    pub async fn twinnings_of(&self, community: CommunityId) -> Result<Vec<Twinning>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{TWINNING_SELECT} WHERE t.ended_at IS NULL AND (t.proposer_id = $1 OR t.partner_id = $1) ORDER BY t.id"
        ));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(community.0).fetch_all(conn).await?))
    }

    /// Every twinning in force across the instance, oldest first.
    pub async fn active_twinnings(&self) -> Result<Vec<Twinning>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{TWINNING_SELECT} WHERE t.ended_at IS NULL AND t.accepted_at IS NOT NULL ORDER BY t.id"
        ));
        Ok(read!(self, |conn| sqlx::query_as(sql).fetch_all(conn).await?))
    }

    /// Accepts a proposal still awaiting an answer; false when there is none.
    pub async fn accept_twinning(&self, id: i64, by: AccountId) -> Result<bool> {
        let now = piazza_domain::now();
        Ok(write!(self, |conn| {
            sqlx::query(
                "UPDATE twinnings SET accepted_by = $2, accepted_at = $3
                 WHERE id = $1 AND accepted_at IS NULL AND ended_at IS NULL",
            )
            .bind(id)
            .bind(by.0)
            .bind(now)
            .execute(conn)
            .await?
            .rows_affected()
                == 1
        }))
    }

    /// Ends a twinning, or withdraws or declines a proposal; false when it had already ended.
    pub async fn end_twinning(&self, id: i64, by: AccountId) -> Result<bool> {
        let now = piazza_domain::now();
        Ok(write!(self, |conn| {
            sqlx::query("UPDATE twinnings SET ended_by = $2, ended_at = $3 WHERE id = $1 AND ended_at IS NULL")
                .bind(id)
                .bind(by.0)
                .bind(now)
                .execute(conn)
                .await?
                .rows_affected()
                == 1
        }))
    }

    /// Invites a facilitator of `from` to co-run a process. False when they were already invited.
    pub async fn invite_co_runner(
        &self,
        process: ProcessId,
        account: AccountId,
        from: CommunityId,
        by: AccountId,
    ) -> Result<bool> {
        let now = piazza_domain::now();
        let inserted = write!(self, |conn| {
            sqlx::query(
                "INSERT INTO co_runners (process_id, account_id, community_id, invited_by, invited_at)
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(process.0)
            .bind(account.0)
            .bind(from.0)
            .bind(by.0)
            .bind(now)
            .execute(conn)
            .await
            .map(|_| ())
        });
        match inserted {
            Ok(_) => Ok(true),
            Err(error) => match StoreError::from(error) {
                StoreError::Conflict => Ok(false),
                other => Err(other),
            },
        }
    }

    /// Accepts an invitation to co-run; false when there was none waiting, or when the person is
    /// no longer a facilitator of their community or the twinning has ended.
    pub async fn accept_co_run(&self, process: ProcessId, account: AccountId) -> Result<bool> {
        let now = piazza_domain::now();
        let sql = sqlx::AssertSqlSafe(format!(
            "UPDATE co_runners SET accepted_at = $3
             WHERE process_id = $1 AND account_id = $2 AND accepted_at IS NULL
               AND EXISTS (SELECT 1 FROM co_runners r JOIN processes p ON p.id = r.process_id
                           WHERE r.process_id = $1 AND r.account_id = $2 AND {CO_RUN_STILL_ALLOWED})"
        ));
        Ok(write!(self, |conn| {
            sqlx::query(sql).bind(process.0).bind(account.0).bind(now).execute(conn).await?.rows_affected() == 1
        }))
    }

    /// Declines an invitation, leaves a process one co-ran, or withdraws someone from it.
    pub async fn remove_co_runner(&self, process: ProcessId, account: AccountId) -> Result<bool> {
        Ok(write!(self, |conn| {
            sqlx::query("DELETE FROM co_runners WHERE process_id = $1 AND account_id = $2")
                .bind(process.0)
                .bind(account.0)
                .execute(conn)
                .await?
                .rows_affected()
                == 1
        }))
    }

    /// The facilitators invited to co-run a process, whether or not they have accepted yet.
    pub async fn co_runners(&self, process: ProcessId) -> Result<Vec<CoRunner>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT r.account_id, a.display_name, r.community_id, c.slug AS community_slug,
                        c.name AS community_name, r.invited_at, r.accepted_at
                 FROM co_runners r JOIN accounts a ON a.id = r.account_id
                 JOIN communities c ON c.id = r.community_id
                 WHERE r.process_id = $1 ORDER BY c.name, a.display_name",
            )
            .bind(process.0)
            .fetch_all(conn)
            .await?
        }))
    }

    /// The processes a person co-runs now: invitations they accepted, while they are still a
    /// facilitator of the community they were invited from and its twinning with the process's
    /// community is in force. (A revoked role or an ended twinning ends the powers, without
    /// deleting the record of who co-ran.)
    pub async fn co_run_processes(&self, account: AccountId) -> Result<Vec<ProcessId>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT r.process_id FROM co_runners r JOIN processes p ON p.id = r.process_id
             WHERE r.account_id = $1 AND r.accepted_at IS NOT NULL AND {CO_RUN_STILL_ALLOWED}
             ORDER BY r.process_id"
        ));
        let ids: Vec<i64> = read!(self, |conn| sqlx::query_scalar(sql).bind(account.0).fetch_all(conn).await?);
        Ok(ids.into_iter().map(ProcessId).collect())
    }

    /// The processes of these communities that have a phase still to end, newest first.
    pub async fn open_processes_in(&self, communities: &[CommunityId]) -> Result<Vec<Process>> {
        if communities.is_empty() {
            return Ok(Vec::new());
        }
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {} FROM processes p WHERE p.community_id IN ({})
               AND EXISTS (SELECT 1 FROM process_phases f WHERE f.process_id = p.id AND f.ends_at > $1)
             ORDER BY p.created_at DESC, p.id DESC LIMIT 200",
            crate::processes::PROCESS_COLUMNS,
            placeholders(2, communities.len())
        ));
        let now = piazza_domain::now();
        Ok(read!(self, |conn| {
            let mut query = sqlx::query_as(sql).bind(now);
            for community in communities {
                query = query.bind(community.0);
            }
            query.fetch_all(conn).await?
        }))
    }

    /// What residents did in each of these communities' processes, counting only what is still
    /// public (hidden and deleted contributions, and supports of hidden proposals, are left
    /// out), one row per community. People are counted as the representation dashboard counts
    /// them.
    pub async fn participation_in(&self, communities: &[CommunityId]) -> Result<Vec<Participation>> {
        let people_sql = format!("SELECT COUNT(*) FROM ({}) people", crate::representation::PARTICIPANTS);
        let mut rows = Vec::with_capacity(communities.len());
        for community in communities {
            let mut row: Participation = read!(self, |conn| {
                sqlx::query_as(
                    "SELECT $1 AS community_id,
                        (SELECT COUNT(*) FROM processes WHERE community_id = $1) AS processes,
                        (SELECT COUNT(*) FROM proposals x JOIN processes p ON p.id = x.process_id
                          WHERE p.community_id = $1 AND NOT x.hidden) AS proposals,
                        (SELECT COUNT(*) FROM comments x JOIN processes p ON p.id = x.process_id
                          WHERE p.community_id = $1 AND NOT x.hidden AND x.deleted_at IS NULL) AS comments,
                        (SELECT COUNT(*) FROM proposal_supports s JOIN proposals x ON x.id = s.proposal_id
                          JOIN processes p ON p.id = x.process_id WHERE p.community_id = $1 AND NOT x.hidden)
                          AS supports,
                        CAST(0 AS BIGINT) AS participants",
                )
                .bind(community.0)
                .fetch_one(conn)
                .await?
            });
            row.participants = read!(self, |conn| {
                sqlx::query_scalar(sqlx::AssertSqlSafe(people_sql.clone()))
                    .bind(community.0)
                    .bind(0_i64)
                    .fetch_one(conn)
                    .await?
            });
            rows.push(row);
        }
        Ok(rows)
    }

    /// How many different people took part in any of these communities' processes, each once,
    /// counted as the representation dashboard counts them.
    pub async fn participants_across(&self, communities: &[CommunityId]) -> Result<i64> {
        if communities.is_empty() {
            return Ok(0);
        }
        // The dashboard's query once per community (`$1` its community, every process), joined.
        let each: Vec<String> = (1..=communities.len())
            .map(|n| crate::representation::PARTICIPANTS.replace("$2", "0").replace("$1", &format!("${n}")))
            .collect();
        let sql = sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM ({}) people", each.join(" UNION ")));
        Ok(read!(self, |conn| {
            let mut query = sqlx::query_scalar(sql);
            for community in communities {
                query = query.bind(community.0);
            }
            query.fetch_one(conn).await?
        }))
    }

    pub async fn ask_peers(&self, new: &NewPeerQuestion<'_>) -> Result<i64> {
        let now = piazza_domain::now();
        Ok(write!(self, |conn| {
            sqlx::query_scalar(
                "INSERT INTO peer_questions (community_id, region_id, case_id, title, body, locale, asked_by, asked_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            )
            .bind(new.community.0)
            .bind(new.region.map(|r| r.0))
            .bind(new.case)
            .bind(new.title)
            .bind(new.body)
            .bind(new.locale)
            .bind(new.asked_by.0)
            .bind(now)
            .fetch_one(conn)
            .await?
        }))
    }

    pub async fn peer_question(&self, id: i64) -> Result<Option<PeerQuestion>> {
        let sql = sqlx::AssertSqlSafe(format!("{QUESTION_SELECT} WHERE q.id = $1"));
        read!(self, |conn| optional(sqlx::query_as(sql).bind(id).fetch_one(conn).await))
    }

    /// The questions that involve any of these communities, newest first: asked by one of them,
    /// asked of the cluster of one of them (or of a region among them), or asked of a case one of
    /// them wrote. `None` means every question, for the instance's administrators.
    pub async fn peer_questions_involving(&self, communities: Option<&[CommunityId]>) -> Result<Vec<PeerQuestion>> {
        let condition = match communities {
            None => "TRUE".to_owned(),
            Some([]) => return Ok(Vec::new()),
            Some(list) => {
                let set = placeholders(1, list.len());
                format!(
                    "(q.community_id IN ({set}) OR q.region_id IN ({set}) OR k.community_id IN ({set})
                      OR q.region_id IN (SELECT parent_id FROM communities WHERE id IN ({set})))"
                )
            }
        };
        let sql = sqlx::AssertSqlSafe(format!(
            "{QUESTION_SELECT} WHERE {condition} ORDER BY q.asked_at DESC, q.id DESC LIMIT 200"
        ));
        Ok(read!(self, |conn| {
            let mut query = sqlx::query_as(sql);
            for community in communities.unwrap_or_default() {
                query = query.bind(community.0);
            }
            query.fetch_all(conn).await?
        }))
    }

    pub async fn answer_peer_question(
        &self,
        question: i64,
        community: CommunityId,
        body: &str,
        locale: &str,
        by: AccountId,
    ) -> Result<i64> {
        let now = piazza_domain::now();
        Ok(write!(self, |conn| {
            sqlx::query_scalar(
                "INSERT INTO peer_answers (question_id, community_id, body, locale, answered_by, answered_at)
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            )
            .bind(question)
            .bind(community.0)
            .bind(body)
            .bind(locale)
            .bind(by.0)
            .bind(now)
            .fetch_one(conn)
            .await?
        }))
    }

    /// A thread's answers, oldest first.
    pub async fn peer_answers(&self, question: i64) -> Result<Vec<PeerAnswer>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT n.id, n.community_id, c.name AS community_name, n.body, n.locale, a.display_name AS answered_by_name,
                        n.answered_at
                 FROM peer_answers n JOIN communities c ON c.id = n.community_id
                 LEFT JOIN accounts a ON a.id = n.answered_by
                 WHERE n.question_id = $1 ORDER BY n.answered_at, n.id",
            )
            .bind(question)
            .fetch_all(conn)
            .await?
        }))
    }

    /// The people who answered a thread, each once.
    pub async fn peer_answerers(&self, question: i64) -> Result<Vec<AccountId>> {
        let ids: Vec<i64> = read!(self, |conn| {
            sqlx::query_scalar(
                "SELECT DISTINCT answered_by FROM peer_answers WHERE question_id = $1 AND answered_by IS NOT NULL",
            )
            .bind(question)
            .fetch_all(conn)
            .await?
        });
        Ok(ids.into_iter().map(AccountId).collect())
    }

    /// Marks the answer that helped; false when the answer is not in this thread.
    pub async fn mark_helpful_answer(&self, question: i64, answer: i64) -> Result<bool> {
        Ok(write!(self, |conn| {
            sqlx::query(
                "UPDATE peer_questions SET helpful_answer_id = $2
                 WHERE id = $1 AND EXISTS (SELECT 1 FROM peer_answers WHERE id = $2 AND question_id = $1)",
            )
            .bind(question)
            .bind(answer)
            .execute(conn)
            .await?
            .rows_affected()
                == 1
        }))
    }
}

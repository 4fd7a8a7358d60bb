//! Proposals, their supports and the record of their states.

use piazza_domain::{AccountId, ProcessId, ProposalId};
use sqlx::types::time::OffsetDateTime;

use crate::{Db, Result, optional};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Proposal {
    #[sqlx(try_from = "i64")]
    pub id: ProposalId,
    #[sqlx(try_from = "i64")]
    pub process_id: ProcessId,
    pub title: String,
    pub body: String,
    pub category: Option<String>,
    pub address: Option<String>,
    pub locale: String,
    pub state: String,
    pub answer: Option<String>,
    pub support_count: i64,
    /// The number of the current text in [`ProposalVersion`]s.
    pub version: i64,
    /// The proposal this one was merged into, if it was.
    pub merged_into: Option<i64>,
    pub created_by: Option<i64>,
    pub author_name: Option<String>,
    pub created_at: OffsetDateTime,
    /// Hidden by moderation; `hidden_reason` is the moderator's public reason, if one was given.
    pub hidden: bool,
    pub hidden_reason: Option<String>,
    pub neighbourhood_id: Option<i64>,
    pub neighbourhood_name: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub comment_count: i64,
    pub easy_read: Option<String>,
}

pub struct NewProposal<'a> {
    pub process: ProcessId,
    pub title: &'a str,
    pub body: &'a str,
    pub category: Option<&'a str>,
    pub address: Option<&'a str>,
    pub neighbourhood: Option<i64>,
    /// A point on a map, as latitude and longitude.
    pub point: Option<(f64, f64)>,
    pub locale: &'a str,
    pub author: AccountId,
    /// A random number that fixes the proposal's place in the shuffled order.
    pub shuffle_key: i64,
    pub provenance: Provenance<'a>,
}

/// How a contribution reached Piazza: typed online by its author, or gathered on paper, by
/// phone, at a workshop or a street stand by a facilitator, who is recorded with the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Provenance<'a> {
    pub channel: &'a str,
    pub event: Option<&'a str>,
    pub recorded_by: Option<AccountId>,
}

impl Provenance<'_> {
    pub const ONLINE: Provenance<'static> = Provenance { channel: "online", event: None, recorded_by: None };
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StateChange {
    pub proposal_id: i64,
    pub proposal_title: String,
    pub state: String,
    pub reason: Option<String>,
    pub changed_by_name: Option<String>,
    pub changed_at: OffsetDateTime,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ProposalVersion {
    pub number: i64,
    /// The amendment this version came from, if it did.
    pub amendment_id: Option<i64>,
    pub title: String,
    pub body: String,
    pub author_name: Option<String>,
    pub created_at: OffsetDateTime,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProposalOrder {
    Newest,
    MostSupported,
    MostCommented,
    /// A fixed shuffle, so that the earliest proposals are not always seen first.
    Shuffled,
}

/// Which proposals of a process a list shows, and which page of them.
pub struct ProposalFilter<'a> {
    pub process: ProcessId,
    pub state: Option<&'a str>,
    pub answered: Option<bool>,
    pub category: Option<&'a str>,
    pub neighbourhood: Option<i64>,
    pub order: ProposalOrder,
    pub limit: i64,
    pub offset: i64,
}

impl ProposalFilter<'_> {
    /// Every proposal of a process a list may show, newest first, up to the most a page of
    /// choices (a merge target, a proposal to comment on) should offer.
    pub fn all_of(process: ProcessId) -> Self {
        ProposalFilter {
            process,
            state: None,
            answered: None,
            category: None,
            neighbourhood: None,
            order: ProposalOrder::Newest,
            limit: 500,
            offset: 0,
        }
    }
}

/// What supporting did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SupportOutcome {
    /// False when the person had already supported the proposal.
    pub counted: bool,
    /// True when this support carried the proposal over its process's threshold.
    pub reached_threshold: bool,
}

const PROPOSAL_SELECT: &str = "SELECT p.id, p.process_id, p.title, p.body, p.category, p.address, p.locale, p.state,
        p.answer, p.support_count, p.version, p.merged_into, p.created_by, a.display_name AS author_name, p.created_at,
        p.hidden, mc.public_reason AS hidden_reason, p.neighbourhood_id, n.name AS neighbourhood_name, p.latitude,
        p.longitude, p.comment_count, p.easy_read
     FROM proposals p LEFT JOIN accounts a ON a.id = p.created_by
     LEFT JOIN moderation_cases mc ON mc.content_kind = 'proposal' AND mc.content_id = p.id
     LEFT JOIN neighbourhoods n ON n.id = p.neighbourhood_id";

const STATE_CHANGE_SELECT: &str = "SELECT c.proposal_id, p.title AS proposal_title, c.state, c.reason,
        a.display_name AS changed_by_name, c.changed_at
     FROM proposal_state_changes c JOIN proposals p ON p.id = c.proposal_id
     LEFT JOIN accounts a ON a.id = c.changed_by";

impl Db {
    /// Creates a proposal and records its first state, in one transaction.
    pub async fn create_proposal(&self, new: &NewProposal<'_>) -> Result<ProposalId> {
        let now = piazza_domain::now();
        let id: i64 = transaction!(self, |tx| {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO proposals (process_id, title, body, category, address, locale, state, shuffle_key,
                                        created_by, created_at, neighbourhood_id, latitude, longitude, channel, event,
                                        recorded_by)
                 VALUES ($1, $2, $3, $4, $5, $6, 'published', $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
            )
            .bind(new.process.0)
            .bind(new.title)
            .bind(new.body)
            .bind(new.category)
            .bind(new.address)
            .bind(new.locale)
            .bind(new.shuffle_key)
            .bind(new.author.0)
            .bind(now)
            .bind(new.neighbourhood)
            .bind(new.point.map(|(latitude, _)| latitude))
            .bind(new.point.map(|(_, longitude)| longitude))
            .bind(new.provenance.channel)
            .bind(new.provenance.event)
            .bind(new.provenance.recorded_by.map(|id| id.0))
            .fetch_one(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO proposal_state_changes (proposal_id, state, changed_by, changed_at)
                 VALUES ($1, 'published', $2, $3)",
            )
            .bind(id)
            .bind(new.author.0)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO proposal_versions (proposal_id, number, title, body, author_id, created_at)
                 VALUES ($1, 1, $2, $3, $4, $5)",
            )
            .bind(id)
            .bind(new.title)
            .bind(new.body)
            .bind(new.author.0)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            id
        });
        Ok(ProposalId(id))
    }

    pub async fn proposal(&self, id: ProposalId) -> Result<Option<Proposal>> {
        let sql = sqlx::AssertSqlSafe(format!("{PROPOSAL_SELECT} WHERE p.id = $1"));
        read!(self, |conn| optional(sqlx::query_as(sql).bind(id.0).fetch_one(conn).await))
    }

    /// One page of a process's proposals, and how many match the filter in all.
    pub async fn proposals(&self, filter: &ProposalFilter<'_>) -> Result<(Vec<Proposal>, i64)> {
        // Only fixed fragments are joined into the SQL; every value is bound.
        // Hidden proposals keep their page, with the reason, but leave every list. `hidden` is
        // compared for equality so that the indexes on (process_id, hidden, …) serve the page
        // and the count without reading the rows.
        let mut conditions = String::from("p.process_id = $1 AND p.hidden = FALSE");
        if filter.state.is_some() {
            conditions.push_str(" AND p.state = $2");
        } else {
            conditions.push_str(" AND $2 = $2");
        }
        match filter.answered {
            Some(true) => conditions.push_str(" AND p.answer IS NOT NULL"),
            Some(false) => conditions.push_str(" AND p.answer IS NULL"),
            None => {}
        }
        // Every placeholder is always bound; a filter not asked for compares its value with
        // itself, which keeps the numbering and costs nothing.
        conditions.push_str(if filter.category.is_some() { " AND p.category = $3" } else { " AND $3 = $3" });
        conditions.push_str(if filter.neighbourhood.is_some() {
            " AND p.neighbourhood_id = $4"
        } else {
            " AND $4 = $4"
        });
        let order = match filter.order {
            ProposalOrder::Newest => "p.created_at DESC, p.id DESC",
            ProposalOrder::MostSupported => "p.support_count DESC, p.id DESC",
            ProposalOrder::MostCommented => "p.comment_count DESC, p.id DESC",
            ProposalOrder::Shuffled => "p.shuffle_key, p.id",
        };
        let state = filter.state.unwrap_or("");
        // A deferred join: the page's twenty ids come from the index alone, and only those rows
        // are read whole and joined, instead of every row the offset skips.
        let page_sql = sqlx::AssertSqlSafe(format!(
            "{PROPOSAL_SELECT} JOIN (SELECT p.id FROM proposals p WHERE {conditions} ORDER BY {order} LIMIT $5 OFFSET $6)
                 chosen ON chosen.id = p.id
             ORDER BY {order}"
        ));
        let count_sql = sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM proposals p WHERE {conditions}"));
        let page = read!(self, |conn| {
            sqlx::query_as(page_sql)
                .bind(filter.process.0)
                .bind(state)
                .bind(filter.category.unwrap_or(""))
                .bind(filter.neighbourhood.unwrap_or(0))
                .bind(filter.limit)
                .bind(filter.offset)
                .fetch_all(conn)
                .await?
        });
        let total: i64 = read!(self, |conn| {
            sqlx::query_scalar(count_sql)
                .bind(filter.process.0)
                .bind(state)
                .bind(filter.category.unwrap_or(""))
                .bind(filter.neighbourhood.unwrap_or(0))
                .fetch_one(conn)
                .await?
        });
        Ok((page, total))
    }

    pub async fn has_supported(&self, proposal: ProposalId, account: AccountId) -> Result<bool> {
        let found: i64 = read!(self, |conn| {
            sqlx::query_scalar("SELECT COUNT(*) FROM proposal_supports WHERE proposal_id = $1 AND account_id = $2")
                .bind(proposal.0)
                .bind(account.0)
                .fetch_one(conn)
                .await?
        });
        Ok(found > 0)
    }

    /// Records a support once per person, keeps the count in step, and moves a published
    /// proposal to evaluation when the count reaches `threshold`: all in one transaction, so
    /// that concurrent supports from several processes count exactly once each.
    pub async fn support(&self, proposal: ProposalId, account: AccountId, threshold: i64) -> Result<SupportOutcome> {
        self.support_by(proposal, account, threshold, Provenance::ONLINE).await
    }

    /// [`Db::support`] for a support that reached Piazza by `provenance`.
    pub async fn support_by(
        &self,
        proposal: ProposalId,
        account: AccountId,
        threshold: i64,
        provenance: Provenance<'_>,
    ) -> Result<SupportOutcome> {
        let now = piazza_domain::now();
        let outcome = transaction!(self, |tx| {
            let inserted = sqlx::query(
                "INSERT INTO proposal_supports (proposal_id, account_id, created_at, channel, event, recorded_by)
                 VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (proposal_id, account_id) DO NOTHING",
            )
            .bind(proposal.0)
            .bind(account.0)
            .bind(now)
            .bind(provenance.channel)
            .bind(provenance.event)
            .bind(provenance.recorded_by.map(|id| id.0))
            .execute(&mut *tx)
            .await?
            .rows_affected();
            let mut reached_threshold = false;
            if inserted == 1 {
                sqlx::query("UPDATE proposals SET support_count = support_count + 1 WHERE id = $1")
                    .bind(proposal.0)
                    .execute(&mut *tx)
                    .await?;
                let moved = sqlx::query(
                    "UPDATE proposals SET state = 'evaluating'
                     WHERE id = $1 AND state = 'published' AND support_count >= $2",
                )
                .bind(proposal.0)
                .bind(threshold)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if moved == 1 {
                    sqlx::query(
                        "INSERT INTO proposal_state_changes (proposal_id, state, reason, changed_at)
                         VALUES ($1, 'evaluating', 'threshold', $2)",
                    )
                    .bind(proposal.0)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                    reached_threshold = true;
                }
            }
            SupportOutcome { counted: inserted == 1, reached_threshold }
        });
        Ok(outcome)
    }

    /// Withdraws a person's support; says whether there was one.
    pub async fn withdraw_support(&self, proposal: ProposalId, account: AccountId) -> Result<bool> {
        let removed = transaction!(self, |tx| {
            let removed = sqlx::query("DELETE FROM proposal_supports WHERE proposal_id = $1 AND account_id = $2")
                .bind(proposal.0)
                .bind(account.0)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if removed == 1 {
                sqlx::query("UPDATE proposals SET support_count = support_count - 1 WHERE id = $1")
                    .bind(proposal.0)
                    .execute(&mut *tx)
                    .await?;
            }
            removed == 1
        });
        Ok(removed)
    }

    /// Moves a proposal from `from` to `to`, with the reason shown publicly, and records who
    /// did it. Returns false, changing nothing, when the proposal is no longer in `from`: the
    /// person acted on a page that someone else's decision has overtaken.
    pub async fn change_proposal_state(
        &self,
        proposal: ProposalId,
        from: &str,
        to: &str,
        answer: Option<&str>,
        by: AccountId,
    ) -> Result<bool> {
        self.decide_proposal(proposal, from, to, answer, None, by).await
    }

    /// Like [`Db::change_proposal_state`], also recording the proposal it is merged into.
    pub async fn decide_proposal(
        &self,
        proposal: ProposalId,
        from: &str,
        to: &str,
        answer: Option<&str>,
        merged_into: Option<ProposalId>,
        by: AccountId,
    ) -> Result<bool> {
        let now = piazza_domain::now();
        let changed = transaction!(self, |tx| {
            let changed = sqlx::query(
                "UPDATE proposals SET state = $1, answer = COALESCE($2, answer), merged_into = COALESCE($5, merged_into)
                 WHERE id = $3 AND state = $4",
            )
            .bind(to)
            .bind(answer)
            .bind(proposal.0)
            .bind(from)
            .bind(merged_into.map(|p| p.0))
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if changed == 1 {
                sqlx::query(
                    "INSERT INTO proposal_state_changes (proposal_id, state, reason, changed_by, changed_at)
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(proposal.0)
                .bind(to)
                .bind(answer)
                .bind(by.0)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            changed == 1
        });
        Ok(changed)
    }

    /// The record of a proposal's states, oldest first.
    pub async fn state_changes(&self, proposal: ProposalId) -> Result<Vec<StateChange>> {
        let sql =
            sqlx::AssertSqlSafe(format!("{STATE_CHANGE_SELECT} WHERE c.proposal_id = $1 ORDER BY c.changed_at, c.id"));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(proposal.0).fetch_all(conn).await?))
    }

    /// The authority's decisions in a process (every change made by someone other than the
    /// author), newest first: what the process page shows as decided so far.
    pub async fn decisions_in(&self, process: ProcessId) -> Result<Vec<StateChange>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{STATE_CHANGE_SELECT} WHERE p.process_id = $1
                 AND c.state IN ('accepted', 'rejected', 'implemented', 'evaluating', 'merged')
             ORDER BY c.changed_at DESC, c.id DESC"
        ));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(process.0).fetch_all(conn).await?))
    }

    /// Replaces a proposal's text with a new version, if its current version is still
    /// `seen_version`. Returns false, changing nothing, when someone else's edit came first.
    pub async fn edit_proposal(
        &self,
        proposal: ProposalId,
        seen_version: i64,
        title: &str,
        body: &str,
        by: AccountId,
    ) -> Result<bool> {
        let now = piazza_domain::now();
        let changed = transaction!(self, |tx| {
            let changed = sqlx::query(
                "UPDATE proposals SET title = $1, body = $2, version = version + 1 WHERE id = $3 AND version = $4",
            )
            .bind(title)
            .bind(body)
            .bind(proposal.0)
            .bind(seen_version)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if changed == 1 {
                sqlx::query(
                    "INSERT INTO proposal_versions (proposal_id, number, title, body, author_id, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(proposal.0)
                .bind(seen_version + 1)
                .bind(title)
                .bind(body)
                .bind(by.0)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            changed == 1
        });
        Ok(changed)
    }

    /// Sets or, with `None`, removes a proposal's easy-read version.
    pub async fn set_proposal_easy_read(&self, proposal: ProposalId, easy_read: Option<&str>) -> Result<bool> {
        Ok(write!(self, |conn| {
            sqlx::query("UPDATE proposals SET easy_read = $1 WHERE id = $2")
                .bind(easy_read)
                .bind(proposal.0)
                .execute(conn)
                .await?
                .rows_affected()
                == 1
        }))
    }

    /// Every version of a proposal, oldest first.
    pub async fn proposal_versions(&self, proposal: ProposalId) -> Result<Vec<ProposalVersion>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT v.number, v.amendment_id, v.title, v.body, a.display_name AS author_name, v.created_at
                 FROM proposal_versions v LEFT JOIN accounts a ON a.id = v.author_id
                 WHERE v.proposal_id = $1 ORDER BY v.number",
            )
            .bind(proposal.0)
            .fetch_all(conn)
            .await?
        }))
    }
}

//! Participatory budgets: the budgets of a process, their projects, the register of who has
//! voted and, apart from it, the ballot box.

use piazza_domain::{AccountId, ProcessId};
use sqlx::types::time::OffsetDateTime;

use crate::{Db, Result, optional};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Budget {
    pub id: i64,
    #[sqlx(try_from = "i64")]
    pub process_id: ProcessId,
    pub title: String,
    pub description: String,
    /// The money to spend, in whole units of the currency.
    pub total: i64,
    pub currency: String,
    /// How ballots are cast: `approval`, `knapsack`, `cumulative` or `ranked`.
    pub style: String,
    pub min_choices: i64,
    pub max_choices: Option<i64>,
    /// For knapsack ballots, the share of the total (in percent) a ballot must reach.
    pub min_share: i64,
    /// For cumulative ballots, the points each voter spreads.
    pub points: i64,
    /// The counting rule's key (see `piazza_pb::Rule`).
    pub rule: String,
    /// Whether a voter may change their ballot until voting closes.
    pub changeable: bool,
    /// `open` while ballots are accepted, `counted` once closed and counted.
    pub status: String,
    pub ballot_count: i64,
    pub spent: Option<i64>,
    /// The anonymised ballots as a Pabulib file, once counted.
    pub published_file: Option<String>,
    pub published_sha256: Option<String>,
    pub counted_at: Option<OffsetDateTime>,
    pub created_at: OffsetDateTime,
    /// The youngest a voter may be, in years; none means no minimum.
    pub min_age: Option<i64>,
    /// Whether a signed-in voter must have verified against the community's census list.
    pub census_only: bool,
    /// The name of the group of budgets this one belongs to in its process, if any.
    pub voting_group: Option<String>,
    /// How many budgets of the group one person may vote in.
    pub group_limit: Option<i64>,
}

impl Budget {
    pub fn is_open(&self) -> bool {
        self.status == "open"
    }

    /// Style and rule are fixed once the first ballot is cast.
    pub fn is_locked(&self) -> bool {
        self.ballot_count > 0 || !self.is_open()
    }
}

pub struct NewBudget<'a> {
    pub process: ProcessId,
    pub title: &'a str,
    pub description: &'a str,
    pub total: i64,
    pub currency: &'a str,
    pub style: &'a str,
    pub min_choices: i64,
    pub max_choices: Option<i64>,
    pub min_share: i64,
    pub points: i64,
    pub rule: &'a str,
    pub changeable: bool,
    pub min_age: Option<i64>,
    pub census_only: bool,
    pub voting_group: Option<&'a str>,
    pub group_limit: Option<i64>,
    /// The districts whose residents may vote; empty means the whole community.
    pub districts: &'a [i64],
    pub created_by: AccountId,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct BudgetProject {
    pub id: i64,
    pub budget_id: i64,
    pub title: String,
    pub description: String,
    pub cost: i64,
    pub category: Option<String>,
    pub neighbourhood_id: Option<i64>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub image_url: Option<String>,
    /// The proposal the project came from, if it did not come from the officials.
    pub proposal_id: Option<i64>,
    /// `pending`, `feasible` or `infeasible`; only feasible projects reach the ballot.
    pub feasibility: String,
    pub feasibility_reason: Option<String>,
    /// Once counted: approvals (or points) received, whether it won, and why (see
    /// `piazza_app::budgets::Fate`).
    pub votes: Option<i64>,
    pub won: Option<bool>,
    pub fate: Option<String>,
    pub created_at: OffsetDateTime,
}

impl BudgetProject {
    pub fn is_feasible(&self) -> bool {
        self.feasibility == "feasible"
    }
}

pub struct NewProject<'a> {
    pub budget: i64,
    pub title: &'a str,
    pub description: &'a str,
    pub cost: i64,
    pub category: Option<&'a str>,
    pub neighbourhood: Option<i64>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub image_url: Option<&'a str>,
    pub proposal: Option<i64>,
    pub created_by: AccountId,
}

/// What happened to a ballot handed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cast {
    /// The voter's first ballot.
    Recorded,
    /// It replaced the voter's earlier ballot.
    Replaced,
    /// The voter had voted already and the budget does not allow changes.
    AlreadyVoted,
    /// Voting has closed.
    Closed,
    /// The voter has already voted in as many budgets of the group as one person may.
    GroupFull,
}

/// One project's result, written when a budget is counted.
pub struct ProjectResult<'a> {
    pub project: i64,
    pub votes: i64,
    pub won: bool,
    pub fate: &'a str,
}

const BUDGET_SELECT: &str = "SELECT id, process_id, title, description, total, currency, style, min_choices,
        max_choices, min_share, points, rule, changeable, status, ballot_count, spent, published_file,
        published_sha256, counted_at, created_at, min_age, census_only, voting_group, group_limit
     FROM budgets";

const PROJECT_SELECT: &str = "SELECT id, budget_id, title, description, cost, category, neighbourhood_id, latitude,
        longitude, image_url, proposal_id, feasibility, feasibility_reason, votes, won, fate, created_at
     FROM budget_projects";

impl Db {
    pub async fn create_budget(&self, new: &NewBudget<'_>) -> Result<i64> {
        Ok(transaction!(self, |tx| {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO budgets (process_id, title, description, total, currency, style, min_choices,
                                      max_choices, min_share, points, rule, changeable, status, min_age,
                                      census_only, voting_group, group_limit, created_by, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'open', $13, $14, $15, $16, $17, $18)
                 RETURNING id",
            )
            .bind(new.process.0)
            .bind(new.title)
            .bind(new.description)
            .bind(new.total)
            .bind(new.currency)
            .bind(new.style)
            .bind(new.min_choices)
            .bind(new.max_choices)
            .bind(new.min_share)
            .bind(new.points)
            .bind(new.rule)
            .bind(new.changeable)
            .bind(new.min_age)
            .bind(new.census_only)
            .bind(new.voting_group)
            .bind(new.group_limit)
            .bind(new.created_by.0)
            .bind(piazza_domain::now())
            .fetch_one(&mut *tx)
            .await?;
            for district in new.districts {
                sqlx::query("INSERT INTO budget_districts (budget_id, neighbourhood_id) VALUES ($1, $2)")
                    .bind(id)
                    .bind(district)
                    .execute(&mut *tx)
                    .await?;
            }
            id
        }))
    }

    /// Changes a budget. Everything may change while nobody has voted; afterwards only the title
    /// and the description, so that no rule changes under the voters. Answers whether
    /// everything was changed (false: only the title and description, or nothing if voting has
    /// ended).
    pub async fn update_budget(&self, id: i64, new: &NewBudget<'_>) -> Result<bool> {
        Ok(transaction!(self, |tx| {
            let changed = sqlx::query(
                "UPDATE budgets SET title = $2, description = $3, total = $4, currency = $5, style = $6,
                        min_choices = $7, max_choices = $8, min_share = $9, points = $10, rule = $11,
                        changeable = $12, min_age = $13, census_only = $14, voting_group = $15, group_limit = $16
                 WHERE id = $1 AND ballot_count = 0 AND status = 'open'",
            )
            .bind(id)
            .bind(new.title)
            .bind(new.description)
            .bind(new.total)
            .bind(new.currency)
            .bind(new.style)
            .bind(new.min_choices)
            .bind(new.max_choices)
            .bind(new.min_share)
            .bind(new.points)
            .bind(new.rule)
            .bind(new.changeable)
            .bind(new.min_age)
            .bind(new.census_only)
            .bind(new.voting_group)
            .bind(new.group_limit)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if changed == 1 {
                sqlx::query("DELETE FROM budget_districts WHERE budget_id = $1").bind(id).execute(&mut *tx).await?;
                for district in new.districts {
                    sqlx::query("INSERT INTO budget_districts (budget_id, neighbourhood_id) VALUES ($1, $2)")
                        .bind(id)
                        .bind(district)
                        .execute(&mut *tx)
                        .await?;
                }
                true
            } else {
                sqlx::query("UPDATE budgets SET title = $2, description = $3 WHERE id = $1 AND status = 'open'")
                    .bind(id)
                    .bind(new.title)
                    .bind(new.description)
                    .execute(&mut *tx)
                    .await?;
                false
            }
        }))
    }

    /// The districts whose residents may vote in a budget (empty: the whole community).
    pub async fn budget_districts(&self, budget: i64) -> Result<Vec<i64>> {
        Ok(read!(self, |conn| {
            sqlx::query_scalar(
                "SELECT neighbourhood_id FROM budget_districts WHERE budget_id = $1 ORDER BY neighbourhood_id",
            )
            .bind(budget)
            .fetch_all(conn)
            .await?
        }))
    }

    pub async fn budget(&self, id: i64) -> Result<Option<Budget>> {
        let sql = sqlx::AssertSqlSafe(format!("{BUDGET_SELECT} WHERE id = $1"));
        read!(self, |conn| optional(sqlx::query_as(sql).bind(id).fetch_one(conn).await))
    }

    /// A process's budgets in the order they were created.
    pub async fn budgets_of(&self, process: ProcessId) -> Result<Vec<Budget>> {
        let sql = sqlx::AssertSqlSafe(format!("{BUDGET_SELECT} WHERE process_id = $1 ORDER BY id"));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(process.0).fetch_all(conn).await?))
    }

    pub async fn add_budget_project(&self, new: &NewProject<'_>) -> Result<i64> {
        Ok(write!(self, |conn| {
            sqlx::query_scalar(
                "INSERT INTO budget_projects (budget_id, title, description, cost, category, neighbourhood_id,
                                              latitude, longitude, image_url, proposal_id, feasibility, created_by,
                                              created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'pending', $11, $12) RETURNING id",
            )
            .bind(new.budget)
            .bind(new.title)
            .bind(new.description)
            .bind(new.cost)
            .bind(new.category)
            .bind(new.neighbourhood)
            .bind(new.latitude)
            .bind(new.longitude)
            .bind(new.image_url)
            .bind(new.proposal)
            .bind(new.created_by.0)
            .bind(piazza_domain::now())
            .fetch_one(conn)
            .await?
        }))
    }

    /// A budget's projects, cheapest first, then in the order they were added.
    pub async fn budget_projects(&self, budget: i64) -> Result<Vec<BudgetProject>> {
        let sql = sqlx::AssertSqlSafe(format!("{PROJECT_SELECT} WHERE budget_id = $1 ORDER BY cost, id"));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(budget).fetch_all(conn).await?))
    }

    pub async fn budget_project(&self, id: i64) -> Result<Option<BudgetProject>> {
        let sql = sqlx::AssertSqlSafe(format!("{PROJECT_SELECT} WHERE id = $1"));
        read!(self, |conn| optional(sqlx::query_as(sql).bind(id).fetch_one(conn).await))
    }

    /// Records the officials' review of a project. Only while nobody has voted, so that the
    /// ballot never changes under a voter.
    pub async fn review_budget_project(&self, project: i64, feasibility: &str, reason: Option<&str>) -> Result<bool> {
        let changed = write!(self, |conn| {
            sqlx::query(
                "UPDATE budget_projects SET feasibility = $2, feasibility_reason = $3
                 WHERE id = $1 AND budget_id IN (SELECT id FROM budgets WHERE ballot_count = 0 AND status = 'open')",
            )
            .bind(project)
            .bind(feasibility)
            .bind(reason)
            .execute(conn)
            .await?
            .rows_affected()
        });
        Ok(changed == 1)
    }

    /// Puts a ballot in the box. The register's primary key admits one row per voter and
    /// budget, so two ballots from one voter can never both be recorded, whichever process or
    /// request they come through; a later ballot replaces the first only if the budget allows
    /// changes and `may_replace` (a voting code votes once). Everything happens in one
    /// transaction, which first checks (and, on PostgreSQL, locks) that voting is still open.
    ///
    /// In a group of budgets (`group`: its key and how many of its budgets one person may vote
    /// in), a first ballot takes the voter's next place in the group; the unique index on
    /// places means that two ballots racing for the same place cannot both be recorded, so the
    /// limit holds across processes too. The one that loses the race is refused as if the
    /// group were full, which can only happen to a person voting twice at the same instant.
    #[allow(clippy::too_many_arguments)]
    pub async fn cast_ballot(
        &self,
        budget: i64,
        voter_key: &str,
        channel: &str,
        new_token: &str,
        choices: &str,
        recorded_by: Option<AccountId>,
        may_replace: bool,
        group: Option<(&str, i64)>,
    ) -> Result<Cast> {
        Ok(transaction!(self, |tx| {
            let changeable: Option<bool> = optional(
                sqlx::query_scalar(
                    "UPDATE budgets SET ballot_count = ballot_count WHERE id = $1 AND status = 'open' RETURNING changeable",
                )
                .bind(budget)
                .fetch_one(&mut *tx)
                .await,
            )?;
            let Some(changeable) = changeable else {
                return Ok(Cast::Closed);
            };
            let already: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM budget_voters WHERE budget_id = $1 AND voter_key = $2")
                    .bind(budget)
                    .bind(voter_key)
                    .fetch_one(&mut *tx)
                    .await?;
            let mut place = None;
            if let (0, Some((group_key, limit))) = (already, group) {
                let taken: i64 =
                    sqlx::query_scalar("SELECT COUNT(*) FROM budget_voters WHERE group_key = $1 AND voter_key = $2")
                        .bind(group_key)
                        .bind(voter_key)
                        .fetch_one(&mut *tx)
                        .await?;
                if taken >= limit {
                    return Ok(Cast::GroupFull);
                }
                place = Some(taken + 1);
            }
            let registered = sqlx::query(
                "INSERT INTO budget_voters (budget_id, voter_key, channel, ballot_token, recorded_by, group_key,
                                            group_place)
                 VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING",
            )
            .bind(budget)
            .bind(voter_key)
            .bind(channel)
            .bind(new_token)
            .bind(recorded_by.map(|id| id.0))
            .bind(place.and(group.map(|(key, _)| key)))
            .bind(place)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if registered == 0 && place.is_some() {
                let mine: i64 =
                    sqlx::query_scalar("SELECT COUNT(*) FROM budget_voters WHERE budget_id = $1 AND voter_key = $2")
                        .bind(budget)
                        .bind(voter_key)
                        .fetch_one(&mut *tx)
                        .await?;
                if mine == 0 {
                    return Ok(Cast::GroupFull);
                }
            }
            if registered == 1 {
                sqlx::query("INSERT INTO budget_ballots (budget_id, token, choices, channel) VALUES ($1, $2, $3, $4)")
                    .bind(budget)
                    .bind(new_token)
                    .bind(choices)
                    .bind(channel)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("UPDATE budgets SET ballot_count = ballot_count + 1 WHERE id = $1")
                    .bind(budget)
                    .execute(&mut *tx)
                    .await?;
                Cast::Recorded
            } else if changeable && may_replace {
                sqlx::query(
                    "UPDATE budget_ballots SET choices = $3
                     WHERE budget_id = $1 AND token = (SELECT ballot_token FROM budget_voters
                                                        WHERE budget_id = $1 AND voter_key = $2)",
                )
                .bind(budget)
                .bind(voter_key)
                .bind(choices)
                .execute(&mut *tx)
                .await?;
                Cast::Replaced
            } else {
                Cast::AlreadyVoted
            }
        }))
    }

    /// The choices of a voter's ballot while voting is open (afterwards nobody can know).
    pub async fn ballot_of(&self, budget: i64, voter_key: &str) -> Result<Option<String>> {
        read!(self, |conn| {
            optional(
                sqlx::query_scalar(
                    "SELECT b.choices FROM budget_voters v
                     JOIN budget_ballots b ON b.budget_id = v.budget_id AND b.token = v.ballot_token
                     WHERE v.budget_id = $1 AND v.voter_key = $2",
                )
                .bind(budget)
                .bind(voter_key)
                .fetch_one(conn)
                .await,
            )
        })
    }

    /// Whether this voter is in the register.
    pub async fn has_voted(&self, budget: i64, voter_key: &str) -> Result<bool> {
        let count: i64 = read!(self, |conn| {
            sqlx::query_scalar("SELECT COUNT(*) FROM budget_voters WHERE budget_id = $1 AND voter_key = $2")
                .bind(budget)
                .bind(voter_key)
                .fetch_one(conn)
                .await?
        });
        Ok(count > 0)
    }

    /// Closes voting: no ballot is accepted afterwards, and the register forgets which ballot
    /// was whose. Answers false when voting had already closed.
    pub async fn close_budget(&self, budget: i64) -> Result<bool> {
        Ok(transaction!(self, |tx| {
            let closed = sqlx::query("UPDATE budgets SET status = 'closed' WHERE id = $1 AND status = 'open'")
                .bind(budget)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            sqlx::query("UPDATE budget_voters SET ballot_token = NULL WHERE budget_id = $1")
                .bind(budget)
                .execute(&mut *tx)
                .await?;
            closed == 1
        }))
    }

    /// The ballot box, in token order: (token, choices, channel).
    pub async fn ballots_in(&self, budget: i64) -> Result<Vec<(String, String, String)>> {
        Ok(read!(self, |conn| {
            sqlx::query_as("SELECT token, choices, channel FROM budget_ballots WHERE budget_id = $1 ORDER BY token")
                .bind(budget)
                .fetch_all(conn)
                .await?
        }))
    }

    /// Counts per channel in the register (`online`, `code`, `paper`).
    pub async fn voters_by_channel(&self, budget: i64) -> Result<Vec<(String, i64)>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT channel, COUNT(*) FROM budget_voters WHERE budget_id = $1 GROUP BY channel ORDER BY channel",
            )
            .bind(budget)
            .fetch_all(conn)
            .await?
        }))
    }

    /// Stores a count: each project's result, the money spent and the published file.
    pub async fn record_budget_count(
        &self,
        budget: i64,
        results: &[ProjectResult<'_>],
        spent: i64,
        file: &str,
        sha256: &str,
    ) -> Result<()> {
        transaction!(self, |tx| {
            for result in results {
                sqlx::query(
                    "UPDATE budget_projects SET votes = $2, won = $3, fate = $4 WHERE id = $1 AND budget_id = $5",
                )
                .bind(result.project)
                .bind(result.votes)
                .bind(result.won)
                .bind(result.fate)
                .bind(budget)
                .execute(&mut *tx)
                .await?;
            }
            sqlx::query(
                "UPDATE budgets SET status = 'counted', spent = $2, published_file = $3, published_sha256 = $4,
                        counted_at = $5
                 WHERE id = $1",
            )
            .bind(budget)
            .bind(spent)
            .bind(file)
            .bind(sha256)
            .bind(piazza_domain::now())
            .execute(&mut *tx)
            .await?;
        });
        Ok(())
    }

    /// Stores a past election read from a Pabulib file, in one transaction so that a failure
    /// leaves nothing behind: the budget, its projects (feasible, in file order) and its
    /// ballots, each given as (a new token, the (project index, points) chosen) and registered
    /// under `import:` and its number in the file, with the channel `imported`.
    pub async fn import_election(
        &self,
        budget: &NewBudget<'_>,
        projects: &[NewProject<'_>],
        ballots: &[(String, Vec<(usize, u64)>)],
    ) -> Result<i64> {
        Ok(transaction!(self, |tx| {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO budgets (process_id, title, description, total, currency, style, min_choices,
                                      max_choices, min_share, points, rule, changeable, status, ballot_count,
                                      created_by, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'open', $13, $14, $15) RETURNING id",
            )
            .bind(budget.process.0)
            .bind(budget.title)
            .bind(budget.description)
            .bind(budget.total)
            .bind(budget.currency)
            .bind(budget.style)
            .bind(budget.min_choices)
            .bind(budget.max_choices)
            .bind(budget.min_share)
            .bind(budget.points)
            .bind(budget.rule)
            .bind(budget.changeable)
            .bind(ballots.len() as i64)
            .bind(budget.created_by.0)
            .bind(piazza_domain::now())
            .fetch_one(&mut *tx)
            .await?;
            let mut project_ids = Vec::with_capacity(projects.len());
            for project in projects {
                let project_id: i64 = sqlx::query_scalar(
                    "INSERT INTO budget_projects (budget_id, title, description, cost, category, feasibility,
                                                  created_by, created_at)
                     VALUES ($1, $2, $3, $4, $5, 'feasible', $6, $7) RETURNING id",
                )
                .bind(id)
                .bind(project.title)
                .bind(project.description)
                .bind(project.cost)
                .bind(project.category)
                .bind(project.created_by.0)
                .bind(piazza_domain::now())
                .fetch_one(&mut *tx)
                .await?;
                project_ids.push(project_id);
            }
            for (number, (token, choices)) in ballots.iter().enumerate() {
                let choices = choices
                    .iter()
                    .filter_map(|(index, points)| Some(format!("{}:{points}", project_ids.get(*index)?)))
                    .collect::<Vec<_>>()
                    .join(",");
                sqlx::query(
                    "INSERT INTO budget_voters (budget_id, voter_key, channel, ballot_token) VALUES ($1, $2, 'imported', $3)",
                )
                .bind(id)
                .bind(format!("import:{}", number + 1))
                .bind(token)
                .execute(&mut *tx)
                .await?;
                sqlx::query(
                    "INSERT INTO budget_ballots (budget_id, token, choices, channel) VALUES ($1, $2, $3, 'imported')",
                )
                .bind(id)
                .bind(token)
                .bind(&choices)
                .execute(&mut *tx)
                .await?;
            }
            id
        }))
    }

    /// Stores the hashes of newly printed voting codes.
    pub async fn add_budget_codes(&self, budget: i64, hashes: &[String], created_by: AccountId) -> Result<()> {
        let now = piazza_domain::now();
        transaction!(self, |tx| {
            for hash in hashes {
                sqlx::query(
                    "INSERT INTO budget_codes (budget_id, code_hash, created_by, created_at) VALUES ($1, $2, $3, $4)",
                )
                .bind(budget)
                .bind(hash)
                .bind(created_by.0)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
        });
        Ok(())
    }

    /// Whether a voting code (by its hash) was printed for this budget.
    pub async fn budget_code_exists(&self, budget: i64, hash: &str) -> Result<bool> {
        let count: i64 = read!(self, |conn| {
            sqlx::query_scalar("SELECT COUNT(*) FROM budget_codes WHERE budget_id = $1 AND code_hash = $2")
                .bind(budget)
                .bind(hash)
                .fetch_one(conn)
                .await?
        });
        Ok(count > 0)
    }

    /// How many codes were printed for a budget, and how many have voted.
    pub async fn budget_code_counts(&self, budget: i64) -> Result<(i64, i64)> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT COUNT(*),
                        (SELECT COUNT(*) FROM budget_voters v WHERE v.budget_id = $1 AND v.channel = 'code')
                 FROM budget_codes WHERE budget_id = $1",
            )
            .bind(budget)
            .fetch_one(conn)
            .await?
        }))
    }
}

//! Cases: practices a community ran, described so that other communities can find, compare and
//! replicate them, with their partners, measured outcomes and replication steps.

use piazza_domain::{AccountId, CommunityId};
use sqlx::types::time::OffsetDateTime;

use crate::{Db, Result, optional};

/// A case with where it happened: its community's name, kind of settlement, population and region.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Case {
    pub id: i64,
    pub community_id: i64,
    pub community_slug: String,
    pub community_name: String,
    pub settlement_type: String,
    pub population: Option<i64>,
    /// The region the community belongs to, if any.
    pub region_name: Option<String>,
    pub source_process_id: Option<i64>,
    pub title: String,
    pub summary: String,
    pub problem: String,
    pub policy_area: String,
    /// Target group keys separated by commas.
    pub target_groups: String,
    pub inclusion_measures: String,
    pub participants: Option<i64>,
    pub method: String,
    pub technology: String,
    pub setup_cost: Option<i64>,
    pub running_cost: Option<i64>,
    pub currency: String,
    pub staff: Option<i64>,
    pub volunteers: Option<i64>,
    pub funding_sources: String,
    pub conditions: String,
    pub legal_requirements: String,
    pub risks: String,
    pub lessons: String,
    pub contact_role: String,
    pub licence: String,
    pub locale: String,
    pub lead_organisation_id: Option<i64>,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
}

impl Case {
    pub fn target_group_keys(&self) -> impl Iterator<Item = &str> {
        self.target_groups.split(',').filter(|key| !key.is_empty())
    }

    /// Set-up and running cost together, when either is known.
    pub fn total_cost(&self) -> Option<i64> {
        match (self.setup_cost, self.running_cost) {
            (None, None) => None,
            (setup, running) => Some(setup.unwrap_or(0) + running.unwrap_or(0)),
        }
    }
}

/// A partner organisation and its role in the case.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CasePartner {
    pub organisation_id: i64,
    pub name: String,
    pub helix_role: String,
    pub role: String,
}

/// An outcome the case measured.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct CaseOutcome {
    pub name: String,
    pub unit: String,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    pub achieved: Option<f64>,
    pub period: String,
    pub measured_how: String,
}

/// A case's words in another language.
#[derive(Debug, Clone, Default, PartialEq, sqlx::FromRow)]
pub struct CaseText {
    pub case_id: i64,
    pub locale: String,
    pub title: String,
    pub summary: String,
    pub problem: String,
    pub inclusion_measures: String,
    pub method: String,
    pub technology: String,
    pub funding_sources: String,
    pub conditions: String,
    pub legal_requirements: String,
    pub risks: String,
    pub lessons: String,
    pub contact_role: String,
    /// The replication steps, one per line.
    pub steps: String,
    /// Who last wrote this translation, and when; none for the case's own words.
    pub translated_by: Option<i64>,
    pub translated_at: Option<OffsetDateTime>,
}

impl CaseText {
    /// The case as read in this translation: the words it translates replaced, its figures and
    /// the words it leaves empty the case's own.
    pub fn applied_to(&self, case: &Case) -> Case {
        let pick = |translated: &str, original: &str| {
            if translated.trim().is_empty() { original.to_owned() } else { translated.to_owned() }
        };
        Case {
            title: pick(&self.title, &case.title),
            summary: pick(&self.summary, &case.summary),
            problem: pick(&self.problem, &case.problem),
            inclusion_measures: pick(&self.inclusion_measures, &case.inclusion_measures),
            method: pick(&self.method, &case.method),
            technology: pick(&self.technology, &case.technology),
            funding_sources: pick(&self.funding_sources, &case.funding_sources),
            conditions: pick(&self.conditions, &case.conditions),
            legal_requirements: pick(&self.legal_requirements, &case.legal_requirements),
            risks: pick(&self.risks, &case.risks),
            lessons: pick(&self.lessons, &case.lessons),
            contact_role: pick(&self.contact_role, &case.contact_role),
            locale: self.locale.clone(),
            ..case.clone()
        }
    }

    /// The names of the texts this translation gives, as [`CaseText::words`] names them.
    pub fn translated(&self) -> Vec<&'static str> {
        self.words().into_iter().filter(|(_, text)| !text.trim().is_empty()).map(|(name, _)| name).collect()
    }

    /// A case's own words, as a translation would hold them.
    pub fn original(case: &Case, steps: &[String]) -> CaseText {
        CaseText {
            case_id: case.id,
            locale: case.locale.clone(),
            title: case.title.clone(),
            summary: case.summary.clone(),
            problem: case.problem.clone(),
            inclusion_measures: case.inclusion_measures.clone(),
            method: case.method.clone(),
            technology: case.technology.clone(),
            funding_sources: case.funding_sources.clone(),
            conditions: case.conditions.clone(),
            legal_requirements: case.legal_requirements.clone(),
            risks: case.risks.clone(),
            lessons: case.lessons.clone(),
            contact_role: case.contact_role.clone(),
            steps: steps.join("\n"),
            translated_by: None,
            translated_at: None,
        }
    }

    /// Each translatable text by the name its form field and column share, in the form's order.
    pub fn words(&self) -> [(&'static str, &str); 13] {
        [
            ("title", &self.title),
            ("summary", &self.summary),
            ("problem", &self.problem),
            ("inclusion_measures", &self.inclusion_measures),
            ("method", &self.method),
            ("technology", &self.technology),
            ("funding_sources", &self.funding_sources),
            ("conditions", &self.conditions),
            ("legal_requirements", &self.legal_requirements),
            ("risks", &self.risks),
            ("lessons", &self.lessons),
            ("contact_role", &self.contact_role),
            ("steps", &self.steps),
        ]
    }

    pub fn step_lines(&self) -> Vec<String> {
        self.steps.lines().map(str::trim).filter(|line| !line.is_empty()).map(str::to_owned).collect()
    }
}

const CASE_TEXT_COLUMNS: &str = "case_id, locale, title, summary, problem, inclusion_measures, method, technology,
        funding_sources, conditions, legal_requirements, risks, lessons, contact_role, steps, translated_by,
        translated_at";

/// Everything a new case holds, written as the form gave it.
pub struct NewCase<'a> {
    pub community: CommunityId,
    pub source_process: Option<i64>,
    pub title: &'a str,
    pub summary: &'a str,
    pub problem: &'a str,
    pub policy_area: &'a str,
    pub target_groups: &'a str,
    pub inclusion_measures: &'a str,
    pub participants: Option<i64>,
    pub method: &'a str,
    pub technology: &'a str,
    pub setup_cost: Option<i64>,
    pub running_cost: Option<i64>,
    pub currency: &'a str,
    pub staff: Option<i64>,
    pub volunteers: Option<i64>,
    pub funding_sources: &'a str,
    pub conditions: &'a str,
    pub legal_requirements: &'a str,
    pub risks: &'a str,
    pub lessons: &'a str,
    pub contact_role: &'a str,
    pub licence: &'a str,
    pub locale: &'a str,
    pub lead_organisation: Option<i64>,
    /// (organisation id, role)
    pub partners: &'a [(i64, String)],
    pub outcomes: &'a [CaseOutcome],
    pub steps: &'a [String],
    pub created_by: AccountId,
}

/// Which cases to list: matching words in the title, summary or problem, and the filters set.
/// Ranges are `[low, high)`.
#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    pub words: Option<String>,
    pub policy_area: Option<String>,
    pub settlement_type: Option<String>,
    pub population: Option<(i64, i64)>,
    /// A region's community id: cases of the region itself and of the communities in it.
    pub region: Option<i64>,
    /// Only the cases one community wrote.
    pub community: Option<i64>,
    pub target_group: Option<String>,
    pub cost: Option<(i64, i64)>,
    /// Only cases that measured at least one outcome achieved.
    pub with_evidence: bool,
}

const CASE_SELECT: &str = "SELECT k.id, k.community_id, c.slug AS community_slug, c.name AS community_name,
        c.settlement_type, c.population, r.name AS region_name, k.source_process_id, k.title, k.summary,
        k.problem, k.policy_area, k.target_groups, k.inclusion_measures, k.participants, k.method, k.technology,
        k.setup_cost, k.running_cost, k.currency, k.staff, k.volunteers, k.funding_sources, k.conditions,
        k.legal_requirements, k.risks, k.lessons, k.contact_role, k.licence, k.locale, k.lead_organisation_id,
        k.created_at, k.updated_at
     FROM cases k JOIN communities c ON c.id = k.community_id
     LEFT JOIN communities r ON r.id = c.parent_id";

/// A process started from a case, with where it runs and the case its community wrote about it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Replica {
    pub process_id: i64,
    pub process_title: String,
    pub community_slug: String,
    pub community_name: String,
    /// The case written from the replica, once its community described it.
    pub case_id: Option<i64>,
}

enum Param {
    Text(String),
    Integer(i64),
}

/// Writes a case's partners, outcomes and steps, in order, inside the transaction `$tx`.
macro_rules! insert_case_parts {
    ($tx:ident, $id:expr, $new:expr) => {{
        let id: i64 = $id;
        let new: &NewCase<'_> = $new;
        for (organisation, role) in new.partners {
            sqlx::query("INSERT INTO case_partners (case_id, organisation_id, role) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(*organisation)
                .bind(role)
                .execute(&mut *$tx)
                .await?;
        }
        for (index, outcome) in new.outcomes.iter().enumerate() {
            sqlx::query(
                "INSERT INTO case_outcomes (case_id, position, name, unit, baseline, target, achieved, period,
                        measured_how)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(id)
            .bind(index as i64 + 1)
            .bind(&outcome.name)
            .bind(&outcome.unit)
            .bind(outcome.baseline)
            .bind(outcome.target)
            .bind(outcome.achieved)
            .bind(&outcome.period)
            .bind(&outcome.measured_how)
            .execute(&mut *$tx)
            .await?;
        }
        for (index, step) in new.steps.iter().enumerate() {
            sqlx::query("INSERT INTO case_steps (case_id, position, body) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(index as i64 + 1)
                .bind(step)
                .execute(&mut *$tx)
                .await?;
        }
    }};
}

impl Db {
    /// Records a case with its partners, outcomes and steps, in one transaction.
    pub async fn create_case(&self, new: &NewCase<'_>) -> Result<i64> {
        let now = piazza_domain::now();
        Ok(transaction!(self, |tx| {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO cases (community_id, source_process_id, title, summary, problem, policy_area,
                        target_groups, inclusion_measures, participants, method, technology, setup_cost,
                        running_cost, currency, staff, volunteers, funding_sources, conditions,
                        legal_requirements, risks, lessons, contact_role, licence, locale, lead_organisation_id,
                        created_by, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
                         $21, $22, $23, $24, $25, $26, $27, $27)
                 RETURNING id",
            )
            .bind(new.community.0)
            .bind(new.source_process)
            .bind(new.title)
            .bind(new.summary)
            .bind(new.problem)
            .bind(new.policy_area)
            .bind(new.target_groups)
            .bind(new.inclusion_measures)
            .bind(new.participants)
            .bind(new.method)
            .bind(new.technology)
            .bind(new.setup_cost)
            .bind(new.running_cost)
            .bind(new.currency)
            .bind(new.staff)
            .bind(new.volunteers)
            .bind(new.funding_sources)
            .bind(new.conditions)
            .bind(new.legal_requirements)
            .bind(new.risks)
            .bind(new.lessons)
            .bind(new.contact_role)
            .bind(new.licence)
            .bind(new.locale)
            .bind(new.lead_organisation)
            .bind(new.created_by.0)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            insert_case_parts!(tx, id, new);
            id
        }))
    }

    /// Replaces a case's description, partners, outcomes and steps, in one transaction. Its
    /// community, writer and first date stay.
    pub async fn update_case(&self, id: i64, new: &NewCase<'_>) -> Result<()> {
        let now = piazza_domain::now();
        transaction!(self, |tx| {
            sqlx::query(
                "UPDATE cases SET source_process_id = $2, title = $3, summary = $4, problem = $5, policy_area = $6,
                        target_groups = $7, inclusion_measures = $8, participants = $9, method = $10,
                        technology = $11, setup_cost = $12, running_cost = $13, currency = $14, staff = $15,
                        volunteers = $16, funding_sources = $17, conditions = $18, legal_requirements = $19,
                        risks = $20, lessons = $21, contact_role = $22, licence = $23, locale = $24,
                        lead_organisation_id = $25, updated_at = $26
                 WHERE id = $1",
            )
            .bind(id)
            .bind(new.source_process)
            .bind(new.title)
            .bind(new.summary)
            .bind(new.problem)
            .bind(new.policy_area)
            .bind(new.target_groups)
            .bind(new.inclusion_measures)
            .bind(new.participants)
            .bind(new.method)
            .bind(new.technology)
            .bind(new.setup_cost)
            .bind(new.running_cost)
            .bind(new.currency)
            .bind(new.staff)
            .bind(new.volunteers)
            .bind(new.funding_sources)
            .bind(new.conditions)
            .bind(new.legal_requirements)
            .bind(new.risks)
            .bind(new.lessons)
            .bind(new.contact_role)
            .bind(new.licence)
            .bind(new.locale)
            .bind(new.lead_organisation)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            for table in ["case_partners", "case_outcomes", "case_steps"] {
                let sql = sqlx::AssertSqlSafe(format!("DELETE FROM {table} WHERE case_id = $1"));
                sqlx::query(sql).bind(id).execute(&mut *tx).await?;
            }
            insert_case_parts!(tx, id, new);
        });
        Ok(())
    }

    pub async fn case(&self, id: i64) -> Result<Option<Case>> {
        let sql = sqlx::AssertSqlSafe(format!("{CASE_SELECT} WHERE k.id = $1"));
        Ok(read!(self, |conn| optional(sqlx::query_as(sql).bind(id).fetch_one(conn).await)?))
    }

    /// Cases matching a filter, newest first.
    pub async fn cases(&self, filter: &CaseFilter) -> Result<Vec<Case>> {
        let mut conditions = vec!["TRUE".to_owned()];
        let mut params = Vec::new();
        let mut add = |condition: &str, values: Vec<Param>| {
            let mut condition = condition.to_owned();
            for value in values {
                params.push(value);
                condition = condition.replacen('?', &format!("${}", params.len()), 1);
            }
            conditions.push(condition);
        };
        if let Some(words) = filter.words.as_deref().map(str::trim).filter(|w| !w.is_empty()) {
            // Each word must appear somewhere in the title, the summary or the problem.
            for word in words.split_whitespace().take(8) {
                let pattern = format!("%{}%", word.to_lowercase().replace(['%', '_'], ""));
                // A case is found in any language it was translated into, too.
                add(
                    "(LOWER(k.title) LIKE ? OR LOWER(k.summary) LIKE ? OR LOWER(k.problem) LIKE ?
                      OR EXISTS (SELECT 1 FROM case_texts t WHERE t.case_id = k.id
                                 AND (LOWER(t.title) LIKE ? OR LOWER(t.summary) LIKE ? OR LOWER(t.problem) LIKE ?)))",
                    (0..6).map(|_| Param::Text(pattern.clone())).collect(),
                );
            }
        }
        if let Some(area) = &filter.policy_area {
            add("k.policy_area = ?", vec![Param::Text(area.clone())]);
        }
        if let Some(settlement) = &filter.settlement_type {
            add("c.settlement_type = ?", vec![Param::Text(settlement.clone())]);
        }
        if let Some((low, high)) = filter.population {
            add("c.population >= ? AND c.population < ?", vec![Param::Integer(low), Param::Integer(high)]);
        }
        if let Some(region) = filter.region {
            add("(c.id = ? OR c.parent_id = ?)", vec![Param::Integer(region), Param::Integer(region)]);
        }
        if let Some(community) = filter.community {
            add("k.community_id = ?", vec![Param::Integer(community)]);
        }
        if let Some(group) = &filter.target_group {
            add("(',' || k.target_groups || ',') LIKE ?", vec![Param::Text(format!("%,{group},%"))]);
        }
        if let Some((low, high)) = filter.cost {
            add(
                "(k.setup_cost IS NOT NULL OR k.running_cost IS NOT NULL)
                 AND COALESCE(k.setup_cost, 0) + COALESCE(k.running_cost, 0) >= ?
                 AND COALESCE(k.setup_cost, 0) + COALESCE(k.running_cost, 0) < ?",
                vec![Param::Integer(low), Param::Integer(high)],
            );
        }
        if filter.with_evidence {
            conditions.push(
                "EXISTS (SELECT 1 FROM case_outcomes o WHERE o.case_id = k.id AND o.achieved IS NOT NULL)".to_owned(),
            );
        }
        let sql = sqlx::AssertSqlSafe(format!(
            "{CASE_SELECT} WHERE {} ORDER BY k.created_at DESC, k.id DESC LIMIT 500",
            conditions.join(" AND ")
        ));
        Ok(read!(self, |conn| {
            let mut query = sqlx::query_as(sql);
            for param in &params {
                query = match param {
                    Param::Text(value) => query.bind(value.clone()),
                    Param::Integer(value) => query.bind(*value),
                };
            }
            query.fetch_all(conn).await?
        }))
    }

    pub async fn case_partners(&self, case: i64) -> Result<Vec<CasePartner>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT p.organisation_id, o.name, o.helix_role, p.role FROM case_partners p
                 JOIN organisations o ON o.id = p.organisation_id WHERE p.case_id = $1 ORDER BY o.name",
            )
            .bind(case)
            .fetch_all(conn)
            .await?
        }))
    }

    pub async fn case_outcomes(&self, case: i64) -> Result<Vec<CaseOutcome>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT name, unit, baseline, target, achieved, period, measured_how FROM case_outcomes
                 WHERE case_id = $1 ORDER BY position",
            )
            .bind(case)
            .fetch_all(conn)
            .await?
        }))
    }

    pub async fn case_steps(&self, case: i64) -> Result<Vec<String>> {
        Ok(read!(self, |conn| {
            sqlx::query_scalar("SELECT body FROM case_steps WHERE case_id = $1 ORDER BY position")
                .bind(case)
                .fetch_all(conn)
                .await?
        }))
    }

    /// Writes or replaces a case's translation into one language, in one statement, so that two
    /// people saving the same translation at once cannot collide.
    pub async fn save_case_text(&self, text: &CaseText, by: AccountId) -> Result<()> {
        let now = piazza_domain::now();
        write!(self, |conn| {
            sqlx::query(
                "INSERT INTO case_texts (case_id, locale, title, summary, problem, inclusion_measures, method,
                        technology, funding_sources, conditions, legal_requirements, risks, lessons, contact_role,
                        steps, translated_by, translated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
                 ON CONFLICT (case_id, locale) DO UPDATE SET title = excluded.title, summary = excluded.summary,
                        problem = excluded.problem, inclusion_measures = excluded.inclusion_measures,
                        method = excluded.method, technology = excluded.technology,
                        funding_sources = excluded.funding_sources, conditions = excluded.conditions,
                        legal_requirements = excluded.legal_requirements, risks = excluded.risks,
                        lessons = excluded.lessons, contact_role = excluded.contact_role, steps = excluded.steps,
                        translated_by = excluded.translated_by, translated_at = excluded.translated_at",
            )
            .bind(text.case_id)
            .bind(&text.locale)
            .bind(&text.title)
            .bind(&text.summary)
            .bind(&text.problem)
            .bind(&text.inclusion_measures)
            .bind(&text.method)
            .bind(&text.technology)
            .bind(&text.funding_sources)
            .bind(&text.conditions)
            .bind(&text.legal_requirements)
            .bind(&text.risks)
            .bind(&text.lessons)
            .bind(&text.contact_role)
            .bind(&text.steps)
            .bind(by.0)
            .bind(now)
            .execute(conn)
            .await?;
        });
        Ok(())
    }

    /// A case's translations, by language code.
    pub async fn case_texts(&self, case: i64) -> Result<Vec<CaseText>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {CASE_TEXT_COLUMNS} FROM case_texts WHERE case_id = $1 ORDER BY locale"
        ));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(case).fetch_all(conn).await?))
    }

    /// Every case's translation into one language.
    pub async fn case_texts_in(&self, locale: &str) -> Result<Vec<CaseText>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {CASE_TEXT_COLUMNS} FROM case_texts WHERE locale = $1 ORDER BY case_id"
        ));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(locale).fetch_all(conn).await?))
    }

    /// Marks a process as started from a case.
    pub async fn set_replicates(&self, process: piazza_domain::ProcessId, case: i64) -> Result<()> {
        write!(self, |conn| {
            sqlx::query("INSERT INTO case_replicas (process_id, case_id) VALUES ($1, $2)")
                .bind(process.0)
                .bind(case)
                .execute(conn)
                .await?;
        });
        Ok(())
    }

    /// The processes started from a case, oldest first.
    pub async fn replicas_of(&self, case: i64) -> Result<Vec<Replica>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT p.id AS process_id, p.title AS process_title, c.slug AS community_slug,
                        c.name AS community_name,
                        (SELECT MIN(k.id) FROM cases k WHERE k.source_process_id = p.id) AS case_id
                 FROM case_replicas r JOIN processes p ON p.id = r.process_id
                 JOIN communities c ON c.id = p.community_id
                 WHERE r.case_id = $1 ORDER BY p.id",
            )
            .bind(case)
            .fetch_all(conn)
            .await?
        }))
    }

    /// The case a case's process was replicated from, if it was.
    pub async fn original_of(&self, case: i64) -> Result<Option<i64>> {
        Ok(read!(self, |conn| {
            sqlx::query_scalar::<_, Option<i64>>(
                "SELECT r.case_id FROM cases k JOIN case_replicas r ON r.process_id = k.source_process_id
                 WHERE k.id = $1",
            )
            .bind(case)
            .fetch_optional(conn)
            .await?
            .flatten()
        }))
    }

    /// The case a process was started from, if any.
    pub async fn case_replicated_by(&self, process: piazza_domain::ProcessId) -> Result<Option<i64>> {
        Ok(read!(self, |conn| {
            sqlx::query_scalar::<_, Option<i64>>("SELECT case_id FROM case_replicas WHERE process_id = $1")
                .bind(process.0)
                .fetch_optional(conn)
                .await?
                .flatten()
        }))
    }
}

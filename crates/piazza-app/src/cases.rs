//! Cases: a community describes a practice it ran, from scratch or from one of its processes,
//! so that other communities can find it by what matters to them (policy area, kind and size of
//! place, region, people reached, cost, evidence) and learn from it.

use piazza_domain::{Category, CostBand, Locale, PhaseKind, PopulationBand, Role, SettlementType, TargetGroup};
use piazza_store::Db;
use piazza_store::budgets::Budget;
use piazza_store::cases::{Case, CaseFilter, CaseOutcome, CaseText, NewCase};
use piazza_store::communities::Community;
use piazza_store::processes::{Phase, Process};

use crate::accounts::Actor;
use crate::processes::{Activity, PhaseForm, ProcessForm, parse_date, speaks_for};
use crate::{AppError, AppResult, FormErrors};

/// Rows of outcomes and partners the form offers; a page without script cannot add rows.
pub const OUTCOME_ROWS: usize = 4;
pub const PARTNER_ROWS: usize = 4;

/// An outcome row as typed.
#[derive(Debug, Clone, Default)]
pub struct OutcomeForm {
    pub name: String,
    pub unit: String,
    pub baseline: String,
    pub target: String,
    pub achieved: String,
    pub period: String,
    pub measured_how: String,
}

/// A case as typed into the form. Steps are one per line.
#[derive(Debug, Clone, Default)]
pub struct CaseForm {
    pub source_process: String,
    pub title: String,
    pub summary: String,
    pub problem: String,
    pub policy_area: String,
    pub target_groups: Vec<String>,
    pub inclusion_measures: String,
    pub participants: String,
    pub method: String,
    pub technology: String,
    pub setup_cost: String,
    pub running_cost: String,
    pub currency: String,
    pub staff: String,
    pub volunteers: String,
    pub funding_sources: String,
    pub conditions: String,
    pub legal_requirements: String,
    pub risks: String,
    pub lessons: String,
    pub contact_role: String,
    pub licence: String,
    pub lead_organisation: String,
    /// (organisation id, role) per row.
    pub partners: Vec<(String, String)>,
    pub outcomes: Vec<OutcomeForm>,
    pub steps: String,
    /// The language the description is written in; empty means the process's, or the writer's.
    pub locale: String,
}

/// The field name of one part of an outcome row (counting from 1), as the form and its errors
/// use it.
pub fn outcome_field(index: usize, part: &str) -> String {
    format!("outcome{index}_{part}")
}

pub fn partner_field(index: usize, part: &str) -> String {
    format!("partner{index}_{part}")
}

/// Who may describe a community's practices: its officials, administrators and facilitators.
pub fn may_write(actor: &Actor, community: &Community) -> bool {
    speaks_for(actor, community) || actor.has_role(community.id, Role::Facilitator)
}

fn optional_text(raw: &str, max: usize, field: &'static str, errors: &mut FormErrors) -> String {
    match raw.trim() {
        "" => String::new(),
        text => errors
            .check(field, piazza_domain::long_text(text, max, "error-description-required", "error-text-too-long"))
            .unwrap_or_default(),
    }
}

/// Replication steps as typed, one per line: blank lines dropped, each step at most 500
/// characters without control characters.
fn step_lines(raw: &str) -> Vec<String> {
    raw.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| line.chars().filter(|c| !c.is_control()).take(500).collect())
        .collect()
}

fn whole(raw: &str, field: String, errors: &mut FormErrors) -> Option<i64> {
    let cleaned = raw.trim().replace([',', '.', ' ', '\u{a0}', '\u{202f}'], "");
    if cleaned.is_empty() {
        return None;
    }
    match cleaned.parse::<i64>() {
        Ok(value) if value >= 0 => Some(value),
        _ => {
            errors.add(field, "error-case-number");
            None
        }
    }
}

fn decimal(raw: &str, field: String, errors: &mut FormErrors) -> Option<f64> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    match raw.replace(',', ".").parse::<f64>() {
        Ok(value) if value.is_finite() => Some(value),
        _ => {
            errors.add(field, "error-attribute-number");
            None
        }
    }
}

/// A case as checked, ready to store.
struct CheckedCase {
    source_process: Option<i64>,
    title: String,
    summary: String,
    problem: String,
    policy_area: &'static str,
    target_groups: String,
    inclusion_measures: String,
    participants: Option<i64>,
    method: String,
    technology: String,
    setup_cost: Option<i64>,
    running_cost: Option<i64>,
    currency: String,
    staff: Option<i64>,
    volunteers: Option<i64>,
    funding_sources: String,
    conditions: String,
    legal_requirements: String,
    risks: String,
    lessons: String,
    contact_role: String,
    licence: String,
    locale: Locale,
    lead_organisation: Option<i64>,
    partners: Vec<(i64, String)>,
    outcomes: Vec<CaseOutcome>,
    steps: Vec<String>,
}

impl CheckedCase {
    fn as_new(&self, community: piazza_domain::CommunityId, by: piazza_domain::AccountId) -> NewCase<'_> {
        NewCase {
            community,
            source_process: self.source_process,
            title: &self.title,
            summary: &self.summary,
            problem: &self.problem,
            policy_area: self.policy_area,
            target_groups: &self.target_groups,
            inclusion_measures: &self.inclusion_measures,
            participants: self.participants,
            method: &self.method,
            technology: &self.technology,
            setup_cost: self.setup_cost,
            running_cost: self.running_cost,
            currency: &self.currency,
            staff: self.staff,
            volunteers: self.volunteers,
            funding_sources: &self.funding_sources,
            conditions: &self.conditions,
            legal_requirements: &self.legal_requirements,
            risks: &self.risks,
            lessons: &self.lessons,
            contact_role: &self.contact_role,
            licence: &self.licence,
            locale: self.locale.code(),
            lead_organisation: self.lead_organisation,
            partners: &self.partners,
            outcomes: &self.outcomes,
            steps: &self.steps,
            created_by: by,
        }
    }
}

/// Describes a practice of the community. Returns the new case's id.
pub async fn create(db: &Db, actor: &Actor, community: &Community, form: &CaseForm, locale: Locale) -> AppResult<i64> {
    if !may_write(actor, community) {
        return Err(AppError::Forbidden);
    }
    let checked = check(db, community, form, locale).await?;
    Ok(db.create_case(&checked.as_new(community.id, actor.id())).await?)
}

/// Corrects or completes a case; it keeps the process it was written from, its community and
/// its first writer.
pub async fn update(db: &Db, actor: &Actor, case: &Case, form: &CaseForm, locale: Locale) -> AppResult<()> {
    let community = db.community(piazza_domain::CommunityId(case.community_id)).await?.ok_or(AppError::NotFound)?;
    if !may_write(actor, &community) {
        return Err(AppError::Forbidden);
    }
    // An edit keeps the process the case was written from; the form does not offer to change it.
    let form = CaseForm { source_process: String::new(), ..form.clone() };
    let mut checked = check(db, &community, &form, locale).await?;
    checked.source_process = case.source_process_id;
    db.update_case(case.id, &checked.as_new(community.id, actor.id())).await?;
    Ok(())
}

async fn check(db: &Db, community: &Community, form: &CaseForm, locale: Locale) -> AppResult<CheckedCase> {
    let mut errors = FormErrors::default();
    let title = errors.check("title", piazza_domain::title(&form.title, 150));
    let summary = errors.check(
        "summary",
        piazza_domain::long_text(&form.summary, 2000, "error-case-summary-required", "error-text-too-long"),
    );
    let problem = optional_text(&form.problem, 5000, "problem", &mut errors);
    let policy_area = Category::parse(form.policy_area.trim());
    if policy_area.is_none() {
        errors.add("policy_area", "error-choose-one");
    }
    let mut groups: Vec<&str> = Vec::new();
    for key in &form.target_groups {
        match TargetGroup::parse(key.trim()) {
            Some(group) if !groups.contains(&group.key()) => groups.push(group.key()),
            Some(_) => {}
            None => errors.add("target_groups", "error-choose-one"),
        }
    }
    let mut written_in = locale;
    let source_process = match form.source_process.trim() {
        "" => None,
        raw => match raw.parse::<i64>() {
            Ok(id) => match db.process(piazza_domain::ProcessId(id)).await? {
                Some(process) if process.community_id == community.id => {
                    // The form was pre-filled with the process's texts, in its language.
                    written_in = Locale::parse(&process.locale).unwrap_or(locale);
                    Some(id)
                }
                _ => return Err(AppError::NotFound),
            },
            Err(_) => return Err(AppError::NotFound),
        },
    };
    let inclusion_measures = optional_text(&form.inclusion_measures, 5000, "inclusion_measures", &mut errors);
    let participants = whole(&form.participants, "participants".into(), &mut errors);
    let method = optional_text(&form.method, 5000, "method", &mut errors);
    let technology = optional_text(&form.technology, 2000, "technology", &mut errors);
    let setup_cost = whole(&form.setup_cost, "setup_cost".into(), &mut errors);
    let running_cost = whole(&form.running_cost, "running_cost".into(), &mut errors);
    let currency = form.currency.trim().to_uppercase();
    if !(currency.len() == 3 && currency.chars().all(|c| c.is_ascii_uppercase())) {
        errors.add("currency", "error-currency");
    }
    let staff = whole(&form.staff, "staff".into(), &mut errors);
    let volunteers = whole(&form.volunteers, "volunteers".into(), &mut errors);
    let funding_sources = optional_text(&form.funding_sources, 2000, "funding_sources", &mut errors);
    let conditions = optional_text(&form.conditions, 5000, "conditions", &mut errors);
    let legal_requirements = optional_text(&form.legal_requirements, 5000, "legal_requirements", &mut errors);
    let risks = optional_text(&form.risks, 5000, "risks", &mut errors);
    let lessons = optional_text(&form.lessons, 5000, "lessons", &mut errors);
    let contact_role = errors.check("contact_role", piazza_domain::title(&form.contact_role, 150));
    let licence = match form.licence.trim() {
        "" => "CC-BY-4.0".to_owned(),
        raw => match piazza_domain::single_line(raw) {
            Ok(value) if value.len() <= 40 => value.to_owned(),
            _ => {
                let field = "licence";
                errors.add(field, "error-text-too-long");
                String::new()
            }
        },
    };
    let organisations = db.organisations().await?;
    let known = |raw: &str| raw.trim().parse::<i64>().ok().filter(|id| organisations.iter().any(|o| o.id.0 == *id));
    let lead_organisation = match form.lead_organisation.trim() {
        "" => None,
        raw => {
            let found = known(raw);
            if found.is_none() {
                errors.add("lead_organisation", "error-choose-one");
            }
            found
        }
    };
    let mut partners: Vec<(i64, String)> = Vec::new();
    for (index, (organisation, role)) in form.partners.iter().enumerate() {
        if organisation.trim().is_empty() {
            continue;
        }
        match known(organisation) {
            Some(id) if !partners.iter().any(|(p, _)| *p == id) => {
                let role = piazza_domain::single_line(role).unwrap_or_default().chars().take(150).collect();
                partners.push((id, role));
            }
            Some(_) => {}
            None => errors.add(partner_field(index + 1, "organisation"), "error-choose-one"),
        }
    }
    let mut outcomes = Vec::new();
    for (index, row) in form.outcomes.iter().enumerate() {
        let number = index + 1;
        let name = row.name.trim();
        if name.is_empty() {
            continue;
        }
        let field = |part: &str| outcome_field(number, part);
        let line =
            |raw: &str, max: usize| piazza_domain::single_line(raw).unwrap_or_default().chars().take(max).collect();
        if piazza_domain::single_line(name).is_err() {
            errors.add(field("name"), "error-control-characters");
        }
        outcomes.push(CaseOutcome {
            name: line(name, 150),
            unit: line(&row.unit, 40),
            baseline: decimal(&row.baseline, field("baseline"), &mut errors),
            target: decimal(&row.target, field("target"), &mut errors),
            achieved: decimal(&row.achieved, field("achieved"), &mut errors),
            period: line(&row.period, 80),
            measured_how: line(&row.measured_how, 300),
        });
    }
    let steps = step_lines(&form.steps);
    if let Some(chosen) = Locale::parse(form.locale.trim()).filter(|_| !form.locale.trim().is_empty()) {
        written_in = chosen;
    }
    let (Some(title), Some(summary), Some(policy_area), Some(contact_role), true) =
        (title, summary, policy_area, contact_role, errors.is_empty())
    else {
        return Err(errors.into());
    };
    Ok(CheckedCase {
        source_process,
        title,
        summary,
        problem,
        policy_area: policy_area.key(),
        target_groups: groups.join(","),
        inclusion_measures,
        participants,
        method,
        technology,
        setup_cost,
        running_cost,
        currency,
        staff,
        volunteers,
        funding_sources,
        conditions,
        legal_requirements,
        risks,
        lessons,
        contact_role,
        licence,
        locale: written_in,
        lead_organisation,
        partners,
        outcomes,
        steps,
    })
}

/// What a finished process says about itself, for pre-filling a case: its phases, who took part
/// and how (suppressed as the representation dashboard suppresses), its budgets and its results.
pub struct ProcessFacts {
    pub phases: Vec<Phase>,
    pub dashboard: crate::representation::Dashboard,
    pub budgets: Vec<Budget>,
    /// Each result's title and progress.
    pub results: Vec<(String, i64)>,
}

pub async fn process_facts(db: &Db, community: &Community, process: &Process) -> AppResult<ProcessFacts> {
    let phases = db.phases(process.id).await?;
    let dashboard = crate::representation::dashboard(db, community, Some(process)).await?;
    let budgets = db.budgets_of(process.id).await?;
    let results = crate::accountability::tree(db, process.id)
        .await?
        .into_iter()
        .map(|tracked| (tracked.result.title.clone(), tracked.progress))
        .collect();
    Ok(ProcessFacts { phases, dashboard, budgets, results })
}

/// The filters a search for cases may set, as typed into the page's form.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct CaseQuery {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub area: String,
    #[serde(default)]
    pub settlement: String,
    #[serde(default)]
    pub population: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub group: String,
    #[serde(default)]
    pub cost: String,
    #[serde(default)]
    pub evidence: String,
}

impl CaseQuery {
    /// The store's filter; a value that names nothing known is left out rather than matching
    /// nothing.
    pub fn filter(&self, regions: &[Community]) -> CaseFilter {
        CaseFilter {
            // Control characters can be in no text worth finding, and PostgreSQL refuses a NUL.
            words: Some(self.q.chars().filter(|c| !c.is_control()).collect::<String>())
                .filter(|q| !q.trim().is_empty()),
            policy_area: Category::parse(self.area.trim()).map(|c| c.key().to_owned()),
            settlement_type: SettlementType::parse(self.settlement.trim()).map(|s| s.key().to_owned()),
            population: PopulationBand::parse(self.population.trim()).map(PopulationBand::range),
            region: regions.iter().find(|r| r.slug == self.region.trim()).map(|r| r.id.0),
            community: None,
            target_group: TargetGroup::parse(self.group.trim()).map(|g| g.key().to_owned()),
            cost: CostBand::parse(self.cost.trim()).map(CostBand::range),
            with_evidence: self.evidence == "yes",
        }
    }
}

/// "Replicate in my community", as typed: where, under which title, from which day.
#[derive(Debug, Clone, Default)]
pub struct ReplicateForm {
    pub community: String,
    pub title: String,
    pub starts_on: String,
}

/// The phases a replica runs when the case came from no process on Piazza: inform, ideas,
/// priorities, then delivery, as (kind, days, activities).
const DEFAULT_PHASES: &[(PhaseKind, i64, &[Activity])] = &[
    (PhaseKind::Inform, 14, &[Activity::AttendMeetings]),
    (
        PhaseKind::Ideate,
        30,
        &[Activity::Propose, Activity::Support, Activity::Comment, Activity::Amend, Activity::AttendMeetings],
    ),
    (PhaseKind::Prioritise, 21, &[Activity::Support]),
    (PhaseKind::Implement, 180, &[]),
];

fn truncated(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

/// An official of another community starts a process from a case: the structure is copied (the
/// phases with their lengths and what each allows, the threshold, the budgets' rules), never
/// the contributions, and the new process links back to the case. It opens on the chosen day.
pub async fn replicate(
    db: &Db,
    actor: &Actor,
    case: &piazza_store::cases::Case,
    form: &ReplicateForm,
    locale: Locale,
) -> AppResult<piazza_domain::ProcessId> {
    let mut errors = FormErrors::default();
    let community = match db.community_by_slug(form.community.trim()).await? {
        Some(community) if speaks_for(actor, &community) => Some(community),
        Some(_) => return Err(AppError::Forbidden),
        None => {
            errors.add("community", "error-choose-one");
            None
        }
    };
    let today = piazza_domain::now().date();
    let starts = match parse_date(&form.starts_on) {
        Some(day) if day >= today => Some(day),
        Some(_) => {
            errors.add("starts_on", "error-replicate-past");
            None
        }
        None => {
            errors.add("starts_on", "error-date-invalid");
            None
        }
    };
    let (Some(community), Some(starts), true) = (community, starts, errors.is_empty()) else {
        return Err(errors.into());
    };
    let source = match case.source_process_id {
        Some(id) => db.process(piazza_domain::ProcessId(id)).await?,
        None => None,
    };
    // The source's phases, each as long as it was, one after another from the chosen day.
    let mut phases = Vec::new();
    let mut day = starts;
    let source_phases = match &source {
        Some(process) => db.phases(process.id).await?,
        None => Vec::new(),
    };
    let shape: Vec<(String, i64, Vec<String>)> = if source_phases.is_empty() {
        DEFAULT_PHASES
            .iter()
            .map(|(kind, days, allows)| {
                (kind.key().to_owned(), *days, allows.iter().map(|a| a.key().to_owned()).collect())
            })
            .collect()
    } else {
        source_phases
            .iter()
            .map(|phase| {
                let days = ((phase.ends_at - phase.starts_at).whole_days()).max(1);
                let allows = [
                    (phase.allows_proposals, Activity::Propose),
                    (phase.allows_supports, Activity::Support),
                    (phase.allows_comments, Activity::Comment),
                    (phase.allows_amendments, Activity::Amend),
                    (phase.allows_meetings, Activity::AttendMeetings),
                ]
                .into_iter()
                .filter(|(allowed, _)| *allowed)
                .map(|(_, activity)| activity.key().to_owned())
                .collect();
                (phase.kind.clone(), days, allows)
            })
            .collect()
    };
    for (kind, days, allows) in shape {
        let ends = day + time::Duration::days(days - 1);
        phases.push(PhaseForm { kind, starts_on: day.to_string(), ends_on: ends.to_string(), allows });
        day = ends + time::Duration::days(1);
    }
    let steps = db.case_steps(case.id).await?;
    let mut description = vec![case.summary.clone()];
    for part in [&case.problem, &case.method] {
        if !part.trim().is_empty() {
            description.push(part.clone());
        }
    }
    if !steps.is_empty() {
        description.push(
            steps.iter().enumerate().map(|(i, step)| format!("{}. {step}", i + 1)).collect::<Vec<_>>().join("\n"),
        );
    }
    let title = match form.title.trim() {
        "" => case.title.clone(),
        title => title.to_owned(),
    };
    let process_form = ProcessForm {
        title,
        summary: truncated(&case.summary, 600),
        easy_read: String::new(),
        description: truncated(&description.join("\n\n"), 20_000),
        support_threshold: source.as_ref().map_or(10, |p| p.support_threshold).to_string(),
        neighbourhoods: Vec::new(),
        phases,
    };
    // The title and texts are the case's, so the process is written in the case's language.
    let written_in = Locale::parse(&case.locale).unwrap_or(locale);
    // One transaction: the process, its link to the case, the budgets' rules and the questions.
    // The questions the practice's community asks people about themselves, so that the replica
    // can tell who it reached on the same groups: only when the person may set the community's
    // questions (its administrators), and never a question the community already asks.
    let source_community = piazza_domain::CommunityId(case.community_id);
    let mut questions = Vec::new();
    if source_community != community.id && actor.administers(community.id) {
        let asked: Vec<String> =
            db.demographic_questions(community.id).await?.into_iter().map(|q| q.label.to_lowercase()).collect();
        for question in db.demographic_questions(source_community).await? {
            if !asked.contains(&question.label.to_lowercase()) {
                questions.push(question.id);
            }
        }
    }
    let replication = piazza_store::processes::Replication {
        case: case.id,
        source: source.as_ref().map(|process| process.id),
        questions,
    };
    let process =
        crate::processes::store_process(db, actor, &community, &process_form, written_in, Some(&replication)).await?;
    Ok(process)
}

/// Who may translate a case: the officials, administrators and facilitators of any community,
/// since a practice is translated by those who want to bring it to their own.
pub fn may_translate(actor: &Actor) -> bool {
    actor.is_instance_admin()
        || actor.roles.iter().any(|grant| {
            Role::parse(&grant.role)
                .is_some_and(|role| matches!(role, Role::Official | Role::Administrator | Role::Facilitator))
        })
}

/// The words of a case, as typed into the translation form. Steps are one per line.
#[derive(Debug, Clone, Default)]
pub struct TranslationForm {
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
    pub steps: String,
}

/// Writes or replaces the case's translation into the form's language.
pub async fn translate(db: &Db, actor: &Actor, case: &Case, form: &TranslationForm) -> AppResult<Locale> {
    if !may_translate(actor) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FormErrors::default();
    let locale = match Locale::parse(form.locale.trim()) {
        Some(locale) if locale.code() == case.locale => {
            errors.add("locale", "error-case-translation-same");
            None
        }
        Some(locale) => Some(locale),
        None => {
            errors.add("locale", "error-choose-one");
            None
        }
    };
    let title = errors.check("title", piazza_domain::title(&form.title, 150));
    let summary = errors.check(
        "summary",
        piazza_domain::long_text(&form.summary, 2000, "error-case-summary-required", "error-text-too-long"),
    );
    let text =
        |raw: &str, max: usize, field: &'static str, errors: &mut FormErrors| optional_text(raw, max, field, errors);
    let problem = text(&form.problem, 5000, "problem", &mut errors);
    let inclusion_measures = text(&form.inclusion_measures, 5000, "inclusion_measures", &mut errors);
    let method = text(&form.method, 5000, "method", &mut errors);
    let technology = text(&form.technology, 2000, "technology", &mut errors);
    let funding_sources = text(&form.funding_sources, 2000, "funding_sources", &mut errors);
    let conditions = text(&form.conditions, 5000, "conditions", &mut errors);
    let legal_requirements = text(&form.legal_requirements, 5000, "legal_requirements", &mut errors);
    let risks = text(&form.risks, 5000, "risks", &mut errors);
    let lessons = text(&form.lessons, 5000, "lessons", &mut errors);
    let contact_role = match form.contact_role.trim() {
        "" => String::new(),
        raw => errors.check("contact_role", piazza_domain::title(raw, 150)).unwrap_or_default(),
    };
    let steps = step_lines(&form.steps);
    let (Some(locale), Some(title), Some(summary), true) = (locale, title, summary, errors.is_empty()) else {
        return Err(errors.into());
    };
    let text = CaseText {
        case_id: case.id,
        locale: locale.code().to_owned(),
        title,
        summary,
        problem,
        inclusion_measures,
        method,
        technology,
        funding_sources,
        conditions,
        legal_requirements,
        risks,
        lessons,
        contact_role,
        steps: steps.join("\n"),
        translated_by: None,
        translated_at: None,
    };
    // A translation someone else wrote is theirs and the case's community's to correct, so that
    // nobody replaces another's work unseen.
    if let Some(existing) = db.case_texts(case.id).await?.into_iter().find(|t| t.locale == text.locale) {
        let community = db.community(piazza_domain::CommunityId(case.community_id)).await?;
        let own = existing.translated_by == Some(actor.id().0);
        if !own && !actor.is_instance_admin() && !community.as_ref().is_some_and(|c| may_write(actor, c)) {
            let field = "locale";
            return Err(FormErrors::single(field, "error-case-translation-taken").into());
        }
    }
    db.save_case_text(&text, actor.id()).await?;
    Ok(locale)
}

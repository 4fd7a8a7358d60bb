//! Participatory budgets: officials open budgets in a process and list projects; residents
//! vote in the process's prioritise phase with one ballot each; the officials close voting and
//! count, and anyone can recount the published ballots.

use piazza_domain::{BallotStyle, Category, CountingRule, PhaseKind};
use piazza_pb::{Ballot, Election, Fate, Project, Rule, VoteType, pabulib};
use piazza_store::Db;
use piazza_store::budgets::{Budget, BudgetProject, Cast, NewBudget, NewProject, ProjectResult};
use piazza_store::communities::Community;
use piazza_store::processes::{Phase, Process};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::accounts::Actor;
use crate::processes::{Stage, speaks_for, stage};
use crate::proposals::{NotNow, Timely};
use crate::{AppError, AppResult, FormErrors};

/// The most money a budget may hold, in whole units of its currency.
const MOST_MONEY: i64 = 1_000_000_000_000;

#[derive(Debug, Clone, Default)]
pub struct BudgetForm {
    pub title: String,
    pub description: String,
    pub total: String,
    pub currency: String,
    pub style: String,
    pub min_choices: String,
    pub max_choices: String,
    pub min_share: String,
    pub points: String,
    pub rule: String,
    pub changeable: bool,
}

/// A whole number in `range`, or an error on `field`; empty gives `default`.
fn whole_number(
    raw: &str,
    range: std::ops::RangeInclusive<i64>,
    default: Option<i64>,
    field: &'static str,
    errors: &mut FormErrors,
) -> Option<Option<i64>> {
    let raw = raw.trim().replace([' ', '\u{a0}', '\u{202f}'], "");
    if raw.is_empty() {
        return Some(default);
    }
    match raw.parse::<i64>() {
        Ok(value) if range.contains(&value) => Some(Some(value)),
        _ => {
            errors.add_with(field, "error-whole-number-range", vec![("min", *range.start()), ("max", *range.end())]);
            None
        }
    }
}

pub async fn create_budget(
    db: &Db,
    actor: &Actor,
    community: &Community,
    process: &Process,
    form: &BudgetForm,
) -> AppResult<i64> {
    if !speaks_for(actor, community) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FormErrors::default();
    let title = errors.check("title", piazza_domain::title(&form.title, 150));
    let description = errors.check(
        "description",
        piazza_domain::long_text(&form.description, 2000, "error-description-required", "error-description-length"),
    );
    let total = whole_number(&form.total, 1..=MOST_MONEY, None, "total", &mut errors);
    if matches!(total, Some(None)) {
        errors.add("total", "error-budget-total-required");
    }
    let currency = form.currency.trim().to_uppercase();
    if currency.len() != 3 || !currency.chars().all(|c| c.is_ascii_uppercase()) {
        errors.add("currency", "error-currency");
    }
    let style = BallotStyle::parse(form.style.trim());
    if style.is_none() {
        errors.add("style", "error-choose-one");
    }
    let rule = CountingRule::parse(form.rule.trim());
    match (style, rule) {
        (_, None) => errors.add("rule", "error-choose-one"),
        (Some(style), Some(rule)) if style.gives_points() != rule.counts_points() => errors
            .add("rule", if style.gives_points() { "error-rule-needs-approvals" } else { "error-rule-needs-points" }),
        _ => {}
    }
    let min_choices = whole_number(&form.min_choices, 0..=1000, Some(0), "min_choices", &mut errors);
    let max_choices = whole_number(&form.max_choices, 1..=1000, None, "max_choices", &mut errors);
    if let (Some(Some(min)), Some(Some(max))) = (min_choices, max_choices)
        && min > max
    {
        errors.add("max_choices", "error-max-below-min");
    }
    let min_share = whole_number(&form.min_share, 0..=100, Some(0), "min_share", &mut errors);
    let points_default = if style == Some(BallotStyle::Cumulative) { None } else { Some(0) };
    let points = whole_number(&form.points, 1..=1000, points_default, "points", &mut errors);
    if style == Some(BallotStyle::Cumulative) && matches!(points, Some(None)) {
        errors.add("points", "error-points-required");
    }
    if style == Some(BallotStyle::Ranked) && matches!(max_choices, Some(None)) {
        errors.add("max_choices", "error-ranks-required");
    }
    let (
        Some(title),
        Some(description),
        Some(Some(total)),
        Some(style),
        Some(rule),
        Some(Some(min_choices)),
        Some(max_choices),
        Some(Some(min_share)),
        Some(points),
        true,
    ) = (title, description, total, style, rule, min_choices, max_choices, min_share, points, errors.is_empty())
    else {
        return Err(errors.into());
    };
    Ok(db
        .create_budget(&NewBudget {
            process: process.id,
            title: &title,
            description: &description,
            total,
            currency: &currency,
            neighbourhood: None,
            style: style.key(),
            min_choices,
            max_choices,
            min_share,
            points: points.unwrap_or(0),
            rule: rule.key(),
            changeable: form.changeable,
            created_by: actor.id(),
        })
        .await?)
}

#[derive(Debug, Clone, Default)]
pub struct ProjectForm {
    pub title: String,
    pub description: String,
    pub cost: String,
    pub category: String,
    pub proposal: String,
    pub image_url: String,
    pub latitude: String,
    pub longitude: String,
}

/// Officials add a project, from a proposal of the process or of their own, while nobody has
/// voted yet.
pub async fn add_project(
    db: &Db,
    actor: &Actor,
    community: &Community,
    budget: &Budget,
    form: &ProjectForm,
) -> AppResult<i64> {
    if !speaks_for(actor, community) {
        return Err(AppError::Forbidden);
    }
    if budget.is_locked() {
        return Err(FormErrors::single("title", "error-budget-locked").into());
    }
    let mut errors = FormErrors::default();
    let title = errors.check("title", piazza_domain::title(&form.title, 150));
    let description = errors.check(
        "description",
        piazza_domain::long_text(&form.description, 2000, "error-description-required", "error-description-length"),
    );
    let cost = whole_number(&form.cost, 1..=MOST_MONEY, None, "cost", &mut errors);
    if matches!(cost, Some(None)) {
        errors.add("cost", "error-cost-required");
    }
    let category = match form.category.trim() {
        "" => None,
        key => match Category::parse(key) {
            Some(category) => Some(category.key()),
            None => {
                errors.add("category", "error-choose-one");
                None
            }
        },
    };
    let proposal = match form.proposal.trim() {
        "" => None,
        raw => match raw.parse::<i64>() {
            Ok(id) => match db.proposal(piazza_domain::ProposalId(id)).await? {
                Some(proposal) if proposal.process_id == budget.process_id => Some(id),
                _ => {
                    errors.add("proposal", "error-choose-one");
                    None
                }
            },
            Err(_) => {
                errors.add("proposal", "error-choose-one");
                None
            }
        },
    };
    let image_url = match form.image_url.trim() {
        "" => Some(None),
        raw if raw.starts_with("https://")
            && raw.len() <= 500
            && !raw.chars().any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>') =>
        {
            Some(Some(raw.to_owned()))
        }
        _ => {
            errors.add("image_url", "error-image-address");
            None
        }
    };
    let point = crate::proposals::map_point(&form.latitude, &form.longitude, &mut errors);
    let (Some(title), Some(description), Some(Some(cost)), Some(image_url), Some(point), true) =
        (title, description, cost, image_url, point, errors.is_empty())
    else {
        return Err(errors.into());
    };
    Ok(db
        .add_budget_project(&NewProject {
            budget: budget.id,
            title: &title,
            description: &description,
            cost,
            category,
            neighbourhood: None,
            latitude: point.map(|p| p.0),
            longitude: point.map(|p| p.1),
            image_url: image_url.as_deref(),
            proposal,
            created_by: actor.id(),
        })
        .await?)
}

/// Officials decide whether a project can be carried out; a project they judge not feasible
/// needs a public reason, and stays off the ballot.
pub async fn review_project(
    db: &Db,
    actor: &Actor,
    community: &Community,
    budget: &Budget,
    project: &BudgetProject,
    feasible: &str,
    reason: &str,
) -> AppResult<()> {
    if !speaks_for(actor, community) || project.budget_id != budget.id {
        return Err(AppError::Forbidden);
    }
    if budget.is_locked() {
        return Err(FormErrors::single("feasibility", "error-budget-locked").into());
    }
    let mut errors = FormErrors::default();
    let reason = reason.trim();
    let (feasibility, reason) = match feasible {
        "feasible" => ("feasible", None),
        "infeasible" if reason.is_empty() => {
            errors.add("reason", "error-feasibility-reason-required");
            ("infeasible", None)
        }
        "infeasible" if reason.chars().count() > 1000 => {
            errors.add("reason", "error-reason-length");
            ("infeasible", None)
        }
        "infeasible" => ("infeasible", Some(reason)),
        _ => {
            errors.add("feasibility", "error-choose-one");
            ("pending", None)
        }
    };
    if !errors.is_empty() {
        return Err(errors.into());
    }
    if !db.review_budget_project(project.id, feasibility, reason).await? {
        return Err(FormErrors::single("feasibility", "error-budget-locked").into());
    }
    Ok(())
}

/// What a ballot holds, and whether it can be cast, computed on the server after each change
/// so that the page needs no script.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BallotCheck {
    /// (project id, points), in the order of the ballot (a ranking: the first place first).
    pub choices: Vec<(i64, u64)>,
    /// The cost of the chosen projects.
    pub cost: i64,
    /// The points given (cumulative ballots).
    pub points: i64,
    /// What is wrong with the ballot, as message ids with their arguments.
    pub problems: Vec<(&'static str, Vec<(&'static str, i64)>)>,
}

impl BallotCheck {
    pub fn is_valid(&self) -> bool {
        self.problems.is_empty()
    }

    /// The ballot as the ballot box stores it.
    pub fn stored(&self) -> String {
        self.choices.iter().map(|(project, points)| format!("{project}:{points}")).collect::<Vec<_>>().join(",")
    }
}

/// A ballot as submitted: for approval and knapsack ballots the chosen projects, for cumulative
/// ballots each project's points, for ranked ballots each project's place.
#[derive(Debug, Clone, Default)]
pub struct BallotForm {
    pub chosen: Vec<String>,
    /// (project id, what was typed or selected).
    pub values: Vec<(i64, String)>,
}

/// Reads a stored ballot back into what the form would submit, to show a voter their ballot.
pub fn form_of_stored(budget: &Budget, stored: &str) -> BallotForm {
    let style = BallotStyle::parse(&budget.style).unwrap_or(BallotStyle::Approval);
    let mut form = BallotForm::default();
    for (place, item) in stored.split(',').filter(|item| !item.is_empty()).enumerate() {
        let Some((project, points)) = item.split_once(':') else { continue };
        let Ok(project) = project.parse::<i64>() else { continue };
        match style {
            BallotStyle::Approval | BallotStyle::Knapsack => form.chosen.push(project.to_string()),
            BallotStyle::Cumulative => form.values.push((project, points.to_owned())),
            BallotStyle::Ranked => form.values.push((project, (place + 1).to_string())),
        }
    }
    form
}

/// Checks a ballot against the budget's style and limits. Only projects on the ballot (the
/// feasible ones) count; anything else submitted is a problem, not silently dropped.
pub fn check_ballot(budget: &Budget, on_ballot: &[BudgetProject], form: &BallotForm) -> BallotCheck {
    let style = BallotStyle::parse(&budget.style).unwrap_or(BallotStyle::Approval);
    let mut check = BallotCheck::default();
    let find = |id: i64| on_ballot.iter().find(|project| project.id == id);
    match style {
        BallotStyle::Approval | BallotStyle::Knapsack => {
            for raw in &form.chosen {
                match raw.trim().parse::<i64>().ok().and_then(find) {
                    Some(project) if !check.choices.iter().any(|(id, _)| *id == project.id) => {
                        check.choices.push((project.id, 1));
                        check.cost += project.cost;
                    }
                    Some(_) => {}
                    None => check.problems.push(("ballot-problem-unknown-project", Vec::new())),
                }
            }
        }
        BallotStyle::Cumulative => {
            for (project, raw) in &form.values {
                let raw = raw.trim();
                if raw.is_empty() {
                    continue;
                }
                match (find(*project), raw.parse::<i64>()) {
                    (Some(project), Ok(points)) if points >= 0 => {
                        if points > 0 {
                            check.choices.push((project.id, points as u64));
                            check.points += points;
                            check.cost += project.cost;
                        }
                    }
                    (Some(_), _) => check.problems.push(("ballot-problem-points-whole", Vec::new())),
                    (None, _) => check.problems.push(("ballot-problem-unknown-project", Vec::new())),
                }
            }
            if check.points > budget.points {
                check.problems.push(("ballot-problem-too-many-points", vec![("points", budget.points)]));
            }
        }
        BallotStyle::Ranked => {
            let places = budget.max_choices.unwrap_or(3);
            let mut ranked: Vec<(i64, i64)> = Vec::new();
            for (project, raw) in &form.values {
                let raw = raw.trim();
                if raw.is_empty() {
                    continue;
                }
                match (find(*project), raw.parse::<i64>()) {
                    (Some(project), Ok(place)) if (1..=places).contains(&place) => {
                        if ranked.iter().any(|(_, taken)| *taken == place) {
                            check.problems.push(("ballot-problem-place-twice", vec![("place", place)]));
                        } else {
                            ranked.push((project.id, place));
                            check.cost += project.cost;
                        }
                    }
                    (Some(_), _) => check.problems.push(("ballot-problem-place-range", vec![("places", places)])),
                    (None, _) => check.problems.push(("ballot-problem-unknown-project", Vec::new())),
                }
            }
            ranked.sort_by_key(|&(_, place)| place);
            // A ranking gives the first place the most points.
            check.choices = ranked.iter().map(|&(project, place)| (project, (places - place + 1) as u64)).collect();
        }
    }
    let count = check.choices.len() as i64;
    if count == 0 {
        check.problems.push(("ballot-problem-empty", Vec::new()));
    } else if count < budget.min_choices {
        check.problems.push(("ballot-problem-too-few", vec![("min", budget.min_choices)]));
    }
    if style != BallotStyle::Ranked
        && let Some(max) = budget.max_choices
        && count > max
    {
        check.problems.push(("ballot-problem-too-many", vec![("max", max)]));
    }
    if style == BallotStyle::Knapsack {
        if check.cost > budget.total {
            check.problems.push(("ballot-problem-over-budget", vec![("over", check.cost - budget.total)]));
        }
        let needed = budget.total * budget.min_share / 100;
        if count > 0 && check.cost < needed {
            check.problems.push(("ballot-problem-under-share", vec![("share", budget.min_share)]));
        }
    }
    check
}

/// Whether the budget takes ballots now: open, and the process in a prioritise phase.
pub fn voting_open(budget: &Budget, phases: &[Phase]) -> bool {
    budget.is_open()
        && matches!(stage(phases, piazza_domain::now()), Stage::Running(phase) if phase.kind == PhaseKind::Prioritise.key())
}

/// The register's key for a signed-in resident.
pub fn account_voter(actor: &Actor) -> String {
    format!("account:{}", actor.id().0)
}

/// A signed-in resident casts (or changes) their ballot.
pub async fn cast(
    db: &Db,
    actor: &Actor,
    process: &Process,
    phases: &[Phase],
    budget: &Budget,
    on_ballot: &[BudgetProject],
    form: &BallotForm,
) -> AppResult<Timely<(Cast, BallotCheck)>> {
    if !voting_open(budget, phases) {
        return Ok(Err(NotNow::VotingClosed));
    }
    if let Err(blocked) = crate::moderation::ensure_not_blocked(db, actor, process.community_id).await? {
        return Ok(Err(blocked));
    }
    let check = check_ballot(budget, on_ballot, form);
    if !check.is_valid() {
        return Err(invalid_ballot());
    }
    let token = crate::security::new_token();
    let outcome =
        db.cast_ballot(budget.id, &account_voter(actor), "online", &token, &check.stored(), None, true).await?;
    Ok(match outcome {
        Cast::Closed => Err(NotNow::VotingClosed),
        Cast::AlreadyVoted => Err(NotNow::AlreadyVoted),
        cast => Ok((cast, check)),
    })
}

/// Letters and digits that cannot be mistaken for one another when printed or read aloud.
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// The most codes printed at once.
const MOST_CODES: i64 = 1000;

/// A new voting code: twelve characters (60 bits), written in three groups of four.
fn new_code() -> String {
    let mut bytes = [0u8; 12];
    getrandom::fill(&mut bytes).expect("the operating system provides randomness");
    let letters: Vec<char> =
        bytes.iter().map(|byte| CODE_ALPHABET[*byte as usize % CODE_ALPHABET.len()] as char).collect();
    letters.chunks(4).map(|group| group.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// A code as typed, reduced to its characters: case, spaces and dashes do not matter.
pub fn normalise_code(raw: &str) -> String {
    raw.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect()
}

/// What the database keeps of a code: a hash tied to the budget.
fn code_hash(budget: i64, code: &str) -> String {
    hex::encode(Sha256::digest(format!("piazza-voting-code:{budget}:{}", normalise_code(code)).as_bytes()))
}

/// Officials print one-time voting codes for people without an account, email or phone, or
/// who vote at a stand or a library. The codes are returned once, to print; only their hashes
/// are kept.
pub async fn print_codes(
    db: &Db,
    actor: &Actor,
    community: &Community,
    budget: &Budget,
    count: &str,
) -> AppResult<Vec<String>> {
    if !speaks_for(actor, community) {
        return Err(AppError::Forbidden);
    }
    if !budget.is_open() {
        return Err(FormErrors::single("count", "not-now-voting-closed").into());
    }
    let mut errors = FormErrors::default();
    let Some(Some(count)) = whole_number(count, 1..=MOST_CODES, None, "count", &mut errors) else {
        if errors.is_empty() {
            errors.add_with("count", "error-whole-number-range", vec![("min", 1), ("max", MOST_CODES)]);
        }
        return Err(errors.into());
    };
    let codes: Vec<String> = (0..count).map(|_| new_code()).collect();
    let hashes: Vec<String> = codes.iter().map(|code| code_hash(budget.id, code)).collect();
    db.add_budget_codes(budget.id, &hashes, actor.id()).await?;
    Ok(codes)
}

/// Someone without an account votes with a printed code: the code allows exactly one ballot.
pub async fn cast_with_code(
    db: &Db,
    phases: &[Phase],
    budget: &Budget,
    on_ballot: &[BudgetProject],
    code: &str,
    form: &BallotForm,
) -> AppResult<Timely<BallotCheck>> {
    if !voting_open(budget, phases) {
        return Ok(Err(NotNow::VotingClosed));
    }
    let hash = code_hash(budget.id, code);
    if normalise_code(code).is_empty() {
        return Err(FormErrors::single("code", "error-code-required").into());
    }
    if !db.budget_code_exists(budget.id, &hash).await? {
        return Err(FormErrors::single("code", "error-code-unknown").into());
    }
    let check = check_ballot(budget, on_ballot, form);
    if !check.is_valid() {
        return Err(invalid_ballot());
    }
    let token = crate::security::new_token();
    let outcome =
        db.cast_ballot(budget.id, &format!("code:{hash}"), "code", &token, &check.stored(), None, false).await?;
    Ok(match outcome {
        Cast::Closed => Err(NotNow::VotingClosed),
        Cast::AlreadyVoted | Cast::Replaced => Err(NotNow::CodeUsed),
        Cast::Recorded => Ok(check),
    })
}

/// A facilitator enters a paper ballot, under the reference written on the paper, so that the
/// same paper cannot be entered twice.
#[allow(clippy::too_many_arguments)]
pub async fn enter_paper_ballot(
    db: &Db,
    actor: &Actor,
    community: &Community,
    phases: &[Phase],
    budget: &Budget,
    on_ballot: &[BudgetProject],
    reference: &str,
    form: &BallotForm,
) -> AppResult<Timely<BallotCheck>> {
    if !crate::meetings::organises(actor, community) {
        return Err(AppError::Forbidden);
    }
    if !voting_open(budget, phases) {
        return Ok(Err(NotNow::VotingClosed));
    }
    let reference = reference.trim();
    if reference.is_empty() || reference.chars().count() > 40 || reference.chars().any(char::is_control) {
        return Err(FormErrors::single("reference", "error-paper-reference").into());
    }
    let check = check_ballot(budget, on_ballot, form);
    if !check.is_valid() {
        return Err(invalid_ballot());
    }
    let token = crate::security::new_token();
    let voter = format!("paper:{reference}");
    let outcome = db.cast_ballot(budget.id, &voter, "paper", &token, &check.stored(), Some(actor.id()), false).await?;
    Ok(match outcome {
        Cast::Closed => Err(NotNow::VotingClosed),
        Cast::AlreadyVoted | Cast::Replaced => Err(NotNow::PaperAlreadyEntered),
        Cast::Recorded => Ok(check),
    })
}

fn invalid_ballot() -> AppError {
    FormErrors::single("ballot", "error-ballot-invalid").into()
}

/// Why a project won or lost, as stored with the count and shown on the results page. Money is
/// in whole units of the budget's currency, rounded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "why", rename_all = "kebab-case")]
pub enum Why {
    Ranked { rank: u64, money_left: u64, bought: bool },
    Shared { step: u64, payers: u64, paid_all: u64, share: u64 },
    SupportersShort { held: u64 },
    Completed { rank: u64, money_left: u64 },
    NotCompleted { rank: u64, money_left: u64 },
    Loaded { step: u64 },
    StoppedHere,
    NotReached,
    Optimal { bought: bool },
    Free,
    Unsupported,
}

impl Why {
    fn from_fate(fate: &Fate) -> Why {
        let round = |value: f64| value.max(0.0).round() as u64;
        match *fate {
            Fate::Ranked { rank, money_left, bought } => Why::Ranked { rank: rank as u64, money_left, bought },
            Fate::BelowThreshold { .. } | Fate::AfterStop { .. } => Why::NotReached,
            Fate::Shared { step, payers, paid_all_they_had, share } => {
                Why::Shared { step: step as u64, payers, paid_all: paid_all_they_had, share: round(share) }
            }
            Fate::SupportersShort { held } => Why::SupportersShort { held: round(held) },
            Fate::Completed { rank, money_left } => Why::Completed { rank: rank as u64, money_left },
            Fate::NotCompleted { rank, money_left } => Why::NotCompleted { rank: rank as u64, money_left },
            Fate::Loaded { step, .. } => Why::Loaded { step: step as u64 },
            Fate::StoppedHere => Why::StoppedHere,
            Fate::NotReached => Why::NotReached,
            Fate::Optimal { bought } => Why::Optimal { bought },
            Fate::Free => Why::Free,
            Fate::Unsupported => Why::Unsupported,
        }
    }

    /// Reads a stored fate.
    pub fn parse(stored: &str) -> Option<Why> {
        serde_json::from_str(stored).ok()
    }
}

/// The budget's ballot box as a Pabulib election: feasible projects, anonymised ballots in
/// token order, numbered from 1.
pub fn election_of(
    budget: &Budget,
    community: &Community,
    process: &Process,
    on_ballot: &[BudgetProject],
    ballots: &[(String, String, String)],
) -> Election {
    let style = BallotStyle::parse(&budget.style).unwrap_or(BallotStyle::Approval);
    let vote_type = match style {
        BallotStyle::Approval | BallotStyle::Knapsack => VoteType::Approval,
        BallotStyle::Cumulative => VoteType::Cumulative,
        BallotStyle::Ranked => VoteType::Ordinal,
    };
    let projects: Vec<Project> = on_ballot
        .iter()
        .map(|project| {
            let mut fields = vec![("name".to_owned(), project.title.clone())];
            if let Some(category) = &project.category {
                fields.push(("category".to_owned(), category.clone()));
            }
            Project { id: project.id.to_string(), cost: project.cost as u64, fields }
        })
        .collect();
    let index_of = |id: &str| projects.iter().position(|project| project.id == id);
    let ballots = ballots
        .iter()
        .enumerate()
        .map(|(number, (_, choices, channel))| Ballot {
            voter_id: (number + 1).to_string(),
            choices: choices
                .split(',')
                .filter_map(|item| item.split_once(':'))
                .filter_map(|(project, points)| Some((index_of(project)?, points.parse().ok()?)))
                .collect(),
            fields: vec![("voting_method".to_owned(), channel.clone())],
        })
        .collect();
    let meta = vec![
        ("description".to_owned(), budget.title.clone()),
        ("unit".to_owned(), community.name.clone()),
        ("instance".to_owned(), process.title.clone()),
        ("currency".to_owned(), budget.currency.clone()),
        ("rule".to_owned(), budget.rule.clone()),
    ];
    Election { meta, budget: budget.total as u64, scale: 0, vote_type, projects, ballots }
}

/// The officials close voting and count. The count is stored with each project's fate, and the
/// anonymised ballots are published as a Pabulib file with its SHA-256.
pub async fn close_and_count(db: &Db, actor: &Actor, community: &Community, budget: &Budget) -> AppResult<()> {
    if !speaks_for(actor, community) {
        return Err(AppError::Forbidden);
    }
    count_now(db, community, budget).await
}

/// Closes and counts, for callers that have checked who may (the officials' page, the demo).
pub(crate) async fn count_now(db: &Db, community: &Community, budget: &Budget) -> AppResult<()> {
    if budget.status == "counted" {
        return Ok(());
    }
    db.close_budget(budget.id).await?;
    let process = db.process(budget.process_id).await?.ok_or(AppError::NotFound)?;
    let projects = db.budget_projects(budget.id).await?;
    let on_ballot: Vec<BudgetProject> = projects.into_iter().filter(BudgetProject::is_feasible).collect();
    let ballots = db.ballots_in(budget.id).await?;
    let election = election_of(budget, community, &process, &on_ballot, &ballots);
    let rule = Rule::from_key(&budget.rule).map_err(|e| AppError::Internal(e.to_string()))?;
    let count = piazza_pb::count(&election, rule);
    let totals = if CountingRule::parse(&budget.rule).is_some_and(CountingRule::counts_points) {
        election.points()
    } else {
        election.approvals()
    };
    let fates: Vec<String> =
        count.fates.iter().map(|fate| serde_json::to_string(&Why::from_fate(fate)).unwrap_or_default()).collect();
    let results: Vec<ProjectResult> = on_ballot
        .iter()
        .enumerate()
        .map(|(index, project)| ProjectResult {
            project: project.id,
            votes: totals[index] as i64,
            won: count.winners.contains(&index),
            fate: &fates[index],
        })
        .collect();
    let file = pabulib::write(&election);
    let sha256 = hex::encode(Sha256::digest(file.as_bytes()));
    db.record_budget_count(budget.id, &results, count.spent as i64, &file, &sha256).await?;
    Ok(())
}

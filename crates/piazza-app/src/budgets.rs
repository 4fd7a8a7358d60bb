//! Participatory budgets: officials open budgets in a process and list projects; residents
//! vote in the process's prioritise phase with one ballot each; the officials close voting and
//! count, and anyone can recount the published ballots.

use piazza_domain::{BallotStyle, Category, CountingRule, PhaseKind, ProcessId};
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
    pub min_age: String,
    pub census_only: bool,
    /// The ids of the districts whose residents may vote, as submitted.
    pub districts: Vec<String>,
    pub voting_group: String,
    pub group_limit: String,
}

/// A budget form that passed every check.
struct ValidBudget {
    title: String,
    description: String,
    total: i64,
    currency: String,
    style: BallotStyle,
    rule: CountingRule,
    min_choices: i64,
    max_choices: Option<i64>,
    min_share: i64,
    points: i64,
    changeable: bool,
    min_age: Option<i64>,
    census_only: bool,
    districts: Vec<i64>,
    voting_group: Option<String>,
    group_limit: Option<i64>,
}

impl ValidBudget {
    fn record(&self, process: ProcessId, created_by: piazza_domain::AccountId) -> NewBudget<'_> {
        NewBudget {
            process,
            title: &self.title,
            description: &self.description,
            total: self.total,
            currency: &self.currency,
            style: self.style.key(),
            min_choices: self.min_choices,
            max_choices: self.max_choices,
            min_share: self.min_share,
            points: self.points,
            rule: self.rule.key(),
            changeable: self.changeable,
            min_age: self.min_age,
            census_only: self.census_only,
            voting_group: self.voting_group.as_deref(),
            group_limit: self.group_limit,
            districts: &self.districts,
            created_by,
        }
    }
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

/// Checks a budget form; every problem is reported beside its field.
async fn validate_budget(db: &Db, community: &Community, form: &BudgetForm) -> AppResult<ValidBudget> {
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
    let min_age = whole_number(&form.min_age, 1..=120, None, "min_age", &mut errors);
    let known = db.neighbourhoods_of(community.id).await?;
    let mut districts = Vec::new();
    for raw in &form.districts {
        match raw.trim().parse::<i64>().ok().filter(|id| known.iter().any(|district| district.id == *id)) {
            Some(id) if !districts.contains(&id) => districts.push(id),
            Some(_) => {}
            None => errors.add("districts", "error-choose-one"),
        }
    }
    let voting_group = form.voting_group.trim();
    if voting_group.chars().count() > 80 || voting_group.chars().any(char::is_control) {
        errors.add("voting_group", "error-group-name");
    }
    let group_limit = whole_number(&form.group_limit, 1..=100, None, "group_limit", &mut errors);
    if voting_group.is_empty() && matches!(group_limit, Some(Some(_))) {
        errors.add("voting_group", "error-group-name-required");
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
        Some(min_age),
        Some(group_limit),
        true,
    ) = (
        title,
        description,
        total,
        style,
        rule,
        min_choices,
        max_choices,
        min_share,
        points,
        min_age,
        group_limit,
        errors.is_empty(),
    )
    else {
        return Err(errors.into());
    };
    let voting_group = (!voting_group.is_empty()).then(|| voting_group.to_owned());
    Ok(ValidBudget {
        title,
        description,
        total,
        currency,
        style,
        rule,
        min_choices,
        max_choices,
        min_share,
        points: points.unwrap_or(0),
        changeable: form.changeable,
        min_age,
        census_only: form.census_only,
        districts,
        group_limit: voting_group.as_ref().map(|_| group_limit.unwrap_or(1)),
        voting_group,
    })
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
    let valid = validate_budget(db, community, form).await?;
    Ok(db.create_budget(&valid.record(process.id, actor.id())).await?)
}

/// Officials change a budget. Before the first ballot everything may change; afterwards only
/// the title and the description (the form says so), so that no rule changes under voters.
pub async fn update_budget(
    db: &Db,
    actor: &Actor,
    community: &Community,
    budget: &Budget,
    form: &BudgetForm,
) -> AppResult<()> {
    if !speaks_for(actor, community) {
        return Err(AppError::Forbidden);
    }
    if !budget.is_open() {
        return Err(FormErrors::single("title", "error-budget-locked").into());
    }
    let valid = validate_budget(db, community, form).await?;
    db.update_budget(budget.id, &valid.record(budget.process_id, actor.id())).await?;
    Ok(())
}

/// What a budget's form shows when it is opened to be changed.
pub async fn form_of_budget(db: &Db, budget: &Budget) -> AppResult<BudgetForm> {
    let districts = db.budget_districts(budget.id).await?;
    Ok(BudgetForm {
        title: budget.title.clone(),
        description: budget.description.clone(),
        total: budget.total.to_string(),
        currency: budget.currency.clone(),
        style: budget.style.clone(),
        min_choices: budget.min_choices.to_string(),
        max_choices: budget.max_choices.map(|max| max.to_string()).unwrap_or_default(),
        min_share: budget.min_share.to_string(),
        points: if budget.points > 0 { budget.points.to_string() } else { String::new() },
        rule: budget.rule.clone(),
        changeable: budget.changeable,
        min_age: budget.min_age.map(|age| age.to_string()).unwrap_or_default(),
        census_only: budget.census_only,
        districts: districts.iter().map(i64::to_string).collect(),
        voting_group: budget.voting_group.clone().unwrap_or_default(),
        group_limit: budget.group_limit.map(|limit| limit.to_string()).unwrap_or_default(),
    })
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
    /// The id of the district the project is in, or empty.
    pub district: String,
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
    let district = match form.district.trim() {
        "" => Some(None),
        raw => {
            let known = db.neighbourhoods_of(community.id).await?;
            match raw.parse::<i64>().ok().filter(|id| known.iter().any(|district| district.id == *id)) {
                Some(id) => Some(Some(id)),
                None => {
                    errors.add("district", "error-choose-one");
                    None
                }
            }
        }
    };
    let (Some(title), Some(description), Some(Some(cost)), Some(image_url), Some(point), Some(district), true) =
        (title, description, cost, image_url, point, district, errors.is_empty())
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
            neighbourhood: district,
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
    let community = db.community(process.community_id).await?.ok_or(AppError::NotFound)?;
    if let Err(not_eligible) = crate::eligibility::check(db, actor, &community, budget).await? {
        return Ok(Err(not_eligible));
    }
    let check = check_ballot(budget, on_ballot, form);
    if !check.is_valid() {
        return Err(invalid_ballot());
    }
    let token = crate::security::new_token();
    let group = crate::eligibility::group_of(budget);
    let group = group.as_ref().map(|(key, limit)| (key.as_str(), *limit));
    let outcome =
        db.cast_ballot(budget.id, &account_voter(actor), "online", &token, &check.stored(), None, true, group).await?;
    Ok(match outcome {
        Cast::Closed => Err(NotNow::VotingClosed),
        Cast::AlreadyVoted => Err(NotNow::AlreadyVoted),
        Cast::GroupFull => Err(NotNow::GroupFull),
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
        db.cast_ballot(budget.id, &format!("code:{hash}"), "code", &token, &check.stored(), None, false, None).await?;
    Ok(match outcome {
        Cast::Closed => Err(NotNow::VotingClosed),
        Cast::AlreadyVoted | Cast::Replaced | Cast::GroupFull => Err(NotNow::CodeUsed),
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
    if !crate::meetings::organises_process(actor, community, budget.process_id) {
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
    let outcome =
        db.cast_ballot(budget.id, &voter, "paper", &token, &check.stored(), Some(actor.id()), false, None).await?;
    Ok(match outcome {
        Cast::Closed => Err(NotNow::VotingClosed),
        Cast::AlreadyVoted | Cast::Replaced | Cast::GroupFull => Err(NotNow::PaperAlreadyEntered),
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

/// The most ballots an imported file may hold.
const LARGEST_IMPORT: usize = 200_000;

/// Officials import a past election from a Pabulib file, to replay it: a budget in the process
/// with the file's projects (all feasible) and its ballots in the box, marked `imported`, ready
/// to be counted. The counting rule is the file's own when Piazza knows it. Amounts with
/// decimals are refused, because budgets hold whole units of their currency.
pub async fn import_pabulib(
    db: &Db,
    actor: &Actor,
    community: &Community,
    process: &Process,
    file: &str,
) -> AppResult<i64> {
    if !speaks_for(actor, community) {
        return Err(AppError::Forbidden);
    }
    import_election(db, process, actor.id(), file).await
}

/// Imports a Pabulib file as a budget of `process`, for callers that have checked who may (the
/// officials' page, the demo).
pub(crate) async fn import_election(
    db: &Db,
    process: &Process,
    created_by: piazza_domain::AccountId,
    file: &str,
) -> AppResult<i64> {
    let election = match pabulib::parse(file) {
        Ok(election) => election,
        Err(error) if error.line > 0 => {
            return Err(FormErrors::single_with("file", "error-pabulib-line", vec![("line", error.line as i64)]).into());
        }
        Err(_) => return Err(FormErrors::single("file", "error-pabulib-file").into()),
    };
    if election.scale > 0 {
        return Err(FormErrors::single("file", "error-pabulib-decimals").into());
    }
    if election.projects.is_empty() || election.budget == 0 || election.budget > MOST_MONEY as u64 {
        return Err(FormErrors::single("file", "error-pabulib-file").into());
    }
    if election.ballots.len() > LARGEST_IMPORT {
        return Err(
            FormErrors::single_with("file", "error-pabulib-too-many", vec![("most", LARGEST_IMPORT as i64)]).into()
        );
    }
    let length = |key: &str| election.meta(key).and_then(|raw| raw.trim().parse::<i64>().ok()).filter(|n| *n >= 0);
    let (style, points, max_choices) = match election.vote_type {
        VoteType::Approval | VoteType::Scoring => (BallotStyle::Approval, 0, length("max_length").filter(|n| *n >= 1)),
        VoteType::ChooseOne => (BallotStyle::Approval, 0, Some(1)),
        VoteType::Cumulative => {
            let most = election.ballots.iter().map(|ballot| ballot.choices.iter().map(|(_, p)| *p).sum::<u64>());
            let points = election.meta("max_sum_points").and_then(|raw| raw.trim().parse().ok());
            (BallotStyle::Cumulative, points.unwrap_or_else(|| most.max().unwrap_or(1)).clamp(1, 1000) as i64, None)
        }
        VoteType::Ordinal => {
            let longest = election.ballots.iter().map(|ballot| ballot.choices.len()).max().unwrap_or(1);
            (BallotStyle::Ranked, 0, Some(longest.clamp(1, 1000) as i64))
        }
    };
    let rule = election
        .meta("rule")
        .and_then(|raw| CountingRule::parse(raw.trim()))
        .filter(|rule| rule.counts_points() == style.gives_points())
        .unwrap_or(if style.gives_points() { CountingRule::MostPoints } else { CountingRule::EqualShares });
    let mut title: String = ["description", "instance", "unit"]
        .iter()
        .filter_map(|key| election.meta(key))
        .find(|value| !value.trim().is_empty())
        .unwrap_or("Pabulib")
        .trim()
        .chars()
        .take(150)
        .collect();
    if title.is_empty() {
        title = "Pabulib".to_owned();
    }
    let currency = election
        .meta("currency")
        .map(|raw| raw.trim().to_uppercase())
        .filter(|code| code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()))
        .unwrap_or_else(|| "EUR".to_owned());
    let description = [election.meta("unit"), election.meta("instance"), election.meta("date_begin")]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|value| !value.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    let budget = NewBudget {
        process: process.id,
        title: &title,
        description: if description.is_empty() { &title } else { &description },
        total: election.budget as i64,
        currency: &currency,
        style: style.key(),
        min_choices: if style == BallotStyle::Approval { length("min_length").unwrap_or(0).min(1000) } else { 0 },
        max_choices,
        min_share: 0,
        points,
        rule: rule.key(),
        changeable: false,
        min_age: None,
        census_only: false,
        voting_group: None,
        group_limit: None,
        districts: &[],
        created_by,
    };
    let texts: Vec<(String, String, Option<&'static str>)> = election
        .projects
        .iter()
        .map(|project| {
            let field = |key: &str| project.fields.iter().find(|(name, _)| name == key).map(|(_, value)| value.trim());
            let name: String =
                field("name").filter(|name| !name.is_empty()).unwrap_or(&project.id).chars().take(150).collect();
            let description = field("description").filter(|text| !text.is_empty()).unwrap_or(&name).to_owned();
            (name, description, field("category").and_then(Category::parse).map(Category::key))
        })
        .collect();
    let projects: Vec<NewProject> = election
        .projects
        .iter()
        .zip(&texts)
        .map(|(project, (name, description, category))| NewProject {
            budget: 0,
            title: name,
            description,
            cost: project.cost as i64,
            category: *category,
            neighbourhood: None,
            latitude: None,
            longitude: None,
            image_url: None,
            proposal: None,
            created_by,
        })
        .collect();
    let ballots: Vec<(String, Vec<(usize, u64)>)> =
        election.ballots.iter().map(|ballot| (crate::security::new_token(), ballot.choices.clone())).collect();
    Ok(db.import_election(&budget, &projects, &ballots).await?)
}

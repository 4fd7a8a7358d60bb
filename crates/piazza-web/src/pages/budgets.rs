//! Participatory budgets: a process's budgets, opening one, its projects and their review, the
//! ballot (which needs no script: the total and whether the ballot is valid are computed here
//! after each change), closing and counting, and the results with the published ballots.

use askama::Template;
use axum::http::header;
use axum::response::IntoResponse;
use piazza_app::AppError;
use piazza_app::budgets::{self as use_cases, BallotCheck, BallotForm, BudgetForm, ProjectForm, Why};
use piazza_app::records::{Budget, BudgetProject, Cast, Community, Neighbourhood, Process};
use piazza_domain::{BallotStyle, Category, CountingRule, ProcessId};

use super::charts::CHART_WIDTH;
use super::{
    Id, PageResult, Submission, begin_submission, end_submission, load_process, render, see_other, speaks_for,
    unprocessable,
};
use crate::context::Ctx;
use crate::errors::PageError;
use crate::forms::{Fields, FormView, Posted, Uploaded};

/// An amount of money in the reader's way of writing numbers.
fn money(ctx: &Ctx, amount: i64, currency: &str) -> String {
    ctx.tr.t_texts("money", &[("amount", &ctx.tr.number(amount)), ("currency", currency)])
}

fn style_of(budget: &Budget) -> BallotStyle {
    BallotStyle::parse(&budget.style).unwrap_or(BallotStyle::Approval)
}

/// A budget as the list shows it.
pub struct BudgetSummary {
    pub budget: Budget,
    pub total: String,
    pub style: String,
    pub rule: String,
    pub status: String,
}

fn status_message(status: &str) -> &'static str {
    match status {
        "open" => "budget-status-open",
        "closed" => "budget-status-closed",
        _ => "budget-status-counted",
    }
}

fn feasibility_message(feasibility: &str) -> &'static str {
    match feasibility {
        "feasible" => "feasibility-feasible",
        "infeasible" => "feasibility-infeasible",
        _ => "feasibility-pending",
    }
}

fn channel_message(channel: &str) -> &'static str {
    match channel {
        "code" => "channel-code",
        "paper" => "channel-paper",
        "imported" => "channel-imported",
        _ => "channel-online",
    }
}

fn instructions_message(style: BallotStyle) -> &'static str {
    match style {
        BallotStyle::Approval => "ballot-instructions-approval",
        BallotStyle::Knapsack => "ballot-instructions-knapsack",
        BallotStyle::Cumulative => "ballot-instructions-cumulative",
        BallotStyle::Ranked => "ballot-instructions-ranked",
    }
}

/// How the budget's rule chooses winners, in a sentence for the results page.
fn rule_explained(rule: &str) -> &'static str {
    match CountingRule::parse(rule) {
        Some(CountingRule::EqualShares | CountingRule::EqualSharesThenGreedy | CountingRule::EqualSharesByPoints) => {
            "results-rule-explained-equal-shares"
        }
        Some(CountingRule::Phragmen) => "results-rule-explained-phragmen",
        Some(CountingRule::MostApprovedMoney) => "results-rule-explained-max-welfare",
        _ => "results-rule-explained-greedy",
    }
}

fn summary(ctx: &Ctx, budget: Budget) -> BudgetSummary {
    BudgetSummary {
        status: ctx.t(status_message(&budget.status)),
        total: money(ctx, budget.total, &budget.currency),
        style: ctx.t(style_of(&budget).message_id()),
        rule: CountingRule::parse(&budget.rule).map(|rule| ctx.t(rule.message_id())).unwrap_or_default(),
        budget,
    }
}

#[derive(Template)]
#[template(path = "budgets.html")]
struct BudgetsPage<'a> {
    c: &'a Ctx,
    process: Process,
    community: Community,
    budgets: Vec<BudgetSummary>,
    can_open: bool,
}

pub async fn budgets_page(ctx: Ctx, Id(id): Id) -> PageResult {
    let (process, _, community) = load_process(&ctx, ProcessId(id)).await?;
    let budgets = ctx.state.db.budgets_of(process.id).await?.into_iter().map(|b| summary(&ctx, b)).collect();
    let page = BudgetsPage { c: &ctx, can_open: speaks_for(&ctx, &community), budgets, process, community };
    Ok(render(&page))
}

#[derive(Template)]
#[template(path = "budget_new.html")]
struct NewBudgetPage<'a> {
    c: &'a Ctx,
    process: Process,
    community: Community,
    form: FormView,
    styles: &'static [BallotStyle],
    rules: &'static [CountingRule],
    districts: Vec<Neighbourhood>,
    heading: String,
    action: String,
    submit: String,
    /// Whether ballots have been cast, so that only the title and description can change.
    locked: bool,
}

/// The budget form, to open a budget (`budget` none) or to change one.
async fn budget_form_page(
    ctx: &Ctx,
    process: Process,
    community: Community,
    budget: Option<&Budget>,
    form: FormView,
) -> PageResult {
    let districts = ctx.state.db.neighbourhoods_of(community.id).await?;
    let (heading, action, submit) = match budget {
        None => {
            (ctx.t("budget-new-title"), format!("/processes/{}/budgets/new", process.id), ctx.t("budget-create-submit"))
        }
        Some(budget) => (
            ctx.tr.t_with("budget-edit-title", "title", &budget.title),
            format!("/budgets/{}/edit", budget.id),
            ctx.t("budget-edit-submit"),
        ),
    };
    let page = NewBudgetPage {
        c: ctx,
        locked: budget.is_some_and(Budget::is_locked),
        process,
        community,
        form,
        styles: BallotStyle::ALL,
        rules: CountingRule::ALL,
        districts,
        heading,
        action,
        submit,
    };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

fn budget_form_of(fields: &Fields) -> BudgetForm {
    BudgetForm {
        title: fields.get("title").to_owned(),
        description: fields.get("description").to_owned(),
        total: fields.get("total").to_owned(),
        currency: fields.get("currency").to_owned(),
        style: fields.get("style").to_owned(),
        min_choices: fields.get("min_choices").to_owned(),
        max_choices: fields.get("max_choices").to_owned(),
        min_share: fields.get("min_share").to_owned(),
        points: fields.get("points").to_owned(),
        rule: fields.get("rule").to_owned(),
        changeable: fields.get("changeable") == "yes",
        min_age: fields.get("min_age").to_owned(),
        census_only: fields.get("census_only") == "yes",
        districts: fields.all("districts"),
        voting_group: fields.get("voting_group").to_owned(),
        group_limit: fields.get("group_limit").to_owned(),
    }
}

/// The fields of a budget form filled in with a budget as it is.
fn fields_of(form: &BudgetForm) -> Fields {
    let mut fields = Fields::default()
        .with("title", &form.title)
        .with("description", &form.description)
        .with("total", &form.total)
        .with("currency", &form.currency)
        .with("style", &form.style)
        .with("min_choices", &form.min_choices)
        .with("max_choices", &form.max_choices)
        .with("min_share", &form.min_share)
        .with("points", &form.points)
        .with("rule", &form.rule)
        .with("min_age", &form.min_age)
        .with("voting_group", &form.voting_group)
        .with("group_limit", &form.group_limit);
    if form.changeable {
        fields = fields.with("changeable", "yes");
    }
    if form.census_only {
        fields = fields.with("census_only", "yes");
    }
    for district in &form.districts {
        fields.0.push(("districts".to_owned(), district.clone()));
    }
    fields
}

pub async fn new_budget_form(ctx: Ctx, Id(id): Id) -> PageResult {
    ctx.require_actor()?;
    let (process, _, community) = load_process(&ctx, ProcessId(id)).await?;
    if !speaks_for(&ctx, &community) {
        return Err(PageError::Forbidden);
    }
    let fields = Fields::default()
        .with("currency", "EUR")
        .with("style", "approval")
        .with("rule", CountingRule::EqualShares.key())
        .with("changeable", "yes");
    budget_form_page(&ctx, process, community, None, FormView::new(fields)).await
}

pub async fn create_budget(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let (process, _, community) = load_process(&ctx, ProcessId(id)).await?;
    let form = budget_form_of(&fields);
    let token = match begin_submission(&ctx, &fields, &format!("/processes/{id}/budgets")).await? {
        Submission::Repeated(location) => return Ok(see_other(&location)),
        Submission::Proceed(token) => token,
    };
    let outcome = use_cases::create_budget(&ctx.state.db, actor, &community, &process, &form).await;
    let created = outcome.as_ref().ok().map(|budget| format!("/budgets/{budget}"));
    end_submission(&ctx, token, created.as_deref()).await?;
    match outcome {
        Ok(budget) => Ok(see_other(&format!("/budgets/{budget}"))),
        Err(AppError::Invalid(errors)) => {
            budget_form_page(&ctx, process, community, None, FormView::with_errors(fields, &errors, &ctx.tr)).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn edit_budget_form(ctx: Ctx, Id(id): Id) -> PageResult {
    ctx.require_actor()?;
    let budget = ctx.state.db.budget(id).await?.ok_or(PageError::NotFound)?;
    let (process, _, community) = load_process(&ctx, budget.process_id).await?;
    if !speaks_for(&ctx, &community) {
        return Err(PageError::Forbidden);
    }
    if !budget.is_open() {
        return Ok(see_other(&format!("/budgets/{id}")));
    }
    let fields = fields_of(&use_cases::form_of_budget(&ctx.state.db, &budget).await?);
    budget_form_page(&ctx, process, community, Some(&budget), FormView::new(fields)).await
}

pub async fn edit_budget(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let budget = ctx.state.db.budget(id).await?.ok_or(PageError::NotFound)?;
    let (process, _, community) = load_process(&ctx, budget.process_id).await?;
    // Once ballots are cast the form holds only the title and the description: the rest is
    // kept as it is.
    let mut form = budget_form_of(&fields);
    if budget.is_locked() {
        let kept = use_cases::form_of_budget(&ctx.state.db, &budget).await?;
        form = BudgetForm { title: form.title, description: form.description, ..kept };
    }
    match use_cases::update_budget(&ctx.state.db, actor, &community, &budget, &form).await {
        Ok(()) => Ok(see_other(&format!("/budgets/{id}?done=changed"))),
        Err(AppError::Invalid(errors)) => {
            let form = FormView::with_errors(fields, &errors, &ctx.tr);
            budget_form_page(&ctx, process, community, Some(&budget), form).await
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Template)]
#[template(path = "budget_import.html")]
struct ImportPage<'a> {
    c: &'a Ctx,
    process: Process,
    community: Community,
    form: FormView,
}

pub async fn import_budget_form(ctx: Ctx, Id(id): Id) -> PageResult {
    ctx.require_actor()?;
    let (process, _, community) = load_process(&ctx, ProcessId(id)).await?;
    if !speaks_for(&ctx, &community) {
        return Err(PageError::Forbidden);
    }
    Ok(render(&ImportPage { c: &ctx, process, community, form: FormView::default() }))
}

/// Officials import a past election from a Pabulib file, to replay it in the process.
pub async fn import_budget(ctx: Ctx, Id(id): Id, Uploaded(fields): Uploaded) -> PageResult {
    let actor = ctx.require_actor()?;
    let (process, _, community) = load_process(&ctx, ProcessId(id)).await?;
    let token = match begin_submission(&ctx, &fields, &format!("/processes/{id}/budgets")).await? {
        Submission::Repeated(location) => return Ok(see_other(&location)),
        Submission::Proceed(token) => token,
    };
    let outcome = use_cases::import_pabulib(&ctx.state.db, actor, &community, &process, fields.get("file")).await;
    let created = outcome.as_ref().ok().map(|budget| format!("/budgets/{budget}?done=imported"));
    end_submission(&ctx, token, created.as_deref()).await?;
    match outcome {
        Ok(budget) => Ok(see_other(&format!("/budgets/{budget}?done=imported"))),
        Err(AppError::Invalid(errors)) => {
            // The file itself is not sent back: only the error beside its field.
            let form = FormView::with_errors(Fields::default(), &errors, &ctx.tr);
            Ok(unprocessable(&ImportPage { c: &ctx, process, community, form }))
        }
        Err(error) => Err(error.into()),
    }
}

/// A project on the budget page, with what the ballot form shows for it.
pub struct ProjectView {
    pub project: BudgetProject,
    pub description_html: String,
    pub cost: String,
    pub category: String,
    pub feasibility: String,
    pub checked: bool,
    /// Points typed (cumulative) or place chosen (ranked).
    pub value: String,
    /// What became of the project: the results it led to, as (id, title, status name).
    pub fates: Vec<(i64, String, String)>,
}

impl ProjectView {
    fn field(&self) -> String {
        format!("choice-{}", self.project.id)
    }

    /// The map point written out, and a link to it on OpenStreetMap (a link the reader may
    /// follow, never a request the page makes).
    fn map_point(&self) -> Option<(String, String)> {
        let (latitude, longitude) = (self.project.latitude?, self.project.longitude?);
        Some((
            format!("{latitude:.5}, {longitude:.5}"),
            format!(
                "https://www.openstreetmap.org/?mlat={latitude:.5}&mlon={longitude:.5}#map=17/{latitude:.5}/{longitude:.5}"
            ),
        ))
    }
}

/// The running total and the ballot's problems, as the page shows them.
pub struct CheckView {
    pub chosen: String,
    pub cost: String,
    pub left: String,
    pub points: String,
    pub problems: Vec<String>,
    pub valid: bool,
}

fn check_view(ctx: &Ctx, budget: &Budget, check: &BallotCheck) -> CheckView {
    CheckView {
        chosen: ctx.tr.t_count("ballot-chosen", check.choices.len() as i64),
        cost: money(ctx, check.cost, &budget.currency),
        left: money(ctx, budget.total - check.cost, &budget.currency),
        points: ctx.tr.t_args("ballot-points-used", &[("used", check.points), ("points", budget.points)]),
        problems: check.problems.iter().map(|(id, args)| ctx.tr.t_args(id, args)).collect(),
        valid: check.is_valid(),
    }
}

#[derive(Template)]
#[template(path = "budget.html")]
struct BudgetPage<'a> {
    c: &'a Ctx,
    budget: Budget,
    summary: BudgetSummary,
    process: Process,
    community: Community,
    description_html: String,
    /// Feasible projects, on the ballot.
    on_ballot: Vec<ProjectView>,
    /// Projects not (or not yet) on the ballot: shown to everyone with the reason.
    off_ballot: Vec<ProjectView>,
    style: BallotStyle,
    voting_open: bool,
    has_voted: bool,
    official: bool,
    check: Option<CheckView>,
    places: Vec<i64>,
    notice: Option<String>,
    problem: Option<String>,
    /// The review form that failed, with its errors.
    review: Option<(i64, FormView)>,
    mode: BallotMode,
    /// The code or paper reference typed, with its error.
    entry: FormView,
    /// After a code or paper ballot: the projects recorded, as the voter chose them.
    recorded: Vec<String>,
    /// For officials: voting codes printed, and how many have voted.
    codes: Option<(i64, i64)>,
    can_enter_paper: bool,
    /// Who may vote, in sentences; empty when every resident may.
    who_may_vote: Vec<String>,
    /// Why the signed-in resident cannot vote yet, and whether giving their details can help.
    not_eligible: Option<(String, bool)>,
}

/// Who is filling in the ballot.
#[derive(Clone, Copy, PartialEq, Eq)]
enum BallotMode {
    /// A signed-in resident.
    Account,
    /// Someone with a printed voting code, signed in or not.
    Code,
    /// A facilitator entering a paper ballot.
    Paper,
}

impl BudgetPage<'_> {
    fn by_code(&self) -> bool {
        self.mode == BallotMode::Code
    }

    fn on_paper(&self) -> bool {
        self.mode == BallotMode::Paper
    }

    /// Whether the ballot form is shown: a resident must sign in, a code or paper needs none.
    fn shows_ballot(&self) -> bool {
        self.voting_open && (self.mode != BallotMode::Account || (self.c.signed_in() && self.not_eligible.is_none()))
    }

    fn ballot_action(&self) -> String {
        let id = self.budget.id;
        match self.mode {
            BallotMode::Account => format!("/budgets/{id}/ballot"),
            BallotMode::Code => format!("/budgets/{id}/vote"),
            BallotMode::Paper => format!("/budgets/{id}/paper"),
        }
    }

    fn instructions(&self) -> String {
        self.c.t(instructions_message(self.style))
    }

    fn is_style(&self, key: &str) -> bool {
        self.style.key() == key
    }

    fn review_form(&self, project: &i64) -> Option<&FormView> {
        self.review.as_ref().filter(|(id, _)| id == project).map(|(_, form)| form)
    }

    fn place_selected(&self, view: &ProjectView, place: &i64) -> bool {
        view.value == place.to_string()
    }
}

fn ballot_form_of(budget: &Budget, fields: &Fields) -> BallotForm {
    let mut form = BallotForm { chosen: fields.all("project"), values: Vec::new() };
    if style_of(budget).gives_points() {
        for (name, value) in &fields.0 {
            if let Some(id) = name.strip_prefix("choice-").and_then(|id| id.parse::<i64>().ok()) {
                form.values.push((id, value.clone()));
            }
        }
    }
    form
}

/// What the budget page shows besides the budget itself.
struct Shown {
    ballot: Option<BallotForm>,
    notice: Option<String>,
    problem: Option<String>,
    review: Option<(i64, FormView)>,
    mode: BallotMode,
    entry: FormView,
    recorded: Vec<String>,
}

impl Shown {
    fn plain() -> Shown {
        Shown {
            ballot: None,
            notice: None,
            problem: None,
            review: None,
            mode: BallotMode::Account,
            entry: FormView::default(),
            recorded: Vec::new(),
        }
    }
}

async fn budget_page_with(ctx: &Ctx, id: i64, shown_now: Shown) -> PageResult {
    let Shown { ballot, notice, problem, review, mode, entry, recorded } = shown_now;
    let db = &ctx.state.db;
    let budget = db.budget(id).await?.ok_or(PageError::NotFound)?;
    let (process, phases, community) = load_process(ctx, budget.process_id).await?;
    let voter = ctx.actor.as_ref().filter(|_| mode == BallotMode::Account).map(use_cases::account_voter);
    let stored = match &voter {
        Some(voter) if budget.is_open() => db.ballot_of(budget.id, voter).await?,
        _ => None,
    };
    let has_voted = match &voter {
        Some(voter) => db.has_voted(budget.id, voter).await?,
        None => false,
    };
    let shown = ballot.clone().or_else(|| stored.as_deref().map(|s| use_cases::form_of_stored(&budget, s)));
    let projects = db.budget_projects(budget.id).await?;
    let results = db.results_from_projects_of(budget.id).await?;
    let view = |project: BudgetProject| {
        let fates = results
            .iter()
            .filter(|(target, _)| *target == project.id)
            .map(|(_, result)| {
                let status = piazza_domain::ResultStatus::parse(&result.status)
                    .map(|status| ctx.t(status.message_id()))
                    .unwrap_or_default();
                (result.id, result.title.clone(), status)
            })
            .collect();
        let (checked, value) = match &shown {
            Some(form) => (
                form.chosen.iter().any(|c| c.trim() == project.id.to_string()),
                form.values.iter().find(|(p, _)| *p == project.id).map(|(_, v)| v.clone()).unwrap_or_default(),
            ),
            None => (false, String::new()),
        };
        ProjectView {
            description_html: crate::markdown::render(&project.description),
            cost: money(ctx, project.cost, &budget.currency),
            category: project
                .category
                .as_deref()
                .and_then(Category::parse)
                .map(|category| ctx.t(category.message_id()))
                .unwrap_or_default(),
            feasibility: ctx.t(feasibility_message(&project.feasibility)),
            checked,
            value,
            fates,
            project,
        }
    };
    let (on, off): (Vec<BudgetProject>, Vec<BudgetProject>) = projects.into_iter().partition(|p| p.is_feasible());
    let check =
        shown.as_ref().map(|form| use_cases::check_ballot(&budget, &on, form)).map(|c| check_view(ctx, &budget, &c));
    let places = (1..=budget.max_choices.unwrap_or(3)).collect();
    let official = speaks_for(ctx, &community);
    let codes = if official { Some(db.budget_code_counts(budget.id).await?) } else { None };
    let can_enter_paper = ctx
        .actor
        .as_ref()
        .is_some_and(|actor| piazza_app::meetings::organises_process(actor, &community, budget.process_id));
    if mode == BallotMode::Paper && !can_enter_paper {
        return Err(PageError::Forbidden);
    }
    let voting_open = use_cases::voting_open(&budget, &phases);
    let who_may_vote = who_may_vote(ctx, &budget, &community).await?;
    let not_eligible = match (&ctx.actor, mode) {
        (Some(actor), BallotMode::Account) if voting_open && !has_voted => {
            match piazza_app::eligibility::check(db, actor, &community, &budget).await? {
                Ok(()) => None,
                Err(reason) => Some((
                    ctx.t(reason.message_id()),
                    matches!(
                        reason,
                        piazza_app::proposals::NotNow::NeedsVoterDetails | piazza_app::proposals::NotNow::NeedsCensus
                    ),
                )),
            }
        }
        _ => None,
    };
    let page = BudgetPage {
        c: ctx,
        description_html: crate::markdown::render(&budget.description),
        summary: summary(ctx, budget.clone()),
        style: style_of(&budget),
        voting_open,
        who_may_vote,
        not_eligible,
        official,
        codes,
        can_enter_paper,
        mode,
        entry,
        recorded,
        on_ballot: on.into_iter().map(view).collect(),
        off_ballot: off.into_iter().map(view).collect(),
        budget,
        process,
        community,
        has_voted,
        check,
        places,
        notice,
        problem,
        review,
    };
    let refused = page.problem.is_some()
        || page.entry.has_errors()
        || page.review.as_ref().is_some_and(|(_, form)| form.has_errors());
    Ok(if refused { unprocessable(&page) } else { render(&page) })
}

/// Who may vote in a budget, in sentences.
async fn who_may_vote(ctx: &Ctx, budget: &Budget, community: &Community) -> Result<Vec<String>, PageError> {
    let mut lines = Vec::new();
    if let Some(age) = budget.min_age {
        lines.push(ctx.tr.t_args("eligibility-min-age", &[("age", age)]));
    }
    let districts = ctx.state.db.budget_districts(budget.id).await?;
    if !districts.is_empty() {
        let names: Vec<String> = ctx
            .state
            .db
            .neighbourhoods_of(community.id)
            .await?
            .into_iter()
            .filter(|district| districts.contains(&district.id))
            .map(|district| district.name)
            .collect();
        lines.push(ctx.tr.t_with("eligibility-districts", "districts", names.join(", ")));
    }
    if budget.census_only {
        lines.push(ctx.t("eligibility-census"));
    }
    if let Some(group) = &budget.voting_group {
        let limit = ctx.tr.number(budget.group_limit.unwrap_or(1));
        lines.push(ctx.tr.t_texts("eligibility-group", &[("group", group), ("limit", &limit)]));
    }
    Ok(lines)
}

#[derive(serde::Deserialize, Default)]
pub struct BudgetQuery {
    #[serde(default)]
    done: String,
}

pub async fn budget_page(
    ctx: Ctx,
    Id(id): Id,
    axum::extract::Query(query): axum::extract::Query<BudgetQuery>,
) -> PageResult {
    let notice = match query.done.as_str() {
        "recorded" => Some(ctx.t("ballot-done-recorded")),
        "replaced" => Some(ctx.t("ballot-done-replaced")),
        "reviewed" => Some(ctx.t("project-done-reviewed")),
        "added" => Some(ctx.t("project-done-added")),
        "changed" => Some(ctx.t("budget-done-changed")),
        "imported" => Some(ctx.t("budget-done-imported")),
        _ => None,
    };
    budget_page_with(&ctx, id, Shown { notice, ..Shown::plain() }).await
}

/// The ballot form: `action=check` recomputes the total and shows the ballot again; `cast`
/// records it when it is valid.
pub async fn submit_ballot(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let budget = ctx.state.db.budget(id).await?.ok_or(PageError::NotFound)?;
    let ballot = ballot_form_of(&budget, &fields);
    if fields.get("action") != "cast" {
        return budget_page_with(&ctx, id, Shown { ballot: Some(ballot), ..Shown::plain() }).await;
    }
    let actor = ctx.require_actor()?;
    let (process, phases, _) = load_process(&ctx, budget.process_id).await?;
    let on_ballot: Vec<BudgetProject> =
        ctx.state.db.budget_projects(budget.id).await?.into_iter().filter(BudgetProject::is_feasible).collect();
    match use_cases::cast(&ctx.state.db, actor, &process, &phases, &budget, &on_ballot, &ballot).await {
        Ok(Ok((Cast::Replaced, _))) => Ok(see_other(&format!("/budgets/{id}?done=replaced#ballot"))),
        Ok(Ok(_)) => Ok(see_other(&format!("/budgets/{id}?done=recorded#ballot"))),
        Ok(Err(not_now)) => {
            let problem = Some(ctx.t(not_now.message_id()));
            budget_page_with(&ctx, id, Shown { ballot: Some(ballot), problem, ..Shown::plain() }).await
        }
        Err(AppError::Invalid(_)) => {
            let problem = Some(ctx.t("error-ballot-invalid"));
            budget_page_with(&ctx, id, Shown { ballot: Some(ballot), problem, ..Shown::plain() }).await
        }
        Err(error) => Err(error.into()),
    }
}

/// The page where someone votes with a printed code, signed in or not.
pub async fn code_ballot_page(ctx: Ctx, Id(id): Id) -> PageResult {
    budget_page_with(&ctx, id, Shown { mode: BallotMode::Code, ..Shown::plain() }).await
}

/// The titles of the projects a ballot recorded, in its order, for the confirmation.
async fn recorded_titles(ctx: &Ctx, budget: i64, check: &BallotCheck) -> Result<Vec<String>, PageError> {
    let projects = ctx.state.db.budget_projects(budget).await?;
    Ok(check
        .choices
        .iter()
        .filter_map(|(id, points)| {
            let project = projects.iter().find(|p| p.id == *id)?;
            Some(if *points > 1 {
                ctx.tr.t_texts(
                    "ballot-recorded-points",
                    &[("title", &project.title), ("points", &ctx.tr.number(*points as i64))],
                )
            } else {
                project.title.clone()
            })
        })
        .collect())
}

/// Casting with a code (`mode` Code) or entering a paper ballot (`mode` Paper). Either way the
/// page comes back empty with what was recorded, ready for the next voter.
async fn submit_entered_ballot(ctx: Ctx, id: i64, fields: Fields, mode: BallotMode) -> PageResult {
    let budget = ctx.state.db.budget(id).await?.ok_or(PageError::NotFound)?;
    let ballot = ballot_form_of(&budget, &fields);
    let key = if mode == BallotMode::Code { "code" } else { "reference" };
    let entry_fields = Fields::default().with(key, fields.get(key));
    let again = |ballot: Option<BallotForm>, problem: Option<String>, entry: FormView| Shown {
        ballot,
        problem,
        mode,
        entry,
        ..Shown::plain()
    };
    if fields.get("action") != "cast" {
        return budget_page_with(&ctx, id, again(Some(ballot), None, FormView::new(entry_fields))).await;
    }
    let (process, phases, community) = load_process(&ctx, budget.process_id).await?;
    let on_ballot: Vec<BudgetProject> =
        ctx.state.db.budget_projects(budget.id).await?.into_iter().filter(BudgetProject::is_feasible).collect();
    let outcome = match mode {
        BallotMode::Paper => {
            let actor = ctx.require_actor()?;
            use_cases::enter_paper_ballot(
                &ctx.state.db,
                actor,
                &community,
                &phases,
                &budget,
                &on_ballot,
                fields.get("reference"),
                &ballot,
            )
            .await
        }
        _ => use_cases::cast_with_code(&ctx.state.db, &phases, &budget, &on_ballot, fields.get("code"), &ballot).await,
    };
    let _ = process;
    match outcome {
        Ok(Ok(check)) => {
            let recorded = recorded_titles(&ctx, id, &check).await?;
            let notice = Some(ctx.t(if mode == BallotMode::Paper { "paper-done-entered" } else { "ballot-done-code" }));
            budget_page_with(&ctx, id, Shown { notice, recorded, ..again(None, None, FormView::default()) }).await
        }
        Ok(Err(not_now)) => {
            let problem = Some(ctx.t(not_now.message_id()));
            budget_page_with(&ctx, id, again(Some(ballot), problem, FormView::new(entry_fields))).await
        }
        Err(AppError::Invalid(errors)) => {
            let entry = FormView::with_errors(entry_fields, &errors, &ctx.tr);
            let problem = if entry.has_errors() { None } else { Some(ctx.t("error-ballot-invalid")) };
            budget_page_with(&ctx, id, again(Some(ballot), problem, entry)).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn submit_code_ballot(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    submit_entered_ballot(ctx, id, fields, BallotMode::Code).await
}

/// The page where a facilitator enters paper ballots.
pub async fn paper_ballot_page(ctx: Ctx, Id(id): Id) -> PageResult {
    ctx.require_actor()?;
    budget_page_with(&ctx, id, Shown { mode: BallotMode::Paper, ..Shown::plain() }).await
}

pub async fn submit_paper_ballot(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    ctx.require_actor()?;
    submit_entered_ballot(ctx, id, fields, BallotMode::Paper).await
}

#[derive(Template)]
#[template(path = "budget_codes.html")]
struct CodesPage<'a> {
    c: &'a Ctx,
    budget: Budget,
    community: Community,
    codes: Vec<String>,
    address: String,
}

/// Officials print voting codes: the page lists them once, ready to print and cut.
pub async fn print_codes(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let budget = ctx.state.db.budget(id).await?.ok_or(PageError::NotFound)?;
    let (_, _, community) = load_process(&ctx, budget.process_id).await?;
    match use_cases::print_codes(&ctx.state.db, actor, &community, &budget, fields.get("count")).await {
        Ok(codes) => {
            let address = format!("{}/budgets/{id}/vote", ctx.state.config.public_url.trim_end_matches('/'));
            Ok(render(&CodesPage { c: &ctx, budget, community, codes, address }))
        }
        Err(AppError::Invalid(errors)) => {
            let problem = errors.fields.first().map(|error| ctx.tr.t_args(error.message_id, &error.arguments));
            budget_page_with(&ctx, id, Shown { problem, ..Shown::plain() }).await
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Template)]
#[template(path = "budget_project_new.html")]
struct NewProjectPage<'a> {
    c: &'a Ctx,
    budget: Budget,
    community: Community,
    form: FormView,
    categories: &'static [Category],
    proposals: Vec<piazza_app::records::Proposal>,
    districts: Vec<Neighbourhood>,
}

async fn new_project_page(ctx: &Ctx, budget: Budget, form: FormView) -> PageResult {
    let (process, _, community) = load_process(ctx, budget.process_id).await?;
    let filter = piazza_app::records::ProposalFilter {
        process: process.id,
        state: None,
        answered: None,
        category: None,
        neighbourhood: None,
        order: piazza_app::records::ProposalOrder::MostSupported,
        limit: 200,
        offset: 0,
    };
    let proposals = ctx.state.db.proposals(&filter).await?.0;
    let districts = ctx.state.db.neighbourhoods_of(community.id).await?;
    let page = NewProjectPage { c: ctx, budget, community, form, categories: Category::ALL, proposals, districts };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

pub async fn new_project_form(ctx: Ctx, Id(id): Id) -> PageResult {
    ctx.require_actor()?;
    let budget = ctx.state.db.budget(id).await?.ok_or(PageError::NotFound)?;
    let (_, _, community) = load_process(&ctx, budget.process_id).await?;
    if !speaks_for(&ctx, &community) {
        return Err(PageError::Forbidden);
    }
    new_project_page(&ctx, budget, FormView::default()).await
}

pub async fn create_project(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let budget = ctx.state.db.budget(id).await?.ok_or(PageError::NotFound)?;
    let (_, _, community) = load_process(&ctx, budget.process_id).await?;
    let form = ProjectForm {
        title: fields.get("title").to_owned(),
        description: fields.get("description").to_owned(),
        cost: fields.get("cost").to_owned(),
        category: fields.get("category").to_owned(),
        proposal: fields.get("proposal").to_owned(),
        image_url: fields.get("image_url").to_owned(),
        latitude: fields.get("latitude").to_owned(),
        longitude: fields.get("longitude").to_owned(),
        district: fields.get("district").to_owned(),
    };
    let token = match begin_submission(&ctx, &fields, &format!("/budgets/{id}")).await? {
        Submission::Repeated(location) => return Ok(see_other(&location)),
        Submission::Proceed(token) => token,
    };
    let outcome = use_cases::add_project(&ctx.state.db, actor, &community, &budget, &form).await;
    let created = outcome.as_ref().ok().map(|_| format!("/budgets/{id}?done=added#projects"));
    end_submission(&ctx, token, created.as_deref()).await?;
    match outcome {
        Ok(_) => Ok(see_other(&format!("/budgets/{id}?done=added#projects"))),
        Err(AppError::Invalid(errors)) => {
            new_project_page(&ctx, budget, FormView::with_errors(fields, &errors, &ctx.tr)).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn review_project(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let project = ctx.state.db.budget_project(id).await?.ok_or(PageError::NotFound)?;
    let budget = ctx.state.db.budget(project.budget_id).await?.ok_or(PageError::NotFound)?;
    let (_, _, community) = load_process(&ctx, budget.process_id).await?;
    let outcome = use_cases::review_project(
        &ctx.state.db,
        actor,
        &community,
        &budget,
        &project,
        fields.get("feasibility"),
        fields.get("reason"),
    )
    .await;
    match outcome {
        Ok(()) => Ok(see_other(&format!("/budgets/{}?done=reviewed#project-{id}", budget.id))),
        Err(AppError::Invalid(errors)) => {
            let form = FormView::with_errors(fields, &errors, &ctx.tr);
            budget_page_with(&ctx, budget.id, Shown { review: Some((id, form)), ..Shown::plain() }).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn count_budget(ctx: Ctx, Id(id): Id) -> PageResult {
    let actor = ctx.require_actor()?;
    let budget = ctx.state.db.budget(id).await?.ok_or(PageError::NotFound)?;
    let (_, _, community) = load_process(&ctx, budget.process_id).await?;
    use_cases::close_and_count(&ctx.state.db, actor, &community, &budget).await?;
    Ok(see_other(&format!("/budgets/{id}/results")))
}

/// One row of the results table.
pub struct ResultRow {
    pub project: BudgetProject,
    pub cost: String,
    pub votes: String,
    pub won: bool,
    pub why: String,
}

#[derive(Template)]
#[template(path = "budget_results.html")]
struct ResultsPage<'a> {
    c: &'a Ctx,
    budget: Budget,
    summary: BudgetSummary,
    process: Process,
    community: Community,
    rows: Vec<ResultRow>,
    not_on_ballot: Vec<BudgetProject>,
    bars: Vec<super::charts::Bar>,
    chart_height: i64,
    spent: String,
    left: String,
    voters: String,
    channels: Vec<String>,
    sha256: String,
    /// Per district: its name, the projects funded, the money spent there.
    districts: Vec<DistrictRow>,
}

pub struct DistrictRow {
    pub name: String,
    pub funded: String,
    pub spent: String,
}

impl ResultsPage<'_> {
    fn rule_explained(&self) -> String {
        self.c.t(rule_explained(&self.budget.rule))
    }
}

const BAR_STEP: i64 = 44;

/// Why a project won or lost, in the reader's language.
fn why_text(ctx: &Ctx, budget: &Budget, why: &Why) -> String {
    let m = |amount: u64| money(ctx, amount as i64, &budget.currency);
    let n = |value: u64| ctx.tr.number(value as i64);
    match why {
        Why::Ranked { rank, money_left, bought: true } => {
            ctx.tr.t_texts("fate-ranked-won", &[("rank", &n(*rank)), ("left", &m(*money_left))])
        }
        Why::Ranked { rank, money_left, bought: false } => {
            ctx.tr.t_texts("fate-ranked-lost", &[("rank", &n(*rank)), ("left", &m(*money_left))])
        }
        Why::Shared { step, payers, paid_all, share } => ctx.tr.t_texts(
            "fate-shared",
            &[("step", &n(*step)), ("payers", &n(*payers)), ("share", &m(*share)), ("all", &n(*paid_all))],
        ),
        Why::SupportersShort { held } => ctx.tr.t_texts("fate-supporters-short", &[("held", &m(*held))]),
        Why::Completed { rank, money_left } => {
            ctx.tr.t_texts("fate-completed", &[("rank", &n(*rank)), ("left", &m(*money_left))])
        }
        Why::NotCompleted { rank, money_left } => {
            ctx.tr.t_texts("fate-not-completed", &[("rank", &n(*rank)), ("left", &m(*money_left))])
        }
        Why::Loaded { step } => ctx.tr.t_texts("fate-loaded", &[("step", &n(*step))]),
        Why::StoppedHere => ctx.t("fate-stopped-here"),
        Why::NotReached => ctx.t("fate-not-reached"),
        Why::Optimal { bought: true } => ctx.t("fate-optimal-won"),
        Why::Optimal { bought: false } => ctx.t("fate-optimal-lost"),
        Why::Free => ctx.t("fate-free"),
        Why::Unsupported => ctx.t("fate-unsupported"),
    }
}

pub async fn results_page(ctx: Ctx, Id(id): Id) -> PageResult {
    let db = &ctx.state.db;
    let budget = db.budget(id).await?.ok_or(PageError::NotFound)?;
    if budget.status != "counted" {
        return Ok(see_other(&format!("/budgets/{id}")));
    }
    let (process, _, community) = load_process(&ctx, budget.process_id).await?;
    let (on, off): (Vec<BudgetProject>, Vec<BudgetProject>) =
        db.budget_projects(budget.id).await?.into_iter().partition(BudgetProject::is_feasible);
    let mut on = on;
    // Winners first, then by votes, as the chart reads.
    on.sort_by_key(|p| (p.won != Some(true), std::cmp::Reverse(p.votes.unwrap_or(0)), p.id));
    let most = on.iter().filter_map(|p| p.votes).max().unwrap_or(0).max(1);
    let bars = super::charts::lay_out(
        on.iter().map(|project| {
            let votes = project.votes.unwrap_or(0);
            let label =
                ctx.tr.t_texts("results-bar-label", &[("title", &project.title), ("votes", &ctx.tr.number(votes))]);
            (label, (votes * (CHART_WIDTH - 8) / most).max(2), project.won == Some(true))
        }),
        BAR_STEP,
        ctx.locale().is_right_to_left(),
    );
    let districts = district_rows(&ctx, &budget, &community, &on).await?;
    let rows = on
        .into_iter()
        .map(|project| ResultRow {
            cost: money(&ctx, project.cost, &budget.currency),
            votes: ctx.tr.number(project.votes.unwrap_or(0)),
            won: project.won == Some(true),
            why: project
                .fate
                .as_deref()
                .and_then(Why::parse)
                .map(|why| why_text(&ctx, &budget, &why))
                .unwrap_or_default(),
            project,
        })
        .collect();
    let channels = db
        .voters_by_channel(budget.id)
        .await?
        .into_iter()
        .map(|(channel, count)| {
            ctx.tr.t_texts(
                "results-channel",
                &[("channel", &ctx.t(channel_message(&channel))), ("n", &ctx.tr.number(count))],
            )
        })
        .collect();
    let spent = budget.spent.unwrap_or(0);
    let page = ResultsPage {
        c: &ctx,
        summary: summary(&ctx, budget.clone()),
        chart_height: bars.len() as i64 * BAR_STEP + 8,
        bars,
        rows,
        not_on_ballot: off,
        spent: money(&ctx, spent, &budget.currency),
        left: money(&ctx, budget.total - spent, &budget.currency),
        voters: ctx.tr.t_count("results-ballots", budget.ballot_count),
        channels,
        sha256: budget.published_sha256.clone().unwrap_or_default(),
        districts,
        budget,
        process,
        community,
    };
    Ok(render(&page))
}

/// The results per district, when projects are in districts: how many of each district's
/// projects won and the money they take; projects for the whole community come last.
async fn district_rows(
    ctx: &Ctx,
    budget: &Budget,
    community: &Community,
    on_ballot: &[BudgetProject],
) -> Result<Vec<DistrictRow>, PageError> {
    if on_ballot.iter().all(|project| project.neighbourhood_id.is_none()) {
        return Ok(Vec::new());
    }
    let mut districts: Vec<(Option<i64>, String)> = ctx
        .state
        .db
        .neighbourhoods_of(community.id)
        .await?
        .into_iter()
        .map(|district| (Some(district.id), district.name))
        .collect();
    districts.push((None, ctx.t("results-whole-community")));
    Ok(districts
        .into_iter()
        .filter_map(|(district, name)| {
            let here: Vec<&BudgetProject> = on_ballot.iter().filter(|p| p.neighbourhood_id == district).collect();
            if here.is_empty() {
                return None;
            }
            let won: Vec<&&BudgetProject> = here.iter().filter(|p| p.won == Some(true)).collect();
            Some(DistrictRow {
                name,
                funded: ctx
                    .tr
                    .t_args("results-district-funded", &[("won", won.len() as i64), ("of", here.len() as i64)]),
                spent: money(ctx, won.iter().map(|p| p.cost).sum(), &budget.currency),
            })
        })
        .collect())
}

/// The anonymised ballots as a Pabulib file, for anyone to recount.
pub async fn published_ballots(ctx: Ctx, Id(id): Id) -> PageResult {
    let budget = ctx.state.db.budget(id).await?.ok_or(PageError::NotFound)?;
    let file = budget.published_file.ok_or(PageError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"piazza-budget-{id}.pb\"")),
        ],
        file,
    )
        .into_response())
}

//! The accountability tracker's pages: "You said, we did" for a process, a result with its
//! timeline, and the officials' forms to record results and their updates.

use askama::Template;
use axum::extract::Query;
use piazza_app::AppError;
use piazza_app::accountability::{self as use_cases, ResultForm, Tracked, UpdateForm};
use piazza_app::records::{BudgetProject, Community, Process, Proposal, ProposalFilter, ResultUpdate, TrackedResult};
use piazza_domain::{ProcessId, ResultStatus};

use super::{Id, PageResult, load_process, render, see_other, speaks_for, unprocessable};
use crate::context::Ctx;
use crate::errors::PageError;
use crate::forms::{Fields, FormView, Posted};

#[derive(Template)]
#[template(path = "results.html")]
struct ResultsPage<'a> {
    c: &'a Ctx,
    community: Community,
    process: Process,
    results: Vec<Tracked>,
    official: bool,
}

impl ResultsPage<'_> {
    fn status_name(&self, status: &str) -> String {
        status_name(self.c, status)
    }
}

fn status_name(ctx: &Ctx, status: &str) -> String {
    ResultStatus::parse(status).map(|status| ctx.t(status.message_id())).unwrap_or_default()
}

/// "You said, we did": what the authority committed to in a process, and how far it has got.
pub async fn process_results_page(ctx: Ctx, Id(id): Id) -> PageResult {
    let (process, _, community) = load_process(&ctx, ProcessId(id)).await?;
    let results = use_cases::tree(&ctx.state.db, process.id).await?;
    let official = speaks_for(&ctx, &community);
    Ok(render(&ResultsPage { c: &ctx, community, process, results, official }))
}

#[derive(Template)]
#[template(path = "result_new.html")]
struct NewResultPage<'a> {
    c: &'a Ctx,
    community: Community,
    process: Process,
    form: FormView,
    parents: Vec<TrackedResult>,
    proposals: Vec<Proposal>,
    projects: Vec<BudgetProject>,
    statuses: &'static [ResultStatus],
}

async fn new_result_with(ctx: &Ctx, id: i64, form: FormView) -> PageResult {
    ctx.require_actor()?;
    let (process, _, community) = load_process(ctx, ProcessId(id)).await?;
    if !speaks_for(ctx, &community) {
        return Err(PageError::Forbidden);
    }
    let db = &ctx.state.db;
    let parents = db.results_of(process.id).await?.into_iter().filter(|r| r.parent_id.is_none()).collect();
    let proposals = db.proposals(&ProposalFilter::all_of(process.id)).await?.0;
    let mut projects = Vec::new();
    for budget in db.budgets_of(process.id).await? {
        projects.extend(db.budget_projects(budget.id).await?);
    }
    let page =
        NewResultPage { c: ctx, community, process, form, parents, proposals, projects, statuses: ResultStatus::ALL };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

pub async fn new_result_form(ctx: Ctx, Id(id): Id) -> PageResult {
    let fields = Fields::default().with("status", ResultStatus::Planned.key()).with("progress", "0");
    new_result_with(&ctx, id, FormView::new(fields)).await
}

pub async fn create_result(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let (process, _, community) = load_process(&ctx, ProcessId(id)).await?;
    let form = ResultForm {
        parent: fields.get("parent").to_owned(),
        title: fields.get("title").to_owned(),
        description: fields.get("description").to_owned(),
        status: fields.get("status").to_owned(),
        progress: fields.get("progress").to_owned(),
        starts_on: fields.get("starts_on").to_owned(),
        ends_on: fields.get("ends_on").to_owned(),
        budget_planned: fields.get("budget_planned").to_owned(),
        budget_spent: fields.get("budget_spent").to_owned(),
        proposals: fields.all("proposals"),
        projects: fields.all("projects"),
    };
    match use_cases::create(&ctx.state.db, actor, &community, &process, &form, ctx.locale()).await {
        Ok(result) => Ok(see_other(&format!("/results/{result}"))),
        Err(AppError::Invalid(errors)) => {
            new_result_with(&ctx, id, FormView::with_errors(fields, &errors, &ctx.tr)).await
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Template)]
#[template(path = "result.html")]
struct ResultPage<'a> {
    c: &'a Ctx,
    community: Community,
    process: Process,
    tracked: Tracked,
    parent: Option<TrackedResult>,
    description_html: String,
    proposals: Vec<Proposal>,
    projects: Vec<BudgetProject>,
    updates: Vec<ResultUpdate>,
    official: bool,
    form: FormView,
    statuses: &'static [ResultStatus],
    notice: Option<String>,
    /// Once the result is done, how residents rated it, and the form to rate it.
    rating: Option<super::services::RatingView>,
    rating_form: FormView,
}

impl ResultPage<'_> {
    fn status_name(&self, status: &str) -> String {
        status_name(self.c, status)
    }

    /// A stored day (`2027-03-31`) written out for the reader.
    fn day(&self, stored: &str) -> String {
        time::Date::parse(stored, time::macros::format_description!("[year]-[month]-[day]"))
            .map(|date| self.c.tr.date(&date.midnight().assume_utc()))
            .unwrap_or_else(|_| stored.to_owned())
    }

    fn money(&self, amount: &i64) -> String {
        self.c.tr.number(*amount)
    }
}

/// The page of a done result again, with the rating form as it was sent and why it was refused.
pub(super) async fn result_page_with_rating(ctx: &Ctx, id: i64, rating_form: FormView) -> PageResult {
    result_page_with(ctx, id, None, Some(rating_form), None).await
}

async fn result_page_with(
    ctx: &Ctx,
    id: i64,
    form: Option<FormView>,
    rating_form: Option<FormView>,
    notice: Option<String>,
) -> PageResult {
    let db = &ctx.state.db;
    let result = db.result(id).await?.ok_or(PageError::NotFound)?;
    let (process, _, community) = load_process(ctx, ProcessId(result.process_id)).await?;
    let tree = use_cases::tree(db, process.id).await?;
    let tracked = tree
        .iter()
        .flat_map(|root| std::iter::once(root.clone()).chain(root.children.clone()))
        .find(|tracked| tracked.result.id == id)
        .ok_or(PageError::NotFound)?;
    let parent = match result.parent_id {
        Some(parent) => db.result(parent).await?,
        None => None,
    };
    let mut proposals = Vec::new();
    let mut projects = Vec::new();
    for (kind, target) in db.result_links(id).await? {
        match kind.as_str() {
            "proposal" => proposals.extend(db.proposal(piazza_domain::ProposalId(target)).await?.filter(|p| !p.hidden)),
            _ => projects.extend(db.budget_project(target).await?),
        }
    }
    let form = form.unwrap_or_else(|| {
        FormView::new(
            Fields::default()
                .with("status", &result.status)
                .with("progress", &tracked.progress.to_string())
                .with("cancel_reason", result.cancel_reason.as_deref().unwrap_or_default()),
        )
    });
    let official = speaks_for(ctx, &community);
    let rating = if result.status == ResultStatus::Done.key() {
        Some(super::services::result_rating(ctx, id, official).await?)
    } else {
        None
    };
    let rating_form = rating_form.unwrap_or_else(|| {
        let mine = rating.as_ref().and_then(|r| r.mine).map(|s| s.to_string()).unwrap_or_default();
        FormView::new(Fields::default().with("score", &mine))
    });
    let page = ResultPage {
        c: ctx,
        official,
        description_html: crate::markdown::render(&result.description),
        updates: db.result_updates(id).await?,
        community,
        process,
        tracked,
        parent,
        proposals,
        projects,
        form,
        statuses: ResultStatus::ALL,
        notice,
        rating,
        rating_form,
    };
    let failed = page.form.has_errors() || page.rating_form.has_errors();
    Ok(if failed { unprocessable(&page) } else { render(&page) })
}

#[derive(serde::Deserialize, Default)]
pub struct ResultQuery {
    #[serde(default)]
    updated: Option<String>,
    #[serde(default)]
    rated: Option<String>,
}

pub async fn result_page(ctx: Ctx, Id(id): Id, Query(query): Query<ResultQuery>) -> PageResult {
    let notice = match (query.updated, query.rated) {
        (Some(_), _) => Some(ctx.t("result-done-updated")),
        (None, Some(_)) => Some(ctx.t("rating-done")),
        (None, None) => None,
    };
    result_page_with(&ctx, id, None, None, notice).await
}

pub async fn update_result(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let result = ctx.state.db.result(id).await?.ok_or(PageError::NotFound)?;
    let (_, _, community) = load_process(&ctx, ProcessId(result.process_id)).await?;
    let form = UpdateForm {
        body: fields.get("body").to_owned(),
        status: fields.get("status").to_owned(),
        progress: fields.get("progress").to_owned(),
        cancel_reason: fields.get("cancel_reason").to_owned(),
        budget_spent: fields.get("budget_spent").to_owned(),
    };
    match use_cases::update(&ctx.state.db, actor, &community, &result, &form).await {
        Ok(_) => Ok(see_other(&format!("/results/{id}?updated=1#timeline"))),
        Err(AppError::Invalid(errors)) => {
            result_page_with(&ctx, id, Some(FormView::with_errors(fields, &errors, &ctx.tr)), None, None).await
        }
        Err(error) => Err(error.into()),
    }
}

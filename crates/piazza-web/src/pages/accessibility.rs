//! The accessibility statement, the form to report a barrier, and the reports for a
//! community's administrators.

use askama::Template;
use axum::extract::{Path, Query};
use piazza_app::AppError;
use piazza_app::barriers::{self as use_cases, BarrierForm};
use piazza_app::records::{BarrierReport, Community};

use super::{PageResult, find_community, render, see_other, unprocessable};
use crate::context::Ctx;
use crate::forms::{Fields, FormView, Posted};

#[derive(Template)]
#[template(path = "accessibility.html")]
struct StatementPage<'a> {
    c: &'a Ctx,
    form: FormView,
    communities: Vec<Community>,
    notice: Option<String>,
    preferences: &'static [piazza_domain::DisplayPreference],
}

#[derive(serde::Deserialize, Default)]
pub struct StatementQuery {
    #[serde(default)]
    reported: Option<String>,
    #[serde(default)]
    page: Option<String>,
}

async fn statement_with(ctx: &Ctx, form: FormView, notice: Option<String>) -> PageResult {
    let communities = ctx.state.db.communities().await?;
    let page = StatementPage { c: ctx, form, communities, notice, preferences: piazza_domain::DisplayPreference::ALL };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

pub async fn accessibility_statement(ctx: Ctx, Query(query): Query<StatementQuery>) -> PageResult {
    let notice = query.reported.map(|_| ctx.t("barrier-done-reported"));
    let fields = Fields::default().with("page", query.page.as_deref().unwrap_or(""));
    statement_with(&ctx, FormView::new(fields), notice).await
}

pub async fn report_barrier(ctx: Ctx, Posted(fields): Posted) -> PageResult {
    let form = BarrierForm {
        page: fields.get("page").to_owned(),
        description: fields.get("description").to_owned(),
        community: fields.get("community").to_owned(),
        contact: fields.get("contact").to_owned(),
    };
    match use_cases::report(&ctx.state.db, ctx.actor.as_ref(), &form).await {
        Ok(_) => Ok(see_other("/accessibility?reported=1#report")),
        Err(AppError::Invalid(errors)) => {
            statement_with(&ctx, FormView::with_errors(fields, &errors, &ctx.tr), None).await
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Template)]
#[template(path = "barrier_reports.html")]
struct ReportsPage<'a> {
    c: &'a Ctx,
    community: Community,
    reports: Vec<BarrierReport>,
}

pub async fn barrier_reports(ctx: Ctx, Path(slug): Path<String>) -> PageResult {
    let actor = ctx.require_actor()?;
    let community = find_community(&ctx, &slug).await?;
    let reports = use_cases::reports_for(&ctx.state.db, actor, &community).await?;
    Ok(render(&ReportsPage { c: &ctx, community, reports }))
}

/// Display preferences, without script: signed in, they are remembered with the account;
/// otherwise in a cookie, set because the person asked.
pub async fn set_display(ctx: Ctx, Posted(fields): Posted) -> PageResult {
    let back = crate::forms::local_path(fields.get("return_to")).unwrap_or("/accessibility").to_owned();
    let chosen = fields.all("display");
    let preferences = piazza_domain::DisplayPreference::parse_list(chosen.iter().map(String::as_str));
    let mut response = see_other(&back);
    match &ctx.actor {
        Some(actor) => piazza_app::accounts::set_display(&ctx.state.db, actor, &preferences).await?,
        None => {
            // Cookie values may not hold commas: the keys are joined with dots.
            let value = preferences.iter().map(|p| p.key()).collect::<Vec<_>>().join(".");
            let max_age = if value.is_empty() { 0 } else { 365 * 24 * 3600 };
            let cookie = super::cookie_header(&ctx, crate::context::DISPLAY_COOKIE, &value, max_age, false);
            response.headers_mut().insert(axum::http::header::SET_COOKIE, cookie);
        }
    }
    Ok(response)
}

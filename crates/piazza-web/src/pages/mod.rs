//! The pages. Each handler takes the request's [`Ctx`], calls one use case, and renders.

mod accessibility;
mod accountability;
mod accounts;
mod admin;
mod assisted;
mod budgets;
mod cases;
mod charts;
mod comments;
mod communities;
mod eligibility;
mod links;
mod meetings;
mod moderation;
mod notifications;
mod open_data;
mod organisations;
mod processes;
mod representation;
mod search;
mod services;

pub use accessibility::*;
pub use accountability::*;
pub use accounts::*;
pub use admin::*;
pub use assisted::*;
pub use budgets::*;
pub use cases::*;
pub use comments::{
    comment_delete, comment_edit, comment_edit_form, comment_reply, comment_reply_form, comment_support,
};
pub use communities::*;
pub use eligibility::*;
pub use links::*;
pub use meetings::*;
pub use moderation::*;
pub use notifications::*;
pub use open_data::*;
pub use organisations::*;
pub use processes::*;
pub use representation::*;
pub use search::*;
pub use services::*;

use askama::Template;
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use piazza_app::records::{Community, CommunityText};
use piazza_domain::Locale;

use crate::AppState;
use crate::context::{Ctx, LANGUAGE_COOKIE};
use crate::errors::PageError;
use crate::forms::{Posted, local_path};

pub type PageResult = Result<Response, PageError>;

/// Makes a creating form count once: `begin` claims the form's token, and when the same form
/// arrives again (a double click, a resent page) answers with a redirect to what the first
/// submission created instead of creating it twice.
pub enum Submission {
    Proceed(Option<String>),
    /// The form was sent before: the address to show instead.
    Repeated(String),
}

pub async fn begin_submission(
    ctx: &Ctx,
    fields: &crate::forms::Fields,
    fallback: &str,
) -> Result<Submission, PageError> {
    let token = fields.get(crate::forms::SUBMISSION_FIELD);
    if !crate::forms::is_submission_token(token) {
        return Ok(Submission::Proceed(None));
    }
    Ok(match ctx.state.db.claim_submission(token).await? {
        piazza_app::records::Earlier::None => Submission::Proceed(Some(token.to_owned())),
        piazza_app::records::Earlier::Done(location) => Submission::Repeated(location),
        piazza_app::records::Earlier::InProgress => Submission::Repeated(fallback.to_owned()),
    })
}

/// Records where a submission's record lives (on success) or frees its token (on refusal).
pub async fn end_submission(ctx: &Ctx, token: Option<String>, created: Option<&str>) -> Result<(), PageError> {
    if let Some(token) = token {
        match created {
            Some(location) => ctx.state.db.complete_submission(&token, location).await?,
            None => ctx.state.db.release_submission(&token).await?,
        }
    }
    Ok(())
}

/// A process with its phases and its community, or the page does not exist.
pub(super) async fn load_process(
    ctx: &Ctx,
    id: piazza_domain::ProcessId,
) -> Result<(piazza_app::records::Process, Vec<piazza_app::records::Phase>, Community), PageError> {
    let (process, phases) = piazza_app::processes::find(&ctx.state.db, id).await?;
    let community = ctx.state.db.community(process.community_id).await?.ok_or(PageError::NotFound)?;
    Ok((process, phases, community))
}

/// Whether the person may open processes and budgets in the community and answer for it.
pub(super) fn speaks_for(ctx: &Ctx, community: &Community) -> bool {
    ctx.actor.as_ref().is_some_and(|actor| piazza_app::processes::speaks_for(actor, community))
}

/// A numeric id from the path; anything else is a page that does not exist.
pub struct Id(pub i64);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Id {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, state: &S) -> Result<Self, Self::Rejection> {
        let axum::extract::Path(raw) =
            axum::extract::Path::<String>::from_request_parts(parts, state).await.map_err(|_| PageError::NotFound)?;
        raw.parse().map(Id).map_err(|_| PageError::NotFound)
    }
}

/// Renders a template as an HTML page. A template that fails to render is a bug, logged and
/// answered with the error page.
pub fn render(template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => Html(html).into_response(),
        Err(error) => PageError::Internal(format!("template failed: {error}")).into_response(),
    }
}

/// A redirect after a successful form (POST, then redirect, then GET).
pub fn see_other(path: &str) -> Response {
    Redirect::to(path).into_response()
}

/// Shows a form again after an error: the same page, with status 422 so that programs can
/// tell it from a success.
pub fn unprocessable(template: &impl Template) -> Response {
    let mut response = render(template);
    if response.status() == StatusCode::OK {
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    response
}

pub fn cookie_header(ctx: &Ctx, name: &str, value: &str, max_age_seconds: u64, http_only: bool) -> HeaderValue {
    let secure = if ctx.state.config.secure_cookies() { "; Secure" } else { "" };
    let http_only = if http_only { "; HttpOnly" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; SameSite=Lax; Max-Age={max_age_seconds}{http_only}{secure}"
    ))
    .expect("cookie values are hex or language codes")
}

/// A community as the lists show it, with its text in the best language for the reader.
pub struct CommunitySummary {
    pub community: Community,
    pub text: Option<CommunityText>,
}

/// The text in the reader's language if there is one, else in the community's own language,
/// else any.
pub fn best_text(texts: Vec<CommunityText>, reader: Locale, community_default: &str) -> Option<CommunityText> {
    let position = texts
        .iter()
        .position(|t| t.locale == reader.code())
        .or_else(|| texts.iter().position(|t| t.locale == community_default))
        .or(if texts.is_empty() { None } else { Some(0) });
    position.map(|index| texts.into_iter().nth(index).expect("position is within the list"))
}

/// Pairs each community with its best text, fetching all texts in one query.
pub async fn summarise(ctx: &Ctx, communities: Vec<Community>) -> Result<Vec<CommunitySummary>, PageError> {
    let mut texts = ctx.state.db.all_community_texts().await?;
    Ok(communities
        .into_iter()
        .map(|community| {
            let own: Vec<CommunityText>;
            (own, texts) = std::mem::take(&mut texts).into_iter().partition(|t| t.community_id == community.id.0);
            let text = best_text(own, ctx.locale(), &community.default_locale);
            CommunitySummary { community, text }
        })
        .collect())
}

/// A region and the communities within it, for the front page.
pub struct RegionGroup {
    pub region: CommunitySummary,
    pub members: Vec<CommunitySummary>,
}

#[derive(Template)]
#[template(path = "front.html")]
struct FrontPage<'a> {
    c: &'a Ctx,
    regions: Vec<RegionGroup>,
    unaffiliated: Vec<CommunitySummary>,
}

pub async fn front_page(ctx: Ctx) -> PageResult {
    let all = summarise(&ctx, ctx.state.db.communities().await?).await?;
    let (regions, others): (Vec<_>, Vec<_>) = all.into_iter().partition(|s| s.community.kind == "region");
    let mut regions: Vec<RegionGroup> =
        regions.into_iter().map(|region| RegionGroup { region, members: Vec::new() }).collect();
    let mut unaffiliated = Vec::new();
    for summary in others {
        match regions.iter_mut().find(|group| Some(group.region.community.id) == summary.community.parent()) {
            Some(group) => group.members.push(summary),
            None => unaffiliated.push(summary),
        }
    }
    // Sorted in Rust, not by the database's collation, so that both backends agree.
    regions.sort_by(|a, b| a.region.community.name.cmp(&b.region.community.name));
    for group in &mut regions {
        group.members.sort_by_key(|s| std::cmp::Reverse(s.community.population.unwrap_or(0)));
    }
    unaffiliated.sort_by(|a, b| a.community.name.cmp(&b.community.name));
    Ok(render(&FrontPage { c: &ctx, regions, unaffiliated }))
}

pub async fn healthz() -> &'static str {
    "ok"
}

pub async fn readyz(State(state): State<AppState>) -> Response {
    match state.db.ping().await {
        Ok(()) => Json(serde_json::json!({ "status": "ready", "database": state.db.backend_name() })).into_response(),
        Err(error) => {
            tracing::error!(%error, "database does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, Json(serde_json::json!({ "status": "unavailable" }))).into_response()
        }
    }
}

const STYLESHEET: &str = include_str!("../../static/piazza.css");

pub async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            // The address carries a version, so the sheet may be kept for a day.
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        STYLESHEET,
    )
        .into_response()
}

const BALLOT_SCRIPT: &str = include_str!("../../static/ballot.js");

/// The only script: it updates a budget ballot's total in place, for those who have script.
pub async fn ballot_script() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=86400")],
        BALLOT_SCRIPT,
    )
        .into_response()
}

const FAVICON: &str = include_str!("../../static/favicon.svg");

pub async fn favicon() -> Response {
    ([(header::CONTENT_TYPE, "image/svg+xml"), (header::CACHE_CONTROL, "public, max-age=604800")], FAVICON)
        .into_response()
}

/// The language switcher's target. Signed in, the choice is saved to the account; otherwise it
/// goes in a cookie, which is set only because the person asked for it.
pub async fn set_language(ctx: Ctx, Posted(fields): Posted) -> PageResult {
    let back = local_path(fields.get("return_to")).unwrap_or("/").to_owned();
    let Some(locale) = Locale::parse(fields.get("lang")) else {
        return Ok(see_other(&back));
    };
    let mut response = see_other(&back);
    match &ctx.actor {
        Some(actor) => piazza_app::accounts::set_locale(&ctx.state.db, actor, locale).await?,
        None => {
            let cookie = cookie_header(&ctx, LANGUAGE_COOKIE, locale.code(), 365 * 24 * 3600, false);
            response.headers_mut().insert(header::SET_COOKIE, cookie);
        }
    }
    Ok(response)
}

pub async fn not_found() -> PageError {
    PageError::NotFound
}

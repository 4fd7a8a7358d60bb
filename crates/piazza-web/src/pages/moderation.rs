//! Moderation pages: reporting a contribution, the moderators' queue and blocks, the public
//! log, and an author's appeal.

use askama::Template;
use axum::extract::Path;
use piazza_app::AppError;
use piazza_app::moderation::{self as use_cases, Content, ReportForm};
use piazza_app::notifications::{Audience, Event};
use piazza_app::records::{Block, Community, LogEntry, ModerationCase, QueueEntry, Report, ReportOutcome};
use piazza_domain::{AccountId, ContentKind, ModerationAction, ModerationState, NotificationKind, ReportReason};

use super::communities::find_community;
use super::{Id, PageResult, render, see_other, unprocessable};
use crate::context::Ctx;
use crate::errors::PageError;
use crate::forms::{Fields, FormView, Posted};
use crate::notices;

/// Entries of the public log per page.
const LOG_PAGE_SIZE: i64 = 50;

async fn content_and_community(ctx: &Ctx, kind: &str, id: &str) -> Result<(Content, Community), PageError> {
    let id: i64 = id.parse().map_err(|_| PageError::NotFound)?;
    let content = use_cases::find_content(&ctx.state.db, kind, id).await?;
    let community = ctx.state.db.community(content.community()).await?.ok_or(PageError::NotFound)?;
    Ok((content, community))
}

/// Tells the author of a contribution that it was hidden, and why. Nobody is named as the one
/// who acted: for a hiding after reports, that would reveal a reporter.
async fn tell_author(ctx: &Ctx, content: &Content, reason: Option<String>) -> Result<(), PageError> {
    let Some(author) = content.owner.author_id else { return Ok(()) };
    let db = &ctx.state.db;
    let title = match content.owner.proposal_id {
        Some(proposal) => db.proposal(piazza_domain::ProposalId(proposal)).await?.map(|p| p.title),
        None => db.process(piazza_domain::ProcessId(content.owner.process_id)).await?.map(|p| p.title),
    }
    .unwrap_or_default();
    let event = Event {
        kind: NotificationKind::Hidden,
        title,
        link: content.address(),
        actor: None,
        actor_name: None,
        detail: reason,
    };
    notices::send(ctx, event, &[Audience::People(vec![AccountId(author)])], &mut Vec::new()).await
}

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage<'a> {
    c: &'a Ctx,
    content: Content,
    community: Community,
    reasons: &'static [ReportReason],
    form: FormView,
    hide_form: FormView,
    moderates: bool,
    /// Set once the report is recorded: what happened, for the person to read.
    outcome: Option<String>,
    problem: Option<String>,
}

impl<'a> ReportPage<'a> {
    /// The page before anything was sent: empty forms, nothing to report yet.
    fn blank(c: &'a Ctx, content: Content, community: Community, moderates: bool) -> Self {
        ReportPage {
            c,
            content,
            community,
            reasons: ReportReason::ALL,
            form: FormView::default(),
            hide_form: FormView::default(),
            moderates,
            outcome: None,
            problem: None,
        }
    }

    fn kind_name(&self) -> String {
        self.c.t(self.content.kind.message_id())
    }
}

fn report_page(page: ReportPage<'_>) -> axum::response::Response {
    if page.form.has_errors() || page.hide_form.has_errors() || page.problem.is_some() {
        unprocessable(&page)
    } else {
        render(&page)
    }
}

pub async fn report_form(ctx: Ctx, Path((kind, id)): Path<(String, String)>) -> PageResult {
    let actor = ctx.require_actor()?;
    let (content, community) = content_and_community(&ctx, &kind, &id).await?;
    let moderates = use_cases::moderates(actor, community.id);
    Ok(report_page(ReportPage::blank(&ctx, content, community, moderates)))
}

pub async fn report(ctx: Ctx, Path((kind, id)): Path<(String, String)>, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let (content, community) = content_and_community(&ctx, &kind, &id).await?;
    let form = ReportForm { reason: fields.get("reason"), details: fields.get("details") };
    let outcome = use_cases::report(&ctx.state.db, actor, &community, &content, &form).await;
    let moderates = use_cases::moderates(actor, community.id);
    let mut page = ReportPage::blank(&ctx, content, community, moderates);
    match outcome {
        Ok(Ok(outcome)) => {
            if outcome == ReportOutcome::Hidden {
                tell_author(&ctx, &page.content, None).await?;
            }
            page.outcome = Some(ctx.t(match outcome {
                ReportOutcome::Recorded => "report-recorded",
                ReportOutcome::AlreadyReported => "report-already",
                ReportOutcome::Hidden => "report-hidden",
            }));
        }
        Ok(Err(not_now)) => {
            page.form = FormView::new(fields);
            page.problem = Some(ctx.t(not_now.message_id()));
        }
        Err(AppError::Invalid(errors)) => page.form = FormView::with_errors(fields, &errors, &ctx.tr),
        Err(error) => return Err(error.into()),
    }
    Ok(report_page(page))
}

/// A moderator hides a contribution straight from its report page.
pub async fn hide_content(ctx: Ctx, Path((kind, id)): Path<(String, String)>, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let (content, community) = content_and_community(&ctx, &kind, &id).await?;
    match use_cases::hide(&ctx.state.db, actor, &content, fields.get("reason")).await {
        Ok(_) => {
            tell_author(&ctx, &content, Some(fields.get("reason").trim().to_owned())).await?;
            Ok(see_other(&content.address()))
        }
        Err(AppError::Invalid(errors)) => {
            let mut page = ReportPage::blank(&ctx, content, community, true);
            page.hide_form = FormView::with_errors(fields, &errors, &ctx.tr);
            Ok(report_page(page))
        }
        Err(error) => Err(error.into()),
    }
}

/// A case in the queue with its reports and the forms' field ids.
pub struct CaseView {
    pub entry: QueueEntry,
    pub reports: Vec<Report>,
}

impl CaseView {
    pub fn reason_field(&self) -> String {
        format!("reason-{}", self.entry.id)
    }

    pub fn is_hidden(&self) -> bool {
        ModerationState::parse(&self.entry.state).is_some_and(ModerationState::hides)
    }

    /// Where the contribution is shown, for the moderator to see it in place.
    pub fn address(&self) -> String {
        match (self.entry.content_kind.as_str(), self.entry.proposal_id) {
            ("proposal", _) => format!("/proposals/{}", self.entry.content_id),
            ("comment", Some(proposal)) => format!("/proposals/{proposal}#comment-{}", self.entry.content_id),
            ("comment", None) => {
                format!("/processes/{}#comment-{}", self.entry.process_id.unwrap_or_default(), self.entry.content_id)
            }
            (_, proposal) => format!("/proposals/{}#amendment-{}", proposal.unwrap_or_default(), self.entry.content_id),
        }
    }
}

#[derive(Template)]
#[template(path = "moderation.html")]
struct QueuePage<'a> {
    c: &'a Ctx,
    community: Community,
    cases: Vec<CaseView>,
    blocks: Vec<Block>,
    form: FormView,
    notice: Option<String>,
}

impl QueuePage<'_> {
    fn kind_name(&self, key: &str) -> String {
        ContentKind::parse(key).map(|k| self.c.t(k.message_id())).unwrap_or_default()
    }

    fn state_name(&self, key: &str) -> String {
        ModerationState::parse(key).map(|s| self.c.t(s.message_id())).unwrap_or_default()
    }

    fn reason_name(&self, key: &str) -> String {
        ReportReason::parse(key).map(|r| self.c.t(r.message_id())).unwrap_or_default()
    }
}

async fn queue_page(ctx: &Ctx, community: Community, form: FormView, notice: Option<String>) -> PageResult {
    let actor = ctx.require_actor()?;
    if !use_cases::moderates(actor, community.id) {
        return Err(PageError::Forbidden);
    }
    let db = &ctx.state.db;
    let mut reports = db.open_reports(community.id).await?;
    let cases = db
        .moderation_queue(community.id)
        .await?
        .into_iter()
        .map(|entry| {
            let own;
            (own, reports) = std::mem::take(&mut reports).into_iter().partition(|r| r.case_id == entry.id);
            CaseView { entry, reports: own }
        })
        .collect();
    let blocks = db.blocks(community.id).await?;
    let page = QueuePage { c: ctx, community, cases, blocks, form, notice };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

#[derive(serde::Deserialize, Default)]
pub struct DoneQuery {
    #[serde(default)]
    done: String,
}

pub async fn moderation_queue(
    ctx: Ctx,
    Path(slug): Path<String>,
    axum::extract::Query(query): axum::extract::Query<DoneQuery>,
) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    let fields = Fields::default().with("report_threshold", &community.report_threshold.to_string());
    let notice = match query.done.as_str() {
        "hidden" => Some(ctx.t("moderation-done-hidden")),
        "restored" => Some(ctx.t("moderation-done-restored")),
        "upheld" => Some(ctx.t("moderation-done-upheld")),
        "blocked" => Some(ctx.t("moderation-done-blocked")),
        "unblocked" => Some(ctx.t("moderation-done-unblocked")),
        "threshold" => Some(ctx.t("moderation-done-threshold")),
        _ => None,
    };
    queue_page(&ctx, community, FormView::new(fields), notice).await
}

async fn load_case(ctx: &Ctx, id: i64) -> Result<(ModerationCase, Community), PageError> {
    let case = ctx.state.db.moderation_case(id).await?.ok_or(PageError::NotFound)?;
    let community =
        ctx.state.db.community(piazza_domain::CommunityId(case.community_id)).await?.ok_or(PageError::NotFound)?;
    Ok((case, community))
}

/// Runs a moderator's decision on a case; a refused reason comes back beside that case's field.
async fn decide(ctx: Ctx, id: i64, fields: Fields, decision: &'static str) -> PageResult {
    let actor = ctx.require_actor()?;
    let (case, community) = load_case(&ctx, id).await?;
    let db = &ctx.state.db;
    let reason = fields.get(&format!("reason-{id}"));
    let content = use_cases::find_content(db, &case.content_kind, case.content_id).await?;
    let outcome = match decision {
        "hidden" => use_cases::hide(db, actor, &content, reason).await.map(|_| ()),
        "restored" => use_cases::restore(db, actor, &case, reason).await,
        _ => use_cases::uphold(db, actor, &case, reason).await,
    };
    match outcome {
        Ok(()) => {
            if decision != "restored" {
                tell_author(&ctx, &content, Some(reason.trim().to_owned())).await?;
            }
            Ok(see_other(&format!("/c/{}/moderation?done={decision}", community.slug)))
        }
        Err(AppError::Invalid(errors)) => {
            let mut form = FormView::with_errors(fields, &errors, &ctx.tr);
            for error in &mut form.errors {
                error.0 = format!("reason-{id}");
            }
            queue_page(&ctx, community, form, None).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn hide_case(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    decide(ctx, id, fields, "hidden").await
}

pub async fn restore_case(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    decide(ctx, id, fields, "restored").await
}

pub async fn uphold_case(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    decide(ctx, id, fields, "upheld").await
}

pub async fn block_person(ctx: Ctx, Path(slug): Path<String>, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let community = find_community(&ctx, &slug).await?;
    match use_cases::block(&ctx.state.db, actor, &community, fields.get("username"), fields.get("block_reason")).await {
        Ok(()) => Ok(see_other(&format!("/c/{slug}/moderation?done=blocked#blocks"))),
        Err(AppError::Invalid(mut errors)) => {
            // The reason of a block has its own field on a page with other reasons.
            for error in &mut errors.fields {
                if error.field == "reason" {
                    error.field = "block_reason".into();
                }
            }
            queue_page(&ctx, community, FormView::with_errors(fields, &errors, &ctx.tr), None).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn unblock_person(ctx: Ctx, Path((slug, account)): Path<(String, String)>) -> PageResult {
    let actor = ctx.require_actor()?;
    let community = find_community(&ctx, &slug).await?;
    let account: i64 = account.parse().map_err(|_| PageError::NotFound)?;
    use_cases::unblock(&ctx.state.db, actor, &community, AccountId(account)).await?;
    Ok(see_other(&format!("/c/{slug}/moderation?done=unblocked#blocks")))
}

pub async fn set_report_threshold(ctx: Ctx, Path(slug): Path<String>, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let community = find_community(&ctx, &slug).await?;
    match use_cases::set_threshold(&ctx.state.db, actor, &community, fields.get("report_threshold")).await {
        Ok(()) => Ok(see_other(&format!("/c/{slug}/moderation?done=threshold"))),
        Err(AppError::Invalid(errors)) => {
            queue_page(&ctx, community, FormView::with_errors(fields, &errors, &ctx.tr), None).await
        }
        Err(error) => Err(error.into()),
    }
}

/// A line of the public log with the link to what it concerns.
pub struct LogLine {
    pub entry: LogEntry,
    pub action: ModerationAction,
}

impl LogLine {
    pub fn address(&self) -> Option<String> {
        let id = self.entry.content_id?;
        Some(match (self.entry.content_kind.as_deref()?, self.entry.proposal_id) {
            ("proposal", _) => format!("/proposals/{id}"),
            ("comment", Some(proposal)) => format!("/proposals/{proposal}#comment-{id}"),
            ("comment", None) => format!("/processes/{}#comment-{id}", self.entry.process_id.unwrap_or_default()),
            (_, proposal) => format!("/proposals/{}#amendment-{id}", proposal.unwrap_or_default()),
        })
    }
}

#[derive(Template)]
#[template(path = "moderation_log.html")]
struct LogPage<'a> {
    c: &'a Ctx,
    community: Community,
    lines: Vec<LogLine>,
    page: i64,
    has_more: bool,
    moderates: bool,
}

impl LogPage<'_> {
    /// What a line concerns, such as "comment 42".
    fn concerning(&self, line: &LogLine) -> String {
        let id = line.entry.content_id.unwrap_or_default();
        match line.entry.content_kind.as_deref().and_then(ContentKind::parse) {
            Some(ContentKind::Proposal) => self.c.tr.t_count("proposal-number", id),
            Some(ContentKind::Amendment) => self.c.tr.t_count("amendment-number", id),
            _ => self.c.tr.t_count("comment-number", id),
        }
    }
}

#[derive(serde::Deserialize, Default)]
pub struct PageQuery {
    #[serde(default)]
    page: Option<i64>,
}

pub async fn moderation_log(
    ctx: Ctx,
    Path(slug): Path<String>,
    axum::extract::Query(query): axum::extract::Query<PageQuery>,
) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    let page = query.page.unwrap_or(1).max(1);
    let mut entries =
        ctx.state.db.moderation_log(community.id, LOG_PAGE_SIZE + 1, (page - 1).saturating_mul(LOG_PAGE_SIZE)).await?;
    let has_more = entries.len() as i64 > LOG_PAGE_SIZE;
    entries.truncate(LOG_PAGE_SIZE as usize);
    let lines = entries
        .into_iter()
        .filter_map(|entry| ModerationAction::parse(&entry.action).map(|action| LogLine { entry, action }))
        .collect();
    let moderates = ctx.actor.as_ref().is_some_and(|actor| use_cases::moderates(actor, community.id));
    Ok(render(&LogPage { c: &ctx, community, lines, page, has_more, moderates }))
}

#[derive(Template)]
#[template(path = "appeal.html")]
struct AppealPage<'a> {
    c: &'a Ctx,
    case: ModerationCase,
    address: String,
    form: FormView,
    may_appeal: bool,
}

async fn appeal_page(ctx: &Ctx, kind: &str, id: &str, form: FormView) -> PageResult {
    let actor = ctx.require_actor()?;
    let (content, _) = content_and_community(ctx, kind, id).await?;
    let case = ctx.state.db.moderation_case_of(content.kind, content.id).await?.ok_or(PageError::NotFound)?;
    if case.author_id != Some(actor.id().0) {
        return Err(PageError::Forbidden);
    }
    let may_appeal = use_cases::may_appeal(actor, &case);
    let page = AppealPage { c: ctx, case, address: content.address(), form, may_appeal };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

pub async fn appeal_form(ctx: Ctx, Path((kind, id)): Path<(String, String)>) -> PageResult {
    appeal_page(&ctx, &kind, &id, FormView::default()).await
}

pub async fn appeal(ctx: Ctx, Path((kind, id)): Path<(String, String)>, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let (content, _) = content_and_community(&ctx, &kind, &id).await?;
    let case = ctx.state.db.moderation_case_of(content.kind, content.id).await?.ok_or(PageError::NotFound)?;
    match use_cases::appeal(&ctx.state.db, actor, &case, fields.get("appeal")).await {
        Ok(()) => Ok(see_other(&format!("/appeal/{kind}/{id}"))),
        Err(AppError::Invalid(errors)) => {
            appeal_page(&ctx, &kind, &id, FormView::with_errors(fields, &errors, &ctx.tr)).await
        }
        Err(error) => Err(error.into()),
    }
}

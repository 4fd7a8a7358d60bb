//! Comments on processes and proposals: the thread as a page shows it, and the actions on it.

use askama::Template;
use piazza_app::AppError;
use piazza_app::comments::{self as use_cases, CommentForm, CommentOrder, CommentPlace, DEEPEST};
use piazza_app::notifications::Audience;
use piazza_app::processes as process_cases;
use piazza_app::records::{Comment, Community, Process};
use piazza_domain::{AccountId, FollowTarget, NotificationKind, ProcessId, ProposalId, Stance};

use super::{Id, PageResult, Submission, begin_submission, end_submission, render, see_other, unprocessable};
use crate::context::Ctx;
use crate::errors::PageError;
use crate::forms::{Fields, FormView, Posted};
use crate::notices;

/// A comment with what the page needs to show around it.
pub struct CommentView {
    pub comment: Comment,
    pub stance: Stance,
    pub parent_author: Option<String>,
    pub is_author: bool,
    pub can_reply: bool,
}

impl CommentView {
    pub fn is_deleted(&self) -> bool {
        self.comment.deleted_at.is_some()
    }
}

/// A thread of comments with the choices around it, as the proposal and process pages show it.
pub struct Thread {
    pub comments: Vec<CommentView>,
    /// Where the form for a new comment posts.
    pub action: String,
    /// The page the thread is on, for the sorting links.
    pub page: String,
    pub order: CommentOrder,
    pub open: bool,
    pub stances: &'static [Stance],
}

impl Thread {
    pub fn count(&self) -> usize {
        self.comments.iter().filter(|view| !view.is_deleted()).count()
    }

    pub fn orders(&self) -> [(&'static str, &'static str); 3] {
        [("oldest", "comments-oldest"), ("newest", "comments-newest"), ("supported", "comments-supported")]
    }

    pub fn is_order(&self, key: &str) -> bool {
        self.order.key() == key
    }
}

/// Loads and arranges the comments on a proposal, or on the process itself.
pub async fn thread(
    ctx: &Ctx,
    process: &Process,
    proposal: Option<ProposalId>,
    order: CommentOrder,
    open: bool,
) -> Result<Thread, PageError> {
    let comments = ctx.state.db.comments_on(process.id, proposal).await?;
    let names: Vec<(i64, Option<String>)> = comments.iter().map(|c| (c.id, c.author_name.clone())).collect();
    let me = ctx.actor.as_ref().map(|a| a.id().0);
    let views = use_cases::threads(comments, order)
        .into_iter()
        .map(|comment| CommentView {
            stance: Stance::parse(&comment.stance).unwrap_or(Stance::Neutral),
            parent_author: comment
                .parent_id
                .and_then(|parent| names.iter().find(|(id, _)| *id == parent).and_then(|(_, name)| name.clone())),
            is_author: me.is_some() && comment.author_id == me,
            can_reply: open && comment.depth < DEEPEST && comment.deleted_at.is_none(),
            comment,
        })
        .collect();
    let (action, page) = match proposal {
        Some(id) => (format!("/proposals/{id}/comments"), format!("/proposals/{id}")),
        None => (format!("/processes/{}/comments", process.id), format!("/processes/{}", process.id)),
    };
    Ok(Thread { comments: views, action, page, order, open, stances: Stance::ALL })
}

/// The page a comment lives on, at the comment.
fn comment_address(comment: &Comment) -> String {
    match comment.proposal_id {
        Some(proposal) => format!("/proposals/{proposal}#comment-{}", comment.id),
        None => format!("/processes/{}#comment-{}", comment.process_id, comment.id),
    }
}

async fn load(ctx: &Ctx, id: i64) -> Result<(Comment, Process, Vec<piazza_app::records::Phase>, Community), PageError> {
    let comment = ctx.state.db.comment(id).await?.ok_or(PageError::NotFound)?;
    let (process, phases) = process_cases::find(&ctx.state.db, comment.process_id).await?;
    let community = ctx.state.db.community(process.community_id).await?.ok_or(PageError::NotFound)?;
    Ok((comment, process, phases, community))
}

/// Tells the followers of what was commented on, and the author of the comment replied to.
async fn tell_about_comment(
    ctx: &Ctx,
    process: &Process,
    proposal: Option<ProposalId>,
    parent: Option<&Comment>,
    address: &str,
) -> Result<(), PageError> {
    let (title, target, target_id) = match proposal {
        Some(id) => {
            let proposal = ctx.state.db.proposal(id).await?.ok_or(PageError::NotFound)?;
            (proposal.title, FollowTarget::Proposal, id.0)
        }
        None => (process.title.clone(), FollowTarget::Process, process.id.0),
    };
    let mut told = Vec::new();
    if let Some(author) = parent.and_then(|parent| parent.author_id) {
        let event = notices::event_by(ctx, NotificationKind::Reply, &title, address.to_owned(), None);
        notices::send(ctx, event, &[Audience::People(vec![AccountId(author)])], &mut told).await?;
    }
    let event = notices::event_by(ctx, NotificationKind::Comment, &title, address.to_owned(), None);
    notices::send(ctx, event, &[Audience::Followers(target, target_id)], &mut told).await
}

/// Posts a new top-level comment; the page shows it again with errors when refused.
pub async fn post_comment(
    ctx: &Ctx,
    process_id: ProcessId,
    proposal: Option<ProposalId>,
    fields: &Fields,
) -> Result<Result<String, FormView>, PageError> {
    let actor = ctx.require_actor()?;
    let (process, phases) = process_cases::find(&ctx.state.db, process_id).await?;
    let form = CommentForm { stance: fields.get("stance"), body: fields.get("body") };
    let place = CommentPlace { process: &process, phases: &phases, proposal, parent: None };
    let fallback = match proposal {
        Some(id) => format!("/proposals/{id}"),
        None => format!("/processes/{}", process.id),
    };
    let token = match begin_submission(ctx, fields, &fallback).await? {
        Submission::Repeated(location) => return Ok(Ok(location)),
        Submission::Proceed(token) => token,
    };
    let outcome = use_cases::comment(&ctx.state.db, actor, &place, &form, ctx.locale()).await;
    let created = match &outcome {
        Ok(Ok(id)) => ctx.state.db.comment(*id).await?.map(|comment| comment_address(&comment)),
        _ => None,
    };
    end_submission(ctx, token, created.as_deref()).await?;
    match outcome {
        Ok(Ok(_)) => {
            let address = created.unwrap_or(fallback);
            tell_about_comment(ctx, &process, proposal, None, &address).await?;
            Ok(Ok(address))
        }
        Ok(Err(not_now)) => {
            let mut view = FormView::new(fields.clone());
            view.errors.push(("body".into(), ctx.t(not_now.message_id())));
            Ok(Err(view))
        }
        Err(AppError::Invalid(errors)) => Ok(Err(FormView::with_errors(fields.clone(), &errors, &ctx.tr))),
        Err(error) => Err(error.into()),
    }
}

#[derive(Template)]
#[template(path = "comment_form.html")]
struct CommentFormPage<'a> {
    c: &'a Ctx,
    title_id: &'static str,
    parent: Comment,
    back: String,
    form: FormView,
    editing: bool,
    stances: &'static [Stance],
}

fn comment_form_page(ctx: &Ctx, parent: Comment, form: FormView, editing: bool) -> axum::response::Response {
    let page = CommentFormPage {
        c: ctx,
        title_id: if editing { "comment-edit-title" } else { "comment-reply-title" },
        back: comment_address(&parent),
        parent,
        form,
        editing,
        stances: Stance::ALL,
    };
    if page.form.has_errors() { unprocessable(&page) } else { render(&page) }
}

pub async fn comment_reply_form(ctx: Ctx, Id(id): Id) -> PageResult {
    ctx.require_actor()?;
    let (comment, _, phases, _) = load(&ctx, id).await?;
    let mut form = FormView::new(Fields::default().with("stance", "neutral"));
    if !process_cases::allows(&phases, process_cases::Activity::Comment) {
        form.errors.push(("body".into(), ctx.t("not-now-activity")));
    }
    Ok(comment_form_page(&ctx, comment, form, false))
}

pub async fn comment_reply(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let (parent, process, phases, _) = load(&ctx, id).await?;
    let form = CommentForm { stance: fields.get("stance"), body: fields.get("body") };
    let proposal = parent.proposal_id.map(ProposalId);
    let place = CommentPlace { process: &process, phases: &phases, proposal, parent: Some(&parent) };
    let token = match begin_submission(&ctx, &fields, &comment_address(&parent)).await? {
        Submission::Repeated(location) => return Ok(see_other(&location)),
        Submission::Proceed(token) => token,
    };
    let outcome = use_cases::comment(&ctx.state.db, actor, &place, &form, ctx.locale()).await;
    let created = match &outcome {
        Ok(Ok(id)) => ctx.state.db.comment(*id).await?.map(|comment| comment_address(&comment)),
        _ => None,
    };
    end_submission(&ctx, token, created.as_deref()).await?;
    match outcome {
        Ok(Ok(_)) => {
            let address = created.unwrap_or_else(|| comment_address(&parent));
            tell_about_comment(&ctx, &process, proposal, Some(&parent), &address).await?;
            Ok(see_other(&address))
        }
        Ok(Err(not_now)) => {
            let mut view = FormView::new(fields);
            view.errors.push(("body".into(), ctx.t(not_now.message_id())));
            Ok(comment_form_page(&ctx, parent, view, false))
        }
        Err(AppError::Invalid(errors)) => {
            Ok(comment_form_page(&ctx, parent, FormView::with_errors(fields, &errors, &ctx.tr), false))
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn comment_edit_form(ctx: Ctx, Id(id): Id) -> PageResult {
    let actor = ctx.require_actor()?;
    let (comment, _, _, _) = load(&ctx, id).await?;
    if comment.author_id != Some(actor.id().0) || comment.deleted_at.is_some() {
        return Err(PageError::Forbidden);
    }
    let form = FormView::new(Fields::default().with("body", &comment.body));
    Ok(comment_form_page(&ctx, comment, form, true))
}

pub async fn comment_edit(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let (comment, _, _, _) = load(&ctx, id).await?;
    match use_cases::edit(&ctx.state.db, actor, &comment, fields.get("body")).await {
        Ok(()) => Ok(see_other(&comment_address(&comment))),
        Err(AppError::Invalid(errors)) => {
            Ok(comment_form_page(&ctx, comment, FormView::with_errors(fields, &errors, &ctx.tr), true))
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn comment_delete(ctx: Ctx, Id(id): Id) -> PageResult {
    let actor = ctx.require_actor()?;
    let (comment, _, _, _) = load(&ctx, id).await?;
    use_cases::delete(&ctx.state.db, actor, &comment).await?;
    Ok(see_other(&comment_address(&comment)))
}

pub async fn comment_support(ctx: Ctx, Id(id): Id) -> PageResult {
    let actor = ctx.require_actor()?;
    let (comment, _, _, _) = load(&ctx, id).await?;
    use_cases::support(&ctx.state.db, actor, &comment).await?;
    Ok(see_other(&comment_address(&comment)))
}

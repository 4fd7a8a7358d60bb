//! A person's notifications, their email choice, and following processes and proposals.

use askama::Template;
use axum::extract::{Path, Query};
use piazza_app::AppError;
use piazza_app::notifications as use_cases;
use piazza_app::records::Notification;
use piazza_domain::{EmailFrequency, FollowTarget};

use super::{PageResult, render, see_other, unprocessable};
use crate::context::Ctx;
use crate::errors::PageError;
use crate::forms::{Fields, FormView, Posted, local_path};

/// Notifications per page.
const PAGE_SIZE: i64 = 30;

#[derive(Template)]
#[template(path = "notifications.html")]
struct NotificationsPage<'a> {
    c: &'a Ctx,
    notifications: Vec<Notification>,
    page: i64,
    has_more: bool,
    frequencies: &'static [EmailFrequency],
    form: FormView,
    notice: Option<String>,
    has_email: bool,
}

impl NotificationsPage<'_> {
    fn describe(&self, notification: &Notification) -> String {
        crate::notices::describe(
            &self.c.tr,
            &notification.kind,
            &notification.title,
            notification.actor_name.as_deref(),
            notification.detail.as_deref(),
        )
    }
}

#[derive(serde::Deserialize, Default)]
pub struct NotificationsQuery {
    #[serde(default)]
    page: Option<i64>,
    #[serde(default)]
    done: String,
}

async fn notifications_page_with(ctx: &Ctx, page: i64, form: FormView, notice: Option<String>) -> PageResult {
    let actor = ctx.require_actor()?;
    let mut notifications =
        ctx.state.db.notifications_for(actor.id(), PAGE_SIZE + 1, (page - 1).saturating_mul(PAGE_SIZE)).await?;
    let has_more = notifications.len() as i64 > PAGE_SIZE;
    notifications.truncate(PAGE_SIZE as usize);
    let page = NotificationsPage {
        c: ctx,
        notifications,
        page,
        has_more,
        frequencies: EmailFrequency::ALL,
        form,
        notice,
        has_email: actor.account.email.is_some(),
    };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

pub async fn notifications_page(ctx: Ctx, Query(query): Query<NotificationsQuery>) -> PageResult {
    let actor = ctx.require_actor()?;
    let fields = Fields::default().with("email_frequency", &actor.account.email_frequency);
    let notice = match query.done.as_str() {
        "read" => Some(ctx.t("notifications-done-read")),
        "saved" => Some(ctx.t("saved-notice")),
        _ => None,
    };
    notifications_page_with(&ctx, query.page.unwrap_or(1).max(1), FormView::new(fields), notice).await
}

pub async fn mark_notifications_read(ctx: Ctx) -> PageResult {
    let actor = ctx.require_actor()?;
    ctx.state.db.mark_notifications_read(actor.id()).await?;
    Ok(see_other("/notifications?done=read"))
}

pub async fn set_email_frequency(ctx: Ctx, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    match use_cases::set_email_frequency(&ctx.state.db, actor, fields.get("email_frequency")).await {
        Ok(()) => Ok(see_other("/notifications?done=saved#email")),
        Err(AppError::Invalid(errors)) => {
            notifications_page_with(&ctx, 1, FormView::with_errors(fields, &errors, &ctx.tr), None).await
        }
        Err(error) => Err(error.into()),
    }
}

/// Follows or stops following, then returns to the page the button was on.
async fn change_following(ctx: Ctx, kind: &str, id: &str, fields: Fields, follow: bool) -> PageResult {
    let actor = ctx.require_actor()?;
    let target = FollowTarget::parse(kind).ok_or(PageError::NotFound)?;
    let id: i64 = id.parse().map_err(|_| PageError::NotFound)?;
    let exists = match target {
        FollowTarget::Process => ctx.state.db.process(piazza_domain::ProcessId(id)).await?.is_some(),
        FollowTarget::Proposal => ctx.state.db.proposal(piazza_domain::ProposalId(id)).await?.is_some(),
    };
    if !exists {
        return Err(PageError::NotFound);
    }
    if follow {
        use_cases::follow(&ctx.state.db, actor, target, id).await?;
    } else {
        use_cases::unfollow(&ctx.state.db, actor, target, id).await?;
    }
    let fallback = format!("/{}s/{id}", target.key());
    let back = local_path(fields.get("return_to")).map(str::to_owned).unwrap_or(fallback);
    // A page with several follow buttons names the one pressed, to come back to it.
    let anchor = fields.get("anchor");
    let anchor = if !anchor.is_empty() && anchor.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        anchor
    } else {
        "follow"
    };
    Ok(see_other(&format!("{back}#{anchor}")))
}

pub async fn follow(ctx: Ctx, Path((kind, id)): Path<(String, String)>, Posted(fields): Posted) -> PageResult {
    change_following(ctx, &kind, &id, fields, true).await
}

pub async fn unfollow(ctx: Ctx, Path((kind, id)): Path<(String, String)>, Posted(fields): Posted) -> PageResult {
    change_following(ctx, &kind, &id, fields, false).await
}

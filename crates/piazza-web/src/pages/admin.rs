//! The instance administrator's pages: every community, and creating new ones.

use askama::Template;
use piazza_app::AppError;
use piazza_app::communities as use_cases;
use piazza_app::records::Community;

use super::communities::{CommunityChoices, community_choices, community_form};
use super::{PageResult, render, see_other, unprocessable};
use crate::context::Ctx;
use crate::errors::PageError;
use crate::forms::{Fields, FormView, Posted};

fn ensure_instance_admin(ctx: &Ctx) -> Result<(), PageError> {
    if ctx.require_actor()?.is_instance_admin() { Ok(()) } else { Err(PageError::Forbidden) }
}

#[derive(Template)]
#[template(path = "admin.html")]
struct AdminPage<'a> {
    c: &'a Ctx,
    communities: Vec<Community>,
    accounts: i64,
    pending_mail: i64,
}

pub async fn admin_page(ctx: Ctx) -> PageResult {
    ensure_instance_admin(&ctx)?;
    let db = &ctx.state.db;
    let mut communities = db.communities().await?;
    communities.sort_by(|a, b| a.name.cmp(&b.name));
    let accounts = db.count_accounts().await?;
    let pending_mail = db.pending_mail_count().await?;
    Ok(render(&AdminPage { c: &ctx, communities, accounts, pending_mail }))
}

#[derive(Template)]
#[template(path = "community_new.html")]
struct NewCommunityPage<'a> {
    c: &'a Ctx,
    form: FormView,
    choices: CommunityChoices,
}

pub async fn new_community_form(ctx: Ctx) -> PageResult {
    ensure_instance_admin(&ctx)?;
    let choices = community_choices(&ctx, None).await?;
    let values = Fields::default()
        .with("default_locale", ctx.locale().code())
        .with("offered_locales", ctx.locale().code())
        .with("kind", "municipality")
        .with("settlement_type", "urban");
    Ok(render(&NewCommunityPage { c: &ctx, form: FormView::new(values), choices }))
}

pub async fn create_community(ctx: Ctx, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    match use_cases::create_community(&ctx.state.db, actor, &community_form(&fields)).await {
        Ok(community) => Ok(see_other(&format!("/c/{}", community.slug))),
        Err(AppError::Invalid(errors)) => {
            let choices = community_choices(&ctx, None).await?;
            let form = FormView::with_errors(fields, &errors, &ctx.tr);
            Ok(unprocessable(&NewCommunityPage { c: &ctx, form, choices }))
        }
        Err(error) => Err(error.into()),
    }
}

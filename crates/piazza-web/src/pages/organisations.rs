//! Stakeholder organisations: the list, the page of one, registering one, its members.

use askama::Template;
use axum::extract::{Path, Query};
use piazza_app::AppError;
use piazza_app::organisations::{self as use_cases, OrganisationForm};
use piazza_app::records::Community;
use piazza_app::records::{Member, Organisation};
use piazza_domain::{AccountId, HelixRole};

use super::{PageResult, render, see_other, unprocessable};
use crate::context::Ctx;
use crate::errors::PageError;
use crate::forms::{Fields, FormView, Posted};

/// Organisations of one quadruple-helix role.
pub struct HelixGroup {
    pub role: HelixRole,
    pub organisations: Vec<(Organisation, Option<Community>)>,
}

#[derive(Template)]
#[template(path = "organisations.html")]
struct OrganisationsPage<'a> {
    c: &'a Ctx,
    groups: Vec<HelixGroup>,
}

pub async fn organisations_page(ctx: Ctx) -> PageResult {
    let db = &ctx.state.db;
    let communities = db.communities().await?;
    let mut organisations = db.organisations().await?;
    organisations.sort_by(|a, b| a.name.cmp(&b.name));
    let groups = HelixRole::ALL
        .iter()
        .map(|role| HelixGroup {
            role: *role,
            organisations: organisations
                .iter()
                .filter(|o| o.helix_role == role.key())
                .map(|o| (o.clone(), communities.iter().find(|c| Some(c.id) == o.community()).cloned()))
                .collect(),
        })
        .collect();
    Ok(render(&OrganisationsPage { c: &ctx, groups }))
}

#[derive(Template)]
#[template(path = "organisation_new.html")]
struct NewOrganisationPage<'a> {
    c: &'a Ctx,
    form: FormView,
    communities: Vec<Community>,
    roles: &'static [HelixRole],
}

async fn new_organisation_page(ctx: &Ctx, form: FormView) -> PageResult {
    let mut communities = ctx.state.db.communities().await?;
    communities.sort_by(|a, b| a.name.cmp(&b.name));
    let page = NewOrganisationPage { c: ctx, form, communities, roles: HelixRole::ALL };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

pub async fn new_organisation_form(ctx: Ctx) -> PageResult {
    ctx.require_actor()?;
    new_organisation_page(&ctx, FormView::default()).await
}

pub async fn create_organisation(ctx: Ctx, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let form = OrganisationForm {
        name: fields.get("name").to_owned(),
        slug: fields.get("slug").to_owned(),
        helix_role: fields.get("helix_role").to_owned(),
        community: fields.get("community").to_owned(),
        description: fields.get("description").to_owned(),
        website: fields.get("website").to_owned(),
    };
    match use_cases::create_organisation(&ctx.state.db, actor, &form, ctx.locale()).await {
        Ok(organisation) => Ok(see_other(&format!("/o/{}", organisation.slug))),
        Err(AppError::Invalid(errors)) => {
            new_organisation_page(&ctx, FormView::with_errors(fields, &errors, &ctx.tr)).await
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Template)]
#[template(path = "organisation.html")]
struct OrganisationPage<'a> {
    c: &'a Ctx,
    organisation: Organisation,
    community: Option<Community>,
    members: Vec<Member>,
    manages: bool,
    form: FormView,
    notice: Option<String>,
}

#[derive(serde::Deserialize)]
pub struct SavedQuery {
    #[serde(default)]
    saved: Option<String>,
}

async fn find_organisation(ctx: &Ctx, slug: &str) -> Result<Organisation, PageError> {
    ctx.state.db.organisation_by_slug(slug).await?.ok_or(PageError::NotFound)
}

async fn organisation_page_with(
    ctx: &Ctx,
    organisation: Organisation,
    form: FormView,
    notice: Option<String>,
) -> PageResult {
    let db = &ctx.state.db;
    let community = match organisation.community() {
        Some(id) => db.community(id).await?,
        None => None,
    };
    let members = db.members(organisation.id).await?;
    let manages = ctx.actor.as_ref().is_some_and(|actor| {
        actor.is_instance_admin() || members.iter().any(|m| m.account_id == actor.id() && m.is_manager)
    });
    let page = OrganisationPage { c: ctx, organisation, community, members, manages, form, notice };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

pub async fn organisation_page(ctx: Ctx, Path(slug): Path<String>, Query(query): Query<SavedQuery>) -> PageResult {
    let organisation = find_organisation(&ctx, &slug).await?;
    let notice = query.saved.map(|_| ctx.t("saved-notice"));
    organisation_page_with(&ctx, organisation, FormView::default(), notice).await
}

pub async fn add_member(ctx: Ctx, Path(slug): Path<String>, Posted(fields): Posted) -> PageResult {
    let organisation = find_organisation(&ctx, &slug).await?;
    let actor = ctx.require_actor()?;
    match use_cases::add_member(&ctx.state.db, actor, &organisation, fields.get("username")).await {
        Ok(()) => Ok(see_other(&format!("/o/{}?saved=1", organisation.slug))),
        Err(AppError::Invalid(errors)) => {
            let form = FormView::with_errors(fields, &errors, &ctx.tr);
            organisation_page_with(&ctx, organisation, form, None).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn remove_member(ctx: Ctx, Path((slug, account)): Path<(String, i64)>) -> PageResult {
    let organisation = find_organisation(&ctx, &slug).await?;
    let actor = ctx.require_actor()?;
    match use_cases::remove_member(&ctx.state.db, actor, &organisation, AccountId(account)).await {
        Ok(()) => Ok(see_other(&format!("/o/{}?saved=1", organisation.slug))),
        Err(AppError::Invalid(errors)) => {
            let form = FormView::with_errors(Fields::default(), &errors, &ctx.tr);
            organisation_page_with(&ctx, organisation, form, None).await
        }
        Err(error) => Err(error.into()),
    }
}

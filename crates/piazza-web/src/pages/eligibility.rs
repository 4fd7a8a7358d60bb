//! The community's census list (for its administrators) and a resident's voting details: a
//! verification against the census list, or a declared birth date and district.

use askama::Template;
use axum::extract::{Path, Query};
use piazza_app::AppError;
use piazza_app::eligibility as use_cases;
use piazza_app::records::{Budget, CensusList, Community, Neighbourhood, VoterDetails};

use super::{PageResult, find_community, render, see_other, unprocessable};
use crate::context::Ctx;
use crate::errors::PageError;
use crate::forms::{Fields, FormView, Posted, Uploaded};

#[derive(Template)]
#[template(path = "census.html")]
struct CensusPage<'a> {
    c: &'a Ctx,
    community: Community,
    list: Option<CensusList>,
    form: FormView,
    notice: Option<String>,
}

async fn census_page_with(ctx: &Ctx, community: Community, form: FormView, notice: Option<String>) -> PageResult {
    let actor = ctx.require_actor()?;
    if !actor.administers(community.id) {
        return Err(PageError::Forbidden);
    }
    let list = ctx.state.db.census_list(community.id).await?;
    let page = CensusPage { c: ctx, community, list, form, notice };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

#[derive(serde::Deserialize, Default)]
pub struct CensusQuery {
    #[serde(default)]
    loaded: Option<i64>,
}

pub async fn census_page(ctx: Ctx, Path(slug): Path<String>, Query(query): Query<CensusQuery>) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    let notice = query.loaded.map(|count| ctx.tr.t_args("census-done-loaded", &[("entries", count)]));
    census_page_with(&ctx, community, FormView::default(), notice).await
}

/// Administrators upload the census list; only keyed hashes of its lines are kept.
pub async fn upload_census(ctx: Ctx, Path(slug): Path<String>, Uploaded(fields): Uploaded) -> PageResult {
    let actor = ctx.require_actor()?;
    let community = find_community(&ctx, &slug).await?;
    match use_cases::upload_census(&ctx.state.db, actor, &community, fields.get("census")).await {
        Ok(count) => Ok(see_other(&format!("/c/{slug}/census?loaded={count}"))),
        Err(AppError::Invalid(errors)) => {
            // The list itself is never sent back: it holds identity numbers.
            let form = FormView::with_errors(Fields::default(), &errors, &ctx.tr);
            census_page_with(&ctx, community, form, None).await
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Template)]
#[template(path = "voter_details.html")]
struct VoterDetailsPage<'a> {
    c: &'a Ctx,
    community: Community,
    budget: Option<Budget>,
    details: Option<VoterDetails>,
    born_on: String,
    district: String,
    districts: Vec<Neighbourhood>,
    has_census: bool,
    census: FormView,
    declared: FormView,
}

impl VoterDetailsPage<'_> {
    fn verified(&self) -> bool {
        self.details.as_ref().is_some_and(|details| details.census_verified)
    }
}

#[derive(serde::Deserialize, Default)]
pub struct DetailsQuery {
    #[serde(default)]
    budget: Option<i64>,
}

/// The budget a resident came from, if it belongs to this community.
async fn budget_in(ctx: &Ctx, community: &Community, id: Option<i64>) -> Result<Option<Budget>, PageError> {
    let Some(budget) = (match id {
        Some(id) => ctx.state.db.budget(id).await?,
        None => None,
    }) else {
        return Ok(None);
    };
    let process = ctx.state.db.process(budget.process_id).await?;
    Ok(process.filter(|process| process.community_id == community.id).map(|_| budget))
}

async fn details_page_with(
    ctx: &Ctx,
    community: Community,
    budget: Option<Budget>,
    census: FormView,
    declared: FormView,
) -> PageResult {
    let actor = ctx.require_actor()?;
    let db = &ctx.state.db;
    let details = db.voter_details(community.id, actor.id()).await?;
    let districts = db.neighbourhoods_of(community.id).await?;
    let born_on = details
        .as_ref()
        .and_then(|details| details.born_on.as_deref())
        .and_then(use_cases::parse_birth_date)
        .map(|date| ctx.tr.date(&date.midnight().assume_utc()))
        .unwrap_or_default();
    let district = details
        .as_ref()
        .and_then(|details| details.neighbourhood_id)
        .and_then(|id| districts.iter().find(|district| district.id == id))
        .map(|district| district.name.clone())
        .unwrap_or_else(|| ctx.t("option-none"));
    let has_census = db.census_list(community.id).await?.is_some_and(|list| list.entries > 0);
    let page = VoterDetailsPage {
        c: ctx,
        community,
        budget,
        details,
        born_on,
        district,
        districts,
        has_census,
        census,
        declared,
    };
    Ok(if page.census.has_errors() || page.declared.has_errors() { unprocessable(&page) } else { render(&page) })
}

pub async fn voter_details_page(ctx: Ctx, Path(slug): Path<String>, Query(query): Query<DetailsQuery>) -> PageResult {
    ctx.require_actor()?;
    let community = find_community(&ctx, &slug).await?;
    let budget = budget_in(&ctx, &community, query.budget).await?;
    details_page_with(&ctx, community, budget, FormView::default(), FormView::default()).await
}

/// A resident verifies against the census list (`action=census`) or declares their details.
pub async fn submit_voter_details(ctx: Ctx, Path(slug): Path<String>, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let community = find_community(&ctx, &slug).await?;
    let budget = budget_in(&ctx, &community, fields.get("budget").parse().ok()).await?;
    let by_census = fields.get("action") == "census";
    let db = &ctx.state.db;
    let outcome = if by_census {
        use_cases::verify_with_census(db, actor, &community, fields.get("identity"), fields.get("born_on")).await
    } else {
        use_cases::declare(db, actor.id(), &community, fields.get("declared_born_on"), fields.get("district")).await
    };
    match outcome {
        Ok(()) => Ok(see_other(&match &budget {
            Some(budget) => format!("/budgets/{}#ballot", budget.id),
            None => format!("/c/{slug}/voter-details"),
        })),
        Err(AppError::Invalid(errors)) => {
            let form = FormView::with_errors(fields, &errors, &ctx.tr);
            let (census, declared) = if by_census { (form, FormView::default()) } else { (FormView::default(), form) };
            details_page_with(&ctx, community, budget, census, declared).await
        }
        Err(error) => Err(error.into()),
    }
}

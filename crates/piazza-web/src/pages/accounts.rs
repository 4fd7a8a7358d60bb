//! Registering, signing in and out, the account page, and password changes and resets.

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::header;
use piazza_app::AppError;
use piazza_app::accounts::{self, ProfileChange, Registration};
use piazza_app::records::Organisation;
use piazza_app::records::{Community, RoleGrant};

use super::{PageResult, cookie_header, render, see_other, unprocessable};
use crate::context::{Ctx, SESSION_COOKIE};
use crate::forms::{Fields, FormView, Posted, local_path};

/// Turns a use case's refusal into the form shown again, and passes other errors on.
fn form_or_error(error: AppError, fields: Fields, ctx: &Ctx) -> Result<FormView, crate::errors::PageError> {
    match error {
        AppError::Invalid(errors) => Ok(FormView::with_errors(fields, &errors, &ctx.tr)),
        other => Err(other.into()),
    }
}

fn signed_in_response(ctx: &Ctx, token: &str, target: &str) -> axum::response::Response {
    let mut response = see_other(target);
    let lifetime = accounts::SESSION_LIFETIME.as_secs();
    response.headers_mut().insert(header::SET_COOKIE, cookie_header(ctx, SESSION_COOKIE, token, lifetime, true));
    response
}

#[derive(Template)]
#[template(path = "register.html")]
struct RegisterPage<'a> {
    c: &'a Ctx,
    form: FormView,
    communities: Vec<Community>,
}

async fn sorted_communities(ctx: &Ctx) -> Result<Vec<Community>, crate::errors::PageError> {
    let mut communities = ctx.state.db.communities().await?;
    communities.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(communities)
}

pub async fn register_form(ctx: Ctx) -> PageResult {
    if ctx.signed_in() {
        return Ok(see_other("/account"));
    }
    let communities = sorted_communities(&ctx).await?;
    Ok(render(&RegisterPage { c: &ctx, form: FormView::default(), communities }))
}

pub async fn register(ctx: Ctx, Posted(fields): Posted) -> PageResult {
    let registration = Registration {
        username: fields.get("username"),
        display_name: fields.get("display_name"),
        email: fields.get("email"),
        password: fields.get("password"),
        password_confirmation: fields.get("password_confirmation"),
        community_slug: fields.get("community"),
        locale: ctx.locale(),
    };
    match accounts::register(&ctx.state.db, &registration).await {
        Ok((_, token)) => Ok(signed_in_response(&ctx, &token, "/account?welcome=1")),
        Err(error) => {
            let form = form_or_error(error, fields, &ctx)?;
            let communities = sorted_communities(&ctx).await?;
            Ok(unprocessable(&RegisterPage { c: &ctx, form, communities }))
        }
    }
}

#[derive(Template)]
#[template(path = "signin.html")]
struct SignInPage<'a> {
    c: &'a Ctx,
    form: FormView,
    next: String,
    notice: Option<String>,
}

#[derive(serde::Deserialize)]
pub struct SignInQuery {
    #[serde(default)]
    next: String,
    #[serde(default)]
    reset: Option<String>,
}

pub async fn sign_in_form(ctx: Ctx, Query(query): Query<SignInQuery>) -> PageResult {
    let next = local_path(&query.next).unwrap_or("/").to_owned();
    if ctx.signed_in() {
        return Ok(see_other(&next));
    }
    let notice = query.reset.is_some().then(|| ctx.t("reset-requested-notice"));
    Ok(render(&SignInPage { c: &ctx, form: FormView::default(), next, notice }))
}

pub async fn sign_in(ctx: Ctx, Posted(fields): Posted) -> PageResult {
    let next = local_path(fields.get("next")).unwrap_or("/").to_owned();
    match accounts::sign_in(&ctx.state.db, fields.get("username"), fields.get("password"), &ctx.client_address).await {
        Ok((_, token)) => {
            // Signing in again from a signed-in browser replaces its session rather than
            // leaving the old one alive beside the new.
            if let Some(previous) = &ctx.actor {
                accounts::sign_out(&ctx.state.db, previous).await?;
            }
            Ok(signed_in_response(&ctx, &token, &next))
        }
        Err(error) => {
            let form = form_or_error(error, fields, &ctx)?;
            Ok(unprocessable(&SignInPage { c: &ctx, form, next, notice: None }))
        }
    }
}

pub async fn sign_out(ctx: Ctx) -> PageResult {
    if let Some(actor) = &ctx.actor {
        accounts::sign_out(&ctx.state.db, actor).await?;
    }
    let mut response = see_other("/");
    response.headers_mut().insert(header::SET_COOKIE, cookie_header(&ctx, SESSION_COOKIE, "", 0, true));
    Ok(response)
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage<'a> {
    c: &'a Ctx,
    form: FormView,
    communities: Vec<Community>,
    roles: Vec<(RoleGrant, Option<Community>)>,
    memberships: Vec<(Organisation, bool)>,
    invitations: Vec<piazza_app::records::Coauthor>,
    notice: Option<String>,
}

#[derive(serde::Deserialize)]
pub struct NoticeQuery {
    #[serde(default)]
    welcome: Option<String>,
    #[serde(default)]
    saved: Option<String>,
}

async fn account_page_with(ctx: &Ctx, form: FormView, notice: Option<String>) -> PageResult {
    let actor = ctx.require_actor()?;
    let communities = sorted_communities(ctx).await?;
    let roles = actor
        .roles
        .iter()
        .map(|grant| (grant.clone(), communities.iter().find(|c| c.id.0 == grant.community_id).cloned()))
        .collect();
    let memberships = ctx.state.db.memberships_of(actor.id()).await?;
    let invitations = ctx.state.db.invitations_for(actor.id()).await?;
    let page = AccountPage { c: ctx, form, communities, roles, memberships, invitations, notice };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

pub async fn account_page(ctx: Ctx, Query(query): Query<NoticeQuery>) -> PageResult {
    let actor = ctx.require_actor()?;
    let account = &actor.account;
    let home = match account.home_community() {
        Some(id) => ctx.state.db.community(id).await?.map(|c| c.slug).unwrap_or_default(),
        None => String::new(),
    };
    let values = Fields::default()
        .with("display_name", &account.display_name)
        .with("email", account.email.as_deref().unwrap_or(""))
        .with("community", &home);
    let notice = if query.welcome.is_some() {
        Some(ctx.tr.t_with("welcome-notice", "name", &account.display_name))
    } else {
        query.saved.map(|_| ctx.t("saved-notice"))
    };
    account_page_with(&ctx, FormView::new(values), notice).await
}

pub async fn update_account(ctx: Ctx, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let change = ProfileChange {
        display_name: fields.get("display_name"),
        email: fields.get("email"),
        community_slug: fields.get("community"),
    };
    match accounts::update_profile(&ctx.state.db, actor, &change).await {
        Ok(()) => Ok(see_other("/account?saved=1")),
        Err(error) => {
            let form = form_or_error(error, fields, &ctx)?;
            account_page_with(&ctx, form, None).await
        }
    }
}

#[derive(Template)]
#[template(path = "password.html")]
struct PasswordPage<'a> {
    c: &'a Ctx,
    form: FormView,
}

pub async fn password_form(ctx: Ctx) -> PageResult {
    ctx.require_actor()?;
    Ok(render(&PasswordPage { c: &ctx, form: FormView::default() }))
}

pub async fn change_password(ctx: Ctx, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let result = accounts::change_password(
        &ctx.state.db,
        actor,
        fields.get("current_password"),
        fields.get("password"),
        fields.get("password_confirmation"),
    )
    .await;
    match result {
        Ok(()) => Ok(see_other("/account?saved=1")),
        Err(error) => {
            let form = form_or_error(error, fields, &ctx)?;
            Ok(unprocessable(&PasswordPage { c: &ctx, form }))
        }
    }
}

#[derive(Template)]
#[template(path = "reset_request.html")]
struct ResetRequestPage<'a> {
    c: &'a Ctx,
    form: FormView,
}

pub async fn reset_request_form(ctx: Ctx) -> PageResult {
    Ok(render(&ResetRequestPage { c: &ctx, form: FormView::default() }))
}

pub async fn request_reset(ctx: Ctx, Posted(fields): Posted) -> PageResult {
    let base = ctx.state.config.public_url.trim_end_matches('/').to_owned();
    let compose = |account: &piazza_app::records::Account, token: &str| {
        let locale = account.locale.as_deref().and_then(piazza_domain::Locale::parse).unwrap_or(ctx.locale());
        let tr = crate::i18n::Tr { locale };
        let link = format!("{base}/password-reset/{token}");
        let subject = tr.t("reset-mail-subject");
        let body = format!(
            "{}\n\n{}\n\n{link}\n\n{}\n",
            tr.t_with("reset-mail-greeting", "name", &account.display_name),
            tr.t("reset-mail-body"),
            tr.t("reset-mail-ignore")
        );
        // Plain-text mail has no use for the invisible isolation marks around placeables.
        let plain = |text: String| text.replace(['\u{2068}', '\u{2069}'], "");
        (plain(subject), plain(body))
    };
    match accounts::request_password_reset(&ctx.state.db, fields.get("username_or_email"), compose).await {
        Ok(()) => Ok(see_other("/signin?reset=1")),
        Err(error) => {
            let form = form_or_error(error, fields, &ctx)?;
            Ok(unprocessable(&ResetRequestPage { c: &ctx, form }))
        }
    }
}

#[derive(Template)]
#[template(path = "reset.html")]
struct ResetPage<'a> {
    c: &'a Ctx,
    form: FormView,
    valid: bool,
}

pub async fn reset_form(ctx: Ctx, Path(token): Path<String>) -> PageResult {
    let valid = accounts::reset_link_is_valid(&ctx.state.db, &token).await?;
    let page = ResetPage { c: &ctx, form: FormView::default(), valid };
    Ok(if valid { render(&page) } else { with_status(render(&page), axum::http::StatusCode::GONE) })
}

fn with_status(mut response: axum::response::Response, status: axum::http::StatusCode) -> axum::response::Response {
    *response.status_mut() = status;
    response
}

pub async fn reset_password(ctx: Ctx, Path(token): Path<String>, Posted(fields): Posted) -> PageResult {
    match accounts::reset_password(&ctx.state.db, &token, fields.get("password"), fields.get("password_confirmation"))
        .await
    {
        Ok(session) => Ok(signed_in_response(&ctx, &session, "/account?saved=1")),
        Err(AppError::NotFound) => {
            let page = ResetPage { c: &ctx, form: FormView::default(), valid: false };
            Ok(with_status(render(&page), axum::http::StatusCode::GONE))
        }
        Err(error) => {
            let form = form_or_error(error, fields, &ctx)?;
            Ok(unprocessable(&ResetPage { c: &ctx, form, valid: true }))
        }
    }
}

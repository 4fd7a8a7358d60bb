//! Registering, signing in and out, the account page, and password changes and resets.

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::header;
use axum::response::IntoResponse;
use piazza_app::AppError;
use piazza_app::accounts::{self, ProfileChange, Registration};
use piazza_app::records::Organisation;
use piazza_app::records::{Community, RoleGrant};

use super::{PageResult, cookie_header, render, see_other, unprocessable};
use crate::context::{Ctx, SESSION_COOKIE};
use crate::errors::PageError;
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
    purposes: &'static [piazza_domain::ConsentPurpose],
}

impl RegisterPage<'_> {
    fn notice(&self, purpose: &piazza_domain::ConsentPurpose) -> &'static str {
        consent_notice(*purpose)
    }
}

/// The purposes a person may consent to when registering, besides taking part.
const OPTIONAL_PURPOSES: &[piazza_domain::ConsentPurpose] = &[
    piazza_domain::ConsentPurpose::Contact,
    piazza_domain::ConsentPurpose::Demographics,
    piazza_domain::ConsentPurpose::Research,
];

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
    Ok(render(&RegisterPage { c: &ctx, form: FormView::default(), communities, purposes: OPTIONAL_PURPOSES }))
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
        consents: fields.all("consents"),
    };
    match accounts::register(&ctx.state.db, &registration).await {
        Ok((_, token)) => {
            // Whoever agreed to the questions about themselves is asked them next, in the
            // community they chose.
            let community = fields.get("community").trim();
            let next = if registration.consents.iter().any(|key| key == "demographics") && !community.is_empty() {
                format!("/c/{}/about-you", crate::forms::encode_component(community))
            } else {
                "/account?welcome=1".to_owned()
            };
            Ok(signed_in_response(&ctx, &token, &next))
        }
        Err(error) => {
            let form = form_or_error(error, fields, &ctx)?;
            let communities = sorted_communities(&ctx).await?;
            Ok(unprocessable(&RegisterPage { c: &ctx, form, communities, purposes: OPTIONAL_PURPOSES }))
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
    /// Whether a notice the person consented to has changed since, so that they are asked again.
    asked_again: bool,
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
    let (states, _) = piazza_app::consents::consents_of(&ctx.state.db, actor.id()).await?;
    let asked_again =
        states.iter().any(|(_, state)| matches!(state, piazza_app::consents::ConsentState::AskedAgain(_)));
    let page = AccountPage { c: ctx, form, communities, roles, memberships, invitations, notice, asked_again };
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

#[derive(Template)]
#[template(path = "account_erase.html")]
struct ErasePage<'a> {
    c: &'a Ctx,
    form: FormView,
    /// After erasure: the page says it is done, and nothing else.
    erased: bool,
}

pub async fn erase_account_form(ctx: Ctx) -> PageResult {
    ctx.require_actor()?;
    Ok(render(&ErasePage { c: &ctx, form: FormView::default(), erased: false }))
}

/// A person erases their account. The session goes with it, and its cookie is cleared.
pub async fn erase_account(mut ctx: Ctx, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    match accounts::erase_account(&ctx.state.db, actor, fields.get("password")).await {
        Ok(promoted) => {
            for (meeting, person) in promoted {
                if let Some(meeting) = ctx.state.db.meeting(meeting).await? {
                    super::meetings::tell_of_place(&ctx, &meeting, person).await?;
                }
            }
            // The page that confirms it is the first without the person.
            ctx.actor = None;
            let page = ErasePage { c: &ctx, form: FormView::default(), erased: true };
            let mut response = render(&page);
            response.headers_mut().insert(header::SET_COOKIE, cookie_header(&ctx, SESSION_COOKIE, "", 0, true));
            Ok(response)
        }
        Err(piazza_app::AppError::Invalid(errors)) => {
            let page =
                ErasePage { c: &ctx, form: FormView::with_errors(Fields::default(), &errors, &ctx.tr), erased: false };
            Ok(unprocessable(&page))
        }
        Err(error) => Err(error.into()),
    }
}

/// The title of a section of a person's data, in plain words.
fn data_section_title(key: &str) -> &'static str {
    match key {
        "profile" => "data-profile",
        "consents" => "data-consents",
        "sign-ins" => "data-sign-ins",
        "password-resets" => "data-password-resets",
        "roles" => "data-roles",
        "organisations" => "data-organisations",
        "proposals" => "data-proposals",
        "proposal-versions" => "data-proposal-versions",
        "co-authorships" => "data-co-authorships",
        "amendments" => "data-amendments",
        "comments" => "data-comments",
        "proposal-supports" => "data-proposal-supports",
        "comment-supports" => "data-comment-supports",
        "meeting-registrations" => "data-meeting-registrations",
        "follows" => "data-follows",
        "notifications" => "data-notifications",
        "reports" => "data-reports",
        "blocks" => "data-blocks",
        "budget-votes" => "data-budget-votes",
        "about-you" => "data-about-you",
        "service-requests" => "data-service-requests",
        "ratings" => "data-ratings",
        "co-running" => "data-co-running",
        "peer-questions" => "data-peer-questions",
        "peer-answers" => "data-peer-answers",
        _ => "data-voting-details",
    }
}

#[derive(Template)]
#[template(path = "account_data.html")]
struct MyDataPage<'a> {
    c: &'a Ctx,
    /// (title, how many records) per section.
    sections: Vec<(String, String)>,
    /// The profile's values, labelled.
    profile: Vec<(String, String)>,
}

/// A person sees, in plain words, what Piazza holds about them.
pub async fn my_data_page(ctx: Ctx) -> PageResult {
    let actor = ctx.require_actor()?;
    let sections = accounts::my_data(&ctx.state.db, actor).await?;
    let account = &actor.account;
    let profile = vec![
        (ctx.t("field-username"), account.username.clone()),
        (ctx.t("field-display-name"), account.display_name.clone()),
        (ctx.t("data-email"), account.email.clone().unwrap_or_default()),
        (ctx.t("data-joined"), ctx.tr.date(&account.created_at)),
    ];
    let sections = sections
        .iter()
        .map(|section| {
            (ctx.t(data_section_title(section.key)), ctx.tr.t_count("data-records", section.rows.len() as i64))
        })
        .collect();
    Ok(render(&MyDataPage { c: &ctx, sections, profile }))
}

/// A spreadsheet cannot take a cell for a formula: cells that would start one get a quote.
pub(crate) fn csv_cell(value: &str) -> String {
    let guarded =
        if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_owned() };
    if guarded.contains([',', '"', '\n', '\r']) { format!("\"{}\"", guarded.replace('"', "\"\"")) } else { guarded }
}

/// The same data as a zip: `data.json` with every section, and one CSV file per section.
pub async fn my_data_download(ctx: Ctx) -> PageResult {
    let actor = ctx.require_actor()?;
    let sections = accounts::my_data(&ctx.state.db, actor).await?;
    let now = piazza_domain::now();
    let mut json = serde_json::Map::new();
    let mut zip = crate::zip::Zip::new(now);
    for section in &sections {
        let records: Vec<serde_json::Value> = section
            .rows
            .iter()
            .map(|row| {
                serde_json::Value::Object(
                    section.columns.iter().cloned().zip(row.iter().map(|value| serde_json::json!(value))).collect(),
                )
            })
            .collect();
        json.insert(section.key.to_owned(), serde_json::Value::Array(records));
        let mut csv = section.columns.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(",") + "\r\n";
        for row in &section.rows {
            csv += &row.iter().map(|value| csv_cell(value.as_deref().unwrap_or(""))).collect::<Vec<_>>().join(",");
            csv += "\r\n";
        }
        zip.add(&format!("{}.csv", section.key), csv.as_bytes());
    }
    let document = serde_json::json!({
        "exported_at": now.format(&time::format_description::well_known::Rfc3339).unwrap_or_default(),
        "account": actor.account.username,
        "sections": json,
    });
    let body = serde_json::to_vec_pretty(&document).unwrap_or_default();
    zip.add("data.json", &body);
    let filename = format!("piazza-data-{}.zip", actor.account.username);
    Ok((
        [
            (header::CONTENT_TYPE, "application/zip".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{filename}\"")),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        zip.finish(),
    )
        .into_response())
}

/// The notice a person reads before consenting to a purpose.
pub(crate) fn consent_notice(purpose: piazza_domain::ConsentPurpose) -> &'static str {
    use piazza_domain::ConsentPurpose::*;
    match purpose {
        TakingPart => "consent-notice-taking-part",
        Contact => "consent-notice-contact",
        Demographics => "consent-notice-demographics",
        Research => "consent-notice-research",
    }
}

/// One purpose as the consent page shows it.
pub struct ConsentView {
    pub key: &'static str,
    pub name: String,
    pub notice: String,
    pub state: String,
    pub granted: bool,
    pub asked_again: bool,
}

/// One record of the ledger, written out.
pub struct LedgerLine {
    pub at: String,
    pub purpose: String,
    pub answer: String,
    pub channel: String,
    pub version: String,
    pub basis: String,
}

#[derive(Template)]
#[template(path = "account_consents.html")]
struct ConsentsPage<'a> {
    c: &'a Ctx,
    purposes: Vec<ConsentView>,
    ledger: Vec<LedgerLine>,
    notice: Option<String>,
}

#[derive(serde::Deserialize, Default)]
pub struct ConsentQuery {
    #[serde(default)]
    saved: Option<String>,
}

/// A person's consents: each purpose's notice, where they stand, one button to change it, and
/// the whole ledger.
pub async fn consents_page(ctx: Ctx, Query(query): Query<ConsentQuery>) -> PageResult {
    use piazza_app::consents::ConsentState;
    let actor = ctx.require_actor()?;
    let (states, records) = piazza_app::consents::consents_of(&ctx.state.db, actor.id()).await?;
    let purposes = states
        .into_iter()
        .map(|(purpose, state)| ConsentView {
            key: purpose.key(),
            name: ctx.t(purpose.message_id()),
            notice: ctx.t(consent_notice(purpose)),
            state: match state {
                ConsentState::NotGiven => ctx.t("consent-state-not-given"),
                ConsentState::Granted(at) => ctx.tr.t_with("consent-state-granted", "date", ctx.tr.date(&at)),
                ConsentState::Withdrawn(at) => ctx.tr.t_with("consent-state-withdrawn", "date", ctx.tr.date(&at)),
                ConsentState::AskedAgain(_) => ctx.t("consent-state-asked-again"),
            },
            granted: state.counts(),
            asked_again: matches!(state, ConsentState::AskedAgain(_)),
        })
        .collect();
    let ledger = records
        .iter()
        .map(|record| LedgerLine {
            at: ctx.tr.date_time(&record.created_at),
            purpose: piazza_domain::ConsentPurpose::parse(&record.purpose)
                .map(|p| ctx.t(p.message_id()))
                .unwrap_or_default(),
            answer: ctx.t(if record.granted { "consent-granted" } else { "consent-withdrawn" }),
            channel: match (piazza_domain::ConsentChannel::parse(&record.channel), &record.recorded_by_name) {
                (Some(channel), Some(name)) => {
                    ctx.tr.t_texts("consent-channel-by", &[("channel", &ctx.t(channel.message_id())), ("name", name)])
                }
                (Some(channel), None) => ctx.t(channel.message_id()),
                (None, _) => String::new(),
            },
            version: ctx.tr.number(record.notice_version),
            basis: ctx.t(if record.legal_basis == "explicit-consent" {
                "legal-basis-explicit-consent"
            } else {
                "legal-basis-consent"
            }),
        })
        .collect();
    let notice = query.saved.map(|_| ctx.t("consent-done-saved"));
    Ok(render(&ConsentsPage { c: &ctx, purposes, ledger, notice }))
}

pub async fn answer_consent(ctx: Ctx, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let granted = fields.get("answer") == "grant";
    match piazza_app::consents::answer(&ctx.state.db, actor, fields.get("purpose"), granted).await {
        // Only a forged form names a purpose the page does not offer.
        Err(AppError::Invalid(_)) => return Err(PageError::BadRequest),
        outcome => outcome?,
    }
    Ok(see_other(&format!("/account/consents?saved=1#consent-{}", fields.get("purpose"))))
}

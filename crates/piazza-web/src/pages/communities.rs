//! A community's page, its settings and its roles.

use askama::Template;
use axum::extract::{Path, Query};
use piazza_app::AppError;
use piazza_app::communities::{self as use_cases, CommunityForm};
use piazza_app::processes::Stage;
use piazza_app::records::Organisation;
use piazza_app::records::{Community, CommunityText, RoleGrant};
use piazza_domain::{CommunityKind, Locale, Role, SettlementType};

use super::{CommunitySummary, PageResult, best_text, render, see_other, summarise, unprocessable};
use crate::context::Ctx;
use crate::errors::PageError;
use crate::forms::{Fields, FormView, Posted};

pub async fn find_community(ctx: &Ctx, slug: &str) -> Result<Community, PageError> {
    ctx.state.db.community_by_slug(slug).await?.ok_or(PageError::NotFound)
}

/// A process still open, in this or another community, with whether the reader follows it.
pub struct OpenProcess {
    pub process: piazza_app::records::Process,
    pub stage: Stage,
    pub community_slug: String,
    pub community_name: String,
    pub following: bool,
}

/// The open processes of these communities, newest first, at most `limit` of them: a page lists
/// what is open nearby, not every process of a large region.
async fn open_processes(ctx: &Ctx, communities: &[Community], limit: usize) -> Result<Vec<OpenProcess>, PageError> {
    let db = &ctx.state.db;
    let ids: Vec<piazza_domain::CommunityId> = communities.iter().map(|c| c.id).collect();
    let mut open = Vec::new();
    for process in db.open_processes_in(&ids).await?.into_iter().take(limit) {
        let Some(community) = communities.iter().find(|c| c.id == process.community_id) else { continue };
        let stage = piazza_app::processes::stage(&db.phases(process.id).await?, piazza_domain::now());
        let following = match &ctx.actor {
            Some(actor) => db.is_following(actor.id(), piazza_domain::FollowTarget::Process, process.id.0).await?,
            None => false,
        };
        open.push(OpenProcess {
            community_slug: community.slug.clone(),
            community_name: community.name.clone(),
            process,
            stage,
            following,
        });
    }
    Ok(open)
}

/// A community twinned with the one shown: why, and what it has open and has learned.
pub struct TwinView {
    pub twinning: piazza_app::records::Twinning,
    pub community: Community,
    pub processes: Vec<OpenProcess>,
    pub cases: Vec<piazza_app::records::Case>,
}

/// A region's shared participation: one row per community, and the region's total.
pub struct ParticipationRow {
    pub name: String,
    pub slug: String,
    pub counts: piazza_app::records::Participation,
}

/// The people who hold one role in a community.
pub struct RoleHolders {
    pub role: Role,
    pub names: Vec<String>,
}

#[derive(Template)]
#[template(path = "community.html")]
struct CommunityPage<'a> {
    c: &'a Ctx,
    community: Community,
    text: Option<CommunityText>,
    region: Option<Community>,
    members: Vec<CommunitySummary>,
    /// The practices described here, and for a region in its communities too.
    cases: Vec<piazza_app::records::Case>,
    organisations: Vec<Organisation>,
    holders: Vec<RoleHolders>,
    residents: i64,
    manages: bool,
    moderates: bool,
    /// Whether the reader may speak for the community in twinnings.
    speaks: bool,
    /// Whether the reader takes part in peer learning for the community.
    confers: bool,
    twins: Vec<TwinView>,
    /// For a region, its communities' open processes; for a community in a region, those of the
    /// region and of its other communities, which residents may follow from here.
    nearby: Vec<OpenProcess>,
    /// For a region: what residents did in each of its communities, and the sum.
    participation: Vec<ParticipationRow>,
    participation_total: piazza_app::records::Participation,
}

pub async fn community_page(ctx: Ctx, Path(slug): Path<String>) -> PageResult {
    let db = &ctx.state.db;
    let community = find_community(&ctx, &slug).await?;
    let text = best_text(db.community_texts(community.id).await?, ctx.locale(), &community.default_locale);
    let region = match community.parent() {
        Some(parent) => db.community(parent).await?,
        None => None,
    };
    let mut members: Vec<Community> =
        db.communities().await?.into_iter().filter(|c| c.parent() == Some(community.id)).collect();
    members.sort_by_key(|c| std::cmp::Reverse(c.population.unwrap_or(0)));
    let members = summarise(&ctx, members).await?;
    let cases =
        db.cases(&piazza_app::records::CaseFilter { region: Some(community.id.0), ..Default::default() }).await?;
    let mut organisations = db.organisations_in(community.id).await?;
    organisations.sort_by(|a, b| a.name.cmp(&b.name));
    let grants = db.role_history(community.id).await?;
    let holders = Role::ALL
        .iter()
        .map(|role| RoleHolders {
            role: *role,
            names: grants
                .iter()
                .filter(|g| g.role == role.key() && g.revoked_at.is_none())
                .map(|g| g.display_name.clone())
                .collect(),
        })
        .filter(|holders| !holders.names.is_empty())
        .collect();
    let residents = db.count_residents(community.id).await?;
    let all = db.communities().await?;
    let mut twins = Vec::new();
    for twinning in db.twinnings_of(community.id).await?.into_iter().filter(|t| t.is_active()) {
        let other = piazza_domain::CommunityId(twinning.other_side(community.id).0);
        let Some(other) = all.iter().find(|c| c.id == other).cloned() else { continue };
        let processes = open_processes(&ctx, std::slice::from_ref(&other), 12).await?;
        // The twin's newest practices; its own page lists them all.
        let mut cases =
            db.cases(&piazza_app::records::CaseFilter { community: Some(other.id.0), ..Default::default() }).await?;
        cases.truncate(6);
        twins.push(TwinView { twinning, community: other, processes, cases });
    }
    let is_region = community.kind == CommunityKind::Region.key();
    let cluster: Vec<Community> = match (is_region, community.parent()) {
        (true, _) => all.iter().filter(|c| c.parent() == Some(community.id) || c.id == community.id).cloned().collect(),
        (false, Some(region)) => all
            .iter()
            .filter(|c| (c.parent() == Some(region) || c.id == region) && c.id != community.id)
            .cloned()
            .collect(),
        (false, None) => Vec::new(),
    };
    // A twin's processes are shown with the twin already.
    let twin_ids: Vec<piazza_domain::CommunityId> = twins.iter().map(|twin| twin.community.id).collect();
    let cluster_untwinned: Vec<Community> = cluster.iter().filter(|c| !twin_ids.contains(&c.id)).cloned().collect();
    let nearby = open_processes(&ctx, &cluster_untwinned, 24).await?;
    let mut participation = Vec::new();
    let mut participation_total = piazza_app::records::Participation::default();
    if is_region {
        let ids: Vec<piazza_domain::CommunityId> = cluster.iter().map(|c| c.id).collect();
        for counts in db.participation_in(&ids).await? {
            let Some(member) = cluster.iter().find(|c| c.id.0 == counts.community_id) else { continue };
            participation_total.processes += counts.processes;
            participation_total.proposals += counts.proposals;
            participation_total.comments += counts.comments;
            participation_total.supports += counts.supports;
            participation.push(ParticipationRow { name: member.name.clone(), slug: member.slug.clone(), counts });
        }
        participation_total.participants = db.participants_across(&ids).await?;
        participation.sort_by(|a, b| b.counts.participants.cmp(&a.counts.participants).then(a.name.cmp(&b.name)));
    }
    let speaks = ctx.actor.as_ref().is_some_and(|a| piazza_app::links::may_twin(a, &community));
    let confers = ctx.actor.as_ref().is_some_and(|a| piazza_app::links::confers_for(a, community.id));
    let manages = ctx.actor.as_ref().is_some_and(|a| a.administers(community.id));
    let moderates = ctx.actor.as_ref().is_some_and(|a| piazza_app::moderation::moderates(a, community.id));
    let page = CommunityPage {
        c: &ctx,
        community,
        text,
        region,
        members,
        cases,
        organisations,
        holders,
        residents,
        manages,
        moderates,
        speaks,
        confers,
        twins,
        nearby,
        participation,
        participation_total,
    };
    Ok(render(&page))
}

/// The choices a community form offers.
pub struct CommunityChoices {
    pub kinds: &'static [CommunityKind],
    pub settlement_types: &'static [SettlementType],
    pub locales: [Locale; 9],
    pub regions: Vec<Community>,
}

pub async fn community_choices(ctx: &Ctx, except: Option<&Community>) -> Result<CommunityChoices, PageError> {
    let mut regions: Vec<Community> = ctx
        .state
        .db
        .communities()
        .await?
        .into_iter()
        .filter(|c| c.kind == CommunityKind::Region.key() && Some(c.id) != except.map(|e| e.id))
        .collect();
    regions.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(CommunityChoices {
        kinds: CommunityKind::ALL,
        settlement_types: SettlementType::ALL,
        locales: Locale::ALL,
        regions,
    })
}

pub fn community_form(fields: &Fields) -> CommunityForm {
    CommunityForm {
        name: fields.get("name").to_owned(),
        slug: fields.get("slug").to_owned(),
        kind: fields.get("kind").to_owned(),
        settlement_type: fields.get("settlement_type").to_owned(),
        population: fields.get("population").to_owned(),
        parent: fields.get("parent").to_owned(),
        default_locale: fields.get("default_locale").to_owned(),
        offered_locales: fields.all("offered_locales"),
        tagline: fields.get("tagline").to_owned(),
        description: fields.get("description").to_owned(),
    }
}

#[derive(Template)]
#[template(path = "community_settings.html")]
struct SettingsPage<'a> {
    c: &'a Ctx,
    community: Community,
    form: FormView,
    choices: CommunityChoices,
}

fn ensure_administers(ctx: &Ctx, community: &Community) -> Result<(), PageError> {
    let actor = ctx.require_actor()?;
    if actor.administers(community.id) { Ok(()) } else { Err(PageError::Forbidden) }
}

pub async fn community_settings(ctx: Ctx, Path(slug): Path<String>) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    ensure_administers(&ctx, &community)?;
    let db = &ctx.state.db;
    let text = db.community_texts(community.id).await?.into_iter().find(|t| t.locale == ctx.locale().code());
    let parent_slug = match community.parent() {
        Some(parent) => db.community(parent).await?.map(|p| p.slug).unwrap_or_default(),
        None => String::new(),
    };
    let mut values = Fields::default()
        .with("name", &community.name)
        .with("slug", &community.slug)
        .with("kind", &community.kind)
        .with("settlement_type", &community.settlement_type)
        .with("population", &community.population.map(|p| p.to_string()).unwrap_or_default())
        .with("parent", &parent_slug)
        .with("default_locale", &community.default_locale)
        .with("tagline", text.as_ref().map(|t| t.tagline.as_str()).unwrap_or(""))
        .with("description", text.as_ref().map(|t| t.description.as_str()).unwrap_or(""));
    for code in community.offered_locale_codes() {
        values.0.push(("offered_locales".into(), code.to_owned()));
    }
    let choices = community_choices(&ctx, Some(&community)).await?;
    Ok(render(&SettingsPage { c: &ctx, community, form: FormView::new(values), choices }))
}

pub async fn update_community(ctx: Ctx, Path(slug): Path<String>, Posted(fields): Posted) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    let actor = ctx.require_actor()?;
    let form = community_form(&fields);
    match use_cases::update_community(&ctx.state.db, actor, &community, &form, ctx.locale()).await {
        Ok(updated) => Ok(see_other(&format!("/c/{}", updated.slug))),
        Err(AppError::Invalid(errors)) => {
            let choices = community_choices(&ctx, Some(&community)).await?;
            let form = FormView::with_errors(fields, &errors, &ctx.tr);
            Ok(unprocessable(&SettingsPage { c: &ctx, community, form, choices }))
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Template)]
#[template(path = "community_roles.html")]
struct RolesPage<'a> {
    c: &'a Ctx,
    community: Community,
    form: FormView,
    active: Vec<RoleGrant>,
    history: Vec<RoleGrant>,
    roles: &'static [Role],
    notice: Option<String>,
}

impl RolesPage<'_> {
    fn role_name(&self, key: &str) -> String {
        Role::parse(key).map(|role| self.c.t(role.message_id())).unwrap_or_else(|| key.to_owned())
    }
}

#[derive(serde::Deserialize)]
pub struct RolesQuery {
    #[serde(default)]
    saved: Option<String>,
}

async fn roles_page(ctx: &Ctx, community: Community, form: FormView, notice: Option<String>) -> PageResult {
    let history = ctx.state.db.role_history(community.id).await?;
    let mut active: Vec<RoleGrant> = history.iter().filter(|g| g.revoked_at.is_none()).cloned().collect();
    active.sort_by(|a, b| (a.role.as_str(), a.display_name.as_str()).cmp(&(b.role.as_str(), b.display_name.as_str())));
    let page = RolesPage { c: ctx, community, form, active, history, roles: Role::ALL, notice };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

pub async fn community_roles(ctx: Ctx, Path(slug): Path<String>, Query(query): Query<RolesQuery>) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    ensure_administers(&ctx, &community)?;
    let notice = query.saved.map(|_| ctx.t("saved-notice"));
    roles_page(&ctx, community, FormView::default(), notice).await
}

pub async fn grant_role(ctx: Ctx, Path(slug): Path<String>, Posted(fields): Posted) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    let actor = ctx.require_actor()?;
    match use_cases::grant_role(&ctx.state.db, actor, &community, fields.get("username"), fields.get("role")).await {
        Ok(()) => Ok(see_other(&format!("/c/{}/roles?saved=1", community.slug))),
        Err(AppError::Invalid(errors)) => {
            let form = FormView::with_errors(fields, &errors, &ctx.tr);
            roles_page(&ctx, community, form, None).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn revoke_role(ctx: Ctx, Path((slug, grant)): Path<(String, i64)>) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    let actor = ctx.require_actor()?;
    use_cases::revoke_role(&ctx.state.db, actor, &community, grant).await?;
    Ok(see_other(&format!("/c/{}/roles?saved=1", community.slug)))
}

#[derive(Template)]
#[template(path = "neighbourhoods.html")]
struct NeighbourhoodsPage<'a> {
    c: &'a Ctx,
    community: Community,
    neighbourhoods: Vec<piazza_app::records::Neighbourhood>,
    form: FormView,
}

async fn neighbourhoods_page_with(ctx: &Ctx, community: Community, form: FormView) -> PageResult {
    let actor = ctx.require_actor()?;
    if !actor.administers(community.id) {
        return Err(PageError::Forbidden);
    }
    let neighbourhoods = ctx.state.db.neighbourhoods_of(community.id).await?;
    let page = NeighbourhoodsPage { c: ctx, community, neighbourhoods, form };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

pub async fn neighbourhoods_page(ctx: Ctx, Path(slug): Path<String>) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    neighbourhoods_page_with(&ctx, community, FormView::default()).await
}

pub async fn add_neighbourhood(ctx: Ctx, Path(slug): Path<String>, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let community = find_community(&ctx, &slug).await?;
    match piazza_app::communities::add_neighbourhood(&ctx.state.db, actor, &community, fields.get("name")).await {
        Ok(_) => Ok(see_other(&format!("/c/{slug}/neighbourhoods"))),
        Err(piazza_app::AppError::Invalid(errors)) => {
            neighbourhoods_page_with(&ctx, community, FormView::with_errors(fields, &errors, &ctx.tr)).await
        }
        Err(error) => Err(error.into()),
    }
}

/// One line of the record of processing: what is kept, why, on what basis, for how long and
/// who can see it.
pub struct ProcessingLine {
    pub what: String,
    pub why: String,
    pub basis: String,
    pub kept: String,
    pub who: String,
}

#[derive(Template)]
#[template(path = "record_of_processing.html")]
struct ProcessingPage<'a> {
    c: &'a Ctx,
    community: Community,
    lines: Vec<ProcessingLine>,
}

/// The record of processing of a community, generated from what Piazza keeps and the
/// instance's retention periods, so that it is always true.
pub async fn record_of_processing(ctx: Ctx, Path(slug): Path<String>) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    let retention = ctx.state.config.retention;
    let days = |days: u32| ctx.tr.t_count("processing-kept-days", i64::from(days));
    let line = |what: &str, why: &str, basis: &str, kept: String, who: String| ProcessingLine {
        what: ctx.t(what),
        why: ctx.t(why),
        basis: ctx.t(basis),
        kept,
        who,
    };
    let name = community.name.as_str();
    let lines = vec![
        line(
            "processing-account",
            "processing-account-why",
            "legal-basis-consent",
            ctx.t("processing-kept-until-erased"),
            ctx.t("processing-who-you-and-operators"),
        ),
        line(
            "processing-contributions",
            "processing-contributions-why",
            "legal-basis-public-task",
            ctx.t("processing-kept-contributions"),
            ctx.t("processing-who-everyone"),
        ),
        line(
            "processing-votes",
            "processing-votes-why",
            "legal-basis-public-task",
            ctx.t("processing-kept-votes"),
            ctx.t("processing-who-totals"),
        ),
        line(
            "processing-meetings",
            "processing-meetings-why",
            "legal-basis-explicit-consent",
            ctx.tr.t_with("processing-kept-meeting-needs", "days", days(retention.meeting_needs_days)),
            ctx.tr.t_with("processing-who-organisers", "community", name),
        ),
        line(
            "processing-notifications",
            "processing-notifications-why",
            "legal-basis-consent",
            days(retention.notifications_days),
            ctx.t("processing-who-you"),
        ),
        line(
            "processing-mail",
            "processing-mail-why",
            "legal-basis-consent",
            days(retention.sent_mail_days),
            ctx.t("processing-who-operators"),
        ),
        line(
            "processing-security",
            "processing-security-why",
            "legal-basis-legitimate-interest",
            ctx.t("processing-kept-security"),
            ctx.t("processing-who-nobody"),
        ),
        line(
            "processing-eligibility",
            "processing-eligibility-why",
            "legal-basis-public-task",
            ctx.t("processing-kept-eligibility"),
            ctx.t("processing-who-nobody"),
        ),
        line(
            "processing-consents",
            "processing-consents-why",
            "legal-basis-legal-obligation",
            ctx.t("processing-kept-until-erased"),
            ctx.t("processing-who-you"),
        ),
        line(
            "processing-demographics",
            "processing-demographics-why",
            "legal-basis-explicit-consent",
            ctx.t("processing-kept-demographics"),
            ctx.t("processing-who-totals"),
        ),
        line(
            "processing-assisted",
            "processing-assisted-why",
            "legal-basis-consent",
            ctx.t("processing-kept-assisted"),
            ctx.tr.t_with("processing-who-facilitators", "community", name),
        ),
        line(
            "processing-moderation",
            "processing-moderation-why",
            "legal-basis-public-task",
            ctx.t("processing-kept-moderation"),
            ctx.tr.t_with("processing-who-moderators", "community", name),
        ),
    ];
    Ok(render(&ProcessingPage { c: &ctx, community, lines }))
}

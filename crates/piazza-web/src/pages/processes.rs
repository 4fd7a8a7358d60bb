//! Participatory processes and the proposals made in them.

use askama::Template;
use axum::extract::{Path, Query};
use piazza_app::AppError;
use piazza_app::processes::{self as process_cases, Activity, PHASE_ROWS, PhaseForm, ProcessForm, Stage, phase_field};
use piazza_app::proposals::{self as proposal_cases, NotNow, ProposalForm};
use piazza_app::records::Neighbourhood;
use piazza_app::records::{Community, Phase, Process, Proposal, ProposalFilter, ProposalOrder, StateChange};
use piazza_domain::diff::Change;
use piazza_domain::{Category, FollowTarget, NotificationKind, PhaseKind, ProcessId, ProposalId, ProposalState};

use super::comments::{Thread, post_comment, thread};
use super::communities::find_community;
use super::{
    Id, PageResult, Submission, begin_submission, end_submission, load_process, render, see_other, speaks_for,
    unprocessable,
};
use crate::context::Ctx;
use crate::errors::PageError;
use crate::forms::{Fields, FormView, Posted};
use crate::notices;
use piazza_app::comments::CommentOrder;
use piazza_app::notifications::Audience;

/// Proposals shown per page of a list.
const PAGE_SIZE: i64 = 20;

/// A phase as the timeline shows it.
pub struct PhaseView {
    pub phase: Phase,
    pub kind: PhaseKind,
    pub current: bool,
    pub activities: Vec<Activity>,
    /// The last day of the phase (the stored end is the midnight after it).
    pub last_day: time::OffsetDateTime,
}

fn phase_views(phases: &[Phase], stage: &Stage) -> Vec<PhaseView> {
    phases
        .iter()
        .map(|phase| PhaseView {
            kind: PhaseKind::parse(&phase.kind).unwrap_or(PhaseKind::Inform),
            current: matches!(stage, Stage::Running(current) if current.id == phase.id),
            activities: Activity::ALL.into_iter().filter(|a| a.allowed_in(phase)).collect(),
            last_day: phase.ends_at - std::time::Duration::from_secs(1),
            phase: phase.clone(),
        })
        .collect()
}

/// What people may do right now, or nothing when no phase runs.
fn activities_now(stage: &Stage) -> Vec<Activity> {
    match stage {
        Stage::Running(phase) => Activity::ALL.into_iter().filter(|a| a.allowed_in(phase)).collect(),
        _ => Vec::new(),
    }
}

#[derive(Template)]
#[template(path = "processes.html")]
struct ProcessesPage<'a> {
    c: &'a Ctx,
    community: Community,
    processes: Vec<(Process, Stage)>,
    can_open: bool,
}

pub async fn processes_page(ctx: Ctx, Path(slug): Path<String>) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    let mut processes = Vec::new();
    for process in ctx.state.db.processes_in(community.id).await? {
        let phases = ctx.state.db.phases(process.id).await?;
        let stage = process_cases::stage(&phases, piazza_domain::now());
        processes.push((process, stage));
    }
    let can_open = speaks_for(&ctx, &community);
    Ok(render(&ProcessesPage { c: &ctx, community, processes, can_open }))
}

#[derive(Template)]
#[template(path = "process_new.html")]
struct NewProcessPage<'a> {
    c: &'a Ctx,
    community: Community,
    form: FormView,
    rows: Vec<usize>,
    kinds: &'static [PhaseKind],
    activities: [Activity; 5],
    neighbourhoods: Vec<Neighbourhood>,
}

impl NewProcessPage<'_> {
    fn field(&self, row: &usize, part: &str) -> String {
        phase_field(*row, part)
    }
}

async fn new_process_page(ctx: &Ctx, community: Community, form: FormView) -> PageResult {
    let page = NewProcessPage {
        neighbourhoods: ctx.state.db.neighbourhoods_of(community.id).await?,
        c: ctx,
        community,
        form,
        rows: (1..=PHASE_ROWS).collect(),
        kinds: PhaseKind::ALL,
        activities: Activity::ALL,
    };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

pub async fn new_process_form(ctx: Ctx, Path(slug): Path<String>) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    if !speaks_for(&ctx, &community) {
        ctx.require_actor()?;
        return Err(PageError::Forbidden);
    }
    let values = Fields::default().with("support_threshold", "50");
    new_process_page(&ctx, community, FormView::new(values)).await
}

pub async fn create_process(ctx: Ctx, Path(slug): Path<String>, Posted(fields): Posted) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    let actor = ctx.require_actor()?;
    let form = ProcessForm {
        title: fields.get("title").to_owned(),
        summary: fields.get("summary").to_owned(),
        easy_read: fields.get("easy_read").to_owned(),
        description: fields.get("description").to_owned(),
        support_threshold: fields.get("support_threshold").to_owned(),
        neighbourhoods: fields.all("neighbourhoods"),
        phases: (1..=PHASE_ROWS)
            .map(|row| PhaseForm {
                kind: fields.get(&phase_field(row, "kind")).to_owned(),
                starts_on: fields.get(&phase_field(row, "starts")).to_owned(),
                ends_on: fields.get(&phase_field(row, "ends")).to_owned(),
                allows: fields.all(&phase_field(row, "allows")),
            })
            .collect(),
    };
    let token = match begin_submission(&ctx, &fields, &format!("/c/{slug}/processes")).await? {
        Submission::Repeated(location) => return Ok(see_other(&location)),
        Submission::Proceed(token) => token,
    };
    let outcome = process_cases::create_process(&ctx.state.db, actor, &community, &form, ctx.locale()).await;
    let created = outcome.as_ref().ok().map(|id| format!("/processes/{id}"));
    end_submission(&ctx, token, created.as_deref()).await?;
    match outcome {
        Ok(id) => Ok(see_other(&format!("/processes/{id}"))),
        Err(AppError::Invalid(errors)) => {
            new_process_page(&ctx, community, FormView::with_errors(fields, &errors, &ctx.tr)).await
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Template)]
#[template(path = "process.html")]
struct ProcessPage<'a> {
    c: &'a Ctx,
    process: Process,
    community: Community,
    can_assist: bool,
    /// The facilitators of twinned communities who accepted to co-run the process.
    co_runners: Vec<piazza_app::records::CoRunner>,
    /// Whether the reader sees the co-running page: an official, or someone invited.
    sees_co_running: bool,
    result_count: usize,
    /// Contributions per channel, the channels that brought any.
    channels: Vec<piazza_app::representation::ChannelRow>,
    description_html: String,
    phases: Vec<PhaseView>,
    stage: Stage,
    now: Vec<Activity>,
    decisions: Vec<StateChange>,
    proposal_count: i64,
    thread: Thread,
    form: FormView,
    following: bool,
    meeting_count: usize,
    budget_count: usize,
    can_open_budget: bool,
    scope: Vec<Neighbourhood>,
    /// The practice this process was started from: (case id, title).
    replicates: Option<(i64, String)>,
}

impl ProcessPage<'_> {
    fn can_propose(&self) -> bool {
        self.now.contains(&Activity::Propose)
    }
}

#[derive(serde::Deserialize, Default)]
pub struct CommentsQuery {
    #[serde(default)]
    comments: String,
}

pub async fn process_page(ctx: Ctx, Id(id): Id, Query(query): Query<CommentsQuery>) -> PageResult {
    process_page_with(&ctx, id, CommentOrder::parse(&query.comments), FormView::default()).await
}

pub async fn comment_on_process(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    match post_comment(&ctx, ProcessId(id), None, &fields).await? {
        Ok(address) => Ok(see_other(&address)),
        Err(form) => process_page_with(&ctx, id, CommentOrder::Oldest, form).await,
    }
}

async fn process_page_with(ctx: &Ctx, id: i64, order: CommentOrder, form: FormView) -> PageResult {
    let (process, phases, community) = load_process(ctx, ProcessId(id)).await?;
    let stage = process_cases::stage(&phases, piazza_domain::now());
    let decisions = ctx.state.db.decisions_in(process.id).await?;
    let filter = ProposalFilter {
        process: process.id,
        state: None,
        answered: None,
        category: None,
        neighbourhood: None,
        order: ProposalOrder::Newest,
        limit: 0,
        offset: 0,
    };
    let (_, proposal_count) = ctx.state.db.proposals(&filter).await?;
    let open = piazza_app::processes::allows(&phases, Activity::Comment);
    let thread = thread(ctx, &process, None, order, open).await?;
    let following = match &ctx.actor {
        Some(actor) => ctx.state.db.is_following(actor.id(), FollowTarget::Process, process.id.0).await?,
        None => false,
    };
    let meeting_count = ctx.state.db.meetings_of(process.id).await?.len();
    let budget_count = ctx.state.db.budgets_of(process.id).await?.len();
    let can_open_budget = ctx.actor.as_ref().is_some_and(|actor| piazza_app::processes::speaks_for(actor, &community));
    let can_assist =
        ctx.actor.as_ref().is_some_and(|actor| piazza_app::meetings::organises_process(actor, &community, process.id));
    let channels =
        piazza_app::representation::channel_rows(&ctx.state.db.channel_counts(community.id, Some(process.id)).await?)
            .into_iter()
            .filter(|row| row.total() > 0)
            .collect();
    let result_count = ctx.state.db.results_of(process.id).await?.len();
    let invited = ctx.state.db.co_runners(process.id).await?;
    let sees_co_running = can_open_budget
        || ctx.actor.as_ref().is_some_and(|actor| invited.iter().any(|person| person.account_id == actor.id().0));
    let co_runners = invited.into_iter().filter(|person| person.accepted_at.is_some()).collect();
    let replicates = match ctx.state.db.case_replicated_by(process.id).await? {
        Some(case) => ctx.state.db.case(case).await?.map(|c| (c.id, c.title)),
        None => None,
    };
    let page = ProcessPage {
        replicates,
        result_count,
        can_assist,
        co_runners,
        sees_co_running,
        channels,
        scope: ctx.state.db.process_scope(process.id).await?,
        meeting_count,
        budget_count,
        can_open_budget,
        following,
        c: ctx,
        description_html: crate::markdown::render(&process.description),
        phases: phase_views(&phases, &stage),
        now: activities_now(&stage),
        stage,
        process,
        community,
        decisions,
        proposal_count,
        thread,
        form,
    };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

#[derive(serde::Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    state: String,
    #[serde(default)]
    answered: String,
    #[serde(default)]
    sort: String,
    #[serde(default)]
    category: String,
    #[serde(default)]
    neighbourhood: String,
    #[serde(default)]
    page: Option<i64>,
}

#[derive(Template)]
#[template(path = "proposals.html")]
struct ProposalsPage<'a> {
    c: &'a Ctx,
    process: Process,
    community: Community,
    proposals: Vec<Proposal>,
    total: i64,
    page: i64,
    pages: i64,
    state: String,
    answered: String,
    sort: String,
    states: &'static [ProposalState],
    can_propose: bool,
    category: String,
    categories: &'static [Category],
    neighbourhood: i64,
    neighbourhoods: Vec<Neighbourhood>,
}

impl ProposalsPage<'_> {
    /// The address of another page of this list, keeping the filters.
    fn page_link(&self, page: i64) -> String {
        format!(
            "/processes/{}/proposals?state={}&answered={}&category={}&neighbourhood={}&sort={}&page={page}",
            self.process.id,
            self.state,
            self.answered,
            self.category,
            if self.neighbourhood > 0 { self.neighbourhood.to_string() } else { String::new() },
            self.sort
        )
    }

    /// "2 / 5", in the reader's digits.
    fn position(&self) -> String {
        format!("{} / {}", self.c.tr.number(self.page), self.c.tr.number(self.pages))
    }

    fn state_name(&self, key: &str) -> String {
        ProposalState::parse(key).map(|s| self.c.t(s.message_id())).unwrap_or_else(|| key.to_owned())
    }

    fn is_sort(&self, key: &str) -> bool {
        self.sort == key
    }

    fn is_category(&self, key: &str) -> bool {
        self.category == key
    }

    fn category_name(&self, key: &Option<String>) -> Option<String> {
        key.as_deref().and_then(Category::parse).map(|c| self.c.t(c.message_id()))
    }
}

pub async fn proposals_page(ctx: Ctx, Id(id): Id, Query(query): Query<ListQuery>) -> PageResult {
    let (process, phases, community) = load_process(&ctx, ProcessId(id)).await?;
    let state = ProposalState::parse(&query.state).map(|s| s.key().to_owned()).unwrap_or_default();
    let answered = match query.answered.as_str() {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    };
    let (order, sort) = match query.sort.as_str() {
        "supported" => (ProposalOrder::MostSupported, "supported"),
        "commented" => (ProposalOrder::MostCommented, "commented"),
        "newest" => (ProposalOrder::Newest, "newest"),
        _ => (ProposalOrder::Shuffled, "shuffled"),
    };
    let page = query.page.unwrap_or(1).max(1);
    let category = Category::parse(&query.category).map(|c| c.key().to_owned()).unwrap_or_default();
    let neighbourhoods = proposal_cases::neighbourhood_choices(&ctx.state.db, &process).await?;
    let neighbourhood =
        query.neighbourhood.parse::<i64>().ok().filter(|id| neighbourhoods.iter().any(|n| n.id == *id)).unwrap_or(0);
    let filter = ProposalFilter {
        process: process.id,
        state: (!state.is_empty()).then_some(state.as_str()),
        answered,
        category: (!category.is_empty()).then_some(category.as_str()),
        neighbourhood: (neighbourhood > 0).then_some(neighbourhood),
        order,
        limit: PAGE_SIZE,
        offset: (page - 1).saturating_mul(PAGE_SIZE),
    };
    let (proposals, total) = ctx.state.db.proposals(&filter).await?;
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let can_propose = piazza_app::processes::allows(&phases, Activity::Propose);
    let page = ProposalsPage {
        c: &ctx,
        process,
        community,
        proposals,
        total,
        page,
        pages,
        answered: match answered {
            Some(true) => "yes".into(),
            Some(false) => "no".into(),
            None => String::new(),
        },
        state,
        sort: sort.to_owned(),
        states: ProposalState::ALL,
        can_propose,
        category,
        categories: Category::ALL,
        neighbourhood,
        neighbourhoods,
    };
    Ok(render(&page))
}

#[derive(Template)]
#[template(path = "proposal_new.html")]
struct NewProposalPage<'a> {
    c: &'a Ctx,
    process: Process,
    community: Community,
    form: FormView,
    not_now: Option<String>,
    categories: &'static [Category],
    neighbourhoods: Vec<Neighbourhood>,
}

pub async fn new_proposal_form(ctx: Ctx, Id(id): Id) -> PageResult {
    ctx.require_actor()?;
    let (process, phases, community) = load_process(&ctx, ProcessId(id)).await?;
    let not_now = (!piazza_app::processes::allows(&phases, Activity::Propose))
        .then(|| ctx.t(NotNow::PhaseDoesNotAllow(Activity::Propose).message_id()));
    Ok(render(&NewProposalPage {
        c: &ctx,
        neighbourhoods: proposal_cases::neighbourhood_choices(&ctx.state.db, &process).await?,
        categories: Category::ALL,
        process,
        community,
        form: FormView::default(),
        not_now,
    }))
}

pub async fn create_proposal(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let (process, phases, community) = load_process(&ctx, ProcessId(id)).await?;
    let form = ProposalForm {
        title: fields.get("title").to_owned(),
        body: fields.get("body").to_owned(),
        category: fields.get("category").to_owned(),
        address: fields.get("address").to_owned(),
        neighbourhood: fields.get("neighbourhood").to_owned(),
        latitude: fields.get("latitude").to_owned(),
        longitude: fields.get("longitude").to_owned(),
    };
    let token = match begin_submission(&ctx, &fields, &format!("/processes/{id}/proposals")).await? {
        Submission::Repeated(location) => return Ok(see_other(&location)),
        Submission::Proceed(token) => token,
    };
    let outcome = proposal_cases::create_proposal(&ctx.state.db, actor, &process, &phases, &form, ctx.locale()).await;
    let created = match &outcome {
        Ok(Ok(proposal)) => Some(format!("/proposals/{proposal}")),
        _ => None,
    };
    end_submission(&ctx, token, created.as_deref()).await?;
    match outcome {
        Ok(Ok(proposal)) => {
            let link = format!("/proposals/{proposal}");
            let event = notices::event_by(&ctx, NotificationKind::NewProposal, form.title.trim(), link.clone(), None);
            notices::send(&ctx, event, &[Audience::Followers(FollowTarget::Process, process.id.0)], &mut Vec::new())
                .await?;
            Ok(see_other(&link))
        }
        Ok(Err(not_now)) => {
            let page = NewProposalPage {
                c: &ctx,
                neighbourhoods: proposal_cases::neighbourhood_choices(&ctx.state.db, &process).await?,
                categories: Category::ALL,
                process,
                community,
                form: FormView::new(fields),
                not_now: Some(ctx.t(not_now.message_id())),
            };
            Ok(unprocessable(&page))
        }
        Err(AppError::Invalid(errors)) => {
            let form = FormView::with_errors(fields, &errors, &ctx.tr);
            let neighbourhoods = proposal_cases::neighbourhood_choices(&ctx.state.db, &process).await?;
            let page = NewProposalPage {
                c: &ctx,
                process,
                community,
                form,
                not_now: None,
                categories: Category::ALL,
                neighbourhoods,
            };
            Ok(unprocessable(&page))
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Template)]
#[template(path = "proposal.html")]
struct ProposalPage<'a> {
    c: &'a Ctx,
    proposal: Proposal,
    process: Process,
    community: Community,
    body_html: String,
    state: ProposalState,
    history: Vec<StateChange>,
    supports_open: bool,
    has_supported: bool,
    is_author: bool,
    speaks_for: bool,
    next_states: &'static [ProposalState],
    form: FormView,
    notice: Option<String>,
    problem: Option<String>,
    thread: Thread,
    editable: bool,
    amendments: Vec<AmendmentView>,
    can_amend: bool,
    coauthors: Vec<piazza_app::records::Coauthor>,
    /// Proposals this one may be merged into, offered to officials.
    merge_candidates: Vec<Proposal>,
    merged_into: Option<Proposal>,
    following: bool,
    /// Whether this person may write the easy-read version: an author, or an organiser.
    can_write_easy_read: bool,
    /// What became of the proposal: the results it led to.
    fates: Vec<piazza_app::accountability::Tracked>,
}

impl ProposalPage<'_> {
    fn status_name(&self, status: &str) -> String {
        piazza_domain::ResultStatus::parse(status).map(|status| self.c.t(status.message_id())).unwrap_or_default()
    }

    fn category_name(&self) -> Option<String> {
        self.proposal.category.as_deref().and_then(Category::parse).map(|c| self.c.t(c.message_id()))
    }

    /// The map point written out, such as "43.8431, 10.5061".
    fn point(&self) -> Option<String> {
        let (Some(latitude), Some(longitude)) = (self.proposal.latitude, self.proposal.longitude) else {
            return None;
        };
        Some(format!("{latitude:.5}, {longitude:.5}"))
    }

    /// A link to the point on OpenStreetMap: a link the reader may follow, never a request the
    /// page itself makes.
    fn map_link(&self) -> String {
        let (latitude, longitude) =
            (self.proposal.latitude.unwrap_or_default(), self.proposal.longitude.unwrap_or_default());
        format!(
            "https://www.openstreetmap.org/?mlat={latitude:.5}&mlon={longitude:.5}#map=17/{latitude:.5}/{longitude:.5}"
        )
    }

    fn accepted_coauthors(&self) -> impl Iterator<Item = &piazza_app::records::Coauthor> {
        self.coauthors.iter().filter(|c| c.state == "accepted")
    }

    fn pending_coauthors(&self) -> impl Iterator<Item = &piazza_app::records::Coauthor> {
        self.coauthors.iter().filter(|c| c.state == "invited")
    }

    /// The invitation waiting for the reader's own answer, if any.
    fn my_invitation(&self) -> Option<&piazza_app::records::Coauthor> {
        let me = self.c.actor.as_ref()?.id().0;
        self.pending_coauthors().find(|c| c.account_id == Some(me))
    }
}

/// An amendment with what it would change in the current text.
pub struct AmendmentView {
    pub amendment: piazza_app::records::Amendment,
    pub title_changes: Vec<Change>,
    pub body_changes: Vec<Change>,
}

impl AmendmentView {
    /// Whether the reader wrote this amendment.
    pub fn is_mine(&self, ctx: &Ctx) -> bool {
        ctx.actor.as_ref().is_some_and(|actor| self.amendment.author_id == Some(actor.id().0))
    }

    pub fn is_pending(&self) -> bool {
        self.amendment.state == "pending"
    }

    /// The id of this amendment's rejection-reason field; each pending amendment has its own.
    pub fn reason_field(&self) -> String {
        format!("rejection_reason-{}", self.amendment.id)
    }

    pub fn state_id(&self) -> &'static str {
        match self.amendment.state.as_str() {
            "accepted" => "amendment-accepted",
            "rejected" => "amendment-rejected",
            _ => "amendment-pending",
        }
    }
}

#[derive(serde::Deserialize, Default)]
pub struct ProposalQuery {
    #[serde(default)]
    done: String,
    #[serde(default)]
    comments: String,
}

async fn proposal_page_with(
    ctx: &Ctx,
    id: i64,
    form: FormView,
    notice: Option<String>,
    problem: Option<String>,
) -> PageResult {
    proposal_page_in_order(ctx, id, form, notice, problem, CommentOrder::Oldest).await
}

async fn proposal_page_in_order(
    ctx: &Ctx,
    id: i64,
    form: FormView,
    notice: Option<String>,
    problem: Option<String>,
    order: CommentOrder,
) -> PageResult {
    let db = &ctx.state.db;
    let proposal = db.proposal(ProposalId(id)).await?.ok_or(PageError::NotFound)?;
    let (process, phases, community) = load_process(ctx, proposal.process_id).await?;
    if let Some(placeholder) = hidden_placeholder(ctx, &proposal, &process, &community).await? {
        return Ok(placeholder);
    }
    let state = ProposalState::parse(&proposal.state).unwrap_or(ProposalState::Published);
    let has_supported = match &ctx.actor {
        Some(actor) => db.has_supported(proposal.id, actor.id()).await?,
        None => false,
    };
    let open = piazza_app::processes::allows(&phases, Activity::Comment);
    let thread = thread(ctx, &process, Some(proposal.id), order, open).await?;
    let editable = proposal_cases::editable_knowing(&proposal, !thread.comments.is_empty());
    let is_author = match &ctx.actor {
        Some(actor) => db.is_proposal_author(proposal.id, actor.id()).await?,
        None => false,
    };
    let amendments = db
        .amendments_of(proposal.id)
        .await?
        .into_iter()
        .map(|amendment| AmendmentView {
            title_changes: piazza_domain::diff::word_diff(&proposal.title, &amendment.title),
            body_changes: piazza_domain::diff::word_diff(&proposal.body, &amendment.body),
            amendment,
        })
        .collect();
    let can_amend = state.is_open() && piazza_app::processes::allows(&phases, Activity::Amend);
    let speaks = speaks_for(ctx, &community);
    let merge_candidates = if speaks && state.official_next().contains(&ProposalState::Merged) {
        let filter = ProposalFilter::all_of(process.id);
        let (all, _) = db.proposals(&filter).await?;
        all.into_iter().filter(|p| p.id != proposal.id && p.merged_into.is_none() && p.state != "withdrawn").collect()
    } else {
        Vec::new()
    };
    let merged_into = match proposal.merged_into {
        Some(target) => db.proposal(ProposalId(target)).await?,
        None => None,
    };
    let following = match &ctx.actor {
        Some(actor) => db.is_following(actor.id(), FollowTarget::Proposal, proposal.id.0).await?,
        None => false,
    };
    let fates = piazza_app::accountability::fate_of(db, "proposal", proposal.id.0).await?;
    let can_write_easy_read = is_author
        || ctx
            .actor
            .as_ref()
            .is_some_and(|actor| piazza_app::meetings::organises_process(actor, &community, proposal.process_id));
    let page = ProposalPage {
        fates,
        can_write_easy_read,
        following,
        c: ctx,
        thread,
        editable,
        amendments,
        can_amend,
        body_html: crate::markdown::render(&proposal.body),
        history: db.state_changes(proposal.id).await?,
        supports_open: state.is_open() && piazza_app::processes::allows(&phases, Activity::Support),
        has_supported,
        is_author,
        coauthors: db.coauthors_of(proposal.id).await?,
        speaks_for: speaks,
        merge_candidates,
        merged_into,
        next_states: state.official_next(),
        state,
        proposal,
        process,
        community,
        form,
        notice,
        problem,
    };
    Ok(if page.form.has_errors() || page.problem.is_some() { unprocessable(&page) } else { render(&page) })
}

#[derive(Template)]
#[template(path = "hidden.html")]
struct HiddenProposalPage<'a> {
    c: &'a Ctx,
    proposal: &'a Proposal,
    process: &'a Process,
    community: &'a Community,
    is_author: bool,
}

/// What a hidden proposal's pages show instead of its text: the moderators' reason, and for
/// its authors the way to appeal. Moderators see the proposal itself, to review it.
async fn hidden_placeholder(
    ctx: &Ctx,
    proposal: &Proposal,
    process: &Process,
    community: &Community,
) -> Result<Option<axum::response::Response>, PageError> {
    if !proposal.hidden
        || ctx.actor.as_ref().is_some_and(|actor| piazza_app::moderation::moderates(actor, community.id))
    {
        return Ok(None);
    }
    let is_author = match &ctx.actor {
        Some(actor) => proposal.created_by == Some(actor.id().0),
        None => false,
    };
    Ok(Some(render(&HiddenProposalPage { c: ctx, proposal, process, community, is_author })))
}

pub async fn proposal_page(ctx: Ctx, Id(id): Id, Query(query): Query<ProposalQuery>) -> PageResult {
    let notice = match query.done.as_str() {
        "supported" => Some(ctx.t("notice-supported")),
        "threshold" => Some(ctx.t("notice-threshold")),
        "unsupported" => Some(ctx.t("notice-unsupported")),
        "answered" => Some(ctx.t("notice-answered")),
        "withdrawn" => Some(ctx.t("notice-withdrawn")),
        "invited" => Some(ctx.t("notice-invited")),
        "easy-read" => Some(ctx.t("notice-easy-read")),
        _ => None,
    };
    proposal_page_in_order(&ctx, id, FormView::default(), notice, None, CommentOrder::parse(&query.comments)).await
}

pub async fn comment_on_proposal(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let proposal = ctx.state.db.proposal(ProposalId(id)).await?.ok_or(PageError::NotFound)?;
    match post_comment(&ctx, proposal.process_id, Some(proposal.id), &fields).await? {
        Ok(address) => Ok(see_other(&address)),
        Err(form) => proposal_page_with(&ctx, id, form, None, None).await,
    }
}

async fn load_proposal(ctx: &Ctx, id: i64) -> Result<(Proposal, Process, Vec<Phase>, Community), PageError> {
    let proposal = ctx.state.db.proposal(ProposalId(id)).await?.ok_or(PageError::NotFound)?;
    let (process, phases, community) = load_process(ctx, proposal.process_id).await?;
    Ok((proposal, process, phases, community))
}

fn done(id: i64, what: &str) -> axum::response::Response {
    see_other(&format!("/proposals/{id}?done={what}#status"))
}

pub async fn support_proposal(ctx: Ctx, Id(id): Id) -> PageResult {
    let actor = ctx.require_actor()?;
    let (proposal, process, phases, _) = load_proposal(&ctx, id).await?;
    match proposal_cases::support(&ctx.state.db, actor, &proposal, &process, &phases).await? {
        Ok(outcome) if outcome.reached_threshold => {
            let community = ctx.state.db.community(process.community_id).await?.ok_or(PageError::NotFound)?;
            let link = format!("/proposals/{id}");
            let mut told = Vec::new();
            let officials = proposal_cases::officials_of(&ctx.state.db, &community).await?;
            let event =
                notices::event_by(&ctx, NotificationKind::AwaitsEvaluation, &proposal.title, link.clone(), None);
            notices::send(&ctx, event, &[Audience::People(officials)], &mut told).await?;
            let event = notices::event_by(&ctx, NotificationKind::Threshold, &proposal.title, link, None);
            notices::send(&ctx, event, &[Audience::Followers(FollowTarget::Proposal, id)], &mut told).await?;
            Ok(done(id, "threshold"))
        }
        Ok(_) => Ok(done(id, "supported")),
        Err(not_now) => {
            proposal_page_with(&ctx, id, FormView::default(), None, Some(ctx.t(not_now.message_id()))).await
        }
    }
}

pub async fn unsupport_proposal(ctx: Ctx, Id(id): Id) -> PageResult {
    let actor = ctx.require_actor()?;
    let (proposal, _, phases, _) = load_proposal(&ctx, id).await?;
    match proposal_cases::withdraw_support(&ctx.state.db, actor, &proposal, &phases).await? {
        Ok(_) => Ok(done(id, "unsupported")),
        Err(not_now) => {
            proposal_page_with(&ctx, id, FormView::default(), None, Some(ctx.t(not_now.message_id()))).await
        }
    }
}

pub async fn answer_proposal(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let (proposal, _, _, community) = load_proposal(&ctx, id).await?;
    let form = proposal_cases::AnswerForm {
        seen_state: fields.get("seen_state"),
        new_state: fields.get("state"),
        answer: fields.get("answer"),
        merge_into: fields.get("merge_into"),
    };
    let outcome = proposal_cases::answer(&ctx.state.db, actor, &community, &proposal, &form).await;
    match outcome {
        Ok(Ok(())) => {
            tell_about_state(&ctx, id).await?;
            Ok(done(id, "answered"))
        }
        Ok(Err(not_now)) => {
            let problem = Some(ctx.t(not_now.message_id()));
            proposal_page_with(&ctx, id, FormView::new(fields), None, problem).await
        }
        Err(AppError::Invalid(errors)) => {
            proposal_page_with(&ctx, id, FormView::with_errors(fields, &errors, &ctx.tr), None, None).await
        }
        Err(error) => Err(error.into()),
    }
}

/// Tells a proposal's followers the state it is in now.
async fn tell_about_state(ctx: &Ctx, id: i64) -> Result<(), PageError> {
    let proposal = ctx.state.db.proposal(ProposalId(id)).await?.ok_or(PageError::NotFound)?;
    let link = format!("/proposals/{id}#history");
    let event = notices::event_by(ctx, NotificationKind::StateChanged, &proposal.title, link, Some(proposal.state));
    notices::send(ctx, event, &[Audience::Followers(FollowTarget::Proposal, id)], &mut Vec::new()).await
}

pub async fn withdraw_proposal(ctx: Ctx, Id(id): Id) -> PageResult {
    let actor = ctx.require_actor()?;
    let (proposal, _, _, _) = load_proposal(&ctx, id).await?;
    match proposal_cases::withdraw(&ctx.state.db, actor, &proposal).await? {
        Ok(()) => {
            tell_about_state(&ctx, id).await?;
            Ok(done(id, "withdrawn"))
        }
        Err(not_now) => {
            proposal_page_with(&ctx, id, FormView::default(), None, Some(ctx.t(not_now.message_id()))).await
        }
    }
}

/// Writes, changes or removes the easy-read version of a proposal.
pub async fn set_proposal_easy_read(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let (proposal, _, _, community) = load_proposal(&ctx, id).await?;
    match proposal_cases::set_easy_read(&ctx.state.db, actor, &proposal, &community, fields.get("easy_read")).await {
        Ok(()) => Ok(see_other(&format!("/proposals/{id}?done=easy-read#easy-read"))),
        Err(piazza_app::AppError::Invalid(errors)) => {
            proposal_page_with(&ctx, id, FormView::with_errors(fields, &errors, &ctx.tr), None, None).await
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Template)]
#[template(path = "proposal_edit.html")]
struct EditProposalPage<'a> {
    c: &'a Ctx,
    proposal: Proposal,
    form: FormView,
    problem: Option<String>,
}

fn edit_page(ctx: &Ctx, proposal: Proposal, form: FormView, problem: Option<String>) -> axum::response::Response {
    let page = EditProposalPage { c: ctx, proposal, form, problem };
    if page.form.has_errors() || page.problem.is_some() { unprocessable(&page) } else { render(&page) }
}

pub async fn edit_proposal_form(ctx: Ctx, Id(id): Id) -> PageResult {
    let actor = ctx.require_actor()?;
    let proposal = ctx.state.db.proposal(ProposalId(id)).await?.ok_or(PageError::NotFound)?;
    if !ctx.state.db.is_proposal_author(proposal.id, actor.id()).await? {
        return Err(PageError::Forbidden);
    }
    let problem =
        (!proposal_cases::editable(&ctx.state.db, &proposal).await?).then(|| ctx.t(NotNow::EditingClosed.message_id()));
    let values = Fields::default()
        .with("title", &proposal.title)
        .with("body", &proposal.body)
        .with("seen_version", &proposal.version.to_string());
    Ok(edit_page(&ctx, proposal, FormView::new(values), problem))
}

pub async fn edit_proposal(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let proposal = ctx.state.db.proposal(ProposalId(id)).await?.ok_or(PageError::NotFound)?;
    let seen_version = fields.get("seen_version").parse().unwrap_or(0);
    match proposal_cases::edit(&ctx.state.db, actor, &proposal, seen_version, fields.get("title"), fields.get("body"))
        .await
    {
        Ok(Ok(())) => Ok(see_other(&format!("/proposals/{id}/versions"))),
        Ok(Err(not_now)) => {
            let problem = Some(ctx.t(not_now.message_id()));
            // The author keeps what they typed, and sees the version they now edit against.
            let fields = fields.with("seen_version", &proposal.version.to_string());
            Ok(edit_page(&ctx, proposal, FormView::new(fields), problem))
        }
        Err(AppError::Invalid(errors)) => {
            Ok(edit_page(&ctx, proposal, FormView::with_errors(fields, &errors, &ctx.tr), None))
        }
        Err(error) => Err(error.into()),
    }
}

/// A version with what changed since the one before it.
pub struct VersionView {
    pub version: piazza_app::records::ProposalVersion,
    pub title_changes: Vec<piazza_domain::diff::Change>,
    pub body_changes: Vec<piazza_domain::diff::Change>,
}

#[derive(Template)]
#[template(path = "proposal_versions.html")]
struct VersionsPage<'a> {
    c: &'a Ctx,
    proposal: Proposal,
    versions: Vec<VersionView>,
}

pub async fn proposal_versions(ctx: Ctx, Id(id): Id) -> PageResult {
    let (proposal, process, _, community) = load_proposal(&ctx, id).await?;
    if let Some(placeholder) = hidden_placeholder(&ctx, &proposal, &process, &community).await? {
        return Ok(placeholder);
    }
    let stored = ctx.state.db.proposal_versions(proposal.id).await?;
    let mut versions: Vec<VersionView> = Vec::with_capacity(stored.len());
    let mut previous: Option<&piazza_app::records::ProposalVersion> = None;
    for version in &stored {
        let (old_title, old_body) = previous.map_or(("", ""), |p| (p.title.as_str(), p.body.as_str()));
        versions.push(VersionView {
            title_changes: piazza_domain::diff::word_diff(old_title, &version.title),
            body_changes: piazza_domain::diff::word_diff(old_body, &version.body),
            version: version.clone(),
        });
        previous = Some(version);
    }
    // Newest first: what changed last is what a reader wants to see.
    versions.reverse();
    Ok(render(&VersionsPage { c: &ctx, proposal, versions }))
}

#[derive(Template)]
#[template(path = "amendment_new.html")]
struct NewAmendmentPage<'a> {
    c: &'a Ctx,
    proposal: Proposal,
    form: FormView,
    problem: Option<String>,
}

fn amendment_page(ctx: &Ctx, proposal: Proposal, form: FormView, problem: Option<String>) -> axum::response::Response {
    let page = NewAmendmentPage { c: ctx, proposal, form, problem };
    if page.form.has_errors() || page.problem.is_some() { unprocessable(&page) } else { render(&page) }
}

pub async fn new_amendment_form(ctx: Ctx, Id(id): Id) -> PageResult {
    ctx.require_actor()?;
    let (proposal, _, phases, _) = load_proposal(&ctx, id).await?;
    let open = ProposalState::parse(&proposal.state).is_some_and(ProposalState::is_open);
    let problem = if !open {
        Some(ctx.t(NotNow::ProposalClosed.message_id()))
    } else if !piazza_app::processes::allows(&phases, Activity::Amend) {
        Some(ctx.t(NotNow::PhaseDoesNotAllow(Activity::Amend).message_id()))
    } else {
        None
    };
    let values = Fields::default().with("title", &proposal.title).with("body", &proposal.body);
    Ok(amendment_page(&ctx, proposal, FormView::new(values), problem))
}

pub async fn create_amendment(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let (proposal, _, phases, _) = load_proposal(&ctx, id).await?;
    let form = piazza_app::amendments::AmendmentForm {
        title: fields.get("title"),
        body: fields.get("body"),
        reason: fields.get("reason"),
    };
    let token = match begin_submission(&ctx, &fields, &format!("/proposals/{id}")).await? {
        Submission::Repeated(location) => return Ok(see_other(&location)),
        Submission::Proceed(token) => token,
    };
    let outcome = piazza_app::amendments::propose(&ctx.state.db, actor, &proposal, &phases, &form).await;
    let created = match &outcome {
        Ok(Ok(amendment)) => Some(format!("/proposals/{id}#amendment-{amendment}")),
        _ => None,
    };
    end_submission(&ctx, token, created.as_deref()).await?;
    match outcome {
        Ok(Ok(amendment)) => {
            let link = format!("/proposals/{id}#amendment-{amendment}");
            let event = notices::event_by(&ctx, NotificationKind::Amendment, &proposal.title, link.clone(), None);
            notices::send(&ctx, event, &[Audience::Followers(FollowTarget::Proposal, id)], &mut Vec::new()).await?;
            Ok(see_other(&link))
        }
        Ok(Err(not_now)) => {
            let problem = Some(ctx.t(not_now.message_id()));
            Ok(amendment_page(&ctx, proposal, FormView::new(fields), problem))
        }
        Err(AppError::Invalid(errors)) => {
            Ok(amendment_page(&ctx, proposal, FormView::with_errors(fields, &errors, &ctx.tr), None))
        }
        Err(error) => Err(error.into()),
    }
}

async fn decide_amendment(ctx: Ctx, id: i64, accept: bool, fields: Fields) -> PageResult {
    let actor = ctx.require_actor()?;
    let amendment = ctx.state.db.amendment(id).await?.ok_or(PageError::NotFound)?;
    let proposal_id = amendment.proposal_id.0;
    let (proposal, _, _, _) = load_proposal(&ctx, proposal_id).await?;
    let answer = fields.get("rejection_reason").to_owned();
    match piazza_app::amendments::decide(&ctx.state.db, actor, &proposal, &amendment, accept, &answer).await {
        Ok(Ok(())) => {
            let link = format!("/proposals/{proposal_id}#amendment-{id}");
            if let Some(author) = amendment.author_id {
                let outcome = if accept { "accepted" } else { "rejected" };
                let event = notices::event_by(
                    &ctx,
                    NotificationKind::AmendmentAnswered,
                    &proposal.title,
                    link.clone(),
                    Some(outcome.to_owned()),
                );
                notices::send(
                    &ctx,
                    event,
                    &[Audience::People(vec![piazza_domain::AccountId(author)])],
                    &mut Vec::new(),
                )
                .await?;
            }
            Ok(see_other(&link))
        }
        Ok(Err(not_now)) => {
            proposal_page_with(&ctx, proposal_id, FormView::default(), None, Some(ctx.t(not_now.message_id()))).await
        }
        Err(AppError::Invalid(errors)) => {
            // The error belongs to this amendment's reason field.
            let mut form = FormView::with_errors(fields, &errors, &ctx.tr);
            for error in &mut form.errors {
                error.0 = format!("rejection_reason-{id}");
            }
            proposal_page_with(&ctx, proposal_id, form, None, None).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn accept_amendment(ctx: Ctx, Id(id): Id) -> PageResult {
    decide_amendment(ctx, id, true, Fields::default()).await
}

pub async fn reject_amendment(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    decide_amendment(ctx, id, false, fields).await
}

pub async fn invite_coauthor(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let proposal = ctx.state.db.proposal(ProposalId(id)).await?.ok_or(PageError::NotFound)?;
    let kind = fields.get("invitee_kind");
    match piazza_app::coauthors::invite(&ctx.state.db, actor, &proposal, kind, fields.get("invitee")).await {
        Ok(answerers) => {
            let link = format!("/proposals/{id}#authors");
            let event = notices::event_by(&ctx, NotificationKind::Invitation, &proposal.title, link, None);
            notices::send(&ctx, event, &[Audience::People(answerers)], &mut Vec::new()).await?;
            Ok(see_other(&format!("/proposals/{id}?done=invited#authors")))
        }
        Err(AppError::Invalid(errors)) => {
            proposal_page_with(&ctx, id, FormView::with_errors(fields, &errors, &ctx.tr), None, None).await
        }
        Err(error) => Err(error.into()),
    }
}

async fn answer_invitation(ctx: Ctx, id: i64, accept: bool) -> PageResult {
    let actor = ctx.require_actor()?;
    let invitation = ctx.state.db.coauthor(id).await?.ok_or(PageError::NotFound)?;
    piazza_app::coauthors::answer(&ctx.state.db, actor, &invitation, accept).await?;
    Ok(see_other(&format!("/proposals/{}#authors", invitation.proposal_id)))
}

pub async fn accept_invitation(ctx: Ctx, Id(id): Id) -> PageResult {
    answer_invitation(ctx, id, true).await
}

pub async fn decline_invitation(ctx: Ctx, Id(id): Id) -> PageResult {
    answer_invitation(ctx, id, false).await
}

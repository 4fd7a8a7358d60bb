//! Meetings of a process: the list, planning one, a meeting's page with registration and the
//! waiting list, and its minutes.

use askama::Template;
use axum::extract::Query;
use piazza_app::AppError;
use piazza_app::meetings::{self as use_cases, MeetingForm};
use piazza_app::notifications::Audience;
use piazza_app::records::{Community, Meeting, Place, Process, Proposal, ProposalFilter, ProposalOrder, Registrant};
use piazza_domain::{FollowTarget, MeetingAccess, MeetingFormat, NotificationKind, ProcessId};

use super::{
    Id, PageResult, Submission, begin_submission, end_submission, load_process, render, see_other, unprocessable,
};
use crate::context::Ctx;
use crate::errors::PageError;
use crate::forms::{Fields, FormView, Posted};
use crate::notices;

fn organises(ctx: &Ctx, community: &Community, process: ProcessId) -> bool {
    ctx.actor.as_ref().is_some_and(|actor| use_cases::organises_process(actor, community, process))
}

/// The names of a meeting's accessibility features, in the reader's language.
fn access_names(ctx: &Ctx, meeting: &Meeting) -> Vec<String> {
    meeting.access_keys().filter_map(MeetingAccess::parse).map(|feature| ctx.t(feature.message_id())).collect()
}

/// A meeting as lists show it.
pub struct MeetingCard {
    pub meeting: Meeting,
    pub format_name: String,
    pub access: Vec<String>,
}

fn cards(ctx: &Ctx, meetings: Vec<Meeting>) -> Vec<MeetingCard> {
    meetings
        .into_iter()
        .map(|meeting| MeetingCard {
            format_name: MeetingFormat::parse(&meeting.format).map(|f| ctx.t(f.message_id())).unwrap_or_default(),
            access: access_names(ctx, &meeting),
            meeting,
        })
        .collect()
}

#[derive(Template)]
#[template(path = "meetings.html")]
struct MeetingsPage<'a> {
    c: &'a Ctx,
    process: Process,
    community: Community,
    upcoming: Vec<MeetingCard>,
    past: Vec<MeetingCard>,
    can_plan: bool,
    /// For a process started from a case: the meetings of the process the case describes, for
    /// its organisers to plan meetings of the same formats.
    formats: Vec<MeetingCard>,
}

pub async fn meetings_page(ctx: Ctx, Id(id): Id) -> PageResult {
    let (process, _, community) = load_process(&ctx, ProcessId(id)).await?;
    let now = piazza_domain::now();
    let (past, upcoming): (Vec<Meeting>, Vec<Meeting>) =
        ctx.state.db.meetings_of(process.id).await?.into_iter().partition(|m| use_cases::is_over(m, now));
    let mut past = cards(&ctx, past);
    // The latest past meeting first: its minutes are the freshest.
    past.reverse();
    let can_plan = organises(&ctx, &community, process.id);
    let mut formats = Vec::new();
    if can_plan && let Some(case) = ctx.state.db.case_replicated_by(process.id).await? {
        let source = ctx.state.db.case(case).await?.and_then(|case| case.source_process_id);
        if let Some(source) = source {
            formats = cards(&ctx, ctx.state.db.meetings_of(ProcessId(source)).await?);
        }
    }
    let page = MeetingsPage { c: &ctx, can_plan, formats, upcoming: cards(&ctx, upcoming), past, process, community };
    Ok(render(&page))
}

#[derive(Template)]
#[template(path = "meeting_new.html")]
struct NewMeetingPage<'a> {
    c: &'a Ctx,
    process: Process,
    community: Community,
    form: FormView,
    formats: &'static [MeetingFormat],
    features: &'static [MeetingAccess],
}

fn new_meeting_page(ctx: &Ctx, process: Process, community: Community, form: FormView) -> axum::response::Response {
    let page =
        NewMeetingPage { c: ctx, process, community, form, formats: MeetingFormat::ALL, features: MeetingAccess::ALL };
    if page.form.has_errors() { unprocessable(&page) } else { render(&page) }
}

#[derive(serde::Deserialize, Default)]
pub struct NewMeetingQuery {
    /// A meeting whose format, length, capacity and accessibility to start from.
    like: Option<String>,
}

/// The form's fields for a meeting like `model`: everything but the day and the place, which are
/// the new meeting's own.
fn fields_like(model: &Meeting) -> Fields {
    let time = |at: &time::OffsetDateTime| format!("{:02}:{:02}", at.hour(), at.minute());
    let mut fields = Fields::default()
        .with("title", &model.title)
        .with("description", &model.description)
        .with("format", &model.format)
        .with("starts", &time(&model.starts_at))
        .with("ends", &time(&model.ends_at))
        .with("capacity", &model.capacity.map(|n| n.to_string()).unwrap_or_default())
        .with("access_notes", model.access_notes.as_deref().unwrap_or_default());
    // Several features share one name, as the checkboxes send them.
    fields.0.extend(model.access_keys().map(|key| ("access".to_owned(), key.to_owned())));
    fields
}

pub async fn new_meeting_form(ctx: Ctx, Id(id): Id, Query(query): Query<NewMeetingQuery>) -> PageResult {
    ctx.require_actor()?;
    let (process, _, community) = load_process(&ctx, ProcessId(id)).await?;
    if !organises(&ctx, &community, process.id) {
        return Err(PageError::Forbidden);
    }
    let model = match query.like.as_deref().map(str::parse::<i64>) {
        Some(Ok(meeting)) => Some(ctx.state.db.meeting(meeting).await?.ok_or(PageError::NotFound)?),
        Some(Err(_)) => return Err(PageError::NotFound),
        None => None,
    };
    let fields = match &model {
        Some(model) => fields_like(model),
        None => Fields::default().with("format", "in-person"),
    };
    Ok(new_meeting_page(&ctx, process, community, FormView::new(fields)))
}

pub async fn create_meeting(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let (process, _, community) = load_process(&ctx, ProcessId(id)).await?;
    let form = MeetingForm {
        title: fields.get("title").to_owned(),
        description: fields.get("description").to_owned(),
        format: fields.get("format").to_owned(),
        address: fields.get("address").to_owned(),
        online_url: fields.get("online_url").to_owned(),
        date: fields.get("date").to_owned(),
        starts: fields.get("starts").to_owned(),
        ends: fields.get("ends").to_owned(),
        capacity: fields.get("capacity").to_owned(),
        access: fields.all("access"),
        access_notes: fields.get("access_notes").to_owned(),
    };
    let token = match begin_submission(&ctx, &fields, &format!("/processes/{id}/meetings")).await? {
        Submission::Repeated(location) => return Ok(see_other(&location)),
        Submission::Proceed(token) => token,
    };
    let outcome = use_cases::create_meeting(&ctx.state.db, actor, &community, &process, &form, ctx.locale()).await;
    let created = outcome.as_ref().ok().map(|meeting| format!("/meetings/{meeting}"));
    end_submission(&ctx, token, created.as_deref()).await?;
    match outcome {
        Ok(meeting) => {
            let link = format!("/meetings/{meeting}");
            let event = notices::event_by(&ctx, NotificationKind::NewMeeting, form.title.trim(), link.clone(), None);
            notices::send(&ctx, event, &[Audience::Followers(FollowTarget::Process, id)], &mut Vec::new()).await?;
            Ok(see_other(&link))
        }
        Err(AppError::Invalid(errors)) => {
            Ok(new_meeting_page(&ctx, process, community, FormView::with_errors(fields, &errors, &ctx.tr)))
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Template)]
#[template(path = "meeting.html")]
struct MeetingPage<'a> {
    c: &'a Ctx,
    card: MeetingCard,
    process: Process,
    community: Community,
    description_html: String,
    minutes_html: Option<String>,
    place: Option<Place>,
    over: bool,
    organises: bool,
    registrants: Vec<Registrant>,
    outcomes: Vec<(i64, String)>,
    /// The process's proposals, offered to organisers writing the minutes.
    candidates: Vec<Proposal>,
    form: FormView,
    notice: Option<String>,
    problem: Option<String>,
}

impl MeetingPage<'_> {
    fn waiting_position(&self) -> i64 {
        match self.place {
            Some(Place::Waiting(position)) => position,
            _ => 0,
        }
    }

    fn is_registered(&self) -> bool {
        self.place == Some(Place::Registered)
    }

    fn linked(&self, proposal: &piazza_domain::ProposalId) -> bool {
        self.outcomes.iter().any(|(id, _)| *id == proposal.0) || self.form.has("proposals", proposal.to_string())
    }

    fn has_place(&self, status: &str) -> bool {
        status == "registered"
    }
}

#[derive(serde::Deserialize, Default)]
pub struct MeetingQuery {
    #[serde(default)]
    done: String,
}

async fn meeting_page_with(
    ctx: &Ctx,
    id: i64,
    form: FormView,
    notice: Option<String>,
    problem: Option<String>,
) -> PageResult {
    let db = &ctx.state.db;
    let meeting = db.meeting(id).await?.ok_or(PageError::NotFound)?;
    let (process, _, community) = load_process(ctx, meeting.process_id).await?;
    let organises = organises(ctx, &community, process.id);
    let place = match &ctx.actor {
        Some(actor) => db.place_at(meeting.id, actor.id()).await?,
        None => None,
    };
    let registrants = if organises { db.registrants(meeting.id).await? } else { Vec::new() };
    let over = use_cases::is_over(&meeting, piazza_domain::now());
    let candidates = if organises && meeting.starts_at <= piazza_domain::now() {
        let filter = ProposalFilter {
            process: process.id,
            state: None,
            answered: None,
            category: None,
            neighbourhood: None,
            order: ProposalOrder::Newest,
            limit: 200,
            offset: 0,
        };
        db.proposals(&filter).await?.0
    } else {
        Vec::new()
    };
    let page = MeetingPage {
        c: ctx,
        description_html: crate::markdown::render(&meeting.description),
        minutes_html: meeting.minutes.as_deref().map(crate::markdown::render),
        outcomes: db.meeting_proposals(meeting.id).await?,
        card: cards(ctx, vec![meeting]).remove(0),
        process,
        community,
        place,
        over,
        organises,
        registrants,
        candidates,
        form,
        notice,
        problem,
    };
    Ok(if page.form.has_errors() || page.problem.is_some() { unprocessable(&page) } else { render(&page) })
}

pub async fn meeting_page(
    ctx: Ctx,
    Id(id): Id,
    axum::extract::Query(query): axum::extract::Query<MeetingQuery>,
) -> PageResult {
    let notice = match query.done.as_str() {
        "registered" => Some(ctx.t("meeting-done-registered")),
        "waiting" => Some(ctx.t("meeting-done-waiting")),
        "cancelled" => Some(ctx.t("meeting-done-cancelled")),
        "minutes" => Some(ctx.t("meeting-done-minutes")),
        _ => None,
    };
    meeting_page_with(&ctx, id, FormView::default(), notice, None).await
}

pub async fn register_for_meeting(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let meeting = ctx.state.db.meeting(id).await?.ok_or(PageError::NotFound)?;
    let (process, phases, _) = load_process(&ctx, meeting.process_id).await?;
    match use_cases::register(&ctx.state.db, actor, &process, &phases, &meeting, fields.get("needs")).await {
        Ok(Ok(Place::Registered)) => Ok(see_other(&format!("/meetings/{id}?done=registered#registration"))),
        Ok(Ok(Place::Waiting(_))) => Ok(see_other(&format!("/meetings/{id}?done=waiting#registration"))),
        Ok(Err(not_now)) => {
            meeting_page_with(&ctx, id, FormView::new(fields), None, Some(ctx.t(not_now.message_id()))).await
        }
        Err(AppError::Invalid(errors)) => {
            meeting_page_with(&ctx, id, FormView::with_errors(fields, &errors, &ctx.tr), None, None).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn cancel_meeting_registration(ctx: Ctx, Id(id): Id) -> PageResult {
    let actor = ctx.require_actor()?;
    let meeting = ctx.state.db.meeting(id).await?.ok_or(PageError::NotFound)?;
    if let Some(promoted) = use_cases::cancel(&ctx.state.db, actor, &meeting).await? {
        tell_of_place(&ctx, &meeting, promoted).await?;
    }
    Ok(see_other(&format!("/meetings/{id}?done=cancelled#registration")))
}

/// Tells the person who was waiting that a place freed up for them.
pub(crate) async fn tell_of_place(
    ctx: &Ctx,
    meeting: &piazza_app::records::Meeting,
    promoted: piazza_domain::AccountId,
) -> Result<(), PageError> {
    // The person who took the place did nothing themselves: nobody is named as the actor.
    let event = piazza_app::notifications::Event {
        kind: NotificationKind::MeetingPlace,
        title: meeting.title.clone(),
        link: format!("/meetings/{}", meeting.id),
        actor: None,
        actor_name: None,
        detail: None,
    };
    notices::send(ctx, event, &[Audience::People(vec![promoted])], &mut Vec::new()).await?;
    Ok(())
}

pub async fn record_meeting_minutes(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let meeting = ctx.state.db.meeting(id).await?.ok_or(PageError::NotFound)?;
    let (_, _, community) = load_process(&ctx, meeting.process_id).await?;
    let proposals = fields.all("proposals");
    match use_cases::record_minutes(&ctx.state.db, actor, &community, &meeting, fields.get("minutes"), &proposals).await
    {
        Ok(()) => Ok(see_other(&format!("/meetings/{id}?done=minutes#minutes"))),
        Err(AppError::Invalid(errors)) => {
            meeting_page_with(&ctx, id, FormView::with_errors(fields, &errors, &ctx.tr), None, None).await
        }
        Err(error) => Err(error.into()),
    }
}

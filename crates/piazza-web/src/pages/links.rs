//! Links between communities: a community's twinnings, the facilitators of a twin who co-run a
//! process, and peer-learning threads between the officials and facilitators of a cluster or of
//! the community behind a case.

use askama::Template;
use axum::extract::{Path, Query};
use piazza_app::AppError;
use piazza_app::links::{self as use_cases, InvitableGroup, QuestionForm, TwinningForm};
use piazza_app::notifications::Audience;
use piazza_app::records::{Case, CoRunner, Community, PeerAnswer, PeerQuestion, Process, Twinning};
use piazza_domain::{AccountId, CommunityId, NotificationKind, ProcessId};

use super::communities::find_community;
use super::{Id, PageResult, Submission, begin_submission, end_submission, render, see_other, unprocessable};
use crate::context::Ctx;
use crate::errors::PageError;
use crate::forms::{Fields, FormView, Posted};
use crate::notices;

#[derive(Template)]
#[template(path = "twinning.html")]
struct TwinningPage<'a> {
    c: &'a Ctx,
    community: Community,
    active: Vec<Twinning>,
    /// Proposals this community received and has not answered.
    received: Vec<Twinning>,
    /// Proposals this community sent that await an answer.
    sent: Vec<Twinning>,
    may_twin: bool,
    /// The communities it could propose to: every other one not already twinned or asked.
    candidates: Vec<Community>,
    form: FormView,
    notice: Option<String>,
}

impl TwinningPage<'_> {
    /// The community on the other side of a twinning: its id, slug and name.
    fn other<'t>(&self, twinning: &'t Twinning) -> (i64, &'t str, &'t str) {
        twinning.other_side(self.community.id)
    }
}

#[derive(serde::Deserialize, Default)]
pub struct DoneQuery {
    done: Option<String>,
}

async fn twinning_page_with(ctx: &Ctx, community: Community, form: FormView, notice: Option<String>) -> PageResult {
    let db = &ctx.state.db;
    let all = db.twinnings_of(community.id).await?;
    let may_twin = ctx.actor.as_ref().is_some_and(|actor| use_cases::may_twin(actor, &community));
    let linked: Vec<i64> = all.iter().map(|t| t.other_side(community.id).0).collect();
    let mut candidates: Vec<Community> = if may_twin {
        db.communities().await?.into_iter().filter(|c| c.id != community.id && !linked.contains(&c.id.0)).collect()
    } else {
        Vec::new()
    };
    candidates.sort_by(|a, b| a.name.cmp(&b.name));
    let (active, pending): (Vec<Twinning>, Vec<Twinning>) = all.into_iter().partition(Twinning::is_active);
    // Proposals awaiting an answer concern only the people who speak for the community.
    let (received, sent) = if may_twin {
        pending.into_iter().partition(|t| t.partner_id == community.id.0)
    } else {
        (Vec::new(), Vec::new())
    };
    let page = TwinningPage { c: ctx, community, active, received, sent, may_twin, candidates, form, notice };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

/// `/c/{slug}/twinning`: the communities this one is twinned with and why; for its officials,
/// the proposals to answer and the form to propose one.
pub async fn twinning_page(ctx: Ctx, Path(slug): Path<String>, Query(query): Query<DoneQuery>) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    let notice = match query.done.as_deref() {
        Some("proposed") => Some(ctx.t("twinning-done-proposed")),
        Some("accepted") => Some(ctx.t("twinning-done-accepted")),
        Some("ended") => Some(ctx.t("twinning-done-ended")),
        _ => None,
    };
    twinning_page_with(&ctx, community, FormView::new(Fields::default()), notice).await
}

pub async fn propose_twinning(ctx: Ctx, Path(slug): Path<String>, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let community = find_community(&ctx, &slug).await?;
    let form = TwinningForm { partner: fields.get("partner").to_owned(), purpose: fields.get("purpose").to_owned() };
    match use_cases::propose(&ctx.state.db, actor, &community, &form, ctx.locale()).await {
        Ok((_, partner)) => {
            let event = notices::event_by(
                &ctx,
                NotificationKind::TwinningProposed,
                &community.name,
                format!("/c/{}/twinning", partner.slug),
                None,
            );
            let speakers = use_cases::speakers_for(&ctx.state.db, partner.id).await?;
            notices::send(&ctx, event, &[Audience::People(speakers)], &mut Vec::new()).await?;
            Ok(see_other(&format!("/c/{}/twinning?done=proposed", community.slug)))
        }
        Err(AppError::Invalid(errors)) => {
            twinning_page_with(&ctx, community, FormView::with_errors(fields, &errors, &ctx.tr), None).await
        }
        Err(error) => Err(error.into()),
    }
}

/// `POST /twinnings/{id}/accept`: the partner's officials accept; the proposer's are told.
pub async fn accept_twinning(ctx: Ctx, Id(id): Id) -> PageResult {
    let actor = ctx.require_actor()?;
    let (twinning, accepted) = use_cases::accept(&ctx.state.db, actor, id).await?;
    if !accepted {
        return Ok(see_other(&format!("/c/{}/twinning?done=accepted", twinning.partner_slug)));
    }
    let event = notices::event_by(
        &ctx,
        NotificationKind::TwinningAccepted,
        &twinning.partner_name,
        format!("/c/{}/twinning", twinning.proposer_slug),
        None,
    );
    let speakers = use_cases::speakers_for(&ctx.state.db, CommunityId(twinning.proposer_id)).await?;
    notices::send(&ctx, event, &[Audience::People(speakers)], &mut Vec::new()).await?;
    Ok(see_other(&format!("/c/{}/twinning?done=accepted", twinning.partner_slug)))
}

/// `POST /twinnings/{id}/end`: either side ends it, withdraws its proposal or declines one. The
/// form says from which side, to come back to that community's page.
pub async fn end_twinning(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let (twinning, tell) = use_cases::end(&ctx.state.db, actor, id).await?;
    let back =
        if fields.get("side") == twinning.partner_slug { &twinning.partner_slug } else { &twinning.proposer_slug };
    if !tell.is_empty() {
        // The other side hears of it, named by the community that ended it.
        let (ender, other_slug) = if back == &twinning.partner_slug {
            (&twinning.partner_name, &twinning.proposer_slug)
        } else {
            (&twinning.proposer_name, &twinning.partner_slug)
        };
        let event =
            notices::event_by(&ctx, NotificationKind::TwinningEnded, ender, format!("/c/{other_slug}/twinning"), None);
        notices::send(&ctx, event, &[Audience::People(tell)], &mut Vec::new()).await?;
    }
    Ok(see_other(&format!("/c/{back}/twinning?done=ended")))
}

#[derive(Template)]
#[template(path = "co_runners.html")]
struct CoRunnersPage<'a> {
    c: &'a Ctx,
    process: Process,
    community: Community,
    co_runners: Vec<CoRunner>,
    /// The reader's account id, to offer them their own answers.
    me: Option<i64>,
    /// Whether the reader is an official of the process's community, who invites and withdraws.
    official: bool,
    groups: Vec<InvitableGroup>,
    /// Whether the twins have facilitators at all, invited or not.
    twins_have_facilitators: bool,
    form: FormView,
    notice: Option<String>,
}

impl CoRunnersPage<'_> {
    fn is_me(&self, account: &i64) -> bool {
        self.me == Some(*account)
    }
}

async fn co_runners_with(ctx: &Ctx, id: i64, form: FormView, notice: Option<String>) -> PageResult {
    let actor = ctx.require_actor()?;
    let db = &ctx.state.db;
    let (process, _) = piazza_app::processes::find(db, ProcessId(id)).await?;
    let community = db.community(process.community_id).await?.ok_or(PageError::NotFound)?;
    // Invitations are between the officials and the people invited; the process page shows
    // everyone who co-runs it.
    if !use_cases::may_see_co_running(db, actor, &community, process.id).await? {
        return Err(PageError::Forbidden);
    }
    let official = ctx.actor.as_ref().is_some_and(|actor| piazza_app::processes::speaks_for(actor, &community));
    let co_runners = db.co_runners(process.id).await?;
    let mut groups = if official { use_cases::invitable(db, &community).await? } else { Vec::new() };
    let twins_have_facilitators = !groups.is_empty();
    // Someone already invited is not offered again.
    for group in &mut groups {
        group.facilitators.retain(|person| !co_runners.iter().any(|invited| invited.account_id == person.id.0));
    }
    groups.retain(|group| !group.facilitators.is_empty());
    let me = ctx.actor.as_ref().map(|actor| actor.id().0);
    let page = CoRunnersPage {
        c: ctx,
        process,
        community,
        co_runners,
        me,
        official,
        groups,
        twins_have_facilitators,
        form,
        notice,
    };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

/// `/processes/{id}/co-runners`: the facilitators of twinned communities who co-run the process;
/// officials invite them here, and the people invited answer here.
pub async fn co_runners_page(ctx: Ctx, Id(id): Id, Query(query): Query<DoneQuery>) -> PageResult {
    let notice = match query.done.as_deref() {
        Some("invited") => Some(ctx.t("co-run-done-invited")),
        Some("accepted") => Some(ctx.t("co-run-done-accepted")),
        Some("removed") => Some(ctx.t("co-run-done-removed")),
        _ => None,
    };
    co_runners_with(&ctx, id, FormView::new(Fields::default()), notice).await
}

pub async fn invite_co_runner(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let db = &ctx.state.db;
    let (process, _) = piazza_app::processes::find(db, ProcessId(id)).await?;
    let community = db.community(process.community_id).await?.ok_or(PageError::NotFound)?;
    match use_cases::invite(db, actor, &community, &process, fields.get("facilitator")).await {
        Ok(invited) => {
            let link = format!("/processes/{id}/co-runners");
            let event = notices::event_by(&ctx, NotificationKind::CoRunInvitation, &process.title, link.clone(), None);
            notices::send(&ctx, event, &[Audience::People(vec![invited])], &mut Vec::new()).await?;
            Ok(see_other(&format!("{link}?done=invited")))
        }
        Err(AppError::Invalid(errors)) => {
            co_runners_with(&ctx, id, FormView::with_errors(fields, &errors, &ctx.tr), None).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn accept_co_run(ctx: Ctx, Id(id): Id) -> PageResult {
    let actor = ctx.require_actor()?;
    use_cases::accept_co_run(&ctx.state.db, actor, ProcessId(id)).await?;
    Ok(see_other(&format!("/processes/{id}/co-runners?done=accepted")))
}

/// `POST /processes/{id}/co-runners/{account}/remove`: decline, leave, or withdraw someone.
pub async fn remove_co_runner(ctx: Ctx, Path((id, account)): Path<(String, String)>) -> PageResult {
    let actor = ctx.require_actor()?;
    let (Ok(id), Ok(account)) = (id.parse::<i64>(), account.parse::<i64>()) else {
        return Err(PageError::NotFound);
    };
    let db = &ctx.state.db;
    let (process, _) = piazza_app::processes::find(db, ProcessId(id)).await?;
    let community = db.community(process.community_id).await?.ok_or(PageError::NotFound)?;
    use_cases::remove_co_runner(db, actor, &community, process.id, AccountId(account)).await?;
    Ok(see_other(&format!("/processes/{id}/co-runners?done=removed")))
}

#[derive(Template)]
#[template(path = "peer_threads.html")]
struct PeerThreadsPage<'a> {
    c: &'a Ctx,
    threads: Vec<PeerQuestion>,
    /// Whether the reader takes part in peer learning anywhere, and so may ask.
    may_ask: bool,
}

/// `/peer`: the peer-learning threads the reader's communities take part in.
pub async fn peer_threads(ctx: Ctx) -> PageResult {
    let actor = ctx.require_actor()?;
    let threads = use_cases::threads_for(&ctx.state.db, actor).await?;
    let may_ask = !use_cases::conferring_communities(actor).is_empty();
    Ok(render(&PeerThreadsPage { c: &ctx, threads, may_ask }))
}

#[derive(Template)]
#[template(path = "peer_new.html")]
struct NewQuestionPage<'a> {
    c: &'a Ctx,
    communities: Vec<Community>,
    case: Option<Case>,
    form: FormView,
}

#[derive(serde::Deserialize, Default)]
pub struct NewQuestionQuery {
    case: Option<String>,
}

async fn new_question_with(ctx: &Ctx, case: Option<i64>, form: FormView) -> PageResult {
    let actor = ctx.require_actor()?;
    let db = &ctx.state.db;
    let mut communities = Vec::new();
    for id in use_cases::conferring_communities(actor) {
        communities.extend(db.community(id).await?);
    }
    if communities.is_empty() {
        return Err(PageError::Forbidden);
    }
    communities.sort_by(|a, b| a.name.cmp(&b.name));
    let case = match case {
        Some(id) => db.case(id).await?,
        None => None,
    };
    let page = NewQuestionPage { c: ctx, communities, case, form };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

/// `/peer/new[?case=ID]`: ask the region's cluster, or the community that ran a case.
pub async fn new_question_form(ctx: Ctx, Query(query): Query<NewQuestionQuery>) -> PageResult {
    let case = query.case.as_deref().and_then(|raw| raw.parse::<i64>().ok());
    let about = if case.is_some() { "case" } else { "cluster" };
    let mut fields = Fields::default().with("about", about);
    if let Some(case) = case {
        fields = fields.with("case", &case.to_string());
    }
    new_question_with(&ctx, case, FormView::new(fields)).await
}

pub async fn ask_question(ctx: Ctx, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let form = QuestionForm {
        community: fields.get("community").to_owned(),
        about: fields.get("about").to_owned(),
        case: fields.get("case").to_owned(),
        title: fields.get("title").to_owned(),
        body: fields.get("body").to_owned(),
    };
    let token = match begin_submission(&ctx, &fields, "/peer").await? {
        Submission::Repeated(location) => return Ok(see_other(&location)),
        Submission::Proceed(token) => token,
    };
    let outcome = use_cases::ask(&ctx.state.db, actor, &form, ctx.locale()).await;
    let created = outcome.as_ref().ok().map(|asked| format!("/peer/{}", asked.id));
    end_submission(&ctx, token, created.as_deref()).await?;
    match outcome {
        Ok(asked) => {
            let link = format!("/peer/{}", asked.id);
            let others: Vec<CommunityId> = asked.sides.iter().copied().filter(|s| *s != asked.asking).collect();
            let people = use_cases::conferring_people(&ctx.state.db, &others).await?;
            let title = form.title.trim().to_owned();
            let event = notices::event_by(&ctx, NotificationKind::PeerQuestion, &title, link.clone(), None);
            notices::send(&ctx, event, &[Audience::People(people)], &mut Vec::new()).await?;
            Ok(see_other(&link))
        }
        Err(AppError::Invalid(errors)) => {
            let case = fields.get("case").parse::<i64>().ok();
            new_question_with(&ctx, case, FormView::with_errors(fields, &errors, &ctx.tr)).await
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Template)]
#[template(path = "peer_thread.html")]
struct PeerThreadPage<'a> {
    c: &'a Ctx,
    question: PeerQuestion,
    answers: Vec<PeerAnswer>,
    may_mark: bool,
    form: FormView,
}

impl PeerThreadPage<'_> {
    fn is_helpful(&self, answer: &i64) -> bool {
        self.question.helpful_answer_id == Some(*answer)
    }
}

async fn peer_thread_with(ctx: &Ctx, id: i64, form: FormView) -> PageResult {
    let actor = ctx.require_actor()?;
    let (question, answers, may_mark) = use_cases::thread(&ctx.state.db, actor, id).await?;
    let page = PeerThreadPage { c: ctx, question, answers, may_mark, form };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

/// `/peer/{id}`: a question, its answers and the one that helped, for both sides only.
pub async fn peer_thread(ctx: Ctx, Id(id): Id) -> PageResult {
    peer_thread_with(&ctx, id, FormView::new(Fields::default())).await
}

pub async fn answer_question(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let db = &ctx.state.db;
    let question = db.peer_question(id).await?.ok_or(PageError::NotFound)?;
    let link = format!("/peer/{id}");
    let token = match begin_submission(&ctx, &fields, &link).await? {
        Submission::Repeated(location) => return Ok(see_other(&location)),
        Submission::Proceed(token) => token,
    };
    let outcome = use_cases::answer(db, actor, &question, fields.get("body"), ctx.locale()).await;
    let created = outcome.as_ref().ok().map(|answer| format!("{link}#answer-{answer}"));
    end_submission(&ctx, token, created.as_deref()).await?;
    match outcome {
        Ok(answer) => {
            let people = use_cases::answer_audience(db, &question).await?;
            let event = notices::event_by(&ctx, NotificationKind::PeerAnswer, &question.title, link.clone(), None);
            notices::send(&ctx, event, &[Audience::People(people)], &mut Vec::new()).await?;
            Ok(see_other(&format!("{link}#answer-{answer}")))
        }
        Err(AppError::Invalid(errors)) => {
            peer_thread_with(&ctx, id, FormView::with_errors(fields, &errors, &ctx.tr)).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn mark_helpful(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let db = &ctx.state.db;
    let question = db.peer_question(id).await?.ok_or(PageError::NotFound)?;
    let answer = fields.get("answer").parse::<i64>().map_err(|_| PageError::NotFound)?;
    use_cases::mark_helpful(db, actor, &question, answer).await?;
    Ok(see_other(&format!("/peer/{id}#answer-{answer}")))
}

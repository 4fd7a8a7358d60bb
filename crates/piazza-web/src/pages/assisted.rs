//! Facilitator mode: the form a facilitator fills in for a person met at a workshop, a street
//! stand, on paper or by phone; the receipt with the claim code; the printable paper form of a
//! process; and the page where a person claims what was recorded for them.

use askama::Template;
use axum::extract::Query;
use piazza_app::AppError;
use piazza_app::assisted::{self as use_cases, AssistedForm, Receipt};
use piazza_app::records::{Community, Phase, Process, Proposal, ProposalFilter};
use piazza_domain::{ConsentPurpose, ContributionChannel, ProcessId, Stance};

use super::representation::{QuestionView, question_views_for};
use super::{Id, PageResult, load_process, render, see_other, unprocessable};
use crate::context::Ctx;
use crate::errors::PageError;
use crate::forms::{Fields, FormView, Posted};

/// The proposals of a process a contribution may be about, visible ones only.
async fn proposals_of(ctx: &Ctx, process: &Process) -> Result<Vec<Proposal>, PageError> {
    let filter = ProposalFilter::all_of(process.id);
    Ok(ctx.state.db.proposals(&filter).await?.0)
}

#[derive(Template)]
#[template(path = "assisted_form.html")]
struct AssistedPage<'a> {
    c: &'a Ctx,
    community: Community,
    process: Process,
    /// The person of an earlier receipt, when adding to it.
    participant: Option<(i64, String)>,
    questions: Vec<QuestionView>,
    proposals: Vec<Proposal>,
    /// The kinds of contribution the process takes now.
    kinds: Vec<&'static str>,
    form: FormView,
    channels: &'static [ContributionChannel],
    purposes: &'static [ConsentPurpose],
    stances: &'static [Stance],
    neighbourhoods: Vec<piazza_app::records::Neighbourhood>,
}

/// The kinds of contribution the process takes now: a proposal, and, when there are proposals, a
/// comment on one or a support for one.
fn kinds_now(phases: &[Phase], has_proposals: bool) -> Vec<&'static str> {
    use piazza_app::processes::{Activity, allows};
    let mut kinds = Vec::new();
    if allows(phases, Activity::Propose) {
        kinds.push("proposal");
    }
    if has_proposals && allows(phases, Activity::Comment) {
        kinds.push("comment");
    }
    if has_proposals && allows(phases, Activity::Support) {
        kinds.push("support");
    }
    kinds
}

async fn form_page_with(ctx: &Ctx, id: i64, form: Option<FormView>, participant: Option<i64>) -> PageResult {
    let actor = ctx.require_actor()?;
    let (process, phases, community) = load_process(ctx, ProcessId(id)).await?;
    if !piazza_app::meetings::organises_process(actor, &community, process.id) {
        return Err(PageError::Forbidden);
    }
    let participant = match participant {
        Some(account) => match ctx.state.db.assisted_participant(piazza_domain::AccountId(account)).await? {
            Some(found) if found.community_id == community.id.0 => Some((found.account_id, found.display_name)),
            _ => return Err(PageError::NotFound),
        },
        None => None,
    };
    let proposals = proposals_of(ctx, &process).await?;
    let kinds = kinds_now(&phases, !proposals.is_empty());
    let form = form.unwrap_or_else(|| {
        let fields = Fields::default()
            .with("kind", kinds.first().copied().unwrap_or_default())
            .with("consents", ConsentPurpose::TakingPart.key());
        FormView::new(fields)
    });
    let page = AssistedPage {
        c: ctx,
        questions: question_views_for(ctx, &community).await?,
        proposals,
        kinds,
        neighbourhoods: piazza_app::proposals::neighbourhood_choices(&ctx.state.db, &process).await?,
        community,
        process,
        participant,
        form,
        channels: ContributionChannel::ASSISTED,
        purposes: ConsentPurpose::ALL,
        stances: Stance::ALL,
    };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

impl AssistedPage<'_> {
    fn kind_label(&self, kind: &str) -> &'static str {
        match kind {
            "comment" => "assisted-kind-comment",
            "support" => "assisted-kind-support",
            _ => "assisted-kind-proposal",
        }
    }

    fn takes_proposals(&self) -> bool {
        self.kinds.contains(&"proposal")
    }

    /// Whether a contribution may be about an existing proposal: a comment or a support.
    fn about_proposals(&self) -> bool {
        self.kinds.iter().any(|kind| *kind != "proposal")
    }
}

#[derive(serde::Deserialize, Default)]
pub struct AssistedQuery {
    #[serde(default)]
    participant: Option<i64>,
}

pub async fn assisted_form(ctx: Ctx, Id(id): Id, Query(query): Query<AssistedQuery>) -> PageResult {
    form_page_with(&ctx, id, None, query.participant).await
}

#[derive(Template)]
#[template(path = "assisted_receipt.html")]
struct ReceiptPage<'a> {
    c: &'a Ctx,
    community: Community,
    process: Process,
    receipt: Receipt,
    channel: ContributionChannel,
    event: String,
    proposal_title: Option<String>,
    recorded_at: time::OffsetDateTime,
}

pub async fn record_assisted(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let (process, phases, community) = load_process(&ctx, ProcessId(id)).await?;
    let form = AssistedForm {
        participant: fields.get("participant").to_owned(),
        display_name: fields.get("display_name").to_owned(),
        channel: fields.get("channel").to_owned(),
        event: fields.get("event").to_owned(),
        consents: fields.all("consents"),
        answers: fields.0.iter().filter(|(name, _)| is_topic(name)).cloned().collect(),
        kind: fields.get("kind").to_owned(),
        proposal: fields.get("proposal").to_owned(),
        stance: fields.get("stance").to_owned(),
        title: fields.get("title").to_owned(),
        body: fields.get("body").to_owned(),
        neighbourhood: fields.get("proposal_neighbourhood").to_owned(),
    };
    let participant = form.participant.parse().ok();
    match use_cases::record(&ctx.state.db, actor, &community, &process, &phases, &form, ctx.locale()).await {
        Ok(Ok(receipt)) => {
            let proposal_title = match receipt.proposal {
                Some(proposal) => ctx.state.db.proposal(proposal).await?.map(|p| p.title),
                None => None,
            };
            let channel = ContributionChannel::parse(&form.channel).unwrap_or(ContributionChannel::Paper);
            // The code is shown once, on this answer to the form, and never again: only its
            // hash is kept. The receipt is not cached anywhere.
            let mut response = render(&ReceiptPage {
                c: &ctx,
                community,
                process,
                receipt,
                channel,
                event: form.event.trim().to_owned(),
                proposal_title,
                recorded_at: piazza_domain::now(),
            });
            response
                .headers_mut()
                .insert(axum::http::header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-store"));
            Ok(response)
        }
        Ok(Err(not_now)) => {
            // The moment, not the form, is at fault: the explanation goes by the choice of kind.
            let mut errors = piazza_app::FormErrors::default();
            let field = "kind";
            errors.add(field, not_now.message_id());
            form_page_with(&ctx, id, Some(FormView::with_errors(fields, &errors, &ctx.tr)), participant).await
        }
        Err(AppError::Invalid(errors)) => {
            form_page_with(&ctx, id, Some(FormView::with_errors(fields, &errors, &ctx.tr)), participant).await
        }
        Err(error) => Err(error.into()),
    }
}

/// Whether a form field holds an answer to a representation question.
fn is_topic(name: &str) -> bool {
    matches!(name, "age-band" | "gender" | "neighbourhood") || name.starts_with("question-")
}

#[derive(Template)]
#[template(path = "paper_form.html")]
struct PaperFormPage<'a> {
    c: &'a Ctx,
    community: Community,
    process: Process,
    now: Vec<piazza_app::processes::Activity>,
    questions: Vec<QuestionView>,
    proposals: Vec<Proposal>,
    purposes: &'static [ConsentPurpose],
}

impl PaperFormPage<'_> {
    fn notice(&self, purpose: &ConsentPurpose) -> &'static str {
        super::accounts::consent_notice(*purpose)
    }
}

/// A printable form for the process, in the shape the facilitator's form takes it back.
pub async fn paper_form(ctx: Ctx, Id(id): Id) -> PageResult {
    let (process, phases, community) = load_process(&ctx, ProcessId(id)).await?;
    let now = current_activities(&phases);
    Ok(render(&PaperFormPage {
        c: &ctx,
        questions: question_views_for(&ctx, &community).await?,
        proposals: proposals_of(&ctx, &process).await?,
        community,
        process,
        now,
        purposes: ConsentPurpose::ALL,
    }))
}

fn current_activities(phases: &[Phase]) -> Vec<piazza_app::processes::Activity> {
    piazza_app::processes::Activity::ALL
        .into_iter()
        .filter(|activity| piazza_app::processes::allows(phases, *activity))
        .collect()
}

#[derive(Template)]
#[template(path = "claim.html")]
struct ClaimPage<'a> {
    c: &'a Ctx,
    form: FormView,
    notice: Option<String>,
}

#[derive(serde::Deserialize, Default)]
pub struct ClaimQuery {
    #[serde(default)]
    claimed: Option<String>,
}

pub async fn claim_page(ctx: Ctx, Query(query): Query<ClaimQuery>) -> PageResult {
    ctx.require_actor()?;
    // The notice names nobody: the address could be typed by anyone.
    let notice = query.claimed.map(|_| ctx.t("claim-done-all"));
    Ok(render(&ClaimPage { c: &ctx, form: FormView::default(), notice }))
}

pub async fn claim(ctx: Ctx, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    match use_cases::claim(&ctx.state.db, actor, fields.get("code")).await {
        Ok(_) => Ok(see_other("/claim?claimed=1")),
        Err(AppError::Invalid(errors)) => {
            let page = ClaimPage { c: &ctx, form: FormView::with_errors(fields, &errors, &ctx.tr), notice: None };
            Ok(unprocessable(&page))
        }
        Err(error) => Err(error.into()),
    }
}

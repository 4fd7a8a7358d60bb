//! Proposals: making one, supporting it, withdrawing it, and the authority's answer.

use piazza_domain::{ProposalId, ProposalState};
use piazza_store::Db;
use piazza_store::communities::Community;
use piazza_store::processes::{Phase, Process};
use piazza_store::proposals::{NewProposal, Proposal, SupportOutcome};

use crate::accounts::Actor;
use crate::processes::{Activity, allows, optional_line, speaks_for};
use crate::{AppError, AppResult, FormErrors};

#[derive(Debug, Clone, Default)]
pub struct ProposalForm {
    pub title: String,
    pub body: String,
    pub category: String,
    pub address: String,
    /// A neighbourhood's id, or empty.
    pub neighbourhood: String,
    pub latitude: String,
    pub longitude: String,
}

/// Why an action on a proposal cannot happen now, for the page to explain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotNow {
    /// The current phase does not allow it (or no phase runs).
    PhaseDoesNotAllow(Activity),
    /// The proposal is withdrawn, rejected or implemented.
    ProposalClosed,
    /// Someone else changed the proposal since the page was shown.
    Overtaken,
    /// The proposal has supports or comments: its text now changes only through amendments.
    EditingClosed,
    /// A moderator has blocked the person from taking part in this community.
    Blocked,
    /// The meeting has ended: registration is closed.
    MeetingOver,
    /// The budget's voting has closed, or the process is not in its prioritising phase.
    VotingClosed,
    /// The person has voted in this budget and its ballots cannot be changed.
    AlreadyVoted,
    /// The voting code has been used already.
    CodeUsed,
    /// A paper ballot with this reference has been entered already.
    PaperAlreadyEntered,
    /// The budget asks for a birth date or a district the person has not given yet.
    NeedsVoterDetails,
    /// The budget asks voters to verify against the census list first.
    NeedsCensus,
    /// The person is younger than the budget's minimum age.
    TooYoung,
    /// The person does not live in one of the budget's districts.
    OutsideDistricts,
    /// The person has voted in as many budgets of the group as one person may.
    GroupFull,
}

impl NotNow {
    pub fn message_id(self) -> &'static str {
        match self {
            NotNow::PhaseDoesNotAllow(Activity::Propose) => "not-now-proposals",
            NotNow::PhaseDoesNotAllow(Activity::Support) => "not-now-supports",
            NotNow::PhaseDoesNotAllow(Activity::AttendMeetings) => "not-now-meetings",
            NotNow::PhaseDoesNotAllow(_) => "not-now-activity",
            NotNow::ProposalClosed => "not-now-proposal-closed",
            NotNow::Overtaken => "not-now-overtaken",
            NotNow::EditingClosed => "not-now-editing",
            NotNow::Blocked => "not-now-blocked",
            NotNow::MeetingOver => "not-now-meeting-over",
            NotNow::VotingClosed => "not-now-voting-closed",
            NotNow::AlreadyVoted => "not-now-already-voted",
            NotNow::CodeUsed => "not-now-code-used",
            NotNow::PaperAlreadyEntered => "not-now-paper-entered",
            NotNow::NeedsVoterDetails => "not-now-needs-voter-details",
            NotNow::NeedsCensus => "not-now-needs-census",
            NotNow::TooYoung => "not-now-too-young",
            NotNow::OutsideDistricts => "not-now-outside-districts",
            NotNow::GroupFull => "not-now-group-full",
        }
    }
}

/// The outcome of an action that the moment may not allow.
pub type Timely<T> = Result<T, NotNow>;

pub async fn create_proposal(
    db: &Db,
    actor: &Actor,
    process: &Process,
    phases: &[Phase],
    form: &ProposalForm,
    locale: piazza_domain::Locale,
) -> AppResult<Timely<ProposalId>> {
    if !allows(phases, Activity::Propose) {
        return Ok(Err(NotNow::PhaseDoesNotAllow(Activity::Propose)));
    }
    if let Err(blocked) = crate::moderation::ensure_not_blocked(db, actor, process.community_id).await? {
        return Ok(Err(blocked));
    }
    let valid = validate(db, process, form).await?;
    let id = insert(db, process, &valid, actor.id(), locale, piazza_store::proposals::Provenance::ONLINE).await?;
    db.follow(actor.id(), piazza_domain::FollowTarget::Proposal, id.0).await?;
    Ok(Ok(id))
}

/// A proposal as typed, checked and ready to store.
pub(crate) struct ValidProposal {
    title: String,
    body: String,
    category: Option<&'static str>,
    address: Option<String>,
    neighbourhood: Option<i64>,
    point: Option<(f64, f64)>,
}

/// Checks a proposal form field by field, gathering every problem.
pub(crate) async fn validate(db: &Db, process: &Process, form: &ProposalForm) -> AppResult<ValidProposal> {
    let mut errors = FormErrors::default();
    let title = errors.check("title", piazza_domain::title(&form.title, 150));
    let body =
        errors.check("body", piazza_domain::long_text(&form.body, 10_000, "error-body-required", "error-body-length"));
    let category = match form.category.trim() {
        "" => Some(None),
        key => match piazza_domain::Category::parse(key) {
            Some(category) => Some(Some(category.key())),
            None => {
                errors.add("category", "error-choose-one");
                None
            }
        },
    };
    let address = optional_line(&form.address, 200, "address", &mut errors);
    let neighbourhood = match form.neighbourhood.trim() {
        "" => Some(None),
        raw => {
            let choices = neighbourhood_choices(db, process).await?;
            match raw.parse::<i64>().ok().filter(|id| choices.iter().any(|n| n.id == *id)) {
                Some(id) => Some(Some(id)),
                None => {
                    errors.add("neighbourhood", "error-choose-one");
                    None
                }
            }
        }
    };
    let point = map_point(&form.latitude, &form.longitude, &mut errors);
    let (Some(title), Some(body), Some(category), Some(address), Some(neighbourhood), Some(point), true) =
        (title, body, category, address, neighbourhood, point, errors.is_empty())
    else {
        return Err(errors.into());
    };
    Ok(ValidProposal { title, body, category, address, neighbourhood, point })
}

/// Stores a checked proposal by `author`, which reached Piazza by `provenance`.
pub(crate) async fn insert(
    db: &Db,
    process: &Process,
    valid: &ValidProposal,
    author: piazza_domain::AccountId,
    locale: piazza_domain::Locale,
    provenance: piazza_store::proposals::Provenance<'_>,
) -> AppResult<ProposalId> {
    let mut shuffle = [0u8; 8];
    getrandom::fill(&mut shuffle).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(db
        .create_proposal(&NewProposal {
            process: process.id,
            title: &valid.title,
            body: &valid.body,
            category: valid.category,
            address: valid.address.as_deref(),
            neighbourhood: valid.neighbourhood,
            point: valid.point,
            locale: locale.code(),
            author,
            shuffle_key: i64::from_le_bytes(shuffle) >> 1,
            provenance,
        })
        .await?)
}

/// The neighbourhoods a proposal in this process may be placed in: the process's own, or all of
/// the community's when the process is about the whole community.
pub async fn neighbourhood_choices(
    db: &Db,
    process: &Process,
) -> AppResult<Vec<piazza_store::neighbourhoods::Neighbourhood>> {
    let scope = db.process_scope(process.id).await?;
    Ok(if scope.is_empty() { db.neighbourhoods_of(process.community_id).await? } else { scope })
}

/// An optional point on a map: both coordinates or neither, in degrees, on the Earth.
pub(crate) fn map_point(latitude: &str, longitude: &str, errors: &mut FormErrors) -> Option<Option<(f64, f64)>> {
    let (latitude, longitude) = (latitude.trim(), longitude.trim());
    if latitude.is_empty() && longitude.is_empty() {
        return Some(None);
    }
    // Commas are decimal separators in much of Europe.
    let parse = |raw: &str| raw.replace(',', ".").parse::<f64>().ok().filter(|value| value.is_finite());
    let lat = parse(latitude).filter(|value| (-90.0..=90.0).contains(value));
    let lon = parse(longitude).filter(|value| (-180.0..=180.0).contains(value));
    if lat.is_none() {
        errors.add("latitude", "error-latitude");
    }
    if lon.is_none() {
        errors.add("longitude", "error-longitude");
    }
    Some(Some((lat?, lon?)))
}

fn title_and_body(errors: &mut FormErrors, title: &str, body: &str) -> (Option<String>, Option<String>) {
    let title = errors.check("title", piazza_domain::title(title, 150));
    let body = errors.check("body", piazza_domain::long_text(body, 10_000, "error-body-required", "error-body-length"));
    (title, body)
}

/// Whether the authors may still change the text directly: until the first support or comment.
pub async fn editable(db: &Db, proposal: &Proposal) -> AppResult<bool> {
    if !editable_knowing(proposal, false) {
        return Ok(false);
    }
    Ok(db.comments_on(proposal.process_id, Some(proposal.id)).await?.is_empty())
}

/// [`editable`], for a caller that has already loaded the comments and knows whether there are
/// any (deleted ones count: they were written).
pub fn editable_knowing(proposal: &Proposal, has_comments: bool) -> bool {
    proposal.support_count == 0 && !has_comments && !proposal.hidden && state_of(proposal) == ProposalState::Published
}

/// The authors change the text, which becomes a new version. `seen_version` is the version
/// the author edited; if another edit came first, nothing changes and the author is told.
pub async fn edit(
    db: &Db,
    actor: &Actor,
    proposal: &Proposal,
    seen_version: i64,
    title: &str,
    body: &str,
) -> AppResult<Timely<()>> {
    if !db.is_proposal_author(proposal.id, actor.id()).await? {
        return Err(AppError::Forbidden);
    }
    if !editable(db, proposal).await? {
        return Ok(Err(NotNow::EditingClosed));
    }
    let mut errors = FormErrors::default();
    let (title, body) = title_and_body(&mut errors, title, body);
    let (Some(title), Some(body), true) = (title, body, errors.is_empty()) else {
        return Err(errors.into());
    };
    let changed = db.edit_proposal(proposal.id, seen_version, &title, &body, actor.id()).await?;
    Ok(if changed { Ok(()) } else { Err(NotNow::Overtaken) })
}

/// Writes, changes or (with empty text) removes a proposal's easy-read version: its authors
/// may, and so may the community's facilitators and officials, who often write them.
pub async fn set_easy_read(
    db: &Db,
    actor: &Actor,
    proposal: &Proposal,
    community: &piazza_store::communities::Community,
    text: &str,
) -> AppResult<()> {
    if !db.is_proposal_author(proposal.id, actor.id()).await?
        && !crate::meetings::organises_process(actor, community, proposal.process_id)
    {
        return Err(AppError::Forbidden);
    }
    let easy_read = if text.trim().is_empty() {
        None
    } else {
        let mut errors = FormErrors::default();
        let checked = errors.check(
            "easy_read",
            piazza_domain::long_text(text, 1500, "error-easy-read-length", "error-easy-read-length"),
        );
        match checked {
            Some(text) => Some(text),
            None => return Err(errors.into()),
        }
    };
    db.set_proposal_easy_read(proposal.id, easy_read.as_deref()).await?;
    Ok(())
}

pub async fn support(
    db: &Db,
    actor: &Actor,
    proposal: &Proposal,
    process: &Process,
    phases: &[Phase],
) -> AppResult<Timely<SupportOutcome>> {
    if !state_of(proposal).is_open() || proposal.hidden {
        return Ok(Err(NotNow::ProposalClosed));
    }
    if !allows(phases, Activity::Support) {
        return Ok(Err(NotNow::PhaseDoesNotAllow(Activity::Support)));
    }
    if let Err(blocked) = crate::moderation::ensure_not_blocked(db, actor, process.community_id).await? {
        return Ok(Err(blocked));
    }
    Ok(Ok(db.support(proposal.id, actor.id(), process.support_threshold).await?))
}

pub async fn withdraw_support(
    db: &Db,
    actor: &Actor,
    proposal: &Proposal,
    phases: &[Phase],
) -> AppResult<Timely<bool>> {
    if !allows(phases, Activity::Support) {
        return Ok(Err(NotNow::PhaseDoesNotAllow(Activity::Support)));
    }
    Ok(Ok(db.withdraw_support(proposal.id, actor.id()).await?))
}

pub(crate) fn state_of(proposal: &Proposal) -> ProposalState {
    ProposalState::parse(&proposal.state).unwrap_or(ProposalState::Published)
}

/// An official's decision as submitted.
#[derive(Debug, Clone, Copy)]
pub struct AnswerForm<'a> {
    /// The state the official saw when deciding.
    pub seen_state: &'a str,
    pub new_state: &'a str,
    pub answer: &'a str,
    /// For a merge: the id of the proposal this one joins.
    pub merge_into: &'a str,
}

/// The authority's decision on a proposal: a new state and, for a rejection, the public reason.
/// `seen_state` is the state the official saw; if it has changed meanwhile, nothing happens
/// and the official is told.
pub async fn answer(
    db: &Db,
    actor: &Actor,
    community: &Community,
    proposal: &Proposal,
    form: &AnswerForm<'_>,
) -> AppResult<Timely<()>> {
    let AnswerForm { seen_state, new_state, answer, merge_into } = *form;
    if !speaks_for(actor, community) {
        return Err(AppError::Forbidden);
    }
    let current = state_of(proposal);
    if seen_state != current.key() {
        return Ok(Err(NotNow::Overtaken));
    }
    let mut errors = FormErrors::default();
    let target = ProposalState::parse(new_state).filter(|state| current.official_next().contains(state));
    if target.is_none() {
        errors.add("state", "error-choose-one");
    }
    let answer = if answer.trim().is_empty() {
        if target.is_some_and(ProposalState::needs_answer) {
            errors.add("answer", "error-answer-required");
        }
        None
    } else {
        errors.check("answer", piazza_domain::long_text(answer, 5000, "error-answer-required", "error-answer-length"))
    };
    let merged_into = if target == Some(ProposalState::Merged) {
        let other = match merge_into.trim().parse::<i64>() {
            Ok(id) if id != proposal.id.0 => db.proposal(ProposalId(id)).await?,
            _ => None,
        };
        match other {
            Some(other) if other.process_id == proposal.process_id && other.merged_into.is_none() => Some(other.id),
            _ => {
                errors.add("merge_into", "error-merge-target");
                None
            }
        }
    } else {
        None
    };
    let (Some(target), true) = (target, errors.is_empty()) else {
        return Err(errors.into());
    };
    let changed = db
        .decide_proposal(proposal.id, current.key(), target.key(), answer.as_deref(), merged_into, actor.id())
        .await?;
    Ok(if changed { Ok(()) } else { Err(NotNow::Overtaken) })
}

/// The authors withdraw their own proposal.
pub async fn withdraw(db: &Db, actor: &Actor, proposal: &Proposal) -> AppResult<Timely<()>> {
    if !db.is_proposal_author(proposal.id, actor.id()).await? {
        return Err(AppError::Forbidden);
    }
    let current = state_of(proposal);
    if !current.is_open() {
        return Ok(Err(NotNow::ProposalClosed));
    }
    let changed =
        db.change_proposal_state(proposal.id, current.key(), ProposalState::Withdrawn.key(), None, actor.id()).await?;
    Ok(if changed { Ok(()) } else { Err(NotNow::Overtaken) })
}

/// The community's officials, who evaluate proposals that reach their threshold.
pub async fn officials_of(db: &Db, community: &Community) -> AppResult<Vec<piazza_domain::AccountId>> {
    let officials = db.holders_of(community.id, piazza_domain::Role::Official.key()).await?;
    Ok(officials.into_iter().map(|official| official.id).collect())
}

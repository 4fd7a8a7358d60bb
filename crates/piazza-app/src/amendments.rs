//! Amendments: anyone proposes a changed text with a reason while the phase allows it; the
//! proposal's authors accept it (a new version, credited to the amender) or reject it with a
//! reason everyone can read.

use piazza_domain::ProposalState;
use piazza_store::Db;
use piazza_store::amendments::{Amendment, NewAmendment};
use piazza_store::processes::Phase;
use piazza_store::proposals::Proposal;

use crate::accounts::Actor;
use crate::processes::{Activity, allows};
use crate::proposals::{NotNow, Timely};
use crate::{AppError, AppResult, FormErrors};

pub struct AmendmentForm<'a> {
    pub title: &'a str,
    pub body: &'a str,
    pub reason: &'a str,
}

pub async fn propose(
    db: &Db,
    actor: &Actor,
    proposal: &Proposal,
    phases: &[Phase],
    form: &AmendmentForm<'_>,
) -> AppResult<Timely<i64>> {
    if !ProposalState::parse(&proposal.state).is_some_and(ProposalState::is_open) || proposal.hidden {
        return Ok(Err(NotNow::ProposalClosed));
    }
    if !allows(phases, Activity::Amend) {
        return Ok(Err(NotNow::PhaseDoesNotAllow(Activity::Amend)));
    }
    let owner =
        db.content_owner(piazza_domain::ContentKind::Proposal, proposal.id.0).await?.ok_or(AppError::NotFound)?;
    let community = piazza_domain::CommunityId(owner.community_id);
    if let Err(blocked) = crate::moderation::ensure_not_blocked(db, actor, community).await? {
        return Ok(Err(blocked));
    }
    let mut errors = FormErrors::default();
    let title = errors.check("title", piazza_domain::title(form.title, 150));
    let body =
        errors.check("body", piazza_domain::long_text(form.body, 10_000, "error-body-required", "error-body-length"));
    let reason = errors
        .check("reason", piazza_domain::long_text(form.reason, 1000, "error-reason-required", "error-reason-length"));
    if title.as_deref() == Some(proposal.title.as_str()) && body.as_deref() == Some(proposal.body.as_str()) {
        errors.add("body", "error-amendment-unchanged");
    }
    let (Some(title), Some(body), Some(reason), true) = (title, body, reason, errors.is_empty()) else {
        return Err(errors.into());
    };
    let id = db
        .create_amendment(&NewAmendment {
            proposal: proposal.id,
            author: actor.id(),
            base_version: proposal.version,
            title: &title,
            body: &body,
            reason: &reason,
        })
        .await?;
    db.follow(actor.id(), piazza_domain::FollowTarget::Proposal, proposal.id.0).await?;
    Ok(Ok(id))
}

/// The proposal's authors decide on an amendment; a rejection needs its reason.
pub async fn decide(
    db: &Db,
    actor: &Actor,
    proposal: &Proposal,
    amendment: &Amendment,
    accept: bool,
    answer: &str,
) -> AppResult<Timely<()>> {
    if amendment.proposal_id != proposal.id || !db.is_proposal_author(proposal.id, actor.id()).await? {
        return Err(AppError::Forbidden);
    }
    let decided = if accept {
        db.accept_amendment(amendment.id, actor.id()).await?
    } else {
        let field = "answer";
        let answer = piazza_domain::long_text(answer, 2000, "error-answer-required", "error-answer-length")
            .map_err(|invalid| FormErrors::single(field, invalid.message_id))?;
        db.reject_amendment(amendment.id, actor.id(), &answer).await?
    };
    Ok(if decided { Ok(()) } else { Err(NotNow::Overtaken) })
}

//! Co-authoring: a proposal's authors invite people and organisations, who accept or decline.
//! A person who accepts becomes an author in full; an organisation is shown among the authors.

use piazza_domain::ProposalState;
use piazza_store::coauthors::{Coauthor, Invitee};
use piazza_store::proposals::Proposal;
use piazza_store::{Db, StoreError};

use crate::accounts::Actor;
use crate::{AppError, AppResult, FormErrors};

/// Whether this person is one of the proposal's authors.
pub async fn is_author(db: &Db, actor: &Actor, proposal: &Proposal) -> AppResult<bool> {
    Ok(db.is_proposal_author(proposal.id, actor.id()).await?)
}

/// Invites a person (by username) or an organisation (by its short name) to co-author. Returns
/// who may answer: the person, or the organisation's managers.
pub async fn invite(
    db: &Db,
    actor: &Actor,
    proposal: &Proposal,
    kind: &str,
    name: &str,
) -> AppResult<Vec<piazza_domain::AccountId>> {
    if !is_author(db, actor, proposal).await? {
        return Err(AppError::Forbidden);
    }
    if !ProposalState::parse(&proposal.state).is_some_and(ProposalState::is_open) {
        return Err(FormErrors::single("invitee", "not-now-proposal-closed").into());
    }
    let name = name.trim().to_lowercase();
    if name.is_empty() {
        return Err(FormErrors::single("invitee", "error-invitee-required").into());
    }
    let invitee = match kind {
        "organisation" => match db.organisation_by_slug(&name).await? {
            Some(organisation) => Invitee::Organisation(organisation.id),
            None => return Err(FormErrors::single("invitee", "error-organisation-unknown").into()),
        },
        _ => match db.account_by_username(&name).await? {
            Some(account) if db.is_proposal_author(proposal.id, account.id).await? => {
                return Err(FormErrors::single("invitee", "error-already-author").into());
            }
            Some(account) => Invitee::Person(account.id),
            None => return Err(FormErrors::single("invitee", "error-account-unknown").into()),
        },
    };
    let answerers = match invitee {
        Invitee::Person(account) => vec![account],
        Invitee::Organisation(organisation) => {
            db.members(organisation).await?.into_iter().filter(|m| m.is_manager).map(|m| m.account_id).collect()
        }
    };
    match db.invite_coauthor(proposal.id, invitee, actor.id()).await {
        Ok(_) => Ok(answerers),
        Err(StoreError::Conflict) => Err(FormErrors::single("invitee", "error-already-invited").into()),
        Err(error) => Err(error.into()),
    }
}

/// The invited person, or a manager of the invited organisation, accepts or declines.
pub async fn answer(db: &Db, actor: &Actor, invitation: &Coauthor, accept: bool) -> AppResult<()> {
    let entitled = match (invitation.account_id, invitation.organisation_id) {
        (Some(account), _) => account == actor.id().0,
        (None, Some(organisation)) => db
            .members(piazza_domain::OrganisationId(organisation))
            .await?
            .iter()
            .any(|member| member.account_id == actor.id() && member.is_manager),
        (None, None) => false,
    };
    if !entitled {
        return Err(AppError::Forbidden);
    }
    if !db.answer_invitation(invitation.id, accept, actor.id()).await? {
        return Err(AppError::NotFound);
    }
    if accept {
        db.follow(actor.id(), piazza_domain::FollowTarget::Proposal, invitation.proposal_id.0).await?;
    }
    Ok(())
}

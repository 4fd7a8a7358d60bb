//! Facilitator mode: contributions gathered at a workshop, a street stand, on paper or by phone,
//! recorded on behalf of a person who may have no account, with the consents they gave there.
//! The person gets a receipt with a claim code; claiming moves everything to their own account.

use std::collections::BTreeMap;

use piazza_domain::{AccountId, ConsentPurpose, ContributionChannel, Locale, ProposalId};
use piazza_store::Db;
use piazza_store::assisted::{AssistedParticipant, GivenConsent, NewAssistedParticipant};
use piazza_store::communities::Community;
use piazza_store::processes::{Phase, Process};
use piazza_store::proposals::Provenance;

use crate::accounts::Actor;
use crate::processes::{Activity, allows};
use crate::proposals::{NotNow, ProposalForm, Timely};
use crate::{AppError, AppResult, FormErrors};

/// The letters of a claim code: no 0/O, 1/I, so that it can be read back from paper.
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// What a facilitator gathered from one person, as typed into the form.
#[derive(Debug, Clone, Default)]
pub struct AssistedForm {
    /// Empty for a new person; otherwise the person of an earlier receipt.
    pub participant: String,
    pub display_name: String,
    pub channel: String,
    pub event: String,
    /// The purposes the person consented to, on paper or aloud.
    pub consents: Vec<String>,
    /// Their answers to the representation questions, by topic.
    pub answers: BTreeMap<String, String>,
    /// `proposal`, `comment` or `support`.
    pub kind: String,
    pub proposal: String,
    pub stance: String,
    pub title: String,
    pub body: String,
    /// The neighbourhood the proposal is about (field `proposal_neighbourhood`).
    pub neighbourhood: String,
}

/// What the facilitator hands back: the person, and for a new person the code that claims it.
#[derive(Debug, Clone)]
pub struct Receipt {
    pub participant: AccountId,
    pub display_name: String,
    pub code: Option<String>,
    pub kind: String,
    pub proposal: Option<ProposalId>,
}

/// Whether this person may record contributions on others' behalf in the community.
pub fn may_assist(actor: &Actor, community: &Community) -> bool {
    crate::meetings::organises(actor, community)
}

fn new_claim_code() -> String {
    let mut bytes = [0u8; 12];
    getrandom::fill(&mut bytes).expect("the operating system provides randomness");
    let letters: String =
        bytes.iter().map(|b| char::from(CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()])).collect();
    format!("{}-{}-{}", &letters[0..4], &letters[4..8], &letters[8..12])
}

/// A code as typed back: case, spaces and dashes do not matter.
fn normalised_code(typed: &str) -> String {
    typed.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect()
}

fn code_hash(code: &str) -> String {
    crate::security::token_hash(&format!("claim:{}", normalised_code(code)))
}

enum Contribution {
    Proposal(crate::proposals::ValidProposal),
    Comment { proposal: ProposalId, stance: &'static str, body: String },
    Support(ProposalId),
}

/// Records one contribution on a person's behalf, with the person (new, or from an earlier
/// receipt), the consents they gave and the answers they chose to give. Everything is checked
/// before anything is stored.
pub async fn record(
    db: &Db,
    actor: &Actor,
    community: &Community,
    process: &Process,
    phases: &[Phase],
    form: &AssistedForm,
    locale: Locale,
) -> AppResult<Timely<Receipt>> {
    if !crate::meetings::organises_process(actor, community, process.id) || process.community_id != community.id {
        return Err(AppError::Forbidden);
    }
    let activity = match form.kind.as_str() {
        "comment" => Activity::Comment,
        "support" => Activity::Support,
        _ => Activity::Propose,
    };
    if !allows(phases, activity) {
        return Ok(Err(NotNow::PhaseDoesNotAllow(activity)));
    }
    let existing = match form.participant.trim() {
        "" => None,
        raw => match raw.parse::<i64>() {
            Ok(id) => match db.assisted_participant(AccountId(id)).await? {
                Some(participant) if participant.community_id == community.id.0 => Some(participant),
                _ => return Err(AppError::NotFound),
            },
            Err(_) => return Err(AppError::NotFound),
        },
    };
    // Problems are gathered in the order the form asks: the person, how and where, what they
    // agreed to, then what they said.
    let mut errors = FormErrors::default();
    let display_name = match existing {
        None => errors.check("display_name", piazza_domain::name(&form.display_name, 80)),
        Some(_) => None,
    };
    let channel = ContributionChannel::parse(form.channel.trim()).filter(|c| ContributionChannel::ASSISTED.contains(c));
    if channel.is_none() {
        errors.add("channel", "error-choose-one");
    }
    let event = errors.check(
        "event",
        piazza_domain::single_line(&form.event).and_then(|event| match event.chars().count() {
            0 => Err(piazza_domain::Invalid::new("error-event-required")),
            length if length > 150 => Err(piazza_domain::Invalid::new("error-event-length")),
            _ => Ok(event.to_owned()),
        }),
    );
    let mut consents: Vec<ConsentPurpose> = Vec::new();
    let mut answers = Vec::new();
    if existing.is_none() {
        consents = ConsentPurpose::ALL.iter().copied().filter(|p| form.consents.iter().any(|c| c == p.key())).collect();
        if !consents.contains(&ConsentPurpose::TakingPart) {
            errors.add("consents", "error-assisted-taking-part");
        }
        let questions = crate::representation::questions(db, community).await?;
        answers = crate::representation::recorded_answers(&questions, &form.answers, &mut errors);
        if !answers.is_empty() && !consents.contains(&ConsentPurpose::Demographics) {
            errors.add("consents", "error-demographics-consent");
        }
    }
    let target = |errors: &mut FormErrors| {
        let id = form.proposal.trim().parse::<i64>().ok();
        if id.is_none() {
            errors.add("proposal", "error-choose-one");
        }
        id
    };
    let contribution = match activity {
        Activity::Propose => {
            let proposal_form = ProposalForm {
                title: form.title.clone(),
                body: form.body.clone(),
                neighbourhood: form.neighbourhood.clone(),
                ..ProposalForm::default()
            };
            match crate::proposals::validate(db, process, &proposal_form).await {
                Ok(valid) => Some(Contribution::Proposal(valid)),
                Err(AppError::Invalid(more)) => {
                    // The form also asks which neighbourhood the person lives in: the
                    // proposal's own neighbourhood has a field name of its own.
                    errors.fields.extend(more.fields.into_iter().map(|mut error| {
                        if error.field == "neighbourhood" {
                            error.field = "proposal_neighbourhood".into();
                        }
                        error
                    }));
                    None
                }
                Err(error) => return Err(error),
            }
        }
        _ => {
            let id = target(&mut errors);
            let proposal = match id {
                Some(id) => db.proposal(ProposalId(id)).await?,
                None => None,
            };
            let proposal = proposal.filter(|p| p.process_id == process.id && !p.hidden);
            if id.is_some() && proposal.is_none() {
                errors.add("proposal", "error-choose-one");
            }
            match (activity, proposal) {
                (Activity::Support, Some(proposal)) => {
                    if !crate::proposals::state_of(&proposal).is_open() {
                        return Ok(Err(NotNow::ProposalClosed));
                    }
                    Some(Contribution::Support(proposal.id))
                }
                (_, proposal) => {
                    let comment = crate::comments::CommentForm { stance: &form.stance, body: &form.body };
                    match crate::comments::validate(&comment) {
                        Ok((stance, body)) => {
                            proposal.map(|p| Contribution::Comment { proposal: p.id, stance: stance.key(), body })
                        }
                        Err(AppError::Invalid(more)) => {
                            errors.fields.extend(more.fields);
                            None
                        }
                        Err(error) => return Err(error),
                    }
                }
            }
        }
    };
    let (Some(channel), Some(event), Some(contribution), true) = (channel, event, contribution, errors.is_empty())
    else {
        return Err(errors.into());
    };
    let (participant, display_name, code) = match existing {
        Some(participant) => (AccountId(participant.account_id), participant.display_name, None),
        None => {
            let display_name = display_name.unwrap_or_default();
            let code = new_claim_code();
            let username = format!("assisted-{}", &crate::security::new_token()[..16]);
            let given: Vec<GivenConsent<'_>> = consents.iter().map(|purpose| GivenConsent::to(*purpose)).collect();
            let id = db
                .create_assisted_participant(&NewAssistedParticipant {
                    community: community.id,
                    username: &username,
                    display_name: &display_name,
                    locale: locale.code(),
                    channel: channel.key(),
                    consent_channel: channel.consent_channel().key(),
                    event: &event,
                    recorded_by: actor.id(),
                    claim_code_hash: &code_hash(&code),
                    consents: &given,
                    demographics: &answers,
                })
                .await?;
            (id, display_name, Some(code))
        }
    };
    let provenance = Provenance { channel: channel.key(), event: Some(&event), recorded_by: Some(actor.id()) };
    let proposal = match contribution {
        Contribution::Proposal(valid) => {
            Some(crate::proposals::insert(db, process, &valid, participant, locale, provenance).await?)
        }
        Contribution::Comment { proposal, stance, body } => {
            db.create_comment(&piazza_store::comments::NewComment {
                process: process.id,
                proposal: Some(proposal),
                parent: None,
                depth: 0,
                author: participant,
                stance,
                body: &body,
                locale: locale.code(),
                provenance,
            })
            .await?;
            Some(proposal)
        }
        Contribution::Support(proposal) => {
            db.support_by(proposal, participant, process.support_threshold, provenance).await?;
            Some(proposal)
        }
    };
    Ok(Ok(Receipt { participant, display_name, code, kind: form.kind.clone(), proposal }))
}

/// The people recorded in a community, for its facilitators.
pub async fn participants(db: &Db, actor: &Actor, community: &Community) -> AppResult<Vec<AssistedParticipant>> {
    if !may_assist(actor, community) {
        return Err(AppError::Forbidden);
    }
    Ok(db.assisted_participants(community.id).await?)
}

/// Claims what a facilitator recorded, with the code on the receipt: it all becomes the
/// signed-in person's. Answers the name it was recorded under.
pub async fn claim(db: &Db, actor: &Actor, code: &str) -> AppResult<String> {
    if normalised_code(code).is_empty() {
        return Err(FormErrors::single("code", "error-claim-code-required").into());
    }
    let Some(participant) = db.assisted_participant_by_code(&code_hash(code)).await? else {
        return Err(FormErrors::single("code", "error-claim-code-unknown").into());
    };
    if !db.claim_assisted(AccountId(participant.account_id), actor.id()).await? {
        return Err(FormErrors::single("code", "error-claim-code-unknown").into());
    }
    Ok(participant.display_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claim_codes_read_back_whatever_the_case_and_spacing() {
        let code = new_claim_code();
        assert_eq!(code.len(), 14);
        assert!(code.chars().all(|c| c == '-' || CODE_ALPHABET.contains(&(c as u8))));
        let typed = format!(" {} ", code.to_lowercase().replace('-', " "));
        assert_eq!(code_hash(&typed), code_hash(&code));
        assert_ne!(code_hash(&code), code_hash(&new_claim_code()));
    }
}

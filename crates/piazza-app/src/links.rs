//! Links between communities, so that big and small, urban and rural places learn from each
//! other: twinnings declared by both sides with a purpose, facilitators of a twin co-running a
//! process, and peer-learning threads between the officials and facilitators of a region's
//! cluster or of the community behind a case.

use piazza_domain::{AccountId, CommunityId, CommunityKind, Locale, ProcessId, Role};
use piazza_store::Db;
use piazza_store::cases::Case;
use piazza_store::communities::Community;
use piazza_store::links::{NewPeerQuestion, PeerAnswer, PeerQuestion, Twinning};
use piazza_store::processes::Process;

use crate::accounts::Actor;
use crate::processes::speaks_for;
use crate::{AppError, AppResult, FormErrors};

/// The longest purpose of a twinning, question or answer, in characters.
pub const PURPOSE_MAX: usize = 1000;
pub const BODY_MAX: usize = 5000;

/// Whether this person may speak for the community in a twinning: its officials and
/// administrators.
pub fn may_twin(actor: &Actor, community: &Community) -> bool {
    speaks_for(actor, community)
}

/// Whether this person takes part in the community's peer learning: its officials,
/// administrators and facilitators.
pub fn confers_for(actor: &Actor, community: CommunityId) -> bool {
    actor.is_instance_admin() || holds_conferring_role(actor, community)
}

fn holds_conferring_role(actor: &Actor, community: CommunityId) -> bool {
    [Role::Official, Role::Administrator, Role::Facilitator].iter().any(|role| actor.has_role(community, *role))
}

/// The communities a person takes part in peer learning for, by id.
pub fn conferring_communities(actor: &Actor) -> Vec<CommunityId> {
    let mut ids: Vec<CommunityId> = actor
        .roles
        .iter()
        .filter(|grant| {
            Role::parse(&grant.role)
                .is_some_and(|role| matches!(role, Role::Official | Role::Administrator | Role::Facilitator))
        })
        .map(|grant| CommunityId(grant.community_id))
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

/// A twinning proposal as typed.
#[derive(Debug, Clone, Default)]
pub struct TwinningForm {
    /// The other community's slug.
    pub partner: String,
    pub purpose: String,
}

/// Proposes that `community` twin with another. Returns the new twinning's id and the partner,
/// whose officials are to be told.
pub async fn propose(
    db: &Db,
    actor: &Actor,
    community: &Community,
    form: &TwinningForm,
    locale: Locale,
) -> AppResult<(i64, Community)> {
    if !may_twin(actor, community) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FormErrors::default();
    let partner = match form.partner.trim() {
        "" => {
            errors.add("partner", "error-choose-one");
            None
        }
        slug => match db.community_by_slug(slug).await? {
            Some(partner) if partner.id == community.id => {
                errors.add("partner", "error-twin-itself");
                None
            }
            Some(partner) => Some(partner),
            None => {
                errors.add("partner", "error-community-unknown");
                None
            }
        },
    };
    let purpose = errors.check(
        "purpose",
        piazza_domain::long_text(&form.purpose, PURPOSE_MAX, "error-twinning-purpose-required", "error-text-too-long"),
    );
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let (Some(partner), Some(purpose)) = (partner, purpose) else {
        return Err(AppError::Forbidden);
    };
    match db.propose_twinning(community.id, partner.id, &purpose, locale.code(), actor.id()).await {
        Ok(id) => Ok((id, partner)),
        Err(piazza_store::StoreError::Conflict) => Err(FormErrors::single("partner", "error-twinning-exists").into()),
        Err(other) => Err(other.into()),
    }
}

/// The twinning and the two communities in it, when the person may answer for one of them.
async fn twinning_sides(db: &Db, id: i64) -> AppResult<(Twinning, Community, Community)> {
    let twinning = db.twinning(id).await?.ok_or(AppError::NotFound)?;
    let proposer = db.community(CommunityId(twinning.proposer_id)).await?.ok_or(AppError::NotFound)?;
    let partner = db.community(CommunityId(twinning.partner_id)).await?.ok_or(AppError::NotFound)?;
    Ok((twinning, proposer, partner))
}

/// The partner's officials accept a proposal. Returns the twinning, and whether this accepted
/// it (false for a second click), to tell the proposer once.
pub async fn accept(db: &Db, actor: &Actor, id: i64) -> AppResult<(Twinning, bool)> {
    let (twinning, _, partner) = twinning_sides(db, id).await?;
    if !may_twin(actor, &partner) {
        return Err(AppError::Forbidden);
    }
    let accepted = db.accept_twinning(id, actor.id()).await?;
    // Accepting twice (a double click) changes nothing; accepting an ended one is not possible.
    if !accepted && !twinning.is_active() {
        return Err(AppError::NotFound);
    }
    Ok((twinning, accepted))
}

/// Either side ends a twinning, withdraws its proposal or declines one. The facilitators who
/// co-ran processes between the two lose those powers with it (the record of who co-ran stays).
/// Returns the twinning, and the other side's people to tell when this ended it (none for a
/// second click).
pub async fn end(db: &Db, actor: &Actor, id: i64) -> AppResult<(Twinning, Vec<AccountId>)> {
    let (twinning, proposer, partner) = twinning_sides(db, id).await?;
    let other = if may_twin(actor, &proposer) {
        partner
    } else if may_twin(actor, &partner) {
        proposer
    } else {
        return Err(AppError::Forbidden);
    };
    let ended = db.end_twinning(id, actor.id()).await?;
    let tell = if ended { speakers_for(db, other.id).await? } else { Vec::new() };
    Ok((twinning, tell))
}

/// The communities twinned with this one now, by id.
pub async fn twins_of(db: &Db, community: CommunityId) -> AppResult<Vec<CommunityId>> {
    Ok(db
        .twinnings_of(community)
        .await?
        .iter()
        .filter(|t| t.is_active())
        .map(|t| CommunityId(t.other_side(community).0))
        .collect())
}

/// A twinned community and those of its facilitators who could be invited to co-run a process.
pub struct InvitableGroup {
    pub community: Community,
    pub facilitators: Vec<crate::records::Account>,
}

/// The facilitators of the communities twinned with the process's.
pub async fn invitable(db: &Db, community: &Community) -> AppResult<Vec<InvitableGroup>> {
    let mut groups = Vec::new();
    for twin in twins_of(db, community.id).await? {
        let Some(twin) = db.community(twin).await? else { continue };
        let facilitators = db.holders_of(twin.id, Role::Facilitator.key()).await?;
        if !facilitators.is_empty() {
            groups.push(InvitableGroup { community: twin, facilitators });
        }
    }
    groups.sort_by(|a, b| a.community.name.cmp(&b.community.name));
    Ok(groups)
}

/// An official of the process's community invites a facilitator of a twinned community to
/// co-run it. The form's field `facilitator` holds `COMMUNITY-ACCOUNT`. Returns the person
/// invited, to tell them.
pub async fn invite(
    db: &Db,
    actor: &Actor,
    community: &Community,
    process: &Process,
    choice: &str,
) -> AppResult<AccountId> {
    if !speaks_for(actor, community) || process.community_id != community.id {
        return Err(AppError::Forbidden);
    }
    let field = "facilitator";
    let parsed = choice.split_once('-').and_then(|(c, a)| Some((c.parse::<i64>().ok()?, a.parse::<i64>().ok()?)));
    let groups = invitable(db, community).await?;
    let found = parsed.and_then(|(twin, account)| {
        groups
            .iter()
            .find(|g| g.community.id.0 == twin)
            .filter(|g| g.facilitators.iter().any(|f| f.id.0 == account))
            .map(|g| (g.community.id, AccountId(account)))
    });
    let Some((twin, account)) = found else {
        return Err(FormErrors::single(field, "error-choose-one").into());
    };
    if !db.invite_co_runner(process.id, account, twin, actor.id()).await? {
        return Err(FormErrors::single(field, "error-co-runner-invited").into());
    }
    Ok(account)
}

/// The person invited accepts.
pub async fn accept_co_run(db: &Db, actor: &Actor, process: ProcessId) -> AppResult<()> {
    if !db.accept_co_run(process, actor.id()).await? {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// The person invited declines or leaves; an official of the process's community withdraws
/// someone.
pub async fn remove_co_runner(
    db: &Db,
    actor: &Actor,
    community: &Community,
    process: ProcessId,
    account: AccountId,
) -> AppResult<()> {
    if actor.id() != account && !speaks_for(actor, community) {
        return Err(AppError::Forbidden);
    }
    if !db.remove_co_runner(process, account).await? {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// The communities on both sides of a question: the one that asked, and either the region with
/// all its communities, or the community that wrote the case.
pub async fn sides(db: &Db, question: &PeerQuestion) -> AppResult<Vec<CommunityId>> {
    let mut sides = vec![CommunityId(question.community_id)];
    if let Some(region) = question.region_id {
        sides.push(CommunityId(region));
        sides.extend(
            db.communities().await?.into_iter().filter(|c| c.parent() == Some(CommunityId(region))).map(|c| c.id),
        );
    }
    if let Some(case_community) = question.case_community_id {
        sides.push(CommunityId(case_community));
    }
    sides.sort();
    sides.dedup();
    Ok(sides)
}

/// Whether this person may read and answer a thread.
pub fn may_read(actor: &Actor, sides: &[CommunityId]) -> bool {
    actor.is_instance_admin() || sides.iter().any(|side| confers_for(actor, *side))
}

/// The threads a person may read, newest first.
pub async fn threads_for(db: &Db, actor: &Actor) -> AppResult<Vec<PeerQuestion>> {
    if actor.is_instance_admin() {
        return Ok(db.peer_questions_involving(None).await?);
    }
    Ok(db.peer_questions_involving(Some(&conferring_communities(actor))).await?)
}

/// A question as typed. `about` is `cluster` or `case`.
#[derive(Debug, Clone, Default)]
pub struct QuestionForm {
    pub community: String,
    pub about: String,
    pub case: String,
    pub title: String,
    pub body: String,
}

/// What a new question asks, once checked: who asks, and of whom.
pub struct AskedQuestion {
    pub id: i64,
    pub sides: Vec<CommunityId>,
    pub asking: CommunityId,
}

/// The region whose cluster a community asks: its own region, or itself when it is a region.
pub fn cluster_of(community: &Community) -> Option<CommunityId> {
    if CommunityKind::parse(&community.kind) == Some(CommunityKind::Region) {
        Some(community.id)
    } else {
        community.parent()
    }
}

/// Asks a question for one of the communities the person confers for, written in `locale`.
pub async fn ask(db: &Db, actor: &Actor, form: &QuestionForm, locale: Locale) -> AppResult<AskedQuestion> {
    let mut errors = FormErrors::default();
    let community = match form.community.trim().parse::<i64>() {
        Ok(id) if confers_for(actor, CommunityId(id)) => db.community(CommunityId(id)).await?,
        _ => None,
    };
    if community.is_none() {
        errors.add("community", "error-choose-one");
    }
    let mut region = None;
    let mut case: Option<Case> = None;
    match form.about.as_str() {
        "cluster" => {
            region = community.as_ref().and_then(cluster_of);
            if community.is_some() && region.is_none() {
                errors.add("about", "error-peer-no-region");
            }
        }
        "case" => {
            case = match form.case.trim().parse::<i64>() {
                Ok(id) => db.case(id).await?,
                Err(_) => None,
            };
            match (&case, &community) {
                (None, _) => errors.add("about", "error-choose-one"),
                (Some(case), Some(community)) if case.community_id == community.id.0 => {
                    errors.add("about", "error-peer-own-case")
                }
                _ => {}
            }
        }
        _ => errors.add("about", "error-choose-one"),
    }
    let title = errors.check("title", piazza_domain::title(&form.title, 150));
    let body = errors.check(
        "body",
        piazza_domain::long_text(&form.body, BODY_MAX, "error-description-required", "error-text-too-long"),
    );
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let (Some(community), Some(title), Some(body)) = (community, title, body) else {
        return Err(AppError::Forbidden);
    };
    let new = NewPeerQuestion {
        community: community.id,
        region,
        case: case.as_ref().map(|c| c.id),
        title: &title,
        body: &body,
        locale: locale.code(),
        asked_by: actor.id(),
    };
    let id = db.ask_peers(&new).await?;
    let question = db.peer_question(id).await?.ok_or(AppError::NotFound)?;
    Ok(AskedQuestion { id, sides: sides(db, &question).await?, asking: community.id })
}

/// The community a person answers for: a side other than the asking one where they hold a role,
/// otherwise the asking one (a follow-up from the people who asked); an instance administrator
/// without a role answers for the side asked.
fn answering_side(actor: &Actor, question: &PeerQuestion, sides: &[CommunityId]) -> Option<CommunityId> {
    let asking = CommunityId(question.community_id);
    sides
        .iter()
        .copied()
        .find(|side| *side != asking && holds_conferring_role(actor, *side))
        .or_else(|| holds_conferring_role(actor, asking).then_some(asking))
        .or_else(|| {
            actor.is_instance_admin().then(|| question.case_community_id.or(question.region_id).map(CommunityId))?
        })
}

/// Answers a thread, in `locale`. Returns the answer's id.
pub async fn answer(db: &Db, actor: &Actor, question: &PeerQuestion, body: &str, locale: Locale) -> AppResult<i64> {
    let sides = sides(db, question).await?;
    if !may_read(actor, &sides) {
        return Err(AppError::Forbidden);
    }
    let side = answering_side(actor, question, &sides).ok_or(AppError::Forbidden)?;
    let field = "body";
    let body = piazza_domain::long_text(body, BODY_MAX, "error-description-required", "error-text-too-long")
        .map_err(|invalid| FormErrors::single(field, invalid.message_id))?;
    Ok(db.answer_peer_question(question.id, side, &body, locale.code(), actor.id()).await?)
}

/// A thread as its reader sees it: the question, its answers, and whether the reader may mark
/// the one that helped. Only the people of the communities involved may read it.
pub async fn thread(db: &Db, actor: &Actor, id: i64) -> AppResult<(PeerQuestion, Vec<PeerAnswer>, bool)> {
    let question = db.peer_question(id).await?.ok_or(AppError::NotFound)?;
    if !may_read(actor, &sides(db, &question).await?) {
        return Err(AppError::Forbidden);
    }
    let answers = db.peer_answers(id).await?;
    let may_mark = may_mark_helpful(actor, &question);
    Ok((question, answers, may_mark))
}

/// Who hears of a new answer: the asking side, and those who answered before while they may
/// still read the thread.
pub async fn answer_audience(db: &Db, question: &PeerQuestion) -> AppResult<Vec<AccountId>> {
    let sides = sides(db, question).await?;
    let readers = conferring_people(db, &sides).await?;
    let mut people = conferring_people(db, &[CommunityId(question.community_id)]).await?;
    people.extend(db.peer_answerers(question.id).await?.into_iter().filter(|person| readers.contains(person)));
    people.sort();
    people.dedup();
    Ok(people)
}

/// Whether this person may see who is invited to co-run a process: the officials of its
/// community, and the people invited.
pub async fn may_see_co_running(db: &Db, actor: &Actor, community: &Community, process: ProcessId) -> AppResult<bool> {
    Ok(speaks_for(actor, community) || db.co_runners(process).await?.iter().any(|p| p.account_id == actor.id().0))
}

/// Whether this person may mark the answer that helped: they speak in peer learning for the
/// community that asked.
pub fn may_mark_helpful(actor: &Actor, question: &PeerQuestion) -> bool {
    confers_for(actor, CommunityId(question.community_id))
}

/// Marks the answer that helped the asking community; its own follow-ups cannot be marked.
pub async fn mark_helpful(db: &Db, actor: &Actor, question: &PeerQuestion, answer: i64) -> AppResult<()> {
    if !may_mark_helpful(actor, question) {
        return Err(AppError::Forbidden);
    }
    let answers = db.peer_answers(question.id).await?;
    if !answers.iter().any(|a| a.id == answer && a.community_id != question.community_id) {
        return Err(AppError::NotFound);
    }
    if !db.mark_helpful_answer(question.id, answer).await? {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// The people who take part in peer learning for these communities: their officials,
/// administrators and facilitators, each once.
pub async fn conferring_people(db: &Db, communities: &[CommunityId]) -> AppResult<Vec<AccountId>> {
    let mut people = Vec::new();
    for community in communities {
        for role in [Role::Official, Role::Administrator, Role::Facilitator] {
            people.extend(db.holders_of(*community, role.key()).await?.into_iter().map(|a| a.id));
        }
    }
    people.sort();
    people.dedup();
    Ok(people)
}

/// The people who speak for a community in a twinning: its officials and administrators.
pub async fn speakers_for(db: &Db, community: CommunityId) -> AppResult<Vec<AccountId>> {
    let mut people = Vec::new();
    for role in [Role::Official, Role::Administrator] {
        people.extend(db.holders_of(community, role.key()).await?.into_iter().map(|a| a.id));
    }
    people.sort();
    people.dedup();
    Ok(people)
}

//! Moderation: anyone signed in reports a contribution; enough reports hide it until a
//! moderator looks; moderators hide with a public reason or restore, and block people in their
//! community; the author of hidden content may appeal once. Every hide, restore and block goes
//! to the community's public log, never the reporters.

use piazza_domain::{AccountId, CommunityId, ContentKind, ModerationState, ReportReason, Role};
use piazza_store::Db;
use piazza_store::communities::Community;
use piazza_store::moderation::{ContentOwner, ModerationCase, NewReport, ReportOutcome};

use crate::accounts::Actor;
use crate::proposals::{NotNow, Timely};
use crate::{AppError, AppResult, FormErrors};

/// The fewest and most reports a community may set to hide a contribution.
pub const THRESHOLD_RANGE: std::ops::RangeInclusive<i64> = 1..=50;

/// Whether this person moderates the community: its moderators and administrators, and the
/// instance's administrators.
pub fn moderates(actor: &Actor, community: CommunityId) -> bool {
    actor.is_instance_admin() || actor.has_role(community, Role::Moderator) || actor.administers(community)
}

/// Refuses a person a moderator has blocked in the community.
pub async fn ensure_not_blocked(db: &Db, actor: &Actor, community: CommunityId) -> AppResult<Timely<()>> {
    Ok(match db.block_reason(community, actor.id()).await? {
        Some(_) => Err(NotNow::Blocked),
        None => Ok(()),
    })
}

/// A contribution, found with where it lives.
pub struct Content {
    pub kind: ContentKind,
    pub id: i64,
    pub owner: ContentOwner,
}

impl Content {
    pub fn community(&self) -> CommunityId {
        CommunityId(self.owner.community_id)
    }

    /// The page and anchor where the contribution is shown.
    pub fn address(&self) -> String {
        match (self.kind, self.owner.proposal_id) {
            (ContentKind::Proposal, _) => format!("/proposals/{}", self.id),
            (ContentKind::Comment, Some(proposal)) => format!("/proposals/{proposal}#comment-{}", self.id),
            (ContentKind::Comment, None) => format!("/processes/{}#comment-{}", self.owner.process_id, self.id),
            (ContentKind::Amendment, proposal) => {
                format!("/proposals/{}#amendment-{}", proposal.unwrap_or_default(), self.id)
            }
        }
    }
}

/// Finds a contribution by its kind's key and id; anything unknown is not found.
pub async fn find_content(db: &Db, kind: &str, id: i64) -> AppResult<Content> {
    let kind = ContentKind::parse(kind).ok_or(AppError::NotFound)?;
    let owner = db.content_owner(kind, id).await?.ok_or(AppError::NotFound)?;
    Ok(Content { kind, id, owner })
}

pub struct ReportForm<'a> {
    pub reason: &'a str,
    pub details: &'a str,
}

/// Reports a contribution. A person cannot report their own, and reporting twice counts once.
pub async fn report(
    db: &Db,
    actor: &Actor,
    community: &Community,
    content: &Content,
    form: &ReportForm<'_>,
) -> AppResult<Timely<ReportOutcome>> {
    if let Err(not_now) = ensure_not_blocked(db, actor, content.community()).await? {
        return Ok(Err(not_now));
    }
    let mut errors = FormErrors::default();
    if content.owner.author_id == Some(actor.id().0) {
        errors.add("reason", "error-report-own");
    }
    let reason = ReportReason::parse(form.reason);
    if reason.is_none() {
        errors.add("reason", "error-choose-one");
    }
    let details = if form.details.trim().is_empty() {
        if reason == Some(ReportReason::Other) {
            errors.add("details", "error-report-details-required");
        }
        None
    } else {
        errors.check(
            "details",
            piazza_domain::long_text(form.details, 1000, "error-report-details-required", "error-reason-length"),
        )
    };
    let (Some(reason), true) = (reason, errors.is_empty()) else {
        return Err(errors.into());
    };
    let outcome = db
        .report(&NewReport {
            kind: content.kind,
            content_id: content.id,
            owner: &content.owner,
            reporter: actor.id(),
            reason: reason.key(),
            details: details.as_deref(),
            threshold: community.report_threshold,
        })
        .await?;
    Ok(Ok(outcome))
}

fn public_reason(raw: &str) -> Result<String, FormErrors> {
    piazza_domain::long_text(raw, 1000, "error-reason-required", "error-reason-length")
        .map_err(|invalid| FormErrors::single("reason", invalid.message_id))
}

/// A moderator hides a contribution, with the reason everyone will read in its place.
pub async fn hide(db: &Db, actor: &Actor, content: &Content, reason: &str) -> AppResult<i64> {
    if !moderates(actor, content.community()) {
        return Err(AppError::Forbidden);
    }
    let reason = public_reason(reason)?;
    Ok(db.hide_content(content.kind, content.id, &content.owner, &reason, actor.id()).await?)
}

fn ensure_moderates_case(actor: &Actor, case: &ModerationCase) -> AppResult<()> {
    if moderates(actor, CommunityId(case.community_id)) { Ok(()) } else { Err(AppError::Forbidden) }
}

/// A moderator makes a contribution visible again; the reason is optional and public.
pub async fn restore(db: &Db, actor: &Actor, case: &ModerationCase, reason: &str) -> AppResult<()> {
    ensure_moderates_case(actor, case)?;
    let reason = if reason.trim().is_empty() { None } else { Some(public_reason(reason)?) };
    Ok(db.restore_content(case, reason.as_deref(), actor.id()).await?)
}

/// A moderator keeps a contribution hidden after looking at it, or after its author appealed.
pub async fn uphold(db: &Db, actor: &Actor, case: &ModerationCase, reason: &str) -> AppResult<()> {
    ensure_moderates_case(actor, case)?;
    let reason = public_reason(reason)?;
    Ok(db.uphold_hiding(case, &reason, actor.id()).await?)
}

/// Whether this person may appeal this case now: its author, while hidden, once.
pub fn may_appeal(actor: &Actor, case: &ModerationCase) -> bool {
    case.author_id == Some(actor.id().0)
        && case.appealed_at.is_none()
        && ModerationState::parse(&case.state).is_some_and(ModerationState::hides)
}

/// The author of hidden content asks the moderators to look again, once.
pub async fn appeal(db: &Db, actor: &Actor, case: &ModerationCase, text: &str) -> AppResult<()> {
    if case.author_id != Some(actor.id().0) {
        return Err(AppError::Forbidden);
    }
    if !may_appeal(actor, case) {
        return Err(FormErrors::single("appeal", "error-appeal-once").into());
    }
    let text = piazza_domain::long_text(text, 2000, "error-appeal-required", "error-reason-length")
        .map_err(|invalid| FormErrors::single("appeal", invalid.message_id))?;
    if db.appeal(case.id, &text).await? {
        Ok(())
    } else {
        Err(FormErrors::single("appeal", "error-appeal-once").into())
    }
}

/// A moderator blocks a person from taking part in the community, with a public reason.
pub async fn block(db: &Db, actor: &Actor, community: &Community, username: &str, reason: &str) -> AppResult<()> {
    if !moderates(actor, community.id) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FormErrors::default();
    let account = db.account_by_username(&username.trim().to_lowercase()).await?;
    match &account {
        None => errors.add("username", "error-account-unknown"),
        Some(account) if account.id == actor.id() => errors.add("username", "error-block-self"),
        Some(_) => {}
    }
    let reason = match public_reason(reason) {
        Ok(reason) => Some(reason),
        Err(refused) => {
            errors.fields.extend(refused.fields);
            None
        }
    };
    let (Some(account), Some(reason), true) = (account, reason, errors.is_empty()) else {
        return Err(errors.into());
    };
    if !db.block(community.id, account.id, &reason, actor.id()).await? {
        return Err(FormErrors::single("username", "error-already-blocked").into());
    }
    Ok(())
}

pub async fn unblock(db: &Db, actor: &Actor, community: &Community, account: AccountId) -> AppResult<()> {
    if !moderates(actor, community.id) {
        return Err(AppError::Forbidden);
    }
    db.unblock(community.id, account, actor.id()).await?;
    Ok(())
}

/// Sets how many reports hide a contribution until a moderator looks.
pub async fn set_threshold(db: &Db, actor: &Actor, community: &Community, raw: &str) -> AppResult<()> {
    if !moderates(actor, community.id) {
        return Err(AppError::Forbidden);
    }
    match raw.trim().parse::<i64>() {
        Ok(value) if THRESHOLD_RANGE.contains(&value) => Ok(db.set_report_threshold(community.id, value).await?),
        _ => {
            let mut errors = FormErrors::default();
            let bounds = vec![("min", *THRESHOLD_RANGE.start()), ("max", *THRESHOLD_RANGE.end())];
            errors.add_with("report_threshold", "error-report-threshold", bounds);
            Err(errors.into())
        }
    }
}

//! Comments: threaded a few levels deep, each with a stance; edited and deleted by their
//! authors; supported once per person.

use piazza_domain::{ProposalId, Stance};
use piazza_store::Db;
use piazza_store::comments::{Comment, NewComment};
use piazza_store::processes::{Phase, Process};

use crate::accounts::Actor;
use crate::processes::{Activity, allows};
use crate::proposals::{NotNow, Timely};
use crate::{AppError, AppResult, FormErrors};

/// How deep replies may nest: a comment, a reply, and a reply to the reply.
pub const DEEPEST: i64 = 2;
/// The longest comment, in characters.
pub const LONGEST: usize = 3000;

/// How a thread's top-level comments are ordered; replies always follow their parent in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentOrder {
    Oldest,
    Newest,
    MostSupported,
}

impl CommentOrder {
    pub fn parse(key: &str) -> CommentOrder {
        match key {
            "newest" => CommentOrder::Newest,
            "supported" => CommentOrder::MostSupported,
            _ => CommentOrder::Oldest,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            CommentOrder::Oldest => "oldest",
            CommentOrder::Newest => "newest",
            CommentOrder::MostSupported => "supported",
        }
    }
}

/// Arranges comments into threads: each top-level comment in `order`, followed by its replies
/// (oldest first), depth first.
pub fn threads(mut comments: Vec<Comment>, order: CommentOrder) -> Vec<Comment> {
    let mut roots: Vec<Comment> = Vec::new();
    comments.retain(|comment| {
        if comment.parent_id.is_none() {
            roots.push(comment.clone());
            false
        } else {
            true
        }
    });
    match order {
        CommentOrder::Oldest => roots.sort_by_key(|c| c.id),
        CommentOrder::Newest => roots.sort_by_key(|c| std::cmp::Reverse(c.id)),
        CommentOrder::MostSupported => roots.sort_by_key(|c| (std::cmp::Reverse(c.support_count), c.id)),
    }
    let mut out = Vec::with_capacity(roots.len() + comments.len());
    for root in roots {
        push_with_replies(root, &comments, &mut out);
    }
    out
}

fn push_with_replies(comment: Comment, replies: &[Comment], out: &mut Vec<Comment>) {
    let id = comment.id;
    out.push(comment);
    for reply in replies.iter().filter(|r| r.parent_id == Some(id)) {
        push_with_replies(reply.clone(), replies, out);
    }
}

pub struct CommentForm<'a> {
    pub stance: &'a str,
    pub body: &'a str,
}

pub(crate) fn validate(form: &CommentForm<'_>) -> AppResult<(Stance, String)> {
    let mut errors = FormErrors::default();
    let stance = Stance::parse(form.stance);
    if stance.is_none() {
        errors.add("stance", "error-choose-one");
    }
    let body = errors
        .check("body", piazza_domain::long_text(form.body, LONGEST, "error-comment-required", "error-comment-length"));
    match (stance, body) {
        (Some(stance), Some(body)) if errors.is_empty() => Ok((stance, body)),
        _ => Err(errors.into()),
    }
}

/// Where a comment goes: on a process, or one of its proposals, perhaps in reply to another.
pub struct CommentPlace<'a> {
    pub process: &'a Process,
    pub phases: &'a [Phase],
    /// `None` for a comment on the process itself.
    pub proposal: Option<ProposalId>,
    pub parent: Option<&'a Comment>,
}

/// Comments in `place` while the current phase allows comments.
pub async fn comment(
    db: &Db,
    actor: &Actor,
    place: &CommentPlace<'_>,
    form: &CommentForm<'_>,
    locale: piazza_domain::Locale,
) -> AppResult<Timely<i64>> {
    let CommentPlace { process, phases, proposal, parent } = *place;
    if !allows(phases, Activity::Comment) {
        return Ok(Err(NotNow::PhaseDoesNotAllow(Activity::Comment)));
    }
    if let Err(blocked) = crate::moderation::ensure_not_blocked(db, actor, process.community_id).await? {
        return Ok(Err(blocked));
    }
    // A hidden proposal's discussion is closed with it.
    if let Some(proposal) = proposal
        && db.proposal(proposal).await?.is_none_or(|p| p.hidden)
    {
        return Err(AppError::NotFound);
    }
    let depth = match parent {
        Some(parent) if parent.depth >= DEEPEST => {
            return Err(FormErrors::single("body", "error-reply-too-deep").into());
        }
        Some(parent) if parent.process_id != process.id || parent.proposal_id != proposal.map(|p| p.0) => {
            return Err(AppError::NotFound);
        }
        Some(parent) => parent.depth + 1,
        None => 0,
    };
    let (stance, body) = validate(form)?;
    let id = db
        .create_comment(&NewComment {
            process: process.id,
            proposal,
            parent: parent.map(|p| p.id),
            depth,
            author: actor.id(),
            stance: stance.key(),
            body: &body,
            locale: locale.code(),
            provenance: piazza_store::proposals::Provenance::ONLINE,
        })
        .await?;
    // Whoever takes part in a discussion hears how it goes on.
    match proposal {
        Some(proposal) => db.follow(actor.id(), piazza_domain::FollowTarget::Proposal, proposal.0).await?,
        None => db.follow(actor.id(), piazza_domain::FollowTarget::Process, process.id.0).await?,
    }
    Ok(Ok(id))
}

fn ensure_author(actor: &Actor, comment: &Comment) -> AppResult<()> {
    if comment.author_id == Some(actor.id().0) && comment.deleted_at.is_none() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// The author changes the text; the comment shows that it was edited. A hidden comment keeps
/// the text the moderators judged: it cannot be changed behind their back.
pub async fn edit(db: &Db, actor: &Actor, comment: &Comment, body: &str) -> AppResult<()> {
    ensure_author(actor, comment)?;
    if comment.hidden {
        return Err(AppError::Forbidden);
    }
    let (_, body) = validate(&CommentForm { stance: &comment.stance, body })?;
    if db.edit_comment(comment.id, &body).await? { Ok(()) } else { Err(AppError::NotFound) }
}

/// The author deletes the text; a placeholder keeps the replies readable.
pub async fn delete(db: &Db, actor: &Actor, comment: &Comment) -> AppResult<()> {
    ensure_author(actor, comment)?;
    if db.delete_comment(comment.id).await? { Ok(()) } else { Err(AppError::NotFound) }
}

/// Supports a comment; supporting twice counts once. Deleted comments cannot be supported.
pub async fn support(db: &Db, actor: &Actor, comment: &Comment) -> AppResult<bool> {
    if comment.deleted_at.is_some() || comment.hidden {
        return Err(AppError::NotFound);
    }
    Ok(db.support_comment(comment.id, actor.id()).await?)
}

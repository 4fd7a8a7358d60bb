//! Notifications: what happens to a process or proposal reaches the people who follow it (its
//! authors, commenters and amenders follow it automatically), in the app and, as each person
//! chooses, by mail at once or in a daily digest.

use piazza_domain::{AccountId, EmailFrequency, FollowTarget, NotificationKind};
use piazza_store::Db;
use piazza_store::notifications::{NewNotification, Recipient};

use crate::accounts::Actor;
use crate::{AppError, AppResult};

/// Something that happened, to tell people about.
pub struct Event {
    pub kind: NotificationKind,
    /// The title of the proposal or process it happened to.
    pub title: String,
    /// The page to read more, as a path.
    pub link: String,
    /// Who did it; they are never notified of their own action.
    pub actor: Option<AccountId>,
    pub actor_name: Option<String>,
    /// A state key, an amendment's outcome, or a moderator's reason, by kind.
    pub detail: Option<String>,
}

/// Who hears about an event.
pub enum Audience {
    Followers(FollowTarget, i64),
    People(Vec<AccountId>),
}

/// Writes a notification's mail in its reader's language: a subject and a body.
pub type Compose<'a> = &'a (dyn Fn(&Recipient, &Event) -> (String, String) + Send + Sync);

/// Writes a person's daily digest from their notifications not yet mailed.
pub type ComposeDigest<'a> =
    &'a (dyn Fn(&Recipient, &[piazza_store::notifications::Notification]) -> (String, String) + Send + Sync);

/// Notifies each audience of the event, once per person across all of them: someone already in
/// `told` (say, the author of the comment replied to) is skipped, and everyone told is added.
pub async fn notify(
    db: &Db,
    event: &Event,
    audiences: &[Audience],
    told: &mut Vec<i64>,
    compose: Compose<'_>,
) -> AppResult<usize> {
    let mut recipients: Vec<Recipient> = Vec::new();
    for audience in audiences {
        let found = match audience {
            Audience::Followers(target, id) => db.followers(*target, *id).await?,
            Audience::People(people) => {
                let mut found = Vec::new();
                for person in people {
                    found.extend(db.recipient(*person).await?);
                }
                found
            }
        };
        for recipient in found {
            let is_actor = event.actor.is_some_and(|actor| actor.0 == recipient.account_id);
            if !is_actor && !told.contains(&recipient.account_id) {
                told.push(recipient.account_id);
                recipients.push(recipient);
            }
        }
    }
    let wanting_mail: Vec<i64> = recipients
        .iter()
        .filter(|r| r.email.is_some() && r.email_frequency == EmailFrequency::Immediate.key())
        .map(|r| r.account_id)
        .collect();
    // Mail goes only to people who consented to being contacted; the others still find the
    // notification on the site.
    let consenting = db.consenting_to_contact(&wanting_mail).await?;
    let immediate: Vec<&Recipient> = recipients.iter().filter(|r| consenting.contains(&r.account_id)).collect();
    let ids: Vec<i64> = recipients.iter().map(|r| r.account_id).collect();
    let mailed: Vec<i64> = immediate.iter().map(|r| r.account_id).collect();
    let new = NewNotification {
        kind: event.kind.key(),
        title: &event.title,
        link: &event.link,
        actor: event.actor,
        detail: event.detail.as_deref(),
    };
    db.create_notifications(&new, &ids, &mailed).await?;
    for recipient in immediate {
        let (subject, body) = compose(recipient, event);
        if let Some(email) = &recipient.email {
            db.enqueue_mail(email, &subject, &body).await?;
        }
    }
    Ok(ids.len())
}

pub async fn follow(db: &Db, actor: &Actor, target: FollowTarget, id: i64) -> AppResult<()> {
    Ok(db.follow(actor.id(), target, id).await?)
}

pub async fn unfollow(db: &Db, actor: &Actor, target: FollowTarget, id: i64) -> AppResult<()> {
    Ok(db.unfollow(actor.id(), target, id).await?)
}

pub async fn set_email_frequency(db: &Db, actor: &Actor, frequency: &str) -> AppResult<()> {
    let frequency = EmailFrequency::parse(frequency)
        .ok_or_else(|| AppError::from(crate::FormErrors::single("email_frequency", "error-choose-one")))?;
    Ok(db.set_email_frequency(actor.id(), frequency.key()).await?)
}

/// Queues a daily digest for each person who asked for one and has news, at most once a day.
/// `compose` writes the digest for its reader from their unmailed notifications.
pub async fn send_digests(db: &Db, compose: ComposeDigest<'_>) -> AppResult<usize> {
    let since = piazza_domain::now() - std::time::Duration::from_secs(24 * 3600);
    let mut sent = 0;
    for recipient in db.digest_recipients(since).await? {
        let account = AccountId(recipient.account_id);
        let notifications = db.unmailed_notifications(account).await?;
        let (Some(last), Some(email)) = (notifications.last(), recipient.email.as_deref()) else { continue };
        let (subject, body) = compose(&recipient, &notifications);
        db.queue_digest(account, last.id, email, &subject, &body).await?;
        sent += 1;
    }
    Ok(sent)
}

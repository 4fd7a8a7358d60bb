//! Notifications in words: the sentence each kind of notification reads as, in the reader's
//! language, on the notifications page, in an immediate mail and in the daily digest.

use piazza_app::Db;
use piazza_app::notifications::{Audience, Event, notify};
use piazza_app::records::{Notification, Recipient};
use piazza_domain::{Locale, NotificationKind, ProposalState, RequestStatus};

use crate::context::Ctx;
use crate::errors::PageError;
use crate::i18n::Tr;

/// The sentence a notification reads as.
pub fn describe(tr: &Tr, kind: &str, title: &str, actor_name: Option<&str>, detail: Option<&str>) -> String {
    let Some(kind) = NotificationKind::parse(kind) else {
        return title.to_owned();
    };
    let name = actor_name.map(str::to_owned).unwrap_or_else(|| tr.t("former-participant"));
    let detail = match kind {
        NotificationKind::StateChanged => {
            detail.and_then(ProposalState::parse).map(|state| tr.t(state.message_id())).unwrap_or_default()
        }
        NotificationKind::RequestUpdated => {
            detail.and_then(RequestStatus::parse).map(|status| tr.t(status.message_id())).unwrap_or_default()
        }
        NotificationKind::AmendmentAnswered => match detail {
            Some("accepted") => tr.t("amendment-accepted"),
            _ => tr.t("amendment-rejected"),
        },
        NotificationKind::Hidden => match detail {
            Some(reason) => tr.t_with("hidden-by-moderator", "reason", reason),
            None => tr.t("hidden-pending-review"),
        },
        _ => String::new(),
    };
    tr.t_texts(kind.message_id(), &[("name", &name), ("title", title), ("detail", &detail)])
}

/// Plain-text mail has no use for the invisible isolation marks Fluent puts around placeables.
fn plain(text: String) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

fn reader_tr(recipient: &Recipient, fallback: Locale) -> Tr {
    Tr { locale: recipient.locale.as_deref().and_then(Locale::parse).unwrap_or(fallback) }
}

fn footer(tr: &Tr, base: &str) -> String {
    tr.t_with("notification-mail-footer", "link", format!("{base}/notifications"))
}

/// Tells the audiences about an event, each person in their own language, skipping people in
/// `told` and adding everyone told to it.
pub async fn send(ctx: &Ctx, event: Event, audiences: &[Audience], told: &mut Vec<i64>) -> Result<(), PageError> {
    let base = ctx.state.config.public_url.trim_end_matches('/').to_owned();
    let fallback = ctx.locale();
    let compose = move |recipient: &Recipient, event: &Event| {
        let tr = reader_tr(recipient, fallback);
        let sentence =
            describe(&tr, event.kind.key(), &event.title, event.actor_name.as_deref(), event.detail.as_deref());
        let body = format!(
            "{}\n\n{sentence}\n\n{base}{}\n\n-- \n{}\n",
            tr.t_with("reset-mail-greeting", "name", &recipient.display_name),
            event.link,
            footer(&tr, &base)
        );
        (plain(sentence), plain(body))
    };
    notify(&ctx.state.db, &event, audiences, told, &compose).await?;
    Ok(())
}

/// An event caused by the person making the request.
pub fn event_by(ctx: &Ctx, kind: NotificationKind, title: &str, link: String, detail: Option<String>) -> Event {
    Event {
        kind,
        title: title.to_owned(),
        link,
        actor: ctx.actor.as_ref().map(|actor| actor.id()),
        actor_name: ctx.actor.as_ref().map(|actor| actor.account.display_name.clone()),
        detail,
    }
}

/// Queues the daily digests that are due; run by a background worker.
pub async fn send_digests(db: &Db, public_url: &str) -> piazza_app::AppResult<usize> {
    let base = public_url.trim_end_matches('/').to_owned();
    let compose = move |recipient: &Recipient, notifications: &[Notification]| {
        let tr = reader_tr(recipient, Locale::En);
        let mut body = format!("{}\n\n", tr.t_with("reset-mail-greeting", "name", &recipient.display_name));
        for notification in notifications {
            let sentence = describe(
                &tr,
                &notification.kind,
                &notification.title,
                notification.actor_name.as_deref(),
                notification.detail.as_deref(),
            );
            body.push_str(&format!("- {sentence}\n  {base}{}\n\n", notification.link));
        }
        body.push_str(&format!("-- \n{}\n", footer(&tr, &base)));
        (plain(tr.t_count("digest-mail-subject", notifications.len())), plain(body))
    };
    piazza_app::notifications::send_digests(db, &compose).await
}

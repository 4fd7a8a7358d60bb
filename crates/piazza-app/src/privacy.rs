//! How long personal data is kept, and the job that forgets it when its time is up.

use piazza_store::Db;
use time::{Duration, OffsetDateTime};

use crate::AppResult;

/// How long, in days, kinds of personal data that are not part of the public record are kept.
/// Operators set them in the configuration file's `[retention]` table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Retention {
    /// Mail sent to people: the message and the address it went to.
    pub sent_mail_days: u32,
    /// Notifications in people's inboxes, read or not.
    pub notifications_days: u32,
    /// What people said they need to attend a meeting (access, language, care), after it ended.
    pub meeting_needs_days: u32,
}

impl Default for Retention {
    fn default() -> Self {
        Retention { sent_mail_days: 30, notifications_days: 365, meeting_needs_days: 30 }
    }
}

/// What one run of the retention job removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Forgotten {
    pub mails: u64,
    pub notifications: u64,
    pub meeting_needs: u64,
}

/// Removes what has been kept longer than `retention` allows, as of `now`.
pub async fn enforce(db: &Db, retention: &Retention, now: OffsetDateTime) -> AppResult<Forgotten> {
    let before = |days: u32| now - Duration::days(i64::from(days));
    Ok(Forgotten {
        mails: db.forget_sent_mail(before(retention.sent_mail_days)).await?,
        notifications: db.forget_notifications(before(retention.notifications_days)).await?,
        meeting_needs: db.forget_meeting_needs(before(retention.meeting_needs_days)).await?,
    })
}

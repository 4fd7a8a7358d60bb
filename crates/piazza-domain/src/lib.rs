//! Piazza's types and rules.
//!
//! This crate does no I/O and knows nothing of SQL or HTTP. Values that arrive from people are
//! parsed here into types that cannot hold an invalid value, so that everything downstream may
//! rely on them. Errors carry a message id from the locale files rather than English text, so that
//! the web layer can show them in the reader's language.

mod community;
pub mod diff;
mod locale;
pub mod representation;
mod text;

pub use community::{
    AgeBand, AttributeType, BallotStyle, Category, CommunityKind, ConsentChannel, ConsentPurpose, ContentKind,
    ContributionChannel, CostBand, CountingRule, DisplayPreference, EmailFrequency, FollowTarget, Gender, HelixRole,
    MeetingAccess, MeetingFormat, ModerationAction, ModerationState, NotificationKind, PhaseKind, PopulationBand,
    ProposalState, ReportChannel, ReportReason, RequestStatus, ResultStatus, Role, SettlementType, Stance, TargetGroup,
};
pub use locale::Locale;
pub use text::{DisplayName, Email, Password, Slug, Username, long_text, name, single_line, title};

/// A reason why a value typed by a person was refused, named by its message id in the locale
/// files. The web layer translates it and shows it beside the field that caused it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{message_id}")]
pub struct Invalid {
    pub message_id: &'static str,
}

impl Invalid {
    pub const fn new(message_id: &'static str) -> Self {
        Self { message_id }
    }
}

macro_rules! id_type {
    ($($(#[$meta:meta])* $name:ident),* $(,)?) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl From<i64> for $name {
            fn from(value: i64) -> Self {
                Self(value)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    )*};
}

id_type!(
    /// A person's account.
    AccountId,
    /// A community: a municipality, a neighbourhood, a rural community or a region.
    CommunityId,
    /// A stakeholder organisation.
    OrganisationId,
    /// A participatory process.
    ProcessId,
    /// A proposal made in a process.
    ProposalId,
);

/// The current time, truncated to whole microseconds so that both databases store it alike
/// (SQLite would keep nanoseconds, PostgreSQL keeps microseconds).
pub fn now() -> time::OffsetDateTime {
    truncate_to_micros(time::OffsetDateTime::now_utc())
}

pub fn truncate_to_micros(at: time::OffsetDateTime) -> time::OffsetDateTime {
    let micros = at.microsecond();
    at.replace_microsecond(micros).expect("a microsecond taken from a valid time is valid")
}

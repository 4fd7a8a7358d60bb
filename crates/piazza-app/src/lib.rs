//! Piazza's use cases: what happens, and who may do it, when a person acts.
//!
//! Each public function here is one thing a person or the system does. It checks permission,
//! validates input into domain types, and calls the store. Handlers call exactly one of them.

pub mod accountability;
pub mod accounts;
pub mod amendments;
pub mod assisted;
pub mod barriers;
pub mod budgets;
pub mod cases;
pub mod coauthors;
pub mod comments;
pub mod communities;
pub mod consents;
pub mod demo;
pub mod eligibility;
pub mod links;
pub mod mail;
pub mod meetings;
pub mod moderation;
pub mod notifications;
pub mod organisations;
pub mod privacy;
pub mod processes;
pub mod proposals;
pub mod representation;
pub mod security;
pub mod service_requests;

pub use piazza_store::{Db, StoreError};

/// The records use cases return, for the pages to show. They carry data only; no SQL.
/// Open data: the public resources the read API serves.
pub mod open_data {
    pub use piazza_store::open_data::{Bounds, Extent, Field, Kind, OpenFilter, RESOURCES, Resource, Value};
}

pub mod records {
    pub use piazza_store::accountability::{ResultUpdate, TrackedResult};
    pub use piazza_store::accounts::Account;
    pub use piazza_store::amendments::Amendment;
    pub use piazza_store::barriers::BarrierReport;
    pub use piazza_store::budgets::{Budget, BudgetProject, Cast};
    pub use piazza_store::cases::{Case, CaseFilter, CaseOutcome, CasePartner, CaseText, Replica};
    pub use piazza_store::coauthors::Coauthor;
    pub use piazza_store::comments::Comment;
    pub use piazza_store::communities::{Community, CommunityText, RoleGrant};
    pub use piazza_store::consents::ConsentRecord;
    pub use piazza_store::eligibility::{CensusList, VoterDetails};
    pub use piazza_store::links::{CoRunner, Participation, PeerAnswer, PeerQuestion, Twinning};
    pub use piazza_store::meetings::{Meeting, Place, Registrant};
    pub use piazza_store::moderation::{Block, LogEntry, ModerationCase, QueueEntry, Report, ReportOutcome};
    pub use piazza_store::neighbourhoods::Neighbourhood;
    pub use piazza_store::notifications::{Notification, Recipient};
    pub use piazza_store::organisations::{Member, Organisation};
    pub use piazza_store::personal_data::DataSection;
    pub use piazza_store::processes::{Phase, Process};
    pub use piazza_store::proposals::{
        Proposal, ProposalFilter, ProposalOrder, ProposalVersion, StateChange, SupportOutcome,
    };
    pub use piazza_store::representation::DemographicQuestion;
    pub use piazza_store::search::{MOST_COUNTED, SearchHit, SearchQuery, query_words};
    pub use piazza_store::service_requests::{
        Rated, Rating, RatingFact, RequestFact, RequestFilter, RequestUpdate, RequestValue, ServiceAttribute,
        ServiceRequest, ServiceType,
    };
    pub use piazza_store::submissions::Earlier;
}

/// The errors of a submitted form, each tied to the field that caused it and named by a
/// message id, so that the page can show them beside the fields in the reader's language.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FormErrors {
    pub fields: Vec<FieldError>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The form field's name, which is also the id of its input.
    pub field: std::borrow::Cow<'static, str>,
    pub message_id: &'static str,
    /// Values for the message's placeables, such as a number of minutes.
    pub arguments: Vec<(&'static str, i64)>,
}

impl FormErrors {
    pub fn add(&mut self, field: impl Into<std::borrow::Cow<'static, str>>, message_id: &'static str) {
        self.fields.push(FieldError { field: field.into(), message_id, arguments: Vec::new() });
    }

    pub fn add_with(
        &mut self,
        field: impl Into<std::borrow::Cow<'static, str>>,
        message_id: &'static str,
        arguments: Vec<(&'static str, i64)>,
    ) {
        self.fields.push(FieldError { field: field.into(), message_id, arguments });
    }

    /// Keeps the parsed value, or records why it was refused.
    pub fn check<T>(&mut self, field: &'static str, parsed: Result<T, piazza_domain::Invalid>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(invalid) => {
                self.add(field, invalid.message_id);
                None
            }
        }
    }

    pub fn single(field: &'static str, message_id: &'static str) -> Self {
        let mut errors = Self::default();
        errors.add(field, message_id);
        errors
    }

    pub fn single_with(field: &'static str, message_id: &'static str, arguments: Vec<(&'static str, i64)>) -> Self {
        let mut errors = Self::default();
        errors.add_with(field, message_id, arguments);
        errors
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    pub fn for_field(&self, field: &str) -> Option<&FieldError> {
        self.fields.iter().find(|error| error.field == field)
    }
}

/// Why a use case did not happen.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The input was refused; the form comes back with these errors.
    #[error("invalid input")]
    Invalid(FormErrors),
    /// The person is not signed in, or may not do this.
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Internal(String),
}

impl From<FormErrors> for AppError {
    fn from(errors: FormErrors) -> Self {
        AppError::Invalid(errors)
    }
}

pub type AppResult<T> = Result<T, AppError>;

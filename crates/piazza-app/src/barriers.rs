//! Reporting accessibility barriers: anyone may, from the accessibility statement; the
//! administrators of the community concerned (or of the instance) read the reports.

use piazza_store::Db;
use piazza_store::barriers::{BarrierReport, NewBarrierReport};
use piazza_store::communities::Community;

use crate::accounts::Actor;
use crate::{AppError, AppResult, FormErrors};

#[derive(Debug, Clone, Default)]
pub struct BarrierForm {
    pub page: String,
    pub description: String,
    /// The slug of the community concerned, or empty.
    pub community: String,
    pub contact: String,
}

pub async fn report(db: &Db, actor: Option<&Actor>, form: &BarrierForm) -> AppResult<i64> {
    let mut errors = FormErrors::default();
    let page = form.page.trim();
    if page.chars().count() > 500 || page.chars().any(char::is_control) {
        errors.add("page", "error-barrier-page");
    }
    let description = errors.check(
        "description",
        piazza_domain::long_text(
            &form.description,
            4000,
            "error-barrier-description-required",
            "error-description-length",
        ),
    );
    let community = match form.community.trim() {
        "" => None,
        slug => match db.community_by_slug(slug).await? {
            Some(community) => Some(community.id),
            None => {
                errors.add("community", "error-choose-one");
                None
            }
        },
    };
    let contact = form.contact.trim();
    if contact.chars().count() > 200 || contact.chars().any(char::is_control) {
        errors.add("contact", "error-barrier-contact");
    }
    let (Some(description), true) = (description, errors.is_empty()) else {
        return Err(errors.into());
    };
    Ok(db
        .report_barrier(&NewBarrierReport {
            community,
            page,
            description: &description,
            contact: (!contact.is_empty()).then_some(contact),
            reported_by: actor.map(Actor::id),
        })
        .await?)
}

/// The reports about a community, for its administrators.
pub async fn reports_for(db: &Db, actor: &Actor, community: &Community) -> AppResult<Vec<BarrierReport>> {
    if !actor.administers(community.id) {
        return Err(AppError::Forbidden);
    }
    Ok(db.barrier_reports(Some(community.id)).await?)
}

//! Stakeholder organisations: anyone signed in may register one and becomes its manager;
//! managers add and remove members.

use piazza_domain::{HelixRole, Locale, Slug};
use piazza_store::organisations::{Organisation, OrganisationFields};
use piazza_store::{Db, StoreError};

use crate::accounts::Actor;
use crate::{AppError, AppResult, FormErrors};

#[derive(Debug, Clone, Default)]
pub struct OrganisationForm {
    pub name: String,
    pub slug: String,
    pub helix_role: String,
    pub community: String,
    pub description: String,
    pub website: String,
}

pub async fn create_organisation(
    db: &Db,
    actor: &Actor,
    form: &OrganisationForm,
    locale: Locale,
) -> AppResult<Organisation> {
    let mut errors = FormErrors::default();
    let name = errors.check("name", piazza_domain::name(&form.name, 120));
    let slug = errors.check("slug", Slug::parse(&form.slug));
    if let Some(slug) = &slug
        && db.organisation_by_slug(slug.as_str()).await?.is_some()
    {
        errors.add("slug", "error-slug-taken");
    }
    let helix_role = HelixRole::parse(&form.helix_role);
    if helix_role.is_none() {
        errors.add("helix_role", "error-choose-one");
    }
    let community = if form.community.trim().is_empty() {
        None
    } else {
        let found = db.community_by_slug(form.community.trim()).await?;
        if found.is_none() {
            errors.add("community", "error-community-unknown");
        }
        found.map(|c| c.id)
    };
    let description = form.description.trim();
    if description.chars().count() > 2000 {
        errors.add("description", "error-description-length");
    }
    let website = form.website.trim();
    let website_ok = website.is_empty() || website.starts_with("https://") || website.starts_with("http://");
    if !website_ok {
        errors.add("website", "error-website-invalid");
    }
    let (Some(name), Some(slug), Some(helix_role), true) = (name, slug, helix_role, errors.is_empty()) else {
        return Err(errors.into());
    };
    let fields = OrganisationFields {
        slug: slug.as_str(),
        name: &name,
        helix_role: helix_role.key(),
        community,
        description,
        description_locale: locale.code(),
        website: (!website.is_empty()).then_some(website),
    };
    match db.create_organisation(&fields, actor.id()).await {
        Ok(_) => db.organisation_by_slug(slug.as_str()).await?.ok_or(AppError::NotFound),
        Err(StoreError::Conflict) => Err(FormErrors::single("slug", "error-slug-taken").into()),
        Err(error) => Err(error.into()),
    }
}

async fn ensure_manager(db: &Db, actor: &Actor, organisation: &Organisation) -> AppResult<()> {
    if actor.is_instance_admin() {
        return Ok(());
    }
    let members = db.members(organisation.id).await?;
    if members.iter().any(|m| m.account_id == actor.id() && m.is_manager) { Ok(()) } else { Err(AppError::Forbidden) }
}

pub async fn add_member(db: &Db, actor: &Actor, organisation: &Organisation, username: &str) -> AppResult<()> {
    ensure_manager(db, actor, organisation).await?;
    let Some(account) = db.account_by_username(&username.trim().to_lowercase()).await? else {
        return Err(FormErrors::single("username", "error-account-unknown").into());
    };
    match db.add_member(organisation.id, account.id, false).await {
        Ok(()) => Ok(()),
        Err(StoreError::Conflict) => Err(FormErrors::single("username", "error-already-member").into()),
        Err(error) => Err(error.into()),
    }
}

pub async fn remove_member(
    db: &Db,
    actor: &Actor,
    organisation: &Organisation,
    member: piazza_domain::AccountId,
) -> AppResult<()> {
    ensure_manager(db, actor, organisation).await?;
    let members = db.members(organisation.id).await?;
    let managers = members.iter().filter(|m| m.is_manager).count();
    let removing_last_manager = members.iter().any(|m| m.account_id == member && m.is_manager) && managers == 1;
    if removing_last_manager {
        // An organisation without a manager could never be looked after again.
        return Err(FormErrors::single("member", "error-last-manager").into());
    }
    if db.remove_member(organisation.id, member).await? { Ok(()) } else { Err(AppError::NotFound) }
}

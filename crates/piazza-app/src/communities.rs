//! Creating and configuring communities, and granting the roles people hold in them.

use piazza_domain::{CommunityId, CommunityKind, Locale, Role, SettlementType, Slug};
use piazza_store::communities::{Community, CommunityFields};
use piazza_store::{Db, StoreError};

use crate::accounts::Actor;
use crate::{AppError, AppResult, FormErrors};

/// A community form as submitted.
#[derive(Debug, Clone, Default)]
pub struct CommunityForm {
    pub name: String,
    pub slug: String,
    pub kind: String,
    pub settlement_type: String,
    pub population: String,
    pub parent: String,
    pub default_locale: String,
    pub offered_locales: Vec<String>,
    pub tagline: String,
    pub description: String,
}

struct ValidCommunity {
    name: String,
    slug: Slug,
    kind: CommunityKind,
    settlement_type: SettlementType,
    population: Option<i64>,
    parent: Option<CommunityId>,
    default_locale: Locale,
    offered_locales: Vec<Locale>,
}

async fn validate(db: &Db, form: &CommunityForm, editing: Option<CommunityId>) -> AppResult<ValidCommunity> {
    let mut errors = FormErrors::default();
    let name = errors.check("name", piazza_domain::name(&form.name, 100));
    let slug = errors.check("slug", Slug::parse(&form.slug));
    if let Some(slug) = &slug
        && let Some(existing) = db.community_by_slug(slug.as_str()).await?
        && Some(existing.id) != editing
    {
        errors.add("slug", "error-slug-taken");
    }
    let kind = CommunityKind::parse(&form.kind);
    if kind.is_none() {
        errors.add("kind", "error-choose-one");
    }
    let settlement_type = SettlementType::parse(&form.settlement_type);
    if settlement_type.is_none() {
        errors.add("settlement_type", "error-choose-one");
    }
    // Digits may come in any script a reader uses: Arabic-Indic digits count as well.
    let population_digits: String = form
        .population
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '.' | ' ' | '_' | '\u{066C}' | '\u{066B}'))
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            other => other,
        })
        .collect();
    let population = match population_digits {
        digits if digits.is_empty() => Some(None),
        digits => match digits.parse::<i64>() {
            Ok(value) if (0..=100_000_000).contains(&value) => Some(Some(value)),
            _ => {
                errors.add("population", "error-population-invalid");
                None
            }
        },
    };
    let parent = if form.parent.trim().is_empty() {
        Some(None)
    } else {
        match db.community_by_slug(form.parent.trim()).await? {
            Some(parent) if Some(parent.id) == editing => {
                errors.add("parent", "error-parent-self");
                None
            }
            Some(parent) if parent.kind != CommunityKind::Region.key() => {
                errors.add("parent", "error-parent-not-region");
                None
            }
            Some(parent) => Some(Some(parent.id)),
            None => {
                errors.add("parent", "error-community-unknown");
                None
            }
        }
    };
    let default_locale = Locale::parse(&form.default_locale);
    if default_locale.is_none() {
        errors.add("default_locale", "error-choose-one");
    }
    let mut offered_locales: Vec<Locale> = form.offered_locales.iter().filter_map(|code| Locale::parse(code)).collect();
    if let Some(default) = default_locale {
        offered_locales.retain(|locale| *locale != default);
        offered_locales.insert(0, default);
    }
    match (name, slug, kind, settlement_type, population, parent, default_locale) {
        (
            Some(name),
            Some(slug),
            Some(kind),
            Some(settlement_type),
            Some(population),
            Some(parent),
            Some(default_locale),
        ) if errors.is_empty() => Ok(ValidCommunity {
            name,
            slug,
            kind,
            settlement_type,
            population,
            parent,
            default_locale,
            offered_locales,
        }),
        _ => Err(errors.into()),
    }
}

fn fields<'a>(valid: &'a ValidCommunity, offered: &'a str) -> CommunityFields<'a> {
    CommunityFields {
        slug: valid.slug.as_str(),
        name: &valid.name,
        kind: valid.kind.key(),
        settlement_type: valid.settlement_type.key(),
        population: valid.population,
        parent: valid.parent,
        default_locale: valid.default_locale.code(),
        offered_locales: offered,
    }
}

fn offered_codes(valid: &ValidCommunity) -> String {
    valid.offered_locales.iter().map(|l| l.code()).collect::<Vec<_>>().join(",")
}

/// Creates a community; only an instance administrator may.
pub async fn create_community(db: &Db, actor: &Actor, form: &CommunityForm) -> AppResult<Community> {
    if !actor.is_instance_admin() {
        return Err(AppError::Forbidden);
    }
    let valid = validate(db, form, None).await?;
    let offered = offered_codes(&valid);
    let id = match db.create_community(&fields(&valid, &offered)).await {
        Ok(id) => id,
        Err(StoreError::Conflict) => return Err(FormErrors::single("slug", "error-slug-taken").into()),
        Err(error) => return Err(error.into()),
    };
    put_text(db, id, valid.default_locale, form).await?;
    db.community(id).await?.ok_or(AppError::NotFound)
}

/// Updates a community's settings and its text in the language of the form.
pub async fn update_community(
    db: &Db,
    actor: &Actor,
    community: &Community,
    form: &CommunityForm,
    text_locale: Locale,
) -> AppResult<Community> {
    if !actor.administers(community.id) {
        return Err(AppError::Forbidden);
    }
    let valid = validate(db, form, Some(community.id)).await?;
    let offered = offered_codes(&valid);
    match db.update_community(community.id, &fields(&valid, &offered)).await {
        Ok(()) => {}
        Err(StoreError::Conflict) => return Err(FormErrors::single("slug", "error-slug-taken").into()),
        Err(error) => return Err(error.into()),
    }
    put_text(db, community.id, text_locale, form).await?;
    db.community(community.id).await?.ok_or(AppError::NotFound)
}

async fn put_text(db: &Db, id: CommunityId, locale: Locale, form: &CommunityForm) -> AppResult<()> {
    let tagline = form.tagline.trim();
    let description = form.description.trim();
    if !tagline.is_empty() || !description.is_empty() {
        db.put_community_text(id, locale.code(), tagline, description).await?;
    }
    Ok(())
}

/// Grants a role in a community to the account with `username`.
pub async fn grant_role(db: &Db, actor: &Actor, community: &Community, username: &str, role: &str) -> AppResult<()> {
    if !actor.administers(community.id) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FormErrors::default();
    let role = Role::parse(role);
    if role.is_none() {
        errors.add("role", "error-choose-one");
    }
    let account = db.account_by_username(&username.trim().to_lowercase()).await?;
    if account.is_none() {
        errors.add("username", "error-account-unknown");
    }
    let (Some(role), Some(account)) = (role, account) else {
        return Err(errors.into());
    };
    match db.grant_role(community.id, account.id, role.key(), Some(actor.id())).await {
        Ok(_) => Ok(()),
        Err(StoreError::Conflict) => Err(FormErrors::single("username", "error-role-already-held").into()),
        Err(error) => Err(error.into()),
    }
}

pub async fn revoke_role(db: &Db, actor: &Actor, community: &Community, grant_id: i64) -> AppResult<()> {
    if !actor.administers(community.id) {
        return Err(AppError::Forbidden);
    }
    if db.revoke_role(community.id, grant_id, actor.id()).await? { Ok(()) } else { Err(AppError::NotFound) }
}

/// An administrator adds a neighbourhood, which processes can then be about and proposals be in.
pub async fn add_neighbourhood(db: &Db, actor: &Actor, community: &Community, name: &str) -> AppResult<i64> {
    if !actor.administers(community.id) {
        return Err(AppError::Forbidden);
    }
    let name = piazza_domain::name(name, 80).map_err(|invalid| FormErrors::single("name", invalid.message_id))?;
    match db.add_neighbourhood(community.id, &name).await {
        Ok(id) => Ok(id),
        Err(StoreError::Conflict) => Err(FormErrors::single("name", "error-neighbourhood-exists").into()),
        Err(error) => Err(error.into()),
    }
}

//! Registering, signing in and out, and looking after one's account.

use std::time::Duration;

use piazza_domain::{AccountId, DisplayName, Email, Locale, Password, Username};
use piazza_store::accounts::{Account, NewAccount};
use piazza_store::communities::RoleGrant;
use piazza_store::{Db, StoreError};

use crate::security::{hash_password, new_token, spend_verification_time, token_hash, verify_password};
use crate::{AppError, AppResult, FormErrors};

/// How long a session lasts without signing in again.
pub const SESSION_LIFETIME: Duration = Duration::from_secs(30 * 24 * 3600);
/// How long a password-reset link works.
pub const RESET_LIFETIME: Duration = Duration::from_secs(3600);

/// The window over which failed sign-ins are counted.
const FAILURE_WINDOW: Duration = Duration::from_secs(15 * 60);
/// Failures allowed for one account, then for one address, before each further attempt waits.
const ACCOUNT_FAILURES_ALLOWED: i64 = 5;
const ADDRESS_FAILURES_ALLOWED: i64 = 20;
/// The first wait after the allowance is used up; each further failure doubles it.
const FIRST_WAIT: Duration = Duration::from_secs(30);
const LONGEST_WAIT: Duration = Duration::from_secs(15 * 60);

/// The person behind a request: their account and the roles they hold now.
#[derive(Debug, Clone)]
pub struct Actor {
    pub account: Account,
    pub roles: Vec<RoleGrant>,
    /// The processes of other communities this person accepted to co-run as a facilitator of a
    /// twinned community.
    pub co_runs: Vec<piazza_domain::ProcessId>,
    /// The hash of the session token, so that a password change can keep this session.
    pub session_hash: String,
}

impl Actor {
    pub fn id(&self) -> AccountId {
        self.account.id
    }

    pub fn is_instance_admin(&self) -> bool {
        self.account.is_instance_admin
    }

    pub fn has_role(&self, community: piazza_domain::CommunityId, role: piazza_domain::Role) -> bool {
        self.roles.iter().any(|grant| grant.community_id == community.0 && grant.role == role.key())
    }

    pub fn co_runs(&self, process: piazza_domain::ProcessId) -> bool {
        self.co_runs.contains(&process)
    }

    /// Whether this person may configure a community and grant roles in it.
    pub fn administers(&self, community: piazza_domain::CommunityId) -> bool {
        self.is_instance_admin() || self.has_role(community, piazza_domain::Role::Administrator)
    }
}

pub struct Registration<'a> {
    pub username: &'a str,
    pub display_name: &'a str,
    pub email: &'a str,
    pub password: &'a str,
    pub password_confirmation: &'a str,
    pub community_slug: &'a str,
    pub locale: Locale,
    /// The purposes besides taking part that the person ticked (contact, demographics, research).
    pub consents: Vec<String>,
}

/// Creates an account and returns a new session token for it. Creating an account is consenting
/// to taking part, under the notice the form shows; the other purposes are the person's choice.
pub async fn register(db: &Db, registration: &Registration<'_>) -> AppResult<(AccountId, String)> {
    let mut errors = FormErrors::default();
    let username = errors.check("username", Username::parse(registration.username));
    let display_name = if registration.display_name.trim().is_empty() {
        // A display name is optional at registration: the username stands in for it.
        username.as_ref().map(|u| DisplayName::parse(u.as_str()).expect("a username is a valid display name"))
    } else {
        errors.check("display_name", DisplayName::parse(registration.display_name))
    };
    let email = errors.check("email", Email::parse_optional(registration.email));
    let password = new_password(&mut errors, registration.password, registration.password_confirmation);
    let community = find_optional_community(db, registration.community_slug, &mut errors).await?;
    if let Some(username) = &username
        && db.account_by_username(username.as_str()).await?.is_some()
    {
        errors.add("username", "error-username-taken");
    }
    let (Some(username), Some(display_name), Some(email), Some(password)) = (username, display_name, email, password)
    else {
        return Err(errors.into());
    };
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let password_hash = hash_password(password.expose()).await?;
    let account = NewAccount {
        username: username.as_str(),
        display_name: display_name.as_str(),
        email: email.as_ref().map(Email::as_str),
        password_hash: &password_hash,
        locale: Some(registration.locale.code()),
        home_community: community,
        is_instance_admin: false,
    };
    let id = match db.create_account(&account).await {
        Ok(id) => id,
        // Someone took the name between the check above and now.
        Err(StoreError::Conflict) => return Err(FormErrors::single("username", "error-username-taken").into()),
        Err(error) => return Err(error.into()),
    };
    let chosen: Vec<piazza_domain::ConsentPurpose> = piazza_domain::ConsentPurpose::ALL
        .iter()
        .copied()
        .filter(|purpose| {
            *purpose == piazza_domain::ConsentPurpose::TakingPart
                || registration.consents.iter().any(|key| key == purpose.key())
        })
        .collect();
    crate::consents::grant_online(db, id, &chosen).await?;
    let token = start_session(db, id).await?;
    Ok((id, token))
}

/// Checks a new password and that it was typed the same twice.
fn new_password(errors: &mut FormErrors, new: &str, confirmation: &str) -> Option<Password> {
    let password = errors.check("password", Password::parse(new));
    if password.is_some() && new != confirmation {
        errors.add("password_confirmation", "error-password-mismatch");
    }
    password
}

async fn find_optional_community(
    db: &Db,
    slug: &str,
    errors: &mut FormErrors,
) -> AppResult<Option<piazza_domain::CommunityId>> {
    if slug.trim().is_empty() {
        return Ok(None);
    }
    match db.community_by_slug(slug.trim()).await? {
        Some(community) => Ok(Some(community.id)),
        None => {
            errors.add("community", "error-community-unknown");
            Ok(None)
        }
    }
}

/// Starts a session and returns the token for the cookie. Each sign-in gets a new token, so a
/// token planted before signing in is worthless afterwards.
pub async fn start_session(db: &Db, account: AccountId) -> AppResult<String> {
    let token = new_token();
    db.create_session(&token_hash(&token), account, piazza_domain::now() + SESSION_LIFETIME).await?;
    Ok(token)
}

/// The person signed in with a session token, if the session is valid.
pub async fn actor_for_session(db: &Db, token: &str) -> AppResult<Option<Actor>> {
    let session_hash = token_hash(token);
    let Some(id) = db.session_account(&session_hash).await? else {
        return Ok(None);
    };
    let Some(account) = db.account(id).await? else {
        return Ok(None);
    };
    let roles = db.active_roles_of(id).await?;
    let co_runs = db.co_run_processes(id).await?;
    Ok(Some(Actor { account, roles, co_runs, session_hash }))
}

pub async fn sign_out(db: &Db, actor: &Actor) -> AppResult<()> {
    db.delete_session(&actor.session_hash).await?;
    Ok(())
}

/// Checks a username and password and returns a new session token. Repeated failures for one
/// account or from one address make each further attempt wait, longer every time, and the
/// wait is enforced before the password is even checked.
pub async fn sign_in(db: &Db, username: &str, password: &str, client_address: &str) -> AppResult<(AccountId, String)> {
    let normalised = username.trim().to_lowercase();
    if normalised.is_empty() || password.is_empty() {
        let mut errors = FormErrors::default();
        if normalised.is_empty() {
            errors.add("username", "error-username-required");
        }
        if password.is_empty() {
            errors.add("password", "error-password-required");
        }
        return Err(errors.into());
    }
    let account_key = format!("account:{normalised}");
    let address_key = format!("address:{client_address}");
    let wait = required_wait(db, &account_key, ACCOUNT_FAILURES_ALLOWED)
        .await?
        .max(required_wait(db, &address_key, ADDRESS_FAILURES_ALLOWED).await?);
    if !wait.is_zero() {
        let minutes = wait.as_secs().div_ceil(60).max(1) as i64;
        let mut errors = FormErrors::default();
        errors.add_with("username", "error-sign-in-throttled", vec![("minutes", minutes)]);
        return Err(errors.into());
    }
    let account = db.account_by_username(&normalised).await?;
    let verified = match &account {
        Some(account) => verify_password(&account.password_hash, password).await,
        None => {
            spend_verification_time(password).await;
            false
        }
    };
    match account {
        Some(account) if verified => {
            db.clear_sign_in_failures(&account_key).await?;
            let token = start_session(db, account.id).await?;
            Ok((account.id, token))
        }
        _ => {
            db.record_sign_in_failure(&account_key).await?;
            db.record_sign_in_failure(&address_key).await?;
            Err(FormErrors::single("password", "error-sign-in-failed").into())
        }
    }
}

async fn required_wait(db: &Db, key: &str, allowed: i64) -> AppResult<Duration> {
    let now = piazza_domain::now();
    let (failures, latest) = db.sign_in_failures_since(key, now - FAILURE_WINDOW).await?;
    let (Some(latest), true) = (latest, failures >= allowed) else {
        return Ok(Duration::ZERO);
    };
    let doublings = (failures - allowed).min(10) as u32;
    let wait = (FIRST_WAIT * 2u32.pow(doublings)).min(LONGEST_WAIT);
    let elapsed: Duration = (now - latest).try_into().unwrap_or(Duration::ZERO);
    Ok(wait.saturating_sub(elapsed))
}

pub struct ProfileChange<'a> {
    pub display_name: &'a str,
    pub email: &'a str,
    pub community_slug: &'a str,
}

pub async fn update_profile(db: &Db, actor: &Actor, change: &ProfileChange<'_>) -> AppResult<()> {
    let mut errors = FormErrors::default();
    let display_name = errors.check("display_name", DisplayName::parse(change.display_name));
    let email = errors.check("email", Email::parse_optional(change.email));
    let community = find_optional_community(db, change.community_slug, &mut errors).await?;
    let (Some(display_name), Some(email)) = (display_name, email) else {
        return Err(errors.into());
    };
    if !errors.is_empty() {
        return Err(errors.into());
    }
    db.update_profile(actor.id(), display_name.as_str(), email.as_ref().map(Email::as_str), community).await?;
    Ok(())
}

pub async fn change_password(db: &Db, actor: &Actor, current: &str, new: &str, confirmation: &str) -> AppResult<()> {
    let mut errors = FormErrors::default();
    if !verify_password(&actor.account.password_hash, current).await {
        errors.add("current_password", "error-current-password-wrong");
    }
    let password = new_password(&mut errors, new, confirmation);
    let (Some(password), true) = (password, errors.is_empty()) else {
        return Err(errors.into());
    };
    let hash = hash_password(password.expose()).await?;
    db.change_password(actor.id(), &hash, Some(&actor.session_hash)).await?;
    Ok(())
}

/// Sends a reset link to every account registered with this address or username that has an
/// email. It says nothing of whether any did, so that it cannot be used to find out who has an
/// account; `compose` writes the message in the account's language given the link.
pub async fn request_password_reset(
    db: &Db,
    username_or_email: &str,
    compose: impl Fn(&Account, &str) -> (String, String),
) -> AppResult<()> {
    let wanted = username_or_email.trim();
    if wanted.is_empty() {
        return Err(FormErrors::single("username_or_email", "error-reset-target-required").into());
    }
    let mut accounts = db.accounts_by_email(wanted).await?;
    if accounts.is_empty()
        && let Some(account) = db.account_by_username(&wanted.to_lowercase()).await?
    {
        accounts.push(account);
    }
    for account in accounts {
        let Some(email) = account.email.clone() else { continue };
        let token = new_token();
        db.create_password_reset(account.id, &token_hash(&token), piazza_domain::now() + RESET_LIFETIME).await?;
        let (subject, body) = compose(&account, &token);
        db.enqueue_mail(&email, &subject, &body).await?;
    }
    Ok(())
}

/// Whether a reset link can still be used, to decide which page to show.
pub async fn reset_link_is_valid(db: &Db, token: &str) -> AppResult<bool> {
    Ok(db.valid_password_reset(&token_hash(token)).await?.is_some())
}

/// Sets a new password through a reset link, ends every session, and starts a new one.
pub async fn reset_password(db: &Db, token: &str, new: &str, confirmation: &str) -> AppResult<String> {
    let mut errors = FormErrors::default();
    let password = new_password(&mut errors, new, confirmation);
    let (Some(password), true) = (password, errors.is_empty()) else {
        return Err(errors.into());
    };
    let hash = hash_password(password.expose()).await?;
    let Some(account) = db.reset_password(&token_hash(token), &hash).await? else {
        return Err(AppError::NotFound);
    };
    start_session(db, account).await
}

pub async fn set_locale(db: &Db, actor: &Actor, locale: Locale) -> AppResult<()> {
    db.set_account_locale(actor.id(), locale.code()).await?;
    Ok(())
}

/// Creates an instance administrator from the command line, or makes an existing account one.
pub async fn create_instance_admin(
    db: &Db,
    username: &str,
    display_name: &str,
    password: &str,
) -> AppResult<AccountId> {
    let mut errors = FormErrors::default();
    let username = errors.check("username", Username::parse(username));
    let display_name = errors.check("display_name", DisplayName::parse(display_name));
    let password = errors.check("password", Password::parse(password));
    let (Some(username), Some(display_name), Some(password)) = (username, display_name, password) else {
        return Err(errors.into());
    };
    let hash = hash_password(password.expose()).await?;
    if let Some(existing) = db.account_by_username(username.as_str()).await? {
        db.set_instance_admin(existing.id, true).await?;
        db.change_password(existing.id, &hash, None).await?;
        return Ok(existing.id);
    }
    let account = NewAccount {
        username: username.as_str(),
        display_name: display_name.as_str(),
        email: None,
        password_hash: &hash,
        locale: None,
        home_community: None,
        is_instance_admin: true,
    };
    Ok(db.create_account(&account).await?)
}

/// A person erases their account, confirming with their password. Places at meetings still to
/// come are given up first, so that the next person waiting gets them (they are returned, to
/// be told). Then the person's identity, email, sessions, roles, follows, supports and voting
/// details go; what they wrote stays, attributed to "a former participant"; their ballots stay
/// counted, tied to nobody.
pub async fn erase_account(db: &Db, actor: &Actor, password: &str) -> AppResult<Vec<(i64, AccountId)>> {
    if !verify_password(&actor.account.password_hash, password).await {
        return Err(FormErrors::single("password", "error-current-password-wrong").into());
    }
    let mut promoted = Vec::new();
    for meeting in db.upcoming_registrations(actor.id()).await? {
        if let Some(next) = db.cancel_registration(meeting, actor.id()).await? {
            promoted.push((meeting, next));
        }
    }
    db.erase_account(actor.id(), &mut crate::security::new_token).await?;
    Ok(promoted)
}

/// Everything Piazza holds about the person acting, section by section.
pub async fn my_data(db: &Db, actor: &Actor) -> AppResult<Vec<piazza_store::personal_data::DataSection>> {
    Ok(db.personal_data(actor.id()).await?)
}

/// Remembers how a signed-in person wants pages shown.
pub async fn set_display(db: &Db, actor: &Actor, preferences: &[piazza_domain::DisplayPreference]) -> AppResult<()> {
    db.set_account_display(actor.id(), &piazza_domain::DisplayPreference::join(preferences)).await?;
    Ok(())
}

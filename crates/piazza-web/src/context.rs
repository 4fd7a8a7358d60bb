//! What every handler knows about the request: who is asking, in which language, from where.

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use piazza_app::accounts::{Actor, actor_for_session};
use piazza_domain::Locale;

use crate::AppState;
use crate::errors::PageError;
use crate::i18n::Tr;

pub const SESSION_COOKIE: &str = "piazza_session";
pub const LANGUAGE_COOKIE: &str = "piazza_lang";
/// Display preferences of someone not signed in, set only when they submit the form.
pub const DISPLAY_COOKIE: &str = "piazza_display";

/// The request's context, extracted once per request by every page handler.
#[derive(Clone)]
pub struct Ctx {
    pub tr: Tr,
    pub actor: Option<Actor>,
    /// The path and query of this page, so that the language form can return here.
    pub here: String,
    pub client_address: String,
    pub state: AppState,
    /// How many notifications the signed-in person has not read, for the navigation.
    pub unread: i64,
    /// How the person wants pages shown.
    pub display: Vec<piazza_domain::DisplayPreference>,
}

impl Ctx {
    pub fn locale(&self) -> Locale {
        self.tr.locale
    }

    pub fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }

    /// The classes the page's root element carries for the display preferences.
    pub fn display_classes(&self) -> String {
        self.display.iter().map(|preference| preference.key()).collect::<Vec<_>>().join(" ")
    }

    pub fn prefers(&self, key: &str) -> bool {
        self.display.iter().any(|preference| preference.key() == key)
    }

    pub fn signed_in(&self) -> bool {
        self.actor.is_some()
    }

    pub fn is_instance_admin(&self) -> bool {
        self.actor.as_ref().is_some_and(Actor::is_instance_admin)
    }

    pub fn require_actor(&self) -> Result<&Actor, PageError> {
        self.actor.as_ref().ok_or(PageError::SignInRequired)
    }

    /// This page's address, encoded to be passed on in a query, such as `next=`.
    pub fn here_encoded(&self) -> String {
        crate::forms::encode_component(&self.here)
    }

    pub fn locales(&self) -> [Locale; 9] {
        Locale::ALL
    }

    /// The direction of text written in `lang`, for content whose language differs from the page.
    pub fn dir_of(&self, lang: &str) -> &'static str {
        Locale::parse(lang).map_or("auto", Locale::direction)
    }

    pub fn kind_name(&self, key: &str) -> String {
        piazza_domain::CommunityKind::parse(key).map_or_else(|| key.to_owned(), |v| self.t(v.message_id()))
    }

    pub fn settlement_name(&self, key: &str) -> String {
        piazza_domain::SettlementType::parse(key).map_or_else(|| key.to_owned(), |v| self.t(v.message_id()))
    }

    pub fn role_name(&self, key: &str) -> String {
        piazza_domain::Role::parse(key).map_or_else(|| key.to_owned(), |v| self.t(v.message_id()))
    }

    pub fn helix_name(&self, key: &str) -> String {
        piazza_domain::HelixRole::parse(key).map_or_else(|| key.to_owned(), |v| self.t(v.message_id()))
    }

    pub fn phase_name(&self, key: &str) -> String {
        piazza_domain::PhaseKind::parse(key).map_or_else(|| key.to_owned(), |v| self.t(v.message_id()))
    }

    pub fn state_name(&self, key: &str) -> String {
        piazza_domain::ProposalState::parse(key).map_or_else(|| key.to_owned(), |v| self.t(v.message_id()))
    }

    /// The name of a language in that language itself, so that a person finds theirs.
    pub fn language_name(&self, code: &str) -> String {
        self.t(&format!("language-name-{code}"))
    }

    /// Whether `lang` differs from the page's language, so content in it needs its own `lang`
    /// attribute (and a screen reader switches voice).
    pub fn foreign(&self, lang: &str) -> bool {
        lang != self.locale().code()
    }
}

pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let actor = match cookie(&parts.headers, SESSION_COOKIE) {
            Some(token) if !token.is_empty() => actor_for_session(&state.db, token).await?,
            _ => None,
        };
        // The person's own setting first, then the switcher's cookie, then the browser's wish.
        let locale = actor
            .as_ref()
            .and_then(|actor| actor.account.locale.as_deref())
            .and_then(Locale::parse)
            .or_else(|| cookie(&parts.headers, LANGUAGE_COOKIE).and_then(Locale::parse))
            .or_else(|| {
                parts
                    .headers
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|value| value.to_str().ok())
                    .and_then(Locale::negotiate)
            })
            .unwrap_or(Locale::En);
        let here = parts.uri.path_and_query().map(|pq| pq.as_str().to_owned()).unwrap_or_else(|| "/".into());
        let unread = match &actor {
            Some(actor) => state.db.unread_notifications(actor.id()).await?,
            None => 0,
        };
        let display = match &actor {
            Some(actor) => piazza_domain::DisplayPreference::parse_list(actor.account.display.split(',')),
            None => piazza_domain::DisplayPreference::parse_list(
                cookie(&parts.headers, DISPLAY_COOKIE).unwrap_or("").split('.'),
            ),
        };
        Ok(Ctx {
            display,
            tr: Tr { locale },
            actor,
            here,
            client_address: client_address(parts, state),
            state: state.clone(),
            unread,
        })
    }
}

/// The address a request came from: the socket's peer, or, behind a trusted reverse proxy,
/// the last address the proxy added to `X-Forwarded-For`.
fn client_address(parts: &Parts, state: &AppState) -> String {
    client_address_of(&parts.headers, &parts.extensions, state)
}

/// [`client_address`] from a request's headers and extensions.
pub fn client_address_of(
    headers: &axum::http::HeaderMap,
    extensions: &axum::http::Extensions,
    state: &AppState,
) -> String {
    if state.config.trust_proxy
        && let Some(forwarded) = headers.get("x-forwarded-for").and_then(|v| v.to_str().ok())
        && let Some(last) = forwarded.rsplit(',').next()
    {
        return last.trim().to_owned();
    }
    extensions
        .get::<ConnectInfo<std::net::SocketAddr>>()
        .map(|info| info.0.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}

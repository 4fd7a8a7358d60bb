//! Submitted forms, and forms shown again with what was typed and what went wrong.

use piazza_app::FormErrors;

use crate::i18n::Tr;

/// The fields of a submitted form, in order, with repeated names kept (checkboxes).
#[derive(Debug, Default, Clone, serde::Deserialize)]
#[serde(transparent)]
pub struct Fields(pub Vec<(String, String)>);

impl Fields {
    pub fn get(&self, name: &str) -> &str {
        self.0.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str()).unwrap_or("")
    }

    pub fn all(&self, name: &str) -> Vec<String> {
        self.0.iter().filter(|(key, _)| key == name).map(|(_, value)| value.clone()).collect()
    }

    pub fn with(mut self, name: &str, value: &str) -> Self {
        self.0.retain(|(key, _)| key != name);
        self.0.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Forgets secrets, so that a password is never sent back in a page.
    pub fn without_secrets(mut self) -> Self {
        self.0.retain(|(key, _)| !key.contains("password"));
        self
    }
}

/// The largest form body accepted. The longest text a form takes (a proposal of 10,000
/// characters, percent-encoded) fits several times over.
pub const LARGEST_FORM: usize = 256 * 1024;

/// A submitted form. Unlike axum's `Form`, a body that is too large or not a form becomes a
/// translated error page instead of a line of plain text.
pub struct Posted(pub Fields);

impl<S: Send + Sync> axum::extract::FromRequest<S> for Posted {
    type Rejection = crate::errors::PageError;

    async fn from_request(request: axum::extract::Request, state: &S) -> Result<Self, Self::Rejection> {
        use axum::extract::rejection::FormRejection;
        match axum::Form::<Fields>::from_request(request, state).await {
            Ok(axum::Form(fields)) => Ok(Posted(fields)),
            Err(FormRejection::BytesRejection(rejection))
                if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE =>
            {
                Err(crate::errors::PageError::TooLarge)
            }
            Err(_) => Err(crate::errors::PageError::BadRequest),
        }
    }
}

/// The hidden field that carries a form's submission token.
pub const SUBMISSION_FIELD: &str = "submission";

pub fn is_submission_token(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

/// A form as a template shows it: the values to fill in and the translated errors.
#[derive(Debug, Default, Clone)]
pub struct FormView {
    pub values: Fields,
    /// (field, translated message), in the order of the fields on the page.
    pub errors: Vec<(String, String)>,
}

impl FormView {
    pub fn new(values: Fields) -> Self {
        FormView { values: values.without_secrets(), errors: Vec::new() }
    }

    pub fn with_errors(values: Fields, errors: &FormErrors, tr: &Tr) -> Self {
        let errors = errors
            .fields
            .iter()
            .map(|error| (error.field.to_string(), tr.t_args(error.message_id, &error.arguments)))
            .collect();
        FormView { values: values.without_secrets(), errors }
    }

    pub fn value(&self, name: &str) -> &str {
        self.values.get(name)
    }

    pub fn has(&self, name: &str, value: impl AsRef<str>) -> bool {
        self.values.0.iter().any(|(key, v)| key == name && v == value.as_ref())
    }

    pub fn error(&self, name: &str) -> Option<&str> {
        self.errors.iter().find(|(field, _)| field == name).map(|(_, message)| message.as_str())
    }

    /// The token that makes this form's submission count once: the one it was sent with, or a
    /// new one for a form shown for the first time.
    pub fn submission(&self) -> String {
        match self.value(SUBMISSION_FIELD) {
            token if is_submission_token(token) => token.to_owned(),
            _ => {
                let mut bytes = [0u8; 32];
                getrandom::fill(&mut bytes).expect("the operating system provides randomness");
                hex::encode(bytes)
            }
        }
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// The ids an input's `aria-describedby` names: its hint, if any, then its error.
    pub fn described_by(&self, name: &str, hint: &str) -> String {
        let mut ids = Vec::new();
        if !hint.is_empty() {
            ids.push(format!("{name}-hint"));
        }
        if self.error(name).is_some() {
            ids.push(format!("{name}-error"));
        }
        ids.join(" ")
    }
}

/// Percent-encodes a value for use in a URL query.
pub fn encode_component(value: &str) -> String {
    let mut encoded = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~/".contains(&byte) {
            encoded.push(byte as char);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

/// Accepts only a local path as a place to return to, so that a crafted link cannot send a
/// person to another site after signing in.
pub fn local_path(candidate: &str) -> Option<&str> {
    let safe = candidate.starts_with('/') && !candidate.starts_with("//") && !candidate.contains('\\');
    safe.then_some(candidate)
}

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

/// The largest upload accepted: a census list of a large city or a Pabulib file of a large
/// election fits.
pub const LARGEST_UPLOAD: usize = 64 * 1024 * 1024;

/// A submitted form that may carry files (`multipart/form-data`), or a plain form. A file's
/// content becomes the field's value, read as UTF-8 (bytes that are not are replaced, and the
/// reader of the field reports what it cannot understand).
pub struct Uploaded(pub Fields);

impl<S: Send + Sync> axum::extract::FromRequest<S> for Uploaded {
    type Rejection = crate::errors::PageError;

    async fn from_request(request: axum::extract::Request, state: &S) -> Result<Self, Self::Rejection> {
        let content_type = request
            .headers()
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .unwrap_or("")
            .to_owned();
        let Some(boundary) = multipart_boundary(&content_type) else {
            return Posted::from_request(request, state).await.map(|Posted(fields)| Uploaded(fields));
        };
        let body = match axum::body::Bytes::from_request(request, state).await {
            Ok(body) => body,
            Err(rejection) if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(crate::errors::PageError::TooLarge);
            }
            Err(_) => return Err(crate::errors::PageError::BadRequest),
        };
        parse_multipart(&body, &boundary).map(Uploaded).ok_or(crate::errors::PageError::BadRequest)
    }
}

/// The boundary of a `multipart/form-data` content type.
fn multipart_boundary(content_type: &str) -> Option<String> {
    let mut parts = content_type.split(';');
    if !parts.next()?.trim().eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    parts.find_map(|part| {
        let (name, value) = part.trim().split_once('=')?;
        name.trim().eq_ignore_ascii_case("boundary").then(|| value.trim().trim_matches('"').to_owned())
    })
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack.get(from..)?.windows(needle.len()).position(|window| window == needle).map(|at| at + from)
}

/// Reads a `multipart/form-data` body (RFC 7578) into fields, files included; None when it is
/// not well formed.
fn parse_multipart(body: &[u8], boundary: &str) -> Option<Fields> {
    if boundary.is_empty() || boundary.len() > 200 {
        return None;
    }
    let delimiter = format!("--{boundary}");
    let next_delimiter = format!("\r\n--{boundary}");
    let mut at = find(body, delimiter.as_bytes(), 0)? + delimiter.len();
    let mut fields = Vec::new();
    loop {
        if body.get(at..at + 2)? == b"--" {
            return Some(Fields(fields));
        }
        at = find(body, b"\r\n", at)? + 2;
        let headers_end = find(body, b"\r\n\r\n", at)?;
        let headers = std::str::from_utf8(&body[at..headers_end]).ok()?;
        let content_start = headers_end + 4;
        let content_end = find(body, next_delimiter.as_bytes(), content_start)?;
        let name = headers.lines().find_map(|line| {
            let (header, value) = line.split_once(':')?;
            if !header.trim().eq_ignore_ascii_case("content-disposition") {
                return None;
            }
            value.split(';').find_map(|parameter| {
                let (key, value) = parameter.trim().split_once('=')?;
                (key.trim() == "name").then(|| value.trim().trim_matches('"').to_owned())
            })
        })?;
        let value = String::from_utf8_lossy(&body[content_start..content_end]).into_owned();
        fields.push((name, value));
        at = content_end + next_delimiter.len();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multipart_bodies_give_their_fields_and_files() {
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"submission\"\r\n\r\nabc\r\n\
                    --XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pb\"\r\n\
                    Content-Type: text/plain\r\n\r\nMETA\r\nkey;value\r\n\r\n--XyZ--\r\n";
        let fields = parse_multipart(body.as_bytes(), "XyZ").expect("a well-formed body");
        assert_eq!(fields.get("submission"), "abc");
        assert_eq!(fields.get("file"), "META\r\nkey;value\r\n");
        assert_eq!(multipart_boundary("multipart/form-data; boundary=\"XyZ\"").as_deref(), Some("XyZ"));
        assert!(parse_multipart(b"--XyZ\r\nno end", "XyZ").is_none());
    }
}

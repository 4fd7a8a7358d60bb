//! The layers every request passes through: a request id and a log line, security headers,
//! and the refusal of cross-origin form submissions.

use std::time::Instant;

use axum::extract::Request;
use axum::http::{HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tracing::Instrument;

use crate::errors::PageError;

/// Gives each request an id (or keeps a proxy's `X-Request-Id`), logs it with its outcome, and
/// returns it in the response so that a person reporting a problem can quote it.
pub async fn request_id_and_log(request: Request, next: Next) -> Response {
    let request_id = request
        .headers()
        .get("x-request-id")
        .and_then(|value| value.to_str().ok())
        .filter(|value| value.len() <= 64 && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .map(str::to_owned)
        .unwrap_or_else(|| {
            let mut bytes = [0u8; 8];
            getrandom::fill(&mut bytes).expect("the operating system provides randomness");
            hex::encode(bytes)
        });
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let span = tracing::info_span!("request", request_id = %request_id, %method, %path);
    let started = Instant::now();
    let mut response = next.run(request).instrument(span.clone()).await;
    let status = response.status().as_u16();
    let elapsed_ms = started.elapsed().as_secs_f64() * 1000.0;
    span.in_scope(|| tracing::info!(status, elapsed_ms, "served"));
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        response.headers_mut().insert("x-request-id", value);
    }
    response
}

/// Security headers on every response. The policy allows nothing from any other origin and no
/// inline script at all; pages work without script anyway.
pub async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let fixed = [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; \
             connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "strict-origin-when-cross-origin"),
        (header::HeaderName::from_static("cross-origin-opener-policy"), "same-origin"),
        (
            header::HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    }
    response
}

/// Refuses a state-changing request that a browser says came from another site. Browsers send
/// `Sec-Fetch-Site` and `Origin` with every form submission; a request with neither comes from
/// a program that holds no person's cookies and cannot act as them. Together with the session
/// cookie's `SameSite=Lax` this is the CSRF protection, and it needs no token in any form.
///
/// The Open311 API is exempt: other sites' applications post reports to it by design, and it
/// never reads the session cookie, so a post there cannot act as anyone.
pub async fn refuse_cross_origin_posts(request: Request, next: Next) -> Response {
    let safe = matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS)
        || request.uri().path().starts_with("/open311/");
    if !safe && !same_origin(&request) {
        tracing::warn!("refused a cross-origin request");
        return PageError::CrossOrigin.into_response();
    }
    next.run(request).await
}

fn same_origin(request: &Request) -> bool {
    let headers = request.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return site == "same-origin" || site == "none";
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    let Some(host) = headers.get(header::HOST).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    // An origin is scheme://host[:port]; it must name the host this request was sent to.
    origin.split_once("://").is_some_and(|(_, origin_host)| origin_host == host)
}

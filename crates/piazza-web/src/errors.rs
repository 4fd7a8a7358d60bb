//! Error pages. A handler returns a [`PageError`]; the `render_error_pages` layer turns it into
//! a page in the reader's language, since only the layer still has the request to learn it from.

use askama::Template;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use piazza_app::AppError;

use crate::AppState;
use crate::context::Ctx;
use crate::pages::render;

#[derive(Debug)]
pub enum PageError {
    NotFound,
    Forbidden,
    /// The page needs a signed-in person; they are sent to sign in and brought back.
    SignInRequired,
    /// A cross-origin form submission, refused by the CSRF check.
    CrossOrigin,
    /// A form body larger than any form of Piazza sends.
    TooLarge,
    /// A body that is not a form at all.
    BadRequest,
    Internal(String),
}

impl From<AppError> for PageError {
    fn from(error: AppError) -> Self {
        match error {
            AppError::NotFound => PageError::NotFound,
            AppError::Forbidden => PageError::Forbidden,
            // A form error reaching here is a handler that forgot to show its form again.
            AppError::Invalid(errors) => PageError::Internal(format!("unhandled form errors: {errors:?}")),
            AppError::Store(error) => PageError::Internal(error.to_string()),
            AppError::Internal(message) => PageError::Internal(message),
        }
    }
}

impl From<piazza_app::StoreError> for PageError {
    fn from(error: piazza_app::StoreError) -> Self {
        PageError::Internal(error.to_string())
    }
}

/// Marks a response whose page the error layer should write.
#[derive(Debug, Clone, Copy)]
struct ErrorPage(StatusCode);

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let status = match self {
            PageError::NotFound => StatusCode::NOT_FOUND,
            PageError::Forbidden | PageError::CrossOrigin => StatusCode::FORBIDDEN,
            PageError::SignInRequired => StatusCode::UNAUTHORIZED,
            PageError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            PageError::BadRequest => StatusCode::BAD_REQUEST,
            PageError::Internal(message) => {
                tracing::error!(%message, "request failed");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(ErrorPage(status));
        response
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTemplate<'a> {
    c: &'a Ctx,
    title_id: &'static str,
    body_id: &'static str,
    show_sign_in: bool,
}

pub async fn render_error_pages(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let mut kept = Request::new(());
    *kept.uri_mut() = parts.uri.clone();
    *kept.headers_mut() = parts.headers.clone();
    *kept.extensions_mut() = parts.extensions.clone();
    let response = next.run(Request::from_parts(parts, body)).await;
    let Some(ErrorPage(status)) = response.extensions().get::<ErrorPage>().copied() else {
        return response;
    };
    let (mut kept_parts, ()) = kept.into_parts();
    let ctx =
        match <Ctx as axum::extract::FromRequestParts<AppState>>::from_request_parts(&mut kept_parts, &state).await {
            Ok(ctx) => ctx,
            Err(_) => return (status, "").into_response(),
        };
    if status == StatusCode::UNAUTHORIZED {
        let target = format!("/signin?next={}", crate::forms::encode_component(&ctx.here));
        return Redirect::to(&target).into_response();
    }
    let (title_id, body_id) = match status {
        StatusCode::NOT_FOUND => ("error-not-found-title", "error-not-found-body"),
        StatusCode::FORBIDDEN => ("error-forbidden-title", "error-forbidden-body"),
        StatusCode::PAYLOAD_TOO_LARGE => ("error-too-large-title", "error-too-large-body"),
        StatusCode::BAD_REQUEST => ("error-bad-request-title", "error-bad-request-body"),
        _ => ("error-internal-title", "error-internal-body"),
    };
    let page =
        ErrorTemplate { c: &ctx, title_id, body_id, show_sign_in: status == StatusCode::FORBIDDEN && !ctx.signed_in() };
    let mut rendered = render(&page).into_response();
    *rendered.status_mut() = status;
    rendered.headers_mut().insert(header::CACHE_CONTROL, header::HeaderValue::from_static("no-store"));
    rendered
}

//! The read API under `/api/v1/`: every public thing as JSON, with stable ids, filters by
//! community and creation date, cursor pagination, an OpenAPI 3.1 document generated from the
//! same resource descriptions, and a rate limit per client address.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{Next, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use piazza_app::open_data::{Field, Kind, OpenFilter, RESOURCES, Resource, Value};
use serde_json::{Map, Value as Json, json};
use time::format_description::well_known::Rfc3339;

use crate::AppState;

/// Rows a page holds unless the client asks for fewer (or more, up to [`LONGEST_PAGE`]).
const DEFAULT_PAGE: i64 = 50;
const LONGEST_PAGE: i64 = 200;

pub fn router(state: AppState) -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(openapi))
        .route("/{resource}", get(list))
        .route("/{resource}/{id}", get(item))
        .fallback(|| async { error(StatusCode::NOT_FOUND, "not-found", "There is no such resource.", None) })
        .layer(from_fn_with_state(state, rate_limit))
}

/// An error as the API answers it, the same shape for every status.
fn error(status: StatusCode, code: &str, message: &str, parameter: Option<&str>) -> Response {
    let mut body = json!({ "error": { "code": code, "message": message } });
    if let Some(parameter) = parameter {
        body["error"]["parameter"] = json!(parameter);
    }
    (status, axum::Json(body)).into_response()
}

fn resource_named(name: &str) -> Option<&'static Resource> {
    RESOURCES.iter().find(|resource| resource.name == name)
}

/// A published value as JSON; times as RFC 3339.
pub(crate) fn json_of(value: &Value) -> Json {
    match value {
        Value::Null => Json::Null,
        Value::Integer(n) => json!(n),
        Value::Real(x) => json!(x),
        Value::Boolean(b) => json!(b),
        Value::Text(text) => json!(text),
        Value::Timestamp(at) => json!(at.format(&Rfc3339).unwrap_or_default()),
    }
}

fn object_of(resource: &Resource, row: &[Value]) -> Json {
    let mut object = Map::new();
    for (field, value) in resource.fields.iter().zip(row) {
        object.insert(field.name.to_owned(), json_of(value));
    }
    Json::Object(object)
}

/// A date or a date and time, as a filter takes it: `2026-11-22` means its midnight, UTC.
fn parse_instant(raw: &str) -> Option<time::OffsetDateTime> {
    if let Ok(at) = time::OffsetDateTime::parse(raw, &Rfc3339) {
        return Some(at);
    }
    time::Date::parse(raw, time::macros::format_description!("[year]-[month]-[day]"))
        .ok()
        .map(|date| date.midnight().assume_utc())
}

/// A query parameter that cannot be understood, and why.
struct BadParameter {
    parameter: String,
    message: &'static str,
}

impl BadParameter {
    fn into_response(self) -> Response {
        error(StatusCode::BAD_REQUEST, "bad-parameter", self.message, Some(&self.parameter))
    }
}

/// The filter a list request asks for, or the parameter at fault.
fn filter_of(pairs: &[(String, String)]) -> Result<(OpenFilter, Vec<(String, String)>), BadParameter> {
    let bad = |parameter: &str, message: &'static str| BadParameter { parameter: parameter.to_owned(), message };
    let mut filter = OpenFilter { limit: DEFAULT_PAGE, ..OpenFilter::default() };
    let mut kept = Vec::new();
    for (name, value) in pairs {
        match name.as_str() {
            // A slug never holds a control character, so such a value names no community; the
            // empty slug, which no community has either, stands for it, because PostgreSQL
            // refuses a NUL in text.
            "community" if value.chars().any(char::is_control) => filter.community = Some(String::new()),
            "community" => filter.community = Some(value.clone()),
            "since" => {
                filter.since = Some(
                    parse_instant(value)
                        .ok_or_else(|| bad("since", "Give a date (2026-11-22) or an RFC 3339 time."))?,
                )
            }
            "until" => {
                filter.until = Some(
                    parse_instant(value)
                        .ok_or_else(|| bad("until", "Give a date (2026-11-22) or an RFC 3339 time."))?,
                )
            }
            "limit" => {
                filter.limit = value
                    .parse::<i64>()
                    .ok()
                    .filter(|limit| (1..=LONGEST_PAGE).contains(limit))
                    .ok_or_else(|| bad("limit", "Give a whole number from 1 to 200."))?;
            }
            "cursor" => {
                filter.after = Some(
                    value
                        .parse::<i64>()
                        .ok()
                        .filter(|after| *after >= 0)
                        .ok_or_else(|| bad("cursor", "Give a cursor from a previous page's next link."))?,
                );
                continue;
            }
            _ => return Err(bad(name, "This parameter is not known.")),
        }
        kept.push((name.clone(), value.clone()));
    }
    Ok((filter, kept))
}

fn encode(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(name, value)| {
            format!("{}={}", crate::forms::encode_component(name), crate::forms::encode_component(value))
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// A page of a resource: `data`, and `next`, the address of the following page or null.
async fn list(
    State(state): State<AppState>,
    Path(name): Path<String>,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Response {
    let Some(resource) = resource_named(&name) else {
        return error(StatusCode::NOT_FOUND, "not-found", "There is no such resource.", None);
    };
    let Ok(Query(pairs)) = query else {
        return error(StatusCode::BAD_REQUEST, "bad-parameter", "The query string cannot be read.", None);
    };
    let (mut filter, kept) = match filter_of(&pairs) {
        Ok(found) => found,
        Err(bad) => return bad.into_response(),
    };
    let limit = filter.limit;
    // One row more than asked says whether there is a next page.
    filter.limit = limit + 1;
    let rows = match state.db.open_rows(resource, &filter).await {
        Ok(rows) => rows,
        Err(problem) => {
            tracing::error!(%problem, resource = resource.name, "the read API could not read");
            return error(StatusCode::INTERNAL_SERVER_ERROR, "internal", "Something went wrong on our side.", None);
        }
    };
    let more = rows.len() as i64 > limit;
    let shown: Vec<&Vec<Value>> = rows.iter().take(limit as usize).collect();
    let next = match (more, shown.last().and_then(|row| row.first())) {
        (true, Some(Value::Integer(last))) => {
            let mut pairs = kept;
            pairs.push(("cursor".into(), last.to_string()));
            Json::String(format!("/api/v1/{}?{}", resource.name, encode(&pairs)))
        }
        _ => Json::Null,
    };
    let data: Vec<Json> = shown.iter().map(|row| object_of(resource, row)).collect();
    axum::Json(json!({ "data": data, "next": next })).into_response()
}

/// One public thing by its id.
async fn item(State(state): State<AppState>, Path((name, id)): Path<(String, String)>) -> Response {
    let Some(resource) = resource_named(&name) else {
        return error(StatusCode::NOT_FOUND, "not-found", "There is no such resource.", None);
    };
    let Ok(id) = id.parse::<i64>() else {
        return error(StatusCode::NOT_FOUND, "not-found", "There is nothing public with this id.", None);
    };
    let filter = OpenFilter { id: Some(id), limit: 1, ..OpenFilter::default() };
    match state.db.open_rows(resource, &filter).await {
        Ok(rows) => match rows.first() {
            Some(row) => axum::Json(object_of(resource, row)).into_response(),
            None => error(StatusCode::NOT_FOUND, "not-found", "There is nothing public with this id.", None),
        },
        Err(problem) => {
            tracing::error!(%problem, resource = resource.name, "the read API could not read");
            error(StatusCode::INTERNAL_SERVER_ERROR, "internal", "Something went wrong on our side.", None)
        }
    }
}

async fn openapi() -> Response {
    axum::Json(openapi_document()).into_response()
}

/// The values a vocabulary column takes, from the domain's own lists.
fn values_of(resource: &str, field: &str) -> Option<Vec<&'static str>> {
    use piazza_domain::*;
    fn keys<T: Copy>(all: &[T], key: fn(T) -> &'static str) -> Option<Vec<&'static str>> {
        Some(all.iter().map(|value| key(*value)).collect())
    }
    match (resource, field) {
        ("communities", "kind") => keys(CommunityKind::ALL, CommunityKind::key),
        ("communities", "settlement_type") => keys(SettlementType::ALL, SettlementType::key),
        ("organisations", "helix_role") => keys(HelixRole::ALL, HelixRole::key),
        ("proposals", "state") => keys(ProposalState::ALL, ProposalState::key),
        ("proposals" | "comments", "channel") => keys(ContributionChannel::ALL, ContributionChannel::key),
        ("comments", "stance") => keys(Stance::ALL, Stance::key),
        ("meetings", "format") => keys(MeetingFormat::ALL, MeetingFormat::key),
        ("budgets", "style") => keys(BallotStyle::ALL, BallotStyle::key),
        ("results", "status") => keys(ResultStatus::ALL, ResultStatus::key),
        ("service-requests", "status") => keys(RequestStatus::ALL, RequestStatus::key),
        ("service-requests", "channel") => keys(ReportChannel::ALL, ReportChannel::key),
        ("ratings", "subject") => Some(vec!["service-request", "result"]),
        ("cases", "policy_area") => keys(Category::ALL, Category::key),
        ("moderation-log", "action") => keys(ModerationAction::ALL, ModerationAction::key),
        ("moderation-log", "content_kind") => keys(ContentKind::ALL, ContentKind::key),
        _ => None,
    }
}

fn schema_of(resource: &Resource, field: &Field) -> Json {
    let (kind, format) = match field.kind {
        Kind::Integer => ("integer", Some("int64")),
        Kind::Real => ("number", Some("double")),
        Kind::Boolean => ("boolean", None),
        Kind::Text => ("string", None),
        Kind::Timestamp => ("string", Some("date-time")),
    };
    let mut schema = json!({ "description": field.description });
    schema["type"] = if field.nullable { json!([kind, "null"]) } else { json!(kind) };
    if let Some(format) = format {
        schema["format"] = json!(format);
    }
    if let Some(mut values) = values_of(resource.name, field.name) {
        if field.nullable {
            schema["enum"] = json!(values.iter().map(|v| json!(v)).chain([Json::Null]).collect::<Vec<_>>());
        } else {
            values.sort_unstable();
            schema["enum"] = json!(values);
        }
    }
    schema
}

/// The OpenAPI 3.1 document of the read API, built from the resources it serves.
pub fn openapi_document() -> Json {
    let error_response = |description: &str| json!({ "description": description, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } });
    let mut schemas = Map::new();
    schemas.insert(
        "Error".into(),
        json!({
            "type": "object",
            "required": ["error"],
            "properties": { "error": {
                "type": "object",
                "required": ["code", "message"],
                "properties": {
                    "code": { "type": "string", "enum": ["bad-parameter", "not-found", "too-many-requests", "internal"] },
                    "message": { "type": "string" },
                    "parameter": { "type": "string" }
                }
            } }
        }),
    );
    let mut paths = Map::new();
    let instant =
        json!({ "anyOf": [ { "type": "string", "format": "date" }, { "type": "string", "format": "date-time" } ] });
    let parameter = |name: &str, description: &str, schema: Json| json!({ "name": name, "in": "query", "required": false, "description": description, "schema": schema });
    for resource in RESOURCES {
        let type_name: String = resource
            .name
            .split('-')
            .map(|part| {
                let mut chars = part.chars();
                chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
            })
            .collect();
        let mut properties = Map::new();
        for field in resource.fields {
            properties.insert(field.name.to_owned(), schema_of(resource, field));
        }
        let required: Vec<&str> = resource.fields.iter().map(|field| field.name).collect();
        schemas.insert(
            type_name.clone(),
            json!({ "type": "object", "description": resource.description, "required": required,
                    "properties": properties, "additionalProperties": false }),
        );
        schemas.insert(
            format!("{type_name}Page"),
            json!({
                "type": "object",
                "required": ["data", "next"],
                "properties": {
                    "data": { "type": "array", "items": { "$ref": format!("#/components/schemas/{type_name}") } },
                    "next": { "type": ["string", "null"], "description": "The address of the next page, or null on the last." }
                },
                "additionalProperties": false
            }),
        );
        paths.insert(
            format!("/api/v1/{}", resource.name),
            json!({ "get": {
                "operationId": format!("list-{}", resource.name),
                "summary": resource.description,
                "parameters": [
                    parameter("community", "Only those of the community with this slug.", json!({ "type": "string" })),
                    parameter("since", "Only those created at or after this date (YYYY-MM-DD) or RFC 3339 time.", instant.clone()),
                    parameter("until", "Only those created before this date (YYYY-MM-DD) or RFC 3339 time.", instant.clone()),
                    parameter("limit", "How many per page, 1 to 200; 50 unless given.", json!({ "type": "integer", "minimum": 1, "maximum": LONGEST_PAGE })),
                    parameter("cursor", "Where the page starts, from a previous page's next address.", json!({ "type": "integer", "format": "int64", "minimum": 0, "maximum": i64::MAX }))
                ],
                "responses": {
                    "200": { "description": "A page, in the order of ids.", "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{type_name}Page") } } } },
                    "400": error_response("A parameter cannot be understood; the error names it."),
                    "429": error_response("Too many requests from this address; try again after Retry-After seconds.")
                }
            } }),
        );
        paths.insert(
            format!("/api/v1/{}/{{id}}", resource.name),
            json!({ "get": {
                "operationId": format!("get-{}", resource.name),
                "summary": format!("One of: {}", resource.description),
                "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "integer", "format": "int64" } } ],
                "responses": {
                    "200": { "description": "The thing.", "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{type_name}") } } } },
                    "404": error_response("Nothing public has this id."),
                    "429": error_response("Too many requests from this address; try again after Retry-After seconds.")
                }
            } }),
        );
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Piazza read API",
            "version": "1",
            "description": "Everything public in this Piazza instance, in the open: no personal data, nothing hidden by moderation.",
            "license": { "name": "CC BY 4.0", "identifier": "CC-BY-4.0" }
        },
        "paths": paths,
        "components": { "schemas": schemas }
    })
}

/// Requests per address in the current minute.
#[derive(Default)]
pub struct RateLimiter {
    windows: Mutex<HashMap<String, (Instant, u32)>>,
}

impl RateLimiter {
    /// Counts a request from `address`; answers the seconds to wait when it is over `limit` a
    /// minute.
    fn admit(&self, address: &str, limit: u32) -> Result<(), u64> {
        let now = Instant::now();
        let mut windows = self.windows.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if windows.len() > 10_000 {
            windows.retain(|_, (start, _)| now.duration_since(*start) < Duration::from_secs(60));
        }
        let (start, count) = windows.entry(address.to_owned()).or_insert((now, 0));
        if now.duration_since(*start) >= Duration::from_secs(60) {
            *start = now;
            *count = 0;
        }
        *count += 1;
        if *count > limit { Err(60u64.saturating_sub(now.duration_since(*start).as_secs()).max(1)) } else { Ok(()) }
    }
}

pub(crate) async fn rate_limit(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let address = crate::context::client_address_of(request.headers(), request.extensions(), &state);
    if let Err(wait) = state.api_limiter.admit(&address, state.config.api_requests_per_minute) {
        let mut response = error(
            StatusCode::TOO_MANY_REQUESTS,
            "too-many-requests",
            "Too many requests from this address: wait a little and try again.",
            None,
        );
        response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(wait));
        return response;
    }
    let mut response = next.run(request).await;
    response.headers_mut().insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    response
}

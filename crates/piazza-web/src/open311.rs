//! Open311 GeoReport v2 under `/open311/v2/`: discovery, the service list and each service's
//! definition, filing a request, and listing and reading requests, each in JSON and in XML, with
//! errors in the shape the specification gives. Any Open311 client (a city's own app, a
//! FixMyStreet-style site) can file reports into Piazza this way.
//!
//! The endpoint serves every community: a community's slug is its `jurisdiction_id`, and service
//! codes start with it, so a client needs no jurisdiction to name a service. Nothing a reporter
//! gives as contact (email, name, phone) is ever answered back.

use axum::Router;
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::middleware::from_fn_with_state;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use piazza_app::records::{ServiceAttribute, ServiceRequest, ServiceType};
use piazza_app::service_requests::{self as use_cases, Refusal, ReportForm};
use piazza_app::{AppError, records::RequestFilter};
use piazza_domain::{Locale, ReportChannel, RequestStatus};
use serde_json::{Map, Value as Json, json};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::AppState;
use crate::forms::Fields;

/// The most requests one list answers, as the specification suggests.
const LONGEST_LIST: i64 = 1000;
/// Without dates, a list covers the last 90 days, as the specification suggests.
const DEFAULT_DAYS: i64 = 90;

pub fn router(state: AppState) -> Router<AppState> {
    Router::new()
        .route("/{file}", get(top_level).post(create_request))
        .route("/services/{file}", get(service_definition))
        .route("/requests/{file}", get(one_request))
        .fallback(|| async { Format::Json.error(StatusCode::NOT_FOUND, "There is no such Open311 resource.") })
        .layer(from_fn_with_state(state, crate::api::rate_limit))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Xml,
}

impl Format {
    /// Splits `requests.json` into its name and format.
    fn of(file: &str) -> Option<(&str, Format)> {
        let (name, extension) = file.rsplit_once('.')?;
        match extension {
            "json" => Some((name, Format::Json)),
            "xml" => Some((name, Format::Xml)),
            _ => None,
        }
    }

    /// An answer in this format: `root` names the XML document element and `value` the content.
    fn answer(self, status: StatusCode, root: &str, value: &Json) -> Response {
        let (content_type, body) = match self {
            Format::Json => ("application/json; charset=utf-8", value.to_string()),
            Format::Xml => {
                let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
                element(&mut out, root, value);
                out.push('\n');
                ("text/xml; charset=utf-8", out)
            }
        };
        (
            status,
            [(header::CONTENT_TYPE, content_type.to_owned()), (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*".to_owned())],
            body,
        )
            .into_response()
    }

    /// Errors as GeoReport v2 gives them: a list of codes and descriptions.
    fn errors(self, status: StatusCode, descriptions: &[String]) -> Response {
        let list: Vec<Json> = descriptions
            .iter()
            .map(|description| json!({ "code": status.as_u16(), "description": description }))
            .collect();
        self.answer(status, "errors", &Json::Array(list))
    }

    fn error(self, status: StatusCode, description: &str) -> Response {
        self.errors(status, &[description.to_owned()])
    }
}

/// The element name of one item of a list element, as GeoReport v2 names them.
fn item_name(list: &str) -> &str {
    match list {
        "services" => "service",
        "service_requests" => "request",
        "errors" => "error",
        "endpoints" => "endpoint",
        "formats" => "format",
        "attributes" => "attribute",
        "values" => "value",
        other => other.strip_suffix('s').unwrap_or(other),
    }
}

fn escape_xml(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot hold at all are left out rather than breaking the document.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
}

/// Writes a JSON value as an XML element: objects as child elements in order, lists as repeated
/// items, null as an empty element.
fn element(out: &mut String, name: &str, value: &Json) {
    out.push('<');
    out.push_str(name);
    out.push('>');
    match value {
        Json::Null => {}
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Number(n) => out.push_str(&n.to_string()),
        Json::String(text) => escape_xml(text, out),
        Json::Array(items) => {
            for item in items {
                element(out, item_name(name), item);
            }
        }
        Json::Object(fields) => {
            for (child, value) in fields {
                element(out, child, value);
            }
        }
    }
    out.push_str("</");
    out.push_str(name);
    out.push('>');
}

fn time_text(at: OffsetDateTime) -> String {
    at.replace_nanosecond(0).unwrap_or(at).format(&Rfc3339).unwrap_or_default()
}

fn internal(problem: impl std::fmt::Display, format: Format) -> Response {
    tracing::error!(%problem, "an Open311 request failed");
    format.error(StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong on our side.")
}

/// Whether any name or value holds a control character other than a line break or a tab: no
/// field of GeoReport v2 can, and some databases refuse them outright.
fn has_control_characters(pairs: &[(String, String)]) -> bool {
    pairs.iter().any(|(name, value)| {
        name.chars().chain(value.chars()).any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    })
}

fn refuse_control_characters(format: Format) -> Response {
    format.error(StatusCode::BAD_REQUEST, "A parameter holds control characters.")
}

/// The query parameters of a GET, every value kept.
type Params = Query<Vec<(String, String)>>;

fn param<'a>(params: &'a [(String, String)], name: &str) -> Option<&'a str> {
    params.iter().find(|(key, _)| key == name).map(|(_, value)| value.trim()).filter(|value| !value.is_empty())
}

/// The community a `jurisdiction_id` names, if one was given; an unknown one is an error.
async fn jurisdiction(
    state: &AppState,
    params: &[(String, String)],
    format: Format,
) -> Result<Option<piazza_app::records::Community>, Response> {
    let Some(slug) = param(params, "jurisdiction_id") else { return Ok(None) };
    match state.db.community_by_slug(slug).await {
        Ok(Some(community)) => Ok(Some(community)),
        Ok(None) => Err(format.error(StatusCode::NOT_FOUND, "jurisdiction_id not found")),
        Err(problem) => Err(internal(problem, format)),
    }
}

/// `GET /open311/v2/discovery.json`, `services.json` and `requests.json` (and `.xml`).
async fn top_level(State(state): State<AppState>, Path(file): Path<String>, Query(params): Params) -> Response {
    let Some((name, format)) = Format::of(&file) else {
        return Format::Json.error(StatusCode::NOT_FOUND, "Ask for .json or .xml.");
    };
    if has_control_characters(&params) {
        return refuse_control_characters(format);
    }
    match name {
        "discovery" => discovery(&state, format),
        "services" => services(&state, &params, format).await,
        "requests" => list_requests(&state, &params, format).await,
        _ => format.error(StatusCode::NOT_FOUND, "There is no such Open311 resource."),
    }
}

fn base(state: &AppState) -> &str {
    state.config.public_url.trim_end_matches('/')
}

fn discovery(state: &AppState, format: Format) -> Response {
    let base = base(state);
    // The interface last changed when this version of Piazza was built; a fixed date keeps the
    // answer stable for clients that cache it.
    let changeset = "2026-11-23T00:00:00Z";
    let document = json!({
        "changeset": changeset,
        "contact": format!("{base}/accessibility"),
        "key_service": format!("{base}/data"),
        "endpoints": [{
            "specification": "http://wiki.open311.org/GeoReport_v2",
            "url": format!("{base}/open311/v2"),
            "changeset": changeset,
            "type": "production",
            "formats": ["application/json", "text/xml"],
        }],
    });
    format.answer(StatusCode::OK, "discovery", &document)
}

fn service_json(service: &ServiceType, has_attributes: bool) -> Json {
    json!({
        "service_code": service.code,
        "service_name": service.name,
        "description": service.description,
        "metadata": has_attributes,
        "type": "realtime",
        "keywords": service.keywords,
        "group": service.group_name,
    })
}

async fn services(state: &AppState, params: &[(String, String)], format: Format) -> Response {
    let community = match jurisdiction(state, params, format).await {
        Ok(community) => community,
        Err(response) => return response,
    };
    let types = match state.db.service_types(community.map(|c| c.id), true).await {
        Ok(types) => types,
        Err(problem) => return internal(problem, format),
    };
    let mut list = Vec::new();
    for service in &types {
        let attributes = match state.db.service_attributes(service.id).await {
            Ok(attributes) => attributes,
            Err(problem) => return internal(problem, format),
        };
        list.push(service_json(service, !attributes.is_empty()));
    }
    format.answer(StatusCode::OK, "services", &Json::Array(list))
}

fn attribute_json(attribute: &ServiceAttribute) -> Json {
    let values: Vec<Json> = attribute.values.iter().map(|(key, name)| json!({ "key": key, "name": name })).collect();
    json!({
        "variable": true,
        "code": attribute.code,
        "datatype": attribute.datatype,
        "required": attribute.required,
        "datatype_description": Json::Null,
        "order": attribute.position,
        "description": attribute.description,
        "values": values,
    })
}

/// `GET /open311/v2/services/{service_code}.json`: the attributes a service asks for.
async fn service_definition(
    State(state): State<AppState>,
    Path(file): Path<String>,
    Query(params): Params,
) -> Response {
    let Some((code, format)) = Format::of(&file) else {
        return Format::Json.error(StatusCode::NOT_FOUND, "Ask for .json or .xml.");
    };
    if has_control_characters(&params) || code.chars().any(char::is_control) {
        return refuse_control_characters(format);
    }
    let within = match jurisdiction(&state, &params, format).await {
        Ok(community) => community,
        Err(response) => return response,
    };
    let service = match state.db.service_type_by_code(code).await {
        Ok(Some(service)) if service.active && within.as_ref().is_none_or(|c| c.id.0 == service.community_id) => {
            service
        }
        Ok(_) => return format.error(StatusCode::NOT_FOUND, "service_code not found"),
        Err(problem) => return internal(problem, format),
    };
    let attributes = match state.db.service_attributes(service.id).await {
        Ok(attributes) => attributes,
        Err(problem) => return internal(problem, format),
    };
    let definition = json!({
        "service_code": service.code,
        "attributes": attributes.iter().map(attribute_json).collect::<Vec<_>>(),
    });
    format.answer(StatusCode::OK, "service_definition", &definition)
}

/// A request as GeoReport v2 shows it: never who reported it or how to reach them.
fn request_json(request: &ServiceRequest, agency: &str) -> Json {
    let status = RequestStatus::parse(&request.status).unwrap_or(RequestStatus::Open);
    let mut fields = Map::new();
    fields.insert("service_request_id".into(), json!(request.id.to_string()));
    fields.insert("status".into(), json!(status.open311()));
    fields.insert("status_notes".into(), json!(request.status_note));
    fields.insert("service_name".into(), json!(request.service_name));
    fields.insert("service_code".into(), json!(request.service_code));
    fields.insert("description".into(), json!(request.description));
    fields.insert("agency_responsible".into(), json!(agency));
    fields.insert("service_notice".into(), Json::Null);
    fields.insert("requested_datetime".into(), json!(time_text(request.created_at)));
    fields.insert("updated_datetime".into(), json!(time_text(request.updated_at)));
    fields
        .insert("expected_datetime".into(), json!(request.expected_at.as_ref().map(|day| format!("{day}T00:00:00Z"))));
    fields.insert("address".into(), json!(request.address));
    fields.insert("address_id".into(), Json::Null);
    fields.insert("zipcode".into(), Json::Null);
    fields.insert("lat".into(), json!(request.latitude));
    fields.insert("long".into(), json!(request.longitude));
    fields.insert("media_url".into(), Json::Null);
    Json::Object(fields)
}

async fn agency_of(state: &AppState, request: &ServiceRequest) -> String {
    match state.db.community(piazza_domain::CommunityId(request.community_id)).await {
        Ok(Some(community)) => community.name,
        _ => request.community_slug.clone(),
    }
}

fn parse_time(raw: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(raw, &Rfc3339).ok().or_else(|| {
        let date = time::Date::parse(raw, time::macros::format_description!("[year]-[month]-[day]")).ok()?;
        Some(date.midnight().assume_utc())
    })
}

/// `GET /open311/v2/requests.json`: requests by ids, service codes, status and dates.
async fn list_requests(state: &AppState, params: &[(String, String)], format: Format) -> Response {
    let community = match jurisdiction(state, params, format).await {
        Ok(community) => community,
        Err(response) => return response,
    };
    let mut filter =
        RequestFilter { community: community.as_ref().map(|c| c.id), limit: LONGEST_LIST, ..RequestFilter::default() };
    let mut problems = Vec::new();
    if let Some(ids) = param(params, "service_request_id") {
        for id in ids.split(',').map(str::trim) {
            match id.parse::<i64>() {
                Ok(id) => filter.ids.push(id),
                Err(_) => problems.push(format!("service_request_id: {id} is not a request id")),
            }
        }
    }
    if let Some(codes) = param(params, "service_code") {
        filter.service_codes = codes.split(',').map(|code| code.trim().to_owned()).collect();
    }
    if let Some(statuses) = param(params, "status") {
        for status in statuses.split(',').map(str::trim) {
            match status {
                "open" => filter.statuses.extend(
                    [RequestStatus::Open, RequestStatus::Acknowledged, RequestStatus::InProgress]
                        .map(|s| s.key().to_owned()),
                ),
                "closed" => filter.statuses.push(RequestStatus::Closed.key().to_owned()),
                other => problems.push(format!("status: {other} is neither open nor closed")),
            }
        }
    }
    for (name, slot) in [("start_date", &mut filter.since), ("end_date", &mut filter.until)] {
        if let Some(raw) = param(params, name) {
            match parse_time(raw) {
                Some(at) => *slot = Some(at),
                None => problems.push(format!("{name}: {raw} is not a date and time in ISO 8601 (w3c) format")),
            }
        }
    }
    if !problems.is_empty() {
        return format.errors(StatusCode::BAD_REQUEST, &problems);
    }
    if filter.ids.is_empty() && filter.since.is_none() && filter.until.is_none() {
        filter.since = Some(piazza_domain::now() - time::Duration::days(DEFAULT_DAYS));
    }
    let requests = match state.db.service_requests(&filter).await {
        Ok(requests) => requests,
        Err(problem) => return internal(problem, format),
    };
    let mut list = Vec::new();
    for request in &requests {
        list.push(request_json(request, &agency_of(state, request).await));
    }
    format.answer(StatusCode::OK, "service_requests", &Json::Array(list))
}

/// `GET /open311/v2/requests/{id}.json`.
async fn one_request(State(state): State<AppState>, Path(file): Path<String>, Query(params): Params) -> Response {
    let Some((id, format)) = Format::of(&file) else {
        return Format::Json.error(StatusCode::NOT_FOUND, "Ask for .json or .xml.");
    };
    if has_control_characters(&params) {
        return refuse_control_characters(format);
    }
    let within = match jurisdiction(&state, &params, format).await {
        Ok(community) => community,
        Err(response) => return response,
    };
    let not_found = || format.error(StatusCode::NOT_FOUND, "service_request_id not found");
    let Ok(id) = id.parse::<i64>() else { return not_found() };
    match state.db.service_request(id).await {
        Ok(Some(request)) if within.as_ref().is_none_or(|c| c.id.0 == request.community_id) => {
            let agency = agency_of(&state, &request).await;
            format.answer(StatusCode::OK, "service_requests", &json!([request_json(&request, &agency)]))
        }
        Ok(_) => not_found(),
        Err(problem) => internal(problem, format),
    }
}

/// The Open311 name of a field of the reporting form, for error descriptions.
fn open311_name(field: &str) -> String {
    match field {
        "latitude" => "lat".to_owned(),
        "longitude" => "long".to_owned(),
        "address" => "address_string".to_owned(),
        other => match other.strip_prefix("attribute-") {
            Some(code) => format!("attribute[{code}]"),
            None => other.to_owned(),
        },
    }
}

/// The report a POST describes: GeoReport v2's field names, attributes as `attribute[code]`
/// (or `attribute[code][]` for several values).
fn report_of(fields: &Fields) -> ReportForm {
    let answers = fields
        .0
        .iter()
        .filter_map(|(name, value)| {
            let code = name.strip_prefix("attribute[")?;
            let code = code.strip_suffix("][]").or_else(|| code.strip_suffix(']'))?;
            Some((code.to_owned(), value.clone()))
        })
        .collect();
    ReportForm {
        description: fields.get("description").to_owned(),
        address: fields.get("address_string").to_owned(),
        latitude: fields.get("lat").to_owned(),
        longitude: fields.get("long").to_owned(),
        neighbourhood: String::new(),
        email: fields.get("email").to_owned(),
        answers,
    }
}

/// `POST /open311/v2/requests.json`: files a report. Open311 clients hold no Piazza session, so a
/// report filed here is anonymous, and the community must accept anonymous reports.
async fn create_request(
    State(state): State<AppState>,
    Path(file): Path<String>,
    form: Result<axum::Form<Fields>, FormRejection>,
) -> Response {
    let Some(("requests", format)) = Format::of(&file) else {
        return Format::Json.error(StatusCode::METHOD_NOT_ALLOWED, "Only requests.json and requests.xml take a POST.");
    };
    let fields = match form {
        Ok(axum::Form(fields)) => fields,
        Err(FormRejection::BytesRejection(rejection)) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return format.error(StatusCode::PAYLOAD_TOO_LARGE, "The request is too large.");
        }
        Err(_) => {
            return format.error(StatusCode::BAD_REQUEST, "Send the fields as application/x-www-form-urlencoded.");
        }
    };
    if has_control_characters(&fields.0) {
        return refuse_control_characters(format);
    }
    if let Some(slug) = param(&fields.0, "jurisdiction_id")
        && !matches!(state.db.community_by_slug(slug).await, Ok(Some(_)))
    {
        return format.error(StatusCode::NOT_FOUND, "jurisdiction_id not found");
    }
    let code = fields.get("service_code").trim();
    if code.is_empty() {
        return format.error(StatusCode::BAD_REQUEST, "service_code: a service code is required");
    }
    let service = match state.db.service_type_by_code(code).await {
        Ok(Some(service)) => service,
        Ok(None) => return format.error(StatusCode::NOT_FOUND, "service_code not found"),
        Err(problem) => return internal(problem, format),
    };
    if let Some(slug) = param(&fields.0, "jurisdiction_id")
        && slug != service.community_slug
    {
        return format.error(StatusCode::NOT_FOUND, "service_code not found in this jurisdiction_id");
    }
    let report = report_of(&fields);
    match use_cases::report(&state.db, None, &service, &report, ReportChannel::Open311).await {
        Ok(Ok(id)) => {
            let created = json!([{ "service_request_id": id.to_string(), "service_notice": Json::Null, "account_id": Json::Null }]);
            format.answer(StatusCode::OK, "service_requests", &created)
        }
        Ok(Err(Refusal::NoSuchService)) => format.error(StatusCode::NOT_FOUND, "service_code not found"),
        Ok(Err(Refusal::SignInNeeded)) => format.error(
            StatusCode::FORBIDDEN,
            "This community takes reports only from people signed in to Piazza; report on its website.",
        ),
        Err(AppError::Invalid(errors)) => {
            let descriptions: Vec<String> = errors
                .fields
                .iter()
                .map(|error| {
                    let message = crate::i18n::translate(Locale::En, error.message_id, None);
                    format!("{}: {message}", open311_name(&error.field))
                })
                .collect();
            format.errors(StatusCode::BAD_REQUEST, &descriptions)
        }
        Err(problem) => internal(problem, format),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_names_list_items_as_georeport_does_and_escapes_text() {
        let mut out = String::new();
        element(&mut out, "services", &json!([{ "service_code": "a&b", "keywords": "<x>", "metadata": false }]));
        assert!(out.starts_with("<services><service>") && out.ends_with("</service></services>"), "{out}");
        assert!(out.contains("<service_code>a&amp;b</service_code>"), "{out}");
        assert!(out.contains("<keywords>&lt;x&gt;</keywords>"), "{out}");
        assert!(out.contains("<metadata>false</metadata>"), "{out}");
    }
}

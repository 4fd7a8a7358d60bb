//! Service feedback: administrators define the service types their community offers; residents
//! report problems on the site or through the Open311 API; officials move each request along
//! with public notes and an expected date; once it is closed, and once a result is done,
//! residents rate it, and the ratings and resolution times become the community's indicators.

use piazza_domain::{AttributeType, Locale, ReportChannel, RequestStatus, ResultStatus, Role};
use piazza_store::Db;
use piazza_store::communities::Community;
use piazza_store::service_requests::{
    NewRequestUpdate, NewServiceAttribute, NewServiceRequest, NewServiceType, Rated, ServiceAttribute, ServiceRequest,
    ServiceType,
};

use crate::accounts::Actor;
use crate::processes::{optional_line, parse_date, speaks_for};
use crate::{AppError, AppResult, FormErrors};

/// The longest description Open311 allows, and so the longest Piazza takes.
pub const LONGEST_DESCRIPTION: usize = 4000;

/// A report as typed into the page or posted to the API. `answers` holds every value sent for an
/// attribute, by the attribute's code (several for a multi-valued list).
#[derive(Debug, Clone, Default)]
pub struct ReportForm {
    pub description: String,
    pub address: String,
    pub latitude: String,
    pub longitude: String,
    pub neighbourhood: String,
    pub email: String,
    pub answers: Vec<(String, String)>,
}

impl ReportForm {
    /// The values sent for one attribute.
    pub fn answers_to<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.answers.iter().filter(move |(c, _)| c == code).map(|(_, value)| value.as_str())
    }
}

/// The field name of an attribute in the reporting form and its errors.
pub fn attribute_field(code: &str) -> String {
    format!("attribute-{code}")
}

/// Who may look after a community's service requests: its officials, administrators and the
/// instance's administrators.
pub fn handles_requests(actor: &Actor, community: &Community) -> bool {
    speaks_for(actor, community)
}

/// Whether a person may define a community's service types.
pub fn administers_services(actor: &Actor, community: &Community) -> bool {
    actor.is_instance_admin() || actor.has_role(community.id, Role::Administrator)
}

/// Checks one answer to an attribute, giving the value to store or the message id of the fault.
fn checked_answer(attribute: &ServiceAttribute, kind: AttributeType, raw: &str) -> Result<String, &'static str> {
    let raw = raw.trim();
    match kind {
        AttributeType::String => match piazza_domain::single_line(raw) {
            Ok(value) if value.chars().count() <= 200 => Ok(value.to_owned()),
            Ok(_) => Err("error-text-too-long"),
            Err(invalid) => Err(invalid.message_id),
        },
        AttributeType::Text => piazza_domain::long_text(raw, 2000, "error-attribute-required", "error-text-too-long")
            .map_err(|invalid| invalid.message_id),
        AttributeType::Number => raw
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|value| value.is_finite())
            .map(|value| value.to_string())
            .ok_or("error-attribute-number"),
        AttributeType::Datetime => {
            let date = raw.get(..10).and_then(parse_date).ok_or("error-attribute-datetime")?;
            // A time of day may follow; only the day is kept, which is what a report needs.
            Ok(date.to_string())
        }
        AttributeType::SingleValueList | AttributeType::MultiValueList => {
            if attribute.values.iter().any(|(key, _)| key == raw) {
                Ok(raw.to_owned())
            } else {
                Err("error-choose-one")
            }
        }
    }
}

/// A report checked against its service type, ready to store.
struct ValidReport {
    description: String,
    address: Option<String>,
    point: Option<(f64, f64)>,
    neighbourhood: Option<i64>,
    email: Option<String>,
    values: Vec<(i64, String)>,
}

async fn validate(
    db: &Db,
    community: &Community,
    attributes: &[ServiceAttribute],
    form: &ReportForm,
    anonymous: bool,
) -> AppResult<ValidReport> {
    let mut errors = FormErrors::default();
    let description = errors.check(
        "description",
        piazza_domain::long_text(
            &form.description,
            LONGEST_DESCRIPTION,
            "error-description-required",
            "error-request-description-length",
        ),
    );
    let address = optional_line(&form.address, 250, "address", &mut errors);
    let point = crate::proposals::map_point(&form.latitude, &form.longitude, &mut errors);
    if matches!((&address, &point), (Some(None), Some(None))) {
        errors.add("address", "error-request-location");
    }
    let neighbourhood = match form.neighbourhood.trim() {
        "" => Some(None),
        raw => {
            let choices = db.neighbourhoods_of(community.id).await?;
            match raw.parse::<i64>().ok().filter(|id| choices.iter().any(|n| n.id == *id)) {
                Some(id) => Some(Some(id)),
                None => {
                    errors.add("neighbourhood", "error-choose-one");
                    None
                }
            }
        }
    };
    let email = if anonymous {
        errors
            .check("email", piazza_domain::Email::parse_optional(&form.email))
            .map(|e| e.map(|e| e.as_str().to_owned()))
    } else {
        Some(None)
    };
    let mut values = Vec::new();
    for attribute in attributes {
        let Some(kind) = AttributeType::parse(&attribute.datatype) else { continue };
        let field = attribute_field(&attribute.code);
        let given: Vec<&str> = form.answers_to(&attribute.code).filter(|value| !value.trim().is_empty()).collect();
        if given.is_empty() {
            if attribute.required {
                errors.add(field, "error-attribute-required");
            }
            continue;
        }
        let given = if kind == AttributeType::MultiValueList { given } else { given[..1].to_vec() };
        for raw in given {
            match checked_answer(attribute, kind, raw) {
                Ok(value) if !values.contains(&(attribute.id, value.clone())) => values.push((attribute.id, value)),
                Ok(_) => {}
                Err(message_id) => {
                    errors.add(field.clone(), message_id);
                    break;
                }
            }
        }
    }
    let (Some(description), Some(address), Some(point), Some(neighbourhood), Some(email), true) =
        (description, address, point, neighbourhood, email, errors.is_empty())
    else {
        return Err(errors.into());
    };
    Ok(ValidReport { description, address, point, neighbourhood, email, values })
}

/// Why a report could not be filed before its content was even read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The service type is unknown, retired, or of another community.
    NoSuchService,
    /// The person is not signed in and the community takes no anonymous reports.
    SignInNeeded,
}

/// Files a report. `reporter` is the signed-in person, if any; without one the community must
/// allow anonymous reports.
pub async fn report(
    db: &Db,
    reporter: Option<&Actor>,
    service: &ServiceType,
    form: &ReportForm,
    channel: ReportChannel,
) -> AppResult<Result<i64, Refusal>> {
    let Some(community) = db.community(piazza_domain::CommunityId(service.community_id)).await? else {
        return Ok(Err(Refusal::NoSuchService));
    };
    if !service.active {
        return Ok(Err(Refusal::NoSuchService));
    }
    if reporter.is_none() && !community.anonymous_reports {
        return Ok(Err(Refusal::SignInNeeded));
    }
    let attributes = db.service_attributes(service.id).await?;
    let valid = validate(db, &community, &attributes, form, reporter.is_none()).await?;
    let id = db
        .create_service_request(&NewServiceRequest {
            community: community.id,
            service_type: service.id,
            description: &valid.description,
            address: valid.address.as_deref(),
            latitude: valid.point.map(|(lat, _)| lat),
            longitude: valid.point.map(|(_, lon)| lon),
            neighbourhood: valid.neighbourhood,
            reporter: reporter.map(Actor::id),
            contact_email: valid.email.as_deref(),
            channel: channel.key(),
            values: &valid.values,
        })
        .await?;
    Ok(Ok(id))
}

/// An official's update as typed into the form.
#[derive(Debug, Clone, Default)]
pub struct StatusForm {
    pub status: String,
    pub note: String,
    pub expected_at: String,
}

/// What an update changed, for the page to tell the reporter.
pub struct StatusChange {
    pub status: RequestStatus,
    pub note: String,
    /// The address of a reporter without an account, read before closing forgot it.
    pub contact_email: Option<String>,
}

/// An official moves a request to a status, with a public note and the day it is expected to be
/// dealt with. Closing needs a note, so that the reporter learns what was done.
pub async fn update_status(
    db: &Db,
    actor: &Actor,
    community: &Community,
    request: &ServiceRequest,
    form: &StatusForm,
) -> AppResult<StatusChange> {
    if !handles_requests(actor, community) || request.community_id != community.id.0 {
        return Err(AppError::Forbidden);
    }
    let mut errors = FormErrors::default();
    let status = RequestStatus::parse(form.status.trim());
    if status.is_none() {
        errors.add("status", "error-choose-one");
    }
    let note = errors.check(
        "note",
        piazza_domain::long_text(&form.note, 2000, "error-request-note-required", "error-text-too-long"),
    );
    let expected_at = match form.expected_at.trim() {
        "" => Some(None),
        raw => match parse_date(raw) {
            Some(date) => Some(Some(date.to_string())),
            None => {
                errors.add("expected_at", "error-date-invalid");
                None
            }
        },
    };
    let (Some(status), Some(note), Some(expected_at), true) = (status, note, expected_at, errors.is_empty()) else {
        return Err(errors.into());
    };
    let contact_email = db.request_contact(request.id).await?;
    db.update_service_request(
        request.id,
        &NewRequestUpdate {
            status: status.key(),
            note: &note,
            expected_at: expected_at.as_deref(),
            written_by: actor.id(),
            closes: status == RequestStatus::Closed,
        },
    )
    .await?;
    Ok(StatusChange { status, note, contact_email })
}

/// A rating as typed into the form.
#[derive(Debug, Clone, Default)]
pub struct RatingForm {
    pub score: String,
    pub comment: String,
}

/// A signed-in resident rates a closed request or a done result, 1 to 5 with an optional
/// comment; rating again replaces their earlier rating.
pub async fn rate(db: &Db, actor: &Actor, rated: Rated, form: &RatingForm) -> AppResult<()> {
    let ready = match rated {
        Rated::Request(id) => db.service_request(id).await?.map(|r| r.status == RequestStatus::Closed.key()),
        Rated::Result(id) => db.result(id).await?.map(|r| r.status == ResultStatus::Done.key()),
    };
    match ready {
        None => return Err(AppError::NotFound),
        Some(false) => return Err(FormErrors::single("score", "error-rating-not-yet").into()),
        Some(true) => {}
    }
    let mut errors = FormErrors::default();
    let score = form.score.trim().parse::<i64>().ok().filter(|score| (1..=5).contains(score));
    if score.is_none() {
        errors.add("score", "error-rating-score");
    }
    let comment = match form.comment.trim() {
        "" => Some(String::new()),
        raw => {
            errors.check("comment", piazza_domain::long_text(raw, 1000, "error-rating-score", "error-text-too-long"))
        }
    };
    let (Some(score), Some(comment), true) = (score, comment, errors.is_empty()) else {
        return Err(errors.into());
    };
    db.rate(rated, actor.id(), score, &comment).await?;
    Ok(())
}

/// A service type as typed into the administrators' form.
#[derive(Debug, Clone, Default)]
pub struct ServiceTypeForm {
    pub code: String,
    pub name: String,
    pub description: String,
    pub group: String,
    pub keywords: String,
}

/// The code a service type is published under: unique on the whole instance, so that an Open311
/// client needs no jurisdiction to name it. The community's slug comes first.
pub fn service_code(community: &Community, key: &str) -> String {
    format!("{}-{key}", community.slug)
}

/// An administrator adds a service type to their community.
pub async fn create_service_type(
    db: &Db,
    actor: &Actor,
    community: &Community,
    form: &ServiceTypeForm,
) -> AppResult<String> {
    if !administers_services(actor, community) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FormErrors::default();
    let key = form.code.trim().to_lowercase();
    let key_ok = !key.is_empty()
        && key.len() <= 40
        && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !key.starts_with('-')
        && !key.ends_with('-');
    if !key_ok {
        errors.add("code", "error-service-code");
    }
    let code = service_code(community, &key);
    if key_ok && db.service_type_by_code(&code).await?.is_some() {
        errors.add("code", "error-service-code-taken");
    }
    let name = errors.check("name", piazza_domain::title(&form.name, 120));
    let description = errors.check(
        "description",
        piazza_domain::long_text(&form.description, 1000, "error-description-required", "error-description-length"),
    );
    let group = optional_line(&form.group, 80, "group", &mut errors);
    let keywords = optional_line(&form.keywords, 200, "keywords", &mut errors);
    let (Some(name), Some(description), Some(group), Some(keywords), true) =
        (name, description, group, keywords, errors.is_empty())
    else {
        return Err(errors.into());
    };
    db.create_service_type(&NewServiceType {
        community: community.id,
        code: &code,
        name: &name,
        description: &description,
        group_name: group.as_deref().unwrap_or(""),
        keywords: keywords.as_deref().unwrap_or(""),
    })
    .await?;
    Ok(code)
}

/// An attribute as typed into the administrators' form; list values one per line.
#[derive(Debug, Clone, Default)]
pub struct AttributeForm {
    pub code: String,
    pub datatype: String,
    pub required: bool,
    pub description: String,
    pub values: String,
}

/// The key of a list value, from its name: lower case letters and digits joined by hyphens.
pub(crate) fn value_key(name: &str) -> String {
    let mut key = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            key.push(c);
        } else if !key.ends_with('-') && !key.is_empty() {
            key.push('-');
        }
    }
    key.trim_end_matches('-').to_owned()
}

/// An administrator adds an extra question to a service type.
pub async fn add_attribute(
    db: &Db,
    actor: &Actor,
    community: &Community,
    service: &ServiceType,
    form: &AttributeForm,
) -> AppResult<()> {
    if !administers_services(actor, community) || service.community_id != community.id.0 {
        return Err(AppError::Forbidden);
    }
    let mut errors = FormErrors::default();
    let code = form.code.trim().to_lowercase();
    let existing = db.service_attributes(service.id).await?;
    if code.is_empty()
        || code.len() > 40
        || !code.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        errors.add("code", "error-attribute-code");
    } else if existing.iter().any(|attribute| attribute.code == code) {
        errors.add("code", "error-attribute-code-taken");
    }
    let kind = AttributeType::parse(form.datatype.trim());
    if kind.is_none() {
        errors.add("datatype", "error-choose-one");
    }
    let description = errors.check("description", piazza_domain::title(&form.description, 200));
    let values: Vec<(String, String)> = form
        .values
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|name| (value_key(name), name.to_owned()))
        .collect();
    if kind.is_some_and(AttributeType::is_list) {
        let mut keys: Vec<&str> = values.iter().map(|(key, _)| key.as_str()).collect();
        keys.sort_unstable();
        keys.dedup();
        let unreadable =
            values.iter().any(|(_, name)| piazza_domain::single_line(name).is_err() || name.chars().count() > 120);
        if values.len() < 2 || keys.len() != values.len() || keys.iter().any(|key| key.is_empty()) || unreadable {
            errors.add("values", "error-attribute-values");
        }
    }
    let (Some(kind), Some(description), true) = (kind, description, errors.is_empty()) else {
        return Err(errors.into());
    };
    db.add_service_attribute(
        service.id,
        &NewServiceAttribute {
            code: &code,
            datatype: kind.key(),
            required: form.required,
            description: &description,
            values: if kind.is_list() { &values } else { &[] },
        },
    )
    .await?;
    Ok(())
}

/// An administrator retires a service type (no new reports) or offers it again.
pub async fn set_active(
    db: &Db,
    actor: &Actor,
    community: &Community,
    service: &ServiceType,
    active: bool,
) -> AppResult<()> {
    if !administers_services(actor, community) || service.community_id != community.id.0 {
        return Err(AppError::Forbidden);
    }
    db.set_service_type_active(service.id, active).await?;
    Ok(())
}

/// An administrator allows or stops reports from people without an account.
pub async fn set_anonymous_reports(db: &Db, actor: &Actor, community: &Community, allowed: bool) -> AppResult<()> {
    if !administers_services(actor, community) {
        return Err(AppError::Forbidden);
    }
    db.set_anonymous_reports(community.id, allowed).await?;
    Ok(())
}

/// The language a request's messages to its reporter are written in when nothing better is
/// known: the community's own.
pub fn community_locale(community: &Community) -> Locale {
    Locale::parse(&community.default_locale).unwrap_or(Locale::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_value_keys_come_from_their_names() {
        assert_eq!(value_key("Larger than a hand"), "larger-than-a-hand");
        assert_eq!(value_key("  Più di 30 cm! "), "più-di-30-cm");
    }
}

/// One line of the indicators: how many requests were reported and closed, how long closing
/// took (the median, in days), and how residents rated what was done.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Indicator {
    /// A service type's or a neighbourhood's name, or a month as `YYYY-MM`; `None` for requests
    /// placed in no neighbourhood.
    pub name: Option<String>,
    pub requests: usize,
    pub closed: usize,
    pub median_days: Option<f64>,
    pub average_rating: Option<f64>,
    pub ratings: usize,
}

/// The continuous assessment of a community's services: per service type, per neighbourhood,
/// per month since the first report, and the ratings of its done results.
#[derive(Debug, Clone, Default)]
pub struct Indicators {
    pub by_service: Vec<Indicator>,
    pub by_neighbourhood: Vec<Indicator>,
    pub by_month: Vec<Indicator>,
    pub results: Indicator,
}

fn median(mut values: Vec<f64>) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    Some(if values.len().is_multiple_of(2) { (values[middle - 1] + values[middle]) / 2.0 } else { values[middle] })
}

fn average(values: &[i64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<i64>() as f64 / values.len() as f64)
}

fn month_of(at: time::OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    format!("{:04}-{:02}", at.year(), u8::from(at.month()))
}

fn days_between(from: time::OffsetDateTime, to: time::OffsetDateTime) -> f64 {
    (to - from).as_seconds_f64() / 86_400.0
}

/// Counts the indicators from the facts: `requests`, `ratings`, and the names of the service
/// types and neighbourhoods by id. Every service type and neighbourhood gets a line, even without
/// requests, so that a service nobody uses shows as such.
pub fn count_indicators(
    requests: &[piazza_store::service_requests::RequestFact],
    ratings: &[piazza_store::service_requests::RatingFact],
    services: &[(i64, String)],
    neighbourhoods: &[(i64, String)],
) -> Indicators {
    let line = |name: Option<String>, chosen: &dyn Fn(&piazza_store::service_requests::RequestFact) -> bool| {
        let mine: Vec<_> = requests.iter().filter(|r| chosen(r)).collect();
        let scores: Vec<i64> = ratings
            .iter()
            .filter(|rating| rating.request_id.is_some_and(|id| mine.iter().any(|r| r.id == id)))
            .map(|rating| rating.score)
            .collect();
        let durations: Vec<f64> =
            mine.iter().filter_map(|r| r.closed_at.map(|closed| days_between(r.created_at, closed))).collect();
        Indicator {
            name,
            requests: mine.len(),
            closed: durations.len(),
            median_days: median(durations),
            average_rating: average(&scores),
            ratings: scores.len(),
        }
    };
    let by_service =
        services.iter().map(|(id, name)| line(Some(name.clone()), &|r| r.service_type_id == *id)).collect();
    let mut by_neighbourhood: Vec<Indicator> = neighbourhoods
        .iter()
        .map(|(id, name)| line(Some(name.clone()), &|r| r.neighbourhood_id == Some(*id)))
        .collect();
    let unplaced = line(None, &|r| r.neighbourhood_id.is_none());
    if unplaced.requests > 0 {
        by_neighbourhood.push(unplaced);
    }

    let mut months: Vec<String> = requests
        .iter()
        .map(|r| month_of(r.created_at))
        .chain(requests.iter().filter_map(|r| r.closed_at.map(month_of)))
        .chain(ratings.iter().map(|rating| month_of(rating.created_at)))
        .collect();
    months.sort();
    months.dedup();
    let by_month = months
        .into_iter()
        .map(|month| {
            let closed: Vec<f64> = requests
                .iter()
                .filter_map(|r| {
                    r.closed_at.filter(|at| month_of(*at) == month).map(|at| days_between(r.created_at, at))
                })
                .collect();
            let scores: Vec<i64> = ratings
                .iter()
                .filter(|rating| month_of(rating.created_at) == month)
                .map(|rating| rating.score)
                .collect();
            Indicator {
                requests: requests.iter().filter(|r| month_of(r.created_at) == month).count(),
                closed: closed.len(),
                median_days: median(closed),
                average_rating: average(&scores),
                ratings: scores.len(),
                name: Some(month),
            }
        })
        .collect();
    let result_scores: Vec<i64> =
        ratings.iter().filter(|rating| rating.result_id.is_some()).map(|rating| rating.score).collect();
    let results = Indicator {
        name: None,
        average_rating: average(&result_scores),
        ratings: result_scores.len(),
        ..Indicator::default()
    };
    Indicators { by_service, by_neighbourhood, by_month, results }
}

/// A community's indicators, read and counted.
pub async fn indicators(db: &Db, community: &Community) -> AppResult<Indicators> {
    let requests = db.request_facts(community.id).await?;
    let ratings = db.rating_facts(community.id).await?;
    let services: Vec<(i64, String)> =
        db.service_types(Some(community.id), false).await?.into_iter().map(|t| (t.id, t.name)).collect();
    let neighbourhoods: Vec<(i64, String)> =
        db.neighbourhoods_of(community.id).await?.into_iter().map(|n| (n.id, n.name)).collect();
    Ok(count_indicators(&requests, &ratings, &services, &neighbourhoods))
}

#[cfg(test)]
mod indicator_tests {
    use piazza_store::service_requests::{RatingFact, RequestFact};
    use time::macros::datetime;

    use super::*;

    #[test]
    fn indicators_count_medians_and_averages_per_service_neighbourhood_and_month() {
        let request = |id, service, neighbourhood, created, closed| RequestFact {
            id,
            service_type_id: service,
            neighbourhood_id: neighbourhood,
            created_at: created,
            closed_at: closed,
        };
        let requests = [
            request(1, 10, Some(100), datetime!(2026-01-05 0:00 UTC), Some(datetime!(2026-01-07 0:00 UTC))),
            request(2, 10, Some(100), datetime!(2026-01-10 0:00 UTC), Some(datetime!(2026-02-10 0:00 UTC))),
            request(3, 10, None, datetime!(2026-02-01 0:00 UTC), Some(datetime!(2026-02-05 0:00 UTC))),
            request(4, 11, Some(101), datetime!(2026-02-03 0:00 UTC), None),
        ];
        let rating = |request_id, result_id, score, at| RatingFact { request_id, result_id, score, created_at: at };
        let ratings = [
            rating(Some(1), None, 5, datetime!(2026-01-08 0:00 UTC)),
            rating(Some(2), None, 2, datetime!(2026-02-11 0:00 UTC)),
            rating(Some(2), None, 3, datetime!(2026-02-12 0:00 UTC)),
            rating(None, Some(7), 4, datetime!(2026-02-20 0:00 UTC)),
        ];
        let indicators = count_indicators(
            &requests,
            &ratings,
            &[(10, "Potholes".into()), (11, "Lights".into()), (12, "Unused".into())],
            &[(100, "Centre".into()), (101, "Hill".into())],
        );
        let potholes = &indicators.by_service[0];
        assert_eq!((potholes.requests, potholes.closed), (3, 3));
        assert_eq!(potholes.median_days, Some(4.0), "2, 31 and 4 days");
        assert_eq!(potholes.average_rating, Some(10.0 / 3.0));
        assert_eq!(indicators.by_service[1].closed, 0);
        assert_eq!(indicators.by_service[1].median_days, None);
        assert_eq!(indicators.by_service[2].requests, 0, "a service nobody used still shows");
        assert_eq!(indicators.by_neighbourhood.len(), 3, "two neighbourhoods and the requests placed in none");
        assert_eq!(indicators.by_neighbourhood[2].name, None);
        let months: Vec<_> = indicators.by_month.iter().map(|m| m.name.clone().unwrap()).collect();
        assert_eq!(months, ["2026-01", "2026-02"]);
        let february = &indicators.by_month[1];
        assert_eq!((february.requests, february.closed), (2, 2));
        assert_eq!(february.median_days, Some(17.5), "31 and 4 days");
        assert_eq!(february.ratings, 3);
        assert_eq!(indicators.results.average_rating, Some(4.0));
    }
}

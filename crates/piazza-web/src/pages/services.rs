//! Service feedback pages: reporting a problem (without script), the public list of requests,
//! a request with its timeline, the officials' status updates, ratings of closed requests and
//! done results, the indicators with their charts and tables, and the administrators' service
//! types.

use askama::Template;
use axum::extract::{Path, Query};
use piazza_app::AppError;
use piazza_app::records::Rated;
use piazza_app::records::{
    Community, RequestFilter, RequestUpdate, RequestValue, ServiceAttribute, ServiceRequest, ServiceType,
};
use piazza_app::service_requests::{
    self as use_cases, AttributeForm, Indicator, Indicators, RatingForm, Refusal, ReportForm, ServiceTypeForm,
    StatusForm,
};
use piazza_domain::{AttributeType, NotificationKind, ReportChannel, RequestStatus};

use super::charts::CHART_WIDTH;
use super::communities::find_community;
use super::{Id, PageResult, render, see_other, unprocessable};
use crate::context::Ctx;
use crate::errors::PageError;
use crate::forms::{Fields, FormView, Posted};
use crate::i18n::Tr;

/// An attribute as the reporting form shows it.
pub struct AttributeView {
    pub field: String,
    pub kind: &'static str,
    pub required: bool,
    pub description: String,
    pub values: Vec<(String, String)>,
}

fn attribute_views(attributes: &[ServiceAttribute]) -> Vec<AttributeView> {
    attributes
        .iter()
        .filter_map(|attribute| {
            let kind = AttributeType::parse(&attribute.datatype)?;
            Some(AttributeView {
                field: use_cases::attribute_field(&attribute.code),
                kind: kind.key(),
                required: attribute.required,
                description: attribute.description.clone(),
                values: attribute.values.clone(),
            })
        })
        .collect()
}

fn status_name(tr: &Tr, status: &str) -> String {
    RequestStatus::parse(status).map(|status| tr.t(status.message_id())).unwrap_or_default()
}

/// A stored day (`2027-03-31`) written out for the reader.
fn day(tr: &Tr, stored: &str) -> String {
    time::Date::parse(stored, time::macros::format_description!("[year]-[month]-[day]"))
        .map(|date| tr.date(&date.midnight().assume_utc()))
        .unwrap_or_else(|_| stored.to_owned())
}

async fn find_service(ctx: &Ctx, community: &Community, code: &str) -> Result<ServiceType, PageError> {
    ctx.state
        .db
        .service_type_by_code(code)
        .await?
        .filter(|service| service.community_id == community.id.0)
        .ok_or(PageError::NotFound)
}

#[derive(Template)]
#[template(path = "report_choose.html")]
struct ChoosePage<'a> {
    c: &'a Ctx,
    community: Community,
    services: Vec<ServiceType>,
    /// Whether this person may report here: signed in, or the community takes anonymous reports.
    may_report: bool,
}

/// `/c/{slug}/report`: which kind of problem.
pub async fn report_choose(ctx: Ctx, Path(slug): Path<String>) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    let services = ctx.state.db.service_types(Some(community.id), true).await?;
    let may_report = ctx.signed_in() || community.anonymous_reports;
    Ok(render(&ChoosePage { c: &ctx, community, services, may_report }))
}

#[derive(Template)]
#[template(path = "report_form.html")]
struct ReportPage<'a> {
    c: &'a Ctx,
    community: Community,
    service: ServiceType,
    attributes: Vec<AttributeView>,
    neighbourhoods: Vec<piazza_app::records::Neighbourhood>,
    form: FormView,
}

async fn report_page_with(ctx: &Ctx, community: Community, service: ServiceType, form: FormView) -> PageResult {
    let attributes = attribute_views(&ctx.state.db.service_attributes(service.id).await?);
    let neighbourhoods = ctx.state.db.neighbourhoods_of(community.id).await?;
    let page = ReportPage { c: ctx, community, service, attributes, neighbourhoods, form };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

/// `/c/{slug}/report/{code}`: the form for one kind of problem.
pub async fn service_report_form(ctx: Ctx, Path((slug, code)): Path<(String, String)>) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    let service = find_service(&ctx, &community, &code).await?;
    if !service.active {
        return Err(PageError::NotFound);
    }
    if !ctx.signed_in() && !community.anonymous_reports {
        return Err(PageError::SignInRequired);
    }
    report_page_with(&ctx, community, service, FormView::new(Fields::default())).await
}

fn report_of(fields: &Fields) -> ReportForm {
    let answers = fields
        .0
        .iter()
        .filter_map(|(name, value)| Some((name.strip_prefix("attribute-")?.to_owned(), value.clone())))
        .collect();
    ReportForm {
        description: fields.get("description").to_owned(),
        address: fields.get("address").to_owned(),
        latitude: fields.get("latitude").to_owned(),
        longitude: fields.get("longitude").to_owned(),
        neighbourhood: fields.get("neighbourhood").to_owned(),
        email: fields.get("email").to_owned(),
        answers,
    }
}

pub async fn file_report(ctx: Ctx, Path((slug, code)): Path<(String, String)>, Posted(fields): Posted) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    let service = find_service(&ctx, &community, &code).await?;
    let report = report_of(&fields);
    match use_cases::report(&ctx.state.db, ctx.actor.as_ref(), &service, &report, ReportChannel::Web).await {
        Ok(Ok(id)) => Ok(see_other(&format!("/requests/{id}?reported=1"))),
        Ok(Err(Refusal::NoSuchService)) => Err(PageError::NotFound),
        Ok(Err(Refusal::SignInNeeded)) => Err(PageError::SignInRequired),
        Err(AppError::Invalid(errors)) => {
            let form = FormView::with_errors(fields, &errors, &ctx.tr);
            report_page_with(&ctx, community, service, form).await
        }
        Err(error) => Err(error.into()),
    }
}

/// A request as the public list shows it.
pub struct RequestRow {
    pub request: ServiceRequest,
    pub status: String,
}

#[derive(Template)]
#[template(path = "requests.html")]
struct RequestsPage<'a> {
    c: &'a Ctx,
    community: Community,
    services: Vec<ServiceType>,
    rows: Vec<RequestRow>,
    statuses: &'static [RequestStatus],
    chosen_status: String,
    chosen_service: String,
}

#[derive(serde::Deserialize, Default)]
pub struct RequestsQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    service: String,
}

/// The most requests one page of the list shows.
const LIST_LENGTH: i64 = 200;

/// `/c/{slug}/requests`: every reported problem, newest first; never who reported it.
pub async fn requests_page(ctx: Ctx, Path(slug): Path<String>, Query(query): Query<RequestsQuery>) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    let db = &ctx.state.db;
    let services = db.service_types(Some(community.id), false).await?;
    let status = RequestStatus::parse(query.status.trim());
    let service = services.iter().find(|s| s.code == query.service.trim());
    let filter = RequestFilter {
        community: Some(community.id),
        statuses: status.map(|s| vec![s.key().to_owned()]).unwrap_or_default(),
        service_codes: service.map(|s| vec![s.code.clone()]).unwrap_or_default(),
        limit: LIST_LENGTH,
        ..RequestFilter::default()
    };
    let rows = db
        .service_requests(&filter)
        .await?
        .into_iter()
        .map(|request| RequestRow { status: status_name(&ctx.tr, &request.status), request })
        .collect();
    let chosen_status = status.map(|s| s.key().to_owned()).unwrap_or_default();
    let chosen_service = service.map(|s| s.code.clone()).unwrap_or_default();
    Ok(render(&RequestsPage {
        c: &ctx,
        community,
        services,
        rows,
        statuses: RequestStatus::ALL,
        chosen_status,
        chosen_service,
    }))
}

/// An answer to an attribute as the request page shows it.
pub struct AnswerView {
    pub question: String,
    pub answer: String,
}

/// A list value's name, a day written out, or the value as given.
fn answers_of(values: &[RequestValue], attributes: &[ServiceAttribute], tr: &Tr) -> Vec<AnswerView> {
    let mut answers: Vec<AnswerView> = Vec::new();
    for value in values {
        let attribute = attributes.iter().find(|a| a.id == value.attribute_id);
        let shown = match AttributeType::parse(&value.datatype) {
            Some(kind) if kind.is_list() => attribute
                .and_then(|a| a.values.iter().find(|(key, _)| *key == value.value))
                .map(|(_, name)| name.clone())
                .unwrap_or_else(|| value.value.clone()),
            Some(AttributeType::Datetime) => day(tr, &value.value),
            _ => value.value.clone(),
        };
        match answers.last_mut() {
            Some(last) if last.question == value.description => {
                last.answer.push_str(", ");
                last.answer.push_str(&shown);
            }
            _ => answers.push(AnswerView { question: value.description.clone(), answer: shown }),
        }
    }
    answers
}

#[derive(Template)]
#[template(path = "request.html")]
struct RequestPage<'a> {
    c: &'a Ctx,
    community: Community,
    request: ServiceRequest,
    status: String,
    expected: Option<String>,
    answers: Vec<AnswerView>,
    updates: Vec<UpdateView>,
    official: bool,
    status_form: FormView,
    statuses: &'static [RequestStatus],
    closed: bool,
    rating: RatingView,
    rating_form: FormView,
    notice: Option<String>,
}

/// An update in the timeline, in words.
pub struct UpdateView {
    pub update: RequestUpdate,
    pub status: String,
    pub expected: Option<String>,
}

/// What residents made of something closed or done: the average, how many rated, the comments
/// (shown to the officials who answer for it), and the reader's own rating.
pub struct RatingView {
    /// Where the rating form posts.
    pub action: String,
    /// Each score with its words, from 1 to 5.
    pub scores: Vec<(i64, String)>,
    pub average: Option<String>,
    pub count: usize,
    pub comments: Vec<String>,
    pub mine: Option<i64>,
}

async fn rating_view(ctx: &Ctx, rated: Rated, official: bool) -> Result<RatingView, PageError> {
    let action = match rated {
        Rated::Request(id) => format!("/requests/{id}/rating"),
        Rated::Result(id) => format!("/results/{id}/rating"),
    };
    let scores = (1..=5).map(|score| (score, ctx.t(&format!("rating-score-{score}")))).collect();
    let db = &ctx.state.db;
    let ratings = db.ratings_of(rated).await?;
    let average = (!ratings.is_empty())
        .then(|| ctx.tr.decimal(ratings.iter().map(|r| r.score).sum::<i64>() as f64 / ratings.len() as f64, 1));
    let comments = if official {
        ratings.iter().filter(|r| !r.comment.is_empty()).map(|r| r.comment.clone()).collect()
    } else {
        vec![]
    };
    let mine = match &ctx.actor {
        Some(actor) => db.rating_by(rated, actor.id()).await?.map(|r| r.score),
        None => None,
    };
    Ok(RatingView { action, scores, average, count: ratings.len(), comments, mine })
}

struct RequestForms {
    status: Option<FormView>,
    rating: Option<FormView>,
    notice: Option<String>,
}

async fn request_page_with(ctx: &Ctx, id: i64, forms: RequestForms) -> PageResult {
    let db = &ctx.state.db;
    let request = db.service_request(id).await?.ok_or(PageError::NotFound)?;
    let community = db.community(piazza_domain::CommunityId(request.community_id)).await?.ok_or(PageError::NotFound)?;
    let attributes = db.service_attributes(request.service_type_id).await?;
    let answers = answers_of(&db.request_values(id).await?, &attributes, &ctx.tr);
    let updates = db
        .request_updates(id)
        .await?
        .into_iter()
        .map(|update| UpdateView {
            status: status_name(&ctx.tr, &update.status),
            expected: update.expected_at.as_deref().map(|d| day(&ctx.tr, d)),
            update,
        })
        .collect();
    let official = ctx.actor.as_ref().is_some_and(|actor| use_cases::handles_requests(actor, &community));
    let closed = request.status == RequestStatus::Closed.key();
    let rating = rating_view(ctx, Rated::Request(id), official).await?;
    let status_form = forms.status.unwrap_or_else(|| {
        FormView::new(
            Fields::default()
                .with("status", &request.status)
                .with("expected_at", request.expected_at.as_deref().unwrap_or_default()),
        )
    });
    let rating_form = forms.rating.unwrap_or_else(|| {
        FormView::new(Fields::default().with("score", &rating.mine.map(|s| s.to_string()).unwrap_or_default()))
    });
    let page = RequestPage {
        c: ctx,
        status: status_name(&ctx.tr, &request.status),
        expected: request.expected_at.as_deref().map(|d| day(&ctx.tr, d)),
        community,
        answers,
        updates,
        official,
        status_form,
        statuses: RequestStatus::ALL,
        closed,
        rating,
        rating_form,
        notice: forms.notice,
        request,
    };
    let failed = page.status_form.has_errors() || page.rating_form.has_errors();
    Ok(if failed { unprocessable(&page) } else { render(&page) })
}

#[derive(serde::Deserialize, Default)]
pub struct RequestQuery {
    #[serde(default)]
    reported: Option<String>,
    #[serde(default)]
    updated: Option<String>,
    #[serde(default)]
    rated: Option<String>,
}

impl RequestPage<'_> {
    /// The message id of how the request reached Piazza.
    fn channel_id(&self) -> &'static str {
        ReportChannel::parse(&self.request.channel).unwrap_or(ReportChannel::Web).message_id()
    }
}

impl ServiceAdminPage<'_> {
    fn kind_id(&self, datatype: &str) -> &'static str {
        AttributeType::parse(datatype).unwrap_or(AttributeType::String).message_id()
    }
}

/// `/requests/{id}`: a reported problem, what the officials did, and how residents rated it.
pub async fn request_page(ctx: Ctx, Id(id): Id, Query(query): Query<RequestQuery>) -> PageResult {
    let notice = if query.reported.is_some() {
        Some(ctx.t("request-done-reported"))
    } else if query.updated.is_some() {
        Some(ctx.t("request-done-updated"))
    } else {
        query.rated.map(|_| ctx.t("rating-done"))
    };
    request_page_with(&ctx, id, RequestForms { status: None, rating: None, notice }).await
}

/// Tells the reporter what happened to their request: in the app (and by mail, as they chose)
/// when they have an account, or once by mail to the address they left.
async fn tell_reporter(ctx: &Ctx, request: &ServiceRequest, change: &use_cases::StatusChange) -> Result<(), PageError> {
    let link = format!("/requests/{}", request.id);
    let title = format!("{}: {}", request.service_name, request.address.as_deref().unwrap_or(&request.service_name));
    if let Some(reporter) = request.reporter_id {
        let event = crate::notices::event_by(
            ctx,
            NotificationKind::RequestUpdated,
            &title,
            link.clone(),
            Some(change.status.key().to_owned()),
        );
        let audience = [piazza_app::notifications::Audience::People(vec![piazza_domain::AccountId(reporter)])];
        crate::notices::send(ctx, event, &audience, &mut Vec::new()).await?;
    }
    if let Some(email) = &change.contact_email {
        let community = ctx.state.db.community(piazza_domain::CommunityId(request.community_id)).await?;
        let tr = Tr { locale: community.as_ref().map(use_cases::community_locale).unwrap_or(ctx.locale()) };
        let base = ctx.state.config.public_url.trim_end_matches('/');
        let status = tr.t(change.status.message_id());
        let subject = tr.t_texts("request-mail-subject", &[("service", &request.service_name), ("status", &status)]);
        let body = tr.t_texts(
            "request-mail-body",
            &[("status", &status), ("note", &change.note), ("link", &format!("{base}{link}"))],
        );
        let plain = |text: String| text.replace(['\u{2068}', '\u{2069}'], "");
        ctx.state.db.enqueue_mail(email, &plain(subject), &plain(body)).await?;
    }
    Ok(())
}

pub async fn update_request(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let db = &ctx.state.db;
    let request = db.service_request(id).await?.ok_or(PageError::NotFound)?;
    let community = db.community(piazza_domain::CommunityId(request.community_id)).await?.ok_or(PageError::NotFound)?;
    let form = StatusForm {
        status: fields.get("status").to_owned(),
        note: fields.get("note").to_owned(),
        expected_at: fields.get("expected_at").to_owned(),
    };
    match use_cases::update_status(db, actor, &community, &request, &form).await {
        Ok(change) => {
            tell_reporter(&ctx, &request, &change).await?;
            Ok(see_other(&format!("/requests/{id}?updated=1#timeline")))
        }
        Err(AppError::Invalid(errors)) => {
            let status = Some(FormView::with_errors(fields, &errors, &ctx.tr));
            request_page_with(&ctx, id, RequestForms { status, rating: None, notice: None }).await
        }
        Err(error) => Err(error.into()),
    }
}

fn rating_of(fields: &Fields) -> RatingForm {
    RatingForm { score: fields.get("score").to_owned(), comment: fields.get("comment").to_owned() }
}

pub async fn rate_request(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    match use_cases::rate(&ctx.state.db, actor, Rated::Request(id), &rating_of(&fields)).await {
        Ok(()) => Ok(see_other(&format!("/requests/{id}?rated=1#rating"))),
        Err(AppError::Invalid(errors)) => {
            let rating = Some(FormView::with_errors(fields, &errors, &ctx.tr));
            request_page_with(&ctx, id, RequestForms { status: None, rating, notice: None }).await
        }
        Err(error) => Err(error.into()),
    }
}

/// Residents rate a done result from its page; a refusal goes back to that page's form.
pub async fn rate_result(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    match use_cases::rate(&ctx.state.db, actor, Rated::Result(id), &rating_of(&fields)).await {
        Ok(()) => Ok(see_other(&format!("/results/{id}?rated=1#rating"))),
        Err(AppError::Invalid(errors)) => {
            super::accountability::result_page_with_rating(&ctx, id, FormView::with_errors(fields, &errors, &ctx.tr))
                .await
        }
        Err(error) => Err(error.into()),
    }
}

/// The rating section of a done result's page.
pub async fn result_rating(ctx: &Ctx, id: i64, official: bool) -> Result<RatingView, PageError> {
    rating_view(ctx, Rated::Result(id), official).await
}

const BAR_STEP: i64 = 40;

/// A chart and its table: the table is the data, the chart a picture of one column of it.
pub struct IndicatorTable {
    pub id: &'static str,
    pub heading: String,
    pub chart_caption: String,
    pub bars: Vec<super::charts::Bar>,
    pub chart_height: i64,
    pub rows: Vec<IndicatorRow>,
}

/// One line of an indicator table, written out for the reader.
pub struct IndicatorRow {
    pub name: String,
    pub requests: String,
    pub closed: String,
    pub median_days: String,
    pub average_rating: String,
    pub ratings: String,
}

fn indicator_row(tr: &Tr, indicator: &Indicator, unnamed: &str) -> IndicatorRow {
    let dash = "–".to_owned();
    IndicatorRow {
        name: indicator.name.clone().unwrap_or_else(|| unnamed.to_owned()),
        requests: tr.number(indicator.requests),
        closed: tr.number(indicator.closed),
        median_days: indicator.median_days.map(|days| tr.decimal(days, 1)).unwrap_or_else(|| dash.clone()),
        average_rating: indicator.average_rating.map(|score| tr.decimal(score, 1)).unwrap_or(dash),
        ratings: tr.number(indicator.ratings),
    }
}

/// A month `2026-03` as the reader writes it.
fn month_name(tr: &Tr, month: &str) -> String {
    let mut parts = month.split('-');
    match (parts.next(), parts.next().and_then(|m| m.parse::<u8>().ok())) {
        (Some(year), Some(number)) => {
            let year = tr.locale.localise_digits(year);
            tr.t_texts("indicators-month", &[("month", &tr.t(&format!("month-{number}"))), ("year", &year)])
        }
        _ => month.to_owned(),
    }
}

/// What one chart of the indicators page shows: its anchor, heading and caption (message ids),
/// and the value a full bar stands for (`None`: the largest value shown).
struct Chart {
    id: &'static str,
    heading: &'static str,
    caption: &'static str,
    scale: Option<f64>,
}

fn table(
    ctx: &Ctx,
    chart: Chart,
    indicators: &[Indicator],
    chart_of: impl Fn(&Indicator) -> Option<f64>,
    name_of: impl Fn(&Indicator) -> String,
) -> IndicatorTable {
    let rtl = ctx.locale().is_right_to_left();
    let charted: Vec<(String, f64)> = indicators
        .iter()
        .map(|indicator| {
            let value = chart_of(indicator).unwrap_or(0.0);
            let shown = chart_of(indicator).map(|v| ctx.tr.decimal(v, 1)).unwrap_or_else(|| "–".to_owned());
            (format!("{}: {shown}", name_of(indicator)), value)
        })
        .collect();
    // Ratings are drawn on their own scale, so that a full bar means 5 out of 5; days on the
    // longest shown.
    let most = chart.scale.unwrap_or_else(|| charted.iter().map(|(_, value)| *value).fold(0.0, f64::max));
    let unnamed = ctx.t("indicators-no-neighbourhood");
    IndicatorTable {
        id: chart.id,
        heading: ctx.t(chart.heading),
        chart_caption: ctx.t(chart.caption),
        chart_height: charted.len() as i64 * BAR_STEP + 8,
        bars: super::charts::lay_out(
            charted.iter().map(|(label, value)| {
                let width = if most > 0.0 { ((value / most) * CHART_WIDTH as f64).round() as i64 } else { 0 };
                (label.clone(), width, true)
            }),
            BAR_STEP,
            rtl,
        ),
        rows: indicators
            .iter()
            .map(|indicator| {
                let mut row = indicator_row(&ctx.tr, indicator, &unnamed);
                row.name = name_of(indicator);
                row
            })
            .collect(),
    }
}

#[derive(Template)]
#[template(path = "indicators.html")]
struct IndicatorsPage<'a> {
    c: &'a Ctx,
    community: Community,
    tables: Vec<IndicatorTable>,
    results_average: Option<String>,
    results_count: usize,
}

/// `/c/{slug}/indicators`: the continuous assessment of the community's services.
pub async fn indicators_page(ctx: Ctx, Path(slug): Path<String>) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    let Indicators { by_service, by_neighbourhood, by_month, results } =
        use_cases::indicators(&ctx.state.db, &community).await?;
    let unnamed = ctx.t("indicators-no-neighbourhood");
    let named = |indicator: &Indicator| indicator.name.clone().unwrap_or_else(|| unnamed.clone());
    let monthly = |indicator: &Indicator| month_name(&ctx.tr, indicator.name.as_deref().unwrap_or_default());
    let ratings = |id, heading| Chart { id, heading, caption: "indicators-chart-rating", scale: Some(5.0) };
    let mut tables =
        vec![table(&ctx, ratings("by-service", "indicators-by-service"), &by_service, |i| i.average_rating, named)];
    if !by_neighbourhood.is_empty() {
        let chart = ratings("by-neighbourhood", "indicators-by-neighbourhood");
        tables.push(table(&ctx, chart, &by_neighbourhood, |i| i.average_rating, named));
    }
    let days = Chart { id: "by-month", heading: "indicators-by-month", caption: "indicators-chart-days", scale: None };
    tables.push(table(&ctx, days, &by_month, |i| i.median_days, monthly));
    let results_average = results.average_rating.map(|score| ctx.tr.decimal(score, 1));
    Ok(render(&IndicatorsPage { c: &ctx, community, tables, results_average, results_count: results.ratings }))
}

/// `/c/{slug}/indicators.csv`: every figure of the indicators page, one row per line of each
/// table, with machine-readable numbers (months as `YYYY-MM`, decimals with a point).
pub async fn indicators_csv(ctx: Ctx, Path(slug): Path<String>) -> PageResult {
    use axum::http::header;
    use axum::response::IntoResponse;

    use super::accounts::csv_cell;
    let community = find_community(&ctx, &slug).await?;
    let Indicators { by_service, by_neighbourhood, by_month, results } =
        use_cases::indicators(&ctx.state.db, &community).await?;
    let mut out = String::from("table,name,requests,closed,median_days_to_close,average_rating,ratings\n");
    let decimal = |value: Option<f64>| value.map(|v| format!("{v:.2}")).unwrap_or_default();
    let tables = [("service", &by_service), ("neighbourhood", &by_neighbourhood), ("month", &by_month)];
    for (table, lines) in tables {
        for line in lines.iter() {
            out.push_str(&format!(
                "{table},{},{},{},{},{},{}\n",
                csv_cell(line.name.as_deref().unwrap_or_default()),
                line.requests,
                line.closed,
                decimal(line.median_days),
                decimal(line.average_rating),
                line.ratings,
            ));
        }
    }
    out.push_str(&format!("results,,,,,{},{}\n", decimal(results.average_rating), results.ratings));
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"indicators-{}.csv\"", community.slug)),
        ],
        out,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "services_admin.html")]
struct ServicesAdminPage<'a> {
    c: &'a Ctx,
    community: Community,
    services: Vec<(ServiceType, usize)>,
    form: FormView,
}

async fn services_admin_with(ctx: &Ctx, community: Community, form: FormView) -> PageResult {
    let actor = ctx.require_actor()?;
    if !use_cases::administers_services(actor, &community) {
        return Err(PageError::Forbidden);
    }
    let mut services = Vec::new();
    for service in ctx.state.db.service_types(Some(community.id), false).await? {
        let attributes = ctx.state.db.service_attributes(service.id).await?.len();
        services.push((service, attributes));
    }
    let page = ServicesAdminPage { c: ctx, community, services, form };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

/// `/c/{slug}/services`: the administrators' list of service types.
pub async fn services_admin(ctx: Ctx, Path(slug): Path<String>) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    services_admin_with(&ctx, community, FormView::new(Fields::default())).await
}

pub async fn create_service(ctx: Ctx, Path(slug): Path<String>, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let community = find_community(&ctx, &slug).await?;
    let form = ServiceTypeForm {
        code: fields.get("code").to_owned(),
        name: fields.get("name").to_owned(),
        description: fields.get("description").to_owned(),
        group: fields.get("group").to_owned(),
        keywords: fields.get("keywords").to_owned(),
    };
    match use_cases::create_service_type(&ctx.state.db, actor, &community, &form).await {
        Ok(code) => Ok(see_other(&format!("/c/{slug}/services/{code}"))),
        Err(AppError::Invalid(errors)) => {
            services_admin_with(&ctx, community, FormView::with_errors(fields, &errors, &ctx.tr)).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn set_anonymous_reports(ctx: Ctx, Path(slug): Path<String>, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let community = find_community(&ctx, &slug).await?;
    let allowed = fields.get("anonymous") == "yes";
    use_cases::set_anonymous_reports(&ctx.state.db, actor, &community, allowed).await?;
    Ok(see_other(&format!("/c/{slug}/services")))
}

#[derive(Template)]
#[template(path = "service_admin.html")]
struct ServiceAdminPage<'a> {
    c: &'a Ctx,
    community: Community,
    service: ServiceType,
    attributes: Vec<ServiceAttribute>,
    kinds: &'static [AttributeType],
    form: FormView,
}

async fn service_admin_with(ctx: &Ctx, slug: &str, code: &str, form: FormView) -> PageResult {
    let actor = ctx.require_actor()?;
    let community = find_community(ctx, slug).await?;
    if !use_cases::administers_services(actor, &community) {
        return Err(PageError::Forbidden);
    }
    let service = find_service(ctx, &community, code).await?;
    let attributes = ctx.state.db.service_attributes(service.id).await?;
    let page = ServiceAdminPage { c: ctx, community, service, attributes, kinds: AttributeType::ALL, form };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

/// `/c/{slug}/services/{code}`: a service type's questions, and the form to add one.
pub async fn service_admin(ctx: Ctx, Path((slug, code)): Path<(String, String)>) -> PageResult {
    let fields = Fields::default().with("datatype", AttributeType::SingleValueList.key());
    service_admin_with(&ctx, &slug, &code, FormView::new(fields)).await
}

pub async fn add_service_attribute(
    ctx: Ctx,
    Path((slug, code)): Path<(String, String)>,
    Posted(fields): Posted,
) -> PageResult {
    let actor = ctx.require_actor()?;
    let community = find_community(&ctx, &slug).await?;
    let service = find_service(&ctx, &community, &code).await?;
    let form = AttributeForm {
        code: fields.get("code").to_owned(),
        datatype: fields.get("datatype").to_owned(),
        required: fields.get("required") == "yes",
        description: fields.get("description").to_owned(),
        values: fields.get("values").to_owned(),
    };
    match use_cases::add_attribute(&ctx.state.db, actor, &community, &service, &form).await {
        Ok(()) => Ok(see_other(&format!("/c/{slug}/services/{code}"))),
        Err(AppError::Invalid(errors)) => {
            service_admin_with(&ctx, &slug, &code, FormView::with_errors(fields, &errors, &ctx.tr)).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn set_service_active(
    ctx: Ctx,
    Path((slug, code)): Path<(String, String)>,
    Posted(fields): Posted,
) -> PageResult {
    let actor = ctx.require_actor()?;
    let community = find_community(&ctx, &slug).await?;
    let service = find_service(&ctx, &community, &code).await?;
    let active = fields.get("active") == "yes";
    use_cases::set_active(&ctx.state.db, actor, &community, &service, active).await?;
    Ok(see_other(&format!("/c/{slug}/services")))
}

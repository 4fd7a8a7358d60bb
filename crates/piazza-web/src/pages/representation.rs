//! Representation: what a person tells about themselves ("about you"), the dashboard comparing
//! who takes part with who lives in the community (a page and a CSV file, per community and per
//! process), and the administrators' page for the community's questions and reference population.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::header;
use axum::response::IntoResponse;
use piazza_app::AppError;
use piazza_app::records::{Community, Process};
use piazza_app::representation::{self as use_cases, Dashboard, Label, Question, QuestionFigures, Subject};

use super::{Id, PageResult, find_community, load_process, render, see_other, unprocessable};
use crate::context::Ctx;
use crate::errors::PageError;
use crate::forms::{Fields, FormView, Posted};
use crate::i18n::Tr;

/// A label in the reader's language: translated, or as the community wrote it.
pub(crate) fn label_text(tr: &Tr, label: &Label) -> String {
    match label {
        Label::Message(id) => tr.t(id),
        Label::Text(text) => text.clone(),
    }
}

/// A question as the templates show it.
pub(crate) struct QuestionView {
    pub topic: String,
    pub label: String,
    /// The language of a label the community wrote, for `lang`.
    pub locale: Option<String>,
    pub groups: Vec<(String, String)>,
}

fn question_views(tr: &Tr, questions: &[Question]) -> Vec<QuestionView> {
    questions
        .iter()
        .map(|question| QuestionView {
            topic: question.topic.clone(),
            label: label_text(tr, &question.label),
            locale: question.locale.clone(),
            groups: question.groups.iter().map(|(key, label)| (key.clone(), label_text(tr, label))).collect(),
        })
        .collect()
}

/// Radio fields of the representation questions, shared with the facilitator's form.
pub(crate) async fn question_views_for(ctx: &Ctx, community: &Community) -> Result<Vec<QuestionView>, PageError> {
    Ok(question_views(&ctx.tr, &use_cases::questions(&ctx.state.db, community).await?))
}

#[derive(Template)]
#[template(path = "about_you.html")]
struct AboutYouPage<'a> {
    c: &'a Ctx,
    community: Community,
    consented: bool,
    questions: Vec<QuestionView>,
    form: FormView,
    notice: Option<String>,
}

async fn about_you_with(ctx: &Ctx, community: Community, form: Option<FormView>, notice: Option<String>) -> PageResult {
    let actor = ctx.require_actor()?;
    let about = use_cases::about_you(&ctx.state.db, actor, &community).await?;
    let form = form.unwrap_or_else(|| {
        FormView::new(Fields(about.answers.iter().map(|(topic, answer)| (topic.clone(), answer.clone())).collect()))
    });
    let page = AboutYouPage {
        c: ctx,
        questions: question_views(&ctx.tr, &about.questions),
        consented: about.consented,
        community,
        form,
        notice,
    };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

#[derive(serde::Deserialize, Default)]
pub struct SavedQuery {
    #[serde(default)]
    saved: Option<String>,
}

pub async fn about_you_page(ctx: Ctx, Path(slug): Path<String>, Query(query): Query<SavedQuery>) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    let notice = query.saved.map(|_| ctx.t("about-you-done-saved"));
    about_you_with(&ctx, community, None, notice).await
}

fn answers_from(fields: &Fields) -> BTreeMap<String, String> {
    fields.0.iter().cloned().collect()
}

pub async fn save_about_you(ctx: Ctx, Path(slug): Path<String>, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let community = find_community(&ctx, &slug).await?;
    match use_cases::answer(&ctx.state.db, actor, &community, &answers_from(&fields)).await {
        Ok(()) => Ok(see_other(&format!("/c/{slug}/about-you?saved=1"))),
        Err(AppError::Invalid(errors)) => {
            about_you_with(&ctx, community, Some(FormView::with_errors(fields, &errors, &ctx.tr)), None).await
        }
        Err(error) => Err(error.into()),
    }
}

/// One row of a dashboard table, written out for the reader.
struct RowView {
    label: String,
    participants: Option<String>,
    share: Option<String>,
    reference_share: Option<String>,
    rate: Option<String>,
    relative: Option<String>,
    under_represented: bool,
}

struct TableView {
    topic: String,
    label: String,
    locale: Option<String>,
    rows: Vec<RowView>,
    prefer_not_to_say: Option<String>,
    not_answered: Option<String>,
    score: Option<String>,
    some_hidden: bool,
    /// The sentence about the group furthest behind, and the outreach it suggests.
    furthest_behind: Option<(String, String)>,
}

fn percent(tr: &Tr, fraction: f64) -> String {
    tr.t_count("representation-percent", (fraction * 100.0).round() as i64)
}

/// Participants per 10,000 people of the group.
fn per_ten_thousand(rate_per_thousand: f64) -> f64 {
    rate_per_thousand * 10.0
}

fn outreach_message(subject: Subject) -> &'static str {
    match subject {
        Subject::AgeBand => "representation-outreach-age-band",
        Subject::Gender => "representation-outreach-gender",
        Subject::Neighbourhood => "representation-outreach-neighbourhood",
        Subject::Community => "representation-outreach-community",
    }
}

fn table_view(tr: &Tr, figures: &QuestionFigures) -> TableView {
    let analysis = &figures.analysis;
    let question = &figures.question;
    let rows: Vec<RowView> = question
        .groups
        .iter()
        .zip(&analysis.groups)
        .map(|((_, label), group)| RowView {
            label: label_text(tr, label),
            participants: group.participants.map(|n| tr.number(n)),
            share: group.share.map(|share| percent(tr, share)),
            reference_share: group.reference_share.map(|share| percent(tr, share)),
            rate: group.rate_per_thousand.map(|rate| tr.decimal(per_ten_thousand(rate), 1)),
            relative: group.relative.map(|relative| percent(tr, relative)),
            under_represented: group.under_represented,
        })
        .collect();
    let furthest_behind = analysis.furthest_behind.map(|index| {
        let best = analysis.groups.iter().filter_map(|g| g.rate_per_thousand).fold(0.0, f64::max);
        let group = &rows[index];
        let sentence = tr.t_texts(
            "representation-furthest-behind",
            &[
                ("group", &group.label),
                ("rate", group.rate.as_deref().unwrap_or_default()),
                ("best", &tr.decimal(per_ten_thousand(best), 1)),
            ],
        );
        let outreach = tr.t_with(outreach_message(question.subject), "group", &group.label);
        (sentence, outreach)
    });
    TableView {
        topic: question.topic.clone(),
        label: label_text(tr, &question.label),
        locale: question.locale.clone(),
        rows,
        prefer_not_to_say: analysis.prefer_not_to_say.map(|n| tr.number(n)),
        not_answered: analysis.not_answered.map(|n| tr.number(n)),
        score: analysis.score.map(|score| percent(tr, score)),
        some_hidden: analysis.some_hidden,
        furthest_behind,
    }
}

#[derive(Template)]
#[template(path = "representation.html")]
struct DashboardPage<'a> {
    c: &'a Ctx,
    community: Community,
    process: Option<Process>,
    participants: Option<String>,
    tables: Vec<TableView>,
    channels: Vec<piazza_app::representation::ChannelRow>,
    has_reference: bool,
    administers: bool,
    csv: String,
}

fn dashboard_page(ctx: &Ctx, community: Community, process: Option<Process>, dashboard: Dashboard) -> PageResult {
    let csv = match &process {
        Some(process) => format!("/processes/{}/representation.csv", process.id),
        None => format!("/c/{}/representation.csv", community.slug),
    };
    let administers = ctx.actor.as_ref().is_some_and(|actor| actor.administers(community.id));
    Ok(render(&DashboardPage {
        c: ctx,
        participants: dashboard.participants.map(|n| ctx.tr.number(n)),
        tables: dashboard.questions.iter().map(|figures| table_view(&ctx.tr, figures)).collect(),
        channels: dashboard.channels,
        has_reference: dashboard.has_reference,
        administers,
        csv,
        community,
        process,
    }))
}

pub async fn representation_page(ctx: Ctx, Path(slug): Path<String>) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    let dashboard = use_cases::dashboard(&ctx.state.db, &community, None).await?;
    dashboard_page(&ctx, community, None, dashboard)
}

pub async fn process_representation_page(ctx: Ctx, Id(id): Id) -> PageResult {
    let (process, _, community) = load_process(&ctx, piazza_domain::ProcessId(id)).await?;
    let dashboard = use_cases::dashboard(&ctx.state.db, &community, Some(&process)).await?;
    dashboard_page(&ctx, community, Some(process), dashboard)
}

/// The dashboard as a CSV file: one row per group, hidden cells empty and marked.
fn dashboard_csv(tr: &Tr, name: &str, dashboard: &Dashboard) -> axum::response::Response {
    use super::accounts::csv_cell;
    let mut out = String::from(
        "question,group,participants,suppressed,share_of_participants,reference_people,reference_share,rate_per_10000,relative_to_highest,under_represented\n",
    );
    let decimal = |value: Option<f64>| value.map(|v| format!("{v:.4}")).unwrap_or_default();
    for figures in &dashboard.questions {
        let question = label_text(tr, &figures.question.label);
        for (((_, label), group), reference) in
            figures.question.groups.iter().zip(&figures.analysis.groups).zip(&figures.reference)
        {
            out.push_str(&format!(
                "{},{},{},{},{},{},{},{},{},{}\n",
                csv_cell(&question),
                csv_cell(&label_text(tr, label)),
                group.participants.map(|n| n.to_string()).unwrap_or_default(),
                group.participants.is_none(),
                decimal(group.share),
                reference.map(|n| n.to_string()).unwrap_or_default(),
                decimal(group.reference_share),
                group.rate_per_thousand.map(|rate| format!("{:.1}", per_ten_thousand(rate))).unwrap_or_default(),
                decimal(group.relative),
                group.under_represented,
            ));
        }
        for (label, count) in [
            (tr.t("about-you-prefer-not-to-say"), figures.analysis.prefer_not_to_say),
            (tr.t("representation-not-answered"), figures.analysis.not_answered),
        ] {
            out.push_str(&format!(
                "{},{},{},{},,,,,,\n",
                csv_cell(&question),
                csv_cell(&label),
                count.map(|n| n.to_string()).unwrap_or_default(),
                count.is_none(),
            ));
        }
    }
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"representation-{name}.csv\"")),
        ],
        out,
    )
        .into_response()
}

pub async fn representation_csv(ctx: Ctx, Path(slug): Path<String>) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    let dashboard = use_cases::dashboard(&ctx.state.db, &community, None).await?;
    Ok(dashboard_csv(&ctx.tr, &community.slug, &dashboard))
}

pub async fn process_representation_csv(ctx: Ctx, Id(id): Id) -> PageResult {
    let (process, _, community) = load_process(&ctx, piazza_domain::ProcessId(id)).await?;
    let dashboard = use_cases::dashboard(&ctx.state.db, &community, Some(&process)).await?;
    Ok(dashboard_csv(&ctx.tr, &format!("process-{}", process.id), &dashboard))
}

#[derive(Template)]
#[template(path = "representation_setup.html")]
struct SetupPage<'a> {
    c: &'a Ctx,
    community: Community,
    questions: Vec<QuestionView>,
    question_form: FormView,
    reference_form: FormView,
    notice: Option<String>,
}

impl SetupPage<'_> {
    fn reference_field(&self, topic: &str, group: &str) -> String {
        use_cases::reference_field(topic, group)
    }
}

async fn setup_with(
    ctx: &Ctx,
    community: Community,
    question_form: FormView,
    reference_form: Option<FormView>,
    notice: Option<String>,
) -> PageResult {
    let actor = ctx.require_actor()?;
    if !actor.administers(community.id) {
        return Err(PageError::Forbidden);
    }
    let reference_form = match reference_form {
        Some(form) => form,
        None => {
            let reference = ctx.state.db.reference_population(community.id).await?;
            FormView::new(Fields(
                reference
                    .into_iter()
                    .map(|(topic, group, people)| (use_cases::reference_field(&topic, &group), people.to_string()))
                    .collect(),
            ))
        }
    };
    let page = SetupPage {
        c: ctx,
        questions: question_views_for(ctx, &community).await?,
        community,
        question_form,
        reference_form,
        notice,
    };
    Ok(if page.question_form.has_errors() || page.reference_form.has_errors() {
        unprocessable(&page)
    } else {
        render(&page)
    })
}

pub async fn representation_setup(ctx: Ctx, Path(slug): Path<String>, Query(query): Query<SavedQuery>) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    let notice = query.saved.map(|_| ctx.t("representation-setup-done"));
    setup_with(&ctx, community, FormView::default(), None, notice).await
}

pub async fn add_demographic_question(ctx: Ctx, Path(slug): Path<String>, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let community = find_community(&ctx, &slug).await?;
    let result = use_cases::add_question(
        &ctx.state.db,
        actor,
        &community,
        fields.get("label"),
        fields.get("options"),
        ctx.locale(),
    )
    .await;
    match result {
        Ok(_) => Ok(see_other(&format!("/c/{slug}/representation/setup?saved=1"))),
        Err(AppError::Invalid(errors)) => {
            setup_with(&ctx, community, FormView::with_errors(fields, &errors, &ctx.tr), None, None).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn set_reference_population(ctx: Ctx, Path(slug): Path<String>, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let community = find_community(&ctx, &slug).await?;
    match use_cases::set_reference(&ctx.state.db, actor, &community, &answers_from(&fields)).await {
        Ok(()) => Ok(see_other(&format!("/c/{slug}/representation/setup?saved=1"))),
        Err(AppError::Invalid(errors)) => {
            let form = FormView::with_errors(fields, &errors, &ctx.tr);
            setup_with(&ctx, community, FormView::default(), Some(form), None).await
        }
        Err(error) => Err(error.into()),
    }
}

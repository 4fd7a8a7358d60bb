//! Cases in the shape of Participedia's case model, so that researchers and Participedia's
//! editors can take a practice described on Piazza into the world's largest collection of
//! participatory cases without retyping it.
//!
//! Participedia's own field names and option keys are used where Piazza knows the answer
//! (`general_issues`, `targeted_participants`, `scope_of_influence`, `staff`, `volunteers`,
//! `impact_evidence`, `organizer_types`, …); a field Piazza cannot answer is `null` or empty,
//! never guessed. What Participedia's model has no place for (measured outcomes, replication
//! steps, costs, replicas) travels under `piazza`.

use axum::Json;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use piazza_app::records::{Case, CaseOutcome, CasePartner, Organisation};
use piazza_domain::{CommunityId, Locale};
use serde_json::{Value, json};

use crate::context::Ctx;
use crate::errors::PageError;
use crate::i18n::Tr;
use crate::pages::Id;

/// Participedia's general issue for a policy area, when one fits.
fn general_issue(area: &str) -> Option<&'static str> {
    Some(match area {
        "mobility" => "transportation",
        "green-spaces" | "environment" => "environment",
        "public-space" | "housing" => "planning",
        "education" => "education",
        "culture" => "arts",
        "sport" | "health" => "health",
        "social-care" => "social",
        "energy" => "energy",
        "economy" => "economics",
        "safety" => "law",
        "digital" => "science",
        _ => return None,
    })
}

/// Participedia's targeted participants for a target group, when one fits.
fn targeted_participant(group: &str) -> Option<&'static str> {
    Some(match group {
        "children" | "young-people" => "youth",
        "older-people" => "elderly",
        "people-with-disabilities" => "people",
        "migrants" => "immigrants",
        "low-income" => "lowincome",
        "women" => "women",
        _ => return None,
    })
}

/// Participedia's organiser type for an organisation's place in the quadruple helix.
fn organizer_type(helix: &str) -> &'static str {
    match helix {
        "public-authority" => "local",
        "academia" => "academic",
        "business" => "forprofit",
        _ => "community",
    }
}

/// Participedia's scope of influence for the kind of community the case ran in.
fn scope_of_influence(kind: &str) -> &'static str {
    match kind {
        "neighbourhood" => "neighbourhood",
        "region" => "regional",
        _ => "city/town",
    }
}

fn yes_no(value: Option<i64>) -> Value {
    match value {
        Some(0) => json!("no"),
        Some(_) => json!("yes"),
        None => Value::Null,
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The case's long text as Participedia's body holds it: headed sections of simple HTML, with
/// headings in the case's own language.
fn body(case: &Case, steps: &[String]) -> String {
    let tr = Tr { locale: Locale::parse(&case.locale).unwrap_or(Locale::En) };
    let mut html = String::new();
    for (heading, text) in [
        ("field-case-problem", &case.problem),
        ("field-case-method", &case.method),
        ("field-case-inclusion", &case.inclusion_measures),
        ("field-case-technology", &case.technology),
        ("field-case-conditions", &case.conditions),
        ("field-case-legal", &case.legal_requirements),
        ("field-case-risks", &case.risks),
        ("field-case-lessons", &case.lessons),
    ] {
        if text.trim().is_empty() {
            continue;
        }
        html.push_str(&format!("<h2>{}</h2>", escape(&tr.t(heading))));
        for paragraph in text.split("\n\n").filter(|p| !p.trim().is_empty()) {
            html.push_str(&format!("<p>{}</p>", escape(paragraph.trim())));
        }
    }
    if !steps.is_empty() {
        html.push_str(&format!("<h2>{}</h2><ol>", escape(&tr.t("case-steps"))));
        for step in steps {
            html.push_str(&format!("<li>{}</li>", escape(step)));
        }
        html.push_str("</ol>");
    }
    html
}

/// One case in Participedia's shape. `organisations` are every organisation, read once for all
/// the cases exported.
async fn export(ctx: &Ctx, case: &Case, organisations: &[Organisation]) -> Result<Value, PageError> {
    let db = &ctx.state.db;
    let base = ctx.state.config.public_url.trim_end_matches('/');
    let partners: Vec<CasePartner> = db.case_partners(case.id).await?;
    let outcomes: Vec<CaseOutcome> = db.case_outcomes(case.id).await?;
    let steps = db.case_steps(case.id).await?;
    let community = db.community(CommunityId(case.community_id)).await?.ok_or(PageError::NotFound)?;
    let lead = case.lead_organisation_id.and_then(|id| organisations.iter().find(|o| o.id.0 == id));
    let mut organizer_types: Vec<&str> = lead.iter().map(|o| organizer_type(&o.helix_role)).collect();
    organizer_types.extend(partners.iter().map(|p| organizer_type(&p.helix_role)));
    organizer_types.sort();
    organizer_types.dedup();
    let mut issues: Vec<&str> = general_issue(&case.policy_area).into_iter().collect();
    issues.dedup();
    let mut targeted: Vec<&str> = case.target_group_keys().filter_map(targeted_participant).collect();
    targeted.sort();
    targeted.dedup();
    let (start_date, end_date) = match case.source_process_id {
        Some(process) => {
            let phases = db.phases(piazza_domain::ProcessId(process)).await?;
            (
                phases.first().map(|p| p.starts_at.date().to_string()),
                phases.last().map(|p| p.ends_at.date().to_string()),
            )
        }
        None => (None, None),
    };
    let replicas = db.replicas_of(case.id).await?;
    let texts = db.case_texts(case.id).await?;
    let url = format!("{base}/cases/{}", case.id);
    // Participedia tags rural and urban cases; a peri-urban one is neither.
    let tags: Vec<&str> = ["rural", "urban"].into_iter().filter(|tag| case.settlement_type == *tag).collect();
    let impact_evidence = if outcomes.iter().any(|o| o.achieved.is_some()) { "yes" } else { "no" };
    let outcomes: Vec<Value> = outcomes
        .iter()
        .map(|o| {
            json!({
                "name": o.name, "unit": o.unit, "baseline": o.baseline, "target": o.target,
                "achieved": o.achieved, "period": o.period, "measured_how": o.measured_how,
            })
        })
        .collect();
    let replicas: Vec<Value> = replicas
        .iter()
        .map(|r| {
            json!({
                "process": format!("{base}/processes/{}", r.process_id),
                "community": r.community_name,
                "case": r.case_id.map(|id| format!("{base}/cases/{id}")),
            })
        })
        .collect();
    // What Participedia's model has no place for.
    let piazza = json!({
        "id": case.id,
        "url": url,
        "community": {
            "name": case.community_name,
            "url": format!("{base}/c/{}", case.community_slug),
            "settlement_type": case.settlement_type,
            "population": case.population,
        },
        "policy_area": case.policy_area,
        "target_groups": case.target_group_keys().collect::<Vec<_>>(),
        "partners": partners.iter().map(|p| json!({ "name": p.name, "helix_role": p.helix_role, "role": p.role })).collect::<Vec<_>>(),
        "cost": {
            "setup": case.setup_cost,
            "running": case.running_cost,
            "currency": case.currency,
            "staff": case.staff,
            "volunteers": case.volunteers,
        },
        "outcomes": outcomes,
        "replication_steps": steps,
        "replicas": replicas,
        "translations": texts.iter().map(|t| json!({ "language": t.locale, "title": t.title, "description": t.summary })).collect::<Vec<_>>(),
        "contact_role": case.contact_role,
        "licence": case.licence,
    });
    Ok(json!({
        "type": "case",
        "title": case.title,
        "general_issues": issues,
        "specific_topics": [],
        "description": case.summary,
        "body": body(case, &steps),
        "tags": tags,
        "location_name": community.name,
        "city": community.name,
        "province": case.region_name,
        "country": "",
        "latitude": Value::Null,
        "longitude": Value::Null,
        "scope_of_influence": scope_of_influence(&community.kind),
        "links": [{ "url": url, "attribution": case.community_name, "title": case.title }],
        "start_date": start_date,
        "end_date": end_date,
        "number_of_participants": case.participants,
        "targeted_participants": targeted,
        "primary_organizer": lead.map(|o| o.name.clone()),
        "organizer_types": organizer_types,
        "funder": case.funding_sources,
        "staff": yes_no(case.staff),
        "volunteers": yes_no(case.volunteers),
        "impact_evidence": impact_evidence,
        "original_language": case.locale,
        "post_date": case.created_at.date().to_string(),
        "updated_date": case.updated_at.date().to_string(),
        "piazza": piazza,
    }))
}

fn as_download(value: Value, name: &str) -> Response {
    let mut response = Json(value).into_response();
    if let Ok(disposition) = format!("attachment; filename=\"{name}\"").parse() {
        response.headers_mut().insert(header::CONTENT_DISPOSITION, disposition);
    }
    response
}

/// `/cases/{id}/participedia.json`: one case.
pub async fn case_participedia(ctx: Ctx, Id(id): Id) -> Result<Response, PageError> {
    let case = ctx.state.db.case(id).await?.ok_or(PageError::NotFound)?;
    let organisations = ctx.state.db.organisations().await?;
    let value = export(&ctx, &case, &organisations).await?;
    Ok(as_download(value, &format!("piazza-case-{id}-participedia.json")))
}

/// `/cases/participedia.json`: every case (the 500 newest), as an array.
pub async fn cases_participedia(ctx: Ctx) -> Result<Response, PageError> {
    let organisations = ctx.state.db.organisations().await?;
    let mut all = Vec::new();
    for case in ctx.state.db.cases(&Default::default()).await? {
        all.push(export(&ctx, &case, &organisations).await?);
    }
    Ok(as_download(Value::Array(all), "piazza-cases-participedia.json"))
}

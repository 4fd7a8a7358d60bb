//! Bulk downloads of the open data, per community and for the whole instance: each resource as
//! CSV (guarded against spreadsheet formulas) and JSON, the located ones also as GeoJSON, and a
//! Frictionless `datapackage.json` describing every file's fields and the licence.

use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use piazza_app::open_data::{Kind, OpenFilter, RESOURCES, Resource, Value};
use serde_json::{Value as Json, json};
use time::format_description::well_known::Rfc3339;

use crate::AppState;
use crate::api::json_of;

/// Rows read at a time while writing a file.
const BATCH: i64 = 1000;

/// The licence of the open data unless the operator chose another, by its SPDX id.
pub const DEFAULT_LICENCE: &str = "CC-BY-4.0";

/// A licence's name and where its text lives, for the licences open data usually takes.
fn licence_of(spdx: &str) -> Json {
    let (title, path) = match spdx {
        "CC-BY-4.0" => ("Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/"),
        "CC-BY-SA-4.0" => {
            ("Creative Commons Attribution-ShareAlike 4.0", "https://creativecommons.org/licenses/by-sa/4.0/")
        }
        "CC0-1.0" => ("Creative Commons Zero 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
        "ODbL-1.0" => ("Open Data Commons Open Database License 1.0", "https://opendatacommons.org/licenses/odbl/1-0/"),
        _ => return json!({ "name": spdx }),
    };
    json!({ "name": spdx, "title": title, "path": path })
}

/// Every public row of a resource, optionally one community's.
async fn all_rows(state: &AppState, resource: &Resource, community: Option<&str>) -> Result<Vec<Vec<Value>>, Response> {
    let mut rows = Vec::new();
    let mut after = None;
    loop {
        let filter =
            OpenFilter { community: community.map(str::to_owned), after, limit: BATCH, ..OpenFilter::default() };
        let batch = state.db.open_rows(resource, &filter).await.map_err(|problem| {
            tracing::error!(%problem, resource = resource.name, "a download could not be read");
            (StatusCode::INTERNAL_SERVER_ERROR, "").into_response()
        })?;
        let last = batch.last().and_then(|row| match row.first() {
            Some(Value::Integer(id)) => Some(*id),
            _ => None,
        });
        let full = batch.len() as i64 == BATCH;
        rows.extend(batch);
        match (full, last) {
            (true, Some(id)) => after = Some(id),
            _ => return Ok(rows),
        }
    }
}

fn text_of(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::Integer(n) => n.to_string(),
        Value::Real(x) => x.to_string(),
        Value::Boolean(b) => b.to_string(),
        Value::Text(text) => text.clone(),
        Value::Timestamp(at) => at.format(&Rfc3339).unwrap_or_default(),
    }
}

fn csv(resource: &Resource, rows: &[Vec<Value>]) -> String {
    use crate::pages::csv_cell;
    let mut out = resource.fields.iter().map(|f| f.name).collect::<Vec<_>>().join(",");
    out.push('\n');
    for row in rows {
        let cells: Vec<String> = row.iter().map(|value| csv_cell(&text_of(value))).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

fn objects(resource: &Resource, rows: &[Vec<Value>]) -> Vec<serde_json::Map<String, Json>> {
    rows.iter()
        .map(|row| {
            resource.fields.iter().zip(row).map(|(field, value)| (field.name.to_owned(), json_of(value))).collect()
        })
        .collect()
}

fn geojson(resource: &Resource, rows: &[Vec<Value>]) -> Json {
    let features: Vec<Json> = objects(resource, rows)
        .into_iter()
        .filter_map(|mut properties| {
            let latitude = properties.remove("latitude")?.as_f64()?;
            let longitude = properties.remove("longitude")?.as_f64()?;
            Some(json!({
                "type": "Feature",
                "id": properties.get("id").cloned().unwrap_or(Json::Null),
                "geometry": { "type": "Point", "coordinates": [longitude, latitude] },
                "properties": properties,
            }))
        })
        .collect();
    json!({ "type": "FeatureCollection", "features": features })
}

fn table_schema(resource: &Resource) -> Json {
    let fields: Vec<Json> = resource
        .fields
        .iter()
        .map(|field| {
            let kind = match field.kind {
                Kind::Integer => "integer",
                Kind::Real => "number",
                Kind::Boolean => "boolean",
                Kind::Text => "string",
                Kind::Timestamp => "datetime",
            };
            let mut described = json!({ "name": field.name, "type": kind, "description": field.description });
            if !field.nullable {
                described["constraints"] = json!({ "required": true });
            }
            described
        })
        .collect();
    json!({ "fields": fields, "primaryKey": "id", "missingValues": [""] })
}

/// The Frictionless data package describing the files of a community (or of the instance).
fn datapackage(state: &AppState, community: Option<&str>) -> Json {
    let mut resources = Vec::new();
    for resource in RESOURCES {
        resources.push(json!({
            "name": format!("{}-csv", resource.name),
            "path": format!("{}.csv", resource.name),
            "title": resource.description,
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "profile": "tabular-data-resource",
            "schema": table_schema(resource),
        }));
        resources.push(json!({
            "name": format!("{}-json", resource.name),
            "path": format!("{}.json", resource.name),
            "title": resource.description,
            "format": "json",
            "mediatype": "application/json",
            "encoding": "utf-8",
        }));
        if resource.is_located() {
            resources.push(json!({
                "name": format!("{}-geojson", resource.name),
                "path": format!("{}.geojson", resource.name),
                "title": resource.description,
                "format": "geojson",
                "mediatype": "application/geo+json",
                "encoding": "utf-8",
            }));
        }
    }
    let name = match community {
        Some(slug) => format!("piazza-{slug}"),
        None => "piazza".to_owned(),
    };
    json!({
        "profile": "data-package",
        "name": name,
        "title": match community { Some(slug) => format!("Piazza open data: {slug}"), None => "Piazza open data".to_owned() },
        "homepage": state.config.public_url,
        "licenses": [licence_of(&state.config.open_data_licence)],
        "created": piazza_domain::now().format(&Rfc3339).unwrap_or_default(),
        "resources": resources,
    })
}

fn file(content_type: &str, name: &str, body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
            (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*".to_owned()),
        ],
        body,
    )
        .into_response()
}

async fn serve(state: &AppState, community: Option<&str>, file_name: &str) -> Response {
    let not_found = || (StatusCode::NOT_FOUND, "").into_response();
    if file_name == "datapackage.json" {
        let body = serde_json::to_string_pretty(&datapackage(state, community)).unwrap_or_default();
        return file("application/json", file_name, body);
    }
    let Some((name, extension)) = file_name.rsplit_once('.') else { return not_found() };
    let Some(resource) = RESOURCES.iter().find(|resource| resource.name == name) else { return not_found() };
    if extension == "geojson" && !resource.is_located() {
        return not_found();
    }
    if !matches!(extension, "csv" | "json" | "geojson") {
        return not_found();
    }
    let rows = match all_rows(state, resource, community).await {
        Ok(rows) => rows,
        Err(response) => return response,
    };
    match extension {
        "csv" => file("text/csv; charset=utf-8", file_name, csv(resource, &rows)),
        "json" => file(
            "application/json",
            file_name,
            Json::Array(objects(resource, &rows).into_iter().map(Json::Object).collect()).to_string(),
        ),
        _ => file("application/geo+json", file_name, geojson(resource, &rows).to_string()),
    }
}

/// A file of the whole instance's open data.
pub async fn instance_file(State(state): State<AppState>, Path(file_name): Path<String>) -> Response {
    serve(&state, None, &file_name).await
}

/// A file of one community's open data.
pub async fn community_file(
    State(state): State<AppState>,
    Path((slug, file_name)): Path<(String, String)>,
) -> Response {
    match state.db.community_by_slug(&slug).await {
        Ok(Some(_)) => serve(&state, Some(&slug), &file_name).await,
        Ok(None) => (StatusCode::NOT_FOUND, "").into_response(),
        Err(problem) => {
            tracing::error!(%problem, "a download could not find its community");
            (StatusCode::INTERNAL_SERVER_ERROR, "").into_response()
        }
    }
}

//! The read API: public things page by page, clear errors, a rate limit per address, an
//! OpenAPI document that matches its snapshot and every answer, and no personal data anywhere.

use std::collections::BTreeSet;

use axum::http::StatusCode;
use piazza_testkit::{TestApp, TestClient, TestDb};
use serde_json::Value;

fn json(body: &str) -> Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}

/// Every row of a resource, following the `next` links.
async fn every_row(client: &TestClient, first: &str) -> Vec<Value> {
    let mut rows = Vec::new();
    let mut address = Some(first.to_owned());
    while let Some(path) = address {
        let page = client.get(&path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}: {}", page.body);
        let body = json(&page.body);
        rows.extend(body["data"].as_array().unwrap().iter().cloned());
        address = body["next"].as_str().map(str::to_owned);
    }
    rows
}

#[tokio::test]
async fn public_things_come_page_by_page_with_a_cursor_and_filters() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let client = app.client();
        let page = client.get("/api/v1/proposals?community=lorenza&limit=5").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.header("content-type").starts_with("application/json"));
        let body = json(&page.body);
        assert_eq!(body["data"].as_array().unwrap().len(), 5);
        assert!(body["data"].as_array().unwrap().iter().all(|p| p["community"] == "lorenza"));
        let next = body["next"].as_str().expect("more than five proposals in Lorenza");
        assert!(next.contains("community=lorenza") && next.contains("limit=5") && next.contains("cursor="));

        let all = every_row(&client, "/api/v1/proposals?community=lorenza&limit=7").await;
        let ids: Vec<i64> = all.iter().map(|p| p["id"].as_i64().unwrap()).collect();
        let unique: BTreeSet<i64> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "no proposal twice");
        assert!(ids.windows(2).all(|pair| pair[0] < pair[1]), "in the order of ids");
        let one = client.get(&format!("/api/v1/proposals/{}", ids[0])).await;
        assert_eq!(json(&one.body), all[0]);

        // Dates filter on creation; nothing is created in the future.
        let tomorrow = (piazza_domain::now() + std::time::Duration::from_secs(86_400)).date();
        let later = client.get(&format!("/api/v1/proposals?since={tomorrow}")).await;
        assert_eq!(json(&later.body)["data"], serde_json::json!([]));

        for resource in [
            "communities",
            "organisations",
            "processes",
            "comments",
            "meetings",
            "budgets",
            "projects",
            "results",
            "moderation-log",
        ] {
            let page = client.get(&format!("/api/v1/{resource}?limit=3")).await;
            assert_eq!(page.status, StatusCode::OK, "{resource}: {}", page.body);
            assert!(!json(&page.body)["data"].as_array().unwrap().is_empty(), "the demo has {resource}");
        }
    })
    .await;
}

#[tokio::test]
async fn bad_requests_get_errors_that_name_the_parameter() {
    piazza_testkit::on_each_backend(|app| async move {
        let client = app.client();
        for (query, parameter) in [
            ("limit=0", "limit"),
            ("limit=lots", "limit"),
            ("since=yesterday", "since"),
            ("cursor=-4", "cursor"),
            ("colour=blue", "colour"),
        ] {
            let page = client.get(&format!("/api/v1/proposals?{query}")).await;
            assert_eq!(page.status, StatusCode::BAD_REQUEST, "{query}");
            let body = json(&page.body);
            assert_eq!(body["error"]["code"], "bad-parameter");
            assert_eq!(body["error"]["parameter"], parameter);
        }
        // A slug with a control character names no community (and never reaches PostgreSQL,
        // which refuses a NUL in text).
        let nowhere = client.get("/api/v1/proposals?community=lorenza%00").await;
        assert_eq!(nowhere.status, StatusCode::OK);
        assert_eq!(json(&nowhere.body)["data"], serde_json::json!([]));
        for path in ["/api/v1/spaceships", "/api/v1/proposals/999999", "/api/v1/proposals/abc", "/api/v1/a/b/c"] {
            let page = client.get(path).await;
            assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
            assert_eq!(json(&page.body)["error"]["code"], "not-found", "{path}");
        }
    })
    .await;
}

#[tokio::test]
async fn too_many_requests_from_one_address_get_a_clear_429() {
    let app = TestApp::with_api_limit(TestDb::sqlite().await, 3);
    let client = app.client();
    for _ in 0..3 {
        assert_eq!(client.get("/api/v1/communities").await.status, StatusCode::OK);
    }
    let refused = client.get("/api/v1/communities").await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(json(&refused.body)["error"]["code"], "too-many-requests");
    let wait: u64 = refused.header("retry-after").parse().unwrap();
    assert!((1..=60).contains(&wait));
    // Another address is not held back, and the site itself is not limited.
    assert_eq!(app.client_from([198, 51, 100, 9]).get("/api/v1/communities").await.status, StatusCode::OK);
    assert_eq!(client.get("/").await.status, StatusCode::OK);
}

#[tokio::test]
async fn the_openapi_document_matches_its_snapshot_and_describes_every_answer() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let client = app.client();
        let document = json(&client.get("/api/v1/openapi.json").await.body);
        let snapshot_path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/openapi.json");
        let pretty = serde_json::to_string_pretty(&document).unwrap() + "\n";
        if std::env::var_os("PIAZZA_UPDATE_SNAPSHOTS").is_some() {
            std::fs::write(&snapshot_path, &pretty).unwrap();
        }
        let snapshot = std::fs::read_to_string(&snapshot_path).expect("the snapshot exists");
        assert!(
            snapshot == pretty,
            "the OpenAPI document changed; if on purpose, run the test with PIAZZA_UPDATE_SNAPSHOTS=1 and commit tests/it/openapi.json"
        );
        assert_eq!(document["openapi"], "3.1.0");

        // Each resource's rows carry exactly the properties its schema lists, of the types it says.
        let schemas = &document["components"]["schemas"];
        for (path, operations) in document["paths"].as_object().unwrap() {
            if path.ends_with("{id}") {
                continue;
            }
            let reference = operations["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
                .as_str()
                .unwrap();
            let page_schema = &schemas[reference.rsplit('/').next().unwrap()];
            let item_reference = page_schema["properties"]["data"]["items"]["$ref"].as_str().unwrap();
            let item = &schemas[item_reference.rsplit('/').next().unwrap()];
            let properties = item["properties"].as_object().unwrap();
            for row in every_row(&client, &format!("{path}?limit=200")).await {
                let row = row.as_object().unwrap();
                let keys: BTreeSet<&String> = row.keys().collect();
                assert_eq!(keys, properties.keys().collect::<BTreeSet<_>>(), "{path}");
                for (name, value) in row {
                    let allowed = &properties[name]["type"];
                    let kind = match value {
                        Value::Null => "null",
                        Value::Bool(_) => "boolean",
                        Value::Number(n) if n.is_i64() => "integer",
                        Value::Number(_) => "number",
                        Value::String(_) => "string",
                        _ => "other",
                    };
                    let fits = match allowed {
                        Value::String(t) => t == kind || (t == "number" && kind == "integer"),
                        Value::Array(ts) => ts.iter().any(|t| t == kind || (t == "number" && kind == "integer")),
                        _ => false,
                    };
                    assert!(fits, "{path}: {name} is {kind}, the schema says {allowed}");
                    if let Some(values) = properties[name]["enum"].as_array() {
                        assert!(values.contains(value), "{path}: {name} = {value} is not in {values:?}");
                    }
                }
            }
        }
    })
    .await;
}

#[tokio::test]
async fn no_personal_data_and_nothing_hidden_leaves_through_the_api_downloads_open311_or_catalogue() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let db = &app.db;
        // Samir erases his account; what he wrote stays, without his name.
        let name = db.account_by_username("samir").await.unwrap().unwrap().display_name;
        let samir = app.signed_in("samir", piazza_app::demo::DEMO_PASSWORD).await;
        let erased = samir.post("/account/erase", &[("password", piazza_app::demo::DEMO_PASSWORD)]).await;
        assert_eq!(erased.status, StatusCode::OK);
        // What moderation hid, by title and body.
        let mut hidden: Vec<String> = Vec::new();
        for id in 1..1000 {
            if let Some(proposal) = db.proposal(piazza_domain::ProposalId(id)).await.unwrap()
                && proposal.hidden
            {
                hidden.extend([proposal.title, proposal.body]);
            }
            if let Some(comment) = db.comment(id).await.unwrap()
                && comment.hidden
            {
                hidden.push(comment.body);
            }
        }
        assert!(!hidden.is_empty(), "the demo has hidden content");

        let client = app.client();
        // A report through Open311 leaves a contact address, which must never come back out.
        let filed = client
            .post_raw(
                "/open311/v2/requests.json",
                "application/x-www-form-urlencoded",
                &piazza_testkit::encode_form(&[
                    ("service_code", "lorenza-waste"),
                    ("address_string", "Via Verdi"),
                    ("description", "Bags left out."),
                    ("attribute[kind]", "altro"),
                    ("email", "reporter@piazza.example"),
                    ("first_name", "Reporter"),
                ]),
            )
            .await;
        assert_eq!(filed.status, StatusCode::OK, "{}", filed.body);

        // Every API row, every download of the instance and of each community, every Open311
        // answer and the catalogue, as one text.
        let mut everything = String::new();
        for resource in piazza_app::open_data::RESOURCES {
            for row in every_row(&client, &format!("/api/v1/{}?limit=200", resource.name)).await {
                everything.push_str(&row.to_string());
                everything.push('\n');
            }
        }
        let mut scopes = vec!["/data".to_owned()];
        for community in db.communities().await.unwrap() {
            scopes.push(format!("/c/{}/data", community.slug));
        }
        let mut paths = vec![
            "/catalog.ttl".to_owned(),
            "/catalog.jsonld".to_owned(),
            "/open311/v2/discovery.json".to_owned(),
            "/open311/v2/services.xml".to_owned(),
            "/open311/v2/requests.json?start_date=2000-01-01T00:00:00Z".to_owned(),
            "/open311/v2/requests.xml?start_date=2000-01-01T00:00:00Z".to_owned(),
        ];
        for scope in &scopes {
            paths.push(format!("{scope}/datapackage.json"));
            for resource in piazza_app::open_data::RESOURCES {
                for extension in ["csv", "json", "geojson"] {
                    if extension != "geojson" || resource.is_located() {
                        paths.push(format!("{scope}/{}.{extension}", resource.name));
                    }
                }
            }
        }
        for service in db.service_types(None, false).await.unwrap() {
            paths.push(format!("/open311/v2/services/{}.json", service.code));
        }
        let id =
            serde_json::from_str::<Value>(&filed.body).unwrap()[0]["service_request_id"].as_str().unwrap().to_owned();
        paths.push(format!("/open311/v2/requests/{id}.json"));
        for path in &paths {
            let answer = client.get(path).await;
            assert_eq!(answer.status, StatusCode::OK, "{path}");
            everything.push_str(&answer.body);
            everything.push('\n');
        }
        assert!(everything.contains("Bags left out."), "the walk reaches the new report");
        assert!(!everything.contains("@piazza.example"), "no email address");
        assert!(!everything.contains("\"Reporter\"") && !everything.contains(">Reporter<"), "no reporter's name");
        assert!(!everything.contains(&name), "no name of an erased person");
        assert!(!everything.contains("\"samir\""), "no username of an erased person");
        for text in hidden {
            assert!(!everything.contains(&serde_json::to_string(&text).unwrap()), "hidden: {text}");
            assert!(!everything.contains(&text), "hidden: {text}");
        }
    })
    .await;
}

#[tokio::test]
async fn bulk_downloads_come_as_csv_json_and_geojson_with_a_data_package() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        // A proposal whose title a spreadsheet would run as a formula.
        let process = {
            let lorenza = app.db.community_by_slug("lorenza").await.unwrap().unwrap();
            let mut open = None;
            for process in app.db.processes_in(lorenza.id).await.unwrap() {
                let (_, phases) = piazza_app::processes::find(&app.db, process.id).await.unwrap();
                if piazza_app::processes::allows(&phases, piazza_app::processes::Activity::Propose) {
                    open = Some(process.id.0);
                }
            }
            open.expect("Lorenza takes proposals somewhere")
        };
        let giulia = app.signed_in("giulia", piazza_app::demo::DEMO_PASSWORD).await;
        let created = giulia
            .post(
                &format!("/processes/{process}/proposals/new"),
                &[("title", "=HYPERLINK(\"http://evil.example\")"), ("body", "Harmless, really.")],
            )
            .await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);

        let visitor = app.client();
        let page = visitor.get("/c/lorenza/data").await;
        assert_eq!(page.status, StatusCode::OK);
        page.assert_contains("href=\"/c/lorenza/data/proposals.geojson\"");

        let csv = visitor.get("/c/lorenza/data/proposals.csv").await;
        assert_eq!(csv.status, StatusCode::OK);
        assert!(csv.header("content-type").starts_with("text/csv"));
        let header = csv.body.lines().next().unwrap().to_owned();
        assert!(header.starts_with("id,community,process_id,title,"));
        assert!(csv.body.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\""), "the formula is defused");
        assert!(!csv.body.contains(",=HYPERLINK"));

        let json_file = json(&visitor.get("/c/lorenza/data/proposals.json").await.body);
        let proposals = json_file.as_array().unwrap();
        assert!(proposals.iter().all(|p| p["community"] == "lorenza"));

        let geo = json(&visitor.get("/c/lorenza/data/proposals.geojson").await.body);
        assert_eq!(geo["type"], "FeatureCollection");
        let located = proposals.iter().filter(|p| !p["latitude"].is_null()).count();
        assert_eq!(geo["features"].as_array().unwrap().len(), located);
        assert!(located > 0, "the demo places some proposals on the map");
        assert_eq!(geo["features"][0]["geometry"]["type"], "Point");

        let package = json(&visitor.get("/c/lorenza/data/datapackage.json").await.body);
        assert_eq!(package["licenses"][0]["name"], "CC-BY-4.0");
        let csv_resource = package["resources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["path"] == "proposals.csv")
            .expect("the package describes the proposals file");
        let names: Vec<&str> =
            csv_resource["schema"]["fields"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap()).collect();
        assert_eq!(names.join(","), header, "the package describes the file's columns");

        assert_eq!(visitor.get("/data/communities.geojson").await.status, StatusCode::NOT_FOUND);
        assert_eq!(visitor.get("/data/spaceships.csv").await.status, StatusCode::NOT_FOUND);
        assert_eq!(visitor.get("/c/atlantis/data/proposals.csv").await.status, StatusCode::NOT_FOUND);
        let everything = visitor.get("/data/proposals.csv").await;
        assert!(everything.body.lines().count() > csv.body.lines().count(), "the instance's file has every community");
    })
    .await;
}

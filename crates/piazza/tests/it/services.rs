//! Service feedback: an Open311 GeoReport v2 client lists services and files requests, residents
//! report on the page without script, officials move requests along and the reporter hears of
//! it, residents rate what is closed or done, and the indicators count it all.

use axum::http::StatusCode;
use piazza_app::demo::DEMO_PASSWORD;
use piazza_testkit::{TestClient, on_each_backend};
use serde_json::Value;

use crate::outbox;

fn json(body: &str) -> Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}

/// The id in a `/requests/{id}…` address.
fn request_id(location: &str) -> i64 {
    location.trim_start_matches("/requests/").split(['?', '#']).next().unwrap().parse().unwrap()
}

async fn open311_post(client: &TestClient, path: &str, fields: &[(&str, &str)]) -> piazza_testkit::TestResponse {
    // Other sites' applications post here; the cross-origin check must let them.
    client
        .clone()
        .with_header("origin", "https://app.example")
        .post_raw(path, "application/x-www-form-urlencoded", &piazza_testkit::encode_form(fields))
        .await
}

#[tokio::test]
async fn an_open311_client_lists_services_and_files_a_request_in_json_and_xml() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let client = app.client();

        let discovery = client.get("/open311/v2/discovery.json").await;
        assert_eq!(discovery.status, StatusCode::OK);
        let discovery = json(&discovery.body);
        assert_eq!(discovery["endpoints"][0]["specification"], "http://wiki.open311.org/GeoReport_v2");
        let xml = client.get("/open311/v2/discovery.xml").await;
        assert!(xml.header("content-type").starts_with("text/xml"));
        assert!(xml.body.contains("<discovery>") && xml.body.contains("<format>text/xml</format>"));

        let services = client.get("/open311/v2/services.json?jurisdiction_id=lorenza").await;
        let services = json(&services.body);
        let codes: Vec<&str> =
            services.as_array().unwrap().iter().map(|s| s["service_code"].as_str().unwrap()).collect();
        assert!(codes.contains(&"lorenza-potholes") && codes.contains(&"lorenza-accessibility-barriers"), "{codes:?}");
        assert!(codes.iter().all(|code| code.starts_with("lorenza-")), "only the jurisdiction's services");
        let everywhere = json(&client.get("/open311/v2/services.json").await.body);
        assert!(everywhere.as_array().unwrap().len() > codes.len(), "without a jurisdiction, every community's");

        let definition = json(&client.get("/open311/v2/services/lorenza-potholes.json").await.body);
        let size = &definition["attributes"][0];
        assert_eq!(size["code"], "size");
        assert_eq!(size["datatype"], "singlevaluelist");
        assert_eq!(size["required"], true);
        let key = size["values"][1]["key"].as_str().unwrap().to_owned();
        let xml = client.get("/open311/v2/services/lorenza-potholes.xml").await.body;
        assert!(
            xml.contains("<service_definition>") && xml.contains("<attribute>") && xml.contains("<value>"),
            "{xml}"
        );

        // Filing a request, anonymously: Lorenza accepts reports without an account.
        let created = open311_post(
            &client,
            "/open311/v2/requests.json",
            &[
                ("service_code", "lorenza-potholes"),
                ("lat", "43.8431"),
                ("long", "10.5030"),
                ("address_string", "Via Roma 1"),
                ("description", "A deep hole by the bus stop."),
                ("attribute[size]", &key),
                ("email", "reporter@example.org"),
                ("first_name", "Ada"),
                ("phone", "+39 055 000000"),
            ],
        )
        .await;
        assert_eq!(created.status, StatusCode::OK, "{}", created.body);
        let id = json(&created.body)[0]["service_request_id"].as_str().unwrap().to_owned();

        let one = client.get(&format!("/open311/v2/requests/{id}.json")).await;
        assert_eq!(one.status, StatusCode::OK);
        let request = &json(&one.body)[0];
        assert_eq!(request["status"], "open");
        assert_eq!(request["service_code"], "lorenza-potholes");
        assert_eq!(request["address"], "Via Roma 1");
        assert_eq!(request["lat"], 43.8431);
        for contact in ["reporter@example.org", "Ada", "055 000000"] {
            assert!(!one.body.contains(contact), "no contact detail is answered back: {contact}");
        }
        let listed =
            json(&client.get("/open311/v2/requests.json?service_code=lorenza-potholes&status=open").await.body);
        assert!(listed.as_array().unwrap().iter().any(|r| r["service_request_id"] == id.as_str()));
        let closed = json(&client.get("/open311/v2/requests.json?jurisdiction_id=lorenza&status=closed").await.body);
        assert!(!closed.as_array().unwrap().is_empty(), "the demo has closed requests");
        assert!(closed.as_array().unwrap().iter().all(|r| r["status"] == "closed"));

        // The same in XML, and the request shows on the site.
        let created = open311_post(
            &client,
            "/open311/v2/requests.xml",
            &[
                ("service_code", "lorenza-waste"),
                ("address_string", "Piazza Grande"),
                ("description", "Glass everywhere."),
                ("attribute[kind][]", "vetro"),
                ("attribute[kind][]", "altro"),
            ],
        )
        .await;
        assert_eq!(created.status, StatusCode::OK, "{}", created.body);
        assert!(created.body.contains("<service_requests><request><"), "{}", created.body);
        let page = client.get(&format!("/requests/{id}")).await;
        assert_eq!(page.status, StatusCode::OK);
        page.assert_contains("A deep hole by the bus stop.");
        page.assert_lacks("reporter@example.org");
    })
    .await;
}

/// The fields of a bad post, the status it must get, and words its error must hold.
type BadPost<'a> = (Vec<(&'a str, &'a str)>, StatusCode, &'a str);

#[tokio::test]
async fn open311_answers_bad_requests_with_the_specifications_errors_never_a_500() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let client = app.client();
        let long = "x".repeat(4001);
        let cases: Vec<BadPost> = vec![
            (vec![("description", "no code")], StatusCode::BAD_REQUEST, "service_code"),
            (vec![("service_code", "nowhere-potholes")], StatusCode::NOT_FOUND, "service_code not found"),
            (
                vec![
                    ("service_code", "lorenza-waste"),
                    ("lat", "north"),
                    ("long", "10"),
                    ("description", "x"),
                    ("attribute[kind]", "vetro"),
                ],
                StatusCode::BAD_REQUEST,
                "lat:",
            ),
            (
                vec![
                    ("service_code", "lorenza-waste"),
                    ("lat", "91"),
                    ("long", "10"),
                    ("description", "x"),
                    ("attribute[kind]", "vetro"),
                ],
                StatusCode::BAD_REQUEST,
                "lat:",
            ),
            (
                vec![("service_code", "lorenza-waste"), ("description", "Somewhere"), ("attribute[kind]", "vetro")],
                StatusCode::BAD_REQUEST,
                "address_string:",
            ),
            (
                vec![
                    ("service_code", "lorenza-waste"),
                    ("address_string", "Here"),
                    ("description", &long),
                    ("attribute[kind]", "vetro"),
                ],
                StatusCode::BAD_REQUEST,
                "4,000",
            ),
            (
                vec![("service_code", "lorenza-potholes"), ("address_string", "Here"), ("description", "A hole")],
                StatusCode::BAD_REQUEST,
                "attribute[size]:",
            ),
            (
                vec![
                    ("service_code", "lorenza-waste"),
                    ("address_string", "Here"),
                    ("description", "x"),
                    ("attribute[kind]", "gold"),
                ],
                StatusCode::BAD_REQUEST,
                "attribute[kind]:",
            ),
            (
                vec![
                    ("service_code", "san-vito-al-lora-waste"),
                    ("address_string", "Here"),
                    ("description", "x"),
                    ("attribute[kind]", "vetro"),
                ],
                StatusCode::FORBIDDEN,
                "signed in",
            ),
            (
                vec![("jurisdiction_id", "atlantis"), ("service_code", "lorenza-waste")],
                StatusCode::NOT_FOUND,
                "jurisdiction_id not found",
            ),
            // PostgreSQL refuses a NUL in text; it must never reach it.
            (
                vec![("service_code", "lorenza-waste\u{0}"), ("address_string", "Here"), ("description", "x")],
                StatusCode::BAD_REQUEST,
                "control characters",
            ),
        ];
        for (fields, status, mentions) in cases {
            let answer = open311_post(&client, "/open311/v2/requests.json", &fields).await;
            assert_eq!(answer.status, status, "{fields:?}: {}", answer.body);
            let errors = json(&answer.body);
            let first = &errors[0];
            assert_eq!(first["code"], status.as_u16(), "{}", answer.body);
            assert!(answer.body.contains(mentions), "{fields:?} should mention {mentions}: {}", answer.body);
            assert!(first["description"].is_string());
        }
        let xml = open311_post(&client, "/open311/v2/requests.xml", &[("service_code", "")]).await;
        assert_eq!(xml.status, StatusCode::BAD_REQUEST);
        assert!(xml.body.contains("<errors><error><code>400</code><description>"), "{}", xml.body);
        for (path, status) in [
            ("/open311/v2/requests.json?start_date=yesterday", StatusCode::BAD_REQUEST),
            ("/open311/v2/requests.json?status=lost", StatusCode::BAD_REQUEST),
            ("/open311/v2/requests/999999.json", StatusCode::NOT_FOUND),
            ("/open311/v2/requests/abc.xml", StatusCode::NOT_FOUND),
            ("/open311/v2/services/none.json", StatusCode::NOT_FOUND),
            ("/open311/v2/services.csv", StatusCode::NOT_FOUND),
            ("/open311/v2/services.json?jurisdiction_id=atlantis", StatusCode::NOT_FOUND),
            ("/open311/v2/services.json?jurisdiction_id=lorenza%00", StatusCode::BAD_REQUEST),
            ("/open311/v2/services/lorenza-waste.json?jurisdiction_id=pietrabuona", StatusCode::NOT_FOUND),
            ("/open311/v2/requests/1.json?jurisdiction_id=pietrabuona", StatusCode::NOT_FOUND),
            ("/open311/v2/services/lorenza-waste%00.json", StatusCode::BAD_REQUEST),
            ("/open311/v2/requests.json?service_code=%00", StatusCode::BAD_REQUEST),
        ] {
            let answer = client.get(path).await;
            assert_eq!(answer.status, status, "{path}: {}", answer.body);
            assert!(answer.body.contains("\"code\"") || answer.body.contains("<code>"), "{path}: {}", answer.body);
        }
        let not_a_form = client.clone().post_raw("/open311/v2/requests.json", "application/json", "{}").await;
        assert_eq!(not_a_form.status, StatusCode::BAD_REQUEST);
        assert_eq!(client.get("/c/lorenza%00/report").await.status, StatusCode::NOT_FOUND);
    })
    .await;
}

#[tokio::test]
async fn a_resident_reports_without_script_is_told_of_each_step_and_rates_the_outcome() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let giulia = app.signed_in("giulia", DEMO_PASSWORD).await;
        let choose = giulia.get("/c/lorenza/report").await;
        choose.assert_contains("href=\"/c/lorenza/report/lorenza-street-lighting\"");
        let form = giulia.get("/c/lorenza/report/lorenza-street-lighting").await;
        assert_eq!(form.status, StatusCode::OK);
        form.assert_contains("name=\"attribute-pole_number\"");
        form.assert_contains("type=\"date\"");
        form.assert_lacks("name=\"email\"");

        // A report without a description or a place comes back with the errors and what was typed.
        let refused = giulia
            .post(
                "/c/lorenza/report/lorenza-street-lighting",
                &[("description", ""), ("attribute-pole_number", "LF-7"), ("attribute-since", "not a day")],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("Write a description.");
        refused.assert_contains("give an address or a point on a map");
        refused.assert_contains("Enter a date like 2026-03-31.");
        refused.assert_contains("value=\"LF-7\"");

        let sent = giulia
            .post(
                "/c/lorenza/report/lorenza-street-lighting",
                &[
                    ("description", "The lamp at the school gate is out."),
                    ("address", "Via Dante 3"),
                    ("attribute-pole_number", "LF-7"),
                    ("attribute-since", "2026-11-01"),
                ],
            )
            .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER);
        let id = request_id(sent.location());
        let page = giulia.follow(&sent).await;
        page.assert_contains("Thank you: your report was sent.");
        page.assert_contains("LF-7");
        page.assert_lacks("action=\"/requests/");

        // Only the community's officials update it; a note is needed.
        let stranger = giulia.post(&format!("/requests/{id}/status"), &[("status", "closed"), ("note", "done")]).await;
        assert_eq!(stranger.status, StatusCode::FORBIDDEN);
        let official = app.signed_in("lorenza-official", DEMO_PASSWORD).await;
        let no_note =
            official.post(&format!("/requests/{id}/status"), &[("status", "in-progress"), ("note", "")]).await;
        assert_eq!(no_note.status, StatusCode::UNPROCESSABLE_ENTITY);
        no_note.assert_contains("Write a note for the person who reported it.");
        let moved = official
            .post(
                &format!("/requests/{id}/status"),
                &[
                    ("status", "in-progress"),
                    ("note", "The electrician comes on Monday."),
                    ("expected_at", "2026-12-01"),
                ],
            )
            .await;
        assert_eq!(moved.status, StatusCode::SEE_OTHER);
        let notifications = giulia.get("/notifications").await;
        notifications.assert_contains("Being dealt with");

        // Rating waits until it is closed.
        let early = giulia.post(&format!("/requests/{id}/rating"), &[("score", "4")]).await;
        assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);
        early.assert_contains("It can be rated once it is closed or done.");
        official.post(&format!("/requests/{id}/status"), &[("status", "closed"), ("note", "Lamp replaced.")]).await;
        let open311 = json(&app.client().get(&format!("/open311/v2/requests/{id}.json")).await.body);
        assert_eq!(open311[0]["status"], "closed");
        assert_eq!(open311[0]["status_notes"], "Lamp replaced.");

        let bad = giulia.post(&format!("/requests/{id}/rating"), &[("score", "6"), ("comment", "Quick")]).await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        bad.assert_contains("Choose a score from 1 to 5.");
        bad.assert_contains(">Quick</textarea>");
        let rated =
            giulia.post(&format!("/requests/{id}/rating"), &[("score", "4"), ("comment", "Quick, thanks")]).await;
        assert_eq!(rated.status, StatusCode::SEE_OTHER);
        let again =
            giulia.post(&format!("/requests/{id}/rating"), &[("score", "5"), ("comment", "Quick, thanks")]).await;
        assert_eq!(again.status, StatusCode::SEE_OTHER);
        let page = app.client().get(&format!("/requests/{id}")).await;
        assert!(page.body.replace(['\u{2068}', '\u{2069}'], "").contains("Rated 5.0 out of 5 by 1."));
        page.assert_lacks("Quick, thanks");
        let official_view = official.get(&format!("/requests/{id}")).await;
        official_view.assert_contains("Quick, thanks");

        // Her report and her rating are part of her data.
        let data = giulia.get("/account/data").await;
        data.assert_contains("Problems you reported");
        data.assert_contains("Your ratings");
    })
    .await;
}

#[tokio::test]
async fn a_reporter_without_an_account_hears_once_by_mail_and_the_address_is_then_forgotten() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        outbox(&app).await;
        let visitor = app.client();
        // San Vito asks people to sign in; Pietrabuona does not.
        let closed_door = visitor.get("/c/san-vito-al-lora/report/san-vito-al-lora-waste").await;
        assert_eq!(closed_door.status, StatusCode::SEE_OTHER);
        assert!(closed_door.location().starts_with("/signin"));
        let form = visitor.get("/c/pietrabuona/report/pietrabuona-waste").await;
        form.assert_contains("name=\"email\"");
        let bad_mail = visitor
            .post(
                "/c/pietrabuona/report/pietrabuona-waste",
                &[
                    ("description", "Bags by the church"),
                    ("address", "Piazza"),
                    ("attribute-kind", "altro"),
                    ("email", "nope"),
                ],
            )
            .await;
        assert_eq!(bad_mail.status, StatusCode::UNPROCESSABLE_ENTITY);
        bad_mail.assert_contains(">Bags by the church</textarea>");
        let sent = visitor
            .post(
                "/c/pietrabuona/report/pietrabuona-waste",
                &[
                    ("description", "Bags by the church"),
                    ("address", "Piazza della Chiesa"),
                    ("attribute-kind", "altro"),
                    ("email", "visitor@example.org"),
                ],
            )
            .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER);
        let id = request_id(sent.location());
        assert_eq!(app.db.request_contact(id).await.unwrap().as_deref(), Some("visitor@example.org"));
        app.client().get(&format!("/requests/{id}")).await.assert_lacks("visitor@example.org");

        let official = app.signed_in("pietrabuona-official", DEMO_PASSWORD).await;
        official
            .post(&format!("/requests/{id}/status"), &[("status", "closed"), ("note", "Collected this morning.")])
            .await;
        let mails: Vec<_> = outbox(&app).await.into_iter().filter(|m| m.recipient == "visitor@example.org").collect();
        assert_eq!(mails.len(), 1, "one mail, when it closed");
        assert!(mails[0].body.contains("Collected this morning."), "{}", mails[0].body);
        assert!(mails[0].body.contains(&format!("/requests/{id}")));
        assert_eq!(app.db.request_contact(id).await.unwrap(), None, "forgotten once closed");
    })
    .await;
}

#[tokio::test]
async fn administrators_define_kinds_of_problem_with_their_questions() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let resident = app.signed_in("giulia", DEMO_PASSWORD).await;
        assert_eq!(resident.get("/c/lorenza/services").await.status, StatusCode::FORBIDDEN);
        let admin = app.signed_in("lorenza-admin", DEMO_PASSWORD).await;
        let bad = admin
            .post("/c/lorenza/services", &[("name", "Graffiti"), ("code", "Graffiti!"), ("description", "")])
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        bad.assert_contains("Use lower-case letters, digits and hyphens");
        bad.assert_contains("value=\"Graffiti\"");
        let taken = admin
            .post("/c/lorenza/services", &[("name", "Holes"), ("code", "potholes"), ("description", "Again")])
            .await;
        taken.assert_contains("This code is already used.");
        let made = admin
            .post(
                "/c/lorenza/services",
                &[
                    ("name", "Graffiti"),
                    ("code", "graffiti"),
                    ("description", "Writing on walls."),
                    ("group", "Decoro"),
                ],
            )
            .await;
        assert_eq!(made.status, StatusCode::SEE_OTHER);
        assert_eq!(made.location(), "/c/lorenza/services/lorenza-graffiti");

        let one_choice = admin
            .post(
                "/c/lorenza/services/lorenza-graffiti",
                &[("description", "Where?"), ("code", "surface"), ("datatype", "singlevaluelist"), ("values", "Wall")],
            )
            .await;
        assert_eq!(one_choice.status, StatusCode::UNPROCESSABLE_ENTITY);
        one_choice.assert_contains("Give at least two different choices");
        let added = admin
            .post(
                "/c/lorenza/services/lorenza-graffiti",
                &[
                    ("description", "Where is it?"),
                    ("code", "surface"),
                    ("datatype", "singlevaluelist"),
                    ("values", "Private wall\nPublic building\nMonument"),
                    ("required", "yes"),
                ],
            )
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER);
        let definition = json(&app.client().get("/open311/v2/services/lorenza-graffiti.json").await.body);
        assert_eq!(definition["attributes"][0]["values"][2]["key"], "monument");
        assert_eq!(definition["attributes"][0]["required"], true);

        // Retired, it is no longer offered anywhere.
        admin.post("/c/lorenza/services/lorenza-graffiti/active", &[("active", "no")]).await;
        let services = app.client().get("/open311/v2/services.json?jurisdiction_id=lorenza").await.body;
        assert!(!services.contains("lorenza-graffiti"));
        assert_eq!(admin.get("/c/lorenza/report/lorenza-graffiti").await.status, StatusCode::NOT_FOUND);

        // Stopping anonymous reports closes the API to anonymous filing.
        admin.post("/c/lorenza/services/anonymous", &[("anonymous", "no")]).await;
        let refused = open311_post(
            &app.client(),
            "/open311/v2/requests.json",
            &[
                ("service_code", "lorenza-waste"),
                ("address_string", "Here"),
                ("description", "x"),
                ("attribute[kind]", "vetro"),
            ],
        )
        .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
    })
    .await;
}

#[tokio::test]
async fn indicators_show_resolution_times_and_ratings_as_charts_with_their_tables() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let page = app.client().get("/c/lorenza/indicators").await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(page.body.matches("<svg role=\"img\"").count(), 3, "per service, per neighbourhood, per month");
        assert_eq!(page.body.matches("<table>").count(), 3);
        page.assert_contains("Buche nella strada");
        page.assert_contains("Lungofiume");
        // The demo's pothole reports took 6 and 12 days to close, and one is still open.
        let lorenza = app.db.community_by_slug("lorenza").await.unwrap().unwrap();
        let indicators = piazza_app::service_requests::indicators(&app.db, &lorenza).await.unwrap();
        let potholes = indicators.by_service.iter().find(|i| i.name.as_deref() == Some("Buche nella strada")).unwrap();
        assert_eq!((potholes.requests, potholes.closed), (3, 2));
        assert_eq!(potholes.median_days.map(f64::round), Some(9.0));
        assert!(indicators.by_month.len() >= 6, "half a year of history");
        let csv = app.client().get("/c/lorenza/indicators.csv").await;
        assert!(csv.header("content-type").starts_with("text/csv"));
        assert!(csv.body.contains("\nservice,Buche nella strada,3,2,9.00,"), "{}", csv.body);
        assert_eq!(csv.body.lines().filter(|line| line.starts_with("month,")).count(), indicators.by_month.len());
        assert!(indicators.results.ratings > 0, "done results are rated too");
        // A resident rates a done result from its page.
        let done = {
            let mut found = None;
            for process in app.db.processes_in(lorenza.id).await.unwrap() {
                for result in app.db.results_of(process.id).await.unwrap() {
                    if result.status == "done" {
                        found = Some(result.id);
                    }
                }
            }
            found.expect("the demo has a done result")
        };
        let giulia = app.signed_in("giulia", DEMO_PASSWORD).await;
        let result_page = giulia.get(&format!("/results/{done}")).await;
        result_page.assert_contains(&format!("action=\"/results/{done}/rating\""));
        let rated = giulia.post(&format!("/results/{done}/rating"), &[("score", "2")]).await;
        assert_eq!(rated.status, StatusCode::SEE_OTHER);
        let after = piazza_app::service_requests::indicators(&app.db, &lorenza).await.unwrap();
        assert_eq!(after.results.ratings, indicators.results.ratings, "her earlier rating was replaced");
        assert!(after.results.average_rating < indicators.results.average_rating);
    })
    .await;
}

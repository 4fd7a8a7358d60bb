//! The practice exchange's cases: described from scratch or from a process, found across the
//! instance by words and filters, published with schema.org JSON-LD and as open data.

use axum::http::StatusCode;
use piazza_app::demo::DEMO_PASSWORD;
use piazza_testkit::on_each_backend;

/// The titles of the cases a search page lists, in order.
fn titles(html: &str) -> Vec<String> {
    html.split("<h3 class=\"card-title\"><a href=\"/cases/")
        .skip(1)
        .filter_map(|rest| {
            rest.split_once("\">").and_then(|(_, rest)| rest.split_once("</a>")).map(|(t, _)| t.to_owned())
        })
        .collect()
}

#[tokio::test]
async fn an_official_describes_a_process_as_a_case_and_corrects_what_the_form_refuses() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let lorenza = app.db.community_by_slug("lorenza").await.unwrap().unwrap();
        // The Lorenza process whose delivery the results tracker follows.
        let mut with_results = None;
        for candidate in app.db.processes_in(lorenza.id).await.unwrap() {
            let results = app.db.results_of(candidate.id).await.unwrap();
            if let Some(first) = results.into_iter().find(|r| r.parent_id.is_none()) {
                with_results = Some((candidate, first.title));
                break;
            }
        }
        let (process, first_result) = with_results.expect("a Lorenza process has results");
        let resident = app.signed_in("giulia", DEMO_PASSWORD).await;
        assert_eq!(resident.get("/c/lorenza/cases/new").await.status, StatusCode::FORBIDDEN);

        let official = app.signed_in("lorenza-official", DEMO_PASSWORD).await;
        let process_page = official.get(&format!("/processes/{}", process.id.0)).await;
        process_page.assert_contains(&format!("href=\"/c/lorenza/cases/new?process={}\"", process.id.0));
        let form = official.get(&format!("/c/lorenza/cases/new?process={}", process.id.0)).await;
        assert_eq!(form.status, StatusCode::OK);
        form.assert_contains(&format!("value=\"{}\"", process.title));
        form.assert_contains("Ideas: ");
        form.assert_contains(&format!("<option value=\"{0}\" lang=\"{0}\" selected>", process.locale));
        // The process's results become outcome rows, with their progress as achieved.
        form.assert_contains(&format!("name=\"outcome1_name\" type=\"text\" value=\"{first_result}\""));
        assert_eq!(official.get("/c/lorenza/cases/new?process=999999").await.status, StatusCode::NOT_FOUND);

        let fields = [
            ("source_process", process.id.0.to_string()),
            ("title", "Greener school yards".to_owned()),
            ("summary", "Asphalt yards became small parks.".to_owned()),
            ("policy_area", "green-spaces".to_owned()),
            ("target_groups", "children".to_owned()),
            ("participants", "many".to_owned()),
            ("currency", "euro".to_owned()),
            ("contact_role", "".to_owned()),
            ("outcome1_name", "Yard temperature in July".to_owned()),
            ("outcome1_unit", "°C".to_owned()),
            ("outcome1_baseline", "50".to_owned()),
            ("outcome1_achieved", "41,5".to_owned()),
            ("partner1_organisation", "999999".to_owned()),
            ("steps", "Choose the yards\n\nAsk the schools".to_owned()),
            // Written in English, though the process it starts from is Italian.
            ("locale", "en".to_owned()),
        ];
        let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let refused = official.post("/c/lorenza/cases/new", &borrowed).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("Enter a whole number of zero or more");
        refused.assert_contains("Enter the currency as three letters");
        refused.assert_contains("href=\"#partner1_organisation\"");
        refused.assert_contains("value=\"Greener school yards\"");
        refused.assert_contains("value=\"Yard temperature in July\"");

        let mut fixed = borrowed.clone();
        for (name, value) in fixed.iter_mut() {
            match *name {
                "participants" => *value = "1,200",
                "currency" => *value = "eur",
                "contact_role" => *value = "Participation office",
                "partner1_organisation" => *value = "",
                _ => {}
            }
        }
        let made = official.post("/c/lorenza/cases/new", &fixed).await;
        assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
        let page = official.follow(&made).await;
        page.assert_contains("<h1>Greener school yards</h1>");
        page.assert_contains("1,200");
        page.assert_contains("41.5");
        page.assert_contains("<li dir=\"auto\">Ask the schools</li>");
        page.assert_contains(&format!("href=\"/processes/{}\"", process.id.0));
        page.assert_contains("<script type=\"application/ld+json\">");
        let json_ld =
            page.body.split("<script type=\"application/ld+json\">").nth(1).unwrap().split("</script>").next().unwrap();
        let json_ld: serde_json::Value = serde_json::from_str(json_ld).unwrap();
        assert_eq!(json_ld["@type"], "CreativeWork");
        assert_eq!(json_ld["name"], "Greener school yards");
        assert_eq!(json_ld["spatialCoverage"]["name"], "Lorenza");

        let api: serde_json::Value =
            serde_json::from_str(&app.client().get("/api/v1/cases?community=lorenza").await.body).unwrap();
        let published = api["data"].as_array().unwrap();
        assert!(published.iter().any(|case| case["title"] == "Greener school yards" && case["participants"] == 1200));
    })
    .await;
}

#[tokio::test]
async fn anyone_finds_practices_across_communities_by_words_and_filters() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let client = app.client();
        let all = client.get("/cases").await;
        assert_eq!(all.status, StatusCode::OK);
        let every = titles(&all.body);
        assert!(
            every.contains(&"Cortili scolastici più verdi".to_owned())
                && every.contains(&"Community solar on public roofs".to_owned())
        );
        let cases = [
            ("/cases?q=solar+roofs", vec!["Community solar on public roofs"]),
            ("/cases?area=energy", vec!["Community solar on public roofs"]),
            ("/cases?settlement=urban", vec!["Cortili scolastici più verdi"]),
            ("/cases?settlement=rural", vec!["Il cortile della scuola di Pietrabuona"]),
            ("/cases?population=1000-10000", vec!["Community solar on public roofs", "Cortili più verdi a San Vito"]),
            ("/cases?group=migrants", vec!["Cortili scolastici più verdi"]),
            ("/cases?cost=under-10000", vec![]),
            ("/cases?settlement=rural&cost=10000-100000", vec!["Il cortile della scuola di Pietrabuona"]),
            (
                "/cases?region=valle-del-lora&cost=over-100000&evidence=yes",
                vec!["Community solar on public roofs", "Cortili scolastici più verdi"],
            ),
        ];
        for (path, expected) in cases {
            let page = client.get(path).await;
            assert_eq!(page.status, StatusCode::OK, "{path}");
            let mut found = titles(&page.body);
            found.sort();
            assert_eq!(found, expected, "{path}");
        }
        // Unknown filter values are ignored rather than hiding everything.
        assert_eq!(titles(&client.get("/cases?area=nothing&population=huge").await.body).len(), every.len());
        let page = client.get(&format!("/cases?q={}", "%00")).await;
        assert_eq!(page.status, StatusCode::OK);
    })
    .await;
}

#[tokio::test]
async fn an_official_of_the_village_replicates_the_citys_practice_and_outcomes_are_compared() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let official = app.signed_in("pietrabuona-official", DEMO_PASSWORD).await;
        // Found by settlement type and cost, as a village official would look for it.
        let found = official.get("/cases?settlement=urban&cost=over-100000").await;
        assert_eq!(titles(&found.body), ["Cortili scolastici più verdi"]);
        let href = found
            .body
            .split("<h3 class=\"card-title\"><a href=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_owned();
        let case_id: i64 = href.trim_start_matches("/cases/").parse().unwrap();

        // The case page shows where it was replicated, with outcomes side by side.
        let page = app.client().get(&href).await;
        page.assert_contains("Cortili più verdi a San Vito");
        page.assert_contains("Il cortile della scuola di Pietrabuona");
        page.assert_contains("Outcomes side by side");
        // Read in English, the Italian case's own texts say what language they are in.
        page.assert_contains("<dd class=\"prose lines\" lang=\"it\" dir=\"ltr\">Informazione");
        page.assert_contains("<th scope=\"col\">San Vito al Lora</th>");
        page.assert_contains("Nel paese le proposte su carta");
        page.assert_lacks(&format!("href=\"/cases/{case_id}/replicate\""));

        let official_view = official.get(&href).await;
        official_view.assert_contains(&format!("href=\"/cases/{case_id}/replicate\""));
        let form = official.get(&format!("/cases/{case_id}/replicate")).await;
        assert_eq!(form.status, StatusCode::OK);
        form.assert_contains("<option value=\"pietrabuona\"");
        form.assert_lacks("<option value=\"lorenza\"");
        let past = official
            .post(
                &format!("/cases/{case_id}/replicate"),
                &[("community", "pietrabuona"), ("title", "Un altro cortile"), ("starts_on", "2020-01-01")],
            )
            .await;
        assert_eq!(past.status, StatusCode::UNPROCESSABLE_ENTITY);
        past.assert_contains("Choose today or a later day.");
        let elsewhere = official
            .post(&format!("/cases/{case_id}/replicate"), &[("community", "lorenza"), ("starts_on", "2099-01-01")])
            .await;
        assert_eq!(elsewhere.status, StatusCode::FORBIDDEN);

        let starts = (piazza_domain::now() + std::time::Duration::from_secs(7 * 86_400)).date();
        let village = app.db.community_by_slug("pietrabuona").await.unwrap().unwrap();
        let asked_before = app.db.demographic_questions(village.id).await.unwrap();
        let made = official
            .post(
                &format!("/cases/{case_id}/replicate"),
                &[("community", "pietrabuona"), ("title", "Un altro cortile"), ("starts_on", &starts.to_string())],
            )
            .await;
        assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
        let process_page = official.follow(&made).await;
        process_page.assert_contains("<h1>Un altro cortile</h1>");
        // Its texts are the Italian case's, whatever language the official reads in.
        assert_eq!(
            app.db
                .process(piazza_domain::ProcessId(made.location().trim_start_matches("/processes/").parse().unwrap()))
                .await
                .unwrap()
                .unwrap()
                .locale,
            "it"
        );
        process_page.assert_contains(&format!("href=\"/cases/{case_id}\""));
        // The same phases, in the same order, opening on the chosen day, with nothing copied in.
        let process_id: i64 = made.location().trim_start_matches("/processes/").parse().unwrap();
        let source = app.db.case(case_id).await.unwrap().unwrap().source_process_id.unwrap();
        let kinds = |phases: Vec<piazza_app::records::Phase>| phases.into_iter().map(|p| p.kind).collect::<Vec<_>>();
        let copied = app.db.phases(piazza_domain::ProcessId(process_id)).await.unwrap();
        assert_eq!(copied[0].starts_at.date(), starts);
        assert_eq!(kinds(copied), kinds(app.db.phases(piazza_domain::ProcessId(source)).await.unwrap()));
        let filter = piazza_app::records::ProposalFilter::all_of(piazza_domain::ProcessId(process_id));
        assert_eq!(app.db.proposals(&filter).await.unwrap().1, 0, "no contribution is copied");
        let family = app.client().get(&href).await;
        family.assert_contains("Un altro cortile");
        // An official may not change what the village asks people about themselves: that is for
        // its administrators, so the official's replica leaves the village's questions alone.
        assert_eq!(app.db.demographic_questions(village.id).await.unwrap().len(), asked_before.len());
        // An administrator's replica brings the city's own questions, once, with their options,
        // so that both can tell whom they reached on the same groups.
        let administrator = app.signed_in("pietrabuona-admin", DEMO_PASSWORD).await;
        let replicate = |title: &'static str| {
            let administrator = &administrator;
            let starts = starts.to_string();
            async move {
                administrator
                    .post(
                        &format!("/cases/{case_id}/replicate"),
                        &[("community", "pietrabuona"), ("title", title), ("starts_on", &starts)],
                    )
                    .await
            }
        };
        assert_eq!(replicate("Un terzo cortile").await.status, StatusCode::SEE_OTHER);
        let city = app.db.community_by_slug("lorenza").await.unwrap().unwrap();
        let city_questions = app.db.demographic_questions(city.id).await.unwrap();
        assert!(!city_questions.is_empty());
        let asked_now = app.db.demographic_questions(village.id).await.unwrap();
        assert_eq!(asked_now.len(), asked_before.len() + city_questions.len());
        let labels =
            |q: &piazza_app::records::DemographicQuestion| q.options.iter().map(|(_, l)| l.clone()).collect::<Vec<_>>();
        for question in &city_questions {
            let copied = asked_now.iter().find(|q| q.label == question.label).expect("the question is asked");
            assert_eq!(labels(copied), labels(question));
        }
        assert_eq!(replicate("Un quarto cortile").await.status, StatusCode::SEE_OTHER);
        assert_eq!(app.db.demographic_questions(village.id).await.unwrap().len(), asked_now.len(), "not asked twice");
    })
    .await;
}

#[tokio::test]
async fn a_region_page_gathers_the_practices_of_its_communities() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let client = app.client();
        let region = client.get("/c/valle-del-lora").await;
        region.assert_contains("Practices described here");
        for title in [
            "Cortili scolastici più verdi",
            "Community solar on public roofs",
            "Il cortile della scuola di Pietrabuona",
        ] {
            region.assert_contains(title);
        }
        region.assert_contains("<span class=\"meta\">(Pietrabuona)</span>");
        let village = client.get("/c/pietrabuona").await;
        village.assert_contains("Il cortile della scuola di Pietrabuona");
        village.assert_lacks("Community solar on public roofs");
    })
    .await;
}

/// The demo's case from the city, which the town and the village replicated.
async fn city_case(app: &piazza_testkit::TestApp) -> piazza_app::records::Case {
    app.db
        .cases(&Default::default())
        .await
        .unwrap()
        .into_iter()
        .find(|case| case.title == "Cortili scolastici più verdi" && case.community_slug == "lorenza")
        .expect("the city's case")
}

#[tokio::test]
async fn a_case_is_corrected_by_its_community_and_keeps_where_it_came_from() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let case = city_case(&app).await;
        let edit = format!("/cases/{}/edit", case.id);
        let outsider = app.signed_in("sanvito-official", DEMO_PASSWORD).await;
        assert_eq!(outsider.get(&edit).await.status, StatusCode::FORBIDDEN);
        assert_eq!(outsider.post(&edit, &[("title", "Ours now")]).await.status, StatusCode::FORBIDDEN);

        let official = app.signed_in("lorenza-official", DEMO_PASSWORD).await;
        official.get(&format!("/cases/{}", case.id)).await.assert_contains(&format!("href=\"{edit}\""));
        let form = official.get(&edit).await;
        assert_eq!(form.status, StatusCode::OK);
        // The form comes back filled with the case as it stands.
        form.assert_contains(&format!("action=\"{edit}\""));
        form.assert_contains("value=\"Cortili scolastici più verdi\"");
        form.assert_contains("name=\"target_groups\" value=\"children\" checked");
        form.assert_contains("name=\"target_groups\" value=\"migrants\" checked");
        let first_outcome = app.db.case_outcomes(case.id).await.unwrap().remove(0);
        form.assert_contains(&format!("name=\"outcome1_name\" type=\"text\" value=\"{}\"", first_outcome.name));
        form.assert_contains("Scegliere con le scuole i cortili da trasformare");

        let mut fields = vec![
            ("title", "Cortili scolastici più verdi e aperti"),
            ("summary", ""),
            ("policy_area", "green-spaces"),
            ("target_groups", "children"),
            ("currency", "EUR"),
            ("contact_role", "Ufficio partecipazione"),
            ("locale", "it"),
            ("outcome1_name", "Temperatura del cortile a luglio"),
            ("outcome1_unit", "°C"),
            ("outcome1_baseline", "50"),
            ("outcome1_achieved", "41"),
            ("steps", "Scegliere i cortili\nAprirli al quartiere"),
        ];
        let refused = official.post(&edit, &fields).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("href=\"#summary\"");
        refused.assert_contains("value=\"Cortili scolastici più verdi e aperti\"");
        assert_eq!(app.db.case(case.id).await.unwrap().unwrap().title, case.title, "nothing was half-written");

        fields[1] = ("summary", "I cortili in asfalto sono diventati piccoli parchi.");
        let saved = official.post(&edit, &fields).await;
        assert_eq!(saved.location(), format!("/cases/{}?updated=1", case.id));
        let page = official.get(saved.location()).await;
        page.assert_contains("The description was corrected.");
        page.assert_contains("<h1>Cortili scolastici più verdi e aperti</h1>");
        let stored = app.db.case(case.id).await.unwrap().unwrap();
        assert_eq!(stored.source_process_id, case.source_process_id, "it still comes from the same process");
        assert_eq!(stored.community_id, case.community_id);
        assert_eq!(stored.target_groups, "children");
        assert_eq!(app.db.case_steps(case.id).await.unwrap(), vec!["Scegliere i cortili", "Aprirli al quartiere"]);
        let outcomes = app.db.case_outcomes(case.id).await.unwrap();
        assert_eq!(outcomes.len(), 1);
        assert_eq!(outcomes[0].achieved, Some(41.0));
        // The replicas still point at the case.
        assert!(app.db.replicas_of(case.id).await.unwrap().len() >= 2);
    })
    .await;
}

#[tokio::test]
async fn a_case_is_translated_read_in_the_readers_language_and_found_by_its_translated_words() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let case = city_case(&app).await;
        let translate = format!("/cases/{}/translate", case.id);
        let resident = app.signed_in("tom", DEMO_PASSWORD).await;
        assert_eq!(resident.get(&translate).await.status, StatusCode::FORBIDDEN);

        // A facilitator of the town translates the city's case for its residents.
        let facilitator = app.signed_in("sanvito-facilitator", DEMO_PASSWORD).await;
        facilitator.get(&format!("/cases/{}", case.id)).await.assert_contains(&format!("href=\"{translate}\""));
        let chooser = facilitator.get(&translate).await;
        let languages = chooser.body.split("<select id=\"lang\"").nth(1).unwrap().split("</select>").next().unwrap();
        assert!(languages.contains("<option value=\"en\" lang=\"en\">"), "{languages}");
        assert!(!languages.contains("value=\"it\""), "not into the case's own language: {languages}");
        let form = facilitator.get(&format!("{translate}?lang=en")).await;
        form.assert_contains("<input type=\"hidden\" name=\"locale\" value=\"en\">");
        // The original stands beside each field, marked as Italian.
        form.assert_contains("<p class=\"prose lines\" lang=\"it\" dir=\"ltr\">Cortili scolastici più verdi</p>");
        let same = facilitator.post(&translate, &[("locale", "it"), ("title", "x"), ("summary", "y")]).await;
        assert_eq!(same.status, StatusCode::UNPROCESSABLE_ENTITY);
        same.assert_contains("Choose a language other than the one the practice is written in.");
        // The refusal points to the list where the language is chosen.
        same.assert_contains("href=\"#lang\"");
        same.assert_contains("aria-describedby=\"lang-error\"");
        let untitled = facilitator
            .post(&translate, &[("locale", "en"), ("title", ""), ("summary", "Asphalt yards became parks.")])
            .await;
        assert_eq!(untitled.status, StatusCode::UNPROCESSABLE_ENTITY);
        untitled.assert_contains(">Asphalt yards became parks.</textarea>");
        let saved = facilitator
            .post(
                &translate,
                &[
                    ("locale", "en"),
                    ("title", "Greener school yards"),
                    ("summary", "Asphalt yards became small parks open to the neighbourhood."),
                    ("lessons", "Stands outside the schools brought more proposals than evening meetings."),
                    ("steps", "Choose the yards with the schools\nMeasure the heat again"),
                ],
            )
            .await;
        assert_eq!(saved.location(), format!("/cases/{}?lang=en&translated=1", case.id));

        // An English reader reads it in English, told it is a translation, and can read the original.
        let reader = app.client().with_header("accept-language", "en");
        let page = reader.get(&format!("/cases/{}", case.id)).await;
        page.assert_contains("<h1>Greener school yards</h1>");
        page.assert_contains("Translated into");
        page.assert_contains("Measure the heat again");
        // What the translation gives is English; what it leaves out, and what no translation
        // covers (outcomes, partners' roles), is the Italian original, marked as Italian.
        page.assert_contains("<dd class=\"prose lines\" dir=\"auto\">Stands outside the schools");
        page.assert_contains("<p class=\"prose lines\" lang=\"it\" dir=\"ltr\">D&#39;estate i cortili in asfalto");
        let first_outcome = app.db.case_outcomes(case.id).await.unwrap().remove(0);
        page.assert_contains(&format!("<th scope=\"row\" lang=\"it\" dir=\"ltr\">{}</th>", first_outcome.name));
        page.assert_contains(&format!("href=\"/cases/{}?lang=it\"", case.id));
        let original = reader.get(&format!("/cases/{}?lang=it", case.id)).await;
        original.assert_contains("<h1>Cortili scolastici più verdi</h1>");
        original.assert_contains("Scegliere con le scuole i cortili da trasformare");
        // An Italian reader gets the original.
        let italian = app.client().with_header("accept-language", "it");
        italian.get(&format!("/cases/{}", case.id)).await.assert_contains("<h1>Cortili scolastici più verdi</h1>");
        // The English words find it, and the list shows it in English.
        let found = reader.get("/cases?q=asphalt+parks").await;
        assert_eq!(titles(&found.body), vec!["Greener school yards"]);

        // Someone else's translation is theirs and the case's community's to change.
        let other = app.signed_in("pietrabuona-official", DEMO_PASSWORD).await;
        let taken = other.post(&translate, &[("locale", "en"), ("title", "Mine now"), ("summary", "Mine.")]).await;
        assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
        taken.assert_contains("Someone else translated this practice into this language");
        taken.assert_contains(">Mine.</textarea>");
        let city = app.signed_in("lorenza-official", DEMO_PASSWORD).await;
        let corrected = city
            .post(
                &translate,
                &[
                    ("locale", "en"),
                    ("title", "Greener school yards"),
                    ("summary", "Asphalt yards became small parks."),
                ],
            )
            .await;
        assert_eq!(corrected.status, StatusCode::SEE_OTHER);

        // Translating again corrects the same translation.
        let again = facilitator.get(&format!("{translate}?lang=en")).await;
        again.assert_contains("value=\"Greener school yards\"");
        again.assert_contains("(translated already, to correct)");
        assert_eq!(app.db.case_texts(case.id).await.unwrap().len(), 1);
    })
    .await;
}

#[tokio::test]
async fn a_case_exports_in_participedias_case_shape() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let case = city_case(&app).await;
        let client = app.client();
        client
            .get(&format!("/cases/{}", case.id))
            .await
            .assert_contains(&format!("href=\"/cases/{}/participedia.json\"", case.id));
        let response = client.get(&format!("/cases/{}/participedia.json", case.id)).await;
        assert_eq!(response.status, StatusCode::OK);
        assert!(response.header("content-type").starts_with("application/json"));
        assert!(response.header("content-disposition").starts_with("attachment"));
        let exported: serde_json::Value = serde_json::from_str(&response.body).unwrap();
        assert_eq!(exported["type"], "case");
        assert_eq!(exported["title"], case.title);
        assert_eq!(exported["description"], case.summary);
        assert_eq!(exported["general_issues"], serde_json::json!(["environment"]));
        assert_eq!(exported["targeted_participants"], serde_json::json!(["immigrants", "lowincome", "youth"]));
        assert_eq!(exported["scope_of_influence"], "city/town");
        assert_eq!(exported["tags"], serde_json::json!(["urban"]));
        assert_eq!(exported["number_of_participants"], 412);
        assert_eq!(exported["staff"], "yes");
        assert_eq!(exported["impact_evidence"], "yes");
        assert_eq!(exported["original_language"], "it");
        assert_eq!(exported["city"], "Lorenza");
        assert_eq!(exported["province"], "Valle del Lora");
        assert!(exported["start_date"].is_string(), "the process's first day: {}", exported["start_date"]);
        let body = exported["body"].as_str().unwrap();
        assert!(body.contains("<ol><li>Scegliere con le scuole"), "the steps, in order: {body}");
        // The body's headings are in the case's language, whoever downloads it.
        assert!(body.contains("<h2>"), "{body}");
        let outcomes = app.db.case_outcomes(case.id).await.unwrap();
        assert_eq!(exported["piazza"]["outcomes"].as_array().unwrap().len(), outcomes.len());
        assert!(exported["piazza"]["replicas"].as_array().unwrap().len() >= 2);
        assert_eq!(exported["piazza"]["cost"]["currency"], "EUR");

        let all = client.get("/cases/participedia.json").await;
        let all: serde_json::Value = serde_json::from_str(&all.body).unwrap();
        let count = app.db.cases(&Default::default()).await.unwrap().len();
        assert_eq!(all.as_array().unwrap().len(), count);
        assert_eq!(client.get("/cases/999999/participedia.json").await.status, StatusCode::NOT_FOUND);
    })
    .await;
}

#[tokio::test]
async fn a_replica_plans_its_meetings_in_the_formats_the_original_used() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let case = city_case(&app).await;
        let source = piazza_domain::ProcessId(case.source_process_id.expect("the case comes from a process"));
        let model = app.db.meetings_of(source).await.unwrap().into_iter().next().expect("the city's process met");
        let replica = app
            .db
            .replicas_of(case.id)
            .await
            .unwrap()
            .into_iter()
            .find(|r| r.community_slug == "pietrabuona")
            .expect("the village's replica");
        let meetings = format!("/processes/{}/meetings", replica.process_id);
        let plan_like = format!("/processes/{}/meetings/new?like={}", replica.process_id, model.id);

        // Residents see the replica's meetings, not the organisers' models.
        let resident = app.signed_in("karim", DEMO_PASSWORD).await;
        resident.get(&meetings).await.assert_lacks("Meeting formats from the practice");
        assert_eq!(resident.get(&plan_like).await.status, StatusCode::FORBIDDEN);

        let official = app.signed_in("pietrabuona-official", DEMO_PASSWORD).await;
        let page = official.get(&meetings).await;
        page.assert_contains("Meeting formats from the practice");
        page.assert_contains(&format!("href=\"{plan_like}\""));
        let form = official.get(&plan_like).await;
        assert_eq!(form.status, StatusCode::OK);
        form.assert_contains(&format!("value=\"{}\"", model.title));
        form.assert_contains(&format!("name=\"format\" value=\"{}\" checked", model.format));
        form.assert_contains(&format!("value=\"{:02}:{:02}\"", model.starts_at.hour(), model.starts_at.minute()));
        for feature in model.access_keys() {
            form.assert_contains(&format!("name=\"access\" value=\"{feature}\" checked"));
        }
        // The day and the place are the village's to choose.
        form.assert_contains("name=\"date\" type=\"date\" value=\"\"");
        form.assert_contains("name=\"address\" type=\"text\" value=\"\"");
        assert_eq!(
            official.get(&format!("/processes/{}/meetings/new?like=999999", replica.process_id)).await.status,
            StatusCode::NOT_FOUND
        );
    })
    .await;
}

#[tokio::test]
async fn a_case_written_from_a_process_says_who_took_part_by_group_as_the_dashboard_publishes_it() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let lorenza = app.db.community_by_slug("lorenza").await.unwrap().unwrap();
        // A process whose dashboard publishes some age groups and hides others.
        let mut chosen = None;
        for process in app.db.processes_in(lorenza.id).await.unwrap() {
            let dashboard = piazza_app::representation::dashboard(&app.db, &lorenza, Some(&process)).await.unwrap();
            let age = dashboard.questions.into_iter().find(|q| q.question.topic == "age-band").unwrap();
            if age.analysis.groups.iter().any(|g| g.participants.is_some()) {
                chosen = Some((process, age));
                break;
            }
        }
        let (process, age) = chosen.expect("a Lorenza process publishes who took part by age");
        let official = app.signed_in("lorenza-official", DEMO_PASSWORD).await;
        let form = official.get(&format!("/c/lorenza/cases/new?process={}", process.id.0)).await;
        let inclusion =
            form.body.split("name=\"inclusion_measures\"").nth(1).unwrap().split("</textarea>").next().unwrap();
        let line = inclusion
            .lines()
            .find(|line| line.contains("Your age (participation by group): "))
            .unwrap_or_else(|| panic!("the inclusion measures say who took part by age: {inclusion}"));
        for ((key, _), figures) in age.question.groups.iter().zip(&age.analysis.groups) {
            let label = piazza_web_label(key);
            match figures.participants {
                Some(people) => assert!(line.contains(&format!("{label} ({people})")), "{label} is published: {line}"),
                None => assert!(!line.contains(&format!("{label} (")), "{label} is hidden on the dashboard: {line}"),
            }
        }
    })
    .await;
}

/// The English name of an age band, as the dashboard shows it.
fn piazza_web_label(key: &str) -> String {
    piazza_web::i18n::Tr { locale: piazza_domain::Locale::En }.t(&format!("age-band-{key}"))
}

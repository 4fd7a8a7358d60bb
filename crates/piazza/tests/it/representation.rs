//! Representation and assisted participation: people answer questions about themselves only
//! with consent; the dashboard compares who takes part with who lives there without ever
//! showing a group of fewer than five; a facilitator records a paper proposal and a paper
//! consent that the person later claims.

use axum::http::StatusCode;
use piazza_app::processes::{Activity, allows};
use piazza_domain::ProcessId;
use piazza_store::Db;

/// A process of the community whose current phase allows `activity`.
async fn process_allowing(db: &Db, slug: &str, activity: Activity) -> ProcessId {
    let community = db.community_by_slug(slug).await.unwrap().unwrap();
    for process in db.processes_in(community.id).await.unwrap() {
        let (_, phases) = piazza_app::processes::find(db, process.id).await.unwrap();
        if allows(&phases, activity) {
            return process.id;
        }
    }
    panic!("the demo's {slug} has a process allowing {activity:?}");
}

/// The claim code printed on a receipt page.
fn claim_code(page: &str) -> String {
    let start = page.find("class=\"claim-code\"><strong>").expect("the receipt shows a code") + 27;
    page[start..start + 14].to_owned()
}

#[tokio::test]
async fn answers_about_oneself_need_consent_and_go_with_it() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let db = &app.db;
        let lorenza = db.community_by_slug("lorenza").await.unwrap().unwrap();
        let amina = db.account_by_username("amina").await.unwrap().unwrap();
        let client = app.signed_in("amina", piazza_app::demo::DEMO_PASSWORD).await;

        let page = client.get("/c/lorenza/about-you").await;
        page.assert_contains("You have not given your consent to these questions");
        page.assert_lacks("name=\"age-band\"");
        let refused = client.post("/c/lorenza/about-you", &[("age-band", "16-24")]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("These answers can only be kept with consent");
        assert!(db.demographic_answers(amina.id, lorenza.id).await.unwrap().is_empty());

        let granted = client.post("/account/consents", &[("purpose", "demographics"), ("answer", "grant")]).await;
        assert_eq!(granted.status, StatusCode::SEE_OTHER);
        let page = client.get("/c/lorenza/about-you").await;
        page.assert_contains("name=\"age-band\" value=\"16-24\"");
        page.assert_contains("Prefer not to say");
        // The community's own question is asked too, in its own language.
        page.assert_contains("Sei nata o nato in un altro paese?");

        let wrong = client.post("/c/lorenza/about-you", &[("age-band", "16-24"), ("gender", "robot")]).await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        wrong.assert_contains("href=\"#gender\"");
        wrong.assert_contains("value=\"16-24\" checked");
        assert!(db.demographic_answers(amina.id, lorenza.id).await.unwrap().is_empty(), "nothing half-saved");

        let saved =
            client.post("/c/lorenza/about-you", &[("age-band", "16-24"), ("gender", "prefer-not-to-say")]).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER);
        let answers = db.demographic_answers(amina.id, lorenza.id).await.unwrap();
        assert_eq!(
            answers,
            vec![("age-band".to_owned(), "16-24".to_owned()), ("gender".to_owned(), "prefer-not-to-say".to_owned())]
        );
        client.get("/account/data").await.assert_contains("Your answers about yourself");

        let withdrawn = client.post("/account/consents", &[("purpose", "demographics"), ("answer", "withdraw")]).await;
        assert_eq!(withdrawn.status, StatusCode::SEE_OTHER);
        assert!(db.demographic_answers(amina.id, lorenza.id).await.unwrap().is_empty(), "withdrawal deletes them");
    })
    .await;
}

#[tokio::test]
async fn the_dashboard_never_shows_a_small_group_and_names_the_group_behind() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let visitor = app.client();
        for slug in ["lorenza", "san-vito-al-lora", "pietrabuona"] {
            let page = visitor.get(&format!("/c/{slug}/representation")).await;
            assert_eq!(page.status, StatusCode::OK);
            page.assert_contains("takes part least");
            page.assert_contains("fewer than 5");
            page.assert_contains("Representation score");

            let csv = visitor.get(&format!("/c/{slug}/representation.csv")).await;
            assert_eq!(csv.status, StatusCode::OK);
            assert!(csv.header("content-type").starts_with("text/csv"));
            let mut lines = csv.body.lines();
            assert!(lines.next().unwrap().starts_with("question,group,participants,suppressed"));
            let mut hidden_per_question: std::collections::BTreeMap<String, usize> = Default::default();
            for line in lines {
                let cells: Vec<&str> = line.split(',').collect();
                let participants = cells[2];
                let suppressed = cells[3] == "true";
                assert_eq!(participants.is_empty(), suppressed, "{line}");
                if let Ok(count) = participants.parse::<i64>() {
                    assert!(count >= 5, "a group of {count} is shown: {line}");
                }
                *hidden_per_question.entry(cells[0].to_owned()).or_default() += usize::from(suppressed);
            }
            // One hidden cell alone could be worked out from the total: never exactly one.
            for (question, hidden) in hidden_per_question {
                assert_ne!(hidden, 1, "{slug}: {question}");
            }
        }
        let process = process_allowing(&app.db, "lorenza", Activity::Support).await;
        let page = visitor.get(&format!("/processes/{}/representation", process.0)).await;
        assert_eq!(page.status, StatusCode::OK);
        page.assert_contains("At a street stand");
        let csv = visitor.get(&format!("/processes/{}/representation.csv", process.0)).await;
        assert_eq!(csv.status, StatusCode::OK);
    })
    .await;
}

#[tokio::test]
async fn administrators_enter_the_population_and_their_own_questions() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let db = &app.db;
        let pietrabuona = db.community_by_slug("pietrabuona").await.unwrap().unwrap();
        let resident = app.signed_in("giulia", piazza_app::demo::DEMO_PASSWORD).await;
        assert_eq!(resident.get("/c/pietrabuona/representation/setup").await.status, StatusCode::FORBIDDEN);

        let admin = app.signed_in("pietrabuona-admin", piazza_app::demo::DEMO_PASSWORD).await;
        let page = admin.get("/c/pietrabuona/representation/setup").await;
        page.assert_contains("value=\"190\"");
        let before = db.reference_population(pietrabuona.id).await.unwrap();
        let refused = admin
            .post(
                "/c/pietrabuona/representation/reference",
                &[("reference-age-band-16-24", "lots"), ("reference-age-band-65-plus", "200")],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("Write a whole number of people");
        refused.assert_contains("value=\"lots\"");
        assert_eq!(db.reference_population(pietrabuona.id).await.unwrap(), before, "nothing half-saved");
        let saved = admin
            .post(
                "/c/pietrabuona/representation/reference",
                &[("reference-age-band-16-24", "45"), ("reference-gender-woman", "1,310")],
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER);
        assert_eq!(
            db.reference_population(pietrabuona.id).await.unwrap(),
            vec![("age-band".into(), "16-24".into(), 45), ("gender".into(), "woman".into(), 1310)]
        );

        let one_option = admin
            .post("/c/pietrabuona/representation/questions", &[("label", "Hai una disabilità?"), ("options", "Sì")])
            .await;
        assert_eq!(one_option.status, StatusCode::UNPROCESSABLE_ENTITY);
        one_option.assert_contains("Write between 2 and 12 different answers");
        let added = admin
            .post(
                "/c/pietrabuona/representation/questions",
                &[("label", "Hai una disabilità?"), ("options", "Sì\nNo\n")],
            )
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER);
        app.client().get("/c/pietrabuona/representation").await.assert_contains("Hai una disabilità?");
    })
    .await;
}

#[tokio::test]
async fn a_facilitator_records_a_paper_proposal_and_consent_that_the_person_claims() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let db = &app.db;
        let process = process_allowing(db, "lorenza", Activity::Propose).await;
        let form = format!("/processes/{}/assisted", process.0);

        let resident = app.signed_in("giulia", piazza_app::demo::DEMO_PASSWORD).await;
        assert_eq!(resident.get(&form).await.status, StatusCode::FORBIDDEN);
        assert_eq!(app.client().get(&format!("/processes/{}/paper-form", process.0)).await.status, StatusCode::OK);

        let facilitator = app.signed_in("lorenza-facilitator", piazza_app::demo::DEMO_PASSWORD).await;
        let page = facilitator.get(&form).await;
        page.assert_contains("Record a contribution on someone");
        let title = "Una pensilina alla fermata del mercato";
        let refused = facilitator
            .post(
                &form,
                &[
                    ("display_name", "Rosa B."),
                    ("channel", "paper"),
                    ("event", ""),
                    ("kind", "proposal"),
                    ("title", title),
                    ("body", "Quando piove aspettiamo il bus sotto l'acqua."),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("Write where and when it was gathered.");
        refused.assert_contains("The person must agree to taking part");
        refused.assert_contains(title);

        let receipt = facilitator
            .post(
                &form,
                &[
                    ("display_name", "Rosa B."),
                    ("channel", "paper"),
                    ("event", "Street stand, Saturday market"),
                    ("consents", "taking-part"),
                    ("consents", "demographics"),
                    ("age-band", "65-plus"),
                    ("kind", "proposal"),
                    ("title", title),
                    ("body", "Quando piove aspettiamo il bus sotto l'acqua."),
                ],
            )
            .await;
        assert_eq!(receipt.status, StatusCode::OK, "{}", receipt.body);
        receipt.assert_contains("Receipt for");
        assert_eq!(receipt.header("cache-control"), "no-store");
        let code = claim_code(&receipt.body);
        let participant: i64 = {
            let marker = "assisted?participant=";
            let start = receipt.body.find(marker).unwrap() + marker.len();
            receipt.body[start..].chars().take_while(char::is_ascii_digit).collect::<String>().parse().unwrap()
        };

        // A support for the same person goes on the same receipt.
        let support_process = process_allowing(db, "lorenza", Activity::Support).await;
        let supported = crate::newest_published_proposal(db, support_process).await;
        let added = facilitator
            .post(
                &format!("/processes/{}/assisted", support_process.0),
                &[
                    ("participant", &participant.to_string()),
                    ("channel", "paper"),
                    ("event", "Street stand, Saturday market"),
                    ("kind", "support"),
                    ("proposal", &supported.to_string()),
                ],
            )
            .await;
        assert_eq!(added.status, StatusCode::OK, "{}", added.body);
        added.assert_contains("the same code claims it");

        let lorenza = db.community_by_slug("lorenza").await.unwrap().unwrap();
        let counts = db.channel_counts(lorenza.id, Some(process)).await.unwrap();
        assert!(
            counts.iter().any(|c| c.kind == "proposal" && c.channel == "paper" && c.contributions == 1),
            "{counts:?}"
        );

        // Rosa creates an account and claims what was recorded for her.
        let rosa = app.register("rosa").await;
        let wrong = rosa.post("/claim", &[("code", "AAAA-BBBB-CCCC")]).await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        wrong.assert_contains("No receipt has this code");
        let typed = code.to_lowercase().replace('-', " ");
        let claimed = rosa.post("/claim", &[("code", &typed)]).await;
        assert_eq!(claimed.status, StatusCode::SEE_OTHER, "{}", claimed.body);
        rosa.follow(&claimed).await.assert_contains("is now in your account");

        let account = db.account_by_username("rosa").await.unwrap().unwrap();
        let proposals = db.personal_data(account.id).await.unwrap();
        let proposals = proposals.iter().find(|s| s.key == "proposals").unwrap();
        assert_eq!(proposals.rows.len(), 1, "the paper proposal is hers");
        let ledger = db.consent_records(account.id).await.unwrap();
        let paper = ledger
            .iter()
            .find(|r| r.purpose == "taking-part" && r.channel == "paper")
            .expect("her paper consent is hers, beside the one she gave registering");
        let recorder = db.account_by_username("lorenza-facilitator").await.unwrap().unwrap();
        assert_eq!(paper.recorded_by, Some(recorder.id.0), "the facilitator who took it is recorded");
        assert_eq!(
            db.demographic_answers(account.id, lorenza.id).await.unwrap(),
            vec![("age-band".to_owned(), "65-plus".to_owned())]
        );
        assert!(db.has_supported(piazza_domain::ProposalId(supported), account.id).await.unwrap());
        assert!(db.assisted_participant(piazza_domain::AccountId(participant)).await.unwrap().is_none());
        assert!(db.account(piazza_domain::AccountId(participant)).await.unwrap().is_none(), "the stand-in is gone");
        // The channel stays with the proposal after the claim.
        let counts = db.channel_counts(lorenza.id, Some(process)).await.unwrap();
        assert!(counts.iter().any(|c| c.kind == "proposal" && c.channel == "paper" && c.contributions == 1));

        let again = rosa.post("/claim", &[("code", &code)]).await;
        assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    })
    .await;
}

//! The accountability tracker: officials record what was decided and how delivery goes; every
//! linked proposal and project tells what became of it.

use axum::http::StatusCode;
use piazza_app::demo::DEMO_PASSWORD;
use piazza_app::records::ProposalFilter;
use piazza_domain::ProcessId;
use piazza_store::Db;

/// Lorenza's first process and one of its visible proposals.
async fn lorenza_process(db: &Db) -> (ProcessId, i64) {
    let lorenza = db.community_by_slug("lorenza").await.unwrap().unwrap();
    for process in db.processes_in(lorenza.id).await.unwrap() {
        if let Some(proposal) = db.proposals(&ProposalFilter::all_of(process.id)).await.unwrap().0.first() {
            return (process.id, proposal.id.0);
        }
    }
    panic!("Lorenza has a process with proposals");
}

#[tokio::test]
async fn an_official_records_a_result_and_its_updates_and_the_proposal_tells_what_became_of_it() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let (process, proposal) = lorenza_process(&app.db).await;
        let new = format!("/processes/{}/results/new", process.0);

        let resident = app.signed_in("giulia", DEMO_PASSWORD).await;
        assert_eq!(resident.get(&new).await.status, StatusCode::FORBIDDEN);
        let refused = resident.post(&new, &[("title", "Something grand"), ("status", "planned")]).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);

        let official = app.signed_in("lorenza-official", DEMO_PASSWORD).await;
        let wrong = official
            .post(
                &new,
                &[
                    ("title", "Benches"),
                    ("description", ""),
                    ("status", "in-progress"),
                    ("progress", "150"),
                    ("starts_on", "2027-05-01"),
                    ("ends_on", "2027-01-01"),
                ],
            )
            .await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        wrong.assert_contains("Write a description.");
        wrong.assert_contains("Write a whole number in the range given");
        wrong.assert_contains("The last day comes before the first day.");
        wrong.assert_contains("value=\"150\"");
        assert!(app.db.results_of(process).await.unwrap().iter().all(|r| r.title != "Benches"), "nothing half-saved");

        let created = official
            .post(
                &new,
                &[
                    ("title", "Shaded benches along the river"),
                    ("description", "Twelve benches, under the trees."),
                    ("status", "in-progress"),
                    ("progress", "30"),
                    ("starts_on", "2027-01-01"),
                    ("ends_on", "2027-05-01"),
                    ("budget_planned", "24,000"),
                    ("proposals", &proposal.to_string()),
                ],
            )
            .await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        let result = created.location().to_owned();
        let page = app.client().get(&result).await;
        page.assert_contains("Shaded benches along the river");
        page.assert_contains("24,000");
        page.assert_contains(&format!("/proposals/{proposal}"));

        let updates = format!("{result}/updates");
        let unexplained =
            official.post(&updates, &[("body", "Stopped."), ("status", "cancelled"), ("progress", "30")]).await;
        assert_eq!(unexplained.status, StatusCode::UNPROCESSABLE_ENTITY);
        unexplained.assert_contains("Say why it was cancelled.");
        let done = official
            .post(&updates, &[("body", "All twelve benches are in place."), ("status", "done"), ("progress", "80")])
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER);
        let page = app.client().get(&result).await;
        page.assert_contains("All twelve benches are in place.");
        page.assert_contains("value=\"100\"");

        // The proposal it came from says what became of it, with the latest update.
        let page = app.client().get(&format!("/proposals/{proposal}")).await;
        page.assert_contains("What became of it");
        page.assert_contains("Shaded benches along the river");
        page.assert_contains("All twelve benches are in place.");
        // And "You said, we did" lists it.
        app.client().get(&format!("/processes/{}/results", process.0)).await.assert_contains("Shaded benches");
    })
    .await;
}

#[tokio::test]
async fn a_parent_result_progresses_as_the_average_of_its_parts() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let (process, _) = lorenza_process(&app.db).await;
        let new = format!("/processes/{}/results/new", process.0);
        let official = app.signed_in("lorenza-official", DEMO_PASSWORD).await;
        let parent = official
            .post(&new, &[("title", "A greener river front"), ("description", "All of it."), ("status", "planned")])
            .await;
        let parent_id = parent.location().rsplit('/').next().unwrap().to_owned();
        for (title, status, progress) in [("Trees planted", "done", "100"), ("Paths repaved", "in-progress", "0")] {
            let child = official
                .post(
                    &new,
                    &[
                        ("title", title),
                        ("description", "A part."),
                        ("status", status),
                        ("progress", progress),
                        ("parent", &parent_id),
                    ],
                )
                .await;
            assert_eq!(child.status, StatusCode::SEE_OTHER, "{}", child.body);
        }
        let page = app.client().get(parent.location()).await;
        page.assert_contains("value=\"50\"");
        page.assert_contains("the average of its parts");
        page.assert_contains("Trees planted");
    })
    .await;
}

#[tokio::test]
async fn the_demo_tracks_delivery_in_every_community() {
    piazza_testkit::on_each_backend(|app| async move {
        // The whole app is kept alive, and with it the test's database: a closure that used only
        // `app.db` would capture just that field and drop the rest, temporary directory included.
        let app = &app;
        piazza_app::demo::seed(&app.db).await.unwrap();
        for slug in ["lorenza", "san-vito-al-lora", "pietrabuona"] {
            let community = app.db.community_by_slug(slug).await.unwrap().unwrap();
            let mut in_progress = 0;
            let mut linked = 0;
            for process in app.db.processes_in(community.id).await.unwrap() {
                for result in app.db.results_of(process.id).await.unwrap() {
                    in_progress += usize::from(result.status == "in-progress");
                    linked += app.db.result_links(result.id).await.unwrap().len();
                }
            }
            assert!(in_progress > 0 && linked > 0, "{slug}: {in_progress} in progress, {linked} links");
        }
    })
    .await;
}

//! Who may vote in a budget: a minimum age, districts, the census list (kept as keyed hashes,
//! each entry verifying one account), groups of budgets with a per-person limit, changing a
//! budget, results per district, and replaying a past election from a Pabulib file.

use axum::http::StatusCode;
use piazza_app::accounts::Actor;
use piazza_app::budgets::{self, BudgetForm, ProjectForm};
use piazza_app::records::Cast;
use piazza_app::{AppError, eligibility};
use piazza_store::Db;
use piazza_testkit::TestDb;

async fn actor(db: &Db, username: &str) -> Actor {
    let account = db.account_by_username(username).await.unwrap().unwrap();
    let roles = db.active_roles_of(account.id).await.unwrap();
    Actor { account, roles, co_runs: Vec::new(), session_hash: String::new() }
}

fn first_error(error: AppError) -> (String, Vec<(&'static str, i64)>) {
    match error {
        AppError::Invalid(errors) => {
            let first = &errors.fields[0];
            (first.message_id.to_owned(), first.arguments.clone())
        }
        other => panic!("expected a form error, got {other:?}"),
    }
}

/// A multipart body, as a browser sends a form with a file.
fn multipart(fields: &[(&str, &str)], file_field: &str, file: &str) -> (String, String) {
    let boundary = "----piazza-test-boundary";
    let mut body = String::new();
    for (name, value) in fields {
        body += &format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n");
    }
    body += &format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"{file_field}\"; filename=\"upload\"\r\n\
         Content-Type: text/plain\r\n\r\n{file}\r\n--{boundary}--\r\n"
    );
    (format!("multipart/form-data; boundary={boundary}"), body)
}

#[tokio::test]
async fn a_group_limit_and_a_census_entry_hold_when_requests_race() {
    for database in TestDb::all().await {
        let db = &database.db;
        piazza_app::demo::seed(db).await.unwrap();
        let community = db.community_by_slug("san-vito-al-lora").await.unwrap().unwrap();
        let process =
            db.processes_in(community.id).await.unwrap().into_iter().find(|p| p.title.contains("solar")).unwrap();
        let official = actor(db, "sanvito-official").await;

        // Two district budgets of which each person may vote in one.
        let mut budgets_in_group = Vec::new();
        for name in ["Capoluogo", "Frazione Molino"] {
            let form = BudgetForm {
                title: format!("Bilancio di {name}"),
                description: "Un bilancio di quartiere.".into(),
                total: "10000".into(),
                currency: "EUR".into(),
                style: "approval".into(),
                rule: "greedy_cost".into(),
                changeable: true,
                voting_group: "quartieri".into(),
                ..BudgetForm::default()
            };
            let id = budgets::create_budget(db, &official, &community, &process, &form).await.unwrap();
            let budget = db.budget(id).await.unwrap().unwrap();
            assert_eq!(budget.group_limit, Some(1), "a group without a limit allows one budget");
            let project = ProjectForm {
                title: "Panchine".into(),
                description: "Panchine nuove.".into(),
                cost: "5000".into(),
                ..ProjectForm::default()
            };
            let project = budgets::add_project(db, &official, &community, &budget, &project).await.unwrap();
            db.review_budget_project(project, "feasible", None).await.unwrap();
            budgets_in_group.push((budget, format!("{project}:1")));
        }

        // Sixteen ballots from one person at once, spread over both budgets: one counts.
        let mut tasks = Vec::new();
        for n in 0..16 {
            let db = db.clone();
            let (budget, choices) = budgets_in_group[n % 2].clone();
            tasks.push(tokio::spawn(async move {
                let (key, limit) = eligibility::group_of(&budget).unwrap();
                db.cast_ballot(
                    budget.id,
                    "account:racer",
                    "online",
                    &format!("t{n}"),
                    &choices,
                    None,
                    true,
                    Some((&key, limit)),
                )
                .await
                .unwrap()
            }));
        }
        let mut outcomes = Vec::new();
        for task in tasks {
            outcomes.push(task.await.unwrap());
        }
        assert_eq!(outcomes.iter().filter(|c| **c == Cast::Recorded).count(), 1, "on {}", database.backend);
        assert!(outcomes.contains(&Cast::GroupFull), "the other budget refuses: {outcomes:?}");
        let ballots: usize = {
            let mut total = 0;
            for (budget, _) in &budgets_in_group {
                total += db.ballots_in(budget.id).await.unwrap().len();
            }
            total
        };
        assert_eq!(ballots, 1, "on {}", database.backend);

        // The census list: a header line is skipped, a bad line is named, nothing half-stored.
        let admin = actor(db, "sanvito-admin").await;
        let refused = eligibility::upload_census(db, &admin, &community, "id,born\nAB123,21/04/1990\n").await;
        assert_eq!(first_error(refused.unwrap_err()), ("error-census-line".to_owned(), vec![("line", 2)]));
        let refused = eligibility::upload_census(db, &admin, &community, "AB123,1990-04-21,Atlantide\n").await;
        assert_eq!(first_error(refused.unwrap_err()).0, "error-census-district");
        assert!(db.census_list(community.id).await.unwrap().is_none(), "nothing stored from a refused list");
        assert!(matches!(
            eligibility::upload_census(db, &official, &community, "AB123,1990-04-21\n").await,
            Err(AppError::Forbidden)
        ));
        let census = "identity;birth date;district\nAB 123 cd;1990-04-21;Capoluogo\nZZ-9;2015-01-01;frazione molino\n";
        assert_eq!(eligibility::upload_census(db, &admin, &community, census).await.unwrap(), 2);
        let list = db.census_list(community.id).await.unwrap().unwrap();
        assert_eq!((list.entries, list.claimed), (2, 0));

        // Two accounts race to verify with the same entry: one succeeds.
        let giulia = actor(db, "giulia").await;
        let tom = actor(db, "tom").await;
        let (first, second) = tokio::join!(
            eligibility::verify_with_census(db, &giulia, &community, "ab123CD", "1990-04-21"),
            eligibility::verify_with_census(db, &tom, &community, "AB-123-CD", "1990-04-21"),
        );
        let (winner, loser) = match (first, second) {
            (Ok(()), Err(error)) => (&giulia, error),
            (Err(error), Ok(())) => (&tom, error),
            other => panic!("exactly one verification must succeed on {}: {other:?}", database.backend),
        };
        assert_eq!(first_error(loser).0, "error-census-used");
        let details = db.voter_details(community.id, winner.id()).await.unwrap().unwrap();
        assert!(details.census_verified);
        assert_eq!(details.born_on.as_deref(), Some("1990-04-21"));
        let capoluogo = db.neighbourhoods_of(community.id).await.unwrap().into_iter().find(|n| n.name == "Capoluogo");
        assert_eq!(details.neighbourhood_id, capoluogo.map(|n| n.id));
        // Verified details are the list's: declaring others is refused.
        let declared = eligibility::declare(db, winner.id(), &community, "2001-01-01", "").await;
        assert_eq!(first_error(declared.unwrap_err()).0, "error-details-verified");
        // A wrong birth date matches nothing; the list keeps no identity number in clear.
        let samir = actor(db, "samir").await;
        let wrong = eligibility::verify_with_census(db, &samir, &community, "ZZ9", "2015-01-02").await;
        assert_eq!(first_error(wrong.unwrap_err()).0, "error-census-unknown");
        assert_eq!(db.census_list(community.id).await.unwrap().unwrap().claimed, 1);
        // A new upload keeps the used entry used.
        assert_eq!(eligibility::upload_census(db, &admin, &community, census).await.unwrap(), 2);
        let again = eligibility::verify_with_census(db, &samir, &community, "AB123CD", "1990-04-21").await;
        assert_eq!(first_error(again.unwrap_err()).0, "error-census-used");
    }
}

#[tokio::test]
async fn a_budget_for_some_districts_and_ages_asks_residents_to_verify_then_counts_per_district() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let community = app.db.community_by_slug("san-vito-al-lora").await.unwrap().unwrap();
        let process =
            app.db.processes_in(community.id).await.unwrap().into_iter().find(|p| p.title.contains("solar")).unwrap();
        let districts = app.db.neighbourhoods_of(community.id).await.unwrap();
        let (capoluogo, molino) = (districts[0].id.to_string(), districts[1].id.to_string());
        let official = app.signed_in("sanvito-official", piazza_app::demo::DEMO_PASSWORD).await;
        let form = [
            ("title", "Giovani del Capoluogo"),
            ("description", "Progetti scelti dai giovani del Capoluogo."),
            ("total", "15000"),
            ("currency", "EUR"),
            ("style", "approval"),
            ("rule", "greedy_cost"),
            ("changeable", "yes"),
            ("min_age", "16"),
            ("census_only", "yes"),
            ("districts", capoluogo.as_str()),
            ("voting_group", ""),
            ("group_limit", "2"),
        ];
        let refused = official.post(&format!("/processes/{}/budgets/new", process.id.0), &form).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("Name the group the limit is for.");
        refused.assert_contains("value=\"16\"");
        assert_eq!(refused.body.matches(" checked>").count(), 5, "style, rule, both boxes and the district stay");
        let mut form = form.to_vec();
        form.retain(|(name, _)| *name != "group_limit");
        let created = official.post(&format!("/processes/{}/budgets/new", process.id.0), &form).await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        let budget = created.location().trim_start_matches("/budgets/").parse::<i64>().unwrap();
        for (title, cost, district) in [
            ("Skate park", "12000", capoluogo.as_str()),
            ("Sala prove", "6000", molino.as_str()),
            ("Wi-fi", "4000", ""),
        ] {
            let project = [("title", title), ("description", "Un progetto."), ("cost", cost), ("district", district)];
            let added = official.post(&format!("/budgets/{budget}/projects/new"), &project).await;
            assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
        }
        for project in app.db.budget_projects(budget).await.unwrap() {
            app.db.review_budget_project(project.id, "feasible", None).await.unwrap();
        }

        // A resident sees who may vote and is asked to verify before any ballot is shown.
        let resident = app.register("ragazza").await;
        let page = resident.get(&format!("/budgets/{budget}")).await;
        page.assert_contains("Residents aged \u{2068}16\u{2069} or older.");
        page.assert_contains("Residents of: \u{2068}Capoluogo\u{2069}.");
        page.assert_contains("This budget asks you to verify against the census list before you vote.");
        page.assert_lacks("Cast my ballot");
        let details = format!("/c/san-vito-al-lora/voter-details?budget={budget}");
        assert!(crate::links(&page.body).contains(&details));
        // Without a census list there is nothing to verify against.
        let none = resident
            .post(
                "/c/san-vito-al-lora/voter-details",
                &[("action", "census"), ("identity", "X1"), ("born_on", "2008-01-01")],
            )
            .await;
        assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
        none.assert_contains("This community has no census list to verify against.");

        // The administrator uploads the census list as a file; the page never shows it back.
        let admin = app.signed_in("sanvito-admin", piazza_app::demo::DEMO_PASSWORD).await;
        let census = "RGZ001,2008-05-01,Capoluogo\nRGZ002,2014-05-01,Capoluogo\nRGZ003,2000-05-01,Frazione Molino\n";
        let (content_type, body) = multipart(&[], "census", census);
        let loaded = admin.post_raw("/c/san-vito-al-lora/census", &content_type, &body).await;
        assert_eq!(loaded.status, StatusCode::SEE_OTHER, "{}", loaded.body);
        let shown = admin.follow(&loaded).await;
        shown.assert_contains("The census list has been loaded with \u{2068}3\u{2069} entries.");
        shown.assert_lacks("RGZ001");
        let (content_type, body) = multipart(&[], "census", "RGZ001,2008-05-01\nRGZ002,tomorrow\n");
        let refused = admin.post_raw("/c/san-vito-al-lora/census", &content_type, &body).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("Line \u{2068}2\u{2069} needs an identity number and a birth date");
        let (content_type, body) = multipart(&[], "census", census);
        assert_eq!(
            resident.post_raw("/c/san-vito-al-lora/census", &content_type, &body).await.status,
            StatusCode::FORBIDDEN
        );

        // A mistyped birth date keeps what was typed; the right one verifies and goes back.
        let budget_text = budget.to_string();
        let wrong = [
            ("action", "census"),
            ("budget", budget_text.as_str()),
            ("identity", "rgz 001"),
            ("born_on", "2008-05-02"),
        ];
        let refused = resident.post("/c/san-vito-al-lora/voter-details", &wrong).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("No entry of the census list has this identity number and birth date.");
        refused.assert_contains("value=\"rgz 001\"");
        let right = [
            ("action", "census"),
            ("budget", budget_text.as_str()),
            ("identity", "rgz 001"),
            ("born_on", "2008-05-01"),
        ];
        let verified = resident.post("/c/san-vito-al-lora/voter-details", &right).await;
        assert_eq!(verified.location(), format!("/budgets/{budget}#ballot"));
        let page = resident.follow(&verified).await;
        page.assert_contains("Cast my ballot");

        // Too young, and from the wrong district: refused with the reason, never a ballot.
        let young = app.register("bambino").await;
        let young_entry = [("action", "census"), ("identity", "RGZ002"), ("born_on", "2014-05-01")];
        young.post("/c/san-vito-al-lora/voter-details", &young_entry).await;
        young
            .get(&format!("/budgets/{budget}"))
            .await
            .assert_contains("You are younger than the minimum age for this budget.");
        let far = app.register("lontano").await;
        far.post(
            "/c/san-vito-al-lora/voter-details",
            &[("action", "census"), ("identity", "RGZ003"), ("born_on", "2000-05-01")],
        )
        .await;
        far.get(&format!("/budgets/{budget}"))
            .await
            .assert_contains("This budget is for residents of other districts.");
        let projects = app.db.budget_projects(budget).await.unwrap();
        let skate = projects.iter().find(|p| p.title == "Skate park").unwrap().id.to_string();
        let vote = [("project", skate.as_str()), ("action", "cast")];
        let refused = far.post(&format!("/budgets/{budget}/ballot"), &vote).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("This budget is for residents of other districts.");
        assert_eq!(app.db.budget(budget).await.unwrap().unwrap().ballot_count, 0);
        let cast = resident.post(&format!("/budgets/{budget}/ballot"), &vote).await;
        assert_eq!(cast.status, StatusCode::SEE_OTHER);

        // After the first ballot only the title and description can change.
        let edit = official.get(&format!("/budgets/{budget}/edit")).await;
        edit.assert_contains("only the title and the description can change now");
        edit.assert_lacks("name=\"rule\"");
        let changed = official
            .post(
                &format!("/budgets/{budget}/edit"),
                &[
                    ("title", "Giovani del Capoluogo 2026"),
                    ("description", "Progetti dei giovani."),
                    ("rule", "phragmen"),
                ],
            )
            .await;
        assert_eq!(changed.location(), format!("/budgets/{budget}?done=changed"));
        let row = app.db.budget(budget).await.unwrap().unwrap();
        assert_eq!(
            (row.title.as_str(), row.rule.as_str(), row.min_age),
            ("Giovani del Capoluogo 2026", "greedy_cost", Some(16))
        );

        // The results show each district's share.
        let counted = official.post(&format!("/budgets/{budget}/count"), &[]).await;
        let results = official.follow(&counted).await;
        results.assert_contains("Results per district");
        results.assert_contains("<th scope=\"row\">Capoluogo</th><td>\u{2068}1\u{2069} of \u{2068}1\u{2069}</td>");
        results
            .assert_contains("<th scope=\"row\">Frazione Molino</th><td>\u{2068}0\u{2069} of \u{2068}1\u{2069}</td>");
        results.assert_contains("The whole community");
    })
    .await;
}

#[tokio::test]
async fn officials_change_a_budget_before_voting_and_replay_a_past_election_from_its_pabulib_file() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let community = app.db.community_by_slug("pietrabuona").await.unwrap().unwrap();
        let process = app.db.processes_in(community.id).await.unwrap().pop().unwrap().id.0;
        let official = app.signed_in("pietrabuona-official", piazza_app::demo::DEMO_PASSWORD).await;

        // Before any ballot, everything may change, and a bad value keeps what was typed.
        let form = [
            ("title", "Piazza nuova"),
            ("description", "Rifare la piazza."),
            ("total", "9000"),
            ("currency", "EUR"),
            ("style", "approval"),
            ("rule", "greedy_cost"),
        ];
        let created = official.post(&format!("/processes/{process}/budgets/new"), &form).await;
        let budget = created.location().trim_start_matches("/budgets/").to_owned();
        let edit = official.get(&format!("/budgets/{budget}/edit")).await;
        assert_eq!(crate::input_value(&edit.body, "total").as_deref(), Some("9000"));
        let mut changed = form.to_vec();
        changed[2] = ("total", "novemila");
        changed[5] = ("rule", "phragmen");
        let refused = official.post(&format!("/budgets/{budget}/edit"), &changed).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("value=\"novemila\"");
        changed[2] = ("total", "12000");
        let saved = official.post(&format!("/budgets/{budget}/edit"), &changed).await;
        official.follow(&saved).await.assert_contains("The budget has been saved.");
        let row = app.db.budget(budget.parse().unwrap()).await.unwrap().unwrap();
        assert_eq!((row.total, row.rule.as_str()), (12000, "phragmen"));

        // A broken file is refused with its line; nothing is created.
        let before = app.db.budgets_of(piazza_domain::ProcessId(process)).await.unwrap().len();
        let (content_type, body) = multipart(
            &[],
            "file",
            "META\nkey;value\nbudget;1000\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;lots\nVOTES\nvoter_id;vote\n1;1\n",
        );
        let refused = official.post_raw(&format!("/processes/{process}/budgets/import"), &content_type, &body).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("The file cannot be read at line \u{2068}7\u{2069}");
        assert_eq!(app.db.budgets_of(piazza_domain::ProcessId(process)).await.unwrap().len(), before);

        // Assen's 2024 election, imported and counted here, elects what equalshares.net did.
        let file = include_str!("../../../piazza-pb/pabulib/instances/Netherlands_Assen_2024.pb");
        let (content_type, body) = multipart(&[], "file", file);
        let resident = app.register("curioso").await;
        assert_eq!(
            resident.post_raw(&format!("/processes/{process}/budgets/import"), &content_type, &body).await.status,
            StatusCode::FORBIDDEN
        );
        let imported = official.post_raw(&format!("/processes/{process}/budgets/import"), &content_type, &body).await;
        assert_eq!(imported.status, StatusCode::SEE_OTHER, "{}", imported.body);
        let page = official.follow(&imported).await;
        page.assert_contains("The election has been imported.");
        page.assert_contains("Assen Top Idee");
        let id: i64 = imported.location().trim_start_matches("/budgets/").split('?').next().unwrap().parse().unwrap();
        let row = app.db.budget(id).await.unwrap().unwrap();
        assert_eq!((row.ballot_count, row.total, row.rule.as_str()), (84, 100000, "mes_cost_add1_eqs"));
        official.post(&format!("/budgets/{id}/count"), &[]).await;
        let election = piazza_pb::pabulib::parse(file).unwrap();
        let expected: Vec<&str> =
            include_str!("../../../piazza-pb/pabulib/expected/Netherlands_Assen_2024.mes_cost_add1_eqs.txt")
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .collect();
        let name_of = |id: &str| {
            let project = election.projects.iter().find(|p| p.id == id).unwrap();
            project.fields.iter().find(|(k, _)| k == "name").unwrap().1.clone()
        };
        let mut expected_titles: Vec<String> = expected.iter().map(|id| name_of(id)).collect();
        let mut won: Vec<String> = app
            .db
            .budget_projects(id)
            .await
            .unwrap()
            .into_iter()
            .filter(|p| p.won == Some(true))
            .map(|p| p.title)
            .collect();
        expected_titles.sort();
        won.sort();
        assert_eq!(won, expected_titles);
        let results = resident.get(&format!("/budgets/{id}/results")).await;
        results.assert_contains("\u{2068}imported\u{2069}: \u{2068}84\u{2069}");
    })
    .await;
}

//! Participatory budgets: one ballot per voter guaranteed by the database, the register kept
//! apart from the ballot box, counting with explained results, and recounting the published file.

use piazza_app::accounts::Actor;
use piazza_app::budgets::{self, BallotForm, BudgetForm, ProjectForm, Why};
use piazza_app::records::Cast;
use piazza_store::Db;
use piazza_testkit::TestDb;

/// An actor for a demo account, with its roles.
async fn actor(db: &Db, username: &str) -> Actor {
    let account = db.account_by_username(username).await.unwrap().unwrap();
    let roles = db.active_roles_of(account.id).await.unwrap();
    Actor { account, roles, co_runs: Vec::new(), session_hash: String::new() }
}

/// San Vito's demo process is in its prioritise phase: a budget there takes ballots.
async fn budget_in_san_vito(db: &Db, changeable: bool) -> (i64, Vec<i64>) {
    let community = db.community_by_slug("san-vito-al-lora").await.unwrap().unwrap();
    let process = db.processes_in(community.id).await.unwrap().into_iter().find(|p| p.title.contains("solar")).unwrap();
    let official = actor(db, "sanvito-official").await;
    let form = BudgetForm {
        title: "Roofs for the panels".into(),
        description: "Which roofs get panels this year.".into(),
        total: "100000".into(),
        currency: "eur".into(),
        style: "approval".into(),
        rule: "mes_cost_add1_eqs".into(),
        changeable,
        ..BudgetForm::default()
    };
    let budget = budgets::create_budget(db, &official, &community, &process, &form).await.unwrap();
    let budget_row = db.budget(budget).await.unwrap().unwrap();
    let mut projects = Vec::new();
    for (title, cost) in [("Sports hall", "60000"), ("Market roof", "30000"), ("School", "40000"), ("Library", "20000")]
    {
        let form = ProjectForm {
            title: title.into(),
            description: format!("Panels on the {title}."),
            cost: cost.into(),
            ..ProjectForm::default()
        };
        let project = budgets::add_project(db, &official, &community, &budget_row, &form).await.unwrap();
        let project_row = db.budget_project(project).await.unwrap().unwrap();
        let verdict = if title == "Library" { "infeasible" } else { "feasible" };
        budgets::review_project(db, &official, &community, &budget_row, &project_row, verdict, "The roof is too weak.")
            .await
            .unwrap();
        projects.push(project);
    }
    (budget, projects)
}

#[tokio::test]
async fn one_ballot_per_voter_even_when_submissions_race_and_changes_replace_it() {
    for database in TestDb::all().await {
        let db = &database.db;
        piazza_app::demo::seed(db).await.unwrap();
        let (budget, projects) = budget_in_san_vito(db, true).await;
        let stored = |ids: &[i64]| ids.iter().map(|id| format!("{id}:1")).collect::<Vec<_>>().join(",");

        // Twenty submissions from one voter at once: one is recorded, the rest replace it.
        let mut tasks = Vec::new();
        for n in 0..20 {
            let db = db.clone();
            let choices = stored(&projects[..1 + n % 3]);
            tasks.push(tokio::spawn(async move {
                db.cast_ballot(budget, "account:racer", "online", &format!("token-{n:02}"), &choices, None, true, None)
                    .await
            }));
        }
        let mut outcomes = Vec::new();
        for task in tasks {
            outcomes.push(task.await.unwrap().unwrap());
        }
        assert_eq!(outcomes.iter().filter(|c| **c == Cast::Recorded).count(), 1, "on {}", database.backend);
        assert_eq!(outcomes.iter().filter(|c| **c == Cast::Replaced).count(), 19);
        assert_eq!(db.ballots_in(budget).await.unwrap().len(), 1, "on {}", database.backend);
        assert_eq!(db.budget(budget).await.unwrap().unwrap().ballot_count, 1);

        // The voter sees the ballot that counts; after closing, nobody can.
        let latest = db.ballot_of(budget, "account:racer").await.unwrap().unwrap();
        assert_eq!(db.ballots_in(budget).await.unwrap()[0].1, latest);
        assert!(db.close_budget(budget).await.unwrap());
        assert_eq!(db.ballot_of(budget, "account:racer").await.unwrap(), None);
        assert!(db.has_voted(budget, "account:racer").await.unwrap(), "the register still says who voted");
        assert_eq!(
            db.cast_ballot(budget, "account:late", "online", "token-late", &stored(&projects[..1]), None, true, None)
                .await
                .unwrap(),
            Cast::Closed
        );
        assert_eq!(db.ballots_in(budget).await.unwrap().len(), 1, "nothing slips in after closing");
    }
}

#[tokio::test]
async fn a_budget_without_changes_refuses_a_second_ballot() {
    for database in TestDb::all().await {
        let db = &database.db;
        piazza_app::demo::seed(db).await.unwrap();
        let (budget, projects) = budget_in_san_vito(db, false).await;
        let first = format!("{}:1", projects[0]);
        let second = format!("{}:1", projects[1]);
        assert_eq!(
            db.cast_ballot(budget, "account:1", "online", "a", &first, None, true, None).await.unwrap(),
            Cast::Recorded
        );
        assert_eq!(
            db.cast_ballot(budget, "account:1", "online", "b", &second, None, true, None).await.unwrap(),
            Cast::AlreadyVoted,
            "on {}",
            database.backend
        );
        assert_eq!(db.ballots_in(budget).await.unwrap()[0].1, first, "the first ballot stands");
    }
}

#[tokio::test]
async fn ballots_are_checked_on_the_server_and_the_count_explains_itself_and_can_be_recounted() {
    for database in TestDb::all().await {
        let db = &database.db;
        piazza_app::demo::seed(db).await.unwrap();
        let (budget, projects) = budget_in_san_vito(db, true).await;
        let community = db.community_by_slug("san-vito-al-lora").await.unwrap().unwrap();
        let budget_row = db.budget(budget).await.unwrap().unwrap();
        let (process, phases) = piazza_app::processes::find(db, budget_row.process_id).await.unwrap();
        let on_ballot: Vec<_> =
            db.budget_projects(budget).await.unwrap().into_iter().filter(|p| p.is_feasible()).collect();
        assert_eq!(on_ballot.len(), 3, "the infeasible library stays off the ballot");

        // A ballot naming the infeasible project is refused, not trimmed.
        let library = BallotForm { chosen: vec![projects[3].to_string()], values: Vec::new() };
        let check = budgets::check_ballot(&budget_row, &on_ballot, &library);
        assert!(!check.is_valid());
        let tom = actor(db, "tom").await;
        assert!(budgets::cast(db, &tom, &process, &phases, &budget_row, &on_ballot, &library).await.is_err());

        // Ten voters: six want the sports hall, four the market roof and the school.
        for n in 0..10 {
            let chosen = if n < 6 { vec![projects[0]] } else { vec![projects[1], projects[2]] };
            let choices = chosen.iter().map(|id| format!("{id}:1")).collect::<Vec<_>>().join(",");
            db.cast_ballot(budget, &format!("test:{n}"), "paper", &format!("t{n}"), &choices, None, false, None)
                .await
                .unwrap();
        }
        let official = actor(db, "sanvito-official").await;
        budgets::close_and_count(db, &official, &community, &budget_row).await.unwrap();
        let counted = db.budget(budget).await.unwrap().unwrap();
        assert_eq!(counted.status, "counted", "on {}", database.backend);
        let results = db.budget_projects(budget).await.unwrap();
        let won: Vec<&str> = results.iter().filter(|p| p.won == Some(true)).map(|p| p.title.as_str()).collect();
        // Equal shares: the six can buy the hall (60,000 of their 60,000); the four hold 40,000,
        // enough for the market roof or the school but not both. Each would cost them a quarter
        // of its price per voter, a tie, which goes to the project whose id comes first as text.
        let tied_winner = if projects[1].to_string() < projects[2].to_string() { "Market roof" } else { "School" };
        let mut expected = vec![tied_winner, "Sports hall"];
        expected.sort();
        assert_eq!(won, expected, "on {}", database.backend);
        let hall = results.iter().find(|p| p.title == "Sports hall").unwrap();
        assert_eq!(hall.votes, Some(6));
        assert!(matches!(Why::parse(hall.fate.as_deref().unwrap()), Some(Why::Shared { payers: 6, .. })));

        // Anyone can recount the published file and check its fingerprint.
        let file = counted.published_file.unwrap();
        let election = piazza_pb::pabulib::parse(&file).unwrap();
        assert_eq!(election.ballots.len(), 10);
        let recount = piazza_pb::count(&election, piazza_pb::Rule::from_key(&counted.rule).unwrap());
        let mut recounted: Vec<String> =
            recount.winners.iter().map(|&i| election.projects[i].field("name").unwrap().to_owned()).collect();
        recounted.sort();
        assert_eq!(recounted, expected);
        use sha2::Digest;
        assert_eq!(counted.published_sha256.unwrap(), hex::encode(sha2::Sha256::digest(file.as_bytes())));
    }
}

/// The demo's open budget in Lorenza and the ids of its projects on the ballot, cheapest first.
async fn lorenza_open_budget(db: &Db) -> (i64, Vec<i64>) {
    let community = db.community_by_slug("lorenza").await.unwrap().unwrap();
    for process in db.processes_in(community.id).await.unwrap() {
        for budget in db.budgets_of(process.id).await.unwrap() {
            if budget.is_open() {
                let projects = db.budget_projects(budget.id).await.unwrap();
                return (budget.id, projects.iter().filter(|p| p.is_feasible()).map(|p| p.id).collect());
            }
        }
    }
    panic!("the demo has an open budget in Lorenza");
}

#[tokio::test]
async fn a_resident_votes_without_script_checking_the_total_first_then_changes_the_ballot() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let (budget, projects) = lorenza_open_budget(&app.db).await;
        let before = app.db.budget(budget).await.unwrap().unwrap().ballot_count;
        let resident = app.register("newcomer").await;
        let page = resident.get(&format!("/budgets/{budget}")).await;
        page.assert_contains("Cast my ballot");
        page.assert_contains("Choose at most \u{2068}5\u{2069} projects.");
        // With script, the total updates in place; the script is served from the site itself.
        page.assert_contains("<script src=\"/static/ballot.js\" defer></script>");
        let script = resident.get("/static/ballot.js").await;
        assert!(script.header("content-type").starts_with("text/javascript"));
        assert!(script.body.contains("'action', 'check'"), "the script asks the server, as the button does");

        // Six projects is one too many: checking says so and keeps all six ticked.
        let six: Vec<String> = projects.iter().take(6).map(|id| id.to_string()).collect();
        let mut fields: Vec<(&str, &str)> = six.iter().map(|id| ("project", id.as_str())).collect();
        fields.push(("action", "check"));
        let checked = resident.post(&format!("/budgets/{budget}/ballot"), &fields).await;
        assert_eq!(checked.status, axum::http::StatusCode::OK);
        checked.assert_contains("\u{2068}6\u{2069} projects chosen");
        checked.assert_contains("Choose at most \u{2068}5\u{2069} projects.");
        assert_eq!(checked.body.matches(" checked>").count(), 6, "what was ticked stays ticked");
        fields.pop();
        fields.push(("action", "cast"));
        let refused = resident.post(&format!("/budgets/{budget}/ballot"), &fields).await;
        assert_eq!(refused.status, axum::http::StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("Your ballot cannot be cast yet");
        assert_eq!(app.db.budget(budget).await.unwrap().unwrap().ballot_count, before, "nothing recorded");

        // Two projects: the total is shown, then the ballot is cast.
        let two = [projects[0].to_string(), projects[1].to_string()];
        let fields = [("project", two[0].as_str()), ("project", two[1].as_str()), ("action", "check")];
        let checked = resident.post(&format!("/budgets/{budget}/ballot"), &fields).await;
        checked.assert_contains("\u{2068}2\u{2069} projects chosen");
        checked.assert_contains("Your ballot is valid.");
        let fields = [("project", two[0].as_str()), ("project", two[1].as_str()), ("action", "cast")];
        let cast = resident.post(&format!("/budgets/{budget}/ballot"), &fields).await;
        assert_eq!(cast.status, axum::http::StatusCode::SEE_OTHER);
        let shown = resident.follow(&cast).await;
        shown.assert_contains("Your ballot has been recorded.");
        shown.assert_contains("Change my ballot");
        assert_eq!(shown.body.matches(" checked>").count(), 2, "the page shows the ballot recorded");
        assert_eq!(app.db.budget(budget).await.unwrap().unwrap().ballot_count, before + 1);

        // Changing it replaces it: still one ballot.
        let fields = [("project", two[1].as_str()), ("action", "cast")];
        let changed = resident.follow(&resident.post(&format!("/budgets/{budget}/ballot"), &fields).await).await;
        changed.assert_contains("Your ballot has been changed");
        assert_eq!(app.db.budget(budget).await.unwrap().unwrap().ballot_count, before + 1);

        // The official closes and counts; the results explain themselves and the file recounts.
        let official = app.signed_in("lorenza-official", piazza_app::demo::DEMO_PASSWORD).await;
        let counted = official.post(&format!("/budgets/{budget}/count"), &[]).await;
        assert_eq!(counted.location(), format!("/budgets/{budget}/results"));
        let results = official.follow(&counted).await;
        results.assert_contains("<svg role=\"img\"");
        results.assert_contains("Every project and why it won or lost");
        results.assert_contains("Counted by the Method of Equal Shares");
        let file = resident.get(&format!("/budgets/{budget}/ballots.pb")).await;
        assert!(file.header("content-type").starts_with("text/plain"));
        use sha2::Digest;
        results.assert_contains(&hex::encode(sha2::Sha256::digest(file.body.as_bytes())));
        let election = piazza_pb::pabulib::parse(&file.body).unwrap();
        assert_eq!(election.ballots.len() as i64, before + 1);
        assert!(!file.body.contains("newcomer"), "no voter is named");

        // After the count, nobody votes any more.
        let late = resident.post(&format!("/budgets/{budget}/ballot"), &fields).await;
        assert_eq!(late.status, axum::http::StatusCode::UNPROCESSABLE_ENTITY);
        late.assert_contains("Voting is not open for this budget now.");
    })
    .await;
}

#[tokio::test]
async fn officials_open_a_budget_and_list_projects_and_refused_forms_keep_what_was_typed() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let community = app.db.community_by_slug("pietrabuona").await.unwrap().unwrap();
        let process = app.db.processes_in(community.id).await.unwrap().pop().unwrap().id.0;
        let official = app.signed_in("pietrabuona-official", piazza_app::demo::DEMO_PASSWORD).await;
        let resident = app.register("curious").await;
        assert_eq!(
            resident.get(&format!("/processes/{process}/budgets/new")).await.status,
            axum::http::StatusCode::FORBIDDEN
        );

        let mut form = vec![
            ("title", "Fontana del lavatoio"),
            ("description", "Restaurare la fontana."),
            ("total", "8000"),
            ("currency", "EUR"),
            ("style", "cumulative"),
            ("rule", "mes_cost_add1_eqs"),
            ("points", ""),
        ];
        let refused = official.post(&format!("/processes/{process}/budgets/new"), &form).await;
        assert_eq!(refused.status, axum::http::StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("This rule counts approvals");
        refused.assert_contains("Enter how many points each voter spreads.");
        refused.assert_contains("value=\"Fontana del lavatoio\"");
        form[5] = ("rule", "mes_points");
        form[6] = ("points", "10");
        let created = official.post(&format!("/processes/{process}/budgets/new"), &form).await;
        assert_eq!(created.status, axum::http::StatusCode::SEE_OTHER);
        let budget = created.location().trim_start_matches("/budgets/").to_owned();

        let project = [("title", "Vasca nuova"), ("description", "In pietra."), ("cost", "tanti")];
        let refused = official.post(&format!("/budgets/{budget}/projects/new"), &project).await;
        assert_eq!(refused.status, axum::http::StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("Enter a whole number from");
        refused.assert_contains("value=\"Vasca nuova\"");
        let project = [("title", "Vasca nuova"), ("description", "In pietra."), ("cost", "5 000")];
        let added = official.post(&format!("/budgets/{budget}/projects/new"), &project).await;
        assert_eq!(added.status, axum::http::StatusCode::SEE_OTHER);
        let id = app.db.budget_projects(budget.parse().unwrap()).await.unwrap()[0].id;

        let review = official.post(&format!("/budget-projects/{id}/review"), &[("feasibility", "infeasible")]).await;
        assert_eq!(review.status, axum::http::StatusCode::UNPROCESSABLE_ENTITY);
        review.assert_contains("Give the public reason");
        let reason = "La sorgente è privata.";
        let reviewed = official
            .post(&format!("/budget-projects/{id}/review"), &[("feasibility", "infeasible"), ("reason", reason)])
            .await;
        let page = resident.follow(&reviewed).await;
        page.assert_contains("Not feasible: La sorgente è privata.");
        page.assert_contains("No projects on the ballot yet");
        // This process is not prioritising: the budget waits, and says why.
        page.assert_contains("Voting is not open now");
    })
    .await;
}

#[tokio::test]
async fn printed_codes_vote_once_without_an_account_and_facilitators_enter_paper_ballots_once() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let (budget, projects) = lorenza_open_budget(&app.db).await;
        let before = app.db.budget(budget).await.unwrap().unwrap().ballot_count;
        let official = app.signed_in("lorenza-official", piazza_app::demo::DEMO_PASSWORD).await;
        let refused = official.post(&format!("/budgets/{budget}/codes"), &[("count", "0")]).await;
        assert_eq!(refused.status, axum::http::StatusCode::UNPROCESSABLE_ENTITY);
        let sheet = official.post(&format!("/budgets/{budget}/codes"), &[("count", "3")]).await;
        assert_eq!(sheet.status, axum::http::StatusCode::OK);
        sheet.assert_contains("will not be shown again");
        let codes: Vec<String> = sheet
            .body
            .split("<p class=\"voting-code\">")
            .skip(1)
            .map(|rest| rest.split('<').next().unwrap().to_owned())
            .collect();
        assert_eq!(codes.len(), 3);
        assert!(codes.iter().all(|code| code.len() == 14 && code.matches('-').count() == 2), "{codes:?}");

        // At a stand, without an account: a wrong code is refused next to the field.
        let stand = app.client();
        stand.get(&format!("/budgets/{budget}/vote")).await.assert_contains("Voting code");
        let project = projects[0].to_string();
        let wrong = [("code", "AAAA-AAAA-AAAA"), ("project", project.as_str()), ("action", "cast")];
        let refused = stand.post(&format!("/budgets/{budget}/vote"), &wrong).await;
        assert_eq!(refused.status, axum::http::StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("This code does not exist for this budget.");
        refused.assert_contains("value=\"AAAA-AAAA-AAAA\"");

        // Typed in lower case without dashes, the code works, once; the page shows what counted.
        let typed = codes[0].replace('-', "").to_lowercase();
        let vote = [("code", typed.as_str()), ("project", project.as_str()), ("action", "cast")];
        let recorded = stand.post(&format!("/budgets/{budget}/vote"), &vote).await;
        assert_eq!(recorded.status, axum::http::StatusCode::OK);
        recorded.assert_contains("This is exactly what was recorded:");
        let title = app.db.budget_project(projects[0]).await.unwrap().unwrap().title;
        recorded.assert_contains(&format!("<li>{title}</li>"));
        assert_eq!(app.db.budget(budget).await.unwrap().unwrap().ballot_count, before + 1);
        let again = stand.post(&format!("/budgets/{budget}/vote"), &vote).await;
        assert_eq!(again.status, axum::http::StatusCode::UNPROCESSABLE_ENTITY);
        again.assert_contains("This code has already been used");
        assert_eq!(app.db.budget(budget).await.unwrap().unwrap().ballot_count, before + 1);

        // Paper ballots: facilitators only, each paper number once.
        let resident = app.register("nosy").await;
        assert_eq!(resident.get(&format!("/budgets/{budget}/paper")).await.status, axum::http::StatusCode::FORBIDDEN);
        let facilitator = app.signed_in("lorenza-facilitator", piazza_app::demo::DEMO_PASSWORD).await;
        let paper = [("reference", "B-0042"), ("project", project.as_str()), ("action", "cast")];
        let entered = facilitator.post(&format!("/budgets/{budget}/paper"), &paper).await;
        entered.assert_contains("The paper ballot has been entered.");
        let twice = facilitator.post(&format!("/budgets/{budget}/paper"), &paper).await;
        twice.assert_contains("A paper ballot with this number has already been entered.");
        assert_eq!(app.db.budget(budget).await.unwrap().unwrap().ballot_count, before + 2);
        let channels = app.db.voters_by_channel(budget).await.unwrap();
        assert!(channels.contains(&("code".to_owned(), 1)), "{channels:?}");
    })
    .await;
}

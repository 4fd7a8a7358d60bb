//! Links between communities: twinnings both sides agree to, facilitators of a twin co-running a
//! process, what a region's cluster shares, and peer-learning threads between officials.

use axum::http::StatusCode;
use piazza_app::demo::DEMO_PASSWORD;
use piazza_domain::{CommunityId, ProcessId};
use piazza_testkit::{TestApp, on_each_backend};

async fn community(app: &TestApp, slug: &str) -> CommunityId {
    app.db.community_by_slug(slug).await.unwrap().unwrap().id
}

async fn first_open_process(app: &TestApp, slug: &str) -> (ProcessId, String) {
    let id = community(app, slug).await;
    let process = app.db.open_processes_in(&[id]).await.unwrap().into_iter().next().expect("an open process");
    (process.id, process.title)
}

#[tokio::test]
async fn two_communities_twin_only_once_both_agree_and_show_each_other() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let resident = app.signed_in("tom", DEMO_PASSWORD).await;
        let refused = resident
            .post("/c/san-vito-al-lora/twinning", &[("partner", "pietrabuona"), ("purpose", "Share buses.")])
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);

        let san_vito = app.signed_in("sanvito-official", DEMO_PASSWORD).await;
        let page = san_vito.get("/c/san-vito-al-lora/twinning").await;
        page.assert_contains("Propose a twinning");
        // Lorenza and Pietrabuona are twinned in the demo, with San Vito not among them yet.
        page.assert_contains("<option value=\"pietrabuona\">");
        let wrong =
            san_vito.post("/c/san-vito-al-lora/twinning", &[("partner", "san-vito-al-lora"), ("purpose", "  ")]).await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        wrong.assert_contains("A community cannot twin with itself.");
        wrong.assert_contains("Say what the twinning is for.");
        let purpose = "San Vito lends its solar know-how; Pietrabuona shows how its volunteers run the bus.";
        let proposed =
            san_vito.post("/c/san-vito-al-lora/twinning", &[("partner", "pietrabuona"), ("purpose", purpose)]).await;
        assert_eq!(proposed.status, StatusCode::SEE_OTHER);
        let twinning = app
            .db
            .twinnings_of(community(&app, "pietrabuona").await)
            .await
            .unwrap()
            .into_iter()
            .find(|t| t.is_pending())
            .expect("the proposal waits");

        // The proposal is for the partner's officials to answer, and the public does not see it.
        let anonymous = app.client();
        anonymous.get("/c/pietrabuona/twinning").await.assert_lacks(purpose);
        anonymous.get("/c/san-vito-al-lora").await.assert_lacks(purpose);
        anonymous.get("/api/v1/twinnings").await.assert_lacks(purpose);
        let village = app.signed_in("pietrabuona-official", DEMO_PASSWORD).await;
        village.get("/notifications").await.assert_contains("to twin with your community.");
        let answer = village.get("/c/pietrabuona/twinning").await;
        answer.assert_contains("Proposals to answer");
        answer.assert_contains(purpose);
        // Proposing back while a proposal waits is refused, and nothing is lost.
        let again =
            village.post("/c/pietrabuona/twinning", &[("partner", "san-vito-al-lora"), ("purpose", "Again")]).await;
        assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
        again.assert_contains("already twinned, or a proposal between them awaits an answer");
        again.assert_contains(">Again</textarea>");
        // The side that proposed cannot accept for the other.
        let accept = format!("/twinnings/{}/accept", twinning.id);
        assert_eq!(san_vito.post(&accept, &[]).await.status, StatusCode::FORBIDDEN);
        assert_eq!(village.post(&accept, &[]).await.status, StatusCode::SEE_OTHER);
        san_vito.get("/notifications").await.assert_contains("accepted to twin with your community.");

        // Each page now shows the other: its purpose, its open processes and its practices.
        let (village_process, village_title) = first_open_process(&app, "pietrabuona").await;
        let san_vito_page = anonymous.get("/c/san-vito-al-lora").await;
        san_vito_page.assert_contains("Twinned communities");
        san_vito_page.assert_contains(purpose);
        san_vito_page.assert_contains(&format!("href=\"/processes/{}\"", village_process.0));
        san_vito_page.assert_contains(&village_title);
        san_vito_page.assert_contains("Il cortile della scuola di Pietrabuona");
        anonymous.get("/c/pietrabuona").await.assert_contains(purpose);
        // The twinning is open data once accepted.
        let open = anonymous.get("/api/v1/twinnings?community=san-vito-al-lora").await;
        open.assert_contains(purpose);
        open.assert_contains("\"partner\":\"pietrabuona\"");
        // Filtering by the partner finds it too.
        anonymous.get("/api/v1/twinnings?community=pietrabuona").await.assert_contains(purpose);

        let end = format!("/twinnings/{}/end", twinning.id);
        assert_eq!(resident.post(&end, &[("side", "san-vito-al-lora")]).await.status, StatusCode::FORBIDDEN);
        let ended = san_vito.post(&end, &[("side", "san-vito-al-lora")]).await;
        assert_eq!(ended.location(), "/c/san-vito-al-lora/twinning?done=ended");
        anonymous.get("/c/pietrabuona").await.assert_lacks(purpose);
        // The other side hears that it ended.
        village.get("/notifications").await.assert_contains("ended the twinning with your community");
    })
    .await;
}

#[tokio::test]
async fn a_facilitator_of_a_twinned_community_co_runs_a_process_once_they_accept() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let (process, title) = first_open_process(&app, "lorenza").await;
        let pietrabuona = community(&app, "pietrabuona").await;
        let village_facilitator = app.db.account_by_username("pietrabuona-facilitator").await.unwrap().unwrap();
        let other_facilitator = app.db.account_by_username("sanvito-facilitator").await.unwrap().unwrap();
        let page = format!("/processes/{}/co-runners", process.0);
        let choice = format!("{}-{}", pietrabuona.0, village_facilitator.id.0);

        let city = app.signed_in("lorenza-official", DEMO_PASSWORD).await;
        let form = city.get(&page).await;
        form.assert_contains(&format!("<option value=\"{choice}\">"));
        // San Vito is not twinned with Lorenza, so its facilitator cannot be invited.
        form.assert_lacks(&format!("-{}\"", other_facilitator.id.0));
        let san_vito = community(&app, "san-vito-al-lora").await;
        let refused = city.post(&page, &[("facilitator", &format!("{}-{}", san_vito.0, other_facilitator.id.0))]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("Choose one of the options.");
        let resident = app.signed_in("giulia", DEMO_PASSWORD).await;
        assert_eq!(resident.post(&page, &[("facilitator", &choice)]).await.status, StatusCode::FORBIDDEN);
        assert_eq!(city.post(&page, &[("facilitator", &choice)]).await.status, StatusCode::SEE_OTHER);

        // Invited is not yet allowed: the facilitator must accept first.
        let facilitator = app.signed_in("pietrabuona-facilitator", DEMO_PASSWORD).await;
        let assisted = format!("/processes/{}/assisted", process.0);
        assert_eq!(facilitator.get(&assisted).await.status, StatusCode::FORBIDDEN);
        facilitator.get("/notifications").await.assert_contains(&format!("invited you to co-run “\u{2068}{title}"));
        let invitation = facilitator.get(&page).await;
        invitation.assert_contains("not answered yet");
        invitation.assert_contains(&format!("action=\"/processes/{}/co-runners/accept\"", process.0));
        let accepted = facilitator.post(&format!("{page}/accept"), &[]).await;
        assert_eq!(accepted.status, StatusCode::SEE_OTHER);
        assert_eq!(facilitator.get(&assisted).await.status, StatusCode::OK);
        let process_page = app.client().get(&format!("/processes/{}", process.0)).await;
        process_page.assert_contains("Co-run with facilitators of twinned communities:");
        process_page.assert_contains(&village_facilitator.display_name);
        // Once invited, the facilitator is not offered again.
        let after = city.get(&page).await;
        after.assert_lacks(&format!("<option value=\"{choice}\">"));
        after.assert_contains("Every facilitator of the twinned communities has been invited already.");

        let leave = format!("{page}/{}/remove", village_facilitator.id.0);
        assert_eq!(resident.post(&leave, &[]).await.status, StatusCode::FORBIDDEN);
        assert_eq!(facilitator.post(&leave, &[]).await.status, StatusCode::SEE_OTHER);
        assert_eq!(facilitator.get(&assisted).await.status, StatusCode::FORBIDDEN);
    })
    .await;
}

#[tokio::test]
async fn a_region_gathers_open_processes_and_participation_and_residents_follow_nearby_processes() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let (san_vito_process, _) = first_open_process(&app, "san-vito-al-lora").await;
        let region = app.client().get("/c/valle-del-lora").await;
        region.assert_contains("Open processes in the region");
        region.assert_contains(&format!("href=\"/processes/{}\"", san_vito_process.0));
        region.assert_contains("Participation in the region");
        // The region's total adds up its communities' rows, except people, counted once.
        let table = region.body.split("id=\"participation-heading\"").nth(1).unwrap();
        let numbers = |row: &str| -> Vec<i64> {
            row.split("<td>")
                .skip(1)
                .map(|cell| cell.split('<').next().unwrap().chars().filter(char::is_ascii_digit).collect::<String>())
                .map(|digits| digits.parse().unwrap())
                .collect()
        };
        let (body, foot) = table.split_once("<tfoot>").unwrap();
        let rows: Vec<Vec<i64>> = body.split("<tr>").skip(2).map(numbers).collect();
        let total = numbers(foot.split("</tfoot>").next().unwrap());
        assert_eq!(rows.len(), 4, "one row per community of the region and the region itself");
        for column in 0..4 {
            assert_eq!(total[column], rows.iter().map(|row| row[column]).sum::<i64>(), "column {column}");
        }
        assert!(total[4] <= rows.iter().map(|row| row[4]).sum::<i64>());
        assert!(total[4] >= rows.iter().map(|row| row[4]).max().unwrap());
        assert!(total[1] > 0);
        // Each community's people are those its representation dashboard counts.
        for slug in ["lorenza", "san-vito-al-lora", "pietrabuona"] {
            let id = community(&app, slug).await;
            let figures = app.db.participation_in(&[id]).await.unwrap().remove(0);
            let (dashboard_people, _) = app.db.representation_counts(id, None).await.unwrap();
            assert_eq!(figures.participants, dashboard_people, "{slug}");
            assert!(
                rows.iter().any(|row| row[4] == figures.participants),
                "{slug}'s row shows {}",
                figures.participants
            );
        }

        // A resident of the village follows a process of the town nearby from the village's page.
        let karim = app.signed_in("karim", DEMO_PASSWORD).await;
        let village = karim.get("/c/pietrabuona").await;
        village.assert_contains("Open processes nearby");
        let follow = format!("/follow/process/{}", san_vito_process.0);
        village.assert_contains(&format!("action=\"{follow}\""));
        let anchor = format!("follow-{}", san_vito_process.0);
        village.assert_contains(&format!("name=\"anchor\" value=\"{anchor}\""));
        let followed = karim.post(&follow, &[("return_to", "/c/pietrabuona"), ("anchor", &anchor)]).await;
        assert_eq!(followed.location(), format!("/c/pietrabuona#{anchor}"));
        karim
            .get("/c/pietrabuona")
            .await
            .assert_contains(&format!("action=\"/unfollow/process/{}\"", san_vito_process.0));
    })
    .await;
}

#[tokio::test]
async fn a_peer_learning_thread_is_read_by_both_sides_only_and_the_asker_marks_what_helped() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let solar = app
            .db
            .cases(&Default::default())
            .await
            .unwrap()
            .into_iter()
            .find(|case| case.title == "Community solar on public roofs")
            .expect("San Vito's case");
        let village = app.signed_in("pietrabuona-official", DEMO_PASSWORD).await;
        village
            .get(&format!("/cases/{}", solar.id))
            .await
            .assert_contains(&format!("href=\"/peer/new?case={}\"", solar.id));
        let form = village.get(&format!("/peer/new?case={}", solar.id)).await;
        form.assert_contains("San Vito al Lora");
        let pietrabuona = community(&app, "pietrabuona").await.0.to_string();
        let case_id = solar.id.to_string();
        let empty = village
            .post(
                "/peer",
                &[
                    ("community", &pietrabuona),
                    ("about", "case"),
                    ("case", &case_id),
                    ("title", ""),
                    ("body", "How much did the roofs cost?"),
                ],
            )
            .await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
        empty.assert_contains("How much did the roofs cost?");
        let asked = village
            .post(
                "/peer",
                &[
                    ("community", &pietrabuona),
                    ("about", "case"),
                    ("case", &case_id),
                    ("title", "Who insured the panels?"),
                    ("body", "Our roofs belong to the parish.\n\nWho insured the panels?"),
                ],
            )
            .await;
        assert_eq!(asked.status, StatusCode::SEE_OTHER);
        let thread = asked.location().to_owned();

        // San Vito's officials hear of it and answer; nobody else reads it.
        let san_vito = app.signed_in("sanvito-official", DEMO_PASSWORD).await;
        san_vito.get("/notifications").await.assert_contains("Who insured the panels?");
        san_vito.get("/peer").await.assert_contains(&format!("href=\"{thread}\""));
        let answered = san_vito
            .post(&format!("{thread}/answers"), &[("body", "The cooperative did, with a policy for all roofs.")])
            .await;
        assert_eq!(answered.status, StatusCode::SEE_OTHER);
        let answer_id: i64 = answered.location().rsplit("answer-").next().unwrap().parse().unwrap();
        let empty_answer = san_vito.post(&format!("{thread}/answers"), &[("body", "   ")]).await;
        assert_eq!(empty_answer.status, StatusCode::UNPROCESSABLE_ENTITY);
        for outsider in ["lorenza-official", "giulia"] {
            let client = app.signed_in(outsider, DEMO_PASSWORD).await;
            assert_eq!(client.get(&thread).await.status, StatusCode::FORBIDDEN, "{outsider}");
            assert_eq!(
                client.post(&format!("{thread}/answers"), &[("body", "Me too")]).await.status,
                StatusCode::FORBIDDEN
            );
        }
        app.signed_in("lorenza-official", DEMO_PASSWORD)
            .await
            .get("/peer")
            .await
            .assert_lacks("Who insured the panels?");
        assert_eq!(app.client().get(&thread).await.status, StatusCode::SEE_OTHER);

        // Only the asking side marks the answer that helped.
        village.get("/notifications").await.assert_contains("answered");
        let helpful = format!("{thread}/helpful");
        let answer = answer_id.to_string();
        assert_eq!(san_vito.post(&helpful, &[("answer", &answer)]).await.status, StatusCode::FORBIDDEN);
        assert_eq!(village.post(&helpful, &[("answer", &answer)]).await.status, StatusCode::SEE_OTHER);
        let shown = village.get(&thread).await;
        shown.assert_contains("This answer helped.");
        shown.assert_contains("The cooperative did, with a policy for all roofs.");
        village.get("/peer").await.assert_contains("an answer helped");

        // A community asks its region's cluster; asking about its own practice is refused.
        let own = app
            .db
            .cases(&Default::default())
            .await
            .unwrap()
            .into_iter()
            .find(|case| case.community_slug == "pietrabuona")
            .expect("Pietrabuona's case");
        let refused = village
            .post(
                "/peer",
                &[
                    ("community", &pietrabuona),
                    ("about", "case"),
                    ("case", &own.id.to_string()),
                    ("title", "Ours"),
                    ("body", "Ours"),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("This practice is your own community");
        let cluster = village
            .post(
                "/peer",
                &[
                    ("community", &pietrabuona),
                    ("about", "cluster"),
                    ("title", "Snow on the school road?"),
                    ("body", "Who clears it?"),
                ],
            )
            .await;
        assert_eq!(cluster.status, StatusCode::SEE_OTHER);
        let lorenza_facilitator = app.signed_in("lorenza-facilitator", DEMO_PASSWORD).await;
        assert_eq!(lorenza_facilitator.get(cluster.location()).await.status, StatusCode::OK);
        assert_eq!(app.signed_in("tom", DEMO_PASSWORD).await.get("/peer").await.status, StatusCode::OK);
    })
    .await;
}

#[tokio::test]
async fn people_who_twinned_asked_answered_and_co_ran_can_be_erased_and_their_words_stay_unsigned() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        // In the demo, the village's official accepted the twinning, invited a co-runner and asked
        // the city; the city's facilitator co-runs a village process; the city's official answered.
        for username in ["pietrabuona-official", "lorenza-facilitator", "lorenza-official"] {
            let person = app.signed_in(username, DEMO_PASSWORD).await;
            let erased = person.post("/account/erase", &[("password", DEMO_PASSWORD)]).await;
            assert_eq!(erased.status, StatusCode::OK, "{username} is erased");
            erased.assert_contains("Your account has been deleted");
        }
        let pietrabuona = community(&app, "pietrabuona").await;
        let twinning = app.db.twinnings_of(pietrabuona).await.unwrap();
        assert!(twinning.iter().any(|t| t.is_active()), "the twinning stays in force");
        let question = app
            .db
            .peer_questions_involving(None)
            .await
            .unwrap()
            .into_iter()
            .find(|q| q.community_id == pietrabuona.0 && q.case_id.is_some())
            .expect("the village's question stays");
        assert_eq!(question.asked_by_name, None);
        let answers = app.db.peer_answers(question.id).await.unwrap();
        assert!(answers.iter().any(|a| a.answered_by_name.is_none() && a.body.contains("patto di collaborazione")));
        assert!(question.helpful_answer_id.is_some(), "what helped is still marked");
        // The co-runner is gone from the process they co-ran.
        let village = app.signed_in("pietrabuona-admin", DEMO_PASSWORD).await;
        for process in app.db.processes_in(pietrabuona).await.unwrap() {
            assert!(app.db.co_runners(process.id).await.unwrap().is_empty());
            village.get(&format!("/processes/{}/co-runners", process.id.0)).await.assert_lacks("Nadia");
        }
    })
    .await;
}

#[tokio::test]
async fn co_running_is_seen_by_the_people_concerned_and_ends_with_the_twinning_or_the_role() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        // In the demo, the city's facilitator co-runs a process of the village.
        let pietrabuona = community(&app, "pietrabuona").await;
        let mut co_run = None;
        for process in app.db.processes_in(pietrabuona).await.unwrap() {
            if !app.db.co_runners(process.id).await.unwrap().is_empty() {
                co_run = Some(process.id);
            }
        }
        let process = co_run.expect("a village process is co-run");
        let page = format!("/processes/{}/co-runners", process.0);
        let assisted = format!("/processes/{}/assisted", process.0);

        // Invitations are for the officials and the people invited, not for everyone.
        assert_eq!(app.client().get(&page).await.status, StatusCode::SEE_OTHER);
        assert_eq!(app.signed_in("karim", DEMO_PASSWORD).await.get(&page).await.status, StatusCode::FORBIDDEN);
        let facilitator = app.signed_in("lorenza-facilitator", DEMO_PASSWORD).await;
        assert_eq!(facilitator.get(&page).await.status, StatusCode::OK);
        assert_eq!(facilitator.get(&assisted).await.status, StatusCode::OK);

        // When the twinning ends, so does the co-running.
        let twinning = app.db.twinnings_of(pietrabuona).await.unwrap().into_iter().find(|t| t.is_active()).unwrap();
        let city = app.signed_in("lorenza-official", DEMO_PASSWORD).await;
        let ended = city.post(&format!("/twinnings/{}/end", twinning.id), &[("side", "lorenza")]).await;
        assert_eq!(ended.status, StatusCode::SEE_OTHER);
        assert_eq!(facilitator.get(&assisted).await.status, StatusCode::FORBIDDEN);

        // Twinned again, it resumes; and when the facilitator loses the role, it ends again.
        let village = app.signed_in("pietrabuona-official", DEMO_PASSWORD).await;
        let proposed =
            village.post("/c/pietrabuona/twinning", &[("partner", "lorenza"), ("purpose", "Again, together.")]).await;
        assert_eq!(proposed.status, StatusCode::SEE_OTHER);
        let again = app.db.twinnings_of(pietrabuona).await.unwrap().into_iter().find(|t| t.is_pending()).unwrap();
        assert_eq!(city.post(&format!("/twinnings/{}/accept", again.id), &[]).await.status, StatusCode::SEE_OTHER);
        assert_eq!(facilitator.get(&assisted).await.status, StatusCode::OK);
        let lorenza = community(&app, "lorenza").await;
        let grant = app
            .db
            .role_history(lorenza)
            .await
            .unwrap()
            .into_iter()
            .find(|g| g.username == "lorenza-facilitator" && g.role == "facilitator" && g.revoked_at.is_none())
            .unwrap();
        let admin = app.signed_in("lorenza-admin", DEMO_PASSWORD).await;
        let revoked = admin.post(&format!("/c/lorenza/roles/{}/revoke", grant.id), &[]).await;
        assert_eq!(revoked.status, StatusCode::SEE_OTHER);
        assert_eq!(facilitator.get(&assisted).await.status, StatusCode::FORBIDDEN);
    })
    .await;
}

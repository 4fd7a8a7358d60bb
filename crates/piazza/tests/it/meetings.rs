use std::time::Duration;

use axum::http::StatusCode;
use piazza_app::demo::DEMO_PASSWORD;
use piazza_domain::AccountId;
use piazza_testkit::{TestApp, on_each_backend};

use crate::input_value;

/// The demo process of a community, by the community's short name.
async fn process_of(app: &TestApp, community: &str) -> i64 {
    let community = app.db.community_by_slug(community).await.unwrap().unwrap();
    app.db.processes_in(community.id).await.unwrap().pop().unwrap().id.0
}

fn day(offset_days: i64) -> String {
    let at = if offset_days >= 0 {
        piazza_domain::now() + Duration::from_secs(offset_days as u64 * 86_400)
    } else {
        piazza_domain::now() - Duration::from_secs(offset_days.unsigned_abs() * 86_400)
    };
    at.date().to_string()
}

fn meeting_form<'a>(date: &'a str, capacity: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", "Serata sul bus del giovedì"),
        ("description", "Come è andato il primo anno?"),
        ("format", "hybrid"),
        ("address", "Sala civica, piazza del Borgo"),
        ("online_url", "https://meet.example/pietrabuona"),
        ("date", date),
        ("starts", "18:00"),
        ("ends", "20:00"),
        ("capacity", capacity),
        ("access", "step-free"),
        ("access", "hearing-loop"),
        ("access_notes", "Interpretazione in arabo su richiesta"),
    ]
}

#[tokio::test]
async fn facilitators_plan_meetings_and_residents_register_with_a_waiting_list() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let process = process_of(&app, "pietrabuona").await;
        let new = format!("/processes/{process}/meetings/new");
        let elena = app.signed_in("elena", DEMO_PASSWORD).await;
        assert_eq!(elena.get(&new).await.status, StatusCode::FORBIDDEN);

        let facilitator = app.signed_in("pietrabuona-facilitator", DEMO_PASSWORD).await;
        let wrong = facilitator
            .post(
                &new,
                &[
                    ("title", "Serata"),
                    ("description", "Parliamone"),
                    ("format", "hybrid"),
                    ("address", ""),
                    ("online_url", "javascript:alert(1)"),
                    ("date", "giovedì"),
                    ("starts", "20:00"),
                    ("ends", "18:00"),
                    ("capacity", "0"),
                ],
            )
            .await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        for message in [
            "Say where the meeting takes place.",
            "Enter an address starting with https:// or http://.",
            "Enter a date like 2026-03-31.",
            "The meeting must end after it starts.",
            "Enter a whole number of places",
        ] {
            wrong.assert_contains(message);
        }
        assert_eq!(input_value(&wrong.body, "title").as_deref(), Some("Serata"));
        assert_eq!(input_value(&wrong.body, "online_url").as_deref(), Some("javascript:alert(1)"));

        let tomorrow = day(1);
        let created = facilitator.post(&new, &meeting_form(&tomorrow, "1")).await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        let meeting = created.location().to_owned();
        let public = app.client().get(&meeting).await;
        public.assert_contains("Step-free access");
        public.assert_contains("Hearing loop");
        public.assert_contains("Shown to the people who registered.");
        public.assert_lacks("https://meet.example/pietrabuona");
        app.client().get(&format!("/processes/{process}/meetings")).await.assert_contains("Serata sul bus del giovedì");

        let registered = elena.post(&format!("{meeting}/register"), &[("needs", "Posto per carrozzina")]).await;
        assert_eq!(registered.status, StatusCode::SEE_OTHER);
        let page = elena.follow(&registered).await;
        page.assert_contains("You are registered.");
        page.assert_contains("https://meet.example/pietrabuona");
        // Registering twice keeps the one place.
        elena.post(&format!("{meeting}/register"), &[]).await;
        elena.get(&meeting).await.assert_contains("none left");

        let karim = app.signed_in("karim", DEMO_PASSWORD).await;
        karim.get(&meeting).await.assert_contains("Join the waiting list");
        let waiting = karim.post(&format!("{meeting}/register"), &[]).await;
        karim.follow(&waiting).await.assert_contains("You are first on the waiting list.");
        let list = facilitator.get(&meeting).await;
        list.assert_contains("Posto per carrozzina");
        list.assert_contains("Waiting list");

        elena.post(&format!("{meeting}/cancel"), &[]).await;
        karim.get(&meeting).await.assert_contains("You are registered.");
        karim.get("/notifications").await.assert_contains("A place freed up");
        app.client().get("/c/pietrabuona/search?q=serata").await.assert_contains(&format!("href=\"{meeting}\""));
    })
    .await;
}

#[tokio::test]
async fn registration_follows_the_phase_and_minutes_come_after_the_meeting() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        // San Vito's process is prioritising: it holds no meetings now.
        let sanvito = process_of(&app, "san-vito-al-lora").await;
        let organiser = app.signed_in("sanvito-facilitator", DEMO_PASSWORD).await;
        let tomorrow = day(1);
        let created = organiser.post(&format!("/processes/{sanvito}/meetings/new"), &meeting_form(&tomorrow, "")).await;
        let meeting = created.location().to_owned();
        let tom = app.signed_in("tom", DEMO_PASSWORD).await;
        let refused = tom.post(&format!("{meeting}/register"), &[]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("Registration for meetings opens only during a phase that holds meetings.");

        let pietrabuona = process_of(&app, "pietrabuona").await;
        let facilitator = app.signed_in("pietrabuona-facilitator", DEMO_PASSWORD).await;
        let early =
            facilitator.post(&format!("/processes/{pietrabuona}/meetings/new"), &meeting_form(&tomorrow, "")).await;
        let early = early.location().to_owned();
        let too_soon = facilitator.post(&format!("{early}/minutes"), &[("minutes", "Notes")]).await;
        assert_eq!(too_soon.status, StatusCode::UNPROCESSABLE_ENTITY);
        too_soon.assert_contains("Minutes can be written once the meeting has begun.");

        let yesterday = day(-1);
        let past =
            facilitator.post(&format!("/processes/{pietrabuona}/meetings/new"), &meeting_form(&yesterday, "")).await;
        let past = past.location().to_owned();
        let elena = app.signed_in("elena", DEMO_PASSWORD).await;
        let closed = elena.post(&format!("{past}/register"), &[]).await;
        assert_eq!(closed.status, StatusCode::UNPROCESSABLE_ENTITY);
        closed.assert_contains("This meeting is over: registration has closed.");

        let proposal = app
            .db
            .proposals(&piazza_app::records::ProposalFilter {
                process: piazza_domain::ProcessId(pietrabuona),
                state: None,
                answered: None,
                category: None,
                neighbourhood: None,
                order: piazza_app::records::ProposalOrder::Newest,
                limit: 1,
                offset: 0,
            })
            .await
            .unwrap()
            .0
            .remove(0);
        let id = proposal.id.to_string();
        assert_eq!(elena.post(&format!("{past}/minutes"), &[("minutes", "Mine")]).await.status, StatusCode::FORBIDDEN);
        let saved = facilitator
            .post(
                &format!("{past}/minutes"),
                &[("minutes", "Ventidue presenti. **Il bus resta.**"), ("proposals", &id)],
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        let page = app.client().get(&past).await;
        page.assert_contains("<strong>Il bus resta.</strong>");
        page.assert_contains(&format!("href=\"/proposals/{id}\""));
        page.assert_contains("This meeting is over.");
    })
    .await;
}

#[tokio::test]
async fn concurrent_registrations_never_exceed_the_places() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let process = process_of(&app, "pietrabuona").await;
        let facilitator = app.signed_in("pietrabuona-facilitator", DEMO_PASSWORD).await;
        let created =
            facilitator.post(&format!("/processes/{process}/meetings/new"), &meeting_form(&day(2), "3")).await;
        let meeting: i64 = created.location().rsplit('/').next().unwrap().parse().unwrap();
        let people: Vec<AccountId> = app.db.all_accounts().await.unwrap().into_iter().map(|a| a.id).take(12).collect();
        let mut tasks = Vec::new();
        for person in people.clone() {
            let db = app.db.clone();
            tasks.push(tokio::spawn(async move { db.register(meeting, person, None).await.unwrap() }));
        }
        for task in tasks {
            task.await.unwrap();
        }
        let registrants = app.db.registrants(meeting).await.unwrap();
        assert_eq!(registrants.len(), people.len());
        assert_eq!(registrants.iter().filter(|r| r.status == "registered").count(), 3);
        assert_eq!(app.db.meeting(meeting).await.unwrap().unwrap().registered_count, 3);
    })
    .await;
}

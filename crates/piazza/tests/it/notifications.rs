use axum::http::StatusCode;
use piazza_app::demo::DEMO_PASSWORD;
use piazza_testkit::{TestApp, on_each_backend};

use crate::outbox;

/// The demo's Lorenza process, which takes proposals and comments now.
async fn lorenza_process(app: &TestApp) -> String {
    piazza_app::demo::seed(&app.db).await.unwrap();
    let lorenza = app.db.community_by_slug("lorenza").await.unwrap().unwrap();
    let process = app.db.processes_in(lorenza.id).await.unwrap().pop().unwrap();
    format!("/processes/{}", process.id)
}

#[tokio::test]
async fn authors_hear_of_comments_on_their_proposal_in_the_app_and_by_mail() {
    on_each_backend(|app| async move {
        let process = lorenza_process(&app).await;
        let elena = app.signed_in("elena", DEMO_PASSWORD).await;
        let created = elena
            .post(&format!("{process}/proposals/new"), &[("title", "A drinking fountain"), ("body", "By the swings.")])
            .await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        let proposal = created.location().to_owned();
        elena.get(&proposal).await.assert_contains("You follow this");
        outbox(&app).await;

        let tom = app.signed_in("tom", DEMO_PASSWORD).await;
        tom.post(&format!("{proposal}/comments"), &[("stance", "in-favour"), ("body", "Yes please")]).await;
        let page = elena.get("/notifications").await;
        page.assert_contains("Notifications (\u{2068}1\u{2069} new)");
        page.assert_contains("commented on “\u{2068}A drinking fountain\u{2069}”");
        let mails = outbox(&app).await;
        let mail = mails.iter().find(|m| m.recipient == "elena@piazza.example").expect("the author is mailed");
        assert!(mail.subject.contains("commented on “A drinking fountain”"), "{}", mail.subject);
        assert!(mail.body.contains(&proposal), "{}", mail.body);
        assert!(!mails.iter().any(|m| m.recipient == "tom@piazza.example"), "nobody hears of their own comment");

        // Elena replies: Tom, who follows the discussion now, hears of it once, as a reply.
        let thread = elena.get(&proposal).await;
        let comment = thread.body.split("/comments/").nth(1).unwrap().split('/').next().unwrap().to_owned();
        elena.post(&format!("/comments/{comment}/reply"), &[("stance", "neutral"), ("body", "Thanks")]).await;
        let toms = tom.get("/notifications").await;
        toms.assert_contains("replied to your comment");
        toms.assert_lacks("commented on");

        let read = elena.post("/notifications/read", &[]).await;
        assert_eq!(read.status, StatusCode::SEE_OTHER);
        elena.get("/notifications").await.assert_lacks("new)");

        // Once Elena withdraws her consent to being contacted, she is told on the site only.
        outbox(&app).await;
        elena.post("/account/consents", &[("purpose", "contact"), ("answer", "withdraw")]).await;
        tom.post(&format!("{proposal}/comments"), &[("stance", "against"), ("body", "On second thought")]).await;
        elena.get("/notifications").await.assert_contains("new)");
        assert!(
            !outbox(&app).await.iter().any(|m| m.recipient == "elena@piazza.example"),
            "no mail without the consent to being contacted"
        );
    })
    .await;
}

#[tokio::test]
async fn followers_of_a_process_hear_of_new_proposals_until_they_stop_following() {
    on_each_backend(|app| async move {
        let process = lorenza_process(&app).await;
        let id = process.rsplit('/').next().unwrap().to_owned();
        let karim = app.signed_in("karim", DEMO_PASSWORD).await;
        let followed = karim.post(&format!("/follow/process/{id}"), &[("return_to", &process)]).await;
        assert_eq!(followed.status, StatusCode::SEE_OTHER);
        assert_eq!(followed.location(), format!("{process}#follow"));
        karim.get(&process).await.assert_contains("Stop following");

        let amina = app.signed_in("amina", DEMO_PASSWORD).await;
        amina
            .post(&format!("{process}/proposals/new"), &[("title", "Shade sails"), ("body", "Over the benches.")])
            .await;
        karim.get("/notifications").await.assert_contains("made a new proposal: “\u{2068}Shade sails\u{2069}”");

        karim.post(&format!("/unfollow/process/{id}"), &[("return_to", &process)]).await;
        amina.post(&format!("{process}/proposals/new"), &[("title", "Bike racks"), ("body", "At the gate.")]).await;
        karim.get("/notifications").await.assert_lacks("Bike racks");
        assert_eq!(karim.post("/follow/process/999999", &[]).await.status, StatusCode::NOT_FOUND);
        assert_eq!(karim.post("/follow/parish/1", &[]).await.status, StatusCode::NOT_FOUND);
    })
    .await;
}

#[tokio::test]
async fn a_daily_digest_gathers_what_happened_in_one_mail_once_a_day() {
    on_each_backend(|app| async move {
        let process = lorenza_process(&app).await;
        let samir = app.signed_in("samir", DEMO_PASSWORD).await;
        let wrong = samir.post("/notifications/email", &[("email_frequency", "hourly")]).await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        let saved = samir.post("/notifications/email", &[("email_frequency", "daily")]).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER);
        samir.get("/notifications").await.assert_contains("value=\"daily\" checked");
        let created =
            samir.post(&format!("{process}/proposals/new"), &[("title", "Night buses"), ("body", "Until 1am.")]).await;
        let proposal = created.location().to_owned();
        outbox(&app).await;

        let giulia = app.signed_in("giulia", DEMO_PASSWORD).await;
        giulia.post(&format!("{proposal}/comments"), &[("stance", "in-favour"), ("body", "Yes")]).await;
        app.signed_in("tom", DEMO_PASSWORD)
            .await
            .post(&format!("{proposal}/comments"), &[("stance", "against"), ("body", "Too noisy")])
            .await;
        assert!(outbox(&app).await.iter().all(|m| m.recipient != "samir@piazza.example"), "no mail at once");

        let queued = piazza_web::notices::send_digests(&app.db, "https://piazza.example").await.unwrap();
        assert_eq!(queued, 1);
        let mails = outbox(&app).await;
        assert_eq!(mails.len(), 1);
        let digest = &mails[0];
        assert_eq!(digest.recipient, "samir@piazza.example");
        assert!(digest.subject.contains("2 notifications"), "{}", digest.subject);
        assert!(digest.body.contains("Giulia"), "{}", digest.body);
        assert!(digest.body.contains(&format!("https://piazza.example{proposal}")), "{}", digest.body);

        giulia.post(&format!("{proposal}/comments"), &[("stance", "neutral"), ("body", "Later")]).await;
        assert_eq!(piazza_web::notices::send_digests(&app.db, "https://piazza.example").await.unwrap(), 0);
    })
    .await;
}

#[tokio::test]
async fn the_author_of_hidden_content_is_told_why() {
    on_each_backend(|app| async move {
        let process = lorenza_process(&app).await;
        let tom = app.signed_in("tom", DEMO_PASSWORD).await;
        let created =
            tom.post(&format!("{process}/proposals/new"), &[("title", "Cheap watches"), ("body", "Buy now")]).await;
        let id = created.location().rsplit('/').next().unwrap().to_owned();
        let moderator = app.signed_in("lorenza-moderator", DEMO_PASSWORD).await;
        moderator.post(&format!("/report/proposal/{id}/hide"), &[("reason", "Advertising.")]).await;
        let page = tom.get("/notifications").await;
        page.assert_contains("Your contribution on “\u{2068}Cheap watches\u{2069}” was hidden.");
        page.assert_contains("Advertising.");
        page.assert_lacks("lorenza-moderator");
    })
    .await;
}

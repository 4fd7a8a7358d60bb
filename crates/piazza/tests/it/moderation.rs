use axum::http::StatusCode;
use piazza_app::demo::DEMO_PASSWORD;
use piazza_testkit::{TestClient, on_each_backend};

use crate::{links, lorenza_proposal};

async fn comment(client: &TestClient, proposal: &str, body: &str) -> String {
    let posted = client.post(&format!("{proposal}/comments"), &[("stance", "neutral"), ("body", body)]).await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER, "{}", posted.body);
    posted.location().rsplit("#comment-").next().unwrap().to_owned()
}

#[tokio::test]
async fn enough_reports_hide_a_comment_until_a_moderator_decides_and_the_author_may_appeal_once() {
    on_each_backend(|app| async move {
        let proposal = lorenza_proposal(&app).await;
        let giulia = app.signed_in("giulia", DEMO_PASSWORD).await;
        let comment = comment(&giulia, &proposal, "Buy my miracle pills at example.com").await;
        let report = format!("/report/comment/{comment}");

        let own = giulia.post(&report, &[("reason", "spam")]).await;
        assert_eq!(own.status, StatusCode::UNPROCESSABLE_ENTITY);
        own.assert_contains("You cannot report your own contribution.");

        let amina = app.signed_in("amina", DEMO_PASSWORD).await;
        let page = amina.get(&proposal).await;
        assert!(links(&page.body).contains(&report), "each comment offers a report link");
        let vague = amina.post(&report, &[("reason", "other"), ("details", "")]).await;
        assert_eq!(vague.status, StatusCode::UNPROCESSABLE_ENTITY);
        vague.assert_contains("Say in a few words what is wrong.");
        vague.assert_contains("value=\"other\" checked");
        let first = amina.post(&report, &[("reason", "spam")]).await;
        assert_eq!(first.status, StatusCode::OK);
        first.assert_contains("Your report has reached the moderators.");
        amina.post(&report, &[("reason", "spam")]).await.assert_contains("You have reported this already");
        app.signed_in("samir", DEMO_PASSWORD).await.post(&report, &[("reason", "spam")]).await;
        giulia.get(&proposal).await.assert_contains("Buy my miracle pills");
        let third = app.signed_in("tom", DEMO_PASSWORD).await.post(&report, &[("reason", "offensive")]).await;
        third.assert_contains("it is now hidden until a moderator looks at it");

        let seen = app.client().get(&proposal).await;
        seen.assert_lacks("Buy my miracle pills");
        seen.assert_contains("Hidden after several reports, until a moderator looks at it.");
        let log = app.client().get("/c/lorenza/moderation-log").await;
        log.assert_contains("Hidden after several reports");
        log.assert_lacks("Amina");

        assert_eq!(amina.get("/c/lorenza/moderation").await.status, StatusCode::FORBIDDEN);
        let moderator = app.signed_in("lorenza-moderator", DEMO_PASSWORD).await;
        let queue = moderator.get("/c/lorenza/moderation").await;
        queue.assert_contains("Buy my miracle pills");
        queue.assert_contains("\u{2068}3\u{2069} reports");
        queue.assert_contains("Spam or advertising");
        let case = queue.body.split("/moderation/").nth(1).unwrap().split('/').next().unwrap().to_owned();

        let bare = moderator.post(&format!("/moderation/{case}/uphold"), &[]).await;
        assert_eq!(bare.status, StatusCode::UNPROCESSABLE_ENTITY);
        bare.assert_contains("Give a reason.");
        let field = format!("reason-{case}");
        let upheld = moderator
            .post(&format!("/moderation/{case}/uphold"), &[(field.as_str(), "Advertising is not allowed.")])
            .await;
        assert_eq!(upheld.status, StatusCode::SEE_OTHER);
        moderator.get("/c/lorenza/moderation").await.assert_contains("Nothing waits for review.");
        let seen = app.client().get(&proposal).await;
        seen.assert_contains("Hidden by the moderators: \u{2068}Advertising is not allowed.\u{2069}");
        // The hidden text cannot be changed behind the moderators' back before an appeal.
        let rewritten = giulia.post(&format!("/comments/{comment}/edit"), &[("body", "Innocent text")]).await;
        assert_eq!(rewritten.status, StatusCode::FORBIDDEN);

        let author_view = giulia.get(&proposal).await;
        let appeal = format!("/appeal/comment/{comment}");
        assert!(links(&author_view.body).contains(&appeal), "the author is offered an appeal");
        assert_eq!(amina.get(&appeal).await.status, StatusCode::FORBIDDEN);
        let empty = giulia.post(&appeal, &[("appeal", "  ")]).await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
        empty.assert_contains("Say why it should be restored.");
        let sent = giulia.post(&appeal, &[("appeal", "It was a joke between neighbours.")]).await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER);
        giulia.get(&appeal).await.assert_contains("A moderator will look at your appeal.");
        let again = giulia.post(&appeal, &[("appeal", "Please!")]).await;
        assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
        again.assert_contains("A decision can be appealed only once.");

        let queue = moderator.get("/c/lorenza/moderation").await;
        queue.assert_contains("It was a joke between neighbours.");
        let restored = moderator
            .post(&format!("/moderation/{case}/restore"), &[(field.as_str(), "On appeal: a joke, not spam.")])
            .await;
        assert_eq!(restored.status, StatusCode::SEE_OTHER);
        app.client().get(&proposal).await.assert_contains("Buy my miracle pills");
        let log = app.client().get("/c/lorenza/moderation-log").await;
        log.assert_contains("Restored by a moderator");
        log.assert_contains("On appeal: a joke, not spam.");
        log.assert_contains("Kept hidden after review");
        log.assert_lacks("It was a joke between neighbours.");
    })
    .await;
}

#[tokio::test]
async fn a_moderator_hides_a_proposal_with_a_public_reason_and_it_leaves_the_lists() {
    on_each_backend(|app| async move {
        let proposal = lorenza_proposal(&app).await;
        let id = proposal.rsplit('/').next().unwrap().to_owned();
        let record = app.db.proposal(piazza_domain::ProposalId(id.parse().unwrap())).await.unwrap().unwrap();
        let list = format!("/processes/{}/proposals?sort=newest", record.process_id);
        app.client().get(&list).await.assert_contains(&record.title);

        let resident = app.signed_in("karim", DEMO_PASSWORD).await;
        let form = resident.get(&format!("/report/proposal/{id}")).await;
        form.assert_lacks("Hide it now");
        assert_eq!(
            resident.post(&format!("/report/proposal/{id}/hide"), &[("reason", "x")]).await.status,
            StatusCode::FORBIDDEN
        );

        let moderator = app.signed_in("lorenza-moderator", DEMO_PASSWORD).await;
        moderator.get(&format!("/report/proposal/{id}")).await.assert_contains("Hide it now");
        let hidden =
            moderator.post(&format!("/report/proposal/{id}/hide"), &[("reason", "It names a private person.")]).await;
        assert_eq!(hidden.status, StatusCode::SEE_OTHER);

        app.client().get(&list).await.assert_lacks(&record.title);
        let public = app.client().get(&proposal).await;
        public.assert_contains("Hidden by the moderators: \u{2068}It names a private person.\u{2069}");
        public.assert_lacks(&record.body);
        app.client().get(&format!("{proposal}/versions")).await.assert_lacks(&record.body);
        moderator.get(&proposal).await.assert_contains(&record.title);
        app.client().get("/c/lorenza/moderation-log").await.assert_contains("It names a private person.");

        // While hidden, nobody takes part in it: no support, comment or amendment.
        let support = resident.post(&format!("{proposal}/support"), &[]).await;
        assert_ne!(support.status, StatusCode::SEE_OTHER);
        support.assert_contains("Hidden by the moderators");
        let after = app.db.proposal(record.id).await.unwrap().unwrap();
        assert_eq!(after.support_count, record.support_count, "a hidden proposal takes no support");
        let comment = resident.post(&format!("{proposal}/comments"), &[("stance", "neutral"), ("body", "Hello")]).await;
        assert_eq!(comment.status, StatusCode::NOT_FOUND);
        let amended = resident
            .post(
                &format!("{proposal}/amendments/new"),
                &[("title", "Other"), ("body", "Other"), ("reason", "Why not")],
            )
            .await;
        assert_eq!(amended.status, StatusCode::UNPROCESSABLE_ENTITY);
    })
    .await;
}

#[tokio::test]
async fn a_blocked_person_can_read_but_no_longer_take_part_in_the_community() {
    on_each_backend(|app| async move {
        let proposal = lorenza_proposal(&app).await;
        let moderator = app.signed_in("lorenza-moderator", DEMO_PASSWORD).await;
        let unknown = moderator.post("/c/lorenza/blocks", &[("username", "nobody"), ("block_reason", "Spam")]).await;
        assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
        unknown.assert_contains("value=\"nobody\"");
        let blocked = moderator
            .post("/c/lorenza/blocks", &[("username", "karim"), ("block_reason", "Repeated insults to neighbours.")])
            .await;
        assert_eq!(blocked.status, StatusCode::SEE_OTHER);
        let queue = moderator.get("/c/lorenza/moderation").await;
        queue.assert_contains("Repeated insults to neighbours.");

        let karim = app.signed_in("karim", DEMO_PASSWORD).await;
        assert_eq!(karim.get(&proposal).await.status, StatusCode::OK);
        let refused = karim.post(&format!("{proposal}/comments"), &[("stance", "against"), ("body", "Hello")]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("A moderator has blocked you from taking part in this community.");
        let support = karim.post(&format!("{proposal}/support"), &[]).await;
        support.assert_contains("A moderator has blocked you");
        let log = app.client().get("/c/lorenza/moderation-log").await;
        log.assert_contains("Person blocked in this community");
        log.assert_contains("Repeated insults to neighbours.");

        let karim_id = app.db.account_by_username("karim").await.unwrap().unwrap().id;
        let lifted = moderator.post(&format!("/c/lorenza/blocks/{karim_id}/remove"), &[]).await;
        assert_eq!(lifted.status, StatusCode::SEE_OTHER);
        let allowed = karim.post(&format!("{proposal}/comments"), &[("stance", "against"), ("body", "Hello")]).await;
        assert_eq!(allowed.status, StatusCode::SEE_OTHER);
        app.client().get("/c/lorenza/moderation-log").await.assert_contains("Block lifted");
    })
    .await;
}

#[tokio::test]
async fn moderators_set_how_many_reports_hide_a_contribution() {
    on_each_backend(|app| async move {
        let proposal = lorenza_proposal(&app).await;
        let moderator = app.signed_in("lorenza-moderator", DEMO_PASSWORD).await;
        let wrong = moderator.post("/c/lorenza/moderation/threshold", &[("report_threshold", "0")]).await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        wrong.assert_contains("Enter a whole number from");
        let saved = moderator.post("/c/lorenza/moderation/threshold", &[("report_threshold", "1")]).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER);

        let giulia = app.signed_in("giulia", DEMO_PASSWORD).await;
        let comment = comment(&giulia, &proposal, "A single report hides me").await;
        let outcome = app
            .signed_in("elena", DEMO_PASSWORD)
            .await
            .post(&format!("/report/comment/{comment}"), &[("reason", "off-topic")])
            .await;
        outcome.assert_contains("it is now hidden");
        app.client().get(&proposal).await.assert_lacks("A single report hides me");
    })
    .await;
}

use axum::http::StatusCode;
use piazza_app::demo::DEMO_PASSWORD;
use piazza_testkit::{TestApp, on_each_backend};

use crate::{count, input_value, lorenza_proposal};

fn comment_id(location: &str) -> String {
    location.rsplit("#comment-").next().unwrap().to_owned()
}

#[tokio::test]
async fn residents_discuss_a_proposal_in_threads_with_stances() {
    on_each_backend(|app| async move {
        let proposal = lorenza_proposal(&app).await;
        let giulia = app.signed_in("giulia", DEMO_PASSWORD).await;
        let posted = giulia
            .post(&format!("{proposal}/comments"), &[("stance", "in-favour"), ("body", "Yes!\n<b>Shade</b> matters.")])
            .await;
        assert_eq!(posted.status, StatusCode::SEE_OTHER, "{}", posted.body);
        let first = comment_id(posted.location());
        let page = giulia.get(&proposal).await;
        page.assert_contains("\u{2068}1\u{2069} comment");
        page.assert_contains("In favour");
        page.assert_contains("&#60;b&#62;Shade&#60;/b&#62; matters.");
        page.assert_lacks("<b>Shade</b>");

        let tom = app.signed_in("tom", DEMO_PASSWORD).await;
        let reply_form = tom.get(&format!("/comments/{first}/reply")).await;
        assert_eq!(reply_form.status, StatusCode::OK);
        reply_form.assert_contains("Shade");
        let reply =
            tom.post(&format!("/comments/{first}/reply"), &[("stance", "against"), ("body", "Too costly.")]).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER);
        let second = comment_id(reply.location());
        let deeper =
            giulia.post(&format!("/comments/{second}/reply"), &[("stance", "neutral"), ("body", "Why?")]).await;
        let third = comment_id(deeper.location());
        let too_deep =
            tom.post(&format!("/comments/{third}/reply"), &[("stance", "neutral"), ("body", "Because.")]).await;
        assert_eq!(too_deep.status, StatusCode::UNPROCESSABLE_ENTITY);
        too_deep.assert_contains("Replies go at most three levels deep");
        assert_eq!(input_value(&too_deep.body, "body"), None, "textareas hold their text, not a value");
        too_deep.assert_contains(">Because.</textarea>");

        let page = app.client().get(&proposal).await;
        page.assert_contains("In reply to \u{2068}Giulia\u{2069}");
        assert!(
            page.body.find("Too costly.").unwrap() < page.body.find("Why?").unwrap(),
            "replies follow their parent"
        );
        assert_eq!(count(&page.body, "class=\"comment depth-2\""), 1);
    })
    .await;
}

#[tokio::test]
async fn authors_edit_and_delete_their_comments_and_others_support_them_once() {
    on_each_backend(|app| async move {
        let proposal = lorenza_proposal(&app).await;
        let amina = app.signed_in("amina", DEMO_PASSWORD).await;
        let posted =
            amina.post(&format!("{proposal}/comments"), &[("stance", "neutral"), ("body", "First thought")]).await;
        let id = comment_id(posted.location());
        let reply = app
            .signed_in("tom", DEMO_PASSWORD)
            .await
            .post(&format!("/comments/{id}/reply"), &[("stance", "in-favour"), ("body", "Agreed with that")])
            .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER);

        let giulia = app.signed_in("giulia", DEMO_PASSWORD).await;
        assert_eq!(giulia.get(&format!("/comments/{id}/edit")).await.status, StatusCode::FORBIDDEN);
        giulia.post(&format!("/comments/{id}/support"), &[]).await;
        giulia.post(&format!("/comments/{id}/support"), &[]).await;
        let stored = app.db.comment(id.parse().unwrap()).await.unwrap().unwrap();
        assert_eq!(stored.support_count, 1, "supporting twice counts once");

        let empty = amina.post(&format!("/comments/{id}/edit"), &[("body", "  ")]).await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
        empty.assert_contains("Write your comment.");
        let edited = amina.post(&format!("/comments/{id}/edit"), &[("body", "Second thought")]).await;
        assert_eq!(edited.status, StatusCode::SEE_OTHER);
        let page = app.client().get(&proposal).await;
        page.assert_contains("Second thought");
        page.assert_contains(" · edited");

        let deleted = amina.post(&format!("/comments/{id}/delete"), &[]).await;
        assert_eq!(deleted.status, StatusCode::SEE_OTHER);
        let page = app.client().get(&proposal).await;
        page.assert_lacks("Second thought");
        page.assert_contains("This comment was deleted by its author.");
        page.assert_contains("Agreed with that");
    })
    .await;
}

#[tokio::test]
async fn comments_are_refused_with_a_reason_when_the_phase_does_not_take_them() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        // San Vito's process only collects supports now.
        let san_vito = app.db.community_by_slug("san-vito-al-lora").await.unwrap().unwrap();
        let process = app.db.processes_in(san_vito.id).await.unwrap().pop().unwrap();
        let resident = app.signed_in("samir", DEMO_PASSWORD).await;
        let page = resident.get(&format!("/processes/{}", process.id)).await;
        page.assert_contains("Comments are not being collected now.");
        let refused = resident
            .post(&format!("/processes/{}/comments", process.id), &[("stance", "neutral"), ("body", "Hello")])
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("The current phase of the process does not allow this.");
        refused.assert_contains(">Hello</textarea>");
        assert!(app.db.comments_on(process.id, None).await.unwrap().is_empty());

        // A comment without a stance or text explains both.
        let proposal = lorenza_proposal_in_seeded(&app).await;
        let refused = resident.post(&format!("{proposal}/comments"), &[("stance", "maybe"), ("body", "")]).await;
        refused.assert_contains("Choose one of the options.");
        refused.assert_contains("Write your comment.");
    })
    .await;
}

async fn lorenza_proposal_in_seeded(app: &TestApp) -> String {
    let lorenza = app.db.community_by_slug("lorenza").await.unwrap().unwrap();
    let process = app.db.processes_in(lorenza.id).await.unwrap().pop().unwrap();
    format!("/processes/{}", process.id)
}

#[tokio::test]
async fn a_process_has_its_own_discussion_sorted_as_asked() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let process = lorenza_proposal_in_seeded(&app).await;
        let giulia = app.signed_in("giulia", DEMO_PASSWORD).await;
        let first =
            giulia.post(&format!("{process}/comments"), &[("stance", "neutral"), ("body", "Older comment")]).await;
        assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
        giulia.post(&format!("{process}/comments"), &[("stance", "neutral"), ("body", "Newer comment")]).await;
        let oldest = app.client().get(&process).await.body;
        assert!(oldest.find("Older comment").unwrap() < oldest.find("Newer comment").unwrap());
        let newest = app.client().get(&format!("{process}?comments=newest")).await.body;
        assert!(newest.find("Newer comment").unwrap() < newest.find("Older comment").unwrap());
        let supported_id = comment_id(first.location());
        app.signed_in("tom", DEMO_PASSWORD).await.post(&format!("/comments/{supported_id}/support"), &[]).await;
        let supported = app.client().get(&format!("{process}?comments=supported")).await.body;
        assert!(supported.find("Older comment").unwrap() < supported.find("Newer comment").unwrap());
    })
    .await;
}

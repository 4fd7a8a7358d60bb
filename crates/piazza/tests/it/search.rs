use axum::http::StatusCode;
use piazza_app::demo::DEMO_PASSWORD;
use piazza_testkit::on_each_backend;

#[tokio::test]
async fn residents_find_proposals_and_comments_of_their_community_but_never_hidden_ones() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let lorenza = app.db.community_by_slug("lorenza").await.unwrap().unwrap();
        let process = app.db.processes_in(lorenza.id).await.unwrap().pop().unwrap();
        let giulia = app.signed_in("giulia", DEMO_PASSWORD).await;
        let created = giulia
            .post(
                &format!("/processes/{}/proposals/new", process.id),
                &[("title", "Fontanella nel parco"), ("body", "Zampilli freschi per chi corre e per i cani.")],
            )
            .await;
        let proposal = created.location().to_owned();
        let commented = app
            .signed_in("samir", DEMO_PASSWORD)
            .await
            .post(
                &format!("{proposal}/comments"),
                &[("stance", "in-favour"), ("body", "Gli zampilli del lago sono più freschi")],
            )
            .await;
        let comment = commented.location().rsplit("#comment-").next().unwrap().to_owned();
        let arabic = app
            .signed_in("amina", DEMO_PASSWORD)
            .await
            .post(&format!("{proposal}/comments"), &[("stance", "neutral"), ("body", "نافورة ماء بجانب الملعب")])
            .await;
        assert_eq!(arabic.status, StatusCode::SEE_OTHER);

        let visitor = app.client();
        let found = visitor.get("/c/lorenza/search?q=ZAMPILL").await;
        assert_eq!(found.status, StatusCode::OK);
        found.assert_contains("\u{2068}2\u{2069} results");
        found.assert_contains(&format!("href=\"{proposal}\""));
        found.assert_contains(&format!("href=\"{proposal}#comment-{comment}\""));
        found.assert_contains("<mark>Zampilli</mark>");
        // Every word must match.
        visitor.get("/c/lorenza/search?q=zampilli+lago").await.assert_contains("\u{2068}1\u{2069} result");
        visitor.get("/c/lorenza/search?q=zampilli&kind=proposal").await.assert_contains("\u{2068}1\u{2069} result");
        visitor.get("/c/lorenza/search?q=نافورة").await.assert_contains("\u{2068}1\u{2069} result");
        // Another community's search does not reach Lorenza.
        visitor.get("/c/pietrabuona/search?q=zampilli").await.assert_contains("No results");
        // Operators and quotes are words like any other, never a broken query.
        for odd in ["%22acqua%22+OR+*", "acqua%27%3B--", "NEAR(acqua)", "%26%7C!:*", "***"] {
            let page = visitor.get(&format!("/c/lorenza/search?q={odd}")).await;
            assert_eq!(page.status, StatusCode::OK, "{odd}");
        }

        let moderator = app.signed_in("lorenza-moderator", DEMO_PASSWORD).await;
        moderator.post(&format!("/report/comment/{comment}/hide"), &[("reason", "Off-topic")]).await;
        let after = visitor.get("/c/lorenza/search?q=lago").await;
        after.assert_contains("No results");
        let id = proposal.rsplit('/').next().unwrap();
        moderator.post(&format!("/report/proposal/{id}/hide"), &[("reason", "Duplicate")]).await;
        let gone = visitor.get("/c/lorenza/search?q=zampilli").await;
        gone.assert_contains("No results");
        // Comments on a hidden proposal go with it.
        visitor.get("/c/lorenza/search?q=نافورة").await.assert_contains("No results");
    })
    .await;
}

#[tokio::test]
async fn edited_text_is_found_by_its_new_words_only() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let lorenza = app.db.community_by_slug("lorenza").await.unwrap().unwrap();
        let process = app.db.processes_in(lorenza.id).await.unwrap().pop().unwrap();
        let tom = app.signed_in("tom", DEMO_PASSWORD).await;
        let created = tom
            .post(
                &format!("/processes/{}/proposals/new", process.id),
                &[("title", "Skatepark"), ("body", "Ramps of concrete.")],
            )
            .await;
        let proposal = created.location().to_owned();
        let edit = tom.get(&format!("{proposal}/edit")).await;
        let version = crate::input_value(&edit.body, "seen_version").unwrap();
        let edited = tom
            .post(
                &format!("{proposal}/edit"),
                &[("seen_version", &version), ("title", "Skatepark"), ("body", "Ramps of wood.")],
            )
            .await;
        assert_eq!(edited.status, StatusCode::SEE_OTHER, "{}", edited.body);
        app.client().get("/c/lorenza/search?q=concrete").await.assert_contains("No results");
        app.client().get("/c/lorenza/search?q=wood").await.assert_contains("\u{2068}1\u{2069} result");
        app.client().get("/c/lorenza/search").await.assert_lacks("results");
    })
    .await;
}

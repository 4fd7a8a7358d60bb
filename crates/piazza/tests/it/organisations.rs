use axum::http::StatusCode;
use piazza_app::demo::DEMO_PASSWORD;
use piazza_testkit::on_each_backend;

#[tokio::test]
async fn a_resident_registers_an_organisation_and_manages_its_members() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let founder = app.signed_in("elena", DEMO_PASSWORD).await;
        let created = founder
            .post(
                "/organisations/new",
                &[
                    ("name", "Amici del Castagno"),
                    ("slug", "amici-del-castagno"),
                    ("helix_role", "civil-society"),
                    ("community", "pietrabuona"),
                    ("description", "Curiamo il bosco."),
                    ("website", ""),
                ],
            )
            .await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        let page = founder.follow(&created).await;
        page.assert_contains("Amici del Castagno");
        page.assert_contains("Civil society");
        page.assert_contains("(manager)");
        page.assert_contains("\u{2068}1\u{2069} member");
        app.client().get("/organisations").await.assert_contains("href=\"/o/amici-del-castagno\"");
        app.client().get("/c/pietrabuona").await.assert_contains("Amici del Castagno");

        let added = founder.post("/o/amici-del-castagno/members", &[("username", "karim")]).await;
        assert_eq!(added.status, StatusCode::SEE_OTHER);
        founder.follow(&added).await.assert_contains("\u{2068}2\u{2069} members");
        let twice = founder.post("/o/amici-del-castagno/members", &[("username", "karim")]).await;
        twice.assert_contains("This person is already a member.");

        let outsider = app.signed_in("tom", DEMO_PASSWORD).await;
        let refused = outsider.post("/o/amici-del-castagno/members", &[("username", "tom")]).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);

        let elena = app.db.account_by_username("elena").await.unwrap().unwrap();
        let last = founder.post(&format!("/o/amici-del-castagno/members/{}/remove", elena.id), &[]).await;
        assert_eq!(last.status, StatusCode::UNPROCESSABLE_ENTITY);
        last.assert_contains("An organisation needs at least one manager.");
        let karim = app.db.account_by_username("karim").await.unwrap().unwrap();
        let removed = founder.post(&format!("/o/amici-del-castagno/members/{}/remove", karim.id), &[]).await;
        assert_eq!(removed.status, StatusCode::SEE_OTHER);
        founder.follow(&removed).await.assert_contains("\u{2068}1\u{2069} member");
    })
    .await;
}

#[tokio::test]
async fn a_refused_organisation_form_keeps_the_input() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let client = app.signed_in("tom", DEMO_PASSWORD).await;
        let refused = client
            .post(
                "/organisations/new",
                &[
                    ("name", "Lab"),
                    ("slug", "jusur"),
                    ("helix_role", "guild"),
                    ("community", ""),
                    ("website", "ftp://x"),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("This short name is taken.");
        refused.assert_contains("Choose one of the options.");
        refused.assert_contains("Enter an address starting with https://");
        refused.assert_contains("value=\"Lab\"");
        assert_eq!(
            app.client().get("/organisations/new").await.status,
            StatusCode::SEE_OTHER,
            "signing in comes first"
        );
    })
    .await;
}

use axum::http::StatusCode;
use piazza_app::demo::DEMO_PASSWORD;
use piazza_testkit::on_each_backend;

use crate::input_value;

fn community_form<'a>(name: &'a str, slug: &'a str, population: &'a str, parent: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("slug", slug),
        ("kind", "rural-community"),
        ("settlement_type", "rural"),
        ("population", population),
        ("parent", parent),
        ("default_locale", "it"),
        ("offered_locales", "it"),
        ("offered_locales", "ar"),
        ("tagline", "A village above the clouds."),
        ("description", "Three hamlets and a chestnut forest."),
    ]
}

#[tokio::test]
async fn the_instance_administrator_creates_a_community_in_a_region() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let admin = app.signed_in("admin", DEMO_PASSWORD).await;
        assert_eq!(admin.get("/admin/communities/new").await.status, StatusCode::OK);

        let created = admin
            .post("/admin/communities/new", &community_form("Castagneto", "castagneto", "1.204", "valle-del-lora"))
            .await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        assert_eq!(created.location(), "/c/castagneto");
        let page = admin.follow(&created).await;
        page.assert_contains("<h1>Castagneto</h1>");
        page.assert_contains("1,204");
        page.assert_contains("A village above the clouds.");
        page.assert_contains("href=\"/c/valle-del-lora\"");
        let region = admin.get("/c/valle-del-lora").await;
        region.assert_contains("href=\"/c/castagneto\"");
        let community = app.db.community_by_slug("castagneto").await.unwrap().unwrap();
        assert_eq!(community.offered_locales, "it,ar");
    })
    .await;
}

#[tokio::test]
async fn a_refused_community_form_explains_each_problem_and_keeps_the_input() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let admin = app.signed_in("admin", DEMO_PASSWORD).await;
        let before = app.db.communities().await.unwrap().len();
        let refused = admin.post("/admin/communities/new", &community_form("", "lorenza", "many", "lorenza")).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains("Enter a name.");
        refused.assert_contains("This short name is taken.");
        refused.assert_contains("Enter the population as a whole number");
        refused.assert_contains("Choose a region.");
        assert_eq!(input_value(&refused.body, "population").as_deref(), Some("many"));
        assert_eq!(input_value(&refused.body, "tagline").as_deref(), Some("A village above the clouds."));
        refused.assert_contains("value=\"ar\" checked");
        assert_eq!(app.db.communities().await.unwrap().len(), before);
    })
    .await;
}

#[tokio::test]
async fn only_administrators_reach_the_administration_pages() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let visitor = app.client();
        let redirected = visitor.get("/admin").await;
        assert_eq!(redirected.status, StatusCode::SEE_OTHER);
        assert_eq!(redirected.location(), "/signin?next=/admin");
        let resident = app.signed_in("giulia", DEMO_PASSWORD).await;
        for path in ["/admin", "/admin/communities/new", "/c/lorenza/settings", "/c/lorenza/roles"] {
            assert_eq!(resident.get(path).await.status, StatusCode::FORBIDDEN, "{path}");
        }
        let forbidden = resident.post("/admin/communities/new", &community_form("X", "xx", "", "")).await;
        assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
        // A community administrator manages their own community, not another.
        let town_admin = app.signed_in("sanvito-admin", DEMO_PASSWORD).await;
        assert_eq!(town_admin.get("/c/san-vito-al-lora/settings").await.status, StatusCode::OK);
        assert_eq!(town_admin.get("/c/lorenza/settings").await.status, StatusCode::FORBIDDEN);
        assert_eq!(town_admin.get("/admin").await.status, StatusCode::FORBIDDEN);
    })
    .await;
}

#[tokio::test]
async fn a_community_administrator_edits_the_community_in_their_language() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let admin = app.signed_in("pietrabuona-admin", DEMO_PASSWORD).await;
        // The administrator writes the Italian presentation while reading in Italian.
        admin.post("/language", &[("lang", "it"), ("return_to", "/")]).await;
        let form = admin.get("/c/pietrabuona/settings").await;
        assert_eq!(input_value(&form.body, "tagline").as_deref(), Some("Un borgo di montagna dove ogni voce conta."));
        assert_eq!(input_value(&form.body, "population").as_deref(), Some("612"));
        let mut fields = community_form("Pietrabuona", "pietrabuona", "640", "valle-del-lora");
        fields.retain(|(name, _)| *name != "tagline");
        fields.push(("tagline", "Un borgo che cresce."));
        let saved = admin.post("/c/pietrabuona/settings", &fields).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        let page = app.client().with_header("accept-language", "it").get("/c/pietrabuona").await;
        page.assert_contains("Un borgo che cresce.");
        page.assert_contains("640");
        // The English text is untouched.
        app.client().get("/c/pietrabuona").await.assert_contains("A mountain village where every voice counts.");
    })
    .await;
}

#[tokio::test]
async fn roles_are_granted_and_revoked_with_a_record_of_who_and_when() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let admin = app.signed_in("lorenza-admin", DEMO_PASSWORD).await;
        let granted = admin.post("/c/lorenza/roles", &[("username", "Amina"), ("role", "facilitator")]).await;
        assert_eq!(granted.status, StatusCode::SEE_OTHER, "{}", granted.body);
        let page = admin.follow(&granted).await;
        page.assert_contains("Your changes have been saved.");
        page.assert_contains("by \u{2068}Ufficio Partecipazione Lorenza\u{2069}");
        app.client().get("/c/lorenza").await.assert_contains("أمينة");

        let again = admin.post("/c/lorenza/roles", &[("username", "amina"), ("role", "facilitator")]).await;
        assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
        again.assert_contains("This person already holds this role here.");
        let unknown = admin.post("/c/lorenza/roles", &[("username", "ghost"), ("role", "official")]).await;
        unknown.assert_contains("Nobody has this username.");
        assert_eq!(input_value(&unknown.body, "username").as_deref(), Some("ghost"));

        let amina = app.db.account_by_username("amina").await.unwrap().unwrap();
        let grant = app.db.active_roles_of(amina.id).await.unwrap().into_iter().next().unwrap();
        // The resident herself may not touch roles.
        let resident = app.signed_in("amina", DEMO_PASSWORD).await;
        let path = format!("/c/lorenza/roles/{}/revoke", grant.id);
        assert_eq!(resident.post(&path, &[]).await.status, StatusCode::FORBIDDEN);
        assert_eq!(admin.post(&path, &[]).await.status, StatusCode::SEE_OTHER);
        assert!(app.db.active_roles_of(amina.id).await.unwrap().is_empty());
        let history = app.db.role_history(grant.community_id.into()).await.unwrap();
        let record = history.iter().find(|g| g.id == grant.id).unwrap();
        assert_eq!(record.revoked_by_name.as_deref(), Some("Ufficio Partecipazione Lorenza"));
        assert!(record.revoked_at.is_some());
        // The instance administrator may grant roles in any community.
        let root = app.signed_in("admin", DEMO_PASSWORD).await;
        let by_root = root.post("/c/pietrabuona/roles", &[("username", "karim"), ("role", "moderator")]).await;
        assert_eq!(by_root.status, StatusCode::SEE_OTHER);
    })
    .await;
}

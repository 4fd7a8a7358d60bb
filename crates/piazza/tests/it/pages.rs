use std::collections::{BTreeSet, VecDeque};

use axum::http::StatusCode;
use piazza_testkit::{TestApp, TestClient, on_each_backend};

use crate::{count, links};

async fn seeded(app: &TestApp) {
    assert!(piazza_app::demo::seed(&app.db).await.unwrap(), "the first seeding seeds");
}

#[tokio::test]
async fn the_front_page_lists_the_demo_communities_under_their_region() {
    on_each_backend(|app| async move {
        seeded(&app).await;
        let page = app.client().get("/").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.set_cookies().is_empty(), "a plain visit sets no cookie");
        page.assert_contains("<html lang=\"en\" dir=\"ltr\">");
        let region = page.body.find("Valle del Lora").unwrap();
        for town in ["Lorenza", "San Vito al Lora", "Pietrabuona"] {
            assert!(page.body.find(&format!(">{town}</a>")).unwrap() > region, "{town} is listed under its region");
        }
        page.assert_contains("412,300");
        assert_eq!(count(&page.body, "<h1"), 1);
    })
    .await;
}

#[tokio::test]
async fn seeding_the_demo_twice_changes_nothing() {
    on_each_backend(|app| async move {
        seeded(&app).await;
        let accounts = app.db.count_accounts().await.unwrap();
        assert!(!piazza_app::demo::seed(&app.db).await.unwrap());
        assert_eq!(app.db.count_accounts().await.unwrap(), accounts);
        assert_eq!(accounts as usize, piazza_app::demo::demo_accounts().len());
    })
    .await;
}

#[tokio::test]
async fn pages_speak_the_language_the_browser_asks_for() {
    on_each_backend(|app| async move {
        seeded(&app).await;
        let arabic = app.client().with_header("accept-language", "ar-MA,ar;q=0.9,en;q=0.5");
        let page = arabic.get("/c/lorenza").await;
        page.assert_contains("<html lang=\"ar\" dir=\"rtl\">");
        page.assert_contains("مدينة تصمّم خدماتها مع سكانها.");
        page.assert_contains("٤١٢٬٣٠٠");
        let missing = arabic.get("/no/such/page").await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        missing.assert_contains("<html lang=\"ar\" dir=\"rtl\">");
        assert!(!missing.body.contains("Page not found"), "the 404 page is translated");

        let italian = app.client().with_header("accept-language", "it-IT");
        let page = italian.get("/c/san-vito-al-lora").await;
        page.assert_contains("<html lang=\"it\" dir=\"ltr\">");
        page.assert_contains("Una cittadina che sceglie insieme come usare la sua energia.");
        page.assert_contains("8940");

        // San Vito has no Arabic text: the Italian one is shown, marked as Italian.
        let page = arabic.get("/c/san-vito-al-lora").await;
        page.assert_contains("lang=\"it\" dir=\"ltr\"");
    })
    .await;
}

#[tokio::test]
async fn the_language_switcher_works_without_script_and_remembers_the_choice() {
    on_each_backend(|app| async move {
        seeded(&app).await;
        let visitor = app.client();
        let switched = visitor.post("/language", &[("lang", "ar"), ("return_to", "/organisations")]).await;
        assert_eq!(switched.status, StatusCode::SEE_OTHER);
        assert_eq!(switched.location(), "/organisations");
        assert!(switched.set_cookies().iter().any(|c| c.starts_with("piazza_lang=ar")));
        visitor.get("/organisations").await.assert_contains("dir=\"rtl\"");
        let offsite = visitor.post("/language", &[("lang", "it"), ("return_to", "//evil.example/")]).await;
        assert_eq!(offsite.location(), "/", "the switcher only returns to this site");

        let resident = app.client();
        resident.post("/signin", &[("username", "giulia"), ("password", piazza_app::demo::DEMO_PASSWORD)]).await;
        resident.get("/").await.assert_contains("<html lang=\"it\"");
        let switched = resident.post("/language", &[("lang", "en"), ("return_to", "/")]).await;
        assert!(switched.set_cookies().is_empty(), "signed in, the choice goes to the account");
        let again = app.client();
        again.post("/signin", &[("username", "giulia"), ("password", piazza_app::demo::DEMO_PASSWORD)]).await;
        again.get("/").await.assert_contains("<html lang=\"en\"");
    })
    .await;
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    on_each_backend(|app| async move {
        let client = app.client();
        for path in ["/", "/signin", "/nowhere", "/static/piazza.css", "/healthz"] {
            let response = client.get(path).await;
            let policy = response.header("content-security-policy");
            assert!(policy.contains("default-src 'self'") && policy.contains("frame-ancestors 'none'"), "{path}");
            assert!(!policy.contains("unsafe-inline"), "{path}: no inline script or style");
            assert_eq!(response.header("x-content-type-options"), "nosniff", "{path}");
            assert_eq!(response.header("x-frame-options"), "DENY", "{path}");
            assert_eq!(response.header("referrer-policy"), "strict-origin-when-cross-origin", "{path}");
            assert_eq!(response.header("x-request-id").len(), 16, "{path}");
        }
    })
    .await;
}

#[tokio::test]
async fn health_and_readiness_answer() {
    on_each_backend(|app| async move {
        let client = app.client();
        assert_eq!(client.get("/healthz").await.body, "ok");
        let ready = client.get("/readyz").await;
        assert_eq!(ready.status, StatusCode::OK);
        ready.assert_contains(&format!("\"database\":\"{}\"", app.backend));
    })
    .await;
}

#[tokio::test]
async fn the_front_page_and_its_stylesheet_weigh_under_30_kilobytes() {
    on_each_backend(|app| async move {
        seeded(&app).await;
        let client = app.client();
        let page = client.get("/").await.body.len();
        let css = client.get("/static/piazza.css").await.body.len();
        assert!(page + css < 30 * 1024, "front page {page} bytes + stylesheet {css} bytes");
    })
    .await;
}

/// Visits every page reachable by links from the front page and checks what a person would
/// notice first: it answers, it has one heading, it has a main region, nothing is broken.
async fn crawl(client: &TestClient) -> BTreeSet<String> {
    let mut queue: VecDeque<String> = VecDeque::from(["/".to_owned()]);
    let mut seen: BTreeSet<String> = queue.iter().cloned().collect();
    while let Some(path) = queue.pop_front() {
        let page = client.get(&path).await;
        assert!(page.status == StatusCode::OK, "{path} answered {}", page.status);
        if !page.header("content-type").starts_with("text/html") {
            // A download, such as a budget's published ballots.
            continue;
        }
        assert_eq!(count(&page.body, "<h1"), 1, "{path} has one h1");
        assert_eq!(count(&page.body, "<main id=\"main\""), 1, "{path} has a main landmark");
        assert!(page.body.contains("class=\"skip-link\" href=\"#main\""), "{path} has a skip link");
        for link in links(&page.body) {
            let link = link.split('#').next().unwrap_or("").to_owned();
            let followable = link.starts_with('/') && !link.starts_with("/static/") && !link.starts_with("/favicon");
            if followable && seen.insert(link.clone()) {
                queue.push_back(link);
            }
        }
    }
    seen
}

#[tokio::test]
async fn every_demo_page_opens_for_every_role() {
    on_each_backend(|app| async move {
        seeded(&app).await;
        let visitor = crawl(&app.client()).await;
        for expected in ["/c/lorenza", "/organisations", "/o/jusur", "/c/lorenza/processes", "/register"] {
            assert!(visitor.contains(expected), "a visitor reaches {expected}");
        }
        assert!(visitor.iter().any(|p| p.starts_with("/proposals/")), "a visitor reaches the proposals");
        let password = piazza_app::demo::DEMO_PASSWORD;
        for (username, expected) in [
            ("admin", "/admin/communities/new"),
            ("lorenza-admin", "/c/lorenza/roles"),
            ("lorenza-official", "/c/lorenza/processes/new"),
            ("lorenza-facilitator", "/account/password"),
            ("lorenza-moderator", "/organisations/new"),
            ("amina", "/account"),
        ] {
            let client = app.signed_in(username, password).await;
            let reached = crawl(&client).await;
            assert!(reached.contains(expected), "{username} reaches {expected}");
        }
    })
    .await;
}

#[tokio::test]
async fn oversized_or_garbled_forms_get_a_translated_page_not_a_crash() {
    on_each_backend(|app| async move {
        let client = app.client().with_header("accept-language", "it");
        let huge = "x".repeat(300 * 1024);
        let refused = client.post("/register", &[("username", "someone"), ("display_name", &huge)]).await;
        assert_eq!(refused.status, StatusCode::PAYLOAD_TOO_LARGE);
        refused.assert_contains("<html lang=\"it\"");
        refused.assert_contains("Troppo testo");
        assert_eq!(app.db.count_accounts().await.unwrap(), 0);

        let garbled = client.post_raw("/signin", "application/json", "{\"username\": \"x\"}").await;
        assert_eq!(garbled.status, StatusCode::BAD_REQUEST);
        garbled.assert_contains("Non è stato possibile leggere il modulo");
    })
    .await;
}

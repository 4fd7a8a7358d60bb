use axum::http::StatusCode;
use piazza_app::demo::DEMO_PASSWORD;
use piazza_testkit::on_each_backend;

use crate::input_value;

fn date(offset_days: i64) -> String {
    let day = piazza_domain::now().date();
    let shifted = if offset_days >= 0 {
        day + time::Duration::days(offset_days)
    } else {
        day - time::Duration::days(-offset_days)
    };
    shifted.to_string()
}

#[tokio::test]
async fn proposals_carry_a_category_a_neighbourhood_and_an_optional_map_point_and_lists_filter_by_them() {
    on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let admin = app.signed_in("lorenza-admin", DEMO_PASSWORD).await;
        assert_eq!(
            app.signed_in("tom", DEMO_PASSWORD).await.get("/c/lorenza/neighbourhoods").await.status,
            StatusCode::FORBIDDEN
        );
        for name in ["Piano Alto", "Le Fornaci"] {
            let added = admin.post("/c/lorenza/neighbourhoods", &[("name", name)]).await;
            assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
        }
        let twice = admin.post("/c/lorenza/neighbourhoods", &[("name", "Le Fornaci")]).await;
        assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
        twice.assert_contains("already has a neighbourhood by that name");
        let lorenza = app.db.community_by_slug("lorenza").await.unwrap().unwrap();
        let places = app.db.neighbourhoods_of(lorenza.id).await.unwrap();
        let id_of = |name: &str| places.iter().find(|n| n.name == name).unwrap().id.to_string();
        let (centro, borgo) = (id_of("Piano Alto"), id_of("Le Fornaci"));

        // The official opens a process about the old town only.
        let official = app.signed_in("lorenza-official", DEMO_PASSWORD).await;
        let (starts, ends) = (date(-1), date(30));
        let created = official
            .post(
                "/c/lorenza/processes/new",
                &[
                    ("title", "Piazze del centro"),
                    ("summary", "Cosa cambiare nelle piazze del centro storico."),
                    ("description", "Le piazze del centro."),
                    ("support_threshold", "10"),
                    ("neighbourhoods", &centro),
                    ("phase1_kind", "ideate"),
                    ("phase1_starts", &starts),
                    ("phase1_ends", &ends),
                    ("phase1_allows", "proposals"),
                    ("phase1_allows", "comments"),
                ],
            )
            .await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        let process = created.location().to_owned();
        official.get(&process).await.assert_contains("About: <bdi>Piano Alto</bdi>");

        let giulia = app.signed_in("giulia", DEMO_PASSWORD).await;
        let form = giulia.get(&format!("{process}/proposals/new")).await;
        form.assert_contains("Parks and green spaces");
        form.assert_contains("Piano Alto");
        form.assert_lacks("Le Fornaci");
        form.assert_contains("Point on a map");

        let wrong = giulia
            .post(
                &format!("{process}/proposals/new"),
                &[
                    ("title", "Alberi in piazza"),
                    ("body", "Quattro tigli."),
                    ("category", "gardening"),
                    ("neighbourhood", &borgo),
                    ("latitude", "100"),
                    ("longitude", "10.5"),
                ],
            )
            .await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        wrong.assert_contains("Enter a latitude between -90 and 90");
        assert_eq!(input_value(&wrong.body, "latitude").as_deref(), Some("100"));
        assert_eq!(input_value(&wrong.body, "title").as_deref(), Some("Alberi in piazza"));

        let made = giulia
            .post(
                &format!("{process}/proposals/new"),
                &[
                    ("title", "Alberi in piazza"),
                    ("body", "Quattro tigli."),
                    ("category", "green-spaces"),
                    ("neighbourhood", &centro),
                    ("latitude", "43,8431"),
                    ("longitude", "10.5061"),
                ],
            )
            .await;
        assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
        let trees = made.location().to_owned();
        let page = giulia.get(&trees).await;
        page.assert_contains("Parks and green spaces");
        page.assert_contains("<bdi>Piano Alto</bdi>");
        page.assert_contains("43.84310, 10.50610");
        page.assert_contains("https://www.openstreetmap.org/?mlat=43.84310&#38;mlon=10.50610");

        let other = giulia
            .post(
                &format!("{process}/proposals/new"),
                &[("title", "Una fontana"), ("body", "In piazza grande."), ("category", "public-space")],
            )
            .await;
        let fountain = other.location().to_owned();
        let tom = app.signed_in("tom", DEMO_PASSWORD).await;
        for body in ["Sì", "Anche una panchina"] {
            tom.post(&format!("{fountain}/comments"), &[("stance", "in-favour"), ("body", body)]).await;
        }

        let list = format!("/processes/{}/proposals", process.rsplit('/').next().unwrap());
        let green = app.client().get(&format!("{list}?category=green-spaces")).await;
        green.assert_contains("Alberi in piazza");
        green.assert_lacks("Una fontana");
        let here = app.client().get(&format!("{list}?neighbourhood={centro}")).await;
        here.assert_contains("Alberi in piazza");
        here.assert_lacks("Una fontana");
        let discussed = app.client().get(&format!("{list}?sort=commented")).await;
        let first = discussed.body.find("Una fontana").unwrap();
        assert!(first < discussed.body.find("Alberi in piazza").unwrap(), "the most commented comes first");
        discussed.assert_contains("\u{2068}2\u{2069} comments");
    })
    .await;
}

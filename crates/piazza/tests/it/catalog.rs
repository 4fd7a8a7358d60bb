//! The DCAT-AP catalogue: every dataset of the instance and of each community, in Turtle and in
//! JSON-LD, each pointing at downloads that exist. (Conformance to the official DCAT-AP shapes is
//! checked by pySHACL in CI, against a running demo.)

use std::collections::BTreeSet;

use axum::http::StatusCode;
use piazza_app::open_data::RESOURCES;
use piazza_testkit::TEST_HOST;
use serde_json::Value;

fn of_type<'a>(graph: &'a [Value], kind: &str) -> Vec<&'a Value> {
    graph.iter().filter(|node| node["@type"].as_array().is_some_and(|types| types.iter().any(|t| t == kind))).collect()
}

fn ids(values: &Value) -> Vec<String> {
    values.as_array().map_or_else(Vec::new, |values| {
        values.iter().filter_map(|value| value["@id"].as_str().map(str::to_owned)).collect()
    })
}

fn text_in(values: &Value, language: &str) -> Option<String> {
    values.as_array()?.iter().find(|value| value["@language"] == language)?["@value"].as_str().map(str::to_owned)
}

#[tokio::test]
async fn the_catalogue_describes_every_download_in_turtle_and_json_ld() {
    piazza_testkit::on_each_backend(|app| async move {
        piazza_app::demo::seed(&app.db).await.unwrap();
        let client = app.client();
        let communities = app.db.communities().await.unwrap();

        let answer = client.get("/catalog.jsonld").await;
        assert_eq!(answer.status, StatusCode::OK);
        assert_eq!(answer.header("content-type"), "application/ld+json");
        let document: Value = serde_json::from_str(&answer.body).unwrap();
        assert!(document["@context"]["dcat"].is_string(), "the context is inline: nothing to fetch");
        let graph = document["@graph"].as_array().unwrap();

        let catalogue = of_type(graph, "dcat:Catalog");
        assert_eq!(catalogue.len(), 1);
        let listed = ids(&catalogue[0]["dcat:dataset"]);
        let datasets = of_type(graph, "dcat:Dataset");
        assert_eq!(
            datasets.len(),
            RESOURCES.len() * (communities.len() + 1),
            "each kind, instance-wide and per community"
        );
        assert_eq!(listed.len(), datasets.len(), "the catalogue lists every dataset");

        // Titles come in every language Piazza speaks, naming the place.
        let proposals = datasets
            .iter()
            .find(|dataset| dataset["@id"] == format!("http://{TEST_HOST}/c/lorenza/data#proposals"))
            .expect("Lorenza's proposals are a dataset");
        for language in ["en", "it", "ar", "es", "fr", "de", "uk", "ro", "fa"] {
            let title = text_in(&proposals["dct:title"], language).unwrap_or_else(|| panic!("a title in {language}"));
            assert!(title.contains("Lorenza"), "{language}: {title}");
            assert!(!title.contains('\u{2068}'), "no isolation marks in data: {title}");
        }
        assert_eq!(text_in(&proposals["dct:title"], "en").unwrap(), "Proposals: Lorenza");
        assert_eq!(text_in(&proposals["dct:title"], "it").unwrap(), "Proposte: Lorenza");

        // The period runs from the first public proposal to the latest.
        let period_id = ids(&proposals["dct:temporal"]).pop().unwrap();
        let period = graph.iter().find(|node| node["@id"] == period_id).unwrap();
        let start = period["dcat:startDate"][0]["@value"].as_str().unwrap();
        let end = period["dcat:endDate"][0]["@value"].as_str().unwrap();
        assert!(start <= end, "{start} .. {end}");

        // Lorenza placed proposals on the map, so its place has a box around them.
        let place = graph.iter().find(|node| node["@id"] == format!("http://{TEST_HOST}/c/lorenza#place")).unwrap();
        let bbox = place["dcat:bbox"][0]["@value"].as_str().expect("a bounding box");
        assert!(bbox.starts_with("POLYGON(("), "{bbox}");

        // Every distribution downloads, as the type it declares.
        let distributions = of_type(graph, "dcat:Distribution");
        let mut downloads = BTreeSet::new();
        for distribution in &distributions {
            let url = ids(&distribution["dcat:downloadURL"]).pop().expect("a download address");
            let path = url.strip_prefix(&format!("http://{TEST_HOST}")).expect("on this instance");
            let file = client.get(path).await;
            assert_eq!(file.status, StatusCode::OK, "{path}");
            let media_type = ids(&distribution["dcat:mediaType"]).pop().unwrap();
            let declared = media_type.rsplit("media-types/").next().unwrap();
            assert!(file.header("content-type").starts_with(declared), "{path}: {declared}");
            downloads.insert(url);
        }
        assert!(downloads.iter().any(|url| url.ends_with("/c/lorenza/data/proposals.geojson")));
        assert!(!downloads.iter().any(|url| url.ends_with("comments.geojson")), "only located things have GeoJSON");

        // The Turtle says the same: the same datasets and the same downloads.
        let turtle = client.get("/catalog.ttl").await;
        assert_eq!(turtle.status, StatusCode::OK);
        assert!(turtle.header("content-type").starts_with("text/turtle"));
        assert_eq!(turtle.body.matches("a dcat:Dataset").count(), datasets.len());
        for url in &downloads {
            assert!(turtle.body.contains(&format!("<{url}>")), "{url} in the Turtle");
        }
        assert!(turtle.body.contains("dct:title \"Proposals: Lorenza\"@en,\n        \"Proposte: Lorenza\"@it"));

        // The open data page points at both.
        let page = client.get("/data").await;
        page.assert_contains("href=\"/catalog.ttl\"");
        page.assert_contains("href=\"/catalog.jsonld\"");
    })
    .await;
}

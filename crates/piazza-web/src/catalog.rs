//! The DCAT-AP 3 catalogue of the open data, as Turtle (`/catalog.ttl`) and JSON-LD
//! (`/catalog.jsonld`): one dataset per kind of public thing for the whole instance and for each
//! community, each with its CSV, JSON and GeoJSON downloads, and the read API as a data service.
//!
//! The graph is built once as plain triples and written in either syntax, so the two can never
//! describe different things. Controlled values come from the EU vocabularies DCAT-AP names (file
//! types, data themes, languages, frequencies, access rights), and each is described in the graph
//! itself, so that a validator working offline can check the classes and schemes they belong to.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use piazza_app::open_data::{Bounds, Extent, RESOURCES, Resource};
use piazza_app::records::Community;
use piazza_domain::Locale;
use serde_json::{Map, Value as Json, json};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::AppState;
use crate::i18n::Tr;

const PREFIXES: &[(&str, &str)] = &[
    ("dcat", "http://www.w3.org/ns/dcat#"),
    ("dcatap", "http://data.europa.eu/r5r/"),
    ("dct", "http://purl.org/dc/terms/"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("gsp", "http://www.opengis.net/ont/geosparql#"),
    ("locn", "http://www.w3.org/ns/locn#"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("vcard", "http://www.w3.org/2006/vcard/ns#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
];

const AUTHORITY: &str = "http://publications.europa.eu/resource/authority";

/// A subject or an object of a statement.
#[derive(Debug, Clone, PartialEq)]
enum Term {
    Iri(String),
    Blank(String),
    /// A literal in a language, tagged with its BCP 47 code.
    Text(String, &'static str),
    /// A literal of a datatype, named with its prefix (`xsd:dateTime`).
    Typed(String, &'static str),
}

/// A described thing: its types (prefixed names) and its properties in order.
#[derive(Debug)]
struct Node {
    subject: Term,
    types: Vec<&'static str>,
    properties: Vec<(&'static str, Term)>,
}

/// The statements of the catalogue, grouped by subject. Describing the same subject twice (a
/// vocabulary term used by many datasets, say) keeps the first description only.
#[derive(Debug, Default)]
struct Graph {
    nodes: Vec<Node>,
    blanks: usize,
}

impl Graph {
    fn has(&self, subject: &Term) -> bool {
        self.nodes.iter().any(|node| &node.subject == subject)
    }

    /// Adds a node unless its subject is already described.
    fn add(&mut self, subject: Term, types: &[&'static str], properties: Vec<(&'static str, Term)>) -> Term {
        if !self.has(&subject) {
            self.nodes.push(Node { subject: subject.clone(), types: types.to_vec(), properties });
        }
        subject
    }

    fn blank(&mut self, types: &[&'static str], properties: Vec<(&'static str, Term)>) -> Term {
        self.blanks += 1;
        let subject = Term::Blank(format!("b{}", self.blanks));
        self.add(subject, types, properties)
    }

    /// A term of one of the EU's controlled vocabularies, described as a concept of its scheme.
    /// The scheme's title is its name in the authority tables, such as "Data theme".
    fn authority(&mut self, scheme: &str, code: &str, label: &str, types: &[&'static str]) -> Term {
        let mut title = scheme.replace('-', " ");
        title[..1].make_ascii_uppercase();
        self.concept(&format!("{AUTHORITY}/{scheme}/{code}"), &format!("{AUTHORITY}/{scheme}"), &title, label, types)
    }

    /// A concept of a published scheme, with the scheme described too.
    fn concept(&mut self, iri: &str, scheme: &str, scheme_title: &str, label: &str, types: &[&'static str]) -> Term {
        self.add(
            Term::Iri(scheme.to_owned()),
            &["skos:ConceptScheme"],
            vec![("dct:title", Term::Text(scheme_title.to_owned(), "en"))],
        );
        let mut all_types = types.to_vec();
        all_types.push("skos:Concept");
        self.add(
            Term::Iri(iri.to_owned()),
            &all_types,
            vec![
                ("skos:prefLabel", Term::Text(label.to_owned(), "en")),
                ("skos:inScheme", Term::Iri(scheme.to_owned())),
            ],
        )
    }
}

/// A message in every language, as language-tagged literals, without the isolation marks Fluent
/// puts around arguments for display.
fn in_every_language(property: &'static str, message: impl Fn(Tr) -> String) -> Vec<(&'static str, Term)> {
    Locale::ALL
        .iter()
        .map(|locale| {
            let text: String =
                message(Tr { locale: *locale }).chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).collect();
            (property, Term::Text(text, locale.code()))
        })
        .collect()
}

/// The words every dataset and the API are found by, in every language.
fn keywords() -> Vec<(&'static str, Term)> {
    [
        in_every_language("dcat:keyword", |tr| tr.t("catalog-keyword-participation")),
        in_every_language("dcat:keyword", |tr| tr.t("catalog-keyword-open-government")),
    ]
    .concat()
}

fn date_time(at: OffsetDateTime) -> Term {
    Term::Typed(at.format(&Rfc3339).unwrap_or_default(), "xsd:dateTime")
}

/// The EU authority code of a language Piazza speaks.
fn language_code(locale: Locale) -> (&'static str, &'static str) {
    match locale {
        Locale::En => ("ENG", "English"),
        Locale::It => ("ITA", "Italian"),
        Locale::Ar => ("ARA", "Arabic"),
        Locale::Es => ("SPA", "Spanish"),
        Locale::Fr => ("FRA", "French"),
        Locale::De => ("DEU", "German"),
        Locale::Uk => ("UKR", "Ukrainian"),
        Locale::Ro => ("RON", "Romanian"),
        Locale::Fa => ("FAS", "Persian"),
    }
}

/// The licence's document, by its SPDX id, with its ADMS licence type when it is a known one.
fn licence(graph: &mut Graph, spdx: &str) -> Term {
    let (iri, kind) = match spdx {
        "CC-BY-4.0" => ("https://creativecommons.org/licenses/by/4.0/", Some("Attribution")),
        "CC-BY-SA-4.0" => ("https://creativecommons.org/licenses/by-sa/4.0/", Some("Attribution")),
        "CC0-1.0" => ("https://creativecommons.org/publicdomain/zero/1.0/", Some("PublicDomain")),
        "ODbL-1.0" => ("https://opendatacommons.org/licenses/odbl/1-0/", Some("Attribution")),
        _ => ("", None),
    };
    let mut properties = vec![("dct:identifier", Term::Typed(spdx.to_owned(), "xsd:string"))];
    if let Some(kind) = kind {
        let kind = graph.concept(
            &format!("http://purl.org/adms/licencetype/{kind}"),
            "http://purl.org/adms/licencetype/1.0",
            "Licence type",
            if kind == "PublicDomain" { "Public domain" } else { "Attribution" },
            &[],
        );
        properties.push(("dct:type", kind));
    }
    // A licence outside the known ones is still named, as a document of this instance.
    let subject =
        if iri.is_empty() { Term::Blank(format!("licence-{}", iri_safe(spdx))) } else { Term::Iri(iri.to_owned()) };
    graph.add(subject, &["dct:LicenseDocument"], properties)
}

/// Keeps only the characters a blank node label or an IRI path segment may hold.
fn iri_safe(text: &str) -> String {
    text.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '.' { c } else { '-' }).collect()
}

/// Whom a scope's datasets come from: a community, or the instance as a whole.
struct Scope<'a> {
    community: Option<&'a Community>,
    /// Where the scope's downloads live, such as `https://piazza.example.org/c/lorenza/data`.
    data_url: String,
    publisher: Term,
    contact: Term,
    spatial: Vec<Term>,
    since: OffsetDateTime,
}

/// Everything the catalogue needs read from the store first.
struct Facts {
    communities: Vec<Community>,
    /// The extent of each resource, for the instance (`None`) and each community.
    extents: Vec<(Option<String>, &'static str, Extent)>,
}

async fn facts(state: &AppState) -> Result<Facts, piazza_app::StoreError> {
    let communities = state.db.communities().await?;
    let mut extents = Vec::new();
    for resource in RESOURCES {
        extents.push((None, resource.name, state.db.open_extent(resource, None).await?));
        for community in &communities {
            let extent = state.db.open_extent(resource, Some(&community.slug)).await?;
            extents.push((Some(community.slug.clone()), resource.name, extent));
        }
    }
    Ok(Facts { communities, extents })
}

/// The box around everything located that a community and the communities within it published.
fn bounds_of(facts: &Facts, community: &Community) -> Option<Bounds> {
    let own = facts
        .extents
        .iter()
        .filter(|(slug, _, _)| slug.as_deref() == Some(community.slug.as_str()))
        .filter_map(|(_, _, extent)| extent.bounds);
    let within = facts
        .communities
        .iter()
        .filter(|child| child.parent_id == Some(community.id.0) && child.id != community.id)
        .filter_map(|child| bounds_of(facts, child));
    own.chain(within).reduce(Bounds::union)
}

fn build(base: &str, licence_spdx: &str, facts: &Facts) -> Graph {
    let mut graph = Graph::default();
    let host = base.split("://").nth(1).unwrap_or(base).trim_end_matches('/').to_owned();
    let catalogue = Term::Iri(format!("{base}/catalog"));

    let publisher_type = |graph: &mut Graph, code: &str, label: &str| {
        graph.concept(
            &format!("http://purl.org/adms/publishertype/{code}"),
            "http://purl.org/adms/publishertype/1.0",
            "Publisher type",
            label,
            &[],
        )
    };
    let local_authority = publisher_type(&mut graph, "LocalAuthority", "Local Authority");
    let regional_authority = publisher_type(&mut graph, "RegionalAuthority", "Regional Authority");
    let operator = graph.add(
        Term::Iri(format!("{base}/#publisher")),
        &["foaf:Agent"],
        [
            in_every_language("foaf:name", |tr| tr.t_with("catalog-publisher", "host", &host)),
            vec![("dct:type", local_authority.clone())],
        ]
        .concat(),
    );
    let government = graph.authority("data-theme", "GOVE", "Government and public sector", &[]);
    let continuous = graph.authority("frequency", "CONT", "continuous", &["dct:Frequency"]);
    let public = graph.authority("access-right", "PUBLIC", "public", &["dct:RightsStatement"]);
    let stable = graph.authority("planned-availability", "STABLE", "stable", &[]);
    let licence = licence(&mut graph, licence_spdx);
    let languages: Vec<Term> = Locale::ALL
        .iter()
        .map(|locale| {
            let (code, name) = language_code(*locale);
            graph.authority("language", code, name, &["dct:LinguisticSystem"])
        })
        .collect();
    let formats = [
        ("csv", graph.authority("file-type", "CSV", "CSV", &["dct:MediaTypeOrExtent"]), "text/csv"),
        ("json", graph.authority("file-type", "JSON", "JSON", &["dct:MediaTypeOrExtent"]), "application/json"),
        (
            "geojson",
            graph.authority("file-type", "GEOJSON", "GeoJSON", &["dct:MediaTypeOrExtent"]),
            "application/geo+json",
        ),
    ];

    let first_created = facts.communities.iter().map(|community| community.created_at).min();
    let place_of = |graph: &mut Graph, community: &Community| {
        let mut properties = vec![("locn:geographicName", Term::Typed(community.name.clone(), "xsd:string"))];
        if let Some(bounds) = bounds_of(facts, community) {
            let Bounds { south, west, north, east } = bounds;
            let polygon =
                format!("POLYGON(({west} {south}, {east} {south}, {east} {north}, {west} {north}, {west} {south}))");
            let centre = format!("POINT({} {})", (west + east) / 2.0, (south + north) / 2.0);
            properties.push(("dcat:bbox", Term::Typed(polygon, "gsp:wktLiteral")));
            properties.push(("dcat:centroid", Term::Typed(centre, "gsp:wktLiteral")));
        }
        graph.add(Term::Iri(format!("{base}/c/{}#place", community.slug)), &["dct:Location"], properties)
    };

    let mut scopes = Vec::new();
    let instance_contact = graph.add(
        Term::Iri(format!("{base}/data#contact")),
        &["vcard:Kind", "vcard:Organization"],
        [
            in_every_language("vcard:fn", |tr| tr.t("open-data-title")),
            vec![("vcard:hasURL", Term::Iri(format!("{base}/data")))],
        ]
        .concat(),
    );
    let roots: Vec<Term> = facts
        .communities
        .iter()
        .filter(|community| community.parent_id.is_none())
        .map(|community| place_of(&mut graph, community))
        .collect();
    scopes.push(Scope {
        community: None,
        data_url: format!("{base}/data"),
        publisher: operator.clone(),
        contact: instance_contact.clone(),
        spatial: roots.clone(),
        since: first_created.unwrap_or_else(piazza_domain::now),
    });
    for community in &facts.communities {
        let kind = if community.kind == "region" { regional_authority.clone() } else { local_authority.clone() };
        let publisher = graph.add(
            Term::Iri(format!("{base}/c/{}#authority", community.slug)),
            &["foaf:Agent"],
            vec![("foaf:name", Term::Typed(community.name.clone(), "xsd:string")), ("dct:type", kind)],
        );
        let data_url = format!("{base}/c/{}/data", community.slug);
        let contact = graph.add(
            Term::Iri(format!("{data_url}#contact")),
            &["vcard:Kind", "vcard:Organization"],
            [
                in_every_language("vcard:fn", |tr| {
                    tr.t_with("open-data-title-community", "community", &community.name)
                }),
                vec![("vcard:hasURL", Term::Iri(format!("{base}/c/{}", community.slug)))],
            ]
            .concat(),
        );
        let place = place_of(&mut graph, community);
        scopes.push(Scope {
            community: Some(community),
            data_url,
            publisher,
            contact,
            spatial: vec![place],
            since: community.created_at,
        });
    }

    let mut datasets = Vec::new();
    let mut instance_datasets = Vec::new();
    let mut latest_change: Option<OffsetDateTime> = None;
    for scope in &scopes {
        let slug = scope.community.map(|community| community.slug.clone());
        let place_name = |tr: Tr| match scope.community {
            Some(community) => community.name.clone(),
            None => tr.t("catalog-everywhere"),
        };
        for resource in RESOURCES {
            let extent = facts
                .extents
                .iter()
                .find(|(scope_slug, name, _)| *scope_slug == slug && *name == resource.name)
                .map(|(_, _, extent)| *extent)
                .unwrap_or(Extent { rows: 0, first: None, latest: None, bounds: None });
            latest_change = latest_change.max(extent.latest);
            let dataset = dataset(
                &mut graph,
                scope,
                resource,
                &extent,
                &DatasetTerms {
                    licence: &licence,
                    formats: &formats,
                    government: &government,
                    continuous: &continuous,
                    public: &public,
                    stable: &stable,
                    keywords: keywords(),
                },
                &place_name,
            );
            if scope.community.is_none() {
                instance_datasets.push(dataset.clone());
            }
            datasets.push(dataset);
        }
    }

    let openapi = Term::Iri("https://spec.openapis.org/oas/v3.1.0".to_owned());
    graph.add(openapi.clone(), &["dct:Standard"], vec![("dct:title", Term::Text("OpenAPI 3.1.0".to_owned(), "en"))]);
    let endpoint_description = graph.add(Term::Iri(format!("{base}/api/v1/openapi.json")), &["foaf:Document"], vec![]);
    let api = graph.add(
        Term::Iri(format!("{base}/api/v1")),
        &["dcat:DataService"],
        [
            in_every_language("dct:title", |tr| tr.t("catalog-api-title")),
            in_every_language("dct:description", |tr| tr.t("catalog-api-description")),
            vec![
                ("dcat:endpointURL", Term::Iri(format!("{base}/api/v1/"))),
                ("dcat:endpointDescription", endpoint_description),
                ("dct:conformsTo", openapi),
                ("dct:publisher", operator.clone()),
                ("dcat:contactPoint", instance_contact.clone()),
                ("dcat:theme", government.clone()),
                ("dct:license", licence.clone()),
                ("dct:accessRights", public.clone()),
            ],
            keywords(),
            instance_datasets.into_iter().map(|dataset| ("dcat:servesDataset", dataset)).collect(),
        ]
        .concat(),
    );

    // Open311 serves the reported problems, and takes new ones.
    let georeport = graph.add(
        Term::Iri("http://wiki.open311.org/GeoReport_v2".to_owned()),
        &["dct:Standard"],
        vec![("dct:title", Term::Text("Open311 GeoReport v2".to_owned(), "en"))],
    );
    let discovery = graph.add(Term::Iri(format!("{base}/open311/v2/discovery.json")), &["foaf:Document"], vec![]);
    let requests_dataset = Term::Iri(format!("{base}/data#service-requests"));
    let open311 = graph.add(
        Term::Iri(format!("{base}/open311/v2")),
        &["dcat:DataService"],
        [
            in_every_language("dct:title", |tr| tr.t("catalog-open311-title")),
            in_every_language("dct:description", |tr| tr.t("catalog-open311-description")),
            vec![
                ("dcat:endpointURL", Term::Iri(format!("{base}/open311/v2/"))),
                ("dcat:endpointDescription", discovery),
                ("dct:conformsTo", georeport),
                ("dct:publisher", operator.clone()),
                ("dcat:contactPoint", instance_contact),
                ("dcat:theme", government.clone()),
                ("dct:license", licence.clone()),
                ("dct:accessRights", public.clone()),
                ("dcat:servesDataset", requests_dataset),
            ],
            keywords(),
        ]
        .concat(),
    );

    let homepage = graph.add(Term::Iri(format!("{base}/data")), &["foaf:Document"], vec![]);
    let mut properties = [
        in_every_language("dct:title", |tr| tr.t("catalog-title")),
        in_every_language("dct:description", |tr| tr.t("catalog-description")),
        vec![
            ("dct:publisher", operator),
            ("foaf:homepage", homepage),
            ("dct:license", licence),
            ("dcat:themeTaxonomy", Term::Iri(format!("{AUTHORITY}/data-theme"))),
            ("dct:issued", date_time(first_created.unwrap_or_else(piazza_domain::now))),
            ("dct:modified", date_time(latest_change.or(first_created).unwrap_or_else(piazza_domain::now))),
            ("dcat:service", api),
            ("dcat:service", open311),
        ],
        languages.into_iter().map(|language| ("dct:language", language)).collect(),
        roots.into_iter().map(|place| ("dct:spatial", place)).collect(),
        datasets.into_iter().map(|dataset| ("dcat:dataset", dataset)).collect(),
    ]
    .concat();
    properties.sort_by_key(|(property, _)| *property == "dcat:dataset");
    // The catalogue comes first in both syntaxes, so that a person reading the file meets it first.
    graph.nodes.insert(0, Node { subject: catalogue, types: vec!["dcat:Catalog"], properties });
    graph
}

/// The shared terms every dataset refers to.
struct DatasetTerms<'a> {
    licence: &'a Term,
    formats: &'a [(&'static str, Term, &'static str); 3],
    government: &'a Term,
    continuous: &'a Term,
    public: &'a Term,
    stable: &'a Term,
    keywords: Vec<(&'static str, Term)>,
}

fn dataset(
    graph: &mut Graph,
    scope: &Scope,
    resource: &Resource,
    extent: &Extent,
    terms: &DatasetTerms,
    place_name: &dyn Fn(Tr) -> String,
) -> Term {
    let name = resource.name;
    let what_id = format!("open-data-resource-{name}");
    let about_id = format!("open-data-about-{name}");
    let mut distributions = Vec::new();
    for (extension, format, media_type) in terms.formats {
        if *extension == "geojson" && !resource.is_located() {
            continue;
        }
        let description_id = format!("catalog-distribution-{extension}");
        let download = format!("{}/{name}.{extension}", scope.data_url);
        let media = graph.add(
            Term::Iri(format!("https://www.iana.org/assignments/media-types/{media_type}")),
            &["dct:MediaType"],
            vec![],
        );
        let mut properties = [
            in_every_language("dct:title", |tr| {
                format!(
                    "{} ({})",
                    tr.t_texts("catalog-dataset-title", &[("what", &tr.t(&what_id)), ("place", &place_name(tr))]),
                    extension.to_uppercase()
                )
            }),
            in_every_language("dct:description", |tr| tr.t(&description_id)),
            vec![
                ("dcat:accessURL", Term::Iri(scope.data_url.clone())),
                ("dcat:downloadURL", Term::Iri(download.clone())),
                ("dct:format", format.clone()),
                ("dcat:mediaType", media),
                ("dct:license", terms.licence.clone()),
                ("dcatap:availability", terms.stable.clone()),
            ],
        ]
        .concat();
        let standard = match *extension {
            "csv" => Some(("https://datapackage.org/standard/table-schema/", "Frictionless Table Schema")),
            "geojson" => Some(("https://www.rfc-editor.org/rfc/rfc7946", "GeoJSON (RFC 7946)")),
            _ => None,
        };
        if let Some((iri, title)) = standard {
            let standard = graph.add(
                Term::Iri(iri.to_owned()),
                &["dct:Standard"],
                vec![("dct:title", Term::Text(title.to_owned(), "en"))],
            );
            properties.push(("dct:conformsTo", standard));
        }
        distributions.push(graph.add(Term::Iri(download), &["dcat:Distribution"], properties));
    }
    // An empty dataset covers the moment its scope began, until something is published in it.
    let start = extent.first.unwrap_or(scope.since);
    let temporal = graph.blank(
        &["dct:PeriodOfTime"],
        vec![("dcat:startDate", date_time(start)), ("dcat:endDate", date_time(extent.latest.unwrap_or(start)))],
    );
    let landing = graph.add(Term::Iri(scope.data_url.clone()), &["foaf:Document"], vec![]);
    let schema = graph.add(Term::Iri(format!("{}/datapackage.json", scope.data_url)), &["foaf:Document"], vec![]);
    let iri = format!("{}#{name}", scope.data_url);
    let mut properties = [
        in_every_language("dct:title", |tr| {
            tr.t_texts("catalog-dataset-title", &[("what", &tr.t(&what_id)), ("place", &place_name(tr))])
        }),
        in_every_language("dct:description", |tr| tr.t(&about_id)),
        vec![
            ("dct:identifier", Term::Typed(iri.clone(), "xsd:string")),
            ("dct:publisher", scope.publisher.clone()),
            ("dcat:contactPoint", scope.contact.clone()),
            ("dcat:theme", terms.government.clone()),
            ("dct:accrualPeriodicity", terms.continuous.clone()),
            ("dct:accessRights", terms.public.clone()),
            ("dcat:landingPage", landing),
            ("foaf:page", schema),
            ("dct:temporal", temporal),
            ("dct:issued", date_time(extent.first.unwrap_or(scope.since))),
        ],
        terms.keywords.clone(),
        in_every_language("dcat:keyword", |tr| tr.t(&what_id)),
        scope.spatial.iter().map(|place| ("dct:spatial", place.clone())).collect(),
        distributions.into_iter().map(|distribution| ("dcat:distribution", distribution)).collect(),
    ]
    .concat();
    if let Some(latest) = extent.latest {
        properties.push(("dct:modified", date_time(latest)));
    }
    graph.add(Term::Iri(iri), &["dcat:Dataset"], properties)
}

/// A literal's text as Turtle writes it between double quotes.
fn turtle_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// An IRI with the characters Turtle forbids between angle brackets percent-encoded.
fn turtle_iri(iri: &str) -> String {
    let mut out = String::from("<");
    for c in iri.chars() {
        if c.is_control() || c == ' ' || "<>\"{}|^`\\".contains(c) {
            let mut bytes = [0; 4];
            for byte in c.encode_utf8(&mut bytes).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    out.push('>');
    out
}

fn turtle_term(term: &Term) -> String {
    match term {
        Term::Iri(iri) => turtle_iri(iri),
        Term::Blank(label) => format!("_:{label}"),
        Term::Text(text, language) => format!("{}@{language}", turtle_string(text)),
        Term::Typed(text, datatype) => format!("{}^^{datatype}", turtle_string(text)),
    }
}

fn turtle(graph: &Graph) -> String {
    let mut out = String::new();
    for (prefix, namespace) in PREFIXES {
        out.push_str(&format!("@prefix {prefix}: <{namespace}> .\n"));
    }
    for node in &graph.nodes {
        out.push('\n');
        out.push_str(&turtle_term(&node.subject));
        let mut statements = Vec::new();
        if !node.types.is_empty() {
            statements.push(format!("a {}", node.types.join(", ")));
        }
        // Consecutive values of one property share it, as `dct:title "…"@en, "…"@it`.
        for (property, object) in &node.properties {
            match statements.last_mut() {
                Some(last) if last.starts_with(&format!("{property} ")) => {
                    last.push_str(",\n        ");
                    last.push_str(&turtle_term(object));
                }
                _ => statements.push(format!("{property} {}", turtle_term(object))),
            }
        }
        out.push_str("\n    ");
        out.push_str(&statements.join(" ;\n    "));
        out.push_str(" .\n");
    }
    out
}

fn json_ld_term(term: &Term) -> Json {
    match term {
        Term::Iri(iri) => json!({ "@id": iri }),
        Term::Blank(label) => json!({ "@id": format!("_:{label}") }),
        Term::Text(text, language) => json!({ "@value": text, "@language": language }),
        Term::Typed(text, datatype) => json!({ "@value": text, "@type": datatype }),
    }
}

fn json_ld(graph: &Graph) -> Json {
    let context: Map<String, Json> = PREFIXES
        .iter()
        .map(|(prefix, namespace)| ((*prefix).to_owned(), Json::String((*namespace).to_owned())))
        .collect();
    let nodes: Vec<Json> = graph
        .nodes
        .iter()
        .map(|node| {
            let mut object = Map::new();
            object.insert("@id".to_owned(), json_ld_term(&node.subject)["@id"].clone());
            if !node.types.is_empty() {
                object.insert("@type".to_owned(), json!(node.types));
            }
            for (property, value) in &node.properties {
                let values = object.entry((*property).to_owned()).or_insert_with(|| Json::Array(Vec::new()));
                if let Json::Array(values) = values {
                    values.push(json_ld_term(value));
                }
            }
            Json::Object(object)
        })
        .collect();
    json!({ "@context": context, "@graph": nodes })
}

async fn graph_of(state: &AppState) -> Result<Graph, Response> {
    let facts = facts(state).await.map_err(|problem| {
        tracing::error!(%problem, "the catalogue could not be read");
        (StatusCode::INTERNAL_SERVER_ERROR, "").into_response()
    })?;
    let base = state.config.public_url.trim_end_matches('/');
    Ok(build(base, &state.config.open_data_licence, &facts))
}

fn answer(content_type: &str, body: String) -> Response {
    ([(header::CONTENT_TYPE, content_type.to_owned()), (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*".to_owned())], body)
        .into_response()
}

/// `/catalog.ttl`: the catalogue in Turtle.
pub async fn catalog_turtle(State(state): State<AppState>) -> Response {
    match graph_of(&state).await {
        Ok(graph) => answer("text/turtle; charset=utf-8", turtle(&graph)),
        Err(response) => response,
    }
}

/// `/catalog.jsonld`: the catalogue in JSON-LD, with its context inline so that no reader needs
/// to fetch anything else.
pub async fn catalog_json_ld(State(state): State<AppState>) -> Response {
    match graph_of(&state).await {
        Ok(graph) => answer("application/ld+json", serde_json::to_string_pretty(&json_ld(&graph)).unwrap_or_default()),
        Err(response) => response,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turtle_escapes_what_would_end_a_literal_or_an_iri() {
        assert_eq!(turtle_string("a \"quoted\"\\ line\nnext"), "\"a \\\"quoted\\\"\\\\ line\\nnext\"");
        assert_eq!(turtle_iri("https://x.example/a b>c"), "<https://x.example/a%20b%3Ec>");
    }

    #[test]
    fn a_vocabulary_term_used_twice_is_described_once() {
        let mut graph = Graph::default();
        graph.authority("file-type", "CSV", "CSV", &["dct:MediaTypeOrExtent"]);
        graph.authority("file-type", "CSV", "CSV", &["dct:MediaTypeOrExtent"]);
        let subjects: Vec<&Term> = graph.nodes.iter().map(|node| &node.subject).collect();
        assert_eq!(
            subjects,
            [&Term::Iri(format!("{AUTHORITY}/file-type")), &Term::Iri(format!("{AUTHORITY}/file-type/CSV")),],
            "the scheme and its term, once each"
        );
    }
}

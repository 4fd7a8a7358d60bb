//! The demo's service feedback: each community offers potholes, street lighting, waste and
//! accessibility barriers, each with its own questions; residents have reported problems over the
//! last months, officials have moved them along, and the closed ones and the done results are
//! rated, so that the indicators have a history to show.

use piazza_domain::{AccountId, CommunityId, RequestStatus};
use piazza_store::Db;
use piazza_store::service_requests::{NewRequestUpdate, NewServiceAttribute, NewServiceRequest, NewServiceType, Rated};
use time::{Duration, OffsetDateTime};

use crate::AppResult;

struct DemoAttribute {
    code: &'static str,
    datatype: &'static str,
    required: bool,
    description: &'static str,
    values: &'static [&'static str],
}

struct DemoService {
    key: &'static str,
    name: &'static str,
    description: &'static str,
    group: &'static str,
    keywords: &'static str,
    attributes: &'static [DemoAttribute],
}

const SERVICES: &[DemoService] = &[
    DemoService {
        key: "potholes",
        name: "Buche nella strada",
        description: "Buche e avvallamenti dell'asfalto su strade, piazze e piste ciclabili.",
        group: "Strade",
        keywords: "buca, asfalto, strada",
        attributes: &[
            DemoAttribute {
                code: "size",
                datatype: "singlevaluelist",
                required: true,
                description: "Quanto è grande la buca?",
                values: &["Più piccola di una mano", "Come una ruota di bicicletta", "Più grande di una ruota d'auto"],
            },
            DemoAttribute {
                code: "on_cycle_lane",
                datatype: "singlevaluelist",
                required: false,
                description: "È su una pista ciclabile?",
                values: &["Sì", "No"],
            },
        ],
    },
    DemoService {
        key: "street-lighting",
        name: "Illuminazione pubblica",
        description: "Lampioni spenti, intermittenti o accesi di giorno.",
        group: "Strade",
        keywords: "lampione, luce, buio",
        attributes: &[
            DemoAttribute {
                code: "pole_number",
                datatype: "string",
                required: false,
                description: "Il numero scritto sul palo, se si legge",
                values: &[],
            },
            DemoAttribute {
                code: "since",
                datatype: "datetime",
                required: false,
                description: "Da quando è spento?",
                values: &[],
            },
        ],
    },
    DemoService {
        key: "waste",
        name: "Rifiuti abbandonati",
        description: "Rifiuti lasciati per strada o accanto ai cassonetti, cassonetti pieni o rotti.",
        group: "Ambiente",
        keywords: "rifiuti, cassonetto, ingombranti",
        attributes: &[DemoAttribute {
            code: "kind",
            datatype: "multivaluelist",
            required: true,
            description: "Che cosa è stato abbandonato?",
            values: &["Ingombranti", "Vetro", "Elettrodomestici", "Rifiuti pericolosi", "Altro"],
        }],
    },
    DemoService {
        key: "accessibility-barriers",
        name: "Barriere architettoniche",
        description: "Ostacoli per chi si muove in carrozzina, con un passeggino o con difficoltà a vedere.",
        group: "Accessibilità",
        keywords: "barriera, marciapiede, rampa, accessibilità",
        attributes: &[
            DemoAttribute {
                code: "barrier",
                datatype: "singlevaluelist",
                required: true,
                description: "Che tipo di barriera?",
                values: &[
                    "Gradino senza rampa",
                    "Marciapiede occupato",
                    "Ascensore guasto",
                    "Semaforo senza segnale sonoro",
                ],
            },
            DemoAttribute {
                code: "who",
                datatype: "text",
                required: false,
                description: "Chi ne è ostacolato, e come?",
                values: &[],
            },
        ],
    },
];

/// A report in the demo: its service, text, answers (attribute code, value key), how many days
/// ago it was made, the officials' steps (status, note, expected in days from the report), how
/// many days it took to settle, and the scores residents gave once closed.
struct DemoReport {
    service: &'static str,
    description: &'static str,
    address: &'static str,
    answers: &'static [(&'static str, &'static str)],
    days_ago: i64,
    steps: &'static [(&'static str, &'static str, Option<i64>)],
    took_days: i64,
    scores: &'static [i64],
}

const CLOSED: &str = "closed";

const REPORTS: &[DemoReport] = &[
    DemoReport {
        service: "potholes",
        description: "Buca profonda davanti alla fermata dell'autobus; le bici ci finiscono dentro.",
        address: "Via Roma 12",
        answers: &[("size", "come-una-ruota-di-bicicletta"), ("on_cycle_lane", "no")],
        days_ago: 170,
        steps: &[
            ("acknowledged", "Segnalazione presa in carico dall'ufficio strade.", Some(10)),
            (CLOSED, "Buca chiusa con asfalto a freddo; rifacimento completo a primavera.", None),
        ],
        took_days: 6,
        scores: &[4, 5, 4],
    },
    DemoReport {
        service: "street-lighting",
        description: "Tre lampioni spenti in fila lungo il fiume: la sera non si vede il bordo.",
        address: "Lungofiume, tra il ponte e il parco",
        answers: &[("pole_number", "LF-114"), ("since", "2026-05-02")],
        days_ago: 150,
        steps: &[
            ("in-progress", "Guasto alla linea; interviene il gestore dell'illuminazione.", Some(14)),
            (CLOSED, "Linea riparata, lampioni accesi.", None),
        ],
        took_days: 21,
        scores: &[3, 2],
    },
    DemoReport {
        service: "waste",
        description: "Un divano e due materassi accanto ai cassonetti da una settimana.",
        address: "Piazza del Mercato",
        answers: &[("kind", "ingombranti")],
        days_ago: 120,
        steps: &[(CLOSED, "Ritirati dal servizio ingombranti. Il ritiro gratuito si prenota al numero verde.", None)],
        took_days: 2,
        scores: &[5, 5, 4, 5],
    },
    DemoReport {
        service: "accessibility-barriers",
        description: "Il marciapiede davanti alla farmacia ha un gradino di 15 cm e nessuna rampa.",
        address: "Corso Italia 40",
        answers: &[("barrier", "gradino-senza-rampa"), ("who", "Chi è in carrozzina deve scendere in strada.")],
        days_ago: 100,
        steps: &[
            ("acknowledged", "Sopralluogo fatto con chi ha segnalato.", Some(30)),
            ("in-progress", "Rampa in costruzione.", Some(40)),
            (CLOSED, "Rampa finita, con corrimano.", None),
        ],
        took_days: 38,
        scores: &[4, 3, 5],
    },
    DemoReport {
        service: "potholes",
        description: "Avvallamento sulla pista ciclabile dopo i lavori dell'acquedotto.",
        address: "Pista ciclabile del parco",
        answers: &[("size", "più-piccola-di-una-mano"), ("on_cycle_lane", "sì")],
        days_ago: 75,
        steps: &[(CLOSED, "Ripristinato dall'impresa che aveva fatto i lavori.", None)],
        took_days: 12,
        scores: &[2, 3],
    },
    DemoReport {
        service: "waste",
        description: "Vetri rotti sparsi intorno alla campana del vetro, pericolosi per i cani.",
        address: "Via dei Tigli",
        answers: &[("kind", "vetro")],
        days_ago: 40,
        steps: &[(CLOSED, "Area pulita.", None)],
        took_days: 1,
        scores: &[5],
    },
    DemoReport {
        service: "accessibility-barriers",
        description: "Il semaforo pedonale davanti alla scuola non ha il segnale sonoro per chi non vede.",
        address: "Incrocio via Dante e via Verdi",
        answers: &[("barrier", "semaforo-senza-segnale-sonoro")],
        days_ago: 20,
        steps: &[("in-progress", "Segnalatore acustico ordinato; installazione prevista entro il mese.", Some(35))],
        took_days: 8,
        scores: &[],
    },
    DemoReport {
        service: "street-lighting",
        description: "Il lampione all'ingresso del parcheggio resta acceso anche di giorno.",
        address: "Parcheggio di via Dante",
        answers: &[],
        days_ago: 9,
        steps: &[("acknowledged", "Segnalato al gestore.", Some(20))],
        took_days: 2,
        scores: &[],
    },
    DemoReport {
        service: "potholes",
        description: "Buca larga quasi come la corsia all'uscita della rotonda.",
        address: "Rotonda della stazione",
        answers: &[("size", "più-grande-di-una-ruota-d-auto")],
        days_ago: 3,
        steps: &[],
        took_days: 0,
        scores: &[],
    },
];

/// A comment residents leave with some of their ratings, for the officials to read.
const RATING_COMMENTS: &[&str] = &["Veloci e gentili, grazie.", "", "Ci è voluto troppo, ma ora va bene.", ""];

fn days_before_now(days: i64) -> OffsetDateTime {
    piazza_domain::now() - Duration::days(days)
}

pub(super) async fn seed(
    db: &Db,
    community: CommunityId,
    slug: &str,
    official: AccountId,
    neighbourhoods: &[i64],
    residents: &[AccountId],
    point: &dyn Fn(usize) -> (f64, f64),
) -> AppResult<()> {
    // The town and the village take reports from anyone, so that an Open311 app can file them;
    // the city asks people to sign in.
    if slug != "san-vito-al-lora" {
        db.set_anonymous_reports(community, true).await?;
    }
    let mut types = Vec::new();
    for service in SERVICES {
        let id = db
            .create_service_type(&NewServiceType {
                community,
                code: &format!("{slug}-{}", service.key),
                name: service.name,
                description: service.description,
                group_name: service.group,
                keywords: service.keywords,
            })
            .await?;
        for attribute in service.attributes {
            let values: Vec<(String, String)> = attribute
                .values
                .iter()
                .map(|name| (crate::service_requests::value_key(name), (*name).to_owned()))
                .collect();
            db.add_service_attribute(
                id,
                &NewServiceAttribute {
                    code: attribute.code,
                    datatype: attribute.datatype,
                    required: attribute.required,
                    description: attribute.description,
                    values: &values,
                },
            )
            .await?;
        }
        types.push((service.key, id));
    }
    for (index, report) in REPORTS.iter().enumerate() {
        let service = types.iter().find(|(key, _)| *key == report.service).map(|(_, id)| *id).expect("demo services");
        let attributes = db.service_attributes(service).await?;
        let values: Vec<(i64, String)> = report
            .answers
            .iter()
            .filter_map(|(code, value)| {
                attributes.iter().find(|a| a.code == *code).map(|attribute| (attribute.id, (*value).to_owned()))
            })
            .collect();
        let (latitude, longitude) = point(index + 40);
        let reporter = residents[index % residents.len()];
        let id = db
            .create_service_request(&NewServiceRequest {
                community,
                service_type: service,
                description: report.description,
                address: Some(report.address),
                latitude: Some(latitude),
                longitude: Some(longitude),
                neighbourhood: (!neighbourhoods.is_empty()).then(|| neighbourhoods[index % neighbourhoods.len()]),
                // Every third report came from someone without an account, where that is allowed.
                reporter: (index % 3 != 2 || slug == "san-vito-al-lora").then_some(reporter),
                contact_email: None,
                channel: if index % 4 == 3 { "open311" } else { "web" },
                values: &values,
            })
            .await?;
        let reported = days_before_now(report.days_ago);
        for (status, note, expected) in report.steps {
            let expected = expected.map(|days| (reported + Duration::days(days)).date().to_string());
            db.update_service_request(
                id,
                &NewRequestUpdate {
                    status,
                    note,
                    expected_at: expected.as_deref(),
                    written_by: official,
                    closes: *status == RequestStatus::Closed.key(),
                },
            )
            .await?;
        }
        let closed = report.steps.last().is_some_and(|(status, _, _)| *status == CLOSED);
        for (rater, score) in residents.iter().zip(report.scores) {
            let comment = RATING_COMMENTS[(index + *score as usize) % RATING_COMMENTS.len()];
            db.rate(Rated::Request(id), *rater, *score, comment).await?;
        }
        db.place_request_in_time(id, reported, reported + Duration::days(report.took_days), closed).await?;
    }
    // Residents rate what was delivered, too.
    for process in db.processes_in(community).await? {
        for result in db.results_of(process.id).await? {
            if result.status == piazza_domain::ResultStatus::Done.key() {
                for (rater, score) in residents.iter().zip([5, 4, 4, 3]) {
                    db.rate(Rated::Result(result.id), *rater, score, "").await?;
                }
            }
        }
    }
    Ok(())
}

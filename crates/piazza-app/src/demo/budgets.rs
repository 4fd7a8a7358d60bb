//! The demo's participatory budgets: in each community a process in its prioritise phase with
//! one budget open for voting and one already counted, so that the ballot and the explained
//! results can both be tried. Ballots come from the demo residents and, on paper, from people
//! a facilitator entered; they are made up but fixed, so every demo looks the same.

use piazza_domain::{AccountId, CommunityId, FollowTarget, ProcessId};
use piazza_store::Db;
use piazza_store::budgets::{NewBudget, NewProject};

/// A real election, from the Pabulib collection shipped with the counting crate.
const ASSEN_2024: &str = include_str!("../../../piazza-pb/pabulib/instances/Netherlands_Assen_2024.pb");
use piazza_store::processes::NewProcess;

use crate::AppResult;

/// A project: title, description, cost, category, and `Ok` when feasible or the public reason
/// why it is not.
type DemoProject = (&'static str, &'static str, i64, &'static str, Result<(), &'static str>);

struct DemoBudget {
    title: &'static str,
    description: &'static str,
    total: i64,
    style: &'static str,
    max_choices: Option<i64>,
    points: i64,
    rule: &'static str,
    projects: &'static [DemoProject],
    /// Paper ballots to enter, besides the demo residents'.
    paper: usize,
    counted: bool,
    /// The youngest who may vote, if the budget has a minimum age.
    min_age: Option<i64>,
}

const LORENZA: &[DemoBudget] = &[
    DemoBudget {
        title: "Bilancio partecipativo dei quartieri",
        description: "**300.000 euro** per progetti scelti dai residenti. Vota tutti i progetti che sostieni, fino a cinque: il conteggio con il Metodo delle Quote Uguali dà a ogni gruppo di votanti la sua giusta parte.",
        total: 300_000,
        style: "approval",
        max_choices: Some(5),
        points: 0,
        rule: "mes_cost_add1_eqs",
        projects: &[
            (
                "Fontanelle nei giardini di Borgo Est",
                "Quattro fontanelle di acqua potabile, accessibili in carrozzina.",
                36_000,
                "green-spaces",
                Ok(()),
            ),
            (
                "Pista ciclabile lungo il fiume",
                "Due chilometri protetti dal ponte vecchio alla stazione.",
                180_000,
                "mobility",
                Ok(()),
            ),
            (
                "Panchine e ombra in piazza Dante",
                "Dodici panchine con schienale e quattro alberi.",
                48_000,
                "public-space",
                Ok(()),
            ),
            (
                "Biblioteca aperta la sera",
                "Apertura fino alle 22 per un anno, con un educatore.",
                60_000,
                "culture",
                Ok(()),
            ),
            (
                "Campo da basket alla Collina",
                "Rifare il fondo e i canestri del campo della scuola.",
                75_000,
                "sport",
                Ok(()),
            ),
            (
                "Attraversamenti sicuri davanti alle scuole",
                "Sei attraversamenti rialzati e illuminati.",
                90_000,
                "safety",
                Ok(()),
            ),
            (
                "Tunnel pedonale sotto la ferrovia",
                "Un sottopasso tra Borgo Est e il centro.",
                2_400_000,
                "mobility",
                Err(
                    "Costa otto volte il budget e richiede il permesso delle ferrovie: non è realizzabile con questi fondi.",
                ),
            ),
        ],
        paper: 34,
        counted: false,
        min_age: None,
    },
    DemoBudget {
        title: "Fondo rapido per le associazioni",
        description: "**40.000 euro** per piccoli progetti delle associazioni di quartiere, già votati e contati.",
        total: 40_000,
        style: "approval",
        max_choices: None,
        points: 0,
        rule: "mes_cost_add1_eqs",
        projects: &[
            ("Doposcuola al centro civico", "Due pomeriggi a settimana con volontari.", 12_000, "education", Ok(())),
            ("Orto condiviso in via Roma", "Cassoni, attrezzi e un punto acqua.", 8_000, "green-spaces", Ok(())),
            ("Cinema all'aperto d'estate", "Otto serate nel cortile della scuola.", 15_000, "culture", Ok(())),
            ("Corso di italiano per donne", "Con servizio di custodia dei bambini.", 9_000, "social-care", Ok(())),
            ("Torneo di calcio di quartiere", "Magliette, arbitri e premi.", 11_000, "sport", Ok(())),
        ],
        paper: 27,
        counted: true,
        min_age: None,
    },
];

const SAN_VITO: &[DemoBudget] = &[
    DemoBudget {
        title: "Energy fund 2027",
        description: "**120,000 euro** from the energy community's savings. Spread ten points over the projects you care about. Residents aged 16 and over may vote.",
        total: 120_000,
        style: "cumulative",
        max_choices: None,
        points: 10,
        rule: "mes_points",
        projects: &[
            ("Batteries for the sports hall", "Store the midday sun for evening training.", 55_000, "energy", Ok(())),
            ("LED street lights in Molino", "Replace the 80 old lamps of the hamlet.", 40_000, "energy", Ok(())),
            ("Energy advice desk", "One morning a week for two years.", 25_000, "social-care", Ok(())),
            ("Charging points at the market", "Four points for cars and bicycles.", 30_000, "mobility", Ok(())),
        ],
        paper: 18,
        counted: false,
        min_age: Some(16),
    },
    DemoBudget {
        title: "Piccoli lavori 2026",
        description: "**30.000 euro** già assegnati con il voto dei residenti.",
        total: 30_000,
        style: "approval",
        max_choices: None,
        points: 0,
        rule: "greedy_cost",
        projects: &[
            ("Rastrelliere per biciclette", "In piazza e alla stazione.", 6_000, "mobility", Ok(())),
            ("Giochi nel parco del Molino", "Un'altalena accessibile e uno scivolo.", 14_000, "public-space", Ok(())),
            ("Defibrillatore in farmacia", "Con corso per venti volontari.", 4_000, "health", Ok(())),
            ("Sentiero per il castello", "Pulizia e cartelli.", 12_000, "environment", Ok(())),
        ],
        paper: 15,
        counted: true,
        min_age: None,
    },
];

const PIETRABUONA: &[DemoBudget] = &[
    DemoBudget {
        title: "I soldi del borgo 2027",
        description: "**25.000 euro** per il borgo. Metti in ordine i tre progetti che preferisci.",
        total: 25_000,
        style: "ranked",
        max_choices: Some(3),
        points: 0,
        rule: "greedy_points",
        projects: &[
            (
                "Navetta per il mercato del sabato",
                "Un pulmino a chiamata per chi non guida.",
                9_000,
                "mobility",
                Ok(()),
            ),
            ("Forno comune restaurato", "Per le feste e per chi vuole cuocere il pane.", 12_000, "culture", Ok(())),
            ("Wi-Fi in piazza", "Per studiare e lavorare anche dal borgo.", 5_000, "digital", Ok(())),
            ("Panchine lungo la mulattiera", "Sei panchine per riposare salendo.", 4_000, "public-space", Ok(())),
        ],
        paper: 12,
        counted: false,
        min_age: None,
    },
    DemoBudget {
        title: "Fondo per la festa d'estate",
        description: "**6.000 euro**, già votati: ecco come sono stati spesi.",
        total: 6_000,
        style: "approval",
        max_choices: None,
        points: 0,
        rule: "mes_cost_add1_eqs",
        projects: &[
            ("Palco e luci", "Noleggio per tre sere.", 2_500, "culture", Ok(())),
            ("Pranzo per gli anziani", "Al circolo, con trasporto.", 1_500, "social-care", Ok(())),
            ("Musica dal vivo", "Una banda della valle.", 2_000, "culture", Ok(())),
            ("Fuochi d'artificio", "Dieci minuti sul campanile.", 3_000, "other", Ok(())),
        ],
        paper: 14,
        counted: true,
        min_age: None,
    },
];

/// A small fixed sequence of numbers, so that made-up ballots are the same in every demo.
struct Sequence(u64);

impl Sequence {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % below as u64) as usize
    }
}

/// A made-up ballot for a budget: a few projects, weighted towards the first ones so that the
/// results are not uniform.
fn ballot(budget: &DemoBudget, ids: &[i64], sequence: &mut Sequence) -> String {
    let feasible: Vec<i64> = budget
        .projects
        .iter()
        .zip(ids)
        .filter(|((_, _, _, _, verdict), _)| verdict.is_ok())
        .map(|(_, &id)| id)
        .collect();
    let wanted = 1 + sequence.next(feasible.len().min(budget.max_choices.unwrap_or(3) as usize));
    let mut chosen: Vec<i64> = Vec::new();
    while chosen.len() < wanted {
        // Two draws, keeping the smaller: earlier projects come up more often.
        let index = sequence.next(feasible.len()).min(sequence.next(feasible.len()));
        if !chosen.contains(&feasible[index]) {
            chosen.push(feasible[index]);
        }
    }
    match budget.style {
        "cumulative" => {
            let mut left = budget.points;
            let mut parts = Vec::new();
            for (position, id) in chosen.iter().enumerate() {
                if left == 0 {
                    break;
                }
                let points = if position + 1 == chosen.len() { left } else { 1 + sequence.next(left as usize) as i64 };
                let points = points.min(left);
                left -= points;
                if points > 0 {
                    parts.push(format!("{id}:{points}"));
                }
            }
            parts.join(",")
        }
        "ranked" => {
            let places = budget.max_choices.unwrap_or(3);
            chosen
                .iter()
                .enumerate()
                .map(|(place, id)| format!("{id}:{}", places - place as i64))
                .collect::<Vec<_>>()
                .join(",")
        }
        _ => chosen.iter().map(|id| format!("{id}:1")).collect::<Vec<_>>().join(","),
    }
}

/// Opens the participatory-budget process of a community with its budgets and ballots.
pub(super) async fn seed(
    db: &Db,
    community: CommunityId,
    slug: &str,
    official: AccountId,
    facilitator: AccountId,
    residents: &[AccountId],
    left_to_try: AccountId,
) -> AppResult<ProcessId> {
    let budgets = match slug {
        "lorenza" => LORENZA,
        "san-vito-al-lora" => SAN_VITO,
        _ => PIETRABUONA,
    };
    let phases = super::new_phases(&[
        ("ideate", -60, -21, &["proposals", "supports", "comments"]),
        ("prioritise", -20, 25, &["comments", "meetings"]),
        ("implement", 26, 365, &[]),
    ]);
    let process = db
        .create_process(
            &NewProcess {
                community,
                title: "Bilancio partecipativo",
                summary: "Decidi come spendere una parte del bilancio pubblico: ogni residente vota una volta, e il conteggio è pubblico e ricontabile da chiunque.",
                easy_read: Some("Il Comune ha dei soldi per dei progetti. Tu scegli i progetti. Vince chi ha più sostegno giusto."),
                description: "Le proposte raccolte nella fase delle idee sono diventate progetti con un costo, verificati dagli uffici. Ora si vota.",
                locale: "it",
                support_threshold: 3,
                created_by: official,
                neighbourhoods: &[],
            },
            &phases,
        )
        .await?;
    db.follow(official, FollowTarget::Process, process.0).await?;
    let community_row = db.community(community).await?.expect("the demo community exists");
    // Projects are spread over the community's districts (and the whole community), so that
    // counted budgets show their results per district.
    let districts = db.neighbourhoods_of(community).await?;
    let district_of = |index: usize| match index % (districts.len() + 1) {
        0 => None,
        n => Some(districts[n - 1].id),
    };
    let mut sequence = Sequence(community.0 as u64 * 7919);
    for budget in budgets {
        let id = db
            .create_budget(&NewBudget {
                process,
                title: budget.title,
                description: budget.description,
                total: budget.total,
                currency: "EUR",
                style: budget.style,
                min_choices: 0,
                max_choices: budget.max_choices,
                min_share: 0,
                points: budget.points,
                rule: budget.rule,
                changeable: true,
                min_age: budget.min_age,
                census_only: false,
                voting_group: None,
                group_limit: None,
                districts: &[],
                created_by: official,
            })
            .await?;
        let mut ids = Vec::new();
        for (index, (title, description, cost, category, verdict)) in budget.projects.iter().enumerate() {
            let project = db
                .add_budget_project(&NewProject {
                    budget: id,
                    title,
                    description,
                    cost: *cost,
                    category: Some(category),
                    neighbourhood: district_of(index),
                    latitude: None,
                    longitude: None,
                    image_url: None,
                    proposal: None,
                    created_by: official,
                })
                .await?;
            match verdict {
                Ok(()) => db.review_budget_project(project, "feasible", None).await?,
                Err(reason) => db.review_budget_project(project, "infeasible", Some(reason)).await?,
            };
            ids.push(project);
        }
        // The residents vote online, except `left_to_try`, who has the ballot to try; the
        // rest of the ballots are on paper, entered by the facilitator.
        for resident in residents.iter().filter(|resident| **resident != left_to_try) {
            let choices = ballot(budget, &ids, &mut sequence);
            let token = crate::security::new_token();
            db.cast_ballot(id, &format!("account:{}", resident.0), "online", &token, &choices, None, true, None)
                .await?;
        }
        for number in 0..budget.paper {
            let choices = ballot(budget, &ids, &mut sequence);
            let token = crate::security::new_token();
            db.cast_ballot(id, &format!("paper:{number}"), "paper", &token, &choices, Some(facilitator), false, None)
                .await?;
        }
        if budget.counted {
            let row = db.budget(id).await?.expect("the budget was just created");
            crate::budgets::count_now(db, &community_row, &row).await?;
        }
    }
    if slug == "lorenza" {
        // A past election replayed from its Pabulib file: Assen's 2024 participatory budget,
        // counted here as it was there.
        let process_row = db.process(process).await?.expect("the process was just created");
        let replay = crate::budgets::import_election(db, &process_row, official, ASSEN_2024).await?;
        let row = db.budget(replay).await?.expect("the budget was just imported");
        crate::budgets::count_now(db, &community_row, &row).await?;
    }
    Ok(process)
}

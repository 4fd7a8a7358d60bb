//! The demo's practice exchange: Lorenza describes its greener school yards, from the process it
//! ran on Piazza, and San Vito its community solar roofs, so that the village finds practices of
//! a town and a city to learn from.

use piazza_domain::{AccountId, CommunityId, ProcessId};
use piazza_store::Db;
use piazza_store::cases::{CaseOutcome, NewCase};
use piazza_store::processes::{NewPhase, NewProcess};

use crate::AppResult;

fn outcome(name: &str, unit: &str, baseline: f64, target: f64, achieved: f64, period: &str, how: &str) -> CaseOutcome {
    CaseOutcome {
        name: name.to_owned(),
        unit: unit.to_owned(),
        baseline: Some(baseline),
        target: Some(target),
        achieved: Some(achieved),
        period: period.to_owned(),
        measured_how: how.to_owned(),
    }
}

pub(super) async fn seed(
    db: &Db,
    community_id: &dyn Fn(&str) -> Option<CommunityId>,
    person_id: &dyn Fn(&str) -> Option<AccountId>,
) -> AppResult<()> {
    let lorenza = community_id("lorenza").expect("demo communities exist");
    let san_vito = community_id("san-vito-al-lora").expect("demo communities exist");
    let organisation =
        |slug: &'static str| async move { db.organisation_by_slug(slug).await.map(|found| found.map(|o| o.id.0)) };
    let civic_lab = organisation("lorenza-civic-lab").await?;
    let municipality = organisation("comune-di-lorenza").await?;
    let cooperative = organisation("cooperativa-energia-valle").await?;
    let school_yards: Option<ProcessId> = db
        .processes_in(lorenza)
        .await?
        .into_iter()
        .find(|process| process.title == "Cortili scolastici più verdi")
        .map(|process| process.id);
    let partners: Vec<(i64, String)> = [
        (municipality, "Promotore e finanziatore; uffici del verde e dei lavori pubblici"),
        (civic_lab, "Facilitazione degli incontri e dei banchetti nei quartieri"),
    ]
    .into_iter()
    .filter_map(|(id, role)| id.map(|id| (id, role.to_owned())))
    .collect();
    let steps: Vec<String> = [
        "Scegliere con le scuole i cortili da trasformare e misurarne la temperatura d'estate.",
        "Incontri informativi in ogni scuola, con traduzione per le famiglie che parlano altre lingue.",
        "Raccolta di proposte online, su carta e ai banchetti davanti alle scuole, per un mese.",
        "Valutazione tecnica delle proposte con più sostegni e risposta pubblica a ciascuna.",
        "Lavori d'estate, con i residenti che hanno proposto invitati al collaudo.",
        "Misurare di nuovo le temperature e aprire i cortili al quartiere dopo le lezioni.",
    ]
    .map(str::to_owned)
    .to_vec();
    let original = db.create_case(&NewCase {
        community: lorenza,
        source_process: school_yards.map(|p| p.0),
        title: "Cortili scolastici più verdi",
        summary: "Lorenza ha trasformato i cortili in asfalto delle scuole in piccoli parchi aperti al quartiere, scegliendo con bambini, famiglie e vicini che cosa metterci.",
        problem: "D'estate i cortili in asfalto arrivavano a 50 gradi; molte famiglie dei quartieri est non hanno un giardino.",
        policy_area: "green-spaces",
        target_groups: "children,migrants,low-income",
        inclusion_measures: "Incontri tradotti in arabo e inglese; proposte raccolte su carta ai banchetti davanti alle scuole e registrate dai facilitatori; un pomeriggio dedicato ai nonni.",
        participants: Some(412),
        method: "Informazione (un mese), idee (due mesi), priorità con i sostegni, realizzazione d'estate.",
        technology: "Piazza per proposte, sostegni e risposte pubbliche; moduli di carta stampati dalla stessa piattaforma.",
        setup_cost: Some(15_000),
        running_cost: Some(120_000),
        currency: "EUR",
        staff: Some(4),
        volunteers: Some(35),
        funding_sources: "Bilancio comunale (lavori pubblici); fondazione bancaria locale per gli orti.",
        conditions: "Un ufficio tecnico che risponde a ogni proposta entro la fase di priorità; presidi scolastici coinvolti fin dall'inizio.",
        legal_requirements: "Convenzione tra Comune e istituti scolastici per l'apertura pomeridiana dei cortili; assicurazione per l'uso extrascolastico.",
        risks: "La manutenzione delle piante d'estate, a scuole chiuse, è stata il punto debole del primo anno.",
        lessons: "I banchetti davanti alle scuole hanno portato più proposte delle serate; rispondere a tutte, anche alle respinte, ha mantenuto la fiducia.",
        contact_role: "Ufficio partecipazione, Comune di Lorenza",
        licence: "CC-BY-4.0",
        locale: "it",
        lead_organisation: municipality,
        partners: &partners,
        outcomes: &[
            outcome("Temperatura massima del cortile a luglio", "°C", 50.0, 40.0, 41.5, "2025–2026", "Termometro a 1 m dal suolo, alle 15"),
            outcome("Cortili trasformati", "cortili", 0.0, 10.0, 6.0, "2025–2026", "Collaudi dell'ufficio lavori pubblici"),
            outcome("Proposte arrivate su carta", "%", 0.0, 20.0, 27.0, "Fase delle idee", "Canale registrato da Piazza"),
        ],
        steps: &steps,
        created_by: person_id("lorenza-official").expect("demo people exist"),
    })
    .await?;
    // The stands and the workshop the case speaks of, whose formats the replicas plan from.
    if let Some(process) = school_yards {
        let facilitator = person_id("lorenza-facilitator").expect("demo people exist");
        let hour = |days: i64, hour: i64| {
            let midnight = piazza_domain::now().replace_time(time::Time::MIDNIGHT);
            midnight + time::Duration::days(days) + time::Duration::hours(hour)
        };
        for (title, description, days, from, to, capacity, access, notes) in [
            (
                "Banchetto davanti alla scuola Collodi",
                "All'uscita da scuola raccogliamo le idee di bambini e genitori, su carta o sul telefono.",
                -9,
                16,
                18,
                None,
                "step-free,interpretation",
                Some("Interpreti in arabo e in inglese al banchetto."),
            ),
            (
                "Laboratorio: disegna il tuo cortile",
                "I bambini disegnano il cortile che vorrebbero; i facilitatori trasformano i disegni in proposte.",
                -5,
                15,
                17,
                Some(25),
                "step-free,childcare,quiet-room",
                None,
            ),
        ] {
            db.create_meeting(&piazza_store::meetings::NewMeeting {
                process,
                title,
                description,
                format: "in-person",
                address: Some("Scuola primaria Collodi, via dei Tigli 2"),
                online_url: None,
                starts_at: hour(days, from),
                ends_at: hour(days, to),
                capacity,
                access,
                access_notes: notes,
                locale: "it",
                created_by: facilitator,
            })
            .await?;
        }
    }

    // The town and the village ran the same practice last school year, and described it too, on
    // the city's indicators.
    let replicas: [(&str, &str, &str, f64, f64, f64, &str); 2] = [
        (
            "san-vito-al-lora",
            "sanvito-official",
            "Cortili più verdi a San Vito",
            42.0,
            2.0,
            31.0,
            "Con una sola scuola, bastano due incontri; i genitori hanno portato più proposte dei bambini.",
        ),
        (
            "pietrabuona",
            "pietrabuona-official",
            "Il cortile della scuola di Pietrabuona",
            44.0,
            1.0,
            48.0,
            "Nel paese le proposte su carta, portate dalla Pro Loco casa per casa, sono state quasi la metà.",
        ),
    ];
    for (slug, official, title, temperature, yards, paper, lesson) in replicas {
        let community = community_id(slug).expect("demo communities exist");
        let official = person_id(official).expect("demo people exist");
        let day = |days: i64| piazza_domain::now() - time::Duration::days(days);
        let phase = |kind, from: i64, to: i64, proposals: bool, supports: bool| NewPhase {
            kind,
            starts_at: day(from),
            ends_at: day(to),
            allows_proposals: proposals,
            allows_supports: supports,
            allows_comments: proposals,
            allows_amendments: false,
            allows_meetings: true,
        };
        let process = db
            .create_process(
                &NewProcess {
                    community,
                    title,
                    summary: "Il cortile in asfalto della scuola diventa un piccolo parco, scelto con bambini, famiglie e vicini, come a Lorenza.",
                    easy_read: None,
                    description: "Replica della pratica di Lorenza, con le stesse fasi.",
                    locale: "it",
                    support_threshold: 3,
                    created_by: official,
                    neighbourhoods: &[],
                },
                &[
                    phase("inform", 300, 286, false, false),
                    phase("ideate", 285, 255, true, true),
                    phase("prioritise", 254, 234, false, true),
                    phase("implement", 233, 40, false, false),
                ],
            )
            .await?;
        db.set_replicates(process, original).await?;
        db.create_case(&NewCase {
            community,
            source_process: Some(process.0),
            title,
            summary: "Il cortile della scuola è diventato un piccolo parco aperto al paese, sulla traccia di Lorenza.",
            problem: "D'estate il cortile in asfalto era inutilizzabile.",
            policy_area: "green-spaces",
            target_groups: "children,rural-residents",
            inclusion_measures: "Proposte su carta raccolte casa per casa.",
            participants: Some(if slug == "pietrabuona" { 64 } else { 140 }),
            method: "Le fasi di Lorenza, in tempi più brevi.",
            technology: "Piazza, e moduli di carta stampati dalla piattaforma.",
            setup_cost: Some(2_000),
            running_cost: Some(if slug == "pietrabuona" { 18_000 } else { 30_000 }),
            currency: "EUR",
            staff: Some(1),
            volunteers: Some(if slug == "pietrabuona" { 15 } else { 10 }),
            funding_sources: "Bilancio comunale; un contributo della Regione per i piccoli comuni.",
            conditions: "Una scuola disponibile ad aprire il cortile nel pomeriggio.",
            legal_requirements: "Convenzione con l'istituto scolastico.",
            risks: "Pochi volontari per l'annaffiatura d'estate.",
            lessons: lesson,
            contact_role: "Ufficio del sindaco",
            licence: "CC-BY-4.0",
            locale: "it",
            lead_organisation: None,
            partners: &[],
            outcomes: &[
                outcome(
                    "Temperatura massima del cortile a luglio",
                    "°C",
                    49.0,
                    40.0,
                    temperature,
                    "2025–2026",
                    "Termometro a 1 m dal suolo, alle 15",
                ),
                outcome("Cortili trasformati", "cortili", 0.0, yards, yards, "2025–2026", "Collaudo"),
                outcome(
                    "Proposte arrivate su carta",
                    "%",
                    0.0,
                    20.0,
                    paper,
                    "Fase delle idee",
                    "Canale registrato da Piazza",
                ),
            ],
            steps: &[],
            created_by: official,
        })
        .await?;
    }
    let partners: Vec<(i64, String)> = cooperative
        .map(|id| vec![(id, "Installs and runs the panels; members share the energy".to_owned())])
        .unwrap_or_default();
    db.create_case(&NewCase {
        community: san_vito,
        source_process: None,
        title: "Community solar on public roofs",
        summary: "San Vito lends the roofs of its public buildings to an energy cooperative; residents choose which roofs come next and share the energy produced.",
        problem: "Energy bills were rising and the town had large, unused flat roofs on schools and the sports hall.",
        policy_area: "energy",
        target_groups: "everyone,low-income",
        inclusion_measures: "Cooperative shares of 50 euros; a quarter of the energy is reserved for households on low incomes.",
        participants: Some(230),
        method: "Residents propose roofs and support proposals; engineers check roof strength; the cooperative installs in order of support.",
        technology: "Piazza for proposals and supports; the cooperative's monitoring publishes production monthly.",
        setup_cost: Some(180_000),
        running_cost: Some(8_000),
        currency: "EUR",
        staff: Some(2),
        volunteers: Some(12),
        funding_sources: "Cooperative members' shares; regional energy transition fund.",
        conditions: "A cooperative able to carry the investment; a roof survey done before proposals open.",
        legal_requirements: "Renewable energy community registered under national law; roof-use agreements approved by the town council.",
        risks: "Delays in grid connection held back two roofs by six months.",
        lessons: "Showing each roof's expected production next to its proposal made the choice concrete.",
        contact_role: "Energy desk, Town of San Vito al Lora",
        licence: "CC-BY-4.0",
        locale: "en",
        lead_organisation: cooperative,
        partners: &partners,
        outcomes: &[outcome("Panels installed", "panels", 0.0, 400.0, 260.0, "2024–2026", "Cooperative's installation records")],
        steps: &[
            "Survey public roofs for strength and orientation.".to_owned(),
            "Found or partner with an energy cooperative open to every resident.".to_owned(),
            "Open proposals for roofs; publish expected production next to each.".to_owned(),
            "Install in order of support and publish production monthly.".to_owned(),
        ],
        created_by: person_id("sanvito-official").expect("demo people exist"),
    })
    .await?;
    Ok(())
}

//! The demo's links between communities: the city of Lorenza and the village of Pietrabuona are
//! twinned, a Lorenza facilitator co-runs a Pietrabuona process, and two peer-learning threads
//! show the village asking the city about a practice and a town asking the region.

use piazza_domain::{AccountId, CommunityId};
use piazza_store::Db;
use piazza_store::cases::CaseFilter;
use piazza_store::links::NewPeerQuestion;

use crate::AppResult;

pub(super) async fn seed(
    db: &Db,
    community_id: &dyn Fn(&str) -> Option<CommunityId>,
    person_id: &dyn Fn(&str) -> Option<AccountId>,
) -> AppResult<()> {
    let (Some(region), Some(lorenza), Some(san_vito), Some(pietrabuona)) = (
        community_id("valle-del-lora"),
        community_id("lorenza"),
        community_id("san-vito-al-lora"),
        community_id("pietrabuona"),
    ) else {
        return Ok(());
    };
    let person = |username: &str| person_id(username).expect("demo people exist");

    let twinning = db
        .propose_twinning(
            lorenza,
            pietrabuona,
            "Lorenza e Pietrabuona condividono servizi, dal bus del giovedì all'ambulatorio: vogliamo progettarli insieme, prestarci facilitatori per gli incontri nel borgo e portare in città quello che il borgo fa meglio, come il bus a chiamata guidato dai volontari.",
            "it",
            person("lorenza-official"),
        )
        .await?;
    db.accept_twinning(twinning, person("pietrabuona-official")).await?;

    // The village has one facilitator; the city lends one of its own to its open process.
    let open = db.open_processes_in(&[pietrabuona]).await?;
    let village_process = match open.first() {
        Some(process) => Some(process.id),
        None => db.processes_in(pietrabuona).await?.first().map(|process| process.id),
    };
    if let Some(process) = village_process {
        let facilitator = person("lorenza-facilitator");
        db.invite_co_runner(process, facilitator, lorenza, person("pietrabuona-official")).await?;
        db.accept_co_run(process, facilitator).await?;
    }

    let school_yards = db
        .cases(&CaseFilter { community: Some(lorenza.0), ..Default::default() })
        .await?
        .into_iter()
        .find(|case| case.title == "Cortili scolastici più verdi");
    if let Some(case) = school_yards {
        let question = db
            .ask_peers(&NewPeerQuestion {
                community: pietrabuona,
                region: None,
                case: Some(case.id),
                title: "Chi ha curato le piante d'estate, a scuola chiusa?",
                body: "Vorremmo rendere verde il cortile della nostra scuola, ma d'estate nel borgo restano poche persone.\n\nNella vostra scheda dite che la manutenzione estiva è stata il punto debole: come l'avete risolta il secondo anno?",
                locale: "it",
                asked_by: person("pietrabuona-official"),
            })
            .await?;
        let answer = db
            .answer_peer_question(
                question,
                lorenza,
                "Il secondo anno abbiamo firmato un patto di collaborazione con le famiglie e la Pro Loco del quartiere: un turno a settimana per cortile, con l'impianto a goccia pagato dal Comune.\n\nCon pochi residenti d'estate vi consigliamo piante che non chiedono acqua dopo il primo anno. Possiamo mandarvi il testo del patto.",
                "it",
                person("lorenza-official"),
            )
            .await?;
        db.answer_peer_question(
            question,
            pietrabuona,
            "Grazie, il patto ci serve: lo adatteremo con la Pro Loco.",
            "it",
            person("pietrabuona-facilitator"),
        )
        .await?;
        db.mark_helpful_answer(question, answer).await?;
    }

    let question = db
        .ask_peers(&NewPeerQuestion {
            community: san_vito,
            region: Some(region),
            case: None,
            title: "Schede di voto su carta per il bilancio partecipativo",
            body: "Vorremmo far votare anche chi non usa internet. Chi nella valle ha già raccolto voti su carta, e come li avete contati senza doppioni?",
            locale: "it",
            asked_by: person("sanvito-official"),
        })
        .await?;
    db.answer_peer_question(
        question,
        pietrabuona,
        "Noi usiamo i codici di voto stampati da Piazza: ogni scheda ha il suo codice, e i facilitatori inseriscono le schede dalla pagina di voto su carta. I doppioni li scarta Piazza.",
        "it",
        person("pietrabuona-facilitator"),
    )
    .await?;
    Ok(())
}

//! The demo's accountability tracker: in each community, what the authority committed to after
//! its processes, linked to accepted proposals and to the projects a counted budget funded, in
//! several states, with a timeline of updates.

use piazza_domain::{AccountId, CommunityId, ProcessId};
use piazza_store::Db;
use piazza_store::accountability::{NewResult, NewResultUpdate};
use piazza_store::proposals::ProposalFilter;

use crate::AppResult;

/// Where a result stands after each of its updates: (text, status, progress).
type Timeline = &'static [(&'static str, &'static str, i64)];

struct Plan {
    title: &'static str,
    description: &'static str,
    status: &'static str,
    progress: i64,
    planned: Option<i64>,
    timeline: Timeline,
}

const PARENT: Plan = Plan {
    title: "Gli interventi decisi con i residenti",
    description: "Le proposte accolte in questo processo, dal progetto al cantiere. L'avanzamento è la media delle sue parti.",
    status: "in-progress",
    progress: 0,
    planned: Some(120_000),
    timeline: &[],
};

const PARTS: &[Plan] = &[
    Plan {
        title: "Primo intervento: progetto e cantiere",
        description: "Progetto esecutivo, gara e lavori per la prima proposta accolta.",
        status: "done",
        progress: 100,
        planned: Some(40_000),
        timeline: &[
            ("Progetto esecutivo approvato dalla giunta.", "in-progress", 30),
            ("Lavori affidati; il cantiere apre lunedì.", "in-progress", 60),
            ("Lavori finiti e collaudati. Grazie a chi l'ha proposto.", "done", 100),
        ],
    },
    Plan {
        title: "Secondo intervento: in cantiere",
        description: "Lavori per la seconda proposta accolta, con i residenti del quartiere.",
        status: "in-progress",
        progress: 45,
        planned: Some(50_000),
        timeline: &[
            ("Sopralluogo con chi ha fatto la proposta.", "in-progress", 15),
            ("Gara conclusa; i lavori sono a metà.", "in-progress", 45),
        ],
    },
    Plan {
        title: "Terzo intervento: in programma",
        description: "Inserito nel programma dei lavori dell'anno prossimo.",
        status: "planned",
        progress: 0,
        planned: Some(30_000),
        timeline: &[("Inserito nel bilancio di previsione.", "planned", 0)],
    },
];

pub(super) async fn seed(db: &Db, community: CommunityId, official: AccountId) -> AppResult<()> {
    let processes = db.processes_in(community).await?;
    // The process with accepted proposals gets the delivery plan.
    let mut with_accepted: Option<(ProcessId, Vec<i64>)> = None;
    for process in &processes {
        let proposals = db.proposals(&ProposalFilter::all_of(process.id)).await?.0;
        let accepted: Vec<i64> =
            proposals.iter().filter(|p| p.state == "accepted" || p.state == "implemented").map(|p| p.id.0).collect();
        if !accepted.is_empty() {
            with_accepted = Some((process.id, accepted));
            break;
        }
    }
    if let Some((process, accepted)) = with_accepted {
        let parent = create(db, process, None, &PARENT, official, &[]).await?;
        for (index, part) in PARTS.iter().enumerate() {
            let links: Vec<(&str, i64)> = accepted.get(index).map(|id| ("proposal", *id)).into_iter().collect();
            create(db, process, Some(parent), part, official, &links).await?;
        }
    }
    // The projects a counted budget funded are being delivered too.
    for process in &processes {
        for budget in db.budgets_of(process.id).await? {
            let won: Vec<i64> = db
                .budget_projects(budget.id)
                .await?
                .into_iter()
                .filter(|project| project.won == Some(true))
                .map(|project| project.id)
                .take(4)
                .collect();
            if won.is_empty() {
                continue;
            }
            let links: Vec<(&str, i64)> = won.iter().map(|id| ("project", *id)).collect();
            let plan = Plan {
                title: "I progetti vincitori del bilancio partecipativo",
                description: "I progetti scelti dai residenti con il loro voto, dalla progettazione alla consegna.",
                status: "in-progress",
                progress: 20,
                planned: Some(budget.total),
                timeline: &[
                    ("Risultati pubblicati; gli uffici incontrano chi ha proposto i progetti.", "in-progress", 10),
                    ("Progettazione avviata per tutti i progetti vincitori.", "in-progress", 20),
                ],
            };
            create(db, process.id, None, &plan, official, &links).await?;
        }
    }
    Ok(())
}

async fn create(
    db: &Db,
    process: ProcessId,
    parent: Option<i64>,
    plan: &Plan,
    official: AccountId,
    links: &[(&str, i64)],
) -> AppResult<i64> {
    let id = db
        .create_result(&NewResult {
            process,
            parent,
            title: plan.title,
            description: plan.description,
            locale: "it",
            status: if plan.timeline.is_empty() { plan.status } else { "planned" },
            progress: if plan.timeline.is_empty() { plan.progress } else { 0 },
            starts_on: Some("2026-03-01"),
            ends_on: Some("2027-06-30"),
            budget_planned: plan.planned,
            budget_spent: None,
            created_by: official,
            links,
        })
        .await?;
    for (body, status, progress) in plan.timeline {
        let update = NewResultUpdate {
            body,
            status,
            progress: *progress,
            cancel_reason: None,
            budget_spent: plan.planned.map(|planned| planned * progress / 100),
            written_by: official,
        };
        db.add_result_update(id, &update).await?;
    }
    Ok(id)
}

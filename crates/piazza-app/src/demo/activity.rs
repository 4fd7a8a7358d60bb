//! The demo's everyday life, so that every page has something real to show: neighbourhoods,
//! processes in different phases, dozens of proposals per community in three languages (some
//! co-authored by organisations, some amended, some answered in each state), discussions,
//! meetings past and future, and a moderation history.

use std::time::Duration;

use piazza_domain::{AccountId, CommunityId, ContentKind, FollowTarget, ProcessId, ProposalId};
use piazza_store::Db;
use piazza_store::coauthors::Invitee;
use piazza_store::comments::NewComment;
use piazza_store::meetings::NewMeeting;
use piazza_store::moderation::NewReport;
use piazza_store::processes::NewProcess;
use piazza_store::proposals::NewProposal;
use time::{OffsetDateTime, Time};

use crate::AppResult;

/// An idea residents propose, in the language they write in.
struct Idea {
    title: &'static str,
    body: &'static str,
    locale: &'static str,
    category: &'static str,
}

const IDEAS: &[Idea] = &[
    Idea {
        title: "Panchine all'ombra",
        body: "Chi cammina piano ha bisogno di fermarsi ogni cento metri. Panchine con schienale e braccioli, sotto gli alberi.",
        locale: "it",
        category: "public-space",
    },
    Idea {
        title: "Rastrelliere per le biciclette",
        body: "Le bici oggi si legano ai pali della luce. Servono rastrelliere coperte vicino alle fermate e ai negozi.",
        locale: "it",
        category: "mobility",
    },
    Idea {
        title: "Fontanella di acqua potabile",
        body: "D'estate non c'è un posto dove bere. Una fontanella con una vaschetta bassa anche per i cani.",
        locale: "it",
        category: "green-spaces",
    },
    Idea {
        title: "Attraversamento pedonale rialzato",
        body: "Le auto passano veloci davanti alla scuola. Un attraversamento rialzato le obbliga a rallentare.",
        locale: "it",
        category: "safety",
    },
    Idea {
        title: "Orto condiviso",
        body: "Un pezzo di terra comunale, diviso in parcelle, per chi non ha un giardino. Le scuole potrebbero averne una.",
        locale: "it",
        category: "green-spaces",
    },
    Idea {
        title: "Sportello digitale assistito",
        body: "Un pomeriggio a settimana, volontari aiutano chi non sa usare lo SPID o prenotare una visita online.",
        locale: "it",
        category: "digital",
    },
    Idea {
        title: "Cinema all'aperto d'estate",
        body: "Quattro serate a luglio, film per famiglie, sedie portate da casa. Costa poco e riempie la piazza.",
        locale: "it",
        category: "culture",
    },
    Idea {
        title: "Bagni pubblici accessibili",
        body: "Non ce n'è uno accessibile in carrozzina in tutta la zona. Basterebbe aprire quello del centro civico.",
        locale: "it",
        category: "health",
    },
    Idea {
        title: "Solar lights on the footpath",
        body: "The path along the river is dark from five in winter. Solar bollards need no digging and no wiring.",
        locale: "en",
        category: "energy",
    },
    Idea {
        title: "A repair café once a month",
        body: "Volunteers fix toasters, bikes and clothes with their owners. Less waste, and neighbours meet.",
        locale: "en",
        category: "environment",
    },
    Idea {
        title: "Free sports hall hours for teenagers",
        body: "The hall is empty on Friday evenings. Open it with a youth worker, and the bus shelter stops being the only place.",
        locale: "en",
        category: "sport",
    },
    Idea {
        title: "Bus stop with a roof and a timetable",
        body: "People wait in the rain and do not know when the bus comes. A shelter with a printed timetable and a bench.",
        locale: "en",
        category: "mobility",
    },
    Idea {
        title: "Market stalls for local growers",
        body: "Let small producers sell on Saturday mornings without the yearly fee, for the first season.",
        locale: "en",
        category: "economy",
    },
    Idea {
        title: "مقاعد وظل قرب المدرسة",
        body: "الأمهات ينتظرن الأطفال تحت الشمس. نقترح مقاعد ومظلة صغيرة قرب باب المدرسة.",
        locale: "ar",
        category: "public-space",
    },
    Idea {
        title: "دروس لغة إيطالية مساءً",
        body: "كثير من العاملين لا يستطيعون الحضور صباحًا. دروس مجانية مساءً في مكتبة الحي مع رعاية للأطفال.",
        locale: "ar",
        category: "social-care",
    },
    Idea {
        title: "ممر آمن للدراجات إلى المحطة",
        body: "الطريق إلى محطة القطار خطير على الدراجات. ممر محمي يشجع الشباب على ترك السيارة.",
        locale: "ar",
        category: "mobility",
    },
    Idea {
        title: "مساحة لعب للأطفال الصغار",
        body: "الحديقة فيها ألعاب للكبار فقط. نريد ركنًا مسيّجًا للأطفال دون الخامسة.",
        locale: "ar",
        category: "green-spaces",
    },
    Idea {
        title: "Casa dell'acqua",
        body: "Un distributore di acqua filtrata, liscia e gassata, riduce le bottiglie di plastica di tutto il quartiere.",
        locale: "it",
        category: "environment",
    },
    Idea {
        title: "Alloggi per studenti negli appartamenti vuoti",
        body: "Ci sono case comunali sfitte da anni. Affittarle a studenti e giovani lavoratori a canone concordato.",
        locale: "it",
        category: "housing",
    },
    Idea {
        title: "Wi-Fi in the library garden",
        body: "Students already sit there in spring. Extending the library's network to the garden costs one access point.",
        locale: "en",
        category: "digital",
    },
];

/// What the officials answered, by state, in the community's own language.
const ANSWERS: &[(&str, &str)] = &[
    ("accepted", "Accolta: gli uffici tecnici l'hanno verificata e la inseriscono nel programma dei lavori."),
    ("rejected", "Respinta: lo spazio indicato è privato e il Comune non può intervenire. Proponila altrove."),
    ("evaluating", "Gli uffici stanno verificando costi e permessi: risposta entro sei settimane."),
    ("implemented", "Realizzata: i lavori sono finiti il mese scorso. Grazie a chi l'ha proposta."),
];

/// Remarks residents make in discussions, with their stance and language.
const REMARKS: &[(&str, &str, &str)] = &[
    ("in-favour", "it", "Sono d'accordo: ci passo ogni giorno con mia madre e ne abbiamo bisogno."),
    ("against", "it", "Bella idea, ma chi paga la manutenzione dopo il primo anno?"),
    ("neutral", "en", "Has anyone asked the people who live on that street?"),
    ("in-favour", "en", "Yes. The same worked well in the next town."),
    ("in-favour", "ar", "فكرة ممتازة، وأنا مستعد للمساعدة."),
    ("neutral", "ar", "هل يمكن أن تكون قريبة من موقف الحافلات؟"),
    ("against", "en", "I would rather spend the money on the footpaths first."),
];

const RESIDENTS: &[&str] = &["giulia", "amina", "samir", "tom", "elena", "karim"];

/// A point on the map in the community, spread a little around its centre so that a map of the
/// demo's open data shows places. The communities are imaginary; the points lie in a valley of
/// central Italy.
fn demo_point(slug: &str, index: usize) -> (f64, f64) {
    let (latitude, longitude) = match slug {
        "lorenza" => (43.8431, 10.5030),
        "san-vito-al-lora" => (43.9120, 10.6210),
        _ => (43.9785, 10.7010),
    };
    let step = index as f64;
    (latitude + ((step * 0.7).sin() * 0.01), longitude + ((step * 1.3).cos() * 0.012))
}

/// Midnight today plus `days`, in UTC.
fn day(days: i64) -> OffsetDateTime {
    let today = piazza_domain::now().replace_time(Time::MIDNIGHT);
    let shift = Duration::from_secs(days.unsigned_abs() * 86_400);
    if days >= 0 { today + shift } else { today - shift }
}

/// A day at a given hour, in UTC.
fn at(days: i64, hour: u8) -> OffsetDateTime {
    day(days) + Duration::from_secs(u64::from(hour) * 3600)
}

struct Community<'a> {
    slug: &'static str,
    official: AccountId,
    moderator: AccountId,
    facilitator: AccountId,
    neighbourhoods: Vec<i64>,
    organisation: Option<&'a str>,
}

pub(super) async fn seed(
    db: &Db,
    community_id: &dyn Fn(&str) -> Option<CommunityId>,
    person_id: &dyn Fn(&str) -> Option<AccountId>,
) -> AppResult<()> {
    let person = |name: &str| person_id(name).expect("demo people exist");
    let residents: Vec<AccountId> = RESIDENTS.iter().map(|name| person(name)).collect();
    let places: &[(&str, &[&str], Option<&str>)] = &[
        ("lorenza", &["Centro storico", "Borgo Est", "Lungofiume", "Collina"], Some("lorenza-civic-lab")),
        ("san-vito-al-lora", &["Capoluogo", "Frazione Molino"], Some("cooperativa-energia-valle")),
        // A village of 600 people needs no neighbourhoods.
        ("pietrabuona", &[], Some("pro-loco-pietrabuona")),
    ];
    for (slug, names, organisation) in places {
        let id = community_id(slug).expect("demo communities exist");
        let mut neighbourhoods = Vec::new();
        for name in *names {
            neighbourhoods.push(db.add_neighbourhood(id, name).await?);
        }
        let short = match *slug {
            "san-vito-al-lora" => "sanvito",
            other => other,
        };
        let community = Community {
            slug,
            official: person(&format!("{short}-official")),
            moderator: person(&format!("{short}-moderator")),
            facilitator: person(&format!("{short}-facilitator")),
            neighbourhoods,
            organisation: *organisation,
        };
        let open = open_process(db, id, &community).await?;
        let proposals = seed_proposals(db, &community, open, &residents).await?;
        seed_meetings(db, &community, open, &proposals, &residents).await?;
        super::representation::seed(db, id, slug, community.facilitator, open, &proposals, person_id).await?;
        if *slug == "lorenza" {
            seed_moderation(db, id, &community, open, &proposals, person_id).await?;
        }
        // Amina has not voted anywhere, so that the ballot can be tried in Arabic.
        super::budgets::seed(db, id, slug, community.official, community.facilitator, &residents, person("amina"))
            .await?;
        super::accountability::seed(db, id, community.official).await?;
        let point = |index: usize| demo_point(slug, index);
        super::services::seed(db, id, slug, community.official, &community.neighbourhoods, &residents, &point).await?;
    }
    Ok(())
}

/// A second process for each community, in a different phase from its first, where the demo's
/// dozens of proposals live.
async fn open_process(db: &Db, community: CommunityId, about: &Community<'_>) -> AppResult<ProcessId> {
    type Phases = &'static [super::DemoPhase];
    let (title, summary, description, phases): (&str, &str, &str, Phases) = match about.slug {
        "lorenza" => (
            "Quartieri più vivibili",
            "Piccoli interventi che cambiano la vita di tutti i giorni: panchine, ombra, acqua, strade sicure. Proponi, discuti, migliora le proposte degli altri.",
            "Il Comune ha riservato **300.000 euro** per interventi proposti dai residenti. Le proposte migliori passano alla co-progettazione con gli uffici.",
            &[
                ("inform", -40, -21, &["meetings"]),
                ("co-design", -20, 25, &["proposals", "supports", "comments", "amendments", "meetings"]),
                ("prioritise", 26, 45, &["supports"]),
            ],
        ),
        "san-vito-al-lora" => (
            "Il paese che vogliamo nel 2030",
            "San Vito scrive il suo piano per i prossimi anni. Ogni idea conta, anche la più piccola.",
            "Le idee raccolte diventano il documento di indirizzo che il consiglio comunale discuterà in primavera.",
            &[("ideate", -15, 40, &["proposals", "supports", "comments", "amendments", "meetings"])],
        ),
        _ => (
            "La piazza della chiesa",
            "La piazza è un parcheggio. Decidiamo insieme come restituirla a chi ci vive.",
            "La Pro Loco e il Comune raccolgono le idee; una serata in piazza le mette a confronto.",
            &[
                ("ideate", -10, 20, &["proposals", "supports", "comments", "meetings"]),
                ("co-design", 21, 50, &["comments", "amendments", "meetings"]),
            ],
        ),
    };
    let phases = super::new_phases(phases);
    let process = NewProcess {
        community,
        title,
        summary,
        easy_read: None,
        description,
        locale: "it",
        support_threshold: 4,
        created_by: about.official,
        neighbourhoods: &[],
    };
    let id = db.create_process(&process, &phases).await?;
    db.follow(about.official, FollowTarget::Process, id.0).await?;
    Ok(id)
}

/// Two dozen proposals, each with its own fate: the village too, where people know each other
/// and propose as much as in town.
async fn seed_proposals(
    db: &Db,
    about: &Community<'_>,
    process: ProcessId,
    residents: &[AccountId],
) -> AppResult<Vec<ProposalId>> {
    let count = 24;
    let mut made: Vec<ProposalId> = Vec::new();
    for index in 0..count {
        let idea = &IDEAS[index % IDEAS.len()];
        let author = residents[index % residents.len()];
        let neighbourhood =
            (!about.neighbourhoods.is_empty()).then(|| about.neighbourhoods[index % about.neighbourhoods.len()]);
        let id = db
            .create_proposal(&NewProposal {
                process,
                title: idea.title,
                body: idea.body,
                category: Some(idea.category),
                address: None,
                neighbourhood,
                point: (index % 3 == 0).then(|| demo_point(about.slug, index)),
                locale: idea.locale,
                author,
                shuffle_key: ((index as i64) * 7_919) % 101,
                provenance: piazza_store::proposals::Provenance::ONLINE,
            })
            .await?;
        db.follow(author, FollowTarget::Proposal, id.0).await?;
        // A few supports each, from the other residents, never the author.
        for supporter in residents.iter().filter(|r| **r != author).take((index * 3) % 5) {
            db.support(id, *supporter, 1_000).await?;
        }
        made.push(id);
    }
    // Fates: answered in each state, one withdrawn, one merged into an earlier one.
    for (index, id) in made.iter().enumerate() {
        let (state, answer) = match index % 12 {
            1 => ANSWERS[0],
            4 => ANSWERS[1],
            6 => ANSWERS[2],
            9 => ANSWERS[3],
            _ => ("", ""),
        };
        if !state.is_empty() {
            if state == "implemented" {
                db.change_proposal_state(*id, "published", "accepted", Some(ANSWERS[0].1), about.official).await?;
                db.change_proposal_state(*id, "accepted", state, Some(answer), about.official).await?;
            } else {
                db.decide_proposal(*id, "published", state, Some(answer), None, about.official).await?;
            }
        }
        if index % 12 == 7 {
            let author = residents[index % residents.len()];
            db.change_proposal_state(*id, "published", "withdrawn", None, author).await?;
        }
        if index % 12 == 11 && index >= 11 {
            let into = made[index - 11];
            db.decide_proposal(
                *id,
                "published",
                "merged",
                Some("Unita a una proposta quasi uguale, che ne raccoglie i sostegni e i commenti."),
                Some(into),
                about.official,
            )
            .await?;
        }
    }
    seed_discussions(db, process, &made, residents).await?;
    // Co-authored by the community's organisation, whose manager accepted.
    if let Some(slug) = about.organisation
        && let Some(organisation) = db.organisation_by_slug(slug).await?
    {
        let manager = db.members(organisation.id).await?.into_iter().find(|m| m.is_manager).map(|m| m.account_id);
        for (index, id) in made.iter().enumerate().filter(|(index, _)| index % 6 == 2) {
            let author = residents[index % residents.len()];
            let invitation = db.invite_coauthor(*id, Invitee::Organisation(organisation.id), author).await?;
            if let Some(manager) = manager {
                db.answer_invitation(invitation, true, manager).await?;
            }
        }
    }
    // Amended: one amendment accepted by the author, one rejected with a reason, one waiting.
    for (offset, outcome) in [(3, "accepted"), (5, "rejected"), (10, "pending")] {
        let Some(id) = made.get(offset) else { continue };
        let Some(proposal) = db.proposal(*id).await? else { continue };
        let author = residents[offset % residents.len()];
        let amender = residents[(offset + 1) % residents.len()];
        let amendment = db
            .create_amendment(&piazza_store::amendments::NewAmendment {
                proposal: *id,
                author: amender,
                base_version: proposal.version,
                title: &proposal.title,
                body: &format!("{}\n\nAnche d'inverno: con una luce e un cestino.", proposal.body),
                reason: "Serve tutto l'anno, non solo d'estate.",
            })
            .await?;
        db.follow(amender, FollowTarget::Proposal, id.0).await?;
        match outcome {
            "accepted" => {
                db.accept_amendment(amendment, author).await?;
            }
            "rejected" => {
                db.reject_amendment(amendment, author, "Preferisco restare sull'essenziale, per ora.").await?;
            }
            _ => {}
        }
    }
    Ok(made)
}

/// Threads of two or three comments on every third proposal, with replies.
async fn seed_discussions(
    db: &Db,
    process: ProcessId,
    proposals: &[ProposalId],
    residents: &[AccountId],
) -> AppResult<()> {
    for (index, proposal) in proposals.iter().enumerate().filter(|(index, _)| index % 3 == 0) {
        let mut parent: Option<i64> = None;
        for turn in 0..(2 + index % 2) {
            let (stance, locale, body) = REMARKS[(index + turn) % REMARKS.len()];
            let author = residents[(index + turn + 1) % residents.len()];
            // The second remark answers the first.
            let reply_to = if turn == 1 { parent } else { None };
            let id = db
                .create_comment(&NewComment {
                    process,
                    proposal: Some(*proposal),
                    parent: reply_to,
                    depth: i64::from(reply_to.is_some()),
                    author,
                    stance,
                    body,
                    locale,
                    provenance: piazza_store::proposals::Provenance::ONLINE,
                })
                .await?;
            db.follow(author, FollowTarget::Proposal, proposal.0).await?;
            if turn == 0 {
                parent = Some(id);
            }
        }
    }
    Ok(())
}

/// A meeting that took place, with its minutes, and two to come: one nearly full, one online.
async fn seed_meetings(
    db: &Db,
    about: &Community<'_>,
    process: ProcessId,
    proposals: &[ProposalId],
    residents: &[AccountId],
) -> AppResult<()> {
    let address = match about.slug {
        "lorenza" => "Centro civico, via Dante 4",
        "san-vito-al-lora" => "Sala consiliare, piazza del Municipio",
        _ => "Piazza della chiesa (con la pioggia: sala della Pro Loco)",
    };
    let past = db
        .create_meeting(&NewMeeting {
            process,
            title: "Serata di avvio",
            description: "Presentiamo il percorso, raccogliamo le prime idee ai tavoli.",
            format: "in-person",
            address: Some(address),
            online_url: None,
            starts_at: at(-12, 18),
            ends_at: at(-12, 20),
            capacity: None,
            access: "step-free,childcare",
            access_notes: None,
            locale: "it",
            created_by: about.facilitator,
        })
        .await?;
    for resident in residents.iter().take(4) {
        db.register(past, *resident, None).await?;
    }
    let outcomes: Vec<i64> = proposals.iter().take(2).map(|p| p.0).collect();
    db.record_minutes(
        past,
        "Trentadue presenti, sei tavoli.\n\n- Il tema più discusso: **ombra e acqua** nei luoghi di attesa.\n- Due idee sono nate ai tavoli e sono state pubblicate la sera stessa.\n\nProssimo appuntamento: la serata di co-progettazione.",
        &outcomes,
    )
    .await?;
    let small = db
        .create_meeting(&NewMeeting {
            process,
            title: "Tavolo di co-progettazione",
            description: "Con i tecnici del Comune trasformiamo le proposte più sostenute in progetti realizzabili. Posti limitati per lavorare bene.",
            format: "hybrid",
            address: Some(address),
            online_url: Some("https://meet.piazza.example/co-progettazione"),
            starts_at: at(5, 17),
            ends_at: at(5, 19),
            capacity: Some(4),
            access: "step-free,hearing-loop,interpretation,quiet-room",
            access_notes: Some("Interpretazione in arabo e in inglese; la sala silenziosa è al primo piano."),
            locale: "it",
            created_by: about.facilitator,
        })
        .await?;
    for (index, resident) in residents.iter().enumerate().take(5) {
        let needs = (index == 1).then_some("Posto per carrozzina");
        db.register(small, *resident, needs).await?;
    }
    db.create_meeting(&NewMeeting {
        process,
        title: "Online Q&A with the technical office",
        description: "Ask the engineers what can be built where, and what it costs. In English and Italian.",
        format: "online",
        address: None,
        online_url: Some("https://meet.piazza.example/qa"),
        starts_at: at(12, 18),
        ends_at: at(12, 19),
        capacity: None,
        access: "sign-language",
        access_notes: None,
        locale: "en",
        created_by: about.facilitator,
    })
    .await?;
    Ok(())
}

/// Lorenza's moderation history: advertising hidden after reports and kept hidden on review,
/// its author blocked, and a sharp but fair comment restored.
async fn seed_moderation(
    db: &Db,
    community: CommunityId,
    about: &Community<'_>,
    process: ProcessId,
    proposals: &[ProposalId],
    person_id: &dyn Fn(&str) -> Option<AccountId>,
) -> AppResult<()> {
    let person = |name: &str| person_id(name).expect("demo people exist");
    let Some(target) = proposals.first() else { return Ok(()) };
    let spammer = person("offerte-lampo");
    let spam = db
        .create_comment(&NewComment {
            process,
            proposal: Some(*target),
            parent: None,
            depth: 0,
            author: spammer,
            stance: "neutral",
            body: "Follower e like a 1 euro! Scrivi a offerte-lampo.example",
            locale: "it",
            provenance: piazza_store::proposals::Provenance::ONLINE,
        })
        .await?;
    let owner = db.content_owner(ContentKind::Comment, spam).await?.expect("the comment was just written");
    for reporter in ["giulia", "tom", "amina"] {
        db.report(&NewReport {
            kind: ContentKind::Comment,
            content_id: spam,
            owner: &owner,
            reporter: person(reporter),
            reason: "spam",
            details: None,
            threshold: 3,
        })
        .await?;
    }
    if let Some(case) = db.moderation_case_of(ContentKind::Comment, spam).await? {
        db.uphold_hiding(&case, "Pubblicità: qui si discute del quartiere, non si vende.", about.moderator).await?;
    }
    db.block(community, spammer, "Pubblicità ripetuta in più discussioni.", about.moderator).await?;

    let sharp = db
        .create_comment(&NewComment {
            process,
            proposal: Some(*target),
            parent: None,
            depth: 0,
            author: person("samir"),
            stance: "against",
            body: "L'ufficio tecnico promette da dieci anni e non fa niente. Vedremo.",
            locale: "it",
            provenance: piazza_store::proposals::Provenance::ONLINE,
        })
        .await?;
    let owner = db.content_owner(ContentKind::Comment, sharp).await?.expect("the comment was just written");
    db.report(&NewReport {
        kind: ContentKind::Comment,
        content_id: sharp,
        owner: &owner,
        reporter: person("elena"),
        reason: "offensive",
        details: Some("Offende chi lavora in Comune."),
        threshold: 3,
    })
    .await?;
    if let Some(case) = db.moderation_case_of(ContentKind::Comment, sharp).await? {
        db.restore_content(&case, Some("Una critica dura ma legittima: resta visibile."), about.moderator).await?;
    }
    Ok(())
}

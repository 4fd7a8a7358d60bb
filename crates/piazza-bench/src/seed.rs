//! The large process the benchmark measures: one process in the demo's city of Lorenza, with
//! ten thousand proposals and a hundred thousand comments in Italian and English, written by a
//! handful of the demo's people.
//!
//! The text is assembled from phrases about what residents ask of a city (trees, cycle lanes,
//! buses, libraries), so that every proposal reads like a proposal and a full-text search for
//! such a word finds many of them, in either language. The same seed gives the same data.

use std::time::Duration;

use piazza_domain::{AccountId, ProcessId, ProposalId};
use piazza_store::Db;
use piazza_store::OffsetDateTime;
use piazza_store::bulk::{BulkComment, BulkProposal};
use piazza_store::comments::NewComment;
use piazza_store::processes::{NewPhase, NewProcess};
use piazza_store::proposals::NewProposal;

use crate::random::XorShift;

/// The demo's people who write the proposals and comments and support the proposals.
const AUTHORS: &[&str] =
    &["giulia", "amina", "tom", "samir", "elena", "karim", "lorenza-facilitator", "lorenza-moderator"];

/// Who opens the process, as the city's official would.
const OFFICIAL: &str = "lorenza-official";

/// Words the seeded text contains often, in both languages; the search scenario asks for them.
pub const SEARCH_WORDS: &[&str] = &[
    "alberi",
    "biciclette",
    "fontanelle",
    "biblioteca",
    "autobus",
    "quartiere",
    "marciapiedi",
    "skatepark",
    "trees",
    "library",
    "playground",
    "buses",
    "crossings",
    "garden",
];

/// What a proposal asks for, as a title starts: (Italian, English).
const TOPICS: &[(&str, &str)] = &[
    ("Più alberi e ombra", "More shade trees"),
    ("Una pista ciclabile protetta", "A protected cycle lane"),
    ("Panchine e fontanelle", "Benches and drinking fountains"),
    ("Lampioni a LED più luminosi", "Brighter LED street lighting"),
    ("Un orto condiviso", "A shared community garden"),
    ("Rastrelliere coperte per biciclette", "Covered racks for bicycles"),
    ("Una biblioteca di quartiere aperta la sera", "A neighbourhood library open in the evening"),
    ("Attraversamenti pedonali sicuri", "Safe pedestrian crossings"),
    ("Un'area giochi inclusiva", "An inclusive playground"),
    ("Cassonetti per la raccolta differenziata", "Recycling bins that are easy to reach"),
    ("Un mercato contadino ogni sabato", "A farmers' market every Saturday"),
    ("Una rete Wi-Fi gratuita", "Free public Wi-Fi"),
    ("Bagni pubblici puliti e accessibili", "Clean, accessible public toilets"),
    ("Una zona 30 per le strade di scuola", "A 30 km/h zone on school streets"),
    ("Uno skatepark per i ragazzi", "A skatepark for teenagers"),
    ("Pannelli solari sulle scuole", "Solar panels on school roofs"),
    ("Un doposcuola gratuito", "A free after-school club"),
    ("Un'area per cani recintata", "A fenced dog park"),
    ("Marciapiedi senza barriere", "Step-free pavements"),
    ("Più corse degli autobus la sera", "More evening buses"),
];

/// Where: (Italian, English, street address if the proposal names one).
const PLACES: &[(&str, &str, Option<&str>)] = &[
    ("in via Garibaldi", "on Via Garibaldi", Some("Via Garibaldi")),
    ("in piazza del Duomo", "in Piazza del Duomo", Some("Piazza del Duomo")),
    ("nel quartiere San Lorenzo", "in the San Lorenzo quarter", None),
    ("vicino alla stazione", "near the station", Some("Piazzale della Stazione")),
    ("davanti alla scuola Collodi", "outside the Collodi school", Some("Via Collodi 12")),
    ("lungo il fiume Lora", "along the river Lora", None),
    ("nel parco delle Rimembranze", "in the Rimembranze park", None),
    ("accanto al mercato coperto", "next to the covered market", Some("Via del Mercato 3")),
    ("in via Roma", "on Via Roma", Some("Via Roma")),
    ("nel quartiere est", "in the eastern quarter", None),
    ("a Borgo Nuovo", "in Borgo Nuovo", None),
    ("vicino all'ospedale", "near the hospital", Some("Viale dell'Ospedale")),
    ("in corso Mazzini", "on Corso Mazzini", Some("Corso Mazzini")),
    ("al centro sportivo", "at the sports centre", Some("Via dello Sport 1")),
    ("dietro il municipio", "behind the town hall", Some("Piazza del Municipio")),
];

/// Why: (Italian, English).
const PROBLEMS: &[(&str, &str)] = &[
    (
        "D'estate fa troppo caldo e non c'è un filo d'ombra.",
        "In summer it is far too hot and there is no shade at all.",
    ),
    ("Le biciclette vengono legate ai pali e ai cancelli.", "Bicycles end up chained to poles and gates."),
    (
        "I bambini attraversano una strada trafficata per andare a scuola.",
        "Children cross a busy road to get to school.",
    ),
    ("Di sera la zona è buia e poco sicura.", "In the evening the area is dark and feels unsafe."),
    ("Gli anziani non hanno un posto dove sedersi.", "Older people have nowhere to sit down."),
    ("Il quartiere non ha spazi per i ragazzi.", "The quarter has no place for teenagers."),
    ("L'autobus passa ogni quaranta minuti.", "The bus comes only every forty minutes."),
    ("I marciapiedi sono stretti e pieni di buche.", "The pavements are narrow and full of holes."),
    ("La biblioteca più vicina chiude alle sei.", "The nearest library closes at six."),
    ("Le fontanelle sono state chiuse anni fa.", "The drinking fountains were closed years ago."),
];

/// Who gains: (Italian, English).
const GAINERS: &[(&str, &str)] = &[
    ("le famiglie con bambini", "families with children"),
    ("gli anziani del quartiere", "the older people of the quarter"),
    ("chi va al lavoro in bicicletta", "people who cycle to work"),
    ("i negozi della via", "the shops on the street"),
    ("gli studenti", "students"),
    ("le persone in carrozzina", "wheelchair users"),
];

/// How comments open, by stance: (stance, Italian, English).
const OPENINGS: &[(&str, &str, &str)] = &[
    ("in-favour", "Sono d'accordo:", "I agree:"),
    ("in-favour", "Ottima idea, finalmente.", "Great idea, at last."),
    ("in-favour", "La sostengo senza dubbi.", "I support this without hesitation."),
    ("against", "Non sono convinto.", "I am not convinced."),
    ("against", "Secondo me ci sono priorità più urgenti.", "I think there are more urgent priorities."),
    ("neutral", "Una domanda per chi propone:", "A question for the authors:"),
    ("neutral", "Dipende da come si realizza.", "It depends on how it is done."),
];

/// What comments go on to say: (Italian, English).
const REMARKS: &[(&str, &str)] = &[
    ("Chi si occuperà della manutenzione?", "Who will look after it once it is built?"),
    ("Mio figlio passa di lì ogni giorno.", "My son walks past there every day."),
    ("Servirebbero anche più alberi lungo la strada.", "More trees along the road would help too."),
    ("Il traffico in quella zona è già un problema.", "Traffic there is already a problem."),
    ("Costa troppo rispetto a quello che serve al quartiere.", "It costs too much for what the quarter needs."),
    ("Ne abbiamo parlato all'assemblea di quartiere.", "We discussed it at the neighbourhood meeting."),
    ("Aggiungerei delle rastrelliere per le biciclette.", "I would add racks for bicycles."),
    ("Con più autobus la sera ci andrei volentieri.", "With more evening buses I would happily go."),
    ("Una biblioteca aperta la sera cambierebbe tutto.", "A library open in the evening would change everything."),
    ("Attenzione ai marciapiedi, sono già stretti.", "Mind the pavements, they are narrow already."),
];

/// The seed of the generated data. Any fixed number would do; a fixed one makes every run seed
/// the same proposals and comments, so that runs compare.
const DATA_SEED: u64 = 20_261_122;

/// A comment once written, as a reply to it needs to know it.
#[derive(Clone, Copy)]
struct WrittenComment {
    id: i64,
    depth: i64,
    created_at: OffsetDateTime,
}

/// What seeding made, for the scenarios to ask for.
pub struct Seeded {
    pub process: ProcessId,
    pub proposals: Vec<ProposalId>,
    pub comments: usize,
}

/// Lower-cases the first letter, for a title's phrase used inside a sentence.
fn inside_sentence(phrase: &str) -> String {
    let mut chars = phrase.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A proposal's generated text and everything else about it, owned until it is written.
struct DraftProposal {
    title: String,
    body: String,
    locale: &'static str,
    address: Option<&'static str>,
    author: AccountId,
    supporters: Vec<AccountId>,
    shuffle_key: i64,
    created_at: OffsetDateTime,
}

fn draft_proposal(rng: &mut XorShift, authors: &[AccountId], now: OffsetDateTime) -> DraftProposal {
    let italian = rng.chance(60);
    let topic = rng.pick(TOPICS);
    let place = rng.pick(PLACES);
    let problem = rng.pick(PROBLEMS);
    let gainer = rng.pick(GAINERS);
    let remark = rng.pick(REMARKS);
    let cost = (5 + rng.below(196)) * 1_000;
    let (title, body) = if italian {
        let title = format!("{} {}", topic.0, place.0);
        let body = format!(
            "Propongo {} {}. {} Ne guadagnerebbero soprattutto {}. {} Il costo stimato è di circa {cost} euro.",
            inside_sentence(topic.0),
            place.0,
            problem.0,
            gainer.0,
            remark.0
        );
        (title, body)
    } else {
        let title = format!("{} {}", topic.1, place.1);
        let body = format!(
            "We propose {} {}. {} It would help {} most of all. {} The estimated cost is about {cost} euros.",
            inside_sentence(topic.1),
            place.1,
            problem.1,
            gainer.1,
            remark.1
        );
        (title, body)
    };
    // Most proposals have few supports and a few have many, as on any real site; the support
    // order then has ties to break and a clear top.
    let supporter_count = rng.index(authors.len() + 1).min(rng.index(authors.len() + 1));
    let first_supporter = rng.index(authors.len());
    let supporters = (0..supporter_count).map(|k| authors[(first_supporter + k) % authors.len()]).collect();
    // Proposals arrive over the eighty days before the last ten, so that their comments, up to
    // ten days later, are all in the past.
    let age = Duration::from_secs(10 * 86_400 + rng.below(80 * 86_400));
    DraftProposal {
        title,
        body,
        locale: if italian { "it" } else { "en" },
        address: if rng.chance(40) { place.2 } else { None },
        author: *rng.pick(authors),
        supporters,
        // Non-negative, as the shuffled order expects.
        shuffle_key: (rng.next_u64() >> 1) as i64,
        created_at: now - age,
    }
}

/// A comment's generated text and place, owned until it is written.
struct DraftComment {
    proposal: usize,
    parent: Option<i64>,
    depth: i64,
    author: AccountId,
    stance: &'static str,
    body: String,
    locale: &'static str,
    created_at: OffsetDateTime,
}

fn draft_comment(
    rng: &mut XorShift,
    authors: &[AccountId],
    proposal: usize,
    proposal_locale: &str,
    parent: Option<WrittenComment>,
    after: OffsetDateTime,
) -> DraftComment {
    // Most people answer in the proposal's language; some in the other one.
    let italian = (proposal_locale == "it") != rng.chance(20);
    let (stance, opening_it, opening_en) = *rng.pick(OPENINGS);
    let first_remark = rng.index(REMARKS.len());
    // Any other remark, so that a comment does not say the same thing twice.
    let second_remark = (first_remark + 1 + rng.index(REMARKS.len() - 1)) % REMARKS.len();
    let (remark, second) = (&REMARKS[first_remark], &REMARKS[second_remark]);
    let body = match (italian, rng.chance(50)) {
        (true, true) => format!("{opening_it} {} {}", remark.0, second.0),
        (true, false) => format!("{opening_it} {}", remark.0),
        (false, true) => format!("{opening_en} {} {}", remark.1, second.1),
        (false, false) => format!("{opening_en} {}", remark.1),
    };
    let (parent, depth, after) = match parent {
        Some(parent) => (Some(parent.id), parent.depth + 1, parent.created_at),
        None => (None, 0, after),
    };
    DraftComment {
        proposal,
        parent,
        depth,
        author: *rng.pick(authors),
        stance,
        body,
        locale: if italian { "it" } else { "en" },
        created_at: after + Duration::from_secs(60 + rng.below(3 * 86_400)),
    }
}

/// How many comments each proposal gets: around the average, varied, adding up to `total`.
fn comment_counts(rng: &mut XorShift, proposals: usize, total: usize) -> Vec<usize> {
    let average = total / proposals.max(1);
    let mut counts: Vec<usize> = (0..proposals).map(|_| average / 2 + rng.index(average + 1)).collect();
    let mut sum: usize = counts.iter().sum();
    while sum < total {
        counts[rng.index(proposals)] += 1;
        sum += 1;
    }
    while sum > total {
        let proposal = rng.index(proposals);
        if counts[proposal] > 0 {
            counts[proposal] -= 1;
            sum -= 1;
        }
    }
    counts
}

/// Writes one level of comments and returns, per proposal, those written, for the next level's
/// replies to choose parents from.
async fn write_level(
    db: &Db,
    process: ProcessId,
    proposal_ids: &[ProposalId],
    drafts: &[DraftComment],
) -> Result<Vec<Vec<WrittenComment>>, String> {
    let rows: Vec<BulkComment<'_>> = drafts
        .iter()
        .map(|draft| BulkComment {
            comment: NewComment {
                process,
                proposal: Some(proposal_ids[draft.proposal]),
                parent: draft.parent,
                depth: draft.depth,
                author: draft.author,
                stance: draft.stance,
                body: &draft.body,
                locale: draft.locale,
                provenance: piazza_store::proposals::Provenance::ONLINE,
            },
            created_at: draft.created_at,
        })
        .collect();
    let ids = db.insert_comments(&rows).await.map_err(|e| format!("inserting comments failed: {e}"))?;
    let mut by_proposal = vec![Vec::new(); proposal_ids.len()];
    for (draft, id) in drafts.iter().zip(ids) {
        by_proposal[draft.proposal].push(WrittenComment { id, depth: draft.depth, created_at: draft.created_at });
    }
    Ok(by_proposal)
}

/// Adds the large process to Lorenza, with its proposals and their comment threads.
pub async fn seed_large_process(db: &Db, proposal_total: usize, comment_total: usize) -> Result<Seeded, String> {
    let lorenza = db
        .community_by_slug("lorenza")
        .await
        .map_err(|e| e.to_string())?
        .ok_or("the demo has no community \"lorenza\"; was it seeded?")?;
    let mut authors = Vec::new();
    for username in AUTHORS {
        let account = db.account_by_username(username).await.map_err(|e| e.to_string())?;
        authors.push(account.ok_or_else(|| format!("the demo has no account {username}"))?.id);
    }
    let official = db
        .account_by_username(OFFICIAL)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("the demo has no account {OFFICIAL}"))?
        .id;
    let now = piazza_domain::now();
    let day = Duration::from_secs(86_400);
    let process = db
        .create_process(
            &NewProcess {
                community: lorenza.id,
                title: "Bilancio partecipativo: idee per la città",
                summary: "Un milione di euro per le idee dei residenti. Proponi, commenta e sostieni i progetti per il tuo quartiere.",
                easy_read: Some("Il Comune ha soldi per le idee di chi vive a Lorenza. Puoi dire la tua idea."),
                description: "## Come funziona\n\nChiunque può proporre un progetto, commentarlo e sostenerlo. Le proposte più sostenute vengono valutate dagli uffici tecnici.",
                locale: "it",
                // Out of reach, so that no seeded proposal should have moved to evaluation.
                support_threshold: 1_000,
                created_by: official,
                neighbourhoods: &[],
            },
            &[NewPhase {
                kind: "ideate",
                starts_at: now - 100 * day,
                ends_at: now + 60 * day,
                allows_proposals: true,
                allows_supports: true,
                allows_comments: true,
                allows_amendments: true,
                allows_meetings: false,
            }],
        )
        .await
        .map_err(|e| format!("creating the process failed: {e}"))?;

    let mut rng = XorShift::new(DATA_SEED);
    let drafts: Vec<DraftProposal> = (0..proposal_total).map(|_| draft_proposal(&mut rng, &authors, now)).collect();
    let rows: Vec<BulkProposal<'_>> = drafts
        .iter()
        .map(|draft| BulkProposal {
            proposal: NewProposal {
                process,
                title: &draft.title,
                body: &draft.body,
                category: None,
                address: draft.address,
                neighbourhood: None,
                point: None,
                locale: draft.locale,
                author: draft.author,
                shuffle_key: draft.shuffle_key,
                provenance: piazza_store::proposals::Provenance::ONLINE,
            },
            supporters: draft.supporters.clone(),
            created_at: draft.created_at,
        })
        .collect();
    let proposal_ids = db.insert_proposals(&rows).await.map_err(|e| format!("inserting proposals failed: {e}"))?;

    // Of each proposal's comments, about six in ten start a thread, three answer one of those,
    // and one answers an answer: threads as deep as Piazza allows.
    let counts = comment_counts(&mut rng, proposal_total, comment_total);
    let mut top_level = Vec::new();
    let mut replies = Vec::new();
    let mut replies_to_replies = Vec::new();
    for &count in &counts {
        let second = count * 3 / 10;
        let third = count / 10;
        top_level.push(count - second - third);
        replies.push(second);
        replies_to_replies.push(third);
    }
    let level = |rng: &mut XorShift, counts: &[usize], parents: Option<&[Vec<WrittenComment>]>| {
        let mut level = Vec::new();
        for (proposal, &count) in counts.iter().enumerate() {
            for _ in 0..count {
                let parent = parents.map(|parents| *rng.pick(&parents[proposal]));
                let draft = &drafts[proposal];
                level.push(draft_comment(rng, &authors, proposal, draft.locale, parent, draft.created_at));
            }
        }
        level
    };
    let first = level(&mut rng, &top_level, None);
    let first_ids = write_level(db, process, &proposal_ids, &first).await?;
    let second = level(&mut rng, &replies, Some(&first_ids));
    let second_ids = write_level(db, process, &proposal_ids, &second).await?;
    let third = level(&mut rng, &replies_to_replies, Some(&second_ids));
    write_level(db, process, &proposal_ids, &third).await?;

    Ok(Seeded { process, proposals: proposal_ids, comments: first.len() + second.len() + third.len() })
}

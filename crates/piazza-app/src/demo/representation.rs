//! The demo's representation figures: each community's reference population, residents who
//! answered the questions about themselves online, and people met at street stands, workshops,
//! on paper and by phone whose supports and comments a facilitator recorded. The numbers are
//! chosen so that each dashboard shows a group visibly behind and some cells too small to show.

use piazza_domain::{AccountId, CommunityId, ConsentPurpose, ContributionChannel, ProcessId, ProposalId};
use piazza_store::Db;
use piazza_store::assisted::{GivenConsent, NewAssistedParticipant};
use piazza_store::comments::NewComment;
use piazza_store::proposals::Provenance;

use crate::AppResult;

/// How many people gave each answer, in the order of the groups.
struct Answers {
    topic: &'static str,
    groups: &'static [(&'static str, usize)],
}

struct Plan {
    slug: &'static str,
    /// (topic, group, people) of the reference population; neighbourhoods by position.
    reference: &'static [(&'static str, &'static str, i64)],
    /// The community's own question: label, options, and the reference population per option.
    question: Option<(&'static str, &'static [(&'static str, i64)])>,
    answers: &'static [Answers],
    events: &'static [&'static str],
}

const PLANS: &[Plan] = &[
    Plan {
        slug: "lorenza",
        reference: &[
            ("age-band", "under-16", 57_700),
            ("age-band", "16-24", 37_100),
            ("age-band", "25-44", 98_950),
            ("age-band", "45-64", 119_570),
            ("age-band", "65-plus", 98_980),
            ("gender", "woman", 212_700),
            ("gender", "man", 199_600),
            ("neighbourhood", "0", 61_000),
            ("neighbourhood", "1", 118_000),
            ("neighbourhood", "2", 96_000),
            ("neighbourhood", "3", 137_300),
        ],
        question: Some(("Sei nata o nato in un altro paese?", &[("Sì", 49_500), ("No", 362_800)])),
        answers: &[
            Answers {
                topic: "age-band",
                groups: &[("under-16", 1), ("16-24", 5), ("25-44", 11), ("45-64", 13), ("65-plus", 18)],
            },
            Answers { topic: "gender", groups: &[("woman", 27), ("man", 19), ("prefer-not-to-say", 2)] },
            Answers { topic: "neighbourhood", groups: &[("0", 17), ("1", 14), ("2", 11), ("3", 6)] },
            Answers { topic: "question", groups: &[("0", 6), ("1", 38), ("prefer-not-to-say", 4)] },
        ],
        events: &["Banchetto al mercato del sabato, Piazza Grande", "Laboratorio al centro anziani di Borgo Est"],
    },
    Plan {
        slug: "san-vito-al-lora",
        reference: &[
            ("age-band", "under-16", 1_250),
            ("age-band", "16-24", 850),
            ("age-band", "25-44", 2_150),
            ("age-band", "45-64", 2_600),
            ("age-band", "65-plus", 2_090),
            ("gender", "woman", 4_560),
            ("gender", "man", 4_380),
            ("neighbourhood", "0", 6_100),
            ("neighbourhood", "1", 2_840),
        ],
        question: None,
        answers: &[
            Answers {
                topic: "age-band",
                groups: &[("under-16", 0), ("16-24", 2), ("25-44", 6), ("45-64", 10), ("65-plus", 12)],
            },
            Answers { topic: "gender", groups: &[("woman", 9), ("man", 19), ("prefer-not-to-say", 2)] },
            Answers { topic: "neighbourhood", groups: &[("0", 21), ("1", 9)] },
        ],
        events: &["Assemblea in sala consiliare", "Telefonate della cooperativa"],
    },
    Plan {
        slug: "pietrabuona",
        reference: &[
            ("age-band", "under-16", 60),
            ("age-band", "16-24", 42),
            ("age-band", "25-44", 140),
            ("age-band", "45-64", 180),
            ("age-band", "65-plus", 190),
            ("gender", "woman", 310),
            ("gender", "man", 302),
        ],
        question: None,
        answers: &[
            Answers {
                topic: "age-band",
                groups: &[("under-16", 0), ("16-24", 0), ("25-44", 3), ("45-64", 5), ("65-plus", 8)],
            },
            Answers { topic: "gender", groups: &[("woman", 8), ("man", 7), ("prefer-not-to-say", 1)] },
        ],
        events: &["Moduli di carta al bar della piazza", "Incontro in canonica"],
    },
];

const COMMENTS: &[&str] = &[
    "Sono d'accordo, ma servono anche panchine lungo la strada.",
    "Lo dico da anni: è la cosa più urgente del paese.",
    "Va bene, purché non si tolgano parcheggi ai residenti anziani.",
];

/// Each person's answer to one topic: the plan's counts, spread over people so that topics do
/// not line up (person `i` takes entry `i * 7 mod n`; 7 is prime to every demo's head count).
fn answer_of(answers: &Answers, person: usize, people: usize) -> &'static str {
    let slot = (person * 7) % people;
    let mut seen = 0;
    for (group, count) in answers.groups {
        seen += count;
        if slot < seen {
            return group;
        }
    }
    "prefer-not-to-say"
}

/// Residents who answered online, in Lorenza: (username, age band, gender).
const ONLINE: &[(&str, &str, &str)] =
    &[("giulia", "25-44", "woman"), ("samir", "16-24", "man"), ("tom", "45-64", "man"), ("elena", "65-plus", "woman")];

pub(super) async fn seed(
    db: &Db,
    community: CommunityId,
    slug: &str,
    facilitator: AccountId,
    process: ProcessId,
    proposals: &[ProposalId],
    person_id: &dyn Fn(&str) -> Option<AccountId>,
) -> AppResult<()> {
    let Some(plan) = PLANS.iter().find(|plan| plan.slug == slug) else {
        return Ok(());
    };
    let neighbourhoods = db.neighbourhoods_of(community).await?;
    let neighbourhood_key = |position: &str| {
        position.parse::<usize>().ok().and_then(|index| neighbourhoods.get(index)).map(|n| n.id.to_string())
    };
    let mut reference: Vec<(String, String, i64)> = Vec::new();
    for (topic, group, people) in plan.reference {
        let group = if *topic == "neighbourhood" { neighbourhood_key(group) } else { Some((*group).to_owned()) };
        if let Some(group) = group {
            reference.push(((*topic).to_owned(), group, *people));
        }
    }
    let mut question_topic = None;
    let mut option_ids = Vec::new();
    if let Some((label, options)) = plan.question {
        let labels: Vec<String> = options.iter().map(|(label, _)| (*label).to_owned()).collect();
        let id = db.add_demographic_question(community, label, "it", &labels).await?;
        let topic = format!("question-{id}");
        let question = db.demographic_questions(community).await?.into_iter().find(|q| q.id == id);
        option_ids =
            question.map(|q| q.options.into_iter().map(|(id, _)| id.to_string()).collect()).unwrap_or_default();
        for ((_, people), option) in options.iter().zip(&option_ids) {
            reference.push((topic.clone(), option.clone(), *people));
        }
        question_topic = Some(topic);
    }
    db.set_reference_population(community, &reference).await?;

    let people: usize = plan.answers[0].groups.iter().map(|(_, count)| count).sum();
    for person in 0..people {
        let mut answers = Vec::new();
        for topic_answers in plan.answers {
            let answer = answer_of(topic_answers, person, people);
            let (topic, answer) = match topic_answers.topic {
                "neighbourhood" => ("neighbourhood".to_owned(), neighbourhood_key(answer)),
                "question" => match &question_topic {
                    Some(topic) => (
                        topic.clone(),
                        if answer == "prefer-not-to-say" {
                            Some(answer.to_owned())
                        } else {
                            answer.parse::<usize>().ok().and_then(|index| option_ids.get(index)).cloned()
                        },
                    ),
                    None => continue,
                },
                topic => (topic.to_owned(), Some(answer.to_owned())),
            };
            if let Some(answer) = answer {
                answers.push((topic, answer));
            }
        }
        let channel = ContributionChannel::ASSISTED[person % ContributionChannel::ASSISTED.len()];
        let event = plan.events[person % plan.events.len()];
        let consents = [GivenConsent::to(ConsentPurpose::TakingPart), GivenConsent::to(ConsentPurpose::Demographics)];
        let initials = ["A.", "B.", "C.", "D.", "E.", "F.", "G.", "L.", "M.", "N.", "P.", "R.", "S.", "T."];
        let name = format!("{} {}", initials[person % initials.len()], initials[(person * 5 + 3) % initials.len()]);
        let participant = db
            .create_assisted_participant(&NewAssistedParticipant {
                community,
                username: &format!("assisted-demo-{slug}-{person}"),
                display_name: &name,
                locale: "it",
                channel: channel.key(),
                consent_channel: channel.consent_channel().key(),
                event,
                recorded_by: facilitator,
                // Demo receipts cannot be claimed: no code hashes to this.
                claim_code_hash: &format!("demo:{slug}:{person}"),
                consents: &consents,
                demographics: &answers,
            })
            .await?;
        let provenance = Provenance { channel: channel.key(), event: Some(event), recorded_by: Some(facilitator) };
        if proposals.is_empty() {
            continue;
        }
        let proposal = proposals[person % proposals.len()];
        db.support_by(proposal, participant, 1_000, provenance).await?;
        if person % 4 == 0 {
            db.create_comment(&NewComment {
                process,
                proposal: Some(proposal),
                parent: None,
                depth: 0,
                author: participant,
                stance: "in-favour",
                body: COMMENTS[person % COMMENTS.len()],
                locale: "it",
                provenance,
            })
            .await?;
        }
    }

    if slug == "lorenza" {
        for (username, age_band, gender) in ONLINE {
            let Some(account) = person_id(username) else { continue };
            crate::consents::grant_online(db, account, &[ConsentPurpose::Demographics]).await?;
            let answers = [
                ("age-band".to_owned(), Some((*age_band).to_owned())),
                ("gender".to_owned(), Some((*gender).to_owned())),
            ];
            db.set_demographic_answers(account, community, &answers).await?;
        }
    }
    Ok(())
}

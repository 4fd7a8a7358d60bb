//! Representation: the questions people may answer about themselves, the community's reference
//! population, and the dashboard that compares who takes part with who lives there.

use std::collections::BTreeMap;

use piazza_domain::representation::{Analysis, GroupCount, analyse};
use piazza_domain::{AgeBand, ConsentPurpose, Gender};
use piazza_store::Db;
use piazza_store::communities::Community;
use piazza_store::processes::Process;
use piazza_store::representation::ChannelCount;

use crate::accounts::Actor;
use crate::{AppError, AppResult, FormErrors};

/// The answer kept for someone who prefers not to say.
pub const PREFER_NOT_TO_SAY: &str = "prefer-not-to-say";

/// How a question or group is named: by a message in the locale files, or by the words the
/// community's administrators wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Label {
    Message(&'static str),
    Text(String),
}

/// What a question is about; it decides which outreach the dashboard suggests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    AgeBand,
    Gender,
    Neighbourhood,
    Community,
}

/// One question as people answer it and as the dashboard counts it.
#[derive(Debug, Clone)]
pub struct Question {
    /// The stored topic, also the form field's name.
    pub topic: String,
    pub subject: Subject,
    pub label: Label,
    /// The language of a community-written label.
    pub locale: Option<String>,
    /// Each group's stored key and name.
    pub groups: Vec<(String, Label)>,
}

/// The questions a community asks: age band and gender always, neighbourhood when it has
/// neighbourhoods, then its own.
pub async fn questions(db: &Db, community: &Community) -> AppResult<Vec<Question>> {
    let mut questions = vec![
        Question {
            topic: "age-band".into(),
            subject: Subject::AgeBand,
            label: Label::Message("about-you-age-band"),
            locale: None,
            groups: AgeBand::ALL
                .iter()
                .map(|band| (band.key().to_owned(), Label::Message(band.message_id())))
                .collect(),
        },
        Question {
            topic: "gender".into(),
            subject: Subject::Gender,
            label: Label::Message("about-you-gender"),
            locale: None,
            groups: Gender::ALL.iter().map(|g| (g.key().to_owned(), Label::Message(g.message_id()))).collect(),
        },
    ];
    let neighbourhoods = db.neighbourhoods_of(community.id).await?;
    if !neighbourhoods.is_empty() {
        questions.push(Question {
            topic: "neighbourhood".into(),
            subject: Subject::Neighbourhood,
            label: Label::Message("about-you-neighbourhood"),
            locale: None,
            groups: neighbourhoods.into_iter().map(|n| (n.id.to_string(), Label::Text(n.name))).collect(),
        });
    }
    for question in db.demographic_questions(community.id).await? {
        questions.push(Question {
            topic: format!("question-{}", question.id),
            subject: Subject::Community,
            label: Label::Text(question.label),
            locale: Some(question.locale),
            groups: question.options.into_iter().map(|(id, label)| (id.to_string(), Label::Text(label))).collect(),
        });
    }
    Ok(questions)
}

/// What the "about you" page shows a person.
pub struct AboutYou {
    /// Whether the person has given the demographics consent under the notice in force.
    pub consented: bool,
    pub questions: Vec<Question>,
    /// The person's answers by topic.
    pub answers: BTreeMap<String, String>,
}

pub async fn about_you(db: &Db, actor: &Actor, community: &Community) -> AppResult<AboutYou> {
    let consented = crate::consents::has_consented(db, actor.id(), ConsentPurpose::Demographics).await?;
    let answers = if consented {
        db.demographic_answers(actor.id(), community.id).await?.into_iter().collect()
    } else {
        BTreeMap::new()
    };
    Ok(AboutYou { consented, questions: questions(db, community).await?, answers })
}

/// Checks answers given in a form, keyed by topic: empty means not answered.
fn checked_answers(
    questions: &[Question],
    given: &BTreeMap<String, String>,
    errors: &mut FormErrors,
) -> Vec<(String, Option<String>)> {
    questions
        .iter()
        .map(|question| {
            let raw = given.get(&question.topic).map_or("", |value| value.trim());
            let answer = match raw {
                "" => None,
                PREFER_NOT_TO_SAY => Some(PREFER_NOT_TO_SAY.to_owned()),
                key if question.groups.iter().any(|(group, _)| group == key) => Some(key.to_owned()),
                _ => {
                    errors.add(question.topic.clone(), "error-choose-one");
                    None
                }
            };
            (question.topic.clone(), answer)
        })
        .collect()
}

/// Saves a person's answers in a community; only with the demographics consent.
pub async fn answer(db: &Db, actor: &Actor, community: &Community, given: &BTreeMap<String, String>) -> AppResult<()> {
    if !crate::consents::has_consented(db, actor.id(), ConsentPurpose::Demographics).await? {
        return Err(FormErrors::single("consent", "error-demographics-consent").into());
    }
    let questions = questions(db, community).await?;
    let mut errors = FormErrors::default();
    let answers = checked_answers(&questions, given, &mut errors);
    if !errors.is_empty() {
        return Err(errors.into());
    }
    db.set_demographic_answers(actor.id(), community.id, &answers).await?;
    Ok(())
}

/// The answers a facilitator recorded from a form given on paper, checked, without the topics
/// left unanswered.
pub(crate) fn recorded_answers(
    questions: &[Question],
    given: &BTreeMap<String, String>,
    errors: &mut FormErrors,
) -> Vec<(String, String)> {
    checked_answers(questions, given, errors)
        .into_iter()
        .filter_map(|(topic, answer)| answer.map(|answer| (topic, answer)))
        .collect()
}

/// Adds a question of the community's own: a label and one option per line.
pub async fn add_question(
    db: &Db,
    actor: &Actor,
    community: &Community,
    label: &str,
    options: &str,
    locale: piazza_domain::Locale,
) -> AppResult<i64> {
    if !actor.administers(community.id) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FormErrors::default();
    let label = errors.check("label", piazza_domain::title(label, 200));
    let options: Vec<String> =
        options.lines().map(str::trim).filter(|line| !line.is_empty()).map(str::to_owned).collect();
    let mut distinct = options.clone();
    distinct.sort();
    distinct.dedup();
    if options.len() < 2
        || options.len() > 12
        || distinct.len() != options.len()
        || options.iter().any(|option| option.chars().count() > 100 || option == PREFER_NOT_TO_SAY)
    {
        errors.add("options", "error-question-options");
    }
    let (Some(label), true) = (label, errors.is_empty()) else {
        return Err(errors.into());
    };
    Ok(db.add_demographic_question(community.id, &label, locale.code(), &options).await?)
}

/// The field name of a group's reference population in the form.
pub fn reference_field(topic: &str, group: &str) -> String {
    format!("reference-{topic}-{group}")
}

/// Replaces the reference population from a form: one whole number of people per group, or
/// empty when unknown.
pub async fn set_reference(
    db: &Db,
    actor: &Actor,
    community: &Community,
    given: &BTreeMap<String, String>,
) -> AppResult<()> {
    if !actor.administers(community.id) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FormErrors::default();
    let mut groups = Vec::new();
    for question in questions(db, community).await? {
        for (group, _) in &question.groups {
            let field = reference_field(&question.topic, group);
            let raw = given.get(&field).map_or("", |value| value.trim());
            if raw.is_empty() {
                continue;
            }
            match raw.replace([',', '.', ' ', '\u{a0}', '\u{202f}'], "").parse::<i64>() {
                Ok(people) if (0..=100_000_000).contains(&people) => {
                    groups.push((question.topic.clone(), group.clone(), people));
                }
                _ => errors.add(field, "error-reference-people"),
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors.into());
    }
    db.set_reference_population(community.id, &groups).await?;
    Ok(())
}

/// One question of the dashboard with its published figures.
pub struct QuestionFigures {
    pub question: Question,
    pub analysis: Analysis,
    /// The reference population per group, as entered.
    pub reference: Vec<Option<i64>>,
}

/// Contributions per channel, with proposals, comments and supports side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChannelRow {
    pub channel: piazza_domain::ContributionChannel,
    pub proposals: i64,
    pub comments: i64,
    pub supports: i64,
}

impl ChannelRow {
    pub fn total(&self) -> i64 {
        self.proposals + self.comments + self.supports
    }
}

/// The channels through which contributions came, every channel listed, in a fixed order.
pub fn channel_rows(counts: &[ChannelCount]) -> Vec<ChannelRow> {
    piazza_domain::ContributionChannel::ALL
        .iter()
        .map(|&channel| {
            let count = |kind: &str| {
                counts
                    .iter()
                    .filter(|c| c.kind == kind && c.channel == channel.key())
                    .map(|c| c.contributions)
                    .sum::<i64>()
            };
            ChannelRow { channel, proposals: count("proposal"), comments: count("comment"), supports: count("support") }
        })
        .collect()
}

/// The representation dashboard of a community, or of one of its processes.
pub struct Dashboard {
    /// How many people took part, when there are enough to say.
    pub participants: Option<i64>,
    pub questions: Vec<QuestionFigures>,
    pub channels: Vec<ChannelRow>,
    /// Whether the community has entered any reference population.
    pub has_reference: bool,
}

pub async fn dashboard(db: &Db, community: &Community, process: Option<&Process>) -> AppResult<Dashboard> {
    let (participants, counts) = db.representation_counts(community.id, process.map(|p| p.id)).await?;
    let reference = db.reference_population(community.id).await?;
    let mut figures = Vec::new();
    for question in questions(db, community).await? {
        let count_of = |answer: &str| {
            counts.iter().find(|c| c.topic == question.topic && c.answer == answer).map_or(0, |c| c.people)
        };
        let reference_of = |group: &str| {
            reference.iter().find(|(topic, answer, _)| *topic == question.topic && answer == group).map(|r| r.2)
        };
        let groups: Vec<GroupCount> = question
            .groups
            .iter()
            .map(|(key, _)| GroupCount { participants: count_of(key), reference: reference_of(key) })
            .collect();
        let prefer_not = count_of(PREFER_NOT_TO_SAY);
        let answered: i64 = groups.iter().map(|g| g.participants).sum::<i64>() + prefer_not;
        let analysis = analyse(&groups, prefer_not, (participants - answered).max(0));
        figures.push(QuestionFigures { reference: groups.iter().map(|g| g.reference).collect(), question, analysis });
    }
    let channels = channel_rows(&db.channel_counts(community.id, process.map(|p| p.id)).await?);
    Ok(Dashboard {
        participants: (participants >= piazza_domain::representation::SMALLEST_SHOWN).then_some(participants),
        questions: figures,
        channels,
        has_reference: !reference.is_empty(),
    })
}

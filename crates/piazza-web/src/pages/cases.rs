//! Cases: the practice exchange's search across the instance, a case's page (with schema.org
//! JSON-LD for search engines and case collections), and the form to describe a practice, from
//! scratch or pre-filled from a process.

use askama::Template;
use axum::extract::{Path, Query};
use piazza_app::AppError;
use piazza_app::cases::{self as use_cases, CaseForm, CaseQuery, OUTCOME_ROWS, OutcomeForm, PARTNER_ROWS};
use piazza_app::records::{Case, CaseOutcome, CasePartner, Community};
use piazza_domain::{Category, CommunityKind, CostBand, PopulationBand, SettlementType, TargetGroup};
use serde_json::json;

use super::communities::find_community;
use super::{Id, PageResult, render, see_other, unprocessable};
use crate::context::Ctx;
use crate::errors::PageError;
use crate::forms::{Fields, FormView, Posted};

#[derive(Template)]
#[template(path = "cases.html")]
struct CasesPage<'a> {
    c: &'a Ctx,
    cases: Vec<Case>,
    query: CaseQuery,
    regions: Vec<Community>,
    areas: &'static [Category],
    settlements: &'static [SettlementType],
    populations: &'static [PopulationBand],
    groups: &'static [TargetGroup],
    costs: &'static [CostBand],
    /// Communities where the reader may describe a practice.
    writable: Vec<Community>,
}

/// `/cases`: practices from every community, found by words and filters, without script.
/// Cases as the reader reads them: in their language when someone translated them into it.
async fn in_reader_language(ctx: &Ctx, cases: Vec<Case>) -> Result<Vec<Case>, PageError> {
    let texts = ctx.state.db.case_texts_in(ctx.locale().code()).await?;
    Ok(cases
        .into_iter()
        .map(|case| match texts.iter().find(|text| text.case_id == case.id && text.locale != case.locale) {
            Some(text) => text.applied_to(&case),
            None => case,
        })
        .collect())
}

pub async fn cases_page(ctx: Ctx, Query(query): Query<CaseQuery>) -> PageResult {
    let db = &ctx.state.db;
    let communities = db.communities().await?;
    let regions: Vec<Community> =
        communities.iter().filter(|c| c.kind == CommunityKind::Region.key()).cloned().collect();
    let cases = in_reader_language(&ctx, db.cases(&query.filter(&regions)).await?).await?;
    let writable = match &ctx.actor {
        Some(actor) => communities.into_iter().filter(|c| use_cases::may_write(actor, c)).collect(),
        None => Vec::new(),
    };
    Ok(render(&CasesPage {
        c: &ctx,
        cases,
        query,
        regions,
        areas: Category::ALL,
        settlements: SettlementType::ALL,
        populations: PopulationBand::ALL,
        groups: TargetGroup::ALL,
        costs: CostBand::ALL,
        writable,
    }))
}

#[derive(Template)]
#[template(path = "case.html")]
struct CasePage<'a> {
    c: &'a Ctx,
    case: Case,
    partners: Vec<CasePartner>,
    lead: Option<String>,
    outcomes: Vec<CaseOutcome>,
    steps: Vec<String>,
    json_ld: String,
    /// The case this one's process was replicated from: (id, title).
    original: Option<(i64, String)>,
    /// Every replica, replicas of replicas after their parent, with their depth.
    family: Vec<FamilyMember>,
    /// The original's indicators beside each replica's achievements.
    comparison: Comparison,
    /// Whether the reader may start a replica somewhere.
    may_replicate: bool,
    /// Whether the reader may ask the case's community a question: they take part in peer
    /// learning for another community.
    may_ask: bool,
    /// Whether the reader may correct the case: they write for its community.
    may_edit: bool,
    may_translate: bool,
    /// The language the case was written in; `case.locale` is the one shown.
    written_in: String,
    /// Whether the case is shown in a translation.
    translated: bool,
    /// The texts the translation shown gives; the others are shown as written.
    translated_texts: Vec<&'static str>,
    /// Whether the translation shown was written before the case was last corrected.
    outdated: bool,
    /// The languages it can be read in, its own first.
    versions: Vec<String>,
    notice: Option<String>,
}

/// A replica in the family tree of a case.
pub struct FamilyMember {
    pub depth: usize,
    pub replica: piazza_app::records::Replica,
    /// The replica's own case, when its community described it: (title, lessons, language).
    pub case: Option<(String, String, String)>,
}

/// The original's outcomes, and for each replica with a case the value it achieved on the same
/// indicator (matched by name).
pub struct Comparison {
    /// Column headings: the communities of the replicas compared.
    pub replicas: Vec<String>,
    pub rows: Vec<ComparisonRow>,
}

pub struct ComparisonRow {
    pub indicator: String,
    pub unit: String,
    pub target: String,
    pub original: String,
    pub replicas: Vec<String>,
}

/// How deep the family tree is followed; a cycle cannot form, but a bound keeps a page small.
const FAMILY_DEPTH: usize = 4;

async fn family_of(ctx: &Ctx, case: i64) -> Result<Vec<FamilyMember>, PageError> {
    let db = &ctx.state.db;
    let mut family = Vec::new();
    let mut frontier = vec![(case, 0)];
    while let Some((parent, depth)) = frontier.pop() {
        if depth >= FAMILY_DEPTH {
            continue;
        }
        let replicas = db.replicas_of(parent).await?;
        // Insert after the parent, in order, so that the list reads as a tree.
        let at = family
            .iter()
            .position(|m: &FamilyMember| m.replica.case_id == Some(parent))
            .map_or(family.len(), |i| i + 1);
        let mut members = Vec::new();
        for replica in replicas {
            let own = match replica.case_id {
                Some(id) => db.case(id).await?.map(|c| (c.title, c.lessons, c.locale)),
                None => None,
            };
            if let Some(id) = replica.case_id {
                frontier.push((id, depth + 1));
            }
            members.push(FamilyMember { depth, replica, case: own });
        }
        for (offset, member) in members.into_iter().enumerate() {
            family.insert(at + offset, member);
        }
    }
    Ok(family)
}

async fn comparison_of(ctx: &Ctx, outcomes: &[CaseOutcome], family: &[FamilyMember]) -> Result<Comparison, PageError> {
    let number = |value: Option<f64>| {
        value.map(|v| ctx.tr.decimal(v, if v.fract() == 0.0 { 0 } else { 1 })).unwrap_or_else(|| "–".to_owned())
    };
    let mut replicas = Vec::new();
    let mut achieved: Vec<Vec<CaseOutcome>> = Vec::new();
    for member in family.iter().filter(|m| m.depth == 0) {
        if let Some(id) = member.replica.case_id {
            replicas.push(member.replica.community_name.clone());
            achieved.push(ctx.state.db.case_outcomes(id).await?);
        }
    }
    let rows = outcomes
        .iter()
        .map(|outcome| ComparisonRow {
            indicator: outcome.name.clone(),
            unit: outcome.unit.clone(),
            target: number(outcome.target),
            original: number(outcome.achieved),
            replicas: achieved
                .iter()
                .map(|theirs| {
                    number(
                        theirs
                            .iter()
                            .find(|o| o.name.trim().eq_ignore_ascii_case(outcome.name.trim()))
                            .and_then(|o| o.achieved),
                    )
                })
                .collect(),
        })
        .collect();
    Ok(Comparison { replicas, rows })
}

impl CasePage<'_> {
    /// The attributes of an element holding the case's own text: its language when the reader
    /// reads another, so that a screen reader speaks it with the right voice.
    fn lang_attributes(&self, lang: &str) -> String {
        if self.c.foreign(lang) {
            format!(" lang=\"{lang}\" dir=\"{}\"", self.c.dir_of(lang))
        } else {
            " dir=\"auto\"".to_owned()
        }
    }

    /// The attributes of the element holding one of the case's translatable texts: the language
    /// of the translation when it gives that text, else the language the case was written in.
    fn lang_of(&self, text: &str) -> String {
        if self.translated_texts.contains(&text) {
            self.lang_attributes(&self.case.locale)
        } else {
            self.lang_attributes(&self.written_in)
        }
    }

    /// The attributes of the element holding a text no translation covers (outcomes, partners'
    /// roles): the language the case was written in.
    fn original_lang(&self) -> String {
        self.lang_attributes(&self.written_in)
    }

    fn area_name(&self) -> String {
        Category::parse(&self.case.policy_area).map(|a| self.c.t(a.message_id())).unwrap_or_default()
    }

    fn group_names(&self) -> String {
        let names: Vec<String> = self
            .case
            .target_group_keys()
            .filter_map(TargetGroup::parse)
            .map(|group| self.c.t(group.message_id()))
            .collect();
        names.join(&self.c.t("list-separator"))
    }

    fn number(&self, value: &Option<f64>) -> String {
        value.map(|v| self.c.tr.decimal(v, if v.fract() == 0.0 { 0 } else { 1 })).unwrap_or_else(|| "–".to_owned())
    }

    fn whole(&self, value: &i64) -> String {
        self.c.tr.number(*value)
    }

    fn population_band(&self) -> Option<String> {
        self.case.population.map(|p| self.c.t(PopulationBand::of(p).message_id()))
    }

    fn cost_band(&self) -> Option<String> {
        self.case.total_cost().map(|cost| self.c.t(CostBand::of(cost).message_id()))
    }
}

/// The case as schema.org describes a piece of work: what, where, by whom, under which licence.
fn json_ld(ctx: &Ctx, case: &Case, partners: &[CasePartner]) -> String {
    let base = ctx.state.config.public_url.trim_end_matches('/');
    let document = json!({
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "@id": format!("{base}/cases/{}", case.id),
        "url": format!("{base}/cases/{}", case.id),
        "name": case.title,
        "abstract": case.summary,
        "about": case.policy_area,
        "inLanguage": case.locale,
        "license": case.licence,
        "dateCreated": case.created_at.date().to_string(),
        "dateModified": case.updated_at.date().to_string(),
        "spatialCoverage": { "@type": "Place", "name": case.community_name },
        "publisher": { "@type": "GovernmentOrganization", "name": case.community_name, "url": format!("{base}/c/{}", case.community_slug) },
        "contributor": partners.iter().map(|p| json!({ "@type": "Organization", "name": p.name })).collect::<Vec<_>>(),
        "audience": case.target_group_keys().map(|g| json!({ "@type": "Audience", "audienceType": g })).collect::<Vec<_>>(),
    });
    // Inside a script element, "</" would end it: JSON allows the escape.
    document.to_string().replace("</", "<\\/")
}

/// `/cases/{id}`: a practice, everything another community needs to judge and replicate it.
#[derive(serde::Deserialize, Default)]
pub struct CaseQueryFlags {
    updated: Option<String>,
    translated: Option<String>,
    /// The language to read the case in: its own or one it was translated into.
    lang: Option<String>,
}

pub async fn case_page(ctx: Ctx, Id(id): Id, Query(flags): Query<CaseQueryFlags>) -> PageResult {
    let db = &ctx.state.db;
    let case = db.case(id).await?.ok_or(PageError::NotFound)?;
    let notice = if flags.updated.is_some() {
        Some(ctx.t("case-done-updated"))
    } else {
        flags.translated.map(|_| ctx.t("case-done-translated"))
    };
    let may_edit = match &ctx.actor {
        Some(actor) => match db.community(piazza_domain::CommunityId(case.community_id)).await? {
            Some(community) => use_cases::may_write(actor, &community),
            None => false,
        },
        None => false,
    };
    let partners = db.case_partners(id).await?;
    let lead = match case.lead_organisation_id {
        Some(lead) => db.organisations().await?.into_iter().find(|o| o.id.0 == lead).map(|o| o.name),
        None => None,
    };
    let json_ld = json_ld(&ctx, &case, &partners);
    // The version shown: the one asked for, else the reader's language when there is a
    // translation into it, else the case as written.
    let texts = db.case_texts(id).await?;
    let wanted = flags.lang.as_deref().unwrap_or(ctx.locale().code());
    let translation = texts.iter().find(|text| text.locale == wanted && text.locale != case.locale).cloned();
    let written_in = case.locale.clone();
    // A translation into the language the case is now written in is no longer a version of it.
    let mut versions: Vec<String> =
        texts.iter().map(|text| text.locale.clone()).filter(|code| *code != written_in).collect();
    let outdated = translation
        .as_ref()
        .and_then(|text| text.translated_at)
        .is_some_and(|translated_at| translated_at < case.updated_at);
    versions.insert(0, written_in.clone());
    let (case, steps, translated_texts) = match &translation {
        Some(text) => {
            let steps = match text.step_lines() {
                none if none.is_empty() => db.case_steps(id).await?,
                translated => translated,
            };
            (text.applied_to(&case), steps, text.translated())
        }
        None => (case, db.case_steps(id).await?, Vec::new()),
    };
    let may_translate = ctx.actor.as_ref().is_some_and(use_cases::may_translate);
    let original = match db.original_of(id).await? {
        Some(original) => db.case(original).await?.map(|c| (c.id, c.title)),
        None => None,
    };
    let outcomes = db.case_outcomes(id).await?;
    let family = family_of(&ctx, id).await?;
    let comparison = comparison_of(&ctx, &outcomes, &family).await?;
    let may_replicate = match &ctx.actor {
        Some(actor) => db.communities().await?.iter().any(|c| piazza_app::processes::speaks_for(actor, c)),
        None => false,
    };
    let may_ask = ctx
        .actor
        .as_ref()
        .is_some_and(|actor| piazza_app::links::conferring_communities(actor).iter().any(|c| c.0 != case.community_id));
    Ok(render(&CasePage {
        may_ask,
        may_edit,
        may_translate,
        written_in,
        translated: translation.is_some(),
        translated_texts,
        outdated,
        versions,
        notice,
        c: &ctx,
        outcomes,
        steps,
        case,
        partners,
        lead,
        json_ld,
        original,
        family,
        comparison,
        may_replicate,
    }))
}

#[derive(Template)]
#[template(path = "case_new.html")]
struct NewCasePage<'a> {
    c: &'a Ctx,
    community: Community,
    form: FormView,
    areas: &'static [Category],
    groups: &'static [TargetGroup],
    organisations: Vec<piazza_app::records::Organisation>,
    outcome_rows: Vec<usize>,
    partner_rows: Vec<usize>,
    /// The process it is written from, by title.
    process_title: Option<String>,
    /// The case being corrected, or none for a new one.
    editing: Option<i64>,
    heading: String,
}

impl NewCasePage<'_> {
    fn outcome(&self, index: &usize, part: &str) -> String {
        use_cases::outcome_field(*index, part)
    }

    fn partner(&self, index: &usize, part: &str) -> String {
        use_cases::partner_field(*index, part)
    }
}

#[derive(serde::Deserialize, Default)]
pub struct NewCaseQuery {
    #[serde(default)]
    process: Option<String>,
}

async fn new_case_with(ctx: &Ctx, community: Community, form: FormView) -> PageResult {
    case_form_page(ctx, community, form, None).await
}

async fn case_form_page(ctx: &Ctx, community: Community, form: FormView, editing: Option<&Case>) -> PageResult {
    let actor = ctx.require_actor()?;
    if !use_cases::may_write(actor, &community) {
        return Err(PageError::Forbidden);
    }
    let process_title = match form.value("source_process").parse::<i64>() {
        Ok(id) => ctx.state.db.process(piazza_domain::ProcessId(id)).await?.map(|p| p.title),
        Err(_) => None,
    };
    let heading = match editing {
        Some(case) => ctx.tr.t_with("case-edit-title", "case", &case.title),
        None => ctx.tr.t_with("case-new-in", "community", &community.name),
    };
    let page = NewCasePage {
        c: ctx,
        editing: editing.map(|case| case.id),
        heading,
        community,
        form,
        areas: Category::ALL,
        groups: TargetGroup::ALL,
        organisations: ctx.state.db.organisations().await?,
        outcome_rows: (1..=OUTCOME_ROWS).collect(),
        partner_rows: (1..=PARTNER_ROWS).collect(),
        process_title,
    };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

/// The form's fields pre-filled from a process: its title and summary, its phases as the method,
/// who took part and how, its budgets as the cost and its results as outcomes.
async fn prefilled(ctx: &Ctx, community: &Community, process_id: i64) -> Result<Fields, PageError> {
    let db = &ctx.state.db;
    let process = db.process(piazza_domain::ProcessId(process_id)).await?.ok_or(PageError::NotFound)?;
    if process.community_id != community.id {
        return Err(PageError::NotFound);
    }
    let facts = use_cases::process_facts(db, community, &process).await?;
    let tr = &ctx.tr;
    let method: Vec<String> = facts
        .phases
        .iter()
        .map(|phase| {
            let kind = piazza_domain::PhaseKind::parse(&phase.kind).map(|k| tr.t(k.message_id())).unwrap_or_default();
            tr.t_texts(
                "case-prefill-phase",
                &[("phase", &kind), ("from", &tr.date(&phase.starts_at)), ("to", &tr.date(&phase.ends_at))],
            )
        })
        .collect();
    let channels: Vec<String> = facts
        .dashboard
        .channels
        .iter()
        .filter(|row| row.total() > 0)
        .map(|row| {
            tr.t_texts(
                "channels-count",
                &[("channel", &tr.t(row.channel.message_id())), ("count", &tr.number(row.total()))],
            )
        })
        .collect();
    let mut inclusion = Vec::new();
    if !channels.is_empty() {
        inclusion.push(tr.t_with("case-prefill-channels", "channels", channels.join(&tr.t("list-separator"))));
    }
    // Who took part by group, as the representation dashboard publishes it: hidden small
    // groups stay hidden here too.
    for figures in &facts.dashboard.questions {
        let groups: Vec<String> = figures
            .question
            .groups
            .iter()
            .zip(&figures.analysis.groups)
            .filter_map(|((_, label), shown)| {
                shown.participants.map(|people| {
                    tr.t_texts(
                        "case-prefill-group",
                        &[("group", &super::representation::label_text(tr, label)), ("count", &tr.number(people))],
                    )
                })
            })
            .collect();
        if !groups.is_empty() {
            inclusion.push(tr.t_texts(
                "case-prefill-groups",
                &[
                    ("question", &super::representation::label_text(tr, &figures.question.label)),
                    ("groups", &groups.join(&tr.t("list-separator"))),
                ],
            ));
        }
    }
    let inclusion = inclusion.join("\n");
    let mut fields = Fields::default()
        .with("source_process", &process.id.0.to_string())
        .with("title", &process.title)
        .with("summary", &process.summary)
        .with("problem", &process.description)
        .with("method", &method.join("\n").replace(['\u{2068}', '\u{2069}'], ""))
        .with("inclusion_measures", &inclusion.replace(['\u{2068}', '\u{2069}'], ""))
        .with("participants", &facts.dashboard.participants.map(|n| n.to_string()).unwrap_or_default())
        .with("currency", "EUR")
        .with("licence", "CC-BY-4.0")
        .with("locale", &process.locale);
    if let Some(budget) = facts.budgets.first() {
        let total: i64 = facts.budgets.iter().filter(|b| b.currency == budget.currency).map(|b| b.total).sum();
        fields = fields.with("running_cost", &total.to_string()).with("currency", &budget.currency);
    }
    for (index, (title, progress)) in facts.results.iter().take(OUTCOME_ROWS).enumerate() {
        let row = index + 1;
        fields = fields
            .with(&use_cases::outcome_field(row, "name"), title)
            .with(&use_cases::outcome_field(row, "unit"), "%")
            .with(&use_cases::outcome_field(row, "baseline"), "0")
            .with(&use_cases::outcome_field(row, "target"), "100")
            .with(&use_cases::outcome_field(row, "achieved"), &progress.to_string())
            .with(&use_cases::outcome_field(row, "measured_how"), &tr.t("case-prefill-measured"));
    }
    Ok(fields)
}

/// `/c/{slug}/cases/new`: describe a practice; `?process=ID` starts from that process.
pub async fn new_case_form(ctx: Ctx, Path(slug): Path<String>, Query(query): Query<NewCaseQuery>) -> PageResult {
    let community = find_community(&ctx, &slug).await?;
    ctx.require_actor()?;
    let fields = match query.process.as_deref().map(str::parse::<i64>) {
        Some(Ok(process)) => prefilled(&ctx, &community, process).await?,
        Some(Err(_)) => return Err(PageError::NotFound),
        None => {
            Fields::default().with("currency", "EUR").with("licence", "CC-BY-4.0").with("locale", ctx.locale().code())
        }
    };
    new_case_with(&ctx, community, FormView::new(fields)).await
}

fn case_form_of(fields: &Fields) -> CaseForm {
    let get = |name: &str| fields.get(name).to_owned();
    CaseForm {
        source_process: get("source_process"),
        title: get("title"),
        summary: get("summary"),
        problem: get("problem"),
        policy_area: get("policy_area"),
        target_groups: fields.all("target_groups"),
        inclusion_measures: get("inclusion_measures"),
        participants: get("participants"),
        method: get("method"),
        technology: get("technology"),
        setup_cost: get("setup_cost"),
        running_cost: get("running_cost"),
        currency: get("currency"),
        staff: get("staff"),
        volunteers: get("volunteers"),
        funding_sources: get("funding_sources"),
        conditions: get("conditions"),
        legal_requirements: get("legal_requirements"),
        risks: get("risks"),
        lessons: get("lessons"),
        contact_role: get("contact_role"),
        licence: get("licence"),
        lead_organisation: get("lead_organisation"),
        partners: (1..=PARTNER_ROWS)
            .map(|row| {
                (
                    fields.get(&use_cases::partner_field(row, "organisation")).to_owned(),
                    fields.get(&use_cases::partner_field(row, "role")).to_owned(),
                )
            })
            .collect(),
        outcomes: (1..=OUTCOME_ROWS)
            .map(|row| {
                let part = |name: &str| fields.get(&use_cases::outcome_field(row, name)).to_owned();
                OutcomeForm {
                    name: part("name"),
                    unit: part("unit"),
                    baseline: part("baseline"),
                    target: part("target"),
                    achieved: part("achieved"),
                    period: part("period"),
                    measured_how: part("measured_how"),
                }
            })
            .collect(),
        steps: get("steps"),
        locale: get("locale"),
    }
}

/// The form's fields as a case holds them now, to correct it.
async fn fields_of_case(ctx: &Ctx, case: &Case) -> Result<Fields, PageError> {
    let db = &ctx.state.db;
    let number = |value: Option<i64>| value.map(|n| n.to_string()).unwrap_or_default();
    let decimal = |value: Option<f64>| value.map(|n| n.to_string()).unwrap_or_default();
    let mut fields = Fields::default()
        .with("policy_area", &case.policy_area)
        .with("participants", &number(case.participants))
        .with("setup_cost", &number(case.setup_cost))
        .with("running_cost", &number(case.running_cost))
        .with("currency", &case.currency)
        .with("staff", &number(case.staff))
        .with("volunteers", &number(case.volunteers))
        .with("licence", &case.licence)
        .with("locale", &case.locale)
        .with("lead_organisation", &number(case.lead_organisation_id));
    let words = piazza_app::records::CaseText::original(case, &db.case_steps(case.id).await?);
    for (name, text) in words.words() {
        fields = fields.with(name, text);
    }
    // Several target groups share one name, as the checkboxes send them.
    fields.0.extend(case.target_group_keys().map(|group| ("target_groups".to_owned(), group.to_owned())));
    for (index, partner) in db.case_partners(case.id).await?.iter().take(PARTNER_ROWS).enumerate() {
        fields = fields
            .with(&use_cases::partner_field(index + 1, "organisation"), &partner.organisation_id.to_string())
            .with(&use_cases::partner_field(index + 1, "role"), &partner.role);
    }
    for (index, outcome) in db.case_outcomes(case.id).await?.iter().take(OUTCOME_ROWS).enumerate() {
        let row = index + 1;
        fields = fields
            .with(&use_cases::outcome_field(row, "name"), &outcome.name)
            .with(&use_cases::outcome_field(row, "unit"), &outcome.unit)
            .with(&use_cases::outcome_field(row, "baseline"), &decimal(outcome.baseline))
            .with(&use_cases::outcome_field(row, "target"), &decimal(outcome.target))
            .with(&use_cases::outcome_field(row, "achieved"), &decimal(outcome.achieved))
            .with(&use_cases::outcome_field(row, "period"), &outcome.period)
            .with(&use_cases::outcome_field(row, "measured_how"), &outcome.measured_how);
    }
    Ok(fields)
}

async fn case_and_community(ctx: &Ctx, id: i64) -> Result<(Case, Community), PageError> {
    let case = ctx.state.db.case(id).await?.ok_or(PageError::NotFound)?;
    let community =
        ctx.state.db.community(piazza_domain::CommunityId(case.community_id)).await?.ok_or(PageError::NotFound)?;
    Ok((case, community))
}

/// `/cases/{id}/edit`: its community's officials and facilitators correct or complete a case.
pub async fn edit_case_form(ctx: Ctx, Id(id): Id) -> PageResult {
    ctx.require_actor()?;
    let (case, community) = case_and_community(&ctx, id).await?;
    let fields = fields_of_case(&ctx, &case).await?;
    case_form_page(&ctx, community, FormView::new(fields), Some(&case)).await
}

pub async fn update_case(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let (case, community) = case_and_community(&ctx, id).await?;
    match use_cases::update(&ctx.state.db, actor, &case, &case_form_of(&fields), ctx.locale()).await {
        Ok(()) => Ok(see_other(&format!("/cases/{id}?updated=1"))),
        Err(AppError::Invalid(errors)) => {
            case_form_page(&ctx, community, FormView::with_errors(fields, &errors, &ctx.tr), Some(&case)).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn create_case(ctx: Ctx, Path(slug): Path<String>, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let community = find_community(&ctx, &slug).await?;
    match use_cases::create(&ctx.state.db, actor, &community, &case_form_of(&fields), ctx.locale()).await {
        Ok(id) => Ok(see_other(&format!("/cases/{id}"))),
        Err(AppError::Invalid(errors)) => {
            new_case_with(&ctx, community, FormView::with_errors(fields, &errors, &ctx.tr)).await
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Template)]
#[template(path = "case_replicate.html")]
struct ReplicatePage<'a> {
    c: &'a Ctx,
    case: Case,
    communities: Vec<Community>,
    /// Whether the reader administers one of those communities, and so brings the case's
    /// questions about who takes part along.
    administers: bool,
    form: FormView,
}

async fn replicate_with(ctx: &Ctx, id: i64, form: FormView) -> PageResult {
    let actor = ctx.require_actor()?;
    let db = &ctx.state.db;
    let case = db.case(id).await?.ok_or(PageError::NotFound)?;
    let communities: Vec<Community> =
        db.communities().await?.into_iter().filter(|c| piazza_app::processes::speaks_for(actor, c)).collect();
    if communities.is_empty() {
        return Err(PageError::Forbidden);
    }
    let administers = communities.iter().any(|c| actor.administers(c.id));
    let page = ReplicatePage { c: ctx, case, communities, administers, form };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

/// `/cases/{id}/replicate`: start a process from a case in a community one answers for.
pub async fn replicate_form(ctx: Ctx, Id(id): Id) -> PageResult {
    let case = ctx.state.db.case(id).await?.ok_or(PageError::NotFound)?;
    let starts = (piazza_domain::now() + time::Duration::days(14)).date().to_string();
    let fields = Fields::default().with("title", &case.title).with("starts_on", &starts);
    replicate_with(&ctx, id, FormView::new(fields)).await
}

pub async fn replicate_case(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let case = ctx.state.db.case(id).await?.ok_or(PageError::NotFound)?;
    let form = use_cases::ReplicateForm {
        community: fields.get("community").to_owned(),
        title: fields.get("title").to_owned(),
        starts_on: fields.get("starts_on").to_owned(),
    };
    match use_cases::replicate(&ctx.state.db, actor, &case, &form, ctx.locale()).await {
        Ok(process) => Ok(see_other(&format!("/processes/{}", process.0))),
        Err(AppError::Invalid(errors)) => {
            replicate_with(&ctx, id, FormView::with_errors(fields, &errors, &ctx.tr)).await
        }
        Err(error) => Err(error.into()),
    }
}

/// One field of the translation form, with the case's own words beside it.
pub struct TranslationField {
    pub name: &'static str,
    pub label: String,
    pub original: String,
    pub multiline: bool,
}

#[derive(Template)]
#[template(path = "case_translate.html")]
struct TranslatePage<'a> {
    c: &'a Ctx,
    case: Case,
    /// The language chosen to translate into, once chosen.
    into: Option<piazza_domain::Locale>,
    /// Every language but the case's own.
    choices: Vec<piazza_domain::Locale>,
    /// The languages it has been translated into already.
    done: Vec<String>,
    fields: Vec<TranslationField>,
    form: FormView,
}

impl TranslatePage<'_> {
    fn is_into(&self, locale: &piazza_domain::Locale) -> bool {
        self.into == Some(*locale)
    }

    fn is_done(&self, locale: &piazza_domain::Locale) -> bool {
        self.done.iter().any(|code| code == locale.code())
    }
}

#[derive(serde::Deserialize, Default)]
pub struct TranslateQuery {
    lang: Option<String>,
}

async fn translate_page_with(ctx: &Ctx, case: Case, into: Option<piazza_domain::Locale>, form: FormView) -> PageResult {
    let actor = ctx.require_actor()?;
    if !use_cases::may_translate(actor) {
        return Err(PageError::Forbidden);
    }
    let steps = ctx.state.db.case_steps(case.id).await?;
    let original = piazza_app::records::CaseText::original(&case, &steps);
    // The label and the kind of input of each translatable text, in the order of `words()`.
    const LABELS: [(&str, bool); 13] = [
        ("field-title", false),
        ("field-case-summary", true),
        ("field-case-problem", true),
        ("field-case-inclusion", true),
        ("field-case-method", true),
        ("field-case-technology", true),
        ("field-case-funding", true),
        ("field-case-conditions", true),
        ("field-case-legal", true),
        ("field-case-risks", true),
        ("field-case-lessons", true),
        ("field-case-contact", false),
        ("case-steps", true),
    ];
    let fields = original
        .words()
        .into_iter()
        .zip(LABELS)
        .map(|((name, original), (label, multiline))| TranslationField {
            name,
            label: ctx.t(label),
            original: original.to_owned(),
            multiline,
        })
        .collect();
    let done = ctx.state.db.case_texts(case.id).await?.into_iter().map(|text| text.locale).collect();
    let choices = ctx.locales().into_iter().filter(|locale| locale.code() != case.locale).collect();
    let page = TranslatePage { c: ctx, case, into, choices, done, fields, form };
    Ok(if page.form.has_errors() { unprocessable(&page) } else { render(&page) })
}

/// `/cases/{id}/translate[?lang=CODE]`: choose a language, then write the case's words in it
/// beside the original; an existing translation comes back to be corrected.
pub async fn translate_case_form(ctx: Ctx, Id(id): Id, Query(query): Query<TranslateQuery>) -> PageResult {
    let case = ctx.state.db.case(id).await?.ok_or(PageError::NotFound)?;
    let into = query.lang.as_deref().and_then(piazza_domain::Locale::parse).filter(|l| l.code() != case.locale);
    let mut fields = Fields::default();
    if let Some(locale) = into {
        fields = fields.with("locale", locale.code());
        if let Some(text) = ctx.state.db.case_texts(id).await?.into_iter().find(|t| t.locale == locale.code()) {
            for (name, value) in text.words() {
                fields = fields.with(name, value);
            }
        }
    }
    translate_page_with(&ctx, case, into, FormView::new(fields)).await
}

pub async fn translate_case(ctx: Ctx, Id(id): Id, Posted(fields): Posted) -> PageResult {
    let actor = ctx.require_actor()?;
    let case = ctx.state.db.case(id).await?.ok_or(PageError::NotFound)?;
    let get = |name: &str| fields.get(name).to_owned();
    let form = use_cases::TranslationForm {
        locale: get("locale"),
        title: get("title"),
        summary: get("summary"),
        problem: get("problem"),
        inclusion_measures: get("inclusion_measures"),
        method: get("method"),
        technology: get("technology"),
        funding_sources: get("funding_sources"),
        conditions: get("conditions"),
        legal_requirements: get("legal_requirements"),
        risks: get("risks"),
        lessons: get("lessons"),
        contact_role: get("contact_role"),
        steps: get("steps"),
    };
    match use_cases::translate(&ctx.state.db, actor, &case, &form).await {
        Ok(locale) => Ok(see_other(&format!("/cases/{id}?lang={}&translated=1", locale.code()))),
        Err(AppError::Invalid(mut errors)) => {
            // The language is chosen in the list above the form; a refusal points there.
            for error in &mut errors.fields {
                if error.field == "locale" {
                    error.field = "lang".into();
                }
            }
            // The form stays, with what was typed, even when its language was refused.
            let into = piazza_domain::Locale::parse(fields.get("locale"));
            translate_page_with(&ctx, case, into, FormView::with_errors(fields, &errors, &ctx.tr)).await
        }
        Err(error) => Err(error.into()),
    }
}

//! Open data: every public thing, as rows of typed values, for the read API and its OpenAPI
//! document. Each resource names exactly the columns it publishes, so that nothing personal
//! (emails, demographics, who reported or voted) can slip in by a later column, and each leaves
//! out what the site hides (content hidden by moderation, deleted comments).

use sqlx::Row;
use sqlx::types::time::OffsetDateTime;

use crate::{Db, Result};

/// The type of a published column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Integer,
    Real,
    Boolean,
    Text,
    Timestamp,
}

/// A published column: its name in the API, its type, whether it may be null, what it means.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub name: &'static str,
    pub kind: Kind,
    pub nullable: bool,
    pub description: &'static str,
}

const fn field(name: &'static str, kind: Kind, nullable: bool, description: &'static str) -> Field {
    Field { name, kind, nullable, description }
}

/// A kind of public thing: how to read it, filter it by community and date, and what it shows.
#[derive(Debug, Clone, Copy)]
pub struct Resource {
    /// The path segment under `/api/v1/`.
    pub name: &'static str,
    pub description: &'static str,
    /// A query selecting exactly `fields`, in order, from tables joined to `communities c`.
    pub from: &'static str,
    /// The stable id column, also the cursor.
    pub id: &'static str,
    /// The column dated filters apply to.
    pub created: &'static str,
    /// What a row must satisfy to be public.
    pub visible: &'static str,
    /// What a row of the community whose slug is `?` satisfies.
    pub community_match: &'static str,
    pub fields: &'static [Field],
}

use Kind::{Boolean, Integer, Real, Text, Timestamp};

const ID: Field = field("id", Integer, false, "The stable id.");
const CREATED: Field = field("created_at", Timestamp, false, "When it was created (RFC 3339, UTC).");
const COMMUNITY: Field = field("community", Text, false, "The slug of the community it belongs to.");
const LOCALE: Field = field("locale", Text, false, "The language it is written in (BCP 47).");

pub const RESOURCES: &[Resource] = &[
    Resource {
        name: "communities",
        description: "Cities, towns, villages, neighbourhoods and regions that run processes.",
        from: "SELECT c.id, c.slug, c.name, c.kind, c.settlement_type, c.population, c.parent_id, c.default_locale,
                      c.created_at FROM communities c",
        id: "c.id",
        created: "c.created_at",
        visible: "TRUE",
        community_match: "c.slug = ?",
        fields: &[
            ID,
            field("slug", Text, false, "The community's short name in addresses."),
            field("name", Text, false, "The community's name."),
            field("kind", Text, false, "The kind of community."),
            field("settlement_type", Text, false, "The kind of settlement."),
            field("population", Integer, true, "Residents, as the community states it."),
            field("parent_id", Integer, true, "The region or city it is part of."),
            field("default_locale", Text, false, "The community's main language."),
            CREATED,
        ],
    },
    Resource {
        name: "organisations",
        description: "Public bodies, universities, businesses and civil society taking part.",
        from: "SELECT o.id, o.slug, o.name, o.helix_role, c.slug AS community, o.description, o.description_locale,
                      o.website, o.created_at
               FROM organisations o LEFT JOIN communities c ON c.id = o.community_id",
        id: "o.id",
        created: "o.created_at",
        visible: "TRUE",
        community_match: "c.slug = ?",
        fields: &[
            ID,
            field("slug", Text, false, "The organisation's short name in addresses."),
            field("name", Text, false, "The organisation's name."),
            field("helix_role", Text, false, "Its role in the quadruple helix."),
            field("community", Text, true, "The slug of its community, if it belongs to one."),
            field("description", Text, false, "What it does."),
            field("description_locale", Text, false, "The language of the description."),
            field("website", Text, true, "Its website."),
            CREATED,
        ],
    },
    Resource {
        name: "processes",
        description: "Participatory processes: a question put to residents, in phases.",
        from: "SELECT p.id, c.slug AS community, p.title, p.summary, p.easy_read, p.description, p.locale,
                      p.support_threshold, p.created_at
               FROM processes p JOIN communities c ON c.id = p.community_id",
        id: "p.id",
        created: "p.created_at",
        visible: "TRUE",
        community_match: "c.slug = ?",
        fields: &[
            ID,
            COMMUNITY,
            field("title", Text, false, "The process's title."),
            field("summary", Text, false, "One or two sentences."),
            field("easy_read", Text, true, "An easy-read version, if written."),
            field("description", Text, false, "The full description, in Markdown."),
            LOCALE,
            field("support_threshold", Integer, false, "Supports that send a proposal to the officials."),
            CREATED,
        ],
    },
    Resource {
        name: "proposals",
        description: "Proposals residents made in processes, with their state and the officials' answer.",
        from: "SELECT p.id, c.slug AS community, p.process_id, p.title, p.body, p.easy_read, p.category, p.state,
                      p.answer, p.support_count, p.comment_count, n.name AS neighbourhood, p.latitude, p.longitude,
                      a.display_name AS author, p.channel, p.locale, p.created_at
               FROM proposals p JOIN processes pr ON pr.id = p.process_id JOIN communities c ON c.id = pr.community_id
               LEFT JOIN neighbourhoods n ON n.id = p.neighbourhood_id LEFT JOIN accounts a ON a.id = p.created_by",
        id: "p.id",
        created: "p.created_at",
        visible: "p.hidden = FALSE",
        community_match: "c.slug = ?",
        fields: &[
            ID,
            COMMUNITY,
            field("process_id", Integer, false, "The process it was made in."),
            field("title", Text, false, "The proposal's title."),
            field("body", Text, false, "The proposal, in Markdown."),
            field("easy_read", Text, true, "An easy-read version, if written."),
            field("category", Text, true, "Its category."),
            field("state", Text, false, "Where the proposal stands."),
            field("answer", Text, true, "The officials' public answer."),
            field("support_count", Integer, false, "Supports received."),
            field("comment_count", Integer, false, "Comments written."),
            field("neighbourhood", Text, true, "The neighbourhood it is about."),
            field("latitude", Real, true, "Latitude of its point on a map (WGS 84)."),
            field("longitude", Real, true, "Longitude of its point on a map (WGS 84)."),
            field("author", Text, true, "The author's display name; null for a former participant."),
            field("channel", Text, false, "How it reached Piazza: typed online, or gathered by a facilitator."),
            LOCALE,
            CREATED,
        ],
    },
    Resource {
        name: "comments",
        description: "Comments on processes and proposals, with their stance.",
        from: "SELECT m.id, c.slug AS community, m.process_id, m.proposal_id, m.parent_id, m.stance, m.body,
                      a.display_name AS author, m.support_count, m.channel, m.locale, m.created_at
               FROM comments m JOIN processes pr ON pr.id = m.process_id JOIN communities c ON c.id = pr.community_id
               LEFT JOIN accounts a ON a.id = m.author_id",
        id: "m.id",
        created: "m.created_at",
        visible: "m.hidden = FALSE AND m.deleted_at IS NULL AND NOT EXISTS
                  (SELECT 1 FROM proposals hp WHERE hp.id = m.proposal_id AND hp.hidden = TRUE)",
        community_match: "c.slug = ?",
        fields: &[
            ID,
            COMMUNITY,
            field("process_id", Integer, false, "The process it belongs to."),
            field("proposal_id", Integer, true, "The proposal it is about; null for the process itself."),
            field("parent_id", Integer, true, "The comment it answers."),
            field("stance", Text, false, "The comment's stance."),
            field("body", Text, false, "The comment."),
            field("author", Text, true, "The author's display name; null for a former participant."),
            field("support_count", Integer, false, "Supports received."),
            field("channel", Text, false, "How it reached Piazza: typed online, or gathered by a facilitator."),
            LOCALE,
            CREATED,
        ],
    },
    Resource {
        name: "meetings",
        description: "Meetings in person, online or hybrid, with their minutes once held.",
        from: "SELECT m.id, c.slug AS community, m.process_id, m.title, m.description, m.format, m.address,
                      m.online_url, m.starts_at, m.ends_at, m.capacity, m.registered_count, m.access, m.minutes,
                      m.locale, m.created_at
               FROM meetings m JOIN processes pr ON pr.id = m.process_id JOIN communities c ON c.id = pr.community_id",
        id: "m.id",
        created: "m.created_at",
        visible: "TRUE",
        community_match: "c.slug = ?",
        fields: &[
            ID,
            COMMUNITY,
            field("process_id", Integer, false, "The process it belongs to."),
            field("title", Text, false, "The meeting's title."),
            field("description", Text, false, "What it is about."),
            field("format", Text, false, "How the meeting is held."),
            field("address", Text, true, "Where it takes place."),
            field("online_url", Text, true, "Where to join online."),
            field("starts_at", Timestamp, false, "When it starts (UTC)."),
            field("ends_at", Timestamp, false, "When it ends (UTC)."),
            field("capacity", Integer, true, "Places, if limited."),
            field("registered_count", Integer, false, "Places taken."),
            field("access", Text, false, "Accessibility provisions, comma-separated."),
            field("minutes", Text, true, "The minutes, once written."),
            LOCALE,
            CREATED,
        ],
    },
    Resource {
        name: "budgets",
        description: "Participatory budgets: money residents decide on by vote.",
        from: "SELECT b.id, c.slug AS community, b.process_id, b.title, b.description, b.total, b.currency, b.style,
                      b.rule, b.status, b.ballot_count, b.spent, b.published_sha256, b.created_at
               FROM budgets b JOIN processes pr ON pr.id = b.process_id JOIN communities c ON c.id = pr.community_id",
        id: "b.id",
        created: "b.created_at",
        visible: "TRUE",
        community_match: "c.slug = ?",
        fields: &[
            ID,
            COMMUNITY,
            field("process_id", Integer, false, "The process it belongs to."),
            field("title", Text, false, "The budget's title."),
            field("description", Text, false, "What it is for, in Markdown."),
            field("total", Integer, false, "The money to share, in whole units."),
            field("currency", Text, false, "ISO 4217 currency code."),
            field("style", Text, false, "The ballot's style."),
            field("rule", Text, false, "The counting rule, by its Pabulib key."),
            field("status", Text, false, "Where voting stands."),
            field("ballot_count", Integer, false, "Ballots cast."),
            field("spent", Integer, true, "Money given to winning projects, once counted."),
            field("published_sha256", Text, true, "SHA-256 of the published anonymised ballots."),
            CREATED,
        ],
    },
    Resource {
        name: "projects",
        description: "Projects of participatory budgets, with their review and, once counted, their votes.",
        from: "SELECT j.id, c.slug AS community, j.budget_id, j.title, j.description, j.cost, j.category,
                      j.latitude, j.longitude, j.proposal_id, j.feasibility, j.feasibility_reason, j.votes, j.won,
                      j.created_at
               FROM budget_projects j JOIN budgets b ON b.id = j.budget_id JOIN processes pr ON pr.id = b.process_id
               JOIN communities c ON c.id = pr.community_id",
        id: "j.id",
        created: "j.created_at",
        visible: "TRUE",
        community_match: "c.slug = ?",
        fields: &[
            ID,
            COMMUNITY,
            field("budget_id", Integer, false, "The budget it belongs to."),
            field("title", Text, false, "The project's title."),
            field("description", Text, false, "The project, in Markdown."),
            field("cost", Integer, false, "Its cost, in whole units of the budget's currency."),
            field("category", Text, true, "Its category."),
            field("latitude", Real, true, "Latitude of its point on a map (WGS 84)."),
            field("longitude", Real, true, "Longitude of its point on a map (WGS 84)."),
            field("proposal_id", Integer, true, "The proposal it came from."),
            field("feasibility", Text, false, "The outcome of the feasibility review."),
            field("feasibility_reason", Text, true, "The public reason of the review."),
            field("votes", Integer, true, "Votes or points received, once counted."),
            field("won", Boolean, true, "Whether it was funded, once counted."),
            CREATED,
        ],
    },
    Resource {
        name: "results",
        description: "What the authority committed to deliver, and how far it has got.",
        from: "SELECT r.id, c.slug AS community, r.process_id, r.parent_id, r.title, r.description, r.status,
                      r.progress, r.cancel_reason, r.starts_on, r.ends_on, r.budget_planned, r.budget_spent,
                      r.locale, r.created_at, r.updated_at
               FROM results r JOIN processes pr ON pr.id = r.process_id JOIN communities c ON c.id = pr.community_id",
        id: "r.id",
        created: "r.created_at",
        visible: "TRUE",
        community_match: "c.slug = ?",
        fields: &[
            ID,
            COMMUNITY,
            field("process_id", Integer, false, "The process it comes from."),
            field("parent_id", Integer, true, "The larger result it is part of."),
            field("title", Text, false, "The result's title."),
            field("description", Text, false, "What will be delivered, in Markdown."),
            field("status", Text, false, "Where delivery stands."),
            field("progress", Integer, false, "Progress as entered, 0 to 100."),
            field("cancel_reason", Text, true, "Why it was cancelled."),
            field("starts_on", Text, true, "First day (YYYY-MM-DD)."),
            field("ends_on", Text, true, "Last day (YYYY-MM-DD)."),
            field("budget_planned", Integer, true, "Money planned."),
            field("budget_spent", Integer, true, "Money spent."),
            LOCALE,
            CREATED,
            field("updated_at", Timestamp, false, "When it last changed (RFC 3339, UTC)."),
        ],
    },
    Resource {
        name: "service-requests",
        description: "Problems residents reported to a community's services, and what became of them; never who reported them.",
        from: "SELECT r.id, c.slug AS community, t.code AS service_code, t.name AS service_name, r.status,
                      r.description, r.address, r.latitude, r.longitude, n.name AS neighbourhood, r.status_note,
                      r.expected_at, r.closed_at, r.channel, r.created_at, r.updated_at
               FROM service_requests r JOIN communities c ON c.id = r.community_id
               JOIN service_types t ON t.id = r.service_type_id
               LEFT JOIN neighbourhoods n ON n.id = r.neighbourhood_id",
        id: "r.id",
        created: "r.created_at",
        visible: "TRUE",
        community_match: "c.slug = ?",
        fields: &[
            ID,
            COMMUNITY,
            field("service_code", Text, false, "The kind of problem, as its Open311 service code."),
            field("service_name", Text, false, "The kind of problem, by name."),
            field("status", Text, false, "Where it stands."),
            field("description", Text, false, "The problem, as the reporter described it."),
            field("address", Text, true, "Where it is, in words."),
            field("latitude", Real, true, "Latitude of its point, in degrees (WGS 84)."),
            field("longitude", Real, true, "Longitude of its point, in degrees (WGS 84)."),
            field("neighbourhood", Text, true, "The neighbourhood it is in."),
            field("status_note", Text, true, "The officials' latest public note."),
            field("expected_at", Text, true, "The day it is expected to be dealt with (YYYY-MM-DD)."),
            field("closed_at", Timestamp, true, "When it was closed (RFC 3339, UTC)."),
            field("channel", Text, false, "How it was reported: on the website or through Open311."),
            CREATED,
            field("updated_at", Timestamp, false, "When it last changed (RFC 3339, UTC)."),
        ],
    },
    Resource {
        name: "ratings",
        description: "Residents' ratings of closed service requests and done results, 1 to 5; never who rated or what they wrote.",
        from: "SELECT g.id, c.slug AS community, CASE WHEN g.request_id IS NULL THEN 'result' ELSE 'service-request' END AS subject,
                      COALESCE(g.request_id, g.result_id) AS subject_id, g.score, g.created_at
               FROM ratings g LEFT JOIN service_requests r ON r.id = g.request_id
               LEFT JOIN results s ON s.id = g.result_id LEFT JOIN processes p ON p.id = s.process_id
               JOIN communities c ON c.id = COALESCE(r.community_id, p.community_id)",
        id: "g.id",
        created: "g.created_at",
        visible: "TRUE",
        community_match: "c.slug = ?",
        fields: &[
            ID,
            COMMUNITY,
            field("subject", Text, false, "What was rated: a service request or a result."),
            field("subject_id", Integer, false, "The id of the request or result rated."),
            field("score", Integer, false, "The rating, from 1 (very dissatisfied) to 5 (very satisfied)."),
            CREATED,
        ],
    },
    Resource {
        name: "cases",
        description: "Practices communities ran, with where, for whom, at what cost and what was learned.",
        from: "SELECT k.id, c.slug AS community, k.source_process_id, k.title, k.summary, k.problem, k.policy_area,
                      k.target_groups, k.inclusion_measures, k.participants, k.method, k.technology, k.setup_cost,
                      k.running_cost, k.currency, k.staff, k.volunteers, k.funding_sources, k.conditions,
                      k.legal_requirements, k.risks, k.lessons, k.contact_role, k.licence, k.locale, k.created_at,
                      k.updated_at
               FROM cases k JOIN communities c ON c.id = k.community_id",
        id: "k.id",
        created: "k.created_at",
        visible: "TRUE",
        community_match: "c.slug = ?",
        fields: &[
            ID,
            COMMUNITY,
            field("source_process_id", Integer, true, "The process on Piazza it describes, if any."),
            field("title", Text, false, "The practice's name."),
            field("summary", Text, false, "A plain-language summary."),
            field("problem", Text, false, "The problem it answered."),
            field("policy_area", Text, false, "The policy area, from the shared categories."),
            field("target_groups", Text, false, "The people it set out to reach, as keys separated by commas."),
            field("inclusion_measures", Text, false, "How the hardest-to-reach were included."),
            field("participants", Integer, true, "How many people took part."),
            field("method", Text, false, "How it was run."),
            field("technology", Text, false, "The technology used."),
            field("setup_cost", Integer, true, "Set-up cost, in whole units of the currency."),
            field("running_cost", Integer, true, "Running cost, in whole units of the currency."),
            field("currency", Text, false, "ISO 4217 currency code."),
            field("staff", Integer, true, "Staff involved."),
            field("volunteers", Integer, true, "Volunteers involved."),
            field("funding_sources", Text, false, "Where the money came from."),
            field("conditions", Text, false, "Conditions for success."),
            field("legal_requirements", Text, false, "Legal requirements."),
            field("risks", Text, false, "Risks and failures."),
            field("lessons", Text, false, "Lessons learned."),
            field("contact_role", Text, false, "Whom to ask, as a role."),
            field("licence", Text, false, "The licence of the description, by its SPDX id."),
            LOCALE,
            CREATED,
            field("updated_at", Timestamp, false, "When it last changed (RFC 3339, UTC)."),
        ],
    },
    Resource {
        name: "twinnings",
        description: "Partnerships two communities declared, with their purpose: those accepted, and when they ended.",
        from: "SELECT t.id, c.slug AS community, p.slug AS partner, t.purpose, t.locale, t.proposed_at AS created_at,
                      t.accepted_at, t.ended_at
               FROM twinnings t JOIN communities c ON c.id = t.proposer_id JOIN communities p ON p.id = t.partner_id",
        id: "t.id",
        created: "t.proposed_at",
        visible: "t.accepted_at IS NOT NULL",
        // A twinning belongs to both its communities.
        community_match: "(c.slug = ? OR p.slug = ?)",
        fields: &[
            ID,
            field("community", Text, false, "The slug of the community that proposed the twinning; filtering by community finds the twinnings of either side."),
            field("partner", Text, false, "The slug of the community that accepted it."),
            field("purpose", Text, false, "What the two communities set out to do together."),
            LOCALE,
            CREATED,
            field("accepted_at", Timestamp, false, "When the partner accepted (RFC 3339, UTC)."),
            field("ended_at", Timestamp, true, "When either side ended it, if it has ended (RFC 3339, UTC)."),
        ],
    },
    Resource {
        name: "moderation-log",
        description: "Every moderation decision, as the public log shows it, without who reported.",
        from: "SELECT l.id, c.slug AS community, l.action, m.content_kind, m.content_id, l.reason, l.created_at
               FROM moderation_log l JOIN communities c ON c.id = l.community_id
               LEFT JOIN moderation_cases m ON m.id = l.case_id",
        id: "l.id",
        created: "l.created_at",
        visible: "TRUE",
        community_match: "c.slug = ?",
        fields: &[
            ID,
            COMMUNITY,
            field("action", Text, false, "The decision taken."),
            field("content_kind", Text, true, "The kind of content concerned."),
            field("content_id", Integer, true, "The content concerned."),
            field("reason", Text, true, "The moderator's public reason."),
            CREATED,
        ],
    },
];

/// A published value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Integer(i64),
    Real(f64),
    Boolean(bool),
    Text(String),
    Timestamp(OffsetDateTime),
}

/// Which rows of a resource to read: at most `limit` after the cursor, optionally one
/// community's, created in a period, or the one with an id.
#[derive(Debug, Clone, Default)]
pub struct OpenFilter {
    pub community: Option<String>,
    pub since: Option<OffsetDateTime>,
    pub until: Option<OffsetDateTime>,
    pub after: Option<i64>,
    pub id: Option<i64>,
    pub limit: i64,
}

/// One bound parameter of a filter.
enum Param {
    Text(String),
    Integer(i64),
    Time(OffsetDateTime),
}

/// How many public rows a resource holds, and when the first and the latest were created.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Extent {
    pub rows: i64,
    pub first: Option<OffsetDateTime>,
    pub latest: Option<OffsetDateTime>,
    /// For a resource whose rows have a point, the box around them all.
    pub bounds: Option<Bounds>,
}

/// A box on the map: the smallest and largest latitude and longitude, in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub south: f64,
    pub west: f64,
    pub north: f64,
    pub east: f64,
}

impl Bounds {
    /// The box around both.
    pub fn union(self, other: Bounds) -> Bounds {
        Bounds {
            south: self.south.min(other.south),
            west: self.west.min(other.west),
            north: self.north.max(other.north),
            east: self.east.max(other.east),
        }
    }
}

impl Resource {
    /// Whether its rows have a point on a map.
    pub fn is_located(&self) -> bool {
        self.fields.iter().any(|f| f.name == "latitude") && self.fields.iter().any(|f| f.name == "longitude")
    }
}

/// The `WHERE` clause of a filter over a resource, with its parameters numbered in order.
fn conditions_of(resource: &Resource, filter: &OpenFilter) -> (String, Vec<Param>) {
    let mut conditions = vec![format!("({})", resource.visible)];
    let mut params = Vec::new();
    let mut add = |condition: &str, param: Param| {
        params.push(param);
        conditions.push(condition.replace('?', &format!("${}", params.len())));
    };
    if let Some(community) = &filter.community {
        add(resource.community_match, Param::Text(community.clone()));
    }
    if let Some(since) = filter.since {
        add(&format!("{} >= ?", resource.created), Param::Time(since));
    }
    if let Some(until) = filter.until {
        add(&format!("{} < ?", resource.created), Param::Time(until));
    }
    if let Some(after) = filter.after {
        add(&format!("{} > ?", resource.id), Param::Integer(after));
    }
    if let Some(id) = filter.id {
        add(&format!("{} = ?", resource.id), Param::Integer(id));
    }
    (conditions.join(" AND "), params)
}

macro_rules! bind_all {
    ($query:expr, $params:expr) => {{
        let mut query = $query;
        for param in $params {
            query = match param {
                Param::Text(value) => query.bind(value.clone()),
                Param::Integer(value) => query.bind(*value),
                Param::Time(value) => query.bind(*value),
            };
        }
        query
    }};
}

impl Db {
    /// The extent of a resource's public rows, optionally one community's: what a catalogue
    /// states as the dataset's period and its last change.
    pub async fn open_extent(&self, resource: &Resource, community: Option<&str>) -> Result<Extent> {
        let filter = OpenFilter { community: community.map(str::to_owned), ..OpenFilter::default() };
        let (conditions, params) = conditions_of(resource, &filter);
        // The resource's query already selects `created_at`, so the aggregate reads it from the
        // published rows themselves and can never count a row the API would not show.
        let bounds = if resource.is_located() {
            "MIN(t.latitude), MIN(t.longitude), MAX(t.latitude), MAX(t.longitude)"
        } else {
            "NULL, NULL, NULL, NULL"
        };
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*), MIN(t.created_at), MAX(t.created_at), {bounds} FROM ({} WHERE {}) AS t",
            resource.from, conditions
        ));
        Ok(read!(self, |conn| {
            let row = bind_all!(sqlx::query(sql), &params).fetch_one(conn).await?;
            let corner = |index: usize| row.try_get::<Option<f64>, _>(index);
            let bounds = match (corner(3)?, corner(4)?, corner(5)?, corner(6)?) {
                (Some(south), Some(west), Some(north), Some(east)) => Some(Bounds { south, west, north, east }),
                _ => None,
            };
            Extent {
                rows: row.try_get(0)?,
                first: row.try_get::<Option<OffsetDateTime>, _>(1)?,
                latest: row.try_get::<Option<OffsetDateTime>, _>(2)?,
                bounds,
            }
        }))
    }

    /// The public rows of a resource, in id order, each with the resource's fields in order.
    pub async fn open_rows(&self, resource: &Resource, filter: &OpenFilter) -> Result<Vec<Vec<Value>>> {
        let (conditions, params) = conditions_of(resource, filter);
        let sql = sqlx::AssertSqlSafe(format!(
            "{} WHERE {} ORDER BY {} LIMIT {}",
            resource.from,
            conditions,
            resource.id,
            filter.limit.clamp(1, 1000)
        ));
        let fields = resource.fields;
        Ok(read!(self, |conn| {
            let fetched = bind_all!(sqlx::query(sql), &params).fetch_all(conn).await?;
            let mut rows = Vec::with_capacity(fetched.len());
            for row in &fetched {
                let mut values = Vec::with_capacity(fields.len());
                for (index, field) in fields.iter().enumerate() {
                    values.push(match field.kind {
                        Kind::Integer => row.try_get::<Option<i64>, _>(index)?.map_or(Value::Null, Value::Integer),
                        Kind::Real => row.try_get::<Option<f64>, _>(index)?.map_or(Value::Null, Value::Real),
                        Kind::Boolean => row.try_get::<Option<bool>, _>(index)?.map_or(Value::Null, Value::Boolean),
                        Kind::Text => row.try_get::<Option<String>, _>(index)?.map_or(Value::Null, Value::Text),
                        Kind::Timestamp => {
                            row.try_get::<Option<OffsetDateTime>, _>(index)?.map_or(Value::Null, Value::Timestamp)
                        }
                    });
                }
                rows.push(values);
            }
            rows
        }))
    }
}

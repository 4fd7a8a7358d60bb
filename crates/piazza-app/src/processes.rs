//! Participatory processes: opening one, and knowing what its current phase allows.

use std::time::Duration;

use piazza_domain::{PhaseKind, ProcessId, Role, single_line};
use piazza_store::Db;
use piazza_store::communities::Community;
use piazza_store::processes::{NewPhase, NewProcess, Phase, Process};
use time::{Date, OffsetDateTime, Time, macros::format_description};

use crate::accounts::Actor;
use crate::{AppError, AppResult, FormErrors};

/// How many phase rows the process form offers.
pub const PHASE_ROWS: usize = 6;

/// What people may do during a phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activity {
    Propose,
    Support,
    Comment,
    Amend,
    AttendMeetings,
}

impl Activity {
    pub const ALL: [Activity; 5] =
        [Activity::Propose, Activity::Support, Activity::Comment, Activity::Amend, Activity::AttendMeetings];

    pub fn key(self) -> &'static str {
        match self {
            Activity::Propose => "proposals",
            Activity::Support => "supports",
            Activity::Comment => "comments",
            Activity::Amend => "amendments",
            Activity::AttendMeetings => "meetings",
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Activity::Propose => "activity-proposals",
            Activity::Support => "activity-supports",
            Activity::Comment => "activity-comments",
            Activity::Amend => "activity-amendments",
            Activity::AttendMeetings => "activity-meetings",
        }
    }

    pub fn allowed_in(self, phase: &Phase) -> bool {
        match self {
            Activity::Propose => phase.allows_proposals,
            Activity::Support => phase.allows_supports,
            Activity::Comment => phase.allows_comments,
            Activity::Amend => phase.allows_amendments,
            Activity::AttendMeetings => phase.allows_meetings,
        }
    }
}

/// Where a process stands in time.
#[derive(Debug, Clone)]
pub enum Stage {
    NotStarted {
        opens: OffsetDateTime,
    },
    Running(Phase),
    /// Between two phases: the next one has not begun yet.
    Waiting {
        next: Phase,
    },
    Closed,
}

/// Where the process stands now, given its phases in order.
pub fn stage(phases: &[Phase], now: OffsetDateTime) -> Stage {
    if let Some(current) = phases.iter().find(|p| p.starts_at <= now && now < p.ends_at) {
        return Stage::Running(current.clone());
    }
    match phases.iter().find(|p| p.starts_at > now) {
        Some(next) if phases.first().is_some_and(|first| first.id == next.id) => {
            Stage::NotStarted { opens: next.starts_at }
        }
        Some(next) => Stage::Waiting { next: next.clone() },
        None => Stage::Closed,
    }
}

/// Whether `activity` is allowed now; the current phase, if any, comes with the answer.
pub fn allows(phases: &[Phase], activity: Activity) -> bool {
    matches!(stage(phases, piazza_domain::now()), Stage::Running(phase) if activity.allowed_in(&phase))
}

/// Whether this person may open processes in the community and answer its proposals.
pub fn speaks_for(actor: &Actor, community: &Community) -> bool {
    actor.is_instance_admin()
        || actor.has_role(community.id, Role::Official)
        || actor.has_role(community.id, Role::Administrator)
}

/// One row of the phase table as submitted.
#[derive(Debug, Clone, Default)]
pub struct PhaseForm {
    pub kind: String,
    pub starts_on: String,
    pub ends_on: String,
    pub allows: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct ProcessForm {
    pub title: String,
    pub summary: String,
    pub easy_read: String,
    pub description: String,
    pub support_threshold: String,
    /// The ids of the neighbourhoods the process is about; none for the whole community.
    pub neighbourhoods: Vec<String>,
    pub phases: Vec<PhaseForm>,
}

pub(crate) fn parse_date(raw: &str) -> Option<Date> {
    Date::parse(raw.trim(), format_description!("[year]-[month]-[day]")).ok()
}

/// The field name of one part of phase row `index` (counting from 1), as the form and its
/// errors use it.
pub fn phase_field(index: usize, part: &str) -> String {
    format!("phase{index}_{part}")
}

/// Opens a process in a community with its phases.
pub async fn create_process(
    db: &Db,
    actor: &Actor,
    community: &Community,
    form: &ProcessForm,
    locale: piazza_domain::Locale,
) -> AppResult<ProcessId> {
    store_process(db, actor, community, form, locale, None).await
}

/// Checks the form and creates the process, plain or, with `replication`, started from a case
/// (see [`Db::create_replica`]).
pub(crate) async fn store_process(
    db: &Db,
    actor: &Actor,
    community: &Community,
    form: &ProcessForm,
    locale: piazza_domain::Locale,
    replication: Option<&piazza_store::processes::Replication>,
) -> AppResult<ProcessId> {
    if !speaks_for(actor, community) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FormErrors::default();
    let title = errors.check("title", piazza_domain::title(&form.title, 150));
    let summary = errors.check(
        "summary",
        piazza_domain::long_text(&form.summary, 600, "error-summary-required", "error-summary-length"),
    );
    let easy_read = if form.easy_read.trim().is_empty() {
        Some(None)
    } else {
        errors
            .check(
                "easy_read",
                piazza_domain::long_text(&form.easy_read, 1500, "error-easy-read-length", "error-easy-read-length"),
            )
            .map(Some)
    };
    let description = errors.check(
        "description",
        piazza_domain::long_text(
            &form.description,
            20_000,
            "error-description-required",
            "error-long-description-length",
        ),
    );
    let threshold = match form.support_threshold.trim().parse::<i64>() {
        Ok(value) if (1..=1_000_000).contains(&value) => Some(value),
        _ => {
            errors.add("support_threshold", "error-threshold-invalid");
            None
        }
    };
    let mut phases: Vec<(PhaseKind, OffsetDateTime, OffsetDateTime, Vec<String>)> = Vec::new();
    for (index, row) in form.phases.iter().enumerate().map(|(i, row)| (i + 1, row)) {
        if row.kind.trim().is_empty() && row.starts_on.trim().is_empty() && row.ends_on.trim().is_empty() {
            continue;
        }
        let kind = PhaseKind::parse(row.kind.trim());
        if kind.is_none() {
            errors.add(phase_field(index, "kind"), "error-choose-one");
        }
        let starts = parse_date(&row.starts_on);
        if starts.is_none() {
            errors.add(phase_field(index, "starts"), "error-date-invalid");
        }
        let ends = parse_date(&row.ends_on);
        if ends.is_none() {
            errors.add(phase_field(index, "ends"), "error-date-invalid");
        }
        let (Some(kind), Some(starts), Some(ends)) = (kind, starts, ends) else { continue };
        if ends < starts {
            errors.add(phase_field(index, "ends"), "error-phase-ends-before-start");
            continue;
        }
        // A phase runs from the start of its first day to the end of its last, in UTC.
        let starts_at = starts.with_time(Time::MIDNIGHT).assume_utc();
        let ends_at = ends.with_time(Time::MIDNIGHT).assume_utc() + Duration::from_secs(24 * 3600);
        if let Some((_, _, previous_end, _)) = phases.last()
            && starts_at < *previous_end
        {
            errors.add(phase_field(index, "starts"), "error-phase-overlaps");
            continue;
        }
        phases.push((kind, starts_at, ends_at, row.allows.clone()));
    }
    if phases.is_empty() && !errors.fields.iter().any(|e| e.field.starts_with("phase")) {
        errors.add(phase_field(1, "kind"), "error-phases-required");
    }
    let known = db.neighbourhoods_of(community.id).await?;
    let mut neighbourhoods = Vec::new();
    for raw in &form.neighbourhoods {
        match raw.trim().parse::<i64>().ok().filter(|id| known.iter().any(|n| n.id == *id)) {
            Some(id) if !neighbourhoods.contains(&id) => neighbourhoods.push(id),
            Some(_) => {}
            None => errors.add("neighbourhoods", "error-choose-one"),
        }
    }
    let (Some(title), Some(summary), Some(easy_read), Some(description), Some(threshold), true) =
        (title, summary, easy_read, description, threshold, errors.is_empty())
    else {
        return Err(errors.into());
    };
    let new_phases: Vec<NewPhase<'_>> = phases
        .iter()
        .map(|(kind, starts_at, ends_at, allows)| {
            let allows = |activity: Activity| allows.iter().any(|a| a == activity.key());
            NewPhase {
                kind: kind.key(),
                starts_at: *starts_at,
                ends_at: *ends_at,
                allows_proposals: allows(Activity::Propose),
                allows_supports: allows(Activity::Support),
                allows_comments: allows(Activity::Comment),
                allows_amendments: allows(Activity::Amend),
                allows_meetings: allows(Activity::AttendMeetings),
            }
        })
        .collect();
    let process = NewProcess {
        community: community.id,
        title: &title,
        summary: &summary,
        easy_read: easy_read.as_deref(),
        description: &description,
        locale: locale.code(),
        support_threshold: threshold,
        created_by: actor.id(),
        neighbourhoods: &neighbourhoods,
    };
    let id = match replication {
        Some(replication) => db.create_replica(&process, &new_phases, replication).await?,
        None => {
            let id = db.create_process(&process, &new_phases).await?;
            db.follow(actor.id(), piazza_domain::FollowTarget::Process, id.0).await?;
            id
        }
    };
    Ok(id)
}

/// A process with its phases, or `NotFound`.
pub async fn find(db: &Db, id: ProcessId) -> AppResult<(Process, Vec<Phase>)> {
    let process = db.process(id).await?.ok_or(AppError::NotFound)?;
    let phases = db.phases(id).await?;
    Ok((process, phases))
}

/// A single line, or nothing when it was left empty.
pub(crate) fn optional_line(
    raw: &str,
    max: usize,
    field: &'static str,
    errors: &mut FormErrors,
) -> Option<Option<String>> {
    match single_line(raw) {
        Ok("") => Some(None),
        Ok(value) if value.chars().count() > max => {
            errors.add(field, "error-text-too-long");
            None
        }
        Ok(value) => Some(Some(value.to_owned())),
        Err(invalid) => {
            errors.add(field, invalid.message_id);
            None
        }
    }
}

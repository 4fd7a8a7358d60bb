//! Meetings: the process's organisers (officials, administrators and facilitators of the
//! community) plan them in person, online or hybrid; residents register while the phase takes
//! part in meetings, and wait for a place when they are full; afterwards the organisers write
//! the minutes and link the proposals that came out of the meeting.

use piazza_domain::{AccountId, MeetingAccess, MeetingFormat, Role};
use piazza_store::Db;
use piazza_store::communities::Community;
use piazza_store::meetings::{Meeting, NewMeeting, Place};
use piazza_store::processes::{Phase, Process};
use time::{OffsetDateTime, Time, macros::format_description};

use crate::accounts::Actor;
use crate::processes::{Activity, allows, optional_line, parse_date, speaks_for};
use crate::proposals::{NotNow, Timely};
use crate::{AppError, AppResult, FormErrors};

/// Whether this person may run the community's processes on the ground: plan meetings and write
/// their minutes, record what people met offline said, enter paper ballots.
pub fn organises(actor: &Actor, community: &Community) -> bool {
    speaks_for(actor, community) || actor.has_role(community.id, Role::Facilitator)
}

/// Whether this person may run this process on the ground: as one of its community's organisers,
/// or as a facilitator of a twinned community who accepted to co-run it.
pub fn organises_process(actor: &Actor, community: &Community, process: piazza_domain::ProcessId) -> bool {
    organises(actor, community) || actor.co_runs(process)
}

#[derive(Debug, Clone, Default)]
pub struct MeetingForm {
    pub title: String,
    pub description: String,
    pub format: String,
    pub address: String,
    pub online_url: String,
    pub date: String,
    pub starts: String,
    pub ends: String,
    pub capacity: String,
    pub access: Vec<String>,
    pub access_notes: String,
}

fn parse_time(raw: &str) -> Option<Time> {
    Time::parse(raw.trim(), format_description!("[hour]:[minute]")).ok()
}

/// An address people can open: http or https, on one line, without spaces.
fn web_address(raw: &str, errors: &mut FormErrors) -> Option<String> {
    let value = raw.trim();
    let valid = (value.starts_with("https://") || value.starts_with("http://"))
        && value.len() > "https://".len()
        && value.len() <= 500
        && !value.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
    if valid {
        Some(value.to_owned())
    } else {
        errors.add("online_url", "error-web-address");
        None
    }
}

pub async fn create_meeting(
    db: &Db,
    actor: &Actor,
    community: &Community,
    process: &Process,
    form: &MeetingForm,
    locale: piazza_domain::Locale,
) -> AppResult<i64> {
    if !organises_process(actor, community, process.id) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FormErrors::default();
    let title = errors.check("title", piazza_domain::title(&form.title, 150));
    let description = errors.check(
        "description",
        piazza_domain::long_text(&form.description, 2000, "error-description-required", "error-description-length"),
    );
    let format = MeetingFormat::parse(form.format.trim());
    if format.is_none() {
        errors.add("format", "error-choose-one");
    }
    let needs_place = matches!(format, Some(MeetingFormat::InPerson | MeetingFormat::Hybrid));
    let needs_link = matches!(format, Some(MeetingFormat::Online | MeetingFormat::Hybrid));
    let address = match optional_line(&form.address, 200, "address", &mut errors) {
        Some(None) if needs_place => {
            errors.add("address", "error-address-required");
            None
        }
        other => other,
    };
    let online_url = if needs_link || !form.online_url.trim().is_empty() {
        web_address(&form.online_url, &mut errors).map(Some)
    } else {
        Some(None)
    };
    let date = parse_date(&form.date);
    if date.is_none() {
        errors.add("date", "error-date-invalid");
    }
    let starts = parse_time(&form.starts);
    if starts.is_none() {
        errors.add("starts", "error-time-invalid");
    }
    let ends = parse_time(&form.ends);
    if ends.is_none() {
        errors.add("ends", "error-time-invalid");
    }
    if let (Some(starts), Some(ends)) = (starts, ends)
        && ends <= starts
    {
        errors.add("ends", "error-meeting-ends-before-start");
    }
    let capacity = match form.capacity.trim() {
        "" => Some(None),
        raw => match raw.parse::<i64>() {
            Ok(value) if (1..=100_000).contains(&value) => Some(Some(value)),
            _ => {
                errors.add("capacity", "error-capacity-invalid");
                None
            }
        },
    };
    let mut access: Vec<&'static str> = Vec::new();
    for key in &form.access {
        match MeetingAccess::parse(key) {
            Some(feature) if !access.contains(&feature.key()) => access.push(feature.key()),
            Some(_) => {}
            None => errors.add("access", "error-choose-one"),
        }
    }
    let access_notes = optional_line(&form.access_notes, 300, "access_notes", &mut errors);
    let (
        Some(title),
        Some(description),
        Some(format),
        Some(address),
        Some(online_url),
        Some(date),
        Some(starts),
        Some(ends),
        Some(capacity),
        Some(access_notes),
        true,
    ) = (
        title,
        description,
        format,
        address,
        online_url,
        date,
        starts,
        ends,
        capacity,
        access_notes,
        errors.is_empty(),
    )
    else {
        return Err(errors.into());
    };
    let id = db
        .create_meeting(&NewMeeting {
            process: process.id,
            title: &title,
            description: &description,
            format: format.key(),
            address: address.as_deref(),
            online_url: online_url.as_deref(),
            starts_at: date.with_time(starts).assume_utc(),
            ends_at: date.with_time(ends).assume_utc(),
            capacity,
            access: &access.join(","),
            access_notes: access_notes.as_deref(),
            locale: locale.code(),
            created_by: actor.id(),
        })
        .await?;
    Ok(id)
}

/// Registers for a meeting while the phase takes part in meetings and before it ends. `needs`
/// tells the organisers what the person needs to take part (optional, seen by them only).
pub async fn register(
    db: &Db,
    actor: &Actor,
    process: &Process,
    phases: &[Phase],
    meeting: &Meeting,
    needs: &str,
) -> AppResult<Timely<Place>> {
    if meeting.ends_at <= piazza_domain::now() {
        return Ok(Err(NotNow::MeetingOver));
    }
    if !allows(phases, Activity::AttendMeetings) {
        return Ok(Err(NotNow::PhaseDoesNotAllow(Activity::AttendMeetings)));
    }
    if let Err(blocked) = crate::moderation::ensure_not_blocked(db, actor, process.community_id).await? {
        return Ok(Err(blocked));
    }
    let mut errors = FormErrors::default();
    let needs = optional_line(needs, 300, "needs", &mut errors);
    let Some(needs) = needs else { return Err(errors.into()) };
    Ok(Ok(db.register(meeting.id, actor.id(), needs.as_deref()).await?))
}

/// Gives up a registration or a place on the waiting list. Returns the person who took the
/// freed place, if anyone did.
pub async fn cancel(db: &Db, actor: &Actor, meeting: &Meeting) -> AppResult<Option<AccountId>> {
    Ok(db.cancel_registration(meeting.id, actor.id()).await?)
}

/// The organisers write the minutes once the meeting has begun, and name the proposals of the
/// process that came out of it.
pub async fn record_minutes(
    db: &Db,
    actor: &Actor,
    community: &Community,
    meeting: &Meeting,
    minutes: &str,
    proposals: &[String],
) -> AppResult<()> {
    if !organises_process(actor, community, meeting.process_id) {
        return Err(AppError::Forbidden);
    }
    if meeting.starts_at > piazza_domain::now() {
        return Err(FormErrors::single("minutes", "error-minutes-too-early").into());
    }
    let mut errors = FormErrors::default();
    let minutes = errors
        .check("minutes", piazza_domain::long_text(minutes, 20_000, "error-minutes-required", "error-minutes-length"));
    let mut ids = Vec::new();
    for raw in proposals {
        let proposal = match raw.trim().parse::<i64>() {
            Ok(id) => db.proposal(piazza_domain::ProposalId(id)).await?,
            Err(_) => None,
        };
        match proposal {
            Some(proposal) if proposal.process_id == meeting.process_id => ids.push(proposal.id.0),
            _ => errors.add("proposals", "error-choose-one"),
        }
    }
    let (Some(minutes), true) = (minutes, errors.is_empty()) else {
        return Err(errors.into());
    };
    ids.sort_unstable();
    ids.dedup();
    Ok(db.record_minutes(meeting.id, &minutes, &ids).await?)
}

/// Whether a meeting is over, for the page to show minutes rather than registration.
pub fn is_over(meeting: &Meeting, now: OffsetDateTime) -> bool {
    meeting.ends_at <= now
}

//! Meetings of a process, registrations with a waiting list, and minutes.

use piazza_domain::{AccountId, ProcessId};
use sqlx::types::time::OffsetDateTime;

use crate::{Db, Result, optional};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Meeting {
    pub id: i64,
    #[sqlx(try_from = "i64")]
    pub process_id: ProcessId,
    pub title: String,
    pub description: String,
    pub format: String,
    pub address: Option<String>,
    pub online_url: Option<String>,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    /// `None` when anyone may come.
    pub capacity: Option<i64>,
    pub registered_count: i64,
    /// The accessibility features offered, as keys separated by commas.
    pub access: String,
    pub access_notes: Option<String>,
    pub minutes: Option<String>,
    pub minutes_at: Option<OffsetDateTime>,
    pub locale: String,
    pub created_at: OffsetDateTime,
    /// How many people wait for a place.
    pub waiting_count: i64,
}

impl Meeting {
    pub fn access_keys(&self) -> impl Iterator<Item = &str> {
        self.access.split(',').filter(|key| !key.is_empty())
    }

    pub fn places_left(&self) -> Option<i64> {
        self.capacity.map(|capacity| (capacity - self.registered_count).max(0))
    }
}

pub struct NewMeeting<'a> {
    pub process: ProcessId,
    pub title: &'a str,
    pub description: &'a str,
    pub format: &'a str,
    pub address: Option<&'a str>,
    pub online_url: Option<&'a str>,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    pub capacity: Option<i64>,
    pub access: &'a str,
    pub access_notes: Option<&'a str>,
    pub locale: &'a str,
    pub created_by: AccountId,
}

/// A person's place at a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Registered,
    /// On the waiting list, at this position (1 is next).
    Waiting(i64),
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Registrant {
    pub account_id: i64,
    pub display_name: String,
    pub status: String,
    pub needs: Option<String>,
    pub created_at: OffsetDateTime,
}

const MEETING_SELECT: &str = "SELECT m.id, m.process_id, m.title, m.description, m.format, m.address, m.online_url,
        m.starts_at, m.ends_at, m.capacity, m.registered_count, m.access, m.access_notes, m.minutes, m.minutes_at,
        m.locale, m.created_at,
        (SELECT COUNT(*) FROM meeting_registrations w WHERE w.meeting_id = m.id AND w.status = 'waiting')
            AS waiting_count
     FROM meetings m";

impl Db {
    pub async fn create_meeting(&self, new: &NewMeeting<'_>) -> Result<i64> {
        Ok(write!(self, |conn| {
            sqlx::query_scalar(
                "INSERT INTO meetings (process_id, title, description, format, address, online_url, starts_at, ends_at,
                                       capacity, access, access_notes, locale, created_by, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
            )
            .bind(new.process.0)
            .bind(new.title)
            .bind(new.description)
            .bind(new.format)
            .bind(new.address)
            .bind(new.online_url)
            .bind(new.starts_at)
            .bind(new.ends_at)
            .bind(new.capacity)
            .bind(new.access)
            .bind(new.access_notes)
            .bind(new.locale)
            .bind(new.created_by.0)
            .bind(piazza_domain::now())
            .fetch_one(conn)
            .await?
        }))
    }

    pub async fn meeting(&self, id: i64) -> Result<Option<Meeting>> {
        let sql = sqlx::AssertSqlSafe(format!("{MEETING_SELECT} WHERE m.id = $1"));
        read!(self, |conn| optional(sqlx::query_as(sql).bind(id).fetch_one(conn).await))
    }

    /// A process's meetings in the order they happen.
    pub async fn meetings_of(&self, process: ProcessId) -> Result<Vec<Meeting>> {
        let sql = sqlx::AssertSqlSafe(format!("{MEETING_SELECT} WHERE m.process_id = $1 ORDER BY m.starts_at, m.id"));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(process.0).fetch_all(conn).await?))
    }

    /// Registers a person: a place while any is left, else the end of the waiting list. A
    /// conditional update takes the place, so two people can never take the last one.
    /// Registering again changes nothing and answers with the place already held.
    pub async fn register(&self, meeting: i64, account: AccountId, needs: Option<&str>) -> Result<Place> {
        if let Some(place) = self.place_at(meeting, account).await? {
            return Ok(place);
        }
        let now = piazza_domain::now();
        transaction!(self, |tx| {
            let taken = sqlx::query(
                "UPDATE meetings SET registered_count = registered_count + 1
                 WHERE id = $1 AND (capacity IS NULL OR registered_count < capacity)",
            )
            .bind(meeting)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            let status = if taken == 1 { "registered" } else { "waiting" };
            let inserted = sqlx::query(
                "INSERT INTO meeting_registrations (meeting_id, account_id, status, needs, created_at)
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (meeting_id, account_id) DO NOTHING",
            )
            .bind(meeting)
            .bind(account.0)
            .bind(status)
            .bind(needs)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if inserted == 0 && taken == 1 {
                // The person registered in another request meanwhile: give the place back.
                sqlx::query("UPDATE meetings SET registered_count = registered_count - 1 WHERE id = $1")
                    .bind(meeting)
                    .execute(&mut *tx)
                    .await?;
            }
        });
        Ok(self.place_at(meeting, account).await?.unwrap_or(Place::Registered))
    }

    /// The person's place at a meeting, if they registered.
    pub async fn place_at(&self, meeting: i64, account: AccountId) -> Result<Option<Place>> {
        let row: Option<(String, OffsetDateTime)> = read!(self, |conn| {
            optional(
                sqlx::query_as(
                    "SELECT status, created_at FROM meeting_registrations WHERE meeting_id = $1 AND account_id = $2",
                )
                .bind(meeting)
                .bind(account.0)
                .fetch_one(conn)
                .await,
            )?
        });
        let Some((status, since)) = row else { return Ok(None) };
        if status == "registered" {
            return Ok(Some(Place::Registered));
        }
        let ahead: i64 = read!(self, |conn| {
            sqlx::query_scalar(
                "SELECT COUNT(*) FROM meeting_registrations
                 WHERE meeting_id = $1 AND status = 'waiting' AND (created_at < $2 OR (created_at = $2 AND account_id < $3))",
            )
            .bind(meeting)
            .bind(since)
            .bind(account.0)
            .fetch_one(conn)
            .await?
        });
        Ok(Some(Place::Waiting(ahead + 1)))
    }

    /// Cancels a registration. A freed place goes to the first person waiting, who is returned
    /// so that they can be told.
    pub async fn cancel_registration(&self, meeting: i64, account: AccountId) -> Result<Option<AccountId>> {
        let promoted = transaction!(self, |tx| {
            let status: Option<String> = sqlx::query_scalar(
                "DELETE FROM meeting_registrations WHERE meeting_id = $1 AND account_id = $2 RETURNING status",
            )
            .bind(meeting)
            .bind(account.0)
            .fetch_optional(&mut *tx)
            .await?;
            if status.as_deref() == Some("registered") {
                let next: Option<i64> = sqlx::query_scalar(
                    "UPDATE meeting_registrations SET status = 'registered'
                     WHERE meeting_id = $1 AND account_id = (
                         SELECT account_id FROM meeting_registrations WHERE meeting_id = $1 AND status = 'waiting'
                         ORDER BY created_at, account_id LIMIT 1)
                     RETURNING account_id",
                )
                .bind(meeting)
                .fetch_optional(&mut *tx)
                .await?;
                if next.is_none() {
                    sqlx::query("UPDATE meetings SET registered_count = registered_count - 1 WHERE id = $1")
                        .bind(meeting)
                        .execute(&mut *tx)
                        .await?;
                }
                next.map(AccountId)
            } else {
                None
            }
        });
        Ok(promoted)
    }

    /// Everyone registered or waiting, in the order they came.
    pub async fn registrants(&self, meeting: i64) -> Result<Vec<Registrant>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT r.account_id, a.display_name, r.status, r.needs, r.created_at
                 FROM meeting_registrations r JOIN accounts a ON a.id = r.account_id
                 WHERE r.meeting_id = $1 ORDER BY r.status, r.created_at, r.account_id",
            )
            .bind(meeting)
            .fetch_all(conn)
            .await?
        }))
    }

    /// Records the minutes and the proposals that came out of the meeting, replacing earlier ones.
    pub async fn record_minutes(&self, meeting: i64, minutes: &str, proposals: &[i64]) -> Result<()> {
        let now = piazza_domain::now();
        transaction!(self, |tx| {
            sqlx::query("UPDATE meetings SET minutes = $1, minutes_at = $2 WHERE id = $3")
                .bind(minutes)
                .bind(now)
                .bind(meeting)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM meeting_proposals WHERE meeting_id = $1").bind(meeting).execute(&mut *tx).await?;
            for proposal in proposals {
                sqlx::query("INSERT INTO meeting_proposals (meeting_id, proposal_id) VALUES ($1, $2)")
                    .bind(meeting)
                    .bind(proposal)
                    .execute(&mut *tx)
                    .await?;
            }
        });
        Ok(())
    }

    /// The proposals that came out of a meeting: ids and titles, visible ones only.
    pub async fn meeting_proposals(&self, meeting: i64) -> Result<Vec<(i64, String)>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT p.id, p.title FROM meeting_proposals mp JOIN proposals p ON p.id = mp.proposal_id
                 WHERE mp.meeting_id = $1 AND NOT p.hidden ORDER BY p.id",
            )
            .bind(meeting)
            .fetch_all(conn)
            .await?
        }))
    }
}

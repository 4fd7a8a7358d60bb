//! Service feedback: the service types a community offers with their typed attributes, the
//! problems residents report, the officials' dated updates, and the ratings residents give once a
//! request is closed or a result is done.

use piazza_domain::{AccountId, CommunityId};
use sqlx::types::time::OffsetDateTime;

use crate::{Db, Result, optional};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ServiceType {
    pub id: i64,
    pub community_id: i64,
    pub community_slug: String,
    /// Unique on the instance: Open311 clients name a service by this code alone.
    pub code: String,
    pub name: String,
    pub description: String,
    pub group_name: String,
    /// Words a search may match, separated by commas.
    pub keywords: String,
    pub active: bool,
    pub created_at: OffsetDateTime,
}

#[derive(Debug, Clone, sqlx::FromRow)]
struct AttributeRow {
    id: i64,
    code: String,
    datatype: String,
    required: bool,
    description: String,
    position: i64,
}

/// An extra question a service type asks, typed as Open311 types them.
#[derive(Debug, Clone)]
pub struct ServiceAttribute {
    pub id: i64,
    pub code: String,
    pub datatype: String,
    pub required: bool,
    /// The question as the reporter reads it.
    pub description: String,
    pub position: i64,
    /// For list attributes, the (key, name) of each choice in order.
    pub values: Vec<(String, String)>,
}

pub struct NewServiceType<'a> {
    pub community: CommunityId,
    pub code: &'a str,
    pub name: &'a str,
    pub description: &'a str,
    pub group_name: &'a str,
    pub keywords: &'a str,
}

pub struct NewServiceAttribute<'a> {
    pub code: &'a str,
    pub datatype: &'a str,
    pub required: bool,
    pub description: &'a str,
    pub values: &'a [(String, String)],
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ServiceRequest {
    pub id: i64,
    pub community_id: i64,
    pub community_slug: String,
    pub service_type_id: i64,
    pub service_code: String,
    pub service_name: String,
    pub status: String,
    pub description: String,
    pub address: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub neighbourhood_id: Option<i64>,
    pub neighbourhood_name: Option<String>,
    pub reporter_id: Option<i64>,
    pub channel: String,
    /// The latest public note of an official.
    pub status_note: Option<String>,
    /// The day the authority expects to have dealt with it (`YYYY-MM-DD`).
    pub expected_at: Option<String>,
    pub closed_at: Option<OffsetDateTime>,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
}

pub struct NewServiceRequest<'a> {
    pub community: CommunityId,
    pub service_type: i64,
    pub description: &'a str,
    pub address: Option<&'a str>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub neighbourhood: Option<i64>,
    pub reporter: Option<AccountId>,
    /// Where to tell a reporter without an account what became of it; kept until it is closed.
    pub contact_email: Option<&'a str>,
    pub channel: &'a str,
    /// (attribute id, value); a multi-valued list attribute has one pair per value chosen.
    pub values: &'a [(i64, String)],
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RequestUpdate {
    pub id: i64,
    pub status: String,
    pub note: String,
    pub expected_at: Option<String>,
    pub author_name: Option<String>,
    pub created_at: OffsetDateTime,
}

pub struct NewRequestUpdate<'a> {
    pub status: &'a str,
    pub note: &'a str,
    pub expected_at: Option<&'a str>,
    pub written_by: AccountId,
    /// Whether the new status closes the request.
    pub closes: bool,
}

/// An answer to an attribute, with the question it answers.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RequestValue {
    pub attribute_id: i64,
    pub code: String,
    pub datatype: String,
    pub description: String,
    pub value: String,
}

/// Which requests to list: a community's or all, by service codes, statuses and creation time,
/// or those with the given ids; newest first.
#[derive(Debug, Clone, Default)]
pub struct RequestFilter {
    pub community: Option<CommunityId>,
    pub service_codes: Vec<String>,
    pub statuses: Vec<String>,
    pub ids: Vec<i64>,
    pub since: Option<OffsetDateTime>,
    pub until: Option<OffsetDateTime>,
    pub reporter: Option<AccountId>,
    pub limit: i64,
}

/// What is rated: a service request or a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rated {
    Request(i64),
    Result(i64),
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Rating {
    pub id: i64,
    pub score: i64,
    pub comment: String,
    pub created_at: OffsetDateTime,
}

/// A request as the indicators count it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RequestFact {
    pub id: i64,
    pub service_type_id: i64,
    pub neighbourhood_id: Option<i64>,
    pub created_at: OffsetDateTime,
    pub closed_at: Option<OffsetDateTime>,
}

/// A rating as the indicators count it: of a request, or of a result of one of the community's
/// processes.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RatingFact {
    pub request_id: Option<i64>,
    pub result_id: Option<i64>,
    pub score: i64,
    pub created_at: OffsetDateTime,
}

const TYPE_SELECT: &str = "SELECT t.id, t.community_id, c.slug AS community_slug, t.code, t.name, t.description,
        t.group_name, t.keywords, t.active, t.created_at
     FROM service_types t JOIN communities c ON c.id = t.community_id";

const REQUEST_SELECT: &str = "SELECT r.id, r.community_id, c.slug AS community_slug, r.service_type_id,
        t.code AS service_code, t.name AS service_name, r.status, r.description, r.address, r.latitude,
        r.longitude, r.neighbourhood_id, n.name AS neighbourhood_name, r.reporter_id, r.channel, r.status_note,
        r.expected_at, r.closed_at, r.created_at, r.updated_at
     FROM service_requests r JOIN communities c ON c.id = r.community_id
     JOIN service_types t ON t.id = r.service_type_id
     LEFT JOIN neighbourhoods n ON n.id = r.neighbourhood_id";

/// One bound parameter of a request filter.
enum Param {
    Integer(i64),
    Text(String),
    Time(OffsetDateTime),
}

impl Db {
    pub async fn create_service_type(&self, new: &NewServiceType<'_>) -> Result<i64> {
        let now = piazza_domain::now();
        Ok(write!(self, |conn| {
            sqlx::query_scalar(
                "INSERT INTO service_types (community_id, code, name, description, group_name, keywords, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            )
            .bind(new.community.0)
            .bind(new.code)
            .bind(new.name)
            .bind(new.description)
            .bind(new.group_name)
            .bind(new.keywords)
            .bind(now)
            .fetch_one(conn)
            .await?
        }))
    }

    /// Adds an attribute at the end of a service type's, with its choices, in one transaction.
    pub async fn add_service_attribute(&self, service_type: i64, new: &NewServiceAttribute<'_>) -> Result<i64> {
        Ok(transaction!(self, |tx| {
            let position: i64 =
                sqlx::query_scalar("SELECT COUNT(*) + 1 FROM service_attributes WHERE service_type_id = $1")
                    .bind(service_type)
                    .fetch_one(&mut *tx)
                    .await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO service_attributes (service_type_id, code, datatype, required, description, position)
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            )
            .bind(service_type)
            .bind(new.code)
            .bind(new.datatype)
            .bind(new.required)
            .bind(new.description)
            .bind(position)
            .fetch_one(&mut *tx)
            .await?;
            for (index, (key, name)) in new.values.iter().enumerate() {
                sqlx::query(
                    "INSERT INTO service_attribute_values (attribute_id, key, name, position) VALUES ($1, $2, $3, $4)",
                )
                .bind(id)
                .bind(key)
                .bind(name)
                .bind(index as i64 + 1)
                .execute(&mut *tx)
                .await?;
            }
            id
        }))
    }

    pub async fn set_service_type_active(&self, service_type: i64, active: bool) -> Result<()> {
        write!(self, |conn| {
            sqlx::query("UPDATE service_types SET active = $1 WHERE id = $2")
                .bind(active)
                .bind(service_type)
                .execute(conn)
                .await?;
        });
        Ok(())
    }

    pub async fn set_anonymous_reports(&self, community: CommunityId, allowed: bool) -> Result<()> {
        write!(self, |conn| {
            sqlx::query("UPDATE communities SET anonymous_reports = $1 WHERE id = $2")
                .bind(allowed)
                .bind(community.0)
                .execute(conn)
                .await?;
        });
        Ok(())
    }

    /// The service types of a community, or of every community, in the order they were added.
    pub async fn service_types(&self, community: Option<CommunityId>, only_active: bool) -> Result<Vec<ServiceType>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{TYPE_SELECT} WHERE ($1 IS NULL OR t.community_id = $1) AND (t.active OR NOT $2) ORDER BY t.id"
        ));
        Ok(read!(self, |conn| {
            sqlx::query_as(sql).bind(community.map(|c| c.0)).bind(only_active).fetch_all(conn).await?
        }))
    }

    pub async fn service_type_by_code(&self, code: &str) -> Result<Option<ServiceType>> {
        // A code never holds a control character, and PostgreSQL refuses a NUL in text.
        if code.chars().any(char::is_control) {
            return Ok(None);
        }
        let sql = sqlx::AssertSqlSafe(format!("{TYPE_SELECT} WHERE t.code = $1"));
        Ok(read!(self, |conn| optional(sqlx::query_as(sql).bind(code).fetch_one(conn).await)?))
    }

    /// A service type's attributes in order, each with its choices.
    pub async fn service_attributes(&self, service_type: i64) -> Result<Vec<ServiceAttribute>> {
        let (rows, values): (Vec<AttributeRow>, Vec<(i64, String, String)>) = read!(self, |conn| {
            let rows = sqlx::query_as(
                "SELECT id, code, datatype, required, description, position FROM service_attributes
                 WHERE service_type_id = $1 ORDER BY position",
            )
            .bind(service_type)
            .fetch_all(conn)
            .await?;
            let values = sqlx::query_as(
                "SELECT v.attribute_id, v.key, v.name FROM service_attribute_values v
                 JOIN service_attributes a ON a.id = v.attribute_id
                 WHERE a.service_type_id = $1 ORDER BY v.attribute_id, v.position",
            )
            .bind(service_type)
            .fetch_all(conn)
            .await?;
            (rows, values)
        });
        Ok(rows
            .into_iter()
            .map(|row| ServiceAttribute {
                values: values
                    .iter()
                    .filter(|(attribute, _, _)| *attribute == row.id)
                    .map(|(_, key, name)| (key.clone(), name.clone()))
                    .collect(),
                id: row.id,
                code: row.code,
                datatype: row.datatype,
                required: row.required,
                description: row.description,
                position: row.position,
            })
            .collect())
    }

    /// Records a request with its answers, in one transaction.
    pub async fn create_service_request(&self, new: &NewServiceRequest<'_>) -> Result<i64> {
        let now = piazza_domain::now();
        Ok(transaction!(self, |tx| {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO service_requests (community_id, service_type_id, status, description, address, latitude,
                        longitude, neighbourhood_id, reporter_id, contact_email, channel, created_at, updated_at)
                 VALUES ($1, $2, 'open', $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
            )
            .bind(new.community.0)
            .bind(new.service_type)
            .bind(new.description)
            .bind(new.address)
            .bind(new.latitude)
            .bind(new.longitude)
            .bind(new.neighbourhood)
            .bind(new.reporter.map(|a| a.0))
            .bind(new.contact_email)
            .bind(new.channel)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            for (attribute, value) in new.values {
                sqlx::query("INSERT INTO service_request_values (request_id, attribute_id, value) VALUES ($1, $2, $3)")
                    .bind(id)
                    .bind(*attribute)
                    .bind(value)
                    .execute(&mut *tx)
                    .await?;
            }
            id
        }))
    }

    pub async fn service_request(&self, id: i64) -> Result<Option<ServiceRequest>> {
        let sql = sqlx::AssertSqlSafe(format!("{REQUEST_SELECT} WHERE r.id = $1"));
        Ok(read!(self, |conn| optional(sqlx::query_as(sql).bind(id).fetch_one(conn).await)?))
    }

    /// Requests matching a filter, newest first.
    pub async fn service_requests(&self, filter: &RequestFilter) -> Result<Vec<ServiceRequest>> {
        let mut conditions = vec!["TRUE".to_owned()];
        let mut params = Vec::new();
        let mut add = |condition: &str, param: Param| {
            params.push(param);
            conditions.push(condition.replace('?', &format!("${}", params.len())));
        };
        if let Some(community) = filter.community {
            add("r.community_id = ?", Param::Integer(community.0));
        }
        if let Some(reporter) = filter.reporter {
            add("r.reporter_id = ?", Param::Integer(reporter.0));
        }
        if let Some(since) = filter.since {
            add("r.created_at >= ?", Param::Time(since));
        }
        if let Some(until) = filter.until {
            add("r.created_at <= ?", Param::Time(until));
        }
        // Lists are written out one placeholder per value: both backends bind them the same way.
        let mut any_of = |column: &str, values: Vec<Param>| {
            if values.is_empty() {
                return;
            }
            let mut placeholders = Vec::new();
            for value in values {
                params.push(value);
                placeholders.push(format!("${}", params.len()));
            }
            conditions.push(format!("{column} IN ({})", placeholders.join(", ")));
        };
        any_of("t.code", filter.service_codes.iter().cloned().map(Param::Text).collect());
        any_of("r.status", filter.statuses.iter().cloned().map(Param::Text).collect());
        any_of("r.id", filter.ids.iter().copied().map(Param::Integer).collect());
        let sql = sqlx::AssertSqlSafe(format!(
            "{REQUEST_SELECT} WHERE {} ORDER BY r.created_at DESC, r.id DESC LIMIT {}",
            conditions.join(" AND "),
            filter.limit.clamp(1, 1000)
        ));
        Ok(read!(self, |conn| {
            let mut query = sqlx::query_as(sql);
            for param in &params {
                query = match param {
                    Param::Integer(value) => query.bind(*value),
                    Param::Text(value) => query.bind(value.clone()),
                    Param::Time(value) => query.bind(*value),
                };
            }
            query.fetch_all(conn).await?
        }))
    }

    /// Where to write to a reporter without an account, until the request is closed.
    pub async fn request_contact(&self, id: i64) -> Result<Option<String>> {
        Ok(read!(self, |conn| {
            sqlx::query_scalar::<_, Option<String>>("SELECT contact_email FROM service_requests WHERE id = $1")
                .bind(id)
                .fetch_optional(conn)
                .await?
                .flatten()
        }))
    }

    pub async fn request_values(&self, id: i64) -> Result<Vec<RequestValue>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT v.attribute_id, a.code, a.datatype, a.description, v.value
                 FROM service_request_values v JOIN service_attributes a ON a.id = v.attribute_id
                 WHERE v.request_id = $1 ORDER BY a.position, v.value",
            )
            .bind(id)
            .fetch_all(conn)
            .await?
        }))
    }

    /// Appends an official's update and sets where the request stands, in one transaction.
    /// Closing it records when and forgets the reporter's contact address.
    pub async fn update_service_request(&self, id: i64, update: &NewRequestUpdate<'_>) -> Result<i64> {
        let now = piazza_domain::now();
        Ok(transaction!(self, |tx| {
            let update_id: i64 = sqlx::query_scalar(
                "INSERT INTO service_request_updates (request_id, status, note, expected_at, written_by, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            )
            .bind(id)
            .bind(update.status)
            .bind(update.note)
            .bind(update.expected_at)
            .bind(update.written_by.0)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            sqlx::query(
                "UPDATE service_requests SET status = $2, status_note = $3, expected_at = $4, updated_at = $5,
                        closed_at = CASE WHEN $6 THEN COALESCE(closed_at, $5) ELSE NULL END,
                        contact_email = CASE WHEN $6 THEN NULL ELSE contact_email END
                 WHERE id = $1",
            )
            .bind(id)
            .bind(update.status)
            .bind(update.note)
            .bind(update.expected_at)
            .bind(now)
            .bind(update.closes)
            .execute(&mut *tx)
            .await?;
            update_id
        }))
    }

    /// A request's updates, newest first.
    pub async fn request_updates(&self, id: i64) -> Result<Vec<RequestUpdate>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT u.id, u.status, u.note, u.expected_at, a.display_name AS author_name, u.created_at
                 FROM service_request_updates u LEFT JOIN accounts a ON a.id = u.written_by
                 WHERE u.request_id = $1 ORDER BY u.id DESC",
            )
            .bind(id)
            .fetch_all(conn)
            .await?
        }))
    }

    /// Records a person's rating, replacing the one they gave before.
    pub async fn rate(&self, rated: Rated, account: AccountId, score: i64, comment: &str) -> Result<()> {
        let now = piazza_domain::now();
        let (column, id) = match rated {
            Rated::Request(id) => ("request_id", id),
            Rated::Result(id) => ("result_id", id),
        };
        let update = sqlx::AssertSqlSafe(format!(
            "UPDATE ratings SET score = $3, comment = $4, created_at = $5 WHERE {column} = $1 AND account_id = $2"
        ));
        let insert = sqlx::AssertSqlSafe(format!(
            "INSERT INTO ratings ({column}, account_id, score, comment, created_at) VALUES ($1, $2, $3, $4, $5)"
        ));
        transaction!(self, |tx| {
            let changed = sqlx::query(update)
                .bind(id)
                .bind(account.0)
                .bind(score)
                .bind(comment)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if changed == 0 {
                sqlx::query(insert)
                    .bind(id)
                    .bind(account.0)
                    .bind(score)
                    .bind(comment)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
            }
        });
        Ok(())
    }

    /// The rating a person gave, if any.
    pub async fn rating_by(&self, rated: Rated, account: AccountId) -> Result<Option<Rating>> {
        let (column, id) = match rated {
            Rated::Request(id) => ("request_id", id),
            Rated::Result(id) => ("result_id", id),
        };
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT id, score, comment, created_at FROM ratings WHERE {column} = $1 AND account_id = $2"
        ));
        Ok(read!(self, |conn| optional(sqlx::query_as(sql).bind(id).bind(account.0).fetch_one(conn).await)?))
    }

    /// Every rating of a request or a result, newest first.
    pub async fn ratings_of(&self, rated: Rated) -> Result<Vec<Rating>> {
        let (column, id) = match rated {
            Rated::Request(id) => ("request_id", id),
            Rated::Result(id) => ("result_id", id),
        };
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT id, score, comment, created_at FROM ratings WHERE {column} = $1 ORDER BY created_at DESC, id DESC"
        ));
        Ok(read!(self, |conn| sqlx::query_as(sql).bind(id).fetch_all(conn).await?))
    }

    /// Every request of a community, as the indicators count them.
    pub async fn request_facts(&self, community: CommunityId) -> Result<Vec<RequestFact>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT id, service_type_id, neighbourhood_id, created_at, closed_at FROM service_requests
                 WHERE community_id = $1 ORDER BY id",
            )
            .bind(community.0)
            .fetch_all(conn)
            .await?
        }))
    }

    /// Every rating of a community's requests and of its processes' results.
    pub async fn rating_facts(&self, community: CommunityId) -> Result<Vec<RatingFact>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT g.request_id, g.result_id, g.score, g.created_at FROM ratings g
                 LEFT JOIN service_requests r ON r.id = g.request_id
                 LEFT JOIN results s ON s.id = g.result_id
                 LEFT JOIN processes p ON p.id = s.process_id
                 WHERE r.community_id = $1 OR p.community_id = $1
                 ORDER BY g.id",
            )
            .bind(community.0)
            .fetch_all(conn)
            .await?
        }))
    }

    /// Places a request in the past, as the demo's history needs: reported at `reported`, its
    /// updates spread evenly until `settled` (when it was closed, if it was), and its ratings the
    /// day after.
    pub async fn place_request_in_time(
        &self,
        id: i64,
        reported: OffsetDateTime,
        settled: OffsetDateTime,
        closed: bool,
    ) -> Result<()> {
        let updates: Vec<i64> = read!(self, |conn| {
            sqlx::query_scalar("SELECT id FROM service_request_updates WHERE request_id = $1 ORDER BY id")
                .bind(id)
                .fetch_all(conn)
                .await?
        });
        let step = (settled - reported) / (updates.len().max(1) as f64);
        transaction!(self, |tx| {
            sqlx::query(
                "UPDATE service_requests SET created_at = $2, updated_at = $3,
                        closed_at = CASE WHEN $4 THEN $3 ELSE NULL END WHERE id = $1",
            )
            .bind(id)
            .bind(reported)
            .bind(settled)
            .bind(closed)
            .execute(&mut *tx)
            .await?;
            for (index, update) in updates.iter().enumerate() {
                sqlx::query("UPDATE service_request_updates SET created_at = $2 WHERE id = $1")
                    .bind(update)
                    .bind(reported + step * ((index + 1) as f64))
                    .execute(&mut *tx)
                    .await?;
            }
            sqlx::query("UPDATE ratings SET created_at = $2 WHERE request_id = $1")
                .bind(id)
                .bind(settled + time::Duration::days(1))
                .execute(&mut *tx)
                .await?;
        });
        Ok(())
    }
}

//! A community's neighbourhoods, and the ones a process is about.

use piazza_domain::{CommunityId, ProcessId};

use crate::{Db, Result};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Neighbourhood {
    pub id: i64,
    pub community_id: i64,
    pub name: String,
}

impl Db {
    /// Adds a neighbourhood; [`crate::StoreError::Conflict`] when the community has one by that name.
    pub async fn add_neighbourhood(&self, community: CommunityId, name: &str) -> Result<i64> {
        Ok(write!(self, |conn| {
            sqlx::query_scalar(
                "INSERT INTO neighbourhoods (community_id, name, created_at) VALUES ($1, $2, $3) RETURNING id",
            )
            .bind(community.0)
            .bind(name)
            .bind(piazza_domain::now())
            .fetch_one(conn)
            .await?
        }))
    }

    /// A community's neighbourhoods, in the order they were added.
    pub async fn neighbourhoods_of(&self, community: CommunityId) -> Result<Vec<Neighbourhood>> {
        Ok(read!(self, |conn| {
            sqlx::query_as("SELECT id, community_id, name FROM neighbourhoods WHERE community_id = $1 ORDER BY id")
                .bind(community.0)
                .fetch_all(conn)
                .await?
        }))
    }

    /// The neighbourhoods a process is about; empty when it is about the whole community.
    pub async fn process_scope(&self, process: ProcessId) -> Result<Vec<Neighbourhood>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT n.id, n.community_id, n.name FROM process_neighbourhoods s
                 JOIN neighbourhoods n ON n.id = s.neighbourhood_id WHERE s.process_id = $1 ORDER BY n.id",
            )
            .bind(process.0)
            .fetch_all(conn)
            .await?
        }))
    }
}

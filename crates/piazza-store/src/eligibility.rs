//! Who may vote in a budget: a community's census list, kept as keyed hashes, and what each
//! resident has declared or verified about themselves (a birth date and a district).

use piazza_domain::{AccountId, CommunityId};
use sqlx::types::time::OffsetDateTime;

use crate::{Db, Result, optional};

/// A community's census list, without its entries.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CensusList {
    /// The random key of the list's hashes, hex-encoded.
    pub hash_key: String,
    pub uploaded_at: OffsetDateTime,
    pub entries: i64,
    pub claimed: i64,
}

/// What a resident has told the community about themselves to vote.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct VoterDetails {
    /// `YYYY-MM-DD`.
    pub born_on: Option<String>,
    pub neighbourhood_id: Option<i64>,
    /// Whether the census list confirmed the birth date and the district.
    pub census_verified: bool,
}

/// What came of a resident's verification against the census list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim {
    /// The entry matched and is now used; the resident's details are those of the list.
    Verified,
    /// No entry of the list has this identity number and birth date.
    Unknown,
    /// The entry has verified another account already.
    AlreadyUsed,
}

impl Db {
    pub async fn census_list(&self, community: CommunityId) -> Result<Option<CensusList>> {
        read!(self, |conn| {
            optional(
                sqlx::query_as(
                    "SELECT l.hash_key, l.uploaded_at,
                            (SELECT COUNT(*) FROM census_entries e WHERE e.community_id = l.community_id) AS entries,
                            (SELECT COUNT(*) FROM census_entries e
                              WHERE e.community_id = l.community_id AND e.claimed) AS claimed
                     FROM census_lists l WHERE l.community_id = $1",
                )
                .bind(community.0)
                .fetch_one(conn)
                .await,
            )
        })
    }

    /// Replaces a community's census list by a new one, under `hash_key` (the list's key, kept
    /// from the previous list if there was one, so that its entries keep their hashes). Entries
    /// already used to verify stay, so that nobody verifies twice with the same identity.
    pub async fn replace_census(
        &self,
        community: CommunityId,
        hash_key: &str,
        entries: &[(String, Option<i64>)],
        uploaded_by: AccountId,
    ) -> Result<()> {
        transaction!(self, |tx| {
            sqlx::query(
                "INSERT INTO census_lists (community_id, hash_key, uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (community_id) DO UPDATE
                 SET hash_key = excluded.hash_key, uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at",
            )
            .bind(community.0)
            .bind(hash_key)
            .bind(uploaded_by.0)
            .bind(piazza_domain::now())
            .execute(&mut *tx)
            .await?;
            sqlx::query("DELETE FROM census_entries WHERE community_id = $1 AND NOT claimed")
                .bind(community.0)
                .execute(&mut *tx)
                .await?;
            for (hash, district) in entries {
                sqlx::query(
                    "INSERT INTO census_entries (community_id, entry_hash, neighbourhood_id) VALUES ($1, $2, $3)
                     ON CONFLICT (community_id, entry_hash) DO NOTHING",
                )
                .bind(community.0)
                .bind(hash)
                .bind(district)
                .execute(&mut *tx)
                .await?;
            }
        });
        Ok(())
    }

    /// A resident verifies against the census list with the hash of what they typed. The entry
    /// is marked used and the resident's details become the list's, in one transaction, so that
    /// one entry can never verify two accounts.
    pub async fn claim_census_entry(
        &self,
        community: CommunityId,
        account: AccountId,
        entry_hash: &str,
        born_on: &str,
    ) -> Result<Claim> {
        Ok(transaction!(self, |tx| {
            let district: Option<Option<i64>> = optional(
                sqlx::query_scalar(
                    "UPDATE census_entries SET claimed = TRUE
                     WHERE community_id = $1 AND entry_hash = $2 AND NOT claimed RETURNING neighbourhood_id",
                )
                .bind(community.0)
                .bind(entry_hash)
                .fetch_one(&mut *tx)
                .await,
            )?;
            match district {
                Some(district) => {
                    sqlx::query(
                        "INSERT INTO voter_details (community_id, account_id, born_on, neighbourhood_id, census_verified,
                                                    updated_at)
                         VALUES ($1, $2, $3, $4, TRUE, $5)
                         ON CONFLICT (community_id, account_id) DO UPDATE
                         SET born_on = excluded.born_on, neighbourhood_id = excluded.neighbourhood_id,
                             census_verified = TRUE, updated_at = excluded.updated_at",
                    )
                    .bind(community.0)
                    .bind(account.0)
                    .bind(born_on)
                    .bind(district)
                    .bind(piazza_domain::now())
                    .execute(&mut *tx)
                    .await?;
                    Claim::Verified
                }
                None => {
                    let used: i64 = sqlx::query_scalar(
                        "SELECT COUNT(*) FROM census_entries WHERE community_id = $1 AND entry_hash = $2",
                    )
                    .bind(community.0)
                    .bind(entry_hash)
                    .fetch_one(&mut *tx)
                    .await?;
                    if used > 0 { Claim::AlreadyUsed } else { Claim::Unknown }
                }
            }
        }))
    }

    /// A resident declares their birth date and district. Answers false, changing nothing, when
    /// the census list has verified them: verified details are the list's.
    pub async fn declare_voter_details(
        &self,
        community: CommunityId,
        account: AccountId,
        born_on: &str,
        district: Option<i64>,
    ) -> Result<bool> {
        let changed = write!(self, |conn| {
            sqlx::query(
                "INSERT INTO voter_details (community_id, account_id, born_on, neighbourhood_id, census_verified,
                                            updated_at)
                 VALUES ($1, $2, $3, $4, FALSE, $5)
                 ON CONFLICT (community_id, account_id) DO UPDATE
                 SET born_on = excluded.born_on, neighbourhood_id = excluded.neighbourhood_id,
                     updated_at = excluded.updated_at
                 WHERE NOT voter_details.census_verified",
            )
            .bind(community.0)
            .bind(account.0)
            .bind(born_on)
            .bind(district)
            .bind(piazza_domain::now())
            .execute(conn)
            .await?
            .rows_affected()
        });
        Ok(changed == 1)
    }

    pub async fn voter_details(&self, community: CommunityId, account: AccountId) -> Result<Option<VoterDetails>> {
        read!(self, |conn| {
            optional(
                sqlx::query_as(
                    "SELECT born_on, neighbourhood_id, census_verified FROM voter_details
                     WHERE community_id = $1 AND account_id = $2",
                )
                .bind(community.0)
                .bind(account.0)
                .fetch_one(conn)
                .await,
            )
        })
    }
}

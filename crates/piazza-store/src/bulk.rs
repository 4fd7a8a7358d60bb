//! Bulk seeding for the load benchmark: thousands of proposals and comments written with
//! multi-row INSERTs inside one transaction, and the throwaway PostgreSQL database they go in.
//!
//! The use cases create one record at a time, each in its own transaction, which is right for
//! people and far too slow to fill a database with a hundred thousand comments. These functions
//! write the same rows the use cases would, with the same counters kept in step: a proposal's
//! support count is the number of its supports, it has its first version and its first state
//! change, and a comment's depth is what its place in the thread says.

use piazza_domain::{AccountId, ProposalId};
use sqlx::types::time::OffsetDateTime;
use sqlx::{Connection, PgConnection};

use crate::comments::NewComment;
use crate::proposals::NewProposal;
use crate::testing::with_database;
use crate::{Db, Result, StoreError};

/// Rows per INSERT statement. Even the widest row here binds 11 values, so a statement stays far
/// below SQLite's limit of 32,766 bound variables, and 500 rows already make the round trips
/// negligible.
const ROWS_PER_STATEMENT: usize = 500;

/// What bulk-created databases are called; only databases with this prefix are ever dropped.
const BENCH_DATABASE_PREFIX: &str = "piazza_bench_";

/// A published proposal with its supporters and the moment it was made.
pub struct BulkProposal<'a> {
    pub proposal: NewProposal<'a>,
    /// The people who support it; its support count is their number. Each at most once.
    pub supporters: Vec<AccountId>,
    pub created_at: OffsetDateTime,
}

/// A comment and the moment it was written. Its `depth` must be 0 without a parent and the
/// parent's depth plus one with one, as the comment use case sets it.
pub struct BulkComment<'a> {
    pub comment: NewComment<'a>,
    pub created_at: OffsetDateTime,
}

/// `($1, $2, $3), ($4, $5, $6)` for two rows of three columns: only numbers are joined, every
/// value is bound.
fn values_list(rows: usize, columns: usize) -> String {
    let mut list = String::with_capacity(rows * columns * 6);
    for row in 0..rows {
        if row > 0 {
            list.push_str(", ");
        }
        list.push('(');
        for column in 0..columns {
            if column > 0 {
                list.push_str(", ");
            }
            list.push('$');
            list.push_str(&(row * columns + column + 1).to_string());
        }
        list.push(')');
    }
    list
}

impl Db {
    /// Inserts published proposals, each with its first version, its first state change and its
    /// supports, in one transaction. Returns their ids in the order given.
    ///
    /// The ids come back in order because both databases number the rows of one multi-row
    /// INSERT in the order of its VALUES list; the ids returned are sorted, so the order in
    /// which RETURNING lists them does not matter.
    pub async fn insert_proposals(&self, proposals: &[BulkProposal<'_>]) -> Result<Vec<ProposalId>> {
        let ids: Vec<i64> = transaction!(self, |tx| {
            let mut ids: Vec<i64> = Vec::with_capacity(proposals.len());
            for chunk in proposals.chunks(ROWS_PER_STATEMENT) {
                let sql = sqlx::AssertSqlSafe(format!(
                    "INSERT INTO proposals (process_id, title, body, category, address, locale, state, support_count,
                                            shuffle_key, created_by, created_at)
                     VALUES {} RETURNING id",
                    values_list(chunk.len(), 11)
                ));
                let mut query = sqlx::query_scalar(sql);
                for row in chunk {
                    let new = &row.proposal;
                    query = query
                        .bind(new.process.0)
                        .bind(new.title)
                        .bind(new.body)
                        .bind(new.category)
                        .bind(new.address)
                        .bind(new.locale)
                        .bind("published")
                        .bind(row.supporters.len() as i64)
                        .bind(new.shuffle_key)
                        .bind(new.author.0)
                        .bind(row.created_at);
                }
                let mut chunk_ids: Vec<i64> = query.fetch_all(&mut *tx).await?;
                chunk_ids.sort_unstable();
                ids.extend(chunk_ids);
            }
            for (chunk, chunk_ids) in proposals.chunks(ROWS_PER_STATEMENT).zip(ids.chunks(ROWS_PER_STATEMENT)) {
                let sql = sqlx::AssertSqlSafe(format!(
                    "INSERT INTO proposal_versions (proposal_id, number, title, body, author_id, created_at)
                     VALUES {}",
                    values_list(chunk.len(), 6)
                ));
                let mut query = sqlx::query(sql);
                for (row, id) in chunk.iter().zip(chunk_ids) {
                    query = query
                        .bind(*id)
                        .bind(1_i64)
                        .bind(row.proposal.title)
                        .bind(row.proposal.body)
                        .bind(row.proposal.author.0)
                        .bind(row.created_at);
                }
                query.execute(&mut *tx).await?;
                let sql = sqlx::AssertSqlSafe(format!(
                    "INSERT INTO proposal_state_changes (proposal_id, state, changed_by, changed_at) VALUES {}",
                    values_list(chunk.len(), 4)
                ));
                let mut query = sqlx::query(sql);
                for (row, id) in chunk.iter().zip(chunk_ids) {
                    query = query.bind(*id).bind("published").bind(row.proposal.author.0).bind(row.created_at);
                }
                query.execute(&mut *tx).await?;
            }
            let supports: Vec<(i64, i64, OffsetDateTime)> = proposals
                .iter()
                .zip(&ids)
                .flat_map(|(row, id)| row.supporters.iter().map(move |supporter| (*id, supporter.0, row.created_at)))
                .collect();
            for chunk in supports.chunks(ROWS_PER_STATEMENT) {
                let sql = sqlx::AssertSqlSafe(format!(
                    "INSERT INTO proposal_supports (proposal_id, account_id, created_at) VALUES {}",
                    values_list(chunk.len(), 3)
                ));
                let mut query = sqlx::query(sql);
                for (proposal, account, at) in chunk {
                    query = query.bind(*proposal).bind(*account).bind(*at);
                }
                query.execute(&mut *tx).await?;
            }
            ids
        });
        Ok(ids.into_iter().map(ProposalId).collect())
    }

    /// Inserts comments in one transaction and returns their ids in the order given, for the
    /// same reason as [`Db::insert_proposals`]. A reply's parent must exist already, so a
    /// thread is inserted one level at a time.
    pub async fn insert_comments(&self, comments: &[BulkComment<'_>]) -> Result<Vec<i64>> {
        Ok(transaction!(self, |tx| {
            let mut ids: Vec<i64> = Vec::with_capacity(comments.len());
            for chunk in comments.chunks(ROWS_PER_STATEMENT) {
                let sql = sqlx::AssertSqlSafe(format!(
                    "INSERT INTO comments (process_id, proposal_id, parent_id, depth, author_id, stance, body, locale,
                                           created_at)
                     VALUES {} RETURNING id",
                    values_list(chunk.len(), 9)
                ));
                let mut query = sqlx::query_scalar(sql);
                for row in chunk {
                    let new = &row.comment;
                    query = query
                        .bind(new.process.0)
                        .bind(new.proposal.map(|p| p.0))
                        .bind(new.parent)
                        .bind(new.depth)
                        .bind(new.author.0)
                        .bind(new.stance)
                        .bind(new.body)
                        .bind(new.locale)
                        .bind(row.created_at);
                }
                let mut chunk_ids: Vec<i64> = query.fetch_all(&mut *tx).await?;
                chunk_ids.sort_unstable();
                ids.extend(chunk_ids);
            }
            ids
        }))
    }

    /// Brings the database to the state a running site would reach on its own after a bulk
    /// load. On PostgreSQL that is `VACUUM (ANALYZE)`, which autovacuum runs by itself within a
    /// minute or two of so many inserts: it gives the planner statistics, marks the new rows
    /// visible to all so that index-only scans need not visit the table, and sets their hint
    /// bits. Doing it now means a measurement neither sees the half-settled state nor competes
    /// with autovacuum for the processor. SQLite gathers statistics only when told to, and
    /// Piazza never tells it, so there this does nothing: the benchmark should see the plans a
    /// real SQLite site gets.
    pub async fn settle_after_bulk_load(&self) -> Result<()> {
        if let Db::Postgres(pool) = self {
            // VACUUM cannot run inside a transaction; a statement on the pool runs outside one.
            sqlx::query("VACUUM (ANALYZE)").execute(pool).await?;
        }
        Ok(())
    }
}

/// Creates an empty PostgreSQL database named `piazza_bench_<process id>` on the server that
/// `admin_url` points at, and returns its address. A database of that name left behind by an
/// earlier run that stopped half-way is dropped first.
pub async fn create_postgres_bench_database(admin_url: &str) -> Result<String> {
    let name = format!("{BENCH_DATABASE_PREFIX}{}", std::process::id());
    let mut admin = PgConnection::connect(admin_url).await?;
    // The name is made of a fixed prefix and digits only, so it is safe to join into the SQL;
    // PostgreSQL cannot bind a database name.
    sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")))
        .execute(&mut admin)
        .await?;
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&mut admin).await?;
    admin.close().await?;
    Ok(with_database(admin_url, &name))
}

/// Drops a database made by [`create_postgres_bench_database`], given its address. Refuses any
/// other name, so that a wrong address cannot drop someone's real data.
pub async fn drop_postgres_bench_database(admin_url: &str, database_url: &str) -> Result<()> {
    let name = database_url.rsplit('/').next().map_or("", |last| last.split('?').next().unwrap_or(last));
    let is_bench_database = name
        .strip_prefix(BENCH_DATABASE_PREFIX)
        .is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()));
    if !is_bench_database {
        return Err(StoreError::Refused(format!("{name} is not a benchmark database")));
    }
    let mut admin = PgConnection::connect(admin_url).await?;
    sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")))
        .execute(&mut admin)
        .await?;
    admin.close().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::values_list;

    #[test]
    fn values_list_numbers_every_value_once_row_by_row() {
        assert_eq!(values_list(2, 3), "($1, $2, $3), ($4, $5, $6)");
        assert_eq!(values_list(1, 1), "($1)");
    }
}

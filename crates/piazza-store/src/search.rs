//! Full-text search within a community, over processes, proposals, comments and meetings.
//!
//! The two backends index differently (FTS5 on SQLite, a tsvector with a GIN index on
//! PostgreSQL), so [`Db::search`] has two honest branches; both take the same words, match them
//! as prefixes, rank titles above bodies, and never return hidden content.

use piazza_domain::CommunityId;
use sqlx::types::time::OffsetDateTime;

use crate::{Db, Result};

/// The most words of a query that are searched for; the rest are ignored.
const MOST_WORDS: usize = 8;
/// Longer "words" are cut to this many characters.
const LONGEST_WORD: usize = 40;
/// Counting stops here: past it, "more than this many" says enough, and counting every match of
/// a common word in a large community would cost more than finding the best twenty.
pub const MOST_COUNTED: i64 = 1000;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SearchHit {
    pub kind: String,
    pub item_id: i64,
    pub process_id: i64,
    pub proposal_id: Option<i64>,
    pub title: String,
    pub body: String,
    pub process_title: String,
    pub proposal_title: Option<String>,
    pub created_at: OffsetDateTime,
}

pub struct SearchQuery<'a> {
    pub community: CommunityId,
    pub text: &'a str,
    /// Only this kind of result (`process`, `proposal`, `comment`, `meeting`), or every kind.
    pub kind: Option<&'a str>,
    pub limit: i64,
    pub offset: i64,
}

/// The words of a query: letters and digits only, lowercased, so that nothing a person types
/// can change the meaning of the search expression built from them.
pub fn query_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| word.to_lowercase().chars().take(LONGEST_WORD).collect::<String>())
        .take(MOST_WORDS)
        .collect()
}

const HIT_COLUMNS: &str = "d.kind, d.item_id, d.process_id, d.proposal_id, d.title, d.body,
        pr.title AS process_title, p.title AS proposal_title, d.created_at";

/// What every hit must satisfy besides matching: in the community, of the kind asked for (when
/// `$3` is not empty), and visible, including the proposal it belongs to.
const HIT_FILTER: &str = "d.community_id = $2 AND ($3 = '' OR d.kind = $3) AND NOT d.hidden
        AND (p.id IS NULL OR NOT p.hidden)";

impl Db {
    /// One page of what matches every word of the query, best first, and how many match in all,
    /// counted up to [`MOST_COUNTED`] + 1.
    pub async fn search(&self, query: &SearchQuery<'_>) -> Result<(Vec<SearchHit>, i64)> {
        let words = query_words(query.text);
        if words.is_empty() {
            return Ok((Vec::new(), 0));
        }
        let kind = query.kind.unwrap_or("");
        match self {
            Db::Sqlite(sqlite) => {
                let expression = words.iter().map(|word| format!("\"{word}\"*")).collect::<Vec<_>>().join(" AND ");
                // CROSS JOIN keeps SQLite from starting with the community's documents and running
                // the full-text match once for each of them: the match comes first.
                let from = "FROM search_fts CROSS JOIN search_documents d ON d.id = search_fts.rowid
                     JOIN processes pr ON pr.id = d.process_id LEFT JOIN proposals p ON p.id = d.proposal_id";
                let page_sql = sqlx::AssertSqlSafe(format!(
                    "SELECT {HIT_COLUMNS} {from} WHERE search_fts MATCH $1 AND {HIT_FILTER}
                     ORDER BY bm25(search_fts, 5.0, 1.0), d.id DESC LIMIT $4 OFFSET $5"
                ));
                let count_sql = sqlx::AssertSqlSafe(format!(
                    "SELECT COUNT(*) FROM (SELECT 1 {from} WHERE search_fts MATCH $1 AND {HIT_FILTER} LIMIT {}) counted",
                    MOST_COUNTED + 1
                ));
                let hits = sqlx::query_as(page_sql)
                    .bind(&expression)
                    .bind(query.community.0)
                    .bind(kind)
                    .bind(query.limit)
                    .bind(query.offset)
                    .fetch_all(&sqlite.reader)
                    .await?;
                let total = sqlx::query_scalar(count_sql)
                    .bind(&expression)
                    .bind(query.community.0)
                    .bind(kind)
                    .fetch_one(&sqlite.reader)
                    .await?;
                Ok((hits, total))
            }
            Db::Postgres(pool) => {
                let expression = words.iter().map(|word| format!("{word}:*")).collect::<Vec<_>>().join(" & ");
                let from = "FROM search_documents d
                     JOIN processes pr ON pr.id = d.process_id LEFT JOIN proposals p ON p.id = d.proposal_id";
                let page_sql = sqlx::AssertSqlSafe(format!(
                    "SELECT {HIT_COLUMNS} {from} WHERE d.document @@ to_tsquery('simple', $1) AND {HIT_FILTER}
                     ORDER BY ts_rank(d.document, to_tsquery('simple', $1)) DESC, d.id DESC LIMIT $4 OFFSET $5"
                ));
                let count_sql = sqlx::AssertSqlSafe(format!(
                    "SELECT COUNT(*) FROM (SELECT 1 {from} WHERE d.document @@ to_tsquery('simple', $1) AND {HIT_FILTER}
                     LIMIT {}) counted",
                    MOST_COUNTED + 1
                ));
                let hits = sqlx::query_as(page_sql)
                    .bind(&expression)
                    .bind(query.community.0)
                    .bind(kind)
                    .bind(query.limit)
                    .bind(query.offset)
                    .fetch_all(pool)
                    .await?;
                let total = sqlx::query_scalar(count_sql)
                    .bind(&expression)
                    .bind(query.community.0)
                    .bind(kind)
                    .fetch_one(pool)
                    .await?;
                Ok((hits, total))
            }
        }
    }
}

//! Answers to the representation questions, the reference population, and the counts the
//! representation dashboard is made of. Answers are only ever read back as counts, except by the
//! person who gave them.

use piazza_domain::{AccountId, CommunityId, ProcessId};

use crate::{Db, Result};

/// A question a community asks besides age band, gender and neighbourhood.
#[derive(Debug, Clone)]
pub struct DemographicQuestion {
    pub id: i64,
    pub label: String,
    pub locale: String,
    /// Each option's id and label, in order.
    pub options: Vec<(i64, String)>,
}

/// A question joined with one of its options: question id, label, locale, option id and label.
type QuestionRow = (i64, String, String, Option<i64>, Option<String>);

/// How many participants gave one answer to one topic.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AnswerCount {
    pub topic: String,
    pub answer: String,
    pub people: i64,
}

/// How many contributions of one kind came by one channel.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ChannelCount {
    pub kind: String,
    pub channel: String,
    pub contributions: i64,
}

/// The people who took part in a community's processes (or in one of them, when the process
/// parameter is not 0): who proposed, commented, supported, registered for a meeting or voted
/// with their account. `$1` is the community and `$2` the process or 0.
pub(crate) const PARTICIPANTS: &str = "
    SELECT p.created_by AS account_id FROM proposals p JOIN processes pr ON pr.id = p.process_id
     WHERE pr.community_id = $1 AND ($2 = 0 OR pr.id = $2) AND p.created_by IS NOT NULL
    UNION SELECT c.author_id FROM comments c JOIN processes pr ON pr.id = c.process_id
     WHERE pr.community_id = $1 AND ($2 = 0 OR pr.id = $2) AND c.author_id IS NOT NULL
    UNION SELECT s.account_id FROM proposal_supports s JOIN proposals p ON p.id = s.proposal_id
      JOIN processes pr ON pr.id = p.process_id WHERE pr.community_id = $1 AND ($2 = 0 OR pr.id = $2)
    UNION SELECT r.account_id FROM meeting_registrations r JOIN meetings m ON m.id = r.meeting_id
      JOIN processes pr ON pr.id = m.process_id WHERE pr.community_id = $1 AND ($2 = 0 OR pr.id = $2)
    UNION SELECT a.id FROM budget_voters v JOIN budgets b ON b.id = v.budget_id
      JOIN processes pr ON pr.id = b.process_id JOIN accounts a ON v.voter_key = 'account:' || a.id
     WHERE pr.community_id = $1 AND ($2 = 0 OR pr.id = $2)";

impl Db {
    /// Adds a community's own question with its options, in one transaction.
    pub async fn add_demographic_question(
        &self,
        community: CommunityId,
        label: &str,
        locale: &str,
        options: &[String],
    ) -> Result<i64> {
        Ok(transaction!(self, |tx| {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO demographic_questions (community_id, label, locale, created_at)
                 VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(community.0)
            .bind(label)
            .bind(locale)
            .bind(piazza_domain::now())
            .fetch_one(&mut *tx)
            .await?;
            for (position, option) in options.iter().enumerate() {
                sqlx::query("INSERT INTO demographic_options (question_id, label, position) VALUES ($1, $2, $3)")
                    .bind(id)
                    .bind(option)
                    .bind(position as i64)
                    .execute(&mut *tx)
                    .await?;
            }
            id
        }))
    }

    pub async fn demographic_questions(&self, community: CommunityId) -> Result<Vec<DemographicQuestion>> {
        let rows: Vec<QuestionRow> = read!(self, |conn| {
            sqlx::query_as(
                "SELECT q.id, q.label, q.locale, o.id, o.label FROM demographic_questions q
                 LEFT JOIN demographic_options o ON o.question_id = q.id
                 WHERE q.community_id = $1 ORDER BY q.id, o.position",
            )
            .bind(community.0)
            .fetch_all(conn)
            .await?
        });
        let mut questions: Vec<DemographicQuestion> = Vec::new();
        for (id, label, locale, option_id, option_label) in rows {
            if questions.last().is_none_or(|question| question.id != id) {
                questions.push(DemographicQuestion { id, label, locale, options: Vec::new() });
            }
            if let (Some(option_id), Some(option_label), Some(question)) =
                (option_id, option_label, questions.last_mut())
            {
                question.options.push((option_id, option_label));
            }
        }
        Ok(questions)
    }

    /// A person's answers in a community, as (topic, answer).
    pub async fn demographic_answers(
        &self,
        account: AccountId,
        community: CommunityId,
    ) -> Result<Vec<(String, String)>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT topic, answer FROM demographic_answers WHERE account_id = $1 AND community_id = $2
                 ORDER BY topic",
            )
            .bind(account.0)
            .bind(community.0)
            .fetch_all(conn)
            .await?
        }))
    }

    /// Replaces a person's answers in a community, in one transaction: a topic answered with
    /// `None` is forgotten.
    pub async fn set_demographic_answers(
        &self,
        account: AccountId,
        community: CommunityId,
        answers: &[(String, Option<String>)],
    ) -> Result<()> {
        let now = piazza_domain::now();
        transaction!(self, |tx| {
            for (topic, answer) in answers {
                sqlx::query(
                    "DELETE FROM demographic_answers WHERE account_id = $1 AND community_id = $2 AND topic = $3",
                )
                .bind(account.0)
                .bind(community.0)
                .bind(topic)
                .execute(&mut *tx)
                .await?;
                if let Some(answer) = answer {
                    sqlx::query(
                        "INSERT INTO demographic_answers (account_id, community_id, topic, answer, answered_at)
                         VALUES ($1, $2, $3, $4, $5)",
                    )
                    .bind(account.0)
                    .bind(community.0)
                    .bind(topic)
                    .bind(answer)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
            }
        });
        Ok(())
    }

    /// Forgets every answer a person gave, in every community (when they withdraw consent).
    pub async fn forget_demographic_answers(&self, account: AccountId) -> Result<u64> {
        Ok(write!(self, |conn| {
            sqlx::query("DELETE FROM demographic_answers WHERE account_id = $1")
                .bind(account.0)
                .execute(conn)
                .await?
                .rows_affected()
        }))
    }

    /// The reference population of a community, as (topic, group, people).
    pub async fn reference_population(&self, community: CommunityId) -> Result<Vec<(String, String, i64)>> {
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT topic, answer, people FROM reference_population WHERE community_id = $1 ORDER BY topic, answer",
            )
            .bind(community.0)
            .fetch_all(conn)
            .await?
        }))
    }

    /// Replaces a community's reference population, in one transaction.
    pub async fn set_reference_population(
        &self,
        community: CommunityId,
        groups: &[(String, String, i64)],
    ) -> Result<()> {
        transaction!(self, |tx| {
            sqlx::query("DELETE FROM reference_population WHERE community_id = $1")
                .bind(community.0)
                .execute(&mut *tx)
                .await?;
            for (topic, answer, people) in groups {
                sqlx::query(
                    "INSERT INTO reference_population (community_id, topic, answer, people) VALUES ($1, $2, $3, $4)",
                )
                .bind(community.0)
                .bind(topic)
                .bind(answer)
                .bind(people)
                .execute(&mut *tx)
                .await?;
            }
        });
        Ok(())
    }

    /// How many people took part in a community, or in one of its processes, and how many of
    /// them gave each answer.
    pub async fn representation_counts(
        &self,
        community: CommunityId,
        process: Option<ProcessId>,
    ) -> Result<(i64, Vec<AnswerCount>)> {
        let process = process.map_or(0, |id| id.0);
        let total_sql = sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM ({PARTICIPANTS}) participants"));
        let answers_sql = sqlx::AssertSqlSafe(format!(
            "SELECT topic, answer, COUNT(*) AS people FROM demographic_answers
             WHERE community_id = $1 AND account_id IN ({PARTICIPANTS})
             GROUP BY topic, answer ORDER BY topic, answer"
        ));
        Ok(read!(self, |conn| {
            let total: i64 = sqlx::query_scalar(total_sql).bind(community.0).bind(process).fetch_one(conn).await?;
            let answers = sqlx::query_as(answers_sql).bind(community.0).bind(process).fetch_all(conn).await?;
            (total, answers)
        }))
    }

    /// Contributions per kind and channel in a community, or in one of its processes: visible
    /// proposals, comments not deleted, and supports.
    pub async fn channel_counts(
        &self,
        community: CommunityId,
        process: Option<ProcessId>,
    ) -> Result<Vec<ChannelCount>> {
        let process = process.map_or(0, |id| id.0);
        Ok(read!(self, |conn| {
            sqlx::query_as(
                "SELECT 'proposal' AS kind, p.channel, COUNT(*) AS contributions FROM proposals p
                   JOIN processes pr ON pr.id = p.process_id
                  WHERE pr.community_id = $1 AND ($2 = 0 OR pr.id = $2) AND NOT p.hidden GROUP BY p.channel
                 UNION ALL
                 SELECT 'comment', c.channel, COUNT(*) FROM comments c JOIN processes pr ON pr.id = c.process_id
                  WHERE pr.community_id = $1 AND ($2 = 0 OR pr.id = $2) AND c.deleted_at IS NULL AND NOT c.hidden
                  GROUP BY c.channel
                 UNION ALL
                 SELECT 'support', s.channel, COUNT(*) FROM proposal_supports s JOIN proposals p ON p.id = s.proposal_id
                   JOIN processes pr ON pr.id = p.process_id
                  WHERE pr.community_id = $1 AND ($2 = 0 OR pr.id = $2) GROUP BY s.channel",
            )
            .bind(community.0)
            .bind(process)
            .fetch_all(conn)
            .await?
        }))
    }
}

//! The accountability tracker: officials record what the authority committed to deliver in a
//! process, link it to the proposals and budget projects it comes from, and tell how delivery
//! goes in dated updates. Everyone sees, on each proposal and project, what became of it.

use piazza_domain::{Locale, ProcessId, ResultStatus};
use piazza_store::Db;
use piazza_store::accountability::{NewResult, NewResultUpdate, ResultUpdate, TrackedResult};
use piazza_store::communities::Community;
use piazza_store::processes::Process;

use crate::accounts::Actor;
use crate::processes::{parse_date, speaks_for};
use crate::{AppError, AppResult, FormErrors};

/// A result as typed into the form.
#[derive(Debug, Clone, Default)]
pub struct ResultForm {
    pub parent: String,
    pub title: String,
    pub description: String,
    pub status: String,
    pub progress: String,
    pub starts_on: String,
    pub ends_on: String,
    pub budget_planned: String,
    pub budget_spent: String,
    /// Ids of the proposals it comes from.
    pub proposals: Vec<String>,
    /// Ids of the budget projects it comes from.
    pub projects: Vec<String>,
}

/// An update as typed into the form.
#[derive(Debug, Clone, Default)]
pub struct UpdateForm {
    pub body: String,
    pub status: String,
    pub progress: String,
    pub cancel_reason: String,
    pub budget_spent: String,
}

/// A result with where it stands: its progress (its children's average when it has any), its
/// latest update and its children.
#[derive(Debug, Clone)]
pub struct Tracked {
    pub result: TrackedResult,
    pub progress: i64,
    pub latest: Option<ResultUpdate>,
    pub children: Vec<Tracked>,
}

fn whole_number(
    raw: &str,
    field: &'static str,
    range: std::ops::RangeInclusive<i64>,
    errors: &mut FormErrors,
) -> Option<Option<i64>> {
    let cleaned = raw.trim().replace([',', '.', ' ', '\u{a0}', '\u{202f}', '%'], "");
    if cleaned.is_empty() {
        return Some(None);
    }
    match cleaned.parse::<i64>() {
        Ok(value) if range.contains(&value) => Some(Some(value)),
        _ => {
            errors.add(field, "error-result-number");
            None
        }
    }
}

fn optional_date(raw: &str, field: &'static str, errors: &mut FormErrors) -> Option<Option<String>> {
    if raw.trim().is_empty() {
        return Some(None);
    }
    match parse_date(raw) {
        Some(date) => Some(Some(date.to_string())),
        None => {
            errors.add(field, "error-date-invalid");
            None
        }
    }
}

/// The status, progress and cancellation reason of a form, checked together: a result done is
/// 100% delivered, and a cancelled one says why.
fn standing(
    status: &str,
    progress: &str,
    reason: &str,
    errors: &mut FormErrors,
) -> (Option<ResultStatus>, Option<i64>, Option<Option<String>>) {
    let status = ResultStatus::parse(status.trim());
    if status.is_none() {
        errors.add("status", "error-choose-one");
    }
    let progress = whole_number(progress, "progress", 0..=100, errors).map(|p| p.unwrap_or(0));
    let progress = match (status, progress) {
        (Some(ResultStatus::Done), Some(_)) => Some(100),
        (_, progress) => progress,
    };
    let reason = match (status, piazza_domain::single_line(reason)) {
        (Some(ResultStatus::Cancelled), Ok("")) => {
            errors.add("cancel_reason", "error-cancel-reason");
            None
        }
        (Some(ResultStatus::Cancelled), Ok(reason)) if reason.chars().count() > 500 => {
            errors.add("cancel_reason", "error-text-too-long");
            None
        }
        (Some(ResultStatus::Cancelled), Ok(reason)) => Some(Some(reason.to_owned())),
        (_, Ok(_)) => Some(None),
        (_, Err(invalid)) => {
            let field = "cancel_reason";
            errors.add(field, invalid.message_id);
            None
        }
    };
    (status, progress, reason)
}

/// Records a result of a process; officials of the community may.
pub async fn create(
    db: &Db,
    actor: &Actor,
    community: &Community,
    process: &Process,
    form: &ResultForm,
    locale: Locale,
) -> AppResult<i64> {
    if !speaks_for(actor, community) || process.community_id != community.id {
        return Err(AppError::Forbidden);
    }
    let mut errors = FormErrors::default();
    let title = errors.check("title", piazza_domain::title(&form.title, 150));
    let description = errors.check(
        "description",
        piazza_domain::long_text(&form.description, 10_000, "error-description-required", "error-description-length"),
    );
    let (status, progress, _) = standing(&form.status, &form.progress, "", &mut errors);
    let starts_on = optional_date(&form.starts_on, "starts_on", &mut errors);
    let ends_on = optional_date(&form.ends_on, "ends_on", &mut errors);
    if let (Some(Some(start)), Some(Some(end))) = (&starts_on, &ends_on)
        && end < start
    {
        errors.add("ends_on", "error-phase-ends-before-start");
    }
    let planned = whole_number(&form.budget_planned, "budget_planned", 0..=i64::MAX / 2, &mut errors);
    let spent = whole_number(&form.budget_spent, "budget_spent", 0..=i64::MAX / 2, &mut errors);
    let existing = db.results_of(process.id).await?;
    let parent = match form.parent.trim() {
        "" => Some(None),
        raw => match raw.parse::<i64>().ok().filter(|id| existing.iter().any(|r| r.id == *id && r.parent_id.is_none()))
        {
            Some(id) => Some(Some(id)),
            None => {
                errors.add("parent", "error-choose-one");
                None
            }
        },
    };
    let mut links: Vec<(&str, i64)> = Vec::new();
    let proposals = db.proposals(&piazza_store::proposals::ProposalFilter::all_of(process.id)).await?.0;
    for raw in &form.proposals {
        match raw.parse::<i64>().ok().filter(|id| proposals.iter().any(|p| p.id.0 == *id)) {
            Some(id) => links.push(("proposal", id)),
            None => errors.add("proposals", "error-choose-one"),
        }
    }
    let mut projects = Vec::new();
    for budget in db.budgets_of(process.id).await? {
        projects.extend(db.budget_projects(budget.id).await?);
    }
    for raw in &form.projects {
        match raw.parse::<i64>().ok().filter(|id| projects.iter().any(|p| p.id == *id)) {
            Some(id) => links.push(("project", id)),
            None => errors.add("projects", "error-choose-one"),
        }
    }
    let (
        Some(title),
        Some(description),
        Some(status),
        Some(progress),
        Some(starts_on),
        Some(ends_on),
        Some(planned),
        Some(spent),
        Some(parent),
        true,
    ) = (title, description, status, progress, starts_on, ends_on, planned, spent, parent, errors.is_empty())
    else {
        return Err(errors.into());
    };
    links.sort();
    links.dedup();
    Ok(db
        .create_result(&NewResult {
            process: process.id,
            parent,
            title: &title,
            description: &description,
            locale: locale.code(),
            status: status.key(),
            progress,
            starts_on: starts_on.as_deref(),
            ends_on: ends_on.as_deref(),
            budget_planned: planned,
            budget_spent: spent,
            created_by: actor.id(),
            links: &links,
        })
        .await?)
}

/// Adds a dated update to a result: what happened, and where it stands now.
pub async fn update(
    db: &Db,
    actor: &Actor,
    community: &Community,
    result: &TrackedResult,
    form: &UpdateForm,
) -> AppResult<i64> {
    if !speaks_for(actor, community) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FormErrors::default();
    let body = errors
        .check("body", piazza_domain::long_text(&form.body, 4000, "error-update-required", "error-description-length"));
    let (status, progress, reason) = standing(&form.status, &form.progress, &form.cancel_reason, &mut errors);
    let spent = whole_number(&form.budget_spent, "budget_spent", 0..=i64::MAX / 2, &mut errors);
    let (Some(body), Some(status), Some(progress), Some(reason), Some(spent), true) =
        (body, status, progress, reason, spent, errors.is_empty())
    else {
        return Err(errors.into());
    };
    Ok(db
        .add_result_update(
            result.id,
            &NewResultUpdate {
                body: &body,
                status: status.key(),
                progress,
                cancel_reason: reason.as_deref(),
                budget_spent: spent,
                written_by: actor.id(),
            },
        )
        .await?)
}

/// A process's results as a tree, each with its derived progress and latest update.
pub async fn tree(db: &Db, process: ProcessId) -> AppResult<Vec<Tracked>> {
    let results = db.results_of(process).await?;
    let latest = db.latest_result_updates(process).await?;
    let node = |result: &TrackedResult| Tracked {
        result: result.clone(),
        progress: result.progress,
        latest: latest.iter().find(|u| u.result_id == result.id).cloned(),
        children: Vec::new(),
    };
    let mut roots: Vec<Tracked> = results.iter().filter(|r| r.parent_id.is_none()).map(node).collect();
    for root in &mut roots {
        root.children = results.iter().filter(|r| r.parent_id == Some(root.result.id)).map(node).collect();
        if !root.children.is_empty() {
            root.progress = derived_progress(root.children.iter().map(|child| child.progress));
        }
    }
    Ok(roots)
}

/// A parent's progress: its children's average, rounded; cancelled children do not count.
fn derived_progress(children: impl Iterator<Item = i64>) -> i64 {
    let values: Vec<i64> = children.collect();
    if values.is_empty() {
        return 0;
    }
    let sum: i64 = values.iter().sum();
    (sum as f64 / values.len() as f64).round() as i64
}

/// What became of a proposal or a project: the results it led to, each with where it stands.
pub async fn fate_of(db: &Db, kind: &str, target: i64) -> AppResult<Vec<Tracked>> {
    let mut found = Vec::new();
    for result in db.results_from(kind, target).await? {
        let all = tree(db, ProcessId(result.process_id)).await?;
        let tracked = all
            .into_iter()
            .flat_map(|root| {
                let children = root.children.clone();
                std::iter::once(root).chain(children)
            })
            .find(|tracked| tracked.result.id == result.id);
        found.extend(tracked);
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parent_progresses_as_its_children_do() {
        assert_eq!(derived_progress([100, 50, 0].into_iter()), 50);
        assert_eq!(derived_progress([100, 33].into_iter()), 67);
        assert_eq!(derived_progress(std::iter::empty()), 0);
    }

    #[test]
    fn done_is_whole_and_cancelled_says_why() {
        let mut errors = FormErrors::default();
        let (status, progress, _) = standing("done", "40", "", &mut errors);
        assert_eq!((status, progress), (Some(ResultStatus::Done), Some(100)));
        let (_, _, reason) = standing("cancelled", "10", "", &mut errors);
        assert_eq!(reason, None);
        assert_eq!(errors.fields[0].message_id, "error-cancel-reason");
        let mut errors = FormErrors::default();
        let (_, progress, _) = standing("in-progress", "140", "", &mut errors);
        assert_eq!(progress, None);
        assert_eq!(errors.fields[0].field, "progress");
    }
}

//! The Pabulib file format (<https://pabulib.org/format>): three sections, `META`, `PROJECTS`
//! and `VOTES`, each a header row and then rows of `;`-separated fields, quoted as in CSV when a
//! field holds a `;`. Files come with CRLF or LF line endings and with columns beyond the ones
//! the format requires; all of that is read, and what is not understood is kept as it is.

use std::collections::HashMap;
use std::fmt;

use crate::{Ballot, Election, Project, VoteType};

/// The largest amount of money units a file may hold (a quadrillion), so that products of
/// amounts, voters and points stay well inside 128-bit arithmetic.
pub const MAX_AMOUNT: u128 = 1_000_000_000_000_000;
/// The most points a ballot may give one project.
pub const MAX_POINTS: u64 = 1_000_000;

/// What is wrong with a file, and on which line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// The line, counting from 1; 0 when the problem is the file as a whole.
    pub line: usize,
    pub problem: Problem,
}

/// The kinds of problem a Pabulib file can have.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A row came before any `META`, `PROJECTS` or `VOTES` line.
    OutsideSection,
    /// A section is missing entirely.
    MissingSection(&'static str),
    /// A section's header lacks a column the format requires.
    MissingColumn { section: &'static str, column: &'static str },
    /// A row has more fields than its section's header.
    TooManyFields { expected: usize, found: usize },
    /// A quoted field is not closed on its line.
    UnclosedQuote,
    /// `budget` is missing from META.
    MissingBudget,
    /// An amount of money is not a non-negative decimal number.
    BadAmount { field: String, value: String },
    /// An amount is too large to count with.
    AmountTooLarge { field: String, value: String },
    /// The `vote_type` is not one Pabulib defines.
    UnknownVoteType(String),
    /// Two projects share an id.
    DuplicateProject(String),
    /// A project row has no id.
    EmptyProjectId,
    /// A ballot names a project that is not in PROJECTS.
    UnknownProject(String),
    /// A ballot names the same project twice where that cannot be merged.
    RepeatedProject(String),
    /// Points are not whole non-negative numbers.
    BadPoints(String),
    /// A ballot has a different number of points than projects.
    PointsMismatch { projects: usize, points: usize },
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "line {}: ", self.line)?;
        }
        match &self.problem {
            Problem::OutsideSection => f.write_str("this row comes before any META, PROJECTS or VOTES section"),
            Problem::MissingSection(section) => write!(f, "the file has no {section} section"),
            Problem::MissingColumn { section, column } => {
                write!(f, "the {section} header has no `{column}` column")
            }
            Problem::TooManyFields { expected, found } => {
                write!(f, "{found} fields, but the header names only {expected}")
            }
            Problem::UnclosedQuote => f.write_str("a quoted field is not closed"),
            Problem::MissingBudget => f.write_str("META has no `budget`"),
            Problem::BadAmount { field, value } => {
                write!(f, "`{field}` must be a non-negative number, not `{value}`")
            }
            Problem::AmountTooLarge { field, value } => {
                write!(f, "`{field}` is too large to count with: `{value}`")
            }
            Problem::UnknownVoteType(kind) => {
                write!(f, "unknown vote_type `{kind}` (expected approval, choose-1, cumulative, scoring or ordinal)")
            }
            Problem::DuplicateProject(id) => write!(f, "project `{id}` is listed twice"),
            Problem::EmptyProjectId => f.write_str("the project has no id"),
            Problem::UnknownProject(id) => {
                write!(f, "the vote names project `{id}`, which is not in PROJECTS")
            }
            Problem::RepeatedProject(id) => write!(f, "the vote names project `{id}` twice"),
            Problem::BadPoints(value) => {
                write!(f, "points must be whole non-negative numbers, not `{value}`")
            }
            Problem::PointsMismatch { projects, points } => {
                write!(f, "the vote names {projects} projects but gives {points} points")
            }
        }
    }
}

impl std::error::Error for ParseError {}

fn error(line: usize, problem: Problem) -> ParseError {
    ParseError { line, problem }
}

/// Splits a row into fields at `;`, honouring CSV double quotes (`""` inside quotes is a quote).
fn split_row(line: &str) -> Result<Vec<String>, Problem> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut chars = line.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
        } else if c == '"' && field.is_empty() {
            quoted = true;
        } else if c == ';' {
            fields.push(std::mem::take(&mut field));
        } else {
            field.push(c);
        }
    }
    if quoted {
        return Err(Problem::UnclosedQuote);
    }
    fields.push(field);
    Ok(fields)
}

/// A decimal amount as digits and the number of them after the point.
#[derive(Clone, Copy)]
struct Decimal {
    digits: u128,
    decimals: u32,
}

fn parse_decimal(value: &str) -> Option<Decimal> {
    let value = value.trim().replace(',', ".");
    let (whole, fraction) = match value.split_once('.') {
        Some((whole, fraction)) => (whole, fraction.trim_end_matches('0')),
        None => (value.as_str(), ""),
    };
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    if !whole.chars().chain(fraction.chars()).all(|c| c.is_ascii_digit()) || fraction.len() > 6 {
        return None;
    }
    let digits = format!("{whole}{fraction}");
    Some(Decimal { digits: if digits.is_empty() { 0 } else { digits.parse().ok()? }, decimals: fraction.len() as u32 })
}

/// Formats money units with `scale` decimals, without trailing zeros.
pub fn format_scaled(units: u64, scale: u32) -> String {
    if scale == 0 {
        return units.to_string();
    }
    let divisor = 10u64.pow(scale);
    let fraction = format!("{:0width$}", units % divisor, width = scale as usize);
    let fraction = fraction.trim_end_matches('0');
    if fraction.is_empty() { (units / divisor).to_string() } else { format!("{}.{}", units / divisor, fraction) }
}

#[derive(Clone, Copy, PartialEq)]
enum Section {
    None,
    Meta,
    Projects,
    Votes,
}

struct Header {
    columns: Vec<String>,
}

impl Header {
    fn position(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|column| column == name)
    }
}

/// A value Pabulib writes as `none` counts as empty.
fn clean(value: &str) -> &str {
    let value = value.trim();
    if value.eq_ignore_ascii_case("none") { "" } else { value }
}

/// Reads a Pabulib file.
pub fn parse(text: &str) -> Result<Election, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut section = Section::None;
    let mut header: Option<Header> = None;
    let mut section_lines = [0usize; 3];
    let mut meta: Vec<(String, String)> = Vec::new();
    // Rows are kept until the whole file is read: money is scaled to the largest number of
    // decimals any amount has, and votes may in principle come before projects.
    let mut project_rows: Vec<(usize, Vec<String>)> = Vec::new();
    let mut project_header = Vec::new();
    let mut vote_rows: Vec<(usize, Vec<String>)> = Vec::new();
    let mut vote_header = Vec::new();

    for (index, raw) in text.split('\n').enumerate() {
        let line_number = index + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() {
            continue;
        }
        let fields = split_row(line).map_err(|problem| error(line_number, problem))?;
        let first = fields[0].trim().to_ascii_lowercase();
        if fields.iter().skip(1).all(|field| field.trim().is_empty()) {
            let next = match first.as_str() {
                "meta" => Some((Section::Meta, 0)),
                "projects" => Some((Section::Projects, 1)),
                "votes" => Some((Section::Votes, 2)),
                _ => None,
            };
            if let Some((next, slot)) = next {
                section = next;
                section_lines[slot] = line_number;
                header = None;
                continue;
            }
        }
        if section == Section::None {
            return Err(error(line_number, Problem::OutsideSection));
        }
        let Some(current) = &header else {
            let columns: Vec<String> = fields.iter().map(|field| field.trim().to_owned()).collect();
            match section {
                Section::Projects => project_header = columns.clone(),
                Section::Votes => vote_header = columns.clone(),
                _ => {}
            }
            header = Some(Header { columns });
            continue;
        };
        if fields.len() > current.columns.len() && section != Section::Meta {
            // Trailing empty fields (a row ending in `;`) are harmless.
            if fields[current.columns.len()..].iter().any(|field| !field.trim().is_empty()) {
                return Err(error(
                    line_number,
                    Problem::TooManyFields { expected: current.columns.len(), found: fields.len() },
                ));
            }
        }
        match section {
            Section::Meta => {
                let key = fields[0].trim().to_owned();
                let value = fields.get(1).map(|value| value.trim().to_owned()).unwrap_or_default();
                meta.push((key, value));
            }
            Section::Projects => project_rows.push((line_number, fields)),
            Section::Votes => vote_rows.push((line_number, fields)),
            Section::None => unreachable!("rows outside a section were refused above"),
        }
    }

    for (slot, name) in ["META", "PROJECTS", "VOTES"].into_iter().enumerate() {
        if section_lines[slot] == 0 {
            return Err(error(0, Problem::MissingSection(name)));
        }
    }
    let meta_line = section_lines[0];
    let meta_value = |key: &str| meta.iter().find(|(name, _)| name == key).map(|(_, v)| v.as_str());

    let vote_type = match meta_value("vote_type") {
        None => VoteType::Approval,
        Some(kind) => VoteType::from_key(kind.trim())
            .ok_or_else(|| error(meta_line, Problem::UnknownVoteType(kind.to_owned())))?,
    };

    // Money: the budget and every cost, scaled to one common number of decimals.
    let budget_text = meta_value("budget").ok_or_else(|| error(meta_line, Problem::MissingBudget))?;
    let budget_line =
        meta_line + 1 + meta.iter().position(|(name, _)| name == "budget").map(|index| index + 1).unwrap_or(0);
    let budget = parse_decimal(budget_text).ok_or_else(|| {
        error(budget_line, Problem::BadAmount { field: "budget".into(), value: budget_text.to_owned() })
    })?;
    let projects_header = Header { columns: project_header };
    let id_column = projects_header.position("project_id").ok_or_else(|| {
        error(section_lines[1] + 1, Problem::MissingColumn { section: "PROJECTS", column: "project_id" })
    })?;
    let cost_column = projects_header
        .position("cost")
        .ok_or_else(|| error(section_lines[1] + 1, Problem::MissingColumn { section: "PROJECTS", column: "cost" }))?;
    let mut costs = Vec::with_capacity(project_rows.len());
    for (line, fields) in &project_rows {
        let value = fields.get(cost_column).map(|value| clean(value)).unwrap_or("");
        let cost = parse_decimal(value)
            .ok_or_else(|| error(*line, Problem::BadAmount { field: "cost".into(), value: value.to_owned() }))?;
        costs.push(cost);
    }
    let scale = costs.iter().chain([&budget]).map(|amount| amount.decimals).max().unwrap_or(0);
    let scaled = |amount: Decimal, field: &str, value: &str, line: usize| -> Result<u64, ParseError> {
        let factor = 10u128.pow(scale - amount.decimals);
        amount
            .digits
            .checked_mul(factor)
            .filter(|units| *units <= MAX_AMOUNT)
            .map(|units| units as u64)
            .ok_or_else(|| error(line, Problem::AmountTooLarge { field: field.into(), value: value.into() }))
    };
    let budget = scaled(budget, "budget", budget_text, budget_line)?;

    let mut projects = Vec::with_capacity(project_rows.len());
    let mut index_of: HashMap<String, usize> = HashMap::new();
    for ((line, fields), cost) in project_rows.iter().zip(costs) {
        let id = fields.get(id_column).map(|id| id.trim()).unwrap_or("");
        if id.is_empty() {
            return Err(error(*line, Problem::EmptyProjectId));
        }
        if index_of.insert(id.to_owned(), projects.len()).is_some() {
            return Err(error(*line, Problem::DuplicateProject(id.to_owned())));
        }
        let cost_text = fields[cost_column].trim();
        let cost = scaled(cost, "cost", cost_text, *line)?;
        let others = projects_header
            .columns
            .iter()
            .enumerate()
            .filter(|(column, _)| *column != id_column && *column != cost_column)
            .map(|(column, name)| (name.clone(), fields.get(column).map(|v| v.trim().to_owned()).unwrap_or_default()))
            .collect();
        projects.push(Project { id: id.to_owned(), cost, fields: others });
    }

    let votes_header = Header { columns: vote_header };
    let vote_column = votes_header
        .position("vote")
        .ok_or_else(|| error(section_lines[2] + 1, Problem::MissingColumn { section: "VOTES", column: "vote" }))?;
    let voter_column = votes_header.position("voter_id");
    let points_column = votes_header.position("points");
    if vote_type.has_points() && points_column.is_none() && !vote_rows.is_empty() {
        return Err(error(section_lines[2] + 1, Problem::MissingColumn { section: "VOTES", column: "points" }));
    }
    let mut ballots = Vec::with_capacity(vote_rows.len());
    let mut seen = vec![usize::MAX; projects.len()];
    for (ballot_index, (line, fields)) in vote_rows.iter().enumerate() {
        let field = |column: usize| fields.get(column).map(|value| clean(value)).unwrap_or("");
        let named: Vec<&str> = field(vote_column).split(',').map(str::trim).filter(|id| !id.is_empty()).collect();
        let points: Vec<u64> = if vote_type.has_points() {
            let written: Vec<&str> = field(points_column.expect("checked above"))
                .split(',')
                .map(str::trim)
                .filter(|value| !value.is_empty())
                .collect();
            if written.len() != named.len() {
                return Err(error(*line, Problem::PointsMismatch { projects: named.len(), points: written.len() }));
            }
            written
                .iter()
                .map(|value| {
                    value
                        .parse::<u64>()
                        .ok()
                        .filter(|points| *points <= MAX_POINTS)
                        .ok_or_else(|| error(*line, Problem::BadPoints((*value).to_owned())))
                })
                .collect::<Result<_, _>>()?
        } else {
            vec![1; named.len()]
        };
        let mut choices = Vec::with_capacity(named.len());
        for (id, points) in named.iter().zip(points) {
            let project = *index_of.get(*id).ok_or_else(|| error(*line, Problem::UnknownProject((*id).to_owned())))?;
            if seen[project] == ballot_index {
                // An approval ballot is a set, so a repeated id is the same approval; for
                // points and rankings a repetition is ambiguous.
                if matches!(vote_type, VoteType::Approval | VoteType::ChooseOne) {
                    continue;
                }
                return Err(error(*line, Problem::RepeatedProject((*id).to_owned())));
            }
            seen[project] = ballot_index;
            choices.push((project, points));
        }
        let voter_id = match voter_column {
            Some(column) => field(column).to_owned(),
            None => (ballot_index + 1).to_string(),
        };
        let others = votes_header
            .columns
            .iter()
            .enumerate()
            .filter(|(column, _)| {
                *column != vote_column && Some(*column) != voter_column && Some(*column) != points_column
            })
            .map(|(column, name)| (name.clone(), field(column).to_owned()))
            .collect();
        ballots.push(Ballot { voter_id, choices, fields: others });
    }

    Ok(Election { meta, budget, scale, vote_type, projects, ballots })
}

/// Quotes a field when it holds a `;`, a quote or a line break.
fn quote(field: &str) -> String {
    if field.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

fn row<'a>(fields: impl IntoIterator<Item = &'a str>) -> String {
    let mut line = fields.into_iter().map(quote).collect::<Vec<_>>().join(";");
    line.push('\n');
    line
}

/// Writes an election as a Pabulib file (LF line endings). `num_projects`, `num_votes`,
/// `budget` and `vote_type` in META are written from the election itself.
pub fn write(election: &Election) -> String {
    let mut out = String::from("META\nkey;value\n");
    let budget = election.format_money(election.budget);
    let num_projects = election.projects.len().to_string();
    let num_votes = election.ballots.len().to_string();
    let derived = [
        ("num_projects", num_projects.as_str()),
        ("num_votes", num_votes.as_str()),
        ("budget", budget.as_str()),
        ("vote_type", election.vote_type.key()),
    ];
    for (key, value) in &derived {
        out.push_str(&row([*key, *value]));
    }
    for (key, value) in &election.meta {
        if !derived.iter().any(|(name, _)| name == key) {
            out.push_str(&row([key.as_str(), value.as_str()]));
        }
    }

    out.push_str("PROJECTS\n");
    let mut columns: Vec<&str> = Vec::new();
    for project in &election.projects {
        for (name, _) in &project.fields {
            if !columns.contains(&name.as_str()) {
                columns.push(name);
            }
        }
    }
    out.push_str(&row(["project_id", "cost"].into_iter().chain(columns.iter().copied())));
    for project in &election.projects {
        let cost = election.format_money(project.cost);
        let values: Vec<&str> = columns.iter().map(|column| project.field(column).unwrap_or("")).collect();
        out.push_str(&row([project.id.as_str(), cost.as_str()].into_iter().chain(values)));
    }

    out.push_str("VOTES\n");
    let mut columns: Vec<&str> = Vec::new();
    for ballot in &election.ballots {
        for (name, _) in &ballot.fields {
            if !columns.contains(&name.as_str()) {
                columns.push(name);
            }
        }
    }
    let with_points = election.vote_type.has_points();
    let mut head = vec!["voter_id", "vote"];
    if with_points {
        head.push("points");
    }
    out.push_str(&row(head.into_iter().chain(columns.iter().copied())));
    for ballot in &election.ballots {
        let vote = ballot
            .choices
            .iter()
            .map(|&(project, _)| election.projects[project].id.as_str())
            .collect::<Vec<_>>()
            .join(",");
        let points = ballot.choices.iter().map(|(_, points)| points.to_string()).collect::<Vec<_>>().join(",");
        let mut fields = vec![ballot.voter_id.as_str(), vote.as_str()];
        if with_points {
            fields.push(points.as_str());
        }
        for column in &columns {
            fields.push(ballot.fields.iter().find(|(name, _)| name == column).map_or("", |(_, v)| v));
        }
        out.push_str(&row(fields));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = "META\r\nkey;value\r\nbudget;100,50\r\nvote_type;approval\r\nPROJECTS\r\n\
        project_id;cost;name\r\na;60;\"Park; benches\"\r\nb;40.25;Library\r\nVOTES\r\nvoter_id;vote;age\r\n\
        1;a,b,a;30\r\n2;;\r\n";

    #[test]
    fn reads_crlf_quotes_decimals_and_empty_ballots() {
        let election = parse(SMALL).unwrap();
        assert_eq!(election.scale, 2);
        assert_eq!(election.budget, 10050);
        assert_eq!(election.projects[0].cost, 6000);
        assert_eq!(election.projects[1].cost, 4025);
        assert_eq!(election.projects[0].field("name"), Some("Park; benches"));
        assert_eq!(election.ballots.len(), 2);
        assert_eq!(election.ballots[0].choices, vec![(0, 1), (1, 1)]);
        assert!(election.ballots[1].choices.is_empty());
        assert_eq!(election.format_money(election.budget), "100.5");
    }

    #[test]
    fn writing_and_reading_again_gives_the_same_election() {
        let election = parse(SMALL).unwrap();
        let again = parse(&write(&election)).unwrap();
        assert_eq!(again.projects, election.projects);
        assert_eq!(again.ballots, election.ballots);
        assert_eq!(again.budget, election.budget);
    }

    #[test]
    fn problems_name_their_line() {
        let unknown = SMALL.replace("1;a,b,a;30", "1;a,zz;30");
        assert_eq!(
            parse(&unknown).unwrap_err().to_string(),
            "line 11: the vote names project `zz`, which is not in PROJECTS"
        );
        let cost = SMALL.replace("b;40.25", "b;forty");
        assert_eq!(
            parse(&cost).unwrap_err(),
            ParseError { line: 8, problem: Problem::BadAmount { field: "cost".into(), value: "forty".into() } }
        );
        let twice = SMALL.replace("b;40.25", "a;40.25");
        assert_eq!(parse(&twice).unwrap_err().line, 8);
        assert_eq!(parse("key;value\n").unwrap_err().problem, Problem::OutsideSection);
        assert_eq!(
            parse("META\nkey;value\nbudget;1\nPROJECTS\nproject_id;cost\n").unwrap_err().problem,
            Problem::MissingSection("VOTES")
        );
        let budget = SMALL.replace("budget;100,50", "budget;-3");
        assert_eq!(parse(&budget).unwrap_err().line, 3);
        let quote = SMALL.replace("\"Park; benches\"", "\"Park; benches");
        assert_eq!(parse(&quote).unwrap_err().problem, Problem::UnclosedQuote);
    }

    #[test]
    fn points_must_match_the_projects() {
        let text = "META\nkey;value\nbudget;10\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n\
            a;5\nb;5\nVOTES\nvoter_id;vote;points\n1;a,b;3\n";
        assert_eq!(
            parse(text).unwrap_err(),
            ParseError { line: 11, problem: Problem::PointsMismatch { projects: 2, points: 1 } }
        );
        let fine = text.replace("1;a,b;3", "1;a,b;3,7");
        assert_eq!(parse(&fine).unwrap().ballots[0].choices, vec![(0, 3), (1, 7)]);
    }
}

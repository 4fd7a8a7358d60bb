//! Participatory-budgeting elections and how they are counted.
//!
//! An [`Election`] is a budget, the projects on the ballot with their costs, and the ballots
//! cast. It is read from and written to the Pabulib file format (see [`pabulib`]), so that anyone
//! can recount a published result with `piazza pb tally` or with other tools.
//!
//! Every rule in [`Rule`] counts in exact arithmetic: money and utilities are whole numbers
//! (decimal amounts are scaled to whole units of their smallest fraction), and the shares of the
//! Method of Equal Shares and the loads of Phragmén's method are exact fractions. Ties are broken
//! in favour of the project whose id comes first as a string, which is what the reference
//! implementation (pabutools) does, so both give the same winners on the same file.

pub mod pabulib;

mod greedy;
mod knapsack;
mod mes;
mod number;
mod phragmen;
mod rules;

pub use rules::{Count, Fate, RULE_KEYS, Rule, RuleError, UnknownRule, count};

/// How voters express their preferences, as Pabulib names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoteType {
    /// Any set of projects.
    Approval,
    /// Exactly one project (counted as an approval ballot).
    ChooseOne,
    /// Points spread over projects, with a total per voter.
    Cumulative,
    /// A score for each chosen project.
    Scoring,
    /// Projects in order of preference, the most preferred first.
    Ordinal,
}

impl VoteType {
    /// The name Pabulib uses in the `vote_type` field.
    pub fn key(self) -> &'static str {
        match self {
            VoteType::Approval => "approval",
            VoteType::ChooseOne => "choose-1",
            VoteType::Cumulative => "cumulative",
            VoteType::Scoring => "scoring",
            VoteType::Ordinal => "ordinal",
        }
    }

    /// Reads a Pabulib `vote_type`.
    pub fn from_key(key: &str) -> Option<VoteType> {
        [VoteType::Approval, VoteType::ChooseOne, VoteType::Cumulative, VoteType::Scoring, VoteType::Ordinal]
            .into_iter()
            .find(|kind| kind.key() == key)
    }

    /// Whether a ballot of this kind carries points.
    pub fn has_points(self) -> bool {
        matches!(self, VoteType::Cumulative | VoteType::Scoring)
    }
}

/// A project on the ballot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Project {
    /// The project's id, unique in the election; ties are broken by comparing ids as strings.
    pub id: String,
    /// The cost in the election's money units (see [`Election::scale`]).
    pub cost: u64,
    /// Every other column of the project's row, in file order (name, category, votes, …).
    pub fields: Vec<(String, String)>,
}

impl Project {
    /// A column of the project's row other than its id and cost.
    pub fn field(&self, key: &str) -> Option<&str> {
        self.fields.iter().find(|(name, _)| name == key).map(|(_, value)| value.as_str())
    }
}

/// One voter's ballot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ballot {
    /// The voter's id in the file; published ballots carry a sequence number, never a person.
    pub voter_id: String,
    /// The chosen projects as indexes into [`Election::projects`], in the order written, with
    /// their points (1 for approval and ordinal ballots).
    pub choices: Vec<(usize, u64)>,
    /// Every other column of the voter's row, in file order.
    pub fields: Vec<(String, String)>,
}

/// A participatory-budgeting election: what a Pabulib file holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Election {
    /// The META section, in file order, including `budget` and `vote_type`.
    pub meta: Vec<(String, String)>,
    /// The money available, in money units.
    pub budget: u64,
    /// Money units are `10^-scale` of the currency: 0 when every amount is whole, 2 when some
    /// amount has cents.
    pub scale: u32,
    /// How the ballots were cast.
    pub vote_type: VoteType,
    /// The projects, in file order.
    pub projects: Vec<Project>,
    /// The ballots, in file order.
    pub ballots: Vec<Ballot>,
}

impl Election {
    /// A META value.
    pub fn meta(&self, key: &str) -> Option<&str> {
        self.meta.iter().find(|(name, _)| name == key).map(|(_, value)| value.as_str())
    }

    /// The index of the project with this id.
    pub fn project_index(&self, id: &str) -> Option<usize> {
        self.projects.iter().position(|project| project.id == id)
    }

    /// The total cost of a set of projects.
    pub fn cost_of(&self, projects: &[usize]) -> u64 {
        projects.iter().map(|&index| self.projects[index].cost).sum()
    }

    /// How many ballots choose each project.
    pub fn approvals(&self) -> Vec<u64> {
        let mut counts = vec![0; self.projects.len()];
        for ballot in &self.ballots {
            for &(project, _) in &ballot.choices {
                counts[project] += 1;
            }
        }
        counts
    }

    /// The points each project received in total (the approvals, for approval ballots).
    pub fn points(&self) -> Vec<u64> {
        let mut totals = vec![0; self.projects.len()];
        for ballot in &self.ballots {
            for &(project, points) in &ballot.choices {
                totals[project] += points;
            }
        }
        totals
    }

    /// Formats an amount of money units in the currency, with the election's decimals.
    pub fn format_money(&self, units: u64) -> String {
        pabulib::format_scaled(units, self.scale)
    }
}

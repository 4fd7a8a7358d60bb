//! The counting rules, by the keys the Pabulib community uses, and the explanation of each
//! project's fate that a results page shows.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::fmt;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::ToPrimitive;

use crate::greedy::{Turn, WhenTooDear, greedy};
use crate::knapsack::max_welfare;
use crate::mes::{EqualShares, EqualSharesOutcome};
use crate::phragmen::sequential_phragmen;
use crate::{Election, VoteType};

/// A counting rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Greedy by number of approvals, skipping what does not fit (utility = cost).
    GreedyCost,
    /// Greedy by approvals per unit of cost.
    GreedyCard,
    /// Greedy by points per unit of cost.
    GreedyPoints,
    /// Method of Equal Shares, utility = cost, no completion.
    MesCost,
    /// Method of Equal Shares, one unit of utility per approval, no completion.
    MesCard,
    /// Method of Equal Shares, utility = points, no completion.
    MesPoints,
    /// MES (cost) raising each voter's share by one unit of money while the outcome is
    /// feasible and not exhaustive (pabutools' add-one).
    MesCostAdd1,
    /// The same with one unit of utility per approval.
    MesCardAdd1,
    /// MES (cost) raising each voter's share by one unit while the next outcome still fits
    /// (the completion equalshares.net uses).
    MesCostAdd1Eqs,
    /// [`Rule::MesCostAdd1`], then greedy by approvals for what is left.
    MesCostAdd1Greedy,
    /// [`Rule::MesCardAdd1`], then greedy by approvals for what is left.
    MesCardAdd1Greedy,
    /// Sequential Phragmén.
    Phragmen,
    /// The set of projects with the greatest total approved cost (an exact knapsack).
    MaxWelfareCost,
    /// Greedy by approvals among projects with at least this many votes.
    GreedyThreshold(u64),
    /// Greedy by approvals, stopping at the first project that does not fit.
    GreedyNoSkip,
}

/// The rule keys `piazza pb tally --rule` accepts, besides `official`.
pub const RULE_KEYS: [&str; 13] = [
    "greedy_cost",
    "greedy_card",
    "greedy_points",
    "mes_cost",
    "mes_card",
    "mes_points",
    "mes_cost_add1",
    "mes_card_add1",
    "mes_cost_add1_eqs",
    "mes_cost_add1_greedy",
    "mes_card_add1_greedy",
    "phragmen",
    "maxwelfare_cost",
];

/// A rule key that is not one of [`RULE_KEYS`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownRule(pub String);

impl fmt::Display for UnknownRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown rule `{}`; the rules are official, {}", self.0, RULE_KEYS.join(", "))
    }
}

impl std::error::Error for UnknownRule {}

/// Why an election's own rule cannot be applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RuleError {
    /// META names no rule.
    NoOfficialRule,
    /// META names a rule Piazza does not know.
    UnknownOfficialRule(String),
    /// `greedy-threshold` without a usable `min_project_score_threshold`.
    MissingThreshold,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RuleError::NoOfficialRule => f.write_str("the file's META names no `rule`"),
            RuleError::UnknownOfficialRule(rule) => write!(
                f,
                "the file's official rule `{rule}` is not one Piazza knows (greedy, greedy-threshold, greedy-no-skip, equalshares, equalshares/add1, equalshares/add1-comparison)"
            ),
            RuleError::MissingThreshold => f.write_str(
                "the official rule is greedy-threshold, but META has no whole-number `min_project_score_threshold`",
            ),
        }
    }
}

impl std::error::Error for RuleError {}

impl Rule {
    /// The rule with this key.
    pub fn from_key(key: &str) -> Result<Rule, UnknownRule> {
        Ok(match key {
            "greedy_cost" => Rule::GreedyCost,
            "greedy_card" => Rule::GreedyCard,
            "greedy_points" => Rule::GreedyPoints,
            "mes_cost" => Rule::MesCost,
            "mes_card" => Rule::MesCard,
            "mes_points" => Rule::MesPoints,
            "mes_cost_add1" => Rule::MesCostAdd1,
            "mes_card_add1" => Rule::MesCardAdd1,
            "mes_cost_add1_eqs" => Rule::MesCostAdd1Eqs,
            "mes_cost_add1_greedy" => Rule::MesCostAdd1Greedy,
            "mes_card_add1_greedy" => Rule::MesCardAdd1Greedy,
            "phragmen" => Rule::Phragmen,
            "maxwelfare_cost" => Rule::MaxWelfareCost,
            _ => return Err(UnknownRule(key.to_owned())),
        })
    }

    /// The key of this rule (`greedy_cost` for the official threshold and no-skip variants,
    /// whose ordering they share).
    pub fn key(self) -> &'static str {
        match self {
            Rule::GreedyCost => "greedy_cost",
            Rule::GreedyCard => "greedy_card",
            Rule::GreedyPoints => "greedy_points",
            Rule::MesCost => "mes_cost",
            Rule::MesCard => "mes_card",
            Rule::MesPoints => "mes_points",
            Rule::MesCostAdd1 => "mes_cost_add1",
            Rule::MesCardAdd1 => "mes_card_add1",
            Rule::MesCostAdd1Eqs => "mes_cost_add1_eqs",
            Rule::MesCostAdd1Greedy => "mes_cost_add1_greedy",
            Rule::MesCardAdd1Greedy => "mes_card_add1_greedy",
            Rule::Phragmen => "phragmen",
            Rule::MaxWelfareCost => "maxwelfare_cost",
            Rule::GreedyThreshold(_) => "greedy_threshold",
            Rule::GreedyNoSkip => "greedy_no_skip",
        }
    }

    /// The rule named in the election's META `rule` field, as the city counted.
    pub fn official(election: &Election) -> Result<Rule, RuleError> {
        let rule = election.meta("rule").map(str::trim).unwrap_or("");
        Ok(match rule {
            "" | "unknown" => return Err(RuleError::NoOfficialRule),
            "greedy" => Rule::GreedyCost,
            "greedy-no-skip" => Rule::GreedyNoSkip,
            "greedy-threshold" => Rule::GreedyThreshold(
                election
                    .meta("min_project_score_threshold")
                    .and_then(|value| value.trim().parse().ok())
                    .ok_or(RuleError::MissingThreshold)?,
            ),
            "equalshares" => Rule::MesCost,
            "equalshares/add1" | "equalshares/add1-comparison" => Rule::MesCostAdd1Eqs,
            other => return Err(RuleError::UnknownOfficialRule(other.to_owned())),
        })
    }

    fn utility(self) -> Utility {
        match self {
            Rule::GreedyCard | Rule::MesCard | Rule::MesCardAdd1 | Rule::MesCardAdd1Greedy => Utility::Approval,
            Rule::GreedyPoints | Rule::MesPoints => Utility::Points,
            _ => Utility::Cost,
        }
    }
}

/// What a voter gains from a project they chose.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Utility {
    /// The project's cost.
    Cost,
    /// One.
    Approval,
    /// The points given (for a ranking, more for a higher place).
    Points,
}

/// Compares `a/b` with `c/d` for non-negative numbers and positive denominators.
pub(crate) fn compare_fractions(a: u128, b: u128, c: u128, d: u128) -> Ordering {
    match (a.checked_mul(d), c.checked_mul(b)) {
        (Some(left), Some(right)) => left.cmp(&right),
        _ => (BigInt::from(a) * BigInt::from(d)).cmp(&(BigInt::from(c) * BigInt::from(b))),
    }
}

/// The ballots grouped by what they say, for the rules that look at voters one by one.
pub(crate) struct Profile {
    /// How many voters cast each distinct ballot.
    pub multiplicity: Vec<u64>,
    /// For each project, the distinct ballots choosing it and the utility each draws from it.
    pub supporters: Vec<Vec<(u32, u64)>>,
    /// For each project, the utility every supporter draws from it, when they all draw the same.
    pub uniform_utility: Vec<Option<u64>>,
    /// The number of voters, empty ballots included.
    pub voters: u64,
}

impl Profile {
    fn new(election: &Election, utility: Utility) -> Profile {
        let longest = election.ballots.iter().map(|b| b.choices.len()).max().unwrap_or(0) as u64;
        let mut groups: HashMap<Vec<(usize, u64)>, u32> = HashMap::new();
        let mut multiplicity: Vec<u64> = Vec::new();
        for ballot in &election.ballots {
            let mut key: Vec<(usize, u64)> = ballot
                .choices
                .iter()
                .enumerate()
                .filter(|(_, (_, points))| *points > 0)
                .map(|(place, &(project, points))| {
                    let gain = match utility {
                        Utility::Cost => election.projects[project].cost,
                        Utility::Approval => 1,
                        Utility::Points if election.vote_type == VoteType::Ordinal => longest - place as u64,
                        Utility::Points => points,
                    };
                    (project, gain)
                })
                .collect();
            key.sort_unstable();
            let next = multiplicity.len() as u32;
            let group = *groups.entry(key).or_insert(next);
            if group == next {
                multiplicity.push(0);
            }
            multiplicity[group as usize] += 1;
        }
        let mut supporters = vec![Vec::new(); election.projects.len()];
        for (key, group) in groups {
            for (project, gain) in key {
                if gain > 0 {
                    supporters[project].push((group, gain));
                }
            }
        }
        // The order of ballots in a file must not change anything, so supporters are kept in
        // a canonical order rather than the hash map's.
        for list in &mut supporters {
            list.sort_unstable();
        }
        let uniform_utility = supporters
            .iter()
            .map(|list| match list.first() {
                Some(&(_, first)) if list.iter().all(|&(_, gain)| gain == first) => Some(first),
                Some(_) => None,
                None => Some(1),
            })
            .collect();
        Profile { multiplicity, supporters, uniform_utility, voters: election.ballots.len() as u64 }
    }

    fn total_utility(&self, project: usize) -> u128 {
        self.supporters[project]
            .iter()
            .map(|&(group, gain)| gain as u128 * self.multiplicity[group as usize] as u128)
            .sum()
    }
}

/// Why a project won or lost, for a results page.
#[derive(Clone, Debug, PartialEq)]
pub enum Fate {
    /// Its turn in a greedy order (by score, or by score per cost): place `rank`, with
    /// `money_left` when its turn came; bought if it fitted.
    Ranked { rank: usize, money_left: u64, bought: bool },
    /// Left out for having fewer votes than the threshold.
    BelowThreshold { votes: u64, threshold: u64 },
    /// Its turn came after the count stopped at a project that did not fit.
    AfterStop { rank: usize },
    /// Bought by the Method of Equal Shares at step `step`: `payers` voters paid, each
    /// `share` (money units) or, for `paid_all_they_had` of them, all they had left.
    Shared { step: usize, payers: u64, paid_all_they_had: u64, share: f64 },
    /// Dropped by the Method of Equal Shares: its supporters held only `held` between them.
    SupportersShort { held: f64 },
    /// Bought by the greedy completion after the Method of Equal Shares.
    Completed { rank: usize, money_left: u64 },
    /// Not bought by the greedy completion, with the money left when its turn came.
    NotCompleted { rank: usize, money_left: u64 },
    /// Bought by Phragmén's method at step `step`, its supporters ending at `load`.
    Loaded { step: usize, load: f64 },
    /// Phragmén's method stopped at this project because it did not fit.
    StoppedHere,
    /// Not reached before Phragmén's method stopped.
    NotReached,
    /// Part, or not, of the set with the greatest welfare.
    Optimal { bought: bool },
    /// Free and supported, so bought before counting.
    Free,
    /// Nobody chose it, or it costs more than the whole budget.
    Unsupported,
}

/// The result of a count.
#[derive(Clone, Debug, PartialEq)]
pub struct Count {
    pub rule: Rule,
    /// The projects bought, in the order the rule bought them.
    pub winners: Vec<usize>,
    /// Each project's fate, by project index.
    pub fates: Vec<Fate>,
    /// The money spent on the winners.
    pub spent: u64,
    /// For the Method of Equal Shares, each voter's starting share in money units (raised by the
    /// add-one completions).
    pub share_per_voter: Option<f64>,
}

impl Count {
    /// The winners' ids sorted as strings, as `piazza pb tally` prints them.
    pub fn winner_ids<'a>(&self, election: &'a Election) -> Vec<&'a str> {
        let mut ids: Vec<&str> = self.winners.iter().map(|&p| election.projects[p].id.as_str()).collect();
        ids.sort_unstable();
        ids
    }
}

/// Counts an election with a rule.
pub fn count(election: &Election, rule: Rule) -> Count {
    let mut ids: Vec<usize> = (0..election.projects.len()).collect();
    ids.sort_by(|&a, &b| election.projects[a].id.cmp(&election.projects[b].id));
    let mut id_rank = vec![0; ids.len()];
    for (rank, project) in ids.into_iter().enumerate() {
        id_rank[project] = rank;
    }
    let counter = Counter {
        election,
        costs: election.projects.iter().map(|p| p.cost).collect(),
        profile: Profile::new(election, rule.utility()),
        id_rank,
        rule,
    };
    counter.run()
}

struct Counter<'a> {
    election: &'a Election,
    costs: Vec<u64>,
    profile: Profile,
    id_rank: Vec<usize>,
    rule: Rule,
}

impl Counter<'_> {
    fn finish(&self, winners: Vec<usize>, fates: Vec<Fate>, share: Option<f64>) -> Count {
        Count {
            rule: self.rule,
            spent: winners.iter().map(|&p| self.costs[p]).sum(),
            winners,
            fates,
            share_per_voter: share,
        }
    }

    fn run(&self) -> Count {
        let everyone = vec![true; self.costs.len()];
        match self.rule {
            Rule::GreedyCost | Rule::GreedyCard | Rule::GreedyPoints => self.greedy(&everyone, WhenTooDear::Skip, None),
            Rule::GreedyNoSkip => self.greedy(&everyone, WhenTooDear::Stop, None),
            Rule::GreedyThreshold(threshold) => {
                let approvals = self.election.approvals();
                let taking_part: Vec<bool> = approvals.iter().map(|&v| v >= threshold).collect();
                self.greedy(&taking_part, WhenTooDear::Skip, Some((threshold, approvals)))
            }
            Rule::MesCost | Rule::MesCard | Rule::MesPoints => self.equal_shares(Completion::None),
            Rule::MesCostAdd1 | Rule::MesCardAdd1 => self.equal_shares(Completion::AddOne),
            Rule::MesCostAdd1Eqs => self.equal_shares(Completion::AddOneWhileNextFits),
            Rule::MesCostAdd1Greedy | Rule::MesCardAdd1Greedy => self.equal_shares(Completion::AddOneThenGreedy),
            Rule::Phragmen => self.phragmen(),
            Rule::MaxWelfareCost => self.max_welfare(),
        }
    }

    fn utilities(&self) -> Vec<u128> {
        (0..self.costs.len()).map(|p| self.profile.total_utility(p)).collect()
    }

    fn greedy(&self, taking_part: &[bool], when_too_dear: WhenTooDear, threshold: Option<(u64, Vec<u64>)>) -> Count {
        let turns = greedy(
            &self.costs,
            &self.utilities(),
            &self.id_rank,
            taking_part,
            &[],
            self.election.budget,
            when_too_dear,
        );
        let mut fates: Vec<Fate> = match &threshold {
            Some((threshold, votes)) => {
                votes.iter().map(|&votes| Fate::BelowThreshold { votes, threshold: *threshold }).collect()
            }
            None => vec![Fate::Unsupported; self.costs.len()],
        };
        let mut winners = Vec::new();
        let mut stopped = false;
        for Turn { project, rank, money_left, bought } in turns {
            fates[project] = if stopped { Fate::AfterStop { rank } } else { Fate::Ranked { rank, money_left, bought } };
            if bought {
                winners.push(project);
            } else if when_too_dear == WhenTooDear::Stop {
                stopped = true;
            }
        }
        self.finish(winners, fates, None)
    }

    fn equal_shares(&self, completion: Completion) -> Count {
        let n = self.profile.voters;
        let mut fates = vec![Fate::Unsupported; self.costs.len()];
        // Free projects with supporters are bought before counting, as pabutools does.
        let free: Vec<usize> =
            (0..self.costs.len()).filter(|&p| self.costs[p] == 0 && !self.profile.supporters[p].is_empty()).collect();
        for &project in &free {
            fates[project] = Fate::Free;
        }
        if n == 0 {
            return self.finish(free, fates, None);
        }
        let candidates: Vec<bool> =
            (0..self.costs.len()).map(|p| self.costs[p] > 0 && !self.profile.supporters[p].is_empty()).collect();
        let budget = self.election.budget;
        // One unit of the currency, in money units: the step of the add-one completions.
        let unit = 10u64.pow(self.election.scale);
        let unit_share = BigRational::from_integer(BigInt::from(unit));
        let cost_of = |outcome: &EqualSharesOutcome| -> u64 {
            outcome.purchases.iter().map(|purchase| self.costs[purchase.project]).sum::<u64>()
                + free.iter().map(|&p| self.costs[p]).sum::<u64>()
        };
        let exhaustive = |outcome: &EqualSharesOutcome| -> bool {
            let spent = cost_of(outcome);
            (0..self.costs.len()).filter(|&p| candidates[p]).all(|p| {
                outcome.purchases.iter().any(|purchase| purchase.project == p) || spent + self.costs[p] > budget
            })
        };
        let all_bought = |outcome: &EqualSharesOutcome| -> bool {
            outcome.purchases.len() == candidates.iter().filter(|&&c| c).count()
        };
        let mut counter = EqualShares::new(&self.profile, &self.costs, &self.id_rank, &candidates, unit);
        let mut share = BigRational::new(BigInt::from(budget), BigInt::from(n));

        // Both completions raise the share one unit at a time; a count says for how many more
        // units its outcome is certain to stay the same, and those units are skipped. They count
        // many times and report only the outcome at the share they settle on, so they use quick
        // counts to find that share, and count in full only there, for the amounts a results page
        // shows.
        let (outcome, share) = match completion {
            Completion::None => (counter.count(&share, false), share),
            Completion::AddOne | Completion::AddOneThenGreedy => {
                let first = share.clone();
                // The last share up to which an outcome within the budget is certain to hold.
                let mut last_fitting: Option<BigRational> = None;
                let settled = loop {
                    let outcome = counter.count(&share, true);
                    if cost_of(&outcome) > budget {
                        break last_fitting;
                    }
                    if exhaustive(&outcome) {
                        break Some(share);
                    }
                    // An outcome that no rise can change would repeat for ever.
                    let Some(steady) = outcome.unchanged_for else {
                        break Some(share);
                    };
                    let last_same = &share + &unit_share * BigInt::from(steady);
                    share = &last_same + &unit_share;
                    last_fitting = Some(last_same);
                };
                match settled {
                    Some(share) => (counter.count(&share, false), share),
                    // Even the first count spent too much: nothing is bought.
                    None => (EqualSharesOutcome::default(), first),
                }
            }
            Completion::AddOneWhileNextFits => {
                let mut current = counter.count(&share, true);
                loop {
                    if all_bought(&current) {
                        break;
                    }
                    let Some(steady) = current.unchanged_for else {
                        break;
                    };
                    share += &unit_share * BigInt::from(steady);
                    let next_share = &share + &unit_share;
                    let next = counter.count(&next_share, true);
                    if cost_of(&next) > budget {
                        break;
                    }
                    current = next;
                    share = next_share;
                }
                (counter.count(&share, false), share)
            }
        };

        let mut winners = free;
        for (step, purchase) in outcome.purchases.iter().enumerate() {
            winners.push(purchase.project);
            fates[purchase.project] = Fate::Shared {
                step: step + 1,
                payers: purchase.payers,
                paid_all_they_had: purchase.paid_all_they_had,
                share: purchase.share,
            };
        }
        for (project, held) in outcome.supporters_held.iter().enumerate() {
            if let Some(held) = held {
                fates[project] = Fate::SupportersShort { held: *held };
            }
        }
        if completion == Completion::AddOneThenGreedy {
            let approved_cost: Vec<u128> = self
                .election
                .approvals()
                .iter()
                .zip(&self.costs)
                .map(|(&votes, &cost)| votes as u128 * cost as u128)
                .collect();
            let turns = greedy(
                &self.costs,
                &approved_cost,
                &self.id_rank,
                &vec![true; self.costs.len()],
                &winners,
                budget,
                WhenTooDear::Skip,
            );
            for Turn { project, rank, money_left, bought } in turns {
                if bought {
                    winners.push(project);
                    fates[project] = Fate::Completed { rank, money_left };
                } else if !self.profile.supporters[project].is_empty() {
                    fates[project] = Fate::NotCompleted { rank, money_left };
                }
            }
        }
        self.finish(winners, fates, share.to_f64())
    }

    fn phragmen(&self) -> Count {
        let approvals = self.election.approvals();
        let (steps, stopper) =
            sequential_phragmen(&self.profile, &self.costs, &approvals, &self.id_rank, self.election.budget);
        let mut fates: Vec<Fate> = (0..self.costs.len())
            .map(|p| if self.costs[p] > self.election.budget { Fate::Unsupported } else { Fate::NotReached })
            .collect();
        if let Some(project) = stopper {
            fates[project] = Fate::StoppedHere;
        }
        let mut winners = Vec::new();
        for (index, step) in steps.into_iter().enumerate() {
            winners.push(step.project);
            fates[step.project] = Fate::Loaded { step: index + 1, load: step.load.to_f64().unwrap_or(f64::INFINITY) };
        }
        self.finish(winners, fates, None)
    }

    fn max_welfare(&self) -> Count {
        let winners = max_welfare(&self.costs, &self.utilities(), self.election.budget);
        let fates = (0..self.costs.len()).map(|p| Fate::Optimal { bought: winners.contains(&p) }).collect();
        self.finish(winners, fates, None)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Completion {
    None,
    AddOne,
    AddOneThenGreedy,
    AddOneWhileNextFits,
}

//! Properties every count must have, checked on thousands of small random elections, and the
//! Method of Equal Shares checked against a plain voter-by-voter implementation in exact
//! fractions. Small elections with small whole costs are full of ties, which is where a fast
//! count is most likely to go wrong.

use num_bigint::BigInt;
use num_rational::BigRational;
use piazza_pb::{Ballot, Election, Project, RULE_KEYS, Rule, VoteType, count};

/// A small deterministic generator, so that a failure can be replayed.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % sides
    }
}

fn election(dice: &mut Dice, vote_type: VoteType) -> Election {
    let projects = 2 + dice.roll(7) as usize;
    let voters = 1 + dice.roll(12) as usize;
    let budget = 5 + dice.roll(40);
    let projects: Vec<Project> =
        (0..projects).map(|i| Project { id: format!("p{i}"), cost: 1 + dice.roll(20), fields: Vec::new() }).collect();
    let ballots = (0..voters)
        .map(|v| {
            let mut choices = Vec::new();
            for p in 0..projects.len() {
                if dice.roll(3) == 0 {
                    let points = if vote_type == VoteType::Cumulative { 1 + dice.roll(4) } else { 1 };
                    choices.push((p, points));
                }
            }
            Ballot { voter_id: v.to_string(), choices, fields: Vec::new() }
        })
        .collect();
    Election { meta: Vec::new(), budget, scale: 0, vote_type, projects, ballots }
}

fn ids(election: &Election, rule: Rule) -> Vec<String> {
    count(election, rule).winner_ids(election).into_iter().map(str::to_owned).collect()
}

#[test]
fn no_count_spends_more_than_the_budget() {
    let mut dice = Dice(1);
    for _ in 0..400 {
        let election = election(&mut dice, VoteType::Approval);
        for key in RULE_KEYS {
            let result = count(&election, Rule::from_key(key).unwrap());
            assert!(result.spent <= election.budget, "{key} overspends on {election:?}");
            assert_eq!(result.spent, election.cost_of(&result.winners));
        }
    }
}

#[test]
fn the_order_of_ballots_never_changes_the_result() {
    let mut dice = Dice(2);
    for round in 0..300 {
        let kind = if round % 3 == 0 { VoteType::Cumulative } else { VoteType::Approval };
        let election = election(&mut dice, kind);
        let mut shuffled = election.clone();
        for i in (1..shuffled.ballots.len()).rev() {
            let j = dice.roll(i as u64 + 1) as usize;
            shuffled.ballots.swap(i, j);
        }
        for key in RULE_KEYS {
            let rule = Rule::from_key(key).unwrap();
            assert_eq!(ids(&election, rule), ids(&shuffled, rule), "{key} on {election:?}");
        }
    }
}

#[test]
fn a_voter_approving_only_winners_never_removes_a_winner_under_greedy_rules() {
    let mut dice = Dice(3);
    for _ in 0..400 {
        let election = election(&mut dice, VoteType::Approval);
        for rule in [Rule::GreedyCost, Rule::GreedyCard, Rule::GreedyNoSkip] {
            let before = count(&election, rule);
            let mut more = election.clone();
            more.ballots.push(Ballot {
                voter_id: "new".into(),
                choices: before.winners.iter().map(|&p| (p, 1)).collect(),
                fields: Vec::new(),
            });
            let after = count(&more, rule);
            for winner in &before.winners {
                assert!(after.winners.contains(winner), "{rule:?} dropped a winner on {election:?}");
            }
        }
    }
}

/// The Method of Equal Shares voter by voter in exact fractions, as the reference
/// implementation describes it, with cost (`true`) or approval utility.
fn plain_equal_shares(election: &Election, share: &BigRational, cost_utility: bool) -> Vec<usize> {
    let utility = |p: usize| -> BigRational {
        BigRational::from_integer(BigInt::from(if cost_utility { election.projects[p].cost } else { 1 }))
    };
    let mut money: Vec<BigRational> = vec![share.clone(); election.ballots.len()];
    let supporters: Vec<Vec<usize>> = (0..election.projects.len())
        .map(|p| {
            (0..election.ballots.len()).filter(|&v| election.ballots[v].choices.iter().any(|c| c.0 == p)).collect()
        })
        .collect();
    let mut remaining: Vec<usize> =
        (0..election.projects.len()).filter(|&p| !supporters[p].is_empty() && election.projects[p].cost > 0).collect();
    let mut bought = Vec::new();
    loop {
        let mut best: Option<(BigRational, usize)> = None;
        remaining.retain(|&p| {
            let cost = BigRational::from_integer(BigInt::from(election.projects[p].cost));
            let held: BigRational = supporters[p].iter().map(|&v| money[v].clone()).sum();
            held >= cost
        });
        for &p in &remaining {
            let cost = BigRational::from_integer(BigInt::from(election.projects[p].cost));
            let mut order = supporters[p].clone();
            order.sort_by(|&a, &b| money[a].cmp(&money[b]));
            let mut paid = BigRational::from_integer(0.into());
            let mut left = order.len();
            for &v in &order {
                let rho = (&cost - &paid) / (utility(p) * BigInt::from(left));
                if &rho * utility(p) <= money[v] {
                    let better = match &best {
                        None => true,
                        Some((r, q)) => rho < *r || (rho == *r && election.projects[p].id < election.projects[*q].id),
                    };
                    if better {
                        best = Some((rho, p));
                    }
                    break;
                }
                paid += &money[v];
                left -= 1;
            }
        }
        let Some((rho, p)) = best else { return bought };
        for &v in &supporters[p] {
            let due = &rho * utility(p);
            money[v] = if due >= money[v] { BigRational::from_integer(0.into()) } else { &money[v] - due };
        }
        remaining.retain(|&q| q != p);
        bought.push(p);
    }
}

fn sorted_ids(election: &Election, projects: &[usize]) -> Vec<String> {
    let mut ids: Vec<String> = projects.iter().map(|&p| election.projects[p].id.clone()).collect();
    ids.sort();
    ids
}

#[test]
fn equal_shares_agrees_with_a_plain_exact_count() {
    let mut dice = Dice(4);
    for _ in 0..500 {
        let election = election(&mut dice, VoteType::Approval);
        if election.ballots.is_empty() {
            continue;
        }
        let n = BigInt::from(election.ballots.len());
        let start = BigRational::new(BigInt::from(election.budget), n);
        for (rule, cost_utility) in [(Rule::MesCost, true), (Rule::MesCard, false)] {
            let expected = sorted_ids(&election, &plain_equal_shares(&election, &start, cost_utility));
            assert_eq!(ids(&election, rule), expected, "{rule:?} on {election:?}");
        }
        // The add-one completion, raising the share one unit at a time with no skipping.
        let mut share = start.clone();
        let mut previous: Vec<usize> = Vec::new();
        let plain_add_one = loop {
            let outcome = plain_equal_shares(&election, &share, true);
            let spent = election.cost_of(&outcome);
            if spent > election.budget {
                break previous;
            }
            let exhaustive = (0..election.projects.len()).all(|p| {
                outcome.contains(&p)
                    || spent + election.projects[p].cost > election.budget
                    || !election.ballots.iter().any(|b| b.choices.iter().any(|c| c.0 == p))
            });
            if exhaustive {
                break outcome;
            }
            previous = outcome;
            share += BigRational::from_integer(1.into());
        };
        assert_eq!(
            ids(&election, Rule::MesCostAdd1),
            sorted_ids(&election, &plain_add_one),
            "mes_cost_add1 on {election:?}"
        );
    }
}

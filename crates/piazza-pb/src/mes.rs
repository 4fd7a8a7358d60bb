//! The Method of Equal Shares.
//!
//! Every voter starts with the same share of the budget. A project can be bought when its
//! supporters together still hold its cost; among those, the rule picks the one that asks the
//! least of each supporter per unit of utility (ρ): supporters pay ρ times their utility, or all
//! they have left when that is less. Ties go to the project whose id comes first.
//!
//! Three ideas make the count fast without giving up exactness:
//!
//! - Voters are kept in classes of equal remaining money. All start in one class; buying a
//!   project moves its payers to new classes. A project's price is found from how many of its
//!   supporters are in each class, so arithmetic happens once per class, not once per voter.
//! - The count runs in floating point first and notes every decision (which project is
//!   cheapest, whether one is still affordable) taken by a margin too thin for floating point to
//!   be trusted. Only then is it repeated in exact fractions, which decide every tie.
//! - Every amount is tracked as a line in the starting share `b`: its value now and how fast it
//!   changes with `b`. Each decision holds while the lines it compared do not cross, so a count
//!   also tells how far `b` can rise before any decision could change. The add-one completions
//!   raise `b` one unit at a time; they jump straight past the units that cannot change the
//!   outcome instead of counting again for each.

use std::cmp::Ordering;
use std::collections::HashMap;

use num_rational::BigRational;
use num_traits::Signed;

use crate::number::Number;
use crate::rules::Profile;

/// An amount as a line in the starting share: its value now, and its change per unit of share.
#[derive(Clone)]
struct Line<N> {
    now: N,
    slope: N,
}

impl<N: Number> Line<N> {
    fn constant(value: u128) -> Self {
        Line { now: N::whole(value), slope: N::whole(0) }
    }
    fn add(&self, other: &Self) -> Self {
        Line { now: self.now.add(&other.now), slope: self.slope.add(&other.slope) }
    }
    fn sub(&self, other: &Self) -> Self {
        Line { now: self.now.sub(&other.now), slope: self.slope.sub(&other.slope) }
    }
    fn times(&self, factor: u128) -> Self {
        Line { now: self.now.times(factor), slope: self.slope.times(factor) }
    }
    fn over(&self, divisor: u128) -> Self {
        Line { now: self.now.over(divisor), slope: self.slope.over(divisor) }
    }
}

/// A project bought by the method, with what it cost its supporters.
#[derive(Clone, Debug)]
pub(crate) struct Purchase {
    pub project: usize,
    /// Voters who paid something towards it.
    pub payers: u64,
    /// Of those, voters who paid all they had left because their full share was more.
    pub paid_all_they_had: u64,
    /// What a supporter with the project's most common utility paid, in money units.
    pub share: f64,
}

/// What a count with the Method of Equal Shares produced.
#[derive(Clone, Debug, Default)]
pub(crate) struct EqualSharesOutcome {
    pub purchases: Vec<Purchase>,
    /// For projects dropped because their supporters no longer held their cost: what they held.
    pub supporters_held: Vec<Option<f64>>,
    /// How many whole units the starting share can rise with the same outcome guaranteed.
    pub unchanged_for: Option<u64>,
}

/// The class of voters with no money left.
const NO_MONEY: u32 = 0;

struct Count<'a, N> {
    profile: &'a Profile,
    costs: &'a [u64],
    money: Vec<Line<N>>,
    class_of: Vec<u32>,
    /// Scratch space: per class, how many of a project's supporters are in it.
    tally: Vec<u64>,
    touched: Vec<u32>,
    /// The smallest rise in the starting share at which two compared lines cross.
    horizon: Option<N>,
    /// Set when a decision was too close to call in this arithmetic.
    unsure: bool,
}

enum Price<N> {
    /// The supporters hold less than the cost, together.
    Unaffordable(f64),
    /// What each supporter pays per unit of utility.
    PerUtility(Line<N>),
}

impl<N: Number> Count<'_, N> {
    /// Compares two lines now, and notes how far the share can rise before the answer changes.
    /// A `deciding` comparison picks a winner, so it must also be clear-cut.
    fn compare(&mut self, x: &Line<N>, y: &Line<N>, deciding: bool) -> Ordering {
        if deciding && x.now.too_close(&y.now) {
            self.unsure = true;
        }
        let gap = x.now.sub(&y.now);
        let closing = x.slope.sub(&y.slope);
        let zero = N::whole(0);
        let order = gap.compare(&zero);
        let crossing = match (order, closing.compare(&zero)) {
            (_, Ordering::Equal) => None,
            (Ordering::Equal, _) => Some(zero),
            (Ordering::Greater, Ordering::Less) => Some(gap.divide(&zero.sub(&closing))),
            (Ordering::Less, Ordering::Greater) => Some(zero.sub(&gap).divide(&closing)),
            _ => None,
        };
        if let Some(crossing) = crossing
            && self.horizon.as_ref().is_none_or(|h| crossing.compare(h) == Ordering::Less)
        {
            self.horizon = Some(crossing);
        }
        order
    }

    /// The supporters of `project` grouped by (class, utility), leaving out those with no money.
    fn holders(&mut self, project: usize) -> Vec<(u32, u64, u64)> {
        let supporters = &self.profile.supporters[project];
        if let Some(utility) = self.profile.uniform_utility[project] {
            for &(group, _) in supporters {
                let class = self.class_of[group as usize];
                if class == NO_MONEY {
                    continue;
                }
                if self.tally[class as usize] == 0 {
                    self.touched.push(class);
                }
                self.tally[class as usize] += self.profile.multiplicity[group as usize];
            }
            let mut holders = Vec::with_capacity(self.touched.len());
            for class in self.touched.drain(..) {
                holders.push((class, utility, std::mem::take(&mut self.tally[class as usize])));
            }
            holders
        } else {
            let mut tally: HashMap<(u32, u64), u64> = HashMap::new();
            for &(group, utility) in supporters {
                let class = self.class_of[group as usize];
                if class != NO_MONEY {
                    *tally.entry((class, utility)).or_default() += self.profile.multiplicity[group as usize];
                }
            }
            tally.into_iter().map(|((class, utility), count)| (class, utility, count)).collect()
        }
    }

    fn price(&mut self, project: usize) -> Price<N> {
        let cost = Line::constant(self.costs[project] as u128);
        let holders = self.holders(project);
        let mut available = Line::constant(0);
        for &(class, _, count) in &holders {
            available = available.add(&self.money[class as usize].times(count as u128));
        }
        if self.compare(&available, &cost, true) == Ordering::Less {
            return Price::Unaffordable(available.now.to_f64());
        }
        // Those who cannot pay the full share pay all they have; the rest share what remains in
        // proportion to their utility. Assuming everyone pays in full gives the lowest possible
        // price; anyone who cannot afford it pays all they have, which raises the price for the
        // rest, until nobody else falls short (no sorting needed, and few rounds in practice).
        let mut paying_all = vec![false; holders.len()];
        let mut remaining_cost = cost;
        let mut remaining_utility: u128 =
            holders.iter().map(|&(_, utility, count)| utility as u128 * count as u128).sum();
        let rho = loop {
            if remaining_utility == 0 {
                // Only rounding in floating point can get here; exact fractions will decide.
                self.unsure = true;
                break remaining_cost.over(1);
            }
            let rho = remaining_cost.over(remaining_utility);
            let mut someone_fell_short = false;
            for (index, &(class, utility, count)) in holders.iter().enumerate() {
                let money = &self.money[class as usize];
                if !paying_all[index] && money.now.compare(&rho.now.times(utility as u128)) == Ordering::Less {
                    paying_all[index] = true;
                    someone_fell_short = true;
                    remaining_cost = remaining_cost.sub(&money.times(count as u128));
                    remaining_utility -= utility as u128 * count as u128;
                }
            }
            if !someone_fell_short {
                break rho;
            }
        };
        // Who pays all they have and who pays the full share must stay the same for the
        // lines above to describe the price.
        for &(class, utility, _) in &holders {
            let money = self.money[class as usize].clone();
            self.compare(&money, &rho.times(utility as u128), false);
        }
        Price::PerUtility(rho)
    }

    fn buy(&mut self, project: usize, rho: &Line<N>) -> Purchase {
        // Where each (class, utility) of the supporters moves to. With one utility for every
        // supporter, the common case, a vector indexed by class does instead of a hash map.
        let uniform = self.profile.uniform_utility[project];
        let mut moved_by_class: Vec<u32> =
            if uniform.is_some() { vec![u32::MAX; self.money.len()] } else { Vec::new() };
        let mut moved: HashMap<(u32, u64), u32> = HashMap::new();
        let mut payers = 0;
        let mut paid_all = 0;
        let mut shares: HashMap<u64, u64> = HashMap::new();
        for &(group, utility) in &self.profile.supporters[project] {
            let class = self.class_of[group as usize];
            if class == NO_MONEY {
                continue;
            }
            let multiplicity = self.profile.multiplicity[group as usize];
            payers += multiplicity;
            if uniform.is_none() {
                *shares.entry(utility).or_default() += multiplicity;
            }
            let known = if uniform.is_some() {
                Some(moved_by_class[class as usize]).filter(|&to| to != u32::MAX)
            } else {
                moved.get(&(class, utility)).copied()
            };
            let new_class = match known {
                Some(new_class) => new_class,
                None => {
                    let money = &self.money[class as usize];
                    let due = rho.times(utility as u128);
                    let new_class = if due.now.compare(&money.now) != Ordering::Less {
                        NO_MONEY
                    } else {
                        self.money.push(money.sub(&due));
                        self.tally.push(0);
                        (self.money.len() - 1) as u32
                    };
                    if uniform.is_some() {
                        moved_by_class[class as usize] = new_class;
                    } else {
                        moved.insert((class, utility), new_class);
                    }
                    new_class
                }
            };
            if new_class == NO_MONEY {
                paid_all += multiplicity;
            }
            self.class_of[group as usize] = new_class;
        }
        let common_utility = uniform.unwrap_or_else(|| {
            shares.into_iter().max_by_key(|&(utility, count)| (count, utility)).map_or(0, |(utility, _)| utility)
        });
        Purchase { project, payers, paid_all_they_had: paid_all, share: rho.now.times(common_utility as u128).to_f64() }
    }
}

/// Counts with the Method of Equal Shares, each voter starting with `per_voter` money units.
/// Only projects marked in `candidates` take part; they must have a positive cost and
/// supporters. `unit` is the step by which add-one completions raise the share.
pub(crate) fn equal_shares(
    profile: &Profile,
    costs: &[u64],
    id_rank: &[usize],
    candidates: &[bool],
    per_voter: &BigRational,
    unit: u64,
) -> EqualSharesOutcome {
    match count::<f64>(profile, costs, id_rank, candidates, per_voter, unit) {
        Some(outcome) => outcome,
        None => count::<BigRational>(profile, costs, id_rank, candidates, per_voter, unit)
            .expect("exact arithmetic is never unsure"),
    }
}

/// One count in the arithmetic `N`; `None` when a decision was too close to call in it.
fn count<N: Number>(
    profile: &Profile,
    costs: &[u64],
    id_rank: &[usize],
    candidates: &[bool],
    per_voter: &BigRational,
    unit: u64,
) -> Option<EqualSharesOutcome> {
    let start = if per_voter.is_positive() {
        Line { now: N::from_ratio(per_voter), slope: N::whole(1) }
    } else {
        Line::constant(0)
    };
    let mut count = Count::<N> {
        profile,
        costs,
        money: vec![Line::constant(0), start],
        class_of: vec![1; profile.multiplicity.len()],
        tally: vec![0, 0],
        touched: Vec::new(),
        horizon: None,
        unsure: false,
    };
    let mut outcome =
        EqualSharesOutcome { purchases: Vec::new(), supporters_held: vec![None; costs.len()], unchanged_for: None };
    // A project's price per unit of utility only rises as voters spend, so the last price
    // computed is a lower bound: projects are examined cheapest-first, and the search stops
    // once the best price found is clearly below every remaining bound.
    let mut bound: Vec<Line<N>> = (0..costs.len())
        .map(|project| {
            let utility: u128 = profile.supporters[project]
                .iter()
                .map(|&(group, utility)| utility as u128 * profile.multiplicity[group as usize] as u128)
                .sum();
            Line::constant(costs[project] as u128).over(utility.max(1))
        })
        .collect();
    let mut remaining: Vec<usize> = (0..costs.len()).filter(|&project| candidates[project]).collect();
    loop {
        remaining.sort_by(|&a, &b| bound[a].now.compare(&bound[b].now).then(id_rank[a].cmp(&id_rank[b])));
        let mut best: Option<(usize, Line<N>)> = None;
        let mut dropped = Vec::new();
        for &project in &remaining {
            if let Some((_, best_rho)) = &best
                && bound[project].now.compare(&best_rho.now) == Ordering::Greater
                && !bound[project].now.too_close(&best_rho.now)
            {
                break;
            }
            match count.price(project) {
                Price::Unaffordable(held) => {
                    outcome.supporters_held[project] = Some(held);
                    dropped.push(project);
                }
                Price::PerUtility(rho) => {
                    let better = match &best {
                        None => true,
                        Some((best_project, best_rho)) => match rho.now.compare(&best_rho.now) {
                            Ordering::Less => true,
                            Ordering::Equal => id_rank[project] < id_rank[*best_project],
                            Ordering::Greater => false,
                        },
                    };
                    bound[project] = rho.clone();
                    if better {
                        best = Some((project, rho));
                    }
                }
            }
        }
        remaining.retain(|project| !dropped.contains(project));
        let Some((project, rho)) = best else {
            break;
        };
        // The winner must stay the cheapest: against every project examined, and against the
        // bounds of those not examined.
        for &other in &remaining {
            if other != project {
                let other_line = bound[other].clone();
                count.compare(&other_line, &rho, true);
            }
        }
        remaining.retain(|&other| other != project);
        outcome.supporters_held[project] = None;
        let purchase = count.buy(project, &rho);
        outcome.purchases.push(purchase);
    }
    if count.unsure {
        return None;
    }
    outcome.unchanged_for = count.horizon.map(|rise| rise.safe_steps(unit) - 1);
    Some(outcome)
}

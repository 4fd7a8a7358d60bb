//! The Method of Equal Shares.
//!
//! Every voter starts with the same share of the budget. A project can be bought when its
//! supporters together still hold its cost; among those, the rule picks the one that asks the
//! least of each supporter per unit of utility (ρ): supporters pay ρ times their utility, or all
//! they have left when that is less. Ties go to the project whose id comes first.
//!
//! These ideas make the count fast without giving up exactness:
//!
//! - Voters are kept in classes of equal remaining money. All start in one class; buying a
//!   project moves its supporters to new classes. A project's price is found from how many of
//!   its supporters are in each class, so arithmetic happens once per class, not once per voter.
//! - The count runs in floating point first and notes every decision (which project is
//!   cheapest, whether one is still affordable) taken by a margin too thin for floating point to
//!   be trusted. Only then is it repeated in exact fractions, which decide every tie.
//! - Every amount is tracked as a line in the starting share `b`: its value now and how fast it
//!   changes with `b`. Each decision holds while the lines it compared do not cross, so a count
//!   also tells how far `b` can rise before any decision could change. The add-one completions
//!   raise `b` one unit at a time; they jump straight past the units that cannot change the
//!   outcome instead of counting again for each. A price is a line only while the same
//!   supporters pay all they have, but that matters only for the projects bought: for the
//!   others, the line stays below the price, which is all a decision against them needs.
//! - The add-one completions count many times: on large elections, in almost every unit some
//!   voter passes between paying all they have and paying their full share for a project bought,
//!   so few units can be skipped. Each count therefore takes the makeup of the classes from the
//!   counts before it as far as they bought the same projects (see `HoldersCache`), and all but
//!   the last are quick counts, which price a project only as far as needed to see that another
//!   is cheaper (see [`EqualShares::count`]).

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

/// Some of a project's supporters: those in one class who draw the same utility from it. A
/// project's holders are listed in the order in which its supporter list first meets them.
#[derive(Clone, Copy)]
struct Holder {
    class: u32,
    utility: u64,
    /// How many voters.
    count: u64,
}

/// The supporters of each project grouped into holders, as counts found them, kept from one
/// count to the next. Which voters share a class, and the number the class goes by, depend only
/// on the projects bought before, in order, and not on the starting share: a class is split by
/// every purchase its voters support, whether they pay their full share or all they have, and
/// the new classes are numbered in the order of the holders (see [`Count::buy`]). So a count that
/// buys the same first projects as an earlier one finds the same holders, and the add-one
/// completions, whose counts mostly begin with the same purchases, take them from here instead of
/// going through every supporter again.
#[derive(Default)]
struct HoldersCache {
    /// The projects bought, in order, by the count the cache follows.
    bought: Vec<usize>,
    /// Per step of that count (before its purchase at that step), per project, the holders.
    steps: Vec<Vec<Option<Vec<Holder>>>>,
}

impl HoldersCache {
    /// The holders of `project` before purchase `step`, if a count with the same purchases so
    /// far found them.
    fn take(&mut self, step: usize, project: usize) -> Option<Vec<Holder>> {
        self.steps.get_mut(step).and_then(|projects| projects[project].take())
    }

    /// Keeps the holders of `project` before purchase `step` of the current count, one of
    /// `projects`.
    fn put(&mut self, step: usize, project: usize, holders: Vec<Holder>, projects: usize) {
        while self.steps.len() <= step {
            self.steps.push(std::iter::repeat_with(|| None).take(projects).collect());
        }
        self.steps[step][project] = Some(holders);
    }

    /// Notes that purchase `step` of the current count is `project`. What the cache holds for
    /// later steps was found after other purchases, unless the count it followed bought the same.
    fn bought(&mut self, step: usize, project: usize) {
        if self.bought.get(step) != Some(&project) {
            self.bought.truncate(step);
            self.bought.push(project);
            self.steps.truncate(step + 1);
        }
    }
}

/// One count in progress, in the arithmetic `N`.
struct Count<'a, 'c, N> {
    profile: &'a Profile,
    costs: &'a [u64],
    /// Per class, the money each of its voters has left. A class with none holds the zero line.
    money: Vec<Line<N>>,
    /// Per class, whether its voters have no money left: they paid all they had for a project.
    broke: Vec<bool>,
    /// Per group of voters with the same ballot, its class, as of the first `synced` purchases.
    class_of: Vec<u32>,
    /// Scratch space: per class, how many of a project's supporters are in it.
    tally: Vec<u64>,
    touched: Vec<u32>,
    /// Scratch space: per class, where a purchase moves its voters.
    moved_to: Vec<u32>,
    /// Scratch space: the holders of the project being priced that have money left, with it.
    live: Vec<(Line<N>, u64, u64)>,
    /// Scratch space: per holder of the project being priced, whether it pays all it has.
    paying_all: Vec<bool>,
    cache: &'c mut HoldersCache,
    /// How many projects have been bought so far.
    step: usize,
    /// The projects bought, each with the first of the classes made for its holders.
    purchases: Vec<(usize, u32)>,
    /// How many of `purchases` `class_of` reflects.
    synced: usize,
    /// The smallest rise in the starting share at which two compared lines cross.
    horizon: Option<N>,
    /// The step by which add-one completions raise the share.
    unit: u64,
    /// Whether `horizon` already allows no rise at all: then where lines cross no longer matters,
    /// only how they compare now.
    no_rise: bool,
    /// Set when a decision was too close to call in this arithmetic.
    unsure: bool,
}

enum Price<N> {
    /// The supporters hold less than the cost, together.
    Unaffordable(f64),
    /// Clearly more than the price to beat: a line that stays below the price (see `price`).
    Above(Line<N>),
    /// What each supporter pays per unit of utility.
    PerUtility(Line<N>),
}

impl<N: Number> Count<'_, '_, N> {
    /// Compares two lines now, and notes how far the share can rise before the answer changes.
    /// A `deciding` comparison picks a winner, so it must also be clear-cut.
    fn compare(&mut self, x: &Line<N>, y: &Line<N>, deciding: bool) -> Ordering {
        if deciding && x.now.too_close(&y.now) {
            self.unsure = true;
        }
        let gap = x.now.sub(&y.now);
        let zero = N::whole(0);
        let order = gap.compare(&zero);
        if self.no_rise {
            return order;
        }
        let closing = x.slope.sub(&y.slope);
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
            self.no_rise = crossing.safe_steps(self.unit) == 1;
            self.horizon = Some(crossing);
        }
        order
    }

    /// The holders of `project` now: from the cache when an earlier count with the same
    /// purchases so far found them, else from every supporter.
    fn holders(&mut self, project: usize) -> Vec<Holder> {
        match self.cache.take(self.step, project) {
            Some(holders) => holders,
            None => self.find_holders(project),
        }
    }

    /// The holders of `project`, from every supporter.
    fn find_holders(&mut self, project: usize) -> Vec<Holder> {
        self.catch_up();
        let supporters = &self.profile.supporters[project];
        let mut list = Vec::new();
        if let Some(utility) = self.profile.uniform_utility[project] {
            for &(group, _) in supporters {
                let class = self.class_of[group as usize];
                if self.tally[class as usize] == 0 {
                    self.touched.push(class);
                }
                self.tally[class as usize] += self.profile.multiplicity[group as usize];
            }
            list.reserve_exact(self.touched.len());
            for class in self.touched.drain(..) {
                let count = std::mem::take(&mut self.tally[class as usize]);
                list.push(Holder { class, utility, count });
            }
        } else {
            // Several utilities in a class: a map finds each (class, utility), and the list keeps
            // the order in which they are first met, so that sums over it are always made in the
            // same order.
            let mut place_of: HashMap<(u32, u64), usize> = HashMap::new();
            for &(group, utility) in supporters {
                let class = self.class_of[group as usize];
                let place = *place_of.entry((class, utility)).or_insert_with(|| {
                    list.push(Holder { class, utility, count: 0 });
                    list.len() - 1
                });
                list[place].count += self.profile.multiplicity[group as usize];
            }
        }
        list
    }

    /// The price of `project` for its `holders`, leaving out those with no money left. With a
    /// price `to_beat`, a quick count only needs to know whether this one is lower: when it is
    /// clearly higher, a lower bound that shows it does instead, found in one pass.
    fn price(&mut self, project: usize, holders: &[Holder], to_beat: Option<&Line<N>>) -> Price<N> {
        let cost = Line::constant(self.costs[project] as u128);
        // Holders with no money left hold the zero line, which adds nothing to the sums below,
        // not even in the last digit, and always counts as short of the price to beat. So no
        // test singles them out: it would cost more than the sums.
        let mut available = Line::constant(0);
        // At the price to beat, what those who could not pay their full share hold, and the
        // utility of the others.
        let mut short_hold = Line::constant(0);
        let mut full_utility: u128 = 0;
        match to_beat {
            None => {
                for holder in holders {
                    available = available.add(&self.money[holder.class as usize].times(holder.count as u128));
                }
            }
            Some(to_beat) => {
                if let Some(utility) = self.profile.uniform_utility[project] {
                    // The same utility for all: the share at the price to beat is the same too.
                    let share = to_beat.now.times(utility as u128);
                    let mut full_count: u64 = 0;
                    let nothing = Line::constant(0);
                    for holder in holders {
                        let money = &self.money[holder.class as usize];
                        let held = money.times(holder.count as u128);
                        available = available.add(&held);
                        let short = money.now.compare(&share) == Ordering::Less;
                        short_hold = short_hold.add(if short { &held } else { &nothing });
                        full_count += if short { 0 } else { holder.count };
                    }
                    full_utility = full_count as u128 * utility as u128;
                } else {
                    for holder in holders {
                        let money = &self.money[holder.class as usize];
                        let held = money.times(holder.count as u128);
                        available = available.add(&held);
                        if money.now.compare(&to_beat.now.times(holder.utility as u128)) == Ordering::Less {
                            short_hold = short_hold.add(&held);
                        } else {
                            full_utility += holder.utility as u128 * holder.count as u128;
                        }
                    }
                }
            }
        }
        if self.compare(&available, &cost, true) == Ordering::Less {
            return Price::Unaffordable(available.now.to_f64());
        }
        // If those short at the price to beat paid all they have and the others paid in
        // proportion to their utility, the others would pay `lower` per unit. The price is at
        // least that (see `full_price`), so when `lower` is clearly above the price to beat, so
        // is the price, and `lower` serves as its bound from then on.
        if let Some(to_beat) = to_beat
            && full_utility > 0
        {
            let lower = cost.sub(&short_hold).over(full_utility);
            if lower.now.compare(&to_beat.now) == Ordering::Greater && !lower.now.too_close(&to_beat.now) {
                return Price::Above(lower);
            }
        }
        // The holders with money left, gathered without a branch for each: every holder is
        // written, and only those with money left are kept by moving on past them.
        let mut live = std::mem::take(&mut self.live);
        live.clear();
        live.resize(holders.len(), (Line::constant(0), 0, 0));
        let mut kept = 0;
        for holder in holders {
            let class = holder.class as usize;
            live[kept] = (self.money[class].clone(), holder.utility, holder.count);
            kept += usize::from(!self.broke[class]);
        }
        live.truncate(kept);
        let rho = self.full_price(cost, &live);
        self.live = live;
        Price::PerUtility(rho)
    }

    /// The price per unit of utility for `holders` with money left: (money, utility, count).
    fn full_price(&mut self, cost: Line<N>, holders: &[(Line<N>, u64, u64)]) -> Line<N> {
        // Those who cannot pay the full share pay all they have; the rest share what remains in
        // proportion to their utility. Assuming everyone pays in full gives the lowest possible
        // price; anyone who cannot afford it pays all they have, which raises the price for the
        // rest, until nobody else falls short (no sorting needed, and few rounds in practice).
        self.paying_all.clear();
        self.paying_all.resize(holders.len(), false);
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
            for (index, (money, utility, count)) in holders.iter().enumerate() {
                if !self.paying_all[index] && money.now.compare(&rho.now.times(*utility as u128)) == Ordering::Less {
                    self.paying_all[index] = true;
                    someone_fell_short = true;
                    remaining_cost = remaining_cost.sub(&money.times(*count as u128));
                    remaining_utility -= *utility as u128 * *count as u128;
                }
            }
            if !someone_fell_short {
                break rho;
            }
        };
        // The line found is the price only for as long as the same supporters pay all they
        // have. That matters for the project bought, whose price moves money (see `settle`), but
        // not for the others. Whichever set S of supporters is taken to pay all they have,
        // `(cost − what S holds) / (utility of those not in S)` is at most the price, which is
        // the largest of these lines. So the line found stays below the price as the share rises,
        // and that is all a comparison with it needs.
        rho
    }

    /// Notes how far the share can rise before a holder of the project being bought at `rho`
    /// passes from paying all it has to paying its full share, or back: that would change the
    /// lines of the money left after the purchase, and of every price after it.
    fn settle(&mut self, holders: &[Holder], rho: &Line<N>) {
        if self.no_rise {
            return;
        }
        for holder in holders {
            if !self.broke[holder.class as usize] {
                let money = self.money[holder.class as usize].clone();
                self.compare(&money, &rho.times(holder.utility as u128), false);
            }
        }
    }

    /// Buys `project` at `rho` from its `holders`: each of them moves to a class of its own, made
    /// in the order of the holders, even one with no money left, so that the classes depend only
    /// on the purchases so far (see `HoldersCache`).
    fn buy(&mut self, project: usize, rho: &Line<N>, holders: &[Holder]) -> Purchase {
        let first_new = self.money.len();
        let made = holders.len();
        self.money.resize(first_new + made, Line::constant(0));
        self.broke.resize(first_new + made, true);
        self.tally.resize(first_new + made, 0);
        self.moved_to.resize(first_new + made, 0);
        let uniform = self.profile.uniform_utility[project];
        let mut payers = 0;
        let mut paid_all = 0;
        let mut shares: HashMap<u64, u64> = HashMap::new();
        for (index, holder) in holders.iter().enumerate() {
            if self.broke[holder.class as usize] {
                continue;
            }
            payers += holder.count;
            if uniform.is_none() {
                *shares.entry(holder.utility).or_default() += holder.count;
            }
            let money = &self.money[holder.class as usize];
            let due = rho.times(holder.utility as u128);
            if due.now.compare(&money.now) != Ordering::Less {
                paid_all += holder.count;
            } else {
                let new_class = first_new + index;
                self.money[new_class] = money.sub(&due);
                self.broke[new_class] = false;
            }
        }
        // Which class each supporter is in now is only needed to find holders afresh, which the
        // counts of a completion seldom do (see `HoldersCache`), so it is worked out only then.
        self.purchases.push((project, first_new as u32));
        let common_utility = uniform.unwrap_or_else(|| {
            shares.into_iter().max_by_key(|&(utility, count)| (count, utility)).map_or(0, |(utility, _)| utility)
        });
        Purchase { project, payers, paid_all_they_had: paid_all, share: rho.now.times(common_utility as u128).to_f64() }
    }

    /// Moves every voter to the class the purchases since the last call put it in: the class
    /// made for its (class, utility) among the holders of the project bought.
    fn catch_up(&mut self) {
        for step in self.synced..self.purchases.len() {
            let (project, first_new) = self.purchases[step];
            let holders = self.cache.steps[step][project].as_ref().expect("the holders of every purchase are kept");
            let supporters = &self.profile.supporters[project];
            // With one utility for every supporter, the common case, a vector indexed by class
            // finds the new class instead of a map.
            if self.profile.uniform_utility[project].is_some() {
                for (index, holder) in holders.iter().enumerate() {
                    self.moved_to[holder.class as usize] = first_new + index as u32;
                }
                for &(group, _) in supporters {
                    let class = &mut self.class_of[group as usize];
                    *class = self.moved_to[*class as usize];
                }
            } else {
                let moved: HashMap<(u32, u64), u32> = holders
                    .iter()
                    .enumerate()
                    .map(|(index, holder)| ((holder.class, holder.utility), first_new + index as u32))
                    .collect();
                for &(group, utility) in supporters {
                    let class = &mut self.class_of[group as usize];
                    *class = moved[&(*class, utility)];
                }
            }
        }
        self.synced = self.purchases.len();
    }
}

/// The Method of Equal Shares on one profile, ready to count with any starting share. The
/// add-one completions count many times, and the counts pass on to each other what does not
/// depend on the share.
pub(crate) struct EqualShares<'a> {
    profile: &'a Profile,
    costs: &'a [u64],
    id_rank: &'a [usize],
    candidates: &'a [bool],
    /// The step by which add-one completions raise the share.
    unit: u64,
    /// Per project, the utility of all its supporters together.
    total_utility: Vec<u128>,
    cache: HoldersCache,
    /// How many classes the last count made.
    classes: usize,
}

impl<'a> EqualShares<'a> {
    /// Only projects marked in `candidates` take part; they must have a positive cost and
    /// supporters. `unit` is the step by which add-one completions raise the share.
    pub(crate) fn new(
        profile: &'a Profile,
        costs: &'a [u64],
        id_rank: &'a [usize],
        candidates: &'a [bool],
        unit: u64,
    ) -> Self {
        let total_utility = (0..costs.len())
            .map(|project| {
                profile.supporters[project]
                    .iter()
                    .map(|&(group, utility)| utility as u128 * profile.multiplicity[group as usize] as u128)
                    .sum()
            })
            .collect();
        EqualShares {
            profile,
            costs,
            id_rank,
            candidates,
            unit,
            total_utility,
            cache: HoldersCache::default(),
            classes: 0,
        }
    }

    /// Counts with each voter starting with `per_voter` money units.
    ///
    /// A `quick` count buys the same projects in the same order, for the same amounts, and what it
    /// says of how far the share can rise with the same outcome is just as certain. But it prices
    /// a project only as far as needed to see that another is cheaper, so it examines projects in
    /// another order and may find a project unaffordable at another step: what it says in
    /// `supporters_held` is not what a full count says.
    pub(crate) fn count(&mut self, per_voter: &BigRational, quick: bool) -> EqualSharesOutcome {
        match self.count_in::<f64>(per_voter, quick) {
            Some(outcome) => outcome,
            None => self.count_in::<BigRational>(per_voter, quick).expect("exact arithmetic is never unsure"),
        }
    }

    /// One count in the arithmetic `N`; `None` when a decision was too close to call in it.
    fn count_in<N: Number>(&mut self, per_voter: &BigRational, quick: bool) -> Option<EqualSharesOutcome> {
        let (profile, costs, id_rank) = (self.profile, self.costs, self.id_rank);
        let start = if per_voter.is_positive() {
            Line { now: N::from_ratio(per_voter), slope: N::whole(1) }
        } else {
            Line::constant(0)
        };
        // Room for as many classes as the last count made, so that the vectors seldom grow.
        let classes = self.classes.max(1);
        let mut money = Vec::with_capacity(classes);
        money.push(start);
        let mut broke = Vec::with_capacity(classes);
        broke.push(false);
        let mut tally = Vec::with_capacity(classes);
        tally.push(0);
        let mut moved_to = Vec::with_capacity(classes);
        moved_to.push(0);
        let mut count = Count::<N> {
            profile,
            costs,
            money,
            broke,
            class_of: vec![0; profile.multiplicity.len()],
            tally,
            touched: Vec::new(),
            moved_to,
            live: Vec::new(),
            paying_all: Vec::new(),
            cache: &mut self.cache,
            step: 0,
            purchases: Vec::new(),
            synced: 0,
            horizon: None,
            unit: self.unit,
            no_rise: false,
            unsure: false,
        };
        let mut outcome =
            EqualSharesOutcome { purchases: Vec::new(), supporters_held: vec![None; costs.len()], unchanged_for: None };
        // A project's price per unit of utility only rises as voters spend, so the last price
        // computed is a lower bound: projects are examined cheapest-first, and the search stops
        // once the best price found is clearly below every remaining bound.
        let mut bound: Vec<Line<N>> = (0..costs.len())
            .map(|project| Line::constant(costs[project] as u128).over(self.total_utility[project].max(1)))
            .collect();
        let mut remaining: Vec<usize> = (0..costs.len()).filter(|&project| self.candidates[project]).collect();
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
                let holders = count.holders(project);
                let to_beat = best.as_ref().filter(|_| quick).map(|(_, rho)| rho);
                let price = count.price(project, &holders, to_beat);
                count.cache.put(count.step, project, holders, costs.len());
                match price {
                    Price::Unaffordable(held) => {
                        outcome.supporters_held[project] = Some(held);
                        dropped.push(project);
                    }
                    Price::Above(lower) => bound[project] = lower,
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
            let holders = count.holders(project);
            count.settle(&holders, &rho);
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
            let purchase = count.buy(project, &rho, &holders);
            count.cache.put(count.step, project, holders, costs.len());
            outcome.purchases.push(purchase);
            count.cache.bought(count.step, project);
            count.step += 1;
        }
        self.classes = count.money.len();
        if count.unsure {
            return None;
        }
        outcome.unchanged_for = count.horizon.map(|rise| rise.safe_steps(self.unit) - 1);
        Some(outcome)
    }
}

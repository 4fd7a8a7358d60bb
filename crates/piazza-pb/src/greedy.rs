//! Greedy counting: projects in order of score per unit of cost (or of plain score, where the
//! utility is the cost itself), each bought if it still fits.

use std::cmp::Ordering;

/// How a greedy count treats a project that does not fit.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum WhenTooDear {
    /// Skip it and go on with the next.
    Skip,
    /// Stop counting.
    Stop,
}

/// One project's turn in a greedy count.
pub(crate) struct Turn {
    pub project: usize,
    /// Its place in the order, from 1.
    pub rank: usize,
    /// The money left when its turn came.
    pub money_left: u64,
    pub bought: bool,
}

/// Orders projects by `utility / cost` (highest first, a free project with utility first of all,
/// ties by id) and buys them while they fit. `taking_part` leaves some projects out entirely;
/// `already` are bought before the count starts (a completion).
pub(crate) fn greedy(
    costs: &[u64],
    utility: &[u128],
    id_rank: &[usize],
    taking_part: &[bool],
    already: &[usize],
    budget: u64,
    when_too_dear: WhenTooDear,
) -> Vec<Turn> {
    let density_order = |a: usize, b: usize| -> Ordering {
        // Compares utility[a]/cost[a] with utility[b]/cost[b], where no utility scores zero and
        // utility at no cost scores infinity, as pabutools does.
        let key = |p: usize| -> (u8, u128, u128) {
            if utility[p] == 0 {
                (0, 0, 1)
            } else if costs[p] == 0 {
                (2, 0, 1)
            } else {
                (1, utility[p], costs[p] as u128)
            }
        };
        let (ka, na, da) = key(a);
        let (kb, nb, db) = key(b);
        kb.cmp(&ka).then_with(|| crate::rules::compare_fractions(nb, db, na, da))
    };
    let mut order: Vec<usize> = (0..costs.len()).filter(|&p| taking_part[p] && !already.contains(&p)).collect();
    order.sort_by(|&a, &b| density_order(a, b).then(id_rank[a].cmp(&id_rank[b])));
    let mut money_left = budget.saturating_sub(already.iter().map(|&p| costs[p]).sum());
    let mut turns = Vec::with_capacity(order.len());
    let mut stopped = false;
    for (index, project) in order.into_iter().enumerate() {
        let fits = !stopped && costs[project] <= money_left;
        if !fits && when_too_dear == WhenTooDear::Stop {
            stopped = true;
        }
        turns.push(Turn { project, rank: index + 1, money_left, bought: fits });
        if fits {
            money_left -= costs[project];
        }
    }
    turns
}

//! Sequential Phragmén, counted exactly.
//!
//! Each voter carries a load, starting at zero. Buying a project spreads its cost over its
//! supporters so that they all end at the same load; the rule buys the project whose supporters
//! would end at the lowest load, ties going to the id that comes first, and stops at the first
//! such project that does not fit in the budget. Supporters of the last project bought all carry
//! its load, so voters fall into few classes of equal load.
//!
//! The count runs in floating point, and again in exact fractions only when two loads were too
//! close for floating point to tell which is lower.

use std::cmp::Ordering;

use num_rational::BigRational;

use crate::number::Number;
use crate::rules::Profile;

/// A project bought, and the load its supporters ended at.
pub(crate) struct Step {
    pub project: usize,
    pub load: f64,
}

/// Returns the projects bought in order, and the project whose turn stopped the count, if any.
pub(crate) fn sequential_phragmen(
    profile: &Profile,
    costs: &[u64],
    approvals: &[u64],
    id_rank: &[usize],
    budget: u64,
) -> (Vec<Step>, Option<usize>) {
    count::<f64>(profile, costs, approvals, id_rank, budget)
        .or_else(|| count::<BigRational>(profile, costs, approvals, id_rank, budget))
        .expect("exact arithmetic is never unsure")
}

fn count<N: Number>(
    profile: &Profile,
    costs: &[u64],
    approvals: &[u64],
    id_rank: &[usize],
    budget: u64,
) -> Option<(Vec<Step>, Option<usize>)> {
    let mut unsure = false;
    let mut loads = vec![N::whole(0)];
    let mut class_of = vec![0u32; profile.multiplicity.len()];
    let mut tally: Vec<u64> = vec![0];
    let mut remaining: Vec<usize> = (0..costs.len()).filter(|&p| costs[p] <= budget).collect();
    let mut spent = 0u64;
    let mut steps = Vec::new();
    loop {
        if remaining.is_empty() {
            return (!unsure).then_some((steps, None));
        }
        // `None` stands for an infinite load: a project nobody supports.
        let mut best: Option<N> = None;
        let mut tied: Vec<usize> = Vec::new();
        let mut any_finite = false;
        for &project in &remaining {
            if approvals[project] == 0 {
                if !any_finite {
                    tied.push(project);
                }
                continue;
            }
            for &(group, _) in &profile.supporters[project] {
                tally[class_of[group as usize] as usize] += profile.multiplicity[group as usize];
            }
            let mut total = N::whole(costs[project] as u128);
            for (class, count) in tally.iter_mut().enumerate() {
                if *count > 0 {
                    total = total.add(&loads[class].times(*count as u128));
                    *count = 0;
                }
            }
            let load = total.over(approvals[project] as u128);
            if !any_finite {
                any_finite = true;
                tied.clear();
            }
            match &best {
                Some(current) => {
                    // Floating point cannot tell whether a close runner-up ties or wins.
                    if load.too_close(current) && load.compare(current) != Ordering::Equal {
                        unsure = true;
                    }
                    match load.compare(current) {
                        Ordering::Greater => {}
                        Ordering::Equal => tied.push(project),
                        Ordering::Less => {
                            best = Some(load);
                            tied.clear();
                            tied.push(project);
                        }
                    }
                }
                None => {
                    best = Some(load);
                    tied.clear();
                    tied.push(project);
                }
            }
        }
        if tied.len() > 1 && best.is_some() && !N::EXACT {
            // Equal in floating point is not equal in fact; only exact fractions can say.
            unsure = true;
        }
        if unsure {
            return None;
        }
        if let Some(&stopper) = tied.iter().find(|&&project| spent + costs[project] > budget) {
            return Some((steps, Some(stopper)));
        }
        let project = *tied.iter().min_by_key(|&&project| id_rank[project]).expect("a project is left");
        spent += costs[project];
        remaining.retain(|&other| other != project);
        let load = best.unwrap_or_else(|| N::whole(0));
        if approvals[project] > 0 {
            loads.push(load.clone());
            tally.push(0);
            let class = (loads.len() - 1) as u32;
            for &(group, _) in &profile.supporters[project] {
                class_of[group as usize] = class;
            }
        }
        steps.push(Step { project, load: load.to_f64() });
    }
}

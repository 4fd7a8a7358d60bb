//! Sequential Phragmén, counted exactly.
//!
//! Each voter carries a load, starting at zero. Buying a project spreads its cost over its
//! supporters so that they all end at the same load; the rule buys the project whose supporters
//! would end at the lowest load, ties going to the id that comes first, and stops at the first
//! such project that does not fit in the budget. Supporters of the last project bought all carry
//! its load, so voters fall into few classes of equal load.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::Zero;

use crate::rules::Profile;

/// A project bought, and the load its supporters ended at.
pub(crate) struct Step {
    pub project: usize,
    pub load: BigRational,
}

/// Returns the projects bought in order, and the project whose turn stopped the count, if any.
pub(crate) fn sequential_phragmen(
    profile: &Profile,
    costs: &[u64],
    approvals: &[u64],
    id_rank: &[usize],
    budget: u64,
) -> (Vec<Step>, Option<usize>) {
    let mut loads = vec![BigRational::zero()];
    let mut class_of = vec![0u32; profile.multiplicity.len()];
    let mut tally: Vec<u64> = vec![0];
    let mut remaining: Vec<usize> = (0..costs.len()).filter(|&p| costs[p] <= budget).collect();
    let mut spent = 0u64;
    let mut steps = Vec::new();
    loop {
        if remaining.is_empty() {
            return (steps, None);
        }
        // `None` stands for an infinite load: a project nobody supports.
        let mut best: Option<BigRational> = None;
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
            let mut total = BigRational::from_integer(BigInt::from(costs[project]));
            for (class, count) in tally.iter_mut().enumerate() {
                if *count > 0 {
                    total += &loads[class] * BigRational::from_integer(BigInt::from(*count));
                    *count = 0;
                }
            }
            let load = total / BigRational::from_integer(BigInt::from(approvals[project]));
            if !any_finite {
                any_finite = true;
                tied.clear();
            }
            match &best {
                Some(current) if load > *current => {}
                Some(current) if load == *current => tied.push(project),
                _ => {
                    best = Some(load);
                    tied.clear();
                    tied.push(project);
                }
            }
        }
        if let Some(&stopper) = tied.iter().find(|&&project| spent + costs[project] > budget) {
            return (steps, Some(stopper));
        }
        let project = *tied.iter().min_by_key(|&&project| id_rank[project]).expect("a project is left");
        spent += costs[project];
        remaining.retain(|&other| other != project);
        let load = best.unwrap_or_else(BigRational::zero);
        if approvals[project] > 0 {
            loads.push(load.clone());
            tally.push(0);
            let class = (loads.len() - 1) as u32;
            for &(group, _) in &profile.supporters[project] {
                class_of[group as usize] = class;
            }
        }
        steps.push(Step { project, load });
    }
}

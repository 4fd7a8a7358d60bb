//! The exact knapsack: the set of projects with the greatest total welfare that fits in the
//! budget, by depth-first branch and bound. Projects are tried in order of welfare per unit of
//! cost; a branch is abandoned when even filling the rest of the budget with fractions of the
//! best remaining projects could not beat the best set found so far.

/// Returns the indexes of a best set (one of them, when several reach the same welfare).
pub(crate) fn max_welfare(costs: &[u64], welfare: &[u128], budget: u64) -> Vec<usize> {
    let mut chosen: Vec<usize> = Vec::new();
    let mut items: Vec<usize> = Vec::new();
    for project in 0..costs.len() {
        if costs[project] == 0 {
            // Free projects never hurt.
            chosen.push(project);
        } else if costs[project] <= budget && welfare[project] > 0 {
            items.push(project);
        }
    }
    // Densest first; compare welfare/cost exactly by cross-multiplication.
    items.sort_by(|&a, &b| {
        crate::rules::compare_fractions(welfare[b], costs[b] as u128, welfare[a], costs[a] as u128).then(a.cmp(&b))
    });
    let item_costs: Vec<u64> = items.iter().map(|&p| costs[p]).collect();
    let item_welfare: Vec<u128> = items.iter().map(|&p| welfare[p]).collect();

    let mut search = Search {
        costs: &item_costs,
        welfare: &item_welfare,
        taken: vec![false; items.len()],
        best: 0,
        best_taken: vec![false; items.len()],
    };
    // Start from the greedy set, which is often optimal or close, so that pruning bites early.
    let mut greedy_left = budget;
    let mut greedy_welfare = 0;
    for (index, &cost) in item_costs.iter().enumerate() {
        if cost <= greedy_left {
            greedy_left -= cost;
            greedy_welfare += item_welfare[index];
            search.best_taken[index] = true;
        }
    }
    search.best = greedy_welfare;
    search.explore(0, budget, 0);
    for (index, &taken) in search.best_taken.iter().enumerate() {
        if taken {
            chosen.push(items[index]);
        }
    }
    chosen
}

struct Search<'a> {
    costs: &'a [u64],
    welfare: &'a [u128],
    taken: Vec<bool>,
    best: u128,
    best_taken: Vec<bool>,
}

impl Search<'_> {
    /// The most welfare items from `from` on could add with `room` left, allowing a fraction of
    /// one item; rounded down, which is still an upper bound for whole items.
    fn bound(&self, from: usize, mut room: u64) -> u128 {
        let mut total = 0u128;
        for index in from..self.costs.len() {
            let cost = self.costs[index];
            if cost <= room {
                room -= cost;
                total += self.welfare[index];
            } else {
                // welfare × room / cost, split so that no product overflows: costs and room
                // are at most a quadrillion.
                let (welfare, room, cost) = (self.welfare[index], room as u128, cost as u128);
                total += welfare / cost * room + welfare % cost * room / cost;
                break;
            }
        }
        total
    }

    fn explore(&mut self, from: usize, room: u64, so_far: u128) {
        if so_far > self.best {
            self.best = so_far;
            self.best_taken.clone_from(&self.taken);
        }
        if from == self.costs.len() || so_far + self.bound(from, room) <= self.best {
            return;
        }
        if self.costs[from] <= room {
            self.taken[from] = true;
            self.explore(from + 1, room - self.costs[from], so_far + self.welfare[from]);
            self.taken[from] = false;
        }
        self.explore(from + 1, room, so_far);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every subset, for checking the search on small cases.
    fn brute_force(costs: &[u64], welfare: &[u128], budget: u64) -> u128 {
        (0u32..1 << costs.len())
            .filter_map(|set| {
                let members = (0..costs.len()).filter(|i| set & (1 << i) != 0);
                let cost: u64 = members.clone().map(|i| costs[i]).sum();
                (cost <= budget).then(|| members.map(|i| welfare[i]).sum())
            })
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn finds_the_best_set_where_greedy_does_not() {
        // Greedy by density takes the 6 (density 2) and then nothing fits; 5 + 5 is better.
        let costs = [6, 5, 5];
        let welfare = [12, 9, 9];
        let chosen = max_welfare(&costs, &welfare, 10);
        let total: u128 = chosen.iter().map(|&i| welfare[i]).sum();
        assert_eq!(total, 18);
        assert_eq!(total, brute_force(&costs, &welfare, 10));
    }

    #[test]
    fn agrees_with_trying_every_subset() {
        let mut seed = 7u64;
        let mut next = move || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            seed >> 33
        };
        for _ in 0..200 {
            let n = (next() % 10 + 1) as usize;
            let costs: Vec<u64> = (0..n).map(|_| next() % 50 + 1).collect();
            let welfare: Vec<u128> = (0..n).map(|_| (next() % 100) as u128).collect();
            let budget = next() % 150;
            let chosen = max_welfare(&costs, &welfare, budget);
            let cost: u64 = chosen.iter().map(|&i| costs[i]).sum();
            assert!(cost <= budget);
            let total: u128 = chosen.iter().map(|&i| welfare[i]).sum();
            assert_eq!(total, brute_force(&costs, &welfare, budget));
        }
    }
}

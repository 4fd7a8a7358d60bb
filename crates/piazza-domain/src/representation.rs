//! Representation statistics: who takes part, group by group, against the population the
//! community serves. Counts of fewer than [`SMALLEST_SHOWN`] people are never published, and a
//! second cell is hidden whenever one hidden cell could otherwise be worked out from the total.

/// The smallest number of people a published cell may count.
pub const SMALLEST_SHOWN: i64 = 5;

/// A group's participation rate below this share of the best group's rate marks the group as
/// under-represented.
pub const UNDER_REPRESENTED_BELOW: f64 = 0.8;

/// Which cells of one partition (cells that add up to a published total) must be hidden: every
/// cell under [`SMALLEST_SHOWN`], and, when that hides exactly one, the smallest other cell too,
/// so that subtracting the shown cells from the total does not give the hidden one back. When
/// the total itself is too small, everything is hidden.
pub fn suppressed(cells: &[i64]) -> Vec<bool> {
    let total: i64 = cells.iter().sum();
    if total < SMALLEST_SHOWN {
        return vec![true; cells.len()];
    }
    let mut hidden: Vec<bool> = cells.iter().map(|&count| count < SMALLEST_SHOWN).collect();
    if hidden.iter().filter(|&&h| h).count() == 1 {
        let complement = cells
            .iter()
            .enumerate()
            .filter(|(index, _)| !hidden[*index])
            .min_by_key(|(index, count)| (**count, *index))
            .map(|(index, _)| index);
        if let Some(index) = complement {
            hidden[index] = true;
        }
    }
    hidden
}

/// One group of a question: how many participants answered with it, and how many people of the
/// community belong to it according to the reference population (if entered).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GroupCount {
    pub participants: i64,
    pub reference: Option<i64>,
}

/// A group's published figures. `None` means hidden (too few people) or unknown.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct GroupFigures {
    pub participants: Option<i64>,
    /// The group's share of all the participants. (A share of only those who answered with a
    /// group would give away the sum of the groups, and with it a hidden group.)
    pub share: Option<f64>,
    /// The group's share of the reference population.
    pub reference_share: Option<f64>,
    /// Participants per 1,000 people of the group.
    pub rate_per_thousand: Option<f64>,
    /// The group's rate divided by the highest group's rate.
    pub relative: Option<f64>,
    pub under_represented: bool,
}

/// The published analysis of one question.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Analysis {
    pub groups: Vec<GroupFigures>,
    pub prefer_not_to_say: Option<i64>,
    pub not_answered: Option<i64>,
    pub total: Option<i64>,
    /// The lowest shown group rate divided by the highest: 1 when every group takes part alike.
    pub score: Option<f64>,
    /// The shown group with the lowest rate, when it is under-represented.
    pub furthest_behind: Option<usize>,
    /// Whether some group's figures are hidden, so that the score leaves it out.
    pub some_hidden: bool,
}

/// Analyses one question: `groups` in the question's order, then the participants who preferred
/// not to say and those who did not answer.
pub fn analyse(groups: &[GroupCount], prefer_not_to_say: i64, not_answered: i64) -> Analysis {
    let mut cells: Vec<i64> = groups.iter().map(|group| group.participants).collect();
    cells.push(prefer_not_to_say);
    cells.push(not_answered);
    let hidden = suppressed(&cells);
    let total: i64 = cells.iter().sum();
    let shown = |index: usize| (!hidden[index]).then_some(cells[index]);
    let population: i64 = groups.iter().filter_map(|group| group.reference).sum();
    let mut figures: Vec<GroupFigures> = groups
        .iter()
        .enumerate()
        .map(|(index, group)| {
            let participants = shown(index);
            let reference = group.reference.filter(|&people| people > 0);
            GroupFigures {
                participants,
                share: participants.filter(|_| total > 0).map(|count| count as f64 / total as f64),
                reference_share: reference.filter(|_| population > 0).map(|people| people as f64 / population as f64),
                rate_per_thousand: participants
                    .zip(reference)
                    .map(|(count, people)| count as f64 * 1000.0 / people as f64),
                relative: None,
                under_represented: false,
            }
        })
        .collect();
    let rates: Vec<(usize, f64)> = figures
        .iter()
        .enumerate()
        .filter_map(|(index, group)| group.rate_per_thousand.map(|rate| (index, rate)))
        .collect();
    let highest = rates.iter().map(|(_, rate)| *rate).fold(f64::NAN, f64::max);
    let mut score = None;
    let mut furthest_behind = None;
    if rates.len() >= 2 && highest > 0.0 {
        for (index, rate) in &rates {
            let relative = rate / highest;
            figures[*index].relative = Some(relative);
            figures[*index].under_represented = relative < UNDER_REPRESENTED_BELOW;
        }
        let (lowest_index, lowest) =
            rates.iter().copied().min_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0))).expect("two rates or more");
        score = Some(lowest / highest);
        if figures[lowest_index].under_represented {
            furthest_behind = Some(lowest_index);
        }
    }
    Analysis {
        some_hidden: figures.iter().any(|group| group.participants.is_none()),
        groups: figures,
        prefer_not_to_say: shown(groups.len()),
        not_answered: shown(groups.len() + 1),
        total: (total >= SMALLEST_SHOWN).then_some(total),
        score,
        furthest_behind,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_cells_are_hidden_with_a_complement() {
        assert_eq!(suppressed(&[10, 3, 20, 7]), vec![false, true, false, true]);
        assert_eq!(suppressed(&[10, 3, 2, 7]), vec![false, true, true, false]);
        assert_eq!(suppressed(&[10, 12, 20]), vec![false, false, false]);
        assert_eq!(suppressed(&[1, 2, 1]), vec![true, true, true]);
        // A zero is hidden too: "nobody of this group" would otherwise be published.
        assert_eq!(suppressed(&[0, 9, 9, 6]), vec![true, false, false, true]);
    }

    #[test]
    fn no_hidden_cell_can_be_derived_from_the_total() {
        // Exhaustively over small partitions: whenever the total is shown, the hidden cells are
        // never exactly one, so subtraction cannot reveal any of them.
        for a in 0..12 {
            for b in 0..12 {
                for c in 0..12 {
                    let hidden = suppressed(&[a, b, c]);
                    let count = hidden.iter().filter(|&&h| h).count();
                    if a + b + c >= SMALLEST_SHOWN {
                        assert_ne!(count, 1, "{a} {b} {c}");
                    }
                    for (cell, is_hidden) in [a, b, c].iter().zip(&hidden) {
                        if *cell < SMALLEST_SHOWN {
                            assert!(is_hidden, "{a} {b} {c}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn rates_score_and_the_group_furthest_behind() {
        let groups = [
            GroupCount { participants: 40, reference: Some(2000) },
            GroupCount { participants: 30, reference: Some(1000) },
            GroupCount { participants: 6, reference: Some(1200) },
        ];
        let analysis = analyse(&groups, 5, 9);
        assert_eq!(analysis.total, Some(90));
        assert_eq!(analysis.groups[1].rate_per_thousand, Some(30.0));
        assert_eq!(analysis.groups[1].share, Some(30.0 / 90.0));
        assert_eq!(analysis.groups[2].rate_per_thousand, Some(5.0));
        assert_eq!(analysis.score, Some(5.0 / 30.0));
        assert_eq!(analysis.furthest_behind, Some(2));
        assert!(analysis.groups[2].under_represented && !analysis.groups[1].under_represented);
        assert!((analysis.groups[0].reference_share.unwrap() - 2000.0 / 4200.0).abs() < 1e-12);
    }

    #[test]
    fn a_hidden_group_has_no_rate_and_is_left_out_of_the_score() {
        let groups = [
            GroupCount { participants: 40, reference: Some(2000) },
            GroupCount { participants: 2, reference: Some(1000) },
            GroupCount { participants: 20, reference: Some(1000) },
        ];
        let analysis = analyse(&groups, 7, 30);
        assert_eq!(analysis.groups[1].participants, None);
        assert_eq!(analysis.groups[1].rate_per_thousand, None);
        // The complement is the smallest other cell: those who preferred not to say.
        assert_eq!(analysis.prefer_not_to_say, None);
        assert!(analysis.some_hidden);
        assert_eq!(analysis.score, Some(1.0));
        assert_eq!(analysis.furthest_behind, None);
    }
}

//! `piazza pb`: participatory-budgeting files from the command line, so that anyone can recount
//! a published result.

use std::path::Path;

use piazza_pb::{Fate, Rule, count, pabulib};

/// Counts the Pabulib file at `path` with the rule `rule_key` (`official` for the file's own
/// rule) and prints the winning project ids sorted as strings, one per line; with `explain`,
/// one line per project with its cost and why it won or lost.
pub fn tally(path: &Path, rule_key: &str, explain: bool) -> Result<(), String> {
    let text = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let text = String::from_utf8(text).map_err(|_| format!("{}: the file is not UTF-8 text", path.display()))?;
    let election = pabulib::parse(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let rule = if rule_key == "official" {
        Rule::official(&election).map_err(|e| format!("{}: {e}", path.display()))?
    } else {
        Rule::from_key(rule_key).map_err(|e| e.to_string())?
    };
    let result = count(&election, rule);
    let mut out = String::new();
    if explain {
        let mut order: Vec<usize> = (0..election.projects.len()).collect();
        order.sort_by_key(|&p| (!result.winners.contains(&p), result.winners.iter().position(|&w| w == p), p));
        for project in order {
            let fate = describe(&election, &result.fates[project]);
            let item = &election.projects[project];
            out.push_str(&format!("{}\t{}\t{fate}\n", item.id, election.format_money(item.cost)));
        }
        out.push_str(&format!(
            "spent {} of {}\n",
            election.format_money(result.spent),
            election.format_money(election.budget)
        ));
    } else {
        for id in result.winner_ids(&election) {
            out.push_str(id);
            out.push('\n');
        }
    }
    print!("{out}");
    Ok(())
}

fn describe(election: &piazza_pb::Election, fate: &Fate) -> String {
    let money = |units: u64| election.format_money(units);
    match fate {
        Fate::Ranked { rank, money_left, bought: true } => {
            format!("won: place {rank}, {} left when its turn came", money(*money_left))
        }
        Fate::Ranked { rank, money_left, bought: false } => {
            format!("lost: place {rank}, only {} left when its turn came", money(*money_left))
        }
        Fate::BelowThreshold { votes, threshold } => {
            format!("lost: {votes} votes, fewer than the {threshold} required")
        }
        Fate::AfterStop { rank } => format!("lost: place {rank}, after counting stopped"),
        Fate::Shared { step, payers, paid_all_they_had, share } => format!(
            "won: step {step}, {payers} voters paid {share:.2} each ({paid_all_they_had} of them all they had left)"
        ),
        Fate::SupportersShort { held } => {
            format!("lost: its supporters held only {held:.2} between them")
        }
        Fate::Completed { rank, money_left } => {
            format!("won in the completion: place {rank}, {} left", money(*money_left))
        }
        Fate::NotCompleted { rank, money_left } => {
            format!("lost: place {rank} in the completion, only {} left", money(*money_left))
        }
        Fate::Loaded { step, load } => format!("won: step {step}, supporters' load {load:.2}"),
        Fate::StoppedHere => "lost: it did not fit, and counting stopped".to_owned(),
        Fate::NotReached => "lost: counting stopped before its turn".to_owned(),
        Fate::Optimal { bought: true } => "won: part of the best set".to_owned(),
        Fate::Optimal { bought: false } => "lost: not part of the best set".to_owned(),
        Fate::Free => "won: free and supported".to_owned(),
        Fate::Unsupported => "lost: no supporters, or dearer than the whole budget".to_owned(),
    }
}

//! Every shared Pabulib election, counted with every rule, against the winners the reference
//! implementation computes, and with each city's own rule against the city's official result.

use std::path::{Path, PathBuf};
use std::time::Instant;

use piazza_pb::{Count, Election, Rule, count, pabulib};

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("pabulib")
}

fn read(instance: &str) -> Election {
    let path = data().join("instances").join(format!("{instance}.pb"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    pabulib::parse(&text).unwrap_or_else(|e| panic!("{instance}: {e}"))
}

fn welfare(election: &Election, projects: &[usize]) -> u128 {
    let approvals = election.approvals();
    projects.iter().map(|&p| approvals[p] as u128 * election.projects[p].cost as u128).sum()
}

/// Every expected file, as (instance, rule key, winners).
fn expectations() -> Vec<(String, String, Vec<String>)> {
    let mut all = Vec::new();
    for entry in std::fs::read_dir(data().join("expected")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        let stem = name.strip_suffix(".txt").unwrap();
        let (instance, rule) = stem.rsplit_once('.').unwrap();
        let winners = std::fs::read_to_string(&path)
            .unwrap()
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(str::to_owned)
            .collect();
        all.push((instance.to_owned(), rule.to_owned(), winners));
    }
    all.sort();
    all
}

#[test]
fn every_instance_counts_to_the_reference_winners_with_every_rule() {
    let mut failures = Vec::new();
    let mut checked = 0;
    let mut current: Option<(String, Election)> = None;
    for (instance, key, expected) in expectations() {
        if current.as_ref().is_none_or(|(name, _)| *name != instance) {
            current = Some((instance.clone(), read(&instance)));
        }
        let election = &current.as_ref().unwrap().1;
        let rule = Rule::from_key(&key).unwrap();
        let started = Instant::now();
        let result: Count = count(election, rule);
        println!("{instance} {key}: {:?}", started.elapsed());
        let winners = result.winner_ids(election);
        assert!(result.spent <= election.budget, "{instance} {key} overspends");
        if key == "maxwelfare_cost" {
            // Several sets may reach the optimum; the total welfare is what must match.
            let reference: Vec<usize> = expected.iter().map(|id| election.project_index(id).unwrap()).collect();
            if welfare(election, &result.winners) != welfare(election, &reference) {
                failures.push(format!("{instance} {key}: welfare differs"));
            }
        } else if winners != expected.iter().map(String::as_str).collect::<Vec<_>>() {
            failures.push(format!("{instance} {key}: got {winners:?}, expected {expected:?}"));
        }
        checked += 1;
    }
    assert!(checked >= 80, "only {checked} expectations found");
    assert!(failures.is_empty(), "{} of {checked} differ:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_official_rule_reproduces_each_citys_result() {
    let mut checked = 0;
    for entry in std::fs::read_dir(data().join("instances")).unwrap() {
        let path = entry.unwrap().path();
        let instance = path.file_stem().unwrap().to_str().unwrap().to_owned();
        let election = read(&instance);
        let Ok(rule) = Rule::official(&election) else {
            continue;
        };
        let mut official: Vec<&str> = election
            .projects
            .iter()
            .filter(|p| p.field("selected").is_some_and(|s| s.trim() == "1"))
            .map(|p| p.id.as_str())
            .collect();
        official.sort_unstable();
        assert!(!official.is_empty(), "{instance} has an official rule but no selected column");
        let result = count(&election, rule);
        assert_eq!(result.winner_ids(&election), official, "{instance} with {rule:?}");
        checked += 1;
    }
    assert_eq!(checked, 7, "seven instances name a rule Piazza knows");
}

#[test]
fn every_instance_reads_and_writes_back_unchanged() {
    for entry in std::fs::read_dir(data().join("instances")).unwrap() {
        let path = entry.unwrap().path();
        let instance = path.file_stem().unwrap().to_str().unwrap().to_owned();
        let election = read(&instance);
        let declared: usize = election.meta("num_votes").unwrap().parse().unwrap();
        assert_eq!(election.ballots.len(), declared, "{instance}");
        let declared: usize = election.meta("num_projects").unwrap().parse().unwrap();
        assert_eq!(election.projects.len(), declared, "{instance}");
        let again = pabulib::parse(&pabulib::write(&election)).unwrap();
        // META keeps every entry, though the ones Piazza writes itself come first.
        let mut before = election.meta.clone();
        let mut after = again.meta.clone();
        before.sort();
        after.sort();
        assert!(before == after, "{instance}: META differs after writing");
        assert!(again.projects == election.projects, "{instance}: projects differ after writing");
        assert!(again.ballots == election.ballots, "{instance}: ballots differ after writing");
        assert_eq!((again.budget, again.scale), (election.budget, election.scale), "{instance}");
    }
}

#[test]
fn ordinal_and_cumulative_ballots_keep_their_order_and_points() {
    let merced = read("US_Stanford_Dataset_Merced_Peoples_Budget_Ballot_2019_vote_rankings");
    let first = &merced.ballots[0];
    let ids: Vec<&str> = first.choices.iter().map(|&(p, _)| merced.projects[p].id.as_str()).collect();
    assert_eq!(ids, ["1108", "1109", "1104"]);
    let zurich = read("Switzerland_Zurich_D10");
    assert!(zurich.ballots.iter().all(|b| b.choices.iter().map(|c| c.1).sum::<u64>() <= 10));
    assert_eq!(zurich.ballots[0].choices.iter().map(|c| c.1).collect::<Vec<_>>(), [4, 3, 3]);
}

#!/usr/bin/env python3
"""Count a Pabulib file with pabutools, the reference implementation, by a Piazza rule key.

    python pabutools_tally.py FILE RULE [--welfare-of WINNERS_FILE]

Prints the winning project ids on stdout, one per line, sorted as strings (the same format as
`piazza pb tally FILE --rule RULE`), and one JSON line on stderr:

    {"parse_s": ..., "rule_s": ..., "total_s": ...}

`parse_s` is `parse_pabulib(FILE)`, `rule_s` the rule itself, `total_s` both. Interpreter start-up
and `import pabutools` are not counted.

With `--welfare-of WINNERS_FILE` (a file of project ids, one per line), the JSON line also holds
the utilitarian welfare under the cost satisfaction (the sum over winners of cost times number of
approvals) of pabutools' outcome (`welfare`) and of the given set (`other_welfare`), the given
set's cost (`other_cost`), the budget (`budget`) and any ids in it the file does not know
(`other_unknown`). This is how `run` compares `maxwelfare_cost`, where several sets can be optimal.
It is computed after the timing.
"""

from __future__ import annotations

import json
import sys
import time
from copy import copy, deepcopy

from pabutools.election import (
    AbstractApprovalProfile,
    Additive_Cardinal_Sat,
    Cardinality_Sat,
    Cost_Sat,
    parse_pabulib,
)
from pabutools.fractions import frac
from pabutools.rules import (
    BudgetAllocation,
    completion_by_rule_combination,
    greedy_utilitarian_welfare,
    max_additive_utilitarian_welfare,
    method_of_equal_shares,
    sequential_phragmen,
)
from pabutools.rules.mes.mes_rule import MESProject, MESVoter, mes_inner_algo
from pabutools.tiebreaking import lexico_tie_breaking


def mes_add1_eqs(instance, profile, sat_class):
    """MES with the completion equalshares.net uses: start from budget / voters per voter, and
    while the outcome with one more unit of money per voter still fits in the budget, take it;
    stop when every supported project is bought.

    pabutools has no call for this variant. This is `method_of_equal_shares_scheme` (pabutools
    1.2.3, rules/mes/mes_rule.py), resolute, without analytics, with only its stopping test
    changed: the voters and projects are set up once, exactly as there, and each step runs
    pabutools' own `mes_inner_algo` after resetting budgets and affordabilities, as its
    `voter_budget_increment` loop does.
    """
    sat_profile = profile.as_sat_profile(sat_class=sat_class)
    if profile.num_ballots() == 0:
        return BudgetAllocation()
    binary_sat = isinstance(profile, AbstractApprovalProfile)
    share = frac(instance.budget_limit, profile.num_ballots())

    # Set-up, as in method_of_equal_shares_scheme.
    voters = []
    for index, sat in enumerate(sat_profile):
        voters.append(MESVoter(index, sat.ballot, sat, share, sat_profile.multiplicity(sat)))
    initial_allocation = BudgetAllocation()
    projects = set()
    for p in instance:
        mes_p = MESProject(p)
        total_sat = 0
        for i, v in enumerate(voters):
            indiv_sat = v.sat.sat_project(p)
            if indiv_sat > 0:
                total_sat += v.total_sat_project(p)
                mes_p.supporter_indices.append(i)
                if binary_sat:
                    mes_p.unique_sat_supporter = indiv_sat
                else:
                    mes_p.sat_supporter_map[v] = indiv_sat
        if total_sat > 0:
            if p.cost > 0:
                mes_p.total_sat = total_sat
                afford = frac(p.cost, total_sat)
                mes_p.initial_affordability = afford
                mes_p.affordability = afford
                projects.add(mes_p)
            else:
                initial_allocation.append(p)

    def run(per_voter):
        for voter in voters:
            voter.budget = per_voter
        for p in projects:
            p.affordability = p.initial_affordability
        outcomes = []
        mes_inner_algo(
            instance,
            profile,
            voters,
            copy(projects),
            lexico_tie_breaking,
            deepcopy(initial_allocation),
            outcomes,
            True,
        )
        return outcomes[0]

    current = run(share)
    while True:
        if len(current) == len(initial_allocation) + len(projects):
            return current
        following = run(share + 1)
        if not instance.is_feasible(following):
            return current
        current = following
        share += 1


def count(instance, profile, rule):
    if rule == "greedy_cost":
        return greedy_utilitarian_welfare(instance, profile, sat_class=Cost_Sat)
    if rule == "greedy_card":
        return greedy_utilitarian_welfare(instance, profile, sat_class=Cardinality_Sat)
    if rule == "greedy_points":
        return greedy_utilitarian_welfare(instance, profile, sat_class=Additive_Cardinal_Sat)
    if rule == "mes_cost":
        return method_of_equal_shares(instance, profile, sat_class=Cost_Sat)
    if rule == "mes_card":
        return method_of_equal_shares(instance, profile, sat_class=Cardinality_Sat)
    if rule == "mes_points":
        return method_of_equal_shares(instance, profile, sat_class=Additive_Cardinal_Sat)
    if rule == "mes_cost_add1":
        return method_of_equal_shares(instance, profile, sat_class=Cost_Sat, voter_budget_increment=1)
    if rule == "mes_card_add1":
        return method_of_equal_shares(instance, profile, sat_class=Cardinality_Sat, voter_budget_increment=1)
    if rule == "mes_cost_add1_eqs":
        return mes_add1_eqs(instance, profile, Cost_Sat)
    if rule in ("mes_cost_add1_greedy", "mes_card_add1_greedy"):
        mes_sat = Cost_Sat if rule == "mes_cost_add1_greedy" else Cardinality_Sat
        return completion_by_rule_combination(
            instance,
            profile,
            [method_of_equal_shares, greedy_utilitarian_welfare],
            [{"sat_class": mes_sat, "voter_budget_increment": 1}, {"sat_class": Cost_Sat}],
        )
    if rule == "phragmen":
        return sequential_phragmen(instance, profile)
    if rule == "maxwelfare_cost":
        return max_additive_utilitarian_welfare(instance, profile, sat_class=Cost_Sat)
    raise SystemExit(f"unknown rule {rule!r}")


def welfare(instance, profile, names):
    """Sum over the named projects of cost times approvals (cost satisfaction)."""
    by_name = {p.name: p for p in instance}
    chosen = [by_name[n] for n in names if n in by_name]
    approvals = {p.name: 0 for p in chosen}
    for ballot in profile:
        mult = profile.multiplicity(ballot) if hasattr(profile, "multiplicity") else 1
        for p in chosen:
            if p in ballot:
                approvals[p.name] += mult
    return sum(p.cost * approvals[p.name] for p in chosen), sum(p.cost for p in chosen)


def main(argv):
    args = list(argv[1:])
    welfare_of = None
    if "--welfare-of" in args:
        i = args.index("--welfare-of")
        welfare_of = args[i + 1]
        del args[i : i + 2]
    if len(args) != 2:
        raise SystemExit(__doc__)
    path, rule = args

    t0 = time.perf_counter()
    instance, profile = parse_pabulib(path)
    t1 = time.perf_counter()
    outcome = count(instance, profile, rule)
    t2 = time.perf_counter()

    names = sorted(p.name for p in outcome)
    sys.stdout.write("".join(n + "\n" for n in names))
    sys.stdout.flush()

    report = {"parse_s": t1 - t0, "rule_s": t2 - t1, "total_s": t2 - t0}
    if welfare_of is not None:
        with open(welfare_of, encoding="utf-8") as f:
            other = [line.strip() for line in f if line.strip()]
        known = {p.name for p in instance}
        report["welfare"] = str(welfare(instance, profile, names)[0])
        other_welfare, other_cost = welfare(instance, profile, other)
        report["other_welfare"] = str(other_welfare)
        report["other_cost"] = str(other_cost)
        report["budget"] = str(instance.budget_limit)
        report["other_unknown"] = [n for n in other if n not in known]
    sys.stderr.write(json.dumps(report) + "\n")


if __name__ == "__main__":
    main(sys.argv)

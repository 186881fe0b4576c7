"""The analysis finds every problem planted in the sample region, and the comparison
with the proposal shows the fixed ones resolved (and the one left open persisting)."""

from __future__ import annotations

import pytest

from rbdesk.analysis.engine import analyse, compare_scenarios
from rbdesk.analysis.findings import Finding
from rbdesk.interchange.plan_json import read_document
from rbdesk.interchange.sample import PLANTED_PROBLEMS, sample_document

#: The rule each planted problem must raise.
RULE_OF = {
    "duplicate_main_urusan": "overlap.urusan_shared",
    "bidang_over_cap": "caps.sub_units",
    "seksi_under_bidang": "layers.simplification",
    # the asisten link is no mergeable one-over-one (PP 18/2016 Pasal 74 to 76 fix the
    # asisten of the Setda): what remains is the bagian over its one subbagian
    "one_over_one_chain": "spans.one_over_one",
    "cross_rumpun_merge": "overlap.cross_rumpun",
    "mandatory_urusan_unheld": "overlap.mandatory_missing",
    "tugas_text_overlap": "text.overlap",
    "setda_subbagian_kept": "layers.simplification",
}


@pytest.fixture(scope="module")
def sample():
    region, (current, proposal) = read_document(sample_document())
    return region, current, proposal


def _names(finding: Finding, structure) -> set[str]:
    names = {structure.units[u].name for u in finding.units}
    parents = {structure.units[structure.units[u].parent_id].name for u in finding.units
               if structure.units[u].parent_id}  # fmt: skip
    return names | parents


def _found(problem, findings, structure) -> list[Finding]:
    rule = RULE_OF[problem["id"]]
    wanted = {u["name"] for u in problem["units"]}
    hits = []
    for f in findings:
        if f.rule != rule:
            continue
        if (
            problem["codes"]
            and rule.startswith("overlap")
            and not set(f.codes) & set(problem["codes"])
        ):
            continue
        if f.units and not _names(f, structure) & wanted:
            continue
        hits.append(f)
    return hits


def test_every_rule_is_mapped() -> None:
    assert {p["id"] for p in PLANTED_PROBLEMS} == set(RULE_OF)


@pytest.mark.parametrize("problem", PLANTED_PROBLEMS, ids=lambda p: p["id"])
def test_planted_problem_is_found(sample, problem) -> None:
    region, current, proposal = sample
    findings = analyse(current, region)
    assert _found(problem, findings, current), problem["description"]
    remaining = _found(problem, analyse(proposal, region), proposal)
    assert bool(remaining) is (not problem["fixed_in_proposal"])


def test_nothing_else_is_wrong_with_the_sample(sample) -> None:
    region, current, _ = sample
    findings = analyse(current, region)
    planted = {id(f) for p in PLANTED_PROBLEMS for f in _found(p, findings, current)}
    others = [f for f in findings if id(f) not in planted and f.severity.value != "info"]
    assert others == [], [f.text("en") for f in others]


def test_compare_shows_the_fixes_resolved(sample) -> None:
    region, current, proposal = sample
    comparison = compare_scenarios(current, proposal, region)
    resolved = {f.rule for f in comparison.resolved}
    for problem in PLANTED_PROBLEMS:
        rule = RULE_OF[problem["id"]]
        if problem["fixed_in_proposal"]:
            assert rule in resolved, problem["id"]
    persisting = {before.rule for before, _ in comparison.persisting}
    assert "spans.one_over_one" in persisting
    assert [f.rule for f in comparison.introduced] == []

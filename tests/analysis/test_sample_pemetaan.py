"""The sample region's indicator values (``tools/make_sample.py``): its scores call for
the types its OPDs have, so that with the scores deciding the planted problems are
still all that is wrong, and the keuangan split stays lawful (Pasal 90 ayat (1))."""

from __future__ import annotations

import pytest

from rbdesk.analysis.engine import Analyzer
from rbdesk.analysis.opd_types import opd_types
from rbdesk.interchange.plan_json import read_document, read_pemetaan
from rbdesk.interchange.sample import PLANTED_PROBLEMS, sample_document
from tests.analysis.test_sample_findings import _found


@pytest.fixture(scope="module")
def sample():
    doc = sample_document()
    pemetaan = read_pemetaan(doc)
    assert pemetaan is not None
    region, (current, proposal) = read_document(doc)
    return region, current, proposal, pemetaan


def test_the_sample_has_year_source_and_values(sample) -> None:
    *_, pemetaan = sample
    assert pemetaan.year == 2025 and "BPS" in pemetaan.source
    assert len(pemetaan.values) > 100


def test_types_agree_with_the_scores(sample) -> None:
    region, current, _, pemetaan = sample
    analyzer = Analyzer(region, pemetaan=pemetaan)
    analyzer.run(current)
    assert analyzer.context is not None
    types = opd_types(analyzer.context)
    assert len(types) > 20
    for uid, found in types.items():
        unit = current.units[uid]
        assert unit.unit_type in {found.computed, found.highest}, (unit.name, found)


def test_only_the_planted_problems_with_the_scores_deciding(sample) -> None:
    region, current, proposal, pemetaan = sample
    findings = Analyzer(region, pemetaan=pemetaan).run(current)
    for problem in PLANTED_PROBLEMS:
        assert _found(problem, findings, current), problem["id"]
    planted = {id(f) for p in PLANTED_PROBLEMS for f in _found(p, findings, current)}
    others = [f for f in findings if id(f) not in planted and f.severity.value != "info"]
    assert others == [], [f.text("en") for f in others]
    splits = [f for f in findings if f.rule == "overlap.split_score"]
    assert splits == []  # BPKAD and Bapenda, both tipe A above 975

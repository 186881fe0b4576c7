"""The urusan × OPD matrix has one source (issue 12 item 15): its red cells, its
"no holder" cells and its notes are the overlap findings', so the report's table and
its findings never disagree: a lawful split (Pasal 90) is not red, an unlawful one is."""

from __future__ import annotations

import pytest

from rbdesk.analysis.engine import Analyzer
from rbdesk.analysis.findings import Severity
from rbdesk.report.sections import matrix_marks
from rbdesk.rules.catalogue import default_catalogue
from tests.analysis.builders import Plan


def _marks(plan: Plan):
    analyzer = Analyzer(plan.region)
    findings = analyzer.run(plan.structure)
    assert analyzer.context is not None
    return findings, matrix_marks(findings, analyzer.context, default_catalogue())


@pytest.mark.parametrize(
    ("types", "scores", "red"),
    [
        (("B", "B"), (960.0, 960.0), False),  # Pasal 90 ayat (1): two tipe B at 951-975
        (("B", "B"), (900.0, 900.0), True),  # below 951: no split
        (("A", "A"), (976.0, 976.0), False),  # above 975: two tipe A
    ],
)
def test_a_split_is_red_exactly_when_a_finding_says_so(types, scores, red) -> None:
    plan = Plan()
    for key, unit_type, score in zip("ab", types, scores, strict=True):
        plan.dinas(key, ("1.03",), unit_type)
        plan.change(key, workload_score=score)
    findings, (over, shared, _missing) = _marks(plan)
    errors = [f for f in findings if f.rule == "overlap.split_score"
              and f.severity is Severity.ERROR]  # fmt: skip
    assert bool(errors) is red
    expected = {(plan.ids[k], "1.03") for k in "ab"} if red else set()
    assert {cell for cell in over if cell[1] == "1.03"} == expected
    assert ("1.03" in shared) is red


def test_the_parts_of_1_05_are_not_red_and_a_missing_urusan_is_marked() -> None:
    plan = Plan()
    plan.dinas("satpol", ("1.05",))
    plan.change("satpol", name="Satuan Polisi Pamong Praja")
    plan.dinas("bpbd", ("1.05",), kind="badan")
    plan.change("bpbd", name="Badan Penanggulangan Bencana Daerah")
    findings, (over, _shared, missing) = _marks(plan)
    assert not [c for c in over if c[1] == "1.05"]
    assert not [f for f in findings if f.rule == "overlap.urusan_shared" and "1.05" in f.codes]
    wanted = {c for f in findings if f.rule.endswith("_missing") and "overlap" in f.rule
              for c in f.codes}  # fmt: skip
    assert "1.01" in missing and missing >= {c for c in wanted if c in default_catalogue().urusan}

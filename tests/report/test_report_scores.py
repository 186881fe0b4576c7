"""The printed proposal checks with the plan's pemetaan scores, as the window and
``rbdesk check`` do (issue 13): a Dinas Kesehatan whose urusan scores a bidang is
reported in the document as in the window."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from rbdesk.analysis.engine import analyse
from rbdesk.interchange.sample import write_sample
from rbdesk.report import gather
from rbdesk.report.writer import analyse_inputs


def test_the_report_checks_with_the_scores(tmp_path: Path) -> None:
    with write_sample(tmp_path / "s.rbd") as store:
        data = store.pemetaan()
        assert data is not None
        # kesehatan: few people, dense (a descending scale): a bidang's score
        values = {**data.values, ("1.02", 1): Decimal(1000), ("1.02", 2): Decimal(5000)}
        store.set_pemetaan(replace(data, values=values))
        inputs = gather(store)
    assert inputs.pemetaan is not None
    values_read = inputs.pemetaan[0]
    with_scores = {f.rule for f in analyse(inputs.before, inputs.region, pemetaan=values_read)}
    without = {f.rule for f in analyse(inputs.before, inputs.region)}
    decided = with_scores - without
    assert decided and all(rule.startswith("typology.") for rule in decided), decided
    printed = analyse_inputs(inputs, date(2026, 12, 5))
    assert inputs.after is not None  # the sample has a proposal: both sides checked
    assert decided <= {f.rule for f in printed.before_findings}
    assert decided & {f.rule for f in printed.after_findings}

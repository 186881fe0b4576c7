"""A short run of the fuzzing harness (``tests/fuzz/harness.py``) with a fixed seed:
fuzzed plans through ``info``, ``check`` and a few ``report``, fuzzed sheets through
``import-csv``. None may show a traceback, exceed the time bound or change its input's
folder. ``bench/fuzz_plans.py`` runs the long version."""

from __future__ import annotations

from pathlib import Path

import pytest

from rbdesk.interchange.sample import write_sample
from tests.conftest import DATA
from tests.fuzz.harness import fuzz

SEED = 20261204


@pytest.fixture(scope="module")
def base_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("base") / "base.rbd"
    write_sample(path).close()
    return path


def test_fuzzed_plans_and_sheets_are_refused_or_read_never_crash(
    base_plan: Path, tmp_path: Path
) -> None:
    tally = fuzz(base_plan, (DATA / "mojokerto.csv").read_bytes(), tmp_path, seed=SEED,
                 plans=36, sheets=24, reports_every=9)  # fmt: skip
    assert tally.failures == [], [(f.case, f.command, f.problem) for f in tally.failures]
    exits = {o.exit for o in tally.outcomes}
    assert 2 in exits and 0 in exits  # both refusals and reads were exercised

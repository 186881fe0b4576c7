"""Benchmark of the analysis on generated plans of 1k, 10k and 100k units.

Run by hand: ``python bench/bench_analysis.py [--sizes 1000 10000 100000] [--repeat 5]``.

For each size it writes a generated plan (current scenario and a derived proposal)
and times, as the median of ``--repeat`` runs:

* floor: reading the scenario's unit rows from SQLite, nothing else;
* load: ``Store.load`` of the current scenario into domain objects;
* checks (cold): every check on a fresh ``Analyzer`` (text index built from scratch);
* checks (warm): the same ``Analyzer`` run again on the unchanged scenario;
* metrics: ``scenario_metrics`` over the checked scenario;
* compare: ``compare`` of the current scenario with the proposal, both checked;
* re-check: one edit (a unit renamed and its tugas rewritten) then a run of the warm
  ``Analyzer``, as the window does after each gesture.

Each figure is printed in milliseconds and as a ratio to the floor measured in the
same run, so the numbers mean the same on any machine; the last table gives each
figure at 100k as a multiple of the figure at 10k (linear growth is 10x).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import report, timed  # noqa: E402

from rbdesk.analysis.compare import compare  # noqa: E402
from rbdesk.analysis.context import build_context  # noqa: E402
from rbdesk.analysis.engine import Analyzer, bands_of  # noqa: E402
from rbdesk.analysis.metrics import scenario_metrics  # noqa: E402
from rbdesk.interchange.synthetic import write_generated  # noqa: E402
from rbdesk.rules import default_catalogue  # noqa: E402
from rbdesk.rules.pack import load_pack  # noqa: E402

STEPS = ("floor", "load", "checks_cold", "checks_warm", "metrics", "compare", "recheck")


def measure(size: int, folder: Path, repeat: int) -> dict[str, float]:
    catalogue = default_catalogue()
    pack = load_pack(catalogue=catalogue)
    store = write_generated(folder / f"plan-{size}.rbd", size, seed=1)
    current, proposal = store.scenarios()
    region = store.region()
    out: dict[str, float] = {}
    out["floor"], _ = timed(lambda: store.read_unit_rows(current.id), repeat)
    out["load"], before = timed(lambda: store.load(current.id), repeat)
    after = store.load(proposal.id)
    store.close()

    out["checks_cold"], _ = timed(
        lambda: Analyzer(region, catalogue=catalogue, pack=pack).run(before), repeat
    )
    warm = Analyzer(region, catalogue=catalogue, pack=pack)
    warm.run(before)
    out["checks_warm"], before_findings = timed(lambda: warm.run(before), repeat)
    ctx_before = build_context(before, region, catalogue)
    bands = bands_of(pack)
    out["metrics"], _ = timed(lambda: scenario_metrics(ctx_before, before_findings, bands), repeat)
    other = Analyzer(region, catalogue=catalogue, pack=pack)
    after_findings = other.run(after)
    ctx_after = build_context(after, region, catalogue)
    out["compare"], _ = timed(
        lambda: compare(ctx_before, ctx_after, before_findings, after_findings, bands), repeat
    )

    # One gesture: rename a bidang and rewrite its tugas, then re-check.
    target = next(u for u in before.units.values() if u.kind == "bidang")
    edits = iter(range(10**6))

    def edit_and_check() -> Any:
        n = next(edits)
        before.units[target.id] = replace(
            target, name=f"{target.name} {n}", tugas=f"{target.tugas} penataan ke-{n}"
        )
        return warm.run(before)

    out["recheck"], _ = timed(edit_and_check, repeat)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    results: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            results[size] = measure(size, Path(tmp), args.repeat)
            print(f"measured {size} units", file=sys.stderr, flush=True)
    report(results, STEPS, width=13)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark of the analysis on generated plans of 1k, 10k and 100k units.

Run by hand: ``python bench/bench_analysis.py [--sizes 1000 10000 100000] [--repeat 5]``.

For each size it writes a generated plan (current scenario and a derived proposal)
and times, as the median of ``--repeat`` runs:

* floor: reading the scenario's unit rows from SQLite, nothing else;
* load: ``Store.load`` of the current scenario into domain objects;
* checks (cold): every check on a fresh ``Analyzer`` (text index built from scratch);
* checks (fresh process): the same in a new Python process, as ``rbdesk check`` and the
  window's first check run it: the words of the texts are stemmed from nothing (the
  shipped stem table read, Sastrawi loaded only for the words it does not know; store
  and imports not timed); and the same with every word stemmed by Sastrawi, as before
  the table (``fresh_sastrawi``);
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
import statistics
import subprocess
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

STEPS = ("floor", "load", "checks_cold", "checks_fresh", "fresh_sastrawi", "checks_warm",
         "metrics", "compare", "recheck")  # fmt: skip

ROOT = Path(__file__).resolve().parent.parent

#: One run of every check in a fresh interpreter: argv is the repository, the plan and
#: "table" or "sastrawi"; prints the milliseconds of the run.
FRESH = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from rbdesk.analysis import textsim
if sys.argv[3] == "sastrawi":  # every word stemmed by Sastrawi, as before the stem table
    textsim._stem_table = lambda: {}
    textsim.unaffixed = lambda word: False
from rbdesk.analysis.engine import Analyzer
from rbdesk.rules import default_catalogue
from rbdesk.rules.pack import load_pack
from rbdesk.store import Store
with Store.open(Path(sys.argv[2]), read_only=True) as store:
    structure = store.load(store.current_scenario().id)
    region = store.region()
catalogue = default_catalogue()
pack = load_pack(catalogue=catalogue)
start = time.perf_counter()
Analyzer(region, catalogue=catalogue, pack=pack).run(structure)
print((time.perf_counter() - start) * 1000)
"""


def fresh(path: Path, repeat: int, stemming: str) -> float:
    """Median ms of every check in a new process (see ``FRESH``)."""
    runs = [
        float(subprocess.run([sys.executable, "-c", FRESH, str(ROOT), str(path), stemming],
                             check=True, capture_output=True, text=True).stdout)
        for _ in range(repeat)
    ]  # fmt: skip
    return statistics.median(runs)


def measure(size: int, folder: Path, repeat: int) -> dict[str, float]:
    catalogue = default_catalogue()
    pack = load_pack(catalogue=catalogue)
    path = folder / f"plan-{size}.rbd"
    store = write_generated(path, size, seed=1)
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
    out["checks_fresh"] = fresh(path, repeat, "table")
    out["fresh_sastrawi"] = fresh(path, repeat, "sastrawi")
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

"""Benchmark of the tidy tree layout on generated plans of 1k, 10k and 100k units.

Run by hand: ``python bench/bench_layout.py [--sizes 1000 10000 100000] [--repeat 5]``.

For each size it writes a generated plan and times, as the median of ``--repeat`` runs:

* floor: reading the scenario's unit rows from SQLite, nothing else;
* full: ``layout_tree`` of the whole current scenario, every unit visible;
* level2: the same expanded to level 2 (what the window shows first);
* per_opd: ``layout_charts`` of every OPD, one chart each, as the PDF draws them;
* tile: ``tile`` of the full layout into A3-landscape-sized pages.

* compact: ``layout_compact`` of the whole scenario (the window's expanded chart).
* output: a reference, not a layout: one ``Box``, one ``Edge`` and one dictionary entry
  made per unit from numbers at hand, what ``full`` returns and nothing else. Its
  growth from 10k to 100k is what the machine's memory makes of making that many
  objects, with no algorithm in it: 10.5-12.2x in four runs on the 2-core reference
  machine, where the 10k objects stay in the processor's cache and the 100k ones do
  not. ``full`` makes those objects and more, so it cannot grow much less than that.

``measure`` is a cheap stand-in for text metrics (a width from the name's length), so
the figures are the layout's own cost. Each figure is printed in milliseconds and as a
ratio to the floor, then as the multiple of the 10k figure at 100k (linear = 10x).
``--cpu`` times CPU time (``time.process_time``) instead of wall time and prints the
best of the runs rather than the median: on a machine shared with other work, the
best CPU time is the figure least disturbed by it.
It is a report, not a test: nothing fails when the numbers are high.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import report  # noqa: E402
from common import timed as median_wall  # noqa: E402

from rbdesk.domain.model import Structure, Unit  # noqa: E402
from rbdesk.interchange.synthetic import write_generated  # noqa: E402
from rbdesk.layout import (  # noqa: E402
    Box,
    Edge,
    Layout,
    layout_charts,
    layout_compact,
    layout_tree,
    subtrees_by_opd,
    tile,
)
from rbdesk.perf import gc_paused  # noqa: E402
from rbdesk.rules import default_catalogue  # noqa: E402

STEPS = ("floor", "full", "level2", "per_opd", "tile", "compact", "output")


def measure(unit: Unit) -> tuple[float, float]:
    return 90.0 + min(len(unit.name), 40) * 2.5, 36.0


def output_only(structure: Structure) -> Layout:
    """The objects a layout of every unit returns, made without laying anything out:
    a box at (id, id) and a straight connector from the parent, per unit."""
    with gc_paused():
        ids = list(structure.units)
        xs = [float(uid) for uid in ids]
        boxes = {uid: Box(uid, x, x, 90.0, 36.0, 1) for uid, x in zip(ids, xs, strict=True)}
        edges = tuple(
            Edge(unit.parent_id, uid, (x, x - 40.0, x, x))
            for (uid, unit), x in zip(structure.units.items(), xs, strict=True)
            if unit.parent_id is not None
        )
    return Layout(boxes, edges, 0.0, 0.0)


def best_cpu(func: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Least CPU time of ``func`` in ms over ``repeat`` runs, and its last result."""
    times = []
    result = None
    for _ in range(repeat):
        result = None  # the last run's result is freed before, not inside, the timing
        gc.collect()
        start = time.process_time()
        result = func()
        times.append((time.process_time() - start) * 1000)
    return min(times), result


def run(size: int, folder: Path, repeat: int, cpu: bool = False) -> dict[str, float]:
    timed = best_cpu if cpu else median_wall
    store = write_generated(folder / f"plan-{size}.rbd", size, seed=1)
    current = store.scenarios()[0]
    out: dict[str, float] = {}
    out["floor"], _ = timed(lambda: store.read_unit_rows(current.id), repeat)
    structure = store.load(current.id)
    store.close()
    out["full"], full = timed(lambda: layout_tree(structure, measure=measure), repeat)
    out["level2"], _ = timed(lambda: layout_tree(structure, measure=measure, max_depth=2), repeat)
    opds = subtrees_by_opd(structure, default_catalogue())
    out["per_opd"], _ = timed(lambda: layout_charts(structure, opds, measure=measure), repeat)
    # A3 landscape (1190 x 842 pt) at a scale of 1:2, 60 pt of overlap
    out["tile"], tiles = timed(lambda: tile(full, 2380, 1684, 120), repeat)
    out["compact"], _ = timed(lambda: layout_compact(structure, measure=measure), repeat)
    out["output"], _ = timed(lambda: output_only(structure), repeat)
    print(
        f"{size} units: {len(full)} boxes, {full.width:.0f} x {full.height:.0f} pt, "
        f"{len(opds)} OPD charts, {len(tiles)} tiles",
        file=sys.stderr,
        flush=True,
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--cpu",
        action="store_true",
        help="best CPU time of the runs instead of the median wall time",
    )
    args = parser.parse_args(argv)
    results: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            results[size] = run(size, Path(tmp), args.repeat, args.cpu)
    if args.cpu:
        print("CPU time (time.process_time), the best of the runs; the tables say median")
    report(results, STEPS, width=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())

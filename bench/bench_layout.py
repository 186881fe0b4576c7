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
The sizes are timed in turn, run by run (10k, 100k, 10k, 100k, ...), not one size after
the other: the figures compared in the 100k/10k multiple are then taken over the same
seconds, so a change of load on a shared machine (another process starting on the
other core) falls on both sizes alike instead of on one side of the quotient. Measured
one size after the other, ``floor`` and ``output`` (which no layout change touches) went
from 8x to 16x between runs on the reference machine while it was in use.
After the tables come the minor page faults of each step's runs (the fewest of the
runs; Unix only): how often the kernel had to hand the process memory it had not used
before. A 10k run reuses memory the process freed and faults none; a 100k ``full``
faults 8,000-15,000 pages a run (its result is about 35 MB of boxes, connectors and
their dictionary), about 1.35 microseconds each on the reference machine, and how many
depends on the state of the process's heap. With the cache (see ``output``), that is
why ``full`` grows a little more than 10x and varies from run to run: with ``--cpu``,
10.3-11.3x in fifteen runs of one morning on the reference machine, median 10.6x, with
``output`` at 10.4-10.9x; the default run, 10.2-10.6x in seventeen undisturbed runs of
another morning, median 10.5x. Measured in a fresh process per layout it is worse
(11.1x): a new process faults for the layout's lists and tables too.
It is a report, not a test: nothing fails when the numbers are high.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import report  # noqa: E402

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

try:
    from resource import RUSAGE_SELF, getrusage
except ImportError:  # Windows: no page-fault counts
    getrusage = None  # type: ignore[assignment]

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


def minor_faults() -> int:
    """The process's minor page faults so far (0 where the system does not count them)."""
    return getrusage(RUSAGE_SELF).ru_minflt if getrusage is not None else 0


def timed_in_turn(
    funcs: dict[int, Callable[[], Any]], repeat: int, cpu: bool
) -> tuple[dict[int, float], dict[int, int]]:
    """Time of each size's ``func`` in ms over ``repeat`` runs, the sizes taking turns
    run by run (see the module docstring): the median wall time, or with ``cpu`` the
    least CPU time; and the fewest minor page faults of a run. Each result is freed
    after, not inside, its timing."""
    clock = time.process_time if cpu else time.perf_counter
    times: dict[int, list[float]] = {size: [] for size in funcs}
    faults: dict[int, list[int]] = {size: [] for size in funcs}
    for _ in range(repeat):
        for size, func in funcs.items():
            gc.collect()
            faulted = minor_faults()
            start = clock()
            result = func()
            times[size].append((clock() - start) * 1000)
            faults[size].append(minor_faults() - faulted)
            del result
    pick = min if cpu else statistics.median
    return (
        {size: pick(runs) for size, runs in times.items()},
        {size: min(runs) for size, runs in faults.items()},
    )


def run(
    sizes: list[int], folder: Path, repeat: int, cpu: bool = False,
    faults: dict[str, dict[int, int]] | None = None,
) -> dict[int, dict[str, float]]:  # fmt: skip
    """Every step's figure per size (``STEPS``), the sizes timed in turn; each step's
    fewest page faults per size go to ``faults`` when given."""
    stores = {size: write_generated(folder / f"plan-{size}.rbd", size, seed=1) for size in sizes}
    current = {size: store.scenarios()[0].id for size, store in stores.items()}
    out: dict[int, dict[str, float]] = {size: {} for size in sizes}

    def step(name: str, funcs: dict[int, Callable[[], Any]]) -> None:
        figures, faulted = timed_in_turn(funcs, repeat, cpu)
        for size, figure in figures.items():
            out[size][name] = figure
        if faults is not None:
            faults[name] = faulted

    step("floor", {s: partial(stores[s].read_unit_rows, current[s]) for s in sizes})
    structures = {size: stores[size].load(current[size]) for size in sizes}
    for store in stores.values():
        store.close()
    step("full", {s: partial(layout_tree, structures[s], measure=measure) for s in sizes})
    step("level2", {s: partial(layout_tree, structures[s], measure=measure, max_depth=2)
                    for s in sizes})  # fmt: skip
    opds = {size: subtrees_by_opd(structures[size], default_catalogue()) for size in sizes}
    step("per_opd", {s: partial(layout_charts, structures[s], opds[s], measure=measure)
                     for s in sizes})  # fmt: skip
    fulls = {size: layout_tree(structures[size], measure=measure) for size in sizes}
    # A3 landscape (1190 x 842 pt) at a scale of 1:2, 60 pt of overlap
    step("tile", {s: partial(tile, fulls[s], 2380, 1684, 120) for s in sizes})
    for size, full in fulls.items():
        print(
            f"{size} units: {len(full)} boxes, {full.width:.0f} x {full.height:.0f} pt, "
            f"{len(opds[size])} OPD charts, {len(tile(full, 2380, 1684, 120))} tiles",
            file=sys.stderr,
            flush=True,
        )
    del fulls, full  # not alive while the other steps are timed
    step("compact", {s: partial(layout_compact, structures[s], measure=measure) for s in sizes})
    step("output", {s: partial(output_only, structures[s]) for s in sizes})
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
    faults: dict[str, dict[int, int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        results = run(args.sizes, Path(tmp), args.repeat, args.cpu, faults)
    if args.cpu:
        print("CPU time (time.process_time), the best of the runs; the tables say median")
    report(results, STEPS, width=10)
    if getrusage is not None:
        print("\nminor page faults of a run (the fewest of the runs)")
        print(f"{'units':>8} " + " ".join(f"{s:>10}" for s in STEPS))
        for size in args.sizes:
            print(f"{size:>8} " + " ".join(f"{faults[s][size]:>10}" for s in STEPS))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A generated plan of 10,000 units lays out with no overlap, and in linear time.

Linear time is checked as the ratio of the CPU times at 2,000 and 20,000 units: about
11 when linear, 100 when quadratic. The bound, 40, leaves room for a busy machine; CPU
time (not the wall clock) is what this process spent, so other programs do not add to
it. The times themselves are ``bench/bench_layout.py``'s business.
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Callable

from rbdesk.domain.model import Scenario, ScenarioRole, Structure, Unit
from rbdesk.interchange.synthetic import generate
from rbdesk.layout import Placement, layout_tree

from .trees import check_geometry, overlapping_pairs

#: Ten times the units costs at most this many times the CPU time (typically 10-12).
LINEAR_RATIO = 40


def measure(unit: Unit) -> tuple[float, float]:
    return 80 + len(unit.name) % 9 * 12, 28 + unit.id % 3 * 10


def cpu_seconds(
    structure: Structure, size_of: Callable[[Unit], tuple[float, float]], repeat: int
) -> float:
    """CPU seconds of one ``layout_tree``: the least of three measurements of ``repeat``
    runs each (the least drops a stray interruption; several runs make a measurement
    long enough for a coarse clock), garbage collection paused."""
    best = math.inf
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            start = time.process_time()
            for _ in range(repeat):
                layout_tree(structure, measure=size_of)
            best = min(best, (time.process_time() - start) / repeat)
    finally:
        gc.enable()
    return best


def test_generated_10k_plan() -> None:
    _, (current, proposal) = generate(10000, seed=1)
    for structure in (current, proposal):
        lay = layout_tree(structure, measure=measure)
        assert set(lay.boxes) == set(structure.units)
        check_geometry(lay, structure)
        assert {b.placement for b in lay} == {Placement.LINE, Placement.SIDE}
    # expanded to level 2, the kecamatan's kelurahan and seksi become compact leaves
    lay = layout_tree(current, measure=measure, max_depth=2)
    check_geometry(lay, current)
    assert {b.placement for b in lay} == {Placement.LINE, Placement.SIDE, Placement.STACK}
    assert len(lay) + sum(b.hidden_descendants for b in lay) == len(current.units)


def test_time_grows_linearly() -> None:
    """Ten times the units costs well under a hundred times the time (quadratic would be
    100x)."""
    times = {}
    for size, repeat in ((2000, 5), (20000, 1)):
        _, (structure,) = generate(size, seed=2, proposal=False)
        times[size] = cpu_seconds(structure, measure, repeat)
    assert times[20000] / times[2000] < LINEAR_RATIO, times


def test_deep_caterpillar_is_linear_too() -> None:
    """A long line where every unit also has one leaf: re-copying the contours of the
    long branch at each level would make this quadratic; recursion would overflow."""
    times = {}
    for size, repeat in ((2000, 5), (20000, 1)):
        s = Structure(Scenario(1, "ulat", ScenarioRole.CURRENT))
        s.units[1] = Unit(1, None, "bidang", "U1")
        for uid in range(2, size + 1, 2):
            s.units[uid] = Unit(uid, uid - 2 if uid > 2 else 1, "bidang", f"U{uid}", sort_order=1)
            s.units[uid + 1] = Unit(uid + 1, uid - 2 if uid > 2 else 1, "seksi", "x")
        lay = layout_tree(s, measure=lambda u: (100, 40))
        assert len(lay) == len(s.units) and max(b.depth for b in lay) == size // 2
        assert overlapping_pairs(lay) == []
        times[size] = cpu_seconds(s, lambda u: (100, 40), repeat)
    assert times[20000] / times[2000] < LINEAR_RATIO, times

"""A generated plan of 10,000 units lays out with no overlap, and in linear time."""

from __future__ import annotations

import time

from rbdesk.domain.model import Scenario, ScenarioRole, Structure, Unit
from rbdesk.interchange.synthetic import generate
from rbdesk.layout import Placement, layout_tree

from .trees import check_geometry, overlapping_pairs


def measure(unit: Unit) -> tuple[float, float]:
    return 80 + len(unit.name) % 9 * 12, 28 + unit.id % 3 * 10


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
    100x); the median of three runs, to ride out a busy machine."""
    times = {}
    for size in (2000, 20000):
        _, (structure,) = generate(size, seed=2, proposal=False)
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            layout_tree(structure, measure=measure)
            runs.append(time.perf_counter() - start)
        times[size] = sorted(runs)[1]
    assert times[20000] / times[2000] < 25


def test_deep_caterpillar_is_linear_too() -> None:
    """A long line where every unit also has one leaf: re-copying the contours of the
    long branch at each level would make this quadratic; recursion would overflow."""
    times = {}
    for size in (2000, 20000):
        s = Structure(Scenario(1, "ulat", ScenarioRole.CURRENT))
        s.units[1] = Unit(1, None, "bidang", "U1")
        for uid in range(2, size + 1, 2):
            s.units[uid] = Unit(uid, uid - 2 if uid > 2 else 1, "bidang", f"U{uid}", sort_order=1)
            s.units[uid + 1] = Unit(uid + 1, uid - 2 if uid > 2 else 1, "seksi", "x")
        start = time.perf_counter()
        lay = layout_tree(s, measure=lambda u: (100, 40))
        times[size] = time.perf_counter() - start
        assert len(lay) == len(s.units) and max(b.depth for b in lay) == size // 2
        assert overlapping_pairs(lay) == []
    assert times[20000] / times[2000] < 25

"""Properties of every layout, on random trees of up to a few hundred units with random
box sizes, kinds, options, collapsed units and depth limits (hypothesis)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from rbdesk.domain.model import Scenario, ScenarioRole, Structure, Unit
from rbdesk.layout import Layout, LayoutOptions, Placement, layout_tree
from tests.examples import examples

from .trees import check_geometry, crossings, overlapping_pairs

KINDS = ("bidang", "bidang", "kelompok_fungsional", "staf_ahli", "wakil_kepala_daerah")


@dataclass
class Case:
    structure: Structure
    sizes: dict[int, tuple[float, float]]
    options: LayoutOptions
    collapsed: frozenset[int]
    max_depth: int | None

    def layout(self) -> Layout:
        return layout_tree(
            self.structure,
            measure=lambda u: self.sizes[u.id],
            options=self.options,
            collapsed=self.collapsed,
            max_depth=self.max_depth,
        )


gaps = st.just(0.0) | st.floats(min_value=0.5, max_value=60)


@st.composite
def cases(draw: st.DrawFn, max_units: int) -> Case:
    """A random forest: its size, shape and the options come from hypothesis, the parents,
    kinds and sizes of its units from a seeded generator (drawing each of a few hundred
    units through hypothesis made the test minutes long)."""
    n = draw(st.integers(min_value=1, max_value=max_units))
    shape = draw(st.sampled_from(["bushy", "deep", "wide", "flat"]))
    rng = random.Random(draw(st.integers(0, 2**32)))
    s = Structure(Scenario(1, "acak", ScenarioRole.CURRENT))
    for uid in range(1, n + 1):
        if uid == 1 or rng.random() < 0.03:
            parent = None if rng.random() < 0.5 else 10_000 + uid  # a root or an orphan
        elif shape == "deep":
            parent = rng.randint(max(1, uid - 3), uid - 1)
        elif shape == "wide":
            parent = rng.randint(1, min(uid - 1, 4))
        elif shape == "flat":
            parent = 1 if rng.random() < 0.7 else rng.randint(1, uid - 1)
        else:
            parent = rng.randint(1, uid - 1)
        s.units[uid] = Unit(uid, parent, rng.choice(KINDS), f"U{uid}", sort_order=rng.randint(0, 3))
    uniform = draw(st.booleans())  # same-size boxes make exact ties likely
    box_sizes = {
        uid: (100.0, 40.0) if uniform else (rng.uniform(0.5, 220), rng.uniform(0.5, 120))
        for uid in s.units
    }
    options = LayoutOptions(
        sibling_gap=draw(gaps), subtree_gap=draw(gaps), tree_gap=draw(gaps),
        level_gap=draw(gaps), stack_gap=draw(gaps), stub=draw(gaps),
        stack_threshold=draw(st.none() | st.integers(1, 8)),
        stack_rows=draw(st.integers(1, 10)),
    )  # fmt: skip
    collapsed = frozenset(rng.sample(range(1, n + 1), min(n, draw(st.integers(0, 4)))))
    max_depth = draw(st.none() | st.integers(0, 6))
    return Case(s, box_sizes, options, collapsed, max_depth)


@settings(max_examples=examples(300), deadline=None)
@given(cases(max_units=300))
def test_no_overlap_and_every_unit_accounted_for(case: Case) -> None:
    lay = case.layout()
    s = case.structure
    check_geometry(lay, s)
    # every unit is either drawn or counted as hidden below a drawn one
    assert len(lay) + sum(b.hidden_descendants for b in lay) == len(s.units)
    for box in lay:
        assert (box.width, box.height) == case.sizes[box.unit_id]
        if case.max_depth is not None:
            assert box.depth <= case.max_depth
        if box.unit_id in case.collapsed:
            assert not any(e.parent_id == box.unit_id for e in lay.edges)
    roots = [b for b in lay if b.depth == 0]
    assert len(lay.edges) == len(lay) - len(roots)


@settings(max_examples=examples(300), deadline=None)
@given(cases(max_units=300))
def test_parents_centred_and_siblings_in_order(case: Case) -> None:
    lay = case.layout()
    kids: dict[int, list[int]] = {}
    for edge in lay.edges:  # edges come in pre-order: siblings in order
        kids.setdefault(edge.parent_id, []).append(edge.child_id)
    for parent, children in kids.items():
        line = [c for c in children if lay.box(c).placement is Placement.LINE]
        if line:
            first, last = lay.box(line[0]), lay.box(line[-1])
            centre = (first.center_x + last.center_x) / 2
            assert abs(lay.box(parent).center_x - centre) < 1e-6
            xs = [lay.box(c).x for c in line]
            assert xs == sorted(xs)
            assert len({lay.box(c).y for c in line}) == 1
        stacked = [c for c in children if lay.box(c).placement is Placement.STACK]
        if stacked:
            assert not line
            threshold = case.options.stack_threshold
            assert threshold is not None and len(stacked) > threshold
            edges = {e.child_id: e for e in lay.edges if e.parent_id == parent}
            for c in stacked if case.options.stub else ():  # a stub into the box's left side
                (x1, y1), (x2, y2) = edges[c].points[-2:]
                assert abs(x2 - x1 - case.options.stub) < 1e-6 and y1 == y2


@settings(max_examples=examples(150), deadline=None)
@given(cases(max_units=120))
def test_connectors_never_cross_a_box(case: Case) -> None:
    lay = case.layout()
    assert overlapping_pairs(lay) == []
    assert crossings(lay) == []

"""The compact layout (issue 16 item 2): leaves stacked under their parent, wide rows
wrapped; no overlaps, no connector through a box, on hand-built trees, on the sample
region fully expanded and on random trees."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rbdesk.interchange.sample import write_sample
from rbdesk.layout import (
    COMPACT,
    Layout,
    LayoutOptions,
    Placement,
    layout_charts,
    layout_compact,
    layout_tree,
    subtrees_by_opd,
)
from rbdesk.rules import default_catalogue
from tests.examples import examples

from .test_properties import Case, cases
from .trees import OPTIONS, check_geometry, crossings, fixed, overlapping_pairs, tree

COMPACT_OPTIONS = replace(OPTIONS, compact=True)


def chart_measure(_unit: object) -> tuple[float, float]:
    """The window's box size (``rbdesk.ui.chart``)."""
    return 176.0, 70.0


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory):
    path = Path(tmp_path_factory.mktemp("sample")) / "sukamaju.rbd"
    store = write_sample(path)
    structure = store.load(store.scenarios()[0].id)
    store.close()
    return structure


def kids_of(layout: Layout) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for edge in layout.edges:  # pre-order: siblings in order
        found.setdefault(edge.parent_id, []).append(edge.child_id)
    return found


def test_leaves_stack_in_one_column_under_their_parent() -> None:
    # 1 -> 2 (leaves 4, 5, 6), 3 (leaves 7, 8)
    s = tree((1, None), (2, 1), (3, 1), (4, 2), (5, 2), (6, 2), (7, 3), (8, 3))
    lay = layout_compact(s, measure=fixed(), options=COMPACT_OPTIONS)
    check_geometry(lay, s)
    assert crossings(lay) == []
    for parent, leaves in ((2, [4, 5, 6]), (3, [7, 8])):
        top = lay.box(parent)
        boxes = [lay.box(u) for u in leaves]
        assert {b.placement for b in boxes} == {Placement.STACK}
        assert len({b.x for b in boxes}) == 1  # one column
        ys = [b.y for b in boxes]
        assert ys == sorted(ys) and ys[0] >= top.bottom  # top to bottom, below the parent
        # the column (trunk, stub and boxes) is centred under its parent
        trunk = boxes[0].x - OPTIONS.stub
        assert (trunk + boxes[0].right) / 2 == pytest.approx(top.center_x)
        for a, b in zip(ys, ys[1:], strict=False):
            assert b - a == pytest.approx(40 + OPTIONS.stack_gap)
    # the tidy layout sets the five leaves side by side: three times as wide
    tidy = layout_tree(s, measure=fixed(), options=OPTIONS)
    assert lay.width < tidy.width / 2


def test_a_lone_leaf_hangs_straight_below_its_parent() -> None:
    s = tree((1, None), (2, 1))
    lay = layout_compact(s, measure=fixed(), options=COMPACT_OPTIONS)
    assert lay.box(2).placement is Placement.LINE
    assert lay.box(2).center_x == lay.box(1).center_x
    points = lay.edges[0].points
    assert {x for x, _ in points} == {50.0}  # straight down
    assert (points[0], points[-1]) == ((50.0, 40.0), (50.0, 80.0))


def test_a_stack_stands_among_the_other_children_in_sibling_order() -> None:
    # 1 -> 2 (leaf), 3 (-> 6), 4 (leaf), 5 (leaf): the stack of 2, 4, 5 stands first
    s = tree((1, None), (2, 1), (3, 1), (4, 1), (5, 1), (6, 3))
    lay = layout_compact(s, measure=fixed(), options=COMPACT_OPTIONS)
    check_geometry(lay, s)
    assert crossings(lay) == []
    assert [lay.box(u).placement for u in (2, 4, 5)] == [Placement.STACK] * 3
    assert lay.box(2).x < lay.box(3).x  # the stack left of unit 3's block
    assert lay.box(2).y == lay.box(3).y  # top-aligned in one row


def test_wide_rows_wrap_into_rows_hanging_from_a_trunk() -> None:
    # a root with 12 children of two leaves each: 12 blocks of 116 wide in one row
    # would be 1,832 wide; wrapped, the chart is about wrap_ratio wide to one high
    units: list[tuple[int, int | None]] = [(1, None)]
    for n in range(12):
        child = 10 + n * 3
        units += [(child, 1), (child + 1, child), (child + 2, child)]
    s = tree(*units)
    options = replace(COMPACT_OPTIONS, wrap_width=600, wrap_ratio=1.5)
    lay = layout_compact(s, measure=fixed(), options=options)
    check_geometry(lay, s)
    assert overlapping_pairs(lay) == [] and crossings(lay) == []
    tops = sorted({lay.box(10 + n * 3).y for n in range(12)})
    assert len(tops) > 1  # several rows
    assert 1.0 < lay.width / lay.height < 2.5
    single = layout_compact(s, measure=fixed(), options=replace(COMPACT_OPTIONS,
                                                                  wrap_width=10**6))  # fmt: skip
    assert len({single.box(10 + n * 3).y for n in range(12)}) == 1
    assert single.width > 2 * lay.width
    # a child of a later row is reached down the trunk, left of every row
    later = next(10 + n * 3 for n in range(12) if lay.box(10 + n * 3).y > tops[0])
    (edge,) = [e for e in lay.edges if e.child_id == later]
    trunk_x = edge.points[2][0]
    assert trunk_x < min(lay.box(10 + n * 3).x for n in range(12))
    assert edge.points[2][0] == edge.points[3][0]  # down the trunk


def test_side_branches_hang_beside_the_parents_trunk() -> None:
    s = tree((1, None), (2, 1, "wakil_kepala_daerah"), (3, 1, "staf_ahli"), (4, 1), (5, 4),
             (6, 4))  # fmt: skip
    lay = layout_compact(s, measure=fixed(), options=COMPACT_OPTIONS)
    check_geometry(lay, s)
    assert crossings(lay) == []
    root, left, right = lay.box(1), lay.box(2), lay.box(3)
    assert left.placement is right.placement is Placement.SIDE
    assert left.right <= root.center_x <= right.x
    assert lay.box(4).y > max(left.bottom, right.bottom)


def test_same_units_shown_and_hidden_as_the_tidy_layout(sample) -> None:
    dinas = {u for u in sample.units if sample.units[u].kind == "dinas"}
    for kwargs in ({}, {"max_depth": 1}, {"max_depth": 2}, {"collapsed": dinas}):
        tidy = layout_tree(sample, measure=chart_measure, **kwargs)
        compact = layout_compact(sample, measure=chart_measure, **kwargs)
        assert {b.unit_id: (b.depth, b.hidden_descendants) for b in compact} == {
            b.unit_id: (b.depth, b.hidden_descendants) for b in tidy
        }
        assert {(e.parent_id, e.child_id) for e in compact.edges} == {
            (e.parent_id, e.child_id) for e in tidy.edges
        }
        check_geometry(compact, sample)


def test_fully_expanded_sample_is_no_strip(sample) -> None:
    tidy = layout_tree(sample, measure=chart_measure)
    lay = layout_compact(sample, measure=chart_measure)
    check_geometry(lay, sample)
    assert overlapping_pairs(lay) == []
    assert crossings(lay) == []
    assert lay.width < tidy.width / 5  # 61,168 wide in the tidy layout
    assert lay.width / lay.height < 3  # about a screen's shape, not a strip
    # one chart per OPD: most fit a 1366x768 laptop's screen at 100 %
    opds = subtrees_by_opd(sample, default_catalogue())
    charts = layout_charts(sample, opds, measure=chart_measure, options=COMPACT)
    fitting = [o for o, c in charts.items() if c.width <= 1300 and c.height <= 620]
    assert len(fitting) >= 0.8 * len(opds)
    for opd, chart in charts.items():
        assert chart == layout_compact(sample, measure=chart_measure, root=opd)
        assert overlapping_pairs(chart) == []


def test_the_region_at_opd_level_draws_as_in_the_tidy_layout(sample) -> None:
    tidy = layout_tree(sample, measure=chart_measure, max_depth=1)
    compact = layout_compact(sample, measure=chart_measure, max_depth=1)
    # the OPDs (leaves at this level) stand in the same columns
    opds = [b.unit_id for b in tidy if b.placement is Placement.STACK]
    assert opds and all(compact.box(u).placement is Placement.STACK for u in opds)
    assert compact.width == pytest.approx(tidy.width, rel=0.1)


def test_options_are_checked_and_compact_is_an_option() -> None:
    with pytest.raises(ValueError, match="wrap_ratio"):
        LayoutOptions(wrap_ratio=0)
    with pytest.raises(ValueError, match="wrap_width"):
        LayoutOptions(wrap_width=-1)
    s = tree((1, None), (2, 1), (3, 1), (4, 1))
    by_option = layout_tree(s, measure=fixed(), options=COMPACT_OPTIONS)
    assert by_option == layout_compact(s, measure=fixed(), options=OPTIONS)
    assert layout_compact(tree(), measure=fixed()) == Layout()


@settings(max_examples=examples(200), deadline=None)
@given(cases(max_units=200), st.floats(100, 3000), st.floats(0.3, 4))
def test_random_trees(case: Case, wrap_width: float, wrap_ratio: float) -> None:
    options = replace(case.options, compact=True, wrap_width=wrap_width, wrap_ratio=wrap_ratio)
    lay = layout_tree(case.structure, measure=lambda u: case.sizes[u.id], options=options,
                      collapsed=case.collapsed, max_depth=case.max_depth)  # fmt: skip
    s = case.structure
    check_geometry(lay, s)
    assert crossings(lay) == []
    assert len(lay) + sum(b.hidden_descendants for b in lay) == len(s.units)
    for parent, children in kids_of(lay).items():
        leaves = [c for c in children if c not in kids_of(lay)
                  and lay.box(c).placement is not Placement.SIDE]  # fmt: skip
        if len(leaves) >= 2:  # stacked, in sibling order
            assert all(lay.box(c).placement is Placement.STACK for c in leaves)
            assert all(lay.box(c).y >= lay.box(parent).bottom for c in leaves)

"""Hand-built trees with positions worked out by hand: centring, levels, spreading,
compact spans, side branches, hiding, forests and sub-trees."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rbdesk.domain.errors import UnknownUnitError
from rbdesk.domain.model import Unit
from rbdesk.layout import Layout, LayoutOptions, Placement, layout_tree

from .trees import OPTIONS, check_geometry, crossings, fixed, tree


def xy(layout: Layout, uid: int) -> tuple[float, float]:
    box = layout.box(uid)
    return box.x, box.y


def test_parent_centred_over_two_children() -> None:
    s = tree((1, None), (2, 1), (3, 1))
    lay = layout_tree(s, measure=fixed(), options=OPTIONS)
    assert xy(lay, 2) == (0, 80) and xy(lay, 3) == (120, 80)
    assert xy(lay, 1) == (60, 0)
    assert (lay.width, lay.height) == (220, 120)
    edges = {e.child_id: e.points for e in lay.edges}
    assert edges[2] == ((110, 40), (110, 60), (50, 60), (50, 80))
    assert edges[3] == ((110, 40), (110, 60), (170, 60), (170, 80))
    assert [b.depth for b in lay] == [0, 1, 1]
    check_geometry(lay, s)


def test_three_levels_rows_and_cousin_gap() -> None:
    # 1 over 2 and 3; 2 over 4 and 5; 3 over 6. Box 2 is taller: its row grows.
    s = tree((1, None), (2, 1), (3, 1), (4, 2), (5, 2), (6, 3))
    lay = layout_tree(s, measure=fixed(u2=(100, 60)), options=OPTIONS)
    # 4 and 5 side by side (sibling gap 20); 2 centred over them.
    assert xy(lay, 4) == (0, 180) and xy(lay, 5) == (120, 180)
    assert xy(lay, 2) == (60, 80)
    # 3 is pushed right by the cousins 5 and 6 (subtree gap 40), not by 2 and 3.
    assert xy(lay, 6) == (260, 180) and xy(lay, 3) == (260, 80)
    # 1 centred over 2 and 3: centres 110 and 310.
    assert xy(lay, 1) == (160, 0)
    assert lay.box(3).y == lay.box(2).y  # a row is top-aligned
    assert (lay.width, lay.height) == (360, 220)
    check_geometry(lay, s)


def test_small_subtree_spread_between_big_ones() -> None:
    """Walker: a leaf between two wide subtrees ends up half-way, not packed left."""
    s = tree(
        (1, None), (2, 1), (3, 1), (4, 1),
        (21, 2), (22, 2), (23, 2), (41, 4), (42, 4), (43, 4),
    )  # fmt: skip
    lay = layout_tree(s, measure=fixed(), options=OPTIONS)
    left, middle, right = (lay.box(u).center_x for u in (2, 3, 4))
    # 2's children span 340, so do 4's: centres 170 + 170 + 40 apart.
    assert right - left == 380
    assert middle - left == pytest.approx(190)
    assert lay.box(1).center_x == pytest.approx(middle)
    check_geometry(lay, s)


def test_wide_span_of_leaves_is_compact() -> None:
    s = tree((1, None), *((uid, 1, "kelompok_fungsional") for uid in range(2, 42)))
    lay = layout_tree(s, measure=fixed(), options=OPTIONS)
    side_by_side = 40 * 100 + 39 * 20
    assert lay.width < side_by_side / 5
    kids = [lay.box(uid) for uid in range(2, 42)]
    assert all(b.placement is Placement.STACK for b in kids)
    # 40 leaves, at most 8 a column: 5 columns of 8, filled top to bottom.
    assert len({b.x for b in kids}) == 5
    assert [b.y for b in kids[:8]] == [80 + 50 * k for k in range(8)]
    assert kids[8].x > kids[7].x and kids[8].y == kids[0].y
    for edge in lay.edges:
        (x1, y1), (x2, y2) = edge.points[-2:]
        child = lay.box(edge.child_id)
        assert y1 == y2 == child.y + 20 and x2 == child.x  # a stub into the left side
        assert x2 - x1 == OPTIONS.stub
    check_geometry(lay, s)
    assert crossings(lay) == []


def test_compact_stack_exact_positions() -> None:
    s = tree((1, None), *((uid, 1) for uid in range(2, 9)))  # 7 leaves > 6: one column
    lay = layout_tree(s, measure=fixed(), options=OPTIONS)
    # the column (trunk, stub 16, box 100) is centred under the parent: trunk at
    # parent centre - 58, which is the left edge of the drawing.
    assert xy(lay, 1) == (8, 0)
    assert [xy(lay, uid) for uid in range(2, 9)] == [(16, 80 + 50 * k) for k in range(7)]
    assert lay.edges[0].points == ((58, 40), (58, 60), (0, 60), (0, 100), (16, 100))
    assert lay.edges[6].points[-2:] == ((0, 400), (16, 400))
    assert (lay.width, lay.height) == (116, 420)
    check_geometry(lay, s)


def test_stack_threshold_and_mixed_children() -> None:
    leaves = tree((1, None), *((uid, 1) for uid in range(2, 8)))  # 6 leaves: not more than 6
    lay = layout_tree(leaves, measure=fixed(), options=OPTIONS)
    assert {b.y for b in lay if b.unit_id != 1} == {80}
    # 7 children, one with a child of its own: not all leaves, so a row.
    mixed = tree((1, None), *((uid, 1) for uid in range(2, 9)), (9, 2))
    lay = layout_tree(mixed, measure=fixed(), options=OPTIONS)
    assert {lay.box(uid).y for uid in range(2, 9)} == {80}
    # never compact when the threshold is off
    lay = layout_tree(
        tree((1, None), *((uid, 1) for uid in range(2, 30))),
        measure=fixed(),
        options=replace(OPTIONS, stack_threshold=None),
    )
    assert all(b.placement is Placement.LINE for b in lay)


def test_wide_leaf_block_beside_deep_subtree_no_overlap() -> None:
    """A tall compact block runs down past the rows of its neighbour's subtree."""
    s = tree(
        (1, None), (2, 1), (3, 1), (4, 1),
        *((uid, 2) for uid in range(10, 30)),
        (40, 3), (41, 40), (42, 41), (43, 42), (44, 43),
    )  # fmt: skip
    lay = layout_tree(s, measure=fixed(), options=OPTIONS)
    block_bottom = max(lay.box(uid).bottom for uid in range(10, 30))
    assert block_bottom > lay.box(42).y  # the block does reach the deep rows
    check_geometry(lay, s)
    assert crossings(lay) == []


def test_side_branch_beside_the_head() -> None:
    s = tree(
        (1, None, "kepala_daerah"),
        (2, 1, "wakil_kepala_daerah"),
        (3, 1, "staf_ahli"),
        (4, 1, "staf_ahli"),
        (5, 1, "dinas"),
        (6, 1, "dinas"),
    )
    lay = layout_tree(s, measure=fixed(), options=OPTIONS)
    head = lay.box(1)
    wakil, staf1, staf2 = lay.box(2), lay.box(3), lay.box(4)
    assert {b.placement for b in (wakil, staf1, staf2)} == {Placement.SIDE}
    trunk = head.center_x
    # first on the left, second on the right, third on the left of the next row
    assert wakil.right == trunk - OPTIONS.stub and staf1.x == trunk + OPTIONS.stub
    assert staf2.right == trunk - OPTIONS.stub
    assert wakil.y == staf1.y == 80 and staf2.y == 160
    # the OPDs form the next level below the side rows, centred under the head
    assert lay.box(5).y == lay.box(6).y == 240
    assert (lay.box(5).center_x + lay.box(6).center_x) / 2 == trunk
    edge = next(e for e in lay.edges if e.child_id == 2)
    assert edge.points == ((trunk, 40), (trunk, 100), (wakil.right, 100))
    edge = next(e for e in lay.edges if e.child_id == 3)
    assert edge.points[-1] == (staf1.x, 100)
    # the trunk to the OPDs passes between the side boxes
    assert crossings(lay) == []
    check_geometry(lay, s)


def test_side_kind_with_children_stays_in_the_line() -> None:
    s = tree((1, None, "kepala_daerah"), (2, 1, "staf_ahli"), (3, 2), (4, 1, "dinas"))
    lay = layout_tree(s, measure=fixed(), options=OPTIONS)
    assert lay.box(2).placement is Placement.LINE and lay.box(2).y == lay.box(4).y
    # ... unless its children are hidden: then it is a side box again
    lay = layout_tree(s, measure=fixed(), options=OPTIONS, collapsed={2})
    assert lay.box(2).placement is Placement.SIDE and lay.box(2).hidden_descendants == 1
    # and no side branches at all when none is asked for
    lay = layout_tree(
        tree((1, None), (2, 1, "staf_ahli")), measure=fixed(),
        options=replace(OPTIONS, side_kinds=frozenset()),
    )  # fmt: skip
    assert lay.box(2).placement is Placement.LINE


def test_collapsed_subtree_hides_and_counts() -> None:
    s = tree((1, None), (2, 1), (3, 1), (4, 2), (5, 2), (6, 4), (7, 3))
    lay = layout_tree(s, measure=fixed(), options=OPTIONS, collapsed={2})
    assert set(lay.boxes) == {1, 2, 3, 7}
    assert lay.box(2).hidden_descendants == 3 and lay.box(2).collapsed
    assert lay.box(1).hidden_descendants == 0 and not lay.box(3).collapsed
    assert {e.child_id for e in lay.edges} == {2, 3, 7}
    # a collapsed leaf hides nothing; an unknown id is ignored
    lay = layout_tree(s, measure=fixed(), options=OPTIONS, collapsed={7, 999})
    assert len(lay) == 7 and lay.box(7).hidden_descendants == 0


def test_max_depth_expands_to_level_n() -> None:
    s = tree((1, None), (2, 1), (3, 1), (4, 2), (5, 2), (6, 4), (7, 3))
    lay = layout_tree(s, measure=fixed(), options=OPTIONS, max_depth=1)
    assert set(lay.boxes) == {1, 2, 3}
    assert lay.box(2).hidden_descendants == 3 and lay.box(3).hidden_descendants == 1
    assert max(b.depth for b in lay) == 1
    lay = layout_tree(s, measure=fixed(), options=OPTIONS, max_depth=0)
    assert set(lay.boxes) == {1} and lay.box(1).hidden_descendants == 6
    lay = layout_tree(s, measure=fixed(), options=OPTIONS, max_depth=2, collapsed={3})
    assert set(lay.boxes) == {1, 2, 3, 4, 5}
    assert lay.box(4).hidden_descendants == 1 and lay.box(3).hidden_descendants == 1
    with pytest.raises(ValueError):
        layout_tree(s, measure=fixed(), max_depth=-1)


def test_forest_side_by_side_in_sibling_order() -> None:
    s = tree((1, None), (2, 1), (3, 1), (10, None), (20, 99))  # 20 is an orphan
    # sibling order is sort_order first: put the orphan before the second root
    s.units[20] = replace(s.units[20], sort_order=5)
    lay = layout_tree(s, measure=fixed(), options=OPTIONS)
    assert {lay.box(u).y for u in (1, 10, 20)} == {0}
    assert xy(lay, 1) == (60, 0)
    assert xy(lay, 20) == (220 + 80, 0)  # the first tree is 220 wide, then the tree gap
    assert xy(lay, 10) == (300 + 100 + 80, 0)
    assert all(b.depth == 0 for b in lay if b.unit_id in (1, 10, 20))
    check_geometry(lay, s)


def test_cycle_still_draws() -> None:
    s = tree((1, None), (2, 1), (5, 6), (6, 5), (7, 6))
    lay = layout_tree(s, measure=fixed(), options=OPTIONS)
    assert set(lay.boxes) == {1, 2, 5, 6, 7}
    assert len(lay.edges) == 3  # 1-2 and two of the cycle's subtree; one link is cut
    check_geometry(lay, s)


def test_root_lays_out_one_subtree() -> None:
    s = tree((1, None), (2, 1), (3, 1), (4, 2), (5, 2), (6, 4), (7, 3))
    lay = layout_tree(s, measure=fixed(), options=OPTIONS, root=2)
    assert set(lay.boxes) == {2, 4, 5, 6}
    assert xy(lay, 2) == (60, 0) and lay.box(2).depth == 0 and lay.box(6).depth == 2
    lay = layout_tree(s, measure=fixed(), options=OPTIONS, root=2, max_depth=1)
    assert set(lay.boxes) == {2, 4, 5} and lay.box(4).hidden_descendants == 1
    with pytest.raises(UnknownUnitError) as info:
        layout_tree(s, measure=fixed(), root=42)
    assert (info.value.code, info.value.params) == ("unit.not_in_structure", {"id": 42})
    assert "42" in str(info.value) and "42" in info.value.message("id")


def test_empty_structure_and_measure_calls() -> None:
    assert len(layout_tree(tree(), measure=fixed())) == 0
    seen: list[int] = []

    def measure(unit: Unit) -> tuple[float, float]:
        seen.append(unit.id)
        return 50, 20

    s = tree((1, None), (2, 1), (3, 2))
    layout_tree(s, measure=measure, collapsed={2})
    assert seen == [1, 2]  # hidden units are never measured


@pytest.mark.parametrize("size", [(-1, 10), (10, float("nan")), (float("inf"), 1)])
def test_bad_sizes_and_options_are_refused(size: tuple[float, float]) -> None:
    with pytest.raises(ValueError, match="unit 1"):
        layout_tree(tree((1, None)), measure=lambda u: size)


@pytest.mark.parametrize(
    "bad", [{"sibling_gap": -1}, {"level_gap": float("nan")}, {"stack_threshold": 0},
            {"stack_rows": 0}],
)  # fmt: skip
def test_bad_options_are_refused(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        LayoutOptions(**bad)  # type: ignore[arg-type]


def test_the_same_input_gives_the_same_layout() -> None:
    s = tree((1, None), (2, 1), (3, 1), (4, 2), (5, 2), (6, 3, "staf_ahli"))
    first = layout_tree(s, measure=fixed(), options=OPTIONS)
    again = layout_tree(s, measure=fixed(), options=OPTIONS)
    assert first == again

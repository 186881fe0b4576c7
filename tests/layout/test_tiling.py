"""Tiling a large layout into pages: full cover with the asked overlap, every box on a
page, neighbours for the continuation marks."""

from __future__ import annotations

import pytest

from rbdesk.interchange.synthetic import generate
from rbdesk.layout import Layout, layout_tree, tile
from rbdesk.layout.tiling import spans

from .trees import OPTIONS, fixed, tree


@pytest.fixture(scope="module")
def big() -> Layout:
    _, (current,) = generate(1000, seed=1, proposal=False)
    return layout_tree(current, measure=lambda u: (60 + len(u.name) % 7 * 10, 30), options=OPTIONS)


@pytest.mark.parametrize(
    ("page", "overlap"), [((800, 600), 100), ((1200, 400), 0), ((500, 700), 90)]
)
def test_tiles_cover_the_layout_with_overlap(big: Layout, page: tuple[float, float],
                                             overlap: float) -> None:  # fmt: skip
    width, height = page
    tiles = tile(big, width, height, overlap)
    columns = max(t.column for t in tiles) + 1
    rows = max(t.row for t in tiles) + 1
    assert len(tiles) == rows * columns > 1
    assert [t.index for t in tiles] == list(range(len(tiles)))
    for axis, size, total in (("x", "width", big.width), ("y", "height", big.height)):
        line = sorted({getattr(t, axis) for t in tiles})
        extent = getattr(tiles[0], size)
        assert line[0] == 0 and line[-1] + extent == pytest.approx(total)
        for a, b in zip(line, line[1:], strict=False):
            assert a + extent - b >= overlap - 1e-6  # neighbours share the overlap band
            assert b > a
    for t in tiles:
        assert (t.width, t.height) == (min(width, big.width), min(height, big.height))
        assert t.x + t.width <= big.width + 1e-6 and t.y + t.height <= big.height + 1e-6


def test_every_box_on_a_tile_and_whole_on_one_when_small(big: Layout) -> None:
    tiles = tile(big, 900, 500, 140)  # the overlap is larger than any box
    for box in big:
        assert any(t.intersects(box) for t in tiles)
        assert any(t.contains(box) for t in tiles), box
    # the boxes of a tile, from the layout's own lookup
    first = tiles[0]
    assert {b.unit_id for b in big.boxes_in(first.x, first.y, first.width, first.height)} == {
        b.unit_id for b in big if first.intersects(b)
    }


def test_neighbours_for_continuation_marks(big: Layout) -> None:
    tiles = tile(big, 800, 200, 50)
    by_place = {(t.row, t.column): t for t in tiles}
    for t in tiles:
        for side, (dr, dc) in {"above": (-1, 0), "below": (1, 0), "left": (0, -1),
                               "right": (0, 1)}.items():  # fmt: skip
            other = by_place.get((t.row + dr, t.column + dc))
            assert getattr(t, side) == (other.index if other else None)
        assert set(t.neighbours()) == {s for s in ("above", "below", "left", "right")
                                       if getattr(t, s) is not None}  # fmt: skip
    corner = tiles[0]
    assert corner.neighbours() == {"below": by_place[(1, 0)].index, "right": 1}


def test_a_small_layout_is_one_tile() -> None:
    lay = layout_tree(tree((1, None), (2, 1), (3, 1)), measure=fixed(), options=OPTIONS)
    (only,) = tile(lay, 800, 600, 50)
    assert (only.x, only.y, only.width, only.height) == (0, 0, lay.width, lay.height)
    assert only.neighbours() == {}
    assert tile(Layout(), 100, 100)[0].width == 0


def test_spans_exact_fit_and_refusals() -> None:
    assert spans(1000, 600, 200) == [0, 400]  # two pages exactly, no third
    assert spans(1001, 600, 200) == [0, 400, 401]  # the last page ends at the edge
    lay = layout_tree(tree((1, None)), measure=fixed(), options=OPTIONS)
    for bad in ((100, 100, 100), (100, 100, -1), (0, 100, 0), (100, float("nan"), 0)):
        with pytest.raises(ValueError):
            tile(lay, *bad)


def test_gap_spans_cut_between_boxes_and_even_out() -> None:
    from rbdesk.layout.tiling import gap_spans

    boxes = [(0, 100), (110, 200), (210, 300), (310, 400)]
    pages = gap_spans(boxes, 400, 250)
    assert len(pages) == 2 and pages[0][0] == 0 and pages[-1][1] == 400
    for (_, end), (start, _) in zip(pages, pages[1:], strict=False):
        assert end == start
        assert not any(a < end < b for a, b in boxes)  # the cut is between boxes
    assert all(end - start <= 250 for start, end in pages)
    assert gap_spans(boxes, 400, 400) == [(0.0, 400)]
    # A chain of overlapping boxes longer than a page: the next page starts at the
    # first box the cut crosses, so that box is whole there.
    chain = [(0, 100), (90, 200), (190, 300), (290, 400)]
    pages = gap_spans(chain, 400, 250)
    assert len(pages) == 2
    for a, b in chain:
        assert any(start <= a and b <= end for start, end in pages)


def test_tile_in_gaps_never_cuts_a_box(big: Layout) -> None:
    from rbdesk.layout.tiling import tile_in_gaps

    tiles = tile_in_gaps(big, 900, 300)
    assert len(tiles) > 1
    for t in tiles:
        assert all(t.contains(b) for b in big if t.intersects(b))
        assert any(t.intersects(b) for b in big)
    assert all(any(t.contains(b) for t in tiles) for b in big)

"""Chart pages: a chart is put on one page when some shape of it fits at 6 pt or more,
and a chart that needs several pages is cut only between boxes, with no empty page and
marks that name the right neighbours."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from rbdesk.domain.model import Structure
from rbdesk.i18n import labels
from rbdesk.interchange.synthetic import write_generated
from rbdesk.layout import Layout, layout_tree
from rbdesk.report import ReportInputs, ReportResult, writer
from rbdesk.report import charts as charts_module
from rbdesk.report.chart_pages import ChartChoice, charts_section
from rbdesk.report.charts import Chart, ChartPage
from rbdesk.report.pages import Marks
from rbdesk.report.sections import Story
from rbdesk.rules import default_catalogue
from tests.report.conftest import DAY

Report = tuple[Path, ReportResult]


def _charts_of(inputs: ReportInputs, paper: str = "A4") -> list[Chart]:
    """The charts of the report of ``inputs``, one per chart (not per page), in order."""
    a = writer.analyse_inputs(inputs, DAY)
    geometry = writer._geometry(paper)
    choice = ChartChoice(edition="kerja", paper=paper)
    pages = charts_section(a, Story(labels("id"), Marks()), geometry, writer.PAPERS, choice)
    return [page.chart for page in pages if isinstance(page, ChartPage) and page.index == 0]


def assert_cut_between_boxes(chart: Chart) -> None:
    """Every box is either whole on a tile or not on it at all; each tile holds a box;
    the tiles' neighbours agree with their places and with each other."""
    layout = chart.layout
    tiles = chart.tiles
    assert [t.index for t in tiles] == list(range(len(tiles)))
    for t in tiles:
        on_tile = [b for b in layout if t.intersects(b)]
        assert on_tile, f"tile {t.index} holds no box"
        for box in on_tile:
            assert t.contains(box), f"tile {t.index} cuts box {box.unit_id}: {t} {box}"
        for side, other in t.neighbours().items():
            o = tiles[other]
            opposite = {"above": "below", "below": "above", "left": "right", "right": "left"}
            assert getattr(o, opposite[side]) == t.index
            if side in ("left", "right"):
                assert o.row == t.row and (o.column < t.column) == (side == "left")
                if abs(o.column - t.column) == 1:  # not across a dropped, empty tile
                    edge = t.x if side == "left" else t.x + t.width
                    assert edge == pytest.approx(o.x + o.width if side == "left" else o.x)
            else:
                assert o.column == t.column and (o.row < t.row) == (side == "above")
    for box in layout:
        assert sum(t.contains(box) for t in tiles) == 1
    assert not chart.too_large
    least = charts_module.MIN_TEXT / min(chart.texts.name_size, charts_module.DETAIL_SIZE)
    assert chart.scale >= least - 1e-9


@pytest.fixture(scope="module")
def generated() -> Structure:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        with write_generated(Path(tmp) / "g.rbd", 600, seed=3) as store:
            return store.load(store.scenarios()[0].id)


def test_a_tiled_chart_is_cut_only_between_boxes(generated: Structure) -> None:
    texts = charts_module.BoxTexts(generated, default_catalogue(), labels("id"), {})
    layout = layout_tree(generated, measure=texts.measure, options=charts_module.OPTIONS)
    chart = charts_module.fit(Chart(layout, texts, "", ""), 760, 200)
    assert len(chart.tiles) > 1
    rows = {t.row for t in chart.tiles}
    columns = {t.column for t in chart.tiles}
    assert len(rows) > 1 and len(columns) > 1  # a grid both ways
    assert_cut_between_boxes(chart)


def test_no_tile_is_empty_and_marks_skip_dropped_tiles() -> None:
    from rbdesk.layout import Box
    from rbdesk.layout.tiling import tile_in_gaps

    # An L of boxes: the bottom-right page would hold nothing.
    boxes = {
        1: Box(1, 0, 0, 80, 40, 0),
        2: Box(2, 120, 0, 80, 40, 1),
        3: Box(3, 0, 120, 80, 40, 1),
    }
    tiles = tile_in_gaps(Layout(boxes, (), 200, 160), 100, 100)
    assert [(t.row, t.column) for t in tiles] == [(0, 0), (0, 1), (1, 0)]
    assert tiles[1].below is None and tiles[2].right is None
    assert tiles[0].right == 1 and tiles[0].below == 2


def test_the_sample_charts_each_fit_one_page_of_the_working_copy(
    sample_inputs: ReportInputs,
) -> None:
    # In the compact layout (leaves stacked under their parent) every chart of the
    # sample fits one A4 page; a plan that does not is tiled (test_chart_pages).
    for chart in _charts_of(sample_inputs):
        assert len(chart.tiles) == 1, chart.title
        assert_cut_between_boxes(chart)


def test_the_region_chart_of_the_sample_takes_one_page(sample_inputs: ReportInputs) -> None:
    region = _charts_of(sample_inputs)[:2]  # current, then proposal
    for chart in region:
        assert "perangkat daerah" in chart.title
        assert len(chart.tiles) == 1
        assert min(chart.texts.name_size, charts_module.DETAIL_SIZE) * chart.scale >= 6 - 1e-9


def test_the_region_chart_prints_on_one_page(sample_report: Report) -> None:
    path, _ = sample_report
    reader = PdfReader(path)
    titles = [
        n
        for n, page in enumerate(reader.pages, start=1)
        if re.search(r"Bagan perangkat daerah – (kondisi saat ini|usulan)", page.extract_text())
    ]
    assert len(titles) == 2, titles

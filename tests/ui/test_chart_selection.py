"""Choosing units in the chart with the mouse: a click chooses one, Ctrl-click toggles,
Shift-click adds, a Ctrl-drag on the background draws a rubber band that adds the boxes
inside it, a plain drag on the background pans; every chosen box is drawn highlighted.
The static mode shows any structure read only; change marks colour their boxes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QRubberBand

from rbdesk.analysis.marks import Mark
from rbdesk.ui.chart import MARK_COLOURS, SELECTED_FILL, ChartView
from rbdesk.ui.document import Document
from tests.ui.helpers import on_disk

Left = Qt.MouseButton.LeftButton
Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def chart(qtbot, sukamaju: Document) -> Iterator[ChartView]:
    """The sample's current scenario at OPD level, at actual size."""
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.set_document(sukamaju)
    view.show()
    qtbot.waitExposed(view)
    view.actual_size()
    view.centerOn(view.item.layout.boxes[sukamaju.structure.roots()[0]].x, 0)
    yield view
    view.clear()


def centre(chart: ChartView, uid: int) -> QPoint:
    box = chart.item.layout.boxes[uid]
    return chart.mapFromScene(QPointF(box.x + box.width / 2, box.y + box.height / 2))


def shown(chart: ChartView, count: int) -> list[int]:
    """``count`` units whose boxes lie wholly in the viewport, top to bottom."""
    area = chart.mapToScene(chart.viewport().rect()).boundingRect().adjusted(10, 10, -10, -10)
    boxes = chart.item.boxes_in(area)
    assert len(boxes) >= count
    return boxes[:count]


def colour_at(chart: ChartView, scene: QPointF) -> QColor:
    image = chart.viewport().grab().toImage()
    point = chart.mapFromScene(scene) * image.devicePixelRatio()
    return QColor(image.pixel(point.x(), point.y()))


def test_a_click_chooses_one_unit(qtbot, chart: ChartView) -> None:
    a, b = shown(chart, 2)
    chosen: list[int] = []
    changes: list[list[int]] = []
    chart.unit_selected.connect(chosen.append)
    chart.selection_changed.connect(changes.append)
    qtbot.mouseClick(chart.viewport(), Left, pos=centre(chart, a))
    assert (chart.selected, chart.selected_ids) == (a, [a])
    qtbot.mouseClick(chart.viewport(), Left, pos=centre(chart, b))
    assert (chart.selected, chart.selected_ids) == (b, [b])
    assert chosen == [a, b]
    assert changes == [[a], [b]]


def test_ctrl_click_toggles_and_shift_click_adds(qtbot, chart: ChartView) -> None:
    a, b, c = shown(chart, 3)
    chosen: list[int] = []
    changes: list[list[int]] = []
    qtbot.mouseClick(chart.viewport(), Left, pos=centre(chart, a))
    chart.unit_selected.connect(chosen.append)
    chart.selection_changed.connect(changes.append)
    qtbot.mouseClick(chart.viewport(), Left, Ctrl, centre(chart, b))
    assert chart.selected_ids == [a, b]
    qtbot.mouseClick(chart.viewport(), Left, Shift, centre(chart, c))
    assert chart.selected_ids == [a, b, c]
    assert chart.selected == c
    qtbot.mouseClick(chart.viewport(), Left, Ctrl, centre(chart, a))  # toggled off
    assert chart.selected_ids == [b, c]
    qtbot.mouseClick(chart.viewport(), Left, Shift, centre(chart, b))  # already chosen
    assert chart.selected_ids == [b, c]
    assert changes == [[a, b], [a, b, c], [b, c], [b, c]]
    assert chosen == []  # only a plain click makes a unit the current one


def test_every_chosen_box_is_highlighted(qtbot, chart: ChartView) -> None:
    a, b, c = shown(chart, 3)
    qtbot.mouseClick(chart.viewport(), Left, pos=centre(chart, a))
    qtbot.mouseClick(chart.viewport(), Left, Ctrl, centre(chart, c))

    def fill(uid: int) -> QColor:  # inside the box, right of its text
        box = chart.item.layout.boxes[uid]
        return colour_at(chart, QPointF(box.right - 5, box.y + box.height / 2))

    assert fill(a) == SELECTED_FILL
    assert fill(c) == SELECTED_FILL
    assert fill(b) != SELECTED_FILL


def test_ctrl_drag_on_the_background_draws_a_rubber_band(qtbot, chart: ChartView) -> None:
    first, *_ = shown(chart, 4)
    qtbot.mouseClick(chart.viewport(), Left, pos=centre(chart, first))
    boxes = chart.item.layout.boxes
    inside = shown(chart, 4)[1:3]
    area = QRectF()
    for uid in inside:
        box = boxes[uid]
        area = area.united(QRectF(box.x, box.y, box.width, box.height))
    start = chart.mapFromScene(area.topLeft() - QPointF(4, 4))
    end = chart.mapFromScene(area.bottomRight() + QPointF(4, 4))
    assert chart.item.box_at(chart.mapToScene(start)) is None  # the background
    band_area = chart.mapToScene(QRect(start, end)).boundingRect()
    expected = [u for u in chart.item.boxes_in(band_area) if u != first]
    assert set(inside) <= set(expected)
    changes: list[list[int]] = []
    chart.selection_changed.connect(changes.append)
    h, v = chart.horizontalScrollBar().value(), chart.verticalScrollBar().value()
    qtbot.mousePress(chart.viewport(), Left, Ctrl, start)
    qtbot.mouseMove(chart.viewport(), (start + end) / 2)
    band = chart.viewport().findChild(QRubberBand)
    assert band is not None and band.isVisible()
    qtbot.mouseMove(chart.viewport(), end)
    qtbot.mouseRelease(chart.viewport(), Left, Ctrl, end)
    assert not band.isVisible()
    assert chart.selected_ids == [first, *expected]  # added to what was chosen
    assert changes == [[first, *expected]]
    assert (chart.horizontalScrollBar().value(), chart.verticalScrollBar().value()) == (h, v)


def test_shift_drag_adds_too_and_an_empty_band_changes_nothing(qtbot, chart: ChartView) -> None:
    a, b = shown(chart, 2)
    qtbot.mouseClick(chart.viewport(), Left, pos=centre(chart, a))
    box = chart.item.layout.boxes[b]
    start = chart.mapFromScene(QPointF(box.x - 4, box.y - 4))
    end = chart.mapFromScene(QPointF(box.right + 4, box.y + box.height + 4))
    qtbot.mousePress(chart.viewport(), Left, Shift, start)
    qtbot.mouseMove(chart.viewport(), end)
    qtbot.mouseRelease(chart.viewport(), Left, Shift, end)
    assert chart.selected_ids == [a, b]
    changes: list[list[int]] = []
    chart.selection_changed.connect(changes.append)
    corner = chart.mapFromScene(QPointF(box.x - 4, box.y - 4))
    qtbot.mousePress(chart.viewport(), Left, Ctrl, corner)
    qtbot.mouseMove(chart.viewport(), corner + QPoint(2, 2))
    qtbot.mouseRelease(chart.viewport(), Left, Ctrl, corner + QPoint(2, 2))
    assert chart.selected_ids == [a, b]
    assert changes == []


def test_a_plain_drag_on_the_background_pans(qtbot, chart: ChartView) -> None:
    a, _b = shown(chart, 2)
    qtbot.mouseClick(chart.viewport(), Left, pos=centre(chart, a))
    chart.zoom(2.0)
    box = chart.item.layout.boxes[a]
    chart.centerOn(box.x + box.width / 2, box.y - 10)
    start = chart.mapFromScene(QPointF(box.x + box.width / 2, box.y - 10))
    assert chart.item.box_at(chart.mapToScene(start)) is None
    h, v = chart.horizontalScrollBar().value(), chart.verticalScrollBar().value()
    qtbot.mousePress(chart.viewport(), Left, pos=start)
    qtbot.mouseMove(chart.viewport(), start + QPoint(-40, -30))
    qtbot.mouseMove(chart.viewport(), start + QPoint(-80, -60))
    qtbot.mouseRelease(chart.viewport(), Left, pos=start + QPoint(-80, -60))
    assert chart.horizontalScrollBar().value() == h + 80
    assert chart.verticalScrollBar().value() == v + 60
    assert chart.selected_ids == [a]


def test_set_selection_and_select_unit_emit_nothing(qtbot, chart: ChartView) -> None:
    a, b, c = shown(chart, 3)
    emitted: list[object] = []
    chart.unit_selected.connect(emitted.append)
    chart.selection_changed.connect(emitted.append)
    chart.set_selection([b, c, b])
    assert (chart.selected_ids, chart.selected) == ([b, c], b)
    chart.select_unit(c)  # part of the selection: it stays
    assert (chart.selected_ids, chart.selected) == ([b, c], c)
    chart.select_unit(a)
    assert (chart.selected_ids, chart.selected) == ([a], a)
    chart.set_selection([])
    assert (chart.selected_ids, chart.selected) == ([], None)
    assert emitted == []


def test_the_static_mode_shows_any_structure_without_edits(qtbot, sukamaju: Document) -> None:
    proposal = next(s for s in sukamaju.scenarios() if s.derived_from is not None)
    structure = sukamaju.store.load(proposal.id)
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show_structure(structure, catalogue=sukamaju.catalogue)
    view.show()
    qtbot.waitExposed(view)
    view.actual_size()
    assert set(view.item.layout.boxes) <= set(structure.units)
    a, b = view.item.boxes_in(view.mapToScene(view.viewport().rect()).boundingRect())[:2]
    before = on_disk(sukamaju, proposal.id).units[a].parent_id
    # a drag of a box onto another moves nothing, and says nothing
    messages: list[str] = []
    view.message.connect(messages.append)
    qtbot.mousePress(view.viewport(), Left, pos=centre(view, a))
    qtbot.mouseMove(view.viewport(), centre(view, a) + QPoint(20, 20))
    qtbot.mouseMove(view.viewport(), centre(view, b))
    qtbot.mouseRelease(view.viewport(), Left, pos=centre(view, b))
    assert on_disk(sukamaju, proposal.id).units[a].parent_id == before
    assert messages == [] and not view.drop(a, b)
    assert view.selected_ids == [a]
    # showing the same scenario again keeps the zoom and the selection
    view.zoom(2.0)
    scale = view.transform().m11()
    view.show_structure(structure)
    assert view.transform().m11() == scale and view.selected_ids == [a]
    view.clear()


def test_marks_colour_the_boxes(qtbot, chart: ChartView) -> None:
    a, b = shown(chart, 2)
    chart.set_marks({a: Mark.MERGED, b: Mark.REMOVED})
    boxes = chart.item.layout.boxes
    band = QPointF(boxes[a].x + 20, boxes[a].y + 3)
    assert colour_at(chart, band) == MARK_COLOURS[Mark.MERGED]
    assert chart.mark_label(Mark.TO_FUNCTIONAL) == "Dialihkan ke JF"
    chart.language = "en"
    assert chart.mark_label(Mark.TO_FUNCTIONAL) == "To functional group"
    chart.set_marks(None)
    assert colour_at(chart, band) != MARK_COLOURS[Mark.MERGED]

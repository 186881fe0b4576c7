"""The organisation chart: the tidy layout of ``rbdesk.layout`` drawn in a
``QGraphicsView``.

The whole chart is one graphics item that paints the boxes and connectors inside the
exposed rectangle, found through a grid index, rather than one item per box: a plan of
10,000 units would otherwise keep 20,000 Python wrappers alive (slow, and PySide6
6.12 aborts at exit with that many; STYLE.md). Far out, boxes are drawn as plain
rectangles (level of detail). Each box shows the name, the kind with type and
eselon, and the headcount, edged in the colour of the worst finding on the unit.
Coordination links between two shown units are drawn as dashed purple lines.

Gestures: wheel zooms, dragging the background pans, a click selects one unit,
Ctrl-click toggles a unit in the selection, Shift-click adds one, Ctrl- or Shift-drag
on the background draws a rubber band that adds the boxes inside it, a double click
collapses or expands a subtree, dragging a box onto another moves the unit there
(one undo step), refused with the reason when the move would make a cycle or break a
parent-kind rule.

A chart shows the document's active scenario and follows its edits, or, in the
*static* mode (:meth:`ChartView.show_structure`), any structure, read only: the
before/after view shows two. Boxes can carry change marks (:meth:`ChartView.set_marks`):
a coloured band and a tag naming the mark; a collapsed box counts the marked units it
hides.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QRubberBand,
    QStyleOptionGraphicsItem,
    QToolTip,
    QWidget,
)

from rbdesk.analysis.findings import Finding
from rbdesk.analysis.marks import Mark
from rbdesk.analysis.rollup import Totals, rollups
from rbdesk.domain.model import Structure
from rbdesk.i18n import labels
from rbdesk.layout import COMPACT, Layout, LayoutOptions, Placement, layout_tree
from rbdesk.perf import gc_paused
from rbdesk.rules.catalogue import Catalogue, default_catalogue
from rbdesk.ui.commands import MoveUnitCommand, push
from rbdesk.ui.models import SEVERITY_COLOURS, worst_severity
from rbdesk.ui.plaintext import plain_tooltip

BOX_W = 176.0
BOX_H = 70.0
CELL = 512.0
OPTIONS = LayoutOptions()
#: The compact layout (View → Compact layout, on unless turned off): leaves stacked
#: under their parent, wide rows wrapped; at OPD level it draws as the tidy one.
COMPACT_OPTIONS = COMPACT
# Up to this many units an edit's new layout is made at once, else on a thread (the
# chart shows the last layout for that moment); what the user asks for (expand,
# collapse, reveal) is always laid out at once.
SYNC_LAYOUT = 2000
# Up to this many units the totals are counted at once, else on a thread after an edit.
SYNC_TOTALS = 2000
# Below this scale boxes are drawn as plain rectangles, without text.
FAR = 0.35
# Below this scale a chart's text cannot be read (its 8.5 pt titles under 8 px): it does
# not open that small.
READABLE = 0.7
# How far a mark's tag reaches out of its box: the grid indexes boxes with this margin
# so that a repaint of the margin alone still finds the box.
MARGIN = 8.0

# The colour of each change mark (the legend of the before/after view shows them).
MARK_COLOURS: dict[Mark, QColor] = {
    Mark.ADDED: QColor("#2e7d32"),
    Mark.REMOVED: QColor("#c62828"),
    Mark.MOVED: QColor("#e65100"),
    Mark.CHANGED: QColor("#f9a825"),
    Mark.MERGED: QColor("#6a1b9a"),
    Mark.SPLIT: QColor("#d81b60"),
    Mark.TO_FUNCTIONAL: QColor("#00838f"),
}
# Text on a mark's colour: dark on the light ones.
MARK_TEXT: dict[Mark, QColor] = {
    mark: QColor("#212121" if colour.lightness() > 140 else "#ffffff")
    for mark, colour in MARK_COLOURS.items()
}
SELECTED_PEN = QColor("#0d47a1")
SELECTED_FILL = QColor("#fff8d6")
# A box's fill by kind, its edge when no finding concerns it, a coordination link's
# colour (the legend, ``rbdesk.ui.legend``, shows the same).
FILL_OPD = QColor("#e3f2fd")
FILL_STRUCTURAL = QColor("#ffffff")
FILL_FUNCTIONAL = QColor("#f1f8e9")
EDGE_PLAIN = QColor("#90a4ae")
LINK_COLOUR = QColor("#6a1b9a")


class ChartItem(QGraphicsItem):
    """Paints a whole layout; answers which box lies under a point."""

    def __init__(self, view: ChartView) -> None:
        super().__init__()
        # ``paint`` is told the exposed rectangle: a repaint of one box (or a scroll)
        # draws what is there, not the whole chart
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.view = view
        self.layout = Layout()
        self.grid: dict[tuple[int, int], list[int]] = {}
        self.edge_grid: dict[tuple[int, int], list[int]] = {}
        self.font = QFont()
        self.font.setPointSizeF(8.5)
        self.small = QFont(self.font)
        self.small.setPointSizeF(7.5)
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.struck = QFont(self.bold)
        self.struck.setStrikeOut(True)
        self.tag = QFont(self.font)
        self.tag.setPointSizeF(6.5)
        self.tag.setBold(True)
        self.bold_metrics = QFontMetricsF(self.bold)
        self.small_metrics = QFontMetricsF(self.small)
        self.tag_metrics = QFontMetricsF(self.tag)
        self.text_cache: dict[int, tuple[tuple[Any, ...], tuple[list[str], str, str]]] = {}
        #: Coordination links between two shown boxes, as (from, to) border points.
        self.links: list[tuple[QPointF, QPointF]] = []
        # far out: all connectors as one path, the boxes by colour (``_paint_far``)
        self._far_edges: QPainterPath | None = None
        self._far_rects: list[tuple[int, QRectF]] | None = None
        self._far_cache: tuple[Any, Any, dict[tuple[int, int], list[QRectF]]] | None = None

    def set_links(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Draw a dashed line for each coordination link whose two units are shown."""
        boxes = self.layout.boxes
        self.links = [
            _border_points(boxes[a], boxes[b])
            for a, b in pairs
            if a in boxes and b in boxes and a != b
        ]
        self.update()

    def set_layout(self, layout: Layout, made: Prepared | None = None) -> None:
        """Draw ``layout``; ``made`` is what ``prepare`` made of it already (on a
        thread)."""
        self.prepareGeometryChange()
        self.layout = layout
        if made is None:
            self.grid, self.edge_grid = grid_index(layout)
            self._far_edges = None
            self._far_rects = None
            self._far_cache = None
        else:
            self.grid, self.edge_grid, self._far_edges, self._far_rects, self._far_cache = made
        self.update()

    def update_unit(self, unit_id: int) -> None:
        """Repaint one box (its texts changed, not its place)."""
        box = self.layout.boxes.get(unit_id)
        if box is not None:
            self.update(QRectF(box.x - MARGIN, box.y - MARGIN, box.width + 2 * MARGIN,
                               box.height + 2 * MARGIN))  # fmt: skip

    def boundingRect(self) -> QRectF:
        return QRectF(-20, -20, self.layout.width + 40, self.layout.height + 40)

    def box_at(self, point: QPointF) -> int | None:
        cell = (int(point.x() // CELL), int(point.y() // CELL))
        for uid in self.grid.get(cell, []):
            box = self.layout.boxes[uid]
            if box.x <= point.x() <= box.right and box.y <= point.y() <= box.y + box.height:
                return uid
        return None

    def boxes_in(self, rect: QRectF) -> list[int]:
        """The units whose boxes lie wholly inside ``rect``, top to bottom, left to right."""
        boxes = self.layout.boxes
        found = {
            uid
            for cell in _cells(rect.left(), rect.top(), rect.right(), rect.bottom())
            for uid in self.grid.get(cell, [])
        }
        inside = [
            uid
            for uid in found
            if rect.contains(QRectF(boxes[uid].x, boxes[uid].y, boxes[uid].width,
                                    boxes[uid].height))
        ]  # fmt: skip
        return sorted(inside, key=lambda uid: (boxes[uid].y, boxes[uid].x))

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        exposed = option.exposedRect
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if lod < FAR:
            self._paint_far(painter, exposed)
            return
        cells = list(_cells(exposed.left(), exposed.top(), exposed.right(), exposed.bottom()))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, lod > 0.5)
        edges = {n for cell in cells for n in self.edge_grid.get(cell, [])}
        painter.setPen(QPen(QColor("#78909c"), 1.2))
        for n in edges:
            points = self.layout.edges[n].points
            path = QPainterPath(QPointF(*points[0]))
            for point in points[1:]:
                path.lineTo(QPointF(*point))
            painter.drawPath(path)
        # under the boxes, as org charts draw them: visible between boxes
        if self.links:
            pen = QPen(LINK_COLOUR, 1.6, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for start, end in self.links:
                if exposed.intersects(QRectF(start, end).normalized().adjusted(-2, -2, 2, 2)):
                    painter.drawLine(start, end)
        visible = {uid for cell in cells for uid in self.grid.get(cell, [])}
        units = self.view.structure.units if self.view.structure is not None else {}
        catalogue = self.view.catalogue
        for uid in visible:
            unit = units.get(uid)
            if unit is not None:
                self._paint_box(painter, unit, catalogue, lod)

    def _paint_far(self, painter: QPainter, exposed: QRectF) -> None:
        """Far out (the overview, a large chart fitted): connectors as one path and
        boxes as plain rectangles, drawn a colour at a time; both made once per layout
        (and per findings, selection and marks for the boxes), not once per paint."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if self._far_edges is None:
            self._far_edges = edge_path(self.layout)
        painter.setPen(QPen(QColor("#78909c"), 0))  # a hairline at any scale
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._far_edges)
        if self.links:
            painter.setPen(QPen(LINK_COLOUR, 0, Qt.PenStyle.DashLine))
            for start, end in self.links:
                painter.drawLine(start, end)
        for (fill, edge), rects in self._far_boxes().items():
            painter.setPen(QPen(QColor.fromRgba(edge), 0))
            painter.setBrush(QColor.fromRgba(fill))
            painter.drawRects(rects)

    def _far_boxes(self) -> dict[tuple[int, int], list[QRectF]]:
        """The boxes as rectangles by colour (``far_groups``), made once per layout,
        findings, selection and marks."""
        view = self.view
        same, key = view.far_key()
        cached = self._far_cache
        if (cached is not None and cached[1] == key
                and all(a is b for a, b in zip(cached[0], same, strict=True))):  # fmt: skip
            return cached[2]
        if self._far_rects is None:
            self._far_rects = box_rects(self.layout)
        groups = far_groups(self._far_rects, view.catalogue, *same, *key)
        self._far_cache = (same, key, groups)
        return groups

    def _paint_box(self, painter: QPainter, unit: Any, catalogue: Catalogue, lod: float) -> None:
        view = self.view
        uid = unit.id
        box = self.layout.boxes[uid]
        rect = QRectF(box.x, box.y, box.width, box.height)
        severity = view.worst.get(uid)
        edge = SEVERITY_COLOURS[severity] if severity else EDGE_PLAIN
        selected = uid == view.selected or uid in view.selected_set
        mark = view.marks.get(uid)
        gone = mark is Mark.REMOVED
        kind = catalogue.kinds.get(unit.kind)
        fill = FILL_STRUCTURAL if kind is None or kind.structural else FILL_FUNCTIONAL
        if kind is not None and kind.opd:
            fill = FILL_OPD
        if selected:
            fill = SELECTED_FILL
        if gone:
            edge = QColor("#9e9e9e")
            fill = QColor(fill)
            fill.setAlpha(110)
        pen = QPen(SELECTED_PEN if selected else edge, 3 if selected else 2)
        if gone:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(rect, 5, 5)
        hidden_marks = view.hidden_marks.get(uid, 0)
        if lod < FAR:  # far out: a marked box, or one hiding marks, is filled in
            if mark is not None or hidden_marks:
                colour = MARK_COLOURS[mark] if mark is not None else QColor("#78909c")
                self._paint_band(painter, rect, colour, rect.height())
            return
        if mark is not None:
            self._paint_band(painter, rect, MARK_COLOURS[mark], 6)
        inner = rect.adjusted(6, 6 if mark is not None else 4, -6, -4)
        lines, details, staff = self._texts(unit, box.hidden_descendants, inner.width(), catalogue)
        painter.setPen(QColor("#9e9e9e" if gone else "#212121"))
        painter.setFont(self.struck if gone else self.bold)
        y = inner.top() + self.bold_metrics.ascent()
        for line in lines:
            painter.drawText(QPointF(inner.left(), y), line)
            y += self.bold_metrics.lineSpacing()
        painter.setFont(self.small)
        small = self.small_metrics
        painter.setPen(QColor("#9e9e9e" if gone else "#455a64"))
        painter.drawText(
            QPointF(inner.left(), inner.bottom() - small.descent() - small.lineSpacing()), details
        )
        painter.drawText(QPointF(inner.left(), inner.bottom() - small.descent()), staff)
        if mark is not None:
            # astride the top edge, at the right: clear of the name and of the connectors
            self._paint_tag(painter, rect.right() - 4, rect.top(), view.mark_label(mark),
                            MARK_COLOURS[mark], MARK_TEXT[mark])  # fmt: skip
        if hidden_marks:
            text = QCoreApplication.translate("ChartView", "{count} changes inside").format(
                count=hidden_marks
            )
            self._paint_tag(painter, rect.right() - 4, rect.bottom(), text,
                            QColor("#37474f"), QColor("#ffffff"))  # fmt: skip

    def _paint_band(self, painter: QPainter, rect: QRectF, colour: QColor, height: float) -> None:
        """The coloured top band of a marked box, inside its rounded outline."""
        painter.save()
        painter.setClipRect(QRectF(rect.left(), rect.top(), rect.width(), height))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)
        painter.restore()

    def _paint_tag(
        self, painter: QPainter, right: float, middle: float, text: str, fill: QColor, ink: QColor
    ) -> None:
        """A small label ending at ``right``, centred on ``middle`` (an edge of a box)."""
        metrics = self.tag_metrics
        width = metrics.horizontalAdvance(text) + 8
        height = metrics.height() + 2
        tag = QRectF(right - width, middle - height / 2, width, height)
        painter.setPen(QPen(QColor("#ffffff"), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(tag, 3, 3)
        painter.setPen(ink)
        painter.setFont(self.tag)
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, text)

    def _texts(
        self, unit: Any, hidden: int, width: float, catalogue: Catalogue
    ) -> tuple[list[str], str, str]:
        """The wrapped name, the detail line and the staff line of a box, cached per
        unit until something they show changes (wrapping text costs more than drawing)."""
        view = self.view
        total = view.totals().get(unit.id)
        below = total.staff if total is not None and total.units > 1 else None
        key = (unit.name, unit.kind, unit.unit_type, unit.eselon, unit.headcount_existing,
               unit.headcount_needed, hidden, view.language, width, below)  # fmt: skip
        cached = self.text_cache.get(unit.id)
        if cached is not None and cached[0] == key:
            return cached[1]
        kind = catalogue.kinds.get(unit.kind)
        label = (kind.name_id if view.language == "id" else kind.name_en) if kind else unit.kind
        details = [label]
        if unit.unit_type:
            details.append(
                QCoreApplication.translate("ChartView", "type {code}").format(code=unit.unit_type)
            )
        if unit.eselon:
            details.append(unit.eselon)
        detail = self.small_metrics.elidedText(
            " · ".join(details), Qt.TextElideMode.ElideRight, width
        )
        staff = QCoreApplication.translate("ChartView", "staff {existing}/{needed}").format(
            existing=unit.headcount_existing, needed=unit.headcount_needed
        )
        if below is not None:  # the unit and all below it
            staff += f" · Σ {below[0]}/{below[1]}"
        if hidden:
            staff += f"   +{hidden}"
        staff = self.small_metrics.elidedText(staff, Qt.TextElideMode.ElideRight, width)
        texts = (_wrap(unit.name, self.bold_metrics, width, 2), detail, staff)
        self.text_cache[unit.id] = (key, texts)
        return texts


def _border_points(a: Any, b: Any) -> tuple[QPointF, QPointF]:
    """Where the line between the centres of boxes ``a`` and ``b`` leaves each box."""

    def leave(box: Any, towards: QPointF) -> QPointF:
        cx, cy = box.x + box.width / 2, box.y + box.height / 2
        dx, dy = towards.x() - cx, towards.y() - cy
        if dx == 0 and dy == 0:
            return QPointF(cx, cy)
        scale = min(
            (box.width / 2) / abs(dx) if dx else float("inf"),
            (box.height / 2) / abs(dy) if dy else float("inf"),
        )
        return QPointF(cx + dx * scale, cy + dy * scale)

    centre_a = QPointF(a.x + a.width / 2, a.y + a.height / 2)
    centre_b = QPointF(b.x + b.width / 2, b.y + b.height / 2)
    return leave(a, centre_b), leave(b, centre_a)


Grid = dict[tuple[int, int], list[int]]


def grid_index(layout: Layout) -> tuple[Grid, Grid]:
    """The boxes (by unit id) and the edges (by number) in each cell of the grid: what
    a repaint of a rectangle looks up. No Qt: it may be made on a thread."""
    grid: Grid = {}
    for uid, box in layout.boxes.items():
        cells = _cells(box.x - MARGIN, box.y - MARGIN, box.right + MARGIN,
                       box.y + box.height + MARGIN)  # fmt: skip
        for cell in cells:
            grid.setdefault(cell, []).append(uid)
    edge_grid: Grid = {}
    for n, edge in enumerate(layout.edges):
        xs = edge.xs
        ys = edge.ys
        for cell in _cells(min(xs), min(ys), max(xs), max(ys)):
            edge_grid.setdefault(cell, []).append(n)
    return grid, edge_grid


def edge_path(layout: Layout) -> QPainterPath:
    """Every connector of ``layout`` in one path (drawn far out). A value: it may be
    made on a thread."""
    path = QPainterPath()
    for edge in layout.edges:
        points = edge.points
        path.moveTo(*points[0])
        for x, y in points[1:]:
            path.lineTo(x, y)
    return path


def box_rects(layout: Layout) -> list[tuple[int, QRectF]]:
    """Each box as a rectangle (values: it may be made on a thread)."""
    return [(uid, QRectF(b.x, b.y, b.width, b.height)) for uid, b in layout.boxes.items()]


def far_groups(
    rects: list[tuple[int, QRectF]],
    catalogue: Catalogue,
    structure: Structure | None,
    worst: Mapping[int, Any],
    marks: Mapping[int, Mark],
    hidden: Mapping[int, int],
    current: int | None,
    chosen: Sequence[int],
) -> dict[tuple[int, int], list[QRectF]]:
    """The boxes as rectangles by (fill, edge) colour, as ``_paint_box`` colours them
    far out (a marked box, or one hiding marks, filled with the mark). Values only: it
    may be made on a thread."""
    units = structure.units if structure is not None else {}
    kinds = catalogue.kinds
    fills: dict[str, int] = {}
    selected = {*chosen, current}
    plain_edge = EDGE_PLAIN.rgba()
    hiding = QColor("#78909c").rgba()
    groups: dict[tuple[int, int], list[QRectF]] = {}
    for uid, rect in rects:
        unit = units.get(uid)
        if unit is None:
            continue
        fill = fills.get(unit.kind)
        if fill is None:
            kind = kinds.get(unit.kind)
            colour = FILL_STRUCTURAL if kind is None or kind.structural else FILL_FUNCTIONAL
            if kind is not None and kind.opd:
                colour = FILL_OPD
            fill = fills[unit.kind] = colour.rgba()
        severity = worst.get(uid)
        edge = SEVERITY_COLOURS[severity].rgba() if severity else plain_edge
        if uid in selected:
            fill, edge = SELECTED_FILL.rgba(), SELECTED_PEN.rgba()
        mark = marks.get(uid)
        if mark is not None:
            fill = MARK_COLOURS[mark].rgba()
        elif hidden.get(uid):
            fill = hiding
        groups.setdefault((fill, edge), []).append(rect)
    return groups


#: What a layout made on a thread comes with: its grids, its connectors' path, its
#: boxes' rectangles and, for the findings, marks and selection it was made with,
#: its far-out boxes by colour.
Prepared = tuple[Grid, Grid, QPainterPath, list[tuple[int, QRectF]], Any]


def prepare(layout: Layout, catalogue: Catalogue, same: tuple[Any, ...],
            key: tuple[Any, ...]) -> Prepared:  # fmt: skip
    grid, edge_grid = grid_index(layout)
    rects = box_rects(layout)
    groups = far_groups(rects, catalogue, *same, *key)
    return grid, edge_grid, edge_path(layout), rects, (same, key, groups)


def _cells(x0: float, y0: float, x1: float, y1: float) -> Iterable[tuple[int, int]]:
    for cx in range(int(x0 // CELL), int(x1 // CELL) + 1):
        for cy in range(int(y0 // CELL), int(y1 // CELL) + 1):
            yield (cx, cy)


def _wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """Word-wrap ``text`` into at most ``max_lines`` lines, the last one elided."""
    lines: list[str] = []
    current = ""
    words = text.split()
    for n, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[n:])
            break
    if current:
        lines.append(current)
    if lines:
        lines[-1] = metrics.elidedText(lines[-1], Qt.TextElideMode.ElideRight, width)
    return lines[:max_lines]


def _root_of(structure: Structure | None) -> int | None:
    if structure is None:
        return None
    return next((uid for uid, u in structure.units.items() if u.parent_id is None), None)


def measure(_unit: Any) -> tuple[float, float]:
    return BOX_W, BOX_H


class _TotalsRelay(QObject):
    """Carries a count of totals, or a layout, made on a thread back to the chart's
    thread."""

    ready = Signal(object, object)
    laid_out = Signal(int, object, object, object)  # request, structure, layout, index


class ChartView(QGraphicsView):
    """The chart of the active scenario, or of any structure in the static mode.

    ``selected`` is the current unit (the one the inspector shows); ``selected_ids``
    every chosen unit, in the order chosen. ``selection_changed`` follows the user's
    gestures only: ``select_unit`` and ``set_selection`` emit nothing."""

    unit_selected = Signal(int)
    selection_changed = Signal(list)
    # The scale changed (zoom, fit, actual size): for views that follow this one.
    zoomed = Signal()
    message = Signal(str)
    #: What the chart draws changed (a new layout, findings, marks): for its overview.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Any = None
        # The structure shown in the static mode (``None``: the document's).
        self.static: Structure | None = None
        self._static_catalogue: Catalogue | None = None
        self.language = "id"
        self.selected: int | None = None
        self.selected_ids: list[int] = []
        self.selected_set: set[int] = set()
        self.worst: dict[int, Any] = {}
        self.marks: dict[int, Mark] = {}
        # Box id -> how many marked units its collapsed subtree hides.
        self.hidden_marks: dict[int, int] = {}
        self._mark_labels: dict[str, dict[Mark, str]] = {}
        self.collapsed: set[int] = set()
        #: A plan opens at OPD level: the region's OPDs, each collapsed with a count.
        self.max_depth: int | None = 1
        #: The compact layout (``COMPACT_OPTIONS``) rather than the tidy one.
        self.compact = True
        # Each layout asked for gets a number: a layout made on a thread is shown only
        # when nothing was laid out since it was asked for.
        self._layout_request = 0
        self._scene = QGraphicsScene(self)
        # One item paints everything: a BSP index over it only costs time on every change.
        self._scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setScene(self._scene)
        self.item = ChartItem(self)
        self._scene.addItem(self.item)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(QColor("#fafafa"))
        #: Pixels the chart may scroll past its bottom right corner (``keep_corner``).
        self.corner = QSize()
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(0)
        self._relayout_timer.timeout.connect(self._relayout_in_background)
        self._press: tuple[int, QPointF] | None = None
        self._dragging = False
        self._fitted = False
        self._band: QRubberBand | None = None
        self._band_origin: QPoint | None = None
        self._totals: tuple[Structure | None, dict[int, Totals]] = (None, {})
        self._totals_asked: Structure | None = None
        #: Work out the totals of the first structure shown at once, even a large
        #: plan's (the window's chart: its first picture shows them); a view that opens
        #: on a large plan while the window is in use (the before/after view) leaves
        #: them to the thread, and its boxes show them a moment later.
        self.first_totals_at_once = True
        # the pool before the relay: deleting the view waits for a count before the
        # relay it reports to goes
        self._totals_pool = QThreadPool(self)
        self._totals_pool.setMaxThreadCount(1)
        self._totals_relay = _TotalsRelay(self)
        self._totals_relay.ready.connect(self._totals_ready)
        self._totals_relay.laid_out.connect(self._laid_out)
        self._totals_timer = QTimer(self)
        self._totals_timer.setSingleShot(True)
        self._totals_timer.setInterval(150)
        self._totals_timer.timeout.connect(self._count_totals)

    # -- what is shown ------------------------------------------------------------------------
    @property
    def structure(self) -> Structure | None:
        """The structure shown: the static one, else the document's active scenario."""
        if self.static is not None:
            return self.static
        return self.document.structure if self.document is not None else None

    @property
    def catalogue(self) -> Catalogue:
        if self.static is None and self.document is not None:
            return self.document.catalogue
        if self._static_catalogue is None:
            self._static_catalogue = default_catalogue()
        return self._static_catalogue

    @property
    def editable(self) -> bool:
        """Whether dragging a box onto another moves the unit (never in the static mode)."""
        return self.static is None and self.document is not None

    def set_document(self, document: Any) -> None:
        self.document = document
        self.static = None
        self.item.text_cache.clear()
        self.collapsed = set()
        self.max_depth = 1
        self.selected = None
        self._set_selected([])
        for signal in (document.unit_added, document.unit_removed, document.unit_moved):
            signal.connect(self._schedule_relayout)
        document.unit_changed.connect(self._unit_changed)
        document.scenario_reset.connect(self._reset)
        document.findings_changed.connect(self._findings)
        self._findings()
        self._fitted = False
        self.relayout()

    def show_structure(
        self,
        structure: Structure,
        findings: Iterable[Finding] = (),
        catalogue: Catalogue | None = None,
    ) -> None:
        """Show ``structure`` read only (the static mode), its boxes edged by the worst
        of ``findings``. Showing the same scenario again keeps the zoom, the scroll
        position, what is collapsed and the selection of units that still exist."""
        same = self.static is not None and self.static.scenario.id == structure.scenario.id
        self.static = structure
        if catalogue is not None:
            self._static_catalogue = catalogue
        self.worst = worst_severity(list(findings))
        if same:
            self._set_selected([u for u in self.selected_ids if u in structure.units])
            if self.selected not in structure.units:
                self.selected = self.selected_ids[0] if self.selected_ids else None
        else:
            self.item.text_cache.clear()
            self.collapsed = set()
            self.max_depth = 1
            self.selected = None
            self._set_selected([])
            self._fitted = False
        self.relayout()

    def totals(self) -> dict[int, Totals]:
        """Staff and posts of each shown unit and all below it, worked out once per
        version of the structure (an edit makes a new one). A large plan's are worked
        out on a thread a moment after an edit: until then the boxes show the last."""
        structure = self.structure
        if structure is None:
            return {}
        if self._totals[0] is not structure and self._totals_asked is not structure:
            self._totals_asked = structure
            first = self._totals[0] is None and self.first_totals_at_once
            if first or len(structure.units) <= SYNC_TOTALS:
                self._totals = (structure, rollups(structure))
            else:
                self._totals_timer.start()
        return self._totals[1]

    def _count_totals(self) -> None:
        structure, relay = self._totals_asked, self._totals_relay
        if structure is None:
            return

        def work() -> None:
            relay.ready.emit(structure, rollups(structure))  # rollups pauses the collector

        self._totals_pool.start(work)

    def _totals_ready(self, structure: Structure, totals: dict[int, Totals]) -> None:
        old = self._totals[1]
        self._totals = (structure, totals)
        if structure is self.structure:
            self.item.update()
            if totals != old:  # the overview draws again only for new figures (not a rename)
                self.changed.emit()

    def set_marks(self, marks: Mapping[int, Mark] | None) -> None:
        """Mark boxes with what happened to their units (``None``: no marks)."""
        self.marks = dict(marks or {})
        self._count_hidden_marks()
        self.item.update()

    def mark_label(self, mark: Mark) -> str:
        """The words of a mark in the chart's language (the report's catalogue)."""
        names = self._mark_labels.get(self.language)
        if names is None:
            words = labels(self.language)
            names = self._mark_labels[self.language] = {m: words[f"mark.{m}"] for m in Mark}
        return names[mark]

    def _count_hidden_marks(self) -> None:
        """For each shown box, the marked units hidden below it (collapsed or too deep)."""
        structure = self.structure
        boxes = self.item.layout.boxes
        if not self.marks or structure is None:
            if self.hidden_marks:  # else the same (empty) one: the far-out cache stays
                self.hidden_marks = {}
            return
        self.hidden_marks = {}
        units = structure.units
        for uid in self.marks:
            if uid in boxes or uid not in units:
                continue
            seen = {uid}
            parent = units[uid].parent_id
            while parent is not None and parent in units and parent not in seen:
                if parent in boxes:
                    self.hidden_marks[parent] = self.hidden_marks.get(parent, 0) + 1
                    break
                seen.add(parent)
                parent = units[parent].parent_id

    def _schedule_relayout(self, _unit_id: int) -> None:
        # Bound methods, unlike lambdas, are disconnected when the view is deleted.
        self._relayout_timer.start()

    def _unit_changed(self, unit_id: int) -> None:
        """A field of a unit changed: its box keeps its size (every box has the same),
        so only a change that moves it in or out of a side branch lays the chart out
        again; a new name or type repaints the box alone."""
        structure = self.structure
        box = self.item.layout.boxes.get(unit_id)
        if structure is None or box is None or unit_id not in structure.units:
            return  # hidden, or gone: the counts of hidden units stay the same
        side_kind = structure.units[unit_id].kind in self.options().side_kinds
        if side_kind or box.placement is Placement.SIDE:
            self._relayout_timer.start()
        else:
            self.item.update_unit(unit_id)

    def far_key(self) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
        """What the far-out boxes' colours depend on: objects an edit replaces (compared
        by identity) and the selection (by value)."""
        return ((self.structure, self.worst, self.marks, self.hidden_marks),
                (self.selected, tuple(self.selected_ids)))  # fmt: skip

    def options(self) -> LayoutOptions:
        """The layout's options: compact or tidy."""
        return COMPACT_OPTIONS if self.compact else OPTIONS

    def set_compact(self, compact: bool) -> None:
        """Choose the compact or the tidy layout, keeping the current unit in sight."""
        if compact == self.compact:
            return
        self.compact = compact
        self.relayout()
        if self.selected is not None and self.selected in self.item.layout.boxes:
            self.show_unit(self.selected)
        else:
            self.fit()

    def clear(self) -> None:
        """Forget the document or the structure (the window is closing)."""
        self._relayout_timer.stop()
        self._layout_request += 1
        self._totals_timer.stop()
        self._totals_pool.waitForDone()
        self.item.set_layout(Layout())
        self.document = None
        self.static = None
        self.marks = {}
        self.hidden_marks = {}
        self.selected = None
        self._set_selected([])

    def _reset(self) -> None:
        self.item.text_cache.clear()
        self.collapsed = set()
        self._fitted = False
        self.relayout()

    def _findings(self) -> None:
        if self.document is not None and self.static is None:
            worst = worst_severity(self.document.findings())
            if worst == self.worst:
                return  # the same colours: nothing to draw again
            self.worst = worst
            self.item.update()
            self.changed.emit()

    def _relayout_in_background(self) -> None:
        """The layout after an edit or a change of what is open (a level, a box
        collapsed): at once for a small plan, else on a thread (the window goes on
        answering; the last layout stays until the new one comes: 10,000 boxes
        expanded cost the UI thread 270 ms at once)."""
        structure = self.structure
        if structure is None or len(structure.units) <= SYNC_LAYOUT or not self._fitted:
            self.relayout()
            return
        self._layout_request += 1
        request, relay = self._layout_request, self._totals_relay
        collapsed = {uid for uid in self.collapsed if uid in structure.units}
        options, max_depth = self.options(), self.max_depth
        catalogue = self.catalogue
        same, key = self.far_key()
        same = (structure, *same[1:])

        def work() -> None:
            # the collector paused for the grids too (layout_tree pauses it for
            # itself): a full collection on this thread holds the lock, a stall
            with gc_paused():
                layout = layout_tree(structure, measure=measure, options=options,
                                     collapsed=collapsed, max_depth=max_depth)  # fmt: skip
                made = prepare(layout, catalogue, same, key)
            relay.laid_out.emit(request, structure, layout, made)

        self._totals_pool.start(work)

    def _laid_out(self, request: int, _structure: Structure, layout: Layout, made: Any) -> None:
        # Later edits that change the tree ask for another layout; later edits of
        # names and texts do not change it.
        current = self.structure
        if request == self._layout_request and current is not None:
            item = self.item
            # the last layout is let go on the thread: freeing 10,000 boxes and their
            # grids costs the UI thread as much as drawing them
            garbage = [item.layout, item.grid, item.edge_grid, item._far_edges, item._far_rects,
                       item._far_cache]  # fmt: skip
            self._show_layout(current, layout, made)
            self._totals_pool.start(garbage.clear)

    def relayout(self) -> None:
        structure = self.structure
        if structure is None:
            return
        self._layout_request += 1  # a layout still being made on a thread is too old
        collapsed = {uid for uid in self.collapsed if uid in structure.units}
        layout = layout_tree(
            structure, measure=measure, options=self.options(), collapsed=collapsed,
            max_depth=self.max_depth,
        )  # fmt: skip
        self._show_layout(structure, layout, None)

    def _show_layout(self, structure: Structure, layout: Layout, made: Any) -> None:
        self.item.set_layout(layout, made)
        self.item.set_links((link.from_id, link.to_id) for link in structure.links)
        self._count_hidden_marks()
        self._fit_scene()
        if not self._fitted:
            self._fitted = True
            self.first_view()
        self.changed.emit()

    def keep_corner(self, size: QSize) -> None:
        """Let the chart scroll ``size`` pixels past its bottom right corner, so that a
        widget floating over that corner (the overview) never hides the last boxes."""
        self.corner = QSize(size)
        self._fit_scene()

    def _fit_scene(self) -> None:
        """The scene: the chart; what the view scrolls over: the chart and the corner
        kept free at the present scale."""
        rect = self.item.boundingRect()
        self._scene.setSceneRect(rect)
        scale = self.transform().m11()
        if not self.corner.isEmpty() and rect.width() > 0 and scale > 0:
            rect = rect.adjusted(0, 0, self.corner.width() / scale, self.corner.height() / scale)
        self.setSceneRect(rect)

    # -- view commands ------------------------------------------------------------------------
    def fit(self) -> None:
        """The whole chart in the view, never larger than its actual size."""
        rect = self.item.boundingRect()
        if rect.width() > 0:
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            if self.transform().m11() > 1:
                self.resetTransform()
                self.centerOn(rect.center())
            self.zoomed.emit()

    def first_view(self) -> None:
        """How a chart opens: fitted, unless that makes its text too small to read
        (``READABLE``); then at that scale from its top, read from its left edge when the
        top unit is still in sight there, else from the top unit, no box cut on the left;
        the overview shows the rest."""
        rect = self.item.boundingRect()
        if rect.width() <= 0:
            return
        self.fit()
        if self.transform().m11() >= READABLE:
            return
        self.resetTransform()
        self.scale(READABLE, READABLE)
        seen = self.viewport().width() / READABLE  # scene width in sight
        root = _root_of(self.structure)
        top = self.item.layout.boxes.get(root) if root is not None else None
        left = rect.left()
        if top is not None and top.x + top.width > left + seen:
            # the top unit is not in sight from the left edge: from the box column it
            # stands in, so that the first box is seen whole
            column = [b.x for b in self.item.layout.boxes.values()
                      if b.x <= top.x + top.width / 2 - seen / 2 + MARGIN]  # fmt: skip
            left = max(column, default=left) - MARGIN
        self.centerOn(left + seen / 2, rect.top() + self.viewport().height() / READABLE / 2)
        self.zoomed.emit()

    def actual_size(self) -> None:
        self.resetTransform()
        self.zoomed.emit()

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 0.02 <= scale <= 8:
            self.scale(factor, factor)
            self.zoomed.emit()

    def expand_to_level(self, level: int | None, *, at_once: bool = False) -> None:
        """Show the chart down to ``level`` (None: every unit), every box open. A large
        plan's chart is laid out on a thread (the window goes on answering) unless
        ``at_once`` (a picture of the chart taken right after)."""
        self.max_depth = level
        self.collapsed = set()
        if at_once:
            self.relayout()
        else:
            self._relayout_in_background()

    def toggle_collapsed(self, unit_id: int) -> None:
        structure = self.structure
        if unit_id in self.collapsed:
            self.collapsed.discard(unit_id)
        elif structure is not None and any(
            u.parent_id == unit_id for u in structure.units.values()
        ):
            self.collapsed.add(unit_id)
        self._relayout_in_background()

    def select_unit(self, unit_id: int) -> None:
        """Make ``unit_id`` the current unit and show its box; it joins the selection
        only when it is not part of it already (the tree sets the rest)."""
        if unit_id not in self.selected_set:
            self._set_selected([unit_id])
        self.selected = unit_id
        self.show_unit(unit_id)
        self.item.update()

    def show_unit(self, unit_id: int) -> None:
        """Reveal ``unit_id``'s box and, when it is not wholly on screen, centre it."""
        self.reveal(unit_id)
        box = self.item.layout.boxes.get(unit_id)
        if box is not None:
            rect = QRectF(box.x, box.y, box.width, box.height)
            shown = self.mapToScene(self.viewport().rect()).boundingRect()
            if not shown.contains(rect):
                self.centerOn(rect.center())

    def reveal(self, unit_id: int) -> bool:
        """Open what hides ``unit_id``: the collapsed units above it and the depth limit,
        each box opened showing its own children only (those with units below stay
        closed), so the rest of the chart looks as it did. True if anything opened."""
        structure = self.structure
        boxes = self.item.layout.boxes
        if structure is None or unit_id not in structure.units or unit_id in boxes:
            return False
        children = structure.children()
        if self.max_depth is not None:
            # the depth limit, as the boxes it closes: the same chart, and one to open
            self.collapsed |= {uid for uid in boxes
                               if children.get(uid) and children[uid][0] not in boxes}  # fmt: skip
            self.max_depth = None
        path = [*reversed(list(structure.ancestors(unit_id))), unit_id]
        for above, below in zip(path, path[1:], strict=False):
            if above in boxes and above not in self.collapsed:
                continue  # open already
            self.collapsed.discard(above)
            self.collapsed |= {c for c in children.get(above, [])
                               if c != below and children.get(c) and c not in boxes}  # fmt: skip
        self.relayout()
        return True

    def set_selection(self, unit_ids: Sequence[int]) -> None:
        """Choose ``unit_ids`` (in this order) without emitting anything."""
        self._set_selected(unit_ids)
        if self.selected not in self.selected_set:
            self.selected = self.selected_ids[0] if self.selected_ids else None
        self.item.update()

    def _set_selected(self, unit_ids: Iterable[int]) -> None:
        self.selected_ids = list(dict.fromkeys(unit_ids))
        self.selected_set = set(self.selected_ids)

    def center_on(self, unit_ids: Iterable[int]) -> None:
        boxes = [self.item.layout.boxes[u] for u in unit_ids if u in self.item.layout.boxes]
        if boxes:
            rect = QRectF(boxes[0].x, boxes[0].y, boxes[0].width, boxes[0].height)
            for box in boxes[1:]:
                rect = rect.united(QRectF(box.x, box.y, box.width, box.height))
            self.centerOn(rect.center())

    def retranslate_ui(self) -> None:
        self.item.update()

    # -- gestures ---------------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        modifiers = event.modifiers()
        toggle = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        add = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        uid = self.item.box_at(self.mapToScene(event.position().toPoint()))
        if uid is not None:
            if toggle or add:
                self._choose(uid, toggle=toggle)
            else:
                self._press = (uid, event.position())
                self._dragging = False
                self._set_selected([uid])
                self.selected = uid
                self.item.update()
                self.unit_selected.emit(uid)
                self.selection_changed.emit(list(self.selected_ids))
            event.accept()
            return
        if toggle or add:
            self._band_origin = event.position().toPoint()
            if self._band is None:
                self._band = QRubberBand(QRubberBand.Shape.Rectangle, self.viewport())
            self._band.setGeometry(QRect(self._band_origin, self._band_origin))
            self._band.show()
            event.accept()
            return
        super().mousePressEvent(event)

    def _choose(self, unit_id: int, *, toggle: bool) -> None:
        """Ctrl-click (toggle) or Shift-click (add) on a unit."""
        ids = list(self.selected_ids)
        if toggle and unit_id in self.selected_set:
            ids.remove(unit_id)
            if self.selected == unit_id:
                self.selected = ids[-1] if ids else None
        else:
            if unit_id not in self.selected_set:
                ids.append(unit_id)
            self.selected = unit_id
        self._set_selected(ids)
        self.item.update()
        self.selection_changed.emit(list(self.selected_ids))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._band_origin is not None and self._band is not None:
            self._band.setGeometry(
                QRect(self._band_origin, event.position().toPoint()).normalized()
            )
            event.accept()
            return
        if self._press is not None:
            if self.editable and (event.position() - self._press[1]).manhattanLength() > 8:
                self._dragging = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._band_origin is not None:
            rect = QRect(self._band_origin, event.position().toPoint()).normalized()
            self._band_origin = None
            if self._band is not None:
                self._band.hide()
            inside = self.item.boxes_in(self.mapToScene(rect).boundingRect())
            new = [uid for uid in inside if uid not in self.selected_set]
            if new:
                self._set_selected([*self.selected_ids, *new])
                if self.selected is None:
                    self.selected = new[0]
                self.item.update()
                self.selection_changed.emit(list(self.selected_ids))
            event.accept()
            return
        if self._press is not None:
            uid, _start = self._press
            self._press = None
            self.viewport().unsetCursor()
            if self._dragging:
                self._dragging = False
                target = self.item.box_at(self.mapToScene(event.position().toPoint()))
                if target is not None and target != uid:
                    self.drop(uid, target, event.globalPosition().toPoint())
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        uid = self.item.box_at(self.mapToScene(event.position().toPoint()))
        if uid is not None:
            self.toggle_collapsed(uid)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def drop(self, unit_id: int, new_parent: int, where: Any = None) -> bool:
        """Move ``unit_id`` under ``new_parent`` (one undo step), or say why not."""
        if not self.editable:
            return False
        ok, reason = self.document.can_move(unit_id, new_parent)
        if ok:
            error = push(self.document, MoveUnitCommand(self.document, unit_id, new_parent))
            reason = str(error) if error is not None else ""
            ok = error is None
        if not ok:
            text = self.tr("Cannot move: {reason}").format(reason=reason)
            self.message.emit(text)
            if where is not None:
                QToolTip.showText(where, plain_tooltip(text), self)  # it quotes unit names
        return ok


__all__ = ["MARK_COLOURS", "ChartView", "ChartItem", "QGraphicsItem"]

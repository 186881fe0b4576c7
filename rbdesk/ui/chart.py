"""The organisation chart: the tidy layout of ``rbdesk.layout`` drawn in a
``QGraphicsView``.

The whole chart is one graphics item that paints the boxes and connectors inside the
exposed rectangle, found through a grid index, rather than one item per box: a plan of
10,000 units would otherwise keep 20,000 Python wrappers alive (slow, and PySide6
6.12 aborts at exit with that many; STYLE.md). Far out, boxes are drawn as plain
rectangles (level of detail). Each box shows the name, the kind with type and
eselon, and the headcount, edged in the colour of the worst finding on the unit.
Coordination links between two shown units are drawn as dashed purple lines.

Gestures: wheel zooms, dragging the background pans, a click selects, a double click
collapses or expands a subtree, dragging a box onto another moves the unit there
(one undo step), refused with the reason when the move would make a cycle or break a
parent-kind rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
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
    QStyleOptionGraphicsItem,
    QToolTip,
    QWidget,
)

from rbdesk.layout import Layout, LayoutOptions, layout_tree
from rbdesk.ui.commands import MoveUnitCommand, push
from rbdesk.ui.models import SEVERITY_COLOURS, worst_severity
from rbdesk.ui.plaintext import plain_tooltip

BOX_W = 176.0
BOX_H = 70.0
CELL = 512.0
OPTIONS = LayoutOptions()


class ChartItem(QGraphicsItem):
    """Paints a whole layout; answers which box lies under a point."""

    def __init__(self, view: ChartView) -> None:
        super().__init__()
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
        self.bold_metrics = QFontMetricsF(self.bold)
        self.small_metrics = QFontMetricsF(self.small)
        self.text_cache: dict[int, tuple[tuple[Any, ...], tuple[list[str], str, str]]] = {}
        #: Coordination links between two shown boxes, as (from, to) border points.
        self.links: list[tuple[QPointF, QPointF]] = []

    def set_links(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Draw a dashed line for each coordination link whose two units are shown."""
        boxes = self.layout.boxes
        self.links = [
            _border_points(boxes[a], boxes[b])
            for a, b in pairs
            if a in boxes and b in boxes and a != b
        ]
        self.update()

    def set_layout(self, layout: Layout) -> None:
        self.prepareGeometryChange()
        self.layout = layout
        self.grid = {}
        for uid, box in layout.boxes.items():
            for cell in _cells(box.x, box.y, box.right, box.y + box.height):
                self.grid.setdefault(cell, []).append(uid)
        self.edge_grid = {}
        for n, edge in enumerate(layout.edges):
            xs = [p[0] for p in edge.points]
            ys = [p[1] for p in edge.points]
            for cell in _cells(min(xs), min(ys), max(xs), max(ys)):
                self.edge_grid.setdefault(cell, []).append(n)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-20, -20, self.layout.width + 40, self.layout.height + 40)

    def box_at(self, point: QPointF) -> int | None:
        cell = (int(point.x() // CELL), int(point.y() // CELL))
        for uid in self.grid.get(cell, []):
            box = self.layout.boxes[uid]
            if box.x <= point.x() <= box.right and box.y <= point.y() <= box.y + box.height:
                return uid
        return None

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        exposed = option.exposedRect
        cells = list(_cells(exposed.left(), exposed.top(), exposed.right(), exposed.bottom()))
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
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
            pen = QPen(QColor("#6a1b9a"), 1.6, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for start, end in self.links:
                if exposed.intersects(QRectF(start, end).normalized().adjusted(-2, -2, 2, 2)):
                    painter.drawLine(start, end)
        visible = {uid for cell in cells for uid in self.grid.get(cell, [])}
        for uid in visible:
            self._paint_box(painter, uid, lod)

    def _paint_box(self, painter: QPainter, uid: int, lod: float) -> None:
        view = self.view
        box = self.layout.boxes[uid]
        unit = view.document.structure.units.get(uid) if view.document else None
        if unit is None:
            return
        rect = QRectF(box.x, box.y, box.width, box.height)
        severity = view.worst.get(uid)
        edge = SEVERITY_COLOURS[severity] if severity else QColor("#90a4ae")
        selected = uid == view.selected
        painter.setPen(QPen(QColor("#0d47a1") if selected else edge, 3 if selected else 2))
        kind = view.document.catalogue.kinds.get(unit.kind) if view.document else None
        fill = QColor("#ffffff") if kind is None or kind.structural else QColor("#f1f8e9")
        if kind is not None and kind.opd:
            fill = QColor("#e3f2fd")
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(rect, 5, 5)
        if lod < 0.35:
            return
        inner = rect.adjusted(6, 4, -6, -4)
        lines, details, staff = self._texts(unit, box.hidden_descendants, inner.width())
        painter.setPen(QColor("#212121"))
        painter.setFont(self.bold)
        y = inner.top() + self.bold_metrics.ascent()
        for line in lines:
            painter.drawText(QPointF(inner.left(), y), line)
            y += self.bold_metrics.lineSpacing()
        painter.setFont(self.small)
        small = self.small_metrics
        painter.setPen(QColor("#455a64"))
        painter.drawText(
            QPointF(inner.left(), inner.bottom() - small.descent() - small.lineSpacing()), details
        )
        painter.drawText(QPointF(inner.left(), inner.bottom() - small.descent()), staff)

    def _texts(self, unit: Any, hidden: int, width: float) -> tuple[list[str], str, str]:
        """The wrapped name, the detail line and the staff line of a box, cached per
        unit until something they show changes (wrapping text costs more than drawing)."""
        view = self.view
        key = (unit.name, unit.kind, unit.unit_type, unit.eselon, unit.headcount_existing,
               unit.headcount_needed, hidden, view.language, width)  # fmt: skip
        cached = self.text_cache.get(unit.id)
        if cached is not None and cached[0] == key:
            return cached[1]
        kind = view.document.catalogue.kinds.get(unit.kind)
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
        if hidden:
            staff += f"   +{hidden}"
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


def measure(_unit: Any) -> tuple[float, float]:
    return BOX_W, BOX_H


class ChartView(QGraphicsView):
    """The chart of the active scenario."""

    unit_selected = Signal(int)
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Any = None
        self.language = "id"
        self.selected: int | None = None
        self.worst: dict[int, Any] = {}
        self.collapsed: set[int] = set()
        #: A plan opens at OPD level: the region's OPDs, each collapsed with a count.
        self.max_depth: int | None = 1
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
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(0)
        self._relayout_timer.timeout.connect(self.relayout)
        self._press: tuple[int, QPointF] | None = None
        self._dragging = False
        self._fitted = False

    def set_document(self, document: Any) -> None:
        self.document = document
        self.item.text_cache.clear()
        self.collapsed = set()
        self.max_depth = 1
        self.selected = None
        for signal in (document.unit_added, document.unit_removed, document.unit_moved,
                       document.unit_changed):  # fmt: skip
            signal.connect(self._schedule_relayout)
        document.scenario_reset.connect(self._reset)
        document.findings_changed.connect(self._findings)
        self._findings()
        self._fitted = False
        self.relayout()

    def _schedule_relayout(self, _unit_id: int) -> None:
        # Bound methods, unlike lambdas, are disconnected when the view is deleted.
        self._relayout_timer.start()

    def clear(self) -> None:
        """Forget the document (the window is closing)."""
        self._relayout_timer.stop()
        self.item.set_layout(Layout())
        self.document = None

    def _reset(self) -> None:
        self.item.text_cache.clear()
        self.collapsed = set()
        self._fitted = False
        self.relayout()

    def _findings(self) -> None:
        if self.document is not None:
            self.worst = worst_severity(self.document.findings())
            self.item.update()

    def relayout(self) -> None:
        if self.document is None:
            return
        structure = self.document.structure
        collapsed = {uid for uid in self.collapsed if uid in structure.units}
        layout = layout_tree(
            structure, measure=measure, options=OPTIONS, collapsed=collapsed,
            max_depth=self.max_depth,
        )  # fmt: skip
        self.item.set_layout(layout)
        self.item.set_links((link.from_id, link.to_id) for link in structure.links)
        self._scene.setSceneRect(self.item.boundingRect())
        if not self._fitted:
            self._fitted = True
            self.fit()

    # -- view commands ------------------------------------------------------------------------
    def fit(self) -> None:
        rect = self.item.boundingRect()
        if rect.width() > 0:
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            if self.transform().m11() < 0.05:  # a huge chart: start readable at the top
                self.resetTransform()
                self.scale(0.5, 0.5)
                self.centerOn(rect.center().x(), 0)

    def actual_size(self) -> None:
        self.resetTransform()

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 0.02 <= scale <= 8:
            self.scale(factor, factor)

    def expand_to_level(self, level: int | None) -> None:
        self.max_depth = level
        self.collapsed = set()
        self.relayout()

    def toggle_collapsed(self, unit_id: int) -> None:
        if unit_id in self.collapsed:
            self.collapsed.discard(unit_id)
        elif self.document is not None and self.document.child_ids(unit_id):
            self.collapsed.add(unit_id)
        self.relayout()

    def select_unit(self, unit_id: int) -> None:
        if self.selected == unit_id:
            return
        self.selected = unit_id
        box = self.item.layout.boxes.get(unit_id)
        if box is not None:
            self.ensureVisible(QRectF(box.x, box.y, box.width, box.height), 40, 40)
        self.item.update()

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
        uid = self.item.box_at(self.mapToScene(event.position().toPoint()))
        if uid is not None and event.button() == Qt.MouseButton.LeftButton:
            self._press = (uid, event.position())
            self._dragging = False
            self.unit_selected.emit(uid)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None:
            if (event.position() - self._press[1]).manhattanLength() > 8:
                self._dragging = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
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
        if self.document is None:
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


__all__ = ["ChartView", "ChartItem", "QGraphicsItem"]

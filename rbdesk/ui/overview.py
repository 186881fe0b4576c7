"""The overview of a large chart: the whole chart drawn small in the lower right
corner of the chart view, the part the view shows outlined; a click or a drag in it
moves the view there.

It floats over the view's viewport and shows itself only while the chart is larger
than the view; the view then lets the chart scroll past its bottom right corner by the
overview's size, so that the overview never hides the last boxes. The small picture is
drawn once per layout change (the chart's ``changed`` signal, gathered over a short
moment), not on every scroll: a scroll only moves the outline.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QFrame

from rbdesk.ui.chart import ChartView

SIZE = QSize(240, 150)
MARGIN = 10


class ChartOverview(QFrame):
    """See the module docstring."""

    def __init__(self, view: ChartView) -> None:
        super().__init__(view)
        self.setObjectName("chartOverview")
        self.setFrameShape(QFrame.Shape.Box)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.view = view
        self.picture = QPixmap()
        #: scene rectangle drawn, and the picture's scale and offset in the widget
        self.source = QRectF()
        self.factor = 1.0
        self.offset = QPointF()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._laid_out)
        view.changed.connect(self._timer.start)
        view.zoomed.connect(self.follow)
        view.horizontalScrollBar().valueChanged.connect(self.follow)
        view.verticalScrollBar().valueChanged.connect(self.follow)
        view.viewport().installEventFilter(self)
        self._following = False
        self.resize(SIZE)
        self.hide()

    def _laid_out(self) -> None:
        self.redraw()
        self.follow()

    # -- placement --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.follow()
        return False

    def follow(self, *_args: object) -> None:
        """Stay in the corner; show only while the chart is larger than the view."""
        if self._following:  # keeping the corner free scrolls the view: that follows
            return
        self._following = True
        try:
            self._follow()
        finally:
            self._following = False

    def _follow(self) -> None:
        viewport = self.view.viewport()
        chart = self.view.item.boundingRect()
        # larger than the view at this scale, wherever the view is scrolled to (so that
        # the corner kept free, which moves the view, cannot change the answer)
        scale = self.view.transform().m11()
        needed = chart.width() > 0 and (
            chart.width() * scale > viewport.width() + 4
            or chart.height() * scale > viewport.height() + 4
        )
        if not needed or self._size().width() < 100 or self._size().height() < 60:
            self.view.keep_corner(QSize())
            self.hide()
            return
        # the chart scrolls out from under the overview (the largest it may be: the
        # space does not change with the view's size, which scroll bars change)
        self.view.keep_corner(QSize(SIZE.width() + MARGIN, SIZE.height() + MARGIN))
        size = self._size()
        if size != self.size():
            self.resize(size)
            self.redraw()
        origin = viewport.mapTo(self.view, viewport.rect().bottomRight())
        self.move(origin.x() - size.width() - MARGIN, origin.y() - size.height() - MARGIN)
        if self.picture.isNull():
            self.redraw()
        self.show()
        self.raise_()
        self.update()

    def _size(self) -> QSize:
        """At most a fifth of the view's width and a quarter of its height: on a laptop
        the chart keeps most of its room."""
        viewport = self.view.viewport()
        return QSize(min(SIZE.width(), viewport.width() // 5),
                     min(SIZE.height(), viewport.height() // 4))  # fmt: skip

    # -- the picture ------------------------------------------------------------------------
    def redraw(self) -> None:
        """Draw the whole chart small again (after a new layout or a new size)."""
        chart = self.view.item.boundingRect()
        if chart.width() <= 0 or chart.height() <= 0:
            self.picture = QPixmap()
            self.hide()
            return
        inner = QRectF(self.contentsRect()).adjusted(2, 2, -2, -2)
        self.factor = min(inner.width() / chart.width(), inner.height() / chart.height())
        width, height = chart.width() * self.factor, chart.height() * self.factor
        size = QSize(max(1, int(width)), max(1, int(height)))
        self.offset = QPointF(
            inner.left() + (inner.width() - size.width()) / 2,
            inner.top() + (inner.height() - size.height()) / 2,
        )
        self.source = QRectF(chart)
        picture = QPixmap(size)
        picture.fill(QColor("#fafafa"))
        painter = QPainter(picture)
        self.view.scene().render(painter, QRectF(0, 0, size.width(), size.height()), chart)
        painter.end()
        self.picture = picture
        self.update()

    def to_scene(self, point: QPointF) -> QPointF:
        """A point of the widget as a point of the chart."""
        return QPointF(
            self.source.left() + (point.x() - self.offset.x()) / self.factor,
            self.source.top() + (point.y() - self.offset.y()) / self.factor,
        )

    def outline(self) -> QRectF:
        """The part of the chart the view shows, in the widget's coordinates."""
        shown = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        return QRectF(
            self.offset.x() + (shown.left() - self.source.left()) * self.factor,
            self.offset.y() + (shown.top() - self.source.top()) * self.factor,
            shown.width() * self.factor,
            shown.height() * self.factor,
        ).intersected(QRectF(self.rect()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(255, 255, 255, 235))
        if not self.picture.isNull():
            painter.drawPixmap(self.offset, self.picture)
            painter.setPen(QPen(QColor("#0d47a1"), 2))
            painter.setBrush(QColor(13, 71, 161, 30))
            painter.drawRect(self.outline())
        painter.end()
        super().paintEvent(event)

    # -- moving the view ----------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.view.centerOn(self.to_scene(event.position()))
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.view.centerOn(self.to_scene(event.position()))
            self.update()


__all__ = ["ChartOverview"]

"""The chart's legend: what the colours, lines and texts of a box mean, drawn with the
chart's own colours (``rbdesk.ui.chart``) so the two cannot disagree.

It stands above the chart, in a strip the chart view keeps free for it (the view's top
margin), so that it never hides the head of the chart; it is shown or hidden with
View → Legend (``actionLegend``) and the window remembers the choice.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel

from rbdesk.analysis.findings import Severity
from rbdesk.ui.chart import (
    EDGE_PLAIN,
    FILL_FUNCTIONAL,
    FILL_OPD,
    FILL_STRUCTURAL,
    LINK_COLOUR,
    SELECTED_FILL,
    SELECTED_PEN,
    ChartView,
)
from rbdesk.ui.models import SEVERITY_COLOURS
from rbdesk.ui.plaintext import plain_label

SWATCH = (34, 16)
#: Space around the legend in the chart view's strip, in pixels.
GAP = 4


def _box(fill: QColor, edge: QColor, width: float = 2) -> QPixmap:
    pixmap = QPixmap(*SWATCH)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(edge, width))
    painter.setBrush(fill)
    painter.drawRoundedRect(2, 2, SWATCH[0] - 4, SWATCH[1] - 4, 3, 3)
    painter.end()
    return pixmap


def _line(colour: QColor, style: Qt.PenStyle) -> QPixmap:
    pixmap = QPixmap(*SWATCH)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QPen(colour, 1.6, style))
    painter.drawLine(2, SWATCH[1] // 2, SWATCH[0] - 2, SWATCH[1] // 2)
    painter.end()
    return pixmap


def _text(text: str) -> QPixmap:
    pixmap = QPixmap(*SWATCH)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#455a64"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


class ChartLegend(QFrame):
    """See the module docstring."""

    def __init__(self, view: ChartView) -> None:
        super().__init__(view)
        self.setObjectName("chartLegend")
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        self.view = view
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 6, 8, 6)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        self.rows: list[tuple[QLabel, QLabel]] = []
        view.viewport().installEventFilter(self)
        self.retranslate_ui()
        self.hide()

    def entries(self) -> list[tuple[QPixmap, str]]:
        """The legend's rows: a swatch and what it means."""
        white = QColor("#ffffff")
        error, warning, note = (SEVERITY_COLOURS[s] for s in Severity)
        return [
            (_box(FILL_OPD, EDGE_PLAIN), self.tr("Regional work unit (OPD)")),
            (_box(FILL_STRUCTURAL, EDGE_PLAIN), self.tr("Structural unit")),
            (_box(FILL_FUNCTIONAL, EDGE_PLAIN), self.tr("Functional group or non-structural unit")),
            (_box(white, error), self.tr("Edge: an error concerns it")),
            (_box(white, warning), self.tr("Edge: a warning concerns it")),
            (_box(white, note), self.tr("Edge: a note concerns it")),
            (_box(SELECTED_FILL, SELECTED_PEN, 3), self.tr("Selected")),
            (_line(QColor("#78909c"), Qt.PenStyle.SolidLine), self.tr("Reports to")),
            (_line(LINK_COLOUR, Qt.PenStyle.DashLine), self.tr("Coordination link")),
            (_text("3/5"), self.tr("Staff: in post / needed (the unit's own)")),
            (_text("Σ"), self.tr("Σ: staff of the unit and all below it")),
            (_text("+9"), self.tr("Units below a closed box (double-click opens it)")),
        ]  # fmt: skip

    def retranslate_ui(self) -> None:
        for swatch, text in self.rows:
            swatch.deleteLater()
            text.deleteLater()
        self.rows = []
        entries = self.entries()
        half = (len(entries) + 1) // 2  # two columns: short enough for a laptop's chart
        font = self.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        for n, (pixmap, meaning) in enumerate(entries):
            swatch = QLabel(self)
            swatch.setPixmap(pixmap)
            label = plain_label(QLabel(meaning, self))
            label.setFont(font)
            row, column = n % half, 2 * (n // half)
            self.grid.addWidget(swatch, row, column)
            self.grid.addWidget(label, row, column + 1)
            self.rows.append((swatch, label))
        self.adjustSize()
        self.follow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.follow()
        return False

    def follow(self) -> None:
        """Keep the strip above the chart as tall as the legend (none while hidden) and
        the legend in it."""
        shown = not self.isHidden()
        self.view.setViewportMargins(0, self.height() + 2 * GAP if shown else 0, 0, 0)
        self.move(self.view.contentsRect().topLeft() + QPoint(GAP, GAP))

    def set_shown(self, shown: bool) -> None:
        self.setVisible(shown)
        if shown:
            self.adjustSize()
            self.raise_()
        self.follow()


def legend_texts(legend: ChartLegend) -> list[str]:
    """The meanings the legend shows, in order (for tests and screenshots)."""
    return [text.text() for _swatch, text in legend.rows]


__all__ = ["ChartLegend", "legend_texts"]

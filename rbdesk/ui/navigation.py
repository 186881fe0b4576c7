"""Finding one's way in the window: the chart's overview and legend, and Ctrl+F to the
structure search.

Selecting a unit anywhere (tree, finding, search, step) reveals it in the chart
(``ChartView.select_unit`` opens what hides it and centres it when off screen); this
module adds the rest: View → Legend (``actionLegend``, also on the toolbar, remembered
on the machine),
View → Panels (each panel's show/hide), Edit → Find (``actionFind``, Ctrl+F), and the
overview in the chart's corner; and ``TallWhileShown``, a bottom panel made tall while
it is in front (the pemetaan's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QHeaderView, QMainWindow, QMenu

from rbdesk.ui.legend import ChartLegend
from rbdesk.ui.models import FindingsModel
from rbdesk.ui.overview import ChartOverview

if TYPE_CHECKING:
    from rbdesk.ui.mainwindow import MainWindow

LEGEND_KEY = "chart/legend"
#: The usual widths of the findings' rule (its title), units and basis columns (the
#: message stretches).
FINDINGS_WIDTHS = {FindingsModel.RULE: 200, FindingsModel.UNITS: 260, FindingsModel.BASIS: 200}


class Navigation(QObject):
    """See the module docstring."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.overview = ChartOverview(window.chart)
        self.legend = ChartLegend(window.chart)
        self.act_legend = QAction(window)
        self.act_legend.setObjectName("actionLegend")
        self.act_legend.setCheckable(True)
        self.act_legend.toggled.connect(self._legend_toggled)
        self.act_find = QAction(window)
        self.act_find.setObjectName("actionFind")
        self.act_find.setShortcut(QKeySequence.StandardKey.Find)
        self.act_find.triggered.connect(self.find)
        window.addAction(self.act_find)  # Ctrl+F wherever the focus is
        window.menu_view.insertAction(window.menu_view.actions()[0], self.act_legend)
        window.menu_view.insertSeparator(window.menu_view.actions()[1])
        # and on the toolbar beside the chart's other views, where a new planner sees it
        window.toolbar.insertAction(window.act_check, self.act_legend)
        # View → Panels: each panel shown or hidden, so that one closed with its × comes
        # back (filled as it opens: the pemetaan panel is made later than this)
        self.menu_panels = QMenu(window)
        self.menu_panels.setObjectName("menuPanels")
        self.menu_panels.aboutToShow.connect(self.fill_panels)
        window.menu_view.insertMenu(window.menu_language.menuAction(), self.menu_panels)
        window.findings.viewport().installEventFilter(self)
        # compact rows: more findings on a laptop's screen (one line each, elided)
        rows = window.findings.verticalHeader()
        rows.setDefaultSectionSize(window.findings.fontMetrics().height() + 6)
        shown = window.settings.value(LEGEND_KEY, False)
        self.act_legend.setChecked(shown in (True, "true"))
        self.retranslate_ui()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.window.findings.viewport():
            self.fit_findings_columns()
        return False

    def fit_findings_columns(self) -> None:
        """Keep the message the widest column of the findings: the units and basis
        columns take their usual widths when there is room, and give way when they
        would leave the message less than two fifths of the width."""
        view = self.window.findings
        header = view.horizontalHeader()
        width = view.viewport().width()
        usual = {c: w for c, w in FINDINGS_WIDTHS.items()
                 if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Interactive}  # fmt: skip
        if not usual:
            return
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c not in usual and c != FindingsModel.MESSAGE)  # fmt: skip
        room = max(0, width - others - width * 2 // 5)  # what the two may take together
        scale = min(1.0, room / sum(usual.values()))
        for column, wanted in usual.items():
            header.resizeSection(column, max(60, int(wanted * scale)))

    def fill_panels(self) -> None:
        """The panels' own show/hide actions, in the order the window made them."""
        self.menu_panels.clear()
        for dock in self.window.findChildren(QDockWidget):
            self.menu_panels.addAction(dock.toggleViewAction())

    def find(self) -> None:
        """Put the cursor in the structure search, its text chosen for typing over."""
        search = self.window.search
        search.setFocus()
        search.selectAll()

    def _legend_toggled(self, shown: bool) -> None:
        self.legend.set_shown(shown)
        self.window.settings.setValue(LEGEND_KEY, shown)

    def retranslate_ui(self) -> None:
        self.act_legend.setText(self.tr("Legend"))
        self.act_find.setText(self.tr("Find a unit"))
        self.menu_panels.setTitle(self.tr("Panels"))
        self.legend.retranslate_ui()


def arrange_docks(window: MainWindow, *, tabify: bool = True) -> None:
    """The first arrangement of the window's panels, made once it is shown: the
    inspector with the undo history and the findings with the steps each in tabs, and
    sizes that leave the chart the larger part of a laptop's screen (at 1366×768 the
    findings take under a third of the height, the tree a fifth of the width and the
    inspector a little over a quarter, the width its fields need beside its scroll bar)."""
    if tabify:
        window.tabifyDockWidget(window.dock_inspector, window.dock_undo)
        window.dock_inspector.raise_()
        window.tabifyDockWidget(window.dock_findings, window.dock_operations)
        window.dock_findings.raise_()
    width, height = window.width(), window.height()
    window.resizeDocks([window.dock_tree, window.dock_inspector],
                       [max(180, width // 5), max(320, width * 13 // 50)],
                       Qt.Orientation.Horizontal)  # fmt: skip
    window.resizeDocks([window.dock_findings], [max(180, height * 27 // 100)],
                       Qt.Orientation.Vertical)  # fmt: skip


class TallWhileShown(QObject):
    """Make a bottom ``dock`` at least ``share`` of the window's height while it is
    shown, and give the docks it shares its place with their height back when it goes
    (unless the planner resized it meanwhile: then the new height stays)."""

    def __init__(self, window: QMainWindow, dock: QDockWidget, share: float) -> None:
        super().__init__(dock)
        self.window = window
        self.dock = dock
        self.share = share
        # (the height before, the height given) while the dock is grown
        self.grown: tuple[int, int] | None = None
        # the height of the place when another dock of it last left the front: the
        # height before this one came (a dock behind a tab keeps a stale height)
        self.left_at = 0
        dock.visibilityChanged.connect(self._visibility)
        QTimer.singleShot(0, self._follow_others)  # once the window has tabbed its docks

    def _follow_others(self) -> None:
        for other in self.window.tabifiedDockWidgets(self.dock):
            other.visibilityChanged.connect(self._other_visibility)

    def _visibility(self, visible: bool) -> None:
        # after the tab switch, when the docks have their new sizes
        QTimer.singleShot(0, self._grow if visible else self._shrink)

    def _other_visibility(self, visible: bool) -> None:
        other = self.sender()
        if not visible and isinstance(other, QDockWidget) and not other.isFloating():
            self.left_at = other.height()

    def _grow(self) -> None:
        dock, window = self.dock, self.window
        if not dock.isVisible() or dock.isFloating():
            return
        before = self.left_at or dock.height()
        wanted = round(window.height() * self.share)
        if dock.height() < wanted:
            window.resizeDocks([dock], [wanted], Qt.Orientation.Vertical)
            self.grown = (before, -1)
            QTimer.singleShot(0, self._note)  # the height given, once laid out

    def _note(self) -> None:
        if self.grown is not None:
            self.grown = (self.grown[0], self.dock.height())

    def _shrink(self) -> None:
        grown, self.grown = self.grown, None
        if grown is None or self.dock.isFloating():
            return
        before, given = grown
        shown = [d for d in self.window.tabifiedDockWidgets(self.dock)
                 if not d.visibleRegion().isEmpty()]  # fmt: skip
        if shown and abs(shown[0].height() - given) <= 2:  # not resized by the planner
            self.window.resizeDocks(shown[:1], [before], Qt.Orientation.Vertical)

    def settle(self) -> None:
        """Give the place its height back now if the dock is grown and was not resized
        by the planner: called before the window saves its arrangement, which would
        otherwise keep the grown height as the panels' own for the next window."""
        grown, self.grown = self.grown, None
        if grown is None or self.dock.isFloating() or abs(self.dock.height() - grown[1]) > 2:
            return
        self.window.resizeDocks([self.dock], [grown[0]], Qt.Orientation.Vertical)


def fits_screen(window: MainWindow, room: QSize | None = None) -> bool:
    """Whether the window, its panels arranged as they are, fits ``room`` (by default
    its screen). An arrangement kept from a larger screen (panels side by side at the
    bottom) may need more than a laptop has: the window would open wider than it."""
    if room is None:
        screen = window.screen()
        if screen is None:
            return True
        room = screen.availableGeometry().size()
    need = window.minimumSizeHint()
    return need.width() <= room.width() and need.height() <= room.height()


__all__ = ["Navigation", "TallWhileShown", "arrange_docks", "fits_screen"]

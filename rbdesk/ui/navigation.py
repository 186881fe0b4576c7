"""Finding one's way in the window: the chart's overview and legend, and Ctrl+F to the
structure search.

Selecting a unit anywhere (tree, finding, search, step) reveals it in the chart
(``ChartView.select_unit`` opens what hides it and centres it when off screen); this
module adds the rest: View → Legend (``actionLegend``, remembered on the machine),
Edit → Find (``actionFind``, Ctrl+F), and the overview in the chart's corner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from rbdesk.ui.legend import ChartLegend
from rbdesk.ui.overview import ChartOverview

if TYPE_CHECKING:
    from rbdesk.ui.mainwindow import MainWindow

LEGEND_KEY = "chart/legend"


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
        shown = window.settings.value(LEGEND_KEY, False)
        self.act_legend.setChecked(shown in (True, "true"))
        self.retranslate_ui()

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
        self.legend.retranslate_ui()


__all__ = ["Navigation"]

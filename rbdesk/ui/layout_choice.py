"""View → Compact layout (``actionCompactLayout``): the chart's compact layout (leaves
stacked under their parent, wide rows wrapped; :mod:`rbdesk.layout.compact`) or the
tidy one, remembered on the machine (on unless turned off)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from rbdesk.ui.mainwindow import MainWindow

COMPACT_KEY = "chart/compact"


class LayoutChoice(QObject):
    """See the module docstring."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.act_compact = QAction(window)
        self.act_compact.setObjectName("actionCompactLayout")
        self.act_compact.setCheckable(True)
        kept = window.settings.value(COMPACT_KEY, True)
        compact = kept not in (False, "false")
        self.act_compact.setChecked(compact)
        window.chart.set_compact(compact)
        self.act_compact.toggled.connect(self._toggled)
        # after the levels of expansion, before the language
        window.menu_view.insertAction(window.menu_language.menuAction(), self.act_compact)
        self.retranslate_ui()

    def _toggled(self, compact: bool) -> None:
        self.window.chart.set_compact(compact)
        self.window.settings.setValue(COMPACT_KEY, compact)

    def retranslate_ui(self) -> None:
        self.act_compact.setText(self.tr("Compact layout"))
        self.act_compact.setToolTip(
            self.tr(
                "Stack the lowest units under their parent and wrap wide rows, so that "
                "an expanded chart reads on one screen"
            )  # fmt: skip
        )


__all__ = ["COMPACT_KEY", "LayoutChoice"]

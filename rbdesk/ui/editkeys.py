"""Keys for editing the structure: Delete removes the chosen units (in the tree or the
chart, never while typing in a field), one undo step for the whole choice, asking first
when units below them would go too.

The action (``actionDelete``) lives in the Edit menu and on the tree and the chart only
(a shortcut of the window would also fire in the inspector's text fields).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from rbdesk.ui import plaintext
from rbdesk.ui.commands import DeleteUnitCommand, GroupCommand, push

if TYPE_CHECKING:
    from rbdesk.ui.mainwindow import MainWindow


class EditingKeys(QObject):
    """See the module docstring."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.act_delete = QAction(window)
        self.act_delete.setObjectName("actionDelete")
        self.act_delete.setShortcut(QKeySequence.StandardKey.Delete)
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_delete.triggered.connect(self.delete_chosen)
        for widget in (window.tree, window.chart):
            widget.addAction(self.act_delete)
        self.retranslate_ui()

    def chosen_tops(self) -> list[int]:
        """The chosen units, without those under another chosen unit (they go with it)."""
        doc = self.window.document
        if doc is None:
            return []
        chosen = self.window.selected_units()
        if not chosen and self.window.chart.selected is not None:
            chosen = [self.window.chart.selected]
        picked = set(chosen)
        structure = doc.structure
        return [u for u in chosen if u in structure.units
                and not any(a in picked for a in structure.ancestors(u))]  # fmt: skip

    def delete_chosen(self) -> bool:
        """Delete the chosen units and what is under them: one undo step."""
        window, doc = self.window, self.window.document
        tops = self.chosen_tops()
        if doc is None or not tops:
            return False
        if len(tops) == 1:
            return window.delete_unit(tops[0])
        below = sum(len(doc.subtree_ids(u)) - 1 for u in tops)
        names = "; ".join(doc.unit(u).name for u in tops[:5]) + ("; …" if len(tops) > 5 else "")
        answer = plaintext.question(
            window, self.tr("Delete units"),
            self.tr("Delete {n} units ({names}) and the {below} units below them? Undo "
                    "brings them back.").format(n=len(tops), names=names, below=below),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return False
        text = self.tr("Delete {n} units").format(n=len(tops))
        error = push(doc, GroupCommand(doc, text, [DeleteUnitCommand(doc, u) for u in tops]))
        if error is not None:
            window.statusBar().showMessage(str(error), 8000)
            return False
        return True

    def retranslate_ui(self) -> None:
        self.act_delete.setText(self.tr("Delete the chosen units"))


__all__ = ["EditingKeys"]

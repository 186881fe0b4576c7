"""Copy and paste of subtrees in the window: Edit → Copy (Ctrl+C) and Paste (Ctrl+V),
on the tree and the chart, and in the tree's context menu.

Copy takes the chosen units (those under another chosen unit go with it) with all
below them and what is attached (:mod:`rbdesk.ui.paste_commands`); Paste puts new
units with the same fields under the current unit (the one the inspector shows), or
under the unit the context menu was opened on. The copy stays while the window's
process runs: it can be pasted into another scenario, or another plan's window,
after a switch. The system clipboard gets the copied names, indented, as plain text.
A paste the domain refuses (a kind not allowed under the target) writes nothing and
says why in the status bar.

The shortcuts act on the tree and the chart only, never in the inspector's fields
(where Ctrl+C and Ctrl+V copy and paste text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from rbdesk.ui.commands import push
from rbdesk.ui.paste_commands import PasteSubtreeCommand, Subtree, copy_subtrees

if TYPE_CHECKING:
    from rbdesk.ui.mainwindow import MainWindow


class _Held:
    """The copies of this process (shared by its windows)."""

    copies: tuple[Subtree, ...] = ()


class SubtreeClipboard(QObject):
    """See the module docstring."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.act_copy = QAction(window)
        self.act_copy.setObjectName("actionCopyUnits")
        self.act_copy.setShortcut(QKeySequence.StandardKey.Copy)
        self.act_copy.triggered.connect(self.copy_chosen)
        self.act_paste = QAction(window)
        self.act_paste.setObjectName("actionPasteUnits")
        self.act_paste.setShortcut(QKeySequence.StandardKey.Paste)
        self.act_paste.triggered.connect(self.paste_here)
        for action in (self.act_copy, self.act_paste):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            for widget in (window.tree, window.chart):
                widget.addAction(action)
        self.retranslate_ui()

    @property
    def copies(self) -> tuple[Subtree, ...]:
        return _Held.copies

    def copy(self, unit_ids: list[int]) -> int:
        """Copy ``unit_ids`` with their subtrees; returns how many units were copied."""
        doc = self.window.document
        if doc is None or not unit_ids:
            return 0
        copies = copy_subtrees(doc.structure, unit_ids)
        if not copies:
            return 0
        _Held.copies = copies
        count = sum(len(c.units) for c in copies)
        QGuiApplication.clipboard().setText(_as_text(copies))
        self._update_enabled()
        self.window.statusBar().showMessage(
            self.tr("Copied {n} units from {scenario}").format(n=count, scenario=doc.scenario.name),
            8000,
        )
        return count

    def copy_chosen(self) -> int:
        return self.copy(self.window.editing_keys.chosen_tops())

    def paste_here(self) -> bool:
        """Paste under the current unit (the one the inspector shows)."""
        target = self.window.chart.selected
        if target is None:
            self.window.statusBar().showMessage(self.tr("Choose the unit to paste under"), 8000)
            return False
        return self.paste(target)

    def paste(self, parent_id: int | None) -> bool:
        """Paste the copies under ``parent_id`` (one undo step), choosing the new units;
        a refusal says why and changes nothing."""
        window, doc = self.window, self.window.document
        if doc is None or not _Held.copies:
            return False
        command = PasteSubtreeCommand(doc, _Held.copies, parent_id)
        error = push(doc, command)
        if error is not None:
            window.statusBar().showMessage(
                self.tr("Cannot paste: {reason}").format(reason=error), 10000
            )
            return False
        window.select_units(command.new_tops)
        return True

    def add_to_menu(self, menu: QMenu, unit_id: int) -> None:
        """Copy and Paste entries of a unit's context menu (the tree's)."""
        doc = self.window.document
        copy = menu.addAction(self.tr("Copy"))
        copy.setObjectName("menuCopyUnits")
        copy.triggered.connect(lambda: self._copy_from_menu(unit_id))
        paste = menu.addAction(self.tr("Paste under this unit"))
        paste.setObjectName("menuPasteUnits")
        paste.setEnabled(bool(_Held.copies) and doc is not None and not doc.read_only)
        paste.triggered.connect(lambda: self.paste(unit_id))

    def _copy_from_menu(self, unit_id: int) -> None:
        chosen = self.window.editing_keys.chosen_tops()
        self.copy(chosen if unit_id in chosen else [unit_id])

    def _update_enabled(self) -> None:
        self.act_paste.setEnabled(bool(_Held.copies))

    def retranslate_ui(self) -> None:
        self.act_copy.setText(self.tr("Copy the chosen units"))
        self.act_paste.setText(self.tr("Paste under the current unit"))
        self._update_enabled()


def _as_text(copies: tuple[Subtree, ...]) -> str:
    """The copied names, one a line, indented by depth (for a text editor)."""
    lines: list[str] = []
    for copy in copies:
        depth = {copy.top.id: 0}
        for unit in copy.units:
            level = 0 if unit.id == copy.top.id else depth[unit.parent_id] + 1  # type: ignore[index]
            depth[unit.id] = level
            lines.append("    " * level + unit.name)
    return "\n".join(lines) + "\n"


__all__ = ["SubtreeClipboard"]

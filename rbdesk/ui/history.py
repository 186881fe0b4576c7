"""The window's Undo and Redo over two histories: the active scenario's stack and the
plan's own (scenarios created, renamed and deleted, the plan's details).

Every command is numbered when it is made (``DocumentCommand.sequence``). Undo takes
back the newest step of the two stacks' undoable ones, Redo makes again the oldest of
their redoable ones: after "new proposal" and an edit in it, Undo takes the edit back,
then the proposal, just as they were made.

The actions' menu text names the step ("Undo Rename …"); their toolbar text stays
"Undo"/"Redo", so a long unit name never widens the toolbar.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from rbdesk.ui.document import Document
from rbdesk.ui.plaintext import keep_action_tooltip_plain


def _sequence(stack: QUndoStack, index: int) -> int:
    command = stack.command(index)
    return int(getattr(command, "sequence", 0))


class History(QObject):
    """Undo and redo across the active scenario's stack and the plan's stack."""

    changed = Signal()

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        group = document.undo_group
        for signal in (group.activeStackChanged, group.indexChanged, group.cleanChanged,
                       group.undoTextChanged, group.redoTextChanged,
                       document.plan_stack.indexChanged, document.plan_stack.undoTextChanged,
                       document.plan_stack.redoTextChanged):  # fmt: skip
            signal.connect(self._emit_changed)
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None

    def _emit_changed(self, *_args: object) -> None:
        self.changed.emit()

    def _stacks(self) -> list[QUndoStack]:
        active = self.document.undo_group.activeStack()
        return [s for s in (active, self.document.plan_stack) if s is not None]

    def undo_stack(self) -> QUndoStack | None:
        """The stack whose next undo is the newest step, or None."""
        ready = [s for s in self._stacks() if s.canUndo()]
        return max(ready, key=lambda s: _sequence(s, s.index() - 1), default=None)

    def redo_stack(self) -> QUndoStack | None:
        """The stack whose next redo is the oldest undone step, or None."""
        ready = [s for s in self._stacks() if s.canRedo()]
        return min(ready, key=lambda s: _sequence(s, s.index()), default=None)

    def undo(self) -> None:
        stack = self.undo_stack()
        if stack is not None:
            stack.undo()

    def redo(self) -> None:
        stack = self.redo_stack()
        if stack is not None:
            stack.redo()

    def undo_text(self) -> str:
        stack = self.undo_stack()
        return stack.undoText() if stack is not None else ""

    def redo_text(self) -> str:
        stack = self.redo_stack()
        return stack.redoText() if stack is not None else ""

    # -- the window's actions -------------------------------------------------------------
    def make_actions(self, parent: QObject) -> tuple[QAction, QAction]:
        """The Undo and Redo actions (object names ``actionUndo``/``actionRedo``),
        kept enabled and named after the step they would take."""
        self.undo_action = QAction(parent)
        self.undo_action.setObjectName("actionUndo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(parent)
        self.redo_action.setObjectName("actionRedo")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.redo)
        for action in (self.undo_action, self.redo_action):
            keep_action_tooltip_plain(action)
        self.changed.connect(self.retranslate_ui)
        self.retranslate_ui()
        return self.undo_action, self.redo_action

    def retranslate_ui(self) -> None:
        for action, step, plain, named in (
            (self.undo_action, self.undo_text(), self.tr("Undo"), self.tr("Undo {step}")),
            (self.redo_action, self.redo_text(), self.tr("Redo"), self.tr("Redo {step}")),
        ):
            if action is None:
                continue
            # "&" in a unit's name is not a shortcut marker
            text = named.format(step=step.replace("&", "&&")) if step else plain
            action.setText(text)  # its tooltip follows, escaped (keep_action_tooltip_plain)
            action.setIconText(plain)
            action.setEnabled(bool(step) or self._can(action))

    def _can(self, action: QAction) -> bool:
        if action is self.undo_action:
            return self.undo_stack() is not None
        return self.redo_stack() is not None


__all__ = ["History"]

"""Text from a plan file shown as text: the window's one way to put such text in a label,
a message box or a tooltip.

Qt's ``QLabel``, ``QMessageBox`` (its static ``warning``/``critical``/``question``/
``information`` too), tooltips (``setToolTip``, an item model's ``ToolTipRole``,
``QToolTip``) and ``QInputDialog``'s label show a string as HTML whenever
``Qt::mightBeRichText`` guesses so: when the first tag of its first line is one Qt knows.
A plan comes by USB stick or email, and every name in it (units, scenarios, the region,
signatories, positions, IKU, even the names of SQLite objects a refusal quotes) is
untrusted: a unit named ``<img src="/dev/zero">`` made the window read ``/dev/zero``
until it ran out of memory, and ``<font size=80 color=red>`` spoofed dialogs.

Terms:

plain label
    A ``QLabel`` whose text format is ``PlainText``: shown literally, never parsed
    (:func:`plain_label`). Every label of ``rbdesk.ui`` that shows a name, a path or an
    error is one; a label that shows our own rich text escapes any file text it embeds
    (:func:`escaped`).
plain tooltip
    A tooltip is a label Qt builds itself, with no format to set: :func:`plain_tooltip`
    turns the text into rich text whose every character is escaped, so Qt shows it
    literally and never loads a resource.
plain message box
    :func:`warning`, :func:`critical`, :func:`information` and :func:`question` take the
    arguments of the ``QMessageBox`` static helpers, which cannot set a text format, and
    answer the same ``StandardButton``; the box shows its text as plain text. The window
    calls them through this module (``plaintext.warning(...)``), so a test replaces one
    with ``monkeypatch.setattr(plaintext, "warning", ...)``, or replaces
    ``QMessageBox.exec`` to look at the box itself.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton
Icon = QMessageBox.Icon


def escaped(text: str) -> str:
    """``text`` made safe inside our own rich text: every ``<``, ``>``, ``&`` and quote
    escaped (newlines are left to the caller)."""
    return html.escape(text, quote=True)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: rich text (``<qt>``) in which every
    character of ``text`` is escaped and each line break is a ``<br>``; ``""`` stays
    ``""`` (no tooltip).

    >>> plain_tooltip('<img src="/dev/zero">\\nBidang & Seksi')
    '<qt>&lt;img src=&quot;/dev/zero&quot;&gt;<br>Bidang &amp; Seksi'
    """
    if not text:
        return ""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<qt>" + "<br>".join(escaped(line) for line in lines)


def plain_label(label: QLabel, text: str | None = None) -> QLabel:
    """Make ``label`` show its text as plain text (and set ``text`` when given);
    returns the label."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    if text is not None:
        label.setText(text)
    return label


def stripped_action_text(text: str) -> str:
    """An action's text as Qt makes its tooltip from it: ``...`` dropped, each ``&``
    of a mnemonic dropped (``&&`` gives ``&``), spaces at the ends trimmed."""
    text = text.replace("...", "")
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == "&":
            i += 1
        if i < len(text):
            out.append(text[i])
        i += 1
    return "".join(out).strip()


def keep_action_tooltip_plain(action: QAction) -> QAction:
    """An action whose text can quote a file (the undo and redo actions, "Undo Rename
    to ..."): its tooltip, which Qt would otherwise derive from the text and show on a
    toolbar button as rich text, follows the text, escaped."""

    def update() -> None:
        tip = plain_tooltip(stripped_action_text(action.text()))
        if action.toolTip() != tip:  # setToolTip emits changed again
            action.setToolTip(tip)

    action.changed.connect(update)
    update()
    return action


# -- message boxes --------------------------------------------------------------------------
def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = Button.Ok,
    default: QMessageBox.StandardButton = Button.NoButton,
) -> QMessageBox:
    """A message box (not shown) whose text is plain text."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    return box


def ask(box: QMessageBox) -> QMessageBox.StandardButton:
    """Show ``box`` modally and answer the button chosen, as the static helpers do
    (``Cancel`` when the box was closed without one); the box is deleted after."""
    code = box.exec()
    clicked = box.clickedButton()
    answer = box.standardButton(clicked) if clicked is not None else Button.NoButton
    if answer == Button.NoButton:
        # exec() answers the standard button's value (-1 when the box was closed)
        answer = Button(code) if code in _STANDARD_VALUES else Button.Cancel
    box.deleteLater()
    return answer


#: The value of each standard button (``Button(n)`` accepts any number at all).
_STANDARD_VALUES = frozenset(
    int(b.value) for b in Button.__members__.values() if b != Button.NoButton
)


def warning(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = Button.Ok,
    default: QMessageBox.StandardButton = Button.NoButton,
) -> QMessageBox.StandardButton:
    """``QMessageBox.warning`` with ``text`` shown as plain text."""
    return ask(message_box(parent, Icon.Warning, title, text, buttons, default))


def critical(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = Button.Ok,
    default: QMessageBox.StandardButton = Button.NoButton,
) -> QMessageBox.StandardButton:
    """``QMessageBox.critical`` with ``text`` shown as plain text."""
    return ask(message_box(parent, Icon.Critical, title, text, buttons, default))


def information(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = Button.Ok,
    default: QMessageBox.StandardButton = Button.NoButton,
) -> QMessageBox.StandardButton:
    """``QMessageBox.information`` with ``text`` shown as plain text."""
    return ask(message_box(parent, Icon.Information, title, text, buttons, default))


def question(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = Button.Yes | Button.No,
    default: QMessageBox.StandardButton = Button.NoButton,
) -> QMessageBox.StandardButton:
    """``QMessageBox.question`` with ``text`` shown as plain text."""
    return ask(message_box(parent, Icon.Question, title, text, buttons, default))


__all__ = [
    "ask",
    "critical",
    "escaped",
    "information",
    "keep_action_tooltip_plain",
    "message_box",
    "plain_label",
    "plain_tooltip",
    "question",
    "stripped_action_text",
    "warning",
]

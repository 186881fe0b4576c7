"""Who holds the plan, and taking it over.

A plan another window or program has open for editing opens read-only. The status
bar says who holds it, as its lock file names them (process, computer, since when).
A lock that cannot be checked from here (another computer's: the stick came from
there, or the computer crashed with the plan open) or whose process is gone can be
taken over, after the planner confirms that the window named is closed; the plan is
then opened again for editing.
"""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QToolButton

from rbdesk.domain.errors import RbdeskError
from rbdesk.store import LockHolder, read_lock, take_over_lock
from rbdesk.store.sidefiles import link_count, real_path
from rbdesk.ui import plaintext
from rbdesk.ui.messages import said

if TYPE_CHECKING:
    from rbdesk.ui.mainwindow import MainWindow


class LockControl(QObject):
    """The status bar's word on a plan opened read-only, and its Take over button."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.button = QToolButton(window)
        self.button.setObjectName("takeOverLock")
        self.button.hide()
        self.button.clicked.connect(self.take_over)
        window.statusBar().addPermanentWidget(self.button)

    def holder(self) -> LockHolder | None:
        """Who holds the open plan's lock, when it opened read-only because of it."""
        doc = self.window.document
        if doc is None or not doc.opened_elsewhere:
            return None
        holder = read_lock(real_path(doc.path))
        return None if holder is None or holder.ours else holder

    def describe(self) -> str:
        """The read-only notice, naming the holder when the lock names one; shows
        the Take over button when the holder may be gone."""
        holder = self.holder()
        elsewhere = holder is not None and holder.host not in ("", socket.gethostname())
        self.button.setVisible(holder is not None and (not holder.live or elsewhere))
        if holder is None:
            doc = self.window.document
            links = link_count(real_path(doc.path)) if doc is not None else 1
            if links > 1:  # a hard link: never edited, whoever holds what
                return self.tr("Read-only: this plan file has {n} names (hard links); save a "
                               "copy to edit it").format(n=links)  # fmt: skip
            return self.tr("Read-only: another window or program has this plan open, or the "
                           "file cannot be written")  # fmt: skip
        since = holder.since.strftime("%Y-%m-%d %H:%M") if holder.since else "?"
        return self.tr("Read-only: open for editing on {host} (process {pid}, since "
                       "{since})").format(host=holder.host or "?", pid=holder.pid or "?",
                                          since=since)  # fmt: skip

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("Take over…"))

    def take_over(self) -> bool:
        """Ask, remove the lock and open the plan again for editing."""
        window, doc = self.window, self.window.document
        holder = self.holder()
        if doc is None or holder is None:
            return False
        answer = plaintext.question(
            window, self.tr("Take over the plan"),
            self.tr("The plan is marked as open for editing on {host}. Take it over only "
                    "when that window is closed (or its computer is off): edits made there "
                    "afterwards would be lost. Take it over?").format(host=holder.host or "?"),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return False
        path = doc.path
        try:
            take_over_lock(path)
        except RbdeskError as exc:
            plaintext.warning(window, self.tr("Take over the plan"), said(exc))
            return False
        return window.open_path(path)


__all__ = ["LockControl"]

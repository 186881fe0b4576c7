"""A plan with two names (a hard link) opens read-only, and the window's notice says
that is why (not "another window or program")."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from rbdesk.ui.document import Document
from rbdesk.ui.mainwindow import MainWindow


def test_the_read_only_notice_names_the_hard_links(
    qtbot, sukamaju_plan: Path, tmp_path: Path
) -> None:
    os.link(sukamaju_plan, tmp_path / "nama-lain.rbd")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Document.open(sukamaju_plan), settings, "en")
    qtbot.addWidget(window)
    window.show()
    assert window.document.read_only
    text = window.read_only_label.text()
    assert "2 names (hard links)" in text and "another window" not in text
    window.close()

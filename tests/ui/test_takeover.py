"""A plan whose lock names a window on another computer (the stick came from there,
or that computer crashed with the plan open) opens read-only, says who holds it, and
can be taken over once the planner confirms."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from rbdesk.store import read_lock
from rbdesk.store.sidefiles import real_path
from rbdesk.ui import plaintext
from rbdesk.ui.document import Document
from rbdesk.ui.mainwindow import MainWindow
from tests.ui.helpers import on_disk


def _foreign_lock(plan: Path) -> None:
    Path(f"{real_path(plan)}.lock").write_text("4242\nrbdesk\nlaptop-bappeda\n\n\n")


def _window(qtbot, plan: Path, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Document.open(plan), settings, "en")
    win.scenarios.allow_baseline_edits()
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_a_lock_from_another_computer_is_named_and_can_be_taken_over(
    qtbot, sukamaju_plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer
) -> None:
    _foreign_lock(sukamaju_plan)
    win = _window(qtbot, sukamaju_plan, tmp_path)
    assert win.document.read_only and win.document.opened_elsewhere
    assert "laptop-bappeda" in win.read_only_label.text() and "4242" in win.read_only_label.text()
    assert win.lock.button.isVisible()
    asked: list[str] = []
    monkeypatch.setattr(plaintext, "question", lambda _p, _t, text: (asked.append(text), answer)[1])
    qtbot.mouseClick(win.lock.button, Qt.MouseButton.LeftButton)
    assert asked and "laptop-bappeda" in asked[0]
    doc = win.document
    if answer == QMessageBox.StandardButton.No:
        assert doc.read_only and read_lock(real_path(sukamaju_plan)).host == "laptop-bappeda"
        return
    assert not doc.read_only and not doc.opened_elsewhere
    assert read_lock(real_path(sukamaju_plan)).ours
    assert not win.lock.button.isVisible() and win.read_only_label.text() == ""
    uid = next(u.id for u in doc.structure.units.values() if u.name == "Dinas Perhubungan")
    assert win._rename(uid, "Dinas Perhubungan Baru")
    assert on_disk(doc).units[uid].name == "Dinas Perhubungan Baru"
    win.close()

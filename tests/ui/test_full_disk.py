"""A full disk (issue 17 item 10): an edit the disk refuses says so in the window's
language, changes nothing in the file or in memory, and an undo the disk refuses
reloads the plan and says why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from rbdesk.store import WriteError
from rbdesk.ui import messages, plaintext
from rbdesk.ui.document import Document
from rbdesk.ui.mainwindow import MainWindow
from tests.ui.helpers import assert_synced


def _fill_the_disk(doc: Document) -> None:
    """No page beyond the ones the file has: the next write that needs one fails with
    SQLite's "database or disk is full", as on a full stick."""
    conn = doc.store.db.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Errors in the language of the fixture's window (the app switches both)."""
    monkeypatch.setattr(messages, "_language", "en")


def test_an_edit_on_a_full_disk_is_refused_with_the_reason(qtbot, window: MainWindow) -> None:
    doc = window.document
    uid = next(u.id for u in doc.structure.units.values() if u.name == "Dinas Perhubungan")
    window.select_unit(uid)
    before = assert_synced(doc)
    _fill_the_disk(doc)
    inspector = window.inspector
    # long enough to need new pages, short of the limit on a text
    inspector.tugas.setPlainText("menyelenggarakan urusan perhubungan " * 500)
    inspector.tugas.setFocus()
    qtbot.keyClick(inspector.tugas, Qt.Key.Key_Tab)  # leaving the box commits it
    inspector._commit()
    assert "is full: the change was not made" in inspector.error.text()
    assert assert_synced(doc) == before  # nothing half-written, memory equals the file


def test_an_undo_the_disk_refuses_reloads_and_says_why(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = window.document
    uid = next(u.id for u in doc.structure.units.values() if u.name == "Dinas Perhubungan")
    assert window._rename(uid, "Dinas Perhubungan Baru")
    shown: list[str] = []
    monkeypatch.setattr(plaintext, "warning", lambda _p, _t, text: shown.append(text))

    def full(*_args: object, **_kw: object) -> None:
        raise WriteError("store.disk_full", path=doc.path)

    monkeypatch.setattr(doc.store, "update_unit", full)
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: doc.undo_stack.count() == 0)  # the history that no longer fits
    assert shown and "is full: the change was not made" in shown[0] and "read again" in shown[0]
    assert assert_synced(doc).units[uid].name == "Dinas Perhubungan Baru"

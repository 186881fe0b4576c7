"""Findings as work (issue 16 item 4): the fix shown, sorting, search, and the
planner's decisions on a finding (accept, exempt with a reason, reopen), each one undo
step, kept in the plan across a reopening; exempted findings leave the counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QInputDialog

from rbdesk.analysis.status import meta_key, parse_statuses
from rbdesk.store import Store
from rbdesk.ui.document import Document
from rbdesk.ui.mainwindow import MainWindow
from rbdesk.ui.models import FindingsModel


def _ready(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.findings_filter.rowCount() > 3, timeout=20_000)


def _choose_row(qtbot, window: MainWindow, row: int) -> None:
    view = window.findings
    index = view.model().index(row, FindingsModel.MESSAGE)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def _rows(window: MainWindow, column: int) -> list[str]:
    model = window.findings.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _stored(window: MainWindow) -> dict:
    with Store.open(window.document.path, read_only=True) as store:
        return parse_statuses(store.meta(meta_key(window.document.scenario.id)))


def test_sorting_search_and_the_suggested_fix(qtbot, window: MainWindow) -> None:
    _ready(qtbot, window)
    header = window.findings.horizontalHeader()
    x = header.sectionViewportPosition(FindingsModel.RULE) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    rules = _rows(window, FindingsModel.RULE)
    assert rules == sorted(rules)
    # the rule's title in the window's language, its id as the tip
    pack = window.document.pack
    assert set(rules) <= {pack.rules[f.rule].title["en"] for f in window.document.findings()}
    assert not any(rule in pack.rules for rule in rules)
    model = window.findings_filter
    tip = model.index(0, FindingsModel.RULE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip in pack.rules and pack.rules[tip].title["en"] == rules[0]
    window.findings.sortByColumn(FindingsModel.SEVERITY, Qt.SortOrder.AscendingOrder)
    severities = _rows(window, FindingsModel.SEVERITY)
    assert severities[0] == "Error" and severities[-1] != "Error"  # errors first, by rank
    qtbot.keyClicks(window.findings_work.search, "Perhubungan")
    units = _rows(window, FindingsModel.UNITS)
    messages = _rows(window, FindingsModel.MESSAGE)
    assert units and all("Perhubungan" in u + m for u, m in zip(units, messages, strict=True))
    _choose_row(qtbot, window, 0)
    assert "Suggested fix:" in window.findings_work.detail.text()
    window.findings_work.search.clear()


def test_accept_exempt_undo_and_reopen_the_plan(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _ready(qtbot, window)
    work = window.findings_work
    total = window.findings_filter.rowCount()
    count_before = window.findings_count.text()
    _choose_row(qtbot, window, 0)
    qtbot.mouseClick(work.accept, Qt.MouseButton.LeftButton)
    assert _rows(window, FindingsModel.STATUS)[0] == "Accepted"
    assert [s.status.value for s in _stored(window).values()] == ["accepted"]
    assert window.findings_count.text() == count_before  # accepted stays counted

    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda *a, **k: ("UPT ini bersifat khusus", True))  # fmt: skip
    _choose_row(qtbot, window, 1)
    qtbot.mouseClick(work.exempt, Qt.MouseButton.LeftButton)
    assert window.findings_filter.rowCount() == total - 1  # out of "open and accepted"
    assert "(1 exempted)" in window.findings_count.text()
    stored = _stored(window)
    assert sorted(s.status.value for s in stored.values()) == ["accepted", "exempted"]
    assert any(s.reason == "UPT ini bersifat khusus" for s in stored.values())

    window.act_undo.trigger()  # the exemption, one step
    assert window.findings_filter.rowCount() == total
    assert [s.status.value for s in _stored(window).values()] == ["accepted"]
    window.act_redo.trigger()
    assert window.findings_filter.rowCount() == total - 1

    # the decisions are the plan's: another window on it sees them
    path = window.document.path
    window.close()
    settings = QSettings(str(tmp_path / "again.ini"), QSettings.Format.IniFormat)
    again = MainWindow(Document.open(path), settings, "id")
    qtbot.addWidget(again)
    again.show()
    _ready(qtbot, again)
    index = again.findings_work.status_filter.findData("exempted")
    again.findings_work.status_filter.setCurrentIndex(index)
    assert _rows(again, FindingsModel.STATUS) == ["Dikecualikan: UPT ini bersifat khusus"]
    again.close()


def test_an_exemption_needs_a_reason(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, no_modal_message_box: list[str]
) -> None:
    _ready(qtbot, window)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("   ", True))
    _choose_row(qtbot, window, 0)
    assert not window.findings_work.exempt_dialog()
    assert _stored(window) == {}

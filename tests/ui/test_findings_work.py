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


def _chosen_findings(window: MainWindow) -> list:
    """The findings chosen in the list, in the list's order."""
    rows = sorted(i.row() for i in window.findings.selectionModel().selectedRows())
    proxy, model = window.findings_filter, window.findings_model
    return [model.finding(proxy.mapToSource(proxy.index(r, 0)).row()) for r in rows]


def _click_in_tree(qtbot, window: MainWindow, unit_id: int) -> None:
    index = window.structure_model.index_of(unit_id)
    window.tree.scrollTo(index)
    qtbot.mouseClick(
        window.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.tree.visualRect(index).center(),
    )


def test_choosing_a_unit_chooses_its_findings(qtbot, window: MainWindow) -> None:
    """A planner who clicks a red box sees why at once: the unit's findings chosen in
    the list, the first with its fix beside it; a unit without findings chooses none."""
    _ready(qtbot, window)
    doc = window.document
    units = doc.structure.units
    findings = doc.findings()
    dishub = next(uid for uid, u in units.items() if u.name == "Dinas Perhubungan")
    concerning = [f for f in findings if dishub in f.units]
    assert concerning
    # in the chart: the OPD's box, clicked
    chart = window.chart
    box = chart.item.layout.boxes[dishub]
    chart.centerOn(box.x + box.width / 2, box.y + box.height / 2)
    at = chart.mapFromScene(box.x + box.width / 2, box.y + box.height / 2)
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert window.tree.currentIndex().internalId() == dishub
    chosen = _chosen_findings(window)
    assert chosen == sorted(concerning, key=chosen.index) and len(chosen) == len(concerning)
    current = window.findings_work.current()
    assert current is not None and current[0] == chosen[0]
    assert window.findings.currentIndex().row() == min(
        i.row() for i in window.findings.selectionModel().selectedRows()
    )
    detail = window.findings_work.detail.text()
    assert detail.startswith(chosen[0].text("en"))
    assert "Suggested fix:" in detail
    # a unit that no finding concerns: none chosen, the pane asks for a finding
    free = next(
        uid
        for uid, u in units.items()
        if u.parent_id is not None
        and units[u.parent_id].parent_id is None
        and not any(uid in f.units for f in findings)
    )
    _click_in_tree(qtbot, window, free)
    assert _chosen_findings(window) == []
    assert window.findings_work.current() is None
    assert window.findings_work.detail.text() == "Choose a finding to see the suggested fix."
    # a finding double-clicked chooses its unit and stays the current one, also when
    # the list holds an earlier finding of that unit (choosing the unit would make that
    # one current)
    listed = [
        window.findings_model.finding(window.findings_filter.mapToSource(
            window.findings_filter.index(r, 0)).row())
        for r in range(window.findings_filter.rowCount())
    ]  # fmt: skip
    row = next(r for r, f in enumerate(listed)
               if any(f.units[0] in g.units for g in listed[:r]))  # fmt: skip
    last = window.findings_filter.index(row, FindingsModel.MESSAGE)
    _click_in_tree(qtbot, window, free)
    window.findings.scrollTo(last)
    point = window.findings.visualRect(last).center()
    # a double click is a press, a release and a second press (Qt checks the first)
    qtbot.mouseClick(window.findings.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(window.findings.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.findings.currentIndex().row() == last.row()
    current = window.findings_work.current()
    assert current is not None and window.tree.currentIndex().internalId() == current[0].units[0]

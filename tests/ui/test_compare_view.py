"""The before/after view on the sample's proposal: the table, the marks and the findings
equal the comparison's; it follows edits of the proposal (and of the baseline) while
it is shown and does nothing hidden; the two charts zoom and scroll together; the
current scenario gets a message; Indonesian and English."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtWidgets import QApplication

from rbdesk.analysis.engine import compare_scenarios
from rbdesk.analysis.marks import Mark
from rbdesk.domain.model import Structure
from rbdesk.ui import baseline_reader
from rbdesk.ui.app import Translations
from rbdesk.ui.commands import RenameUnitCommand, push
from rbdesk.ui.compareview import CompareView
from rbdesk.ui.document import Document
from rbdesk.ui.messages import use_language, window_language


@pytest.fixture
def doc(qtbot, tmp_path: Path) -> Iterator[Document]:
    """The sample plan, on its proposal."""
    document = Document.from_sample(tmp_path / "x.rbd")
    proposal = next(s for s in document.scenarios() if s.derived_from is not None)
    document.switch_scenario(proposal.id)
    yield document
    document.close()


@pytest.fixture
def translations(qtbot) -> Iterator[Translations]:
    """Qt's translations of the window; afterwards none, and errors said in the
    language they were said in before."""
    app = QApplication.instance()
    assert app is not None
    translations = Translations(app)
    language = window_language()
    locale = QLocale()
    yield translations
    for translator in translations.translators:
        app.removeTranslator(translator)
    use_language(language)
    QLocale.setDefault(locale)


def open_view(qtbot, doc: Document, language: str = "en") -> CompareView:
    view = CompareView()
    qtbot.addWidget(view)
    view.set_language(language)
    view.set_document(doc)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    wait_computed(qtbot, view)
    return view


def wait_computed(qtbot, view: CompareView) -> None:
    qtbot.waitUntil(lambda: view._shown == view._key(), timeout=10000)


def expected(doc: Document) -> tuple:
    before = doc.store.load(doc.scenario.derived_from)
    comparison = compare_scenarios(
        before, doc.structure, doc.region, catalogue=doc.catalogue, pack=doc.pack,
        pemetaan=doc.pemetaan(),  # the plan's scores, which the window checks with
    )  # fmt: skip
    return comparison, before


def texts(view: CompareView, column: int) -> list[str]:
    return [view.table.item(n, column).text().strip() for n in range(view.table.rowCount())]


@pytest.fixture(params=["at once", "on a thread"])
def reading(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The baseline read on the window's thread (the sample's size), or on the reader's
    thread as a large plan's is."""
    if request.param == "on a thread":
        monkeypatch.setattr(baseline_reader, "SYNC_UNITS", 0)
    return str(request.param)


def test_the_view_shows_the_comparison(qtbot, doc: Document, reading: str) -> None:
    view = open_view(qtbot, doc)
    comparison, before = expected(doc)
    assert view.objectName() == "compareView"
    assert view.body.isVisible() and not view.notice.isVisible()
    # the sebelum / sesudah / selisih table
    assert view.metric_rows() == comparison.metric_table(zeros=False)
    headers = [view.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["Measure", "Before", "After", "Change"]
    names = texts(view, 0)
    assert names[0] == "Organisational units" and "Units by kind" in names
    # numbers as the report writes them
    row = next(n for n, r in enumerate(names) if r == "Organisational units")
    b, a, d = comparison.metric_table()[0][1:]
    assert [view.table.item(row, c).text() for c in (1, 2, 3)] == [
        f"{b:,}",
        f"{a:,}",
        (f"+{d:,}" if d > 0 else f"{d:,}".replace("-", "−")),
    ]
    # the charts and their marks
    before_chart = view.findChild(type(view.before_chart), "compareBefore")
    after_chart = view.findChild(type(view.after_chart), "compareAfter")
    assert before_chart is view.before_chart and after_chart is view.after_chart
    assert before_chart.structure == before and after_chart.structure == doc.structure
    assert {Mark.TO_FUNCTIONAL, Mark.MERGED} <= set(after_chart.marks.values())
    assert {Mark.TO_FUNCTIONAL, Mark.MERGED, Mark.REMOVED} <= set(before_chart.marks.values())
    assert after_chart.marks == view.after_marks and before_chart.marks == view.before_marks
    assert view.before_heading.text() == f"Before: {before.scenario.name}"
    assert view.after_heading.text() == f"After: {doc.scenario.name}"
    assert list(view.legend_names.values()) == [
        "New", "Abolished", "Moved", "Changed", "Merged", "Split", "To functional group"
    ]  # fmt: skip
    # findings resolved and introduced, as the findings panel shows them
    for name, model, found in (
        ("resolvedFindings", view.resolved_model, comparison.resolved),
        ("introducedFindings", view.introduced_model, comparison.introduced),
    ):
        table = view.findChild(type(view.resolved), name)
        assert table is not None and table.model() is model
        assert [model.finding(n) for n in range(model.rowCount())] == list(found)
    # the measures and each list in a tab of its own, each the view's whole width
    tabs = view.details
    assert [tabs.widget(n) for n in range(tabs.count())] == [
        view.table, view.resolved, view.introduced
    ]  # fmt: skip
    assert [tabs.tabText(n) for n in range(tabs.count())] == [
        "Measures before and after",
        f"Findings resolved ({len(comparison.resolved)})",
        f"Findings introduced ({len(comparison.introduced)})",
    ]
    assert view.table.width() > view.width() * 0.9
    tabs.setCurrentIndex(view.RESOLVED_TAB)
    assert view.resolved.isVisible() and view.resolved.width() > view.width() * 0.9
    assert comparison.resolved  # the sample's proposal resolves findings
    units = view.resolved_model.data(view.resolved_model.index(0, 2))
    first = comparison.resolved[0]
    assert units.split("; ")[0] == before.units[first.units[0]].name  # names of the baseline


def test_the_findings_models(qtbot, qtmodeltester, doc: Document) -> None:
    view = open_view(qtbot, doc)
    qtmodeltester.check(view.resolved_model)
    qtmodeltester.check(view.introduced_model)


def test_an_edit_of_the_proposal_updates_the_view(qtbot, doc: Document, monkeypatch) -> None:
    view = open_view(qtbot, doc)
    loads: list[int] = []
    load = doc.store.load
    monkeypatch.setattr(doc.store, "load", lambda sid: loads.append(sid) or load(sid))
    unit = next(
        u
        for uid, u in doc.structure.units.items()
        if u.kind == "bidang" and uid not in view.after_marks
    )
    assert push(doc, RenameUnitCommand(doc, unit.id, "Bidang Yang Baru Dinamai")) is None
    wait_computed(qtbot, view)
    assert view.after_marks[unit.id] is Mark.CHANGED
    assert view.after_chart.structure.units[unit.id].name == "Bidang Yang Baru Dinamai"
    assert loads == []  # the baseline was kept, not loaded again
    monkeypatch.undo()
    comparison, _ = expected(doc)
    assert view.metric_rows() == comparison.metric_table(zeros=False)
    # with the findings not yet up to date, the view checks the proposal itself
    doc.auto_analyse = False
    doc.undo_stack.undo()
    assert doc.findings_stale
    wait_computed(qtbot, view)
    assert unit.id not in view.after_marks
    comparison, _ = expected(doc)
    assert view.comparison is not None
    assert view.comparison.introduced == comparison.introduced
    assert view.comparison.resolved == comparison.resolved


def test_an_edit_of_the_baseline_shows_when_coming_back(qtbot, doc: Document, reading: str) -> None:
    view = open_view(qtbot, doc)
    proposal = doc.scenario.id
    baseline = doc.scenario.derived_from
    analysed = view.baseline
    doc.switch_scenario(baseline)
    wait_computed(qtbot, view)
    assert view.notice.isVisible()
    doc.edit_guard = None
    unit = next(u for u in doc.structure.units.values() if u.kind == "dinas")
    assert push(doc, RenameUnitCommand(doc, unit.id, "Dinas Dinamai Ulang")) is None
    doc.switch_scenario(proposal)
    wait_computed(qtbot, view)
    assert view.before_chart.structure.units[unit.id].name == "Dinas Dinamai Ulang"
    assert view.baseline is not analysed
    # a switch back and forth without an edit keeps the analysis of the baseline
    analysed = view.baseline
    doc.switch_scenario(baseline)
    doc.switch_scenario(proposal)
    wait_computed(qtbot, view)
    assert view.baseline is analysed


def test_a_hidden_view_does_nothing(qtbot, doc: Document, monkeypatch) -> None:
    view = open_view(qtbot, doc)
    view.hide()
    runs: list[int] = []
    refresh = view.refresh
    monkeypatch.setattr(view, "refresh", lambda: runs.append(1) or refresh())
    view._timer.timeout.disconnect()
    view._timer.timeout.connect(view.refresh)
    unit = next(u for u in doc.structure.units.values() if u.kind == "bidang")
    assert push(doc, RenameUnitCommand(doc, unit.id, "Bidang Tersembunyi")) is None
    qtbot.wait(300)
    assert runs == []
    view.show()
    wait_computed(qtbot, view)
    assert runs == [1]
    assert view.after_chart.structure.units[unit.id].name == "Bidang Tersembunyi"


def test_the_charts_zoom_and_scroll_together(qtbot, doc: Document) -> None:
    view = open_view(qtbot, doc)
    before, after = view.before_chart, view.after_chart
    assert before.transform() == after.transform()
    before.zoom(2.0)
    assert after.transform() == before.transform()
    after.zoom(1.5)
    assert before.transform() == after.transform()
    assert before.transform().m11() == pytest.approx(after.transform().m11())
    for source, target in ((before, after), (after, before)):
        for bar in ("horizontalScrollBar", "verticalScrollBar"):
            s, t = getattr(source, bar)(), getattr(target, bar)()
            assert s.maximum() > 0 and t.maximum() > 0
            s.setValue(s.maximum())
            assert t.value() == t.maximum()
            s.setValue(s.minimum())
            assert t.value() == t.minimum()
            s.setValue((s.minimum() + s.maximum()) // 2)
            middle = (t.minimum() + t.maximum()) / 2
            assert abs(t.value() - middle) <= max(2, (t.maximum() - t.minimum()) * 0.01)


def in_sight(chart, uid: int) -> bool:
    box = chart.item.layout.boxes[uid]
    shown = chart.mapToScene(chart.viewport().rect()).boundingRect()
    return shown.contains(QRectF(box.x, box.y, box.width, box.height))


def first_changed(chart) -> int:
    """The topmost, then leftmost, box marked or hiding a marked unit."""
    boxes = chart.item.layout.boxes
    marked = [uid for uid in boxes if uid in chart.marks or uid in chart.hidden_marks]
    return min(marked, key=lambda uid: (boxes[uid].y, boxes[uid].x))


def test_a_proposal_opens_at_its_first_change(qtbot, doc: Document) -> None:
    """On a laptop the charts are short: they open where the proposal changes, not at
    its top (the head of the region and the staf ahli, which it keeps); an edit
    afterwards leaves the view where the planner put it."""
    view = open_view(qtbot, doc)
    view.resize(760, 420)  # the view's share of a 1366x768 window
    view.comparison = None
    view._shown = None  # shown anew, as when the planner opens the proposal
    view.refresh()
    after = view.after_chart
    first = first_changed(after)
    assert in_sight(after, first)
    top = min(after.item.layout.boxes.values(), key=lambda box: box.y)
    assert top.unit_id not in after.marks and not in_sight(after, top.unit_id)
    # the planner scrolls back to the top; an edit does not move the view again
    after.centerOn(top.x + top.width / 2, top.y + top.height / 2)
    assert in_sight(after, top.unit_id)
    unit = next(u for u in doc.structure.units.values() if u.kind == "bidang")
    assert push(doc, RenameUnitCommand(doc, unit.id, "Bidang Setelah Digulir")) is None
    wait_computed(qtbot, view)
    assert in_sight(after, top.unit_id)


def test_choosing_units_in_one_chart_chooses_their_counterparts(qtbot, doc: Document) -> None:
    view = open_view(qtbot, doc)
    comparison = view.comparison
    assert comparison is not None
    merged = next(uid for uid, origins in comparison.origins.items() if len(origins) > 1)
    view.after_chart.selection_changed.emit([merged])
    assert view.before_chart.selected_ids == list(comparison.origins[merged])


def test_the_current_scenario_is_not_a_proposal(qtbot, doc: Document) -> None:
    view = open_view(qtbot, doc)
    doc.switch_scenario(doc.scenario.derived_from)
    wait_computed(qtbot, view)
    assert view.notice.isVisible() and not view.body.isVisible()
    assert f"“{doc.scenario.name}” is not a proposal" in view.notice.text()
    assert "New proposal" in view.notice.text()
    assert view.comparison is None and view.table.rowCount() == 0
    assert view.after_chart.structure is None


def test_indonesian(qtbot, doc: Document, translations: Translations) -> None:
    translations.use("id")
    view = open_view(qtbot, doc, "id")
    before: Structure = view.before_chart.structure
    assert view.before_heading.text() == f"Sebelum: {before.scenario.name}"
    assert view.after_heading.text() == f"Sesudah: {doc.scenario.name}"
    headers = [view.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["Uraian", "Sebelum", "Sesudah", "Selisih"]
    assert texts(view, 0)[0] == "Jumlah unit organisasi"
    tab = view.details.tabText
    assert tab(view.RESOLVED_TAB).startswith("Temuan yang terselesaikan (")
    assert tab(view.INTRODUCED_TAB).startswith("Temuan baru pada usulan (")
    assert tab(view.MEASURES_TAB) == "Ukuran sebelum dan sesudah"
    assert view.legend_title == "Tanda perubahan:"
    assert view.legend_names[Mark.TO_FUNCTIONAL] == "Dialihkan ke JF"
    assert "Dialihkan&nbsp;ke&nbsp;JF" in view.legend.text()  # an entry never breaks
    assert view.resolved_model.headerData(0, Qt.Orientation.Horizontal) == "Tingkat"
    assert view.after_chart.mark_label(Mark.MERGED) == "Digabung"
    # switching the language at run time
    translations.use("en")
    view.set_language("en")
    assert view.details.tabText(view.MEASURES_TAB) == "Measures before and after"
    assert texts(view, 0)[0] == "Organisational units"
    assert view.legend_names[Mark.TO_FUNCTIONAL] == "To functional group"
    assert "To&nbsp;functional&nbsp;group" in view.legend.text()
    translations.use("id")
    view.set_language("id")
    doc.switch_scenario(doc.scenario.derived_from)
    wait_computed(qtbot, view)
    assert view.notice.text().startswith(f"“{doc.scenario.name}” bukan usulan")


def test_clear_forgets_the_document(qtbot, doc: Document) -> None:
    view = open_view(qtbot, doc)
    view.clear()
    assert view.document is None and view.comparison is None
    assert view.table.rowCount() == 0 and view.after_chart.structure is None
    push(doc, RenameUnitCommand(doc, next(iter(doc.structure.units)), "Apa Saja"))
    qtbot.wait(250)
    assert view.comparison is None


def test_a_large_baseline_is_checked_on_the_readers_thread(
    qtbot, doc: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's thread does not check a large baseline: the view says it is being
    checked, then shows the comparison as at once."""
    import threading

    monkeypatch.setattr(baseline_reader, "SYNC_UNITS", 0)
    window_thread = threading.get_ident()
    checked_on: list[int] = []
    real_read = baseline_reader.read_baseline

    def read(*args: object) -> object:
        checked_on.append(threading.get_ident())
        return real_read(*args)

    monkeypatch.setattr(baseline_reader, "read_baseline", read)
    view = CompareView()
    qtbot.addWidget(view)
    view.set_language("en")
    view.set_document(doc)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(
        lambda: "Checking" in view.notice.text() or view._shown == view._key()
    )  # (a fast machine may be done already)
    wait_computed(qtbot, view)
    assert checked_on and window_thread not in checked_on
    monkeypatch.undo()
    comparison, before = expected(doc)
    assert view.metric_rows() == comparison.metric_table(zeros=False)
    assert view.before_chart.structure == before


def test_a_fault_in_the_readers_check_reaches_the_window(
    qtbot, doc: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fault while checking on the thread is raised on the window's thread, where
    the window's handler reports it, not lost with the thread."""
    monkeypatch.setattr(baseline_reader, "SYNC_UNITS", 0)

    def broken(*_args: object) -> None:
        raise ZeroDivisionError("a fault in a check")

    monkeypatch.setattr(baseline_reader, "read_baseline", broken)
    raised: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: raised.append(error))
    view = CompareView()
    qtbot.addWidget(view)
    view.set_document(doc)
    view.show()
    with qtbot.capture_exceptions() as caught:
        qtbot.waitUntil(lambda: bool(caught) or bool(raised), timeout=10000)
    errors = [e for _kind, e, _tb in caught] + raised
    assert any(isinstance(e, ZeroDivisionError) for e in errors)
    assert view.comparison is None


def test_a_large_plans_totals_come_from_the_thread(
    qtbot, doc: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The charts of the view work out a large plan's totals on their thread, the first
    time too (the window's chart works out its first ones at once): the boxes then show
    the same sums."""
    import threading

    from rbdesk.analysis.rollup import rollups
    from rbdesk.ui import chart as chart_module

    monkeypatch.setattr(chart_module, "SYNC_TOTALS", 0)
    asked: list[int] = []  # the threads that worked them out
    real = chart_module.rollups
    monkeypatch.setattr(chart_module, "rollups",
                        lambda s: (asked.append(threading.get_ident()), real(s))[1])  # fmt: skip
    view = open_view(qtbot, doc)
    for chart in (view.before_chart, view.after_chart):
        assert not chart.first_totals_at_once
        qtbot.waitUntil(lambda c=chart: c._totals[0] is c.structure, timeout=10000)
        assert chart.totals() == rollups(chart.structure)
    assert asked and threading.get_ident() not in asked  # on the charts' thread

"""Text from a plan file is shown as text, never as Qt rich text (issue 17, item 1).

A plan whose region, scenario, units, signatory, position, IKU, tugas and urusan hold
markup is opened in the window; every widget that shows them is opened (tree, chart,
inspector, plan details, export, the urusan picker, the position and IKU dialogs,
findings, history, the chart's refusal tooltip), and the whole widget tree is walked:
every label showing a ``<`` is plain text or rich text with the file's markup escaped;
every tooltip and every item model's ``ToolTipRole`` has it escaped. A refused plan whose
refusal quotes ``<img src="/dev/zero">`` is said in a plain-text message box, both from
the window's Open and at start-up.

Nothing here lets Qt parse the file's ``<img>`` as HTML: the walker's own failing case
uses ``<font>`` and ``<b>`` only (Qt would read ``/dev/zero`` until it runs out of memory).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListView,
    QMessageBox,
    QStyledItemDelegate,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from rbdesk.domain.model import (
    Iku,
    Level,
    Position,
    PositionCategory,
    Region,
    Scenario,
    ScenarioRole,
    Signatory,
    SignatoryRole,
    Structure,
    Unit,
    UrusanAssignment,
    UrusanRole,
)
from rbdesk.store import Store
from rbdesk.ui import plaintext
from rbdesk.ui.commands import RenameUnitCommand, push
from rbdesk.ui.document import Document
from rbdesk.ui.mainwindow import MainWindow
from rbdesk.ui.plaintext import plain_tooltip

IMG = '<img src="/dev/zero">'
FONT = "<font size=80 color=red>X</font>"
BOLD = "<b>bold</b>"
#: What the file's markup looks like when it reaches a widget raw (not escaped).
RAW = ("<img", "<font", "<b>bold")

REGION = f"{IMG}Kabupaten {FONT}"
SCENARIO = f"{FONT} Kondisi {IMG}"
ROOT = f"Bupati {BOLD} {IMG}"
OPD = f"{FONT}Dinas Palsu {IMG}"
OPD2 = f"{BOLD} Dinas Kembar {IMG}"
BIDANG = f"{IMG} Bidang {BOLD}"
POSITION = f"{IMG}Kepala {FONT}"
IKU = (f"{IMG}Indikator {BOLD}", f"{FONT}98%", f"{BOLD}persen")
SIGNER = (f"{IMG}Budi {FONT}", f"{BOLD}Kepala Bagian {IMG}")
TUGAS = f"{IMG}tugas {FONT}\n{BOLD}"


def write_markup_plan(path: Path) -> Path:
    """A closed plan whose every text shown in the window holds markup."""
    units = [
        Unit(1, None, "kepala_daerah", ROOT, f"{BOLD}"),
        Unit(2, 1, "dinas", OPD, f"{IMG}", "A", "IIb", 0, TUGAS, TUGAS, 10, 12,
             notes=f"{FONT}\ncatatan"),
        Unit(3, 2, "bidang", BIDANG, "", None, "IIIb", 0, TUGAS),
        # a second OPD with the same main urusan: findings that name both
        Unit(4, 1, "dinas", OPD2, "", "A", "IIb", 1),
    ]  # fmt: skip
    structure = Structure(
        Scenario(0, SCENARIO, ScenarioRole.CURRENT, None, "2026-01-05T08:00:00+07:00"),
        units={u.id: u for u in units},
        assignments=[
            UrusanAssignment(2, "1.02", UrusanRole.MAIN),
            UrusanAssignment(4, "1.02", UrusanRole.MAIN),
        ],
        positions=[Position(1, 2, POSITION, PositionCategory.STRUCTURAL, "IIb", 1, 1, 0)],
        iku=[Iku(1, 2, *IKU, 0)],
    )
    with Store.create(path, Region(REGION, Level.KABUPATEN, "35.99")) as store:
        store.insert_structure(structure)
        store.set_signatories([Signatory(SignatoryRole.APPROVED, SIGNER[0], "", SIGNER[1])])
    return path


def with_trigger_named(path: Path, name: str) -> Path:
    """A crafted copy: a trigger named ``name`` (the store refuses the file and its
    refusal quotes the name)."""
    quoted = '"' + name.replace('"', '""') + '"'
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"CREATE TRIGGER {quoted} AFTER UPDATE ON unit BEGIN DELETE FROM unit; END")
    finally:
        conn.close()
    return path


# -- the walker ------------------------------------------------------------------------------
def _raw(text: str) -> bool:
    return any(tag in text for tag in RAW)


def _columns(model, parent: QModelIndex) -> int:
    try:
        return int(model.columnCount(parent))
    except TypeError:  # a list model: PySide6 makes its columnCount private
        return 1


def _indexes(model, limit: int = 5000) -> Iterator[QModelIndex]:
    """Every index of ``model`` (trees walked down), the first ``limit`` of them."""
    stack = [QModelIndex()]
    seen = 0
    while stack and seen < limit:
        at = stack.pop()
        for row in range(model.rowCount(at)):
            for column in range(_columns(model, at)):
                index = model.index(row, column, at)
                seen += 1
                yield index
                if column == 0 and model.rowCount(index) > 0:
                    stack.append(index)


def rich_text_problems(widgets: list[QWidget]) -> list[str]:
    """What would show the file's markup as rich text, in ``widgets`` and everything
    below them: a label that is not plain text and holds raw markup, a tooltip or an
    item model's ``ToolTipRole`` that holds it unescaped."""
    problems: list[str] = []
    every: list[QWidget] = []
    for widget in widgets:
        every.append(widget)
        every.extend(widget.findChildren(QWidget))
    models = []
    for widget in dict.fromkeys(every):
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel) and "<" in widget.text():
            plain = widget.textFormat() == Qt.TextFormat.PlainText
            if not plain and _raw(widget.text()):
                problems.append(f"label {name} shows {widget.text()!r} as rich text")
        if _raw(widget.toolTip()):
            problems.append(f"tooltip of {name}: {widget.toolTip()!r}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            models.append((name, widget.model()))
    for name, model in models:
        for index in _indexes(model):
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and _raw(tip):
                problems.append(f"ToolTipRole in {name} row {index.row()}: {tip!r}")
    return problems


def file_text_labels(widgets: list[QWidget]) -> list[QLabel]:
    """The labels that show markup from the file (raw or escaped)."""
    found = []
    for widget in widgets:
        for label in [widget, *widget.findChildren(QLabel)]:
            if isinstance(label, QLabel) and ("/dev/zero" in label.text()):
                found.append(label)
    return found


# -- fixtures --------------------------------------------------------------------------------
@pytest.fixture
def markup_plan(tmp_path: Path) -> Path:
    return write_markup_plan(tmp_path / "markup.rbd")


@pytest.fixture
def markup_window(qtbot, markup_plan: Path, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Document.open(markup_plan), settings, "en")
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _unit(doc: Document, name: str) -> int:
    (found,) = [u.id for u in doc.structure.units.values() if u.name == name]
    return found


def _click_box(qtbot, window: MainWindow, unit_id: int) -> None:
    """Click a unit's box in the chart, as a person would."""
    chart = window.chart
    box = chart.item.layout.boxes[unit_id]
    chart.centerOn(box.x + box.width / 2, box.y + box.height / 2)
    point = chart.mapFromScene(box.x + box.width / 2, box.y + box.height / 2)
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=point)


# -- the window ------------------------------------------------------------------------------
def test_every_text_from_the_file_is_shown_as_plain_text(
    qtbot, markup_window: MainWindow, monkeypatch
) -> None:
    window = markup_window
    doc = window.document
    opd, bidang = _unit(doc, OPD), _unit(doc, BIDANG)
    # findings that quote unit names (the two OPDs share a main urusan)
    doc.analyse()
    qtbot.waitUntil(lambda: window.findings_model.rowCount() > 0, timeout=10000)
    tips = [
        window.findings_model.data(
            window.findings_model.index(row, window.findings_model.MESSAGE),
            Qt.ItemDataRole.ToolTipRole,
        )
        for row in range(window.findings_model.rowCount())
    ]
    assert any("&lt;" in tip for tip in tips), tips  # a finding that names a unit, escaped

    # the tree, then the chart
    window.tree.setCurrentIndex(window.structure_model.index_of(opd))
    assert window.inspector.title.text() == OPD
    window.chart.expand_to_level(None)
    _click_box(qtbot, window, bidang)
    assert window.inspector.unit_id == bidang
    assert window.inspector.title.text() == BIDANG
    _click_box(qtbot, window, opd)
    assert window.inspector.unit_id == opd
    title = window.inspector.title
    assert title.text() == OPD and title.textFormat() == Qt.TextFormat.PlainText
    assert window.inspector.positions.item(0, 0).text() == POSITION
    assert window.inspector.iku.item(0, 0).text() == IKU[0]
    assert window.inspector.tugas.toPlainText() == TUGAS

    # history: an edit whose undo text quotes the new name
    assert push(doc, RenameUnitCommand(doc, bidang, f"{FONT} Bidang Baru {IMG}")) is None
    assert FONT in window.act_undo.text()
    undo_button = window.toolbar.widgetForAction(window.act_undo)
    assert isinstance(undo_button, QToolButton)
    assert undo_button.toolTip().startswith("<qt>") and "&lt;font" in undo_button.toolTip()

    # the chart's refusal of a move, said in a tooltip (it quotes both names)
    assert not window.chart.drop(opd, bidang, QPoint(300, 300))
    assert FONT in window.statusBar().currentMessage()  # the status bar draws plain text
    assert QToolTip.text().startswith("<qt>") and "&lt;font" in QToolTip.text()
    assert rich_text_problems([window.chart]) == []  # its tooltip label, before it hides

    # the dialogs
    details = window.plan_details_dialog()
    assert details is not None and details.region_name.text() == REGION
    export = window.export_pdf_dialog()
    assert export is not None and export.before.currentText() == SCENARIO
    picker = window.inspector.pick_urusan()
    assert picker is not None
    window.inspector.positions.setCurrentCell(0, 0)
    position = window.inspector.edit_position()
    assert position is not None and position.title.text() == POSITION
    window.inspector.iku.setCurrentCell(0, 0)
    iku = window.inspector.edit_iku()
    assert iku is not None and iku.indicator.text() == IKU[0]
    # an urusan code as a plan file can hold one (item 13 of the issue: not refused yet)
    held = doc.assignments_of
    monkeypatch.setattr(doc, "assignments_of", lambda unit_id: [
        *held(unit_id), UrusanAssignment(unit_id, BOLD, UrusanRole.SUPPORTING)])  # fmt: skip
    window.inspector.show_unit(opd)
    listing = window.inspector.urusan
    assert BOLD in listing.item(listing.count() - 1).text()
    # a refusal shown inline under a form quotes the file's names, as the store's do
    details.error.setText(f"refused: {REGION}")
    qtbot.wait(50)

    dialogs = [details, export, picker, position, iku]
    every = [window, *dialogs, *QApplication.topLevelWidgets()]
    assert rich_text_problems(every) == []
    labels = file_text_labels(every)
    assert title in labels and details.error in labels
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()

    for dialog in dialogs:
        dialog.reject()


def test_the_history_shows_command_texts_as_plain_text(qtbot, markup_window: MainWindow) -> None:
    """QUndoView draws its rows with Qt's standard delegate, which never renders rich
    text: a row quoting ``<font size=80>`` is as tall as any other."""
    window = markup_window
    doc = window.document
    bidang = _unit(doc, BIDANG)
    assert push(doc, RenameUnitCommand(doc, bidang, "Bidang Biasa")) is None
    assert push(doc, RenameUnitCommand(doc, _unit(doc, OPD), f"{FONT} Dinas")) is None
    view = window.undo_view
    window.dock_undo.raise_()
    qtbot.wait(20)
    model = view.model()
    texts = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert any(FONT in str(text) for text in texts)
    assert type(view.itemDelegate()) is QStyledItemDelegate
    heights = {view.sizeHintForRow(row) for row in range(model.rowCount())}
    assert len(heights) == 1, heights
    assert rich_text_problems([view]) == []


def test_a_refusal_quoting_markup_is_said_in_plain_text(
    qtbot, markup_window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    """The store refuses a plan with an extra trigger and names it; the name is the
    file's own: the window's message box shows it literally."""
    bad = with_trigger_named(write_markup_plan(tmp_path / "refused.rbd"), IMG)
    before = bad.read_bytes()
    shown: list[tuple[Qt.TextFormat, str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.textFormat(), box.text(), box.windowTitle()))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    old = markup_window.document.path
    assert not markup_window.open_path(bad)
    assert len(shown) == 1
    text_format, text, _title = shown[0]
    assert text_format == Qt.TextFormat.PlainText
    assert IMG in text and "refused.rbd" in text
    assert markup_window.document.path == old
    assert bad.read_bytes() == before


def test_the_refusal_at_start_up_is_plain_text(qtbot, tmp_path: Path, monkeypatch) -> None:
    """``rbdesk FILE`` with a plan it refuses: the one dialog says why, as plain text."""
    from rbdesk.ui import app

    bad = with_trigger_named(write_markup_plan(tmp_path / "refused.rbd"), IMG)
    shown: list[tuple[Qt.TextFormat, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.textFormat(), box.text()))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    # the application's translators and language are the test session's: left alone
    monkeypatch.setattr(app.Translations, "use", lambda self, language: True)
    monkeypatch.setattr(
        app, "settings", lambda: QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    assert app.run_gui([str(bad), "--lang", "en"]) == 2
    assert len(shown) == 1
    text_format, text = shown[0]
    assert text_format == Qt.TextFormat.PlainText
    assert IMG in text


def test_the_message_box_helpers_answer_like_qt(monkeypatch) -> None:
    """The helpers answer the button chosen, as ``QMessageBox.question`` does, and
    ``Cancel`` for a box closed without one."""
    answers = iter([int(QMessageBox.StandardButton.Yes.value), -1])
    boxes: list[tuple[Qt.TextFormat, str, QMessageBox.Icon]] = []

    def fake_exec(box: QMessageBox) -> int:
        boxes.append((box.textFormat(), box.text(), box.icon()))
        return next(answers)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert plaintext.question(None, "t", f"{FONT}?") == QMessageBox.StandardButton.Yes
    assert plaintext.warning(None, "t", BOLD) == QMessageBox.StandardButton.Cancel
    assert boxes == [
        (Qt.TextFormat.PlainText, f"{FONT}?", QMessageBox.Icon.Question),
        (Qt.TextFormat.PlainText, BOLD, QMessageBox.Icon.Warning),
    ]


def test_plain_tooltip_escapes_everything() -> None:
    tip = plain_tooltip(f"{IMG}\n{FONT} & {BOLD}")
    assert tip == (
        "<qt>&lt;img src=&quot;/dev/zero&quot;&gt;<br>"
        "&lt;font size=80 color=red&gt;X&lt;/font&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"
    )
    assert plain_tooltip("") == ""
    assert not _raw(tip)


def test_the_walker_finds_rich_text(qtbot) -> None:
    """The walker is not blind: a rich-text label, a raw tooltip and a raw ToolTipRole
    showing the file's markup are each reported (``<font>`` and ``<b>`` only: no
    ``<img>`` is ever given to Qt as HTML)."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    rich = QLabel(f"Dinas {FONT}", host)  # AutoText: Qt would render it
    rich.setObjectName("richLabel")
    plain = plaintext.plain_label(QLabel(host), f"Dinas {FONT}")
    ours = QLabel("<b>Nama</b>", host)  # our own rich text: fine
    tipped = QLabel("x", host)
    tipped.setObjectName("tipped")
    tipped.setToolTip(f"Dinas {BOLD}")
    model = QStandardItemModel(host)
    item = QStandardItem("Dinas")
    item.setToolTip(f"{BOLD} Dinas")
    model.appendRow(item)
    listing = QListView(host)
    listing.setObjectName("listing")
    listing.setModel(model)
    for widget in (rich, plain, ours, tipped, listing):
        layout.addWidget(widget)
    problems = rich_text_problems([host])
    assert len(problems) == 3, problems
    assert any("richLabel" in p for p in problems)
    assert any("tipped" in p for p in problems)
    assert any("ToolTipRole" in p and "listing" in p for p in problems)
    rich.setTextFormat(Qt.TextFormat.PlainText)
    tipped.setToolTip(plain_tooltip(f"Dinas {BOLD}"))
    item.setToolTip(plain_tooltip(f"{BOLD} Dinas"))
    assert rich_text_problems([host]) == []


def test_the_restructuring_dialogs_panel_and_comparison_show_file_text_plain(
    qtbot, markup_window: MainWindow
) -> None:
    """Every operation dialog, the steps panel and the before/after view quote unit
    names, findings and reasons from the file: all as plain text."""
    window = markup_window
    doc = window.document
    doc.create_proposal(f"{FONT} Usulan {IMG}")
    opds = [_unit(doc, OPD), _unit(doc, OPD2)]
    for action, ids in (("actionMerge", opds), ("actionSplit", opds[:1]),
                        ("actionMoveUnits", [_unit(doc, BIDANG)]), ("actionAbolish", opds[:1]),
                        ("actionRenameUnit", opds[:1]), ("actionRetype", opds[:1]),
                        ("actionCreateUnit", opds[:1]),
                        ("actionToFunctional", [_unit(doc, BIDANG)])):  # fmt: skip
        window.select_units(ids)
        dialog = window.proposal.run(action)
        assert dialog is not None, action
        assert rich_text_problems([dialog]) == [], action
        if action == "actionMerge":  # a step with a reason quoting the file's text
            dialog.motive.reason.setPlainText(f"{IMG} alasan {FONT}")
            dialog.accept()
        else:
            dialog.reject()
    assert window.operations.table.rowCount() == 1
    window.show_view("compare")
    qtbot.waitUntil(lambda: window.compare.comparison is not None, timeout=20000)
    assert rich_text_problems([window.operations, window.compare]) == []

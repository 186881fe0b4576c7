"""The sample's proposal made again with the window alone: from the sample's current
scenario, a new proposal (Analysis → New proposal), the eleven steps of the shipped
proposal through the Restructure menu and its dialogs, and the plain edits the
shipped proposal makes besides (urusan moved with the inspector's picker, the heads'
posts of merged units removed, the new bidang's head added). The comparison must
resolve and introduce the same findings as the shipped proposal's, with the same
unit, layer, span and eselon figures, and the PDF written from the window's plan must
list every step with its reason.

Not replayed: the staffing the shipped proposal also changes (the functional group
under the new Bidang Pertanahan with its eight posts, the penguji moved to the UPT),
plain position edits unrelated to the operations; the employee and position counts
are therefore left out of the figures compared (named in ``STAFFING``).
"""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox

from rbdesk.analysis.compare import finding_key
from rbdesk.analysis.engine import compare_scenarios
from rbdesk.domain.model import OperationKind, ScenarioRole
from rbdesk.store import Store
from rbdesk.ui import plaintext
from rbdesk.ui.export import ExportRequest
from rbdesk.ui.mainwindow import MainWindow
from rbdesk.ui.opdialogs import (
    AbolishDialog,
    ConvertDialog,
    CreateDialog,
    MergeDialog,
    MoveDialog,
    RenameDialog,
)
from tests.ui.test_operations import click_ok, click_units, named, run, type_reason

#: The rows of the comparison that count employees and posts (see the docstring).
STAFFING = {"headcount.existing", "headcount.needed", "positions.existing", "positions.needed"}


def _merge(qtbot, window: MainWindow, names: list[str], survivor: str, reason: str) -> None:
    click_units(qtbot, window, names)
    dialog = run(window, "actionMerge", MergeDialog)
    dialog.survivor.setCurrentIndex(dialog.survivor.findData(named(window, survivor)))
    type_reason(qtbot, dialog, reason)
    click_ok(qtbot, dialog)


def _rename(qtbot, window: MainWindow, name: str, to: str, reason: str) -> None:
    click_units(qtbot, window, [name])
    dialog = run(window, "actionRenameUnit", RenameDialog)
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, to)
    type_reason(qtbot, dialog, reason)
    click_ok(qtbot, dialog)


def _convert(qtbot, window: MainWindow, bidang: str, reason: str) -> None:
    doc = window.document
    seksi = [doc.unit(c).name for c in doc.child_ids(named(window, bidang))
             if doc.unit(c).kind == "seksi"]  # fmt: skip
    click_units(qtbot, window, seksi)
    dialog = run(window, "actionToFunctional", ConvertDialog)
    type_reason(qtbot, dialog, reason)
    click_ok(qtbot, dialog)


def _urusan(qtbot, window: MainWindow, unit: str, add=(), remove=()) -> None:
    """Change a unit's urusan with the inspector: the picker to add, Remove to drop."""
    click_units(qtbot, window, [unit])
    inspector = window.inspector
    for code in remove:
        rows = [r for r in range(inspector.urusan.count())
                if inspector.urusan.item(r).text().split()[0] == code]  # fmt: skip
        inspector.urusan.setCurrentRow(rows[0])
        qtbot.mouseClick(inspector.urusan_remove, Qt.MouseButton.LeftButton)
    for code in add:
        qtbot.mouseClick(inspector.urusan_add, Qt.MouseButton.LeftButton)
        picker = inspector.active_dialog
        qtbot.keyClicks(picker.search, code)
        picker.list.setCurrentItem(picker.items[code])
        qtbot.mouseClick(picker.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)  # fmt: skip
    codes = {a.code for a in window.document.assignments_of(named(window, unit))}
    assert set(add) <= codes and not set(remove) & codes


def _drop_post(qtbot, window: MainWindow, unit: str, title: str) -> None:
    click_units(qtbot, window, [unit])
    table = window.inspector.positions
    (row,) = [r for r in range(table.rowCount()) if table.item(r, 0).text() == title]
    table.setCurrentCell(row, 0)
    qtbot.mouseClick(window.inspector.position_remove, Qt.MouseButton.LeftButton)


def _add_post(qtbot, window: MainWindow, unit: str, title: str, eselon: str) -> None:
    click_units(qtbot, window, [unit])
    qtbot.mouseClick(window.inspector.position_add, Qt.MouseButton.LeftButton)
    dialog = window.inspector.active_dialog
    qtbot.keyClicks(dialog.title, title)
    dialog.eselon.setCurrentIndex(dialog.eselon.findData(eselon))
    for spin in (dialog.existing, dialog.needed):
        spin.clear()
        qtbot.keyClicks(spin, "1")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # fmt: skip


def test_the_sample_proposal_made_in_the_window(
    qtbot, window: MainWindow, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Usulan Ulang", True))
    monkeypatch.setattr(plaintext, "question", lambda *a: QMessageBox.StandardButton.No)
    doc = window.document
    current = next(s for s in doc.scenarios() if s.role is ScenarioRole.CURRENT)
    shipped = next(s for s in doc.scenarios() if s.role is ScenarioRole.PROPOSAL)
    window.scenarios.switch_to(current.id)
    window.act_new_proposal.trigger()
    assert doc.scenario.name == "Usulan Ulang"

    _merge(
        qtbot,
        window,
        [
            "Bidang Pemberdayaan Perempuan dan Perlindungan Anak",
            "Bidang Perlindungan Perempuan dan Anak",
        ],
        "Bidang Perlindungan Perempuan dan Anak",
        "Satu urusan diwadahi satu perangkat daerah.",
    )
    _rename(
        qtbot,
        window,
        "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak",
        "Dinas Sosial",
        "Nomenklatur mengikuti urusan yang tersisa.",
    )
    click_units(qtbot, window, ["Bidang Pengujian Sarana"])
    dialog = run(window, "actionAbolish", AbolishDialog)
    assert dialog.drop.isChecked()  # its functional group goes with it
    type_reason(qtbot, dialog, "Melebihi batas tiga bidang.")
    click_ok(qtbot, dialog)
    for bidang in (
        "Bidang Tanaman Pangan dan Hortikultura",
        "Bidang Peternakan dan Kesehatan Hewan",
        "Bidang Bina Marga",
    ):
        _convert(qtbot, window, bidang, "Penyederhanaan birokrasi.")
    click_units(qtbot, window, ["Bidang Transmigrasi"])
    dialog = run(window, "actionMoveUnits", MoveDialog)
    assert dialog.target.choose(named(window, "Dinas Tenaga Kerja"))
    type_reason(qtbot, dialog, "Urusan serumpun.")
    click_ok(qtbot, dialog)
    _rename(
        qtbot,
        window,
        "Dinas Pemberdayaan Masyarakat, Desa dan Transmigrasi",
        "Dinas Pemberdayaan Masyarakat dan Desa",
        "Nomenklatur disesuaikan.",
    )
    _rename(
        qtbot,
        window,
        "Dinas Tenaga Kerja",
        "Dinas Tenaga Kerja dan Transmigrasi",
        "Nomenklatur disesuaikan.",
    )
    click_units(qtbot, window, ["Dinas Perumahan dan Kawasan Permukiman"])
    dialog = run(window, "actionCreateUnit", CreateDialog)
    qtbot.keyClicks(dialog.fields.name, "Bidang Pertanahan")
    dialog.fields.kind.setCurrentIndex(dialog.fields.kind.findData("bidang"))
    type_reason(qtbot, dialog, "Urusan wajib pertanahan belum diwadahi.")
    click_ok(qtbot, dialog)
    _rename(
        qtbot,
        window,
        "Dinas Perumahan dan Kawasan Permukiman",
        "Dinas Perumahan, Kawasan Permukiman dan Pertanahan",
        "Menerima urusan pertanahan.",
    )
    _merge(qtbot, window, ["Subbagian Publikasi dan Dokumentasi",
                           "Bidang Informasi dan Komunikasi Publik"],
           "Bidang Informasi dan Komunikasi Publik", "Tugas publikasi tumpang tindih.")  # fmt: skip

    # the plain edits that go with the steps
    _urusan(qtbot, window, "Dinas Sosial", remove=["2.08"])
    _urusan(qtbot, window, "Dinas Pemberdayaan Masyarakat dan Desa", remove=["3.32"])
    _urusan(qtbot, window, "Dinas Tenaga Kerja dan Transmigrasi", add=["3.32"])
    _urusan(qtbot, window, "Dinas Perumahan, Kawasan Permukiman dan Pertanahan", add=["2.10"])
    _urusan(qtbot, window, "Bidang Pertanahan", add=["2.10.3", "2.10.4", "2.10.8", "2.10.9"])
    _drop_post(
        qtbot,
        window,
        "Bidang Perlindungan Perempuan dan Anak",
        "Kepala Bidang Pemberdayaan Perempuan dan Perlindungan Anak",
    )
    _drop_post(
        qtbot,
        window,
        "Bidang Informasi dan Komunikasi Publik",
        "Kepala Subbagian Publikasi dan Dokumentasi",
    )
    _add_post(qtbot, window, "Bidang Pertanahan", "Kepala Bidang Pertanahan", "IIIb")

    # the file holds the same steps as the shipped proposal, each with its reason
    with Store.open(doc.path, read_only=True) as store:
        mine, theirs = store.load(doc.scenario.id), store.load(shipped.id)
        before, region = store.load(current.id), store.region()
    # (the shipped proposal renames two dinas in one step; the window renames one a step)
    expected_kinds = [op.kind for op in theirs.operations
                      for _ in (op.after if op.kind is OperationKind.RENAME else [0])]  # fmt: skip
    assert [op.kind for op in mine.operations] == expected_kinds
    assert all(op.justification for op in mine.operations)
    ours = compare_scenarios(before, mine, region)
    reference = compare_scenarios(before, theirs, region)
    assert sorted(map(finding_key, ours.resolved)) == sorted(map(finding_key, reference.resolved))
    assert len(ours.introduced) == len(reference.introduced) == 0
    figures = {row[0]: row[1:] for row in ours.metric_table() if row[0] not in STAFFING}
    expected = {row[0]: row[1:] for row in reference.metric_table() if row[0] not in STAFFING}
    assert figures == expected

    # the PDF exported from the window lists every step with its reason
    pdf = tmp_path / "usulan.pdf"
    assert window.export_pdf(ExportRequest(pdf, "A4", "id", None, "Usulan Ulang"))
    qtbot.waitUntil(lambda: not window.exporter.busy, timeout=300_000)
    assert pdf.exists()
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    flat = " ".join(text.split())
    for op in mine.operations:
        assert " ".join(op.justification.split()) in flat, op.justification
    assert f"{len(mine.operations)} langkah" in flat
    assert OperationKind.CONVERT in {op.kind for op in mine.operations}

"""*Berkas → Impor…* and *Berkas → Ekspor tabel…* (issue 15): the mapping step, the
preview, problems with their row and column, kinds corrected, nothing written before
OK; a new plan opened, a new scenario as one undo step; the tables written to disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

from rbdesk.store import Store
from rbdesk.ui.import_dialog import ImportDialog, open_import_dialog
from rbdesk.ui.mainwindow import MainWindow

SHOTS = Path("/tmp/import-shots")

OFFICE = (
    "DAFTAR UNIT KERJA PEMERINTAH KABUPATEN CONTOH;;;\n"
    "Nama Unit;Induk;Jenis;Eselon\n"
    "Bupati Contoh;;Kepala Daerah;\n"
    "Dinas Kesehatan;Bupati Contoh;DINAS;II.b\n"
    ";;;\n"
    "Bidang Pelayanan Kesehatan;Dinas Kesehatan;Bidang;III.a\n"
)


def ok_button(dialog):  # noqa: ANN001, ANN201
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def tree_names(dialog: ImportDialog) -> list[str]:
    names = []
    root = dialog.preview.invisibleRootItem()
    pending = [root.child(i) for i in range(root.childCount())]
    while pending:
        item = pending.pop(0)
        names.append(item.text(0))
        pending += [item.child(i) for i in range(item.childCount())]
    return names


def test_an_office_sheet_becomes_a_new_plan(qtbot, window: MainWindow, tmp_path: Path) -> None:
    sheet = tmp_path / "unit kerja.csv"
    sheet.write_text(OFFICE, encoding="utf-8")
    dialog = open_import_dialog(window, sheet)
    assert dialog is not None and dialog.isVisible()
    assert "row 2" in dialog.source.text()
    fields = {dialog.columns.item(i, 0).text(): dialog.combos[i].currentData()
              for i in range(dialog.columns.rowCount())}  # fmt: skip
    assert fields == {"Nama Unit": "name", "Induk": "parent", "Jenis": "kind",
                      "Eselon": "eselon"}  # fmt: skip
    assert tree_names(dialog) == ["Bupati Contoh", "Dinas Kesehatan",
                                  "Bidang Pelayanan Kesehatan"]  # fmt: skip
    assert dialog.problems.count() == 0 and ok_button(dialog).isEnabled()
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "import-plan.png"))
    target = tmp_path / "contoh.rbd"
    dialog.plan_path.clear()
    qtbot.keyClicks(dialog.plan_path, str(target))
    assert not target.exists()  # nothing before OK
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.document.path == target  # the window opened it
    with Store.open(target, read_only=True) as store:
        units = store.load(store.current_scenario().id).units.values()
        assert {(u.name, u.eselon) for u in units} >= {
            ("Dinas Kesehatan", "IIb"),
            ("Bidang Pelayanan Kesehatan", "IIIa"),
        }


def test_a_bad_row_is_listed_and_ok_stays_off(qtbot, window: MainWindow, tmp_path: Path) -> None:
    sheet = tmp_path / "salah.csv"
    sheet.write_text(OFFICE.replace("II.b", "II.z"), encoding="utf-8")
    dialog = open_import_dialog(window, sheet)
    assert dialog.problems.count() == 1
    text = dialog.problems.item(0).text()
    assert " 4, " in text and "Eselon" in text and "II.z" in text  # said in the window's language
    assert not ok_button(dialog).isEnabled()
    # the planner leaves the column out: the sheet imports
    dialog.set_field("Eselon", "")
    assert dialog.problems.count() == 0 and ok_button(dialog).isEnabled()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert list(tmp_path.glob("*.rbd")) == [] or window.document.path.name == "sukamaju.rbd"
    assert not (tmp_path / "salah.rbd").exists()


def test_a_kind_the_name_does_not_tell_is_chosen_by_double_click(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    sheet = tmp_path / "kantor.csv"
    sheet.write_text("Unit Kerja;Atasan\nBupati Sukamaju;\nKantor Arsip Daerah;Bupati Sukamaju\n",
                     encoding="utf-8")  # fmt: skip
    dialog = open_import_dialog(window, sheet)
    asked: list[list[str]] = []

    def choose(parent, title, label, items, current, editable):  # noqa: ANN001, ANN202
        asked.append(items)
        return "Badan", True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose))
    item = dialog.problems.item(0)
    rect = dialog.problems.visualItemRect(item)
    qtbot.mouseClick(dialog.problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked and "Badan" in asked[0]
    assert dialog.problems.count() == 0 and ok_button(dialog).isEnabled()
    assert dialog.findChild(QComboBox, "importKind3").currentData() == "badan"


def test_inferred_kinds_corrected_and_a_new_scenario_undone(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    sheet = tmp_path / "2027.csv"
    sheet.write_text("Unit Kerja;Atasan\nBupati Sukamaju;\nDinas Kesehatan;Bupati Sukamaju\n"
                     "Kantor Arsip Daerah;Bupati Sukamaju\n", encoding="utf-8")  # fmt: skip
    dialog = open_import_dialog(window, sheet)
    assert dialog.problems.count() == 1 and "Kantor Arsip Daerah" in dialog.problems.item(0).text()
    dialog.set_kind(4, "badan")  # the planner says what the name does not
    assert dialog.problems.count() == 0
    box = dialog.findChild(QComboBox, "importKind3")  # Dinas Kesehatan: inferred, correctable
    assert box is not None and box.currentData() == "dinas"
    dialog.grab().save(str(SHOTS / "import-scenario.png"))
    assert dialog.as_scenario.isEnabled()
    left = QPoint(8, dialog.as_scenario.height() // 2)  # on the button, not its empty width
    qtbot.mouseClick(dialog.as_scenario, Qt.MouseButton.LeftButton, pos=left)
    assert dialog.as_scenario.isChecked() and not dialog.plan_path.isEnabled()
    dialog.scenario_name.clear()
    qtbot.keyClicks(dialog.scenario_name, "Struktur 2027")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    names = [s.name for s in window.document.scenarios()]
    assert "Struktur 2027" in names
    with Store.open(window.document.path, read_only=True) as store:
        added = store.scenario_by_name("Struktur 2027")
        kinds = {u.name: u.kind for u in store.load(added.id).units.values()}
    assert kinds == {"Bupati Sukamaju": "kepala_daerah", "Dinas Kesehatan": "dinas",
                     "Kantor Arsip Daerah": "badan"}  # fmt: skip
    window.history.undo()
    assert "Struktur 2027" not in [s.name for s in window.document.scenarios()]
    window.history.redo()
    assert "Struktur 2027" in [s.name for s in window.document.scenarios()]


def test_the_mapping_chosen_is_proposed_next_time(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    sheet = tmp_path / "a.csv"
    sheet.write_text("Unit Kerja;Atasan;Ket\nBupati Contoh;;x\nDinas Sosial;Bupati Contoh;y\n",
                     encoding="utf-8")  # fmt: skip
    memory = tmp_path / "mappings.json"
    first = ImportDialog(sheet, window.document.catalogue, window, memory)
    qtbot.addWidget(first)
    first.set_field("Ket", "notes")
    first.plan_path.setText(str(tmp_path / "a.rbd"))
    first.accept()
    again = ImportDialog(sheet, window.document.catalogue, window, memory)
    qtbot.addWidget(again)
    assert again.mapping()["notes"] == 2
    assert "last time" in again.source.text()


def test_export_tables_writes_the_file(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.act_export_tables.trigger()
    dialog = window.active_dialog
    dialog.what.setCurrentIndex(dialog.what.findData("positions"))
    out = tmp_path / "peta jabatan.xlsx"
    dialog.path.setText(str(out))
    dialog.grab().save(str(SHOTS / "export-tables.png"))
    done: list[int] = []
    dialog.finished.connect(done.append)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done), timeout=60000)  # rbdesk export, a process of its own
    assert "peta jabatan.xlsx" in window.statusBar().currentMessage()
    ws = load_workbook(out).worksheets[0]
    assert ws["A1"].value == "Unit Kerja" and ws.max_row > 100
    # an existing file is not replaced
    window.act_export_tables.trigger()
    again = window.active_dialog
    again.what.setCurrentIndex(again.what.findData("positions"))
    again.path.setText(str(out))
    qtbot.mouseClick(ok_button(again), Qt.MouseButton.LeftButton)
    assert again.isVisible() and "exists" in again.error.text()


TOOL_FILES = {
    "visio.csv": ("Name,Title,Reports_To,Department\nBupati Contoh,Bupati,,Pemda\n"
                  "Dinas Kesehatan,Kepala Dinas,Bupati Contoh,Dinkes\n"),
    "drawio.csv": ("## Example\n## label: %name%\n## connect: {\"from\": \"manager\", \"to\": "
                   "\"id\"}\nid,name,position,manager\n1,Bupati Contoh,Bupati,\n"
                   "2,Dinas Kesehatan,Kepala Dinas,1\n"),
    "orgvue.csv": "ID,Parent ID,Name\nB,,Bupati Contoh\nD,B,Dinas Kesehatan\n",
    "d3.json": ('{"name": "Bupati Contoh", "children": [{"name": "Dinas Kesehatan"}]}'),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(TOOL_FILES))
def test_the_org_chart_tools_files_show_their_mapping_and_preview(
    qtbot, window: MainWindow, tmp_path: Path, name: str
) -> None:
    sheet = tmp_path / name
    sheet.write_text(TOOL_FILES[name], encoding="utf-8")
    dialog = open_import_dialog(window, sheet)
    mapped = {c.currentData() for c in dialog.combos} - {""}
    assert "name" in mapped and mapped & {"parent", "parent_id"}
    assert tree_names(dialog) == ["Bupati Contoh", "Dinas Kesehatan"]
    assert dialog.problems.count() == 0 and ok_button(dialog).isEnabled()
    dialog.reject()


def test_a_plan_json_becomes_a_plan_at_once(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from rbdesk.interchange.plan_json import export_document
    from rbdesk.ui.import_dialog import import_plan_json

    with Store.open(window.document.path, read_only=True) as store:
        doc = export_document(store)
        before = store.fingerprint()
    source = tmp_path / "rencana.json"
    import json

    source.write_text(json.dumps(doc), encoding="utf-8")
    target = tmp_path / "dari json.rbd"
    assert import_plan_json(window, source, target)
    assert window.document.path == target
    with Store.open(target, read_only=True) as store:
        assert store.fingerprint() == before
    assert not import_plan_json(window, source, target)  # an existing plan is kept

"""A new plan from the standard perangkat daerah of its level (issue 16 item 6), chosen
in the new-plan dialog: what PP 18/2016 Pasal 5 lists, a dinas holding each urusan
wajib, and no warning that an urusan wajib has no holder."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from rbdesk.analysis.engine import analyse
from rbdesk.domain.model import Level, UrusanRole
from rbdesk.rules.catalogue import default_catalogue
from rbdesk.store import Store
from rbdesk.ui.mainwindow import MainWindow
from tests.ui.test_operations import click_ok

WAJIB = {c for c, u in default_catalogue().urusan.items() if u.urusan_class.startswith("wajib")}


@pytest.mark.parametrize(
    ("level", "name", "kecamatan"),
    [("kabupaten", "Kabupaten Tanjung Laut", 1), ("provinsi", "Provinsi Laut Timur", 0)],
)
def test_a_plan_started_from_the_standard_set(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch, level: str, name: str, kecamatan: int
) -> None:
    target = tmp_path / "baru.rbd"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr("rbdesk.ui.app.documents_folder", lambda: tmp_path)
    window.act_new.trigger()
    dialog = window.active_dialog
    qtbot.keyClicks(dialog.region_name, name)
    dialog.level.setCurrentIndex(dialog.level.findData(level))
    assert dialog.template()  # the standard set is what a new plan starts from
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: window.document.path == target)
    with Store.open(target, read_only=True) as store:
        (scenario,) = store.scenarios()
        structure = store.load(scenario.id)
        region = store.region()
    kinds = Counter(u.kind for u in structure.units.values())
    assert kinds["kepala_daerah"] == kinds["sekretariat_daerah"] == 1
    assert kinds["sekretariat_dprd"] == kinds["inspektorat"] == 1
    assert kinds["asisten"] == 3 and kinds["kecamatan"] == kecamatan
    main = {a.code: a.unit_id for a in structure.assignments if a.role is UrusanRole.MAIN}
    assert set(main) == WAJIB
    assert structure.units[main["1.05"]].name == "Satuan Polisi Pamong Praja"
    assert structure.units[main["1.01"]].name == "Dinas Pendidikan"
    assert region.level is Level(level)
    findings = analyse(structure, region)
    assert not [f for f in findings if "missing" in f.rule and set(f.codes) & WAJIB]
    assert not [f for f in findings if f.rule == "structure.composition"]
    assert window.structure_model.rowCount() == 1  # one root, the OPDs under it

"""The document: opening and creating plans, validation before any write, scenario
operations, read-only files, the analysis hand-off to a worker, and a clean exit."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rbdesk.analysis.findings import Finding
from rbdesk.domain.errors import CycleError, InvalidValueError, ParentKindError
from rbdesk.domain.model import (
    Level,
    Position,
    PositionCategory,
    Region,
    ScenarioRole,
    UrusanAssignment,
)
from rbdesk.interchange.sample import CURRENT_NAME
from rbdesk.store import PlanFileError, ReadOnlyError, Store
from rbdesk.ui.commands import (
    AddPositionCommand,
    DeleteUnitCommand,
    DocumentCommand,
    MoveUnitCommand,
    RenameUnitCommand,
    SetAssignmentsCommand,
    push,
)
from rbdesk.ui.document import Document, Snapshot
from tests.ui.helpers import assert_synced, fingerprint, on_disk, unit_named

REPO = Path(__file__).resolve().parents[2]


# -- opening ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("region", "head"),
    [
        (Region("Kabupaten Contoh", Level.KABUPATEN), "Bupati Contoh"),
        (Region("Kota Contoh", Level.KOTA), "Walikota Contoh"),
        (Region("Provinsi Contoh", Level.PROVINSI), "Gubernur Contoh"),
    ],
)
def test_new_plan_holds_the_head_of_the_region(
    qtbot: QtBot, tmp_path: Path, region: Region, head: str
) -> None:
    path = tmp_path / "new.rbd"
    doc = Document.new(path, region)
    try:
        assert [s.role for s in doc.scenarios()] == [ScenarioRole.CURRENT]
        assert doc.scenario.name == CURRENT_NAME
        (root,) = doc.structure.roots()
        assert (doc.unit(root).kind, doc.unit(root).name) == ("kepala_daerah", head)
        dinas = doc.add_unit(root, "dinas", "Dinas Pendidikan", unit_type="B")
        assert on_disk(doc).units[dinas].parent_id == root
        assert not doc.read_only
    finally:
        doc.close()
    with pytest.raises(PlanFileError):
        Document.new(path, region)  # never over an existing plan unless asked


def test_from_sample_opens_the_current_scenario(qtbot: QtBot, tmp_path: Path) -> None:
    doc = Document.from_sample(tmp_path / "sample.rbd")
    try:
        assert doc.scenario.name == CURRENT_NAME
        assert len(doc.structure.units) > 400
        assert any(f.rule == "overlap.urusan_shared" for f in doc.findings())
        assert_synced(doc)
    finally:
        doc.close()


def test_open_refuses_a_file_that_is_no_plan(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "notes.rbd"
    path.write_text("not a plan")
    with pytest.raises(PlanFileError, match="not an rbdesk plan"):
        Document.open(path)


def test_a_file_the_user_may_not_write_opens_read_only(qtbot: QtBot, small_plan: Path) -> None:
    small_plan.chmod(0o444)
    doc = Document.open(small_plan)
    try:
        assert doc.read_only
        dinkes = unit_named(doc, "Dinas Kesehatan")
        assert isinstance(push(doc, RenameUnitCommand(doc, dinkes, "X")), ReadOnlyError)
    finally:
        doc.close()
        small_plan.chmod(0o644)


# -- validation before writing ------------------------------------------------------------
def test_refused_edits_change_nothing(doc: Document) -> None:
    before_fp = fingerprint(doc.path)
    before, version = doc.structure, doc.version
    disdik = unit_named(doc, "Dinas Pendidikan dan Kebudayaan")
    seksi = unit_named(doc, "Seksi Kurikulum 'SD'")
    kelurahan = unit_named(doc, "Kelurahan Sukamaju")
    with pytest.raises(CycleError, match="which lies below it"):
        doc.move_unit(disdik, seksi)
    with pytest.raises(ParentKindError, match=r"cannot stand under Department \(Dinas\)"):
        doc.move_unit(kelurahan, disdik)
    with pytest.raises(ParentKindError):
        doc.add_unit(disdik, "kelurahan", "Kelurahan Baru")
    with pytest.raises(InvalidValueError):
        doc.set_assignments(disdik, [UrusanAssignment(disdik, "1.01")] * 2)
    with pytest.raises(InvalidValueError):
        doc.add_position(Position(0, disdik, "", PositionCategory.STRUCTURAL))
    assert doc.structure is before
    assert doc.version == version
    assert fingerprint(doc.path) == before_fp


def test_can_move_and_can_add_say_why(doc: Document) -> None:
    dinkes = unit_named(doc, "Dinas Kesehatan")
    bidang = unit_named(doc, "Bidang Pendidikan Dasar & Menengah")
    seksi = unit_named(doc, "Seksi Kurikulum 'SD'")
    kecamatan = unit_named(doc, "Kecamatan Sukamaju")
    assert doc.can_move(bidang, dinkes) == (True, "")
    ok, reason = doc.can_move(bidang, seksi)
    assert not ok
    assert "yang berada di bawahnya" in reason  # in the window's language
    assert "kelurahan" in doc.allowed_child_kinds(kecamatan)
    assert "kelurahan" not in doc.allowed_child_kinds(dinkes)
    assert doc.can_add_unit(kecamatan, "kelurahan") == (True, "")
    assert doc.can_add_unit(dinkes, "kelurahan")[0] is False
    assert doc.allowed_child_kinds(None) == ["kepala_daerah"]


# -- scenarios ----------------------------------------------------------------------------
def test_create_proposal_switches_to_a_copy(qtbot: QtBot, doc: Document) -> None:
    source = doc.scenario
    units = len(doc.structure.units)
    assert push(doc, RenameUnitCommand(doc, unit_named(doc, "Dinas Kesehatan"), "Dinkes")) is None
    with (
        qtbot.waitSignal(doc.scenarios_changed, timeout=1000),
        qtbot.waitSignal(doc.scenario_reset, timeout=1000),
    ):
        proposal = doc.create_proposal("Usulan B")
    assert doc.scenario == proposal
    assert (proposal.role, proposal.derived_from) == (ScenarioRole.PROPOSAL, source.id)
    assert len(doc.structure.units) == units
    assert len(doc.structure.lineage) == units
    assert doc.undo_stack.count() == 0  # its commands named units of the other scenario
    assert_synced(doc)


def test_switch_scenario(qtbot: QtBot, doc: Document) -> None:
    current = doc.scenario
    (proposal,) = [s for s in doc.scenarios() if s.role is ScenarioRole.PROPOSAL]
    assert push(doc, RenameUnitCommand(doc, unit_named(doc, "Dinas Kesehatan"), "X")) is None
    with qtbot.waitSignal(doc.scenario_reset, timeout=1000):
        doc.switch_scenario(proposal.id)
    assert doc.scenario == proposal
    assert doc.undo_stack.count() == 0
    assert_synced(doc)
    assert not doc.findings_stale
    doc.switch_scenario(current.id)
    assert doc.unit(unit_named(doc, "X")).kind == "dinas"


def test_rename_and_delete_scenarios(qtbot: QtBot, doc: Document) -> None:
    current = doc.scenario
    (proposal,) = [s for s in doc.scenarios() if s.role is ScenarioRole.PROPOSAL]
    with qtbot.waitSignal(doc.scenarios_changed, timeout=1000):
        doc.rename_scenario(current.id, "Kondisi 2025")
    assert doc.scenario.name == "Kondisi 2025"
    assert on_disk(doc).scenario.name == "Kondisi 2025"
    with pytest.raises(InvalidValueError, match="already exists"):
        doc.rename_scenario(current.id, proposal.name)

    doc.switch_scenario(proposal.id)
    with qtbot.waitSignal(doc.scenario_reset, timeout=1000):
        doc.delete_scenario(proposal.id)
    assert doc.scenario.id == current.id  # back to the scenario it derived from
    assert [s.id for s in doc.scenarios()] == [current.id]
    assert_synced(doc)
    with pytest.raises(InvalidValueError, match="at least one scenario"):
        doc.delete_scenario(current.id)


def test_deleting_the_source_of_the_active_proposal_reloads_it(doc: Document) -> None:
    current = doc.scenario
    (proposal,) = [s for s in doc.scenarios() if s.role is ScenarioRole.PROPOSAL]
    doc.switch_scenario(proposal.id)
    assert doc.structure.lineage
    doc.delete_scenario(current.id)
    assert doc.scenario.id == proposal.id
    assert doc.structure.lineage == []  # gone with the units it pointed to
    assert_synced(doc)


def test_set_read_only(qtbot: QtBot, doc: Document) -> None:
    with qtbot.waitSignal(doc.read_only_changed, timeout=1000) as changed:
        doc.set_read_only(True)
    assert changed.args == [True]
    dinkes = unit_named(doc, "Dinas Kesehatan")
    assert isinstance(push(doc, RenameUnitCommand(doc, dinkes, "X")), ReadOnlyError)
    with qtbot.waitSignal(doc.read_only_changed, timeout=1000) as changed:
        doc.set_read_only(False)
    assert changed.args == [False]
    assert push(doc, RenameUnitCommand(doc, dinkes, "X")) is None
    assert on_disk(doc).units[dinkes].name == "X"


# -- analysis -----------------------------------------------------------------------------
def test_a_snapshot_never_changes_under_its_holder(doc: Document) -> None:
    snap = doc.snapshot()
    disk = on_disk(doc)
    dinkes = unit_named(doc, "Dinas Kesehatan")
    assert push(doc, RenameUnitCommand(doc, dinkes, "Dinkes")) is None
    assert push(doc, DeleteUnitCommand(doc, unit_named(doc, "Kecamatan Sukamaju"))) is None
    assert snap.structure == disk
    assert snap.version < doc.version


def test_findings_from_a_worker_only_the_newest_is_shown(qtbot: QtBot, sukamaju_plan: Path) -> None:
    doc = Document.open(sukamaju_plan, auto_analyse=False)
    try:
        assert doc.findings() == [] and doc.findings_stale  # nothing ran yet
        first = doc.snapshot()
        assert doc.apply_findings(first.version, doc.analyzer.run(first.structure))
        shown = doc.findings()
        dinkes = unit_named(doc, "Dinas Kesehatan")
        disdik = unit_named(doc, "Dinas Pendidikan dan Kebudayaan")

        old = doc.snapshot()
        new = [*doc.assignments_of(dinkes), UrusanAssignment(dinkes, "1.01")]
        with qtbot.waitSignal(doc.version_changed, timeout=1000):
            assert push(doc, SetAssignmentsCommand(doc, dinkes, new)) is None
        assert doc.findings_stale
        assert doc.findings() == shown  # nothing ran on this thread

        def run_on_worker(snapshot: Snapshot) -> list[Finding]:
            out: list[list[Finding]] = []
            analyzer = doc.analyzer
            worker = threading.Thread(target=lambda: out.append(analyzer.run(snapshot.structure)))
            worker.start()
            worker.join()
            return out[0]

        stale = run_on_worker(old)
        assert doc.apply_findings(old.version, stale) is False
        assert doc.findings() == shown

        latest = doc.snapshot()
        result = run_on_worker(latest)
        with qtbot.waitSignal(doc.findings_changed, timeout=1000):
            assert doc.apply_findings(latest.version, result) is True
        assert not doc.findings_stale
        assert any(
            f.rule == "overlap.urusan_shared" and set(f.units) == {dinkes, disdik}
            for f in doc.findings()
        )
    finally:
        doc.close()


# -- many edits ---------------------------------------------------------------------------
def test_random_edits_undo_to_the_original_file(doc: Document) -> None:
    """A seeded run of mixed gestures: memory equals the file after every one; undoing
    all of them gives back the original file row for row, redoing all the final one."""
    rng = random.Random(7)
    start_fp = fingerprint(doc.path)
    steps = 0
    for n in range(60):
        units = sorted(doc.structure.units)
        uid = rng.choice(units)
        gesture = rng.randrange(4)
        command: DocumentCommand
        if gesture == 0:
            command = RenameUnitCommand(doc, uid, f"Unit {n}")
        elif gesture == 1:
            targets = [t for t in units if doc.can_move(uid, t)[0]]
            if not targets:
                continue
            command = MoveUnitCommand(doc, uid, rng.choice(targets), rng.randrange(3))
        elif gesture == 2 and len(units) > 4 and doc.unit(uid).parent_id is not None:
            command = DeleteUnitCommand(doc, uid)
        else:
            command = AddPositionCommand(
                doc, Position(0, uid, f"Jabatan {n}", PositionCategory.PELAKSANA, None, 1, 2)
            )
        assert push(doc, command) is None
        steps = doc.undo_stack.index()
        assert_synced(doc)
    end_fp = fingerprint(doc.path)
    assert steps > 20
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert fingerprint(doc.path) == start_fp
    assert_synced(doc)
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
    assert fingerprint(doc.path) == end_fp
    assert_synced(doc)


# -- the process ----------------------------------------------------------------------------
EXIT_SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from rbdesk.ui.document import Document
from rbdesk.ui.commands import DeleteUnitCommand, RenameUnitCommand, push

app = QApplication(sys.argv)
doc = Document.from_sample(Path(sys.argv[1]))
seen = []
doc.unit_removed.connect(seen.append)
root = doc.structure.roots()[0]
for uid in doc.child_ids(root)[:5]:
    assert push(doc, RenameUnitCommand(doc, uid, "Unit")) is None
    assert push(doc, DeleteUnitCommand(doc, uid)) is None
while doc.undo_stack.canUndo():
    doc.undo_stack.undo()
assert seen
if sys.argv[2] == "close":
    doc.close()
print("done")
"""


@pytest.mark.parametrize("ending", ["close", "leave open"])
def test_the_process_exits_cleanly(tmp_path: Path, ending: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", EXIT_SCRIPT, str(tmp_path / "plan.rbd"), ending],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "done"
    with Store.open(tmp_path / "plan.rbd", read_only=True) as store:
        assert store.integrity_ok()


def test_a_second_document_on_the_same_plan_is_read_only(qtbot, small_plan) -> None:
    first = Document.open(small_plan)
    try:
        assert not first.read_only and not first.opened_elsewhere
        second = Document.open(small_plan)
        try:
            assert second.read_only and second.opened_elsewhere
        finally:
            second.close()
    finally:
        first.close()
    third = Document.open(small_plan)  # the lock went with the first document
    try:
        assert not third.read_only
    finally:
        third.close()


def test_another_process_holding_the_plan_makes_it_read_only(qtbot, small_plan) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\n"
         "from PySide6.QtCore import QLockFile\n"
         f"lock = QLockFile({str(small_plan) + '.lock'!r})\n"
         "assert lock.tryLock(0)\n"
         "print('locked', flush=True)\n"
         "sys.stdin.readline()\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        doc = Document.open(small_plan)
        try:
            assert doc.read_only and doc.opened_elsewhere
        finally:
            doc.close()
    finally:
        holder.communicate("\n", timeout=30)

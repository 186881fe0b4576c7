"""Read-only plans: a file without write permission opens read-only, every write raises
``ReadOnlyError``, and the file is not changed.

Tests run as root in the development container, and root may write any file:
``os.access(path, os.W_OK)`` says yes for a file of mode 0o444, so ``Store.open``
opens it writable. ``test_read_only_file_opens_read_only`` shows that (it is an
expected failure as root only); the other tests open with ``read_only=True``, or run
a child process that drops to the ``nobody`` user.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from rbdesk.domain.model import (
    CoordinationLink,
    Iku,
    Level,
    Operation,
    OperationKind,
    Position,
    PositionCategory,
    Region,
    RemovedRecords,
    ScenarioRole,
    ScenarioSnapshot,
    Signatory,
    SignatoryRole,
    Structure,
    Unit,
    UrusanAssignment,
)
from rbdesk.domain.operations import AppliedOperation, Motive, plan_rename
from rbdesk.domain.pemetaan import PemetaanData
from rbdesk.rules import default_catalogue
from rbdesk.store import ReadOnlyError, Store
from tests.store.plans import CURRENT, PROPOSAL, file_state, unit_id

AS_ROOT = os.geteuid() == 0
HELPER = Path(__file__).with_name("open_as_user.py")


def test_read_only_file_opens_read_only(plan: Path) -> None:
    plan.chmod(0o444)
    before = file_state(plan)
    with Store.open(plan) as store:
        assert store.read_only
        with pytest.raises(ReadOnlyError):
            store.set_meta("edited", "yes")
    after = file_state(plan)
    assert (after.data, after.mtime_ns) == (before.data, before.mtime_ns)


def _writes(store: Store) -> dict[str, Callable[[], object]]:
    """One call of every write method of the Store, on the sample plan."""
    current = store.scenario_by_name(CURRENT)
    proposal = store.scenario_by_name(PROPOSAL)
    dinkes = unit_id(store, CURRENT, "Dinas Kesehatan")
    dispar = unit_id(store, CURRENT, "Dinas Pariwisata")
    merged = unit_id(store, PROPOSAL, "Dinas Pendidikan, Kebudayaan dan Pariwisata")
    loaded = store.load(current.id)
    position = loaded.positions[0]
    iku = loaded.iku[0]
    link = loaded.links[0]
    operation = store.load(proposal.id).operations[0]
    plan = plan_rename(
        store.load(proposal.id), merged, "Dinas Baru", Motive("alasan"), level=Level.KABUPATEN,
        rules=default_catalogue(),
    )  # fmt: skip
    applied = AppliedOperation(plan, {}, operation, RemovedRecords(proposal.id))
    return {
        "set_region": lambda: store.set_region(Region("Kota Lain", Level.KOTA)),
        "set_meta": lambda: store.set_meta("k", "v"),
        "set_plan_details": lambda: store.set_plan_details(
            Region("Kota Lain", Level.KOTA), [Signatory(SignatoryRole.CHECKED, "Nama")]
        ),
        "set_signatories": lambda: store.set_signatories(
            [Signatory(SignatoryRole.APPROVED, "Nama", "19700101 199003 1 001")]
        ),
        "update_signatory": lambda: store.update_signatory(
            SignatoryRole.PREPARED, {"name": "Nama"}
        ),
        "add_scenario": lambda: store.add_scenario("baru"),
        "rename_scenario": lambda: store.rename_scenario(proposal.id, "nama lain"),
        "delete_scenario": lambda: store.delete_scenario(proposal.id),
        "restore_scenario": lambda: store.restore_scenario(
            ScenarioSnapshot(
                proposal.id + 100,
                "kembali",
                (
                    (
                        "scenario",
                        ("id", "name", "role"),
                        ((proposal.id + 100, "kembali", "proposal"),),
                    ),
                ),
            )
        ),  # fmt: skip
        "copy_scenario": lambda: store.copy_scenario(current.id, "salinan"),
        "insert_structure": lambda: store.insert_structure(
            Structure(replace(current, name="sisipan", role=ScenarioRole.PROPOSAL))
        ),
        "add_unit": lambda: store.add_unit(current.id, Unit(0, dinkes, "bidang", "Bidang X")),
        "update_unit": lambda: store.update_unit(replace(store.unit(dinkes), name="Dinkes")),
        "move_unit": lambda: store.move_unit(dinkes, dispar),
        "reorder_units": lambda: store.reorder_units({dinkes: 9, dispar: 8}),
        "delete_unit": lambda: store.delete_unit(dispar),
        "set_assignments": lambda: store.set_assignments(
            dinkes, [UrusanAssignment(dinkes, "1.02")]
        ),
        "set_lineage": lambda: store.set_lineage(merged, [dinkes]),
        "add_position": lambda: store.add_position(
            Position(0, dinkes, "Kepala", PositionCategory.STRUCTURAL)
        ),
        "update_position": lambda: store.update_position(replace(position, needed=99)),
        "delete_position": lambda: store.delete_position(position.id),
        "add_link": lambda: store.add_link(CoordinationLink(0, dinkes, dispar)),
        "delete_link": lambda: store.delete_link(link.id),
        "add_operation": lambda: store.add_operation(
            proposal.id, Operation(0, OperationKind.MOVE, (dinkes,), (merged,), "x")
        ),
        "delete_operation": lambda: store.delete_operation(operation.id),
        "add_iku": lambda: store.add_iku(Iku(0, dinkes, "Indikator")),
        "set_pemetaan": lambda: store.set_pemetaan(PemetaanData({("umum", 1): Decimal(5)})),
        "set_pemetaan_values": lambda: store.set_pemetaan_values({("umum", 1): Decimal(5)}),
        "set_pemetaan_source": lambda: store.set_pemetaan_source(2025, "BPS"),
        "set_pemetaan_kepulauan": lambda: store.set_pemetaan_kepulauan(True),
        "update_iku": lambda: store.update_iku(replace(iku, target="100%")),
        "delete_iku": lambda: store.delete_iku(iku.id),
        "restore": lambda: store.restore(
            replace(store.subtree(dispar), units=(replace(store.unit(dispar), id=10**6),))
        ),
        "place_units": lambda: store.place_units({dinkes: (dispar, 1)}),
        "apply_operation": lambda: store.apply_operation(proposal.id, plan),
        "reapply_operation": lambda: store.reapply_operation(applied),
        "revert_operation": lambda: store.revert_operation(applied),
        "set_operation_text": lambda: store.set_operation_text(operation.id, "alasan", "dasar"),
        "transaction": lambda: store.transaction().__enter__(),
    }


def test_every_write_of_a_read_only_store_is_refused(plan: Path) -> None:
    before = file_state(plan)
    with Store.open(plan, read_only=True) as store:
        assert store.read_only
        fingerprint = store.fingerprint()
        writes = _writes(store)
        for name, write in writes.items():
            with pytest.raises(ReadOnlyError, match="read-only"):
                write()
            assert store.fingerprint() == fingerprint, name
    after = file_state(plan)
    assert after.data == before.data
    assert after.mtime_ns == before.mtime_ns


def test_every_write_method_is_covered(plan: Path) -> None:
    """A new public write method of the Store must be added to ``_writes`` (and so to
    the read-only test above)."""
    readers = {
        "close", "open", "create", "build", "region", "meta", "schema_version", "scenarios",
        "scenario", "scenario_by_name", "current_scenario", "load", "unit", "unit_count",
        "kind_counts", "read_unit_rows", "unit_names", "fingerprint", "integrity_ok", "save_copy",
        "subtree", "signatories", "operations", "repair",  # (repair writes a new file)
        "pemetaan",
    }  # fmt: skip
    public = {n for n in dir(Store) if not n.startswith("_") and callable(getattr(Store, n))}
    with Store.open(plan, read_only=True) as store:
        assert public - readers == set(_writes(store))


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder that the ``nobody`` user can reach (pytest's tmp_path is root-only)."""
    folder = Path(tempfile.mkdtemp(prefix="rbdesk-ro-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def _open_as_ordinary_user(path: Path) -> dict[str, object]:
    command = [sys.executable, str(HELPER), str(path)]
    if AS_ROOT:
        command.append("--as-nobody")
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    assert result["uid"] != 0
    return result


@pytest.mark.parametrize(
    "folder_mode",
    [
        pytest.param(0o777, id="folder-writable"),
        pytest.param(0o555, id="folder-read-only"),
    ],
)
def test_read_only_file_as_an_ordinary_user(
    folder_mode: int, shared_folder: Path, sample_plan_source: Path
) -> None:
    path = shared_folder / "plan.rbd"
    shutil.copyfile(sample_plan_source, path)
    path.chmod(0o444)
    before = file_state(path)
    shared_folder.chmod(folder_mode)

    result = _open_as_ordinary_user(path)

    shared_folder.chmod(0o755)
    assert "refused" not in result, result
    assert result["read_only"] is True
    assert result["scenarios"] == [CURRENT, PROPOSAL]
    assert str(result["write"]).startswith("ReadOnlyError")
    after = file_state(path)
    assert (after.data, after.mtime_ns) == (before.data, before.mtime_ns)

"""Restructuring operations in the plan file: each is written whole in one transaction
or not at all; an undo puts back every row (the fingerprint is the one before) and a
redo gives the same ids, so later commands holding them stay valid."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from rbdesk.domain.errors import InvalidValueError, OperationError
from rbdesk.domain.model import Level, Structure, UrusanAssignment
from rbdesk.domain.operations import (
    Motive,
    NewUnit,
    OperationPlan,
    Shares,
    apply_plan,
    finding_ref,
    plan_abolish,
    plan_convert,
    plan_create,
    plan_merge,
    plan_move,
    plan_rename,
    plan_retype,
    plan_split,
    revert_plan,
)
from rbdesk.interchange.sample import write_sample
from rbdesk.rules import default_catalogue
from rbdesk.store import Store
from rbdesk.store.store import _IDS

RULES = {"level": Level.KABUPATEN, "rules": default_catalogue()}
WHY = Motive("Alasan uji", "PP 18/2016 Pasal 40", date="2027-01-15")
PROPOSAL = "Usulan Uji"
DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample region with a fresh proposal copied from its current scenario."""
    path = tmp_path_factory.mktemp("operations") / "sample.rbd"
    with write_sample(path) as store:
        store.copy_scenario(store.current_scenario().id, PROPOSAL)
    return path


@pytest.fixture
def store(tmp_path: Path, source: Path) -> Iterator[Store]:
    path = tmp_path / "plan.rbd"
    shutil.copyfile(source, path)
    with Store.open(path) as opened:
        yield opened


def loaded(store: Store, name: str = PROPOSAL) -> Structure:
    return store.load(store.scenario_by_name(name).id)


def named(s: Structure, name: str) -> int:
    (found,) = [uid for uid, u in s.units.items() if u.name == name]
    return found


def children(s: Structure, parent: str, kind: str) -> list[int]:
    top = named(s, parent)
    return sorted(uid for uid, u in s.units.items() if u.parent_id == top and u.kind == kind)


DINSOS = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
DP2KB = "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan " + (
    "Perlindungan Anak"
)
DISKOP = "Dinas Koperasi, Usaha Kecil dan Menengah, Perdagangan dan Perindustrian"

PLANS: dict[str, Callable[[Structure], OperationPlan]] = {
    "merge": lambda s: plan_merge(s, [named(s, DINSOS), named(s, DP2KB)], WHY,
                                  merge_children=True, **RULES),
    "merge-new": lambda s: plan_merge(s, [named(s, DINSOS), named(s, DP2KB)], WHY,
                                      into=NewUnit("Dinas Sosial dan PPKB"), **RULES),
    "split": lambda s: plan_split(
        s, named(s, DISKOP), [NewUnit("Dinas Koperasi dan UKM"), NewUnit("Dinas Perdagangan")],
        WHY, shares=Shares(urusan={"3.30": 1, "3.31": 1},
                           children={named(s, "Bidang Perdagangan"): 1},
                           headcounts={1: (0, 1)}), **RULES),
    "move": lambda s: plan_move(s, [named(s, "Bidang Transmigrasi")],
                                named(s, "Dinas Tenaga Kerja"), WHY, **RULES),
    "create": lambda s: plan_create(s, NewUnit("Bidang Pertanahan", "bidang"),
                                    named(s, "Dinas Perumahan dan Kawasan Permukiman"), WHY,
                                    **RULES),
    "abolish": lambda s: plan_abolish(s, [named(s, "Bidang Pengujian Sarana")], WHY, **RULES),
    "abolish-rehome": lambda s: plan_abolish(
        s, [named(s, "Bidang Pengujian Sarana")], WHY,
        rehome_under=named(s, "UPT Pengujian Kendaraan Bermotor"), **RULES),
    "rename": lambda s: plan_rename(s, named(s, DINSOS), "Dinas Sosial", WHY, **RULES),
    "retype": lambda s: plan_retype(s, named(s, "UPT Pengujian Kendaraan Bermotor"), "A", WHY,
                                    **RULES),
    "convert": lambda s: plan_convert(
        s, children(s, "Bidang Tanaman Pangan dan Hortikultura", "seksi"), WHY, **RULES),
}  # fmt: skip


@pytest.mark.parametrize("kind", PLANS)
def test_apply_undo_redo(store: Store, kind: str) -> None:
    scenario = store.scenario_by_name(PROPOSAL)
    before = loaded(store)
    first = store.fingerprint()
    plan = PLANS[kind](before)

    applied = store.apply_operation(scenario.id, plan)
    after = loaded(store)
    assert after == apply_plan(before, applied), "the window's copy equals the file"
    assert after.operations[-1] == applied.operation
    assert applied.operation.justification == "Alasan uji"
    assert store.operations(scenario.id) == after.operations
    done = store.fingerprint()
    assert done != first
    assert store.integrity_ok()
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []

    store.revert_operation(applied)
    assert store.fingerprint() == first
    assert loaded(store) == before == revert_plan(after, applied)
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []

    again = store.reapply_operation(applied)
    assert again.ids == applied.ids and again.operation == applied.operation
    assert store.fingerprint() == done
    assert loaded(store) == after


def test_the_current_scenario_is_untouched(store: Store) -> None:
    current = store.current_scenario()
    kept = store.load(current.id)
    applied = store.apply_operation(
        store.scenario_by_name(PROPOSAL).id, PLANS["merge"](loaded(store))
    )
    assert store.load(current.id) == kept
    # before: units of the current scenario, through lineage
    assert set(applied.operation.before) <= kept.units.keys()


def test_later_commands_keep_their_ids_across_undo_and_redo(store: Store) -> None:
    """Merge into a new unit, then rename it: undo both, redo both; the rename's plan
    names the new unit by the id of the first application, and it is still that."""
    sid = store.scenario_by_name(PROPOSAL).id
    s0 = loaded(store)
    merge = store.apply_operation(sid, PLANS["merge-new"](s0))
    s1 = apply_plan(s0, merge)
    new_id = merge.operation.after[0]
    rename = store.apply_operation(sid, plan_rename(s1, new_id, "Dinas Sosial Baru", WHY, **RULES))
    both = store.fingerprint()
    store.revert_operation(rename)
    store.revert_operation(merge)
    assert loaded(store) == s0
    assert store.reapply_operation(merge).operation.after == (new_id,)
    store.reapply_operation(rename)
    assert store.fingerprint() == both
    assert loaded(store).units[new_id].name == "Dinas Sosial Baru"
    assert [op.kind.value for op in loaded(store).operations] == ["merge", "rename"]


def test_a_failure_half_way_leaves_the_file_as_it_was(store: Store, monkeypatch) -> None:
    sid = store.scenario_by_name(PROPOSAL).id
    before, first = loaded(store), store.fingerprint()

    def broken(*args: object, **kwargs: object) -> int:
        raise RuntimeError("disk full")  # after every unit and position was written

    monkeypatch.setattr(Store, "_insert_operation", broken)
    with pytest.raises(RuntimeError):
        store.apply_operation(sid, PLANS["merge"](before))
    monkeypatch.undo()
    assert store.fingerprint() == first
    assert loaded(store) == before


def test_an_integrity_violation_leaves_the_file_as_it_was(store: Store) -> None:
    sid = store.scenario_by_name(PROPOSAL).id
    before, first = loaded(store), store.fingerprint()
    plan = PLANS["merge-new"](before)
    new = plan.added[0].id
    twice = (UrusanAssignment(new, "1.06"), UrusanAssignment(new, "1.06"))
    with pytest.raises(InvalidValueError) as refused:
        store.apply_operation(sid, replace(plan, assignments={**plan.assignments, new: twice}))
    assert refused.value.code == "store.integrity"
    assert store.fingerprint() == first
    assert loaded(store) == before


def test_the_store_refuses_other_scenarios(store: Store) -> None:
    proposal = store.scenario_by_name(PROPOSAL)
    plan = PLANS["rename"](loaded(store))
    current = store.current_scenario()
    first = store.fingerprint()
    with pytest.raises(OperationError) as refused:
        store.apply_operation(current.id, replace(plan, scenario_id=current.id))
    assert refused.value.code == "operation.current_scenario"
    other = store.copy_scenario(current.id, "Usulan Lain")
    for scenario_id, moved in ((other.id, plan), (other.id, replace(plan, scenario_id=other.id))):
        with pytest.raises(OperationError) as refused:
            store.apply_operation(scenario_id, moved)
        assert refused.value.code == "operation.other_scenario"
    store.delete_scenario(other.id)
    assert store.fingerprint() == first
    applied = store.apply_operation(proposal.id, plan)
    store.revert_operation(applied)
    with pytest.raises(OperationError) as refused:
        store.revert_operation(applied)
    assert refused.value.code == "operation.not_applied"


def test_operation_text_and_findings(store: Store) -> None:
    sid = store.scenario_by_name(PROPOSAL).id
    s = loaded(store)
    dinsos = named(s, DINSOS)
    ref = finding_ref("overlap.urusan_shared", ["2.08"], [(dinsos,)])
    plan = plan_rename(s, dinsos, "Dinas Sosial", replace(WHY, findings=(ref,)), **RULES)
    applied = store.apply_operation(sid, plan)
    (op,) = store.operations(sid)
    assert (op.justification, op.basis, op.findings) == (
        "Alasan uji",
        "PP 18/2016 Pasal 40",
        (ref,),
    )
    store.set_operation_text(op.id, " Alasan baru ", "UU 23/2014")
    (op,) = store.operations(sid)
    assert (op.justification, op.basis) == ("Alasan baru", "UU 23/2014")
    for reason, operation_id, code in (("  ", op.id, "operation.reason_missing"),
                                       ("x", 10**6, "operation.unknown")):  # fmt: skip
        with pytest.raises(OperationError) as refused:
            store.set_operation_text(operation_id, reason)
        assert refused.value.code == code
    assert applied.operation.id == op.id


def test_inserting_a_structure_maps_finding_references(store: Store, tmp_path: Path) -> None:
    """A structure built in memory names units by provisional ids; its operations'
    finding references are mapped to the file's ids with the lineage."""
    from rbdesk.interchange.plan_json import create_plan, export_document

    sid = store.scenario_by_name(PROPOSAL).id
    s, base = loaded(store), store.load(store.current_scenario().id)
    dinsos = named(s, DINSOS)
    refs = (  # units as their origins; (0, id) for a unit of the proposal alone
        finding_ref("overlap.urusan_shared", ["2.08"], [(named(base, DINSOS),),
                                                        (named(base, DP2KB),)]),
        finding_ref("spans.narrow", [], [(0, dinsos)]),
    )  # fmt: skip
    store.apply_operation(sid, plan_rename(s, dinsos, "X", replace(WHY, findings=refs), **RULES))
    doc = export_document(store)
    (op,) = doc["scenarios"][-1]["operations"]
    assert op["basis"] == "PP 18/2016 Pasal 40"
    keys = [["dinas-sosial-pemberdayaan-perempuan-dan-perlindu"],
            ["dinas-pengendalian-penduduk-keluarga-berencana-p"]]  # fmt: skip
    assert op["findings"][0]["units"] == keys
    assert op["findings"][1] == {"rule": "spans.narrow", "codes": [], "units": [], "added": ["x"]}
    with create_plan(tmp_path / "copy.rbd", doc) as copy:
        assert export_document(copy) == doc
        (again,) = copy.operations(copy.scenario_by_name(PROPOSAL).id)
        current = copy.load(copy.current_scenario().id)
        proposal = copy.load(copy.scenario_by_name(PROPOSAL).id)
        assert again.findings[0].split("|")[2] == ",".join(
            str(named(current, n)) for n in sorted([DINSOS, DP2KB], key=lambda n: named(current, n))
        )
        assert again.findings[1] == f"spans.narrow||0+{named(proposal, 'X')}"


def test_a_plan_of_the_first_schema_takes_operations(tmp_path: Path) -> None:
    path = tmp_path / "old.rbd"
    shutil.copyfile(DATA / "plan_schema_0001.rbd", path)
    with Store.open(path) as store:
        # the content hash of a plan without basis or findings is the one it always had
        assert store.fingerprint() == "8938e7a77d3a"
        proposal = store.scenario_by_name("Usulan 2026")
        ops = store.operations(proposal.id)
        assert [(o.basis, o.findings) for o in ops] == [("", ())] * 3
        s = store.load(proposal.id)
        first = store.fingerprint()
        applied = store.apply_operation(
            proposal.id, plan_rename(s, named(s, "Dinas Kesehatan"), "Dinas Sehat", WHY, **RULES)
        )
        assert store.operations(proposal.id)[-1].basis == "PP 18/2016 Pasal 40"
        store.revert_operation(applied)
        assert store.fingerprint() == first


def test_a_set_of_ids_is_one_parameter(store: Store) -> None:
    """Thousands of ids in one statement (SQLite limits the number of parameters)."""
    ids = "[" + ",".join(map(str, range(1, 50_001))) + "]"
    (count,) = store.db.execute(f"SELECT count(*) FROM unit WHERE id IN {_IDS}", [ids]).fetchone()
    assert count == store.unit_count()

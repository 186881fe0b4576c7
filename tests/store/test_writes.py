"""Every single write of the Store is in the file after closing and reopening it, and
changes the fingerprint; a refused write (a cycle, a broken constraint) leaves the file
as it was; ``save_copy`` keeps the fingerprint.

Each write test opens a copy of the sample plan, makes one change, closes it, and
checks the change through a fresh ``Store.open``.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from rbdesk.domain.errors import CycleError, InvalidValueError, UnknownUnitError
from rbdesk.domain.model import (
    CoordinationLink,
    Iku,
    Level,
    Lineage,
    Operation,
    OperationKind,
    Position,
    PositionCategory,
    Region,
    Scenario,
    ScenarioRole,
    Structure,
    Unit,
    UrusanAssignment,
    UrusanRole,
)
from rbdesk.store import Store
from rbdesk.store.schema import current_version
from tests.store.plans import (
    CURRENT,
    PROPOSAL,
    REGION,
    file_state,
    unit_id,
    write_sample_plan,
)

DIKBUD = "Dinas Pendidikan dan Kebudayaan"
BIDANG = "Bidang Pendidikan Dasar & Menengah"
SEKSI = "Seksi Kurikulum 'SD'"
DINKES = "Dinas Kesehatan"
PUSKESMAS = "UPT Puskesmas Mojosari"
DISPAR = "Dinas Pariwisata"
SETDA = "Sekretariat Daerah"
MERGED = "Dinas Pendidikan, Kebudayaan dan Pariwisata"


class Ids:
    """File ids of the sample plan's units, scenarios and records, looked up by name."""

    def __init__(self, store: Store) -> None:
        self.store = store
        # A scenario renamed or deleted by the edit under test is simply absent (-1).
        by_name = {s.name: s.id for s in store.scenarios()}
        self.current = by_name.get(CURRENT, -1)
        self.proposal = by_name.get(PROPOSAL, -1)

    def cur(self, name: str) -> int:
        return unit_id(self.store, CURRENT, name)

    def prop(self, name: str) -> int:
        return unit_id(self.store, PROPOSAL, name)

    def loaded(self, proposal: bool = False) -> Structure:
        return self.store.load(self.proposal if proposal else self.current)


@dataclass(frozen=True)
class Edit:
    """One write: ``do`` makes it and returns what ``check`` needs to see it again."""

    do: Callable[[Ids], object]
    check: Callable[[Ids, object], None]


def _add_unit(ids: Ids) -> object:
    unit = Unit(0, ids.cur(DINKES), "bidang", "Bidang Pencegahan & Pengendalian <P2P> 🦠",
                "P2P", None, "IIIb", 4, "tugas", "fungsi", 7, 9, 12.5, "baru")  # fmt: skip
    return unit, ids.store.add_unit(ids.current, unit)


def _check_add_unit(ids: Ids, made: object) -> None:
    unit, new_id = made  # type: ignore[misc]
    assert ids.store.unit(new_id) == replace(unit, id=new_id)
    assert new_id in ids.loaded().units


def _update_unit(ids: Ids) -> object:
    old = ids.store.unit(ids.cur(DINKES))
    new = replace(
        old, kind="badan", name="Dinas Kesehatan & KB", short_name="Dinkes-KB", unit_type="A",
        eselon="IIa", sort_order=-3, tugas="tugas baru\n2", fungsi="“fungsi”",
        headcount_existing=101, headcount_needed=0, workload_score=None, notes="<i>n</i>",
        parent_id=ids.cur(SETDA),
    )  # fmt: skip
    ids.store.update_unit(new)
    return new


def _move_unit(ids: Ids) -> object:
    moved, parent = ids.cur(SEKSI), ids.cur(DINKES)
    ids.store.move_unit(moved, parent, 42)
    return moved, parent


def _check_move(ids: Ids, made: object) -> None:
    moved, parent = made  # type: ignore[misc]
    unit = ids.store.unit(moved)
    assert (unit.parent_id, unit.sort_order) == (parent, 42)


def _move_unit_keeping_order(ids: Ids) -> object:
    moved, parent = ids.cur(BIDANG), ids.cur(DINKES)
    order = ids.store.unit(moved).sort_order
    ids.store.move_unit(moved, parent)
    return moved, parent, order


def _check_move_keeping_order(ids: Ids, made: object) -> None:
    moved, parent, order = made  # type: ignore[misc]
    unit = ids.store.unit(moved)
    assert (unit.parent_id, unit.sort_order) == (parent, order)
    assert ids.store.unit(ids.cur(SEKSI)).parent_id == moved  # the subtree came along


def _reorder(ids: Ids) -> object:
    orders = {ids.cur(DINKES): 7, ids.cur(DISPAR): -1}
    ids.store.reorder_units(orders)
    return orders


def _delete_unit(ids: Ids) -> object:
    doomed = ids.loaded()
    root = ids.cur(DIKBUD)
    subtree = {root, ids.cur(BIDANG), ids.cur(SEKSI)}
    ids.store.delete_unit(root)
    return doomed, subtree


def _check_delete_unit(ids: Ids, made: object) -> None:
    before, subtree = made  # type: ignore[misc]
    after = ids.loaded()
    assert set(after.units) == set(before.units) - subtree
    for uid in subtree:
        with pytest.raises(UnknownUnitError):
            ids.store.unit(uid)
    # Everything attached to the subtree went with it, nothing else did.
    assert after.assignments == [a for a in before.assignments if a.unit_id not in subtree]
    assert after.positions == [p for p in before.positions if p.unit_id not in subtree]
    assert after.iku == [i for i in before.iku if i.unit_id not in subtree]
    assert after.links == [
        x for x in before.links if x.from_id not in subtree and x.to_id not in subtree
    ]
    proposal = ids.loaded(proposal=True)
    assert all(x.origin_id not in subtree for x in proposal.lineage)
    assert all(not set(o.before) & subtree for o in proposal.operations)
    assert ids.store.db.execute("PRAGMA foreign_key_check").fetchall() == []


def _set_assignments(ids: Ids) -> object:
    uid = ids.cur(DINKES)
    new = [UrusanAssignment(uid, "1.02", UrusanRole.SUPPORTING),
           UrusanAssignment(uid, "2.12", UrusanRole.MAIN)]  # fmt: skip
    ids.store.set_assignments(uid, new)
    return uid, new


def _check_assignments(ids: Ids, made: object) -> None:
    uid, new = made  # type: ignore[misc]
    assert ids.loaded().assignments_of(uid) == sorted(new, key=lambda a: a.code)


def _clear_assignments(ids: Ids) -> object:
    uid = ids.cur(DIKBUD)
    ids.store.set_assignments(uid, [])
    return uid, []


def _set_lineage(ids: Ids) -> object:
    uid = ids.prop(MERGED)
    origins = [ids.cur(DIKBUD), ids.cur(DISPAR), ids.cur(DINKES)]
    ids.store.set_lineage(uid, origins)
    return uid, origins


def _check_lineage(ids: Ids, made: object) -> None:
    uid, origins = made  # type: ignore[misc]
    lineage = ids.loaded(proposal=True).lineage
    assert sorted(x.origin_id for x in lineage if x.unit_id == uid) == sorted(origins)


def _add_position(ids: Ids) -> object:
    position = Position(0, ids.cur(PUSKESMAS), "Perawat \"Terampil\"", PositionCategory.FUNCTIONAL,
                        None, 4, 6, 2)  # fmt: skip
    return replace(position, id=ids.store.add_position(position))


def _check_position(ids: Ids, made: object) -> None:
    assert made in ids.loaded().positions


def _update_position(ids: Ids) -> object:
    old = ids.loaded().positions[0]
    new = replace(old, unit_id=ids.cur(DINKES), title="Jabatan <baru>",
                  category=PositionCategory.PELAKSANA, eselon=None, existing=0, needed=3,
                  sort_order=9)  # fmt: skip
    ids.store.update_position(new)
    return new


def _delete_position(ids: Ids) -> object:
    position = ids.loaded().positions[1]
    ids.store.delete_position(position.id)
    return position


def _check_position_gone(ids: Ids, made: object) -> None:
    assert made.id not in {p.id for p in ids.loaded().positions}  # type: ignore[attr-defined]


def _add_link(ids: Ids) -> object:
    link = CoordinationLink(0, ids.cur(DISPAR), ids.cur(DIKBUD), "pariwisata & budaya")
    return replace(link, id=ids.store.add_link(link))


def _check_link(ids: Ids, made: object) -> None:
    assert made in ids.loaded().links


def _delete_link(ids: Ids) -> object:
    link = ids.loaded().links[0]
    ids.store.delete_link(link.id)
    return link


def _check_link_gone(ids: Ids, made: object) -> None:
    assert made.id not in {x.id for x in ids.loaded().links}  # type: ignore[attr-defined]


def _add_operation(ids: Ids) -> object:
    op = Operation(0, OperationKind.SPLIT, (ids.cur(DINKES),),
                   (ids.prop("Dinas Kesehatan, Pengendalian Penduduk dan KB"), ids.prop(PUSKESMAS)),
                   "Dipecah: <alasan> & \"kajian\"", "2026-03-01", 10)  # fmt: skip
    return replace(op, id=ids.store.add_operation(ids.proposal, op))


def _check_operation(ids: Ids, made: object) -> None:
    assert ids.loaded(proposal=True).operations[-1] == made


def _delete_operation(ids: Ids) -> object:
    op = ids.loaded(proposal=True).operations[0]
    ids.store.delete_operation(op.id)
    return op


def _check_operation_gone(ids: Ids, made: object) -> None:
    assert made.id not in {o.id for o in ids.loaded(proposal=True).operations}  # type: ignore[attr-defined]
    (count,) = ids.store.db.execute(
        "SELECT count(*) FROM operation_unit WHERE operation_id = ?",
        [made.id],  # type: ignore[attr-defined]
    ).fetchone()
    assert count == 0


def _add_iku(ids: Ids) -> object:
    iku = Iku(0, ids.cur(DISPAR), "Lama tinggal wisatawan", "2,5 hari", "hari", 3)
    return replace(iku, id=ids.store.add_iku(iku))


def _check_iku(ids: Ids, made: object) -> None:
    assert made in ids.loaded().iku


def _update_iku(ids: Ids) -> object:
    old = ids.loaded().iku[0]
    new = replace(old, unit_id=ids.cur(DINKES), indicator="IKU <baru>", target="≥ 95%",
                  measure="persen", sort_order=-1)  # fmt: skip
    ids.store.update_iku(new)
    return new


def _delete_iku(ids: Ids) -> object:
    iku = ids.loaded().iku[0]
    ids.store.delete_iku(iku.id)
    return iku


def _check_iku_gone(ids: Ids, made: object) -> None:
    assert made.id not in {i.id for i in ids.loaded().iku}  # type: ignore[attr-defined]


def _add_scenario(ids: Ids) -> object:
    return ids.store.add_scenario("Skenario kosong", ScenarioRole.PROPOSAL, ids.current)


def _check_scenario(ids: Ids, made: object) -> None:
    assert made in ids.store.scenarios()
    assert ids.store.load(made.id).units == {}  # type: ignore[attr-defined]


def _rename_scenario(ids: Ids) -> object:
    ids.store.rename_scenario(ids.proposal, "Usulan <final> & 'revisi'")
    return ids.proposal


def _check_rename(ids: Ids, made: object) -> None:
    assert ids.store.scenario(made).name == "Usulan <final> & 'revisi'"  # type: ignore[arg-type]


def _delete_scenario(ids: Ids) -> object:
    current = ids.loaded()
    ids.store.delete_scenario(ids.proposal)
    return current


def _check_scenario_gone(ids: Ids, made: object) -> None:
    assert [s.name for s in ids.store.scenarios()] == [CURRENT]
    # Only the proposal had lineage and operations; they went with it.
    for table in ("lineage", "operation", "operation_unit"):
        (count,) = ids.store.db.execute(f"SELECT count(*) FROM {table}").fetchone()
        assert count == 0, table
    assert ids.loaded() == made  # the current scenario is untouched


def _delete_current_scenario(ids: Ids) -> object:
    ids.store.delete_scenario(ids.current)
    return ids.loaded(proposal=True)


def _check_current_gone(ids: Ids, made: object) -> None:
    assert [s.name for s in ids.store.scenarios()] == [PROPOSAL]
    proposal = ids.loaded(proposal=True)
    assert proposal.scenario.derived_from is None
    assert proposal.units == made.units  # type: ignore[attr-defined]
    assert proposal.lineage == []


def _copy_scenario(ids: Ids) -> object:
    return ids.loaded(), ids.store.copy_scenario(ids.current, "Salinan 📋")


def _check_copy(ids: Ids, made: object) -> None:
    source, scenario = made  # type: ignore[misc]
    copy = ids.store.load(ids.store.scenario_by_name("Salinan 📋").id)
    assert copy.scenario.derived_from == ids.current
    assert copy.scenario.role is ScenarioRole.PROPOSAL
    origin = {x.unit_id: x.origin_id for x in copy.lineage}
    assert sorted(origin.values()) == sorted(source.units)
    assert len(copy.lineage) == len(source.units)
    for uid, unit in copy.units.items():
        original = source.units[origin[uid]]
        parent = None if unit.parent_id is None else origin[unit.parent_id]
        assert replace(unit, id=original.id, parent_id=parent) == original
    assert sorted((origin[a.unit_id], a.code, a.role) for a in copy.assignments) == sorted(
        (a.unit_id, a.code, a.role) for a in source.assignments
    )
    assert len(copy.positions) == len(source.positions)
    assert len(copy.iku) == len(source.iku)
    assert sorted((origin[x.from_id], origin[x.to_id]) for x in copy.links) == sorted(
        (x.from_id, x.to_id) for x in source.links
    )


def _insert_structure(ids: Ids) -> object:
    structure = Structure(
        Scenario(0, "Impor", ScenarioRole.PROPOSAL, ids.current, "2026-04-01"),
        {1: Unit(1, None, "dinas", "Dinas Impor"), 2: Unit(2, 1, "bidang", "Bidang Impor")},
        lineage=[Lineage(1, ids.cur(DINKES))],
    )
    origin = {ids.cur(DINKES): ids.cur(DINKES)}
    return ids.store.insert_structure(structure, origin_map=origin)


def _check_insert(ids: Ids, made: object) -> None:
    loaded = ids.store.load(ids.store.scenario_by_name("Impor").id)
    assert {u.name for u in loaded.units.values()} == {"Dinas Impor", "Bidang Impor"}
    assert loaded.lineage == [Lineage(made[1], ids.cur(DINKES))]  # type: ignore[index]


NEW_REGION = Region('Kota Baru "Sejahtera" & <Makmur>', Level.KOTA, "73.71", 0.95, "Bagian Org")


def _set_region(ids: Ids) -> object:
    ids.store.set_region(NEW_REGION)
    return NEW_REGION


def _set_meta(ids: Ids) -> object:
    ids.store.set_meta("rule_pack", "permendagri-99-2018@2")
    ids.store.set_meta("created_by", "rbdesk <tes> 🙂")
    return None


def _check_meta(ids: Ids, made: object) -> None:
    assert ids.store.meta("rule_pack") == "permendagri-99-2018@2"
    assert ids.store.meta("created_by") == "rbdesk <tes> 🙂"
    assert ids.store.meta("missing") is None


EDITS: dict[str, Edit] = {
    "add_unit": Edit(_add_unit, _check_add_unit),
    "update_unit": Edit(_update_unit, lambda ids, new: _eq(ids.store.unit(new.id), new)),  # type: ignore[attr-defined]
    "move_unit": Edit(_move_unit, _check_move),
    "move_unit_keeping_order": Edit(_move_unit_keeping_order, _check_move_keeping_order),
    "reorder_units": Edit(
        _reorder,
        lambda ids, orders: _eq(
            {u: ids.store.unit(u).sort_order for u in orders},  # type: ignore[attr-defined]
            orders,
        ),
    ),
    "delete_unit_with_subtree": Edit(_delete_unit, _check_delete_unit),
    "set_assignments": Edit(_set_assignments, _check_assignments),
    "set_assignments_empty": Edit(_clear_assignments, _check_assignments),
    "set_lineage": Edit(_set_lineage, _check_lineage),
    "add_position": Edit(_add_position, _check_position),
    "update_position": Edit(_update_position, _check_position),
    "delete_position": Edit(_delete_position, _check_position_gone),
    "add_link": Edit(_add_link, _check_link),
    "delete_link": Edit(_delete_link, _check_link_gone),
    "add_operation": Edit(_add_operation, _check_operation),
    "delete_operation": Edit(_delete_operation, _check_operation_gone),
    "add_iku": Edit(_add_iku, _check_iku),
    "update_iku": Edit(_update_iku, _check_iku),
    "delete_iku": Edit(_delete_iku, _check_iku_gone),
    "add_scenario": Edit(_add_scenario, _check_scenario),
    "rename_scenario": Edit(_rename_scenario, _check_rename),
    "delete_scenario": Edit(_delete_scenario, _check_scenario_gone),
    "delete_current_scenario": Edit(_delete_current_scenario, _check_current_gone),
    "copy_scenario": Edit(_copy_scenario, _check_copy),
    "insert_structure": Edit(_insert_structure, _check_insert),
    "set_region": Edit(_set_region, lambda ids, region: _eq(ids.store.region(), region)),
    "set_meta": Edit(_set_meta, _check_meta),
}

#: Writes that do not touch the plan's content, so leave its fingerprint alone.
NOT_CONTENT = {"set_meta"}


def _eq(found: object, expected: object) -> None:
    assert found == expected


@pytest.mark.parametrize("name", list(EDITS))
def test_write_is_in_the_file_after_reopening(name: str, plan: Path) -> None:
    edit = EDITS[name]
    with Store.open(plan) as store:
        before = store.fingerprint()
        made = edit.do(Ids(store))
    assert not Path(f"{plan}-wal").exists() and not Path(f"{plan}-journal").exists()
    with Store.open(plan) as store:
        edit.check(Ids(store), made)
        assert store.integrity_ok()
        assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
        if name in NOT_CONTENT:
            assert store.fingerprint() == before
        else:
            assert store.fingerprint() != before, "an edit must change the fingerprint"


def _file_after_closing(plan: Path) -> tuple[bytes | None, str]:
    with Store.open(plan) as store:
        fingerprint = store.fingerprint()
    return file_state(plan).data, fingerprint


@pytest.mark.parametrize(
    "move",
    [
        pytest.param(lambda s, ids: s.move_unit(ids.cur(DIKBUD), ids.cur(SEKSI)), id="grandchild"),
        pytest.param(lambda s, ids: s.move_unit(ids.cur(BIDANG), ids.cur(BIDANG)), id="itself"),
        pytest.param(
            lambda s, ids: s.move_unit(ids.cur("Bupati Contoh"), ids.cur(SEKSI), 3), id="root"
        ),
        pytest.param(
            lambda s, ids: s.update_unit(
                replace(s.unit(ids.cur(DIKBUD)), name="X", parent_id=ids.cur(BIDANG))
            ),
            id="update_unit",
        ),
    ],
)
def test_a_cycle_is_refused_and_the_file_is_unchanged(
    move: Callable[[Store, Ids], None], plan: Path
) -> None:
    data, fingerprint = _file_after_closing(plan)
    with Store.open(plan) as store:
        ids = Ids(store)
        with pytest.raises(CycleError):
            move(store, ids)
        assert store.fingerprint() == fingerprint
    assert file_state(plan).data == data
    with Store.open(plan) as store:
        assert store.fingerprint() == fingerprint


@pytest.mark.parametrize(
    "write",
    [
        pytest.param(
            lambda s, ids: s.set_assignments(
                ids.cur(DIKBUD),
                [
                    UrusanAssignment(ids.cur(DIKBUD), "9.99"),
                    UrusanAssignment(ids.cur(DIKBUD), "9.99"),
                ],
            ),
            id="set_assignments-duplicate-code",
        ),
        pytest.param(
            lambda s, ids: s.set_lineage(ids.prop(MERGED), [ids.cur(DINKES), 999_999]),
            id="set_lineage-unknown-origin",
        ),
        pytest.param(
            lambda s, ids: s.add_operation(
                ids.proposal, Operation(0, OperationKind.MERGE, (ids.cur(DINKES), 999_999), (), "x")
            ),
            id="add_operation-unknown-unit",
        ),
        pytest.param(
            lambda s, ids: s.insert_structure(
                Structure(
                    Scenario(0, "Setengah", ScenarioRole.PROPOSAL, ids.current),
                    {1: Unit(1, None, "dinas", "D"), 2: Unit(2, 1, "bidang", "B")},
                    lineage=[Lineage(1, 12345)],
                ),
                origin_map={},
            ),
            id="insert_structure-unknown-origin",
        ),
        pytest.param(
            lambda s, ids: s.insert_structure(
                Structure(
                    Scenario(0, "Siklus", ScenarioRole.PROPOSAL),
                    {1: Unit(1, 2, "dinas", "D"), 2: Unit(2, 1, "bidang", "B")},
                )
            ),
            id="insert_structure-cycle",
        ),
        pytest.param(
            lambda s, ids: s.add_unit(ids.current, Unit(0, ids.prop(MERGED), "bidang", "B")),
            id="add_unit-parent-in-other-scenario",
        ),
        pytest.param(lambda s, ids: s.rename_scenario(ids.proposal, CURRENT), id="rename-clash"),
        pytest.param(lambda s, ids: s.rename_scenario(ids.proposal, "  "), id="rename-blank"),
        pytest.param(lambda s, ids: s.add_scenario(CURRENT), id="add_scenario-clash"),
        pytest.param(lambda s, ids: s.set_region(Region(" ", Level.KOTA)), id="region-blank"),
        pytest.param(
            lambda s, ids: s.add_link(CoordinationLink(0, ids.cur(DINKES), ids.prop(MERGED))),
            id="link-across-scenarios",
        ),
        pytest.param(lambda s, ids: s.delete_unit(999_999), id="delete-unknown-unit"),
    ],
)
def test_a_refused_write_leaves_nothing_behind(
    write: Callable[[Store, Ids], None], plan: Path
) -> None:
    """A write that fails part-way (a constraint broken after some rows were written)
    raises a typed error and leaves the file as it was."""
    data, fingerprint = _file_after_closing(plan)
    with Store.open(plan) as store:
        ids = Ids(store)
        scenarios = store.scenarios()
        with pytest.raises((InvalidValueError, UnknownUnitError, CycleError)):
            write(store, ids)
        assert store.fingerprint() == fingerprint
        assert store.scenarios() == scenarios
        assert not store.db.conn.in_transaction
    assert file_state(plan).data == data


def test_save_copy_has_the_same_fingerprint(plan: Path, tmp_path: Path) -> None:
    copy = tmp_path / "salinan.rbd"
    with Store.open(plan) as store:
        store.set_meta("x", "y")  # an edit of the open plan: the copy must hold it
        fingerprint = store.fingerprint()
        store.save_copy(copy)
        assert store.fingerprint() == fingerprint
    with Store.open(copy) as saved:
        assert saved.fingerprint() == fingerprint
        assert saved.integrity_ok()
        assert saved.meta("x") == "y"
    assert not any(p.name.endswith(".partial") for p in tmp_path.iterdir())


@pytest.mark.parametrize("name", [n for n in EDITS if n not in NOT_CONTENT])
def test_fingerprint_differs_after_an_edit_of_a_copy(name: str, plan: Path, tmp_path: Path) -> None:
    copy = tmp_path / "salinan.rbd"
    with Store.open(plan) as store:
        store.save_copy(copy)
        original = store.fingerprint()
    with Store.open(copy) as saved:
        assert saved.fingerprint() == original
        EDITS[name].do(Ids(saved))
        assert saved.fingerprint() != original


def test_fingerprint_is_the_same_for_the_same_content(tmp_path: Path) -> None:
    """Two plans built the same way from the same structures agree."""
    first, second = tmp_path / "a.rbd", tmp_path / "b.rbd"
    write_sample_plan(first)
    write_sample_plan(second)
    with Store.open(first) as a, Store.open(second) as b:
        assert a.fingerprint() == b.fingerprint()
        assert len(a.fingerprint()) == 12


def test_created_plan_is_empty_and_complete(tmp_path: Path) -> None:
    path = tmp_path / "baru.rbd"
    with Store.create(path, REGION) as store:
        assert store.region() == REGION
        assert store.scenarios() == []
        assert store.meta("created")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baru.rbd"]
    with Store.open(path) as store:
        assert store.region() == REGION
        assert store.schema_version() == current_version()


def test_save_copy_over_a_crashed_plan_holds_only_the_copy(plan: Path, tmp_path: Path) -> None:
    """Saving a copy over a path where an earlier plan crashed (leaving its journal
    behind) gives exactly the copy, not the copy with the old plan's pages rolled
    into it: the old journal is set aside."""
    from tests.store.sides import crash_mid_edit

    target = tmp_path / "target.rbd"
    shutil.copyfile(plan, target)
    crash_mid_edit(target)
    with Store.open(plan) as store:
        fingerprint = store.fingerprint()
        store.save_copy(target)
    assert not Path(f"{target}-journal").exists()
    assert [p.name for p in tmp_path.glob("target.rbd-journal.orphan-*")]
    with Store.open(target) as copy:
        assert copy.fingerprint() == fingerprint
        assert copy.integrity_ok()

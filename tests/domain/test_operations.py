"""Restructuring operations: each one's effect on a proposal as plain data, and each
refusal with its code before anything changes; on a small structure built here and on
the sample region's current structure copied into a proposal."""

from __future__ import annotations

import copy
from dataclasses import replace

import pytest

from rbdesk.domain import (
    CycleError,
    InvalidValueError,
    Level,
    Lineage,
    OperationKind,
    ParentKindError,
    Scenario,
    ScenarioRole,
    Structure,
    Unit,
    UnknownKindError,
    UnknownUnitError,
    UrusanAssignment,
    UrusanRole,
)
from rbdesk.domain.errors import OperationError
from rbdesk.domain.model import CoordinationLink, Iku, Position, PositionCategory, RemovedRecords
from rbdesk.domain.operations import (
    FUNCTIONAL_GROUP,
    AppliedOperation,
    Motive,
    NewUnit,
    OperationPlan,
    Shares,
    apply_plan,
    finding_ref,
    map_finding_ref,
    parse_finding_ref,
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
from rbdesk.interchange.plan_json import read_document
from rbdesk.interchange.sample import sample_document
from rbdesk.rules import default_catalogue

KAB = Level.KABUPATEN
CAT = default_catalogue()
RULES = {"level": KAB, "rules": CAT}
WHY = Motive("Alasan uji", "PP 18/2016 Pasal 82", date="2027-01-15")
S, F, P = PositionCategory.STRUCTURAL, PositionCategory.FUNCTIONAL, PositionCategory.PELAKSANA
MAIN, SUP = UrusanRole.MAIN, UrusanRole.SUPPORTING


def proposal() -> Structure:
    """A small proposal: two dinas with a sekretariat each, a bidang with two seksi, a
    kecamatan tipe A, a UPT kelas A. Unit ``n`` comes from unit ``100 + n`` of the
    scenario it derives from."""
    units = [
        Unit(1, None, "kepala_daerah", "Bupati Contoh"),
        Unit(2, 1, "dinas", "Dinas A", "DA", "B", "IIb", 0, headcount_existing=10,
             headcount_needed=12),
        Unit(3, 2, "sekretariat", "Sekretariat", eselon="IIIa", sort_order=0),
        Unit(4, 3, "subbagian", "Subbagian Umum dan Kepegawaian", eselon="IVa"),
        Unit(5, 2, "bidang", "Bidang Tanaman Pangan", eselon="IIIb", sort_order=1),
        Unit(6, 5, "seksi", "Seksi Produksi", eselon="IVa", sort_order=0, headcount_existing=3,
             headcount_needed=3),
        Unit(7, 5, "seksi", "Seksi Perlindungan", eselon="IVa", sort_order=1,
             headcount_existing=2, headcount_needed=3),
        Unit(8, 1, "dinas", "Dinas B", "DB", "C", "IIb", 1, headcount_existing=5,
             headcount_needed=6),
        Unit(9, 8, "sekretariat", "Sekretariat", eselon="IIIa"),
        Unit(10, 9, "subbagian", "Subbagian  umum dan kepegawaian", eselon="IVa"),
        Unit(11, 8, "bidang", "Bidang Peternakan", eselon="IIIb", sort_order=1),
        Unit(12, 1, "kecamatan", "Kecamatan Kota", unit_type="A", eselon="IIIa", sort_order=2),
        Unit(13, 12, "sekretariat", "Sekretariat Kecamatan Kota", eselon="IIIb"),
        Unit(14, 2, "upt", "UPT Benih", unit_type="A", eselon="IVa", sort_order=2),
    ]  # fmt: skip
    return Structure(
        Scenario(2, "Usulan Uji", ScenarioRole.PROPOSAL, 1),
        units={u.id: u for u in units},
        assignments=[
            UrusanAssignment(2, "1.01", MAIN),
            UrusanAssignment(2, "2.22", SUP),
            UrusanAssignment(8, "1.02", MAIN),
            UrusanAssignment(8, "2.22", MAIN),
        ],
        positions=[
            Position(1, 2, "Kepala Dinas A", S, "IIb", 1, 1),
            Position(2, 3, "Sekretaris", S, "IIIa", 1, 1),
            Position(3, 4, "Kepala Subbagian Umum dan Kepegawaian", S, "IVa", 1, 1),
            Position(4, 4, "Pengadministrasi Perkantoran", P, None, 3, 3, 1),
            Position(5, 6, "Kepala Seksi Produksi", S, "IVa", 1, 1),
            Position(6, 6, "Pengolah Data", P, None, 2, 2, 1),
            Position(7, 7, "Kepala Seksi Perlindungan", S, "IVa", 0, 1),
            Position(8, 7, "Pengolah Data", P, None, 1, 2, 1),
            Position(9, 8, "Kepala Dinas B", S, "IIb", 1, 1),
            Position(10, 10, "Pengadministrasi Perkantoran", P, None, 2, 2),
            Position(11, 11, "Kepala Bidang Peternakan", S, "IIIb", 1, 1),
            Position(12, 14, "Kepala UPT Benih", S, "IVa", 1, 1),
        ],
        links=[CoordinationLink(1, 5, 11, "koordinasi"), CoordinationLink(2, 2, 8, "")],
        iku=[Iku(1, 2, "Indeks A"), Iku(2, 8, "Indeks B")],
        lineage=[Lineage(uid, 100 + uid) for uid in range(1, 15)],
    )


def positions(structure: Structure, unit_id: int) -> list[tuple[object, ...]]:
    return sorted(
        (p.title, p.category.value, p.eselon, p.existing, p.needed)
        for p in structure.positions
        if p.unit_id == unit_id
    )


def applied(structure: Structure, plan: OperationPlan, first_id: int = 1000) -> Structure:
    """The structure after ``plan``, its new units numbered from ``first_id``."""
    ids = {u.id: first_id + n for n, u in enumerate(plan.added)}
    after = tuple(ids.get(u, u) for u in plan.operation.after)
    record = replace(plan.operation, id=77, after=after, sort_order=len(structure.operations))
    return apply_plan(structure, AppliedOperation(plan, ids, record, RemovedRecords(2)))


def origins(structure: Structure, unit_id: int) -> set[int]:
    return {x.origin_id for x in structure.lineage if x.unit_id == unit_id}


# -- merge ------------------------------------------------------------------------------


def test_merge_into_a_surviving_unit() -> None:
    s = proposal()
    plan = plan_merge(s, [2, 8], WHY, **RULES)
    assert plan.removed == (8,) and plan.added == ()
    op = plan.operation
    assert (op.kind, op.before, op.after) == (OperationKind.MERGE, (102, 108), (2,))
    assert (op.justification, op.basis, op.date) == ("Alasan uji", "PP 18/2016 Pasal 82",
                                                     "2027-01-15")  # fmt: skip
    after = applied(s, plan)
    assert 8 not in after.units
    kids = {u.id for u in after.units.values() if u.parent_id == 2}
    assert kids == {3, 5, 14, 9, 11}
    # children of the merged unit come after the survivor's own
    assert after.units[9].sort_order > after.units[14].sort_order
    assert {(a.code, a.role) for a in after.assignments if a.unit_id == 2} == {
        ("1.01", MAIN), ("1.02", MAIN), ("2.22", MAIN)}  # fmt: skip
    unit = after.units[2]
    assert (unit.headcount_existing, unit.headcount_needed) == (15, 18)
    assert ("Kepala Dinas B", "structural", "IIb", 1, 1) in positions(after, 2)
    assert {i.indicator for i in after.iku if i.unit_id == 2} == {"Indeks A", "Indeks B"}
    assert origins(after, 2) == {102, 108}
    # the link between the two dinas would link the survivor with itself: it goes
    assert [x.id for x in after.links] == [1]
    assert plan.touched >= {2, 8}
    assert s == proposal(), "the structure given is never changed"


def test_merge_with_children_merges_the_sekretariat_and_subbagian_of_one_name() -> None:
    s = proposal()
    plan = plan_merge(s, [2, 8], WHY, merge_children=True, **RULES)
    assert set(plan.removed) == {8, 9, 10}
    assert plan.operation.after == (2, 3, 4)
    assert plan.operation.before == (102, 108, 103, 109, 104, 110)
    after = applied(s, plan)
    assert {u.id for u in after.units.values() if u.parent_id == 3} == {4}
    # the staff posts of one title join; counts add up
    assert positions(after, 4) == [
        ("Kepala Subbagian Umum dan Kepegawaian", "structural", "IVa", 1, 1),
        ("Pengadministrasi Perkantoran", "pelaksana", None, 5, 5),
    ]
    assert origins(after, 3) == {103, 109} and origins(after, 4) == {104, 110}


def test_merge_into_a_new_unit() -> None:
    s = proposal()
    plan = plan_merge(s, [8, 2], WHY, into=NewUnit("Dinas A dan B", unit_type="A"), **RULES)
    (new,) = plan.added
    assert new.id < 0 and plan.operation.after == (new.id,)
    assert (new.kind, new.unit_type, new.eselon, new.parent_id) == ("dinas", "A", "IIb", 1)
    assert new.sort_order == s.units[8].sort_order  # where the first one stood
    assert set(plan.removed) == {2, 8}
    after = applied(s, plan)
    unit = after.units[1000]
    assert unit.name == "Dinas A dan B"
    assert (unit.headcount_existing, unit.headcount_needed) == (15, 18)
    assert origins(after, 1000) == {102, 108}
    assert {u.id for u in after.units.values() if u.parent_id == 1000} == {3, 5, 9, 11, 14}


@pytest.mark.parametrize(
    ("units", "into", "code"),
    [
        ([2, 2], None, "operation.merge_too_few"),
        ([2, 5], None, "operation.merge_ancestor"),
        ([6, 5], None, "operation.merge_ancestor"),
        ([2, 8], 11, "operation.merge_into"),
        ([], None, "operation.no_units"),
    ],
)
def test_merge_refusals(units: list[int], into: int | None, code: str) -> None:
    with pytest.raises(OperationError) as refused:
        plan_merge(proposal(), units, WHY, into=into, **RULES)
    assert refused.value.code == code


def test_merge_refuses_children_the_survivor_may_not_hold() -> None:
    # the survivor is a seksi: the dinas's sekretariat and bidang may not stand under it
    with pytest.raises(ParentKindError):
        plan_merge(proposal(), [6, 8], WHY, **RULES)


def test_merge_refuses_units_of_another_scenario() -> None:
    with pytest.raises(UnknownUnitError):
        plan_merge(proposal(), [2, 999], WHY, **RULES)


# -- every operation: a proposal, a reason ----------------------------------------------

ALL = {
    "merge": lambda s, m: plan_merge(s, [2, 8], m, **RULES),
    "split": lambda s, m: plan_split(s, 2, [NewUnit("X"), NewUnit("Y")], m, **RULES),
    "move": lambda s, m: plan_move(s, [11], 2, m, **RULES),
    "create": lambda s, m: plan_create(s, NewUnit("Bidang Baru", "bidang"), 2, m, **RULES),
    "abolish": lambda s, m: plan_abolish(s, [5], m, **RULES),
    "rename": lambda s, m: plan_rename(s, 2, "Dinas C", m, **RULES),
    "retype": lambda s, m: plan_retype(s, 2, "A", m, **RULES),
    "convert": lambda s, m: plan_convert(s, [6, 7], m, **RULES),
}


@pytest.mark.parametrize("kind", ALL)
def test_every_operation_is_refused_on_the_current_scenario(kind: str) -> None:
    s = proposal()
    s.scenario = replace(s.scenario, name="Kondisi Saat Ini", role=ScenarioRole.CURRENT)
    with pytest.raises(OperationError) as refused:
        ALL[kind](s, WHY)
    assert refused.value.code == "operation.current_scenario"
    assert "skenario usulan" in refused.value.message("id")
    assert "rbdesk propose" in refused.value.message("id")


@pytest.mark.parametrize("kind", ALL)
def test_every_operation_needs_a_reason(kind: str) -> None:
    with pytest.raises(OperationError) as refused:
        ALL[kind](proposal(), Motive("  "))
    assert refused.value.code == "operation.reason_missing"


@pytest.mark.parametrize("kind", ALL)
def test_every_operation_is_one_record_with_its_motive(kind: str) -> None:
    ref = finding_ref("caps.sub_units", ["2.22"], [(102,)])
    plan = ALL[kind](proposal(), Motive(" Alasan ", " Dasar ", (ref,), "2027-02-01"))
    op = plan.operation
    assert op.kind.value == kind
    assert (op.justification, op.basis, op.findings, op.date) == ("Alasan", "Dasar", (ref,),
                                                                  "2027-02-01")  # fmt: skip


def test_the_date_defaults_to_today_and_must_be_a_date() -> None:
    from datetime import date

    assert plan_rename(proposal(), 2, "X", Motive("r"), **RULES).operation.date == (
        date.today().isoformat()
    )
    with pytest.raises(InvalidValueError):
        plan_rename(proposal(), 2, "X", Motive("r", date="besok"), **RULES)
    with pytest.raises(OperationError):
        plan_rename(proposal(), 2, "X", Motive("r", findings=("bukan rujukan",)), **RULES)


# -- split ------------------------------------------------------------------------------


def test_split_hands_out_children_urusan_positions_and_headcount() -> None:
    s = proposal()
    shares = Shares(children={5: 1}, urusan={"2.22": 1}, positions={}, headcounts={1: (4, 5)})
    plan = plan_split(s, 2, [NewUnit("Dinas A1"), NewUnit("Dinas A2", unit_type="C")], WHY,
                      shares=shares, **RULES)  # fmt: skip
    a1, a2 = plan.added
    assert plan.removed == (2,)
    assert plan.operation.before == (102,) and plan.operation.after == (a1.id, a2.id)
    assert (a1.kind, a1.unit_type, a1.eselon) == ("dinas", "B", "IIb")
    assert (a2.kind, a2.unit_type, a2.eselon) == ("dinas", "C", "IIb")
    after = applied(s, plan)
    first, second = after.units[1000], after.units[1001]
    assert (first.headcount_existing, first.headcount_needed) == (6, 7)
    assert (second.headcount_existing, second.headcount_needed) == (4, 5)
    assert {u.id for u in after.units.values() if u.parent_id == 1000} == {3, 14}
    assert {u.id for u in after.units.values() if u.parent_id == 1001} == {5}
    assert [a.code for a in after.assignments if a.unit_id == 1000] == ["1.01"]
    assert [(a.code, a.role) for a in after.assignments if a.unit_id == 1001] == [("2.22", SUP)]
    assert positions(after, 1000) == [("Kepala Dinas A", "structural", "IIb", 1, 1)]
    assert [i.unit_id for i in after.iku if i.indicator == "Indeks A"] == [1000]
    assert origins(after, 1000) == origins(after, 1001) == {102}
    assert {(x.from_id, x.to_id) for x in after.links} == {(5, 11), (1000, 8)}


@pytest.mark.parametrize(
    ("unit", "names", "shares", "code"),
    [
        (2, ["X"], Shares(), "operation.split_too_few"),
        (1, ["X", "Y"], Shares(), "operation.split_root"),
        (2, ["X", " X"], Shares(), "operation.split_same_name"),
        (2, ["X", "Y"], Shares(children={5: 2}), "operation.split_index"),
        (2, ["X", "Y"], Shares(children={6: 1}), "operation.split_not_children"),
        (2, ["X", "Y"], Shares(urusan={"1.02": 1}), "operation.split_not_urusan"),
        (2, ["X", "Y"], Shares(positions={9: 1}), "operation.split_not_positions"),
        (2, ["X", "Y"], Shares(iku={2: 1}), "operation.split_not_iku"),
        (2, ["X", "Y"], Shares(headcounts={1: (11, 0)}), "operation.split_headcount"),
    ],
)
def test_split_refusals(unit: int, names: list[str], shares: Shares, code: str) -> None:
    with pytest.raises(OperationError) as refused:
        plan_split(proposal(), unit, [NewUnit(n) for n in names], WHY, shares=shares, **RULES)
    assert refused.value.code == code


def test_split_refuses_a_child_the_new_unit_may_not_hold() -> None:
    with pytest.raises(ParentKindError):  # a UPT under a kecamatan
        plan_split(proposal(), 2, [NewUnit("X"), NewUnit("Y", kind="kecamatan")], WHY,
                   shares=Shares(children={14: 1}), **RULES)  # fmt: skip
    with pytest.raises(ParentKindError):  # a seksi may not hold a bidang
        plan_split(proposal(), 8, [NewUnit("X", kind="seksi"), NewUnit("Y")], WHY, **RULES)


# -- move, create, abolish, rename --------------------------------------------------------


def test_move_several_units_after_the_new_parents_children() -> None:
    s = proposal()
    plan = plan_move(s, [11, 9], 2, WHY, **RULES)
    after = applied(s, plan)
    assert after.units[11].parent_id == after.units[9].parent_id == 2
    assert (after.units[11].sort_order, after.units[9].sort_order) == (3, 4)
    assert plan.operation.before == (111, 109) and plan.operation.after == (11, 9)
    assert set(plan.touched) == {11, 9}


def test_move_refusals() -> None:
    s = proposal()
    with pytest.raises(OperationError) as refused:
        plan_move(s, [5], 2, WHY, **RULES)
    assert refused.value.code == "operation.move_same_parent"
    with pytest.raises(CycleError):
        plan_move(s, [2], 5, WHY, **RULES)
    with pytest.raises(ParentKindError):
        plan_move(s, [11], 12, WHY, **RULES)  # a bidang under a kecamatan


def test_create_takes_the_catalogue_eselon() -> None:
    s = proposal()
    plan = plan_create(s, NewUnit("Bidang Pertanahan", "bidang"), 8, WHY, **RULES)
    (new,) = plan.added
    assert (new.parent_id, new.eselon, new.sort_order) == (8, "IIIb", 2)
    assert plan.operation.before == () and plan.operation.after == (new.id,)
    after = applied(s, plan)
    assert origins(after, 1000) == set()
    assert plan_create(s, NewUnit("UPT", "upt", "B"), 2, WHY, **RULES).added[0].eselon == "IVb"
    with pytest.raises(ParentKindError):
        plan_create(s, NewUnit("Kelurahan", "kelurahan"), 2, WHY, **RULES)
    with pytest.raises(UnknownKindError):
        plan_create(s, NewUnit("X", "kerajaan"), 2, WHY, **RULES)
    with pytest.raises(OperationError):
        plan_create(s, NewUnit("X"), 2, WHY, **RULES)


def test_abolish_with_the_subtree_lists_the_positions_that_go() -> None:
    s = proposal()
    plan = plan_abolish(s, [5], WHY, **RULES)
    assert plan.removed == (5, 6, 7)
    assert plan.operation.before == (105, 106, 107) and plan.operation.after == ()
    assert {p.id for p in plan.affected_positions} == {5, 6, 7, 8}
    after = applied(s, plan)
    assert not {5, 6, 7} & after.units.keys()
    assert [x.id for x in after.links] == [2]  # the link of the bidang went with it
    assert not [p for p in after.positions if p.unit_id in {5, 6, 7}]


def test_abolish_rehoming_the_children() -> None:
    s = proposal()
    plan = plan_abolish(s, [5], WHY, rehome_under=11, **RULES)
    assert plan.removed == (5,)
    after = applied(s, plan)
    assert after.units[6].parent_id == after.units[7].parent_id == 11
    assert {p.id for p in plan.affected_positions} == set()


def test_abolish_refusals() -> None:
    s = proposal()
    for units, home, code in (
        ([1], None, "operation.abolish_root"),
        ([5], 6, "operation.rehome_inside"),
        ([5], 5, "operation.rehome_inside"),
    ):
        with pytest.raises(OperationError) as refused:
            plan_abolish(s, units, WHY, rehome_under=home, **RULES)
        assert refused.value.code == code
    with pytest.raises(ParentKindError):  # seksi under a kecamatan's sekretariat
        plan_abolish(s, [5], WHY, rehome_under=13, **RULES)


def test_rename_renames_the_head_post() -> None:
    s = proposal()
    plan = plan_rename(s, 8, " Dinas  B Baru ", WHY, **RULES)
    after = applied(s, plan)
    assert after.units[8].name == "Dinas B Baru"
    assert positions(after, 8) == [("Kepala Dinas B Baru", "structural", "IIb", 1, 1)]
    assert plan.operation.before == (108,) and plan.operation.after == (8,)
    with pytest.raises(OperationError):
        plan_rename(s, 8, "Dinas B", WHY, **RULES)
    with pytest.raises(InvalidValueError):
        plan_rename(s, 8, " ", WHY, **RULES)


# -- retype -------------------------------------------------------------------------------


def test_retype_a_dinas_keeps_its_eselon() -> None:
    """The head of a dinas of a kabupaten is IIb whatever its type (Pasal 95(2))."""
    after = applied(proposal(), plan_retype(proposal(), 2, "A", WHY, **RULES))
    assert (after.units[2].unit_type, after.units[2].eselon) == ("A", "IIb")


def test_retype_a_upt_changes_its_eselon_and_its_head_post() -> None:
    """A UPT of a kabupaten: kelas A IVa, kelas B IVb (Pasal 95(5)-(6))."""
    s = proposal()
    after = applied(s, plan_retype(s, 14, "B", WHY, **RULES))
    assert (after.units[14].unit_type, after.units[14].eselon) == ("B", "IVb")
    assert positions(after, 14) == [("Kepala UPT Benih", "structural", "IVb", 1, 1)]


def test_retype_a_kecamatan_changes_its_sekretariat_not_the_camat() -> None:
    """The camat is IIIa whatever the type; the sekretaris kecamatan is IIIb in a tipe A
    kecamatan and IVa in a tipe B one (Pasal 95(3)-(5))."""
    s = proposal()
    plan = plan_retype(s, 12, "B", WHY, **RULES)
    after = applied(s, plan)
    assert (after.units[12].unit_type, after.units[12].eselon) == ("B", "IIIa")
    assert after.units[13].eselon == "IVa"
    assert {u.id for u in plan.changed} == {12, 13}


def test_retype_refusals() -> None:
    with pytest.raises(OperationError):
        plan_retype(proposal(), 2, "B", WHY, **RULES)
    with pytest.raises(InvalidValueError):
        plan_retype(proposal(), 2, "E", WHY, **RULES)


# -- to a functional group -------------------------------------------------------------------


def test_convert_seksi_into_one_functional_group() -> None:
    s = proposal()
    plan = plan_convert(s, [6, 7], WHY, post="Pengendali Organisme Pengganggu Tumbuhan", **RULES)
    assert plan.removed == (7,)
    assert plan.operation.kind is OperationKind.CONVERT
    assert plan.operation.before == (106, 107) and plan.operation.after == (6,)
    after = applied(s, plan)
    group = after.units[6]
    assert group.kind == FUNCTIONAL_GROUP
    assert group.name == "Kelompok Jabatan Fungsional Tanaman Pangan"
    assert group.eselon is None and group.unit_type is None  # no "eselon IVa" left
    assert (group.headcount_existing, group.headcount_needed) == (5, 6)
    assert positions(after, 6) == [
        ("Pengendali Organisme Pengganggu Tumbuhan Ahli Muda", "functional", None, 1, 2),
        ("Pengolah Data", "pelaksana", None, 3, 4),
    ]
    assert origins(after, 6) == {106, 107}


def test_convert_an_administrator_unit_gives_ahli_madya() -> None:
    s = proposal()
    after = applied(s, plan_convert(s, [11], WHY, name="Kelompok Peternakan", **RULES))
    assert after.units[11].name == "Kelompok Peternakan"
    assert positions(after, 11) == [("Pejabat Fungsional Ahli Madya", "functional", None, 1, 1)]


def test_convert_a_bidang_takes_in_its_functional_group() -> None:
    s = proposal()
    s.units[15] = Unit(15, 11, FUNCTIONAL_GROUP, "Kelompok Jabatan Fungsional Peternakan")
    s.positions.append(Position(13, 15, "Medik Veteriner Ahli Pertama", F, None, 2, 3))
    s.lineage.append(Lineage(15, 115))
    plan = plan_convert(s, [11], WHY, post="Medik Veteriner", **RULES)
    assert plan.removed == (15,)
    assert plan.operation.before == (111, 115) and plan.operation.after == (11,)
    after = applied(s, plan)
    assert positions(after, 11) == [
        ("Medik Veteriner Ahli Madya", "functional", None, 1, 1),
        ("Medik Veteriner Ahli Pertama", "functional", None, 2, 3),
    ]
    assert origins(after, 11) == {111, 115}


def test_convert_refusals() -> None:
    s = proposal()
    for units, code in (
        ([6, 11], "operation.convert_parents"),
        ([2], "operation.convert_jpt"),
    ):
        with pytest.raises(OperationError) as refused:
            plan_convert(s, units, WHY, **RULES)
        assert refused.value.code == code
    group = applied(s, plan_convert(s, [6, 7], WHY, **RULES))
    with pytest.raises(OperationError) as refused:
        plan_convert(group, [6], WHY, **RULES)
    assert refused.value.code == "operation.convert_functional"
    with pytest.raises(ParentKindError):  # a sekretariat's subbagian may not stand under it
        plan_convert(s, [3], WHY, **RULES)


# -- the structure before and after, finding references ---------------------------------------


@pytest.mark.parametrize("kind", ALL)
def test_revert_plan_gives_back_the_structure(kind: str) -> None:
    """With what the store keeps of the touched units (here: taken from the structure
    itself), the structure after a plan reverts to the one before."""
    s = proposal()
    plan = ALL[kind](s, WHY)
    ids = {u.id: 1000 + n for n, u in enumerate(plan.added)}
    touched = plan.touched
    was = RemovedRecords(
        2,
        units=tuple(s.units[u] for u in sorted(touched)),
        assignments=tuple(a for a in s.assignments if a.unit_id in touched),
        positions=tuple(p for p in s.positions if p.unit_id in touched),
        iku=tuple(i for i in s.iku if i.unit_id in touched),
        links=tuple(x for x in s.links if {x.from_id, x.to_id} & touched),
        lineage=tuple(x for x in s.lineage if x.unit_id in touched),
    )
    record = replace(plan.operation, id=5, after=tuple(ids.get(u, u) for u in plan.operation.after))
    done = AppliedOperation(plan, ids, record, was)
    after = apply_plan(s, done)
    assert after != s
    assert revert_plan(after, done) == s


def test_finding_references() -> None:
    ref = finding_ref("overlap.urusan_shared", ["2.08", "1.06"], [(12,), (7, 9), (0, 41)])
    assert ref == "overlap.urusan_shared|1.06,2.08|0+41,7+9,12"
    assert parse_finding_ref(ref) == ("overlap.urusan_shared", ("1.06", "2.08"),
                                      ((0, 41), (7, 9), (12,)))  # fmt: skip
    moved = map_finding_ref(ref, lambda u: u + 100, lambda u: u + 1000)
    assert moved == "overlap.urusan_shared|1.06,2.08|0+1041,107+109,112"
    for bad in ("", "a|b", "rule|x|1+y", "|2.08|1", "a rule|1|1"):
        with pytest.raises(OperationError):
            parse_finding_ref(bad)


def test_a_finding_ref_is_the_comparison_key() -> None:
    from rbdesk.analysis.compare import finding_key, finding_ref_of
    from rbdesk.analysis.findings import Family, Finding, Severity

    finding = Finding("caps.sub_units", Family.CAPS, Severity.ERROR, (8, 2), ("2.22",), {}, {},
                      "")  # fmt: skip
    key = finding_key(finding, {2: (102,), 8: (101, 108)})
    assert parse_finding_ref(finding_ref_of(finding, {2: (102,), 8: (101, 108)})) == key
    assert finding_ref_of(finding) == "caps.sub_units|2.22|2,8"


# -- on the sample region -------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample() -> tuple[Structure, Structure, dict[str, int]]:
    """The sample's current structure, a proposal copied from it (lineage to itself, as
    ``Store.copy_scenario`` makes it) and the shipped proposal; keys of the document
    to provisional ids."""
    doc = sample_document()
    region, (current, shipped) = read_document(doc)
    keys = {u["key"]: n + 1 for n, u in enumerate(doc["scenarios"][0]["units"])}
    assert all(current.units[uid].name == u["name"] for u, uid in
               zip(doc["scenarios"][0]["units"], keys.values(), strict=True))  # fmt: skip
    copy_ = copy.deepcopy(current)
    copy_.scenario = Scenario(9, "Salinan", ScenarioRole.PROPOSAL, current.scenario.id)
    copy_.lineage = [Lineage(uid, uid) for uid in current.units]
    return copy_, shipped, keys


def _shipped(shipped: Structure, name: str) -> Unit:
    (unit,) = [u for u in shipped.units.values() if u.name == name]
    return unit


def test_sample_convert_as_the_shipped_proposal_does(sample) -> None:
    s, shipped, keys = sample
    seksi = [keys[f"distapang.bid_tph.seksi_{n}"] for n in (1, 2, 3)]
    plan = plan_convert(s, seksi, WHY, post="Pengendali Organisme Pengganggu Tumbuhan", **RULES)
    after = applied(s, plan)
    group = after.units[seksi[0]]
    ship = _shipped(shipped, group.name)  # the shipped group has the name derived here
    assert (group.kind, group.eselon) == (ship.kind, ship.eselon) == (FUNCTIONAL_GROUP, None)
    assert origins(after, group.id) == set(seksi)
    ahli_muda = [p for p in positions(after, group.id) if p[0].endswith("Ahli Muda")]
    assert ahli_muda == [p for p in positions(shipped, ship.id) if p[0].endswith("Ahli Muda")]
    assert not [u for u in after.units.values() if u.parent_id == keys["distapang.bid_tph"]
                and u.kind == "seksi"]  # fmt: skip


def test_sample_merge_of_the_pppa_bidang_keeps_both_origins(sample) -> None:
    s, shipped, keys = sample
    old, target = keys["dinsos.bid_pppa"], keys["dp2kbp3a.bid_ppa"]
    plan = plan_merge(s, [old, target], WHY, into=target, **RULES)
    after = applied(s, plan)
    ship = _shipped(shipped, after.units[target].name)
    assert origins(after, target) == {x.origin_id for x in shipped.lineage
                                      if x.unit_id == ship.id} == {old, target}  # fmt: skip
    # the bidang's kelompok fungsional came with it, under the survivor
    assert after.units[keys["dinsos.bid_pppa.kjf"]].parent_id == target


def test_sample_abolish_lists_the_positions_that_go(sample) -> None:
    s, _, keys = sample
    bidang = keys["dishub.bid_pengujian"]
    plan = plan_abolish(s, [bidang], WHY, **RULES)
    assert set(plan.removed) == {bidang, keys["dishub.bid_pengujian.kjf"]}
    assert {p.unit_id for p in plan.affected_positions} == set(plan.removed)
    assert plan.affected_positions


def test_sample_operations_refused_on_the_current_scenario() -> None:
    _, (current, _) = read_document(sample_document())
    with pytest.raises(OperationError, match="proposal"):
        plan_rename(current, 2, "X", WHY, **RULES)


def test_planning_is_linear_and_quick_on_a_large_plan() -> None:
    """The plan of one operation builds its indexes once (the window's budget is
    100 ms for the whole operation on a 10,000-unit plan)."""
    import time

    from rbdesk.interchange.synthetic import generate

    _, structures = generate(10_000, seed=3, proposal=False)
    s = copy.deepcopy(structures[0])
    s.scenario = Scenario(9, "Salinan", ScenarioRole.PROPOSAL, s.scenario.id)
    s.lineage = [Lineage(uid, uid) for uid in s.units]
    dinas = [u.id for u in s.units.values() if u.kind == "dinas"][:2]
    start = time.process_time()
    plan = plan_merge(s, dinas, WHY, **RULES)
    elapsed = time.process_time() - start
    assert plan.removed == (dinas[1],)
    assert elapsed < 1.0  # generous: about 20 ms on a laptop

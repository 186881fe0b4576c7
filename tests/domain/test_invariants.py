"""Invariants refuse bad changes with typed errors, before anything changes."""

from __future__ import annotations

import pytest

from rbdesk.domain import (
    CycleError,
    InvalidValueError,
    KindLevelError,
    Level,
    ParentKindError,
    RootKindError,
    Scenario,
    ScenarioRole,
    Structure,
    Unit,
    UnknownCodeError,
    UnknownKindError,
    UnknownUnitError,
)
from rbdesk.domain.invariants import (
    can_move,
    check_codes,
    check_kind,
    check_move,
    check_unit,
    find_cycle,
)
from rbdesk.rules import default_catalogue

KAB = Level.KABUPATEN


@pytest.fixture
def rules():
    return default_catalogue()


@pytest.fixture
def tree() -> Structure:
    s = Structure(Scenario(1, "Kondisi Saat Ini", ScenarioRole.CURRENT))
    for unit in (
        Unit(1, None, "kepala_daerah", "Bupati Contoh"),
        Unit(2, 1, "dinas", "Dinas Pendidikan"),
        Unit(3, 2, "bidang", "Bidang Pembinaan SD"),
        Unit(4, 3, "seksi", "Seksi Kurikulum"),
        Unit(5, 1, "kecamatan", "Kecamatan Kota"),
        Unit(6, 5, "kelurahan", "Kelurahan Pasar"),
        Unit(7, 1, "dinas", "Dinas Kesehatan"),
    ):
        s.units[unit.id] = unit
    return s


def test_moving_under_a_descendant_is_a_cycle(tree, rules) -> None:
    with pytest.raises(CycleError, match="lies below it"):
        check_move(tree, 2, 4, KAB, rules)
    with pytest.raises(CycleError):
        check_move(tree, 2, 2, KAB, rules)


def test_a_kelurahan_only_under_a_kecamatan(tree, rules) -> None:
    with pytest.raises(ParentKindError) as caught:
        check_move(tree, 6, 2, KAB, rules)
    # a code and the values it names; each language from the catalogue
    assert caught.value.code == "kind.parent"
    assert caught.value.params["kind"] == "kelurahan"
    assert caught.value.message("id") == (
        "Kelurahan tidak dapat berada di bawah Dinas (yang dibolehkan: Kecamatan)"
    )
    assert "(Kelurahan) cannot stand under" in caught.value.message("en")
    assert str(caught.value) == caught.value.message("en")
    assert str(caught.value.said_in("id")) == caught.value.message("id")
    check_move(tree, 3, 7, KAB, rules)  # a bidang may move to another dinas


def test_nothing_structural_below_a_seksi(tree, rules) -> None:
    tree.units[9] = Unit(9, 7, "bidang", "Bidang Pelayanan")
    tree.units[10] = Unit(10, 9, "seksi", "Seksi Rujukan")
    ok, reason = can_move(tree, 3, 10, KAB, rules)
    assert not ok and "cannot stand under Section (Seksi)" in reason
    assert can_move(tree, 3, 7, KAB, rules) == (True, "")


def test_only_the_head_of_region_is_a_root(tree, rules) -> None:
    with pytest.raises(RootKindError):
        check_move(tree, 2, None, KAB, rules)


def test_unknown_units_and_kinds(tree, rules) -> None:
    with pytest.raises(UnknownUnitError):
        check_move(tree, 99, 1, KAB, rules)
    with pytest.raises(UnknownKindError):
        check_kind("kerajaan", KAB, rules)
    with pytest.raises(KindLevelError, match="does not exist at this level") as caught:
        check_kind("kecamatan", Level.PROVINSI, rules)
    assert caught.value.message("id") == (
        "Kecamatan tidak ada pada tingkat pemerintahan ini (provinsi)"
    )


def test_check_unit_sees_fields_parent_and_children(tree, rules) -> None:
    check_unit(tree, Unit(8, 2, "bidang", "Bidang Baru", eselon="IIIb"), KAB, rules)
    with pytest.raises(InvalidValueError, match="unknown eselon"):
        check_unit(tree, Unit(8, 2, "bidang", "Bidang Baru", eselon="IIc"), KAB, rules)
    with pytest.raises(InvalidValueError, match="needs a name"):
        check_unit(tree, Unit(8, 2, "bidang", "  "), KAB, rules)
    with pytest.raises(InvalidValueError, match="negative"):
        check_unit(tree, Unit(8, 2, "bidang", "B", headcount_needed=-1), KAB, rules)
    # retyping the bidang to a seksi would leave its seksi child under a seksi
    with pytest.raises(ParentKindError):
        check_unit(tree, Unit(3, 2, "seksi", "Bidang Pembinaan SD"), KAB, rules)
    with pytest.raises(CycleError):
        check_unit(tree, Unit(2, 4, "dinas", "Dinas Pendidikan"), KAB, rules)


def test_codes_must_exist(rules) -> None:
    check_codes(["1.01", "1.01.3", "5.02"], rules)
    with pytest.raises(UnknownCodeError, match="'1.99'"):
        check_codes(["1.01", "1.99"], rules)


def test_find_cycle() -> None:
    assert find_cycle({1: None, 2: 1, 3: 2}) is None
    assert sorted(find_cycle({1: None, 2: 3, 3: 4, 4: 2}) or []) == [2, 3, 4]
    assert find_cycle({5: 5}) == [5]


def test_ancestors_stop_at_a_cycle() -> None:
    s = Structure(Scenario(1, "x", ScenarioRole.CURRENT))
    s.units[1] = Unit(1, 2, "dinas", "a")
    s.units[2] = Unit(2, 1, "dinas", "b")
    assert list(s.ancestors(1)) == [2]


def test_subtree_lists_each_unit_after_its_parent_siblings_in_order() -> None:
    s = Structure(Scenario(1, "x", ScenarioRole.CURRENT))
    s.units[1] = Unit(1, None, "kepala_daerah", "root")
    s.units[2] = Unit(2, 1, "dinas", "b", sort_order=2)
    s.units[3] = Unit(3, 1, "dinas", "a", sort_order=1)
    s.units[4] = Unit(4, 2, "bidang", "c")
    s.units[5] = Unit(5, 6, "bidang", "cycle")
    s.units[6] = Unit(6, 5, "bidang", "cycle too")
    assert s.subtree(1) == [1, 3, 2, 4]
    assert s.subtree(2) == [2, 4]
    assert s.subtree(2, 1) == [2, 4, 1, 3]  # a unit met again is listed once
    assert s.subtree(5) == [5, 6]  # a cycle ends
    assert s.subtree(99) == []  # an unknown id is skipped

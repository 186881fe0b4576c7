"""Comparison of a proposal with its source scenario: each kind of change on a small
hand-built chart, findings resolved and introduced, and a generated 5,000-unit plan.

Proposals here get other unit ids than their source (id + 100), as a plan file gives
them, so that only lineage can tell which unit is which.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from rbdesk.analysis.compare import (
    CHANGE_COLUMNS,
    UNIT_FIELDS,
    Action,
    CompareError,
    Comparison,
    FieldChange,
    change_rows,
    compare,
    finding_key,
)
from rbdesk.analysis.context import Context, build_context
from rbdesk.analysis.findings import Family, Finding, Severity
from rbdesk.domain.model import (
    Level,
    Lineage,
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
from rbdesk.interchange.synthetic import generate
from rbdesk.rules.catalogue import default_catalogue
from rbdesk.store import Store

BANDS = [("one", 1, 1), ("narrow", 2, 3), ("below", 4, 7), ("target", 8, 12),
         ("above", 13, 16), ("excessive", 17, None)]  # fmt: skip
REGION = Region("Kabupaten Contoh", Level.KABUPATEN)
OFFSET = 100
S, F = PositionCategory.STRUCTURAL, PositionCategory.FUNCTIONAL


def current() -> Structure:
    """Bupati (1)
    ├─ Dinas Pendidikan (2)      sekretariat 3; Bidang SD 4 (seksi 5, 6); Bidang SMP 7 (seksi 8)
    └─ Dinas Kesehatan (9)       Bidang Yankes 10 (functional group 11)
    """
    rows = [
        (1, None, "kepala_daerah", "Bupati Contoh", None),
        (2, 1, "dinas", "Dinas Pendidikan", "IIb"),
        (3, 2, "sekretariat", "Sekretariat Dinas Pendidikan", "IIIa"),
        (4, 2, "bidang", "Bidang SD", "IIIb"),
        (5, 4, "seksi", "Seksi Kurikulum SD", "IVa"),
        (6, 4, "seksi", "Seksi Sarana SD", "IVa"),
        (7, 2, "bidang", "Bidang SMP", "IIIb"),
        (8, 7, "seksi", "Seksi Tenaga SMP", "IVa"),
        (9, 1, "dinas", "Dinas Kesehatan", "IIb"),
        (10, 9, "bidang", "Bidang Pelayanan Kesehatan", "IIIb"),
        (11, 10, "kelompok_fungsional", "Kelompok Fungsional Kesehatan", None),
    ]
    s = Structure(Scenario(1, "Kondisi Saat Ini", ScenarioRole.CURRENT))
    for uid, parent, kind, name, eselon in rows:
        s.units[uid] = Unit(
            uid, parent, kind, name, eselon=eselon, sort_order=uid, tugas=f"Tugas {name}",
            headcount_existing=uid, headcount_needed=uid + 1,
        )  # fmt: skip
        if eselon:
            s.positions.append(Position(len(s.positions) + 1, uid, f"Kepala {name}", S, eselon, 1))
    s.positions.append(Position(len(s.positions) + 1, 10, "Dokter", F, None, 4, 6))
    s.assignments = [UrusanAssignment(2, "1.01"), UrusanAssignment(9, "1.02")]
    return s


def derive(source: Structure, offset: int = OFFSET) -> Structure:
    """A proposal copied from ``source`` the way a plan file copies a scenario: new ids,
    every unit linked by lineage to its original."""
    new = {uid: uid + offset for uid in source.units}
    s = Structure(Scenario(2, "Usulan", ScenarioRole.PROPOSAL, derived_from=source.scenario.id))
    for uid, unit in source.units.items():
        parent = None if unit.parent_id is None else new[unit.parent_id]
        s.units[new[uid]] = replace(unit, id=new[uid], parent_id=parent)
    s.positions = [replace(p, id=p.id + 1000, unit_id=new[p.unit_id]) for p in source.positions]
    s.assignments = [replace(a, unit_id=new[a.unit_id]) for a in source.assignments]
    s.lineage = [Lineage(new[uid], uid) for uid in source.units]
    return s


def a(uid: int) -> int:
    """The id in the proposal of the copy of before unit ``uid``."""
    return uid + OFFSET


def remove(s: Structure, *uids: int) -> None:
    for uid in uids:
        del s.units[uid]
    s.positions = [p for p in s.positions if p.unit_id not in uids]
    s.assignments = [x for x in s.assignments if x.unit_id not in uids]
    s.lineage = [x for x in s.lineage if x.unit_id not in uids]


def edit(s: Structure, uid: int, **fields: Any) -> None:
    s.units[uid] = replace(s.units[uid], **fields)


def contexts(before: Structure, after: Structure) -> tuple[Context, Context]:
    cat = default_catalogue()
    return build_context(before, REGION, cat), build_context(after, REGION, cat)


def run(
    before: Structure,
    after: Structure,
    before_findings: list[Finding] | None = None,
    after_findings: list[Finding] | None = None,
) -> Comparison:
    b, x = contexts(before, after)
    return compare(b, x, before_findings or [], after_findings or [], BANDS)


def rows(before: Structure, after: Structure) -> list[dict[str, Any]]:
    b, x = contexts(before, after)
    return change_rows(compare(b, x, [], [], BANDS), b, x)


# -- no change --------------------------------------------------------------------------


def test_copy_has_no_changes() -> None:
    before = current()
    after = derive(before)
    result = run(before, after)
    assert result.changes == ()
    assert set(result.counts().values()) == {0}
    assert result.origins[a(4)] == (4,) and result.heirs[4] == (a(4),)
    assert all(d in (0, 0.0, None) for _, _, _, d in result.metric_table())


def test_reordered_positions_and_siblings_are_no_change() -> None:
    before = current()
    after = derive(before)
    after.positions.reverse()
    edit(after, a(5), sort_order=99)  # sibling order is not compared
    assert run(before, after).changes == ()


# -- one kind of change at a time ---------------------------------------------------------


def test_add() -> None:
    before = current()
    after = derive(before)
    after.units[200] = Unit(200, a(4), "seksi", "Seksi Baru", eselon="IVa", sort_order=3)
    (change,) = run(before, after).changes
    assert change.actions == (Action.ADD,) and change.before == () and change.after == (200,)
    (row,) = rows(before, after)
    assert row["Action"] == "Add" and row["name"] == "Seksi Baru" and row["after_ids"] == "200"
    assert row["parent"] == "Bidang SD (Dinas Pendidikan)" and row["opd"] == "Dinas Pendidikan"


def test_delete() -> None:
    before = current()
    after = derive(before)
    remove(after, a(6))
    result = run(before, after)
    (change,) = result.changes
    assert change.actions == (Action.DELETE,) and change.before == (6,) and change.after == ()
    assert result.deleted() == [6]
    (row,) = rows(before, after)
    assert row["Action"] == "Delete" and row["name"] == "Seksi Sarana SD"
    assert row["positions"] == "Kepala Seksi Sarana SD (structural IVa) 1/0"


def test_move() -> None:
    before = current()
    after = derive(before)
    edit(after, a(8), parent_id=a(4))
    (change,) = run(before, after).changes
    assert change.actions == (Action.MOVE,) and change.fields == ()
    assert change.parent == (7, a(4))
    (row,) = rows(before, after)
    assert row["Action"] == "Move"
    assert row["parent"] == "Bidang SMP (Dinas Pendidikan)|Bidang SD (Dinas Pendidikan)"
    assert row["name"] == "Seksi Tenaga SMP"


def test_a_change_of_the_note_alone_is_not_counted_where_the_report_counts() -> None:
    """Issue 14 item 6: a unit whose only change is its note is neither marked on the
    charts nor counted in the summary (``UNMARKED_FIELDS``); a move with a new note
    counts as the move."""
    from rbdesk.analysis.compare import UNMARKED_FIELDS

    before = current()
    after = derive(before)
    edit(after, a(4), notes="catatan baru")
    edit(after, a(8), parent_id=a(4), notes="dipindah")
    comparison = run(before, after)
    assert comparison.counts()["Change"] == 2 and comparison.counts()["Move"] == 1
    counted = comparison.counts(UNMARKED_FIELDS)
    assert (counted["Change"], counted["Move"]) == (0, 1)
    edit(after, a(4), tugas="Tugas baru")
    assert run(before, after).counts(UNMARKED_FIELDS)["Change"] == 1


def test_move_to_another_opd() -> None:
    before = current()
    after = derive(before)
    edit(after, a(7), parent_id=a(9))
    (change,) = run(before, after).changes
    assert change.actions == (Action.MOVE,)
    # its seksi went with it: same parent by lineage, so not moved
    assert all(c.after != (a(8),) for c in run(before, after).changes)


NEW_VALUES: dict[str, Any] = {
    "name": "Bidang Pendidikan Dasar",
    "short_name": "PD",
    "kind": "kelompok_fungsional",
    "unit_type": "A",
    "hospital_kind": "khusus",
    "eselon": "IIIa",
    "tugas": "Tugas baru",
    "fungsi": "Fungsi baru",
    "headcount_existing": 40,
    "headcount_needed": 41,
    "workload_score": 512.5,
    "notes": "catatan",
}


def test_every_unit_field_is_compared() -> None:
    assert set(NEW_VALUES) == set(UNIT_FIELDS)


@pytest.mark.parametrize("field", sorted(NEW_VALUES))
def test_change_of_each_field(field: str) -> None:
    before = current()
    after = derive(before)
    edit(after, a(4), **{field: NEW_VALUES[field]})
    (change,) = run(before, after).changes
    old = getattr(before.units[4], field)
    assert change.actions == (Action.CHANGE,)
    assert change.before == (4,) and change.after == (a(4),)
    assert change.fields == (FieldChange(field, old, NEW_VALUES[field]),)
    (row,) = rows(before, after)
    assert row["Action"] == "Change"
    assert row[field] == f"{'' if old is None else old}|{NEW_VALUES[field]}"
    untouched = [f for f in UNIT_FIELDS if f != field]
    assert all("|" not in row[f] for f in untouched)


def test_change_of_urusan() -> None:
    before = current()
    after = derive(before)
    after.assignments.append(UrusanAssignment(a(2), "2.07", UrusanRole.SUPPORTING))
    (change,) = run(before, after).changes
    assert change.fields == (FieldChange("urusan", ("1.01",), ("1.01", "2.07:supporting")),)
    (row,) = rows(before, after)
    assert row["urusan"] == "1.01|1.01; 2.07:supporting"


def test_change_of_urusan_role() -> None:
    before = current()
    after = derive(before)
    after.assignments[0] = UrusanAssignment(a(2), "1.01", UrusanRole.SUPPORTING)
    (change,) = run(before, after).changes
    assert change.field("urusan") == FieldChange("urusan", ("1.01",), ("1.01:supporting",))


def test_urusan_removed() -> None:
    before = current()
    after = derive(before)
    after.assignments = [x for x in after.assignments if x.unit_id != a(9)]
    (change,) = run(before, after).changes
    assert change.after == (a(9),) and change.field("urusan") == FieldChange(
        "urusan", ("1.02",), ()
    )


def test_change_of_positions() -> None:
    before = current()
    after = derive(before)
    after.positions = [replace(p, needed=8) if p.title == "Dokter" else p for p in after.positions]
    (change,) = run(before, after).changes
    (field,) = change.fields
    assert field.field == "positions"
    assert ("Dokter", "functional", "", 4, 6) in field.old  # type: ignore[operator]
    assert ("Dokter", "functional", "", 4, 8) in field.new  # type: ignore[operator]
    (row,) = rows(before, after)
    assert "Dokter (functional) 4/6" in row["positions"].split("|")[0]
    assert "Dokter (functional) 4/8" in row["positions"].split("|")[1]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (["x", "x", "y"], ["x", "y", "y"]),  # same set of rows, other counts
        (["x"], ["x", "x"]),
        (["x", "x"], ["x"]),
        (["x", "y"], []),
    ],
)
def test_positions_compared_as_multisets(old: list[str], new: list[str]) -> None:
    before = current()
    before.positions = [Position(i, 10, t, F, None, 1, 1) for i, t in enumerate(old, 1)]
    after = derive(before)
    after.positions = [Position(i, a(10), t, F, None, 1, 1) for i, t in enumerate(new, 50)]
    (change,) = run(before, after).changes
    assert change.after == (a(10),) and change.field("positions") is not None


def test_renamed_parent_does_not_move_its_children() -> None:
    before = current()
    after = derive(before)
    edit(after, a(4), name="Bidang Pendidikan Dasar")
    (change,) = run(before, after).changes
    assert change.after == (a(4),) and change.actions == (Action.CHANGE,)


# -- merge, split, and units under them --------------------------------------------------


def merged() -> tuple[Structure, Structure]:
    """Bidang SD (4) and Bidang SMP (7) merged into the copy of 4; SMP's seksi moves
    under the merged bidang."""
    before = current()
    after = derive(before)
    remove(after, a(7))
    after.lineage.append(Lineage(a(4), 7))
    edit(after, a(8), parent_id=a(4))
    return before, after


def test_merge() -> None:
    before, after = merged()
    result = run(before, after)
    # The seksi under the merged bidang has not moved: its new parent descends from 7.
    (change,) = result.changes
    assert change.actions == (Action.MERGE,)
    assert change.before == (4, 7) and change.after == (a(4),)
    assert result.origins[a(4)] == (4, 7)
    assert result.highlights() == {a(4): "Merge"}
    (row,) = rows(before, after)
    assert row["Action"] == "Merge" and row["before_ids"] == "4;7"
    assert row["name"] == "Bidang SD + Bidang SMP|Bidang SD"
    assert row["kind"] == "bidang" and row["eselon"] == "IIIb"  # same on both sides
    assert row["headcount_existing"] == "4 + 7|4"
    assert row["parent"] == "Dinas Pendidikan"  # the merged units kept their parent


def test_unit_under_a_merged_parent_moved_elsewhere() -> None:
    before, after = merged()
    edit(after, a(8), parent_id=a(10))
    result = run(before, after)
    assert [c.actions for c in result.changes] == [(Action.MERGE,), (Action.MOVE,)]
    assert result.changes[1].parent == (7, a(10))


def test_merge_and_change_of_a_child() -> None:
    before, after = merged()
    edit(after, a(8), name="Seksi Tenaga Pendidik")
    labels = [c.label for c in run(before, after).changes]
    assert labels == ["Merge", "Change"]


def split() -> tuple[Structure, Structure]:
    """Bidang SD (4) split into its copy and a new Bidang SD Swasta (300); Seksi Sarana
    (6) goes to the new one."""
    before = current()
    after = derive(before)
    after.units[300] = Unit(300, a(2), "bidang", "Bidang SD Swasta", eselon="IIIb", sort_order=4)
    after.lineage.append(Lineage(300, 4))
    edit(after, a(6), parent_id=300)
    return before, after


def test_split() -> None:
    before, after = split()
    result = run(before, after)
    (change,) = result.changes  # Seksi Sarana's new parent descends from 4: not moved
    assert change.actions == (Action.SPLIT,)
    assert change.before == (4,) and change.after == (a(4), 300)
    assert result.heirs[4] == (a(4), 300)
    assert result.highlights() == {a(4): "Split", 300: "Split"}
    (row,) = rows(before, after)
    assert row["name"] == "Bidang SD|Bidang SD + Bidang SD Swasta"
    assert row["after_ids"] == f"{a(4)};300"


def test_many_to_many_gives_merge_and_split() -> None:
    before, after = split()
    after.lineage.append(Lineage(300, 7))  # the new bidang also takes in Bidang SMP
    remove(after, a(7))
    edit(after, a(8), parent_id=300)
    result = run(before, after)
    assert Counter(c.label for c in result.changes) == {"Merge": 1, "Split": 1}
    (merge,) = [c for c in result.changes if c.actions == (Action.MERGE,)]
    assert merge.before == (4, 7) and merge.after == (300,)


def test_move_and_change() -> None:
    before = current()
    after = derive(before)
    edit(after, a(10), parent_id=a(2), name="Bidang Kesehatan Sekolah")
    result = run(before, after)
    (change,) = result.changes
    assert change.actions == (Action.MOVE, Action.CHANGE)
    assert change.label == "Move|Change"
    assert change.fields == (
        FieldChange("name", "Bidang Pelayanan Kesehatan", "Bidang Kesehatan Sekolah"),
    )
    assert result.counts()["Move"] == 1 and result.counts()["Change"] == 1
    (row,) = rows(before, after)
    assert row["Action"] == "Move|Change"
    assert row["name"] == "Bidang Pelayanan Kesehatan|Bidang Kesehatan Sekolah"
    assert row["parent"] == "Dinas Kesehatan|Dinas Pendidikan"
    assert row["opd"] == "Dinas Pendidikan"


def test_changes_follow_the_tree_then_deletions() -> None:
    before = current()
    after = derive(before)
    remove(after, a(5))
    after.units[200] = Unit(200, a(10), "kelompok_fungsional", "KJF Baru", sort_order=1)
    edit(after, a(9), notes="x")
    edit(after, a(3), notes="y")
    edit(after, a(2), sort_order=50)  # Dinas Pendidikan now after Dinas Kesehatan
    order = [(c.label, c.before or c.after) for c in run(before, after).changes]
    assert order == [
        ("Change", (9,)),
        ("Add", (200,)),
        ("Change", (3,)),
        ("Delete", (5,)),
    ]
    assert list(CHANGE_COLUMNS[:5]) == ["Action", "before_ids", "after_ids", "opd", "parent"]
    assert [r["Action"] for r in rows(before, after)] == ["Change", "Add", "Change", "Delete"]


# -- lineage, not names or ids -------------------------------------------------------------


def test_same_name_other_unit_is_add_and_delete() -> None:
    """A unit deleted and another created with its name is not the same unit."""
    before = current()
    after = derive(before)
    unit = after.units[a(6)]
    remove(after, a(6))
    after.units[400] = replace(unit, id=400)
    assert Counter(c.label for c in run(before, after).changes) == {"Add": 1, "Delete": 1}


def test_ids_alone_mean_nothing() -> None:
    """Same ids in both scenarios but no lineage: everything added and deleted."""
    before = current()
    after = derive(before, offset=0)
    after.lineage = []
    counts = run(before, after).counts()
    assert counts["Add"] == counts["Delete"] == len(before.units)


def test_broken_lineage_links_are_ignored() -> None:
    before = current()
    after = derive(before)
    after.lineage += [Lineage(a(4), 999), Lineage(999, 4), Lineage(a(4), 4)]
    assert run(before, after).changes == ()


def test_only_a_proposal_and_its_source() -> None:
    before = current()
    after = derive(before)
    after.scenario = replace(after.scenario, derived_from=7)
    with pytest.raises(CompareError, match="not derived from"):
        run(before, after)


# -- findings --------------------------------------------------------------------------------


def finding(rule: str, *units: int, codes: tuple[str, ...] = ()) -> Finding:
    return Finding(rule, Family.OVERLAP, Severity.WARNING, units, codes, {}, {}, "")


def keys(findings: Sequence[Finding]) -> list[tuple[Any, ...]]:
    return sorted(f.key() for f in findings)


def test_findings_resolved_introduced_persisting() -> None:
    before, after = merged()
    on_bidang = finding("layers.seksi", 4)
    overlap = finding("overlap.main", 2, 9, codes=("1.01", "2.14"))
    on_seksi = finding("spans.one_over_one", 7, 8)
    before_findings = [on_bidang, overlap, on_seksi]
    overlap_after = finding("overlap.main", a(9), a(2), codes=("2.14", "1.01"))  # other order
    on_merged = finding("layers.seksi", a(4))  # the merged unit is another unit
    on_kjf = finding("grades.order", a(11))
    on_other_code = finding("overlap.main", a(2), a(9), codes=("1.01",))
    result = run(before, after, before_findings, [overlap_after, on_merged, on_kjf, on_other_code])
    assert result.persisting == ((overlap, overlap_after),)
    assert keys(result.resolved) == keys([on_bidang, on_seksi])
    assert keys(result.introduced) == keys([on_merged, on_kjf, on_other_code])
    assert result.delta("findings") == 1


def test_finding_on_an_added_unit_matches_nothing() -> None:
    before = current()
    after = derive(before)
    after.units[200] = Unit(200, a(4), "seksi", "Seksi Baru")
    twin_a, twin_b = finding("x", 200), finding("x", 200)
    result = run(before, after, [finding("x", 4)], [twin_a, twin_b])
    assert len(result.introduced) == 2 and len(result.resolved) == 1
    assert finding_key(twin_a, result.origins) == ("x", (), ((0, 200),))


def test_duplicate_findings_match_one_to_one() -> None:
    before = current()
    after = derive(before)
    result = run(before, after, [finding("x", 4), finding("x", 4)], [finding("x", a(4))])
    assert len(result.persisting) == 1 and len(result.resolved) == 1 and not result.introduced


def test_findings_without_units_persist() -> None:
    before = current()
    after = derive(before)
    gap = finding("overlap.mandatory_missing", codes=("1.03",))
    result = run(before, after, [gap], [gap])
    assert result.persisting == ((gap, gap),) and not result.resolved


# -- metrics side by side ----------------------------------------------------------------------


def test_metrics_side_by_side() -> None:
    before, after = merged()
    result = run(before, after, [finding("x", 4)], [])
    assert result.before_metrics.units == 11 and result.after_metrics.units == 10
    assert result.delta("units") == -1
    assert result.delta("kinds.bidang") == -1
    assert result.delta("findings") == -1
    table = {r[0]: r[1:] for r in result.metric_table(zeros=False)}
    assert table["eselon.III"] == (4, 3, -1)
    assert "opds.kecamatan" not in table
    with pytest.raises(KeyError):
        result.delta("no.such.row")


# -- a generated plan ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def plan_5k() -> tuple[Region, Structure, Structure]:
    region, (before, after) = generate(5000, seed=4)
    return region, before, after


def test_generated_merges_and_converts(plan_5k: tuple[Region, Structure, Structure]) -> None:
    region, before, after = plan_5k
    cat = default_catalogue()
    b, x = build_context(before, region, cat), build_context(after, region, cat)
    result = compare(b, x, [], [], BANDS)
    ops = Counter(op.kind for op in after.operations)
    assert ops[OperationKind.MERGE] > 0 and ops[OperationKind.CONVERT] > 0
    counts = result.counts()
    assert counts["Merge"] == ops[OperationKind.MERGE]
    merges = {c.after[0]: c.before for c in result.changes if c.actions == (Action.MERGE,)}
    for op in after.operations:
        if op.kind is OperationKind.MERGE:
            assert merges[op.after[0]] == tuple(sorted(op.before))
    kind_changes = {
        c.after[0]: c.field("kind") for c in result.changes if c.field("kind") is not None
    }
    converts = [op for op in after.operations if op.kind is OperationKind.CONVERT]
    assert len(kind_changes) == len(converts)
    for op in converts:
        assert kind_changes[op.after[0]] == FieldChange("kind", "seksi", "kelompok_fungsional")
    # every unit of a merged-away kelurahan is gone: its sub-units are deletions
    assert counts["Delete"] == len(before.units) - len(after.units) - counts["Merge"]
    assert counts["Add"] == counts["Move"] == counts["Split"] == 0
    sheet = change_rows(result, b, x)
    assert len(sheet) == len(result.changes)
    assert all(set(row) == set(CHANGE_COLUMNS) for row in sheet)


def test_generated_copy_has_no_changes(plan_5k: tuple[Region, Structure, Structure]) -> None:
    region, before, _ = plan_5k
    after = derive(before, offset=10_000)
    random.Random(1).shuffle(after.positions)
    random.Random(2).shuffle(after.assignments)
    cat = default_catalogue()
    b, x = build_context(before, region, cat), build_context(after, region, cat)
    result = compare(b, x, [], [], BANDS)
    assert result.changes == ()
    assert result.before_metrics == result.after_metrics


def test_generated_copy_with_edits_finds_exactly_them(
    plan_5k: tuple[Region, Structure, Structure],
) -> None:
    region, before, _ = plan_5k
    after = derive(before, offset=10_000)
    rng = random.Random(3)
    picked = rng.sample(sorted({p.unit_id for p in before.positions}), 30)
    for uid in picked[:10]:
        edit(after, uid + 10_000, notes="diubah")
    for uid in picked[10:20]:
        pos = next(i for i, p in enumerate(after.positions) if p.unit_id == uid + 10_000)
        after.positions[pos] = replace(after.positions[pos], existing=99)
    for uid in picked[20:]:
        after.assignments.append(UrusanAssignment(uid + 10_000, "2.09", UrusanRole.SUPPORTING))
    cat = default_catalogue()
    result = compare(
        build_context(before, region, cat), build_context(after, region, cat), [], [], BANDS
    )
    found = {c.before[0]: c.fields[0].field for c in result.changes}
    assert found == {
        **dict.fromkeys(picked[:10], "notes"),
        **dict.fromkeys(picked[10:20], "positions"),
        **dict.fromkeys(picked[20:], "urusan"),
    }


# -- through a plan file ------------------------------------------------------------------------


def test_through_a_plan_file(tmp_path: Path) -> None:
    """Scenarios as the store gives them: ids assigned by the file, lineage from
    ``copy_scenario``, edits through the store's own methods."""
    region, (current_, proposal) = generate(1500, seed=6)
    store = Store.build(tmp_path / "plan.rbd", region, [current_, proposal])
    try:
        cat = default_catalogue()
        source = store.current_scenario()
        stored = store.scenario_by_name(proposal.scenario.name)
        before = build_context(store.load(source.id), region, cat)
        result = compare(before, build_context(store.load(stored.id), region, cat), [], [], BANDS)
        merges = sum(op.kind is OperationKind.MERGE for op in proposal.operations)
        assert result.counts()["Merge"] == merges

        copy = store.copy_scenario(source.id, "Salinan")
        loaded = store.load(copy.id)
        assert not set(loaded.units) & set(before.units)  # other ids than the source
        assert compare(before, build_context(loaded, region, cat), [], [], BANDS).changes == ()

        bidang = next(u for u in loaded.units.values() if u.kind == "bidang")
        store.update_unit(replace(bidang, name="Bidang Baru", notes="dipindah"))
        kel = [u for u in loaded.units.values() if u.kind == "kelurahan"]
        store.move_unit(kel[0].id, kel[-1].parent_id)  # to another kecamatan, or the same
        leaf = next(u for u in loaded.units.values() if u.kind == "kelompok_fungsional")
        store.delete_unit(leaf.id)
        new_id = store.add_unit(copy.id, Unit(0, bidang.id, "kelompok_fungsional", "KJF Baru"))
        after = build_context(store.load(copy.id), region, cat)
        result = compare(before, after, [], [], BANDS)
        labels = {(c.label, c.after or c.before) for c in result.changes}
        origin = {link.unit_id: link.origin_id for link in loaded.lineage}
        expected = {
            ("Change", (bidang.id,)),
            ("Delete", (origin[leaf.id],)),
            ("Add", (new_id,)),
        }
        if kel[0].parent_id != kel[-1].parent_id:
            expected.add(("Move", (kel[0].id,)))
        assert labels == expected
    finally:
        store.close()

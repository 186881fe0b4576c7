"""Change marks: each unit change gives its units a mark on each side; conversions to
functional groups, merges and splits take precedence; the sample's proposal has them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rbdesk.analysis.compare import Action, Comparison, UnitChange
from rbdesk.analysis.engine import compare_scenarios
from rbdesk.analysis.marks import PRECEDENCE, Mark, change_marks
from rbdesk.domain.model import Operation, OperationKind, Scenario, ScenarioRole, Structure, Unit
from rbdesk.i18n import labels
from rbdesk.interchange.sample import write_sample


def comparison(*changes: UnitChange) -> Comparison:
    origins: dict[int, tuple[int, ...]] = {}
    heirs: dict[int, tuple[int, ...]] = {}
    for change in changes:
        for a in change.after:
            origins[a] = tuple(sorted({*origins.get(a, ()), *change.before}))
        for b in change.before:
            heirs[b] = tuple(sorted({*heirs.get(b, ()), *change.after}))
    none: Any = None
    return Comparison(tuple(changes), none, none, (), (), (), origins, heirs)


def proposal(unit_ids: list[int], operations: tuple[Operation, ...] = ()) -> Structure:
    units = {uid: Unit(uid, None, "dinas", f"U{uid}") for uid in unit_ids}
    return Structure(
        Scenario(2, "Usulan", ScenarioRole.PROPOSAL, 1), units, operations=list(operations)
    )


def test_each_action_gives_its_mark_on_each_side() -> None:
    c = comparison(
        UnitChange((Action.ADD,), (), (101,)),
        UnitChange((Action.DELETE,), (2,), ()),
        UnitChange((Action.MOVE,), (3,), (103,), parent=(1, 9)),
        UnitChange((Action.CHANGE,), (4,), (104,)),
        UnitChange((Action.MOVE, Action.CHANGE), (5,), (105,), parent=(1, 9)),
        UnitChange((Action.MERGE,), (6, 7), (106,)),
        UnitChange((Action.SPLIT,), (8,), (108, 109)),
    )
    before, after = change_marks(c, proposal([101, 103, 104, 105, 106, 108, 109]))
    assert before == {
        2: Mark.REMOVED, 3: Mark.MOVED, 4: Mark.CHANGED, 5: Mark.MOVED,
        6: Mark.MERGED, 7: Mark.MERGED, 8: Mark.SPLIT,
    }  # fmt: skip
    assert after == {
        101: Mark.ADDED, 103: Mark.MOVED, 104: Mark.CHANGED, 105: Mark.MOVED,
        106: Mark.MERGED, 108: Mark.SPLIT, 109: Mark.SPLIT,
    }  # fmt: skip


def test_a_conversion_to_a_functional_group_comes_first() -> None:
    c = comparison(
        UnitChange((Action.MERGE,), (1, 2), (101,)),
        UnitChange((Action.CHANGE,), (3,), (103,)),
        UnitChange((Action.CHANGE,), (4,), (104,)),
    )
    convert = Operation(1, OperationKind.CONVERT, (1, 2), (101,), "")
    single = Operation(2, OperationKind.CONVERT, (3,), (103,), "")
    gone = Operation(3, OperationKind.CONVERT, (9,), (999,), "")  # a unit since deleted
    rename = Operation(4, OperationKind.RENAME, (4,), (104,), "")
    before, after = change_marks(c, proposal([101, 103, 104], (convert, single, gone, rename)))
    assert before == {1: Mark.TO_FUNCTIONAL, 2: Mark.TO_FUNCTIONAL, 3: Mark.TO_FUNCTIONAL,
                      4: Mark.CHANGED}  # fmt: skip
    assert after == {101: Mark.TO_FUNCTIONAL, 103: Mark.TO_FUNCTIONAL, 104: Mark.CHANGED}


def test_a_merge_or_split_outweighs_a_move_or_change() -> None:
    # a many-to-many reshuffle: 1 and 2 become 101 and 102, each from both
    c = comparison(
        UnitChange((Action.MERGE,), (1, 2), (101,)),
        UnitChange((Action.SPLIT,), (1,), (101, 102)),
        UnitChange((Action.MOVE,), (3,), (103,), parent=(1, 101)),
    )
    before, after = change_marks(c, proposal([101, 102, 103]))
    assert before == {1: Mark.MERGED, 2: Mark.MERGED, 3: Mark.MOVED}
    assert after == {101: Mark.MERGED, 102: Mark.SPLIT, 103: Mark.MOVED}
    assert PRECEDENCE.index(Mark.MERGED) < PRECEDENCE.index(Mark.MOVED)


def test_no_change_no_mark() -> None:
    assert change_marks(comparison(), proposal([1, 2])) == ({}, {})


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_mark_has_words_in_both_catalogues(lang: str) -> None:
    words = labels(lang)
    names = [words[f"mark.{mark}"] for mark in Mark]
    assert all(names) and len(set(names)) == len(names)
    assert (
        words["mark.to_functional"] == {"id": "Dialihkan ke JF", "en": "To functional group"}[lang]
    )


def test_the_sample_proposal(tmp_path: Path) -> None:
    store = write_sample(tmp_path / "s.rbd")
    try:
        proposal_scenario = next(s for s in store.scenarios() if s.derived_from is not None)
        before_s = store.load(proposal_scenario.derived_from or 0)
        after_s = store.load(proposal_scenario.id)
        region = store.region()
    finally:
        store.close()
    c = compare_scenarios(before_s, after_s, region)
    before, after = change_marks(c, after_s)
    assert set(before) <= set(before_s.units) and set(after) <= set(after_s.units)
    converted = [op for op in after_s.operations if op.kind == OperationKind.CONVERT]
    assert converted
    for op in converted:
        for uid in op.after:
            assert after[uid] is Mark.TO_FUNCTIONAL
            for origin in c.origins.get(uid, ()):
                assert before[origin] is Mark.TO_FUNCTIONAL
    merges = [op for op in after_s.operations if op.kind == OperationKind.MERGE]
    assert merges and all(after[uid] is Mark.MERGED for op in merges for uid in op.after)
    assert {Mark.TO_FUNCTIONAL, Mark.MERGED, Mark.ADDED} <= set(after.values())
    assert Mark.REMOVED in set(before.values()) and Mark.REMOVED not in set(after.values())
    # every change is marked on its sides
    for change in c.changes:
        assert all(uid in before for uid in change.before)
        assert all(uid in after for uid in change.after)

"""Change marks: one word per changed unit, for marking boxes in a before/after view.

Terms:

* A *mark* (:class:`Mark`) names what happened to a unit in a proposal, from the
  comparison's unit changes (``rbdesk.analysis.compare``): ``added`` (an Add),
  ``removed`` (a Delete), ``moved`` (a Move, also a ``Move|Change``), ``changed`` (a
  Change), ``merged`` (a Merge: the merged unit and its origins), ``split`` (a Split:
  the split unit and its heirs), and ``to_functional``: a unit the proposal made by a
  conversion to a functional group (the ``after`` of an operation of kind
  ``OperationKind.CONVERT``), and its origins.
* Each unit has at most one mark, the first of :data:`PRECEDENCE` that applies: a
  conversion says more than the merge it usually is, a merge or a split more than the
  moves and changes of the same units.

The before side is keyed by before unit ids, the after side by after unit ids.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from rbdesk.analysis.compare import Action, Comparison
from rbdesk.domain.model import OperationKind, Structure


class Mark(StrEnum):
    """What happened to a unit; the catalogue names each as ``mark.<value>``."""

    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"
    CHANGED = "changed"
    MERGED = "merged"
    SPLIT = "split"
    TO_FUNCTIONAL = "to_functional"


#: Marks from the strongest to the weakest: a unit keeps the strongest that applies.
PRECEDENCE: tuple[Mark, ...] = (
    Mark.TO_FUNCTIONAL, Mark.MERGED, Mark.SPLIT, Mark.MOVED, Mark.CHANGED, Mark.ADDED,
    Mark.REMOVED,
)  # fmt: skip
_RANK = {mark: n for n, mark in enumerate(PRECEDENCE)}


def _put(marks: dict[int, Mark], unit_ids: Iterable[int], mark: Mark) -> None:
    for uid in unit_ids:
        old = marks.get(uid)
        if old is None or _RANK[mark] < _RANK[old]:
            marks[uid] = mark


def change_marks(
    comparison: Comparison, after: Structure
) -> tuple[dict[int, Mark], dict[int, Mark]]:
    """``(before marks, after marks)``: the mark of each changed unit of each side.

    ``after`` is the compared proposal: its operations tell which units were converted
    to functional groups. Units without a change have no mark.

    >>> from rbdesk.analysis.compare import UnitChange
    >>> from rbdesk.domain.model import Scenario, ScenarioRole
    >>> c = Comparison((UnitChange((Action.MERGE,), (1, 2), (9,)),), None, None, (), (),
    ...                (), {9: (1, 2)}, {1: (9,), 2: (9,)})
    >>> change_marks(c, Structure(Scenario(2, "p", ScenarioRole.PROPOSAL, 1)))
    ({1: <Mark.MERGED: 'merged'>, 2: <Mark.MERGED: 'merged'>}, {9: <Mark.MERGED: 'merged'>})
    """
    before: dict[int, Mark] = {}
    after_marks: dict[int, Mark] = {}
    for change in comparison.changes:
        first = change.actions[0]
        if first is Action.ADD:
            _put(after_marks, change.after, Mark.ADDED)
        elif first is Action.DELETE:
            _put(before, change.before, Mark.REMOVED)
        elif first is Action.MERGE:
            _put(before, change.before, Mark.MERGED)
            _put(after_marks, change.after, Mark.MERGED)
        elif first is Action.SPLIT:
            _put(before, change.before, Mark.SPLIT)
            _put(after_marks, change.after, Mark.SPLIT)
        else:
            mark = Mark.MOVED if Action.MOVE in change.actions else Mark.CHANGED
            _put(before, change.before, mark)
            _put(after_marks, change.after, mark)
    for operation in after.operations:
        if operation.kind != OperationKind.CONVERT:
            continue
        converted = [uid for uid in operation.after if uid in after.units]
        _put(after_marks, converted, Mark.TO_FUNCTIONAL)
        for uid in converted:
            _put(before, comparison.origins.get(uid, ()), Mark.TO_FUNCTIONAL)
    return before, after_marks

"""Comparison of a proposal with the scenario it was derived from.

Terms (DESIGN.md section 4):

* *Lineage* (``after.structure.lineage``) links each unit of the *after* scenario to
  its *origins*, units of the *before* scenario it was derived from; the *heirs* of a
  before unit are the after units that name it as an origin. Comparison rests on
  lineage only, never on names or ids: two scenarios of one plan file have different
  unit ids, and a renamed unit is still the same unit.
* A *unit change* is one row of the change sheet:

  - **Add**: an after unit without origins.
  - **Delete**: a before unit without heirs.
  - **Merge**: an after unit with two or more origins (one change per merged unit).
  - **Split**: a before unit with two or more heirs (one change per split unit). Its
    heirs get no Move or Change of their own; a many-to-many reshuffle gives both a
    Merge and a Split.
  - **Move**: a before unit and an after unit that are each other's only origin and
    heir (*1:1*) whose parent differs. The parent is *the same* when the after
    parent descends from the before parent by lineage (the old parent is among the new
    parent's origins), so a unit whose parent was merged into another, split, renamed
    or retyped has not moved; two roots have not moved either.
  - **Change**: a 1:1 pair where any compared field differs (:data:`FIELDS`), with the
    old and new value of each. Sibling order is not compared.

  A 1:1 unit both moved and changed is one change with both actions, ``Move|Change``.
  Changes come in the after scenario's tree order (depth first, siblings in order),
  then the deletions in the before scenario's.
* A finding is *the same* in both scenarios when it has the same rule, the same codes
  and the same units once the after units are mapped through lineage to their sorted
  origins (see :func:`finding_key`): a finding on a copied unit persists, a finding on
  a merged unit is a new one. Findings of the before scenario with no match are
  *resolved*, those of the after scenario with no match *introduced*.

:func:`compare` returns a :class:`Comparison`; :func:`change_rows` lays its changes out
as an OrgChart Now style change sheet (reference/orgdesign.md section 5).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import compress, repeat
from operator import attrgetter, itemgetter, lt, ne
from typing import Any

from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Finding, sort_findings
from rbdesk.analysis.metrics import Band, Metrics, Value, scenario_metrics, side_by_side
from rbdesk.domain.errors import RbdeskError
from rbdesk.domain.model import Position, Structure, UrusanAssignment, UrusanRole
from rbdesk.domain.operations import finding_ref
from rbdesk.perf import gc_paused


class CompareError(RbdeskError):
    """Two scenarios that lineage does not connect (the after one was derived from
    another scenario than the before one)."""


#: Unit fields whose change alone does not mark a unit on the chart.
UNMARKED_FIELDS = frozenset({"notes"})


def marked_actions(change: Any, unmarked: frozenset[str]) -> tuple[Action, ...]:
    """``change``'s actions, without a Change that touches only ``unmarked`` fields (a
    Move whose only other change is the note is a Move)."""
    actions: tuple[Action, ...] = change.actions
    if unmarked and Action.CHANGE in actions and all(f.field in unmarked for f in change.fields):
        return tuple(x for x in actions if x is not Action.CHANGE)
    return actions


class Action(StrEnum):
    """What happened to a unit; the values are the change sheet's ``Action`` codes."""

    ADD = "Add"
    DELETE = "Delete"
    MOVE = "Move"
    CHANGE = "Change"
    MERGE = "Merge"
    SPLIT = "Split"


#: Unit attributes compared for a Change, in change-sheet order.
UNIT_FIELDS: tuple[str, ...] = (
    "name", "short_name", "kind", "unit_type", "hospital_kind", "eselon", "tugas", "fungsi",
    "headcount_existing", "headcount_needed", "workload_score", "notes",
)  # fmt: skip

#: Every field compared for a Change: the unit's own attributes, then ``urusan`` (the
#: unit's urusan codes, see :func:`urusan_summary`) and ``positions`` (its positions,
#: see :func:`position_summary`).
FIELDS: tuple[str, ...] = (*UNIT_FIELDS, "urusan", "positions")

#: A field value: a unit attribute, or a summary tuple for ``urusan`` / ``positions``.
FieldValue = str | int | float | None | tuple[Any, ...]

#: A position as compared: (title, category, eselon or "", existing, needed).
PositionKey = tuple[str, str, str, int, int]

_unit_values = attrgetter(*UNIT_FIELDS)
_ACTION_RANK = {a: i for i, a in enumerate(Action)}


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    old: FieldValue
    new: FieldValue


@dataclass(frozen=True, slots=True)
class UnitChange:
    """One change: ``before`` and ``after`` hold unit ids of each scenario (empty for
    an Add or a Delete). ``fields`` lists what a Change changed; ``parent`` is
    ``(before parent id, after parent id)`` for a Move."""

    actions: tuple[Action, ...]
    before: tuple[int, ...]
    after: tuple[int, ...]
    fields: tuple[FieldChange, ...] = ()
    parent: tuple[int | None, int | None] | None = None

    @property
    def label(self) -> str:
        """The change sheet's ``Action`` cell: ``Add`` … ``Move|Change``."""
        return "|".join(a.value for a in self.actions)

    def field(self, name: str) -> FieldChange | None:
        return next((f for f in self.fields if f.field == name), None)


@dataclass(frozen=True)
class Comparison:
    """The comparison of a before and an after scenario (see the module docstring).

    ``origins`` maps each after unit id to its before origins, ``heirs`` each before
    unit id to its after heirs (both sorted, units without links left out)."""

    changes: tuple[UnitChange, ...]
    before_metrics: Metrics
    after_metrics: Metrics
    resolved: tuple[Finding, ...]
    introduced: tuple[Finding, ...]
    persisting: tuple[tuple[Finding, Finding], ...]
    origins: Mapping[int, tuple[int, ...]]
    heirs: Mapping[int, tuple[int, ...]]

    def metric_table(self, *, zeros: bool = True) -> list[tuple[str, Value, Value, Value]]:
        """The "sebelum / sesudah" rows ``(row_id, before, after, delta)``; see
        :func:`rbdesk.analysis.metrics.side_by_side`."""
        return side_by_side(self.before_metrics, self.after_metrics, zeros=zeros)

    def delta(self, row_id: str) -> Value:
        """``after - before`` of one metric row (``None`` if undefined on a side);
        ``KeyError`` for a row id that neither side has."""
        for rid, _, _, d in self.metric_table():
            if rid == row_id:
                return d
        raise KeyError(row_id)

    def counts(self, unmarked: frozenset[str] = frozenset()) -> dict[str, int]:
        """Number of changes per action; a ``Move|Change`` counts for both. A Change of
        only ``unmarked`` fields (the report: the note) is not counted."""
        out = dict.fromkeys((a.value for a in Action), 0)
        for change in self.changes:
            for action in marked_actions(change, unmarked):
                out[action.value] += 1
        return out

    def highlights(self) -> dict[int, str]:
        """After unit id → the labels of the changes it takes part in (``Add``,
        ``Move|Change``, ``Merge``, ``Split`` …), for marking changed boxes."""
        out: dict[int, list[str]] = {}
        for change in self.changes:
            for uid in change.after:
                out.setdefault(uid, []).append(change.label)
        return {uid: "|".join(labels) for uid, labels in out.items()}

    def deleted(self) -> list[int]:
        """Before unit ids that have no heir."""
        return [c.before[0] for c in self.changes if c.actions == (Action.DELETE,)]


# -- summaries of a unit's urusan and positions ---------------------------------------


def urusan_summary(assignments: Sequence[UrusanAssignment]) -> tuple[str, ...]:
    """Sorted codes of a unit's urusan; a supporting one is written ``code:supporting``.

    >>> urusan_summary([UrusanAssignment(1, "2.14"), UrusanAssignment(1, "1.02")])
    ('1.02', '2.14')
    """
    return tuple(
        sorted(a.code if a.role == UrusanRole.MAIN else f"{a.code}:{a.role}" for a in assignments)
    )


_position_key = attrgetter("title", "category", "eselon", "existing", "needed")
_position_unit = attrgetter("unit_id")


def position_summary(positions: Iterable[Position]) -> tuple[PositionKey, ...]:
    """A unit's positions as sorted ``(title, category, eselon or "", existing,
    needed)`` tuples: what a position is, without its id and order, which differ
    between scenarios."""
    return _normal(map(_position_key, positions))


def _normal(keys: Iterable[tuple[Any, ...]]) -> tuple[PositionKey, ...]:
    return tuple(sorted((t, str(c), e or "", x, n) for t, c, e, x, n in keys))


def _positions_by_unit(
    positions: Sequence[Position], units: Collection[int]
) -> dict[int, list[tuple[Any, ...]]]:
    """Unit id → the raw keys of its positions, for the given units only."""
    grouped: dict[int, list[tuple[Any, ...]]] = {}
    for p in compress(positions, map(units.__contains__, map(_position_unit, positions))):
        grouped.setdefault(p.unit_id, []).append(_position_key(p))
    return grouped


_urusan_key = attrgetter("code", "role")
_first = itemgetter(0)


def _rows_differ(
    old_rows: Sequence[Any],
    new_rows: Sequence[Any],
    content: Callable[[Any], tuple[Any, ...]],
    origin_of: Mapping[int, int],
    index: Mapping[int, int],
) -> set[int]:
    """Indexes (``index[before unit]``) of the 1:1 pairs whose rows (positions or
    urusan assignments, each with a ``unit_id``) may differ as multisets of
    ``content``; the caller compares those exactly.

    A screen over hashes of ``(before unit id, content)``, computed in C without
    keeping a tuple per row: a row whose hash is on one side only marks its unit, and
    where a side holds a hash twice (a unit with the same row twice) its unit is marked
    too, so row counts are covered. ``origin_of`` maps every after unit to its 1:1
    origin (anything else to an id no before unit has). A change is missed only if a
    changed row's 64-bit hash equals the one it replaced.
    """
    old_units = list(map(_unit_of, old_rows))
    new_units = list(map(origin_of.get, map(_unit_of, new_rows)))
    old_hashes = list(map(hash, zip(old_units, map(content, old_rows), strict=True)))
    new_hashes = list(map(hash, zip(new_units, map(content, new_rows), strict=True)))
    old_set, new_set = set(old_hashes), set(new_hashes)
    odd = old_set ^ new_set
    for hashes, unique in ((old_hashes, old_set), (new_hashes, new_set)):
        if len(unique) < len(hashes):
            odd |= {h for h, count in Counter(hashes).items() if count > 1}
    if not odd:
        return set()
    units: set[int | None] = set(compress(old_units, map(odd.__contains__, old_hashes)))
    units.update(compress(new_units, map(odd.__contains__, new_hashes)))
    return {index[u] for u in units if u is not None and u in index}


_unit_of = attrgetter("unit_id")


# -- the comparison -------------------------------------------------------------------

_link_unit = attrgetter("unit_id")
_link_origin = attrgetter("origin_id")
_parent = attrgetter("parent_id")


def lineage_maps(
    before: Structure, after: Structure
) -> tuple[dict[int, tuple[int, ...]], dict[int, tuple[int, ...]]]:
    """``(origins, heirs)`` from ``after.lineage``, each value a sorted tuple; links to
    units that either scenario lacks are ignored."""
    links = after.lineage
    uids = list(map(_link_unit, links))
    oids = list(map(_link_origin, links))
    if not (after.units.keys() >= set(uids) and before.units.keys() >= set(oids)):
        kept = [
            (u, o)
            for u, o in zip(uids, oids, strict=True)
            if u in after.units and o in before.units
        ]
        uids = [u for u, _ in kept]
        oids = [o for _, o in kept]
    return _group(uids, oids), _group(oids, uids)


def _group(keys: list[int], values: list[int]) -> dict[int, tuple[int, ...]]:
    """``keys[i] → values[i]`` gathered per key into sorted tuples. ``zip(values)``
    makes the 1-tuples in C; only keys that occur more than once take a slower path."""
    out: dict[int, tuple[int, ...]] = dict(zip(keys, zip(values), strict=True))
    if len(out) < len(keys):
        several = {k for k, n in Counter(keys).items() if n > 1}
        gathered: dict[int, set[int]] = {k: set() for k in several}
        for k, v in zip(keys, values, strict=True):
            if k in several:
                gathered[k].add(v)
        out.update((k, tuple(sorted(v))) for k, v in gathered.items())
    return out


def _same_parent(
    old_parent: int | None, new_parent: int | None, origins: Mapping[int, tuple[int, ...]]
) -> bool:
    """Whether ``new_parent`` (after) descends by lineage from ``old_parent`` (before)."""
    if old_parent is None or new_parent is None:
        return old_parent is None and new_parent is None
    return old_parent in origins.get(new_parent, ())


@gc_paused()
def compare(
    before: Context,
    after: Context,
    before_findings: Sequence[Finding],
    after_findings: Sequence[Finding],
    bands: Sequence[Band],
    *,
    before_metrics: Metrics | None = None,
    after_metrics: Metrics | None = None,
) -> Comparison:
    """Compare the scenario of ``after`` with the one of ``before`` it was derived from.

    ``before_metrics`` / ``after_metrics`` may pass metrics already computed with the
    same findings and bands (the GUI shows them anyway); otherwise they are computed.
    Raises :class:`CompareError` when ``after`` names another scenario as the one it
    was derived from. A scenario without a derived-from scenario is compared through
    whatever lineage it has (none: every unit added, every before unit deleted).
    """
    b_struct, a_struct = before.structure, after.structure
    derived = a_struct.scenario.derived_from
    if derived is not None and derived != b_struct.scenario.id:
        raise CompareError(
            "scenario.not_derived", name=a_struct.scenario.name, source=b_struct.scenario.name
        )
    origins, heirs = lineage_maps(b_struct, a_struct)
    changes = unit_changes(before, after, origins, heirs)
    resolved, introduced, persisting = match_findings(before_findings, after_findings, origins)
    return Comparison(
        tuple(changes),
        before_metrics or scenario_metrics(before, before_findings, bands),
        after_metrics or scenario_metrics(after, after_findings, bands),
        tuple(resolved),
        tuple(introduced),
        tuple(persisting),
        origins,
        heirs,
    )


def unit_changes(
    before: Context,
    after: Context,
    origins: Mapping[int, tuple[int, ...]],
    heirs: Mapping[int, tuple[int, ...]],
) -> list[UnitChange]:
    """The unit changes between two scenarios linked by ``origins`` and ``heirs`` (see
    :func:`lineage_maps`), in tree order (see :func:`tree_keys`).

    The 1:1 pairs, nearly every unit of a proposal, are screened in bulk, in C: unit
    fields as ``attrgetter`` tuples, parents through ``origins``, urusan and positions
    through row hashes (:func:`_rows_differ`); only the pairs that may differ are then
    compared one by one, exactly.
    """
    b_units, a_units = before.units, after.units
    changes: list[UnitChange] = []
    changes += [UnitChange((Action.ADD,), (), (a,)) for a in a_units.keys() - origins.keys()]
    changes += [UnitChange((Action.DELETE,), (b,), ()) for b in b_units.keys() - heirs.keys()]
    merged = list(compress(origins, map(lt, repeat(1), map(len, origins.values()))))
    split = list(compress(heirs, map(lt, repeat(1), map(len, heirs.values()))))
    changes += [UnitChange((Action.MERGE,), origins[a], (a,)) for a in merged]
    changes += [UnitChange((Action.SPLIT,), (b,), heirs[b]) for b in split]

    # 1:1 pairs: a single origin that has a single heir.
    pieces = {h for b in split for h in heirs[b]}
    pa = list(origins.keys() - merged - pieces)
    pb = list(map(_first, map(origins.__getitem__, pa)))
    old_units = list(map(b_units.__getitem__, pb))
    new_units = list(map(a_units.__getitem__, pa))
    n = len(pa)
    # The parent has not moved when the after parent's origins hold the before parent:
    # screen with ``(old parent,) != origins(new parent)``, decide exactly when it differs.
    old_parents = list(map(_parent, old_units))
    new_parents = list(map(_parent, new_units))
    moved_maybe = compress(range(n), map(ne, zip(old_parents), map(origins.get, new_parents)))
    moved = {i for i in moved_maybe if not _same_parent(old_parents[i], new_parents[i], origins)}
    fields_differ = set(
        compress(range(n), map(ne, map(_unit_values, old_units), map(_unit_values, new_units)))
    )
    # Urusan and positions: screened in bulk (see _rows_differ), then compared exactly.
    index = dict(zip(pb, range(n), strict=True))
    origin_of = dict(zip(pa, pb, strict=True))
    origin_of.update((a, -a) for a in a_units.keys() - origin_of.keys())
    urusan_maybe = _rows_differ(
        before.structure.assignments, after.structure.assignments, _urusan_key, origin_of, index
    )
    positions_maybe = _rows_differ(
        before.structure.positions, after.structure.positions, _position_key, origin_of, index
    )
    b_urusan, a_urusan = before.assignments, after.assignments
    b_positions = _positions_by_unit(before.structure.positions, {pb[i] for i in positions_maybe})
    a_positions = _positions_by_unit(after.structure.positions, {pa[i] for i in positions_maybe})

    empty: list[tuple[Any, ...]] = []
    for i in sorted(moved | fields_differ | urusan_maybe | positions_maybe):
        aid, bid = pa[i], pb[i]
        fields: list[FieldChange] = []
        if i in fields_differ:
            old_values, new_values = _unit_values(old_units[i]), _unit_values(new_units[i])
            fields += [
                FieldChange(name, o, v)
                for name, o, v in zip(UNIT_FIELDS, old_values, new_values, strict=True)
                if o != v
            ]
        if i in urusan_maybe:
            old_codes = urusan_summary(b_urusan.get(bid, []))
            new_codes = urusan_summary(a_urusan.get(aid, []))
            if old_codes != new_codes:
                fields.append(FieldChange("urusan", old_codes, new_codes))
        if i in positions_maybe:
            old_pos = _normal(b_positions.get(bid, empty))
            new_pos = _normal(a_positions.get(aid, empty))
            if old_pos != new_pos:
                fields.append(FieldChange("positions", old_pos, new_pos))
        actions = ((Action.MOVE,) if i in moved else ()) + ((Action.CHANGE,) if fields else ())
        if actions:
            parent = (old_parents[i], new_parents[i]) if i in moved else None
            changes.append(UnitChange(actions, (bid,), (aid,), tuple(fields), parent))

    # One stable order for every output: the after scenario's tree order, then the
    # deleted units in the before scenario's.
    a_keys = tree_keys(after, (u for c in changes for u in c.after))
    b_keys = tree_keys(before, (c.before[0] for c in changes if not c.after))

    def key(change: UnitChange) -> tuple[Any, ...]:
        if change.after:
            first = min(a_keys[u] for u in change.after)
            return (0, first, _ACTION_RANK[change.actions[0]], change.before)
        return (1, b_keys[change.before[0]], 0, change.before)

    changes.sort(key=key)
    return changes


def tree_keys(ctx: Context, unit_ids: Iterable[int]) -> dict[int, tuple[int, ...]]:
    """Unit id → a key that sorts units in depth-first pre-order, siblings in their
    order. Roots and their trees come first ``(0, n)``, then the trees of orphans by
    their missing parent's id ``(1, n)``, then units on or under a cycle ``(2, id)``;
    ``n`` numbers the pre-order of the whole scenario, walked once: linear in its size,
    however deep the tree (a path of sibling indexes per unit grew with the square of
    the depth)."""
    wanted = set(unit_ids)
    if not wanted:
        return {}
    units, children = ctx.units, ctx.children
    memo: dict[int, tuple[int, ...]] = {}
    n = 0
    tops = [(0, r) for r in children.get(None, ())]
    tops += [(1, c) for p in sorted(p for p in children if p is not None and p not in units)
             for c in children[p]]  # fmt: skip
    for group, top in tops:
        stack = [top]
        while stack:
            uid = stack.pop()
            if uid in wanted:
                memo[uid] = (group, n)
            n += 1
            stack.extend(reversed(children.get(uid, ())))
    for uid in wanted - memo.keys():
        memo[uid] = (2, uid)
    return memo


# -- findings -------------------------------------------------------------------------

#: Identity of a finding across scenarios: rule, codes, units as sorted origin tuples.
FindingKey = tuple[str, tuple[str, ...], tuple[tuple[int, ...], ...]]


def finding_key(
    finding: Finding, origins: Mapping[int, tuple[int, ...]] | None = None
) -> FindingKey:
    """The key under which findings of two scenarios match.

    Without ``origins`` (a before finding) each unit ``u`` stands as ``(u,)``; with
    them (an after finding) as the sorted tuple of its origins, and a unit without
    origins as ``(0, u)``, which no before unit can equal (ids start at 1). Units and
    codes are sorted, so the order in which a check lists them does not matter.
    """
    units: list[tuple[int, ...]]
    if origins is None:
        units = sorted((u,) for u in finding.units)
    else:
        units = sorted(origins.get(u) or (0, u) for u in finding.units)
    return (finding.rule, tuple(sorted(finding.codes)), tuple(units))


def finding_ref_of(finding: Finding, origins: Mapping[int, tuple[int, ...]] | None = None) -> str:
    """The stored reference of a finding an operation answers: :func:`finding_key` as
    a string (``rbdesk.domain.operations.finding_ref``). Pass the proposal's
    ``origins`` for a finding of a proposal, so the reference names the units of the
    scenario it derives from and matches the finding there too."""
    rule, codes, units = finding_key(finding, origins)
    return finding_ref(rule, codes, units)


def match_findings(
    before: Sequence[Finding],
    after: Sequence[Finding],
    origins: Mapping[int, tuple[int, ...]],
) -> tuple[list[Finding], list[Finding], list[tuple[Finding, Finding]]]:
    """``(resolved, introduced, persisting)``: before findings with no match, after
    findings with no match, and matched ``(before, after)`` pairs. Equal keys match
    one to one, so two identical findings before and one after leave one resolved."""
    pending: dict[FindingKey, list[Finding]] = {}
    for f in before:
        pending.setdefault(finding_key(f), []).append(f)
    introduced: list[Finding] = []
    persisting: list[tuple[Finding, Finding]] = []
    for f in after:
        bucket = pending.get(finding_key(f, origins))
        if bucket:
            persisting.append((bucket.pop(0), f))
        else:
            introduced.append(f)
    resolved = [f for bucket in pending.values() for f in bucket]
    return sort_findings(resolved), sort_findings(introduced), persisting


# -- change sheet ---------------------------------------------------------------------

#: Columns of a change sheet row. ``Action`` is the OrgChart Now column, spelt as that
#: format has it; the others are field ids for the report or exporter to label.
CHANGE_COLUMNS: tuple[str, ...] = ("Action", "before_ids", "after_ids", "opd", "parent", *FIELDS)


def change_rows(comparison: Comparison, before: Context, after: Context) -> list[dict[str, Any]]:
    """The change sheet: one row per change, in the comparison's order, keyed by
    :data:`CHANGE_COLUMNS`.

    Cells are text. A cell holds the unit's value when it did not change and
    ``old|new`` when it did (OrgChart Now style); an Add shows the new values, a Delete
    the old ones. For a Merge or a Split, the values of the units on each side are
    joined with `` + `` (text values once each, numbers all: ``5 + 9|12``).
    ``urusan`` reads ``1.01; 2.14``, ``positions`` ``Kepala X (structural IIIa) 1/1;
    …``, ``parent`` the parent with its OPD, ``opd`` the unit's OPD (after, or before
    for a Delete), ``before_ids`` / ``after_ids`` unit ids joined with ``;``. Empty and
    missing values are written ``""``. Values holding ``|`` are not escaped.
    """
    b_positions = _positions_by_unit(
        before.structure.positions, {u for c in comparison.changes for u in c.before}
    )
    a_positions = _positions_by_unit(
        after.structure.positions, {u for c in comparison.changes for u in c.after}
    )
    rows: list[dict[str, Any]] = []
    for change in comparison.changes:
        row: dict[str, Any] = {
            "Action": change.label,
            "before_ids": ";".join(map(str, change.before)),
            "after_ids": ";".join(map(str, change.after)),
        }
        side, ids = (after, change.after) if change.after else (before, change.before)
        opd = side.opd_of.get(ids[0])
        row["opd"] = side.name(opd) if opd is not None else ""
        row["parent"] = _parent_cell(change, before, after, comparison.origins)
        for name in FIELDS:
            old = [_value(before, b_positions, uid, name) for uid in change.before]
            new = [_value(after, a_positions, uid, name) for uid in change.after]
            row[name] = _cell(old, new, distinct=name not in _NUMBERS)
        rows.append(row)
    return rows


_NUMBERS = frozenset({"headcount_existing", "headcount_needed", "workload_score"})


def _parent_cell(
    change: UnitChange, before: Context, after: Context, origins: Mapping[int, tuple[int, ...]]
) -> str:
    def names(ctx: Context, ids: tuple[int, ...]) -> str:
        parents = [ctx.units[u].parent_id for u in ids]
        labels = [ctx.path_names(p) if p is not None else "" for p in parents]
        return _side(labels, distinct=True)

    if not change.before:
        return names(after, change.after)
    if not change.after:
        return names(before, change.before)
    if change.actions[0] in (Action.MOVE, Action.CHANGE):
        moved = Action.MOVE in change.actions
    else:  # a merge or a split: moved unless every old parent lives on in a new one
        old_parents = {before.units[u].parent_id for u in change.before}
        new_parents = {after.units[u].parent_id for u in change.after}
        moved = not all(any(_same_parent(o, n, origins) for n in new_parents) for o in old_parents)
    if not moved:
        return names(after, change.after)
    return f"{names(before, change.before)}|{names(after, change.after)}"


def _value(
    ctx: Context, positions: Mapping[int, list[tuple[Any, ...]]], uid: int, name: str
) -> str:
    if name == "urusan":
        return "; ".join(urusan_summary(ctx.assignments.get(uid, [])))
    if name == "positions":
        return "; ".join(
            f"{title} ({category}{' ' + eselon if eselon else ''}) {existing}/{needed}"
            for title, category, eselon, existing, needed in _normal(positions.get(uid, ()))
        )
    value = getattr(ctx.units[uid], name)
    return "" if value is None else str(value)


def _side(values: list[str], *, distinct: bool) -> str:
    if distinct:
        values = list(dict.fromkeys(values))
    return " + ".join(values) if any(values) else ""


def _cell(old: list[str], new: list[str], *, distinct: bool) -> str:
    before, after = _side(old, distinct=distinct), _side(new, distinct=distinct)
    if not old or before == after:
        return after
    if not new:
        return before
    return f"{before}|{after}"

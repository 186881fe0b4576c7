"""The shared view of one scenario that every check reads, computed once per run.

Terms:

* The *line* is the structural reporting line. A unit is *in the line* when its kind
  is structural in the catalogue; the deputy head, staf ahli and functional groups
  stand beside the line and never count as a layer or in a span.
* The *OPD of a unit* is its nearest ancestor (or itself) whose kind is an OPD kind
  (sekretariat daerah, sekretariat DPRD, inspektorat, dinas, badan, kecamatan).
* The *layer* of a unit is the number of line units on its path from the root, the
  root excluded: an OPD is layer 1, its bidang layer 2, a seksi of that bidang layer 3.
  A unit beside the line has the layer of its parent.
* The *span* of a unit is its number of line children (left undefined, not 0, for
  a unit without line children, as Orgvue does).

The tree is held in plain dictionaries rather than a networkx ``DiGraph``: building a
DiGraph of 10,000 units costs about 45 ms on the reference machine, against 2 ms for
these maps, and the analysis of a 10,000-unit plan has 100 ms in all. networkx is used
where it adds an algorithm: the bipartite unit-urusan graph and cycle reporting.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from rbdesk.domain.model import Level, Region, Structure, Unit, UrusanAssignment
from rbdesk.rules.catalogue import Catalogue

if TYPE_CHECKING:
    from rbdesk.analysis.pemetaan import Pemetaan


@dataclass
class Context:
    structure: Structure
    region: Region
    catalogue: Catalogue
    units: dict[int, Unit]
    children: dict[int | None, list[int]]
    line_children: dict[int, list[int]]
    opd_of: dict[int, int | None]
    layer: dict[int, int]
    roots: list[int]
    orphans: list[int]
    unreached: set[int]
    assignments: dict[int, list[UrusanAssignment]] = field(default_factory=dict)
    line: set[int] = field(default_factory=set)
    opd_kinds: frozenset[str] = frozenset()
    #: The units of each kind, in the scenario's order: a check about a few kinds (the
    #: staf ahli, rumah sakit, the OPDs to type) reads them here rather than looking at
    #: each of 10,000 units again.
    by_kind: dict[str, list[int]] = field(default_factory=dict)
    #: What several checks derive from the same run (``rbdesk.analysis.holders``),
    #: computed by the first that asks; a new version of the scenario starts empty.
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    #: The scores of the plan's pemetaan urusan (``rbdesk.analysis.pemetaan``), ``None``
    #: when the plan holds no values: the checks then read each unit's workload_score
    #: (``rbdesk.analysis.opd_types.unit_score``).
    pemetaan: Pemetaan | None = None

    @property
    def level(self) -> Level:
        return self.region.level

    @property
    def rule_level(self) -> str:
        return self.region.level.rule_level

    def is_line(self, unit_id: int) -> bool:
        return unit_id in self.line

    def is_opd(self, unit_id: int) -> bool:
        return self.units[unit_id].kind in self.opd_kinds

    def opd_units(self) -> list[int]:
        return [uid for uid in self.units if self.is_opd(uid)]

    def codes_of(self, unit_id: int) -> list[str]:
        return [a.code for a in self.assignments.get(unit_id, [])]

    def name(self, unit_id: int) -> str:
        unit = self.units.get(unit_id)
        return unit.name if unit else f"#{unit_id}"

    def path_names(self, unit_id: int) -> str:
        """'Dinas X / Bidang Y' style label: the unit with its OPD when they differ."""
        opd = self.opd_of.get(unit_id)
        if opd is None or opd == unit_id:
            return self.name(unit_id)
        return f"{self.name(unit_id)} ({self.name(opd)})"


#: The order of siblings: their sort order, then their id.
_ORDER = attrgetter("sort_order", "id")


def build_context(
    structure: Structure, region: Region, catalogue: Catalogue, pemetaan: Pemetaan | None = None
) -> Context:
    units = structure.units
    kinds = catalogue.kinds
    children: dict[int | None, list[int]] = {}
    for unit in sorted(units.values(), key=_ORDER):
        kids = children.get(unit.parent_id)
        if kids is None:
            children[unit.parent_id] = [unit.id]
        else:
            kids.append(unit.id)
    by_kind: dict[str, list[int]] = {}
    for uid, unit in units.items():
        same = by_kind.get(unit.kind)
        if same is None:
            by_kind[unit.kind] = [uid]
        else:
            same.append(uid)
    structural = frozenset(k for k, entry in kinds.items() if entry.structural)
    line = set(chain.from_iterable(ids for kind, ids in by_kind.items() if kind in structural))
    opd_kinds = frozenset(k.id for k in kinds.values() if k.opd)
    line_children = {
        parent: [c for c in kids if c in line]
        for parent, kids in children.items()
        if parent is not None and parent in units
    }
    orphans = [
        uid for uid, u in units.items() if u.parent_id is not None and u.parent_id not in units
    ]
    roots = list(children.get(None, []))
    # The OPD and layer of each unit reached from a root (or an orphan), a parent's
    # children at a time: a child's OPD is itself or its parent's, and its layer its
    # parent's, plus one in the line. (A unit has one parent, so none is reached twice.)
    opds = set(chain.from_iterable(by_kind.get(kind, ()) for kind in opd_kinds))
    opd_of: dict[int, int | None] = {}
    layer: dict[int, int] = {}
    for start in roots + orphans:
        opd_of[start] = start if start in opds else None
        # a root is no layer; an orphan (its parent missing) is one if in the line
        layer[start] = 1 if start in line and units[start].parent_id is not None else 0
        reached = [start]
        for parent in reached:  # (grows as it goes)
            kids = children.get(parent)
            if kids:
                opd, depth = opd_of[parent], layer[parent]
                for kid in kids:
                    opd_of[kid] = kid if kid in opds else opd
                    layer[kid] = depth + 1 if kid in line else depth
                reached.extend(kids)
    # the units on a cycle, never reached (none, the common case, when every unit was)
    unreached = set(units) - set(layer) if len(layer) < len(units) else set()
    assignments: dict[int, list[UrusanAssignment]] = {}
    for a in structure.assignments:
        assignments.setdefault(a.unit_id, []).append(a)
    return Context(
        structure, region, catalogue, units, children, line_children, opd_of, layer,
        roots, orphans, unreached, assignments, line, opd_kinds,
        by_kind=by_kind, pemetaan=pemetaan,
    )  # fmt: skip


def with_units(ctx: Context, structure: Structure) -> Context:
    """``ctx`` for a new version of its scenario whose tree is unchanged (no unit added,
    removed, moved, reordered or given another kind): the tree maps are reused, units
    and assignments taken anew."""
    assignments: dict[int, list[UrusanAssignment]] = {}
    for a in structure.assignments:
        assignments.setdefault(a.unit_id, []).append(a)
    return replace(
        ctx, structure=structure, units=structure.units, assignments=assignments, memo={}
    )

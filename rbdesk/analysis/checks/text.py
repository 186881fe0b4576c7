"""Text overlap: two units in different OPDs whose tugas and fungsi say nearly the same
thing (Indonesian stems, TF-IDF cosine; see ``rbdesk.analysis.textsim``).

A unit's document is its tugas and fungsi; its group is its OPD, or the unit itself
when it stands above every OPD (the head of the region, staf ahli). Units without text
are not indexed. The units of all kecamatan (the pack's ``shared_group_kinds``) form
one group: each kecamatan does the same for its own territory, which is no overlap of
authority, while a kecamatan unit echoing a dinas still is. Texts shared by a whole
family of units (every kelurahan written from one template) are reported once as a
template, not pair by pair.

``TextCheck`` keeps its index between runs and feeds it only the units whose text or
OPD changed. After a small edit (at most ``INCREMENTAL_MAX`` units changed) it keeps
the last result for the other units and asks the index only for the pairs of the
changed ones; the scores of untouched pairs then lag the global word weights by that
edit until the next full pass, which any larger change or ``full=True`` triggers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from rbdesk.analysis.checks.base import emit, names
from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Finding
from rbdesk.analysis.textsim import SimilarPair, Text, TextIndex, TextOverlap, add_names
from rbdesk.rules.pack import RulePack

#: Edits touching more units than this get a full pass of the index.
INCREMENTAL_MAX = 32

#: The kinds of unit named after a place: the words of their names are names, not
#: vocabulary to stem (``textsim.add_names``).
PLACE_KINDS = frozenset({"kecamatan", "kelurahan"})

#: A unit's group and text: its tugas and fungsi, joined by the index as it reads them.
#: One flat tuple, not the group and a tuple of the two: a whole plan's entries are kept
#: between runs, and 10,000 tuples fewer are 10,000 fewer for the collector to visit.
Entry = tuple[int, str, str]

#: The one group of every unit of an OPD whose kind is in ``shared_group_kinds``.
SHARED_GROUP = -(2**62)


class TextCheck:
    """The text-overlap check with its index, for one scenario at a time."""

    def __init__(self) -> None:
        self.index: TextIndex | None = None
        self.indexed: dict[int, Entry] = {}
        self.template_min = 0
        self.last: tuple[float, TextOverlap] | None = None

    def _entry(self, ctx: Context, uid: int, *, shared: set[str]) -> Entry | None:
        unit = ctx.units.get(uid)
        if unit is None or not (unit.tugas or unit.fungsi):
            return None
        opd = ctx.opd_of.get(uid)
        if opd is None:
            group = -uid
        elif ctx.units[opd].kind in shared:
            group = SHARED_GROUP
        else:
            group = opd
        return group, unit.tugas, unit.fungsi

    def _sync(
        self, ctx: Context, template_min: int, shared_kinds: list[str], dirty: set[int] | None
    ) -> set[int]:
        """Bring the index up to date; returns the ids whose entry changed. ``dirty``
        limits the look to those units (``None``: look at every unit)."""
        if self.index is None or template_min != self.template_min:
            self.index = TextIndex(template_min=template_min)
            self.indexed = {}
            self.template_min = template_min
            self.last = None
            dirty = None
        index = self.index
        shared = set(shared_kinds)
        units = ctx.units
        if dirty is None:  # every unit: the entries made in one pass
            add_names(
                [units[uid].name for kind in PLACE_KINDS for uid in ctx.by_kind.get(kind, ())]
            )
            entries = self._entries(ctx, shared)
            if not self.indexed:  # a new index (the first run on a scenario)
                index.add_many([(uid, e[0], e[1:]) for uid, e in entries.items()])
                self.indexed = entries
                return set(entries)
            look = entries.keys() | self.indexed.keys()
            entry_of: Callable[[int], Entry | None] = entries.get
        else:
            look = dirty
            add_names(
                units[uid].name for uid in look if uid in units and units[uid].kind in PLACE_KINDS
            )
            entry_of = partial(self._entry, ctx, shared=shared)
        changed: set[int] = set()
        new: list[tuple[int, int, Text]] = []  # indexed together at the end (add_many)
        for uid in look:
            entry = entry_of(uid)
            old = self.indexed.get(uid)
            if entry == old:
                continue
            changed.add(uid)
            if entry is None:
                index.remove(uid)
                del self.indexed[uid]
            elif old is None:
                new.append((uid, entry[0], entry[1:]))
                self.indexed[uid] = entry
            else:
                index.update(uid, entry[0], entry[1:])
                self.indexed[uid] = entry
        index.add_many(new)
        return changed

    def _entries(self, ctx: Context, shared: set[str]) -> dict[int, Entry]:
        """:meth:`_entry` of every unit that has one, in one pass."""
        units, opd_of = ctx.units, ctx.opd_of
        sharing = {
            opd for opd in set(opd_of.values()) if opd is not None and units[opd].kind in shared
        }
        return {
            uid: (
                -uid
                if (opd := opd_of.get(uid)) is None
                else (SHARED_GROUP if opd in sharing else opd),
                unit.tugas,
                unit.fungsi,
            )
            for uid, unit in units.items()
            if unit.tugas or unit.fungsi
        }

    def run(
        self, ctx: Context, pack: RulePack, dirty: set[int] | None = None, *, full: bool = False
    ) -> list[Finding]:
        """Findings of text overlap. ``dirty`` names the units that may have changed
        since the last run (``None``: any unit may have)."""
        rules = pack.text
        threshold = float(rules["threshold"])
        changed = self._sync(
            ctx, int(rules.get("template_min", 4)), rules.get("shared_group_kinds", []), dirty
        )
        assert self.index is not None
        last = self.last
        if full or last is None or last[0] != threshold or len(changed) > INCREMENTAL_MAX:
            found = self.index.overlap(threshold)
        elif changed:
            found = self._patch(last[1], changed, threshold)
        else:
            found = last[1]
        self.last = (threshold, found)
        out: list[Finding] = []
        for pair in found.pairs:
            out.append(
                emit(pack, "text.overlap", [pair.a, pair.b], name_a=ctx.path_names(pair.a),
                     name_b=ctx.path_names(pair.b), score=round(pair.score, 2),
                     shared=", ".join(pair.shared))
            )  # fmt: skip
        for cluster in found.clusters:
            if len(cluster.units) < 2:
                continue
            out.append(
                emit(pack, "text.template", cluster.units, count=len(cluster.units),
                     names=names(ctx, cluster.units, 3), shared=", ".join(cluster.shared))
            )  # fmt: skip
        return out

    def _patch(self, last: TextOverlap, changed: set[int], threshold: float) -> TextOverlap:
        """The last result with the pairs of ``changed`` units found afresh."""
        assert self.index is not None
        pairs: dict[tuple[int, int], SimilarPair] = {
            (p.a, p.b): p for p in last.pairs if p.a not in changed and p.b not in changed
        }
        for uid in changed:
            if uid in self.index:
                for pair in self.index.pairs_for(uid, threshold):
                    pairs[(pair.a, pair.b)] = pair
        clusters = tuple(
            replace(c, units=tuple(u for u in c.units if u not in changed)) for c in last.clusters
        )
        ordered = sorted(pairs.values(), key=lambda p: (-p.score, p.a, p.b))
        return TextOverlap(tuple(ordered), clusters)

"""Text overlap: two units in different OPDs whose tugas and fungsi say nearly the same
thing (Indonesian stems, TF-IDF cosine; see ``rbdesk.analysis.textsim``).

A unit's document is its tugas and fungsi; its group is its OPD, or the unit itself
when it stands above every OPD (the head of the region, staf ahli). Units without text
are not indexed. Texts shared by a whole family of units (every kelurahan written from
one template) are reported once as a template, not pair by pair.

``TextCheck`` keeps its index between runs and feeds it only the units whose text or
OPD changed, so a re-check after one edit costs a few index updates.
"""

from __future__ import annotations

from rbdesk.analysis.checks.base import emit, names
from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Finding
from rbdesk.analysis.textsim import TextIndex
from rbdesk.rules.pack import RulePack


class TextCheck:
    """The text-overlap check with its index, for one scenario at a time."""

    def __init__(self) -> None:
        self.index: TextIndex | None = None
        self.indexed: dict[int, tuple[int, str]] = {}
        self.template_min = 0

    def _sync(self, ctx: Context, template_min: int) -> TextIndex:
        if self.index is None or template_min != self.template_min:
            self.index = TextIndex(template_min=template_min)
            self.indexed = {}
            self.template_min = template_min
        index = self.index
        wanted: dict[int, tuple[int, str]] = {}
        for uid, unit in ctx.units.items():
            if not (unit.tugas or unit.fungsi):
                continue
            opd = ctx.opd_of.get(uid)
            group = opd if opd is not None else -uid
            wanted[uid] = (group, f"{unit.tugas}\n{unit.fungsi}")
        for uid in self.indexed.keys() - wanted.keys():
            index.remove(uid)
        for uid, entry in wanted.items():
            old = self.indexed.get(uid)
            if old is None:
                index.add(uid, *entry)
            elif old != entry:
                index.update(uid, *entry)
        self.indexed = wanted
        return index

    def run(self, ctx: Context, pack: RulePack) -> list[Finding]:
        rules = pack.text
        index = self._sync(ctx, int(rules.get("template_min", 4)))
        found = index.overlap(float(rules["threshold"]))
        out: list[Finding] = []
        for pair in found.pairs:
            out.append(
                emit(pack, "text.overlap", [pair.a, pair.b], name_a=ctx.path_names(pair.a),
                     name_b=ctx.path_names(pair.b), score=f"{pair.score:.2f}",
                     shared=", ".join(pair.shared))
            )  # fmt: skip
        for cluster in found.clusters:
            out.append(
                emit(pack, "text.template", cluster.units, count=len(cluster.units),
                     names=names(ctx, cluster.units, 3), shared=", ".join(cluster.shared))
            )  # fmt: skip
        return out

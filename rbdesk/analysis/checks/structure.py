"""Structure checks: cycles, orphans, several roots, a root that is not the head of
the region, kinds unknown or absent at the region's level, and units under a parent
kind that the law does not allow (a kelurahan outside a kecamatan, anything
structural below a seksi)."""

from __future__ import annotations

import networkx as nx

from rbdesk.analysis.checks.base import emit, kind_text, kinds_text, level_text, names, placement
from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Finding
from rbdesk.rules.pack import RulePack


def check(ctx: Context, pack: RulePack) -> list[Finding]:
    out: list[Finding] = []
    cat = ctx.catalogue
    at_level = {kind for kind in cat.kinds if cat.kind_exists_at(kind, ctx.level)}
    for kind, ids in ctx.by_kind.items():
        if kind in at_level:
            continue
        for uid in ids:
            unit = ctx.units[uid]
            if unit.kind not in cat.kinds:
                out.append(
                    emit(pack, "structure.unknown_kind", [uid], name=unit.name, kind=unit.kind)
                )
            elif not cat.kind_exists_at(unit.kind, ctx.level):
                out.append(
                    emit(pack, "structure.kind_level", [uid], name=unit.name,
                         kind=kind_text(ctx, unit.kind), level=level_text(ctx))
                )  # fmt: skip
    if len(ctx.roots) > 1:
        out.append(
            emit(pack, "structure.several_roots", ctx.roots, count=len(ctx.roots),
                 names=names(ctx, ctx.roots))
        )  # fmt: skip
    for root in ctx.roots:
        kind = ctx.units[root].kind
        if kind in cat.kinds and not cat.may_be_root(kind, ctx.level):
            cites, opd_type = placement(ctx, pack, root)
            rule_cites = pack.rule("structure.root_kind").basis.cites
            out.append(
                emit(pack, "structure.root_kind", [root], name=ctx.name(root),
                     kind=kind_text(ctx, kind), cite=rule_cites + cites, cite_type=opd_type)
            )  # fmt: skip
    for uid in ctx.orphans:
        cites, opd_type = placement(ctx, pack, uid)
        out.append(emit(pack, "structure.orphan", [uid], name=ctx.name(uid),
                        cite=cites or None, cite_type=opd_type))  # fmt: skip
    if ctx.unreached:
        # Every unit has one parent, so each cycle is a simple cycle of this small graph.
        graph = nx.DiGraph((uid, ctx.units[uid].parent_id) for uid in ctx.unreached)
        for cycle in nx.simple_cycles(graph):
            ordered = sorted(cycle)
            kinds = dict.fromkeys(ctx.units[u].kind for u in ordered)
            cites = tuple(dict.fromkeys(
                c for k in kinds if k in cat.kinds for c in cat.kinds[k].cites))  # fmt: skip
            out.append(emit(pack, "structure.cycle", ordered, names=names(ctx, ordered),
                            cite=cites or None))  # fmt: skip
    allowed_by_kind = {
        kind: cat.allowed_parents(kind, ctx.level)
        for kind in cat.kinds
        if cat.kind_exists_at(kind, ctx.level)
    }
    for uid, unit in ctx.units.items():
        parent = ctx.units.get(unit.parent_id) if unit.parent_id is not None else None
        if parent is None or parent.kind not in cat.kinds:
            continue
        allowed = allowed_by_kind.get(unit.kind)
        if allowed is not None and parent.kind not in allowed:
            cites, opd_type = placement(ctx, pack, uid)
            out.append(
                emit(pack, "structure.parent_kind", [uid, parent.id], name=unit.name,
                     kind=kind_text(ctx, unit.kind), parent=parent.name,
                     parent_kind=kind_text(ctx, parent.kind), allowed=kinds_text(ctx, allowed),
                     kind_source=cat.kinds[unit.kind].source, cite=cites or None,
                     cite_type=opd_type)
            )  # fmt: skip
    return out

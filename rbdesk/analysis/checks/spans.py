"""Spans: one-over-one managers and chains of them, narrow OPDs, very wide spans.

A *span* is a unit's number of line children. A *one-over-one chain* is a maximal
path of units whose span is 1; a chain of ``chain_min`` links or more is reported
once, with every unit on it, and its members are not reported again one by one.
Narrow spans (2 to ``narrow_max``) are reported for OPDs only: below an OPD the law
itself sets small spans (a bidang has at most three seksi), so a narrow span there is
no finding. Very wide spans are reported except for kinds whose wide span is normal
(the head of the region over all OPDs, a camat over the kelurahan).
"""

from __future__ import annotations

from rbdesk.analysis.checks.base import emit, names
from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Finding
from rbdesk.rules.pack import RulePack


def check(ctx: Context, pack: RulePack) -> list[Finding]:
    rules = pack.spans
    span = {uid: len(kids) for uid, kids in ctx.line_children.items() if kids}
    exempt = set(rules.get("one_over_one_exempt", []))
    single = {
        uid
        for uid, n in span.items()
        if n == 1 and ctx.is_line(uid) and ctx.units[uid].kind not in exempt
    }
    out: list[Finding] = []
    in_chain: set[int] = set()
    for uid in single:
        parent = ctx.units[uid].parent_id
        if parent in single:
            continue  # not the start of a chain
        chain = [uid]
        while chain[-1] in single and len(chain) <= len(ctx.units):
            chain.append(ctx.line_children[chain[-1]][0])
        links = len(chain) - 1
        if links >= rules["chain_min"]:
            in_chain.update(chain[:-1])
            out.append(emit(pack, "spans.chain", chain, length=links, names=names(ctx, chain, 10)))
    for uid in sorted(single - in_chain):
        child = ctx.line_children[uid][0]
        out.append(
            emit(pack, "spans.one_over_one", [uid, child], name=ctx.name(uid),
                 child=ctx.name(child))
        )  # fmt: skip
    wide_exempt = set(rules.get("wide_exempt", []))
    for uid, n in span.items():
        kind = ctx.units[uid].kind
        if 2 <= n <= rules["narrow_max"] and ctx.is_opd(uid):
            out.append(emit(pack, "spans.narrow", [uid], name=ctx.name(uid), count=n))
        elif n >= rules["wide_min"] and kind not in wide_exempt:
            out.append(emit(pack, "spans.wide", [uid], name=ctx.name(uid), count=n))
    return out

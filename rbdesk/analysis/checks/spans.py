"""Spans: one-over-one managers and chains of them, narrow OPDs, very wide spans.

These rules are organisation-design practice (span bands, delayering), not law: their
findings say "Praktik: ..." and cite at most the principle the law states, *rentang
kendali* (PP 18/2016 Pasal 2 huruf f). Their advice must never be what the law forbids,
so a unit is left out where the law fixes its span:

* A *span* is a unit's number of line children. A *one-over-one chain* is a maximal
  path of units whose span is 1; a chain of ``chain_min`` links or more is reported
  once, with every unit on it, and its members are not reported again one by one.
* A one-over-one link is reported only where the two units could be merged: the
  child's own children may stand under the parent, or the child under the parent's
  parent (the catalogue's allowed parents, from the composition PP 18/2016 lays down).
  An asisten and its one bagian cannot: the bagian's subbagian may not stand under an
  asisten, nor the bagian under the Sekretariat Daerah (Pasal 74 to 76). A chain breaks
  at such a link.
* The pack's ``exempt`` entries leave out a unit of kind ``parent`` whose line children
  are all of ``children`` (any, when null), each with its basis: the head of the region
  over an OPD (a partial plan), a kecamatan over its kelurahan (perangkat kecamatan,
  Pasal 52 ayat (1)), a dinas over its rumah sakit (units of a special kind, PP 72/2019),
  a UPT over the one subbagian tata usaha the law gives it.
* Narrow spans (2 to ``narrow_max``) are reported for OPDs of ``narrow_kinds`` only
  (dinas and badan, which the law lets merge within a rumpun, Pasal 18, 27, 40, 48,
  54): a Sekretariat Daerah, Sekretariat DPRD, Inspektorat or kecamatan always stands
  on its own. Below an OPD the law itself sets small spans (a bidang has at most three
  seksi), so a narrow span there is no finding.
* Very wide spans are reported except for kinds whose wide span is normal (the head of
  the region over all OPDs, a camat over the kelurahan).
"""

from __future__ import annotations

from typing import Any

from rbdesk.analysis.checks.base import emit, names
from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Finding
from rbdesk.rules.pack import RulePack


def _exemptions(rules: dict[str, Any]) -> list[tuple[str | None, frozenset[str] | None]]:
    out: list[tuple[str | None, frozenset[str] | None]] = []
    for row in rules.get("exempt", []):
        kids = row.get("children")
        out.append((row.get("parent"), None if kids is None else frozenset(kids)))
    out += [(kind, None) for kind in rules.get("one_over_one_exempt", [])]  # older packs
    return out


def _exempt(ctx: Context, uid: int, exemptions: list[tuple[str | None, frozenset[str] | None]]
            ) -> bool:  # fmt: skip
    kind = ctx.units[uid].kind
    kids = {ctx.units[c].kind for c in ctx.line_children.get(uid, [])}
    return any(
        (parent is None or parent == kind) and (children is None or kids <= children)
        for parent, children in exemptions
    )


def _mergeable(ctx: Context, uid: int, child: int) -> bool:
    """Whether a unit and its only line child could become one: the child's children
    may stand under the unit (the child goes), or, for a unit that is not an OPD (an
    OPD is formed by Perda for its urusan and does not dissolve into a sub-unit), the
    child under the unit's parent (the unit goes)."""
    cat = ctx.catalogue
    units = ctx.units
    parent_kind, child_kind = units[uid].kind, units[child].kind
    if parent_kind not in cat.kinds or child_kind not in cat.kinds:
        return True  # an unknown kind is a finding of its own; say nothing here
    below = {units[g].kind for g in ctx.children.get(child, [])}
    if all(k in cat.kinds and parent_kind in cat.allowed_parents(k, ctx.level) for k in below):
        return True
    if ctx.is_opd(uid):
        return False
    up = units[uid].parent_id
    if up is None or up not in units or units[up].kind not in cat.kinds:
        return False
    return units[up].kind in cat.allowed_parents(child_kind, ctx.level)


def check(ctx: Context, pack: RulePack) -> list[Finding]:
    rules = pack.spans
    span = {uid: len(kids) for uid, kids in ctx.line_children.items() if kids}
    exemptions = _exemptions(rules)
    single = {
        uid
        for uid, n in span.items()
        if n == 1
        and ctx.is_line(uid)
        and not _exempt(ctx, uid, exemptions)
        and _mergeable(ctx, uid, ctx.line_children[uid][0])
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
    narrow_kinds = set(rules.get("narrow_kinds", [])) or set(ctx.opd_kinds)
    for uid, n in span.items():
        kind = ctx.units[uid].kind
        if 2 <= n <= rules["narrow_max"]:
            if ctx.is_opd(uid) and kind in narrow_kinds and not _exempt(ctx, uid, exemptions):
                out.append(emit(pack, "spans.narrow", [uid], name=ctx.name(uid), count=n))
        elif n >= rules["wide_min"] and kind not in wide_exempt:
            out.append(emit(pack, "spans.wide", [uid], name=ctx.name(uid), count=n))
    return out

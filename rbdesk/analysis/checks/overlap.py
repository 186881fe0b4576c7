"""Overlap of authority over urusan.

The *holders* are the units of the OPD kinds that hold urusan of their own (Setda,
Setwan, Inspektorat, dinas, badan; a kecamatan holds its territory, not an urusan).
Holders and the urusan they hold as main form a bipartite graph; an urusan node of
degree above one is held by several OPDs, which is an error unless the law may split
that urusan: two dinas for 1.03 or 3.27 and two badan for 5.02, whether the score
allows it being ``overlap.split_score`` (Pasal 73, 90); 1.05 is split by sub-urusan,
not by a count of holders (Satpol PP, fire service, BPBD: ``checks.division``).
Support and territorial codes (4.xx, 6.01, 7.xx) are not checked.

Also: more than 3 urusan in one dinas, urusan of different rumpun in one dinas, more
than 2 support functions or functions of different rumpun in one badan, a sub-urusan
held by units of different OPDs, and a mandatory urusan held by nobody (counted as
held when any unit holds it or one of its sub-urusan, in any role): an error for a
basic-service urusan, which "tetap dibentuk sebagai dinas tipe C" whatever its score
(Pasal 53 ayat (3)); a warning for the others, whose fix names the Setda route of
Pasal 40 ayat (10). A partial plan (``Region.partial``) is not checked for urusan held
by nobody.
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from rbdesk.analysis.checks.base import code_name, emit, names
from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Finding
from rbdesk.domain.model import UrusanRole
from rbdesk.rules.citation import Citation
from rbdesk.rules.pack import RulePack

Citations = tuple[Citation, ...]


def check(ctx: Context, pack: RulePack) -> list[Finding]:
    rules = pack.overlap
    cat = ctx.catalogue
    holder_kinds = set(rules["holder_kinds"])
    ignored = set(rules["ignored_classes"])
    out: list[Finding] = []

    graph = nx.Graph()
    for uid, assignments in ctx.assignments.items():
        if ctx.units.get(uid) is None or ctx.units[uid].kind not in holder_kinds:
            continue
        for a in assignments:
            urusan = cat.urusan.get(a.code)
            if a.role is UrusanRole.MAIN and urusan and urusan.urusan_class not in ignored:
                graph.add_edge(("unit", uid), ("code", a.code))
    splits = rules["lawful_splits"]
    # 1.05 is split by sub-urusan, not by a count of holders: checks.division
    by_part = rules.get("parts", {}).get("urusan")
    for node in sorted(n for n in graph if n[0] == "code"):
        code = node[1]
        holders = sorted(n[1] for n in graph.neighbors(node))
        if code == by_part:
            continue
        if len(holders) > 1 and len(holders) > splits.get(code, 1):
            out.append(
                emit(pack, "overlap.urusan_shared", holders, [code], code=code,
                     code_name=code_name(ctx, code), count=len(holders),
                     names=names(ctx, holders))
            )  # fmt: skip

    for uid in sorted({n[1] for n in graph if n[0] == "unit"}):
        unit = ctx.units[uid]
        codes = sorted({c for c in ctx.codes_of(uid) if c in cat.urusan})
        if unit.kind == "dinas":
            concurrent = [c for c in codes if cat.urusan[c].concurrent]
            limit = rules["max_urusan_per_dinas"]
            if len(concurrent) > limit:
                out.append(
                    emit(pack, "overlap.too_many_urusan", [uid], concurrent, name=unit.name,
                         count=len(concurrent), code_list=", ".join(concurrent), max=limit)
                )  # fmt: skip
            by_rumpun: dict[str, list[str]] = defaultdict(list)
            for c in concurrent:
                by_rumpun[cat.urusan[c].rumpun or "-"].append(c)
            if len(by_rumpun) > 1:
                groups = "; ".join(f"{r}: {', '.join(cs)}" for r, cs in sorted(by_rumpun.items()))
                out.append(
                    emit(pack, "overlap.cross_rumpun", [uid], concurrent, name=unit.name,
                         groups=groups, cite=_cross_rumpun_cites(ctx, pack, concurrent))
                )  # fmt: skip
        elif unit.kind == "badan":
            functions = [c for c in codes if cat.urusan[c].urusan_class == "penunjang"]
            limit = rules["max_functions_per_badan"]
            rumpun = {cat.urusan[c].rumpun for c in functions}
            if len(functions) > limit or (
                len(functions) > 1 and (len(rumpun) > 1 or None in rumpun)
            ):
                out.append(
                    emit(pack, "overlap.badan_functions", [uid], functions, name=unit.name,
                         code_list=", ".join(functions), max=limit)
                )  # fmt: skip

    sub_holders: dict[str, dict[int | None, list[int]]] = defaultdict(lambda: defaultdict(list))
    held: set[str] = set()
    for uid, assignments in ctx.assignments.items():
        if uid not in ctx.units:
            continue
        for a in assignments:
            if a.code in cat.sub_urusan:
                sub_holders[a.code][ctx.opd_of.get(uid)].append(uid)
                held.add(cat.sub_urusan[a.code].urusan_code)
            held.add(a.code)
    for code in sorted(sub_holders):
        by_opd = sub_holders[code]
        if len(by_opd) > 1:
            units = sorted(u for us in by_opd.values() for u in us)
            out.append(
                emit(pack, "overlap.sub_urusan_shared", units, [code], code=code,
                     code_name=code_name(ctx, code), names=names(ctx, units))
            )  # fmt: skip

    if ctx.region.partial:  # a partial plan: structure.partial_plan says so
        return out
    mandatory = set(rules["mandatory_classes"])
    # Pasal 53 ayat (3): a basic-service urusan "tetap dibentuk sebagai dinas tipe C"
    basic = set(rules.get("basic_service_classes", []))
    merge_pasal = rules.get("merge_pasal", {}).get(ctx.rule_level, "40")
    for code, urusan in sorted(cat.urusan.items()):
        if urusan.urusan_class in mandatory and code not in held:
            if urusan.urusan_class in basic:
                out.append(
                    emit(pack, "overlap.basic_service_missing", [], [code], code=code,
                         code_name=code_name(ctx, code))
                )  # fmt: skip
                continue
            if _technical_zero(ctx, code):
                continue  # Pasal 18 and 40 ayat (2): "tidak diwadahi"
            out.append(
                emit(pack, "overlap.mandatory_missing", [], [code], code=code,
                     code_name=code_name(ctx, code), merge_pasal=merge_pasal)
            )  # fmt: skip
    return out


def _technical_zero(ctx: Context, code: str) -> bool:
    """Whether the plan's pemetaan gives urusan ``code`` a technical score of 0: "Dalam
    hal berdasarkan hasil perhitungan nilai variabel teknis Urusan Pemerintahan
    memperoleh nilai 0 (nol), Urusan Pemerintahan tersebut tidak diwadahi" (PP 18/2016
    Pasal 18 and 40 ayat (2))."""
    score = ctx.pemetaan.score(code) if ctx.pemetaan is not None else None
    return score is not None and not score.missing and score.teknis == 0


#: Pasal 54 ayat (2): a tipe C dinas or badan "dengan hasil perhitungan nilai variabel 400
#: (empat ratus) sampai dengan 500 (lima ratus) sebelum dikalikan dengan faktor kesulitan
#: geografis" may be merged for efficiency; ayat (3) keeps such a merger in one rumpun.
EFFICIENCY_MERGER = (400, 500)


def _cross_rumpun_cites(ctx: Context, pack: RulePack, codes: list[str]) -> Citations | None:
    """The citations of a merger across rumpun: the rule's own (the rumpun of Pasal 18
    or 40, and Pasal 54 ayat (3)), without Pasal 54 when the plan's scores rule out a
    merger under its ayat (2), none of the urusan scoring 400 to 500 before the factor;
    ``None`` (the rule's own) when a score is unknown."""
    pemetaan = ctx.pemetaan
    if pemetaan is None:
        return None
    low, high = EFFICIENCY_MERGER
    for code in codes:
        score = pemetaan.score(code)
        if score is None or score.jumlah is None or low <= score.jumlah <= high:
            return None
    return tuple(c for c in pack.rule("overlap.cross_rumpun").basis.cites if c.pasal != "54")

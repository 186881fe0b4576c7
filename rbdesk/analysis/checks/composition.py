"""Composition: what a region and each sekretariat consist of (``structure.composition``),
and the one note that a partial plan leaves the region-wide checks out
(``structure.partial_plan``).

PP 18/2016 Pasal 5 ayat (2): "Perangkat Daerah kabupaten/kota terdiri atas: a.
sekretariat Daerah; b. sekretariat DPRD; c. inspektorat; d. dinas; e. badan; dan f.
kecamatan" (ayat (1) for a provinsi, without kecamatan). Every region therefore has a
Setda, a Setwan and an Inspektorat, and a kabupaten/kota its kecamatan; whether it has
the dinas and badan it needs is the business of the urusan checks (``overlap``).

A sekretariat consists of the subbagian the pasal of its OPD's type gives: "Sekretariat
sebagaimana dimaksud pada ayat (1) terdiri atas 2 (dua) subbagian" (Pasal 82 ayat (2),
a tipe B dinas of a kabupaten); fewer is a finding. Where the text gives only a cap
("paling banyak 3 (tiga) subbagian", Pasal 81 ayat (2), a tipe A dinas of a kab/kota;
Pasal 91-92, a kecamatan) there is no count to fall short of. An OPD without a type
falls short only of the count every type has. The counts are the pack's
(``limits.composition``); the OPDs organised under rules of their own (BPBD, Satpol PP,
Kesbangpol: ``rbdesk.analysis.holders``) are left to those rules.

A partial plan (``Region.partial``: one office's own structure) is not checked for the
region's composition; one information finding says what is left out.
"""

from __future__ import annotations

from typing import Any

from rbdesk.analysis.checks.base import emit, kind_text
from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Finding, Severity
from rbdesk.analysis.holders import holding
from rbdesk.domain.model import UNIT_TYPES
from rbdesk.rules.citation import Citation
from rbdesk.rules.pack import RulePack

RULE = "structure.composition"


def check(ctx: Context, pack: RulePack) -> list[Finding]:
    composition = pack.composition
    if not composition:
        return []
    out: list[Finding] = []
    level = ctx.rule_level
    present = ctx.by_kind.keys()  # the kinds present
    sekretariat = ctx.by_kind.get("sekretariat", [])
    if ctx.region.partial:
        out.append(emit(pack, "structure.partial_plan"))
    else:
        for kind in composition["required"][level]:
            if kind not in present:
                name = kind_text(ctx, kind)
                missing = {"id": f"tidak ada {name['id']}", "en": f"there is no {name['en']}"}
                out.append(emit(pack, RULE, name=ctx.region.name, missing=missing))
    out.extend(_sekretariat(ctx, pack, composition["sekretariat_subbagian"], sekretariat))
    return out


def _sekretariat(
    ctx: Context, pack: RulePack, rows: list[dict[str, Any]], sekretariat: list[int]
) -> list[Finding]:
    level = ctx.rule_level
    counts: dict[str, dict[str, dict[str, Any]]] = {}
    for row in rows:
        if row["level"] == level:
            counts.setdefault(row["within"], {})[row["type"]] = row
    if not counts:
        return []
    own = holding(ctx, pack).own_rules
    out: list[Finding] = []
    for uid in sekretariat:
        unit = ctx.units[uid]
        if unit.parent_id is None:
            continue
        parent = ctx.units.get(unit.parent_id)
        if parent is None or parent.kind not in counts or parent.id in own:
            continue
        by_type = counts[parent.kind]
        typed = by_type.get(parent.unit_type or "")
        if typed is not None:
            need, cites, known = int(typed["min"]), typed["basis"].cites, True
        elif parent.unit_type is None and all(t in by_type for t in UNIT_TYPES[:3]):
            need = min(int(r["min"]) for r in by_type.values())
            cites = tuple(c for r in by_type.values() for c in r["basis"].cites)
            known = False
        else:
            continue
        have = sum(1 for c in ctx.children.get(uid, ()) if ctx.units[c].kind == "subbagian")
        if have >= need:
            continue
        out.append(_short(ctx, pack, uid, parent.kind, parent.unit_type, have, need, known,
                          cites))  # fmt: skip
    return out


def _short(
    ctx: Context, pack: RulePack, uid: int, kind: str, unit_type: str | None, have: int,
    need: int, known: bool, cites: tuple[Citation, ...],
) -> Finding:  # fmt: skip
    name = kind_text(ctx, kind)
    if known:
        missing = {
            "id": f"memiliki {have} subbagian, padahal sekretariat {name['id']} tipe "
                  f"{unit_type} terdiri atas {need} subbagian",
            "en": f"it has {have} subbagian where the sekretariat of a tipe {unit_type} "
                  f"{name['en']} consists of {need}",
        }  # fmt: skip
    else:
        missing = {
            "id": f"memiliki {have} subbagian, padahal sekretariat {name['id']} tipe apa pun "
                  f"terdiri atas paling sedikit {need} subbagian",
            "en": f"it has {have} subbagian where the sekretariat of a {name['en']} of any "
                  f"type consists of at least {need}",
        }  # fmt: skip
    return emit(pack, RULE, [uid], severity=Severity.WARNING, cite=cites,
                name=ctx.path_names(uid), missing=missing)  # fmt: skip

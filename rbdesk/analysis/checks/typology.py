"""Typology: a declared type that the workload score does not support.

The score is multiplied by the region's geographic factor (PP 18/2016 Pasal 107)
except for the kinds and urusan the law exempts. A score above a type's threshold
supports that type (tipe A above 800, B above 600, C above 400 for dinas and badan;
PP 18/2016 Pasal 53). A dinas of a basic-service urusan is at least tipe C whatever
its score (Pasal 53(3)). A dinas or badan at or below the tipe C threshold belongs
inside another OPD as a bidang (above 300) or a seksi (Pasal 53(2), 53(5)).
Declaring a lower type than the score supports is lawful (Pasal 54(1)).
"""

from __future__ import annotations

from typing import Any

from rbdesk.analysis.checks.base import emit
from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Finding
from rbdesk.domain.model import UNIT_TYPES
from rbdesk.rules.pack import RulePack


def _group(ctx: Context, pack: RulePack, uid: int) -> dict[str, Any] | None:
    unit = ctx.units[uid]
    codes = set(ctx.codes_of(uid))
    groups = pack.typology["groups"]
    for group in groups:  # a badan for planning or finance is typed like the Setda
        if group.get("urusan") and unit.kind == "badan" and codes & set(group["urusan"]):
            return dict(group)
    for group in groups:
        if unit.kind in group["kinds"] and not group.get("urusan_only"):
            return dict(group)
    return None


def check(ctx: Context, pack: RulePack) -> list[Finding]:
    rules = pack.typology
    cat = ctx.catalogue
    level = ctx.level.rule_level
    out: list[Finding] = []
    for uid, unit in ctx.units.items():
        if unit.workload_score is None:
            continue
        group = _group(ctx, pack, uid)
        if group is None:
            continue
        codes = set(ctx.codes_of(uid))
        exempt = unit.kind in rules.get("geo_exempt_kinds", []) or bool(
            codes & set(rules.get("geo_exempt_urusan", {}).get(level, []))
        )
        score = unit.workload_score * (1.0 if exempt else ctx.region.geo_factor)
        thresholds: dict[str, float] = group["thresholds"]
        supported = next((t for t in UNIT_TYPES if t in thresholds and score > thresholds[t]), None)
        forced = any(
            cat.urusan[c].urusan_class in rules.get("forced_c_classes", [])
            for c in codes
            if c in cat.urusan
        )
        if supported is None and forced and "C" in thresholds:
            supported = "C"
        shown = f"{score:.0f}"
        if supported is None:
            low = min(thresholds.values())
            bidang = group.get("bidang")
            as_unit = {"id": "bidang", "en": "bidang"}
            if bidang is not None and score <= bidang:
                as_unit = {"id": "seksi atau subbidang", "en": "seksi or subbidang"}
            out.append(
                emit(pack, "typology.below_opd", [uid], name=unit.name, score=shown,
                     threshold=f"{low:.0f}", as_unit=as_unit)
            )  # fmt: skip
            continue
        if unit.unit_type in thresholds and UNIT_TYPES.index(unit.unit_type) < UNIT_TYPES.index(
            supported
        ):
            out.append(
                emit(pack, "typology.type_not_supported", [uid], name=unit.name,
                     type=unit.unit_type, score=shown,
                     supported={"id": f"tipe {supported}", "en": f"type {supported}"})
            )  # fmt: skip
    return out

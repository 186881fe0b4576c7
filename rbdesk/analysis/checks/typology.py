"""Typology: a declared type that the workload score does not support.

The score is multiplied by the region's geographic factor (PP 18/2016 Pasal 107 ayat
(1)) except for what ayat (4) exempts: "tidak berlaku bagi sekretariat DPRD, Urusan
Pemerintahan ... bidang kearsipan dan persandian, Urusan Pemerintahan Daerah
kabupaten/kota bidang kehutanan, serta bidang energi dan sumber daya mineral". The
exemption is of those urusan, not of a unit: a dinas merging an exempt urusan with
another keeps the factor; only a unit whose every main urusan is exempt goes without.

A score above a type's threshold supports that type (tipe A above 800, B above 600, C
above 400 for dinas and badan; PP 18/2016 Pasal 53 ayat (2)). The Sekretariat Daerah,
Sekretariat DPRD and Inspektorat (and the perencanaan and keuangan functions) are tipe
C at "kurang dari atau sama dengan 600" (ayat (1) huruf c) and a kecamatan tipe B at
"kurang dari atau sama dengan 600" (ayat (4) huruf b): their lowest type has no floor
(the group's ``lowest_open``), so they are never told to become a bidang elsewhere; they
always exist (Pasal 5). A dinas of a basic-service urusan is at least tipe C whatever
its score (ayat (3)), and so is the dinas of penanaman modal and PTSP below 401 (Pasal
17 ayat (5), 39 ayat (5): "diwadahi dalam dinas penanaman modal dan pelayanan terpadu
satu pintu tipe C"). Any other dinas or badan at or below the tipe C threshold belongs
inside another OPD as a bidang (above 300) or a seksi (ayat (5)).

A dinas merging urusan "dapat dinaikkan 1 (satu) tingkat lebih tinggi atau mendapat
tambahan 1 (satu) bidang" (Pasal 18 ayat (6), 40 ayat (6)): one type above its score
is lawful for it (and then the +1 bidang of ``caps`` lapses: :func:`raised`).
Declaring a lower type than the score supports is lawful (Pasal 54 ayat (1)).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import chain
from typing import Any

from rbdesk.analysis.checks.base import emit
from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Finding
from rbdesk.analysis.holders import holding
from rbdesk.analysis.opd_types import unit_score
from rbdesk.domain.model import UNIT_TYPES, UrusanRole
from rbdesk.rules.citation import Citation
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


def _cite(pack: RulePack, group: dict[str, Any], exempt: bool) -> tuple[Citation, ...] | None:
    """The ayat of Pasal 53 of the unit's group (ayat (2) for a dinas or badan), and
    Pasal 107: ayat (1), the geographic factor, and ayat (4) when an exemption applied."""
    group_basis = pack.bases.get(f"typology.{group.get('id')}")
    if group_basis is None:
        return None
    geo = tuple(
        replace(c, ayat=tuple(a for a in c.ayat if a == "1" or (exempt and a == "4")))
        for c in pack.rule("typology.type_not_supported").basis.cites
        if c.pasal == "107"
    )
    return group_basis.cites + geo


@dataclass(frozen=True, slots=True)
class Typed:
    """What the score of one unit supports."""

    group: dict[str, Any]
    #: the score after the geographic factor (where it applies)
    score: float
    #: the highest type the score supports, ``None``: none (a bidang or seksi elsewhere)
    supported: str | None
    #: the geographic factor was not applied (Pasal 107 ayat (4))
    exempt: bool
    #: a dinas merging two or more urusan (Pasal 18, 40)
    merged: bool


def _main_urusan(ctx: Context, uid: int) -> list[str]:
    urusan = ctx.catalogue.urusan
    return [a.code for a in ctx.assignments.get(uid, ()) if a.role is UrusanRole.MAIN
            and a.code in urusan]  # fmt: skip


def typed(ctx: Context, pack: RulePack, uid: int) -> Typed | None:
    """What the unit's workload score supports (``None`` without a score or a group)."""
    unit = ctx.units[uid]
    mapped = unit_score(ctx, uid)  # the pemetaan's score where the plan has values
    if mapped is None and unit.workload_score is None:
        return None
    group = _group(ctx, pack, uid)
    if group is None:
        return None
    rules = pack.typology
    cat = ctx.catalogue
    main = _main_urusan(ctx, uid)
    exempt_urusan = set(rules.get("geo_exempt_urusan", {}).get(ctx.rule_level, []))
    exempt = unit.kind in rules.get("geo_exempt_kinds", []) or (
        bool(main) and all(c in exempt_urusan for c in main)
    )
    if mapped is not None:
        score, exempt = mapped
    else:
        assert unit.workload_score is not None
        score = unit.workload_score * (1.0 if exempt else ctx.region.geo_factor)
    thresholds: dict[str, float] = group["thresholds"]
    supported = next((t for t in UNIT_TYPES if t in thresholds and score > thresholds[t]), None)
    if supported is None and group.get("lowest_open"):  # Pasal 53 ayat (1) huruf c, (4) b
        supported = max(thresholds, key=UNIT_TYPES.index)
    codes = set(ctx.codes_of(uid))
    forced = any(
        cat.urusan[c].urusan_class in rules.get("forced_c_classes", [])
        for c in codes
        if c in cat.urusan
    ) or (unit.kind == "dinas" and bool(codes & set(rules.get("forced_c_urusan", []))))
    if supported is None and forced and "C" in thresholds:
        supported = "C"
    merged = unit.kind == "dinas" and sum(1 for c in main if cat.urusan[c].concurrent) >= 2
    return Typed(group, score, supported, exempt, merged)


def raised(ctx: Context, pack: RulePack, uid: int) -> bool:
    """Whether a merged dinas is typed one level above what its score supports: the
    route of Pasal 18 ayat (6), 40 ayat (6) ("dinaikkan 1 (satu) tingkat lebih tinggi
    atau mendapat tambahan 1 (satu) bidang"), which then takes no extra bidang."""
    unit_type = ctx.units[uid].unit_type
    found = typed(ctx, pack, uid)
    if found is None or not found.merged or found.supported is None or unit_type is None:
        return False
    if unit_type not in UNIT_TYPES:
        return False
    return UNIT_TYPES.index(unit_type) == UNIT_TYPES.index(found.supported) - 1


def _typed_kinds(pack: RulePack) -> list[str]:
    """The kinds that :func:`_group` may type: those of a group that is not only for
    some urusan, and the badan, which a group for planning or finance types."""
    groups = pack.typology["groups"]
    kinds = {kind for group in groups if not group.get("urusan_only") for kind in group["kinds"]}
    if any(group.get("urusan") for group in groups):
        kinds.add("badan")
    return sorted(kinds)


def check(ctx: Context, pack: RulePack) -> list[Finding]:
    out: list[Finding] = []
    # Satpol PP, BPBD, Kesbangpol are typed by rules of their own (caps.own_rules)
    own = holding(ctx, pack).own_rules if "score_splits" in pack.overlap else {}
    # only the kinds a group types (a few hundred OPDs), not every unit of the plan
    for uid in chain.from_iterable(ctx.by_kind.get(kind, ()) for kind in _typed_kinds(pack)):
        if uid in own:
            continue
        unit = ctx.units[uid]
        found = typed(ctx, pack, uid)
        if found is None:
            continue
        group, supported = found.group, found.supported
        thresholds: dict[str, float] = group["thresholds"]
        shown = f"{found.score:.0f}"
        if supported is None:
            if unit_score(ctx, uid) is not None:
                continue  # said per urusan by pemetaan.urusan_as_dinas
            low = min(thresholds.values())
            bidang = group.get("bidang")
            as_unit = {"id": "bidang", "en": "bidang"}
            if bidang is not None and found.score <= bidang:
                as_unit = {"id": "seksi atau subbidang", "en": "seksi or subbidang"}
            out.append(
                emit(pack, "typology.below_opd", [uid], name=unit.name, score=shown,
                     threshold=f"{low:.0f}", as_unit=as_unit)
            )  # fmt: skip
            continue
        if unit.unit_type not in thresholds:
            continue
        above = UNIT_TYPES.index(supported) - UNIT_TYPES.index(unit.unit_type)
        if above <= 0 or (above == 1 and found.merged):  # Pasal 18 ayat (6), 40 ayat (6)
            continue
        out.append(
            emit(pack, "typology.type_not_supported", [uid], name=unit.name,
                 type=unit.unit_type, score=shown,
                 supported={"id": f"tipe {supported}", "en": f"type {supported}"},
                 cite=_cite(pack, group, found.exempt))
        )  # fmt: skip
    return out

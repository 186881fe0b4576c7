"""Grades: a head whose eselon is not lower than its parent's (grade compression),
and an eselon that does not match the unit's kind and level in the catalogue's eselon
table (PP 18/2016 Pasal 94-95 as amended by PP 72/2019). The posts of a rumah sakit
depend on its jenis and kelas: ``rbdesk.analysis.checks.hospital`` checks them."""

from __future__ import annotations

from dataclasses import replace

from rbdesk.analysis.checks import hospital
from rbdesk.analysis.checks.base import emit, kind_text, level_text
from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Finding
from rbdesk.domain.model import ESELON
from rbdesk.rules.catalogue import EselonRule
from rbdesk.rules.citation import Citation
from rbdesk.rules.pack import RulePack

#: eselon -> its rank, highest first (Ia is 0): a look-up per unit, not a tuple scan.
_RANK = {e: i for i, e in enumerate(ESELON)}


def check(ctx: Context, pack: RulePack) -> list[Finding]:
    out: list[Finding] = []
    cat = ctx.catalogue
    # the posts of a rumah sakit have the eselon of its jenis and kelas (checks.hospital)
    in_hospital = hospital.within(ctx) if pack.hospital else {}
    hospital_posts = hospital.posts_checked(pack, ctx.rule_level)
    # Few distinct (kind, type, parent, OPD) combinations: look each up once.
    expected_by_key: dict[tuple[str | None, ...], tuple[list[str], list[EselonRule]]] = {}
    units, line, opd_of = ctx.units, ctx.line, ctx.opd_of
    rank = _RANK
    director_exempt = bool(in_hospital)
    for uid, unit in units.items():
        own = rank.get(unit.eselon)  # type: ignore[arg-type]
        if own is None or uid not in line:
            continue
        parent = units.get(unit.parent_id)  # type: ignore[arg-type]  # (None for a root)
        if (
            parent is not None
            # a rumah sakit's director may hold the eselon of the kepala dinas above it:
            # "direktur rumah sakit umum Daerah kabupaten/kota kelas A dan kelas B ...
            # eselon II.b" beside "kepala dinas" (Pasal 95 ayat (2)); checks.hospital
            # checks it against its class and jenis
            and not (director_exempt and unit.kind == hospital.HOSPITAL)
            and parent.id in line
            and own <= rank.get(parent.eselon, -1)  # type: ignore[arg-type]
        ):
            out.append(
                emit(pack, "grades.not_below_parent", [uid, parent.id], name=unit.name,
                     eselon=unit.eselon, parent=parent.name, parent_eselon=parent.eselon)
            )  # fmt: skip
        if uid in in_hospital and unit.kind in hospital_posts:
            continue
        opd = opd_of.get(uid)
        key = (
            unit.kind,
            unit.unit_type,
            parent.kind if parent else None,
            parent.unit_type if parent else None,
            units[opd].kind if opd is not None else None,
        )
        found = expected_by_key.get(key)  # (one look-up of the key a unit: 10,000 of them)
        if found is None:
            rules = cat.head_eselon(
                unit.kind, ctx.level, unit_type=key[1], parent_kind=key[2],
                parent_type=key[3], opd_kind=key[4],
            )  # fmt: skip
            top = len(rules[0].when) if rules else 0
            best = [r for r in rules if len(r.when) == top]
            found = expected_by_key[key] = (
                sorted({r.eselon for r in best}, key=ESELON.index),
                best,
            )
        expected, best = found
        if expected and unit.eselon not in expected:
            out.append(
                emit(pack, "grades.eselon_mismatch", [uid], name=unit.name,
                     kind=kind_text(ctx, unit.kind), level=level_text(ctx),
                     expected="/".join(expected), eselon=unit.eselon,
                     eselon_basis=best[0].source, cite=_cite(pack, ctx.rule_level, expected),
                     confirmed=all(r.confirmed != "U" for r in best))
            )  # fmt: skip
    return out


def _cite(pack: RulePack, level: str, expected: list[str]) -> tuple[Citation, ...] | None:
    """The ayat of Pasal 94 (provinsi) or 95 (kab/kota) that gives the expected eselon:
    each ayat of those pasal lists the posts of one eselon ("Kepala bidang pada dinas
    dan badan ... merupakan jabatan struktural eselon IIIb", Pasal 95 ayat (4))."""
    if level not in pack.grades:
        return None
    cite, ayat_of = pack.grades[level]
    ayat = tuple(dict.fromkeys(ayat_of[e] for e in expected if e in ayat_of))
    return (replace(cite, ayat=ayat),) if ayat else None

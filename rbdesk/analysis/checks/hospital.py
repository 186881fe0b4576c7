"""Rumah sakit Daerah: the caps of its sub-units and the eselon of its posts, which
depend on its jenis and kelas (PP 18/2016 as amended by PP 72/2019).

"Jenis dan klasifikasi rumah sakit Daerah kabupaten/kota ... menentukan besaran
organisasi rumah sakit Daerah kabupaten/kota" (Pasal 44E ayat (5); a provinsi Pasal
21F ayat (5)). A rumah sakit is *umum* (kelas A to D) or *khusus* (kelas A or B, Pasal
44E ayat (3) and (4)): its kelas is the unit's ``unit_type``, its jenis
``hospital_kind``. A kelas C or D hospital is umum whatever is recorded as its jenis,
since only an umum hospital has those classes.

* Sub-units (``caps.sub_units``, citing the ayat of Pasal 65A-65B for a provinsi,
  84A-84B for a kab/kota): a kelas A umum hospital "terdiri atas paling banyak 4
  (empat) wakil direktur", each over "paling banyak 3 (tiga) bidang" (the one for
  administration "paling banyak 4 (empat) bagian"), a kelas C one "1 (satu) bagian dan
  paling banyak 3 (tiga) bidang" and no wakil direktur, and so on
  (``limits.hospital.caps``). The ordinary caps of a dinas's bidang do not apply inside
  a hospital (``caps`` leaves its units to this check).
* Eselon (``grades.rs_class``, citing the ayat of Pasal 94 or 95): "kepala bagian dan
  kepala bidang pada rumah sakit umum Daerah kabupaten/kota kelas A, kelas B, dan kelas
  C, dan rumah sakit khusus Daerah kabupaten/kota kelas A dan kelas B merupakan jabatan
  eselon III.b" (Pasal 95 ayat (4)), not the III.a of a Setda's kepala bagian; the
  director and the deputy directors by class and jenis (``limits.hospital.grades``).
  ``grades.eselon_mismatch`` leaves these posts to this check.

Without the kelas or jenis the posts and caps are not guessed: one information finding
per hospital (``grades.rs_class_unknown``) says what is missing; only an eselon that no
possible class and jenis allows (a kepala bidang at IV.a) is reported all the same.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from rbdesk.analysis.checks.base import emit, functional_route, kind_text, kinds_text
from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Finding
from rbdesk.domain.model import ESELON, UNIT_TYPES, Unit
from rbdesk.rules.citation import Citation
from rbdesk.rules.pack import RulePack

#: The kind of a rumah sakit Daerah.
HOSPITAL = "rumah_sakit"
#: ``ctx.memo`` key of :func:`within`.
_MEMO = "hospital.within"

#: The post a unit's head holds, by the unit's kind, as Pasal 94 and 95 name it.
POSTS: dict[str, dict[str, str]] = {
    "rumah_sakit": {"id": "direktur", "en": "director"},
    "wakil_direktur": {"id": "wakil direktur", "en": "deputy director"},
    "bagian": {"id": "kepala bagian", "en": "head of bagian"},
    "bidang": {"id": "kepala bidang", "en": "head of bidang"},
    "subbagian": {"id": "kepala subbagian", "en": "head of subbagian"},
    "seksi": {"id": "kepala seksi", "en": "head of seksi"},
}
_JENIS = {"umum": {"id": "umum", "en": "general"}, "khusus": {"id": "khusus", "en": "special"}}

Profile = tuple[str, str]  # (jenis, kelas)


def within(ctx: Context) -> dict[int, int]:
    """Each unit inside a rumah sakit (the rumah sakit included) and the id of its
    rumah sakit; computed once per run."""
    found: dict[int, int] | None = ctx.memo.get(_MEMO)
    if found is not None:
        return found
    found = {}
    for uid in ctx.by_kind.get(HOSPITAL, ()):
        stack = [uid]
        while stack:
            current = stack.pop()
            if current in found:
                continue
            found[current] = uid
            stack.extend(ctx.children.get(current, ()))
    ctx.memo[_MEMO] = found
    return found


def profiles(pack: RulePack, unit: Unit) -> list[Profile]:
    """The jenis and kelas the rumah sakit ``unit`` may be, from what is recorded: one
    when both are known (or the kelas implies the jenis), several when not, none when
    the kelas recorded is not one of the jenis recorded (a khusus hospital of kelas C)."""
    classes: dict[str, list[str]] = pack.hospital.get("classes", {})
    kelas = unit.unit_type if unit.unit_type in UNIT_TYPES else None
    jenis = unit.hospital_kind if unit.hospital_kind in classes else None
    return [
        (j, k)
        for j, listed in classes.items()
        for k in listed
        if (jenis is None or j == jenis) and (kelas is None or k == kelas)
    ]


def posts_checked(pack: RulePack, level: str) -> frozenset[str]:
    """The kinds whose head's eselon this check gives at ``level`` (inside a hospital)."""
    return frozenset(r["post"] for r in pack.hospital.get("grades", ()) if r["level"] == level)


def _merged(cites: list[Citation]) -> tuple[Citation, ...]:
    """The citations with the ayat of one pasal at one level merged."""
    out: dict[tuple[str, str, str | None], Citation] = {}
    for cite in cites:
        key = (cite.regulation, cite.pasal or "", cite.level)
        if key in out:
            old = out[key]
            ayat = tuple(sorted(set(old.ayat) | set(cite.ayat), key=lambda a: int(a)))
            out[key] = replace(old, ayat=ayat)
        else:
            out[key] = cite
    return tuple(out.values())


def _class_text(profile: Profile | None) -> dict[str, str]:
    if profile is None:
        return {"id": "kelas dan jenisnya tidak tercatat", "en": "class and kind not recorded"}
    jenis, kelas = profile
    return {
        "id": f"rumah sakit {_JENIS[jenis]['id']} kelas {kelas}",
        "en": f"{_JENIS[jenis]['en']} hospital, class {kelas}",
    }


def _missing(pack: RulePack, unit: Unit) -> dict[str, str]:
    classes: dict[str, list[str]] = pack.hospital.get("classes", {})
    kelas = unit.unit_type if unit.unit_type in UNIT_TYPES else None
    jenis = unit.hospital_kind if unit.hospital_kind in classes else None
    if kelas is not None and jenis is not None:  # a kelas the jenis does not have
        allowed = " atau ".join(classes[jenis])
        return {
            "id": f"kelas yang ada bagi rumah sakit {_JENIS[jenis]['id']} ({allowed}; tercatat "
                  f"{kelas})",
            "en": f"class a {_JENIS[jenis]['en']} hospital has ({' or '.join(classes[jenis])}; "
                  f"recorded {kelas}) is",
        }  # fmt: skip
    if kelas is None and jenis is None:
        return {"id": "kelas dan jenis rumah sakit", "en": "class and kind are"}
    if kelas is None:
        return {"id": "kelas rumah sakit", "en": "class is"}
    return {"id": "jenis rumah sakit (umum atau khusus)", "en": "kind (general or special) is"}


def check(ctx: Context, pack: RulePack) -> list[Finding]:
    hospital = pack.hospital
    if not hospital:
        return []
    inside = within(ctx)
    if not inside:
        return []
    level = ctx.rule_level
    out: list[Finding] = []
    known: dict[int, Profile | None] = {}
    options: dict[int, list[Profile]] = {}
    for uid in sorted(set(inside.values())):
        found = profiles(pack, ctx.units[uid])
        options[uid] = found
        known[uid] = found[0] if len(found) == 1 else None
        if known[uid] is None:
            out.append(emit(pack, "grades.rs_class_unknown", [uid], name=ctx.name(uid),
                            missing=_missing(pack, ctx.units[uid])))  # fmt: skip
    caps: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for row in hospital["caps"]:
        caps.setdefault((row["kind"], row["class"], row["parent"]), []).append(row)
    grades: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in hospital["grades"]:
        if row["level"] == level:
            grades.setdefault((row["post"], row["kind"]), []).append(row)
    for uid, rs in inside.items():
        unit = ctx.units[uid]
        profile = known[rs]
        if profile is not None:
            rows = caps.get((*profile, unit.kind), [])
            out.extend(_caps(ctx, pack, uid, rs, rows, profile[0]))
        if unit.eselon in ESELON and ctx.is_line(uid) and unit.kind in POSTS:
            out.extend(_grade(ctx, pack, uid, rs, options[rs], profile, grades))
    return out


def _caps(ctx: Context, pack: RulePack, uid: int, rs: int, rows: list[dict[str, Any]],
          jenis: str) -> list[Finding]:  # fmt: skip
    """Pasal 65A-65B, 84A-84B: the sub-units of ``uid`` against the rows of its
    hospital's jenis and kelas."""
    if not rows:
        return []
    kids = ctx.children.get(uid, [])
    counts = Counter(ctx.units[c].kind for c in kids)
    unit = ctx.units[uid]
    out = []
    for row in rows:
        children = frozenset(row["children"])
        count = sum(counts[k] for k in children)
        if count <= row["max"]:
            continue
        involved = [c for c in kids if ctx.units[c].kind in children]
        if row["max"] == 0 and uid == rs and "wakil_direktur" not in children:
            # kelas A and B (umum), A (khusus): the bagian and bidang are the wakil
            # direktur's (Pasal 65A/84A ayat (2), (3), (7); 65B/84B ayat (2))
            out.append(
                emit(pack, "caps.rs_deputy", [uid, *involved], name=unit.name,
                     kind=kind_text(ctx, unit.kind), jenis=_JENIS[jenis],
                     type=ctx.units[rs].unit_type or "-", count=count,
                     children=kinds_text(ctx, children), cite=row["basis"])
            )  # fmt: skip
            continue
        jf = {"id": ", atau alihkan tugasnya ke kelompok jabatan fungsional",
              "en": ", or move their work to a functional group"}  # fmt: skip
        out.append(
            emit(pack, "caps.sub_units", [uid, *involved], name=unit.name,
                 kind=kind_text(ctx, unit.kind), type=ctx.units[rs].unit_type or "-",
                 count=count, children=kinds_text(ctx, children), max=row["max"], extra="",
                 over=count - row["max"], cite=row["basis"],
                 jf=jf if functional_route(ctx, pack, involved) else "")
        )  # fmt: skip
    return out


def _grade(ctx: Context, pack: RulePack, uid: int, rs: int, options: list[Profile],
           profile: Profile | None,
           grades: dict[tuple[str, str], list[dict[str, Any]]]) -> list[Finding]:  # fmt: skip
    """Pasal 94 and 95: the eselon of the post ``uid``'s head holds, for the hospital's
    jenis and kelas; when they are not known, only an eselon no possible one allows."""
    unit = ctx.units[uid]
    rows = [
        row
        for jenis, kelas in ([profile] if profile is not None else options)
        for row in grades.get((unit.kind, jenis), ())
        if kelas in row["classes"]
    ]
    expected = sorted({row["eselon"] for row in rows}, key=ESELON.index)
    if not expected or unit.eselon in expected:
        return []
    cites = _merged([c for row in rows for c in row["basis"].cites])
    return [
        emit(pack, "grades.rs_class", [uid], name=unit.name, post=POSTS[unit.kind],
             hospital=ctx.units[rs].name, class_text=_class_text(profile),
             expected="/".join(expected), eselon=unit.eselon, cite=cites)
    ]  # fmt: skip

"""How the urusan are divided among the OPDs, as PP 18/2016 and UU 23/2014 have it.

* ``overlap.kind_function``: a *badan* holding a concurrent urusan, or a *dinas*
  holding a support function. "Masing-masing Urusan Pemerintahan ... diwadahi dalam
  bentuk dinas" (Pasal 37 ayat (6); provinsi Pasal 15 ayat (6)); a badan "merupakan
  unsur penunjang Urusan Pemerintahan" for perencanaan, keuangan, kepegawaian serta
  pendidikan dan pelatihan, penelitian dan pengembangan and other support functions
  (Pasal 46 ayat (1) dan ayat (5); provinsi Pasal 24). Not an error: the BPBD holding
  the bencana part of 1.05 ("Ketentuan mengenai Perangkat Daerah yang menyelenggarakan
  sub urusan bencana diatur sesuai dengan peraturan perundang-undangan mengenai
  penanggulangan bencana", Pasal 117 ayat (1)), and the Kesbangpol, whose 8.01 is no
  concurrent urusan (Pasal 122). The parts of 1.05 a dinas must run (ketenteraman dan
  ketertiban umum, kebakaran: Pasal 37 ayat (7), Pasal 38) are an error in a badan.
* ``overlap.split_score``: 1.03, 3.27 or 5.02 held by two OPDs. "Dalam hal perhitungan
  nilai variabel ... memperoleh nilai 951 (sembilan ratus lima puluh satu) sampai
  dengan 975 (sembilan ratus tujuh puluh lima) Urusan Pemerintahan tersebut dapat
  diwadahi dalam 2 (dua) dinas/badan tipe B, dan dalam hal memperoleh nilai di atas 975
  ... dalam 2 (dua) dinas/badan tipe A" (Pasal 90 ayat (1); provinsi Pasal 73). The
  score is the highest recorded on the two, after the geographic factor (Pasal 107
  ayat (1)). Without a score the finding is a warning saying when the split is lawful;
  with one it decides. (That the 2 more bidang of Pasal 89 then lapse, ayat (2), is
  the caps check's business.)
* 1.05 is split by sub-urusan, not by a count of holders (Pasal 37 ayat (7): "a. dinas
  ... yang menyelenggarakan sub urusan ketenteraman dan ketertiban umum; dan b. dinas
  ... yang menyelenggarakan sub urusan kebakaran"; Pasal 117: bencana). A part run by
  two OPDs is ``overlap.urusan_shared`` on the sub-urusan; holders of 1.05 whose part
  cannot be told (no sub-urusan, no telling name) are ``overlap.split_part_unknown``;
  a whole plan in which no OPD runs kebakaran is ``overlap.kebakaran_missing``.
* ``caps.own_rules``: one information finding naming the OPDs organised under rules
  of their own (``rbdesk.analysis.holders``), which the caps and typology checks leave
  alone.
* ``authority.urusan_level``: a unit holding whole an urusan of which its level holds
  only a sliver: UU 23/2014 Pasal 14 ayat (1), "Penyelenggaraan Urusan Pemerintahan
  bidang kehutanan, kelautan, serta energi dan sumber daya mineral dibagi antara
  Pemerintah Pusat dan Daerah provinsi", leaving a kab/kota only the TAHURA
  kabupaten/kota (ayat (2)) and the direct use of geothermal heat (ayat (4)); Lampiran
  I huruf BB and CC. Later laws moved authority again; the finding says so.
"""

from __future__ import annotations

from typing import Any

from rbdesk.analysis.checks.base import code_name, emit, kind_text, level_text, names
from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import LANGUAGES, Finding, Severity
from rbdesk.analysis.holders import Holding, holding
from rbdesk.analysis.opd_types import urusan_score
from rbdesk.domain.model import UrusanRole
from rbdesk.rules.citation import Citation
from rbdesk.rules.pack import RulePack

LangText = dict[str, str]


def check(ctx: Context, pack: RulePack) -> list[Finding]:
    if "score_splits" not in pack.overlap:  # an older pack
        return _urusan_level(ctx, pack)
    hold = holding(ctx, pack)
    out = _kind_function(ctx, pack, hold)
    out += _score_splits(ctx, pack, hold)
    out += _parts(ctx, pack, hold)
    out += _own_rules(ctx, pack, hold)
    out += _urusan_level(ctx, pack)
    return out


def _main_codes(ctx: Context, uid: int) -> list[str]:
    return sorted(
        {a.code for a in ctx.assignments.get(uid, ()) if a.role is UrusanRole.MAIN}
        & ctx.catalogue.urusan.keys()
    )


def _code_list(ctx: Context, codes: list[str]) -> LangText:
    named = [(c, code_name(ctx, c)) for c in codes]
    return {lang: ", ".join(f"{c} {n[lang]}" for c, n in named) for lang in LANGUAGES}


def _kind_function(ctx: Context, pack: RulePack, hold: Holding) -> list[Finding]:
    cat = ctx.catalogue
    parts = pack.overlap["parts"]
    split_code: str = parts["urusan"]
    dinas_parts = set(parts.get("dinas_parts", []))
    rule_cites = pack.rule("overlap.kind_function").basis.cites
    holders = sorted({uid for found in hold.main.values() for uid in found})
    out: list[Finding] = []
    for uid in holders:
        unit = ctx.units[uid]
        if unit.kind not in ("dinas", "badan"):
            continue
        main = _main_codes(ctx, uid)
        cites: tuple[Citation, ...] = rule_cites
        if unit.kind == "badan":
            wrong = [c for c in main if cat.urusan[c].concurrent and c != split_code]
            # the parts of 1.05 it runs that only a dinas may run (Pasal 37 ayat (7))
            own_parts = hold.parts.get(uid, frozenset())
            bad = sorted(hold.part_codes[p] for p in own_parts & dinas_parts)
            if split_code in main and not own_parts:
                wrong.append(split_code)  # which part, nothing says: not the BPBD's
            wrong += bad
            if bad:
                cites = rule_cites + tuple(parts["cite"])
            target = "dinas"
        else:
            wrong = [c for c in main if cat.urusan[c].urusan_class == "penunjang"]
            target = "badan"
        if not wrong:
            continue
        out.append(
            emit(pack, "overlap.kind_function", [uid], wrong, cite=cites,
                 name=unit.name, kind=kind_text(ctx, unit.kind),
                 code_list=_code_list(ctx, sorted(wrong)), target=kind_text(ctx, target))
        )  # fmt: skip
    return out


def _score_text(score: float | None) -> LangText:
    if score is None:
        return {"id": "skor urusannya belum dicatat", "en": "no score is recorded"}
    shown = f"{score:.1f}".removesuffix(".0")
    return {
        "id": f"skor urusan {shown.replace('.', ',')} (setelah faktor kesulitan geografis)",
        "en": f"the urusan scores {shown} (after the geographic factor)",
    }


def _score_splits(ctx: Context, pack: RulePack, hold: Holding) -> list[Finding]:
    splits: dict[str, Any] = pack.overlap["score_splits"]
    level = ctx.rule_level
    exempt = set(pack.typology.get("geo_exempt_urusan", {}).get(level, []))
    out: list[Finding] = []
    for code in splits["urusan"]:
        holders = hold.main.get(code, [])
        if len(holders) != 2:  # one is the rule; three or more: overlap.urusan_shared
            continue
        units = [ctx.units[h] for h in holders]
        recorded = [u.workload_score for u in units if u.workload_score is not None]
        types = [u.unit_type for u in units]
        score = None
        severity = Severity.WARNING
        mapped = urusan_score(ctx, code)  # the pemetaan's score where the plan has values
        if mapped is not None or recorded:
            score = (
                mapped
                if mapped is not None
                else max(recorded) * (1.0 if code in exempt else ctx.region.geo_factor)
            )
            need = _band(splits["bands"], score)
            if need is not None and all(t == need for t in types):
                continue  # lawful: Pasal 90 ayat (1)
            wrong_type = any(t is not None and t != need for t in types)
            severity = Severity.ERROR if need is None or wrong_type else Severity.WARNING
        out.append(
            emit(pack, "overlap.split_score", holders, [code], severity=severity,
                 code=code, code_name=code_name(ctx, code), names=names(ctx, holders),
                 types=_types_text(types), score=_score_text(score),
                 extra_pasal=splits["extra_pasal"][level])
        )  # fmt: skip
    return out


def _types_text(types: list[str | None]) -> dict[str, str]:
    """ "tipe B/C", "tipe B/belum ditetapkan", or "tipe belum ditetapkan" when none is."""
    if all(t is None for t in types):
        return {"id": "tipe belum ditetapkan", "en": "no types set"}
    return {
        "id": "tipe " + "/".join(t or "belum ditetapkan" for t in types),
        "en": "types " + "/".join(t or "not set" for t in types),
    }


def _band(bands: list[dict[str, Any]], score: float) -> str | None:
    """The type both OPDs of a split must have at ``score``, or ``None`` when the score
    allows no split."""
    for band in bands:
        if "above" in band and score > band["above"]:
            return str(band["type"])
        if "min" in band and band["min"] <= score <= band.get("max", score):
            return str(band["type"])
    return None


def _parts(ctx: Context, pack: RulePack, hold: Holding) -> list[Finding]:
    parts = pack.overlap["parts"]
    code: str = parts["urusan"]
    holder_kinds = set(pack.overlap["holder_kinds"])
    holders = hold.main.get(code, [])
    out: list[Finding] = []
    unknown = [uid for uid in holders if not hold.parts.get(uid)]
    if len(holders) > 1 and unknown:
        out.append(
            emit(pack, "overlap.split_part_unknown", unknown, [code], code=code,
                 code_name=code_name(ctx, code), names=names(ctx, unknown),
                 part_codes=", ".join(hold.part_codes.values()))
        )  # fmt: skip
    runners = [o for o in sorted(hold.parts) if ctx.units[o].kind in holder_kinds]
    for part, sub in hold.part_codes.items():
        who = [o for o in runners if part in hold.parts[o]]
        if len(who) > 1:
            out.append(
                emit(pack, "overlap.urusan_shared", who, [sub], code=sub,
                     code_name=code_name(ctx, sub), count=len(who), names=names(ctx, who))
            )  # fmt: skip
    fire = hold.part_codes.get("kebakaran")
    held_at_all = bool(holders) or bool(hold.parts)
    if fire and held_at_all and not hold.kebakaran_seen and not ctx.region.partial:
        # an OPD holding the whole of the urusan may run kebakaran beside tramtib (one
        # rumpun, Pasal 18 and 40 ayat (4) huruf c), which the plan does not say: named
        # (not the BPBD: bencana stands outside that rumpun, Pasal 117)
        whole: str | dict[str, str] = ""
        may_run = [h for h in holders if "bencana" not in hold.parts.get(h, ())]
        if may_run:
            pasal = pack.overlap.get("merge_pasal", {}).get(ctx.rule_level, "40")
            said = names(ctx, may_run)
            verb = "holds" if len(may_run) == 1 else "hold"
            whole = {
                "id": f" {said['id']} memegang urusan {code} secara utuh; bila kebakaran "
                f"diselenggarakan di sana (Pasal {pasal} ayat (4) huruf c), catat sub-urusan "
                f"{fire} pada unitnya.",
                "en": f" {said['en']} {verb} urusan {code} as a whole; if the fire service is "
                f"run there (Article {pasal}(4)(c)), record sub-urusan {fire} on its unit.",
            }
        out.append(emit(pack, "overlap.kebakaran_missing", may_run, [fire], code=fire,
                        whole=whole))  # fmt: skip
    return out


def _own_rules(ctx: Context, pack: RulePack, hold: Holding) -> list[Finding]:
    if not hold.own_rules:
        return []
    present = set(hold.own_rules.values())
    entries = [e for e in pack.overlap.get("own_rules", []) if e["id"] in present]
    which = {
        lang: "; ".join(f"{e['name'][lang]}: {e['rules'][lang]}" for e in entries)
        for lang in LANGUAGES
    }
    cites = tuple(c for e in entries for c in e["cite"])
    units = sorted(hold.own_rules)
    return [emit(pack, "caps.own_rules", units, cite=cites, names=names(ctx, units),
                 which=which)]  # fmt: skip


def _urusan_level(ctx: Context, pack: RulePack) -> list[Finding]:
    narrow = {
        row["urusan"]: row
        for row in pack.authority.get("narrow_urusan", {}).get(ctx.rule_level, [])
    }
    if not narrow:
        return []
    out: list[Finding] = []
    subs = ctx.catalogue.sub_urusan
    for uid, assignments in ctx.assignments.items():
        if uid not in ctx.units:
            continue
        for a in assignments:
            row = narrow.get(a.code)
            if row is None or a.role is not UrusanRole.MAIN:
                continue
            left = [s for s in subs.values()
                    if s.urusan_code == a.code and s.authority(ctx.level) == "yes"]  # fmt: skip
            summary = [
                f"{s.name} ({s.code}): "
                + (
                    s.provinsi_summary if ctx.rule_level == "provinsi" else s.kabkota_summary
                ).rstrip(" .")  # the sentence goes on after it
                for s in left
            ]
            remains = {
                "id": "; ".join(summary) or "tidak satu pun sub-urusannya",
                "en": "; ".join(summary) or "none of its sub-urusan",
            }
            later = row.get("later")  # a later law on this urusan (not in law/)
            said = (
                {"id": f" (mis. {later['id']})", "en": f" (for instance {later['en']})"}
                if later
                else ""
            )
            out.append(
                emit(pack, "authority.urusan_level", [uid], [a.code],
                     name=ctx.path_names(uid), code=a.code,
                     code_name=code_name(ctx, a.code), level=level_text(ctx),
                     remains=remains, later=said, cite=row["basis"])
            )  # fmt: skip
    return out

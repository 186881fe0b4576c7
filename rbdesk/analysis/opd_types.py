"""The type each OPD's urusan call for, from the pemetaan urusan.

Where the plan holds indicator values (``rbdesk.domain.pemetaan``), the scores of
``rbdesk.analysis.pemetaan.evaluate`` decide; a unit whose urusan have no complete
score keeps its recorded ``workload_score`` as before (:func:`unit_score`).

What PP 18/2016 says, and how it is read here (kabupaten/kota pasal; the provinsi ones
are their twins):

* Pasal 53 ayat (2): "dinas dan badan tipe A apabila hasil perhitungan nilai variabel
  lebih dari 800 ...; b. ... tipe B ... lebih dari 600 ... sampai dengan 800; c. ...
  tipe C ... lebih dari 400 ... sampai dengan 600". Ayat (1): the Sekretariat Daerah,
  Sekretariat DPRD, Inspektorat and the perencanaan and keuangan functions are tipe C
  at "kurang dari atau sama dengan 600": they have a type whatever the score.
* Ayat (3): "Urusan Pemerintahan Wajib yang berkaitan dengan pelayanan dasar tidak
  memenuhi perhitungan nilai variabel untuk menjadi dinas ... tetap dibentuk sebagai
  dinas tipe C"; likewise penanaman modal below 401 (Pasal 39 ayat (5)).
* The unit's type comes from its strongest main urusan (the *dinas utama* of Pasal 40
  ayat (7)); the others are merged into it as bidang.
* Pasal 40 ayat (6): a merged dinas "dapat dinaikkan 1 (satu) tingkat lebih tinggi ...
  apabila mendapatkan tambahan bidang baru dari Urusan Pemerintahan yang digabungkan":
  one level above is lawful (:attr:`OpdType.highest`), not called for.
* Pasal 40 ayat (8): urusan of one rumpun none of which makes a dinas "dapat digabung
  menjadi 1 (satu) dinas tipe C sepanjang paling sedikit memperoleh 2 (dua) bidang":
  two main urusan of form bidang make a tipe C.
* Pasal 54 ayat (2): a "tipe C dengan hasil perhitungan nilai variabel 400 ... sampai
  dengan 500 ... sebelum dikalikan dengan faktor kesulitan geografis, dapat digabung
  dengan dinas atau badan tipe C menjadi 1 (satu) dinas atau badan tipe B, atau ...
  dengan ... tipe B menjadi ... tipe A": such a merged dinas may be one level higher
  (:attr:`OpdType.highest`; ayat (3) wants one rumpun, which ``overlap`` checks).
* Pasal 54 ayat (1): "tipe Perangkat Daerah dapat diturunkan dari hasil pemetaan":
  a lower declared type is lawful; the checks say so as information.

The kecamatan table types each kecamatan from its own values, which a plan's single set
of values cannot hold: kecamatan are not typed here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from rbdesk.analysis.context import Context
from rbdesk.analysis.holders import Holding, holding
from rbdesk.analysis.pemetaan import NO_FLOOR
from rbdesk.domain.model import UNIT_TYPES, UrusanRole
from rbdesk.rules.catalogue import Catalogue
from rbdesk.rules.pack import RulePack, load_pack

if TYPE_CHECKING:
    from rbdesk.analysis.pemetaan import Pemetaan, UrusanScore

#: The Lampiran table of an OPD typed by its own table rather than by urusan.
KIND_KODE = {"sekretariat_daerah": "4.01", "sekretariat_dprd": "4.02", "inspektorat": "6.01"}
#: Kinds whose lowest type has no floor (Pasal 53 ayat (1) huruf c).
CORE_KINDS = frozenset(KIND_KODE)
#: Functions typed like the core (Pasal 53 ayat (1): "fungsi penunjang ... bidang
#: perencanaan dan keuangan"): the tables of ``pemetaan.NO_FLOOR`` but the core's own.
CORE_CODES = NO_FLOOR - frozenset(KIND_KODE.values())
#: Urusan always a dinas of at least tipe C (Pasal 17 ayat (5), 39 ayat (5)).
FORCED_C_CODES = frozenset({"2.18"})
BASIC_SERVICE = "wajib_pelayanan_dasar"
TYPED_KINDS = frozenset({"dinas", "badan"}) | CORE_KINDS
MERGE_LOW, MERGE_HIGH = Decimal(400), Decimal(500)


@dataclass(frozen=True)
class OpdType:
    """What the scores call for, for one OPD."""

    unit_id: int
    #: the type declared in the plan (``unit_type``), ``None`` when none
    declared: str | None
    #: the type the scores call for: ``A``, ``B``, ``C``, or ``None`` (no OPD of its own:
    #: a bidang or seksi in another, Pasal 53 ayat (5))
    computed: str | None
    #: the highest type that is still lawful (Pasal 40 ayat (6), 54 ayat (2))
    highest: str | None
    #: the form of the deciding urusan (``A``/``B``/``C``/``bidang``/``seksi``)
    form: str | None
    #: the deciding score, after the geographic factor where it applies
    score: Decimal
    #: the urusan or function whose score decides
    kode: str
    #: every scored code of the unit, strongest first
    codes: tuple[str, ...]
    #: what made the type: ``53.1``, ``53.2``, ``53.3``, ``39.5``, ``40.8``
    reason: str


def opd_types(ctx: Context, pack: RulePack | None = None) -> dict[int, OpdType]:
    """What the scores call for, for every OPD of the scenario that has a score, but for
    the OPDs organised under rules of their own (Satpol PP, BPBD, Kesbangpol: the pack's
    ``own_rules``; PP 18/2016 Pasal 117 and 122 leave them to their own law), which the
    Lampiran's urusan tables do not type. ``pack``: the run's (default: the shipped)."""
    if ctx.pemetaan is None:
        return {}
    held = ctx.memo.get("holding")
    if not isinstance(held, Holding):
        held = holding(ctx, pack if pack is not None else load_pack())
    out: dict[int, OpdType] = {}
    for uid in ctx.opd_units():
        if uid in held.own_rules:
            continue
        unit = ctx.units[uid]
        found = opd_type(uid, unit.kind, unit.unit_type, main_codes(ctx, uid), ctx.pemetaan,
                         ctx.catalogue)  # fmt: skip
        if found is not None:
            out[uid] = found
    return out


def _up(unit_type: str | None) -> str | None:
    if unit_type is None:
        return None
    index = UNIT_TYPES.index(unit_type)
    return UNIT_TYPES[max(index - 1, 0)]


def type_of_score(score: Decimal, core: bool) -> str | None:
    """Pasal 53 ayat (1) (``core``) and (2): the type of a score after the factor."""
    if score > 800:
        return "A"
    if score > 600:
        return "B"
    if core or score > 400:
        return "C"
    return None


def complete(score: UrusanScore | None) -> bool:
    """A score that decides: every value present, a form found."""
    return score is not None and score.bentuk is not None and score.skor is not None


def scored_codes(kind: str, codes: Iterable[str], pemetaan: Pemetaan) -> list[UrusanScore]:
    """The scores of a unit's main codes (and of its own table, for the Setda, Setwan
    and Inspektorat), strongest first; none unless every one of them that the Lampiran
    has a table for is complete."""
    wanted = list(codes)
    if kind in KIND_KODE and KIND_KODE[kind] not in wanted:
        wanted.append(KIND_KODE[kind])
    tabled = [s for c in wanted if (s := pemetaan.score(c)) is not None]
    if not all(complete(s) for s in tabled):
        return []  # a part of its urusan unscored: the strongest may be the one missing
    return sorted(tabled, key=lambda s: (-(s.skor or 0), s.kode))


def opd_type(
    unit_id: int,
    kind: str,
    declared: str | None,
    codes_held: Iterable[str],
    pemetaan: Pemetaan,
    catalogue: Catalogue,
) -> OpdType | None:
    """What the scores call for, for one unit of ``kind`` holding the main urusan
    ``codes_held`` (``None``: not an OPD typed by urusan, or none of its codes has a
    complete score)."""
    if kind not in TYPED_KINDS:
        return None
    scores = scored_codes(kind, codes_held, pemetaan)
    if not scores:
        return None
    best = scores[0]
    assert best.skor is not None
    codes = {s.kode for s in scores}
    core = kind in CORE_KINDS or (kind == "badan" and bool(codes & CORE_CODES))
    computed = type_of_score(best.skor, core)
    reason = "53.1" if core else "53.2"
    urusan = catalogue.urusan
    if computed is None and kind == "dinas":
        basic = any(c in urusan and urusan[c].urusan_class == BASIC_SERVICE for c in codes)
        if basic:
            computed, reason = "C", "53.3"
        elif codes & FORCED_C_CODES:
            computed, reason = "C", "39.5"
        elif sum(1 for s in scores if s.bentuk == "bidang") >= 2:
            computed, reason = "C", "40.8"
    highest = computed
    concurrent = [s for s in scores if s.kode in urusan and urusan[s.kode].concurrent]
    if computed is not None and kind == "dinas" and len(concurrent) >= 2:
        others = [s for s in concurrent if s is not best]
        # 40(6): a bidang gained from a merged urusan; 54(2): a tipe C of 400-500 before
        # the factor merged with a tipe C or B
        gains_bidang = any(s.bentuk == "bidang" for s in others)
        small_c = [s for s in concurrent if s.bentuk == "C" and s.jumlah is not None
                   and MERGE_LOW <= s.jumlah <= MERGE_HIGH]  # fmt: skip
        merge_54 = bool(small_c) and any(s is not small_c[0] and s.bentuk in ("C", "B")
                                         for s in concurrent)  # fmt: skip
        if gains_bidang or merge_54:
            highest = _up(computed)
    return OpdType(unit_id, declared, computed, highest, best.bentuk, best.skor, best.kode,
                   tuple(s.kode for s in scores), reason)  # fmt: skip


def main_codes(ctx: Context, uid: int) -> list[str]:
    """The codes of the main assignments of a unit."""
    return [a.code for a in ctx.assignments.get(uid, ()) if a.role is UrusanRole.MAIN]


def unit_score(ctx: Context, uid: int) -> tuple[float, bool] | None:
    """The score that types unit ``uid`` (after the geographic factor) and whether the
    factor was left out (Pasal 107 ayat (4)), from the plan's pemetaan: ``None`` when
    the plan has no complete score for any of its main urusan (the caller then uses the
    unit's ``workload_score``)."""
    pemetaan = ctx.pemetaan
    if pemetaan is None:
        return None
    scores = scored_codes(ctx.units[uid].kind, main_codes(ctx, uid), pemetaan)
    if not scores:
        return None
    best = scores[0]
    assert best.skor is not None
    return float(best.skor), best.exempt is not None


def urusan_score(ctx: Context, code: str) -> float | None:
    """The complete score of ``code`` after the factor, or ``None``."""
    pemetaan = ctx.pemetaan
    if pemetaan is None:
        return None
    score = pemetaan.score(code)
    if not complete(score):
        return None
    assert score is not None and score.skor is not None
    return float(score.skor)

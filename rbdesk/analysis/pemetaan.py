"""The pemetaan score of each urusan and function of a region (PP 18/2016 Lampiran V).

Lampiran V: "Langkah 1: Menghitung nilai masing-masing indikator dari variabel umum dan
variabel teknis dengan cara melakukan perkalian skala nilai yang sesuai dengan keadaan
sebenarnya dari Daerah dengan prosentase dari bobot indikator tersebut"; "Langkah 2:
Menghitung jumlah nilai dari seluruh indikator dari variabel umum dan variabel teknis";
"Langkah 3: Melakukan perkalian jumlah nilai … dengan faktor kesulitan geografis";
"Langkah 4: Penetapan intensitas Urusan Pemerintahan dan beban kerja Perangkat Daerah"
(≤ 300 seksi/subbidang, > 300 – 400 bidang, 401 – 600 tipe C, 601 – 800 tipe B,
> 800 tipe A).

So the score of an urusan is (variabel umum + its variabel teknis) × faktor. The urusan
tables (Lampiran I, II) share the variabel umum of their part (kode ``umum``); the
tables of the fungsi penunjang and the kecamatan table (Lampiran III, IV) share the
"FAKTOR UMUM" printed at the head of those parts (kode ``umum_fungsi``). Pasal 107
ayat (4): the factor "tidak berlaku bagi sekretariat DPRD, Urusan Pemerintahan Daerah
provinsi dan kabupaten/kota bidang kearsipan dan persandian, Urusan Pemerintahan Daerah
kabupaten/kota bidang kehutanan, serta bidang energi dan sumber daya mineral".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from rbdesk.rules.pemetaan import LampiranCatalogue, Table, level_of, load_lampiran

Values = Mapping[tuple[str, int], Decimal]  # (kode, no) -> the region's value

#: Pasal 107 ayat (4): tables whose score is not multiplied by the geographic factor.
EXEMPT: dict[str, frozenset[str]] = {
    "provinsi": frozenset({"4.02", "2.21", "2.24"}),
    "kabupaten": frozenset({"4.02", "2.21", "2.24", "3.28", "3.29"}),
}
EXEMPT_KEY = "pasal107_4"
UMUM = "umum"
UMUM_FUNGSI = "umum_fungsi"
KECAMATAN = "kecamatan"


@dataclass(frozen=True)
class IndicatorScore:
    """Langkah 1 for one indicator: its value, class and score (None without a value)."""

    no: int
    name: str
    unit: str
    value: Decimal | None
    letter: str | None
    scale: int | None
    score: Decimal | None


@dataclass(frozen=True)
class UrusanScore:
    """Langkah 2 to 4 for one urusan or function."""

    kode: str
    title: str
    umum: Decimal | None  # the variabel umum (20 %), over the values given
    teknis: Decimal | None  # the variabel teknis (80 %), over the values given
    jumlah: Decimal | None  # umum + teknis (Langkah 2)
    faktor: Decimal  # the factor applied (1 where Pasal 107 ayat (4) exempts)
    skor: Decimal | None  # jumlah × faktor (Langkah 3); None when a value is missing
    bentuk: str | None  # "A" | "B" | "C" | "bidang" | "seksi" (Langkah 4)
    missing: tuple[int, ...]  # indicator numbers of this table without a value
    indicators: tuple[IndicatorScore, ...]
    exempt: str | None  # EXEMPT_KEY when Pasal 107 ayat (4) exempts it from the factor
    umum_missing: tuple[int, ...] = ()  # numbers of the shared umum table without a value
    variant: str | None = None  # perhubungan: "kepulauan" | "daratan"


@dataclass(frozen=True)
class Pemetaan:
    """The scores of a region at one level."""

    level: str
    faktor: Decimal
    umum: tuple[IndicatorScore, ...]
    urusan: tuple[UrusanScore, ...]
    umum_fungsi: tuple[IndicatorScore, ...] = ()

    def score(self, kode: str) -> UrusanScore | None:
        """The score of ``kode`` (an urusan, function or ``kecamatan``)."""
        return next((u for u in self.urusan if u.kode == kode), None)


#: The tables typed by Pasal 53 ayat (1): the sekretariat Daerah (4.01), sekretariat DPRD
#: (4.02), inspektorat (6.01) and the support functions of perencanaan (5.01) and keuangan
#: (5.02), "tipe C apabila hasil perhitungan nilai variabel kurang dari atau sama dengan
#: 600" (huruf c): these always exist, never as a bidang or a seksi.
NO_FLOOR = frozenset({"4.01", "4.02", "6.01", "5.01", "5.02"})


def form_of(skor: Decimal, *, no_floor: bool = False) -> str:
    """Langkah 4: "a. Total skor kurang dari atau sama dengan 300 … setingkat
    seksi/subbidang; b. … lebih dari 300 sampai dengan 400 … setingkat bidang; c. … dari
    401 sampai dengan 600 … tipe C; d. … dari 601 sampai dengan 800 … tipe B; e. … lebih
    dari 800 … tipe A". A score between two printed whole numbers (400.5 after the factor)
    goes with the class above the lower number."""
    if skor > 800:
        return "A"
    if skor > 600:
        return "B"
    if skor > 400 or no_floor:  # no_floor: Pasal 53 ayat (1) huruf c (``NO_FLOOR``)
        return "C"
    return "bidang" if skor > 300 else "seksi"


def score_table(table: Table, values: Values) -> tuple[IndicatorScore, ...]:
    """Langkah 1 for every indicator of ``table``."""
    out = []
    for ind in table.indicators:
        value = values.get((table.kode, ind.no))
        cls = None if value is None else ind.classify(value)
        out.append(
            IndicatorScore(
                ind.no,
                ind.name,
                ind.unit,
                value,
                cls.letter if cls else None,
                cls.scale if cls else None,
                cls.score if cls else None,
            )  # fmt: skip
        )
    return tuple(out)


def _sum(scores: tuple[IndicatorScore, ...]) -> Decimal:
    return sum((s.score for s in scores if s.score is not None), Decimal(0))


def evaluate(
    level: str,
    values: Values,
    faktor: Decimal | None = None,
    catalogue: LampiranCatalogue | None = None,
    *,
    kepulauan: bool = False,
) -> Pemetaan:
    """Score every urusan and function of a region at ``level`` (``kota`` uses the
    kabupaten tables) from ``values``; ``faktor`` is the geographic factor (default 1);
    ``kepulauan``: the region is berciri kepulauan (its perhubungan table). The kecamatan
    table is scored only when a value for it is given."""
    lv = level_of(level)
    lampiran = catalogue or load_lampiran()
    factor = Decimal(1) if faktor is None else faktor
    shared: dict[str, tuple[IndicatorScore, ...]] = {}
    for kode in (UMUM, UMUM_FUNGSI):
        t = lampiran.table(lv, kode)
        shared[kode] = score_table(t, values) if t else ()
    variant = "kepulauan" if kepulauan else "daratan"
    has_variant = {t.kode for t in lampiran.tables_of(lv) if t.variant}
    urusan = []
    for table in lampiran.tables_of(lv):
        if table.part == "umum":
            continue
        if table.kode in has_variant and table.variant != variant:
            continue
        if table.part == "kecamatan" and not any(k[0] == table.kode for k in values):
            continue
        umum = shared[UMUM if table.part == "urusan" else UMUM_FUNGSI]
        inds = score_table(table, values)
        missing = tuple(s.no for s in inds if s.score is None)
        umum_missing = tuple(s.no for s in umum if s.score is None)
        exempt = EXEMPT_KEY if table.kode in EXEMPT[lv] else None
        f = Decimal(1) if exempt else factor
        umum_sum, teknis = _sum(umum), _sum(inds)
        jumlah = umum_sum + teknis
        skor = jumlah * f if not missing and not umum_missing else None
        urusan.append(
            UrusanScore(
                table.kode,
                table.title,
                umum_sum,
                teknis,
                jumlah,
                f,
                skor,
                None if skor is None else form_of(skor, no_floor=table.kode in NO_FLOOR),
                missing,
                inds,
                exempt,
                umum_missing,
                table.variant,
            )  # fmt: skip
        )
    return Pemetaan(lv, factor, shared[UMUM], tuple(urusan), shared[UMUM_FUNGSI])

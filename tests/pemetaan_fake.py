"""A stand-in for the Lampiran catalogue and its scoring while the real modules
(``rbdesk.rules.pemetaan``, ``rbdesk.analysis.pemetaan``, issue 13 item 1, another
developer's) are not in the tree: :func:`ensure_catalogue` installs it only when they
cannot be imported, so the tests of the storage, command line and window run against
the published interface either way. It holds the few kabupaten/kota tables the
hand-computed region of ``tests/cli/test_pemetaan_cli.py`` uses, transcribed from
PP 18/2016 Lampiran part II, and scores as Lampiran V Langkah 1 to 4 say.

TEMPORARY: delete once the real catalogue lands.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

D = Decimal


@dataclass(frozen=True)
class IndicatorClass:
    letter: str
    lower: Decimal | None
    upper: Decimal | None
    lower_inclusive: bool
    upper_inclusive: bool
    scale: int
    score: Decimal

    def contains(self, value: Decimal) -> bool:
        if self.lower is not None and (
            value < self.lower or (value == self.lower and not self.lower_inclusive)
        ):
            return False
        return (
            self.upper is None
            or value < self.upper
            or (value == self.upper and self.upper_inclusive)
        )


@dataclass(frozen=True)
class Indicator:
    no: int
    name: str
    unit: str
    weight: Decimal
    classes: tuple[IndicatorClass, ...]

    def classify(self, value: Decimal) -> IndicatorClass | None:
        return next((c for c in self.classes if c.contains(value)), None)


@dataclass(frozen=True)
class Table:
    level: str
    kode: str
    part: str
    title: str
    total_weight: Decimal
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True)
class LampiranCatalogue:
    version: str
    tables: tuple[Table, ...]

    def table(self, level: str, kode: str) -> Table | None:
        return next((t for t in self.tables if t.level == level and t.kode == kode), None)

    def tables_of(self, level: str) -> tuple[Table, ...]:
        return tuple(t for t in self.tables if t.level == level)


def _ind(no: int, name: str, unit: str, weight: int, bounds: list[int], desc: bool = False):
    """Five classes from four boundaries ``≤ b1, b1+1 – b2, ..., > b4`` (whole numbers as
    the Lampiran prints them); ``desc``: the scale runs backwards."""
    w = D(weight)
    scales = [1000, 800, 600, 400, 200] if desc else [200, 400, 600, 800, 1000]
    edges: list[tuple[Decimal | None, Decimal | None]] = [(None, D(bounds[0]))]
    edges += [(D(bounds[i]), D(bounds[i + 1])) for i in range(3)]
    edges.append((D(bounds[3]), None))
    classes = tuple(
        IndicatorClass("abcde"[i], lo, hi, False, True, s, D(s) * w / 100)
        for i, ((lo, hi), s) in enumerate(zip(edges, scales, strict=True))
    )
    if desc:  # printed from the highest value down: letter a is the densest
        classes = tuple(
            IndicatorClass("abcde"[4 - i], c.lower, c.upper, False, True, c.scale, c.score)
            for i, c in enumerate(classes)
        )
    return Indicator(no, name, unit, w, classes)


K = "kabupaten"
TABLES = (
    Table(K, "umum", "umum", "FAKTOR UMUM", D(20), (
        _ind(1, "Jumlah penduduk", "jiwa", 10, [100000, 200000, 500000, 1000000]),
        _ind(2, "Luas wilayah", "km2", 5, [150, 300, 450, 600]),
        _ind(3, "Jumlah APBD", "Rp", 5, [250 * 10**9, 500 * 10**9, 750 * 10**9, 10**12]),
    )),
    Table(K, "1.01", "urusan", "URUSAN PEMERINTAHAN BIDANG PENDIDIKAN", D(80), (
        _ind(1, "Jumlah satuan pendidikan anak usia dini dan pendidikan dasar yang "
                "diselenggarakan oleh masyarakat", "satuan", 20, [95, 191, 287, 383]),
        _ind(2, "Jumlah anak usia pendidikan dini dan pendidikan dasar", "jiwa", 45,
             [10000, 25001, 87002, 116003]),
        _ind(3, "Jumlah kurikulum muatan lokal pendidikan anak usia dini dan pendidikan "
                "dasar", "kurikulum", 15, [2, 5, 8, 11]),
    )),
    Table(K, "1.02", "urusan", "URUSAN PEMERINTAHAN BIDANG KESEHATAN", D(80), (
        _ind(1, "Jumlah penduduk", "jiwa", 70, [25000, 50000, 250000, 1500000]),
        _ind(2, "Jumlah kepadatan penduduk", "jiwa/km2", 10, [50, 250, 400, 550], desc=True),
    )),
    Table(K, "2.12", "urusan", "URUSAN PEMERINTAHAN BIDANG ADMINISTRASI KEPENDUDUKAN DAN "
                               "PENCATATAN SIPIL", D(80), (
        _ind(1, "Jumlah penduduk", "jiwa", 35, [50000, 75000, 200000, 700000]),
        _ind(2, "Jumlah kecamatan atau nama lain", "kecamatan", 5, [4, 9, 15, 25]),
        _ind(3, "Jumlah kelurahan/desa atau nama lain", "desa", 10, [10, 20, 50, 100]),
        _ind(4, "Jumlah rata-rata mobilitas penduduk per tahun dalam tiga tahun terakhir",
             "jiwa", 15, [500, 1000, 5000, 10000]),
        _ind(5, "Tingkat kepadatan penduduk", "jiwa/km2", 15, [200, 700, 5000, 15000],
             desc=True),
    )),
    Table(K, "2.21", "urusan", "URUSAN PEMERINTAHAN BIDANG PERSANDIAN", D(80), (
        _ind(1, "Jumlah jenis informasi yang wajib diamankan dengan persandian", "jenis", 16,
             [5, 10, 15, 20]),
        _ind(2, "Jumlah konten informasi yang wajib diamankan", "konten", 16,
             [250, 500, 1000, 1500]),
        _ind(3, "Jumlah aset/fasilitas/instalasi kritis yang harus diamankan", "aset", 16,
             [200, 300, 600, 900]),
        _ind(4, "Jumlah rata-rata kegiatan penting per bulan", "kegiatan", 16,
             [100, 200, 400, 500]),
        _ind(5, "Jumlah Perangkat Daerah yang menggunakan persandian", "perangkat daerah",
             16, [50, 80, 110, 140]),
    )),
)  # fmt: skip
EXEMPT = {"kabupaten": {"2.21", "2.24", "3.28", "3.29", "4.02"},
          "provinsi": {"2.21", "2.24", "4.02"}}  # fmt: skip


def load_lampiran() -> LampiranCatalogue:
    return LampiranCatalogue("fake", TABLES)


@dataclass(frozen=True)
class IndicatorScore:
    no: int
    name: str
    unit: str
    value: Decimal | None
    letter: str | None
    scale: int | None
    score: Decimal | None


@dataclass(frozen=True)
class UrusanScore:
    kode: str
    title: str
    umum: Decimal | None
    teknis: Decimal | None
    jumlah: Decimal | None
    faktor: Decimal
    skor: Decimal | None
    bentuk: str | None
    missing: tuple[int, ...]
    indicators: tuple[IndicatorScore, ...]
    exempt: str | None


@dataclass(frozen=True)
class Pemetaan:
    level: str
    faktor: Decimal
    umum: tuple[IndicatorScore, ...]
    urusan: tuple[UrusanScore, ...]

    def score(self, kode: str) -> UrusanScore | None:
        return next((u for u in self.urusan if u.kode == kode), None)


def form_of(skor: Decimal) -> str:
    if skor > 800:
        return "A"
    if skor > 600:
        return "B"
    if skor > 400:
        return "C"
    return "bidang" if skor > 300 else "seksi"


def _scores(table: Table, values: Mapping[tuple[str, int], Decimal]) -> list[IndicatorScore]:
    out = []
    for ind in table.indicators:
        value = values.get((table.kode, ind.no))
        cls = None if value is None else ind.classify(value)
        out.append(IndicatorScore(ind.no, ind.name, ind.unit, value,
                                  cls.letter if cls else None, cls.scale if cls else None,
                                  cls.score if cls else None))  # fmt: skip
    return out


def evaluate(level: str, values: Mapping[tuple[str, int], Decimal],
             faktor: Decimal | None = None, catalogue: LampiranCatalogue | None = None,
             ) -> Pemetaan:  # fmt: skip
    level = "provinsi" if level == "provinsi" else "kabupaten"
    lampiran = catalogue or load_lampiran()
    factor = D(1) if faktor is None else faktor
    umum_table = lampiran.table(level, "umum")
    umum = _scores(umum_table, values) if umum_table else []
    umum_missing = [s.no for s in umum if s.score is None]
    umum_sum = sum((s.score for s in umum if s.score is not None), D(0))
    urusan = []
    for table in lampiran.tables_of(level):
        if table.kode in ("umum", "kecamatan"):
            continue
        inds = _scores(table, values)
        missing = tuple([s.no for s in inds if s.score is None])
        teknis = sum((s.score for s in inds if s.score is not None), D(0))
        exempt = "pasal107_4" if table.kode in EXEMPT[level] else None
        f = D(1) if exempt else factor
        complete = not missing and not umum_missing
        jumlah = umum_sum + teknis
        skor = jumlah * f if complete else None
        urusan.append(UrusanScore(table.kode, table.title, umum_sum, teknis, jumlah, f, skor,
                                  form_of(skor) if skor is not None else None, missing,
                                  tuple(inds), exempt))  # fmt: skip
    return Pemetaan(level, factor, tuple(umum), tuple(urusan))


def ensure_catalogue() -> None:
    """Install the stand-in where the real modules are missing."""
    try:
        import rbdesk.analysis.pemetaan  # noqa: F401
        import rbdesk.rules.pemetaan

        rbdesk.rules.pemetaan.load_lampiran()  # its data file may not be written yet
    except Exception:  # noqa: BLE001 - any failure: the stand-in
        rules = types.ModuleType("rbdesk.rules.pemetaan")
        for name in ("IndicatorClass", "Indicator", "Table", "LampiranCatalogue",
                     "load_lampiran"):  # fmt: skip
            setattr(rules, name, globals()[name])
        analysis = types.ModuleType("rbdesk.analysis.pemetaan")
        for name in ("IndicatorScore", "UrusanScore", "Pemetaan", "evaluate", "form_of"):
            setattr(analysis, name, globals()[name])
        sys.modules["rbdesk.rules.pemetaan"] = rules
        sys.modules["rbdesk.analysis.pemetaan"] = analysis

"""The indicator catalogue of the Lampiran of PP 18/2016 (pemetaan intensitas urusan
pemerintahan dan penentuan beban kerja Perangkat Daerah).

The Lampiran prints, for provinsi (part I and III) and for kabupaten/kota (part II and
IV), the variabel umum (20 %), the variabel teknis of every urusan (80 %), the tables of
the fungsi penunjang and the kecamatan table. Every indicator has five classes ``a``–``e``
with an interval, a scale (200 … 1000, some tables running backwards) and a printed score
``scale × bobot / 100``. The transcription ships as ``resources/pemetaan/
pp18-2016-lampiran.json`` (made by ``tools/lampiran_source.py`` from the published text);
the misprints of the Lampiran are listed there as errata with the printed and the
corrected value, and :func:`load_lampiran` refuses a file whose scores or weights do not
check out except where an erratum says so.

Codes: urusan and functions use the codes of ``resources/catalogue/urusan.csv``
(Sekretariat Daerah 4.01, Sekretariat DPRD 4.02, Inspektorat 6.01, perencanaan 5.01 …);
the general variables are ``umum`` and the kecamatan table is ``kecamatan``. Printed
sub-tables keep their printed letter in :attr:`Table.sub` (``E.1`` ketenteraman dan
ketertiban umum is ``1.05``; ``E.2`` sub urusan kebakaran is ``1.05.2``); the two
perhubungan tables (berciri kepulauan or not) share ``2.15`` and differ in
:attr:`Table.variant`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from rbdesk.paths import resource_path
from rbdesk.rules.catalogue import Catalogue, CatalogueError

LEVELS = ("provinsi", "kabupaten")
PARTS = ("umum", "urusan", "fungsi", "kecamatan")
LETTERS = "abcde"
#: The perhubungan variants: a region berciri kepulauan uses its own table.
VARIANTS = ("kepulauan", "daratan")
FILE = ("pemetaan", "pp18-2016-lampiran.json")


@dataclass(frozen=True)
class IndicatorClass:
    """One of the five printed classes ``a``–``e`` of an indicator."""

    letter: str
    lower: Decimal | None  # None = unbounded
    upper: Decimal | None
    lower_inclusive: bool
    upper_inclusive: bool
    scale: int  # 200, 400, ... 1000 (descending tables as printed)
    score: Decimal  # scale × weight / 100 (the corrected value where an erratum says so)

    def contains(self, value: Decimal) -> bool:
        """Whether ``value`` lies in the interval of this class."""
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
    """One printed row: number, name, unit, bobot (%) and five classes."""

    no: int
    name: str
    unit: str
    weight: Decimal
    classes: tuple[IndicatorClass, ...]

    def classify(self, value: Decimal) -> IndicatorClass | None:
        """The class whose interval holds ``value``; None when none does (a value
        between two printed integer intervals, e.g. 10.5 between ``≤ 10`` and
        ``11 – 20``, is put in the class of its integer part: see :func:`_gap`)."""
        for c in self.classes:
            if c.contains(value):
                return c
        return _gap(self.classes, value)


def _gap(classes: tuple[IndicatorClass, ...], value: Decimal) -> IndicatorClass | None:
    # Printed integer intervals (``≤ 10``, ``11 – 20``) leave (10, 11) uncovered; a
    # fractional value there goes with the lower class.
    whole = value.to_integral_value(rounding="ROUND_FLOOR")
    if whole == value:
        return None
    for c in classes:
        if c.contains(whole):
            return c
    return None


@dataclass(frozen=True)
class Table:
    """One printed table of the Lampiran."""

    level: str  # "provinsi" | "kabupaten" (kabupaten covers kota)
    kode: str  # "umum", urusan code "1.01" …, function code "4.01", "5.01" …, "kecamatan"
    part: str  # "urusan" | "fungsi" | "umum" | "kecamatan"
    title: str  # as printed
    total_weight: Decimal  # 20 for umum, 80 for technical tables
    indicators: tuple[Indicator, ...]
    section: str = ""  # the printed letter: "A", "E.2", "O.1" …
    sub: str | None = None  # printed sub-table ("E.1", "E.2", "O.1" …), None if none
    variant: str | None = None  # "kepulauan" | "daratan" for perhubungan, else None

    def indicator(self, no: int) -> Indicator | None:
        """The indicator numbered ``no``."""
        return next((i for i in self.indicators if i.no == no), None)


@dataclass(frozen=True)
class Erratum:
    """A misprint of the Lampiran, corrected in the catalogue."""

    level: str
    kode: str
    no: int
    letter: str | None  # the class, None for a weight
    field: str  # "score" | "weight" | "total" | "interval" | "scale"
    printed: str
    corrected: str
    note: str


@dataclass(frozen=True)
class LampiranCatalogue:
    """Every table of the Lampiran, provinsi and kabupaten/kota."""

    version: str
    tables: tuple[Table, ...]
    source: str = ""
    errata: tuple[Erratum, ...] = ()

    def table(self, level: str, kode: str, variant: str | None = None) -> Table | None:
        """The table of ``kode`` at ``level`` (``kota`` reads as ``kabupaten``); for
        perhubungan the ``variant`` (default: the first printed)."""
        level = level_of(level)
        for t in self.tables:
            if t.level == level and t.kode == kode and (variant is None or t.variant == variant):
                return t
        return None

    def tables_of(self, level: str) -> tuple[Table, ...]:
        """The tables of ``level`` in printed order (``kota`` reads as ``kabupaten``)."""
        level = level_of(level)
        return tuple(t for t in self.tables if t.level == level)


#: The tables without an urusan code of their own: (Indonesian, English) names.
OWN_NAMES = {
    "1.05.2": ("Sub Urusan Kebakaran", "Fire and Rescue (sub-affair)"),
    "kecamatan": ("Kecamatan", "Districts (Kecamatan)"),
}


def table_name(catalogue: Catalogue, kode: str, printed: str, lang: str) -> str:
    """The name of a table's urusan or function as the catalogue has it, in ``lang`` (the
    Lampiran prints its titles in capitals); the printed sub-table ``1.05.2`` (sub urusan
    kebakaran) and the kecamatan table by :data:`OWN_NAMES`; any other keeps its printed
    title, in sentence case."""
    entry = catalogue.urusan.get(kode)
    if entry is not None:
        return entry.name if lang == "id" else entry.name_en
    if kode in OWN_NAMES:
        return OWN_NAMES[kode][0 if lang == "id" else 1]
    return printed[:1] + printed[1:].lower()


def level_of(level: str) -> str:
    """The Lampiran level of a region level: ``provinsi`` or ``kabupaten``."""
    return "provinsi" if level == "provinsi" else "kabupaten"


@cache
def load_lampiran() -> LampiranCatalogue:
    """The shipped catalogue, read once; raises :class:`CatalogueError` naming the file and
    the table of the first problem."""
    return read_lampiran(resource_path(*FILE))


def read_lampiran(path: Path) -> LampiranCatalogue:
    """Read and validate a catalogue file."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CatalogueError("catalogue.unreadable", where=str(path), detail=str(exc)) from exc
    except ValueError as exc:
        raise CatalogueError("catalogue.not_json", where=path.name, detail=str(exc)) from exc
    try:
        catalogue = parse_lampiran(raw)
        problems = validate(catalogue)
    except (KeyError, TypeError, ValueError, InvalidOperation) as exc:
        raise CatalogueError(
            "catalogue.lampiran_invalid", where=path.name, detail=f"{type(exc).__name__}: {exc}"
        ) from None
    if problems:
        raise CatalogueError("catalogue.lampiran_invalid", where=path.name, detail=problems[0])
    return catalogue


def _dec(v: Any) -> Decimal | None:
    if v is None:
        return None
    if isinstance(v, float):
        raise TypeError(f"number {v!r} must be written as a string or an integer")
    return Decimal(str(v))


def parse_lampiran(raw: Any) -> LampiranCatalogue:
    """Build the catalogue from the decoded JSON (no checks beyond the shape)."""
    if not isinstance(raw, dict):
        raise TypeError("the catalogue must be a JSON object")
    tables = []
    for t in raw["tables"]:
        inds = []
        for i in t["indicators"]:
            classes = tuple(
                IndicatorClass(
                    str(c["letter"]),
                    _dec(c.get("lower")),
                    _dec(c.get("upper")),
                    bool(c.get("lower_inclusive", True)),
                    bool(c.get("upper_inclusive", True)),
                    int(c["scale"]),
                    Decimal(str(c["score"])),
                )
                for c in i["classes"]
            )
            inds.append(
                Indicator(
                    int(i["no"]),
                    str(i["name"]),
                    str(i.get("unit", "")),
                    Decimal(str(i["weight"])),
                    classes,
                )  # fmt: skip
            )
        tables.append(
            Table(
                str(t["level"]),
                str(t["kode"]),
                str(t["part"]),
                str(t["title"]),
                Decimal(str(t["total_weight"])),
                tuple(inds),
                str(t.get("section", "")),
                t.get("sub"),
                t.get("variant"),
            )  # fmt: skip
        )
    errata = tuple(
        Erratum(
            str(e["level"]),
            str(e["kode"]),
            int(e["no"]),
            e.get("letter"),
            str(e["field"]),
            str(e["printed"]),
            str(e["corrected"]),
            str(e.get("note", "")),
        )  # fmt: skip
        for e in raw.get("errata", ())
    )
    return LampiranCatalogue(str(raw["version"]), tuple(tables), str(raw.get("source", "")),
                             errata)  # fmt: skip


def validate(cat: LampiranCatalogue) -> list[str]:
    """Every problem of the catalogue, each naming its table: scores that are not
    ``scale × weight / 100``, weights that do not add up to the total, classes that
    overlap or leave an integer uncovered, duplicate tables. Printed misprints are
    corrected in the file; the check passes a table whose printed total does not add up
    only where an erratum of field ``total`` is listed for it."""
    out: list[str] = []
    seen: set[tuple[str, str, str | None]] = set()
    total_errata = {(e.level, e.kode) for e in cat.errata if e.field == "total"}
    for t in cat.tables:
        where = f"{t.level} {t.kode}{' ' + t.variant if t.variant else ''}"
        if t.level not in LEVELS or t.part not in PARTS:
            out.append(f"{where}: level/part {t.level}/{t.part}")
        key = (t.level, t.kode, t.variant)
        if key in seen:
            out.append(f"{where}: table listed twice")
        seen.add(key)
        if not t.indicators:
            out.append(f"{where}: no indicators")
        nos = [i.no for i in t.indicators]
        if nos != list(range(1, len(nos) + 1)):
            out.append(f"{where}: indicator numbers {nos}")
        total = sum((i.weight for i in t.indicators), Decimal(0))
        if total != t.total_weight and (t.level, t.kode) not in total_errata:
            out.append(f"{where}: weights add up to {total}, not {t.total_weight}")
        for i in t.indicators:
            out.extend(f"{where} no {i.no}: {p}" for p in check_indicator(i))
    return out


def check_indicator(ind: Indicator) -> list[str]:
    """The problems of one indicator's classes (see :func:`validate`)."""
    out = []
    if [c.letter for c in ind.classes] != list(LETTERS):
        out.append(f"class letters {[c.letter for c in ind.classes]}")
    for c in ind.classes:
        if c.score != Decimal(c.scale) * ind.weight / 100:
            out.append(f"class {c.letter}: score {c.score} ≠ {c.scale} × {ind.weight} / 100")
    if sorted(c.scale for c in ind.classes) != [200, 400, 600, 800, 1000]:
        out.append(f"scales {[c.scale for c in ind.classes]}")
    ordered = sorted(ind.classes, key=lambda c: (c.lower is not None, c.lower or 0))
    if ordered[0].lower is not None or ordered[-1].upper is not None:
        out.append("the classes do not run from unbounded to unbounded")
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.upper is None or b.lower is None:
            out.append(f"classes {a.letter}/{b.letter} unbounded in the middle")
            continue
        if a.upper > b.lower or (a.upper == b.lower and a.upper_inclusive and b.lower_inclusive):
            out.append(f"classes {a.letter}/{b.letter} overlap")
        # contiguous on integers: no integer strictly between them uncovered
        first_gap = a.upper if not a.upper_inclusive else a.upper + 1
        last_b = b.lower if b.lower_inclusive else b.lower + 1
        if a.upper == b.lower and (a.upper_inclusive or b.lower_inclusive):
            continue
        if first_gap.to_integral_value(rounding="ROUND_CEILING") < last_b and (
            a.upper.to_integral_value(rounding="ROUND_FLOOR") + 1 < b.lower
        ):
            out.append(f"classes {a.letter}/{b.letter} leave a gap ({a.upper}, {b.lower})")
    # the scale runs one way: monotone in the value
    scales = [c.scale for c in ordered]
    if scales not in (sorted(scales), sorted(scales, reverse=True)):
        out.append(f"scales not monotone {scales}")
    return out

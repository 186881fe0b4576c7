"""The region's indicator values for the *pemetaan urusan* (PP 18/2016 Lampiran).

A plan holds one set of values: for each indicator of the Lampiran, keyed by the table's
``kode`` (an urusan code such as ``2.12``, a function code such as ``5.02``, ``umum``
for the variabel umum of the urusan, ``umum_fungsi`` for the "FAKTOR UMUM" of the
functions and kecamatan, ``kecamatan`` for the kecamatan table) and the indicator's
number as printed in that table, the region's value as a ``Decimal``; with the year and
the source of the data. The geographic factor of Lampiran V Langkah 3 (Pasal 107 ayat
(2)) is the region's ``geo_factor``; ``faktor`` carries it here so that a caller has
everything :func:`rbdesk.analysis.pemetaan.evaluate` takes.

Values are stored as canonical decimal text (:func:`canonical`) so that the same value
reads back the same and hashes the same. :func:`parse_number` reads a value as people
type it: plain (``1234.5``) or Indonesian (``1.234,5``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from rbdesk.domain.errors import InvalidValueError
from rbdesk.domain.limits import check_text
from rbdesk.i18n import Text

#: (kode, no): the table of the Lampiran and the indicator's number in it.
Key = tuple[str, int]

#: The most values a plan may hold: every indicator of the Lampiran (a few hundred) many
#: times over; more is not a plan rbdesk wrote.
MAX_VALUES = 5000
#: The largest magnitude of a value (a budget in rupiah is about 10^13).
MAX_VALUE = Decimal("1e18")
#: Digits after the decimal point kept.
MAX_DECIMALS = 6
#: The years a year of data may be.
YEARS = range(1900, 2201)

_KODE = re.compile(r"^(umum|umum_fungsi|kecamatan|[0-9]{1,2}(\.[0-9]{1,2}){1,2})$")


@dataclass(frozen=True)
class PemetaanData:
    """The plan's pemetaan values, their year and source, and the geographic factor."""

    values: Mapping[Key, Decimal] = field(default_factory=dict)
    year: int | None = None
    source: str = ""
    faktor: Decimal | None = None
    #: the region is *berciri kepulauan*: its perhubungan (2.15) values are those of the
    #: Lampiran's table for such regions (part I O.1, part II O), not of the other one
    kepulauan: bool = False

    @property
    def empty(self) -> bool:
        """No value entered (year and source alone do not make a pemetaan)."""
        return not self.values


def lampiran_level(level: str) -> str:
    """The level of the Lampiran tables for a plan's level (``Level.value``): a kota
    reads the kabupaten tables ("Daerah kabupaten/kota")."""
    return "provinsi" if level == "provinsi" else "kabupaten"


def canonical(value: Decimal) -> str:
    """``value`` as stored: plain digits, a point, no exponent, no trailing zeros.

    >>> canonical(Decimal("1.2300")), canonical(Decimal("1E+3")), canonical(Decimal("-0"))
    ('1.23', '1000', '0')
    """
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def check_value(value: Decimal) -> Decimal:
    """``value`` if it may be stored (finite, not negative, within :data:`MAX_VALUE`, at
    most :data:`MAX_DECIMALS` decimals); ``InvalidValueError`` (``pemetaan.value``)."""
    if not value.is_finite() or value < 0 or value >= MAX_VALUE:
        raise InvalidValueError("pemetaan.value", value=str(value))
    exponent = value.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_DECIMALS:
        raise InvalidValueError("pemetaan.value", value=str(value))
    return value


def check_key(kode: str, no: int) -> None:
    """``InvalidValueError`` (``pemetaan.key``) for a key no Lampiran table can have."""
    if not isinstance(kode, str) or not _KODE.match(kode) or not 1 <= no <= 99:
        raise InvalidValueError("pemetaan.key", kode=str(kode), no=str(no))


def check_data(data: PemetaanData) -> None:
    """Everything :class:`PemetaanData` may hold, or ``InvalidValueError`` /
    ``TextTooLongError`` before anything is written."""
    if len(data.values) > MAX_VALUES:
        raise InvalidValueError(
            "count.too_many",
            field=Text("field.pemetaan.values", {}),
            count=len(data.values),
            limit=MAX_VALUES,
        )
    for (kode, no), value in data.values.items():
        check_key(kode, no)
        check_value(value)
    if data.year is not None and data.year not in YEARS:
        raise InvalidValueError("pemetaan.year", year=str(data.year))
    check_text("pemetaan.source", data.source)
    if any(ord(c) < 32 and c not in "\t" for c in data.source):
        raise InvalidValueError("pemetaan.source_control")


_PLAIN = re.compile(r"^[0-9]+(\.[0-9]+)?$")
_ID_GROUPED = re.compile(r"^[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?$")
_ID_COMMA = re.compile(r"^[0-9]+,[0-9]+$")
_AMBIGUOUS = re.compile(r"^[0-9]{1,3}\.[0-9]{3}$")


def number_style(text: str) -> str | None:
    """How ``text`` writes its number, where it tells: ``id`` (``1.234,5``, ``1.234.567``,
    ``12,5``), ``plain`` (``1234.5``, ``0.25``, ``3.1416``) or ``None`` (``1234``, and
    ``1.234``, which either could be)."""
    raw = text.strip().replace("\u00a0", "").replace(" ", "")
    if _AMBIGUOUS.match(raw) or raw.isdigit():
        return None
    if _ID_GROUPED.match(raw) or _ID_COMMA.match(raw):
        return "id"
    if _PLAIN.match(raw):
        return "plain"
    return None


def parse_number(text: str, style: str | None = None) -> Decimal:
    """A value as typed: plain (``1234.5``) or Indonesian (``1.234,5``, ``12,5``).

    A single point followed by exactly three digits (``1.234``) is a thousands point in
    the Indonesian ``style`` and a decimal point in the ``plain`` one; without a style
    (a sheet whose other values do not tell) it is refused (``pemetaan.ambiguous``):
    write ``1234`` or ``1,234``. Spaces (also as thousands separators) are ignored.
    ``InvalidValueError`` (``pemetaan.number``) for anything else, and for a value
    :func:`check_value` refuses.

    >>> parse_number("1.234,5"), parse_number("1234.5"), parse_number("12,5")
    (Decimal('1234.5'), Decimal('1234.5'), Decimal('12.5'))
    >>> parse_number("100.000", "id"), parse_number("1.5", "id")
    (Decimal('100000'), Decimal('1.5'))
    """
    raw = text.strip().replace("\u00a0", "").replace(" ", "")
    if _AMBIGUOUS.match(raw):
        if style is None:
            raise InvalidValueError("pemetaan.ambiguous", value=text.strip())
        plain = raw.replace(".", "") if style == "id" else raw
    elif _PLAIN.match(raw):
        plain = raw
    elif _ID_GROUPED.match(raw) or _ID_COMMA.match(raw):
        plain = raw.replace(".", "").replace(",", ".")
    else:
        raise InvalidValueError("pemetaan.number", value=text.strip()[:40])
    try:
        value = Decimal(plain)
    except InvalidOperation as exc:  # pragma: no cover - the patterns above rule it out
        raise InvalidValueError("pemetaan.number", value=text.strip()[:40]) from exc
    return check_value(value)


def shown_number(value: Decimal, lang: str = "id") -> str:
    """``value`` for reading: Indonesian ``1.234,5`` or English ``1,234.5``.

    >>> shown_number(Decimal("1234.5")), shown_number(Decimal("1234.5"), "en")
    ('1.234,5', '1,234.5')
    """
    text = canonical(value)
    whole, _, frac = text.partition(".")
    grouped = f"{int(whole):,}"
    if lang == "id":
        grouped = grouped.replace(",", ".")
        return grouped + ("," + frac if frac else "")
    return grouped + ("." + frac if frac else "")


#: Lampiran V Langkah 3 (Pasal 107 ayat (2)): the categories of the geographic factor,
#: letter and factor. A region in several may take the largest (ayat (3)).
GEO_CATEGORIES: tuple[tuple[str, Decimal], ...] = (
    ("a", Decimal("1")),
    ("b", Decimal("1.1")),
    ("c", Decimal("1.2")),
    ("d", Decimal("1.4")),
    ("e", Decimal("1.4")),
    ("f", Decimal("1.4")),
    ("g", Decimal("1.5")),
)

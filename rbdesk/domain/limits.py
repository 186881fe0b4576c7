"""How long the texts of a plan may be, and the one check of a text against its limit.

Plans travel between offices on sticks and by email, and reach rbdesk from sheets and
other programs. Every entry refuses a text longer than its limit before anything
changes, with :class:`~rbdesk.domain.errors.TextTooLongError` (``error.text.too_long``:
the field, its length and the limit): the window (its fields also hold no more than
the limit), the CSV import (a problem of the row and column), ``rbdesk sign``, plan
documents and every write of the store. A plan file that another program filled with
longer texts still opens: the analysis reports each such text as a finding
(``rbdesk.analysis.checks.values``), and the report prints it up to its limit and an
ellipsis (:func:`shown`).

The limits leave room for every real text. The longest OPD name in use, *Dinas
Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan
Anak* (93 characters), fits three times in :data:`MAX_NAME`; an official's full name
with every academic title and a long *jabatan* (*Kepala Bagian Organisasi Sekretariat
Daerah Kabupaten ...*, about 100) fit in :data:`MAX_SIGNATORY_FIELD`; the tugas and
fungsi of a Perbup, a few thousand characters at most, fit several times in
:data:`MAX_TEXT`.

A *field* is named by its id (``unit.name``, ``signatory.title`` ...), the key of
:data:`LIMITS`; the catalogue says it in words as ``field.<id>``.
"""

from __future__ import annotations

from rbdesk.domain.errors import InvalidValueError, TextTooLongError
from rbdesk.i18n import Text

#: A unit's name, the region's name, code and preparing unit, a position's title, an
#: IKU's target and measure.
MAX_NAME = 300
#: A unit's short name (*singkatan*: Bappeda, DP2KBP3A).
MAX_SHORT_NAME = 60
#: A scenario's name (*Usulan Penataan 2027*).
MAX_SCENARIO_NAME = 100
#: A free text: tugas, fungsi, notes, a step's reason and legal basis, a coordination
#: link's note, an IKU's indicator.
MAX_TEXT = 20_000
#: A signatory's name and title (*jabatan*).
MAX_SIGNATORY_FIELD = 200
#: Signatories a plan holds: one per role (prepared, checked, approved).
MAX_SIGNATORIES = 3

#: The limit of every text field of a plan, by field id.
LIMITS: dict[str, int] = {
    "unit.name": MAX_NAME,
    "unit.short_name": MAX_SHORT_NAME,
    "unit.tugas": MAX_TEXT,
    "unit.fungsi": MAX_TEXT,
    "unit.notes": MAX_TEXT,
    "scenario.name": MAX_SCENARIO_NAME,
    "region.name": MAX_NAME,
    "region.code": MAX_NAME,
    "region.preparing_unit": MAX_NAME,
    "position.title": MAX_NAME,
    "iku.indicator": MAX_TEXT,
    "iku.target": MAX_NAME,
    "iku.measure": MAX_NAME,
    "link.note": MAX_TEXT,
    "operation.reason": MAX_TEXT,
    "operation.basis": MAX_TEXT,
    "signatory.name": MAX_SIGNATORY_FIELD,
    "signatory.title": MAX_SIGNATORY_FIELD,
    "pemetaan.source": MAX_NAME,
}

#: The text fields of a unit: ``Unit`` attribute and field id.
UNIT_FIELDS: tuple[tuple[str, str], ...] = (
    ("name", "unit.name"),
    ("short_name", "unit.short_name"),
    ("tugas", "unit.tugas"),
    ("fungsi", "unit.fungsi"),
    ("notes", "unit.notes"),
)

ELLIPSIS = "…"


def too_long(field: str, text: str) -> bool:
    """True when ``text`` is longer than the limit of ``field``.

    >>> too_long("unit.name", "Dinas Kesehatan")
    False
    """
    return len(text) > LIMITS[field]


def check_text(field: str, text: str) -> None:
    """Raise ``TextTooLongError`` when ``text`` is longer than the limit of ``field``
    (a key of :data:`LIMITS`).

    >>> check_text("scenario.name", "x" * 101)
    Traceback (most recent call last):
    ...
    rbdesk.domain.errors.TextTooLongError: scenario name too long: 101 characters, at most 100
    """
    limit = LIMITS[field]
    if len(text) > limit:
        raise TextTooLongError(
            "text.too_long", field=Text(f"field.{field}", {}), count=len(text), limit=limit
        )


def check_texts(*fields: tuple[str, str]) -> None:
    """:func:`check_text` of each ``(field, text)``, in order."""
    for field, text in fields:
        check_text(field, text)


def check_count(field: str, count: int, limit: int) -> None:
    """Raise ``InvalidValueError`` (``error.count.too_many``) when a list holds more than
    ``limit`` entries."""
    if count > limit:
        raise InvalidValueError(
            "count.too_many", field=Text(f"field.{field}", {}), count=count, limit=limit
        )


def shown(text: str, limit: int) -> str:
    """``text`` as a report prints it: whole up to ``limit`` characters, else cut to
    ``limit`` characters, the last of them an ellipsis (which a reader takes for "cut
    here"). A text once shown stays as it is.

    >>> shown("Dinas Kesehatan", 6)
    'Dinas…'
    """
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + ELLIPSIS

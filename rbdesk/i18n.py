"""The words of the report: one catalogue per language, and how numbers and dates read.

Every visible word of the proposal that is not the plan's own text comes from
``resources/report/labels_<lang>.json``: section titles, table headings, the names of
metric rows, finding families, severities and operation kinds. Both catalogues hold
the same keys (a test checks it). Templates use ``str.format`` fields (``{count}``).

Numbers follow the language: Indonesian groups thousands with a dot and writes decimals
with a comma (``1.234``, ``2,40``), English the other way round (``1,234``, ``2.40``).
Dates read ``27 November 2026`` in both, with the month's name in the language.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date
from functools import cache
from typing import Any

from rbdesk.paths import resource_path

LANGUAGES = ("id", "en")

#: A value of a metric row: a count, a mean, or undefined.
Number = int | float | None


class Labels:
    """The catalogue of one language with the number and date formats that go with it."""

    def __init__(self, lang: str, texts: Mapping[str, str]) -> None:
        self.lang = lang
        self.texts = dict(texts)

    def __getitem__(self, key: str) -> str:
        return self.texts[key]

    def get(self, key: str, default: str) -> str:
        return self.texts.get(key, default)

    def fmt(self, key: str, **values: Any) -> str:
        """The template ``key`` filled with ``values``."""
        return self.texts[key].format(**values)

    # -- numbers and dates ----------------------------------------------------------
    def number(self, value: Number, decimals: int | None = None) -> str:
        """``1.234`` / ``2,40`` (id) or ``1,234`` / ``2.40`` (en); ``–`` when undefined.
        Floats get two decimals unless ``decimals`` says otherwise."""
        if value is None:
            return "–"
        if decimals is None:
            decimals = 2 if isinstance(value, float) else 0
        text = f"{value:,.{decimals}f}"
        if text.startswith("-"):
            text = "−" + text[1:]
        if self.lang == "id":
            text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return text

    def signed(self, value: Number) -> str:
        """A difference: ``+3``, ``−2``, ``0``."""
        if value is None:
            return "–"
        text = self.number(value)
        return f"+{text}" if value > 0 else text

    def date(self, day: date) -> str:
        """``27 November 2026`` with the month named in the language."""
        months = self.texts["months"].split()
        return f"{day.day} {months[day.month - 1]} {day.year}"

    # -- names of codes ---------------------------------------------------------------
    def metric(self, row_id: str, bands: Sequence[tuple[str, int, int | None]] = ()) -> str:
        """The words for a metric row id (``eselon.IV`` → ``Eselon IV (pengawas)``).
        Breakdown rows of unit kinds are named by the caller, who knows the catalogue."""
        if row_id.startswith("span.band."):
            band_id = row_id.removeprefix("span.band.")
            name = self.texts.get(f"band.{band_id}", band_id)
            for bid, low, high in bands:
                if bid == band_id:
                    span = (
                        f"{low}+"
                        if high is None
                        else (f"{low}" if low == high else f"{low}–{high}")
                    )
                    return self.fmt("metric.span.band", band=name, range=span)
            return self.fmt("metric.span.band", band=name, range="?")
        if row_id.startswith("findings.family."):
            return self.family(row_id.removeprefix("findings.family."))
        if row_id.startswith("findings.severity."):
            return self.severity(row_id.removeprefix("findings.severity."))
        return self.texts.get(f"metric.{row_id}", row_id)

    def family(self, family: str) -> str:
        return self.texts.get(f"family.{family}", family)

    def severity(self, severity: str) -> str:
        return self.texts.get(f"severity.{severity}", severity)

    def operation(self, kind: str) -> str:
        return self.texts.get(f"operation.{kind}", kind)

    def action(self, action: str) -> str:
        """A change label (``Merge``, ``Move|Change``) in words."""
        return " + ".join(self.texts.get(f"action.{a}", a) for a in action.split("|"))


def catalogue_path(lang: str) -> Any:
    return resource_path("report", f"labels_{lang}.json")


@cache
def _load(lang: str) -> dict[str, str]:
    with catalogue_path(lang).open(encoding="utf-8") as handle:
        data = json.load(handle)
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise ValueError(f"labels_{lang}.json must map keys to texts")
    return data


def labels(lang: str) -> Labels:
    """The catalogue of ``lang`` (``id`` or ``en``)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown report language {lang!r}")
    return Labels(lang, _load(lang))

"""The words rbdesk says outside the window's widgets, in one language at a time.

One catalogue per language, ``resources/i18n/labels_<lang>.json``, holds every word that
is not the plan's own text and not a widget of the window (those are Qt's ``.ts``):
the report's section titles, table headings, metric rows, finding families,
severities and operation kinds; the command line's headings; and the message of every
error, keyed ``error.<code>``. Both catalogues hold the same keys (a test checks it) and
are the translators' source. Templates use ``str.format`` fields (``{count}``).

The language is chosen once per run (:func:`chosen_language`): ``--lang``, else the
``RBDESK_LANG`` environment variable, else the language the planner chose in the window
(kept in the window's settings file, readable without Qt), else Indonesian. Never the
system locale: office laptops often run an English Windows.

Numbers follow the language: Indonesian groups thousands with a dot and writes decimals
with a comma (``1.234``, ``2,40``), English the other way round (``1,234``, ``2.40``).
Dates read ``27 November 2026`` in both, with the month's name in the language.
"""

from __future__ import annotations

import argparse
import configparser
import json
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from rbdesk.paths import resource_path

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
#: The environment variable that sets the language of every command.
LANGUAGE_VARIABLE = "RBDESK_LANG"

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

    def plural(self, key: str, count: int, **values: Any) -> str:
        """``key`` with ``count``, in its singular form ``key.one`` when there is one and
        the catalogue has it (English: "1 finding", not "1 findings")."""
        one = f"{key}.one"
        if count == 1 and one in self.texts:
            key = one
        return self.fmt(key, count=self.number(count), **values)

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


def catalogue_path(lang: str) -> Path:
    return resource_path("i18n", f"labels_{lang}.json")


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
        raise ValueError(f"unknown language {lang!r}")
    return Labels(lang, _load(lang))


# -- the language of this run -----------------------------------------------------------


def settings_file() -> Path:
    """Where the window keeps its settings (Qt's INI format in the user's scope, the
    organisation and application both ``rbdesk``): ``%APPDATA%\\rbdesk\\rbdesk.ini`` on
    Windows, ``$XDG_CONFIG_HOME/rbdesk/rbdesk.ini`` (``~/.config/...``) elsewhere."""
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
    else:
        base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "rbdesk" / "rbdesk.ini"


def saved_language() -> str | None:
    """The language chosen in the window (``[ui] language``), if any and readable."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings_file(), encoding="utf-8")
        value = parser.get("ui", "language", fallback="").strip().lower()
    except (OSError, UnicodeError, configparser.Error):
        return None  # a damaged settings file must not stop a command
    return value if value in LANGUAGES else None


def chosen_language(explicit: str | None = None) -> str:
    """The language of this run: ``explicit`` (``--lang``), else ``RBDESK_LANG``, else the
    window's choice, else Indonesian."""
    if explicit in LANGUAGES:
        return str(explicit)
    variable = os.environ.get(LANGUAGE_VARIABLE, "").strip().lower()
    if variable in LANGUAGES:
        return variable
    return saved_language() or DEFAULT_LANGUAGE


def language_in(argv: Sequence[str]) -> str | None:
    """``--lang`` as a command line gives it, before the arguments are parsed (so that
    argparse's own refusals are said in it too)."""
    for n, word in enumerate(argv):
        if word == "--lang" and n + 1 < len(argv):
            return argv[n + 1]
        if word.startswith("--lang="):
            return word.removeprefix("--lang=")
    return None


# -- messages -------------------------------------------------------------------------


@dataclass(frozen=True)
class Words:
    """A value of a message that is itself said differently per language (a unit kind's
    name, a role): ``Words(id="Kelurahan", en="Urban village (kelurahan)")``."""

    id: str
    en: str

    def __str__(self) -> str:
        return self.en

    def said(self, lang: str) -> str:
        return self.id if lang == "id" else self.en


@dataclass(frozen=True)
class Text:
    """A message by its catalogue key, with the values it names, said in any language."""

    key: str
    params: Mapping[str, object]

    def __str__(self) -> str:
        return self.said("en")

    def said(self, lang: str) -> str:
        return say(self.key, lang, self.params)


def _value(value: object, lang: str) -> object:
    said = getattr(value, "said", None)
    if callable(said):
        return said(lang)
    message = getattr(value, "message", None)
    if callable(message):  # an error given as the reason of another
        return message(lang)
    if isinstance(value, float):
        return labels(lang).number(value)
    if isinstance(value, tuple | list):
        return ", ".join(str(_value(v, lang)) for v in value)
    return value


def say(key: str, lang: str, params: Mapping[str, object] | None = None) -> str:
    """The template ``key`` of the catalogue of ``lang`` filled with ``params``: values
    that know their languages (:class:`Words`, :class:`Text`, errors) are said in
    ``lang``, decimals with its separator, lists joined with commas. A key the
    catalogue lacks (or a catalogue that cannot be read) is said as the key with its
    values: never an exception (a test keeps every key in both catalogues)."""
    values = {name: _value(v, lang) for name, v in (params or {}).items()}
    try:
        template = _load(lang if lang in LANGUAGES else DEFAULT_LANGUAGE).get(key)
    except (OSError, ValueError):
        template = None  # an unreadable catalogue must not turn an error into a crash
    if template is None:
        return " ".join([key, *(f"{name}={value}" for name, value in values.items())])
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


def localise_argparse(lang: str) -> None:
    """Let argparse say its own words (``usage:``, its errors, the help's headings) in
    ``lang``: it says them through gettext's ``_`` and ``ngettext``, looked up when it
    speaks; the catalogue holds them as ``argparse:<English>``."""

    def text(message: str) -> str:
        return say(f"argparse:{message}", lang) if lang != "en" else message

    def plural(singular: str, plural: str, n: int) -> str:
        return text(singular if n == 1 else plural)

    argparse._ = text  # type: ignore[attr-defined]
    argparse.ngettext = plural  # type: ignore[attr-defined]

"""Citations of the law: the regulation, pasal, ayat and huruf a rule rests on, the
level of region (and the type of the OPD) each applies to, and their legal form in
Indonesian and in English, written by one function (:func:`cite_text`).

Terms:

* A :class:`Citation` names one place in one regulation: ``Pasal 82 ayat (1)`` of
  ``PP 18/2016``; or a part of it (``Lampiran I`` of ``UU 23/2014``); or the whole
  instrument (``Surat Mendagri 800/2603/OTDA``). ``amended_by`` says the pasal is cited
  as another regulation amended or inserted it (``Pasal 79`` of PP 18/2016 as PP
  72/2019 worded it anew). ``level`` (``provinsi`` or ``kabkota``) and ``unit_type`` (the
  type or kelas that selects the pasal: Pasal 81 for a tipe A dinas, 82 for tipe B) say
  where the citation applies; ``None`` is everywhere.
* A :class:`Basis` is what a rule rests on: the law (``hukum``) with its citations, or
  organisation-design practice (``praktik``) with a description of the practice and,
  optionally, the principle of the law it serves (PP 18/2016 Pasal 2 huruf f, *rentang
  kendali*). A practice is never shown as law: its text starts with "Praktik:" /
  "Practice:" from the catalogue of words. ``derived`` marks a limit the law implies
  without stating it (the depth of layers follows from the eselon of each post).

The legal form follows the text of the regulations themselves: Indonesian cites the
pasal before the regulation (``Pasal 18 ayat (4) dan ayat (5) PP 18/2016 sebagaimana
telah diubah dengan PP 72/2019``), English the article (``Article 18(4) and (5) of PP
18/2016, as amended by PP 72/2019``). No English word appears in an Indonesian citation
and no Indonesian legal word in an English one.

>>> c = Citation("PP 18/2016", "18", ("4", "5"))
>>> cite_text([c], "id")
'Pasal 18 ayat (4) dan ayat (5) PP 18/2016'
>>> cite_text([c], "en")
'Article 18(4) and (5) of PP 18/2016'
>>> two = [Citation("PP 18/2016", "15", ("6",), level="provinsi"),
...        Citation("PP 18/2016", "37", ("6",), level="kabkota"),
...        Citation("PP 18/2016", "90", ("1",), level="kabkota")]
>>> cite_text(two, "id", level="kabkota")
'Pasal 37 ayat (6) dan Pasal 90 ayat (1) PP 18/2016'
>>> cite_text(two, "en", level="kabkota")
'Articles 37(6) and 90(1) of PP 18/2016'
>>> cite_text([Citation("PP 18/2016", "79", ("1",), amended_by="PP 72/2019")], "id")
'Pasal 79 ayat (1) PP 18/2016 sebagaimana telah diubah dengan PP 72/2019'
>>> cite_text([Citation("PP 18/2016", "2", huruf=("f",))], "en")
'Article 2(f) of PP 18/2016'
>>> cite_text([Citation("UU 23/2014", part="Lampiran I")], "en")
'Annex I of UU 23/2014'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rbdesk.domain.model import UNIT_TYPES
from rbdesk.i18n import labels

#: A rule resting on the law, and one resting on organisation-design practice.
LAW = "hukum"
PRACTICE = "praktik"
KINDS = (LAW, PRACTICE)
#: Where a finding takes its citation from when it is not the rule's own: the limit row
#: that was exceeded, the catalogue of unit kinds, the eselon table of the pack.
SOURCES = ("limits.caps", "catalogue.kinds", "limits.grades")
LEVELS = ("provinsi", "kabkota")
#: the types (and kelas) a citation may be of
TYPES = UNIT_TYPES
#: The keys a citation may have in a pack or catalogue file.
KEYS = ("regulation", "pasal", "ayat", "huruf", "part", "amended_by", "level", "type")


@dataclass(frozen=True, slots=True)
class Citation:
    regulation: str
    pasal: str | None = None
    ayat: tuple[str, ...] = ()
    huruf: tuple[str, ...] = ()
    #: a part of the regulation other than a pasal: "Lampiran I"
    part: str | None = None
    amended_by: str | None = None
    level: str | None = None
    unit_type: str | None = None

    def applies(self, level: str | None, unit_type: str | None) -> bool:
        """Whether the citation holds at ``level`` for an OPD (or UPT) of ``unit_type``;
        ``None`` asks for every level or type."""
        return (level is None or self.level in (None, level)) and (
            unit_type is None or self.unit_type in (None, unit_type)
        )


@dataclass(frozen=True, slots=True)
class Basis:
    """What a rule (or a limit) rests on; see the module docstring."""

    law: str
    cites: tuple[Citation, ...] = ()
    #: (language, text) of the practice a ``praktik`` rule follows
    practice: tuple[tuple[str, str], ...] = ()
    derived: bool = False
    #: where the finding's own citation comes from (one of SOURCES), if not ``cites``
    source: str = ""
    #: a basis given as plain text (an older or hand-edited pack): shown as it is
    legacy: str = ""

    @property
    def is_practice(self) -> bool:
        return self.law == PRACTICE

    def practice_text(self, lang: str) -> str:
        said = dict(self.practice)
        return said.get(lang) or said.get("en", "")


def combine(*bases: Basis) -> Basis:
    """One basis of the law citing all of ``bases`` (a cap and the exception that
    raised it); plain-text ones are joined as text."""
    if any(b.legacy for b in bases):
        texts = [b.legacy or cite_text(b.cites, "id") for b in bases]
        return Basis(LAW, legacy="; ".join(t for t in texts if t))
    return Basis(LAW, tuple(c for b in bases for c in b.cites))


class CitationError(ValueError):
    """A citation that cannot be read: ``code`` names the reason (``error.<code>``),
    ``params`` its values."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def _texts(value: Any, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise CitationError("pack.cite_field", key=key)
    return tuple(value)


def read_citation(data: Any, regulations: Iterable[str] | None = None) -> Citation:
    """A citation from its object in a pack or catalogue file, e.g. ``{"regulation":
    "PP 18/2016", "pasal": "82", "ayat": ["1"], "level": "kabkota", "type": "B"}``.
    ``regulations``, when given, are the regulations a citation may name."""
    if not isinstance(data, dict) or set(data) - set(KEYS):
        raise CitationError("pack.cite_object", known=KEYS)
    regulation = data.get("regulation")
    if not isinstance(regulation, str) or not regulation.strip():
        raise CitationError("pack.cite_field", key="regulation")
    known = None if regulations is None else tuple(regulations)
    if known is not None and regulation not in known:
        raise CitationError("pack.cite_regulation", regulation=regulation, known=known)
    single: dict[str, str | None] = {}
    for key in ("pasal", "part", "amended_by", "level", "type"):
        value = data.get(key)
        if value is not None and not (isinstance(value, str) and value.strip()):
            raise CitationError("pack.cite_field", key=key)
        single[key] = value
    if single["level"] is not None and single["level"] not in LEVELS:
        raise CitationError("pack.level", known=LEVELS)
    if single["type"] is not None and single["type"] not in TYPES:
        raise CitationError("pack.type", known=TYPES)
    if known is not None and single["amended_by"] not in (None, *known):
        raise CitationError("pack.cite_regulation", regulation=single["amended_by"], known=known)
    ayat, huruf = _texts(data.get("ayat"), "ayat"), _texts(data.get("huruf"), "huruf")
    if (ayat or huruf) and single["pasal"] is None:
        raise CitationError("pack.cite_field", key="pasal")
    return Citation(
        regulation, single["pasal"], ayat, huruf, single["part"], single["amended_by"],
        single["level"], single["type"],
    )  # fmt: skip


def read_citations(data: Any, regulations: Iterable[str] | None = None) -> tuple[Citation, ...]:
    if not isinstance(data, list):
        raise CitationError("pack.cite_list")
    known = None if regulations is None else tuple(regulations)
    return tuple(read_citation(item, known) for item in data)


def read_basis(data: Mapping[str, Any], regulations: Iterable[str] | None = None) -> Basis:
    """The basis of a rule or a limit from its object: ``law`` (``hukum``, the default,
    or ``praktik``), ``cite`` (the citations; for a practice, the principle of the law
    it serves), ``practice`` (``{"id": ..., "en": ...}``, a practice only), ``derived``
    and ``cite_from``. Without ``cite``, a plain-text ``basis`` is kept as it is."""
    law = data.get("law", LAW)
    if law not in KINDS:
        raise CitationError("pack.law", known=KINDS)
    derived = data.get("derived", False)
    if not isinstance(derived, bool):
        raise CitationError("pack.cite_field", key="derived")
    source = data.get("cite_from", "")
    if source and source not in SOURCES:
        raise CitationError("pack.cite_from", known=SOURCES)
    practice: tuple[tuple[str, str], ...] = ()
    if law == PRACTICE:
        said = data.get("practice")
        ok = isinstance(said, dict) and all(
            isinstance(said.get(lang), str) and said[lang].strip() for lang in ("id", "en")
        )
        if not ok:
            raise CitationError("pack.practice_text")
        assert isinstance(said, dict)
        practice = (("id", said["id"]), ("en", said["en"]))
    if "cite" in data:
        cites = read_citations(data["cite"], regulations)
        if law == LAW and not cites and not source:
            raise CitationError("pack.cite_list")
        return Basis(law, cites, practice, derived, source)
    legacy = data.get("basis")
    if law == LAW and not (isinstance(legacy, str) and legacy.strip()):
        raise CitationError("pack.basis_missing")
    return Basis(law, (), practice, derived, source, legacy if isinstance(legacy, str) else "")


# -- the legal form ---------------------------------------------------------------------


def _and(items: Sequence[str], lang: str) -> str:
    """``a``, ``a dan b``, ``a, b, dan c`` (Indonesian, as the regulations write
    it: "Pasal 60 ayat (1), ayat (3), dan ayat (5)"); ``a, b and c`` (English)."""
    if len(items) < 2:
        return "".join(items)
    if lang == "id":
        head = ", ".join(items[:-1])
        return f"{head}{',' if len(items) > 2 else ''} dan {items[-1]}"
    return f"{', '.join(items[:-1])} and {items[-1]}"


def _place(cite: Citation, lang: str) -> str:
    """The place a citation names within its regulation, without the regulation."""
    if cite.pasal is None:
        if cite.part is None:
            return ""
        return cite.part if lang == "id" else cite.part.replace("Lampiran", "Annex", 1)
    if lang == "id":
        text = f"Pasal {cite.pasal}"
        if cite.ayat:
            text += " " + _and([f"ayat ({a})" for a in cite.ayat], "id")
        if cite.huruf:
            text += " " + _and([f"huruf {h}" for h in cite.huruf], "id")
        return text
    text = cite.pasal
    if cite.ayat:
        text += _and([f"({a})" for a in cite.ayat], "en")
    if cite.huruf:
        text += _and([f"({h})" for h in cite.huruf], "en")
    return text


def _merged(cites: Iterable[Citation]) -> list[Citation]:
    """Citations of one pasal (without huruf) merged into one with the ayat of all, in
    order; exact repeats dropped."""
    out: list[Citation] = []
    for cite in cites:
        for i, seen in enumerate(out):
            same = (seen.regulation, seen.amended_by, seen.pasal, seen.part) == (
                cite.regulation, cite.amended_by, cite.pasal, cite.part
            )  # fmt: skip
            if same and not seen.huruf and not cite.huruf and seen.ayat and cite.ayat:
                ayat = tuple(dict.fromkeys(seen.ayat + cite.ayat))
                out[i] = Citation(seen.regulation, seen.pasal, ayat, (), seen.part,
                                  seen.amended_by)  # fmt: skip
                break
            if same and (seen.ayat, seen.huruf) == (cite.ayat, cite.huruf):
                break
        else:
            out.append(cite)
    return out


@lru_cache(maxsize=4096)
def _cite_text(cites: tuple[Citation, ...], lang: str, level: str | None,
               unit_type: str | None) -> str:  # fmt: skip
    groups: dict[tuple[str, str | None], list[Citation]] = {}
    for cite in cites:
        if cite.applies(level, unit_type):
            groups.setdefault((cite.regulation, cite.amended_by), []).append(cite)
    out = []
    for (regulation, amended_by), members in groups.items():
        merged = _merged(members)
        # a place listing several ayat or huruf already says "dan"/"and": the places
        # are then joined with "serta" (id) or each named apart with ";" (en)
        several = sum(len(c.ayat) > 1 or len(c.huruf) > 1 for c in merged) > 0
        if lang == "id":
            places = [p for p in (_place(c, lang) for c in merged) if p]
            if several and len(places) > 1:
                listed = f"{', '.join(places[:-1])} serta {places[-1]}"
            else:
                listed = _and(places, "id")
            text = f"{listed} {regulation}" if places else regulation
            if amended_by:
                text += f" sebagaimana telah diubah dengan {amended_by}"
        else:
            articles = [_place(c, lang) for c in merged if c.pasal]
            parts = [_place(c, lang) for c in merged if not c.pasal and c.part]
            named = []
            if several and len(articles) > 1:
                named.append("; ".join(f"Article {a}" for a in articles))
            elif articles:
                word = "Article" if len(articles) == 1 else "Articles"
                named.append(f"{word} {_and(articles, 'en')}")
            named += parts
            text = f"{_and(named, 'en')} of {regulation}" if named else regulation
            if amended_by:
                text += f", as amended by {amended_by}"
        out.append(text)
    return "; ".join(out)


def cite_text(
    cites: Iterable[Citation],
    lang: str,
    *,
    level: str | None = None,
    unit_type: str | None = None,
) -> str:
    """The legal form of ``cites`` in ``lang`` (``id`` or ``en``): those that hold at
    ``level`` for ``unit_type`` (``None``: all), grouped by regulation in the order
    given, the groups separated by semicolons."""
    return _cite_text(tuple(cites), lang, level, unit_type)


@lru_cache(maxsize=4096)
def _basis_text(basis: Basis, lang: str, level: str | None, unit_type: str | None,
                cites: tuple[Citation, ...] | None) -> str:  # fmt: skip
    words = labels(lang)
    chosen = basis.cites if cites is None else cites
    if basis.legacy and not chosen:
        return basis.legacy
    text = cite_text(chosen, lang, level=level, unit_type=unit_type)
    if basis.is_practice:
        practice = basis.practice_text(lang)
        if text:
            practice = words.fmt("basis.principle", text=practice, cite=text)
        return words.fmt("basis.practice", text=practice)
    if basis.derived and text:
        return words.fmt("basis.derived", cite=text)
    return text


def basis_text(
    basis: Basis,
    lang: str,
    *,
    level: str | None = None,
    unit_type: str | None = None,
    cites: Sequence[Citation] | None = None,
) -> str:
    """What ``basis`` says in ``lang``: its citations in legal form (``cites`` instead,
    when a finding cites its own limit), "derived from ..." for a derived limit, and
    "Praktik: ..." / "Practice: ..." with the principle it serves for a practice."""
    return _basis_text(basis, lang, level, unit_type, None if cites is None else tuple(cites))


def citation_dict(cite: Citation) -> dict[str, Any]:
    """A citation as the object a pack or catalogue file writes (and ``rbdesk check
    --format json`` prints)."""
    out: dict[str, Any] = {"regulation": cite.regulation}
    for key, value in (("pasal", cite.pasal), ("ayat", list(cite.ayat)),
                       ("huruf", list(cite.huruf)), ("part", cite.part),
                       ("amended_by", cite.amended_by), ("level", cite.level),
                       ("type", cite.unit_type)):  # fmt: skip
        if value:
            out[key] = value
    return out

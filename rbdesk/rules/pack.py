"""Rule packs: the legal limits the analysis checks, as a versioned data file.

A pack holds, for every rule, its family, default severity, its basis, the date it
took effect, whether the fact behind it is confirmed, and its title, message and fix
in Indonesian and English (templates with ``{name}``-style fields); and the limits:
sub-unit caps per kind, type and level with their legal exceptions, maximum layers,
which units the 2021 simplification leaves structural, span bands, the urusan overlap
rules and the typology thresholds. A planner changes a limit by editing a copy of the
pack and pointing rbdesk at it; no code changes. Loading validates everything and
names the first problem with its place in the file.

The basis of a rule says whether it is law (``"law": "hukum"``) or organisation-design
practice (``"praktik"``), and cites the pasal as structured citations
(:mod:`rbdesk.rules.citation`): ``"cite": [{"regulation": "PP 18/2016", "pasal": "82",
"ayat": ["1"], "level": "kabkota", "type": "B"}]``, each naming a regulation of the
pack's ``regulations`` list; a limit row cites the same way. A practice rule describes
its practice (``"practice": {"id": ..., "en": ...}``), cites at most the principle of
the law it serves, and is never confirmed. ``"cite_from"`` says the finding cites its
own limit row or catalogue entry instead; ``"derived": true`` a limit the law implies
without stating it. A plain-text ``"basis"`` (an older pack) is still read and shown as
it is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from rbdesk.domain.errors import RbdeskError
from rbdesk.domain.model import ESELON, UNIT_TYPES
from rbdesk.i18n import Text, say
from rbdesk.paths import resource_path
from rbdesk.rules.catalogue import RULE_LEVELS, Catalogue, default_catalogue
from rbdesk.rules.citation import Basis, Citation, CitationError, read_basis, read_citations

FAMILIES = (
    "structure", "caps", "layers", "spans", "grades", "overlap", "authority", "text",
    "typology",
)  # fmt: skip
SEVERITIES = ("error", "warning", "info")
DEFAULT_PACK = "pp18-2016.json"


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


class PackError(RbdeskError):
    """A rule pack that cannot be used; the message names the file and the place.

    ``code`` names the reason (``error.<code>`` in the catalogue), ``params`` its values
    with ``source`` (the pack's file) and ``where`` (the place in the file: a JSON path
    such as ``limits.caps[3]``, or words such as ``rule 'caps.sub_units'``; ``None`` for
    the file as a whole). ``detail`` values are Python's own words."""

    def __init__(
        self, code: str, /, *, source: str, where: object = None, **params: object
    ) -> None:
        super().__init__(code, source=source, where=where, **params)

    def reason(self, lang: str = "en") -> str:
        """What is wrong, without the file and the place."""
        return say(f"error.{self.code}", lang, self.params)

    def _said(self, lang: str) -> str:
        values = {**self.params, "reason": self.reason(lang)}
        if self.params.get("where") is None:
            return say("error.pack.whole", lang, values)
        return say("error.pack", lang, values)


#: Places in a pack that are said in words, not as a JSON path.
TOP_LEVEL = Text("error.pack.at.top", {})


def _rule_place(rule_id: str) -> Text:
    return Text("error.pack.at.rule", {"rule": rule_id})


@dataclass(frozen=True, slots=True)
class RuleSpec:
    id: str
    family: str
    severity: str
    basis: Basis
    effective: str
    confirmed: str
    title: dict[str, str]
    message: dict[str, str]
    fix: dict[str, str]


@dataclass(frozen=True, slots=True)
class Cap:
    level: str
    parent: str
    within: frozenset[str] | None
    type_of: str  # "opd": the type of the OPD holding the parent; "parent": its own kelas
    unit_type: str | None
    children: frozenset[str]
    max: int
    basis: Basis
    effective: str


@dataclass(frozen=True, slots=True)
class CapException:
    parents: frozenset[str]
    children: frozenset[str]
    urusan: frozenset[str]
    unit_type: str | None
    min_urusan: int
    extra: int
    basis: Basis
    effective: str
    #: the allowance lapses once the urusan is split between two OPDs (Pasal 73(2), 90(2))
    unless_split: bool = False
    #: the allowance holds only for a score below this (Pasal 17(5), 39(5): "kurang dari
    #: 401"), after the geographic factor; ``None``: whatever the score
    below_score: float | None = None


@dataclass(frozen=True, slots=True)
class SpanBand:
    id: str
    min: int
    max: int | None

    def holds(self, span: int) -> bool:
        return span >= self.min and (self.max is None or span <= self.max)


@dataclass(frozen=True)
class RulePack:
    id: str
    version: str
    title: dict[str, str]
    rules: dict[str, RuleSpec]
    caps: tuple[Cap, ...]
    cap_exceptions: tuple[CapException, ...]
    layers: dict[tuple[str, str | None], int]
    layers_basis: Basis
    simplification: dict[str, Any]
    span_bands: tuple[SpanBand, ...]
    spans: dict[str, Any]
    overlap: dict[str, Any]
    typology: dict[str, Any]
    text: dict[str, Any]
    source: str
    #: the regulations the pack cites: id -> {"effective": ..., "note": ..., ...}
    regulations: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: the basis of each other limit (layers, simplification, spans, overlap, typology)
    bases: dict[str, Basis] = field(default_factory=dict)
    #: the eselon table's citation per level: (cite, {eselon: ayat})
    grades: dict[str, tuple[Citation, dict[str, str]]] = field(default_factory=dict)
    #: the level of region the findings cite for (``provinsi``/``kabkota``), or ``None``
    #: for every level; the analysis checks a scenario with ``at_level(...)``
    level: str | None = None
    #: what each region and each sekretariat consists of (Pasal 5; the "terdiri atas")
    composition: dict[str, Any] = field(default_factory=dict)
    #: urusan a level holds only a sliver of (UU 23/2014 Pasal 14)
    authority: dict[str, Any] = field(default_factory=dict)
    #: the rumah sakit Daerah by jenis and kelas: sub-unit caps, eselon of its posts (PP
    #: 72/2019: Pasal 21F, 44E, 65A-65B, 84A-84B, 94, 95)
    hospital: dict[str, Any] = field(default_factory=dict)

    def rule(self, rule_id: str) -> RuleSpec:
        return self.rules[rule_id]

    def at_level(self, level: str | None) -> RulePack:
        """The same pack citing only the pasal of ``level`` (``provinsi``/``kabkota``)."""
        return self if level == self.level else replace(self, level=level)

    def band_of(self, span: int) -> str | None:
        for band in self.span_bands:
            if band.holds(span):
                return band.id
        return None

    def max_layers(self, top_kind: str, rule_level: str) -> int | None:
        return self.layers.get((top_kind, rule_level), self.layers.get((top_kind, None)))


class _Reader:
    """Validation helpers that name the file and the place of a problem."""

    def __init__(self, source: str) -> None:
        self.source = source
        #: the ids of the regulations a citation may name (None: any)
        self.regulations: tuple[str, ...] | None = None

    def fail(self, where: object, code: str, /, **params: object) -> PackError:
        """The error ``code`` (``error.<code>``) with ``params`` at ``where`` of the pack."""
        return PackError(code, source=self.source, where=where, **params)

    def need(self, ok: bool, where: object, code: str, /, **params: object) -> None:
        if not ok:
            raise self.fail(where, code, **params)

    def obj(self, data: Any, key: str, where: object) -> dict[str, Any]:
        value = data.get(key) if isinstance(data, dict) else None
        self.need(isinstance(value, dict), where, "pack.not_object", key=key)
        assert isinstance(value, dict)
        return value

    def lst(self, data: Any, key: str, where: object) -> list[Any]:
        value = data.get(key) if isinstance(data, dict) else None
        self.need(isinstance(value, list), where, "pack.not_list", key=key)
        assert isinstance(value, list)
        return value

    def entries(self, data: Any, key: str, where: str) -> list[tuple[str, dict[str, Any]]]:
        """The objects of the list ``key`` of ``data`` (at ``where``), each with its place
        ``where.key[i]``."""
        out = []
        for index, row in enumerate(self.lst(data, key, where)):
            place = f"{where}.{key}[{index}]"
            self.need(isinstance(row, dict), place, "pack.object")
            out.append((place, row))
        return out

    def kinds(self, values: Any, where: object, catalogue: Catalogue) -> frozenset[str]:
        self.need(isinstance(values, list), where, "pack.kinds_list")
        for kind in values:
            self.need(kind in catalogue.kinds, where, "kind.unknown", kind=kind)
        return frozenset(values)

    def codes(self, values: Any, where: object, catalogue: Catalogue) -> frozenset[str]:
        self.need(isinstance(values, list), where, "pack.codes_list")
        for code in values:
            self.need(code in catalogue.urusan, where, "urusan.unknown", code=code)
        return frozenset(values)

    def number(self, data: dict[str, Any], key: str, where: object) -> int:
        value = data.get(key)
        self.need(
            isinstance(value, int) and not isinstance(value, bool) and value >= 0,
            where,
            "pack.whole_number",
            key=key,
        )
        assert isinstance(value, int)
        return value

    def basis(self, data: dict[str, Any], where: object) -> Basis:
        """The basis of a rule or limit (``law``, ``cite``, ``practice``, ``derived``,
        ``cite_from``; or a plain-text ``basis``), its citations naming listed
        regulations."""
        try:
            return read_basis(data, self.regulations)
        except CitationError as exc:
            raise self.fail(where, exc.code, **exc.params) from None

    def cited(self, data: dict[str, Any], where: object) -> tuple[Basis, str]:
        """The basis and the date (YYYY-MM-DD) a limit took effect: both required."""
        basis = self.basis(data, where)
        effective = data.get("effective")
        self.need(isinstance(effective, str) and _is_date(effective), where, "pack.effective_date")
        assert isinstance(effective, str)
        return basis, effective

    def texts(self, data: dict[str, Any], key: str, where: object) -> dict[str, str]:
        value = self.obj(data, key, where)
        for lang in ("id", "en"):
            self.need(
                isinstance(value.get(lang), str) and bool(value[lang].strip()),
                where,
                "pack.text_missing",
                key=key,
                lang=lang,
            )
        return {"id": value["id"], "en": value["en"]}


def _rules(r: _Reader, data: dict[str, Any]) -> dict[str, RuleSpec]:
    rules: dict[str, RuleSpec] = {}
    for rule_id, spec in r.obj(data, "rules", TOP_LEVEL).items():
        where = _rule_place(rule_id)
        r.need(isinstance(spec, dict), where, "pack.object")
        family = spec.get("family")
        r.need(family in FAMILIES, where, "pack.family", family=family, known=FAMILIES)
        r.need(rule_id.startswith(f"{family}."), where, "pack.rule_prefix", family=family)
        r.need(spec.get("severity") in SEVERITIES, where, "pack.severity", known=SEVERITIES)
        r.need(spec.get("confirmed") in ("C", "S", "U"), where, "pack.confirmed")
        basis = r.basis(spec, where)
        r.need(not basis.is_practice or spec["confirmed"] != "C", where,
               "pack.practice_confirmed")  # fmt: skip
        rules[rule_id] = RuleSpec(
            rule_id, spec["family"], spec["severity"], basis,
            str(spec.get("effective", "")), spec["confirmed"],
            r.texts(spec, "title", where), r.texts(spec, "message", where),
            r.texts(spec, "fix", where),
        )  # fmt: skip
    return rules


def _caps(r: _Reader, limits: dict[str, Any], cat: Catalogue) -> tuple[Cap, ...]:
    caps = []
    for where, row in r.entries(limits, "caps", "limits"):
        r.need(row.get("level") in RULE_LEVELS, where, "pack.level", known=RULE_LEVELS)
        r.need(row.get("parent") in cat.kinds, where, "kind.parent_unknown", kind=row.get("parent"))
        r.need(row.get("type_of", "opd") in ("opd", "parent"), where, "pack.type_of")
        r.need(row.get("type") in (None, *UNIT_TYPES), where, "pack.type", known=UNIT_TYPES)
        within = row.get("within")
        basis, effective = r.cited(row, where)
        # a row's citations hold at its level (and, for the OPD's type, its type)
        row_type = row.get("type") if row.get("type_of", "opd") == "opd" else None
        cites = tuple(
            replace(c, level=c.level or row["level"], unit_type=c.unit_type or row_type)
            for c in basis.cites
        )
        caps.append(
            Cap(
                row["level"], row["parent"],
                None if within is None else r.kinds(within, where, cat),
                row.get("type_of", "opd"), row.get("type"),
                r.kinds(row.get("children"), where, cat), r.number(row, "max", where),
                replace(basis, cites=cites), effective,
            )
        )  # fmt: skip
    return tuple(caps)


def _exceptions(r: _Reader, limits: dict[str, Any], cat: Catalogue) -> tuple[CapException, ...]:
    out = []
    for where, row in r.entries(limits, "cap_exceptions", "limits"):
        r.need(row.get("type") in (None, *UNIT_TYPES), where, "pack.type", known=UNIT_TYPES)
        out.append(
            CapException(
                r.kinds(row.get("parents"), where, cat), r.kinds(row.get("children"), where, cat),
                r.codes(row.get("urusan", []), where, cat), row.get("type"),
                r.number(row, "min_urusan", where) if "min_urusan" in row else 0,
                r.number(row, "extra", where),
                *r.cited(row, where),
                row.get("unless_split") is True,
                float(r.number(row, "below_score", where)) if "below_score" in row else None,
            )
        )  # fmt: skip
    return tuple(out)


def _per_level(r: _Reader, data: dict[str, Any], key: str, where: str) -> None:
    """``data[key]`` gives a text for each level."""
    value = r.obj(data, key, where)
    for level in RULE_LEVELS:
        text = value.get(level)
        r.need(isinstance(text, str) and bool(text.strip()), f"{where}.{key}",
               "pack.text_key", key=level)  # fmt: skip


def _overlap_extras(r: _Reader, overlap: dict[str, Any], cat: Catalogue) -> dict[str, Any]:
    """The parts of ``limits.overlap`` the checks of the law as written read: splits by
    score (Pasal 73, 90), the parts of 1.05, the OPDs with rules of their own; returns
    ``overlap`` with each ``cite`` read (``rbdesk.rules.citation``)."""
    where = "limits.overlap"
    out = dict(overlap)
    splits = r.obj(overlap, "score_splits", where)
    r.codes(splits.get("urusan"), f"{where}.score_splits", cat)
    for place, band in r.entries(splits, "bands", f"{where}.score_splits"):
        r.need(band.get("type") in UNIT_TYPES, place, "pack.type", known=UNIT_TYPES)
        r.number(band, "above" if "above" in band else "min", place)
    _per_level(r, splits, "extra_pasal", f"{where}.score_splits")
    parts = dict(r.obj(overlap, "parts", where))
    r.codes([parts.get("urusan")], f"{where}.parts", cat)
    for place, role in r.entries(parts, "roles", f"{where}.parts"):
        code = role.get("sub_urusan")
        r.need(code in cat.sub_urusan, place, "urusan.unknown", code=code)
        r.lst(role, "words", place)
    parts["cite"] = r.basis(parts, f"{where}.parts").cites
    out["parts"] = parts
    own = []
    for place, entry in r.entries(overlap, "own_rules", where):
        r.codes(entry.get("urusan", []), place, cat)
        r.texts(entry, "name", place)
        r.texts(entry, "rules", place)
        own.append({**entry, "cite": r.basis(entry, place).cites})
    out["own_rules"] = own
    r.codes(
        [c for c, u in cat.urusan.items() if u.urusan_class in overlap.get(
            "basic_service_classes", [])], f"{where}.basic_service_classes", cat,
    )  # fmt: skip
    _per_level(r, overlap, "merge_pasal", where)
    return out


def _composition(r: _Reader, limits: dict[str, Any], cat: Catalogue) -> dict[str, Any]:
    """``limits.composition``: the OPD kinds every region has (Pasal 5) and the
    subbagian each sekretariat consists of, each row's ``cite`` read; absent in an
    older pack (no such check)."""
    if "composition" not in limits:
        return {}
    where = "limits.composition"
    composition = dict(r.obj(limits, "composition", "limits"))
    r.cited(composition, where)
    required = r.obj(composition, "required", where)
    for level in RULE_LEVELS:
        r.kinds(required.get(level), f"{where}.required", cat)
    rows = []
    for place, row in r.entries(composition, "sekretariat_subbagian", where):
        r.need(row.get("level") in RULE_LEVELS, place, "pack.level", known=RULE_LEVELS)
        r.kinds([row.get("within")], place, cat)
        r.need(row.get("type") in UNIT_TYPES, place, "pack.type", known=UNIT_TYPES)
        r.number(row, "min", place)
        rows.append({**row, "basis": r.cited(row, place)[0]})
    composition["sekretariat_subbagian"] = rows
    return composition


def _authority(r: _Reader, limits: dict[str, Any], cat: Catalogue) -> dict[str, Any]:
    """``limits.authority``: per level, the urusan it holds only a sliver of, each row's
    ``cite`` read into its ``basis``; absent in an older pack."""
    if "authority" not in limits:
        return {}
    where = "limits.authority"
    authority = dict(r.obj(limits, "authority", "limits"))
    r.cited(authority, where)
    narrow = r.obj(authority, "narrow_urusan", where)
    read: dict[str, list[dict[str, Any]]] = {}
    for level in RULE_LEVELS:
        read[level] = []
        for place, row in r.entries(narrow, level, f"{where}.narrow_urusan"):
            r.codes([row.get("urusan")], place, cat)
            read[level].append({**row, "basis": r.basis(row, place)})
    authority["narrow_urusan"] = read
    return authority


def _hospital(r: _Reader, limits: dict[str, Any], cat: Catalogue) -> dict[str, Any]:
    """``limits.hospital``: the kelas each jenis of rumah sakit has, the caps of its
    sub-units and the eselon of its posts by jenis and kelas, each row's ``cite`` read
    into its ``basis``; absent in an older pack (no such check)."""
    if "hospital" not in limits:
        return {}
    where = "limits.hospital"
    hospital = dict(r.obj(limits, "hospital", "limits"))
    r.cited(hospital, where)
    classes = r.obj(hospital, "classes", where)
    for kind, listed in classes.items():
        ok = isinstance(listed, list) and set(listed) <= set(UNIT_TYPES)
        r.need(ok, f"{where}.classes.{kind}", "pack.type", known=UNIT_TYPES)
    caps = []
    for place, row in r.entries(hospital, "caps", where):
        r.need(row.get("kind") in classes, place, "pack.text_key", key="kind")
        r.need(row.get("class") in UNIT_TYPES, place, "pack.type", known=UNIT_TYPES)
        r.kinds([row.get("parent")], place, cat)
        r.kinds(row.get("children"), place, cat)
        r.number(row, "max", place)
        caps.append({**row, "basis": r.basis(row, place)})
    grades = []
    for place, row in r.entries(hospital, "grades", where):
        r.need(row.get("level") in RULE_LEVELS, place, "pack.level", known=RULE_LEVELS)
        r.need(row.get("kind") in classes, place, "pack.text_key", key="kind")
        r.kinds([row.get("post")], place, cat)
        listed = row.get("classes")
        ok = isinstance(listed, list) and set(listed) <= set(UNIT_TYPES)
        r.need(ok, place, "pack.type", known=UNIT_TYPES)
        r.need(row.get("eselon") in ESELON, place, "unit.eselon_unknown",
               value=row.get("eselon"), known=ESELON)  # fmt: skip
        grades.append({**row, "basis": r.basis(row, place)})
    hospital["caps"], hospital["grades"] = caps, grades
    return hospital


def _regulations(r: _Reader, data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The regulations the pack cites, by id; a citation may name only these. A pack
    without the list (an older one) lets citations name any regulation."""
    if "regulations" not in data:
        return {}
    out: dict[str, dict[str, Any]] = {}
    for where, row in r.entries(data, "regulations", "top"):
        reg_id = row.get("id")
        r.need(isinstance(reg_id, str) and bool(reg_id.strip()), where, "pack.text_key", key="id")
        effective = row.get("effective")
        ok = effective is None or (isinstance(effective, str) and _is_date(effective))
        r.need(ok, where, "pack.effective_date")
        assert isinstance(reg_id, str)
        out[reg_id] = dict(row)
    r.regulations = tuple(out)
    return out


def _grades(r: _Reader, limits: dict[str, Any]) -> dict[str, tuple[Citation, dict[str, str]]]:
    """Per level, the pasal that sets the eselon of each post and the ayat of each
    eselon in it (``limits.grades``: Pasal 94 for a provinsi, 95 for a kab/kota)."""
    if "grades" not in limits:
        return {}
    data = r.obj(limits, "grades", "limits")
    where = "limits.grades"
    try:
        cites = read_citations(data.get("cite"), r.regulations)
    except CitationError as exc:
        raise r.fail(where, exc.code, **exc.params) from None
    ayat = r.obj(data, "ayat_by_eselon", where)
    out: dict[str, tuple[Citation, dict[str, str]]] = {}
    for cite in cites:
        r.need(cite.level in RULE_LEVELS, where, "pack.level", known=RULE_LEVELS)
        assert cite.level is not None
        table = r.obj(ayat, cite.level, f"{where}.ayat_by_eselon")
        out[cite.level] = (cite, {str(k): str(v) for k, v in table.items()})
    return out


def load_pack(path: Path | None = None, catalogue: Catalogue | None = None) -> RulePack:
    """Read and validate a rule pack (default: the shipped PP 18/2016 pack)."""
    path = path or resource_path("rules", DEFAULT_PACK)
    cat = catalogue or default_catalogue()
    r = _Reader(str(path))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise r.fail(None, "pack.unreadable", detail=exc.strerror or str(exc)) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise r.fail(None, "pack.not_json", detail=str(exc)) from exc
    r.need(isinstance(data, dict), TOP_LEVEL, "pack.object")
    for key in ("pack", "version"):
        ok = isinstance(data.get(key), str) and bool(data[key])
        r.need(ok, TOP_LEVEL, "pack.text_key", key=key)
    regulations = _regulations(r, data)
    rules = _rules(r, data)
    limits = r.obj(data, "limits", TOP_LEVEL)
    bases: dict[str, Basis] = {}
    layers_data = r.obj(limits, "layers", "limits")
    layers: dict[tuple[str, str | None], int] = {}
    for where, row in r.entries(layers_data, "max", "limits.layers"):
        r.need(row.get("top") in cat.kinds, where, "kind.unknown", kind=row.get("top"))
        level_ok = row.get("level") in (None, *RULE_LEVELS)
        r.need(level_ok, where, "pack.level_or_null", known=RULE_LEVELS)
        layers[(row["top"], row.get("level"))] = r.number(row, "max", where)
    layers_basis = r.cited(layers_data, "limits.layers")[0]
    simplification = r.obj(limits, "simplification", "limits")
    bases["simplification"] = r.cited(simplification, "limits.simplification")[0]
    for key in ("parents", "children", "exempt_within"):
        r.kinds(simplification.get(key), f"limits.simplification.{key}", cat)
    spans = r.obj(limits, "spans", "limits")
    bands: list[SpanBand] = []
    for where, row in r.entries(spans, "bands", "limits.spans"):
        band_id = row.get("id")
        r.need(isinstance(band_id, str) and bool(band_id.strip()), where, "pack.text_key", key="id")
        assert isinstance(band_id, str)
        r.need(all(b.id != band_id for b in bands), where, "pack.band_twice", band=band_id)
        low = r.number(row, "min", where)
        top = row.get("max")
        top_ok = top is None or (isinstance(top, int) and not isinstance(top, bool) and top >= low)
        r.need(top_ok, where, "pack.band_max")
        bands.append(SpanBand(band_id, low, top))
    ordered = sorted(bands, key=lambda b: b.min)
    for lower, upper in zip(ordered, ordered[1:], strict=False):
        apart = lower.max is not None and lower.max < upper.min
        r.need(apart, "limits.spans.bands", "pack.bands_overlap", first=lower.id, second=upper.id)
    for key in ("chain_min", "narrow_max", "wide_min"):
        r.number(spans, key, "limits.spans")
    r.kinds(spans.get("wide_exempt", []), "limits.spans.wide_exempt", cat)
    r.kinds(spans.get("narrow_kinds", []), "limits.spans.narrow_kinds", cat)
    bases["spans"] = r.basis(spans, "limits.spans")
    exemptions = r.entries(spans, "exempt", "limits.spans") if "exempt" in spans else []
    for where, row in exemptions:
        if row.get("parent") is not None:
            r.kinds([row.get("parent")], where, cat)
        if row.get("children") is not None:
            r.kinds(row.get("children"), where, cat)
        bases[where] = r.basis(row, where)
    overlap = r.obj(limits, "overlap", "limits")
    bases["overlap"] = r.cited(overlap, "limits.overlap")[0]
    r.kinds(overlap.get("holder_kinds"), "limits.overlap.holder_kinds", cat)
    splits = r.obj(overlap, "lawful_splits", "limits.overlap")
    r.codes(list(splits), "limits.overlap.lawful_splits", cat)
    for key in ("max_urusan_per_dinas", "max_functions_per_badan"):
        r.number(overlap, key, "limits.overlap")
    if "score_splits" in overlap:  # an older pack has none of the checks of issue 12
        overlap = _overlap_extras(r, overlap, cat)
    typology = r.obj(limits, "typology", "limits")
    bases["typology"] = r.cited(typology, "limits.typology")[0]
    for where, group in r.entries(typology, "groups", "limits.typology"):
        r.kinds(group.get("kinds"), where, cat)
        thresholds = r.obj(group, "thresholds", where)
        r.need(set(thresholds) <= set(UNIT_TYPES), where, "pack.thresholds", known=UNIT_TYPES)
        if "cite" in group:
            bases[f"typology.{group.get('id')}"] = r.basis(group, where)
    grades = _grades(r, limits)
    text = r.obj(limits, "text", "limits")
    threshold = text.get("threshold")
    r.need(
        isinstance(threshold, int | float) and 0 < threshold <= 1,
        "limits.text",
        "pack.threshold",
    )
    return RulePack(
        data["pack"], data["version"], data.get("title", {}), rules, _caps(r, limits, cat),
        _exceptions(r, limits, cat), layers, layers_basis, simplification,
        tuple(bands), spans, overlap, typology, text, str(path), regulations, bases, grades,
        composition=_composition(r, limits, cat), authority=_authority(r, limits, cat),
        hospital=_hospital(r, limits, cat),
    )  # fmt: skip

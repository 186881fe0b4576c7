"""Rule packs: the legal limits the analysis checks, as a versioned data file.

A pack holds, for every rule, its family, default severity, legal basis, the date it
took effect, whether the fact behind it is confirmed, and its title, message and fix
in Indonesian and English (templates with ``{name}``-style fields); and the limits:
sub-unit caps per kind, type and level with their legal exceptions, maximum layers,
which units the 2021 simplification leaves structural, span bands, the urusan overlap
rules and the typology thresholds. A planner changes a limit by editing a copy of the
pack and pointing rbdesk at it; no code changes. Loading validates everything and
names the first problem with its place in the file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from rbdesk.domain.errors import RbdeskError
from rbdesk.domain.model import UNIT_TYPES
from rbdesk.i18n import Text, say
from rbdesk.paths import resource_path
from rbdesk.rules.catalogue import RULE_LEVELS, Catalogue, default_catalogue

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

    def message(self, lang: str = "en") -> str:
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
    basis: str
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
    basis: str
    effective: str


@dataclass(frozen=True, slots=True)
class CapException:
    parents: frozenset[str]
    children: frozenset[str]
    urusan: frozenset[str]
    unit_type: str | None
    min_urusan: int
    extra: int
    basis: str
    effective: str


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
    layers_basis: str
    simplification: dict[str, Any]
    span_bands: tuple[SpanBand, ...]
    spans: dict[str, Any]
    overlap: dict[str, Any]
    typology: dict[str, Any]
    text: dict[str, Any]
    source: str

    def rule(self, rule_id: str) -> RuleSpec:
        return self.rules[rule_id]

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

    def cited(self, data: dict[str, Any], where: object) -> tuple[str, str]:
        """The legal basis and the date (YYYY-MM-DD) a limit took effect: both required."""
        basis = data.get("basis")
        effective = data.get("effective")
        self.need(isinstance(basis, str) and bool(basis.strip()), where, "pack.basis_missing")
        self.need(isinstance(effective, str) and _is_date(effective), where, "pack.effective_date")
        assert isinstance(basis, str) and isinstance(effective, str)
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
        r.need(bool(str(spec.get("basis", "")).strip()), where, "pack.basis_missing")
        rules[rule_id] = RuleSpec(
            rule_id, spec["family"], spec["severity"], spec["basis"],
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
        caps.append(
            Cap(
                row["level"], row["parent"],
                None if within is None else r.kinds(within, where, cat),
                row.get("type_of", "opd"), row.get("type"),
                r.kinds(row.get("children"), where, cat), r.number(row, "max", where),
                *r.cited(row, where),
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
            )
        )  # fmt: skip
    return tuple(out)


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
    rules = _rules(r, data)
    limits = r.obj(data, "limits", TOP_LEVEL)
    layers_data = r.obj(limits, "layers", "limits")
    layers: dict[tuple[str, str | None], int] = {}
    for where, row in r.entries(layers_data, "max", "limits.layers"):
        r.need(row.get("top") in cat.kinds, where, "kind.unknown", kind=row.get("top"))
        level_ok = row.get("level") in (None, *RULE_LEVELS)
        r.need(level_ok, where, "pack.level_or_null", known=RULE_LEVELS)
        layers[(row["top"], row.get("level"))] = r.number(row, "max", where)
    r.cited(layers_data, "limits.layers")
    simplification = r.obj(limits, "simplification", "limits")
    r.cited(simplification, "limits.simplification")
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
    overlap = r.obj(limits, "overlap", "limits")
    r.cited(overlap, "limits.overlap")
    r.kinds(overlap.get("holder_kinds"), "limits.overlap.holder_kinds", cat)
    splits = r.obj(overlap, "lawful_splits", "limits.overlap")
    r.codes(list(splits), "limits.overlap.lawful_splits", cat)
    for key in ("max_urusan_per_dinas", "max_functions_per_badan"):
        r.number(overlap, key, "limits.overlap")
    typology = r.obj(limits, "typology", "limits")
    r.cited(typology, "limits.typology")
    for where, group in r.entries(typology, "groups", "limits.typology"):
        r.kinds(group.get("kinds"), where, cat)
        thresholds = r.obj(group, "thresholds", where)
        r.need(set(thresholds) <= set(UNIT_TYPES), where, "pack.thresholds", known=UNIT_TYPES)
    text = r.obj(limits, "text", "limits")
    threshold = text.get("threshold")
    r.need(
        isinstance(threshold, int | float) and 0 < threshold <= 1,
        "limits.text",
        "pack.threshold",
    )
    return RulePack(
        data["pack"], data["version"], data.get("title", {}), rules, _caps(r, limits, cat),
        _exceptions(r, limits, cat), layers, str(layers_data.get("basis", "")), simplification,
        tuple(bands), spans, overlap, typology, text, str(path),
    )  # fmt: skip

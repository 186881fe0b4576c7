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
    """A rule pack that cannot be used; the message names the file and the place."""


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

    def fail(self, where: str, message: str) -> PackError:
        return PackError(f"rule pack '{self.source}', {where}: {message}")

    def need(self, ok: bool, where: str, message: str) -> None:
        if not ok:
            raise self.fail(where, message)

    def obj(self, data: Any, key: str, where: str) -> dict[str, Any]:
        value = data.get(key) if isinstance(data, dict) else None
        self.need(isinstance(value, dict), where, f"'{key}' must be an object")
        assert isinstance(value, dict)
        return value

    def lst(self, data: Any, key: str, where: str) -> list[Any]:
        value = data.get(key) if isinstance(data, dict) else None
        self.need(isinstance(value, list), where, f"'{key}' must be a list")
        assert isinstance(value, list)
        return value

    def kinds(self, values: Any, where: str, catalogue: Catalogue) -> frozenset[str]:
        self.need(isinstance(values, list), where, "expected a list of unit kinds")
        for kind in values:
            self.need(kind in catalogue.kinds, where, f"unknown unit kind '{kind}'")
        return frozenset(values)

    def codes(self, values: Any, where: str, catalogue: Catalogue) -> frozenset[str]:
        self.need(isinstance(values, list), where, "expected a list of urusan codes")
        for code in values:
            self.need(code in catalogue.urusan, where, f"unknown urusan code '{code}'")
        return frozenset(values)

    def number(self, data: dict[str, Any], key: str, where: str) -> int:
        value = data.get(key)
        self.need(
            isinstance(value, int) and not isinstance(value, bool) and value >= 0,
            where,
            f"'{key}' must be a whole number of at least 0",
        )
        assert isinstance(value, int)
        return value

    def cited(self, data: dict[str, Any], where: str) -> tuple[str, str]:
        """The legal basis and the date (YYYY-MM-DD) a limit took effect: both required."""
        basis = data.get("basis")
        effective = data.get("effective")
        self.need(isinstance(basis, str) and bool(basis.strip()), where, "'basis' is missing")
        self.need(
            isinstance(effective, str) and _is_date(effective),
            where,
            "'effective' must be a date YYYY-MM-DD",
        )
        assert isinstance(basis, str) and isinstance(effective, str)
        return basis, effective

    def texts(self, data: dict[str, Any], key: str, where: str) -> dict[str, str]:
        value = self.obj(data, key, where)
        for lang in ("id", "en"):
            self.need(
                isinstance(value.get(lang), str) and bool(value[lang].strip()),
                where,
                f"'{key}' needs a non-empty '{lang}' text",
            )
        return {"id": value["id"], "en": value["en"]}


def _rules(r: _Reader, data: dict[str, Any]) -> dict[str, RuleSpec]:
    rules: dict[str, RuleSpec] = {}
    for rule_id, spec in r.obj(data, "rules", "top level").items():
        where = f"rule '{rule_id}'"
        r.need(isinstance(spec, dict), where, "expected an object")
        r.need(spec.get("family") in FAMILIES, where, f"unknown family '{spec.get('family')}'")
        r.need(rule_id.startswith(f"{spec['family']}."), where, "id must start with its family")
        r.need(spec.get("severity") in SEVERITIES, where, "severity must be error/warning/info")
        r.need(spec.get("confirmed") in ("C", "S", "U"), where, "confirmed must be C, S or U")
        r.need(bool(str(spec.get("basis", "")).strip()), where, "basis is empty")
        rules[rule_id] = RuleSpec(
            rule_id, spec["family"], spec["severity"], spec["basis"],
            str(spec.get("effective", "")), spec["confirmed"],
            r.texts(spec, "title", where), r.texts(spec, "message", where),
            r.texts(spec, "fix", where),
        )  # fmt: skip
    return rules


def _caps(r: _Reader, limits: dict[str, Any], cat: Catalogue) -> tuple[Cap, ...]:
    caps = []
    for index, row in enumerate(r.lst(limits, "caps", "limits")):
        where = f"limits.caps[{index}]"
        r.need(row.get("level") in RULE_LEVELS, where, "level must be provinsi or kabkota")
        r.need(row.get("parent") in cat.kinds, where, f"unknown parent kind '{row.get('parent')}'")
        r.need(row.get("type_of", "opd") in ("opd", "parent"), where, "type_of: opd or parent")
        r.need(row.get("type") in (None, *UNIT_TYPES), where, "type must be A-D or null")
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
    for index, row in enumerate(r.lst(limits, "cap_exceptions", "limits")):
        where = f"limits.cap_exceptions[{index}]"
        r.need(row.get("type") in (None, *UNIT_TYPES), where, "type must be A-D or null")
        out.append(
            CapException(
                r.kinds(row.get("parents"), where, cat), r.kinds(row.get("children"), where, cat),
                r.codes(row.get("urusan", []), where, cat), row.get("type"),
                int(row.get("min_urusan", 0)), r.number(row, "extra", where),
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
        raise r.fail("file", f"cannot be read ({exc.strerror})") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise r.fail("file", f"not valid JSON ({exc})") from exc
    r.need(isinstance(data, dict), "top level", "expected an object")
    for key in ("pack", "version"):
        r.need(isinstance(data.get(key), str) and bool(data[key]), "top level", f"'{key}' missing")
    rules = _rules(r, data)
    limits = r.obj(data, "limits", "top level")
    layers_data = r.obj(limits, "layers", "limits")
    layers: dict[tuple[str, str | None], int] = {}
    for index, row in enumerate(r.lst(layers_data, "max", "limits.layers")):
        where = f"limits.layers.max[{index}]"
        r.need(row.get("top") in cat.kinds, where, f"unknown kind '{row.get('top')}'")
        r.need(row.get("level") in (None, *RULE_LEVELS), where, "bad level")
        layers[(row["top"], row.get("level"))] = r.number(row, "max", where)
    r.cited(layers_data, "limits.layers")
    simplification = r.obj(limits, "simplification", "limits")
    r.cited(simplification, "limits.simplification")
    for key in ("parents", "children", "exempt_within"):
        r.kinds(simplification.get(key), f"limits.simplification.{key}", cat)
    spans = r.obj(limits, "spans", "limits")
    bands = []
    for index, row in enumerate(r.lst(spans, "bands", "limits.spans")):
        where = f"limits.spans.bands[{index}]"
        top = row.get("max")
        r.need(top is None or (isinstance(top, int) and top >= row.get("min", 0)), where, "bad max")
        bands.append(SpanBand(str(row.get("id")), r.number(row, "min", where), top))
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
    for index, group in enumerate(r.lst(typology, "groups", "limits.typology")):
        where = f"limits.typology.groups[{index}]"
        r.kinds(group.get("kinds"), where, cat)
        thresholds = r.obj(group, "thresholds", where)
        r.need(set(thresholds) <= set(UNIT_TYPES), where, "thresholds are keyed by type A-D")
    text = r.obj(limits, "text", "limits")
    threshold = text.get("threshold")
    r.need(
        isinstance(threshold, int | float) and 0 < threshold <= 1,
        "limits.text",
        "'threshold' must be a number in (0, 1]",
    )
    return RulePack(
        data["pack"], data["version"], data.get("title", {}), rules, _caps(r, limits, cat),
        _exceptions(r, limits, cat), layers, str(layers_data.get("basis", "")), simplification,
        tuple(bands), spans, overlap, typology, text, str(path),
    )  # fmt: skip

"""The reference catalogues: urusan and their rumpun, sub-urusan with the levels that
hold authority in each, unit kinds with their allowed parents, and the eselon of each
head. They ship as data files in ``resources/catalogue/`` and are read-only; a plan
stores codes, never copies. Loading validates every file and names the file and row
of the first problem found.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from rbdesk.domain.errors import RbdeskError
from rbdesk.domain.model import ESELON, Level
from rbdesk.i18n import Text, Words, say
from rbdesk.paths import resource_path
from rbdesk.rules.citation import Citation, CitationError, read_citations

RULE_LEVELS = ("provinsi", "kabkota")
URUSAN_CLASSES = (
    "wajib_pelayanan_dasar",
    "wajib_non_pelayanan_dasar",
    "pilihan",
    "pendukung",
    "penunjang",
    "pengawasan",
    "kewilayahan",
    "pemerintahan_umum",
    "kekhususan",
)
CONFIRMED = ("C", "S", "U")
#: The facts an eselon rule's ``when`` may name.
CONDITIONS = ("unit_type", "parent_kind", "parent_type", "opd_kind")


class CatalogueError(RbdeskError):
    """A catalogue file is missing or malformed.

    ``code`` names the reason (``error.<code>`` in the catalogue of words), ``params``
    its values with ``where``: the file, or the file and the row or entry of the
    problem. ``detail`` values are Python's own words."""

    def __init__(self, code: str, /, *, where: object, **params: object) -> None:
        super().__init__(code, where=where, **params)

    def reason(self, lang: str = "en") -> str:
        """What is wrong, without the place."""
        return say(f"error.{self.code}", lang, self.params)

    def _said(self, lang: str) -> str:
        return say(
            "error.catalogue", lang, {"where": self.params["where"], "reason": self.reason(lang)}
        )


def _row(file: str, row: int) -> Text:
    """Row ``row`` of a CSV file (the header is row 1)."""
    return Text("error.catalogue.at.row", {"file": file, "row": row})


def _entry(file: str, number: int) -> Text:
    """The ``number``-th entry of a JSON file's list (counted from 1)."""
    return Text("error.catalogue.at.entry", {"file": file, "number": number})


def _kind(file: str, kind: str) -> Text:
    return Text("error.catalogue.at.kind", {"file": file, "kind": kind})


@dataclass(frozen=True, slots=True)
class Urusan:
    code: str
    name: str
    name_en: str
    urusan_class: str
    rumpun: str | None
    confirmed: str
    source: str

    @property
    def concurrent(self) -> bool:
        """An urusan pemerintahan konkuren (codes 1.xx to 3.xx)."""
        return self.code[0] in "123"


@dataclass(frozen=True, slots=True)
class Rumpun:
    id: str
    applies_to: str
    name: str
    name_en: str
    max_urusan: int
    source: str


@dataclass(frozen=True, slots=True)
class SubUrusan:
    code: str
    urusan_code: str
    name: str
    #: authority per holder: "yes", "no" or "?" (unreadable in the source)
    pusat: str
    provinsi: str
    kabkota: str
    provinsi_summary: str
    kabkota_summary: str
    source: str

    def authority(self, level: Level) -> str:
        return self.provinsi if level is Level.PROVINSI else self.kabkota


@dataclass(frozen=True, slots=True)
class UnitKind:
    id: str
    name_id: str
    name_en: str
    levels: frozenset[str]
    root: bool
    opd: bool
    structural: bool
    parents: Mapping[str, frozenset[str]]
    source: str
    note: str = ""
    #: where the law places a unit of this kind (an OPD's kedudukan), per level
    cites: tuple[Citation, ...] = ()


@dataclass(frozen=True, slots=True)
class EselonRule:
    kind: str
    level: str
    eselon: str
    when: Mapping[str, tuple[str, ...]]
    confirmed: str
    source: str


class Catalogue:
    """All reference catalogues, validated; implements the domain's ``KindRules``."""

    def __init__(
        self,
        urusan: Mapping[str, Urusan],
        rumpun: Mapping[str, Rumpun],
        sub_urusan: Mapping[str, SubUrusan],
        kinds: Mapping[str, UnitKind],
        eselon_rules: tuple[EselonRule, ...],
    ) -> None:
        self.urusan = dict(urusan)
        self.rumpun = dict(rumpun)
        self.sub_urusan = dict(sub_urusan)
        self.kinds = dict(kinds)
        self.eselon_rules = eselon_rules

    # -- KindRules --------------------------------------------------------------
    def has_kind(self, kind: str) -> bool:
        return kind in self.kinds

    def kind_exists_at(self, kind: str, level: Level) -> bool:
        return level.rule_level in self.kinds[kind].levels

    def may_be_root(self, kind: str, level: Level) -> bool:
        return self.kinds[kind].root

    def allowed_parents(self, kind: str, level: Level) -> frozenset[str]:
        return self.kinds[kind].parents.get(level.rule_level, frozenset())

    def has_code(self, code: str) -> bool:
        return code in self.urusan or code in self.sub_urusan

    def kind_label(self, kind: str) -> str:
        entry = self.kinds.get(kind)
        return entry.name_id if entry else kind

    def kind_words(self, kind: str) -> Words:
        entry = self.kinds.get(kind)
        return Words(entry.name_id, entry.name_en) if entry else Words(kind, kind)

    # -- queries ------------------------------------------------------------------
    def allowed_child_kinds(self, parent_kind: str, level: Level) -> list[str]:
        """Kinds that may stand under a unit of ``parent_kind``, in catalogue order."""
        return [
            k.id
            for k in self.kinds.values()
            if level.rule_level in k.levels and parent_kind in k.parents.get(level.rule_level, ())
        ]

    def urusan_of(self, code: str) -> Urusan:
        """The urusan a code belongs to (itself, or the parent of a sub-urusan)."""
        if code in self.urusan:
            return self.urusan[code]
        return self.urusan[self.sub_urusan[code].urusan_code]

    def code_name(self, code: str) -> str:
        if code in self.urusan:
            return self.urusan[code].name
        if code in self.sub_urusan:
            return self.sub_urusan[code].name
        return code

    def head_eselon(
        self,
        kind: str,
        level: Level,
        *,
        unit_type: str | None = None,
        parent_kind: str | None = None,
        parent_type: str | None = None,
        opd_kind: str | None = None,
    ) -> list[EselonRule]:
        """The eselon rules that apply to the head of a unit, most specific first."""
        facts = {
            "unit_type": unit_type,
            "parent_kind": parent_kind,
            "parent_type": parent_type,
            "opd_kind": opd_kind,
        }
        hits = [
            rule
            for rule in self.eselon_rules
            if rule.kind == kind
            and rule.level == level.rule_level
            and all(facts.get(key) in values for key, values in rule.when.items())
        ]
        return sorted(hits, key=lambda r: -len(r.when))


# -- loading -------------------------------------------------------------------------


def _read_csv(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise CatalogueError(
                    "catalogue.columns_missing", where=path.name, columns=tuple(missing)
                )
            return [(number, row) for number, row in enumerate(reader, start=2)]
    except OSError as exc:
        detail = exc.strerror or str(exc)
        raise CatalogueError("catalogue.unreadable", where=str(path), detail=detail) from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise CatalogueError("catalogue.not_csv", where=path.name, detail=str(exc)) from exc


def _read_json(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except OSError as exc:
        detail = exc.strerror or str(exc)
        raise CatalogueError("catalogue.unreadable", where=str(path), detail=detail) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogueError("catalogue.not_json", where=path.name, detail=str(exc)) from exc


def _require(condition: bool, where: object, code: str, /, **params: object) -> None:
    """Raise the error ``code`` (``error.<code>``) with ``params`` at ``where`` unless
    ``condition`` holds."""
    if not condition:
        raise CatalogueError(code, where=where, **params)


def load_catalogue(folder: Path | None = None) -> Catalogue:
    """Read and validate every catalogue file of ``folder`` (default: the shipped one)."""
    folder = folder or resource_path("catalogue")

    rumpun: dict[str, Rumpun] = {}
    for number, row in _read_csv(
        folder / "rumpun.csv", ("id", "applies_to", "name", "name_en", "max_urusan", "source")
    ):
        where = _row("rumpun.csv", number)
        _require(row["applies_to"] in ("dinas", "badan"), where, "catalogue.applies_to")
        _require(row["max_urusan"].isdigit(), where, "catalogue.max_urusan")
        _require(bool(row["source"].strip()), where, "catalogue.source_empty")
        _require(row["id"] not in rumpun, where, "catalogue.rumpun_twice", rumpun=row["id"])
        rumpun[row["id"]] = Rumpun(
            row["id"],
            row["applies_to"],
            row["name"],
            row["name_en"],
            int(row["max_urusan"]),
            row["source"],
        )

    urusan: dict[str, Urusan] = {}
    for number, row in _read_csv(
        folder / "urusan.csv", ("code", "name", "name_en", "class", "rumpun", "confirmed", "source")
    ):
        where = _row("urusan.csv", number)
        code = row["code"]
        _require(
            len(code) == 4 and code[1] == "." and code.replace(".", "").isdigit(),
            where,
            "catalogue.code_form",
            code=code,
        )
        _require(code not in urusan, where, "catalogue.code_twice", code=code)
        _require(
            row["class"] in URUSAN_CLASSES,
            where,
            "catalogue.class_unknown",
            value=row["class"],
            known=URUSAN_CLASSES,
        )
        _require(row["confirmed"] in CONFIRMED, where, "catalogue.confirmed")
        _require(
            not row["rumpun"] or row["rumpun"] in rumpun,
            where,
            "catalogue.rumpun_unknown",
            rumpun=row["rumpun"],
        )
        _require(bool(row["source"].strip()), where, "catalogue.source_empty")
        urusan[code] = Urusan(
            code,
            row["name"],
            row["name_en"],
            row["class"],
            row["rumpun"] or None,
            row["confirmed"],
            row["source"],
        )

    sub_urusan: dict[str, SubUrusan] = {}
    for number, row in _read_csv(
        folder / "sub_urusan.csv",
        ("urusan_code", "sub_code", "sub_urusan", "pusat", "provinsi", "kabkota", "source"),
    ):
        where = _row("sub_urusan.csv", number)
        code = row["sub_code"]
        _require(row["urusan_code"] in urusan, where, "urusan.unknown", code=row["urusan_code"])
        _require(
            code.startswith(row["urusan_code"] + "."),
            where,
            "catalogue.code_outside",
            code=code,
            urusan=row["urusan_code"],
        )
        _require(code not in sub_urusan, where, "catalogue.code_twice", code=code)
        for holder in ("pusat", "provinsi", "kabkota"):
            _require(row[holder] in ("yes", "no", "?"), where, "catalogue.authority", holder=holder)
        sub_urusan[code] = SubUrusan(
            code,
            row["urusan_code"],
            row["sub_urusan"],
            row["pusat"],
            row["provinsi"],
            row["kabkota"],
            row.get("provinsi_summary", ""),
            row.get("kabkota_summary", ""),
            row["source"],
        )

    data = _read_json(folder / "unit_kinds.json")
    _require(
        isinstance(data, dict) and isinstance(data.get("kinds"), list),
        "unit_kinds.json",
        "catalogue.object_with_list",
        key="kinds",
    )
    raw_kinds = data["kinds"]
    ids = [entry.get("id") for entry in raw_kinds if isinstance(entry, dict)]
    kinds: dict[str, UnitKind] = {}
    for index, entry in enumerate(raw_kinds):
        where = _entry("unit_kinds.json", index + 1)
        _require(isinstance(entry, dict), where, "catalogue.object")
        kind_id = entry.get("id")
        _require(isinstance(kind_id, str) and kind_id.isidentifier(), where, "catalogue.kind_id")
        where = _kind("unit_kinds.json", kind_id)
        _require(kind_id not in kinds, where, "catalogue.kind_twice")
        levels = entry.get("levels", [])
        _require(
            bool(levels) and set(levels) <= set(RULE_LEVELS),
            where,
            "catalogue.levels",
            known=RULE_LEVELS,
        )
        parents = entry.get("parents", {})
        _require(isinstance(parents, dict), where, "catalogue.parents_object")
        for level, plist in parents.items():
            _require(level in levels, where, "catalogue.parents_level", level=level)
            for parent in plist:
                _require(parent in ids, where, "kind.parent_unknown", kind=parent)
        _require(
            bool(entry.get("root")) or all(parents.get(lv) for lv in levels),
            where,
            "catalogue.parents_missing",
        )
        _require(bool(str(entry.get("source", "")).strip()), where, "catalogue.source_empty")
        name = entry.get("name", {})
        _require(bool(name.get("id")) and bool(name.get("en")), where, "catalogue.names")
        try:
            cites = read_citations(entry.get("cite", []))
        except CitationError as exc:
            raise CatalogueError(exc.code, where=where, **exc.params) from None
        kinds[kind_id] = UnitKind(
            kind_id,
            name["id"],
            name["en"],
            frozenset(levels),
            bool(entry.get("root")),
            bool(entry.get("opd")),
            bool(entry.get("structural", True)),
            {lv: frozenset(p) for lv, p in parents.items()},
            entry["source"],
            entry.get("note", ""),
            cites,
        )

    data = _read_json(folder / "eselon.json")
    _require(
        isinstance(data, dict) and isinstance(data.get("rows"), list),
        "eselon.json",
        "catalogue.object_with_list",
        key="rows",
    )
    rules: list[EselonRule] = []
    for index, row in enumerate(data["rows"]):
        where = _entry("eselon.json", index + 1)
        _require(row.get("kind") in kinds, where, "kind.unknown", kind=row.get("kind"))
        _require(
            row.get("level") in kinds[row["kind"]].levels,
            where,
            "catalogue.eselon_level",
            level=row.get("level"),
            kind=row["kind"],
            known=tuple(sorted(kinds[row["kind"]].levels)),
        )
        _require(
            row.get("eselon") in ESELON,
            where,
            "unit.eselon_unknown",
            value=row.get("eselon"),
            known=ESELON,
        )
        _require(row.get("confirmed", "C") in CONFIRMED, where, "catalogue.confirmed")
        _require(bool(str(row.get("source", "")).strip()), where, "catalogue.source_empty")
        when = row.get("when", {})
        _require(
            set(when) <= set(CONDITIONS),
            where,
            "catalogue.condition",
            found=tuple(sorted(set(when) - set(CONDITIONS))),
            known=CONDITIONS,
        )
        rules.append(
            EselonRule(
                row["kind"],
                row["level"],
                row["eselon"],
                {k: tuple(v) for k, v in when.items()},
                row.get("confirmed", "C"),
                row["source"],
            )
        )
    return Catalogue(urusan, rumpun, sub_urusan, kinds, tuple(rules))


@cache
def default_catalogue() -> Catalogue:
    """The shipped catalogue, loaded once per process."""
    return load_catalogue()

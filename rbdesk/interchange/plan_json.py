"""The JSON plan document: a whole plan (region and scenarios) as one JSON object.

A *plan document* names units by string keys instead of database ids::

    {"format": "rbdesk-plan", "version": 1,
     "region": {"name", "level", "code", "geo_factor", "preparing_unit", "partial"},
     "scenarios": [{"name", "role", "derived_from", "created",
                    "units": [{"key", "parent", "kind", "name", ...,
                               "urusan", "positions", "iku", "origins"}],
                    "links": [{"from", "to", "note"}],
                    "operations": [{"kind", "before", "after", "justification", "basis",
                                    "date", "findings"}]}],
     "signatories": [{"role", "name", "nip", "title"}],
     "pemetaan": {"year", "source", "kepulauan", "values": [{"kode", "no", "nilai"}]}}

A key is unique within its scenario. ``parent`` and the ends of a link are keys of the
same scenario; ``origins`` (lineage) and an operation's ``before`` are keys of the
scenario named by ``derived_from``, which must come earlier in the document. Optional
fields may be left out; they take the defaults of the domain dataclasses.
An operation's ``justification`` is its reason (*alasan*), ``basis`` its legal basis
(*dasar hukum*); ``findings`` lists the findings it answers, each as ``{"rule",
"codes", "units", "added"}``: ``units`` holds one list of origin keys (units of the
derived-from scenario) per unit of the finding, ``added`` the keys of its units that
the proposal added (see ``rbdesk.domain.operations.finding_ref``).
``pemetaan`` (optional) holds the region's indicator values of the pemetaan urusan
(``rbdesk.domain.pemetaan``): ``kode`` the Lampiran table, ``no`` the indicator's number
in it, ``nilai`` the value as a decimal text (``"969.36"``; a JSON number is read too);
the geographic factor is the region's ``geo_factor``; ``kepulauan`` (optional, true when
the region is berciri kepulauan) chooses the perhubungan table its ``2.15`` values fill.
``signatories`` (optional) names the officials who sign the proposal, one per role
(``prepared``, ``checked``, ``approved``), the NIP as 18 digits, spaces allowed.

``read_document`` validates a document against the reference catalogue and returns
domain objects with provisional ids; ``create_plan`` writes them into a new plan;
``export_document`` turns a plan back into a document, so a plan round-trips.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import MISSING, dataclass, field, fields
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, NoReturn

from rbdesk.domain.errors import DomainError, RbdeskError
from rbdesk.domain.invariants import (
    check_codes,
    check_fields,
    check_kind,
    check_parent_kind,
    find_cycle,
)
from rbdesk.domain.model import (
    ESELON,
    CoordinationLink,
    Iku,
    Level,
    Lineage,
    Operation,
    OperationKind,
    Position,
    PositionCategory,
    Region,
    Scenario,
    ScenarioRole,
    Signatory,
    SignatoryRole,
    Structure,
    Unit,
    UrusanAssignment,
    UrusanRole,
)
from rbdesk.domain.operations import finding_ref, parse_finding_ref
from rbdesk.domain.pemetaan import PemetaanData, canonical, check_data, check_key, check_value
from rbdesk.i18n import Text, say
from rbdesk.rules.catalogue import Catalogue, default_catalogue
from rbdesk.store.store import Store

FORMAT = "rbdesk-plan"
VERSION = 1

#: Optional unit fields and their defaults, as the domain model has them.
_UNIT_DEFAULTS: dict[str, Any] = {
    f.name: f.default for f in fields(Unit) if f.default is not MISSING
}
_UNIT_FIELDS = frozenset(
    {"key", "parent", "kind", "name", "urusan", "positions", "iku", "origins", *_UNIT_DEFAULTS}
)


#: A place in a plan document, from the outside in: ``scenario 'Kini', unit 'bid'``.
Where = tuple[Text, ...]


class PlanDocumentError(RbdeskError):
    """A plan document that cannot be read; the message names the scenario and unit.

    ``code`` names the reason (``error.<code>`` in the catalogue: the document's own
    ``document.*`` codes, or the code of the domain's refusal); ``params`` holds its
    values and ``where``, the place of the problem (:data:`Where`, empty for the
    document as a whole). ``detail`` values are Python's own words."""

    def __init__(self, code: str, where: Where = (), /, **params: object) -> None:
        super().__init__(code, where=tuple(where), **params)

    @property
    def where(self) -> Where:
        where: Where = self.params["where"]  # type: ignore[assignment]
        return where

    def reason(self, lang: str = "en") -> str:
        """What is wrong, without the place."""
        return say(f"error.{self.code}", lang, self.params)

    def _said(self, lang: str) -> str:
        if not self.where:
            return self.reason(lang)
        return say("error.document", lang, {"where": self.where, "reason": self.reason(lang)})


def _at(place: str, **params: object) -> Text:
    """One step of a place (``error.document.at.<place>``): ``unit 'bid'``, ``link #2``."""
    return Text(f"error.document.at.{place}", params)


_DOCUMENT: Where = (_at("document"),)


def _fail(where: Where, code: str, /, **params: object) -> NoReturn:
    raise PlanDocumentError(f"document.{code}", where, **params)


def _refused(where: Where, exc: RbdeskError) -> NoReturn:
    """The domain's refusal ``exc`` at ``where``, with its own code."""
    raise PlanDocumentError(exc.code, where, **exc.params) from exc


# -- field readers -----------------------------------------------------------------------


def _object(value: object, where: Where) -> dict[str, Any]:
    if not isinstance(value, dict):
        _fail(where, "object")
    return value


def _list(obj: Mapping[str, Any], name: str, where: Where) -> list[Any]:
    value = obj.get(name, [])
    if not isinstance(value, list):
        _fail(where, "list", name=name)
    return value


def _text(obj: Mapping[str, Any], name: str, where: Where, *, required: bool = False) -> str:
    value = obj.get(name, "")
    if not isinstance(value, str):
        _fail(where, "text", name=name)
    if required and not value.strip():
        _fail(where, "required", name=name)
    return value


def _choice(value: object, allowed: Iterable[str]) -> bool:
    """Whether ``value`` is one of the ``allowed`` texts (any JSON value may arrive)."""
    return isinstance(value, str) and value in set(allowed)


def _optional_text(obj: Mapping[str, Any], name: str, where: Where) -> str | None:
    value = obj.get(name)
    if value is not None and not isinstance(value, str):
        _fail(where, "text_or_null", name=name)
    return value


def _count(obj: Mapping[str, Any], name: str, where: Where) -> int:
    value = obj.get(name, 0)
    if isinstance(value, bool) or not isinstance(value, int):
        _fail(where, "whole_number", name=name)
    if value < 0:
        _fail(where, "negative", name=name)
    return value


def _number(obj: Mapping[str, Any], name: str, where: Where) -> float | None:
    value = obj.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        _fail(where, "number", name=name)
    return float(value)


def _flag(obj: Mapping[str, Any], name: str, where: Where) -> bool:
    value = obj.get(name, False)
    if not isinstance(value, bool):
        _fail(where, "boolean", name=name)
    return value


def _keys(obj: Mapping[str, Any], name: str, where: Where) -> list[str]:
    values = _list(obj, name, where)
    if not all(isinstance(v, str) for v in values):
        _fail(where, "keys", name=name)
    return values


# -- reading -----------------------------------------------------------------------------


@dataclass
class _Ids:
    """Provisional id counters, shared by all scenarios of one document so that an id
    names one thing in the whole document."""

    unit: int = 0
    position: int = 0
    link: int = 0
    operation: int = 0
    iku: int = 0

    def next(self, name: str) -> int:
        value: int = getattr(self, name) + 1
        setattr(self, name, value)
        return value


def read_document(
    data: object, catalogue: Catalogue | None = None
) -> tuple[Region, list[Structure]]:
    """Validate a plan document and return its region and one ``Structure`` per
    scenario, in document order, with provisional ids (scenario ids count from 1).

    Raises ``PlanDocumentError`` naming the scenario and unit of the first problem."""
    rules = catalogue or default_catalogue()
    doc = _object(data, _DOCUMENT)
    if doc.get("format") != FORMAT:
        _fail((), "format", found=repr(doc.get("format")), expected=FORMAT)
    version = doc.get("version")
    if type(version) is not int or version != VERSION:
        _fail((), "version", found=repr(version), expected=VERSION)
    region = _read_region(doc.get("region"))
    raw_scenarios = _list(doc, "scenarios", _DOCUMENT)
    if not raw_scenarios:
        _fail(_DOCUMENT, "no_scenario")
    ids = _Ids()
    structures: list[Structure] = []
    keys_of: dict[str, dict[str, int]] = {}  # scenario name -> key -> provisional unit id
    scenario_ids: dict[str, int] = {}
    for index, raw in enumerate(raw_scenarios):
        reader = _ScenarioReader(rules, region.level, ids, keys_of, scenario_ids)
        structure = reader.read(raw, index + 1)
        structures.append(structure)
    return region, structures


def read_signatories(data: object) -> tuple[Signatory, ...]:
    """The ``signatories`` of a plan document (none when the field is absent).

    Raises ``PlanDocumentError`` naming the entry of the first problem."""
    doc = _object(data, _DOCUMENT)
    signatories: list[Signatory] = []
    seen: set[str] = set()
    for number, raw in enumerate(_list(doc, "signatories", _DOCUMENT), start=1):
        where = (_at("signatory", number=number),)
        obj = _object(raw, where)
        role = obj.get("role")
        if not _choice(role, (r.value for r in SignatoryRole)):
            _fail(where, "role", role=repr(role), known=tuple(r.value for r in SignatoryRole))
        if role in seen:
            raise PlanDocumentError("signatory.twice", where, role=role)
        seen.add(str(role))
        try:
            signatories.append(
                Signatory(
                    SignatoryRole(str(role)),
                    _text(obj, "name", where),
                    _text(obj, "nip", where),
                    _text(obj, "title", where),
                )
            )
        except DomainError as exc:
            _refused(where, exc)
    return tuple(signatories)


def read_pemetaan(data: object) -> PemetaanData | None:
    """The ``pemetaan`` of a plan document (``None`` when the field is absent), its
    factor left to the region. Raises ``PlanDocumentError`` naming the entry of the
    first problem."""
    doc = _object(data, _DOCUMENT)
    if doc.get("pemetaan") is None:
        return None
    where: Where = (_at("pemetaan"),)
    obj = _object(doc["pemetaan"], where)
    year = obj.get("year")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        _fail(where, "whole_number", name="year")
    values: dict[tuple[str, int], Decimal] = {}
    for number, raw in enumerate(_list(obj, "values", where), start=1):
        at = (*where, _at("pemetaan_value", number=number))
        entry = _object(raw, at)
        kode = entry.get("kode")
        no = entry.get("no")
        if not isinstance(kode, str):
            _fail(at, "text", name="kode")
        if isinstance(no, bool) or not isinstance(no, int):
            _fail(at, "whole_number", name="no")
        nilai = entry.get("nilai")
        try:
            if isinstance(nilai, str):
                value = Decimal(nilai.strip())
            elif isinstance(nilai, int | float) and not isinstance(nilai, bool):
                value = Decimal(str(nilai))
            else:
                _fail(at, "decimal", name="nilai")
        except InvalidOperation:
            _fail(at, "decimal", name="nilai")
        if (kode, no) in values:
            _fail(at, "pemetaan_twice", kode=kode, no=no)
        try:
            check_key(kode, no)
            values[(kode, no)] = check_value(value)
        except DomainError as exc:
            _refused(at, exc)
    data_ = PemetaanData(values, year, _text(obj, "source", where),
                         kepulauan=_flag(obj, "kepulauan", where))  # fmt: skip
    try:
        check_data(data_)
    except DomainError as exc:
        _refused(where, exc)
    return data_


def _read_region(value: object) -> Region:
    where = (_at("region"),)
    obj = _object(value, where)
    level = obj.get("level")
    if not _choice(level, (lv.value for lv in Level)):
        _fail(where, "level", level=repr(level), known=tuple(lv.value for lv in Level))
    geo = _number(obj, "geo_factor", where)
    if geo is not None and geo <= 0:
        _fail(where, "positive", name="geo_factor")
    return Region(
        name=_text(obj, "name", where, required=True),
        level=Level(str(level)),
        code=_text(obj, "code", where),
        geo_factor=1.0 if geo is None else geo,
        preparing_unit=_text(obj, "preparing_unit", where),
        partial=_flag(obj, "partial", where),
    )


class _ScenarioReader:
    """Reads one scenario of a document; knows the scenarios read before it."""

    def __init__(
        self,
        rules: Catalogue,
        level: Level,
        ids: _Ids,
        keys_of: dict[str, dict[str, int]],
        scenario_ids: dict[str, int],
    ) -> None:
        self.rules = rules
        self.level = level
        self.ids = ids
        self.keys_of = keys_of
        self.scenario_ids = scenario_ids
        self.where: Where = ()
        self.keys: dict[str, int] = {}
        self.origin_keys: dict[str, int] | None = None

    def read(self, raw: object, number: int) -> Structure:
        self.where = (_at("scenario_number", number=number),)
        obj = _object(raw, self.where)
        name = _text(obj, "name", self.where, required=True)
        self.where = (_at("scenario", name=name),)
        if name in self.keys_of:
            _fail(self.where, "scenario_twice")
        role = obj.get("role")
        if not _choice(role, (r.value for r in ScenarioRole)):
            _fail(self.where, "role", role=repr(role), known=tuple(r.value for r in ScenarioRole))
        derived = _optional_text(obj, "derived_from", self.where)
        derived_id = None
        if derived is not None:
            if derived not in self.keys_of:
                _fail(self.where, "derived_unknown", name=derived)
            self.origin_keys = self.keys_of[derived]
            derived_id = self.scenario_ids[derived]
        scenario = Scenario(
            number, name, ScenarioRole(str(role)), derived_id, _text(obj, "created", self.where)
        )
        structure = Structure(scenario)
        raw_units = [
            _object(u, (*self.where, _at("unit_number", number=i + 1)))
            for i, u in enumerate(_list(obj, "units", self.where))
        ]
        for i, unit in enumerate(raw_units):
            key = unit.get("key")
            if not isinstance(key, str) or not key.strip():
                _fail((*self.where, _at("unit_number", number=i + 1)), "required", name="key")
            if key in self.keys:
                _fail(self._at(key), "key_twice")
            self.keys[key] = self.ids.next("unit")
        for unit in raw_units:
            self._read_unit(unit, structure)
        self._check_tree(structure)
        self._read_links(obj, structure)
        self._read_operations(obj, structure)
        self.keys_of[name] = self.keys
        self.scenario_ids[name] = number
        return structure

    def _at(self, key: str) -> Where:
        return (*self.where, _at("unit", key=key))

    def _domain(self, where: Where, check: Callable[..., None], *args: Any) -> None:
        try:
            check(*args)
        except DomainError as exc:
            _refused(where, exc)

    def _read_unit(self, obj: dict[str, Any], structure: Structure) -> None:
        key = obj["key"]
        where = self._at(key)
        unknown = sorted(set(obj) - _UNIT_FIELDS)
        if unknown:
            _fail(where, "fields_unknown", fields=tuple(unknown))
        kind = _text(obj, "kind", where, required=True)
        self._domain(where, check_kind, kind, self.level, self.rules)
        parent = _optional_text(obj, "parent", where)
        if parent is not None and parent not in self.keys:
            _fail(where, "parent_unknown", parent=parent)
        sort_order = obj.get("sort_order", 0)
        if isinstance(sort_order, bool) or not isinstance(sort_order, int):
            _fail(where, "whole_number", name="sort_order")
        unit_id = self.keys[key]
        unit = Unit(
            id=unit_id,
            parent_id=None if parent is None else self.keys[parent],
            kind=kind,
            name=_text(obj, "name", where, required=True),
            short_name=_text(obj, "short_name", where),
            unit_type=_optional_text(obj, "unit_type", where),
            eselon=_optional_text(obj, "eselon", where),
            sort_order=sort_order,
            tugas=_text(obj, "tugas", where),
            fungsi=_text(obj, "fungsi", where),
            headcount_existing=_count(obj, "headcount_existing", where),
            headcount_needed=_count(obj, "headcount_needed", where),
            workload_score=_number(obj, "workload_score", where),
            notes=_text(obj, "notes", where),
            hospital_kind=_optional_text(obj, "hospital_kind", where),
        )
        self._domain(where, check_fields, unit)
        structure.units[unit_id] = unit
        self._read_urusan(obj, unit_id, where, structure)
        self._read_positions(obj, unit_id, where, structure)
        for index, raw in enumerate(_list(obj, "iku", where)):
            at = (*where, _at("iku", number=index + 1))
            item = _object(raw, at)
            indicator = _text(item, "indicator", at, required=True)
            target, measure = _text(item, "target", at), _text(item, "measure", at)
            structure.iku.append(
                Iku(self.ids.next("iku"), unit_id, indicator, target, measure, index)
            )
        origins = _keys(obj, "origins", where)
        if origins and self.origin_keys is None:
            _fail(where, "origins_underived")
        if len(set(origins)) != len(origins):
            _fail(where, "origin_twice")
        for origin in origins:
            assert self.origin_keys is not None
            if origin not in self.origin_keys:
                _fail(where, "origin_unknown", origin=origin)
            structure.lineage.append(Lineage(unit_id, self.origin_keys[origin]))

    def _read_urusan(
        self, obj: dict[str, Any], unit_id: int, where: Where, structure: Structure
    ) -> None:
        seen: set[str] = set()
        for index, raw in enumerate(_list(obj, "urusan", where)):
            item = _object(raw, (*where, _at("urusan", number=index + 1)))
            code = _text(item, "code", where, required=True)
            self._domain(where, check_codes, [code], self.rules)
            role = item.get("role", UrusanRole.MAIN.value)
            if not _choice(role, (r.value for r in UrusanRole)):
                known = tuple(r.value for r in UrusanRole)
                _fail(where, "urusan_role", code=code, role=repr(role), known=known)
            if code in seen:
                _fail(where, "urusan_twice", code=code)
            seen.add(code)
            structure.assignments.append(UrusanAssignment(unit_id, code, UrusanRole(str(role))))

    def _read_positions(
        self, obj: dict[str, Any], unit_id: int, where: Where, structure: Structure
    ) -> None:
        for index, raw in enumerate(_list(obj, "positions", where)):
            at = (*where, _at("position", number=index + 1))
            item = _object(raw, at)
            category = item.get("category")
            if not _choice(category, (c.value for c in PositionCategory)):
                known = tuple(c.value for c in PositionCategory)
                _fail(at, "category", category=repr(category), known=known)
            eselon = _optional_text(item, "eselon", at)
            if eselon is not None and eselon not in ESELON:
                raise PlanDocumentError("unit.eselon_unknown", at, value=eselon, known=ESELON)
            structure.positions.append(
                Position(
                    self.ids.next("position"),
                    unit_id,
                    _text(item, "title", at, required=True),
                    PositionCategory(str(category)),
                    eselon,
                    _count(item, "existing", at),
                    _count(item, "needed", at),
                    index,
                )
            )

    def _check_tree(self, structure: Structure) -> None:
        key_of = {uid: key for key, uid in self.keys.items()}
        cycle = find_cycle({u.id: u.parent_id for u in structure.units.values()})
        if cycle:
            path = " → ".join(key_of[i] for i in [*cycle, cycle[0]])
            _fail(self._at(key_of[cycle[0]]), "cycle", path=path)
        for unit in structure.units.values():
            parent = None if unit.parent_id is None else structure.units[unit.parent_id]
            self._domain(
                self._at(key_of[unit.id]),
                check_parent_kind,
                unit.kind,
                None if parent is None else parent.kind,
                self.level,
                self.rules,
            )

    def _unit_ids(
        self, obj: Mapping[str, Any], name: str, where: Where, *, origin: bool
    ) -> list[int]:
        keys = _keys(obj, name, where)
        if not keys:
            return []
        if origin:
            if self.origin_keys is None:
                _fail(where, "units_underived", name=name)
            known, outside = self.origin_keys, "unit_not_origin"
        else:
            known, outside = self.keys, "unit_not_here"
        for key in keys:
            if key not in known:
                _fail(where, outside, name=name, key=key)
        return [known[k] for k in keys]

    def _read_links(self, obj: Mapping[str, Any], structure: Structure) -> None:
        for index, raw in enumerate(_list(obj, "links", self.where)):
            where = (*self.where, _at("link", number=index + 1))
            item = _object(raw, where)
            ends = []
            for end in ("from", "to"):
                key = item.get(end)
                if not isinstance(key, str) or key not in self.keys:
                    _fail(where, "end_unknown", end=end, key=repr(key))
                ends.append(self.keys[key])
            if ends[0] == ends[1]:
                _fail(where, "link_self")
            structure.links.append(
                CoordinationLink(
                    self.ids.next("link"), ends[0], ends[1], _text(item, "note", where)
                )
            )

    def _read_operations(self, obj: Mapping[str, Any], structure: Structure) -> None:
        for index, raw in enumerate(_list(obj, "operations", self.where)):
            where = (*self.where, _at("operation", number=index + 1))
            item = _object(raw, where)
            kind = item.get("kind")
            if not _choice(kind, (k.value for k in OperationKind)):
                known = tuple(k.value for k in OperationKind)
                _fail(where, "operation_kind", kind=repr(kind), known=known)
            before = self._unit_ids(item, "before", where, origin=True)
            after = self._unit_ids(item, "after", where, origin=False)
            if not before and not after:
                _fail(where, "operation_empty")
            findings = [
                self._finding(raw_finding, (*where, _at("finding", number=n + 1)))
                for n, raw_finding in enumerate(_list(item, "findings", where))
            ]
            structure.operations.append(
                Operation(
                    self.ids.next("operation"),
                    OperationKind(str(kind)),
                    tuple(before),
                    tuple(after),
                    _text(item, "justification", where),
                    _text(item, "date", where),
                    index,
                    _text(item, "basis", where),
                    tuple(findings),
                )
            )

    def _finding(self, raw: object, where: Where) -> str:
        """A finding an operation answers, as the domain's reference string."""
        item = _object(raw, where)
        rule = _text(item, "rule", where, required=True)
        codes = _keys(item, "codes", where)
        units: list[tuple[int, ...]] = []
        for unit in _list(item, "units", where):
            if not isinstance(unit, list) or not unit:
                _fail(where, "finding_unit")
            units.append(tuple(self._unit_ids({"units": unit}, "units", where, origin=True)))
        units += [(0, uid) for uid in self._unit_ids(item, "added", where, origin=False)]
        ref = finding_ref(rule, codes, units)

        def check(text: str) -> None:
            parse_finding_ref(text)

        self._domain(where, check, ref)
        return ref


def load_document(path: Path | str) -> dict[str, Any]:
    """The JSON object in the file at ``path`` (not yet validated)."""
    path = Path(path)
    where = (_at("file", path=path),)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        detail = exc.strerror or str(exc)
        raise PlanDocumentError("document.unreadable", where, detail=detail) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PlanDocumentError("document.not_json", where, detail=str(exc)) from exc
    return _object(data, where)


# -- writing into a plan --------------------------------------------------------------


def create_plan(
    path: Path | str,
    data: object,
    *,
    overwrite: bool = False,
    catalogue: Catalogue | None = None,
) -> Store:
    """A new plan file at ``path`` holding the plan document ``data``; returns it open.
    The document is validated before anything is written, and the file appears only
    once it is complete (``Store.build``)."""
    region, structures = read_document(data, catalogue)
    signatories = read_signatories(data)
    pemetaan = read_pemetaan(data)
    return Store.build(
        Path(path), region, structures, overwrite=overwrite, signatories=signatories,
        pemetaan=pemetaan,
    )  # fmt: skip


# -- exporting ------------------------------------------------------------------------


def _preorder(structure: Structure) -> list[Unit]:
    """Units parents first, siblings in their order; units off the tree come last."""
    children = structure.children()
    order: list[Unit] = []
    stack = list(reversed(structure.roots()))
    while stack:
        unit_id = stack.pop()
        order.append(structure.units[unit_id])
        stack.extend(reversed(children.get(unit_id, [])))
    placed = {u.id for u in order}
    order += [u for uid, u in sorted(structure.units.items()) if uid not in placed]
    return order


def _make_keys(units: Sequence[Unit]) -> dict[int, str]:
    """Readable keys from unit names, made unique with a number."""
    keys: dict[int, str] = {}
    used: set[str] = set()
    for unit in units:
        base = re.sub(r"[^a-z0-9]+", "-", unit.name.lower()).strip("-")[:48] or "unit"
        key, n = base, 1
        while key in used:
            n += 1
            key = f"{base}-{n}"
        used.add(key)
        keys[unit.id] = key
    return keys


@dataclass
class _Attached:
    """A scenario's records grouped by unit id, as plan document entries."""

    urusan: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    positions: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    iku: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    origins: dict[int, list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, structure: Structure) -> _Attached:
        out = cls()
        for a in structure.assignments:
            out.urusan.setdefault(a.unit_id, []).append({"code": a.code, "role": a.role.value})
        for p in structure.positions:
            out.positions.setdefault(p.unit_id, []).append(
                {
                    "title": p.title,
                    "category": p.category.value,
                    "eselon": p.eselon,
                    "existing": p.existing,
                    "needed": p.needed,
                }
            )
        for i in structure.iku:
            out.iku.setdefault(i.unit_id, []).append(
                {"indicator": i.indicator, "target": i.target, "measure": i.measure}
            )
        for x in structure.lineage:
            out.origins.setdefault(x.unit_id, []).append(x.origin_id)
        return out


def _unit_entry(
    unit: Unit, attached: _Attached, keys: Mapping[int, str], origin_keys: Mapping[int, str]
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "key": keys[unit.id],
        "parent": None if unit.parent_id is None else keys[unit.parent_id],
        "kind": unit.kind,
        "name": unit.name,
    }
    for name, default in _UNIT_DEFAULTS.items():
        value = getattr(unit, name)
        if value != default:
            entry[name] = value
    origins = attached.origins.get(unit.id, [])
    if any(o not in origin_keys for o in origins):
        raise PlanDocumentError("document.export_lineage", name=unit.name)
    for name, items in (
        ("urusan", attached.urusan.get(unit.id)),
        ("positions", attached.positions.get(unit.id)),
        ("iku", attached.iku.get(unit.id)),
        ("origins", [origin_keys[o] for o in origins]),
    ):
        if items:
            entry[name] = items
    return entry


def export_document(store: Store) -> dict[str, Any]:
    """The whole plan in ``store`` as a plan document (the inverse of ``create_plan``)."""
    region = store.region()
    scenarios = store.scenarios()
    by_id = {s.id: s for s in scenarios}
    keys_of: dict[int, dict[int, str]] = {}
    out: list[dict[str, Any]] = []
    pending = list(scenarios)
    while pending:
        # A scenario is written after the one it derives from.
        ready = [
            s
            for s in pending
            if s.derived_from is None or s.derived_from in keys_of or s.derived_from not in by_id
        ]
        if not ready:
            raise PlanDocumentError("document.export_cycle")
        for scenario in ready:
            pending.remove(scenario)
            out.append(_export_scenario(store, scenario, by_id, keys_of))
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "region": {
            "name": region.name,
            "level": region.level.value,
            "code": region.code,
            "geo_factor": region.geo_factor,
            "preparing_unit": region.preparing_unit,
        },
        "scenarios": out,
    }
    if region.partial:  # a plan of one or a few OPDs (``Region.partial``)
        doc["region"]["partial"] = True
    signatories = store.signatories()
    if signatories:
        doc["signatories"] = [
            {"role": s.role.value, "name": s.name, "nip": s.nip, "title": s.title}
            for s in signatories
        ]
    pemetaan = store.pemetaan()
    if pemetaan.values or pemetaan.year is not None or pemetaan.source or pemetaan.kepulauan:
        doc["pemetaan"] = {
            "year": pemetaan.year,
            "source": pemetaan.source,
            "values": [
                {"kode": kode, "no": no, "nilai": canonical(value)}
                for (kode, no), value in sorted(pemetaan.values.items())
            ],
        }
        if pemetaan.kepulauan:  # only when set: other documents read as before
            doc["pemetaan"]["kepulauan"] = True
    return doc


def _export_scenario(
    store: Store,
    scenario: Scenario,
    by_id: Mapping[int, Scenario],
    keys_of: dict[int, dict[int, str]],
) -> dict[str, Any]:
    structure = store.load(scenario.id)
    order = _preorder(structure)
    keys = _make_keys(order)
    keys_of[scenario.id] = keys
    attached = _Attached.of(structure)
    derived = by_id.get(scenario.derived_from) if scenario.derived_from else None
    origin_keys = keys_of.get(derived.id, {}) if derived else {}

    def before_key(unit_id: int) -> str:
        if unit_id not in origin_keys:
            raise PlanDocumentError("document.export_operation", name=scenario.name)
        return origin_keys[unit_id]

    def operation(op: Operation) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "kind": op.kind.value,
            "before": [before_key(u) for u in op.before],
            "after": [keys[u] for u in op.after],
            "justification": op.justification,
        }
        if op.basis:
            entry["basis"] = op.basis
        entry["date"] = op.date
        findings = [f for f in (_finding_entry(r, keys, origin_keys) for r in op.findings) if f]
        if findings:
            entry["findings"] = findings
        return entry

    return {
        "name": scenario.name,
        "role": scenario.role.value,
        "derived_from": derived.name if derived else None,
        "created": scenario.created,
        "units": [_unit_entry(u, attached, keys, origin_keys) for u in order],
        "links": [
            {"from": keys[x.from_id], "to": keys[x.to_id], "note": x.note} for x in structure.links
        ],
        "operations": [operation(op) for op in structure.operations],
    }


def _finding_entry(
    ref: str, keys: Mapping[int, str], origin_keys: Mapping[int, str]
) -> dict[str, Any] | None:
    """A finding reference with keys for ids; ``None`` when a unit it names is no
    longer there (the finding cannot arise again in that form)."""
    rule, codes, units = parse_finding_ref(ref)
    origins: list[list[str]] = []
    added: list[str] = []
    for unit in units:
        if len(unit) == 2 and unit[0] == 0:
            if unit[1] not in keys:
                return None
            added.append(keys[unit[1]])
        elif all(u in origin_keys for u in unit):
            origins.append([origin_keys[u] for u in unit])
        else:
            return None
    entry: dict[str, Any] = {"rule": rule, "codes": list(codes), "units": origins}
    if added:
        entry["added"] = added
    return entry


# -- text form ----------------------------------------------------------------------


def dump_document(doc: Mapping[str, Any]) -> str:
    """The document as JSON text in a fixed layout: one unit, link or operation per
    line, so that a change to a unit is a change to one line."""
    return _dump(doc, 0) + "\n"


def _dump(value: Any, depth: int) -> str:
    pad = " " * (depth + 1)
    if isinstance(value, dict) and depth % 2 == 0 and depth <= 2:
        items = [f"{pad}{json.dumps(k)}: {_dump(v, depth + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * depth + "}"
    if isinstance(value, list) and value and depth % 2 == 1 and depth <= 3:
        items = [pad + _dump(v, depth + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + " " * depth + "]"
    return json.dumps(value, ensure_ascii=False)

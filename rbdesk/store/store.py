"""The ``Store``: every read and write of a plan file.

All SQL of rbdesk lives in this package. Each public write method is one
``with db.atomic():`` and takes and returns domain objects or ids; a write either
lands whole or not at all. Reads build domain objects.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from rbdesk import __version__
from rbdesk.domain.errors import (
    CycleError,
    InvalidValueError,
    OperationError,
    RbdeskError,
    UnknownUnitError,
)
from rbdesk.domain.invariants import (
    check_record_texts,
    check_region_texts,
    check_structure_texts,
    check_unit_texts,
)
from rbdesk.domain.limits import MAX_SIGNATORIES, check_count, check_text
from rbdesk.domain.model import (
    CoordinationLink,
    Iku,
    Level,
    Lineage,
    Operation,
    OperationKind,
    OperationRef,
    Position,
    PositionCategory,
    Region,
    RemovedRecords,
    Scenario,
    ScenarioRole,
    ScenarioSnapshot,
    Signatory,
    SignatoryRole,
    Structure,
    Unit,
    UrusanAssignment,
    UrusanRole,
)
from rbdesk.domain.operations import AppliedOperation, OperationPlan, map_finding_ref
from rbdesk.domain.pemetaan import Key, PemetaanData, canonical, check_data
from rbdesk.i18n import Text
from rbdesk.perf import gc_paused
from rbdesk.store import known
from rbdesk.store.opening import (
    Opened,
    PlanFileError,
    ReadOnlyError,
    WriteError,
    begin_session,
    copy_plan,
    create_database,
    open_database,
    repair_plan,
    replace_plan,
)
from rbdesk.store.rows import row_maker
from rbdesk.store.schema import current_version
from rbdesk.store.sidefiles import PlanLock, real_path, tidy_partials

UNIT_COLUMNS = (
    "id", "parent_id", "kind", "name", "short_name", "unit_type", "eselon", "sort_order",
    "tugas", "fungsi", "headcount_existing", "headcount_needed", "workload_score", "notes",
    "hospital_kind",
)  # fmt: skip
_UNIT_SELECT = ", ".join(UNIT_COLUMNS)

_SUBTREE = (
    "WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT unit.id FROM unit "
    "JOIN sub ON unit.parent_id = sub.id)"
)

#: Tables hashed for the fingerprint, with the columns and the order that make the hash
#: stable. An operation's basis and findings are hashed apart, only where given (see
#: ``fingerprint``).
_FINGERPRINT_TABLES = (
    ("region", "*", "id"),
    ("scenario", "*", "id"),
    # the columns of schema 0001; a rumah sakit's jenis (0003) is hashed apart, only
    # where given (see ``fingerprint``)
    (
        "unit",
        "id, scenario_id, parent_id, kind, name, short_name, unit_type, eselon, "
        "sort_order, tugas, fungsi, headcount_existing, headcount_needed, workload_score, "
        "notes",
        "id",
    ),
    ("lineage", "*", "unit_id, origin_id"),
    ("urusan_assignment", "*", "unit_id, code"),
    ("position", "*", "id"),
    ("coordination_link", "*", "id"),
    ("operation", "id, scenario_id, kind, justification, date, sort_order", "id"),
    ("operation_unit", "*", "operation_id, side, position"),
    ("iku", "*", "id"),
)

#: A set of ids as one SQL parameter (a JSON list): ``id IN {_IDS}``, whatever its size.
_IDS = "(SELECT value FROM json_each(?))"

POSITION_COLUMNS = (
    "id", "unit_id", "title", "category", "eselon", "existing", "needed", "sort_order",
)  # fmt: skip
_POSITION_COLUMNS = ", ".join(POSITION_COLUMNS)
_IKU_COLUMNS = "id, unit_id, indicator, target, measure, sort_order"


#: The ``meta`` key under which the signatories are kept, as a JSON list.
SIGNATORIES_KEY = "signatories"
#: The ``meta`` key marking a partial plan (``Region.partial``): ``"1"``, or absent.
PARTIAL_KEY = "partial"
#: Meta key: "1" when the region is berciri kepulauan for the pemetaan (its perhubungan
#: table); absent otherwise, so that other plans keep their fingerprint.
KEPULAUAN_KEY = "pemetaan/kepulauan"
#: The longest signatories JSON a plan may hold: three roles of name, NIP and title,
#: each at its limit (``rbdesk.domain.limits``), fit many times over.
MAX_SIGNATORIES_JSON = 64 * 1024


def _nesting(text: str) -> int:
    """How deep the lists and objects of a JSON text nest (brackets inside strings not
    counted): a look before ``json.loads``, which recurses once per level.

    >>> _nesting('[{"name": "[x]"}]')
    2
    """
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _unit_row(unit: Unit, scenario_id: int) -> dict[str, Any]:
    return {
        "scenario_id": scenario_id,
        "parent_id": unit.parent_id,
        "kind": unit.kind,
        "name": unit.name,
        "short_name": unit.short_name,
        "unit_type": unit.unit_type,
        "eselon": unit.eselon,
        "sort_order": unit.sort_order,
        "tugas": unit.tugas,
        "fungsi": unit.fungsi,
        "headcount_existing": unit.headcount_existing,
        "headcount_needed": unit.headcount_needed,
        "workload_score": unit.workload_score,
        "notes": unit.notes,
        "hospital_kind": unit.hospital_kind,
    }


#: A stored category -> its member: a look-up per position (a plan holds two for each
#: unit), where calling the enum takes ten times as long; a value not in it is left to
#: the enum, which refuses it as before.
_CATEGORY_OF = {c.value: c for c in PositionCategory}


def _category(value: str) -> PositionCategory:
    return _CATEGORY_OF.get(value) or PositionCategory(value)


#: A unit from a row of ``UNIT_COLUMNS``; a position from a row of ``POSITION_COLUMNS``
#: (:mod:`rbdesk.store.rows`: a load makes thousands of each)
_unit = row_maker(Unit, UNIT_COLUMNS)
_position = row_maker(Position, POSITION_COLUMNS, {"category": _category})


def _signatory_rows(signatories: Iterable[Signatory]) -> list[dict[str, str]]:
    """The stored form of the signatories: one per role, in role order, empty ones left
    out."""
    kept: dict[SignatoryRole, Signatory] = {}
    for signatory in signatories:
        if signatory.role in kept:
            raise InvalidValueError("signatory.twice", role=str(signatory.role))
        kept[signatory.role] = signatory
    order = list(SignatoryRole)
    return [
        {"role": s.role.value, "name": s.name, "nip": s.nip, "title": s.title}
        for s in sorted(kept.values(), key=lambda s: order.index(s.role))
        if not s.empty
    ]


class Store:
    """An open plan file. Use ``Store.create`` or ``Store.open``; close it, or use it
    as a context manager."""

    def __init__(self, db: Database, path: Path, *, read_only: bool,
                 opened: Opened | None = None) -> None:  # fmt: skip
        self.db = db
        self.path = path
        self.read_only = read_only
        #: The file itself (symlinks resolved): what was inspected and is open.
        self.real = opened.real if opened is not None else real_path(path)
        #: What the planner should be told about this opening (``rbdesk.i18n.Text``,
        #: ``.said(lang)``): a side file that did not belong to the plan set aside or
        #: ignored, an edit interrupted by a crash undone. The command line prints
        #: them; the window shows them.
        self.notices: list[Text] = list(opened.notices) if opened is not None else []
        self._lock: PlanLock | None = opened.lock if opened is not None else None
        self._verified = opened.verified if opened is not None else False
        self._session: int | None = None

    # -- opening ----------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, region: Region, *, overwrite: bool = False) -> Store:
        """A new plan at ``path`` for ``region``, with no scenario yet."""
        path = Path(path)
        opened = create_database(path, overwrite=overwrite)
        db = opened.db
        store = cls(db, path, read_only=False, opened=opened)
        with db.atomic():
            store._write_region(region)
            db.execute(
                "INSERT INTO meta (key, value) VALUES ('created', ?), ('created_by', ?)",
                [_now(), f"rbdesk {__version__}"],
            )
        return store

    @classmethod
    def build(
        cls,
        path: Path | str,
        region: Region,
        structures: Sequence[Structure],
        *,
        overwrite: bool = False,
        signatories: Sequence[Signatory] = (),
        pemetaan: PemetaanData | None = None,
    ) -> Store:
        """A new plan holding ``structures`` (and ``signatories``), which appears at
        ``path`` only once it is complete: it is written beside the target and renamed
        into place. Each structure's ``scenario.derived_from`` may name the provisional
        ``scenario.id`` of an earlier structure; lineage and operations are mapped
        accordingly. ``pemetaan``: the indicator values, year and source (its factor is
        the region's)."""
        path = Path(path)
        if path.exists() and not overwrite:
            raise PlanFileError(path, "exists")
        real = real_path(path)
        if real.is_dir():
            raise PlanFileError(path, "folder")
        if real.exists() and not real.is_file():
            raise PlanFileError(path, "not_regular")
        # Held from the start: a plan open in a window or a command is never replaced.
        lock = PlanLock.acquire(real, shown=path)
        try:
            tidy_partials(real)
            partial = real.with_name(f".{real.name}.building")
            store = cls.create(partial, region, overwrite=True)
        except BaseException:
            lock.release()
            raise
        try:
            id_maps: dict[int, dict[int, int]] = {}
            real_ids: dict[int, int] = {}
            for structure in structures:
                info = structure.scenario
                parent = info.derived_from
                if parent is not None and parent not in real_ids:
                    raise InvalidValueError("scenario.order", name=info.name)
                id_map = store.insert_structure(
                    Structure(
                        Scenario(info.id, info.name, info.role,
                                 None if parent is None else real_ids[parent], info.created),
                        structure.units, structure.assignments, structure.positions,
                        structure.links, structure.operations, structure.iku,
                        structure.lineage,
                    ),
                    origin_map=id_maps.get(parent, {}) if parent is not None else {},
                )  # fmt: skip
                id_maps[info.id] = id_map
                real_ids[info.id] = store.scenario_by_name(info.name).id
            if signatories:
                store.set_signatories(signatories)
            if pemetaan is not None:
                store.set_pemetaan(pemetaan)
        except BaseException:
            store.close(remember=False)
            tidy_partials(real)
            lock.release()
            raise
        try:
            store.close(remember=False)
            replace_plan(partial, real, path)
            opened = open_database(path, lock=lock, check="quick")
        except BaseException:
            tidy_partials(real)
            lock.release()
            raise
        built = cls(opened.db, path, read_only=opened.read_only, opened=opened)
        built._verified = True  # written whole just now
        return built

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False, check: str = "auto") -> Store:
        """Open an existing plan; raises ``PlanFileError`` with a one-line reason.

        Opening for editing takes the plan's lock (``LockedError``, ``error.plan_lock.in_use``,
        when a window or program elsewhere holds it), sets aside side files that do
        not belong to the plan and rolls back an edit a crash interrupted (see
        ``notices``). ``check`` is ``auto`` (the full integrity check for a file this
        machine has not seen as rbdesk left it, stopped after a time bound with
        ``error.plan.check_slow``), ``full`` (unbounded: the planner agreed to wait)
        or ``quick``."""
        path = Path(path)
        opened = open_database(path, read_only=read_only, check=check)
        store = cls(opened.db, path, read_only=opened.read_only, opened=opened)
        if opened.verified and store.read_only and not opened.notices:
            try:
                known.remember(store.real, store.fingerprint())
            except (sqlite3.Error, PlanFileError):
                pass
        return store

    @classmethod
    def repair(cls, path: Path | str, target: Path | str) -> Store:
        """Write a repaired copy of a plan refused with ``error.plan.damaged`` (its
        indexes rebuilt) to ``target`` and return it, open read-only; the damaged plan
        is left as it was. ``PlanFileError`` (``repair_failed``) when the damage is not
        in indexes only."""
        repair_plan(path, target)
        return cls.open(target, read_only=True, check="quick")

    def close(self, *, remember: bool = True) -> None:
        """Close the file (and give up its lock). A plan this program wrote is
        remembered as it is now (:mod:`rbdesk.store.known`)."""
        fingerprint = None
        if not self.read_only and remember:
            try:
                fingerprint = self.fingerprint()
            except sqlite3.Error:
                fingerprint = None
        self.db.close()
        if fingerprint is not None:
            known.remember(self.real, fingerprint)
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Several writes as one: the file holds all of them at the end, or none (a
        multi-part undo step; a crash in the middle leaves the file as it was)."""
        with self._write():
            yield

    @contextmanager
    def _write(self) -> Iterator[Database]:
        if self.read_only:
            raise ReadOnlyError("store.read_only", path=self.path)
        outermost = not self.db.conn.in_transaction
        first = outermost and self._session is None
        try:
            with self.db.atomic() as db:
                if first:
                    # The first write of this opening carries the session id that
                    # ties a journal a crash leaves to this plan (sidefiles).
                    session = begin_session(self.db.conn, self.real, self._lock)
                elif outermost:
                    # Page 1 into the journal before any other page can reach the
                    # file, whatever SQLite's cache does (cache_spill is off too).
                    self._exec(f"PRAGMA user_version = {self._session}")
                yield db
            if first:
                self._session = session
        except sqlite3.IntegrityError as exc:
            raise InvalidValueError("store.integrity", detail=str(exc)) from exc
        except sqlite3.OperationalError as exc:
            # SQLite rolled the transaction back: the file is as it was before it
            if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "full" in str(exc):
                raise WriteError("store.disk_full", path=self.path) from exc
            raise WriteError("store.write_failed", path=self.path, detail=str(exc)) from exc

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """Turn a row rbdesk cannot read (text that is not UTF-8, a value outside its
        set) into a ``PlanFileError`` naming the file."""
        try:
            yield
        except (sqlite3.DatabaseError, ValueError, TypeError) as exc:
            raise PlanFileError(self.path, "unreadable_data", detail=str(exc)) from exc

    def _exec(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        return self.db.execute(sql, params)

    # -- region and meta --------------------------------------------------------------
    def region(self) -> Region:
        with self._reading():
            return self._region()

    def _region(self) -> Region:
        row = self._exec(
            "SELECT name, level, code, geo_factor, preparing_unit FROM region WHERE id = 1"
        ).fetchone()
        if row is None:
            raise PlanFileError(self.path, "no_region")
        partial = self.meta(PARTIAL_KEY) == "1"
        return Region(row[0], Level(row[1]), row[2], row[3], row[4], partial)

    def _write_region(self, region: Region) -> None:
        check_region_texts(region)
        self._exec(
            "INSERT INTO region (id, name, level, code, geo_factor, preparing_unit) "
            "VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
            "level = excluded.level, code = excluded.code, geo_factor = excluded.geo_factor, "
            "preparing_unit = excluded.preparing_unit",
            [region.name, region.level.value, region.code, region.geo_factor,
             region.preparing_unit],
        )  # fmt: skip
        self._write_flag(PARTIAL_KEY, region.partial)

    def set_region(self, region: Region) -> None:
        if not region.name.strip():
            raise InvalidValueError("region.name_missing")
        with self._write():
            self._write_region(region)

    def meta(self, key: str) -> str | None:
        row = self._exec("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self._write():
            self._exec(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    # -- signatories ------------------------------------------------------------------
    def signatories(self) -> tuple[Signatory, ...]:
        """The officials who sign the proposal, in role order (prepared, checked,
        approved); roles nobody was named for are left out."""
        raw = self.meta(SIGNATORIES_KEY)
        if not raw:
            return ()
        try:
            if len(raw) > MAX_SIGNATORIES_JSON:
                raise ValueError(f"{len(raw)} characters")
            depth = _nesting(raw)
            if depth > 2:  # a list of objects of texts; deeper is not rbdesk's
                raise ValueError(f"nested {depth} deep")
            items = json.loads(raw)
            if not isinstance(items, list):
                raise TypeError("not a list")
            check_count("signatories", len(items), MAX_SIGNATORIES)
            found = [
                Signatory(
                    SignatoryRole(item["role"]),
                    str(item.get("name", "")),
                    str(item.get("nip", "")),
                    str(item.get("title", "")),
                )
                for item in items
            ]
            _signatory_rows(found)  # one per role, as rbdesk writes them
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError,
                RbdeskError) as exc:  # fmt: skip
            raise PlanFileError(self.path, "signatories", detail=exc) from exc
        order = list(SignatoryRole)
        return tuple(sorted(found, key=lambda s: order.index(s.role)))

    def set_signatories(self, signatories: Iterable[Signatory]) -> None:
        """Replace the signatories. One per role; a signatory with no name, NIP or
        title is dropped (the report prints blank lines for it)."""
        rows = _signatory_rows(signatories)
        with self._write():
            self._write_signatories(rows)

    def update_signatory(
        self, role: SignatoryRole, changes: Mapping[str, str] | None
    ) -> tuple[Signatory, ...]:
        """Set some fields (``name``, ``nip``, ``title``) of the signatory of ``role``, or
        remove it (``changes`` is ``None``), reading and writing in one transaction that
        holds the write lock from its start: two programs setting two roles at once
        both land (a read before the lock lost one of them). Returns the signatories."""
        with self._write():
            # Take the write lock before reading: a transaction that has read cannot
            # become a writer once another program committed in between.
            self._exec("UPDATE meta SET value = value WHERE key = ?", [SIGNATORIES_KEY])
            kept = {s.role: s for s in self.signatories()}
            if changes is None:
                kept.pop(role, None)
            else:
                old = kept.get(role, Signatory(role))
                kept[role] = replace(
                    old,
                    name=changes.get("name", old.name),
                    nip=changes.get("nip", old.nip),
                    title=changes.get("title", old.title),
                )
            self._write_signatories(_signatory_rows(kept.values()))
        return self.signatories()

    def set_plan_details(self, region: Region, signatories: Iterable[Signatory]) -> None:
        """Replace the region's details and the signatories in one transaction."""
        if not region.name.strip():
            raise InvalidValueError("region.name_missing")
        rows = _signatory_rows(signatories)
        with self._write():
            self._write_region(region)
            self._write_signatories(rows)

    def _write_signatories(self, rows: list[dict[str, str]]) -> None:
        if rows:
            self._exec(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [SIGNATORIES_KEY, json.dumps(rows, ensure_ascii=False)],
            )
        else:
            self._exec("DELETE FROM meta WHERE key = ?", [SIGNATORIES_KEY])

    # -- pemetaan urusan (schema 0004) ------------------------------------------------
    def pemetaan(self) -> PemetaanData:
        """The plan's indicator values, their year and source, and the region's
        geographic factor (``rbdesk.domain.pemetaan``). ``PlanFileError``
        (``unreadable_data``) for a value that is not a decimal rbdesk wrote."""
        with self._reading():
            values: dict[Key, Decimal] = {}
            for kode, no, text in self._exec(
                "SELECT kode, no, value FROM pemetaan_value ORDER BY kode, no"
            ).fetchall():
                try:
                    value = Decimal(text)
                except InvalidOperation as exc:
                    raise ValueError(f"pemetaan_value {kode} {no}: {text[:40]!r}") from exc
                if not value.is_finite() or canonical(value) != text:
                    raise ValueError(f"pemetaan_value {kode} {no}: {text[:40]!r}")
                values[(str(kode), int(no))] = value
            row = self._exec("SELECT year, source FROM pemetaan_source WHERE id = 1").fetchone()
            year, source = (None, "") if row is None else (row[0], str(row[1]))
            faktor = Decimal(repr(float(self._region().geo_factor)))
            kepulauan = self.meta(KEPULAUAN_KEY) == "1"
        return PemetaanData(values, year, source, faktor, kepulauan)

    def set_pemetaan(self, data: PemetaanData) -> None:
        """Replace every value, the year and the source with those of ``data`` in one
        transaction (the factor is the region's: ``set_region``). Refused whole
        (``InvalidValueError``, ``TextTooLongError``) before anything is written."""
        check_data(data)
        with self._write():
            self._exec("DELETE FROM pemetaan_value")
            self._write_values(data.values)
            self._write_source(data.year, data.source)
            self._write_flag(KEPULAUAN_KEY, data.kepulauan)

    def set_pemetaan_kepulauan(self, kepulauan: bool) -> None:
        """Whether the region is berciri kepulauan (which perhubungan table it fills)."""
        with self._write():
            self._write_flag(KEPULAUAN_KEY, kepulauan)

    def _write_flag(self, key: str, on: bool) -> None:
        """A meta flag: ``"1"`` when on, absent when off (so a plan without it keeps its
        fingerprint)."""
        if on:
            self._exec(
                "INSERT INTO meta (key, value) VALUES (?, '1') "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key],
            )
        else:
            self._exec("DELETE FROM meta WHERE key = ?", [key])

    def set_pemetaan_values(self, changes: Mapping[Key, Decimal | None]) -> None:
        """Set some values (``None`` removes one), in one transaction: an edit of the
        window and its undo."""
        check_data(PemetaanData({k: v for k, v in changes.items() if v is not None}))
        with self._write():
            for (kode, no), value in changes.items():
                if value is None:
                    self._exec("DELETE FROM pemetaan_value WHERE kode = ? AND no = ?", [kode, no])
            self._write_values({k: v for k, v in changes.items() if v is not None})

    def set_pemetaan_source(self, year: int | None, source: str) -> None:
        """Set the year and the source of the values."""
        check_data(PemetaanData({}, year, source))
        with self._write():
            self._write_source(year, source)

    def _write_values(self, values: Mapping[Key, Decimal]) -> None:
        self.db.conn.executemany(
            "INSERT INTO pemetaan_value (kode, no, value) VALUES (?, ?, ?) "
            "ON CONFLICT (kode, no) DO UPDATE SET value = excluded.value",
            [(kode, no, canonical(v)) for (kode, no), v in sorted(values.items())],
        )

    def _write_source(self, year: int | None, source: str) -> None:
        if year is None and not source:
            self._exec("DELETE FROM pemetaan_source")
            return
        self._exec(
            "INSERT INTO pemetaan_source (id, year, source) VALUES (1, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET year = excluded.year, source = excluded.source",
            [year, source],
        )

    def schema_version(self) -> str:
        row = self._exec(
            "SELECT name FROM _sqlite_migrations ORDER BY rowid DESC LIMIT 1"
        ).fetchone()
        return str(row[0]) if row else current_version()

    # -- scenarios ------------------------------------------------------------------------
    def scenarios(self) -> list[Scenario]:
        with self._reading():
            rows = self._exec(
                "SELECT id, name, role, derived_from, created FROM scenario ORDER BY id"
            ).fetchall()
            return [Scenario(r[0], r[1], ScenarioRole(r[2]), r[3], r[4]) for r in rows]

    def scenario(self, scenario_id: int) -> Scenario:
        for scenario in self.scenarios():
            if scenario.id == scenario_id:
                return scenario
        raise InvalidValueError("scenario.no_id", id=scenario_id)

    def scenario_by_name(self, name: str) -> Scenario:
        for scenario in self.scenarios():
            if scenario.name == name:
                return scenario
        names = ", ".join(f"'{s.name}'" for s in self.scenarios()) or "-"
        raise InvalidValueError("scenario.unknown", name=name, names=names)

    def current_scenario(self) -> Scenario:
        """The first scenario whose role is current."""
        for scenario in self.scenarios():
            if scenario.role is ScenarioRole.CURRENT:
                return scenario
        raise InvalidValueError("scenario.no_current", path=self.path)

    def _insert_scenario(
        self, name: str, role: ScenarioRole, derived_from: int | None, created: str | None
    ) -> Scenario:
        if not name.strip():
            raise InvalidValueError("scenario.name_missing")
        check_text("scenario.name", name)
        exists = self._exec("SELECT 1 FROM scenario WHERE name = ?", [name]).fetchone()
        if exists:
            raise InvalidValueError("scenario.exists", name=name)
        created = created or _now()
        cursor = self._exec(
            "INSERT INTO scenario (name, role, derived_from, created) VALUES (?, ?, ?, ?)",
            [name, role.value, derived_from, created],
        )
        assert cursor.lastrowid is not None
        return Scenario(cursor.lastrowid, name, role, derived_from, created)

    def add_scenario(
        self, name: str, role: ScenarioRole = ScenarioRole.CURRENT, derived_from: int | None = None
    ) -> Scenario:
        """A new empty scenario."""
        with self._write():
            return self._insert_scenario(name, role, derived_from, None)

    def rename_scenario(self, scenario_id: int, name: str) -> None:
        with self._write():
            clash = self._exec(
                "SELECT 1 FROM scenario WHERE name = ? AND id != ?", [name, scenario_id]
            ).fetchone()
            if clash:
                raise InvalidValueError("scenario.exists", name=name)
            if not name.strip():
                raise InvalidValueError("scenario.name_missing")
            check_text("scenario.name", name)
            self._exec("UPDATE scenario SET name = ? WHERE id = ?", [name, scenario_id])

    def delete_scenario(self, scenario_id: int) -> ScenarioSnapshot:
        """Delete a scenario and all it holds, and return what went, for undo. Lineage
        of proposals derived from it is dropped with it (those proposals keep their
        units)."""
        with self._write():
            snapshot = self._scenario_snapshot(scenario_id)
            # Units reference each other through parent_id; delete children first by
            # letting the cascade from the scenario row do it in one statement.
            self._exec("DELETE FROM scenario WHERE id = ?", [scenario_id])
            return snapshot

    def _scenario_snapshot(self, scenario_id: int) -> ScenarioSnapshot:
        """Every row deleting the scenario would remove or change, found by following
        the schema's own foreign keys from the scenario row (``ON DELETE CASCADE``
        takes the row, ``SET NULL`` changes it): a schema version that adds a table
        is covered without changing this."""
        name = self.scenario(scenario_id).name
        conn = self.db.conn
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
            )
        ]
        # (child table, child column, parent table, parent column, on delete)
        keys = [
            (table, r[3], r[2], r[4] or "rowid", r[6].upper())
            for table in tables
            for r in conn.execute("SELECT * FROM pragma_foreign_key_list(?)", [table])
        ]
        taken: dict[str, dict[int, tuple[object, ...]]] = {}
        columns: dict[str, tuple[str, ...]] = {}
        detached: list[tuple[str, str, int, object]] = []
        pending: list[tuple[str, str, list[object]]] = [("scenario", "id", [scenario_id])]
        while pending:
            table, column, values = pending.pop(0)
            if table not in columns:
                columns[table] = tuple(
                    r[1] for r in conn.execute("SELECT * FROM pragma_table_info(?)", [table])
                )
            names = ", ".join(f'"{c}"' for c in columns[table])
            rows = conn.execute(
                f'SELECT rowid, {names} FROM "{table}" '
                f'WHERE "{column}" IN (SELECT value FROM json_each(?))',
                [json.dumps(values)],
            ).fetchall()
            fresh = [r for r in rows if r[0] not in taken.setdefault(table, {})]
            for row in fresh:
                taken[table][row[0]] = tuple(row[1:])
            if not fresh:
                continue
            for child, child_col, parent, parent_col, on_delete in keys:
                if parent != table:
                    continue
                index = columns[table].index(parent_col) + 1 if parent_col != "rowid" else 0
                parents = [r[index] for r in fresh]
                if on_delete == "CASCADE":
                    pending.append((child, child_col, parents))
                elif on_delete in ("SET NULL", "SET DEFAULT"):
                    for rowid, value in conn.execute(
                        f'SELECT rowid, "{child_col}" FROM "{child}" '
                        f'WHERE "{child_col}" IN (SELECT value FROM json_each(?))',
                        [json.dumps(parents)],
                    ):
                        detached.append((child, child_col, rowid, value))
        taken_rows = tuple(
            (table, columns[table], tuple(rows.values())) for table, rows in taken.items() if rows
        )
        # A row the deletion takes is put back whole: it is not "changed" as well.
        detached = [d for d in detached if d[2] not in taken.get(d[0], {})]
        return ScenarioSnapshot(scenario_id, name, taken_rows, tuple(detached))

    def restore_scenario(self, snapshot: ScenarioSnapshot) -> Scenario:
        """Put a deleted scenario back with every id it had, in one transaction; an
        id or name taken since fails the whole write."""
        try:
            with self._write() as db:
                conn = db.conn
                # Units name their parents: the keys are checked when all are back.
                conn.execute("PRAGMA defer_foreign_keys = ON")
                for table, names, rows in snapshot.rows:
                    listed = ", ".join(f'"{c}"' for c in names)
                    conn.executemany(
                        f'INSERT INTO "{table}" ({listed}) VALUES ({", ".join("?" * len(names))})',
                        rows,
                    )
                for table, column, rowid, value in snapshot.detached:
                    conn.execute(
                        f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', [value, rowid]
                    )
        except sqlite3.IntegrityError as exc:
            raise InvalidValueError("store.integrity", detail=str(exc)) from exc
        return self.scenario(snapshot.scenario_id)

    def copy_scenario(self, source_id: int, name: str) -> Scenario:
        """Copy a scenario into a new proposal derived from it: every unit, assignment,
        position, link and IKU, each copied unit linked by lineage to its original."""
        with self._write():
            self.scenario(source_id)
            scenario = self._insert_scenario(name, ScenarioRole.PROPOSAL, source_id, None)
            source = self.load(source_id)
            copy = Structure(
                scenario,
                dict(source.units),
                list(source.assignments),
                list(source.positions),
                list(source.links),
                [],
                list(source.iku),
                [Lineage(uid, uid) for uid in source.units],
            )
            self._insert_content(scenario.id, copy, origin_map={u: u for u in source.units})
            return scenario

    # -- loading --------------------------------------------------------------------------
    def load(self, scenario_id: int) -> Structure:
        """One scenario with all it holds, as domain objects."""
        with self._reading(), gc_paused():
            return self._load(scenario_id)

    def _load(self, scenario_id: int) -> Structure:
        scenario = self.scenario(scenario_id)
        query = f"SELECT {_UNIT_SELECT} FROM unit WHERE scenario_id = ?"
        units = {unit.id: unit for unit in map(_unit, self._exec(query, [scenario_id]))}
        in_scenario = "unit_id IN (SELECT id FROM unit WHERE scenario_id = ?)"
        assignments = [
            UrusanAssignment(r[0], r[1], UrusanRole(r[2]))
            for r in self._exec(
                f"SELECT unit_id, code, role FROM urusan_assignment WHERE {in_scenario} "
                "ORDER BY unit_id, code",
                [scenario_id],
            )
        ]
        positions = list(
            map(
                _position,
                self._exec(
                    f"SELECT {_POSITION_COLUMNS} FROM position WHERE {in_scenario} "
                    "ORDER BY unit_id, sort_order, id",
                    [scenario_id],
                ),
            )
        )
        links = [
            CoordinationLink(*r)
            for r in self._exec(
                "SELECT id, from_id, to_id, note FROM coordination_link WHERE scenario_id = ? "
                "ORDER BY id",
                [scenario_id],
            )
        ]
        operations = self._operations(scenario_id)
        iku = [
            Iku(*r)
            for r in self._exec(
                "SELECT id, unit_id, indicator, target, measure, sort_order FROM iku "
                f"WHERE {in_scenario} ORDER BY unit_id, sort_order, id",
                [scenario_id],
            )
        ]
        lineage = [
            Lineage(*r)
            for r in self._exec(
                f"SELECT unit_id, origin_id FROM lineage WHERE {in_scenario} "
                "ORDER BY unit_id, origin_id",
                [scenario_id],
            )
        ]
        return Structure(scenario, units, assignments, positions, links, operations, iku, lineage)

    def _operations(self, scenario_id: int) -> list[Operation]:
        sides: dict[int, dict[str, list[int]]] = {}
        for op_id, side, unit_id in self._exec(
            "SELECT operation_id, side, unit_id FROM operation_unit WHERE operation_id IN "
            "(SELECT id FROM operation WHERE scenario_id = ?) ORDER BY operation_id, side, "
            "position",
            [scenario_id],
        ):
            sides.setdefault(op_id, {"before": [], "after": []})[side].append(unit_id)
        return [
            Operation(
                r[0],
                OperationKind(r[1]),
                tuple(sides.get(r[0], {}).get("before", [])),
                tuple(sides.get(r[0], {}).get("after", [])),
                r[2],
                r[3],
                r[4],
                r[5],
                tuple(f for f in r[6].split("\n") if f),
            )
            for r in self._exec(
                "SELECT id, kind, justification, date, sort_order, basis, findings FROM "
                "operation WHERE scenario_id = ? ORDER BY sort_order, id",
                [scenario_id],
            )
        ]

    def unit(self, unit_id: int) -> Unit:
        row = self._exec(f"SELECT {_UNIT_SELECT} FROM unit WHERE id = ?", [unit_id]).fetchone()
        if row is None:
            raise UnknownUnitError("unit.missing", id=unit_id)
        return _unit(row)

    def unit_count(self, scenario_id: int | None = None) -> int:
        if scenario_id is None:
            return int(self._exec("SELECT count(*) FROM unit").fetchone()[0])
        return int(
            self._exec("SELECT count(*) FROM unit WHERE scenario_id = ?", [scenario_id]).fetchone()[
                0
            ]
        )

    def kind_counts(self, scenario_id: int) -> dict[str, int]:
        return dict(
            self._exec(
                "SELECT kind, count(*) FROM unit WHERE scenario_id = ? GROUP BY kind "
                "ORDER BY count(*) DESC, kind",
                [scenario_id],
            )
        )

    def unit_names(self, scenario_id: int) -> dict[int, str]:
        """Unit id -> name of a scenario's units in id order: what a look at names needs,
        read in a few milliseconds where ``load`` of 10,000 units takes over a hundred
        (the window asks it on its own thread before a report)."""
        with self._reading():
            return dict(
                self._exec(
                    "SELECT id, name FROM unit WHERE scenario_id = ? ORDER BY id", [scenario_id]
                )
            )

    def read_unit_rows(self, scenario_id: int) -> list[tuple[Any, ...]]:
        """The raw unit rows of a scenario: the floor that benchmarks compare against."""
        return self._exec(
            f"SELECT {_UNIT_SELECT} FROM unit WHERE scenario_id = ?", [scenario_id]
        ).fetchall()

    # -- bulk insert ----------------------------------------------------------------------
    def insert_structure(
        self, structure: Structure, *, origin_map: Mapping[int, int] | None = None
    ) -> dict[int, int]:
        """Insert a structure built in memory as a new scenario (its ``scenario`` gives
        name, role and derived-from). Its ids are provisional: the result maps each
        provisional unit id to the unit's id in the file. ``origin_map`` maps the
        provisional ids that its lineage and operations use for the derived-from
        scenario to file ids (the result of inserting that scenario)."""
        check_structure_texts(structure)
        with self._write():
            info = structure.scenario
            scenario = self._insert_scenario(
                info.name, info.role, info.derived_from, info.created or None
            )
            return self._insert_content(scenario.id, structure, origin_map=origin_map or {})

    def _insert_content(
        self, scenario_id: int, structure: Structure, *, origin_map: Mapping[int, int]
    ) -> dict[int, int]:
        units = structure.units
        for unit in units.values():
            if unit.parent_id is not None and unit.parent_id not in units:
                raise UnknownUnitError("unit.parent_absent", name=unit.name, id=unit.parent_id)
        # Parents before children, so each parent id is known when a child is written.
        order: list[Unit] = []
        children: dict[int | None, list[Unit]] = {}
        for unit in units.values():
            children.setdefault(unit.parent_id, []).append(unit)
        stack = list(reversed(children.get(None, [])))
        while stack:
            unit = stack.pop()
            order.append(unit)
            stack.extend(reversed(children.get(unit.id, [])))
        if len(order) != len(units):
            raise CycleError("structure.cycle")
        (next_id,) = self._exec("SELECT coalesce(max(id), 0) + 1 FROM unit").fetchone()
        id_map: dict[int, int] = {}
        for offset, unit in enumerate(order):
            id_map[unit.id] = next_id + offset
        rows = []
        for unit in order:
            row = _unit_row(unit, scenario_id)
            row["id"] = id_map[unit.id]
            row["parent_id"] = None if unit.parent_id is None else id_map[unit.parent_id]
            rows.append(row)
        self.db.table("unit").insert_all(rows, batch_size=2000)

        def unit_id(old: int) -> int:
            try:
                return id_map[old]
            except KeyError:
                raise UnknownUnitError("unit.not_in_structure", id=old) from None

        def origin_id(old: int) -> int:
            try:
                return origin_map[old]
            except KeyError:
                raise UnknownUnitError("unit.origin_unknown", id=old) from None

        self.db.table("urusan_assignment").insert_all(
            ({"unit_id": unit_id(a.unit_id), "code": a.code, "role": a.role.value}
             for a in structure.assignments),
            batch_size=2000,
        )  # fmt: skip
        self.db.table("position").insert_all(
            ({"unit_id": unit_id(p.unit_id), "title": p.title, "category": p.category.value,
              "eselon": p.eselon, "existing": p.existing, "needed": p.needed,
              "sort_order": p.sort_order} for p in structure.positions),
            batch_size=2000,
        )  # fmt: skip
        self.db.table("coordination_link").insert_all(
            ({"scenario_id": scenario_id, "from_id": unit_id(x.from_id),
              "to_id": unit_id(x.to_id), "note": x.note} for x in structure.links),
            batch_size=2000,
        )  # fmt: skip
        self.db.table("iku").insert_all(
            ({"unit_id": unit_id(i.unit_id), "indicator": i.indicator, "target": i.target,
              "measure": i.measure, "sort_order": i.sort_order} for i in structure.iku),
            batch_size=2000,
        )  # fmt: skip
        self.db.table("lineage").insert_all(
            ({"unit_id": unit_id(x.unit_id), "origin_id": origin_id(x.origin_id)}
             for x in structure.lineage),
            batch_size=2000,
        )  # fmt: skip
        for op in structure.operations:
            self._insert_operation(
                scenario_id,
                replace(
                    op,
                    findings=tuple(map_finding_ref(f, origin_id, unit_id) for f in op.findings),
                ),
                [origin_id(u) for u in op.before],
                [unit_id(u) for u in op.after],
            )
        return id_map

    def _insert_operation(
        self,
        scenario_id: int,
        op: Operation,
        before: list[int],
        after: list[int],
        op_id: int | None = None,
    ) -> int:
        """Write an operation record and its units; ``op_id`` gives it that id (a redo)."""
        cursor = self._exec(
            "INSERT INTO operation (id, scenario_id, kind, justification, date, sort_order, "
            "basis, findings) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [op_id, scenario_id, op.kind.value, op.justification, op.date, op.sort_order,
             op.basis, "\n".join(op.findings)],
        )  # fmt: skip
        op_id = cursor.lastrowid
        assert op_id is not None
        rows = [
            (op_id, side, index, uid)
            for side, ids in (("before", before), ("after", after))
            for index, uid in enumerate(ids)
        ]
        self.db.conn.executemany(
            "INSERT INTO operation_unit (operation_id, side, position, unit_id) "
            "VALUES (?, ?, ?, ?)",
            rows,
        )
        return op_id

    # -- unit edits ---------------------------------------------------------------------
    def _scenario_of(self, unit_id: int) -> int:
        row = self._exec("SELECT scenario_id FROM unit WHERE id = ?", [unit_id]).fetchone()
        if row is None:
            raise UnknownUnitError("unit.missing", id=unit_id)
        return int(row[0])

    def _check_parent(self, scenario_id: int, unit_id: int | None, parent_id: int | None) -> None:
        if parent_id is None:
            return
        if self._scenario_of(parent_id) != scenario_id:
            raise InvalidValueError("unit.parent_scenario")
        if unit_id is None:
            return
        (cyclic,) = self._exec(
            "WITH RECURSIVE up(id) AS (SELECT ? UNION SELECT unit.parent_id FROM unit "
            "JOIN up ON unit.id = up.id WHERE unit.parent_id IS NOT NULL) "
            "SELECT count(*) FROM up WHERE id = ?",
            [parent_id, unit_id],
        ).fetchone()
        if cyclic:
            raise CycleError("unit.cycle_id", id=unit_id)

    def add_unit(self, scenario_id: int, unit: Unit) -> int:
        """Add ``unit`` (its id is ignored) and return its new id."""
        check_unit_texts(unit)
        with self._write():
            self.scenario(scenario_id)
            self._check_parent(scenario_id, None, unit.parent_id)
            cursor = self._exec(
                f"INSERT INTO unit (scenario_id, {_UNIT_SELECT.removeprefix('id, ')}) "
                f"VALUES ({', '.join('?' * len(UNIT_COLUMNS))})",
                list(_unit_row(unit, scenario_id).values()),
            )
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def update_unit(self, unit: Unit) -> None:
        """Write every field of ``unit``, its parent included."""
        check_unit_texts(unit)
        with self._write():
            scenario_id = self._scenario_of(unit.id)
            self._check_parent(scenario_id, unit.id, unit.parent_id)
            row = _unit_row(unit, scenario_id)
            del row["scenario_id"]
            self._exec(
                f"UPDATE unit SET {', '.join(f'{k} = :{k}' for k in row)} WHERE id = :id",
                {**row, "id": unit.id},
            )

    def move_unit(self, unit_id: int, parent_id: int | None, sort_order: int | None = None) -> None:
        with self._write():
            scenario_id = self._scenario_of(unit_id)
            self._check_parent(scenario_id, unit_id, parent_id)
            if sort_order is None:
                self._exec("UPDATE unit SET parent_id = ? WHERE id = ?", [parent_id, unit_id])
            else:
                self._exec(
                    "UPDATE unit SET parent_id = ?, sort_order = ? WHERE id = ?",
                    [parent_id, sort_order, unit_id],
                )

    def reorder_units(self, orders: Mapping[int, int]) -> None:
        """Set the sibling order of several units at once."""
        with self._write():
            self.db.conn.executemany(
                "UPDATE unit SET sort_order = ? WHERE id = ?",
                [(order, uid) for uid, order in orders.items()],
            )

    def delete_unit(self, unit_id: int) -> None:
        """Delete a unit with its whole subtree and everything attached to them."""
        with self._write():
            self._scenario_of(unit_id)
            self._exec("DELETE FROM unit WHERE id = ?", [unit_id])

    # -- subtrees for undo ----------------------------------------------------------------
    def subtree(self, unit_id: int) -> RemovedRecords:
        """Everything ``delete_unit(unit_id)`` would remove,
        with ids, units parents first."""
        db = self.db
        row = db.execute("SELECT scenario_id FROM unit WHERE id = ?", [unit_id]).fetchone()
        if row is None:
            raise UnknownUnitError("unit.missing", id=unit_id)
        within = "IN (SELECT id FROM sub)"

        def rows(sql: str) -> list[Any]:
            return db.execute(f"{_SUBTREE} {sql}", [unit_id]).fetchall()

        units = {
            u.id: u for u in map(_unit, rows(f"SELECT {_UNIT_SELECT} FROM unit WHERE id {within}"))
        }
        children: dict[int | None, list[Unit]] = {}
        for unit in sorted(units.values(), key=lambda u: (u.sort_order, u.id)):
            children.setdefault(unit.parent_id, []).append(unit)
        order: list[Unit] = []
        stack = [units[unit_id]]
        while stack:
            unit = stack.pop()
            order.append(unit)
            stack.extend(reversed(children.get(unit.id, [])))
        return self._records(int(row[0]), order, within, rows, whole_operations=False)

    def _records(
        self,
        scenario_id: int,
        units: Sequence[Unit],
        within: str,
        rows: Callable[[str], list[Any]],
        *,
        whole_operations: bool,
    ) -> RemovedRecords:
        """``units`` with every row attached to them. ``within`` is the SQL test that a
        unit id is one of them (``IN (...)``), ``rows`` runs a query that uses it. With
        ``whole_operations``, every reference of an operation that names one of them,
        else only their own references."""
        refs = f"unit_id {within}"
        if whole_operations:
            refs = f"operation_id IN (SELECT operation_id FROM operation_unit WHERE {refs})"
        return RemovedRecords(
            scenario_id=scenario_id,
            units=tuple(units),
            assignments=tuple(
                UrusanAssignment(r[0], r[1], UrusanRole(r[2]))
                for r in rows(
                    f"SELECT unit_id, code, role FROM urusan_assignment WHERE unit_id {within} "
                    "ORDER BY unit_id, code"
                )
            ),
            positions=tuple(
                map(
                    _position,
                    rows(
                        f"SELECT {_POSITION_COLUMNS} FROM position "
                        f"WHERE unit_id {within} ORDER BY id"
                    ),
                )
            ),  # fmt: skip
            iku=tuple(
                Iku(*r)
                for r in rows(f"SELECT {_IKU_COLUMNS} FROM iku WHERE unit_id {within} ORDER BY id")
            ),
            links=tuple(
                CoordinationLink(*r)
                for r in rows(
                    "SELECT id, from_id, to_id, note FROM coordination_link "
                    f"WHERE from_id {within} OR to_id {within} ORDER BY id"
                )
            ),
            lineage=tuple(
                Lineage(*r)
                for r in rows(
                    f"SELECT unit_id, origin_id FROM lineage WHERE unit_id {within} "
                    f"OR origin_id {within} ORDER BY unit_id, origin_id"
                )
            ),
            operation_refs=tuple(
                OperationRef(*r)
                for r in rows(
                    "SELECT operation_id, side, position, unit_id FROM operation_unit "
                    f"WHERE {refs} ORDER BY operation_id, side, position"
                )
            ),
        )

    def restore(self, removed: RemovedRecords) -> None:
        """Insert every record with its original id, in one
        transaction; an id already taken fails the whole write."""
        try:
            with self._write() as db:
                columns = ", ".join(UNIT_COLUMNS)
                db.conn.executemany(
                    f"INSERT INTO unit (scenario_id, {columns}) "
                    f"VALUES (?, {', '.join('?' * len(UNIT_COLUMNS))})",
                    [(removed.scenario_id, *(getattr(u, c) for c in UNIT_COLUMNS))
                     for u in removed.units],
                )  # fmt: skip
                self._insert_records(removed)
        except sqlite3.IntegrityError as exc:
            raise InvalidValueError("store.integrity", detail=str(exc)) from exc

    def _insert_records(self, records: RemovedRecords) -> None:
        """Insert the records attached to units (not the units) with their ids."""
        conn = self.db.conn
        conn.executemany(
            "INSERT INTO urusan_assignment (unit_id, code, role) VALUES (?, ?, ?)",
            [(a.unit_id, a.code, a.role.value) for a in records.assignments],
        )
        conn.executemany(
            f"INSERT INTO position ({_POSITION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(p.id, p.unit_id, p.title, p.category.value, p.eselon, p.existing, p.needed,
              p.sort_order) for p in records.positions],
        )  # fmt: skip
        conn.executemany(
            f"INSERT INTO iku ({_IKU_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
            [(i.id, i.unit_id, i.indicator, i.target, i.measure, i.sort_order)
             for i in records.iku],
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO coordination_link (id, scenario_id, from_id, to_id, note) "
            "VALUES (?, ?, ?, ?, ?)",
            [(x.id, records.scenario_id, x.from_id, x.to_id, x.note) for x in records.links],
        )
        conn.executemany(
            "INSERT INTO lineage (unit_id, origin_id) VALUES (?, ?)",
            [(x.unit_id, x.origin_id) for x in records.lineage],
        )
        conn.executemany(
            "INSERT INTO operation_unit (operation_id, side, position, unit_id) "
            "VALUES (?, ?, ?, ?)",
            [(r.operation_id, r.side, r.position, r.unit_id) for r in records.operation_refs],
        )

    def place_units(self, places: Mapping[int, tuple[int | None, int]]) -> None:
        """Set the parent and sibling order of several
        units in one transaction (each ``Store`` write nests in it as a savepoint)."""
        with self._write():
            for uid, (parent_id, order) in places.items():
                self.move_unit(uid, parent_id, order)

    # -- attached records -------------------------------------------------------------
    def set_assignments(self, unit_id: int, assignments: Iterable[UrusanAssignment]) -> None:
        """Replace the urusan assignments of a unit."""
        with self._write():
            self._scenario_of(unit_id)
            self._exec("DELETE FROM urusan_assignment WHERE unit_id = ?", [unit_id])
            self.db.conn.executemany(
                "INSERT INTO urusan_assignment (unit_id, code, role) VALUES (?, ?, ?)",
                [(unit_id, a.code, a.role.value) for a in assignments],
            )

    def set_lineage(self, unit_id: int, origin_ids: Iterable[int]) -> None:
        with self._write():
            self._scenario_of(unit_id)
            self._exec("DELETE FROM lineage WHERE unit_id = ?", [unit_id])
            self.db.conn.executemany(
                "INSERT INTO lineage (unit_id, origin_id) VALUES (?, ?)",
                [(unit_id, origin) for origin in origin_ids],
            )

    def add_position(self, position: Position) -> int:
        check_record_texts(position)
        with self._write():
            self._scenario_of(position.unit_id)
            cursor = self._exec(
                "INSERT INTO position (unit_id, title, category, eselon, existing, needed, "
                "sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [position.unit_id, position.title, position.category.value, position.eselon,
                 position.existing, position.needed, position.sort_order],
            )  # fmt: skip
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def update_position(self, position: Position) -> None:
        check_record_texts(position)
        with self._write():
            self._exec(
                "UPDATE position SET unit_id = ?, title = ?, category = ?, eselon = ?, "
                "existing = ?, needed = ?, sort_order = ? WHERE id = ?",
                [position.unit_id, position.title, position.category.value, position.eselon,
                 position.existing, position.needed, position.sort_order, position.id],
            )  # fmt: skip

    def delete_position(self, position_id: int) -> None:
        with self._write():
            self._exec("DELETE FROM position WHERE id = ?", [position_id])

    def add_link(self, link: CoordinationLink) -> int:
        check_record_texts(link)
        with self._write():
            scenario_id = self._scenario_of(link.from_id)
            if self._scenario_of(link.to_id) != scenario_id:
                raise InvalidValueError("link.scenario")
            cursor = self._exec(
                "INSERT INTO coordination_link (scenario_id, from_id, to_id, note) "
                "VALUES (?, ?, ?, ?)",
                [scenario_id, link.from_id, link.to_id, link.note],
            )
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def delete_link(self, link_id: int) -> None:
        with self._write():
            self._exec("DELETE FROM coordination_link WHERE id = ?", [link_id])

    def add_operation(self, scenario_id: int, operation: Operation) -> int:
        """Record a restructuring operation; ``before`` ids are units of the scenario
        the proposal derives from, ``after`` ids units of the proposal."""
        check_record_texts(operation)
        with self._write():
            self.scenario(scenario_id)
            return self._insert_operation(
                scenario_id, operation, list(operation.before), list(operation.after)
            )

    def delete_operation(self, operation_id: int) -> None:
        with self._write():
            self._exec("DELETE FROM operation WHERE id = ?", [operation_id])

    # -- restructuring operations -------------------------------------------------------
    def operations(self, scenario_id: int) -> list[Operation]:
        """The operations of a scenario in their order, with every field (``before``:
        units of the derived-from scenario, ``after``: units of this one)."""
        with self._reading():
            self.scenario(scenario_id)
            return self._operations(scenario_id)

    def apply_operation(self, scenario_id: int, plan: OperationPlan) -> AppliedOperation:
        """Write the whole effect of an operation (``rbdesk.domain.operations``) and its
        record in one transaction; the result is what ``revert_operation`` and
        ``reapply_operation`` need (an undo command keeps it). The writes touch only
        the plan's units and what is attached to them."""
        with self._write():
            return self._apply(scenario_id, plan, None)

    def reapply_operation(self, applied: AppliedOperation) -> AppliedOperation:
        """Apply a reverted operation again, with the ids of its first application
        (units, operation): commands that hold those ids stay valid (a redo)."""
        with self._write():
            return self._apply(applied.plan.scenario_id, applied.plan, applied)

    def revert_operation(self, applied: AppliedOperation) -> None:
        """Undo an applied operation in one transaction: every row it changed or
        removed is put back as it was, the units it added and its record go; the
        fingerprint is the one before it."""
        plan, was = applied.plan, applied.touched
        with self._write():
            row = self._exec(
                "SELECT scenario_id FROM operation WHERE id = ?", [applied.operation.id]
            ).fetchone()
            if row is None or row[0] != plan.scenario_id:
                raise OperationError("operation.not_applied", id=applied.operation.id)
            # Rows come back in an order foreign keys would refuse half-way (a unit
            # before its removed parent); they are checked at the commit instead.
            self._exec("PRAGMA defer_foreign_keys = ON")
            conn = self.db.conn
            touched = json.dumps(sorted(plan.touched))
            columns = ", ".join(UNIT_COLUMNS)
            updates = ", ".join(f"{c} = excluded.{c}" for c in UNIT_COLUMNS[1:])
            conn.executemany(
                f"INSERT INTO unit (scenario_id, {columns}) "
                f"VALUES (?, {', '.join('?' * len(UNIT_COLUMNS))}) "
                f"ON CONFLICT (id) DO UPDATE SET {updates}",
                [(was.scenario_id, *(getattr(u, c) for c in UNIT_COLUMNS)) for u in was.units],
            )
            # Every touched unit is back under its old parent: deleting the added units
            # takes only what the operation gave them.
            self._exec(
                f"DELETE FROM unit WHERE id IN {_IDS}", [json.dumps(list(applied.ids.values()))]
            )
            self._exec("DELETE FROM operation WHERE id = ?", [applied.operation.id])
            self._exec(f"DELETE FROM urusan_assignment WHERE unit_id IN {_IDS}", [touched])
            positions = json.dumps([p.id for p in was.positions])
            self._exec(
                f"DELETE FROM position WHERE unit_id IN {_IDS} OR id IN {_IDS}",
                [touched, positions],
            )
            ikus = json.dumps([i.id for i in was.iku])
            self._exec(f"DELETE FROM iku WHERE unit_id IN {_IDS} OR id IN {_IDS}", [touched, ikus])
            links = json.dumps([x.id for x in was.links])
            self._exec(
                f"DELETE FROM coordination_link WHERE from_id IN {_IDS} OR to_id IN {_IDS} "
                f"OR id IN {_IDS}",
                [touched, touched, links],
            )
            self._exec(
                f"DELETE FROM lineage WHERE unit_id IN {_IDS} OR origin_id IN {_IDS}",
                [touched, touched],
            )
            self._exec(
                f"DELETE FROM operation_unit WHERE operation_id IN {_IDS}",
                [json.dumps(sorted({r.operation_id for r in was.operation_refs}))],
            )
            self._insert_records(was)

    def set_operation_text(self, operation_id: int, reason: str, basis: str = "") -> None:
        """Set an operation's reason (*alasan*, not empty) and legal basis."""
        if not reason.strip():
            raise OperationError("operation.reason_missing")
        check_text("operation.reason", reason.strip())
        check_text("operation.basis", basis.strip())
        with self._write():
            cursor = self._exec(
                "UPDATE operation SET justification = ?, basis = ? WHERE id = ?",
                [reason.strip(), basis.strip(), operation_id],
            )
            if cursor.rowcount == 0:
                raise OperationError("operation.unknown", id=operation_id)

    def _apply(
        self, scenario_id: int, plan: OperationPlan, again: AppliedOperation | None
    ) -> AppliedOperation:
        scenario = self.scenario(scenario_id)
        if scenario.role is not ScenarioRole.PROPOSAL:
            raise OperationError("operation.current_scenario", name=scenario.name)
        if plan.scenario_id != scenario_id:
            raise OperationError("operation.other_scenario", name=scenario.name)
        named = set(plan.touched)
        named.update(
            u.parent_id
            for u in (*plan.added, *plan.changed)
            if u.parent_id is not None and u.parent_id > 0
        )
        (found,) = self._exec(
            f"SELECT count(*) FROM unit WHERE scenario_id = ? AND id IN {_IDS}",
            [scenario_id, json.dumps(sorted(named))],
        ).fetchone()
        if found != len(named):
            raise OperationError("operation.other_scenario", name=scenario.name)
        was = self._touched_records(scenario_id, plan.touched)
        if again is None:
            (next_id,) = self._exec("SELECT coalesce(max(id), 0) + 1 FROM unit").fetchone()
            ids = {u.id: next_id + n for n, u in enumerate(plan.added)}
            (sort_order,) = self._exec(
                "SELECT coalesce(max(sort_order), -1) + 1 FROM operation WHERE scenario_id = ?",
                [scenario_id],
            ).fetchone()
            op_id = None
        else:
            ids = dict(again.ids)
            sort_order, op_id = again.operation.sort_order, again.operation.id

        def real(uid: int | None) -> int | None:
            if uid is None or uid > 0:
                return uid
            try:
                return ids[uid]
            except KeyError:
                raise UnknownUnitError("unit.not_in_structure", id=uid) from None

        def row(unit: Unit) -> tuple[Any, ...]:
            values = _unit_row(unit, scenario_id)
            values["parent_id"] = real(unit.parent_id)
            return (real(unit.id), *values.values())

        conn = self.db.conn
        columns = f"id, scenario_id, {_UNIT_SELECT.removeprefix('id, ')}"
        conn.executemany(
            f"INSERT INTO unit ({columns}) VALUES ({', '.join('?' * (len(UNIT_COLUMNS) + 1))})",
            [row(u) for u in plan.added],
        )
        sets = ", ".join(f"{c} = ?" for c in ("scenario_id", *UNIT_COLUMNS[1:]))
        conn.executemany(
            f"UPDATE unit SET {sets} WHERE id = ?",
            [(*row(u)[1:], u.id) for u in plan.changed],
        )
        for uid, held in plan.assignments.items():
            self._exec("DELETE FROM urusan_assignment WHERE unit_id = ?", [real(uid)])
            conn.executemany(
                "INSERT INTO urusan_assignment (unit_id, code, role) VALUES (?, ?, ?)",
                [(real(uid), a.code, a.role.value) for a in held],
            )
        conn.executemany(
            "UPDATE position SET unit_id = ?, title = ?, category = ?, eselon = ?, "
            "existing = ?, needed = ?, sort_order = ? WHERE id = ?",
            [(real(p.unit_id), p.title, p.category.value, p.eselon, p.existing, p.needed,
              p.sort_order, p.id) for p in plan.positions],
        )  # fmt: skip
        conn.executemany(
            "DELETE FROM position WHERE id = ?", [(pid,) for pid in plan.removed_positions]
        )
        conn.executemany(
            "UPDATE iku SET unit_id = ?, indicator = ?, target = ?, measure = ?, "
            "sort_order = ? WHERE id = ?",
            [(real(i.unit_id), i.indicator, i.target, i.measure, i.sort_order, i.id)
             for i in plan.iku],
        )  # fmt: skip
        conn.executemany(
            "UPDATE coordination_link SET from_id = ?, to_id = ?, note = ? WHERE id = ?",
            [(real(x.from_id), real(x.to_id), x.note, x.id) for x in plan.links],
        )
        conn.executemany(
            "DELETE FROM coordination_link WHERE id = ?", [(x,) for x in plan.removed_links]
        )
        for uid, origins in plan.lineage.items():
            self._exec("DELETE FROM lineage WHERE unit_id = ?", [real(uid)])
            conn.executemany(
                "INSERT INTO lineage (unit_id, origin_id) VALUES (?, ?)",
                [(real(uid), origin) for origin in origins],
            )
        self._exec(f"DELETE FROM unit WHERE id IN {_IDS}", [json.dumps(list(plan.removed))])
        op = plan.operation
        after = [ids.get(u, u) for u in op.after]
        record = replace(op, after=tuple(after), sort_order=sort_order)
        op_id = self._insert_operation(scenario_id, record, list(op.before), after, op_id)
        return AppliedOperation(plan, ids, replace(record, id=op_id), was)

    def _touched_records(self, scenario_id: int, unit_ids: Iterable[int]) -> RemovedRecords:
        """Every row of ``unit_ids`` and attached to them, and every reference of an
        operation that names one of them, as they are now."""
        ids = json.dumps(sorted(unit_ids))

        def rows(sql: str) -> list[Any]:
            return self._exec(sql, [ids] * sql.count("?")).fetchall()

        units = [_unit(r) for r in rows(f"SELECT {_UNIT_SELECT} FROM unit WHERE id IN {_IDS}")]
        return self._records(
            scenario_id, sorted(units, key=lambda u: u.id), f"IN {_IDS}", rows,
            whole_operations=True,
        )  # fmt: skip

    def add_iku(self, iku: Iku) -> int:
        check_record_texts(iku)
        with self._write():
            self._scenario_of(iku.unit_id)
            cursor = self._exec(
                "INSERT INTO iku (unit_id, indicator, target, measure, sort_order) "
                "VALUES (?, ?, ?, ?, ?)",
                [iku.unit_id, iku.indicator, iku.target, iku.measure, iku.sort_order],
            )
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def update_iku(self, iku: Iku) -> None:
        check_record_texts(iku)
        with self._write():
            self._exec(
                "UPDATE iku SET unit_id = ?, indicator = ?, target = ?, measure = ?, "
                "sort_order = ? WHERE id = ?",
                [iku.unit_id, iku.indicator, iku.target, iku.measure, iku.sort_order, iku.id],
            )

    def delete_iku(self, iku_id: int) -> None:
        with self._write():
            self._exec("DELETE FROM iku WHERE id = ?", [iku_id])

    # -- whole-file ---------------------------------------------------------------------
    def fingerprint(self) -> str:
        """A short hash of the plan's content: every row of every content table, in a
        fixed order, and the signatories once any are named (they print on the
        proposal; a plan without them keeps the fingerprint it always had). Equal
        content gives the same fingerprint in any copy of the file."""
        digest = hashlib.sha256()

        def rows(table: str, sql: str) -> None:
            digest.update(f"\x1e{table}\x1f".encode())
            cursor = self._exec(sql)
            while batch := cursor.fetchmany(5000):
                for row in batch:
                    digest.update(repr(row).encode("utf-8", "surrogatepass"))
                    digest.update(b"\n")

        for table, columns, order in _FINGERPRINT_TABLES:
            rows(table, f"SELECT {columns} FROM {table} ORDER BY {order}")
        # Operations with a basis or findings (schema 0002): hashed only where given, so
        # a plan without them keeps the fingerprint it had before the columns existed.
        texts = "FROM operation WHERE basis != '' OR findings != ''"
        if self._exec(f"SELECT 1 {texts} LIMIT 1").fetchone():
            rows("operation_text", f"SELECT id, basis, findings {texts} ORDER BY id")
        # A rumah sakit's jenis (schema 0003), likewise.
        kinds = "FROM unit WHERE hospital_kind IS NOT NULL"
        if self._exec(f"SELECT 1 {kinds} LIMIT 1").fetchone():
            rows("unit_hospital_kind", f"SELECT id, hospital_kind {kinds} ORDER BY id")
        # The pemetaan values, year and source (schema 0004), likewise.
        if self._exec("SELECT 1 FROM pemetaan_value LIMIT 1").fetchone():
            rows("pemetaan_value", "SELECT kode, no, value FROM pemetaan_value ORDER BY kode, no")
        if self._exec("SELECT 1 FROM pemetaan_source LIMIT 1").fetchone():
            rows("pemetaan_source", "SELECT year, source FROM pemetaan_source")
        # A partial plan (its region-wide checks are off) differs from a whole one with
        # the same units; hashed only when set, like the columns above.
        if self.meta(PARTIAL_KEY) == "1":
            digest.update(f"\x1e{PARTIAL_KEY}\x1f1".encode())
        if self.meta(KEPULAUAN_KEY) == "1":  # another perhubungan table scores the values
            digest.update(f"\x1e{KEPULAUAN_KEY}\x1f1".encode())
        signatories = self.meta(SIGNATORIES_KEY)
        if signatories:
            digest.update(f"\x1e{SIGNATORIES_KEY}\x1f".encode())
            digest.update(signatories.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()[:12]

    def integrity_ok(self) -> bool:
        return self._exec("PRAGMA integrity_check").fetchall() == [("ok",)]

    def save_copy(self, target: Path | str) -> None:
        """Write a copy of the plan to ``target``: refused onto this plan itself
        (``copy_onto_itself``) and onto a plan open elsewhere (``in_use``)."""
        copy_plan(self.db, self.real, Path(target))

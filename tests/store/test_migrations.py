"""Old plan files open in this version: every ``tests/data/plan_schema_*.rbd`` (a frozen
file written at that schema, beside a ``.json`` record of its content) is migrated to
the current schema with its content intact, and a backup is taken before migrating.

How a pending migration is simulated: the test registers extra migrations on a copy of
the ``Migrations`` object and patches it into ``rbdesk.store.schema`` and
``rbdesk.store.opening`` (the two modules that read it), so ``Store.open`` runs the
real code path: inspection, backup, ``Migrations.apply``. The alternative, deleting the
last migration record from a file, would not be honest: the file's tables would no
longer match its recorded history, and the inspection rightly refuses such a file as
altered.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from rbdesk.domain.model import Structure
from rbdesk.domain.operations import parse_finding_ref
from rbdesk.store import PlanFileError, Store, opening, schema
from rbdesk.store.opening import BACKUPS_KEPT

DATA = Path(__file__).resolve().parent.parent / "data"
OLD_PLANS = sorted(DATA.glob("plan_schema_*.rbd"))
#: The plan of the newest historical schema: the current one, nothing pending.
NEWEST = OLD_PLANS[-1]


def test_there_is_a_plan_file_for_the_first_schema() -> None:
    assert DATA / "plan_schema_0001.rbd" in OLD_PLANS


def test_there_is_a_plan_file_for_every_schema_version() -> None:
    """A new migration needs a frozen plan of the schema before it (and after it, in
    time): one file per historical version, named by the version's number."""
    numbers = {p.stem.removeprefix("plan_schema_") for p in OLD_PLANS}
    assert {v[:4] for v in schema.known_versions()} <= numbers


def describe(structure: Structure, origins: Structure | None) -> dict[str, Any]:
    """A loaded scenario keyed by unit names, in the form of the ``.json`` records."""
    name = {u.id: u.name for u in structure.units.values()}
    origin = {} if origins is None else {u.id: u.name for u in origins.units.values()}
    units = [
        {
            "name": u.name,
            "parent": None if u.parent_id is None else name[u.parent_id],
            "kind": u.kind,
            "short_name": u.short_name,
            "unit_type": u.unit_type,
            "eselon": u.eselon,
            "sort_order": u.sort_order,
            "tugas": u.tugas,
            "fungsi": u.fungsi,
            "headcount_existing": u.headcount_existing,
            "headcount_needed": u.headcount_needed,
            "workload_score": u.workload_score,
            "notes": u.notes,
            # schema 0003: a rumah sakit's jenis, absent from the records of older plans
            **({"hospital_kind": u.hospital_kind} if u.hospital_kind else {}),
        }
        for u in structure.units.values()
    ]
    return {
        "name": structure.scenario.name,
        "role": structure.scenario.role.value,
        "derived_from": None if origins is None else origins.scenario.name,
        "created": structure.scenario.created,
        "units": sorted(units, key=lambda d: d["name"]),
        "assignments": sorted(
            [name[a.unit_id], a.code, a.role.value] for a in structure.assignments
        ),
        "positions": sorted(
            [
                name[p.unit_id],
                p.title,
                p.category.value,
                p.eselon,
                p.existing,
                p.needed,
                p.sort_order,
            ]
            for p in structure.positions
        ),  # fmt: skip
        "links": sorted([name[x.from_id], name[x.to_id], x.note] for x in structure.links),
        "operations": [
            [
                o.kind.value,
                [origin[u] for u in o.before],
                [name[u] for u in o.after],
                o.justification,
                o.date,
                o.sort_order,
                o.basis,
                [_finding(f, origin, name) for f in o.findings],
            ]
            for o in structure.operations
        ],  # fmt: skip
        "iku": sorted(
            [name[i.unit_id], i.indicator, i.target, i.measure, i.sort_order] for i in structure.iku
        ),
        "lineage": sorted([name[x.unit_id], origin[x.origin_id]] for x in structure.lineage),
    }


def _finding(ref: str, origin: dict[int, str], name: dict[int, str]) -> list[Any]:
    """A finding an operation answers, with names for ids, as the records have it."""
    rule, codes, units = parse_finding_ref(ref)
    named = [["+", name[u[1]]] if u[0] == 0 else sorted(origin[i] for i in u) for u in units]
    return [rule, list(codes), sorted(named)]


#: What an operation of a plan written before schema 0002 reads as: no basis, no findings.
_NO_BASIS: list[Any] = ["", []]


def assert_content(store: Store, expected: dict[str, Any]) -> None:
    region = store.region()
    assert {
        "name": region.name,
        "level": region.level.value,
        "code": region.code,
        "geo_factor": region.geo_factor,
        "preparing_unit": region.preparing_unit,
    } == expected["region"]
    for key, value in expected["meta"].items():
        assert store.meta(key) == value, key
    scenarios = store.scenarios()
    assert [s.name for s in scenarios] == [s["name"] for s in expected["scenarios"]]
    loaded = {s.id: store.load(s.id) for s in scenarios}
    found = [
        describe(st, None if st.scenario.derived_from is None else loaded[st.scenario.derived_from])
        for st in loaded.values()
    ]
    for scenario in expected["scenarios"]:
        scenario["operations"] = [op + _NO_BASIS[len(op) - 6 :] for op in scenario["operations"]]
    assert found == expected["scenarios"]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _applied(path: Path) -> list[str]:
    """Migration names recorded in ``path``, read without writing to it (immutably,
    unless a WAL beside it holds commits that the file itself does not have yet)."""
    wal = Path(f"{path}-wal")
    immutable = "" if wal.exists() and wal.stat().st_size else "&immutable=1"
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro{immutable}", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    finally:
        conn.close()


def _backups(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.bak"))


@pytest.mark.parametrize("source", OLD_PLANS, ids=[p.name for p in OLD_PLANS])
def test_old_plan_opens_at_the_current_schema(source: Path, tmp_path: Path) -> None:
    expected = json.loads(source.with_suffix(".json").read_text("utf-8"))
    committed = _sha(source)
    assert _applied(source)[-1] == expected["schema"]
    path = tmp_path / "plan.rbd"
    shutil.copyfile(source, path)

    with Store.open(path) as store:
        assert not store.read_only
        assert store.schema_version() == schema.current_version()
        assert store.integrity_ok()
        assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert_content(store, expected)
    with Store.open(path) as store:  # and again, once migrated
        assert_content(store, expected)
        assert store.integrity_ok()

    pending = schema.known_versions()[len(_applied(source)) :]
    assert _backups(tmp_path) == ([f"plan.rbd.before-{expected['schema']}.bak"] if pending else [])
    assert _sha(source) == committed, "the committed historical file must never change"


@pytest.fixture
def register() -> Iterator[Callable[[str, str], None]]:
    """Register an extra migration (name, SQL) after the real ones, for this test only."""
    patched = Migrations(schema.MIGRATION_SET)
    patched._migrations = list(schema.migrations._migrations)

    def add(name: str, sql: str) -> None:
        def migrate(db: Database) -> None:
            db.execute(sql)

        patched(name=name)(migrate)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(schema, "migrations", patched)
        patch.setattr(opening, "migrations", patched)
        yield add


@pytest.fixture
def old_plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.rbd"
    shutil.copyfile(NEWEST, path)
    return path


def _expected_newest() -> dict[str, Any]:
    return json.loads(NEWEST.with_suffix(".json").read_text("utf-8"))


def test_a_pending_migration_runs_after_a_backup(
    register: Callable[[str, str], None], old_plan: Path
) -> None:
    original = old_plan.read_bytes()
    with Store.open(old_plan) as store:
        fingerprint = store.fingerprint()
        version = store.schema_version()
    assert _backups(old_plan.parent) == []  # nothing pending, no backup
    register("9001_catatan", "CREATE TABLE catatan (id INTEGER PRIMARY KEY, teks TEXT)")

    with Store.open(old_plan) as store:
        assert store.schema_version() == "9001_catatan"
        assert store.fingerprint() == fingerprint
        assert store.integrity_ok()
        assert_content(store, _expected_newest())

    backup = old_plan.with_name(f"plan.rbd.before-{version}.bak")
    assert _backups(old_plan.parent) == [backup.name]
    assert _applied(backup) == schema.known_versions()[:-1]  # without 9001_catatan
    assert not Path(f"{backup}-wal").exists() and not Path(f"{backup}-shm").exists()
    conn = sqlite3.connect(f"{backup.as_uri()}?mode=ro&immutable=1", uri=True)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert "catatan" not in names
    # The backup is the plan as it was: restoring it gives back the old file's content.
    restored = old_plan.with_name("restored.rbd")
    shutil.copyfile(backup, restored)
    with Store.open(restored) as store:  # migrates again, as the original did
        assert store.fingerprint() == fingerprint
    assert len(original) > 0


def test_at_most_three_backups_are_kept(
    register: Callable[[str, str], None], old_plan: Path
) -> None:
    versions = [schema.current_version()]
    for number in range(9001, 9006):
        name = f"{number}_langkah"
        register(name, f"CREATE TABLE t{number} (x)")
        with Store.open(old_plan) as store:
            assert store.schema_version() == name
        versions.append(name)
        assert len(_backups(old_plan.parent)) == min(len(versions) - 1, BACKUPS_KEPT)
    assert BACKUPS_KEPT == 3
    # The newest three survive: the ones taken before the last three migrations.
    assert _backups(old_plan.parent) == [f"plan.rbd.before-{v}.bak" for v in versions[-4:-1]]


def test_a_read_only_plan_that_needs_an_upgrade_is_refused(
    register: Callable[[str, str], None], old_plan: Path
) -> None:
    register("9001_catatan", "CREATE TABLE catatan (x)")
    data = old_plan.read_bytes()
    with pytest.raises(PlanFileError, match="needs an upgrade .* read-only"):
        Store.open(old_plan, read_only=True)
    assert old_plan.read_bytes() == data
    assert _backups(old_plan.parent) == []


def _failing_migration(register: Callable[[str, str], None]) -> None:
    # A migration that fails half-way: its first statement succeeds, its second cannot.
    register("9001_gagal", "CREATE TABLE sebagian (x)")
    register("9002_gagal", "INSERT INTO tabel_yang_tidak_ada VALUES (1)")


def test_a_failed_migration_leaves_the_plan_as_it_was(
    register: Callable[[str, str], None], old_plan: Path
) -> None:
    known = schema.known_versions()
    _failing_migration(register)
    with pytest.raises(Exception):  # noqa: B017 - the type is the next test's subject
        Store.open(old_plan)
    # The migration that succeeded is kept (each runs in its own transaction); the one
    # that failed left nothing; the backup of the file as it was is there.
    assert _applied(old_plan) == [*known, "9001_gagal"]
    assert _backups(old_plan.parent) == [f"plan.rbd.before-{known[-1]}.bak"]
    assert _applied(old_plan.with_name(f"plan.rbd.before-{known[-1]}.bak")) == known


def test_a_failed_migration_is_reported_as_a_plan_file_error(
    register: Callable[[str, str], None], old_plan: Path
) -> None:
    _failing_migration(register)
    with pytest.raises(PlanFileError, match="upgrade|migrat"):
        Store.open(old_plan)


@pytest.mark.parametrize("source", OLD_PLANS, ids=lambda p: p.name)
def test_old_plan_has_no_signatories_and_gets_a_report(source: Path, tmp_path: Path) -> None:
    """A plan written before signatories and the PDF existed: none are named, and its
    report prints the blank signature lines."""
    from pypdf import PdfReader

    from rbdesk.report import gather, write_report

    path = tmp_path / "plan.rbd"
    shutil.copyfile(source, path)
    with Store.open(path) as store:
        assert store.signatories() == ()
        inputs = gather(store)
    out = tmp_path / "lama.pdf"
    result = write_report(inputs, out)
    assert result.pages >= 2
    # the lembar pengesahan (before the annexes) has the blank lines
    assert any("NIP ..." in page.extract_text() for page in PdfReader(out).pages)

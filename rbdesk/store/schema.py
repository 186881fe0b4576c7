"""The schema of the plan file, as append-only migrations.

Never edit a migration that has shipped: add a new one. Each runs in one transaction
with the record of it having run (sqlite-utils ``Migrations``). The name of the last
migration is the schema version; a file that has run a migration this program does
not know was written by a newer rbdesk.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

#: Written into the file header (``PRAGMA application_id``): "RBDK".
APPLICATION_ID = 0x5242444B
MIGRATION_SET = "rbdesk"

migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_initial")
def m0001_initial(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE region (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            level TEXT NOT NULL CHECK (level IN ('provinsi', 'kabupaten', 'kota')),
            code TEXT NOT NULL DEFAULT '',
            geo_factor REAL NOT NULL DEFAULT 1.0,
            preparing_unit TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE scenario (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL CHECK (role IN ('current', 'proposal')),
            derived_from INTEGER REFERENCES scenario(id) ON DELETE SET NULL,
            created TEXT NOT NULL
        );
        CREATE TABLE unit (
            id INTEGER PRIMARY KEY,
            scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES unit(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            short_name TEXT NOT NULL DEFAULT '',
            unit_type TEXT,
            eselon TEXT,
            sort_order INTEGER NOT NULL DEFAULT 0,
            tugas TEXT NOT NULL DEFAULT '',
            fungsi TEXT NOT NULL DEFAULT '',
            headcount_existing INTEGER NOT NULL DEFAULT 0,
            headcount_needed INTEGER NOT NULL DEFAULT 0,
            workload_score REAL,
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX unit_scenario ON unit(scenario_id);
        CREATE INDEX unit_parent ON unit(parent_id);
        CREATE TABLE lineage (
            unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
            origin_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
            PRIMARY KEY (unit_id, origin_id)
        );
        CREATE INDEX lineage_origin ON lineage(origin_id);
        CREATE TABLE urusan_assignment (
            unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('main', 'supporting')),
            PRIMARY KEY (unit_id, code)
        );
        CREATE TABLE position (
            id INTEGER PRIMARY KEY,
            unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            category TEXT NOT NULL CHECK (category IN ('structural', 'functional', 'pelaksana')),
            eselon TEXT,
            existing INTEGER NOT NULL DEFAULT 0,
            needed INTEGER NOT NULL DEFAULT 0,
            sort_order INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX position_unit ON position(unit_id);
        CREATE TABLE coordination_link (
            id INTEGER PRIMARY KEY,
            scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
            from_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
            to_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX coordination_link_scenario ON coordination_link(scenario_id);
        CREATE INDEX coordination_link_from ON coordination_link(from_id);
        CREATE INDEX coordination_link_to ON coordination_link(to_id);
        CREATE TABLE operation (
            id INTEGER PRIMARY KEY,
            scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            justification TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX operation_scenario ON operation(scenario_id);
        CREATE TABLE operation_unit (
            operation_id INTEGER NOT NULL REFERENCES operation(id) ON DELETE CASCADE,
            side TEXT NOT NULL CHECK (side IN ('before', 'after')),
            position INTEGER NOT NULL,
            unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
            PRIMARY KEY (operation_id, side, position)
        );
        CREATE INDEX operation_unit_unit ON operation_unit(unit_id);
        CREATE TABLE iku (
            id INTEGER PRIMARY KEY,
            unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
            indicator TEXT NOT NULL,
            target TEXT NOT NULL DEFAULT '',
            measure TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX iku_unit ON iku(unit_id);
        """,
    )


@migrations(name="0002_operation_basis")
def m0002_operation_basis(db: Database) -> None:
    # An operation's legal basis (dasar hukum) and the findings it answers (references
    # of rbdesk.domain.operations.finding_ref, one per line); ``justification`` is its
    # reason (alasan).
    _run(
        db,
        """
        ALTER TABLE operation ADD COLUMN basis TEXT NOT NULL DEFAULT '';
        ALTER TABLE operation ADD COLUMN findings TEXT NOT NULL DEFAULT '';
        """,
    )


@migrations(name="0003_unit_hospital_kind")
def m0003_unit_hospital_kind(db: Database) -> None:
    # The jenis of a rumah sakit Daerah, "umum" or "khusus" (PP 18/2016 Pasal 21F, 44E as
    # inserted by PP 72/2019); NULL for every other unit and where not recorded. Its kelas
    # is the unit's unit_type.
    _run(db, "ALTER TABLE unit ADD COLUMN hospital_kind TEXT")


@migrations(name="0004_pemetaan")
def m0004_pemetaan(db: Database) -> None:
    # The region's indicator values of the pemetaan urusan (PP 18/2016 Lampiran), one
    # per (kode, no): the table's code (urusan, function, 'umum', 'kecamatan') and the
    # indicator's number as printed; the value as canonical decimal text
    # (rbdesk.domain.pemetaan.canonical). The year and source of the data, one row. The
    # geographic factor of Lampiran V Langkah 3 is region.geo_factor.
    _run(
        db,
        """
        CREATE TABLE pemetaan_value (
            kode TEXT NOT NULL,
            no INTEGER NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (kode, no)
        );
        CREATE TABLE pemetaan_source (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            year INTEGER,
            source TEXT NOT NULL DEFAULT ''
        )
        """,
    )


def _run(db: Database, script: str) -> None:
    # One statement at a time: sqlite3's executescript() would COMMIT the
    # transaction the migration runs in.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def known_versions() -> list[str]:
    """Names of all migrations this program knows, oldest first."""
    return [m.name for m in migrations._migrations]


def current_version() -> str:
    return known_versions()[-1]

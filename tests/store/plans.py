"""Plans for the store tests: a small plan holding every entity type, a large one, and a
record of a file's bytes, mtime and neighbours to prove that nothing was written.

The small plan is built in memory with provisional ids and written with
``Store.insert_structure``; tests find units again by name (names are unique within
each scenario of the sample).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from rbdesk.domain.model import (
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
    Structure,
    Unit,
    UrusanAssignment,
    UrusanRole,
)
from rbdesk.store import Store

REGION = Region(
    name='Kabupaten Contoh <Uji> & "Coba"',
    level=Level.KABUPATEN,
    code="35.99",
    geo_factor=1.15,
    preparing_unit="Bagian Organisasi Setda",
)
CURRENT = "Kondisi saat ini"
PROPOSAL = "Usulan 2026 🏛️"

MAIN = UrusanRole.MAIN
SUPPORTING = UrusanRole.SUPPORTING
STRUCTURAL = PositionCategory.STRUCTURAL
FUNCTIONAL = PositionCategory.FUNCTIONAL
PELAKSANA = PositionCategory.PELAKSANA


def current_structure() -> Structure:
    """The current scenario of the sample plan (provisional ids 1..)."""
    units = [
        Unit(1, None, "kepala_daerah", "Bupati Contoh", "Bupati"),
        Unit(2, 1, "sekretariat_daerah", "Sekretariat Daerah", "Setda", "A", "IIa", 0,
             "Membantu bupati dalam penyusunan kebijakan", "1. Pengoordinasian; 2. Pelayanan",
             12, 15, 812.5, "catatan <b>penting</b>"),
        Unit(3, 2, "bagian", "Bagian Organisasi", "Bag. Org", None, "IIIa", 1,
             headcount_existing=9, headcount_needed=11, workload_score=0.75),
        Unit(4, 1, "dinas", "Dinas Pendidikan dan Kebudayaan", "Disdikbud", "A", "IIb", 2,
             headcount_existing=140, headcount_needed=152, workload_score=910.0),
        Unit(5, 4, "bidang", "Bidang Pendidikan Dasar & Menengah", "", None, "IIIb", 0),
        Unit(6, 5, "seksi", "Seksi Kurikulum 'SD'", "", None, "IVa", 0),
        Unit(7, 1, "dinas", "Dinas Kesehatan", "Dinkes", "B", "IIb", 3),
        Unit(8, 7, "upt", "UPT Puskesmas Mojosari", "", "A", "IVa", 0,
             notes="kelas A\nbaris kedua"),
        Unit(9, 1, "dinas", "Dinas Pariwisata", "Dispar", "C", "IIb", 4),
        Unit(10, 1, "badan", "Badan Kesatuan Bangsa dan Politik", "Bakesbangpol", "C",
             "IIb", 5),
        Unit(11, 1, "kecamatan", "Kecamatan Sukamaju", "", "A", "IIIa", 6),
        Unit(12, 11, "kelurahan", "Kelurahan Sukamaju", "", None, "IVa", 0),
    ]  # fmt: skip
    return Structure(
        Scenario(0, CURRENT, ScenarioRole.CURRENT, None, "2026-01-05T08:00:00+07:00"),
        units={u.id: u for u in units},
        assignments=[
            UrusanAssignment(4, "1.01", MAIN),
            UrusanAssignment(4, "2.22", MAIN),
            UrusanAssignment(5, "1.01", MAIN),
            UrusanAssignment(7, "1.02", MAIN),
            UrusanAssignment(7, "2.13", SUPPORTING),
            UrusanAssignment(9, "3.26", MAIN),
            UrusanAssignment(10, "1.06", MAIN),
        ],
        positions=[
            Position(1, 2, "Sekretaris Daerah", STRUCTURAL, "IIa", 1, 1, 0),
            Position(2, 3, "Kepala Bagian Organisasi", STRUCTURAL, "IIIa", 1, 1, 0),
            Position(3, 3, "Analis Kebijakan", FUNCTIONAL, None, 2, 4, 1),
            Position(4, 4, "Kepala Dinas", STRUCTURAL, "IIb", 1, 1, 0),
            Position(5, 6, "Pengadministrasi Umum", PELAKSANA, None, 3, 2, 0),
            Position(6, 8, "Dokter Ahli Pertama", FUNCTIONAL, None, 2, 5, 0),
        ],
        links=[
            CoordinationLink(1, 3, 4, "koordinasi kelembagaan"),
            CoordinationLink(2, 7, 8, ""),
        ],
        operations=[],
        iku=[
            Iku(1, 4, "Angka Partisipasi Murni SD", "98%", "persen", 0),
            Iku(2, 4, "Rata-rata lama sekolah", "8,5 tahun", "tahun", 1),
            Iku(3, 7, "Angka kematian ibu <100", "< 90 per 100.000", "rasio", 0),
        ],
    )


def proposal_structure(current_scenario_id: int) -> Structure:
    """A proposal derived from the current scenario: Pendidikan and Pariwisata merged,
    Kesbangpol abolished, Dinas Kesehatan renamed. Lineage and operation ``before`` ids
    are provisional ids of :func:`current_structure`."""
    units = [
        Unit(101, None, "kepala_daerah", "Bupati Contoh", "Bupati"),
        Unit(102, 101, "sekretariat_daerah", "Sekretariat Daerah", "Setda", "A", "IIa", 0),
        Unit(103, 102, "bagian", "Bagian Organisasi", "Bag. Org", None, "IIIa", 1),
        Unit(104, 101, "dinas", "Dinas Pendidikan, Kebudayaan dan Pariwisata", "Disdikbudpar",
             "A", "IIb", 2, headcount_existing=150, headcount_needed=149),
        Unit(105, 104, "bidang", "Bidang Pariwisata", "", None, "IIIb", 3),
        Unit(107, 101, "dinas", "Dinas Kesehatan, Pengendalian Penduduk dan KB", "Dinkes PPKB",
             "A", "IIb", 3),
        Unit(108, 107, "upt", "UPT Puskesmas Mojosari", "", "A", "IVa", 0),
        Unit(111, 101, "kecamatan", "Kecamatan Sukamaju", "", "A", "IIIa", 6),
    ]  # fmt: skip
    return Structure(
        Scenario(0, PROPOSAL, ScenarioRole.PROPOSAL, current_scenario_id,
                 "2026-02-10T09:30:00+07:00"),
        units={u.id: u for u in units},
        assignments=[
            UrusanAssignment(104, "1.01", MAIN),
            UrusanAssignment(104, "3.26", MAIN),
            UrusanAssignment(107, "1.02", MAIN),
            UrusanAssignment(107, "2.14", SUPPORTING),
        ],
        positions=[Position(1, 104, "Kepala Dinas", STRUCTURAL, "IIb", 1, 1, 0)],
        links=[CoordinationLink(1, 103, 104, "penataan")],
        operations=[
            Operation(1, OperationKind.MERGE, (4, 9), (104,),
                      "Beban kerja Dinas Pariwisata di bawah ambang tipe C", "2026-02-10", 0),
            Operation(2, OperationKind.RENAME, (7,), (107,),
                      "Menampung urusan pengendalian penduduk", "2026-02-10", 1),
            Operation(3, OperationKind.ABOLISH, (10,), (), "Dilebur ke Bagian Tata Pemerintahan",
                      "", 2),
            Operation(4, OperationKind.CREATE, (), (105,), "Bidang baru hasil penggabungan",
                      "", 3),
        ],
        iku=[Iku(1, 104, "Kunjungan wisatawan", "250.000", "orang", 0)],
        lineage=[
            Lineage(101, 1), Lineage(102, 2), Lineage(103, 3), Lineage(104, 4),
            Lineage(104, 9), Lineage(105, 9), Lineage(107, 7), Lineage(108, 8),
            Lineage(111, 11),
        ],
    )  # fmt: skip


def write_sample_plan(path: Path) -> None:
    """A closed plan at ``path`` holding the sample's two scenarios."""
    with Store.create(path, REGION) as store:
        id_map = store.insert_structure(current_structure())
        current = store.scenario_by_name(CURRENT)
        store.insert_structure(proposal_structure(current.id), origin_map=id_map)


def large_structure(n_units: int, *, seed: int = 0, name: str = CURRENT) -> Structure:
    """A deterministic current scenario of ``n_units`` units under one root, each with a
    position, so that a plan of a few thousand units spans a few hundred pages."""
    rng = random.Random(seed)
    units = {1: Unit(1, None, "kepala_daerah", "Bupati")}
    for uid in range(2, n_units + 1):
        parent = rng.randint(max(1, uid - 40), uid - 1)
        units[uid] = Unit(
            uid, parent, rng.choice(["dinas", "bidang", "seksi", "upt"]),
            f"Unit kerja nomor {uid} urusan pemerintahan", f"U{uid}", None,
            rng.choice(["IIb", "IIIa", "IVa"]), uid % 7, "tugas " * rng.randint(1, 8),
            headcount_existing=rng.randint(0, 50),
        )  # fmt: skip
    positions = [Position(uid, uid, f"Kepala unit {uid}", STRUCTURAL, "IVa", 1, 1) for uid in units]
    return Structure(
        Scenario(0, name, ScenarioRole.CURRENT, None, "2026-01-01T00:00:00+07:00"),
        units,
        positions=positions,
    )


def unit_id(store: Store, scenario_name: str, unit_name: str) -> int:
    """The file id of the unit called ``unit_name`` in the scenario called ``scenario_name``."""
    structure = store.load(store.scenario_by_name(scenario_name).id)
    (found,) = [u.id for u in structure.units.values() if u.name == unit_name]
    return found


@dataclass(frozen=True)
class FileState:
    """What a test compares to prove that a refused file was left alone."""

    data: bytes | None
    mtime_ns: int | None
    neighbours: frozenset[str]


def file_state(path: Path) -> FileState:
    """The bytes and mtime of ``path`` (``None`` when it is no regular file) and the
    names of everything beside it (``-wal``, ``-shm``, backups would show here)."""
    neighbours = frozenset(p.name for p in path.parent.iterdir() if p.name != path.name)
    if path.is_file():
        return FileState(path.read_bytes(), path.stat().st_mtime_ns, neighbours)
    return FileState(None, None, neighbours)

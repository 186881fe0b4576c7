"""Generator of ``plan_schema_0004.rbd`` and ``plan_schema_0004.json``: a small but
complete plan at schema ``0004_pemetaan`` (the indicator values of the pemetaan urusan
with their year and source, beside everything of ``0003``) and a record of what it
holds, keyed by names.

FROZEN HISTORICAL FILE. The ``.rbd`` is committed as it was written by rbdesk at schema
``0004_pemetaan``; tests open a copy of it and check that migrations bring it
to the current schema with its content intact. Never regenerate it after a later
migration exists: that would silently replace the old file with a current one and the
test would prove nothing. For a new schema version, copy this script to
``make_plan_schema_<NNNN>.py``, let it write ``plan_schema_<NNNN>.rbd/.json``, and
commit those alongside the older ones. The script refuses to run when this rbdesk's
schema is not ``0004_pemetaan``.

Run from the repository root:  python tests/data/make_plan_schema_0004.py
"""

from __future__ import annotations

import json
import sqlite3
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

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
from rbdesk.domain.operations import finding_ref, parse_finding_ref
from rbdesk.domain.pemetaan import PemetaanData, canonical
from rbdesk.store import Store
from rbdesk.store.schema import known_versions

SCHEMA = "0004_pemetaan"
HERE = Path(__file__).resolve().parent
PLAN = HERE / f"plan_schema_{SCHEMA[:4]}.rbd"
EXPECTED = HERE / f"plan_schema_{SCHEMA[:4]}.json"

REGION = Region("Kabupaten Mojokerto (uji) & <sekitarnya>", Level.KABUPATEN, "35.16", 1.05,
                "Bagian Organisasi Sekretariat Daerah")  # fmt: skip
META = {"created": "2026-01-02T03:04:05+00:00", "rule_pack": "permendagri-99-2018@1"}

S = PositionCategory.STRUCTURAL
F = PositionCategory.FUNCTIONAL
P = PositionCategory.PELAKSANA
MAIN = UrusanRole.MAIN
SUP = UrusanRole.SUPPORTING


#: schema 0004: values on class boundaries, a decimal, an Indonesian-sized budget.
PEMETAAN = PemetaanData(
    {
        ("umum", 1): Decimal("1090000"),
        ("umum", 2): Decimal("969.36"),
        ("umum", 3): Decimal("3100000000000"),
        ("1.01", 1): Decimal("300"),
        ("2.12", 1): Decimal("304"),
        ("5.02", 2): Decimal("0.5"),
    },
    2025,
    'BPS Kabupaten Mojokerto 2025 & "Dinas" <data>',
)


def current() -> Structure:
    units = [
        Unit(1, None, "kepala_daerah", "Bupati Mojokerto", "Bupati"),
        Unit(2, 1, "sekretariat_daerah", "Sekretariat Daerah", "Setda", "A", "IIa", 0,
             "Membantu bupati menyusun kebijakan", "1. koordinasi\n2. pelayanan", 40, 44,
             812.5, "catatan \"penting\" <b>"),
        Unit(3, 2, "bagian", "Bagian Organisasi", "Bag. Org", None, "IIIa", 0, "", "", 9, 11,
             0.75, ""),
        Unit(4, 1, "dinas", "Dinas Pendidikan", "Dispendik", "A", "IIb", 1, "", "", 120, 131,
             None, ""),
        Unit(5, 4, "bidang", "Bidang Pembinaan SD & SMP", "", None, "IIIb", 0),
        Unit(6, 5, "seksi", "Seksi Kurikulum 'Dasar'", "", None, "IVa", 0),
        Unit(7, 1, "dinas", "Dinas Pariwisata, Pemuda dan Olahraga", "Disparpora", "C", "IIb",
             2),
        Unit(8, 1, "dinas", "Dinas Kesehatan", "Dinkes", "A", "IIb", 3),
        Unit(9, 8, "upt", "UPT Puskesmas Mojosari 🏥", "", "A", "IVa", 0),
        Unit(10, 1, "inspektorat", "Inspektorat Daerah", "Itda", "A", "IIb", 4),
        Unit(12, 8, "rumah_sakit", "RSUD Prof. Dr. Soekandar", "RSUD", "B", "IIb", 1,
             hospital_kind="umum"),
        Unit(13, 12, "wakil_direktur", "Wakil Direktur Pelayanan", "", None, "IIIa", 0),
        Unit(14, 8, "rumah_sakit", "RS Jiwa Daerah", "RSJD", None, None, 2,
             hospital_kind="khusus"),
    ]  # fmt: skip
    return Structure(
        Scenario(0, "Kondisi 2025", ScenarioRole.CURRENT, None, "2025-12-31T09:00:00+07:00"),
        {u.id: u for u in units},
        assignments=[
            UrusanAssignment(4, "1.01", MAIN),
            UrusanAssignment(7, "3.26", MAIN),
            UrusanAssignment(7, "2.19", MAIN),
            UrusanAssignment(8, "1.02", MAIN),
            UrusanAssignment(8, "2.14", SUP),
        ],  # fmt: skip
        positions=[
            Position(1, 2, "Sekretaris Daerah", S, "IIa", 1, 1, 0),
            Position(2, 3, "Analis Kelembagaan", F, None, 2, 3, 0),
            Position(3, 6, "Pengadministrasi Umum", P, None, 4, 2, 1),
        ],
        links=[CoordinationLink(1, 3, 10, "pengawasan & koordinasi")],
        operations=[],
        iku=[
            Iku(1, 4, "Angka Partisipasi Murni SD", "98%", "persen", 0),
            Iku(2, 8, "Angka kematian ibu", "< 90 per 100.000", "rasio", 0),
        ],
    )


def proposal(current_id: int) -> Structure:
    units = [
        Unit(101, None, "kepala_daerah", "Bupati Mojokerto", "Bupati"),
        Unit(102, 101, "sekretariat_daerah", "Sekretariat Daerah", "Setda", "A", "IIa", 0),
        Unit(104, 101, "dinas", "Dinas Pendidikan dan Kebudayaan", "Disdikbud", "A", "IIb", 1),
        Unit(107, 101, "dinas", "Dinas Kepemudaan, Olahraga dan Pariwisata", "Dispora", "B",
             "IIb", 2, workload_score=655.25),
        Unit(111, 107, "bidang", "Bidang Pariwisata", "", None, "IIIb", 0),
        Unit(108, 101, "dinas", "Dinas Kesehatan", "Dinkes", "A", "IIb", 3),
        Unit(112, 108, "rumah_sakit", "RSUD Prof. Dr. Soekandar", "RSUD", "A", "IIb", 0,
             hospital_kind="umum"),
    ]  # fmt: skip
    return Structure(
        Scenario(
            0, "Usulan 2026", ScenarioRole.PROPOSAL, current_id, "2026-01-02T10:00:00+07:00"
        ),  # fmt: skip
        {u.id: u for u in units},
        assignments=[UrusanAssignment(104, "1.01", MAIN), UrusanAssignment(107, "3.26", MAIN)],
        positions=[Position(1, 104, "Kepala Dinas", S, "IIb", 1, 1, 0)],
        links=[CoordinationLink(1, 104, 107, "")],
        operations=[
            Operation(
                1,
                OperationKind.RENAME,
                (4,),
                (104,),
                "Menambah urusan kebudayaan",
                "2026-01-02",
                0,
                "PP 18/2016 Pasal 40",
                (finding_ref("overlap.mandatory_missing", ["2.22"], [(4,)]),),
            ),
            Operation(
                2,
                OperationKind.SPLIT,
                (7,),
                (107, 111),
                "Pariwisata jadi bidang",
                "2026-01-02",
                1,
                "",
                (
                    finding_ref("overlap.cross_rumpun", ["2.19", "3.26"], [(7,)]),
                    finding_ref("spans.narrow", [], [(0, 111)]),
                ),
            ),
            Operation(
                3,
                OperationKind.ABOLISH,
                (10,),
                (),
                "Contoh penghapusan",
                "",
                2,
                'UU 23/2014 Pasal 209 & "ayat" <2>',
            ),
        ],  # fmt: skip
        iku=[Iku(1, 107, "Kunjungan wisatawan", "250.000", "orang", 0)],
        lineage=[
            Lineage(101, 1),
            Lineage(102, 2),
            Lineage(104, 4),
            Lineage(107, 7),
            Lineage(111, 7),
            Lineage(108, 8),
            Lineage(112, 12),
        ],  # fmt: skip
    )


def describe(structure: Structure, origins: Structure | None) -> dict[str, Any]:
    """The structure keyed by unit names (unique within a scenario), as the test reads it."""
    name = {u.id: u.name for u in structure.units.values()}
    origin = {} if origins is None else {u.id: u.name for u in origins.units.values()}
    return {
        "name": structure.scenario.name,
        "role": structure.scenario.role.value,
        "derived_from": None if origins is None else origins.scenario.name,
        "created": structure.scenario.created,
        "units": sorted(
            [
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
                    # schema 0003; left out where none, as the older records have it
                    **({"hospital_kind": u.hospital_kind} if u.hospital_kind else {}),
                }  # fmt: skip
                for u in structure.units.values()
            ],
            key=lambda d: d["name"],
        ),
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
                [finding_names(f, origin, name) for f in o.findings],
            ]
            for o in sorted(structure.operations, key=lambda o: o.sort_order)
        ],  # fmt: skip
        "iku": sorted(
            [name[i.unit_id], i.indicator, i.target, i.measure, i.sort_order] for i in structure.iku
        ),
        "lineage": sorted([name[x.unit_id], origin[x.origin_id]] for x in structure.lineage),
    }


def finding_names(ref: str, origin: dict[int, str], name: dict[int, str]) -> list[Any]:
    """A finding reference with names for ids: ``[rule, codes, units]``, each unit the
    names of its origins, or ``["+", name]`` for a unit the proposal added."""
    rule, codes, units = parse_finding_ref(ref)
    return [
        rule,
        list(codes),
        sorted(
            ["+", name[u[1]]] if len(u) == 2 and u[0] == 0 else sorted(origin[i] for i in u)
            for u in units
        ),
    ]


def main() -> int:
    if known_versions()[-1] != SCHEMA:
        print(
            f"refusing: this rbdesk writes schema {known_versions()[-1]}, not {SCHEMA}. "
            f"{PLAN.name} is a frozen historical file; see this script's docstring.",
            file=sys.stderr,
        )
        return 1
    for stale in (PLAN, Path(f"{PLAN}-wal"), Path(f"{PLAN}-shm")):
        stale.unlink(missing_ok=True)
    now, later = current(), None
    with Store.create(PLAN, REGION) as store:
        id_map = store.insert_structure(now)
        later = proposal(store.scenario_by_name(now.scenario.name).id)
        store.insert_structure(later, origin_map=id_map)
        store.set_pemetaan(PEMETAAN)
        for key, value in META.items():
            store.set_meta(key, value)
        assert store.schema_version() == SCHEMA
    # Closing checkpointed the WAL into the file and removed it: the file is whole.
    assert not Path(f"{PLAN}-wal").exists()
    conn = sqlite3.connect(f"{PLAN.as_uri()}?mode=ro&immutable=1", uri=True)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    expected = {
        "schema": SCHEMA,
        "region": {"name": REGION.name, "level": REGION.level.value, "code": REGION.code,
                   "geo_factor": REGION.geo_factor, "preparing_unit": REGION.preparing_unit},
        "meta": META,
        "pemetaan": {
            "values": [[k, n, canonical(v)] for (k, n), v in sorted(PEMETAAN.values.items())],
            "year": PEMETAAN.year,
            "source": PEMETAAN.source,
        },
        "scenarios": [describe(now, None), describe(later, now)],
    }  # fmt: skip
    EXPECTED.write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"wrote {PLAN} and {EXPECTED}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

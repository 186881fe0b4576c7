"""Small hand-built scenarios for check tests: a kabupaten with a bupati on top, and
units added by key so each test reads like the chart it describes."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from rbdesk.analysis.engine import analyse
from rbdesk.analysis.findings import Finding
from rbdesk.domain.model import (
    Level,
    Region,
    Scenario,
    ScenarioRole,
    Structure,
    Unit,
    UrusanAssignment,
    UrusanRole,
)


@dataclass
class Plan:
    level: Level = Level.KABUPATEN
    geo_factor: float = 1.0
    #: a plan of a few OPDs, not of the whole region (``Region.partial``)
    partial: bool = False
    structure: Structure = field(
        default_factory=lambda: Structure(Scenario(1, "Kondisi Saat Ini", ScenarioRole.CURRENT))
    )
    ids: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        title = {"provinsi": "Gubernur", "kabupaten": "Bupati", "kota": "Walikota"}
        self.add("kdh", None, "kepala_daerah", f"{title[self.level.value]} Contoh")

    @property
    def region(self) -> Region:
        return Region("Daerah Contoh", self.level, geo_factor=self.geo_factor, partial=self.partial)

    def add(
        self,
        key: str,
        parent: str | None,
        kind: str,
        name: str | None = None,
        *,
        codes: tuple[str, ...] = (),
        supporting: tuple[str, ...] = (),
        **fields: Any,
    ) -> int:
        uid = len(self.structure.units) + 1
        self.ids[key] = uid
        parent_id = self.ids[parent] if parent is not None else None
        self.structure.units[uid] = Unit(
            uid, parent_id, kind, name or key, sort_order=uid, **fields
        )
        for code in codes:
            self.structure.assignments.append(UrusanAssignment(uid, code, UrusanRole.MAIN))
        for code in supporting:
            self.structure.assignments.append(UrusanAssignment(uid, code, UrusanRole.SUPPORTING))
        return uid

    def change(self, key: str, **fields: Any) -> None:
        uid = self.ids[key]
        self.structure.units[uid] = replace(self.structure.units[uid], **fields)

    def dinas(self, key: str, codes: tuple[str, ...], unit_type: str = "B", bidang: int = 0,
              kind: str = "dinas") -> None:  # fmt: skip
        self.add(key, "kdh", kind, f"{kind.title()} {key}", codes=codes, unit_type=unit_type,
                 eselon="IIb")  # fmt: skip
        self.add(f"{key}.sek", key, "sekretariat", f"Sekretariat {key}", eselon="IIIa")
        for n in range(bidang):
            self.add(f"{key}.b{n}", key, "bidang", f"Bidang {n} {key}", eselon="IIIb")

    def findings(self, rule: str | None = None) -> list[Finding]:
        found = analyse(self.structure, self.region)
        return [f for f in found if rule is None or f.rule == rule]

    def unit_ids(self, *keys: str) -> set[int]:
        return {self.ids[k] for k in keys}

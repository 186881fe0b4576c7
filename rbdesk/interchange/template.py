"""A new plan's starting structure: the perangkat daerah every region of its level has,
so that a planner starts from the standard set and merges, renames and types it, instead
of from one box and two dozen warnings.

The template holds what PP 18/2016 Pasal 5 ayat (1) and ayat (2) list (sekretariat
Daerah, sekretariat DPRD, inspektorat, dinas, badan, and kecamatan in a
kabupaten/kota):

- the head of the region;
- the Sekretariat Daerah with three asisten (the usual division of the Setda's work:
  pemerintahan dan kesejahteraan rakyat, perekonomian dan pembangunan, administrasi
  umum; the planner renames or drops them);
- the Sekretariat DPRD and the Inspektorat;
- one dinas for each urusan wajib of the catalogue, holding it as its main urusan (the
  urusan of ketenteraman dan ketertiban umum as the Satuan Polisi Pamong Praja, PP
  18/2016 Pasal 38 for a kabupaten/kota and Pasal 16 for a provinsi); the planner merges
  the small ones by rumpun, and adds the badan of the supporting functions;
- in a kabupaten/kota, one kecamatan named as a placeholder ("Kecamatan baru"), which a
  report refuses until the planner names it (``rbdesk.analysis.placeholders``).

No type is set and no eselon beyond those of the kinds: both follow from the pemetaan.
"""

from __future__ import annotations

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
from rbdesk.rules.catalogue import Catalogue

#: The head of the region by level, as the sample and the window name it.
ROOT_TITLES = {Level.PROVINSI: "Gubernur", Level.KABUPATEN: "Bupati", Level.KOTA: "Walikota"}

ASISTEN = (
    "Asisten Pemerintahan dan Kesejahteraan Rakyat",
    "Asisten Perekonomian dan Pembangunan",
    "Asisten Administrasi Umum",
)
#: Urusan whose dinas has a name of its own.
OWN_NAMES = {"1.05": "Satuan Polisi Pamong Praja"}
WAJIB = ("wajib_pelayanan_dasar", "wajib_non_pelayanan_dasar")


def root_name(region: Region) -> tuple[str, str]:
    """The head of the region's unit name and short name ("Bupati Sukamaju", "Bupati")."""
    place = region.name
    for prefix in ("Provinsi ", "Kabupaten ", "Kota "):
        place = place.removeprefix(prefix)
    title = ROOT_TITLES[region.level]
    return f"{title} {place}", title


def standard_structure(region: Region, scenario_name: str, catalogue: Catalogue) -> Structure:
    """The template of the module docstring as a structure with provisional ids, for
    ``Store.insert_structure``."""
    units: dict[int, Unit] = {}
    assignments: list[UrusanAssignment] = []

    def add(parent: int | None, kind: str, name: str, short_name: str = "") -> int:
        uid = -(len(units) + 1)
        parent_kind = units[parent].kind if parent is not None else None
        # the head's eselon where the kind fixes it whatever the type (else none yet)
        eselons = {r.eselon for r in catalogue.head_eselon(kind, region.level,
                                                           parent_kind=parent_kind)}  # fmt: skip
        eselon = eselons.pop() if len(eselons) == 1 else None
        units[uid] = Unit(uid, parent, kind, name, short_name, eselon=eselon,
                          sort_order=len(units))  # fmt: skip
        return uid

    name, title = root_name(region)
    root = add(None, "kepala_daerah", name, title)
    setda = add(root, "sekretariat_daerah", "Sekretariat Daerah")
    for asisten in ASISTEN:
        add(setda, "asisten", asisten)
    add(root, "sekretariat_dprd", "Sekretariat DPRD")
    add(root, "inspektorat", "Inspektorat")
    for code, urusan in sorted(catalogue.urusan.items()):
        if urusan.urusan_class not in WAJIB:
            continue
        dinas = add(root, "dinas", OWN_NAMES.get(code, f"Dinas {urusan.name}"))
        assignments.append(UrusanAssignment(dinas, code, UrusanRole.MAIN))
    if region.level is not Level.PROVINSI:
        add(root, "kecamatan", "Kecamatan baru")
    scenario = Scenario(0, scenario_name, ScenarioRole.CURRENT)
    return Structure(scenario, units, assignments)


__all__ = ["ROOT_TITLES", "root_name", "standard_structure"]

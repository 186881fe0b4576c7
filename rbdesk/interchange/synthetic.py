"""Generated plans of any size, for benchmarks and scale tests.

A generated plan has the shape of a real kabupaten, repeated until it reaches the
requested number of units: the head of the region with its deputy and staf ahli, a
Setda with asisten, bagian and subbagian, a Setwan, an Inspektorat, one dinas per
group of urusan of one rumpun and the usual badan, each with a sekretariat and bidang
named after the sub-urusan of its urusan (some bidang still holding seksi, most a
functional group), UPTs and puskesmas, then kecamatan with their sekretariat, seksi
and kelurahan until the size is reached. Names, urusan codes and texts come from the
reference catalogue; place names are made of common Javanese and Sundanese parts.

The same ``(units, seed)`` always gives the same plan. A proposal scenario derived
from the current one converts some seksi to functional groups and merges some bidang,
with the operations recorded, so comparisons have work to do.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from rbdesk.domain.model import (
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
from rbdesk.rules.catalogue import Catalogue, default_catalogue
from rbdesk.store import Store

PREFIXES = (
    "Suka", "Karang", "Tegal", "Banjar", "Sido", "Wono", "Kali", "Ci", "Purwo", "Tanjung",
    "Sumber", "Mekar", "Giri", "Jati", "Pasir", "Rejo", "Margo", "Dukuh", "Bojong", "Gunung",
)  # fmt: skip
SUFFIXES = (
    "maju", "rejo", "sari", "mulya", "harjo", "asih", "jaya", "makmur", "agung", "wangi",
    "kerto", "luhur", "anyar", "mukti", "raharja", "sentosa", "laya", "kencana", "rahayu", "tani",
)  # fmt: skip

#: Dinas of a generated region: the urusan each holds (all of one rumpun).
DINAS_URUSAN = (
    ("1.01",), ("1.02", "2.14"), ("1.03",), ("1.04", "2.10"), ("1.05",), ("1.06", "2.08"),
    ("2.07",), ("2.09",), ("2.11",), ("2.12",), ("2.13",), ("2.15",), ("2.16", "2.20", "2.21"),
    ("2.17", "3.30", "3.31"), ("2.18",), ("2.19", "3.26"), ("2.22",), ("2.23", "2.24"),
    ("3.25",), ("3.27",),
)  # fmt: skip
BADAN_URUSAN = (("5.01", "5.05"), ("5.02",), ("5.03", "5.04"), ("8.01",))


def place_name(rng: random.Random, used: set[str] | None = None) -> str:
    """A Javanese-style place name; with ``used``, one not given before (a numeral is
    added once the combinations run out, as for Wonosari II)."""
    name = rng.choice(PREFIXES) + rng.choice(SUFFIXES)
    if used is None:
        return name
    base, n = name, 1
    while name in used:
        n += 1
        name = f"{base} {n}"
    used.add(name)
    return name


class _Builder:
    """Adds units parent-first and stops quietly once the target size is reached."""

    def __init__(self, target: int, rng: random.Random, catalogue: Catalogue) -> None:
        self.target = target
        self.rng = rng
        self.cat = catalogue
        self.s = Structure(Scenario(1, "Kondisi Saat Ini", ScenarioRole.CURRENT))
        self.order = 0
        self.places: set[str] = set()

    @property
    def full(self) -> bool:
        return len(self.s.units) >= self.target

    def add(
        self,
        parent: int | None,
        kind: str,
        name: str,
        *,
        eselon: str | None = None,
        unit_type: str | None = None,
        subject: str = "",
        codes: tuple[str, ...] = (),
        score: float | None = None,
    ) -> int | None:
        if self.full or (parent is not None and parent not in self.s.units):
            return None
        uid = len(self.s.units) + 1
        self.order += 1
        rng = self.rng
        existing = rng.randint(1, 4) if kind == "kelompok_fungsional" else rng.randint(2, 12)
        subject = subject or name
        tugas = (
            f"{name} mempunyai tugas melaksanakan penyiapan perumusan, koordinasi dan "
            f"pelaksanaan kebijakan teknis {subject.lower()}."
        )
        fungsi = (
            f"Penyusunan program kerja {subject.lower()}; pelaksanaan kebijakan teknis; "
            "pemantauan, evaluasi dan pelaporan."
        )
        if kind in ("kepala_daerah", "wakil_kepala_daerah"):
            tugas = fungsi = ""  # no tugas of their own in a plan
        self.s.units[uid] = Unit(
            uid, parent, kind, name,
            short_name="".join(w[0] for w in name.split() if w[:1].isupper())[:8],
            unit_type=unit_type, eselon=eselon, sort_order=self.order,
            tugas=tugas, fungsi=fungsi,
            headcount_existing=existing, headcount_needed=existing + rng.randint(-1, 3),
            workload_score=score,
        )  # fmt: skip
        for code in codes:
            self.s.assignments.append(UrusanAssignment(uid, code, UrusanRole.MAIN))
        pid = 1 + len(self.s.positions)
        if eselon:
            title = f"Kepala {name}" if kind not in ("kepala_daerah",) else name
            self.s.positions.append(
                Position(pid, uid, title, PositionCategory.STRUCTURAL, eselon, 1, 1)
            )
            pid += 1
        if kind not in ("kepala_daerah", "wakil_kepala_daerah", "staf_ahli"):
            self.s.positions.append(
                Position(pid, uid, f"Analis {subject}", PositionCategory.FUNCTIONAL, None,
                         existing, existing + rng.randint(0, 2), 1)
            )  # fmt: skip
        return uid

    # -- pieces of a region ---------------------------------------------------------------
    def opd(self, root: int, kind: str, name: str, codes: tuple[str, ...], child_kind: str) -> None:
        rng = self.rng
        unit_type = rng.choice("AABBC")
        score = {"A": 820.0, "B": 700.0, "C": 520.0}[unit_type] + rng.randint(-15, 15)
        oid = self.add(root, kind, name, eselon="IIb", unit_type=unit_type, codes=codes,
                       score=score)  # fmt: skip
        if oid is None:
            return
        self.s.iku.append(
            Iku(len(self.s.iku) + 1, oid, f"Indeks kepuasan layanan {name}", "85", "indeks")
        )
        sek = self.add(oid, "sekretariat", f"Sekretariat {name}", eselon="IIIa")
        parts = ("Umum dan Kepegawaian", "Keuangan", "Perencanaan")
        for part in parts[: 3 if unit_type == "A" else 2]:
            self.add(sek, "subbagian", f"Subbagian {part}", eselon="IVa")
        subs = [
            s
            for c in codes
            for s in self.cat.sub_urusan.values()
            if s.urusan_code == c and s.kabkota == "yes"
        ]
        rng.shuffle(subs)
        cap = {"A": 4, "B": 3, "C": 2}[unit_type]
        # Support functions (5.xx, 8.01) have no sub-urusan: their bidang get the usual
        # names of a badan's divisions.
        topics: list[tuple[str, tuple[str, ...]]] = [(sub.name, (sub.code,)) for sub in subs] or [
            (f"{topic} {self.cat.urusan[codes[0]].name}", ())
            for topic in ("Perencanaan", "Pengembangan", "Pelaksanaan", "Evaluasi")
        ]
        for topic, sub_codes in topics[: rng.randint(2, cap)]:
            bid = self.add(oid, "bidang", f"Bidang {topic}", eselon="IIIb",
                           subject=topic, codes=sub_codes)  # fmt: skip
            if rng.random() < 0.3:
                for part in ("Perencanaan", "Pembinaan", "Pengendalian")[: rng.randint(2, 3)]:
                    self.add(bid, child_kind, f"{_sek(child_kind)} {part} {topic}",
                             eselon="IVa", subject=f"{part} {topic}")  # fmt: skip
            else:
                self.add(bid, "kelompok_fungsional", f"Kelompok Jabatan Fungsional {topic}",
                         subject=topic)  # fmt: skip
        if kind == "dinas":
            for _ in range(rng.randint(0, 2)):
                self.upt(oid)
        if "1.02" in codes:
            for _ in range(rng.randint(3, 6)):
                self.add(oid, "puskesmas", f"Puskesmas {place_name(rng)}", codes=("1.02",))

    def upt(self, dinas: int) -> None:
        """A UPT of a dinas: kelas A with a subbagian tata usaha, or kelas B."""
        rng = self.rng
        topic = self.s.units[dinas].name.removeprefix("Dinas ").split(" dan ")[0]
        kelas = rng.choice("AB")
        uid = self.add(dinas, "upt", f"UPT {topic} Wilayah {place_name(rng)}",
                       eselon="IVa" if kelas == "A" else "IVb", unit_type=kelas,
                       subject=topic)  # fmt: skip
        if kelas == "A":
            self.add(uid, "subbagian", "Subbagian Tata Usaha", eselon="IVb")
        self.add(uid, "kelompok_fungsional", f"Kelompok Jabatan Fungsional {topic}",
                 subject=topic)  # fmt: skip

    def setda(self, root: int) -> None:
        sid = self.add(root, "sekretariat_daerah", "Sekretariat Daerah", eselon="IIa",
                       unit_type="A", codes=("4.01",), score=830.0)  # fmt: skip
        for asisten, bagian in (
            ("Pemerintahan dan Kesejahteraan Rakyat", ("Pemerintahan", "Kesejahteraan Rakyat",
                                                       "Hukum")),
            ("Perekonomian dan Pembangunan", ("Perekonomian", "Administrasi Pembangunan",
                                              "Pengadaan Barang dan Jasa")),
            ("Administrasi Umum", ("Umum", "Organisasi", "Protokol dan Komunikasi Pimpinan")),
        ):  # fmt: skip
            aid = self.add(sid, "asisten", f"Asisten {asisten}", eselon="IIb")
            for b in bagian:
                bid = self.add(aid, "bagian", f"Bagian {b}", eselon="IIIa", subject=b)
                for n in range(1, 3):
                    self.add(bid, "subbagian", f"Subbagian {b} {n}", eselon="IVa", subject=b)

    def kecamatan(self, root: int) -> None:
        rng = self.rng
        name = place_name(rng, self.places)
        kelas = rng.choice("AB")
        kid = self.add(root, "kecamatan", f"Kecamatan {name}", eselon="IIIa",
                       unit_type=kelas, codes=("7.01",))  # fmt: skip
        sek = self.add(kid, "sekretariat", f"Sekretariat Kecamatan {name}",
                       eselon="IIIb" if kelas == "A" else "IVa")  # fmt: skip
        for sub in ("Umum dan Kepegawaian", "Perencanaan dan Keuangan"):
            self.add(sek, "subbagian", f"Subbagian {sub} Kecamatan {name}", eselon="IVb")
        for seksi in ("Pemerintahan", "Ketenteraman dan Ketertiban", "Pemberdayaan Masyarakat"):
            self.add(kid, "seksi", f"Seksi {seksi} Kecamatan {name}", eselon="IVa",
                     subject=seksi)  # fmt: skip
        for _ in range(rng.randint(5, 12)):
            village = place_name(rng, self.places)
            lid = self.add(kid, "kelurahan", f"Kelurahan {village}", eselon="IVa",
                           codes=("7.01",))  # fmt: skip
            self.add(lid, "sekretariat", f"Sekretariat Kelurahan {village}", eselon="IVb")
            for seksi in ("Pemerintahan", "Pembangunan"):
                self.add(lid, "seksi", f"Seksi {seksi} Kelurahan {village}", eselon="IVb",
                         subject=seksi)  # fmt: skip

    def region(self, name: str) -> None:
        root = self.add(None, "kepala_daerah", f"Bupati {name}")
        assert root is not None
        self.add(root, "wakil_kepala_daerah", f"Wakil Bupati {name}")
        for topic in ("Pemerintahan", "Ekonomi dan Pembangunan", "Kemasyarakatan"):
            self.add(root, "staf_ahli", f"Staf Ahli Bidang {topic}", eselon="IIb")
        self.setda(root)
        setwan = self.add(root, "sekretariat_dprd", "Sekretariat DPRD", eselon="IIb",
                          unit_type="B", codes=("4.02",), score=690.0)  # fmt: skip
        for b in ("Umum", "Persidangan dan Perundang-undangan", "Keuangan"):
            self.add(setwan, "bagian", f"Bagian {b} Sekretariat DPRD", eselon="IIIa")
        insp = self.add(root, "inspektorat", "Inspektorat", eselon="IIb", unit_type="B",
                        codes=("6.01",), score=700.0)  # fmt: skip
        for n in ("I", "II", "III", "IV"):
            irban = self.add(insp, "inspektur_pembantu", f"Inspektur Pembantu Wilayah {n}",
                             eselon="IIIa")  # fmt: skip
            self.add(irban, "kelompok_fungsional", f"Kelompok Auditor Wilayah {n}")
        for codes in DINAS_URUSAN:
            label = " dan ".join(self.cat.urusan[c].name for c in codes)
            name_ = "Satuan Polisi Pamong Praja" if codes == ("1.05",) else f"Dinas {label}"
            self.opd(root, "dinas", name_, codes, "seksi")
        for codes in BADAN_URUSAN:
            label = " dan ".join(self.cat.urusan[c].name for c in codes)
            self.opd(root, "badan", f"Badan {label}", codes, "subbidang")
        self.opd(root, "badan", "Badan Penanggulangan Bencana Daerah", ("1.05",), "seksi")
        dinas = [u.id for u in self.s.units.values() if u.kind == "dinas"]
        while not self.full:
            self.kecamatan(root)
            if self.rng.random() < 0.4:
                self.upt(self.rng.choice(dinas))


def _sek(kind: str) -> str:
    return "Subbidang" if kind == "subbidang" else "Seksi"


def _proposal(current: Structure, rng: random.Random) -> Structure:
    """A proposal: a copy of ``current`` that converts about a third of the seksi under
    bidang into functional groups and merges some pairs of sibling kelurahan."""
    units = dict(current.units)
    origins: dict[int, list[int]] = {uid: [uid] for uid in units}
    operations: list[Operation] = []
    converted: set[int] = set()
    removed: set[int] = set()
    children: dict[int | None, list[int]] = {}
    for u in units.values():
        children.setdefault(u.parent_id, []).append(u.id)
    for uid, unit in current.units.items():
        parent = current.units.get(unit.parent_id) if unit.parent_id else None
        if unit.kind == "seksi" and parent and parent.kind == "bidang" and rng.random() < 0.35:
            units[uid] = replace(
                unit,
                kind="kelompok_fungsional",
                eselon=None,
                name=unit.name.replace("Seksi", "Kelompok Fungsional", 1),
            )
            operations.append(
                Operation(len(operations) + 1, OperationKind.CONVERT, (uid,), (uid,),
                          "Penyederhanaan birokrasi: seksi dialihkan menjadi kelompok "
                          "jabatan fungsional.", "2027-01-02", len(operations))
            )  # fmt: skip
    for kec in (u for u in current.units.values() if u.kind == "kecamatan"):
        kel = [c for c in children.get(kec.id, []) if current.units[c].kind == "kelurahan"]
        if len(kel) >= 8 and rng.random() < 0.2:
            keep, gone = kel[-2], kel[-1]
            subtree = _subtree(children, gone)
            removed |= subtree
            for uid in subtree:
                units.pop(uid)
            origins[keep].append(gone)
            operations.append(
                Operation(len(operations) + 1, OperationKind.MERGE, (keep, gone), (keep,),
                          "Penggabungan kelurahan dengan jumlah penduduk di bawah ketentuan.",
                          "2027-01-02", len(operations))
            )  # fmt: skip
    kept = set(units)
    return Structure(
        Scenario(2, "Usulan Penataan", ScenarioRole.PROPOSAL, derived_from=1),
        units,
        [a for a in current.assignments if a.unit_id in kept],
        [
            _converted(p) if p.unit_id in converted else p
            for p in current.positions
            if p.unit_id in kept
        ],  # fmt: skip
        [],
        operations,
        [i for i in current.iku if i.unit_id in kept],
        [Lineage(uid, o) for uid in units for o in origins[uid]],
    )


def _converted(position: Position) -> Position:
    """A seksi head's post after conversion: a functional post, pengawas becoming JF ahli
    muda (PermenPANRB 17/2021)."""
    if position.category is not PositionCategory.STRUCTURAL:
        return position
    title = position.title.replace("Kepala", "Pejabat Fungsional Ahli Muda", 1)
    return replace(position, title=title, category=PositionCategory.FUNCTIONAL, eselon=None)


def _subtree(children: dict[int | None, list[int]], top: int) -> set[int]:
    out: set[int] = set()
    stack = [top]
    while stack:
        uid = stack.pop()
        out.add(uid)
        stack.extend(children.get(uid, []))
    return out


def generate(
    units: int, *, seed: int = 1, catalogue: Catalogue | None = None, proposal: bool = True
) -> tuple[Region, list[Structure]]:
    """A generated region of exactly ``units`` units in its current scenario, and
    (unless ``proposal`` is false) a proposal derived from it."""
    if units < 1:
        raise ValueError("a generated plan needs at least one unit")
    rng = random.Random(seed)
    builder = _Builder(units, rng, catalogue or default_catalogue())
    name = place_name(rng, builder.places)
    builder.region(name)
    region = Region(f"Kabupaten {name}", Level.KABUPATEN, f"99.{seed % 100:02d}", 1.0,
                    "Bagian Organisasi Sekretariat Daerah")  # fmt: skip
    structures = [builder.s]
    if proposal:
        structures.append(_proposal(builder.s, rng))
    return region, structures


def write_generated(path: Path, units: int, *, seed: int = 1, overwrite: bool = False) -> Store:
    """Write a generated plan to a new file and return it open."""
    region, structures = generate(units, seed=seed)
    return Store.build(path, region, structures, overwrite=overwrite)


def iter_kinds(structure: Structure) -> Iterator[str]:
    """The kinds of a structure's units (for quick summaries in tests)."""
    return (u.kind for u in structure.units.values())

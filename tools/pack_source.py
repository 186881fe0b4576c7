"""Authoring source of the shipped rule pack ``resources/rules/pp18-2016.json``.

The JSON file is the shipped resource and what rbdesk reads; this script is how it
is written, so that the many similar cap rows stay consistent. Run it after a change
and commit both: ``python tools/pack_source.py``. A test checks that the JSON is what
this script produces.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "resources" / "rules" / "pp18-2016.json"

PP18 = "PP 18/2016"
#: Dates of promulgation (diundangkan) as recalled; see PACK["regulations"].
PP18_DATE = "2016-06-19"
PP72_DATE = "2019-10-17"
SIMPL_DATE = "2021-06-30"
SIMPL = "Surat Mendagri 800/2603/OTDA (22-04-2021); PermenPANRB 17/2021"


def rule(
    family: str, severity: str, basis: str, title: tuple[str, str], message: tuple[str, str],
    fix: tuple[str, str], *, confirmed: str = "C", effective: str = "2016-06-19",
) -> dict[str, Any]:  # fmt: skip
    return {
        "family": family, "severity": severity, "basis": basis, "effective": effective,
        "confirmed": confirmed,
        "title": {"id": title[0], "en": title[1]},
        "message": {"id": message[0], "en": message[1]},
        "fix": {"id": fix[0], "en": fix[1]},
    }  # fmt: skip


RULES: dict[str, dict[str, Any]] = {
    # -- structure ---------------------------------------------------------------------
    "structure.cycle": rule(
        "structure",
        "error",
        "PP 18/2016 Pasal 5 (susunan hierarkis perangkat daerah)",
        ("Siklus garis struktural", "Cycle in the reporting line"),
        (
            "Unit berikut saling membawahi sehingga membentuk siklus: {names}.",
            "These units report to each other in a cycle: {names}.",
        ),
        (
            "Tetapkan satu atasan yang benar untuk salah satu unit pada siklus.",
            "Give one unit of the cycle its correct parent.",
        ),
    ),
    "structure.orphan": rule(
        "structure",
        "error",
        "PP 18/2016 Pasal 5",
        ("Atasan tidak ada", "Missing parent"),
        (
            "{name} menunjuk atasan yang tidak ada dalam skenario ini.",
            "{name} points to a parent that is not in this scenario.",
        ),
        ("Pindahkan unit ke bawah atasan yang ada.", "Move the unit under an existing parent."),
    ),
    "structure.several_roots": rule(
        "structure",
        "error",
        "UU 23/2014 Pasal 59; PP 18/2016 Pasal 5",
        ("Lebih dari satu puncak", "More than one top"),
        (
            "Skenario memiliki {count} unit puncak: {names}. Hanya kepala daerah yang berdiri "
            "di puncak.",
            "The scenario has {count} top units: {names}. Only the head of the region stands "
            "at the top.",
        ),
        (
            "Tempatkan unit lain di bawah kepala daerah.",
            "Place the other units under the head of the region.",
        ),
    ),
    "structure.root_kind": rule(
        "structure",
        "error",
        "UU 23/2014 Pasal 59",
        ("Puncak bukan kepala daerah", "Top is not the head of region"),
        (
            "{name} ({kind}) berdiri di puncak tanpa atasan.",
            "{name} ({kind}) stands at the top without a parent.",
        ),
        ("Tempatkan unit di bawah kepala daerah.", "Place the unit under the head of region."),
    ),
    "structure.parent_kind": rule(
        "structure",
        "error",
        "{kind_source}",
        ("Jenis atasan tidak sah", "Parent kind not allowed"),
        (
            "{name} ({kind}) berada di bawah {parent} ({parent_kind}); {kind} hanya boleh di "
            "bawah: {allowed}.",
            "{name} ({kind}) stands under {parent} ({parent_kind}); a {kind} may only stand "
            "under: {allowed}.",
        ),
        (
            "Pindahkan unit ke bawah atasan yang jenisnya dibolehkan.",
            "Move the unit under a parent of an allowed kind.",
        ),
    ),
    "structure.kind_level": rule(
        "structure",
        "error",
        "PP 18/2016 Pasal 5",
        ("Jenis unit tidak ada pada tingkat daerah ini", "Kind does not exist at this level"),
        (
            "{name}: {kind} tidak dikenal pada pemerintah daerah {level}.",
            "{name}: a {kind} does not exist in a {level}.",
        ),
        ("Ubah jenis unit atau hapus unit.", "Change the unit's kind or remove it."),
    ),
    "structure.unknown_kind": rule(
        "structure",
        "error",
        "rbdesk catalogue",
        ("Jenis unit tidak dikenal", "Unknown unit kind"),
        (
            "{name} memakai jenis '{kind}' yang tidak ada dalam katalog.",
            "{name} uses the kind '{kind}', which the catalogue does not list.",
        ),
        ("Pilih jenis unit dari katalog.", "Choose a kind from the catalogue."),
    ),
    # -- caps --------------------------------------------------------------------------
    "caps.sub_units": rule(
        "caps",
        "error",
        "{cap_basis}",
        ("Jumlah sub-unit melebihi batas", "More sub-units than allowed"),
        (
            "{name} ({kind} tipe {type}) memiliki {count} {children}; batasnya {max}{extra}.",
            "{name} ({kind}, type {type}) has {count} {children}; the limit is {max}{extra}.",
        ),
        (
            "Gabungkan atau hapus {over} {children}, atau alihkan tugasnya ke kelompok jabatan "
            "fungsional.",
            "Merge or abolish {over} {children}, or move their work to a functional group.",
        ),
    ),
    "caps.untyped": rule(
        "caps",
        "info",
        "PP 18/2016 Pasal 53",
        ("Tipe belum ditetapkan", "Type not set"),
        (
            "{name} belum memiliki tipe (A/B/C); batas {children} bergantung pada tipe dan tidak "
            "dapat diperiksa.",
            "{name} has no type (A/B/C); the limit on its {children} depends on the type and "
            "cannot be checked.",
        ),
        (
            "Tetapkan tipe dari hasil pemetaan beban kerja.",
            "Set the type from the workload mapping score.",
        ),
    ),
    # -- layers ------------------------------------------------------------------------
    "layers.depth": rule(
        "layers",
        "error",
        "PP 18/2016 Pasal 94-95 (as amended by PP 72/2019)",
        ("Lapisan struktural berlebih", "Too many structural layers"),
        (
            "{name} berada pada lapisan ke-{depth} di dalam {top}; {top_kind} paling banyak "
            "{max} lapisan struktural.",
            "{name} sits at layer {depth} within {top}; a {top_kind} has at most {max} "
            "structural layers.",
        ),
        (
            "Naikkan unit satu tingkat atau jadikan kelompok jabatan fungsional.",
            "Raise the unit one level or make it a functional group.",
        ),
    ),
    "layers.simplification": rule(
        "layers",
        "warning",
        SIMPL,
        ("Jabatan pengawas belum disederhanakan", "Supervisory post not yet simplified"),
        (
            "{name} ({kind}) masih berdiri sebagai unit struktural di bawah {parent} "
            "({parent_kind}) setelah penyederhanaan birokrasi 2021.",
            "{name} ({kind}) still stands as a structural unit under {parent} ({parent_kind}) "
            "after the 2021 simplification of the bureaucracy.",
        ),
        (
            "Alihkan menjadi kelompok jabatan fungsional (pengawas menjadi JF ahli muda), "
            "kecuali unit termasuk yang dikecualikan.",
            "Convert it to a functional group (supervisors become JF ahli muda), unless the "
            "unit is one of the exempt kinds.",
        ),
        confirmed="S",
        effective="2021-06-30",
    ),
    # -- spans -------------------------------------------------------------------------
    "spans.one_over_one": rule(
        "spans",
        "warning",
        "Praktik desain organisasi (rentang kendali)",
        ("Satu membawahi satu", "One over one"),
        (
            "{name} hanya membawahi satu unit struktural: {child}.",
            "{name} manages a single structural unit: {child}.",
        ),
        (
            "Gabungkan kedua unit atau tambah cakupan tugas unit atasan.",
            "Merge the two units or widen the manager's remit.",
        ),
        effective="",
    ),
    "spans.chain": rule(
        "spans",
        "warning",
        "Praktik desain organisasi (rentang kendali)",
        ("Rantai satu membawahi satu", "Chain of one-over-one"),
        (
            "Rantai {length} tingkat yang masing-masing hanya membawahi satu unit: {names}.",
            "A chain of {length} levels that each manage a single unit: {names}.",
        ),
        (
            "Pangkas lapisan: gabungkan unit pada rantai ini.",
            "Delayer: merge the units of this chain.",
        ),
        effective="",
    ),
    "spans.narrow": rule(
        "spans",
        "info",
        "Praktik desain organisasi (rentang kendali)",
        ("Rentang kendali sempit", "Narrow span of control"),
        ("{name} membawahi {count} unit struktural.", "{name} manages {count} structural units."),
        (
            "Pertimbangkan penggabungan dengan unit sejajar.",
            "Consider merging with a sibling unit.",
        ),
        effective="",
    ),
    "spans.wide": rule(
        "spans",
        "warning",
        "Praktik desain organisasi (rentang kendali)",
        ("Rentang kendali sangat lebar", "Very wide span of control"),
        (
            "{name} membawahi {count} unit struktural langsung.",
            "{name} directly manages {count} structural units.",
        ),
        (
            "Kelompokkan unit di bawah satu koordinator.",
            "Group the units under a coordinating unit.",
        ),
        effective="",
    ),
    # -- grades ------------------------------------------------------------------------
    "grades.not_below_parent": rule(
        "grades",
        "warning",
        "PP 18/2016 Pasal 94-95",
        ("Eselon tidak lebih rendah dari atasan", "Grade not below the parent's"),
        (
            "{name} (eselon {eselon}) tidak lebih rendah dari atasannya {parent} (eselon "
            "{parent_eselon}).",
            "{name} (eselon {eselon}) is not below its parent {parent} (eselon {parent_eselon}).",
        ),
        (
            "Periksa eselon kedua jabatan atau garis atasannya.",
            "Check the eselon of both posts or the reporting line.",
        ),
    ),
    "grades.eselon_mismatch": rule(
        "grades",
        "warning",
        "{eselon_basis}",
        ("Eselon tidak sesuai jenis unit", "Eselon does not match the kind"),
        (
            "{name}: kepala {kind} pada {level} ber-eselon {expected}, tercatat {eselon}.",
            "{name}: the head of a {kind} in a {level} is eselon {expected}, recorded {eselon}.",
        ),
        (
            "Sesuaikan eselon dengan PP 18/2016 Pasal 95.",
            "Set the eselon as PP 18/2016 Pasal 95 gives it.",
        ),
    ),
    # -- overlap -----------------------------------------------------------------------
    "overlap.urusan_shared": rule(
        "overlap",
        "error",
        "PP 18/2016 Pasal 15(6), 37(6), 73, 90",
        ("Urusan dipegang lebih dari satu OPD", "Urusan held by several OPDs"),
        (
            "Urusan {code} {code_name} dipegang sebagai urusan utama oleh {count} perangkat "
            "daerah: {names}.",
            "Urusan {code} {code_name} is held as a main urusan by {count} OPDs: {names}.",
        ),
        (
            "Tetapkan satu perangkat daerah pemegang urusan dan gabungkan atau alihkan yang lain.",
            "Give the urusan to one OPD; merge or reassign the others.",
        ),
    ),
    "overlap.sub_urusan_shared": rule(
        "overlap",
        "warning",
        "UU 23/2014 Lampiran I; PP 18/2016 Pasal 15",
        ("Sub-urusan dipegang dua unit", "Sub-urusan held by two units"),
        (
            "Sub-urusan {code} {code_name} dipegang oleh unit pada perangkat daerah berbeda: "
            "{names}.",
            "Sub-urusan {code} {code_name} is held by units of different OPDs: {names}.",
        ),
        ("Satukan sub-urusan pada satu unit.", "Give the sub-urusan to one unit."),
    ),
    "overlap.too_many_urusan": rule(
        "overlap",
        "error",
        "PP 18/2016 Pasal 18(5), 40(5)",
        ("Lebih dari 3 urusan dalam satu dinas", "More than 3 urusan in one dinas"),
        (
            "{name} menggabungkan {count} urusan ({code_list}); paling banyak {max}.",
            "{name} combines {count} urusan ({code_list}); at most {max} are allowed.",
        ),
        (
            "Pisahkan urusan yang berlebih ke dinas serumpun lain.",
            "Move the extra urusan to another dinas of the same rumpun.",
        ),
    ),
    "overlap.cross_rumpun": rule(
        "overlap",
        "error",
        "PP 18/2016 Pasal 18(4)-(5), 40(4)-(5), 54(3)",
        ("Urusan digabung lintas rumpun", "Urusan merged across rumpun"),
        (
            "{name} menggabungkan urusan dari rumpun berbeda: {groups}.",
            "{name} merges urusan of different rumpun: {groups}.",
        ),
        ("Pindahkan urusan ke dinas yang serumpun.", "Move the urusan to a dinas of its rumpun."),
    ),
    "overlap.badan_functions": rule(
        "overlap",
        "error",
        "PP 18/2016 Pasal 27, 48",
        ("Penggabungan fungsi penunjang tidak sah", "Support functions merged unlawfully"),
        (
            "{name} menggabungkan fungsi penunjang {code_list}; paling banyak {max} fungsi dari "
            "rumpun yang sama.",
            "{name} merges the support functions {code_list}; at most {max} functions of one "
            "rumpun are allowed.",
        ),
        (
            "Pisahkan fungsi ke badan tersendiri atau gabungkan yang serumpun.",
            "Split the functions into their own badan or merge only those of one rumpun.",
        ),
    ),
    "overlap.mandatory_missing": rule(
        "overlap",
        "warning",
        "UU 23/2014 Pasal 11-12; PP 18/2016 Pasal 15(6), 37(6)",
        ("Urusan wajib tidak dipegang", "Mandatory urusan held by no one"),
        (
            "Urusan wajib {code} {code_name} tidak dipegang oleh unit mana pun.",
            "The mandatory urusan {code} {code_name} is held by no unit.",
        ),
        (
            "Tetapkan urusan pada dinas serumpun atau bentuk bidang baru; jika skor teknis "
            "urusan ini nol, urusan memang tidak diwadahi.",
            "Assign it to a dinas of its rumpun or create a bidang; if the urusan's technical "
            "score is zero it is lawfully not accommodated.",
        ),
        confirmed="S",
    ),
    # -- authority ---------------------------------------------------------------------
    "authority.no_authority": rule(
        "authority",
        "error",
        "UU 23/2014 Lampiran I",
        ("Sub-urusan di luar kewenangan", "Sub-urusan outside the level's authority"),
        (
            "{name} memegang sub-urusan {code} {code_name}, yang bukan kewenangan daerah {level}.",
            "{name} holds sub-urusan {code} {code_name}, which a {level} has no authority in.",
        ),
        ("Hapus sub-urusan dari unit ini.", "Remove the sub-urusan from this unit."),
    ),
    "authority.unclear": rule(
        "authority",
        "warning",
        "UU 23/2014 Lampiran I",
        ("Kewenangan sub-urusan belum jelas", "Authority over sub-urusan unclear"),
        (
            "{name} memegang sub-urusan {code} {code_name}; kewenangan daerah {level} atasnya "
            "belum terbaca dari sumber.",
            "{name} holds sub-urusan {code} {code_name}; whether a {level} has authority in it "
            "could not be read from the source.",
        ),
        (
            "Periksa Lampiran I UU 23/2014 untuk sub-urusan ini.",
            "Check UU 23/2014 Lampiran I for this sub-urusan.",
        ),
        confirmed="U",
    ),
    # -- text overlap ------------------------------------------------------------------
    "text.overlap": rule(
        "text",
        "warning",
        "PP 18/2016 Pasal 4 (tugas dan fungsi); Permendagri 99/2018",
        ("Tugas tumpang tindih", "Overlapping tasks"),
        (
            "Tugas {name_a} dan {name_b} hampir sama (kemiripan {score}; kata kunci: {shared}).",
            "The tasks of {name_a} and {name_b} say nearly the same (similarity {score}; "
            "shared terms: {shared}).",
        ),
        (
            "Satukan tugas pada satu unit atau pertegas pembagian tugasnya.",
            "Give the task to one unit or make the division of work explicit.",
        ),
    ),
    "text.template": rule(
        "text",
        "info",
        "PP 18/2016 Pasal 4 (tugas dan fungsi)",
        ("Rumusan tugas seragam", "Templated task texts"),
        (
            "{count} unit memakai rumusan tugas yang hampir sama, mis. {names}.",
            "{count} units use nearly the same task text, e.g. {names}.",
        ),
        (
            "Wajar untuk unit kewilayahan; selain itu, rumuskan tugas khas tiap unit.",
            "Normal for territorial units; otherwise write each unit's own tasks.",
        ),
    ),
    # -- typology ----------------------------------------------------------------------
    "typology.type_not_supported": rule(
        "typology",
        "warning",
        "PP 18/2016 Pasal 53, 107",
        ("Tipe tidak didukung skor", "Type not supported by the score"),
        (
            "{name} ditetapkan tipe {type}, tetapi skornya {score} (setelah faktor geografis) "
            "hanya mendukung {supported}.",
            "{name} is typed {type}, but its score {score} (after the geographic factor) "
            "supports only {supported}.",
        ),
        ("Turunkan tipe atau perbarui skor pemetaan.", "Lower the type or update the score."),
    ),
    "typology.below_opd": rule(
        "typology",
        "warning",
        "PP 18/2016 Pasal 53(2), 53(5)",
        ("Skor di bawah batas perangkat daerah", "Score below an OPD's threshold"),
        (
            "{name} memiliki skor {score}; di bawah {threshold} urusannya diwadahi sebagai "
            "{as_unit} pada perangkat daerah lain.",
            "{name} scores {score}; below {threshold} its urusan belongs as a {as_unit} "
            "inside another OPD.",
        ),
        (
            "Gabungkan ke dinas serumpun sebagai bidang atau seksi.",
            "Merge it into a dinas of its rumpun as a bidang or seksi.",
        ),
    ),
}


def caps() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []

    def cap(
        level: str,
        parent: str,
        children: list[str],
        maxima: dict[str, int] | int,
        basis: str,
        *,
        within: list[str] | None = None,
        type_of: str = "opd",
    ) -> None:
        per_type = maxima if isinstance(maxima, dict) else {"*": maxima}
        for unit_type, limit in per_type.items():
            rows.append({
                "level": level, "parent": parent, "within": within, "type_of": type_of,
                "type": None if unit_type == "*" else unit_type, "children": children,
                "max": limit, "basis": f"{PP18} {basis}",
                "effective": PP72_DATE if "PP 72/2019" in basis else PP18_DATE,
            })  # fmt: skip

    for lv in ("provinsi", "kabkota"):
        cap(lv, "kepala_daerah", ["staf_ahli"], 3, "Pasal 102(3)")
        for kind in ("dinas", "badan", "inspektorat"):
            cap(lv, kind, ["sekretariat"], 1, "Pasal 60, 62-64, 67-69, 79, 81-87")
    p = "provinsi"
    cap(p, "sekretariat_daerah", ["asisten"], {"A": 3, "B": 3, "C": 2}, "Pasal 55-57")
    cap(p, "asisten", ["biro"], {"A": 3, "B": 2, "C": 2}, "Pasal 55-57")
    cap(p, "biro", ["bagian"], 3, "Pasal 55-57")
    cap(p, "bagian", ["subbagian"], 3, "Pasal 55-57", within=["sekretariat_daerah"])
    cap(p, "sekretariat_dprd", ["bagian"], {"A": 4, "B": 3, "C": 3}, "Pasal 59")
    cap(p, "bagian", ["subbagian"], {"A": 3, "B": 3, "C": 2}, "Pasal 59",
        within=["sekretariat_dprd"])  # fmt: skip
    cap(p, "inspektorat", ["inspektur_pembantu"], {"A": 5, "B": 4, "C": 3},
        "Pasal 60 as amended by PP 72/2019")  # fmt: skip
    cap(p, "dinas", ["bidang"], {"A": 4, "B": 3, "C": 2}, "Pasal 62-64")
    cap(p, "badan", ["bidang"], {"A": 4, "B": 3, "C": 2}, "Pasal 67-69")
    cap(p, "bidang", ["seksi"], 3, "Pasal 62-64", within=["dinas"])
    cap(p, "bidang", ["subbidang"], 3, "Pasal 67-69", within=["badan"])
    cap(p, "upt", ["subbagian"], 1, "Pasal 65, 71", type_of="parent")
    cap(p, "upt", ["seksi"], {"A": 2, "B": 0}, "Pasal 65, 71", type_of="parent")
    cap(p, "cabang_dinas", ["subbagian"], 1, "Pasal 66", type_of="parent")
    cap(p, "cabang_dinas", ["seksi"], {"A": 2, "B": 0}, "Pasal 66", type_of="parent")
    cap(p, "badan_penghubung", ["subbidang"], 3, "Pasal 70")
    k = "kabkota"
    cap(k, "sekretariat_daerah", ["asisten"], {"A": 3, "B": 3, "C": 2}, "Pasal 74-76")
    cap(k, "asisten", ["bagian"], {"A": 4, "B": 3, "C": 3}, "Pasal 74-76")
    cap(k, "bagian", ["subbagian"], 3, "Pasal 74-76", within=["sekretariat_daerah"])
    cap(k, "sekretariat_dprd", ["bagian"], {"A": 4, "B": 3, "C": 3}, "Pasal 78")
    cap(k, "bagian", ["subbagian"], {"A": 3, "B": 3, "C": 2}, "Pasal 78",
        within=["sekretariat_dprd"])  # fmt: skip
    cap(k, "inspektorat", ["inspektur_pembantu"], {"A": 5, "B": 4, "C": 3},
        "Pasal 79 as amended by PP 72/2019")  # fmt: skip
    cap(k, "dinas", ["bidang"], {"A": 4, "B": 3, "C": 2}, "Pasal 81-83")
    cap(k, "badan", ["bidang"], {"A": 4, "B": 3, "C": 2}, "Pasal 85-87")
    cap(k, "bidang", ["seksi"], 3, "Pasal 81-83", within=["dinas"])
    cap(k, "bidang", ["subbidang"], 3, "Pasal 85-87", within=["badan"])
    cap(k, "upt", ["subbagian"], {"A": 1, "B": 0}, "Pasal 84, 88", type_of="parent")
    cap(k, "upt", ["seksi"], 0, "Pasal 84, 88", type_of="parent")
    cap(k, "kecamatan", ["sekretariat"], 1, "Pasal 91-92")
    cap(k, "kecamatan", ["seksi"], {"A": 5, "B": 4}, "Pasal 91-92")
    cap(k, "kelurahan", ["sekretariat"], 1, "Pasal 93")
    cap(k, "kelurahan", ["seksi"], 3, "Pasal 93")
    for lv in ("provinsi", "kabkota"):
        for kind, a_max, other in (("dinas", 3, 2), ("badan", 3, 2), ("inspektorat", 3, 2)):
            rows.append({
                "level": lv, "parent": "sekretariat", "within": [kind], "type_of": "opd",
                "type": None, "children": ["subbagian"], "max": other,
                "by_type": {"A": a_max, "B": other, "C": other},
                "basis": f"{PP18} Pasal 60-69, 79-87", "effective": PP18_DATE,
            })  # fmt: skip
        rows.append({
            "level": lv, "parent": "sekretariat", "within": ["kecamatan"], "type_of": "opd",
            "type": None, "children": ["subbagian"], "max": 2, "basis": f"{PP18} Pasal 91-92",
            "effective": PP18_DATE,
        })  # fmt: skip
    # by_type rows expand like the others
    out: list[dict[str, Any]] = []
    for row in rows:
        by_type = row.pop("by_type", None)
        if by_type:
            for unit_type, limit in by_type.items():
                out.append({**row, "type": unit_type, "max": limit})
        else:
            out.append(row)
    return out


LIMITS: dict[str, Any] = {
    "caps": caps(),
    "cap_exceptions": [
        {
            "parents": ["dinas", "badan"],
            "children": ["bidang"],
            "urusan": ["1.03", "3.27", "5.02"],
            "extra": 2,
            "basis": "PP 18/2016 Pasal 72, 89",
            "effective": PP18_DATE,
        },
        {
            "parents": ["dinas"],
            "children": ["bidang"],
            "urusan": ["2.18"],
            "type": "C",
            "extra": 1,
            "basis": "PP 18/2016 Pasal 17(5), 39(5)",
            "effective": PP18_DATE,
        },
        {
            "parents": ["dinas"],
            "children": ["bidang"],
            "min_urusan": 2,
            "extra": 1,
            "basis": "PP 18/2016 Pasal 18(6), 40(6)",
            "effective": PP18_DATE,
        },
    ],
    "layers": {
        "max": [
            {"top": "sekretariat_daerah", "level": "provinsi", "max": 5},
            {"top": "sekretariat_daerah", "level": "kabkota", "max": 4},
            {"top": "sekretariat_dprd", "level": None, "max": 3},
            {"top": "inspektorat", "level": None, "max": 3},
            {"top": "dinas", "level": None, "max": 3},
            {"top": "badan", "level": None, "max": 3},
            {"top": "kecamatan", "level": None, "max": 3},
            {"top": "rumah_sakit", "level": None, "max": 4},
            {"top": "badan_penghubung", "level": None, "max": 2},
        ],
        "basis": "PP 18/2016 Pasal 94-95 as amended by PP 72/2019; regulation.md §1.4",
        "effective": PP72_DATE,
    },
    "simplification": {
        "levels": ["kabkota"],
        # regulation.md §2 "consequence for checker": a bidang keeps no seksi or
        # subbidang; whether other pengawas posts (Setda subbagian) go too is not confirmed
        "parents": ["bidang"],
        "children": ["seksi", "subbidang", "subbagian"],
        "exempt_within": [
            "rumah_sakit",
            "upt",
            "kecamatan",
            "kelurahan",
            "cabang_dinas",
            "sekretariat",
        ],
        "exempt_name_words": ["pengadaan barang", "tata usaha", "pbj"],
        "basis": SIMPL,
        "effective": SIMPL_DATE,
    },
    "spans": {
        "bands": [
            {"id": "one", "min": 1, "max": 1},
            {"id": "narrow", "min": 2, "max": 3},
            {"id": "below", "min": 4, "max": 7},
            {"id": "target", "min": 8, "max": 12},
            {"id": "above", "min": 13, "max": 16},
            {"id": "excessive", "min": 17, "max": None},
        ],
        "chain_min": 2,
        # an OPD with a sekretariat and one bidang; 3 is the lawful whole of a tipe C dinas
        "narrow_max": 2,
        "wide_min": 17,
        "wide_exempt": ["kepala_daerah", "kecamatan"],
        # a kab/kota UPT kelas A has exactly one subbagian by law (Pasal 84)
        "one_over_one_exempt": ["upt"],
        "basis": "Orgvue span bands; McKinsey spans of control (orgdesign.md §4)",
    },
    "overlap": {
        "holder_kinds": ["sekretariat_daerah", "sekretariat_dprd", "inspektorat", "dinas", "badan"],
        "lawful_splits": {"1.03": 2, "3.27": 2, "5.02": 2, "1.05": 3},
        "ignored_classes": ["pendukung", "pengawasan", "kewilayahan"],
        "mandatory_classes": ["wajib_pelayanan_dasar", "wajib_non_pelayanan_dasar"],
        "max_urusan_per_dinas": 3,
        "max_functions_per_badan": 2,
        "basis": "PP 18/2016 Pasal 15, 18, 27, 37, 40, 48, 73, 90, 117",
        "effective": PP18_DATE,
    },
    "typology": {
        "groups": [
            {
                "id": "core",
                "kinds": ["sekretariat_daerah", "sekretariat_dprd", "inspektorat"],
                "urusan": ["5.01", "5.02"],
                "thresholds": {"A": 800, "B": 600, "C": 0},
            },
            {
                "id": "dinas_badan",
                "kinds": ["dinas", "badan"],
                "thresholds": {"A": 800, "B": 600, "C": 400},
                "bidang": 300,
            },
            {"id": "kecamatan", "kinds": ["kecamatan"], "thresholds": {"A": 600, "B": 0}},
        ],
        "forced_c_classes": ["wajib_pelayanan_dasar"],
        "geo_exempt_kinds": ["sekretariat_dprd"],
        "geo_exempt_urusan": {
            "provinsi": ["2.21", "2.24"],
            "kabkota": ["2.21", "2.24", "3.28", "3.29"],
        },
        "basis": "PP 18/2016 Pasal 53, 107",
        "effective": PP18_DATE,
    },
    "text": {
        "threshold": 0.6,
        "template_min": 4,
        # every kecamatan carries the same duties for its own territory by law: units of
        # different kecamatan are not compared with each other, only with other OPDs
        "shared_group_kinds": ["kecamatan"],
    },
}

PACK = {
    "pack": "pp18-2016",
    "version": "2019.1",
    "title": {
        "id": "PP 18/2016 tentang Perangkat Daerah sebagaimana diubah dengan PP 72/2019, "
              "dan penyederhanaan birokrasi 2021",
        "en": "PP 18/2016 on regional work units as amended by PP 72/2019, and the 2021 "
              "simplification of the bureaucracy",
    },
    "regulations": [
        {"id": "PP 18/2016", "effective": "2016-06-19",
         "note": "date of promulgation as recalled; to be verified against the Lembaran Negara"},
        {"id": "PP 72/2019", "effective": "2019-10-17",
         "note": "date of promulgation as recalled; to be verified against the Lembaran Negara"},
        {"id": "Surat Mendagri 800/2603/OTDA", "effective": "2021-04-22",
         "note": "simplification deadline 30 June 2021 (regulation.md §2)"},
    ],
    "rules": RULES,
    "limits": LIMITS,
}  # fmt: skip


def render() -> str:
    return json.dumps(PACK, indent=1, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT}")

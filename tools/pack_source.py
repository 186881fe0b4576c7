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
PP72 = "PP 72/2019"
UU23 = "UU 23/2014"
#: The instruments of the 2021 simplification of the bureaucracy (penyederhanaan
#: birokrasi). Neither text is in ../shared/reference/law/: what they say is read from
#: regulation.md section 2 (a secondary reading), so rules resting on them stay
#: unconfirmed. PermenPANRB 17/2021 is the penyetaraan of posts, not the simplification.
PERMENPANRB_25 = "PermenPANRB 25/2021"
SURAT_MENDAGRI = "Surat Mendagri 800/2603/OTDA"
#: Dates of promulgation (diundangkan), read from the texts: PP 18/2016 "Diundangkan di
#: Jakarta pada tanggal 19 Juni 2016" (LN 2016/114), in force that day (Pasal 126); PP
#: 72/2019 "Diundangkan di Jakarta pada tanggal 15 Oktober 2019" (LN 2019/187), in force
#: that day (Pasal II); UU 23/2014 "Diundangkan di Jakarta pada tanggal 2 Oktober 2014"
#: (LN 2014/244), in force that day (Pasal 411).
PP18_DATE = "2016-06-19"
PP72_DATE = "2019-10-15"
UU23_DATE = "2014-10-02"
SIMPL_DATE = "2021-06-30"
P, K = "provinsi", "kabkota"


def pp18(pasal: str, *ayat: str, level: str | None = None, huruf: tuple[str, ...] = (),
         amended: bool = False) -> dict[str, Any]:  # fmt: skip
    """A structured citation of PP 18/2016 (``rbdesk.rules.citation``)."""
    cite: dict[str, Any] = {"regulation": PP18, "pasal": pasal}
    if ayat:
        cite["ayat"] = list(ayat)
    if huruf:
        cite["huruf"] = list(huruf)
    if amended:
        cite["amended_by"] = "PP 72/2019"
    if level:
        cite["level"] = level
    return cite


def law(*cites: dict[str, Any]) -> dict[str, Any]:
    """A basis of the law citing ``cites`` (in place of a plain-text basis)."""
    return {"law": "hukum", "cite": list(cites)}


def uu23(pasal: str | None = None, *ayat: str, part: str | None = None,
         level: str | None = None) -> dict[str, Any]:  # fmt: skip
    """A structured citation of UU 23/2014: a pasal, or a part (``Lampiran I``)."""
    cite: dict[str, Any] = {"regulation": UU23}
    if pasal:
        cite["pasal"] = pasal
    if ayat:
        cite["ayat"] = list(ayat)
    if part:
        cite["part"] = part
    if level:
        cite["level"] = level
    return cite


def instrument(regulation: str) -> dict[str, Any]:
    """A citation of a whole instrument (its text is not at hand to name a pasal)."""
    return {"regulation": regulation}


def derived(*cites: dict[str, Any]) -> dict[str, Any]:
    """A limit the law implies without stating it ("diturunkan dari ...")."""
    return {"law": "hukum", "cite": list(cites), "derived": True}


def cite_from(source: str, *cites: dict[str, Any]) -> dict[str, Any]:
    """A rule whose finding cites its own limit row or catalogue entry (``source``);
    ``cites`` are the rule's own, shown when there is none."""
    return {"law": "hukum", "cite": list(cites), "cite_from": source}


def practice(id_text: str, en_text: str, *principle: dict[str, Any]) -> dict[str, Any]:
    """A rule of organisation-design practice, not law: what the practice is, and the
    principle of the law it serves (never shown as the law)."""
    return {"law": "praktik", "practice": {"id": id_text, "en": en_text},
            "cite": list(principle)}  # fmt: skip


#: Where the law places each OPD: "dipimpin oleh kepala dinas Daerah kabupaten/kota yang
#: berkedudukan di bawah dan bertanggung jawab kepada bupati/wali kota melalui sekretaris
#: Daerah kabupaten/kota" (Pasal 35 ayat (2)); likewise the Sekretariat Daerah (7(2),
#: 29(2)), the Sekretariat DPRD (9(2), 31(2)), the inspektur (11(3), 33(3)), dinas (13(2),
#: 35(2)), badan (24(2), 46(2)), the camat (50(2)) and the lurah, "bertanggung jawab
#: kepada camat" (52(3)). Pasal 5 only lists the kinds of perangkat daerah.
KEDUDUKAN = [
    pp18("7", "2", level=P), pp18("9", "2", level=P), pp18("11", "3", level=P),
    pp18("13", "2", level=P), pp18("24", "2", level=P),
    pp18("29", "2", level=K), pp18("31", "2", level=K), pp18("33", "3", level=K),
    pp18("35", "2", level=K), pp18("46", "2", level=K), pp18("50", "2", level=K),
    pp18("52", "3", level=K),
]  # fmt: skip
#: Pasal 5: "(1) Perangkat Daerah provinsi terdiri atas: ..."; "(2) Perangkat Daerah
#: kabupaten/kota terdiri atas: ... f. kecamatan."
KINDS = [pp18("5", "1", level=P), pp18("5", "2", level=K)]
#: The eselon of every post, one eselon per ayat: Pasal 94 (provinsi) and 95 (kab/kota),
#: ayat (2) to (6) of 94 and (2) to (5) of 95 as PP 72/2019 worded them anew.
ESELON_PASAL = [pp18("94", level=P, amended=True), pp18("95", level=K, amended=True)]
#: What a rumah sakit Daerah consists of, by jenis and kelas, as PP 72/2019 inserted it:
#: provinsi Pasal 65A (umum) and 65B (khusus), kab/kota Pasal 84A and 84B.
RS_SUB_UNITS = [
    pp18("65A", level=P, amended=True),
    pp18("65B", level=P, amended=True),
    pp18("84A", level=K, amended=True),
    pp18("84B", level=K, amended=True),
]
#: Pasal 2 huruf f: Perangkat Daerah is formed on the principle of "rentang kendali",
#: "penentuan jumlah Perangkat Daerah dan jumlah unit kerja pada Perangkat Daerah
#: didasarkan pada kemampuan pengendalian unit kerja bawahan" (Penjelasan). The span
#: bands themselves are practice, not law.
SPAN_PRACTICE = practice(  # Orgvue span bands, McKinsey spans of control (orgdesign.md 4)
    "rentang kendali menurut desain organisasi (Orgvue, McKinsey), bukan ketentuan peraturan",
    "span of control in organisation design (Orgvue, McKinsey), not a regulation",
    pp18("2", huruf=("f",)),
)


def rule(
    family: str, severity: str, basis: str | dict[str, Any], title: tuple[str, str],
    message: tuple[str, str], fix: tuple[str, str], *, confirmed: str = "C",
    effective: str = "2016-06-19",
) -> dict[str, Any]:  # fmt: skip
    grounds = {"basis": basis} if isinstance(basis, str) else basis
    return {
        "family": family, "severity": severity, **grounds, "effective": effective,
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
        cite_from("catalogue.kinds", *KEDUDUKAN),
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
        cite_from("catalogue.kinds", *KEDUDUKAN),
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
        # UU 23/2014 Pasal 59 ayat (1): "Setiap Daerah dipimpin oleh kepala Pemerintahan
        # Daerah yang disebut kepala daerah."
        law(uu23("59", "1")),
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
        cite_from("catalogue.kinds", uu23("59", "1")),
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
        # a finding cites where the law places the unit: its kind's kedudukan in the
        # catalogue, and the limit rows listing it as the sub-unit of another
        cite_from("catalogue.kinds", *KEDUDUKAN),
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
        law(*KINDS),
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
        # the catalogue holds the kinds the law names: those of Pasal 5 and the units
        # of their susunan organisasi (BAB V)
        law(*KINDS),
        ("Jenis unit tidak dikenal", "Unknown unit kind"),
        (
            "{name} memakai jenis '{kind}' yang tidak ada dalam katalog.",
            "{name} uses the kind '{kind}', which the catalogue does not list.",
        ),
        ("Pilih jenis unit dari katalog.", "Choose a kind from the catalogue."),
    ),
    # Pasal 5: "Perangkat Daerah kabupaten/kota terdiri atas: a. sekretariat Daerah;
    # b. sekretariat DPRD; c. inspektorat; d. dinas; e. badan; dan f. kecamatan." A
    # sekretariat "terdiri atas 2 (dua) subbagian" (e.g. Pasal 82 ayat (2)): the count
    # the text gives, not "paling banyak" (limits.composition).
    "structure.composition": rule(
        "structure",
        "error",
        # a sekretariat's finding cites its limits.composition row instead
        law(pp18("5", "1", level="provinsi"), pp18("5", "2", level="kabkota")),
        ("Susunan perangkat daerah tidak lengkap", "Incomplete structure"),
        ("{name} tidak lengkap: {missing}.", "{name} is incomplete: {missing}."),
        (
            "Lengkapi susunan sebagaimana ditetapkan pasal yang menjadi dasarnya.",
            "Complete the structure as the cited pasal lays it down.",
        ),
    ),
    "structure.partial_plan": rule(
        "structure",
        "info",
        law(
            pp18("5", "1", level="provinsi"),
            pp18("15", "3", "6", "7", level="provinsi"),
            pp18("5", "2", level="kabkota"),
            pp18("37", "3", "6", "7", level="kabkota"),
            pp18("53", "3"),
        ),
        ("Rencana parsial", "Partial plan"),
        (
            "Rencana ini ditandai parsial (hanya sebagian perangkat daerah), sehingga "
            "pemeriksaan kelengkapan seluruh daerah tidak dijalankan: urusan wajib yang tidak "
            "dipegang, susunan perangkat daerah menurut Pasal 5, dan sub-urusan kebakaran.",
            "This plan is marked partial (some OPDs only), so the region-wide completeness "
            "checks are off: mandatory urusan held by no one, the set of OPDs of Article 5, and "
            "the fire-service sub-urusan.",
        ),
        (
            "Tandai rencana sebagai utuh (rbdesk details BERKAS --whole) bila berkas memuat "
            "seluruh perangkat daerah.",
            "Mark the plan whole (rbdesk details FILE --whole) once the file holds every OPD "
            "of the region.",
        ),
    ),
    # -- caps --------------------------------------------------------------------------
    "caps.sub_units": rule(
        "caps",
        "error",
        # a finding cites the pasal and ayat of the cap it exceeds (limits.caps) and of
        # the exception that raised it (limits.cap_exceptions)
        cite_from("limits.caps"),
        ("Jumlah sub-unit melebihi batas", "More sub-units than allowed"),
        (
            "{name} ({kind} tipe {type}) memiliki {count} {children}; batasnya {max}{extra}.",
            "{name} ({kind}, type {type}) has {count} {children}; the limit is {max}{extra}.",
        ),
        (
            # {jf}: the functional-group route where the law allows it (not for a JPT post,
            # the head of the region's staff, or units the simplification keeps)
            "Gabungkan atau hapus {over} {children}{jf}.",
            "Merge or abolish {over} {children}{jf}.",
        ),
    ),
    "caps.rs_deputy": rule(
        "caps",
        "error",
        cite_from("limits.caps"),
        (
            "Bagian atau bidang langsung di bawah direktur",
            "Bagian or bidang straight under the director",
        ),
        (
            "{name} ({kind} {jenis} kelas {type}) membawahkan langsung {count} {children}; "
            "pada kelas ini bagian dan bidang berada di bawah wakil direktur.",
            "{name} ({kind}, {jenis}, class {type}) has {count} {children} straight under its "
            "director; at this class bagian and bidang belong under a deputy director.",
        ),
        (
            "Tempatkan {children} tersebut di bawah wakil direktur yang membidanginya.",
            "Place these {children} under the deputy director whose field they serve.",
        ),
    ),
    "caps.untyped": rule(
        "caps",
        "info",
        # Pasal 53: the type of the Setda, Setwan, Inspektorat (ayat (1)), of dinas and
        # badan (ayat (2)) and of kecamatan (ayat (4)) follows from the mapping score
        law(pp18("53", "1", "2"), pp18("53", "4", level=K)),
        ("Tipe belum ditetapkan", "Type not set"),
        (
            "{count} perangkat daerah atau unit belum bertipe (A/B/C) atau berkelas, sehingga "
            "batas sub-unitnya tidak diperiksa: {names}.{required}",
            "{count} OPDs or units have no type (A/B/C) or class, so their sub-unit caps are not "
            "checked: {names}.{required}",
        ),
        (
            "Tetapkan tipe dari hasil pemetaan beban kerja.",
            "Set the type from the workload mapping score.",
        ),
    ),
    "caps.own_rules": rule(
        "caps",
        "info",
        # a finding cites those of the OPDs it names (limits.overlap.own_rules)
        # the Satpol PP: "Ketentuan lebih lanjut mengenai satuan polisi pamong praja diatur
        # dengan peraturan pemerintah" (UU 23/2014 Pasal 256 ayat (7)); PP 18/2016 Pasal 16
        # and 38 only name the dinas of tramtib so
        law(uu23("256", "7"), pp18("117"), pp18("122")),
        ("Perangkat daerah dengan ketentuan tersendiri", "OPDs with rules of their own"),
        (
            "{names} diatur dengan ketentuan tersendiri ({which}); tipe dan batas sub-unitnya "
            "tidak ditetapkan dalam PP 18/2016 dan tidak diperiksa di sini.",
            "{names} are organised under rules of their own ({which}); PP 18/2016 does not set "
            "their type and sub-unit caps, which are not checked here.",
        ),
        (
            "Periksa susunannya terhadap peraturan tersendiri tersebut.",
            "Check their structure against those regulations.",
        ),
    ),
    # Pasal 102: "(2) Staf ahli berada di bawah dan bertanggungjawab kepada gubernur atau
    # bupati/wali kota dan secara administratif dikoordinasikan oleh sekretaris Daerah. (3)
    # Staf ahli sebagaimana dimaksud pada ayat (1) berjumlah paling banyak 3 (tiga) staf
    # ahli." The cap counts every staf ahli of the region, wherever the chart places them.
    "caps.staf_ahli": rule(
        "caps",
        "error",
        # a finding cites the limits.caps row of the staf ahli (Pasal 102 ayat (3))
        law(pp18("102", "3")),
        ("Staf ahli lebih dari batas", "More expert staff than allowed"),
        (
            "Daerah ini memiliki {count} staf ahli ({names}); staf ahli berjumlah paling "
            "banyak {max}, di mana pun ditempatkan pada bagan.",
            "The region has {count} expert staff ({names}); there may be at most {max}, "
            "wherever the chart places them.",
        ),
        (
            "Hapus atau gabungkan {over} staf ahli.",
            "Abolish or merge expert staff posts until at most {max} remain.",
        ),
    ),
    "structure.staf_ahli_placement": rule(
        "structure",
        "warning",
        law(pp18("102", "2")),
        ("Staf ahli tidak di bawah kepala daerah", "Expert staff not under the head of region"),
        (
            "{name} ditempatkan di bawah {parent} ({parent_kind}); staf ahli berada di bawah "
            "dan bertanggung jawab kepada kepala daerah, dan sekretaris Daerah hanya "
            "mengoordinasikannya secara administratif.",
            "{name} is placed under {parent} ({parent_kind}); expert staff stand under and "
            "answer to the head of the region, the regional secretary only coordinates them "
            "administratively.",
        ),
        (
            "Pindahkan staf ahli ke bawah kepala daerah.",
            "Move the expert staff under the head of the region.",
        ),
    ),
    # -- layers ------------------------------------------------------------------------
    "layers.depth": rule(
        "layers",
        "error",
        # no pasal states a number of layers: it follows from the eselon ladder of Pasal
        # 94 and 95 (Sekda IIa, asisten IIb, kepala bagian IIIa, kepala subbagian IVa in
        # a kabupaten; regulation.md section 1.4), so the basis is marked derived
        derived(*ESELON_PASAL),
        ("Lapisan struktural berlebih", "Too many structural layers"),
        (
            "{name} berada pada lapisan ke-{depth} di dalam {top}; {top_kind} paling banyak "
            "{max} lapisan struktural.",
            "{name} sits at layer {depth} within {top}; a {top_kind} has at most {max} "
            "structural layers.",
        ),
        (
            "Naikkan unit satu tingkat{jf}.",
            "Raise the unit one level{jf}.",
        ),
    ),
    "layers.simplification": rule(
        "layers",
        "warning",
        law(instrument(PERMENPANRB_25), instrument(SURAT_MENDAGRI)),
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
        SPAN_PRACTICE,
        ("Satu membawahi satu", "One over one"),
        (
            "{name} hanya membawahi satu unit struktural: {child}.",
            "{name} manages a single structural unit: {child}.",
        ),
        (
            "Gabungkan kedua unit atau tambah cakupan tugas unit atasan.",
            "Merge the two units or widen the manager's remit.",
        ),
        confirmed="S",
        effective="",
    ),
    "spans.chain": rule(
        "spans",
        "warning",
        SPAN_PRACTICE,
        ("Rantai satu membawahi satu", "Chain of one-over-one"),
        (
            "Rantai {length} tingkat yang masing-masing hanya membawahi satu unit: {names}.",
            "A chain of {length} levels that each manage a single unit: {names}.",
        ),
        (
            "Pangkas lapisan: gabungkan unit pada rantai ini.",
            "Delayer: merge the units of this chain.",
        ),
        confirmed="S",
        effective="",
    ),
    "spans.narrow": rule(
        "spans",
        "info",
        SPAN_PRACTICE,
        ("Rentang kendali sempit", "Narrow span of control"),
        ("{name} membawahi {count} unit struktural.", "{name} manages {count} structural units."),
        (
            # only a dinas or badan is found narrow; the law lets one merge only within
            # its rumpun (Pasal 18, 27, 40, 48, 54)
            "Pertimbangkan penggabungan dengan perangkat daerah serumpun.",
            "Consider merging it with an OPD of the same rumpun.",
        ),
        confirmed="S",
        effective="",
    ),
    "spans.wide": rule(
        "spans",
        "warning",
        SPAN_PRACTICE,
        ("Rentang kendali sangat lebar", "Very wide span of control"),
        (
            "{name} membawahi {count} unit struktural langsung.",
            "{name} directly manages {count} structural units.",
        ),
        (
            "Kelompokkan unit di bawah satu koordinator.",
            "Group the units under a coordinating unit.",
        ),
        confirmed="S",
        effective="",
    ),
    # -- grades ------------------------------------------------------------------------
    "grades.not_below_parent": rule(
        "grades",
        "warning",
        # each post's eselon is given by Pasal 94/95; a head at the eselon of the head
        # above contradicts that ladder (derived: no pasal says it in words)
        derived(*ESELON_PASAL),
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
        # a finding cites the ayat of the expected eselon (limits.grades)
        cite_from("limits.grades", *ESELON_PASAL),
        ("Eselon tidak sesuai jenis unit", "Eselon does not match the kind"),
        (
            "{name}: kepala {kind} pada {level} ber-eselon {expected}, tercatat {eselon}.",
            "{name}: the head of a {kind} in a {level} is eselon {expected}, recorded {eselon}.",
        ),
        (
            "Sesuaikan eselon dengan ayat yang dirujuk sebagai dasar hukum.",
            "Set the eselon as the cited paragraph gives it.",
        ),
    ),
    # PP 72/2019 worded Pasal 94 and 95 anew: "(4) ... kepala bagian dan kepala bidang pada
    # rumah sakit umum Daerah kabupaten/kota kelas A, kelas B, dan kelas C, dan rumah sakit
    # khusus Daerah kabupaten/kota kelas A dan kelas B merupakan jabatan eselon III.b"
    # (Pasal 95); the director and deputy directors by class and jenis (limits.hospital).
    "grades.rs_class": rule(
        "grades",
        "warning",
        # a finding cites the ayat of Pasal 94 or 95 that gives the eselon expected
        cite_from("limits.grades", *ESELON_PASAL),
        ("Eselon jabatan rumah sakit tidak sesuai", "Hospital post at the wrong eselon"),
        (
            "{name}: {post} pada {hospital} ({class_text}) ber-eselon {expected}, tercatat "
            "{eselon}.",
            "{name}: the {post} of {hospital} ({class_text}) is eselon {expected}, recorded "
            "{eselon}.",
        ),
        (
            "Sesuaikan eselon dengan ayat yang dirujuk sebagai dasar hukum.",
            "Set the eselon as the cited paragraph gives it.",
        ),
        effective=PP72_DATE,
    ),
    # Pasal 44E ayat (5) (kab/kota), 21F ayat (5) (provinsi): "Jenis dan klasifikasi rumah
    # sakit Daerah ... menentukan besaran organisasi rumah sakit Daerah"; without them the
    # eselon of its posts and its sub-unit caps are not known.
    "grades.rs_class_unknown": rule(
        "grades",
        "info",
        law(
            pp18("21F", "3", "4", "5", level=P, amended=True),
            pp18("44E", "3", "4", "5", level=K, amended=True),
        ),
        ("Kelas atau jenis rumah sakit tidak tercatat", "Hospital class or kind not recorded"),
        (
            "{name}: {missing} tidak tercatat, sehingga eselon jabatannya dan batas "
            "sub-unitnya tidak diperiksa; keduanya bergantung pada kelas (A sampai D) dan "
            "jenis (umum atau khusus) rumah sakit.",
            "{name}: its {missing} not recorded, so the eselon of its posts and its sub-unit "
            "caps are not checked; both depend on the hospital's class (A to D) and kind "
            "(general or special).",
        ),
        (
            "Catat kelas dan jenis rumah sakit (panel Rincian unit di jendela, kolom kelas_rs "
            "dan jenis_rs pada CSV, atau berkas rencana).",
            "Record the hospital's class and kind (the unit's Inspector in the window, the CSV "
            "columns kelas_rs and jenis_rs, or the plan document).",
        ),
        effective=PP72_DATE,
    ),
    # -- overlap -----------------------------------------------------------------------
    "overlap.urusan_shared": rule(
        "overlap",
        "error",
        # "Masing-masing Urusan Pemerintahan ... diwadahi dalam bentuk dinas" (15(6), 37(6));
        # two dinas/badan only for the urusan and scores of Pasal 73 ayat (1) / 90 ayat (1)
        law(
            pp18("15", "6", level=P),
            pp18("73", "1", level=P),
            pp18("37", "6", level=K),
            pp18("90", "1", level=K),
        ),
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
        # Pasal 2 huruf e, pembagian habis tugas: "tidak terdapat suatu tugas dan fungsi
        # yang dibebankan pada lebih dari satu Perangkat Daerah" (Penjelasan); the
        # sub-urusan are those of UU 23/2014 Lampiran I
        law(pp18("2", huruf=("e",)), uu23(part="Lampiran I")),
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
        # "Penggabungan Urusan Pemerintahan ... dilakukan paling banyak 3 (tiga) Urusan
        # Pemerintahan" (18(5), 40(5))
        law(pp18("18", "5", level=P), pp18("40", "5", level=K)),
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
        # merging "didasarkan pada perumpunan Urusan Pemerintahan" (ayat (3)), the rumpun
        # listed in ayat (4); a merger under Pasal 54 ayat (2) too (54(3))
        law(pp18("18", "3", "4", level=P), pp18("40", "3", "4", level=K), pp18("54", "3")),
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
        # the rumpun of support functions (27(3), 48(3)); "paling banyak 2 (dua) fungsi
        # penunjang" (27(4), 48(4))
        law(pp18("27", "3", "4", level=P), pp18("48", "3", "4", level=K)),
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
        # the wajib urusan not of pelayanan dasar (UU 23/2014 Pasal 12 ayat (2); those of
        # ayat (1) are overlap.basic_service_missing); each "diwadahi dalam bentuk dinas"
        # (15(6), 37(6)) or merged (18(1), 40(1)); only a technical score of 0 leaves it
        # unaccommodated (18(2), 40(2)), which the check leaves out where the plan says so
        law(
            uu23("12", "2"),
            pp18("15", "6", level=P),
            pp18("18", "1", "2", level=P),
            pp18("37", "6", level=K),
            pp18("40", "1", "2", level=K),
        ),
        ("Urusan wajib tidak dipegang", "Mandatory urusan held by no one"),
        (
            "Urusan wajib {code} {code_name} tidak dipegang oleh unit mana pun.",
            "The mandatory urusan {code} {code_name} is held by no unit.",
        ),
        (
            "Tetapkan urusan pada dinas serumpun (Pasal {merge_pasal} ayat (1)) atau bentuk "
            "bidang baru. Bila tidak ada urusan serumpun yang memenuhi syarat dinas atau bidang, "
            "fungsinya dilaksanakan sekretariat Daerah dengan menambah 1 subbagian pada unit "
            "kerja yang mengoordinasikannya (Pasal {merge_pasal} ayat (10)). Hanya urusan yang "
            "nilai variabel teknisnya 0 tidak diwadahi (Pasal {merge_pasal} ayat (2)).",
            "Assign it to a dinas of its rumpun (Article {merge_pasal}(1)) or create a "
            "bidang. If no urusan of its rumpun qualifies for a dinas or a bidang, the "
            "Sekretariat Daerah carries the function with 1 more subbagian in the unit that "
            "coordinates it (Article {merge_pasal}(10)). Only an urusan whose technical "
            "score is 0 is not accommodated (Article {merge_pasal}(2)).",
        ),
        confirmed="S",
    ),
    # Pasal 53 ayat (3): "Dalam hal hasil perhitungan nilai variabel Urusan Pemerintahan
    # Wajib yang berkaitan dengan pelayanan dasar tidak memenuhi perhitungan nilai variabel
    # untuk menjadi dinas ..., Urusan Pemerintahan tersebut tetap dibentuk sebagai dinas
    # tipe C." No score lets it go unaccommodated.
    "overlap.basic_service_missing": rule(
        "overlap",
        "error",
        law(
            pp18("15", "3", "6", level="provinsi"),
            pp18("37", "3", "6", level="kabkota"),
            pp18("53", "3"),
        ),
        ("Urusan pelayanan dasar tidak diwadahi", "Basic-service urusan not accommodated"),
        (
            "Urusan wajib pelayanan dasar {code} {code_name} tidak dipegang oleh unit mana pun; "
            "urusan ini tetap dibentuk sebagai dinas, paling rendah tipe C, berapa pun skornya.",
            "The basic-service urusan {code} {code_name} is held by no unit; it must stand as a "
            "dinas of at least tipe C whatever its score.",
        ),
        (
            "Bentuk dinas untuk urusan ini (paling rendah tipe C) atau jadikan urusan utama "
            "dinas serumpun yang ada.",
            "Form a dinas for it (at least tipe C) or make it a main urusan of an existing "
            "dinas of its rumpun.",
        ),
    ),
    # Pasal 37 ayat (6): each urusan "diwadahi dalam bentuk dinas"; Pasal 46 ayat (1) and
    # (5): a badan is "unsur penunjang" for perencanaan, keuangan, kepegawaian serta
    # pendidikan dan pelatihan, penelitian dan pengembangan and other support functions.
    "overlap.kind_function": rule(
        "overlap",
        "error",
        # with a part of 1.05 only a dinas may run: also limits.overlap.parts.cite
        law(
            pp18("13", "1", level="provinsi"),
            pp18("15", "6", level="provinsi"),
            pp18("24", "1", "5", level="provinsi"),
            pp18("35", "1", level="kabkota"),
            pp18("37", "6", level="kabkota"),
            pp18("46", "1", "5", level="kabkota"),
        ),
        ("Bentuk perangkat daerah tidak sesuai fungsinya", "OPD of the wrong kind for its work"),
        (
            "{name} berbentuk {kind} tetapi memegang {code_list}: urusan pemerintahan konkuren "
            "diwadahi dalam bentuk dinas, fungsi penunjang dalam bentuk badan.",
            "{name} is a {kind} but holds {code_list}: a concurrent urusan belongs in a dinas, "
            "a support function in a badan.",
        ),
        (
            "Pindahkan {code_list} ke {target} atau ubah bentuk unit ini menjadi {target}. "
            "Pengecualian: BPBD memegang sub-urusan bencana (Pasal 117) dan Kesbangpol urusan "
            "8.01.",
            "Move {code_list} to a {target} or make this unit a {target}. Exceptions: the BPBD "
            "holds the disaster sub-urusan (Article 117), the Kesbangpol urusan 8.01.",
        ),
    ),
    # Pasal 90 ayat (1): PU dan penataan ruang, pertanian, keuangan "memperoleh nilai 951
    # ... sampai dengan 975 ... dapat diwadahi dalam 2 (dua) dinas/badan tipe B, dan dalam
    # hal memperoleh nilai di atas 975 ... dalam 2 (dua) dinas/badan tipe A"; ayat (2): then
    # the 2 more bidang of Pasal 89 no longer apply (provinsi: Pasal 72-73).
    "overlap.split_score": rule(
        "overlap",
        "error",
        law(pp18("73", "1", "2", level="provinsi"), pp18("90", "1", "2", level="kabkota")),
        ("Urusan dibagi pada dua perangkat daerah", "Urusan split between two OPDs"),
        (
            "Urusan {code} {code_name} dibagi pada dua perangkat daerah: {names} ({types}); "
            "{score}. Pembagian ini hanya sah bila skornya 951 sampai dengan 975 dan "
            "keduanya tipe B, atau di atas 975 dan keduanya tipe A.",
            "Urusan {code} {code_name} is split between two OPDs: {names} ({types}); "
            "{score}. Such a split is lawful only at a score of 951 to 975 with both tipe B, "
            "or above 975 with both tipe A.",
        ),
        (
            "Catat skor pemetaan urusan ini. Di bawah 951 satukan pada satu perangkat daerah, "
            "yang boleh memiliki 2 bidang lebih banyak (Pasal {extra_pasal}); pada skor 951 "
            "sampai dengan 975 tetapkan keduanya tipe B, di atas 975 keduanya tipe A. Setelah "
            "dibagi, tambahan 2 bidang itu tidak berlaku lagi.",
            "Record the urusan's mapping score. Below 951 give it to one OPD, which may have 2 "
            "more bidang (Article {extra_pasal}); at 951 to 975 make both tipe B, above 975 both "
            "tipe A. Once split, those 2 extra bidang no longer apply.",
        ),
    ),
    "overlap.split_part_unknown": rule(
        "overlap",
        "warning",
        law(
            pp18("15", "7", level="provinsi"),
            pp18("16", level="provinsi"),
            pp18("37", "7", level="kabkota"),
            pp18("38", level="kabkota"),
            pp18("117"),
        ),
        ("Bagian urusan yang dipegang tidak jelas", "Part of the urusan held unclear"),
        (
            "{names} memegang urusan {code} {code_name} tanpa sub-urusan atau nama yang "
            "menunjukkan bagian yang dipegangnya; urusan ini hanya boleh dibagi menurut "
            "sub-urusan: ketenteraman dan ketertiban umum pada satuan polisi pamong praja, "
            "kebakaran pada dinas yang menyelenggarakannya, bencana pada BPBD.",
            "{names} hold urusan {code} {code_name} with no sub-urusan or name showing which "
            "part each runs; the urusan may be split only by sub-urusan: public order with the "
            "satuan polisi pamong praja, fire services with the dinas running them, disasters "
            "with the BPBD.",
        ),
        (
            "Catat sub-urusan {part_codes} pada unit yang menyelenggarakannya.",
            "Record sub-urusan {part_codes} on the unit that runs it.",
        ),
    ),
    # Pasal 37 ayat (7): 1.05 "dilaksanakan oleh: a. dinas ... yang menyelenggarakan sub
    # urusan ketenteraman dan ketertiban umum; dan b. dinas ... yang menyelenggarakan sub
    # urusan kebakaran"; Pasal 40 ayat (4) huruf c puts kebakaran in rumpun c.
    "overlap.kebakaran_missing": rule(
        "overlap",
        "warning",
        law(
            pp18("15", "7", huruf=("b",), level="provinsi"),
            pp18("18", "4", huruf=("c",), level="provinsi"),
            pp18("37", "7", huruf=("b",), level="kabkota"),
            pp18("40", "4", huruf=("c",), level="kabkota"),
        ),
        ("Sub-urusan kebakaran tidak dipegang", "Fire services held by no one"),
        (
            "Tidak ada perangkat daerah yang menyelenggarakan sub-urusan kebakaran ({code}): "
            "tidak ada unit yang memegangnya dan tidak ada nama perangkat daerah yang "
            "menyebutnya.{whole}",
            "No OPD runs the fire-service sub-urusan ({code}): no unit holds it and no OPD's "
            "name mentions it.{whole}",
        ),
        (
            "Bentuk dinas pemadam kebakaran atau wadahi kebakaran dalam dinas serumpun (rumpun "
            "ketenteraman dan ketertiban umum, mis. satuan polisi pamong praja), lalu catat "
            "sub-urusan {code} pada unitnya.",
            "Form a fire-service dinas or place fire services in a dinas of their rumpun "
            "(public order, e.g. the satuan polisi pamong praja), and record sub-urusan {code} "
            "on its unit.",
        ),
    ),
    # -- authority ---------------------------------------------------------------------
    "authority.no_authority": rule(
        "authority",
        "error",
        # UU 23/2014 Pasal 15 ayat (1): the division of concurrent urusan "tercantum dalam
        # Lampiran"; its part I is the matrix of sub-urusan per level
        law(uu23("15", "1"), uu23(part="Lampiran I")),
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
        law(uu23("15", "1"), uu23(part="Lampiran I")),
        ("Kewenangan sub-urusan belum jelas", "Authority over sub-urusan unclear"),
        (
            "{name} memegang sub-urusan {code} {code_name}; kewenangan daerah {level} atasnya "
            "belum terbaca dari sumber.",
            "{name} holds sub-urusan {code} {code_name}; whether a {level} has authority in it "
            "could not be read from the source.",
        ),
        (
            "Periksa Lampiran I UU 23/2014 untuk sub-urusan ini.",
            "Check Annex I of UU 23/2014 for this sub-urusan.",
        ),
        confirmed="U",
    ),
    # UU 23/2014 Pasal 14 ayat (1): kehutanan, kelautan, ESDM "dibagi antara Pemerintah
    # Pusat dan Daerah provinsi"; ayat (2) leaves the kab/kota the TAHURA kabupaten/kota,
    # ayat (4) the direct use of geothermal heat (limits.authority.narrow_urusan).
    "authority.urusan_level": rule(
        "authority",
        "warning",
        # a finding cites its limits.authority.narrow_urusan row
        law(uu23("14", "1", "2", "4", level="kabkota"), uu23(part="Lampiran I")),
        ("Urusan yang hampir tidak menjadi kewenangan daerah", "Urusan the level barely holds"),
        (
            "{name} memegang urusan {code} {code_name} secara utuh, padahal menurut UU 23/2014 "
            "daerah {level} hanya berwenang atas {remains}. Undang-undang yang terbit kemudian "
            "dapat telah mengubah pembagian ini{later}.",
            "{name} holds urusan {code} {code_name} whole, but under UU 23/2014 a {level} "
            "holds authority only over {remains}. Later laws may have changed this "
            "division{later}.",
        ),
        (
            "Batasi tugas unit pada kewenangan yang tersisa dan catat sub-urusannya; periksa "
            "peraturan yang berlaku sekarang.",
            "Limit the unit's work to the authority left and record its sub-urusan; check the "
            "regulations in force today.",
        ),
        effective="2014-10-02",
    ),
    # -- text overlap ------------------------------------------------------------------
    "text.overlap": rule(
        "text",
        "warning",
        # Pasal 2 huruf e, pembagian habis tugas (Pasal 4 only says the Perkada sets the
        # tasks)
        law(pp18("2", huruf=("e",))),
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
        practice(
            "rumusan tugas khas tiap unit (penyusunan uraian tugas), bukan ketentuan peraturan",
            "each unit's own task text (writing job descriptions), not a regulation",
            pp18("2", huruf=("e",)),
        ),
        ("Rumusan tugas seragam", "Templated task texts"),
        (
            "{count} unit memakai rumusan tugas yang hampir sama, mis. {names}.",
            "{count} units use nearly the same task text, e.g. {names}.",
        ),
        (
            "Wajar untuk unit kewilayahan; selain itu, rumuskan tugas khas tiap unit.",
            "Normal for territorial units; otherwise write each unit's own tasks.",
        ),
        confirmed="S",
    ),
    # -- typology ----------------------------------------------------------------------
    "typology.type_not_supported": rule(
        "typology",
        "warning",
        # a finding cites the ayat of Pasal 53 of its group (limits.typology.groups)
        # with the geographic factor of Pasal 107 ayat (1) and its exemptions, ayat (4)
        law(pp18("53", "1", "2"), pp18("53", "4", level=K), pp18("107", "1", "4")),
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
        # Pasal 53 ayat (5): below 400, "a. menjadi bidang ... lebih dari 300 ...; dan b.
        # menjadi subbidang atau seksi pada bidang ... kurang dari atau sama dengan 300"
        law(pp18("53", "5")),
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
    # -- from the pemetaan urusan (rbdesk.analysis.checks.scores) ----------------------
    "typology.type_missing": rule(
        "typology",
        "warning",
        # "Tipelogi dinas dan badan ditetapkan berdasarkan hasil perhitungan nilai
        # variabel" (Pasal 53 ayat (1), (2)); the score after the factor (107 ayat (1))
        law(pp18("53", "1", "2", "3"), pp18("107", "1")),
        ("Tipe belum ditetapkan", "Type not set"),
        (
            "{name} belum ditetapkan tipenya; hasil pemetaan urusan {code} {code_name} "
            "(skor {score}) menghendaki {type}.",
            "{name} has no type; the pemetaan of urusan {code} {code_name} (score {score}) "
            "calls for {type}.",
        ),
        (
            "Tetapkan {type} sesuai hasil pemetaan urusan.",
            "Set {type} as the pemetaan urusan calls for.",
        ),
    ),
    "typology.type_below": rule(
        "typology",
        "info",
        # "(1) Dalam hal kemampuan keuangan Daerah atau ketersediaan aparatur yang dimiliki
        # oleh Daerah masih terbatas, tipe Perangkat Daerah dapat diturunkan dari hasil
        # pemetaan." (Pasal 54 ayat (1))
        law(pp18("53", "1", "2"), pp18("54", "1")),
        ("Tipe di bawah hasil pemetaan", "Type below the pemetaan"),
        (
            "{name} ditetapkan tipe {declared}, di bawah {type} yang dihasilkan pemetaan "
            "urusan {code} {code_name} (skor {score}).",
            "{name} is typed {declared}, below the {type} that the pemetaan of urusan "
            "{code} {code_name} calls for (score {score}).",
        ),
        (
            "Penurunan tipe sah bila kemampuan keuangan Daerah atau ketersediaan aparatur "
            "terbatas (Pasal 54 ayat (1)); catat alasannya, atau tetapkan {type}.",
            "A lower type is lawful where the region's finances or staff are limited "
            "(Article 54(1)); record that reason, or set {type}.",
        ),
    ),
    "typology.urusan_as_dinas": rule(
        "typology",
        "warning",
        # "(5) Dalam hal perhitungan nilai variabel Urusan Pemerintahan ... kurang dari
        # 400 ... a. menjadi bidang apabila ... lebih dari 300 ... sampai dengan 400 ...;
        # dan b. menjadi subbidang atau seksi pada bidang apabila ... kurang dari atau sama
        # dengan 300" (Pasal 53 ayat (5)); "digabung dengan dinas lain" (Pasal 40 ayat (1))
        law(pp18("53", "5"), pp18("18", "1", level=P), pp18("40", "1", level=K)),
        (
            "Urusan setingkat bidang dijadikan perangkat daerah",
            "Urusan of bidang size held as an OPD",
        ),
        (
            "Urusan {code} {code_name} memperoleh skor {score} sehingga diwadahi sebagai "
            "{form}, tetapi dijadikan {kind} tersendiri ({name}).",
            "Urusan {code} {code_name} scores {score} and belongs as {form}, but is held "
            "as a {kind} of its own ({name}).",
        ),
        (
            "Gabungkan urusan ini ke dinas serumpun sebagai {form}.",
            "Merge this urusan into a dinas of its rumpun as {form}.",
        ),
    ),
}


def typed(**by_type: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The citations of a row that holds for every type, each marked with the type it
    is the pasal of (Pasal 81 for a tipe A dinas, 82 for B, 83 for C), so that a finding
    cites only the one of its OPD's type."""
    return [{**c, "type": t} for t, cites in by_type.items() for c in cites]


def caps() -> list[dict[str, Any]]:
    """The sub-unit caps of BAB V (Pasal 55 to 93, Pasal 60 and 79 as PP 72/2019 worded
    them anew), each row citing the pasal and ayat of its level and type."""
    rows: list[dict[str, Any]] = []

    def cap(
        level: str,
        parent: str,
        children: list[str],
        maxima: dict[str, int] | int,
        cites: dict[str, list[dict[str, Any]]] | list[dict[str, Any]],
        *,
        within: list[str] | None = None,
        type_of: str = "opd",
    ) -> None:
        """``cites``: those of every row, or per type (``maxima`` keyed alike)."""
        per_type = maxima if isinstance(maxima, dict) else {"*": maxima}
        for unit_type, limit in per_type.items():
            chosen = cites[unit_type] if isinstance(cites, dict) else cites
            amended = any(c.get("amended_by") for c in chosen)
            rows.append({
                "level": level, "parent": parent, "within": within, "type_of": type_of,
                "type": None if unit_type == "*" else unit_type, "children": children,
                "max": limit, **law(*chosen), "effective": PP72_DATE if amended else PP18_DATE,
            })  # fmt: skip

    def abc(a: str, b: str, c: str, ayat: str, *, amended: bool = False
            ) -> dict[str, list[dict[str, Any]]]:  # fmt: skip
        """The pasal of tipe A, B and C (Pasal 62, 63, 64 ...), at one ayat."""
        return {t: [pp18(n, ayat, amended=amended)] for t, n in zip("ABC", (a, b, c), strict=True)}

    def ayats(pasal: str, a: str, b: str, c: str, *, amended: bool = False
              ) -> dict[str, list[dict[str, Any]]]:  # fmt: skip
        """One pasal, the ayat of tipe A, B and C (Pasal 59 ayat (1), (3), (5) ...)."""
        return {t: [pp18(pasal, x, amended=amended)] for t, x in zip("ABC", (a, b, c), strict=True)}

    for lv in (P, K):
        # Pasal 102 ayat (3): "Staf ahli ... berjumlah paling banyak 3 (tiga) staf ahli."
        cap(lv, "kepala_daerah", ["staf_ahli"], 3, [pp18("102", "3")])
    # "terdiri atas 1 (satu) sekretariat": dinas 62-64, badan 67-69, inspektorat 60 (prov);
    # 81-83, 85-87, 79 (kab/kota), ayat (1) of each (60 and 79: ayat (1), (3), (5))
    for lv, dinas, badan, insp in (
        (P, ("62", "63", "64"), ("67", "68", "69"), "60"),
        (K, ("81", "82", "83"), ("85", "86", "87"), "79"),
    ):
        cap(lv, "dinas", ["sekretariat"], 1, typed(**abc(*dinas, "1")))
        cap(lv, "badan", ["sekretariat"], 1, typed(**abc(*badan, "1")))
        cap(lv, "inspektorat", ["sekretariat"], 1,
            typed(**ayats(insp, "1", "3", "5", amended=True)))  # fmt: skip
    # -- provinsi ------------------------------------------------------------------------
    cap(P, "sekretariat_daerah", ["asisten"], {"A": 3, "B": 3, "C": 2}, abc("55", "56", "57", "1"))
    cap(P, "asisten", ["biro"], {"A": 3, "B": 2, "C": 2}, abc("55", "56", "57", "2"))
    cap(P, "biro", ["bagian"], 3, typed(**abc("55", "56", "57", "3")))
    cap(P, "bagian", ["subbagian"], 3, typed(**abc("55", "56", "57", "4")),
        within=["sekretariat_daerah"])  # fmt: skip
    cap(P, "sekretariat_dprd", ["bagian"], {"A": 4, "B": 3, "C": 3}, ayats("59", "1", "3", "5"))
    cap(P, "bagian", ["subbagian"], {"A": 3, "B": 3, "C": 2}, ayats("59", "2", "4", "6"),
        within=["sekretariat_dprd"])  # fmt: skip
    cap(P, "inspektorat", ["inspektur_pembantu"], {"A": 5, "B": 4, "C": 3},
        ayats("60", "1", "3", "5", amended=True))  # fmt: skip
    cap(P, "dinas", ["bidang"], {"A": 4, "B": 3, "C": 2}, abc("62", "63", "64", "1"))
    cap(P, "badan", ["bidang"], {"A": 4, "B": 3, "C": 2}, abc("67", "68", "69", "1"))
    cap(P, "bidang", ["seksi"], 3, typed(**abc("62", "63", "64", "3")), within=["dinas"])
    cap(P, "bidang", ["subbidang"], 3, typed(**abc("67", "68", "69", "3")), within=["badan"])
    # UPT of a dinas (Pasal 65) or a badan (Pasal 71): kelas A "1 (satu) subbagian tata usaha
    # dan ... paling banyak 2 (dua) seksi", kelas B "1 (satu) subbagian tata usaha"
    upt_a, upt_b = [pp18("65", "1"), pp18("71", "1")], [pp18("65", "2"), pp18("71", "2")]
    cap(P, "upt", ["subbagian"], 1, typed(A=upt_a, B=upt_b), type_of="parent")
    cap(P, "upt", ["seksi"], {"A": 2, "B": 0}, {"A": upt_a, "B": upt_b}, type_of="parent")
    cabang_a, cabang_b = [pp18("66", "1")], [pp18("66", "2")]
    cap(P, "cabang_dinas", ["subbagian"], 1, typed(A=cabang_a, B=cabang_b), type_of="parent")
    cap(P, "cabang_dinas", ["seksi"], {"A": 2, "B": 0}, {"A": cabang_a, "B": cabang_b},
        type_of="parent")  # fmt: skip
    # Pasal 70 (one paragraph): "1 (satu) subbagian tata usaha dan paling banyak 3 (tiga)
    # subbidang"
    cap(P, "badan_penghubung", ["subbidang"], 3, [pp18("70")])
    # -- kabupaten/kota ------------------------------------------------------------------
    cap(K, "sekretariat_daerah", ["asisten"], {"A": 3, "B": 3, "C": 2}, abc("74", "75", "76", "1"))
    cap(K, "asisten", ["bagian"], {"A": 4, "B": 3, "C": 3}, abc("74", "75", "76", "2"))
    cap(K, "bagian", ["subbagian"], 3, typed(**abc("74", "75", "76", "3")),
        within=["sekretariat_daerah"])  # fmt: skip
    cap(K, "sekretariat_dprd", ["bagian"], {"A": 4, "B": 3, "C": 3}, ayats("78", "1", "3", "5"))
    cap(K, "bagian", ["subbagian"], {"A": 3, "B": 3, "C": 2}, ayats("78", "2", "4", "6"),
        within=["sekretariat_dprd"])  # fmt: skip
    cap(K, "inspektorat", ["inspektur_pembantu"], {"A": 5, "B": 4, "C": 3},
        ayats("79", "1", "3", "5", amended=True))  # fmt: skip
    cap(K, "dinas", ["bidang"], {"A": 4, "B": 3, "C": 2}, abc("81", "82", "83", "1"))
    cap(K, "badan", ["bidang"], {"A": 4, "B": 3, "C": 2}, abc("85", "86", "87", "1"))
    cap(K, "bidang", ["seksi"], 3, typed(**abc("81", "82", "83", "3")), within=["dinas"])
    cap(K, "bidang", ["subbidang"], 3, typed(**abc("85", "86", "87", "3")), within=["badan"])
    # UPT of a dinas (Pasal 84) or a badan (Pasal 88): kelas A "1 (satu) subbagian tata
    # usaha dan kelompok jabatan fungsional", kelas B "pelaksana dan kelompok jabatan
    # fungsional"
    upt_a, upt_b = [pp18("84", "1"), pp18("88", "1")], [pp18("84", "2"), pp18("88", "2")]
    cap(K, "upt", ["subbagian"], {"A": 1, "B": 0}, {"A": upt_a, "B": upt_b}, type_of="parent")
    cap(K, "upt", ["seksi"], 0, typed(A=upt_a, B=upt_b), type_of="parent")
    # kecamatan tipe A "1 (satu) sekretariat dan paling banyak 5 (lima) seksi" (91(1)), tipe
    # B 4 seksi (92(1)); Pasal 93 (one paragraph): the kelurahan
    kec = {"A": [pp18("91", "1")], "B": [pp18("92", "1")]}
    cap(K, "kecamatan", ["sekretariat"], 1, typed(**kec))
    cap(K, "kecamatan", ["seksi"], {"A": 5, "B": 4}, kec)
    cap(K, "kelurahan", ["sekretariat"], 1, [pp18("93", level=K)])
    cap(K, "kelurahan", ["seksi"], 3, [pp18("93", level=K)])
    # -- the subbagian of a sekretariat: "Sekretariat sebagaimana dimaksud pada ayat (1)
    # terdiri atas 3 (tiga) subbagian" (tipe A), 2 (tipe B and C); a kab/kota dinas tipe A
    # "paling banyak 3 (tiga)" (Pasal 81 ayat (2))
    for lv, dinas, badan, insp in (
        (P, ("62", "63", "64"), ("67", "68", "69"), "60"),
        (K, ("81", "82", "83"), ("85", "86", "87"), "79"),
    ):
        maxima = {"A": 3, "B": 2, "C": 2}
        cap(lv, "sekretariat", ["subbagian"], maxima, abc(*dinas, "2"), within=["dinas"])
        cap(lv, "sekretariat", ["subbagian"], maxima, abc(*badan, "2"), within=["badan"])
        cap(lv, "sekretariat", ["subbagian"], maxima,
            ayats(insp, "2", "4", "6", amended=True), within=["inspektorat"])  # fmt: skip
    # "Sekretariat ... paling banyak terdiri atas 2 (dua) subbagian" (91(2), 92(2)); a
    # kecamatan exists in a kab/kota only (Pasal 5 ayat (2) huruf f)
    cap(K, "sekretariat", ["subbagian"], 2, typed(A=[pp18("91", "2")], B=[pp18("92", "2")]),
        within=["kecamatan"])  # fmt: skip
    return rows


def composition() -> dict[str, Any]:
    """Pasal 5 and the subbagian each sekretariat "terdiri atas". A kab/kota dinas tipe
    A's sekretariat has "paling banyak 3 (tiga) subbagian" (Pasal 81 ayat (2)): a cap,
    no count, so no row. Inspektorat: Pasal 60 and 79 as amended by PP 72/2019 (the
    subbagian unchanged)."""
    # (level, OPD kind, type): (pasal, ayat, subbagian the sekretariat "terdiri atas")
    counts = {
        ("provinsi", "inspektorat", "A"): (60, 2, 3),
        ("provinsi", "inspektorat", "B"): (60, 4, 2),
        ("provinsi", "inspektorat", "C"): (60, 6, 2),
        ("provinsi", "dinas", "A"): (62, 2, 3),
        ("provinsi", "dinas", "B"): (63, 2, 2),
        ("provinsi", "dinas", "C"): (64, 2, 2),
        ("provinsi", "badan", "A"): (67, 2, 3),
        ("provinsi", "badan", "B"): (68, 2, 2),
        ("provinsi", "badan", "C"): (69, 2, 2),
        ("kabkota", "inspektorat", "A"): (79, 2, 3),
        ("kabkota", "inspektorat", "B"): (79, 4, 2),
        ("kabkota", "inspektorat", "C"): (79, 6, 2),
        ("kabkota", "dinas", "B"): (82, 2, 2),
        ("kabkota", "dinas", "C"): (83, 2, 2),
        ("kabkota", "badan", "A"): (85, 2, 3),
        ("kabkota", "badan", "B"): (86, 2, 2),
        ("kabkota", "badan", "C"): (87, 2, 2),
    }
    rows = []
    for (level, within, unit_type), (number, ayat, count) in counts.items():
        amended = within == "inspektorat"
        rows.append({
            "level": level, "within": within, "type": unit_type, "min": count,
            **law(pp18(str(number), str(ayat), amended=amended)),
            "effective": PP72_DATE if amended else PP18_DATE,
        })  # fmt: skip
    return {
        "required": {
            "provinsi": ["sekretariat_daerah", "sekretariat_dprd", "inspektorat"],
            "kabkota": ["sekretariat_daerah", "sekretariat_dprd", "inspektorat", "kecamatan"],
        },
        "sekretariat_subbagian": rows,
        **law(pp18("5", "1", level="provinsi"), pp18("5", "2", level="kabkota")),
        "effective": PP18_DATE,
    }


def hospital() -> dict[str, Any]:
    """The rumah sakit Daerah as PP 72/2019 put it into PP 18/2016: its jenis and kelas
    (Pasal 21F, 44E), its sub-units (Pasal 65A-65B for a provinsi, 84A-84B for a
    kab/kota: the same words at both levels) and the eselon of its posts (Pasal 94, 95 as
    worded anew). Read against tests/data/law/pp-72-2019.md (OCR: "Pasal 658" is 65B,
    "848" 84B)."""

    def both(pasal_p: str, pasal_k: str, *ayat: str) -> list[dict[str, Any]]:
        return [pp18(pasal_p, *ayat, level=P, amended=True),
                pp18(pasal_k, *ayat, level=K, amended=True)]  # fmt: skip

    caps: list[dict[str, Any]] = []

    def cap(kind: str, cls: str, parent: str, children: list[str], most: int,
            ayat: str) -> None:  # fmt: skip
        pasal = ("65A", "84A") if kind == "umum" else ("65B", "84B")
        caps.append({"kind": kind, "class": cls, "parent": parent, "children": children,
                     "max": most, **law(*both(*pasal, ayat))})  # fmt: skip

    # Pasal 84A (65A alike): "(1) Rumah sakit umum Daerah kabupaten/kota kelas A terdiri
    # atas paling banyak 4 (empat) wakil direktur. (2) Wakil direktur ... terdiri atas
    # paling banyak 3 (tiga) bidang dan/atau kelompok jabatan fungsional. (3) Wakil direktur
    # ... yang melaksanakan fungsi administrasi umum terdiri atas paling banyak 4 (empat)
    # bagian. (4) Bagian ... terdiri atas paling banyak 3 (tiga) subbagian. (5) Bidang ...
    # membawahkan kelompok jabatan fungsional dan/atau terdiri atas 2 (dua) seksi."
    cap("umum", "A", "rumah_sakit", ["wakil_direktur"], 4, "1")
    # the bidang and bagian are the wakil direktur's (ayat (2), (3)): none under the
    # director himself
    cap("umum", "A", "rumah_sakit", ["bagian", "bidang"], 0, "2")  # caps.rs_deputy
    cap("umum", "A", "wakil_direktur", ["bidang"], 3, "2")
    cap("umum", "A", "wakil_direktur", ["bagian"], 4, "3")
    cap("umum", "A", "bagian", ["subbagian"], 3, "4")
    cap("umum", "A", "bidang", ["seksi"], 2, "5")
    # "(6) ... kelas B terdiri atas paling banyak 3 (tiga) wakil direktur. (7) Wakil
    # direktur ... paling banyak 3 (tiga) bagian/bidang dan/atau kelompok jabatan
    # fungsional. (8) Bagian ... paling banyak 3 (tiga) subbagian. (9) Bidang ... paling
    # banyak 2 (dua) seksi."
    cap("umum", "B", "rumah_sakit", ["wakil_direktur"], 3, "6")
    cap("umum", "B", "rumah_sakit", ["bagian", "bidang"], 0, "7")  # the wakil's (ayat (7))
    cap("umum", "B", "wakil_direktur", ["bagian", "bidang"], 3, "7")
    cap("umum", "B", "bagian", ["subbagian"], 3, "8")
    cap("umum", "B", "bidang", ["seksi"], 2, "9")
    # "(10) ... kelas C terdiri atas 1 (satu) bagian dan paling banyak 3 (tiga) bidang
    # dan/atau kelompok jabatan fungsional. (11) Bagian ... paling banyak 3 (tiga)
    # subbagian. (12) Bidang ... paling banyak 2 (dua) seksi." No wakil direktur.
    cap("umum", "C", "rumah_sakit", ["wakil_direktur"], 0, "10")
    cap("umum", "C", "rumah_sakit", ["bagian"], 1, "10")
    cap("umum", "C", "rumah_sakit", ["bidang"], 3, "10")
    cap("umum", "C", "bagian", ["subbagian"], 3, "11")
    cap("umum", "C", "bidang", ["seksi"], 2, "12")
    # "(13) ... kelas D terdiri atas 1 (satu) subbagian tata usaha dan 2 (dua) seksi."
    cap("umum", "D", "rumah_sakit", ["wakil_direktur", "bagian", "bidang"], 0, "13")
    cap("umum", "D", "rumah_sakit", ["subbagian"], 1, "13")
    cap("umum", "D", "rumah_sakit", ["seksi"], 2, "13")
    # Pasal 84B (65B alike): "(1) Rumah sakit khusus ... kelas A terdiri atas paling banyak
    # 3 (tiga) wakil direktur. (2) Wakil direktur ... paling banyak 3 (tiga) bagian/bidang
    # dan/atau kelompok jabatan fungsional. (3) Bagian ... paling banyak 3 (tiga)
    # subbagian. (4) Bidang ... paling banyak 2 (dua) seksi."
    cap("khusus", "A", "rumah_sakit", ["wakil_direktur"], 3, "1")
    cap("khusus", "A", "rumah_sakit", ["bagian", "bidang"], 0, "2")  # the wakil's (ayat (2))
    cap("khusus", "A", "wakil_direktur", ["bagian", "bidang"], 3, "2")
    cap("khusus", "A", "bagian", ["subbagian"], 3, "3")
    cap("khusus", "A", "bidang", ["seksi"], 2, "4")
    # "(5) ... kelas B terdiri atas 1 (satu) bagian dan paling banyak 2 (dua) bidang
    # dan/atau kelompok jabatan fungsional. (6) Bagian ... paling banyak 2 (dua) subbagian.
    # (7) Bidang ... paling banyak 2 (dua) seksi." No wakil direktur.
    cap("khusus", "B", "rumah_sakit", ["wakil_direktur"], 0, "5")
    cap("khusus", "B", "rumah_sakit", ["bagian"], 1, "5")
    cap("khusus", "B", "rumah_sakit", ["bidang"], 2, "5")
    cap("khusus", "B", "bagian", ["subbagian"], 2, "6")
    cap("khusus", "B", "bidang", ["seksi"], 2, "7")

    grades: list[dict[str, Any]] = []

    def grade(level: str, post: str, kind: str, classes: str, eselon: str, ayat: str) -> None:
        grades.append({"level": level, "post": post, "kind": kind, "classes": list(classes),
                       "eselon": eselon,
                       **law(pp18("94" if level == P else "95", ayat, level=level,
                                  amended=True))})  # fmt: skip

    # Pasal 94 (provinsi) as PP 72/2019 worded it: "(2) ... direktur rumah sakit umum Daerah
    # provinsi kelas A merupakan jabatan eselon II.a"; "(3) ... direktur rumah sakit khusus
    # Daerah provinsi kelas A, direktur rumah sakit umum Daerah provinsi kelas B, dan wakil
    # direktur rumah sakit umum Daerah provinsi kelas A ... eselon II.b"; "(4) ... direktur
    # rumah sakit umum Daerah provinsi kelas C, direktur rumah sakit khusus Daerah provinsi
    # kelas B, wakil direktur rumah sakit umum Daerah provinsi kelas B, dan wakil direktur
    # rumah sakit khusus Daerah provinsi kelas A ... eselon III.a"; "(5) ... direktur rumah
    # sakit umum Daerah provinsi kelas D, kepala bagian dan kepala bidang pada rumah sakit
    # umum Daerah provinsi kelas A, kelas B, dan kelas C serta kepala bagian dan kepala
    # bidang pada rumah sakit khusus Daerah provinsi kelas A dan kelas B ... eselon III.b";
    # "(6) ... kepala subbagian pada rumah sakit Daerah Provinsi, dan kepala seksi pada
    # rumah sakit Daerah Provinsi ... eselon IV.a".
    grade(P, "rumah_sakit", "umum", "A", "IIa", "2")
    grade(P, "rumah_sakit", "khusus", "A", "IIb", "3")
    grade(P, "rumah_sakit", "umum", "B", "IIb", "3")
    grade(P, "wakil_direktur", "umum", "A", "IIb", "3")
    grade(P, "rumah_sakit", "umum", "C", "IIIa", "4")
    grade(P, "rumah_sakit", "khusus", "B", "IIIa", "4")
    grade(P, "wakil_direktur", "umum", "B", "IIIa", "4")
    grade(P, "wakil_direktur", "khusus", "A", "IIIa", "4")
    grade(P, "rumah_sakit", "umum", "D", "IIIb", "5")
    for post in ("bagian", "bidang"):
        grade(P, post, "umum", "ABC", "IIIb", "5")
        grade(P, post, "khusus", "AB", "IIIb", "5")
    for post in ("subbagian", "seksi"):
        grade(P, post, "umum", "ABCD", "IVa", "6")
        grade(P, post, "khusus", "AB", "IVa", "6")
    # Pasal 95 (kab/kota) as PP 72/2019 worded it: "(2) ... direktur rumah sakit umum Daerah
    # kabupaten/kota kelas A dan kelas B, dan direktur rumah sakit khusus Daerah
    # kabupaten/kota kelas A ... eselon II.b"; "(3) ... direktur rumah sakit umum Daerah
    # kabupaten/kota kelas C, direktur rumah sakit khusus Daerah kabupaten/kota kelas B,
    # wakil direktur rumah sakit umum Daerah kabupaten/kota kelas A dan kelas B, dan wakil
    # direktur rumah sakit khusus Daerah kabupaten/kota kelas A ... eselon III.a"; "(4) ...
    # direktur rumah sakit umum Daerah kabupaten/kota kelas D, kepala bagian dan kepala
    # bidang pada rumah sakit umum Daerah kabupaten/kota kelas A, kelas B, dan kelas C, dan
    # rumah sakit khusus Daerah kabupaten/kota kelas A dan kelas B ... eselon III.b"; "(5)
    # ... kepala subbagian pada rumah sakit Daerah kabupaten/ kota, dan kepala seksi pada
    # rumah sakit Daerah kabupaten/kota ... eselon IV.a".
    grade(K, "rumah_sakit", "umum", "AB", "IIb", "2")
    grade(K, "rumah_sakit", "khusus", "A", "IIb", "2")
    grade(K, "rumah_sakit", "umum", "C", "IIIa", "3")
    grade(K, "rumah_sakit", "khusus", "B", "IIIa", "3")
    grade(K, "wakil_direktur", "umum", "AB", "IIIa", "3")
    grade(K, "wakil_direktur", "khusus", "A", "IIIa", "3")
    grade(K, "rumah_sakit", "umum", "D", "IIIb", "4")
    for post in ("bagian", "bidang"):
        grade(K, post, "umum", "ABC", "IIIb", "4")
        grade(K, post, "khusus", "AB", "IIIb", "4")
    for post in ("subbagian", "seksi"):
        grade(K, post, "umum", "ABCD", "IVa", "5")
        grade(K, post, "khusus", "AB", "IVa", "5")
    return {
        # "Klasifikasi rumah sakit umum Daerah kabupaten/kota terdiri atas: a. ... kelas A;
        # b. ... kelas B; c. ... kelas C; dan d. ... kelas D" (Pasal 44E ayat (3));
        # "Klasifikasi rumah sakit khusus ... terdiri atas: a. ... kelas A; dan b. ... kelas
        # B" (ayat (4)). A provinsi: umum A to C (Pasal 21F ayat (3)), D with the Minister's
        # consent (ayat (6)), khusus A and B (ayat (4)).
        "classes": {"umum": list("ABCD"), "khusus": list("AB")},
        "caps": caps,
        "grades": grades,
        **law(
            pp18("21F", level=P, amended=True),
            pp18("44E", level=K, amended=True),
            *RS_SUB_UNITS,
            *ESELON_PASAL,
        ),
        "effective": PP72_DATE,
    }


LIMITS: dict[str, Any] = {
    "caps": caps(),
    "cap_exceptions": [
        {
            "parents": ["dinas", "badan"],
            "children": ["bidang"],
            "urusan": ["1.03", "3.27", "5.02"],
            "extra": 2,
            # Pasal 73 ayat (2), 90 ayat (2): not once the urusan is split in 2 dinas/badan
            "unless_split": True,
            # Pasal 72 (provinsi), 89 (kab/kota), one paragraph each: "dapat memiliki 2 (dua)
            # bidang lebih banyak dari ketentuan yang berlaku bagi dinas/badan lain"
            **law(pp18("72", level=P), pp18("89", level=K)),
            "effective": PP18_DATE,
        },
        {
            "parents": ["dinas"],
            "children": ["bidang"],
            "urusan": ["2.18"],
            "type": "C",
            "extra": 1,
            # only "Dalam hal ... memperoleh nilai kurang dari 401 (empat ratus satu)": the
            # score after the geographic factor (Pasal 107 ayat (1)) below this
            "below_score": 401,
            # "dinas penanaman modal dan pelayanan terpadu satu pintu tipe C yang membawahi
            # paling banyak 3 (tiga) bidang" (17(5), 39(5))
            **law(pp18("17", "5", level=P), pp18("39", "5", level=K)),
            "effective": PP18_DATE,
        },
        {
            "parents": ["dinas"],
            "children": ["bidang"],
            "min_urusan": 2,
            "extra": 1,
            # "dapat dinaikkan 1 (satu) tingkat lebih tinggi atau mendapat tambahan 1 (satu)
            # bidang" (18(6), 40(6)): not for a dinas typed one level above its score
            # (rbdesk.analysis.checks.typology.raised)
            **law(pp18("18", "6", level=P), pp18("40", "6", level=K)),
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
        # no pasal states these: they follow from the eselon of each post (Pasal 94, 95 as
        # amended by PP 72/2019; regulation.md section 1.4), hence "derived"
        **derived(*ESELON_PASAL),
        "effective": PP72_DATE,
    },
    "simplification": {
        # regulation.md §2 (issue 12 item 6): pengawas posts stay only for the kasubag TU
        # "atau sebutan lain" of the Setda, in a sekretariat of a dinas, badan, the Setwan
        # or the inspektorat, for procurement, in a RS, a UPT, a kecamatan or kelurahan, and
        # for an urusan that pemetaan puts at seksi level; every other seksi, subbidang
        # or subbagian under a bidang or a bagian goes, at both levels (the instruments
        # are not in law/: the finding stays unconfirmed)
        "levels": ["provinsi", "kabkota"],
        "parents": ["bidang", "bagian"],
        "children": ["seksi", "subbidang", "subbagian"],
        "exempt_within": [
            "rumah_sakit",
            "upt",
            "kecamatan",
            "kelurahan",
            "cabang_dinas",
            "sekretariat",
            "sekretariat_dprd",
        ],
        # PP 18/2016 Pasal 18 ayat (10) and Pasal 40 ayat (10): an urusan too small for a
        # dinas or a bidang ("kurang dari atau sama dengan 300 ... setingkat seksi/subbidang",
        # Lampiran langkah 4) goes to the Setda as one more subbagian
        "exempt_max_score": 300,
        "exempt_name_words": ["pengadaan barang", "tata usaha", "pbj"],
        **law(instrument(PERMENPANRB_25), instrument(SURAT_MENDAGRI)),
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
        # A narrow OPD is told to consider a merger: the law lets only a dinas or a badan
        # merge, within its rumpun (Pasal 18, 27, 40, 48, 54); a Sekretariat Daerah,
        # Sekretariat DPRD and Inspektorat always exist (Pasal 5), a kecamatan is a
        # territory
        "narrow_kinds": ["dinas", "badan"],
        # Units whose span the law fixes: never told to merge with their one sub-unit
        # (spans.one_over_one, spans.chain) or a sibling (spans.narrow). A unit of kind
        # "parent" whose line children are all of "children" (any, when null). Beyond
        # these, spans reports no link whose two units the catalogue does not let merge.
        "exempt": [
            # the head of the region over the OPDs the law sets (a plan of one office)
            {"parent": "kepala_daerah", "children": None, **law(uu23("59", "1"), *KINDS)},
            # "Sekretariat Daerah ... tipe A terdiri atas paling banyak 3 (tiga) asisten.
            # (2) Asisten ... terdiri atas paling banyak 4 (empat) bagian." (Pasal 74-76);
            # provinsi: asisten, biro, bagian (Pasal 55-57)
            {
                "parent": "asisten",
                "children": ["bagian", "biro"],
                **law(
                    pp18("55", "2", level=P),
                    pp18("56", "2", level=P),
                    pp18("57", "2", level=P),
                    pp18("74", "2", level=K),
                    pp18("75", "2", level=K),
                    pp18("76", "2", level=K),
                ),
            },
            {
                "parent": "biro",
                "children": ["bagian"],
                **law(pp18("55", "3", level=P), pp18("56", "3", level=P), pp18("57", "3", level=P)),
            },
            # "Kelurahan merupakan perangkat kecamatan" (Pasal 52 ayat (1))
            {"parent": "kecamatan", "children": ["kelurahan"], **law(pp18("52", "1", level=K))},
            # a rumah sakit Daerah is "unit organisasi bersifat khusus" of the health urusan
            # (PP 72/2019: Pasal 21 ayat (1), 43 ayat (1))
            {
                "parent": "dinas",
                "children": ["rumah_sakit"],
                **law(
                    pp18("21", "1", level=P, amended=True), pp18("43", "1", level=K, amended=True)
                ),
            },
            # a rumah sakit Daerah and its wakil direktur consist of what PP 72/2019 sets
            # by jenis and kelas ("Rumah sakit umum Daerah kabupaten/kota kelas C terdiri
            # atas 1 (satu) bagian dan paling banyak 3 (tiga) bidang", Pasal 84A ayat (10);
            # provinsi Pasal 65A-65B, kab/kota 84A-84B): never merged with a sub-unit
            *(
                {
                    "parent": parent,
                    "children": None,
                    **law(*RS_SUB_UNITS),
                }
                for parent in ("rumah_sakit", "wakil_direktur")
            ),
            # a UPT's one subbagian tata usaha: kab/kota kelas A (Pasal 84 ayat (1), 88 ayat
            # (1)), provinsi kelas B (Pasal 65 ayat (2), 71 ayat (2)); a cabang dinas kelas
            # B (Pasal 66 ayat (2))
            {
                "parent": "upt",
                "children": ["subbagian"],
                **law(
                    pp18("65", "2", level=P),
                    pp18("71", "2", level=P),
                    pp18("84", "1", level=K),
                    pp18("88", "1", level=K),
                ),
            },
            {"parent": "cabang_dinas", "children": ["subbagian"], **law(pp18("66", "2", level=P))},
            # "Sekretariat sebagaimana dimaksud pada ayat (1) terdiri atas 2 (dua) subbagian"
            # (Pasal 82 ayat (2) and the like): the law sets the sekretariat's subbagian
            {
                "parent": "sekretariat",
                "children": ["subbagian"],
                **law(
                    pp18("60", "2", "4", "6", level=P, amended=True),
                    pp18("62", "2", level=P),
                    pp18("63", "2", level=P),
                    pp18("64", "2", level=P),
                    pp18("67", "2", level=P),
                    pp18("68", "2", level=P),
                    pp18("69", "2", level=P),
                    pp18("79", "2", "4", "6", level=K, amended=True),
                    pp18("81", "2", level=K),
                    pp18("82", "2", level=K),
                    pp18("83", "2", level=K),
                    pp18("85", "2", level=K),
                    pp18("86", "2", level=K),
                    pp18("87", "2", level=K),
                    pp18("91", "2", level=K),
                    pp18("92", "2", level=K),
                ),
            },
        ],
        **SPAN_PRACTICE,
    },
    "overlap": {
        "holder_kinds": ["sekretariat_daerah", "sekretariat_dprd", "inspektorat", "dinas", "badan"],
        "lawful_splits": {"1.03": 2, "3.27": 2, "5.02": 2, "1.05": 3},
        "ignored_classes": ["pendukung", "pengawasan", "kewilayahan"],
        "mandatory_classes": ["wajib_pelayanan_dasar", "wajib_non_pelayanan_dasar"],
        "max_urusan_per_dinas": 3,
        "max_functions_per_badan": 2,
        # Pasal 73 ayat (1), 90 ayat (1): "nilai 951 ... sampai dengan 975 ... 2 (dua)
        # dinas/badan tipe B ... di atas 975 ... 2 (dua) dinas/badan tipe A". The score is
        # the mapping's result after the geographic factor (Pasal 107 ayat (1)).
        "score_splits": {
            "urusan": ["1.03", "3.27", "5.02"],
            "bands": [{"type": "B", "min": 951, "max": 975}, {"type": "A", "above": 975}],
            # the pasal of the 2 more bidang that a split ends (Pasal 73 ayat (2), 90 (2))
            "extra_pasal": {"provinsi": "72", "kabkota": "89"},
        },
        # Pasal 37 ayat (7), 38 (provinsi: 15 ayat (7), 16) and 117: 1.05 is split by
        # sub-urusan, not by a count of holders. Names are read where no sub-urusan is
        # recorded (rbdesk.analysis.holders).
        "parts": {
            "urusan": "1.05",
            "roles": [
                {
                    "id": "tramtib",
                    "sub_urusan": "1.05.1",
                    "words": ["polisi pamong praja", "satpol"],
                },
                {
                    "id": "bencana",
                    "sub_urusan": "1.05.2",
                    "words": ["penanggulangan bencana", "bpbd"],
                },
                {"id": "kebakaran", "sub_urusan": "1.05.3", "words": ["kebakaran", "damkar"]},
            ],
            # the parts only a dinas may run (Pasal 37 ayat (7) huruf a and b, Pasal 38)
            "dinas_parts": ["tramtib", "kebakaran"],
            "cite": [
                pp18("15", "7", level="provinsi"),
                pp18("16", level="provinsi"),
                pp18("37", "7", level="kabkota"),
                pp18("38", level="kabkota"),
            ],
        },
        # OPDs PP 18/2016 does not type and cap as an ordinary dinas or badan; their own
        # regulations (the Satpol PP and disaster-management rules) are not in law/.
        "own_rules": [
            {
                "id": "satpol_pp",
                "part": "tramtib",
                "name": {"id": "satuan polisi pamong praja", "en": "satuan polisi pamong praja"},
                "rules": {
                    "id": "peraturan tentang satuan polisi pamong praja",
                    "en": "the regulation on the satuan polisi pamong praja",
                },
                "cite": [uu23("256", "7")],
            },
            {
                "id": "bpbd",
                "part": "bencana",
                "name": {"id": "BPBD", "en": "BPBD"},
                "rules": {
                    "id": "peraturan perundang-undangan penanggulangan bencana",
                    "en": "the disaster-management law",
                },
                "cite": [pp18("117")],
            },
            {
                "id": "kesbangpol",
                "urusan": ["8.01"],
                "words": ["kesatuan bangsa", "kesbangpol"],
                "name": {"id": "kesbangpol", "en": "kesbangpol"},
                "rules": {
                    "id": "peraturan tentang urusan pemerintahan umum",
                    "en": "the regulation on general government affairs",
                },
                "cite": [pp18("122")],
            },
        ],
        # Pasal 15 ayat (3), 37 ayat (3): the urusan wajib berkaitan dengan pelayanan dasar
        "basic_service_classes": ["wajib_pelayanan_dasar"],
        # the pasal of a merger, of the Setda route and of a score of 0 (Pasal 18, 40)
        "merge_pasal": {"provinsi": "18", "kabkota": "40"},
        **law(
            pp18("15", "6", "7", level=P),
            pp18("18", "3", "4", "5", level=P),
            pp18("27", "3", "4", level=P),
            pp18("73", "1", level=P),
            pp18("37", "6", "7", level=K),
            pp18("40", "3", "4", "5", level=K),
            pp18("48", "3", "4", level=K),
            pp18("90", "1", level=K),
            pp18("117", "1"),
        ),
        "effective": PP18_DATE,
    },
    "typology": {
        "groups": [
            {
                "id": "core",
                "kinds": ["sekretariat_daerah", "sekretariat_dprd", "inspektorat"],
                "urusan": ["5.01", "5.02"],
                "thresholds": {"A": 800, "B": 600, "C": 0},
                # "c. ... tipe C apabila hasil perhitungan nilai variabel kurang dari atau
                # sama dengan 600 (enam ratus)" (Pasal 53 ayat (1) huruf c): no floor, so
                # a score of 0 is tipe C; these bodies always exist (Pasal 5)
                "lowest_open": True,
                # the Setda, Setwan, Inspektorat and the perencanaan and keuangan functions
                **law(pp18("53", "1")),
            },
            {
                "id": "dinas_badan",
                "kinds": ["dinas", "badan"],
                "thresholds": {"A": 800, "B": 600, "C": 400},
                "bidang": 300,
                # dinas and badan (ayat (2)); a basic-service dinas at least tipe C (ayat (3))
                **law(pp18("53", "2", "3")),
            },
            {
                "id": "kecamatan",
                "kinds": ["kecamatan"],
                "thresholds": {"A": 600, "B": 0},
                # "b. kecamatan tipe B apabila hasil perhitungan nilai variabel kurang dari
                # atau sama dengan 600 (enam ratus)" (Pasal 53 ayat (4) huruf b)
                "lowest_open": True,
                **law(pp18("53", "4", level=K)),
            },
        ],
        "forced_c_classes": ["wajib_pelayanan_dasar"],
        # "Dalam hal ... penanaman modal memperoleh nilai kurang dari 401 (empat ratus
        # satu), diwadahi dalam dinas penanaman modal dan pelayanan terpadu satu pintu
        # tipe C" (Pasal 17 ayat (5), 39 ayat (5)): a dinas, never a bidang elsewhere
        "forced_c_urusan": ["2.18"],
        # Pasal 107 ayat (4): the factor "tidak berlaku bagi sekretariat DPRD, Urusan
        # Pemerintahan Daerah provinsi dan kabupaten/kota bidang kearsipan dan persandian,
        # Urusan Pemerintahan Daerah kabupaten/kota bidang kehutanan, serta bidang energi
        # dan sumber daya mineral": those urusan, not a unit merging one of them with
        # another (typology.check: a unit whose every main urusan is exempt)
        "geo_exempt_kinds": ["sekretariat_dprd"],
        "geo_exempt_urusan": {
            "provinsi": ["2.21", "2.24"],
            "kabkota": ["2.21", "2.24", "3.28", "3.29"],
        },
        # a merged dinas "dapat dinaikkan 1 (satu) tingkat lebih tinggi atau mendapat
        # tambahan 1 (satu) bidang" (Pasal 18 ayat (6), 40 ayat (6))
        **law(
            pp18("53", "1", "2", "3", "5"),
            pp18("53", "4", level=K),
            pp18("107", "1", "4"),
            pp18("17", "5", level=P),
            pp18("18", "6", level=P),
            pp18("39", "5", level=K),
            pp18("40", "6", level=K),
        ),
        "effective": PP18_DATE,
    },
    # The eselon of each post: Pasal 94 (provinsi) and 95 (kab/kota) as PP 72/2019 worded
    # them anew, one eselon per ayat ("(4) Kepala bidang pada dinas dan badan, sekretaris
    # kecamatan, ... merupakan jabatan eselon III.b", Pasal 95); a finding of
    # grades.eselon_mismatch cites the ayat of the eselon expected.
    "grades": {
        "cite": ESELON_PASAL,
        "ayat_by_eselon": {
            P: {
                "Ib": "1",
                "IIa": "2",
                "IIb": "3",
                "IIIa": "4",
                "IIIb": "5",
                "IVa": "6",
                "IVb": "7",
            },
            K: {"IIa": "1", "IIb": "2", "IIIa": "3", "IIIb": "4", "IVa": "5", "IVb": "6"},
        },
        "effective": PP72_DATE,
    },
    "text": {
        "threshold": 0.6,
        "template_min": 4,
        # every kecamatan carries the same duties for its own territory by law: units of
        # different kecamatan are not compared with each other, only with other OPDs
        "shared_group_kinds": ["kecamatan"],
    },
    "composition": composition(),
    "hospital": hospital(),
    "authority": {
        # UU 23/2014 Pasal 14 ayat (1) dan (2) (kehutanan: only the TAHURA kabupaten/kota),
        # ayat (1) dan (4) (ESDM: only the direct use of geothermal heat); Lampiran I huruf
        # BB and CC give the kab/kota column accordingly (sub-urusan 3.28.3 and 3.29.4).
        "narrow_urusan": {
            "provinsi": [],
            "kabkota": [
                {"urusan": "3.28", **law(uu23("14", "1", "2"), uu23(part="Lampiran I"))},
                {
                    "urusan": "3.29",
                    # a later law on this urusan, not in law/ (the finding names it as such)
                    "later": {
                        "id": "UU 3/2020 tentang pertambangan mineral dan batubara",
                        "en": "UU 3/2020 on mineral and coal mining",
                    },
                    **law(uu23("14", "1", "4"), uu23(part="Lampiran I")),
                },
            ],
        },
        **law(uu23("14")),
        "effective": UU23_DATE,
    },
}

PACK = {
    "pack": "pp18-2016",
    "version": "2019.1",
    "title": {
        "id": "PP 18/2016 tentang Perangkat Daerah sebagaimana telah diubah dengan PP 72/2019, "
              "dan penyederhanaan birokrasi 2021",
        "en": "PP 18/2016 on regional work units as amended by PP 72/2019, and the 2021 "
              "simplification of the bureaucracy",
    },
    # Every regulation a citation names, with the date it took effect, read from the
    # texts in ../shared/reference/law/ where they are there ("text"); the others are not,
    # so what the pack says of them stays unconfirmed.
    "regulations": [
        {"id": PP18, "effective": PP18_DATE, "text": "pp-18-2016.md",
         "note": "ditetapkan 15 Juni 2016, diundangkan 19 Juni 2016 (LN 2016 No. 114, TLN "
                 "5887); berlaku sejak diundangkan (Pasal 126)"},
        {"id": PP72, "effective": PP72_DATE, "text": "pp-72-2019.md",
         "note": "ditetapkan 14 Oktober 2019, diundangkan 15 Oktober 2019 (LN 2019 No. 187, "
                 "TLN 6402); berlaku sejak diundangkan (Pasal II); mengubah PP 18/2016 "
                 "(inspektorat, rumah sakit Daerah, eselon Pasal 94-95)"},
        {"id": UU23, "effective": UU23_DATE, "text": "uu-23-2014.md",
         "note": "disahkan 30 September 2014, diundangkan 2 Oktober 2014 (LN 2014 No. 244, "
                 "TLN 5587); berlaku sejak diundangkan (Pasal 411); Lampiran as of 2014, "
                 "later amendments (UU 2/2015, UU 9/2015 and after) not in law/"},
        {"id": PERMENPANRB_25, "effective": None,
         "note": "penyederhanaan struktur organisasi pada instansi pemerintah; text not in "
                 "law/ (regulation.md section 2 saw its title only): unconfirmed"},
        {"id": SURAT_MENDAGRI, "effective": "2021-04-22",
         "note": "dated 22 April 2021 as regulation.md section 2 (source S6) reads it; text "
                 "not in law/: unconfirmed; simplification to be completed by 30 June 2021"},
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

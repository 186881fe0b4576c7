"""Indonesian translations of the window's strings, written into
``resources/i18n/rbdesk_id.ts`` and compiled to ``rbdesk_id.qm``.

Workflow after changing visible strings in ``rbdesk/ui``::

    pyside6-lupdate rbdesk/ui/*.py -ts resources/i18n/rbdesk_id.ts -no-obsolete
    python tools/translations_id.py      # fills the translations below, runs lrelease

A test fails when a source string has no translation here.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "rbdesk_id.ts"
QM = TS.with_suffix(".qm")

ID: dict[str, str] = {
    "&File": "&Berkas",
    "&Edit": "&Sunting",
    "&View": "&Tampilan",
    "&Analysis": "&Analisis",
    "&Help": "Ban&tuan",
    "'{path}' holds no scenario": "'{path}' tidak memuat skenario",
    "'{path}' is open read-only; the change was not made":
        "'{path}' terbuka hanya-baca; perubahan tidak dibuat",
    "<opened>": "<dibuka>",
    "A unit needs a name; the change was not saved.":
        "Unit harus bernama; perubahan tidak disimpan.",
    "About rbdesk": "Tentang rbdesk",
    "Actual size (100%)": "Ukuran asli (100%)",
    "Add IKU “{name}”": "Tambah IKU “{name}”",
    "Add position “{title}”": "Tambah jabatan “{title}”",
    "Add “{name}”": "Tambah “{name}”",
    "All families": "Semua kelompok",
    "All severities": "Semua tingkat",
    "Cannot create the proposal": "Usulan tidak dapat dibuat",
    "Cannot delete the scenario": "Skenario tidak dapat dihapus",
    "Cannot move: {reason}": "Tidak dapat dipindahkan: {reason}",
    "Cannot open the plan": "Rencana tidak dapat dibuka",
    "Cannot rename the scenario": "Nama skenario tidak dapat diubah",
    "Cannot save the copy": "Salinan tidak dapat disimpan",
    "Check now": "Periksa sekarang",
    "Close": "Tutup",
    "Copy saved: {path}": "Salinan disimpan: {path}",
    "Delete IKU": "Hapus IKU",
    "Delete IKU “{name}”": "Hapus IKU “{name}”",
    "Delete position": "Hapus jabatan",
    "Delete position “{title}”": "Hapus jabatan “{title}”",
    "Delete scenario": "Hapus skenario",
    "Delete scenario…": "Hapus skenario…",
    "Delete the scenario '{name}' and everything in it? This cannot be undone.":
        "Hapus skenario '{name}' beserta seluruh isinya? Tindakan ini tidak dapat dibatalkan.",
    "Delete “{name}”": "Hapus “{name}”",
    "Edit IKU “{name}”": "Ubah IKU “{name}”",
    "Edit position “{title}”": "Ubah jabatan “{title}”",
    "Edit “{name}”": "Ubah “{name}”",
    "Errors": "Galat",
    "Eselon": "Eselon",
    "Expand all": "Buka semua",
    "Expand to level {n}": "Buka sampai tingkat {n}",
    "Findings": "Temuan",
    "Fit to window": "Muat di jendela",
    "Fungsi": "Fungsi",
    "History": "Riwayat",
    "IKU": "IKU",
    "Information": "Informasi",
    "Inspector": "Rincian",
    "Kind": "Jenis",
    "Language": "Bahasa",
    "Layers": "Lapisan",
    "Level authority": "Kewenangan tingkat daerah",
    "Move “{name}”": "Pindahkan “{name}”",
    "Name": "Nama",
    "Name of the proposal:": "Nama usulan:",
    "New name:": "Nama baru:",
    "New plan…": "Rencana baru…",
    "New proposal": "Usulan baru",
    "New proposal…": "Usulan baru…",
    "Notes": "Catatan",
    "Open plan": "Buka rencana",
    "Open…": "Buka…",
    "Overlapping tasks": "Tugas tumpang tindih",
    "Overlapping urusan": "Urusan tumpang tindih",
    "Positions": "Jabatan",
    "Proposal {n}": "Usulan {n}",
    "Quit": "Keluar",
    "Read-only: another window or program has this plan open, or the file cannot be written":
        "Hanya-baca: rencana ini sedang dibuka jendela atau program lain, atau berkas tidak "
        "dapat ditulis",
    "Recent files": "Berkas terakhir",
    "Redo": "Ulangi",
    "Rename scenario": "Ganti nama skenario",
    "Rename scenario…": "Ganti nama skenario…",
    "Rename to “{name}”": "Ganti nama menjadi “{name}”",
    "Save a copy": "Simpan salinan",
    "Save a copy…": "Simpan salinan…",
    "Scenario:": "Skenario:",
    "Search units…": "Cari unit…",
    "Select a unit in the tree or the chart": "Pilih unit pada pohon atau bagan",
    "Set the urusan of “{name}”": "Tetapkan urusan “{name}”",
    "Short name": "Nama singkat",
    "Spans of control": "Rentang kendali",
    "Staff needed": "Kebutuhan pegawai",
    "Staff now": "Pegawai saat ini",
    "Structure": "Struktur",
    "Sub-unit caps": "Batas sub-unit",
    "Toolbar": "Bilah alat",
    "Tugas": "Tugas",
    "Type": "Tipe",
    "Undo": "Batalkan",
    "Urusan": "Urusan",
    "Warnings": "Peringatan",
    "Zoom in": "Perbesar",
    "Zoom out": "Perkecil",
    "a number of positions cannot be negative": "jumlah jabatan tidak boleh negatif",
    "a plan keeps at least one scenario": "rencana harus memiliki sedikitnya satu skenario",
    "a position among siblings cannot be negative":
        "urutan di antara unit sejajar tidak boleh negatif",
    "a position needs a title": "jabatan harus bernama",
    "an IKU needs an indicator": "IKU harus memiliki indikator",
    "main": "utama",
    "parent unit {id} does not exist": "unit atasan {id} tidak ada",
    "{name} (proposal)": "{name} (usulan)",
    "rbdesk plans (*.rbd)": "Rencana rbdesk (*.rbd)",
    "rbdesk {version}: planning the restructuring of regional work units, offline.":
        "rbdesk {version}: perencanaan penataan perangkat daerah, tanpa jaringan.",
    "staff {existing}/{needed}": "pegawai {existing}/{needed}",
    "supporting": "pendukung",
    "the records belong to another scenario": "data tersebut milik skenario lain",
    "unit {id} already exists": "unit {id} sudah ada",
    "unit {id} does not exist in this scenario": "unit {id} tidak ada dalam skenario ini",
    "unknown eselon '{e}' (known: {known})": "eselon '{e}' tidak dikenal (yang dikenal: {known})",
    "unknown position category '{c}'": "kategori jabatan '{c}' tidak dikenal",
    "unknown urusan role '{role}'": "peran urusan '{role}' tidak dikenal",
    "urusan {codes} assigned more than once": "urusan {codes} ditetapkan lebih dari sekali",
    "{errors} errors, {warnings} warnings, {total} findings":
        "{errors} galat, {warnings} peringatan, {total} temuan",
    "{units} units in {scenario}": "{units} unit dalam {scenario}",
    "{what} {id} does not exist in this scenario": "{what} {id} tidak ada dalam skenario ini",
    "type {code}": "tipe {code}",
    "Add child unit": "Tambah unit bawahan",
    "Delete": "Hapus",
    "Collapse": "Ciutkan",
    "Expand": "Bentangkan",
    "New {kind}": "{kind} baru",
    "Delete unit": "Hapus unit",
    "Delete '{name}' and the {n} units below it? Undo brings them back.":
        "Hapus '{name}' beserta {n} unit di bawahnya? Perintah Batalkan dapat "
        "mengembalikannya.",
    "rumpun {id}": "rumpun {id}",
    "'{path}' is the plan open in this window; choose another name.":
        "'{path}' adalah rencana yang terbuka di jendela ini; pilih nama lain.",
    'A plan needs the name of its region.': 'Rencana harus memuat nama daerahnya.',
    'A position needs a title; nothing was saved.':
        'Jabatan harus bernama; tidak ada yang disimpan.',
    'A region code is digits separated by dots, such as 35.16.':
        'Kode daerah berupa angka yang dipisahkan titik, misalnya 35.16.',
    'Add…': 'Tambah…',
    'Already assigned to this unit': 'Sudah ditetapkan pada unit ini',
    'An IKU needs an indicator; nothing was saved.':
        'IKU harus memuat indikator; tidak ada yang disimpan.',
    'Assign an urusan': 'Tetapkan urusan',
    'Assign…': 'Tetapkan…',
    'Cancel': 'Batal',
    'Cannot create the plan': 'Rencana tidak dapat dibuat',
    'Category': 'Kategori',
    'Choose an urusan or sub-urusan from the list.': 'Pilih urusan atau sub-urusan dari daftar.',
    'City (kota)': 'Kota',
    'Code': 'Kode',
    'Current condition': 'Kondisi Saat Ini',
    'Edit…': 'Ubah…',
    'Geographic difficulty factor used by the typology (1.0 when none applies)':
        'Faktor kesulitan geografis untuk tipologi (1,0 bila tidak berlaku)',
    'Geographic factor': 'Faktor geografis',
    'Indicator': 'Indikator',
    'Key performance indicator (IKU)': 'Indikator kinerja utama (IKU)',
    'Level': 'Tingkat pemerintahan',
    'Main/supporting': 'Utama/penunjang',
    'Measure': 'Satuan',
    'Needed': 'Butuh',
    'New plan': 'Rencana baru',
    'New plan: {path}': 'Rencana baru: {path}',
    'Now': 'Ada',
    'OK': 'OK',
    'Position': 'Jabatan',
    'Preparing unit': 'Unit penyusun',
    'Province': 'Provinsi',
    'Regency (kabupaten)': 'Kabupaten',
    'Region code': 'Kode daerah',
    'Region name': 'Nama daerah',
    'Remove': 'Hapus',
    'Role': 'Peran',
    'Rumpun': 'Rumpun',
    'Save the new plan as': 'Simpan rencana baru sebagai',
    'Search by code or name, e.g. 2.08 or pangan':
        'Cari menurut kode atau nama, misalnya 2.08 atau pangan',
    'Target': 'Target',
    'This urusan is already assigned to the unit.':
        'Urusan ini sudah ditetapkan pada unit tersebut.',
    'Title': 'Nama jabatan',
    'Unit of measure': 'Satuan ukur',
    'e.g. 35.16': 'mis. 35.16',
    'e.g. Bagian Organisasi Setda': 'mis. Bagian Organisasi Setda',
    'e.g. Kabupaten Sukamaju': 'mis. Kabupaten Sukamaju',
    'functional': 'fungsional',
    'pelaksana': 'pelaksana',
    'structural': 'struktural',
    '(none: the current structure and its findings)':
        '(tidak ada: struktur saat ini dan temuannya)',
    'A PDF is being written; wait for it.': 'PDF sedang ditulis; tunggu hingga selesai.',
    'A3 (297 × 420 mm)': 'A3 (297 × 420 mm)',
    'A4 (210 × 297 mm)': 'A4 (210 × 297 mm)',
    'Approved by': 'Disetujui oleh',
    'Browse…': 'Telusuri…',
    'Cannot write the PDF': 'PDF tidak dapat ditulis',
    'Checked by': 'Diperiksa oleh',
    'Current structure': 'Struktur saat ini',
    'Edit the plan details': 'Ubah rincian rencana',
    'Export PDF': 'Ekspor PDF',
    'Export PDF…': 'Ekspor PDF…',
    'F4 (215 × 330 mm)': 'F4 (215 × 330 mm)',
    'File': 'Berkas',
    ("NIP '{nip}' is not valid: a NIP has 18 digits, the birth date (YYYYMMDD), the month of "
     'appointment (YYYYMM), the sex (1 or 2) and a serial number.'):
        ("NIP '{nip}' tidak sah: NIP terdiri atas 18 angka, yaitu tanggal lahir (TTTTBBHH), "
         'bulan pengangkatan (TTTTBB), jenis kelamin (1 atau 2) dan nomor urut.'),
    'NIP (18 digits)': 'NIP (18 angka)',
    'Name the PDF file to write.': 'Sebutkan nama berkas PDF yang akan ditulis.',
    'PDF %p%': 'PDF %p%',
    'PDF documents (*.pdf)': 'Dokumen PDF (*.pdf)',
    'PDF export cancelled; nothing was written.': 'Ekspor PDF dibatalkan; tidak ada yang ditulis.',
    'PDF export failed.': 'Ekspor PDF gagal.',
    'PDF written: {path} ({pages} pages)': 'PDF selesai ditulis: {path} ({pages} halaman)',
    'Paper': 'Kertas',
    'Plan details': 'Rincian rencana',
    'Plan details and signatures…': 'Rincian rencana dan tanda tangan…',
    'Prepared by': 'Disiapkan oleh',
    'Proposal': 'Usulan',
    'Signatures on the proposal': 'Tanda tangan pada usulan',
    "The folder '{folder}' does not exist.": "Folder '{folder}' tidak ada.",
    'Title (jabatan)': 'Jabatan',
    'Writing {path}…': 'Menulis {path}…',
    'a plan needs the name of its region': 'rencana harus memuat nama daerahnya',
    'the level of government of a plan cannot change':
        'tingkat pemerintahan suatu rencana tidak dapat diubah',
    '{n} units match': '{n} unit cocok',
    "No unit matches '{text}'": "Tidak ada unit yang cocok dengan '{text}'",
    "'{name}' cannot be moved under '{target}', which lies below it":
        "'{name}' tidak dapat dipindahkan ke bawah '{target}', yang berada di bawahnya",
    "'{name}' cannot be placed under its own descendant":
        "'{name}' tidak dapat ditempatkan di bawah unit bawahannya sendiri",
    'a {kind} must stand under a parent unit': '{kind} harus berada di bawah unit induk',
    'a {kind} cannot stand under a {parent} (allowed: {allowed})':
        '{kind} tidak dapat berada di bawah {parent} (yang diperbolehkan: {allowed})',
    'no parent': 'tanpa induk',
    'a {kind} does not exist at this level of government':
        '{kind} tidak ada pada tingkat pemerintahan ini',
    "'{path}' exists. Replace it?": "'{path}' sudah ada. Ganti?",
    'the report stopped unexpectedly': 'penulisan laporan berhenti tanpa diduga',
    'the report program could not be started': 'program laporan tidak dapat dijalankan',
    "cannot open '{path}': {reason}": "'{path}' tidak dapat dibuka: {reason}",
    'it is a folder': 'itu sebuah folder',
    'it is a folder, not a plan file': 'itu sebuah folder, bukan berkas rencana',
    'it is an SQLite database but not an rbdesk plan':
        'berkas itu basis data SQLite tetapi bukan rencana rbdesk',
    'it is not an rbdesk plan (not an SQLite database)':
        'berkas itu bukan rencana rbdesk (bukan basis data SQLite)',
    "it needs an upgrade to this version's schema but is read-only":
        'berkas perlu ditingkatkan ke skema versi ini tetapi hanya-baca',
    'it was written by a newer version of rbdesk (schema {new}; this version knows up to {known})':
        ('berkas ditulis oleh rbdesk versi yang lebih baru (skema {new}; versi ini hanya '
         'mengenal sampai {known})'),
    'its schema has been altered ({d})': 'skemanya telah diubah ({d})',
    'its schema history is not one rbdesk writes': 'riwayat skemanya bukan yang ditulis rbdesk',
    'no backup could be written before upgrading ({d})':
        'cadangan tidak dapat ditulis sebelum peningkatan ({d})',
    'operation {o} has an unknown kind': 'langkah penataan {o} berjenis tidak dikenal',
    'table {t}, row {r} holds a value of the wrong type':
        'tabel {t}, baris {r} memuat nilai dengan tipe yang salah',
    'the file cannot be opened ({d})': 'berkas tidak dapat dibuka ({d})',
    'the file cannot be read ({d})': 'berkas tidak dapat dibaca ({d})',
    'the file does not exist': 'berkas tidak ada',
    'the file is corrupt ({d})': 'berkas rusak ({d})',
    'the file is empty': 'berkas kosong',
    'the file is truncated ({d})': 'berkas terpotong ({d})',
    ("the upgrade to this version's schema failed ({d}); the file was left as it was and a "
     'backup lies beside it'):
        ('peningkatan ke skema versi ini gagal ({d}); berkas dibiarkan seperti semula dan '
         'cadangannya ada di sampingnya'),
    'a file of that name already exists': 'sudah ada berkas dengan nama itu',
    'the plan cannot be created ({d})': 'rencana tidak dapat dibuat ({d})',
    'it holds data rbdesk cannot read ({d})':
        'berkas memuat data yang tidak dapat dibaca rbdesk ({d})',
    'its signatories cannot be read ({d})': 'data penanda tangannya tidak dapat dibaca ({d})',
    "'{path}' is open in another window or program; it was not replaced":
        "'{path}' sedang terbuka di jendela atau program lain; berkas itu tidak diganti",
    "Only kinds the law allows under this unit's parent and over its children":
        'Hanya jenis yang diperbolehkan hukum di bawah induk unit ini dan di atas unit bawahannya',
}  # fmt: skip


def missing(ts: Path = TS) -> list[str]:
    """Source strings of the .ts file without an Indonesian translation here."""
    tree = ET.parse(ts)
    return sorted({m.findtext("source") or "" for m in tree.iter("message")} - ID.keys())


def fill(ts: Path = TS) -> None:
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if source in ID:
            translation.text = ID[source]
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    fill()
    gaps = missing()
    if gaps:
        print("no translation for:", *gaps, sep="\n  ", file=sys.stderr)
        return 1
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(QM)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Generate the built-in sample region, ``resources/sample/kabupaten_sukamaju.json``.

Kabupaten Sukamaju is fictional: a kabupaten in Jawa Tengah with the OPD set of
PP 18/2016, a current structure with the planted problems listed in
``rbdesk.interchange.sample.PLANTED_PROBLEMS`` and a proposal that fixes all but two
of them through recorded operations.

Run ``python tools/make_sample.py`` after changing this script and commit both files;
a test checks that the committed JSON is exactly what this script writes. The script
is deterministic: no clock and no random generator (counts and scores come from a CRC
of the unit key). It validates the document with ``plan_json.read_document`` before
writing it.
"""

from __future__ import annotations

import argparse
import copy
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from rbdesk.domain.pemetaan import canonical
from rbdesk.interchange.plan_json import FORMAT, VERSION, dump_document, read_document
from rbdesk.interchange.sample import CURRENT_NAME, PLANTED_PROBLEMS, PROPOSAL_NAME, SAMPLE_PARTS
from rbdesk.paths import resource_path

CURRENT_CREATED = "2026-01-12"
PROPOSAL_CREATED = "2026-03-02"

# -- building blocks -------------------------------------------------------------------


def num(seed: str, lo: int, hi: int) -> int:
    """A whole number in ``[lo, hi]`` fixed by ``seed``."""
    return lo + zlib.crc32(seed.encode()) % (hi - lo + 1)


def structural(title: str, eselon: str, seed: str) -> dict[str, Any]:
    vacant = num(seed + "/vacant", 0, 13) == 0
    return {
        "title": title,
        "category": "structural",
        "eselon": eselon,
        "existing": 0 if vacant else 1,
        "needed": 1,
    }


def functional(title: str, seed: str, lo: int = 1, hi: int = 4) -> dict[str, Any]:
    existing = num(seed + "/e", lo, hi)
    return {
        "title": title,
        "category": "functional",
        "eselon": None,
        "existing": existing,
        "needed": existing + num(seed + "/n", 0, 2),
    }


def pelaksana(title: str, seed: str, lo: int = 1, hi: int = 3) -> dict[str, Any]:
    existing = num(seed + "/e", lo, hi)
    return {
        "title": title,
        "category": "pelaksana",
        "eselon": None,
        "existing": existing,
        "needed": max(1, existing + num(seed + "/n", -1, 1)),
    }


def lettered(items: list[str]) -> str:
    """A Perbup-style list: ``a. ...;`` lines, ``; dan`` before the last, ``.`` at the end."""
    lines = []
    for index, item in enumerate(items):
        end = "." if index == len(items) - 1 else "; dan" if index == len(items) - 2 else ";"
        lines.append(f"{chr(ord('a') + index)}. {item}{end}")
    return "\n".join(lines)


def score(key: str, unit_type: str) -> float:
    lo, hi = {"A": (805, 945), "B": (615, 790), "C": (415, 590)}[unit_type]
    return num(key + "/score", lo * 10, hi * 10) / 10


@dataclass
class Node:
    """One unit while the sample is being built; ``children`` keep their order."""

    key: str
    kind: str
    name: str
    short_name: str = ""
    unit_type: str | None = None
    eselon: str | None = None
    tugas: str = ""
    fungsi: str = ""
    workload_score: float | None = None
    notes: str = ""
    urusan: list[dict[str, str]] = field(default_factory=list)
    positions: list[dict[str, Any]] = field(default_factory=list)
    iku: list[dict[str, str]] = field(default_factory=list)
    origins: list[str] = field(default_factory=list)
    sort_order: int = 0
    children: list[Node] = field(default_factory=list)

    def add(self, child: Node) -> Node:
        child.sort_order = max((c.sort_order for c in self.children), default=-1) + 1
        self.children.append(child)
        return child

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()


def main_urusan(*codes: str) -> list[dict[str, str]]:
    return [{"code": code, "role": "main"} for code in codes]


def iku(*rows: tuple[str, str, str]) -> list[dict[str, str]]:
    return [{"indicator": i, "target": t, "measure": m} for i, t, m in rows]


# -- OPD specifications ---------------------------------------------------------------


@dataclass
class BidangSpec:
    slug: str
    name: str
    focus: str
    subs: tuple[str, ...] = ()
    seksi: tuple[str, ...] = ()  # structural seksi still in place (planted problem 3)
    tugas: str = ""  # a text of its own instead of the generated one
    notes: str = ""


@dataclass
class UptSpec:
    slug: str
    name: str
    unit_type: str
    tugas: str
    jf: str = ""
    notes: str = ""


@dataclass
class OpdSpec:
    key: str
    kind: str
    name: str
    short: str
    unit_type: str
    urusan: tuple[str, ...]
    phrase: str  # the urusan in words, for the tugas text
    scope: str
    fungsi: tuple[str, ...]
    bidang: list[BidangSpec]
    jf: tuple[str, ...]
    iku: list[tuple[str, str, str]]
    upt: list[UptSpec] = field(default_factory=list)
    lead: str = ""  # a tugas opening of its own
    score: float | None = None  # the mapping score, where the law turns on it
    notes: str = ""


def note(number: int, text: str) -> str:
    return f"[Masalah contoh {number}] {text}"


NOTE_PPPA = note(
    1,
    "Urusan 2.08 Pemberdayaan Perempuan dan Perlindungan Anak dipegang sebagai urusan "
    "utama oleh Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak dan juga oleh "
    "DP2KBP3A.",
)
NOTE_SEKSI = note(
    3,
    "Bidang ini masih membawahi seksi struktural, padahal setelah penyederhanaan "
    "birokrasi 2021 di bawah bidang hanya ada kelompok jabatan fungsional.",
)
NOTE_CHAIN = note(
    4,
    "Rantai satu-satu: Asisten Perekonomian dan Pembangunan hanya membawahi Bagian "
    "Perekonomian dan Sumber Daya Alam, dan bagian itu hanya membawahi Subbagian Pembinaan "
    "Badan Usaha Milik Daerah. Pada penataan 2022 Bagian Administrasi Pembangunan dibubarkan "
    "(tugasnya ke Bappelitbangda), Bagian Pengadaan Barang dan Jasa dipindah ke Asisten "
    "Administrasi Umum, dan dua subbagian lain dialihkan menjadi kelompok jabatan fungsional.",
)
NOTE_SETDA = note(
    8,
    "Penyederhanaan birokrasi 2021 belum tuntas di Sekretariat Daerah: bagian ini masih "
    "membawahi subbagian selain subbagian tata usaha, padahal jabatan pengawas di Sekretariat "
    "Daerah hanya dipertahankan untuk kepala subbagian tata usaha (Surat Mendagri "
    "800/2603/OTDA). Penataannya ditunda ke tahap penataan Sekretariat Daerah berikutnya.",
)
NOTE_RUMPUN = note(
    5,
    "Dinas ini menggabungkan urusan lintas rumpun: 2.13 Pemberdayaan Masyarakat dan Desa "
    "(rumpun b) dengan 3.32 Transmigrasi (rumpun d).",
)
#: The mapping score of the keuangan function: above 975, so that it may stand in two
#: badan, both tipe A (PP 18/2016 Pasal 90 ayat (1)), which then have no 2 more bidang
#: (ayat (2)): the BPKAD has 4, the tipe A cap of Pasal 85 ayat (1).
SCORE_KEUANGAN = 982.4
NOTE_KEUANGAN = (
    "Fungsi penunjang keuangan (5.02) dibagi antara BPKAD dan Bapenda, keduanya tipe A: "
    "nilai variabel fungsi keuangan 982,4 (di atas 975) sebagaimana disyaratkan PP 18/2016 "
    "Pasal 90 ayat (1); tambahan 2 bidang Pasal 89 tidak berlaku lagi (Pasal 90 ayat (2))."
)
NOTE_TEXT = note(
    7,
    "Uraian tugas Subbagian Publikasi dan Dokumentasi (Sekretariat Daerah) hampir sama "
    "dengan uraian tugas Bidang Informasi dan Komunikasi Publik (Diskominfo).",
)

B = BidangSpec
U = UptSpec

# fmt: off
DINAS: list[OpdSpec] = [
    OpdSpec("disdikbud", "dinas", "Dinas Pendidikan dan Kebudayaan", "Disdikbud", "A",
            ("1.01", "2.22"), "pendidikan dan bidang kebudayaan",
            "pengelolaan pendidikan anak usia dini, sekolah dasar, sekolah menengah pertama dan "
            "pendidikan nonformal, serta pelestarian cagar budaya dan kesenian tradisional",
            ("penetapan kurikulum muatan lokal dan pengelolaan satuan pendidikan dasar",
             "pemindahan dan pembinaan karier guru serta tenaga kependidikan",
             "pembinaan kesenian tradisional dan sejarah lokal serta pengelolaan cagar budaya"),
            [B("bid_paud", "Bidang Pembinaan Pendidikan Anak Usia Dini dan Pendidikan Nonformal",
               "kelembagaan dan peserta didik taman kanak-kanak, kelompok bermain, kursus, pusat "
               "kegiatan belajar masyarakat dan pendidikan kesetaraan"),
             B("bid_sd", "Bidang Pembinaan Sekolah Dasar",
               "sarana prasarana, kurikulum dan penilaian hasil belajar murid sekolah dasar",
               subs=("1.01.2",)),
             B("bid_smp", "Bidang Pembinaan Sekolah Menengah Pertama",
               "manajemen sekolah menengah pertama, mutu pembelajaran dan pembinaan kesiswaan",
               subs=("1.01.1",)),
             B("bid_kebudayaan", "Bidang Kebudayaan",
               "pelestarian cagar budaya, pengelolaan museum, sejarah lokal dan kesenian "
               "tradisional", subs=("2.22.3", "2.22.5"))],
            ("Pengawas Sekolah Ahli Madya", "Penilik Ahli Muda", "Pamong Budaya Ahli Pertama"),
            [("Angka Partisipasi Murni SD/MI", "99,10", "persen"),
             ("Rata-rata lama sekolah", "8,20", "tahun"),
             ("Jumlah cagar budaya yang dilestarikan", "24", "objek")]),
    OpdSpec("dinkes", "dinas", "Dinas Kesehatan", "Dinkes", "A", ("1.02",), "kesehatan",
            "upaya kesehatan masyarakat dan perorangan, pencegahan dan pengendalian penyakit, "
            "pembinaan puskesmas dan rumah sakit daerah, serta pengelolaan sumber daya kesehatan",
            ("penyelenggaraan upaya kesehatan masyarakat dan upaya kesehatan perorangan Daerah",
             "pencegahan dan pengendalian penyakit menular, tidak menular dan kesehatan jiwa",
             "pembinaan fasilitas pelayanan kesehatan, tenaga kesehatan, obat dan alat kesehatan"),
            [B("bid_kesmas", "Bidang Kesehatan Masyarakat",
               "kesehatan keluarga, gizi masyarakat, promosi kesehatan, kesehatan lingkungan "
               "serta kesehatan kerja dan olahraga", subs=("1.02.4",)),
             B("bid_p2p", "Bidang Pencegahan dan Pengendalian Penyakit",
               "surveilans, imunisasi, penyakit menular, penyakit tidak menular dan kesehatan "
               "jiwa"),
             B("bid_yankes", "Bidang Pelayanan Kesehatan",
               "pelayanan kesehatan primer dan rujukan, pelayanan kesehatan tradisional serta "
               "mutu dan akreditasi fasilitas pelayanan kesehatan", subs=("1.02.1",)),
             B("bid_sdk", "Bidang Sumber Daya Kesehatan",
               "kefarmasian, alat kesehatan, perbekalan kesehatan rumah tangga serta perencanaan "
               "dan pendayagunaan tenaga kesehatan", subs=("1.02.2", "1.02.3"))],
            ("Epidemiolog Kesehatan Ahli Muda", "Administrator Kesehatan Ahli Muda",
             "Nutrisionis Ahli Pertama", "Sanitarian Ahli Pertama", "Apoteker Ahli Pertama"),
            [("Angka kematian ibu", "65", "per 100.000 kelahiran hidup"),
             ("Prevalensi stunting pada balita", "12,5", "persen")],
            upt=[U("upt_farmasi", "UPT Instalasi Farmasi", "B",
                   "melaksanakan penerimaan, penyimpanan dan distribusi obat, vaksin serta bahan "
                   "medis habis pakai ke puskesmas dan jaringannya", jf="Apoteker Ahli Pertama")]),
    OpdSpec("dpupr", "dinas", "Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", "A", ("1.03",),
            "pekerjaan umum dan penataan ruang",
            "pengelolaan sumber daya air, penyelenggaraan jalan kabupaten, air minum dan "
            "sanitasi, bangunan gedung, jasa konstruksi serta penataan ruang",
            ("pengelolaan daerah irigasi dan penyelenggaraan jalan serta jembatan kabupaten",
             "penyelenggaraan sistem penyediaan air minum, air limbah dan bangunan gedung",
             "penyusunan rencana tata ruang dan pembinaan jasa konstruksi"),
            [B("bid_sda", "Bidang Sumber Daya Air",
               "pengelolaan daerah irigasi, sungai, embung dan bangunan pengendali banjir",
               subs=("1.03.1",)),
             B("bid_binamarga", "Bidang Bina Marga",
               "pembangunan, peningkatan dan pemeliharaan jalan serta jembatan kabupaten",
               subs=("1.03.9",),
               seksi=("Seksi Pembangunan Jalan dan Jembatan", "Seksi Preservasi Jalan dan Jembatan",
                      "Seksi Perencanaan Teknis dan Pengawasan Jalan"), notes=NOTE_SEKSI),
             B("bid_ciptakarya", "Bidang Cipta Karya",
               "penyediaan air minum, air limbah domestik, drainase lingkungan serta penataan "
               "bangunan gedung", subs=("1.03.2", "1.03.7")),
             B("bid_tataruang", "Bidang Penataan Ruang",
               "penyusunan rencana detail tata ruang, pemanfaatan ruang dan pengendalian "
               "pemanfaatan ruang", subs=("1.03.11",)),
             B("bid_jakon", "Bidang Jasa Konstruksi",
               "pembinaan usaha jasa konstruksi, pelatihan tenaga ahli konstruksi dan pengawasan "
               "tertib penyelenggaraan konstruksi", subs=("1.03.10",))],
            ("Teknik Jalan dan Jembatan Ahli Muda", "Teknik Pengairan Ahli Muda",
             "Penata Ruang Ahli Pertama", "Pembina Jasa Konstruksi Ahli Pertama"),
            [("Persentase jalan kabupaten dalam kondisi mantap", "88,5", "persen"),
             ("Persentase daerah irigasi dalam kondisi baik", "76", "persen")],
            upt=[U("upt_alat", "UPT Peralatan dan Laboratorium Bahan Konstruksi", "B",
                   "melaksanakan pengelolaan alat berat dan pengujian mutu bahan konstruksi",
                   jf="Teknik Jalan dan Jembatan Ahli Pertama")],
            notes="Dinas yang melaksanakan urusan pekerjaan umum dan penataan ruang dapat "
                  "ditambah paling banyak 2 bidang (PP 18/2016 Pasal 89)."),
    OpdSpec("perkim", "dinas", "Dinas Perumahan dan Kawasan Permukiman", "Disperkim", "B",
            ("1.04",), "perumahan rakyat dan kawasan permukiman",
            "penyediaan dan rehabilitasi rumah layak huni, peningkatan kualitas kawasan "
            "permukiman kumuh serta penyediaan prasarana, sarana dan utilitas umum perumahan",
            ("pendataan dan penyediaan rumah bagi korban bencana serta masyarakat berpenghasilan "
             "rendah", "penataan dan peningkatan kualitas kawasan permukiman kumuh",
             "penyediaan dan serah terima prasarana, sarana dan utilitas umum perumahan"),
            [B("bid_perumahan", "Bidang Perumahan",
               "pendataan rumah tidak layak huni, bedah rumah dan penyediaan rumah bagi korban "
               "bencana", subs=("1.04.1",)),
             B("bid_kawasan", "Bidang Kawasan Permukiman",
               "pencegahan kekumuhan, peningkatan kualitas permukiman kumuh dan serah terima "
               "prasarana, sarana dan utilitas umum", subs=("1.04.2", "1.04.3"))],
            ("Penata Kelola Bangunan Gedung dan Kawasan Permukiman Ahli Muda",
             "Teknik Tata Bangunan dan Perumahan Ahli Pertama"),
            [("Persentase rumah layak huni", "91,5", "persen"),
             ("Luas kawasan permukiman kumuh", "38", "hektare")],
            notes=note(6, "Urusan wajib 2.10 Pertanahan tidak diwadahi oleh Perangkat Daerah mana "
                          "pun; sengketa tanah garapan dan izin membuka tanah selama ini "
                          "ditangani tanpa unit kerja yang jelas.")),
    OpdSpec("satpolpp", "dinas", "Satuan Polisi Pamong Praja dan Pemadam Kebakaran",
            "Satpol PP dan Damkar", "A", ("1.05",),
            "ketenteraman dan ketertiban umum serta perlindungan masyarakat",
            "penegakan peraturan daerah dan peraturan bupati, ketertiban umum dan ketenteraman "
            "masyarakat, perlindungan masyarakat serta pencegahan dan pemadaman kebakaran",
            ("penegakan peraturan daerah dan peraturan bupati",
             "penyelenggaraan ketertiban umum, ketenteraman masyarakat dan perlindungan masyarakat",
             "pencegahan, pemadaman dan penyelamatan pada kejadian kebakaran"),
            [B("bid_gakda", "Bidang Penegakan Peraturan Daerah",
               "penyidikan dan penindakan pelanggaran peraturan daerah serta pembinaan penyidik "
               "pegawai negeri sipil", subs=("1.05.1",)),
             B("bid_trantibum", "Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
               "patroli wilayah, pengamanan aset dan kegiatan pemerintah serta penertiban "
               "pedagang kaki lima"),
             B("bid_linmas", "Bidang Perlindungan Masyarakat",
               "pembinaan satuan perlindungan masyarakat di desa dan kelurahan serta pengerahan "
               "linmas pada pemilihan umum"),
             B("bid_damkar", "Bidang Pemadam Kebakaran dan Penyelamatan",
               "pencegahan dan pemadaman kebakaran, penyelamatan nonkebakaran serta pemeriksaan "
               "sarana proteksi kebakaran gedung", subs=("1.05.3",))],
            ("Polisi Pamong Praja Ahli Muda", "Analis Kebakaran Ahli Pertama",
             "Pemadam Kebakaran Mahir"),
            [("Persentase pelanggaran peraturan daerah yang ditindaklanjuti", "95", "persen"),
             ("Waktu tanggap penanganan kebakaran", "15", "menit")],
            notes="Urusan 1.05 dibagi menurut sub-urusan: ketenteraman dan ketertiban umum serta "
                  "kebakaran pada dinas ini, bencana pada BPBD (PP 18/2016 Pasal 37 ayat (7))."),
    OpdSpec("dinsos", "dinas", "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak",
            "Dinsos P3A", "B", ("1.06", "2.08"),
            "sosial dan bidang pemberdayaan perempuan dan perlindungan anak",
            "rehabilitasi sosial, perlindungan dan jaminan sosial, penanganan fakir miskin, serta "
            "pengarusutamaan gender dan pemenuhan hak anak",
            ("rehabilitasi sosial penyandang disabilitas, anak dan lanjut usia terlantar",
             "penyaluran bantuan sosial dan pengelolaan data terpadu kesejahteraan sosial",
             "pengarusutamaan gender dan pemenuhan hak anak"),
            [B("bid_rehsos", "Bidang Rehabilitasi Sosial",
               "rehabilitasi penyandang disabilitas terlantar, anak terlantar, lanjut usia "
               "terlantar serta tuna sosial", subs=("1.06.3",)),
             B("bid_linjamsos", "Bidang Perlindungan dan Jaminan Sosial",
               "bantuan sosial fakir miskin, pemutakhiran data terpadu kesejahteraan sosial dan "
               "pemenuhan kebutuhan dasar korban bencana", subs=("1.06.4", "1.06.5")),
             B("bid_pppa", "Bidang Pemberdayaan Perempuan dan Perlindungan Anak",
               "pengarusutamaan gender, peningkatan kualitas hidup perempuan, kota layak anak dan "
               "pemenuhan hak anak", subs=("2.08.1", "2.08.5"), notes=NOTE_PPPA)],
            ("Pekerja Sosial Ahli Muda", "Penyuluh Sosial Ahli Pertama"),
            [("Persentase penyandang masalah kesejahteraan sosial yang tertangani", "72",
              "persen")], notes=NOTE_PPPA),
    OpdSpec("dp2kbp3a", "dinas",
            "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan "
            "Perlindungan Anak", "DP2KBP3A", "B", ("2.14", "2.08"),
            "pengendalian penduduk dan keluarga berencana serta bidang pemberdayaan perempuan dan "
            "perlindungan anak",
            "pengendalian kuantitas penduduk, pelayanan keluarga berencana, pembangunan keluarga "
            "sejahtera, serta perlindungan perempuan dan perlindungan khusus anak",
            ("pemaduan kebijakan kependudukan dan pelayanan kontrasepsi",
             "pendayagunaan penyuluh keluarga berencana dan kader pembangunan keluarga",
             "penyediaan layanan rujukan bagi perempuan dan anak korban kekerasan"),
            [B("bid_dalduk", "Bidang Pengendalian Penduduk dan Penyuluhan Keluarga Berencana",
               "pemaduan kebijakan kependudukan, pelayanan kontrasepsi dan pendayagunaan penyuluh "
               "lapangan keluarga berencana", subs=("2.14.1", "2.14.2")),
             B("bid_ks", "Bidang Ketahanan dan Kesejahteraan Keluarga",
               "bina keluarga balita, remaja dan lansia serta usaha peningkatan pendapatan "
               "keluarga akseptor", subs=("2.14.3",)),
             B("bid_ppa", "Bidang Perlindungan Perempuan dan Anak",
               "pendampingan korban kekerasan dalam rumah tangga, rumah aman dan perlindungan "
               "khusus anak yang berhadapan dengan hukum", subs=("2.08.2", "2.08.6"),
               notes=NOTE_PPPA)],
            ("Penyuluh Keluarga Berencana Ahli Muda", "Pekerja Sosial Ahli Pertama"),
            [("Angka kelahiran total", "2,1", "anak per perempuan"),
             ("Indeks Pembangunan Gender", "92,4", "indeks")], notes=NOTE_PPPA),
    OpdSpec("disnaker", "dinas", "Dinas Tenaga Kerja", "Disnaker", "B", ("2.07",), "tenaga kerja",
            "pelatihan kerja dan peningkatan produktivitas, penempatan tenaga kerja serta "
            "pembinaan hubungan industrial",
            ("penyelenggaraan pelatihan kerja berbasis kompetensi dan pemagangan",
             "pelayanan antarkerja dan perluasan kesempatan kerja",
             "pencegahan dan penyelesaian perselisihan hubungan industrial"),
            [B("bid_latpen", "Bidang Pelatihan dan Penempatan Tenaga Kerja",
               "pelatihan berbasis kompetensi, pemagangan, bursa kerja dan perluasan kesempatan "
               "kerja", subs=("2.07.1", "2.07.2")),
             B("bid_hi", "Bidang Hubungan Industrial dan Jaminan Sosial Tenaga Kerja",
               "perundingan bipartit, mediasi perselisihan, pengesahan peraturan perusahaan dan "
               "kepesertaan jaminan sosial pekerja", subs=("2.07.3",))],
            ("Pengantar Kerja Ahli Muda", "Mediator Hubungan Industrial Ahli Muda",
             "Instruktur Ahli Pertama"),
            [("Tingkat pengangguran terbuka", "4,8", "persen")],
            upt=[U("upt_blk", "UPT Balai Latihan Kerja", "A",
                   "menyelenggarakan pelatihan keterampilan kerja bagi pencari kerja, termasuk "
                   "kejuruan otomotif, las, menjahit dan tata boga",
                   jf="Instruktur Ahli Pertama")]),
    OpdSpec("distapang", "dinas", "Dinas Pertanian dan Pangan", "Distapang", "A", ("3.27", "2.09"),
            "pertanian dan bidang pangan",
            "pengembangan tanaman pangan, hortikultura dan perkebunan, peternakan dan kesehatan "
            "hewan, penyuluhan pertanian, serta ketersediaan dan keamanan pangan",
            ("peningkatan produksi tanaman pangan, hortikultura, perkebunan dan peternakan",
             "pengendalian penyakit hewan dan pengawasan kesehatan masyarakat veteriner",
             "penyediaan cadangan pangan dan pengawasan keamanan pangan segar"),
            [B("bid_tph", "Bidang Tanaman Pangan dan Hortikultura",
               "produksi padi, jagung, kedelai, sayuran dan buah serta perlindungan tanaman dari "
               "organisme pengganggu", subs=("3.27.1",),
               seksi=("Seksi Produksi Tanaman Pangan", "Seksi Produksi Hortikultura",
                      "Seksi Perlindungan Tanaman"), notes=NOTE_SEKSI),
             B("bid_bun", "Bidang Perkebunan",
               "budidaya tebu, kopi, kakao dan tembakau serta pembinaan usaha perkebunan rakyat"),
             B("bid_peternakan", "Bidang Peternakan dan Kesehatan Hewan",
               "budidaya ternak sapi, kambing dan unggas, pengendalian penyakit hewan menular "
               "serta kesehatan masyarakat veteriner", subs=("3.27.3",),
               seksi=("Seksi Produksi Peternakan",
                      "Seksi Kesehatan Hewan dan Kesehatan Masyarakat Veteriner"),
               notes=NOTE_SEKSI),
             B("bid_psp", "Bidang Prasarana, Sarana dan Penyuluhan",
               "jaringan irigasi tersier, alat dan mesin pertanian, pupuk bersubsidi serta "
               "kelembagaan penyuluhan pertanian", subs=("3.27.2",)),
             B("bid_pangan", "Bidang Ketahanan Pangan",
               "cadangan pangan, distribusi dan harga pangan, penganekaragaman konsumsi, "
               "kerawanan pangan serta keamanan pangan segar",
               subs=("2.09.2", "2.09.3", "2.09.4"))],
            ("Penyuluh Pertanian Ahli Muda", "Pengendali Organisme Pengganggu Tumbuhan Ahli Muda",
             "Medik Veteriner Ahli Pertama", "Analis Ketahanan Pangan Ahli Pertama"),
            [("Produktivitas padi", "61,5", "kuintal per hektare"),
             ("Skor Pola Pangan Harapan", "90,2", "skor")],
            upt=[U("upt_benih", "UPT Balai Benih Pertanian", "B",
                   "memproduksi dan menyalurkan benih unggul bersertifikat padi, palawija dan "
                   "hortikultura", jf="Pengawas Benih Tanaman Ahli Pertama"),
                 U("upt_puskeswan", "UPT Pusat Kesehatan Hewan", "B",
                   "memberikan pelayanan medik veteriner, vaksinasi rabies dan pemeriksaan hewan "
                   "kurban", jf="Medik Veteriner Ahli Pertama")],
            notes="Dinas yang melaksanakan urusan pertanian dapat ditambah paling banyak 2 bidang "
                  "(PP 18/2016 Pasal 89)."),
    OpdSpec("dlh", "dinas", "Dinas Lingkungan Hidup", "DLH", "B", ("2.11",), "lingkungan hidup",
            "perencanaan dan kajian lingkungan hidup, pengendalian pencemaran dan kerusakan "
            "lingkungan, pengelolaan sampah serta limbah bahan berbahaya dan beracun",
            ("penyusunan rencana perlindungan dan pengelolaan lingkungan hidup",
             "pengawasan ketaatan usaha terhadap persetujuan lingkungan",
             "pengurangan dan penanganan sampah serta pengumpulan limbah B3"),
            [B("bid_tl", "Bidang Tata Lingkungan",
               "rencana perlindungan dan pengelolaan lingkungan hidup, kajian lingkungan hidup "
               "strategis dan penilaian dokumen lingkungan", subs=("2.11.1", "2.11.2")),
             B("bid_ppkl", "Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan",
               "pemantauan kualitas air sungai, udara ambien dan tanah serta penanganan pengaduan "
               "lingkungan", subs=("2.11.3", "2.11.10")),
             B("bid_sampah", "Bidang Pengelolaan Sampah dan Limbah B3",
               "bank sampah, tempat pengolahan sampah reduce-reuse-recycle, angkutan sampah dan "
               "limbah bahan berbahaya dan beracun", subs=("2.11.11", "2.11.5"))],
            ("Pengendali Dampak Lingkungan Ahli Muda", "Pengawas Lingkungan Hidup Ahli Pertama"),
            [("Indeks Kualitas Lingkungan Hidup", "68,4", "indeks"),
             ("Persentase sampah yang tertangani", "78", "persen")],
            upt=[U("upt_tpa", "UPT Tempat Pemrosesan Akhir Sampah", "B",
                   "mengoperasikan sel urug saniter, menimbang sampah masuk dan mengolah lindi di "
                   "TPA Ngaliyan", jf="Pengendali Dampak Lingkungan Ahli Pertama")]),
    OpdSpec("disdukcapil", "dinas", "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", "B",
            ("2.12",), "administrasi kependudukan dan pencatatan sipil",
            "pelayanan pendaftaran penduduk, pencatatan sipil, pengelolaan informasi administrasi "
            "kependudukan serta pemanfaatan data kependudukan",
            ("pelayanan pendaftaran penduduk dan penerbitan dokumen kependudukan",
             "pelayanan pencatatan sipil dan penerbitan akta",
             "pengelolaan sistem informasi administrasi kependudukan"),
            [B("bid_dafduk", "Bidang Pelayanan Pendaftaran Penduduk",
               "kartu keluarga, KTP elektronik, kartu identitas anak serta surat pindah datang",
               subs=("2.12.1",)),
             B("bid_capil", "Bidang Pelayanan Pencatatan Sipil",
               "akta kelahiran, akta kematian, akta perkawinan, akta perceraian dan pengakuan anak",
               subs=("2.12.2",)),
             B("bid_piak",
               "Bidang Pengelolaan Informasi Administrasi Kependudukan dan Pemanfaatan Data",
               "basis data kependudukan, jaringan komunikasi data, profil penduduk dan perjanjian "
               "kerja sama pemanfaatan NIK", subs=("2.12.3", "2.12.4"))],
            ("Administrator Database Kependudukan Ahli Muda", "Pranata Komputer Ahli Pertama"),
            [("Persentase penduduk wajib KTP yang memiliki KTP elektronik", "98,6", "persen"),
             ("Cakupan kepemilikan akta kelahiran anak", "97", "persen")]),
    OpdSpec("dpmdtrans", "dinas", "Dinas Pemberdayaan Masyarakat, Desa dan Transmigrasi",
            "Dispermadestrans", "B", ("2.13", "3.32"),
            "pemberdayaan masyarakat dan desa serta bidang transmigrasi",
            "penataan dan administrasi pemerintahan desa, pemberdayaan lembaga kemasyarakatan dan "
            "lembaga adat desa, serta pelayanan calon transmigran",
            ("fasilitasi penataan desa dan pengelolaan keuangan desa",
             "pemberdayaan lembaga kemasyarakatan desa dan badan usaha milik desa",
             "pendaftaran, seleksi dan pemberangkatan calon transmigran"),
            [B("bid_pemdes", "Bidang Pemerintahan Desa",
               "penataan desa, pengisian perangkat desa, keuangan dan aset desa serta kerja sama "
               "antardesa", subs=("2.13.1", "2.13.2")),
             B("bid_pmd", "Bidang Pemberdayaan Masyarakat dan Kelembagaan Desa",
               "lembaga kemasyarakatan desa, lembaga adat, badan usaha milik desa dan teknologi "
               "tepat guna", subs=("2.13.4",)),
             B("bid_transmigrasi", "Bidang Transmigrasi",
               "penyuluhan, pendaftaran, seleksi dan pemberangkatan calon transmigran serta kerja "
               "sama dengan daerah penempatan", subs=("3.32.2",), notes=NOTE_RUMPUN)],
            ("Penggerak Swadaya Masyarakat Ahli Muda", "Analis Kebijakan Ahli Pertama"),
            [("Jumlah desa berstatus mandiri", "34", "desa")], notes=NOTE_RUMPUN),
    OpdSpec("dishub", "dinas", "Dinas Perhubungan", "Dishub", "B", ("2.15",), "perhubungan",
            "manajemen dan rekayasa lalu lintas, angkutan jalan, pengelolaan terminal dan "
            "perparkiran serta pengujian kendaraan bermotor",
            ("manajemen dan rekayasa lalu lintas serta penyediaan perlengkapan jalan",
             "penyelenggaraan angkutan umum dan pengelolaan terminal penumpang tipe C",
             "penataan perparkiran dan pengujian berkala kendaraan bermotor"),
            [B("bid_lalin", "Bidang Lalu Lintas",
               "rekayasa simpang, analisis dampak lalu lintas serta pemasangan rambu, marka dan "
               "alat pemberi isyarat lalu lintas", subs=("2.15.1",)),
             B("bid_angkutan", "Bidang Angkutan",
               "jaringan trayek angkutan perdesaan, terminal penumpang tipe C dan angkutan barang"),
             B("bid_parkir", "Bidang Perparkiran",
               "penetapan lokasi parkir di tepi jalan umum, pembinaan juru parkir dan setoran "
               "retribusi parkir"),
             B("bid_pengujian", "Bidang Pengujian Sarana",
               "pengujian berkala kendaraan bermotor wajib uji, penerbitan tanda lulus uji dan "
               "pemeriksaan laik jalan angkutan umum",
               notes=note(2, "Tugas bidang ini sudah dilaksanakan oleh UPT Pengujian Kendaraan "
                             "Bermotor; bidang ini menjadi bidang keempat pada dinas tipe B."))],
            ("Penguji Kendaraan Bermotor Ahli Muda", "Analis Kebijakan Ahli Pertama"),
            [("Persentase perlengkapan jalan yang terpasang sesuai kebutuhan", "81", "persen"),
             ("Persentase kendaraan wajib uji yang lulus uji berkala", "93", "persen")],
            upt=[U("upt_pkb", "UPT Pengujian Kendaraan Bermotor", "B",
                   "melaksanakan uji berkala mobil barang, bus dan kendaraan khusus di gedung "
                   "pengujian serta menerbitkan kartu uji elektronik",
                   jf="Penguji Kendaraan Bermotor Ahli Pertama")],
            notes=note(2, "Dinas tipe B ini memiliki 4 bidang, padahal dinas tipe B kabupaten "
                          "paling banyak memiliki 3 bidang (PP 18/2016 Pasal 82).")),
    OpdSpec("diskominfo", "dinas", "Dinas Komunikasi, Informatika, Statistik dan Persandian",
            "Diskominfo", "B", ("2.16", "2.20", "2.21"),
            "komunikasi dan informatika, bidang statistik dan bidang persandian",
            "pengelolaan informasi dan komunikasi publik, aplikasi informatika dan sistem "
            "pemerintahan berbasis elektronik, statistik sektoral serta persandian untuk "
            "pengamanan informasi",
            ("pengelolaan informasi dan komunikasi publik Pemerintah Daerah",
             "pengembangan aplikasi, pusat data dan jaringan intra pemerintah",
             "penyelenggaraan statistik sektoral dan persandian"),
            [B("bid_ikp", "Bidang Informasi dan Komunikasi Publik",
               "informasi dan komunikasi publik", subs=("2.16.2",),
               tugas="Bidang Informasi dan Komunikasi Publik mempunyai tugas melaksanakan "
                     "pengelolaan dan penyebarluasan informasi mengenai kebijakan dan program "
                     "Pemerintah Daerah kepada masyarakat melalui media massa, media sosial dan "
                     "media luar ruang, peliputan dan dokumentasi kegiatan Pemerintah Daerah, "
                     "serta membangun kemitraan dengan insan pers.", notes=NOTE_TEXT),
             B("bid_aptika", "Bidang Aplikasi Informatika dan Persandian",
               "pengembangan aplikasi, pusat data, jaringan intra pemerintah, keamanan informasi "
               "dan persandian", subs=("2.16.3", "2.21.1")),
             B("bid_statistik", "Bidang Statistik",
               "statistik sektoral, portal Satu Data Sukamaju dan pembinaan walidata Perangkat "
               "Daerah", subs=("2.20.2",))],
            ("Pranata Hubungan Masyarakat Ahli Muda", "Pranata Komputer Ahli Muda",
             "Statistisi Ahli Pertama", "Sandiman Ahli Pertama"),
            [("Indeks Sistem Pemerintahan Berbasis Elektronik", "3,1", "indeks"),
             ("Persentase data sektoral yang terbit di portal Satu Data", "85", "persen")]),
    OpdSpec("diskopdagin", "dinas",
            "Dinas Koperasi, Usaha Kecil dan Menengah, Perdagangan dan Perindustrian",
            "Diskopdagin", "B", ("2.17", "3.30", "3.31"),
            "koperasi, usaha kecil dan menengah, bidang perdagangan dan bidang perindustrian",
            "pemberdayaan koperasi dan usaha mikro, kecil dan menengah, pengembangan perdagangan "
            "dalam negeri, stabilisasi harga barang kebutuhan pokok serta pembinaan industri "
            "kecil dan menengah",
            ("pengawasan koperasi dan pengembangan usaha mikro",
             "stabilisasi harga barang kebutuhan pokok dan pembinaan pasar rakyat",
             "perizinan dan pembinaan industri kecil dan menengah"),
            [B("bid_kukm", "Bidang Koperasi dan Usaha Mikro",
               "pemeriksaan koperasi, penilaian kesehatan koperasi simpan pinjam serta "
               "pendampingan usaha mikro", subs=("2.17.3", "2.17.7")),
             B("bid_dagang", "Bidang Perdagangan",
               "distribusi barang kebutuhan pokok, operasi pasar, pembinaan pasar rakyat serta "
               "perlindungan konsumen", subs=("3.30.3",)),
             B("bid_industri", "Bidang Perindustrian",
               "izin usaha industri kecil dan menengah, sentra industri mebel dan batik serta "
               "sistem informasi industri", subs=("3.31.2",))],
            ("Pengawas Koperasi Ahli Muda", "Pengawas Perdagangan Ahli Pertama",
             "Penyuluh Perindustrian dan Perdagangan Ahli Pertama"),
            [("Persentase koperasi aktif", "68", "persen"),
             ("Pertumbuhan nilai produksi industri kecil dan menengah", "5,5", "persen")],
            upt=[U("upt_pasar", "UPT Pengelolaan Pasar Daerah", "A",
                   "mengelola kebersihan, keamanan, penempatan pedagang dan pemeliharaan bangunan "
                   "Pasar Induk Sukamaju dan pasar daerah lain",
                   jf="Pengawas Perdagangan Ahli Pertama"),
                 U("upt_metrologi", "UPT Metrologi Legal", "B",
                   "melaksanakan tera dan tera ulang alat ukur, takar, timbang dan perlengkapannya",
                   jf="Penera Ahli Pertama")]),
    OpdSpec("dpmptsp", "dinas", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP",
            "C", ("2.18",), "penanaman modal",
            "pengembangan iklim dan promosi penanaman modal, pelayanan perizinan berusaha dan "
            "nonperizinan secara terpadu satu pintu, serta pengendalian pelaksanaan penanaman "
            "modal",
            ("promosi dan pengembangan iklim penanaman modal",
             "pelayanan perizinan berusaha dan nonperizinan secara terpadu satu pintu",
             "pengendalian pelaksanaan penanaman modal"),
            [B("bid_pm", "Bidang Penanaman Modal",
               "promosi investasi, peta potensi penanaman modal, laporan kegiatan penanaman modal "
               "dan pengawasan realisasi investasi", subs=("2.18.1", "2.18.3", "2.18.5")),
             B("bid_perizinan", "Bidang Pelayanan Perizinan",
               "penerimaan berkas, verifikasi teknis dan penerbitan perizinan berusaha serta "
               "penanganan pengaduan layanan", subs=("2.18.4",))],
            ("Analis Kebijakan Ahli Muda", "Pranata Komputer Ahli Pertama"),
            [("Nilai realisasi investasi", "2,4", "triliun rupiah"),
             ("Indeks Kepuasan Masyarakat atas layanan perizinan", "86", "indeks")]),
    OpdSpec("disporapar", "dinas", "Dinas Kepemudaan, Olahraga dan Pariwisata", "Disporapar", "C",
            ("2.19", "3.26"), "kepemudaan dan olahraga serta bidang pariwisata",
            "pemberdayaan pemuda, pembinaan olahraga prestasi dan rekreasi, kepramukaan, serta "
            "pengembangan destinasi dan pemasaran pariwisata",
            ("pemberdayaan pemuda dan pembinaan kepramukaan",
             "pembinaan olahraga prestasi dan pengelolaan prasarana olahraga",
             "pengelolaan daya tarik wisata dan pemasaran pariwisata"),
            [B("bid_pora", "Bidang Kepemudaan dan Olahraga",
               "wirausaha muda, kepramukaan, pekan olahraga daerah dan pengelolaan stadion",
               subs=("2.19.1", "2.19.2", "2.19.3")),
             B("bid_pariwisata", "Bidang Pariwisata",
               "daya tarik wisata Waduk Sidomulyo dan desa wisata, festival budaya, pemasaran "
               "pariwisata dan ekonomi kreatif", subs=("3.26.1", "3.26.2"))],
            ("Pengelola Kepemudaan Ahli Muda",
             "Adyatama Kepariwisataan dan Ekonomi Kreatif Ahli Pertama"),
            [("Jumlah kunjungan wisatawan", "1.250.000", "orang"),
             ("Jumlah medali pada Pekan Olahraga Provinsi", "42", "medali")]),
    OpdSpec("dispusip", "dinas", "Dinas Perpustakaan dan Kearsipan", "Dispusip", "C",
            ("2.23", "2.24"), "perpustakaan dan bidang kearsipan",
            "pembinaan perpustakaan, pembudayaan kegemaran membaca, pelestarian koleksi daerah "
            "serta pengelolaan arsip dinamis dan statis",
            ("pembinaan perpustakaan dan pembudayaan kegemaran membaca",
             "pelestarian koleksi daerah dan naskah kuno",
             "pengelolaan arsip statis dan pembinaan kearsipan"),
            [B("bid_perpus", "Bidang Perpustakaan",
               "perpustakaan sekolah dan desa, layanan perpustakaan keliling serta naskah kuno "
               "daerah", subs=("2.23.1", "2.23.2")),
             B("bid_arsip", "Bidang Kearsipan",
               "pembinaan arsiparis dan unit kearsipan, akuisisi arsip statis serta penyelamatan "
               "arsip", subs=("2.24.1", "2.24.2"))],
            ("Pustakawan Ahli Muda", "Arsiparis Ahli Pertama"),
            [("Tingkat Gemar Membaca masyarakat", "67", "nilai"),
             ("Nilai pengawasan kearsipan internal", "78", "nilai")]),
]

BADAN: list[OpdSpec] = [
    OpdSpec("bappelitbangda", "badan",
            "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah", "Bappelitbangda",
            "A", ("5.01", "5.05"), "perencanaan serta bidang penelitian dan pengembangan",
            "penyusunan rencana pembangunan jangka panjang, menengah dan tahunan Daerah, "
            "pengendalian dan evaluasi rencana pembangunan, serta penelitian dan inovasi daerah",
            ("penyusunan RPJPD, RPJMD dan RKPD",
             "pengendalian dan evaluasi pelaksanaan rencana pembangunan Daerah",
             "penelitian, pengembangan dan pembinaan inovasi daerah"),
            [B("bid_ppm", "Bidang Perencanaan Pemerintahan dan Pembangunan Manusia",
               "perencanaan sektor pendidikan, kesehatan, sosial dan tata pemerintahan"),
             B("bid_ekosda", "Bidang Perencanaan Perekonomian dan Sumber Daya Alam",
               "perencanaan sektor pertanian, industri, perdagangan dan lingkungan hidup"),
             B("bid_infrawil", "Bidang Perencanaan Infrastruktur dan Kewilayahan",
               "perencanaan jalan, irigasi, perumahan, perhubungan dan pengembangan wilayah"),
             B("bid_litbang", "Bidang Penelitian dan Pengembangan",
               "kajian kebijakan, kompetisi inovasi daerah dan pembinaan kelitbangan")],
            ("Perencana Ahli Muda", "Peneliti Ahli Pertama", "Perencana Ahli Pertama"),
            [("Persentase keselarasan program RPJMD dan RKPD", "95", "persen"),
             ("Indeks Inovasi Daerah", "55", "skor")]),
    OpdSpec("bpkad", "badan", "Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", "A", ("5.02",),
            "keuangan",
            "penyusunan anggaran pendapatan dan belanja daerah, perbendaharaan, akuntansi dan "
            "pelaporan keuangan, serta pengelolaan barang milik daerah",
            ("penyusunan rancangan APBD dan perubahan APBD", "pengelolaan kas umum daerah",
             "penyusunan laporan keuangan dan pengelolaan barang milik daerah"),
            [B("bid_anggaran", "Bidang Anggaran",
               "rancangan APBD, dokumen pelaksanaan anggaran dan pergeseran anggaran"),
             B("bid_perbendaharaan", "Bidang Perbendaharaan",
               "surat perintah pencairan dana, rekening kas umum daerah dan pembinaan bendahara"),
             B("bid_akuntansi", "Bidang Akuntansi dan Pelaporan",
               "laporan keuangan Pemerintah Daerah, konsolidasi dan kebijakan akuntansi"),
             B("bid_aset", "Bidang Aset",
               "inventarisasi, penilaian, pemanfaatan dan penghapusan barang milik daerah")],
            ("Analis Keuangan Pusat dan Daerah Ahli Muda", "Penilai Pemerintah Ahli Pertama",
             "Analis Pengelolaan Keuangan APBN Ahli Pertama"),
            [("Opini BPK atas Laporan Keuangan Pemerintah Daerah", "WTP", "opini")],
            notes=NOTE_KEUANGAN, score=SCORE_KEUANGAN),
    OpdSpec("bapenda", "badan", "Badan Pendapatan Daerah", "Bapenda", "A", ("5.02",),
            "keuangan sub bidang pendapatan",
            "pendataan, penetapan, penagihan dan pelayanan pajak daerah serta pengembangan "
            "pendapatan asli daerah",
            ("pendataan dan penetapan pajak daerah", "penagihan dan penyelesaian keberatan pajak",
             "pelayanan pajak bumi dan bangunan perdesaan dan perkotaan"),
            [B("bid_pendataan", "Bidang Pendataan dan Penetapan",
               "pendaftaran wajib pajak hotel, restoran dan reklame serta penetapan ketetapan "
               "pajak"),
             B("bid_penagihan", "Bidang Penagihan dan Keberatan",
               "surat teguran dan surat paksa tunggakan, pemeriksaan wajib pajak serta keberatan "
               "dan pengurangan pajak"),
             B("bid_pbb", "Bidang Pajak Bumi dan Bangunan",
               "pemutakhiran objek PBB perdesaan dan perkotaan serta verifikasi bea perolehan hak "
               "atas tanah dan bangunan")],
            ("Analis Keuangan Pusat dan Daerah Ahli Pertama", "Penilai Pemerintah Ahli Pertama"),
            [("Rasio pendapatan asli daerah terhadap total pendapatan", "16,5", "persen")],
            notes=NOTE_KEUANGAN, score=SCORE_KEUANGAN),
    OpdSpec("bkpsdm", "badan", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM",
            "B", ("5.03", "5.04"), "kepegawaian serta bidang pendidikan dan pelatihan",
            "pengadaan, pemberhentian dan informasi kepegawaian, mutasi dan promosi, penilaian "
            "kinerja serta pengembangan kompetensi aparatur sipil negara",
            ("perencanaan kebutuhan dan pengadaan aparatur sipil negara",
             "pengelolaan mutasi, promosi dan manajemen talenta",
             "pengembangan kompetensi aparatur melalui pelatihan dan pendidikan lanjutan"),
            [B("bid_pengadaan", "Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian",
               "formasi dan seleksi pegawai, pensiun dan pemberhentian serta sistem informasi "
               "kepegawaian"),
             B("bid_mutasi", "Bidang Mutasi dan Promosi",
               "kenaikan pangkat, pemindahan, pengangkatan dalam jabatan dan manajemen talenta"),
             B("bid_bangkom", "Bidang Pengembangan Kompetensi Aparatur",
               "pelatihan teknis dan fungsional, tugas belajar, uji kompetensi dan pelatihan "
               "dasar calon pegawai")],
            ("Analis Sumber Daya Manusia Aparatur Ahli Muda", "Widyaiswara Ahli Muda",
             "Asesor Sumber Daya Manusia Aparatur Ahli Pertama"),
            [("Indeks Sistem Merit", "0,78", "indeks"),
             ("Indeks Profesionalitas ASN", "72", "indeks")]),
    OpdSpec("bpbd", "badan", "Badan Penanggulangan Bencana Daerah", "BPBD", "B", ("1.05",),
            "ketenteraman dan ketertiban umum serta perlindungan masyarakat sub-urusan bencana",
            "pencegahan dan kesiapsiagaan, penanganan darurat bencana, pengelolaan logistik serta "
            "rehabilitasi dan rekonstruksi pascabencana",
            ("penetapan pedoman dan pengarahan penanggulangan bencana",
             "pengoordinasian penanganan darurat dan pengelolaan logistik bencana",
             "pemulihan prasarana dan sarana pascabencana"),
            [B("bid_pk", "Bidang Pencegahan dan Kesiapsiagaan",
               "kajian risiko bencana, desa tangguh bencana dan latihan kesiapsiagaan",
               subs=("1.05.2",)),
             B("bid_kl", "Bidang Kedaruratan dan Logistik",
               "tim reaksi cepat, pusat pengendalian operasi, tenda pengungsian dan gudang "
               "logistik"),
             B("bid_rr", "Bidang Rehabilitasi dan Rekonstruksi",
               "pengkajian kebutuhan pascabencana, hunian sementara dan perbaikan fasilitas umum "
               "yang rusak")],
            ("Penata Penanggulangan Bencana Ahli Muda", "Analis Kebencanaan Ahli Pertama"),
            [("Indeks Risiko Bencana Daerah", "118", "indeks")],
            lead="Badan Penanggulangan Bencana Daerah mempunyai tugas membantu Bupati dalam "
                 "penyelenggaraan penanggulangan bencana di Daerah",
            notes="Kepala BPBD dijabat secara ex officio oleh Sekretaris Daerah; unsur pelaksana "
                  "dipimpin Kepala Pelaksana (eselon IIb)."),
    OpdSpec("kesbangpol", "badan", "Badan Kesatuan Bangsa dan Politik", "Bakesbangpol", "C",
            ("8.01",), "kesatuan bangsa dan politik",
            "pembinaan ideologi Pancasila dan wawasan kebangsaan, fasilitasi partai politik dan "
            "organisasi kemasyarakatan, serta kewaspadaan nasional dan penanganan konflik sosial",
            ("pembinaan ideologi Pancasila dan wawasan kebangsaan",
             "fasilitasi partai politik dan organisasi kemasyarakatan",
             "kewaspadaan dini dan penanganan konflik sosial"),
            [B("bid_ideologi", "Bidang Ideologi dan Wawasan Kebangsaan",
               "pembinaan ideologi Pancasila, bela negara, pembauran kebangsaan dan organisasi "
               "kemasyarakatan"),
             B("bid_poldagri", "Bidang Politik Dalam Negeri dan Kewaspadaan Nasional",
               "bantuan keuangan partai politik, pendidikan politik, forum kewaspadaan dini dan "
               "konflik sosial")], ("Analis Kebijakan Ahli Muda", "Analis Kebijakan Ahli Pertama"),
            [("Persentase konflik sosial yang tertangani", "100", "persen")],
            lead="Badan Kesatuan Bangsa dan Politik mempunyai tugas membantu Bupati melaksanakan "
                 "urusan pemerintahan umum di bidang kesatuan bangsa dan politik"),
]
# fmt: on

# fmt: off
SECRETARIAT_SUBBAG = {
    "A": [("subbag_umum", "Subbagian Umum dan Kepegawaian",
           ("Pengadministrasi Perkantoran", "Pengelola Kepegawaian")),
          ("subbag_keuangan", "Subbagian Keuangan", ("Bendahara", "Penata Laporan Keuangan")),
          ("subbag_program", "Subbagian Perencanaan, Evaluasi dan Pelaporan",
           ("Penyusun Rencana Kegiatan dan Anggaran", "Pengolah Data dan Informasi"))],
    "B": [("subbag_umum", "Subbagian Umum dan Kepegawaian",
           ("Pengadministrasi Perkantoran", "Pengelola Kepegawaian")),
          ("subbag_keuangan", "Subbagian Perencanaan dan Keuangan",
           ("Bendahara", "Penyusun Rencana Kegiatan dan Anggaran"))],
}
SECRETARIAT_SUBBAG["C"] = SECRETARIAT_SUBBAG["B"]
LABKESDA = UptSpec(
    "upt_labkesda",
    "UPT Laboratorium Kesehatan Daerah",
    "A",
    "melaksanakan pemeriksaan spesimen klinik, air minum dan makanan sebagai laboratorium "
    "rujukan bagi puskesmas",
    "Pranata Laboratorium Kesehatan Ahli Pertama",
)
PUSKESMAS = ["Sukamaju I", "Sukamaju II", "Pasar Baru", "Wonorejo", "Ngemplak", "Karangsari",
             "Sidomulyo", "Tegalrejo", "Banyuurip", "Sumberagung", "Gondangwetan", "Jatisari",
             "Kaliwungu Selatan"]
# fmt: on

# -- builders ------------------------------------------------------------------------


def opd_texts(spec: OpdSpec, name: str, phrase: str, scope: str) -> tuple[str, str]:
    if spec.lead:
        lead = spec.lead
    elif spec.kind == "dinas":
        lead = (
            f"{name} mempunyai tugas membantu Bupati melaksanakan urusan pemerintahan "
            f"bidang {phrase} yang menjadi kewenangan Daerah"
        )
    else:
        lead = (
            f"{name} mempunyai tugas membantu Bupati melaksanakan fungsi penunjang urusan "
            f"pemerintahan bidang {phrase} yang menjadi kewenangan Daerah"
        )
    office = "Dinas" if spec.kind == "dinas" else "Badan"
    fungsi = lettered(
        [
            *spec.fungsi,
            f"pelaksanaan administrasi {office}",
            "pelaksanaan fungsi lain yang diberikan oleh Bupati",
        ]
    )
    return f"{lead}, meliputi {scope}.", fungsi


def bidang_tugas(name: str, focus: str) -> str:
    return (
        f"{name} mempunyai tugas melaksanakan penyiapan perumusan dan pelaksanaan "
        f"kebijakan serta evaluasi di bidang {focus}."
    )


def kjf(parent: Node, name: str, titles: list[str]) -> Node:
    node = Node(f"{parent.key}.kjf", "kelompok_fungsional", name)
    node.positions = [functional(t, f"{node.key}/{t}") for t in titles]
    return node


def add_subbagian(
    parent: Node, slug: str, name: str, eselon: str, staff: tuple[str, ...], tugas: str = ""
) -> Node:
    node = parent.add(Node(f"{parent.key}.{slug}", "subbagian", name, eselon=eselon, tugas=tugas))
    node.positions = [structural(f"Kepala {name}", eselon, node.key)]
    node.positions += [pelaksana(t, f"{node.key}/{t}") for t in staff]
    return node


def add_sekretariat(opd: Node, unit_type: str) -> Node:
    sek = opd.add(Node(f"{opd.key}.sekretariat", "sekretariat", "Sekretariat", eselon="IIIa"))
    sek.positions = [structural("Sekretaris", "IIIa", sek.key)]
    for slug, name, staff in SECRETARIAT_SUBBAG[unit_type]:
        add_subbagian(sek, slug, name, "IVa", staff)
    return sek


def add_upt(opd: Node, spec: UptSpec) -> Node:
    eselon = "IVa" if spec.unit_type == "A" else "IVb"
    upt = opd.add(
        Node(
            f"{opd.key}.{spec.slug}",
            "upt",
            spec.name,
            unit_type=spec.unit_type,
            eselon=eselon,
            tugas=f"{spec.name} mempunyai tugas {spec.tugas}.",
            notes=spec.notes,
        )
    )
    upt.positions = [
        structural(f"Kepala {spec.name}", eselon, upt.key),
        pelaksana("Pengadministrasi Umum", f"{upt.key}/adm"),
    ]
    if spec.unit_type == "A":
        add_subbagian(
            upt,
            "subbag_tu",
            "Subbagian Tata Usaha",
            "IVb",
            ("Pengadministrasi Perkantoran", "Bendahara"),
        )
        upt.add(
            kjf(
                upt,
                f"Kelompok Jabatan Fungsional {spec.name.removeprefix('UPT ')}",
                [spec.jf, spec.jf.replace("Ahli Pertama", "Ahli Muda")],
            )
        )
    elif spec.jf:
        upt.positions.append(functional(spec.jf, f"{upt.key}/{spec.jf}"))
    return upt


def add_bidang(opd: Node, spec: BidangSpec, jf: tuple[str, ...], index: int) -> Node:
    bid = opd.add(
        Node(
            f"{opd.key}.{spec.slug}",
            "bidang",
            spec.name,
            eselon="IIIb",
            tugas=spec.tugas or bidang_tugas(spec.name, spec.focus),
            notes=spec.notes,
            urusan=main_urusan(*spec.subs),
        )
    )
    bid.positions = [structural(f"Kepala {spec.name}", "IIIb", bid.key)]
    if spec.seksi:
        for number, seksi_name in enumerate(spec.seksi, start=1):
            seksi = bid.add(Node(f"{bid.key}.seksi_{number}", "seksi", seksi_name, eselon="IVa"))
            seksi.positions = [
                structural(f"Kepala {seksi_name}", "IVa", seksi.key),
                pelaksana("Pengolah Data dan Informasi", f"{seksi.key}/p"),
            ]
    else:
        titles = [jf[index % len(jf)], jf[(index + 1) % len(jf)]]
        bid.add(
            kjf(bid, f"Kelompok Jabatan Fungsional {spec.name.removeprefix('Bidang ')}", titles)
        )
    return bid


def head_title(spec: OpdSpec, name: str) -> str:
    if spec.key == "bpbd":
        return "Kepala Pelaksana Badan Penanggulangan Bencana Daerah"
    return f"Kepala {name}"


def build_opd(spec: OpdSpec) -> Node:
    tugas, fungsi = opd_texts(spec, spec.name, spec.phrase, spec.scope)
    opd = Node(
        spec.key,
        spec.kind,
        spec.name,
        spec.short,
        spec.unit_type,
        "IIb",
        tugas,
        fungsi,
        spec.score if spec.score is not None else score(spec.key, spec.unit_type),
        spec.notes,
        main_urusan(*spec.urusan),
    )
    opd.positions = [structural(head_title(spec, spec.name), "IIb", opd.key)]
    opd.iku = iku(*spec.iku)
    add_sekretariat(opd, spec.unit_type)
    for index, bidang in enumerate(spec.bidang):
        add_bidang(opd, bidang, spec.jf, index)
    for upt in spec.upt:
        add_upt(opd, upt)
    return opd


def add_health_units(dinkes: Node) -> None:
    """The special and functional units under the Dinas Kesehatan: the regional
    laboratory, the hospital and the puskesmas."""
    add_upt(dinkes, LABKESDA)
    rs = dinkes.add(
        Node(
            "dinkes.rsud",
            "rumah_sakit",
            "Rumah Sakit Umum Daerah Sukamaju",
            "RSUD Sukamaju",
            unit_type="C",
            eselon="IIIa",
            tugas="Rumah Sakit Umum Daerah Sukamaju mempunyai tugas menyelenggarakan pelayanan "
            "kesehatan perorangan secara paripurna melalui rawat jalan, rawat inap, gawat darurat "
            "dan bedah.",
            notes="Rumah sakit daerah kelas C; unit organisasi bersifat khusus yang memiliki "
            "otonomi dalam pengelolaan keuangan dan kepegawaian (PP 72/2019).",
        )
    )
    rs.positions = [
        structural("Direktur RSUD Sukamaju", "IIIa", rs.key),
        functional("Dokter Spesialis Ahli Muda", f"{rs.key}/sp", 6, 12),
        functional("Perawat Ahli Pertama", f"{rs.key}/perawat", 30, 45),
        functional("Bidan Terampil", f"{rs.key}/bidan", 8, 14),
    ]
    for slug, name, text in (
        (
            "bid_yanmed",
            "Bidang Pelayanan Medik dan Keperawatan",
            "mengatur jadwal jaga dokter, standar asuhan keperawatan dan rekam medis pasien",
        ),
        (
            "bid_penunjang",
            "Bidang Penunjang Medik dan Nonmedik",
            "mengelola radiologi, laboratorium klinik, gizi, instalasi farmasi rumah sakit dan "
            "pemeliharaan sarana",
        ),
        (
            "bid_umkeu",
            "Bidang Administrasi Umum dan Keuangan",
            "mengelola kepegawaian, pendapatan layanan, klaim jaminan kesehatan dan keuangan "
            "badan layanan umum daerah",
        ),
    ):
        bid = rs.add(
            Node(
                f"{rs.key}.{slug}",
                "bidang",
                name,
                eselon="IIIb",
                tugas=f"{name} mempunyai tugas {text}.",
            )
        )
        bid.positions = [structural(f"Kepala {name}", "IIIb", bid.key)]
    for name in PUSKESMAS:
        slug = name.lower().replace(" ", "_")
        pkm = dinkes.add(Node(f"dinkes.pkm_{slug}", "puskesmas", f"Puskesmas {name}"))
        pkm.positions = [
            functional("Kepala Puskesmas (Dokter Ahli Madya)", f"{pkm.key}/kapus", 1, 1),
            functional("Dokter Ahli Pertama", f"{pkm.key}/dokter", 1, 3),
            functional("Perawat Terampil", f"{pkm.key}/perawat", 5, 12),
            functional("Bidan Terampil", f"{pkm.key}/bidan", 4, 10),
            pelaksana("Pengadministrasi Umum", f"{pkm.key}/adm", 1, 3),
        ]


# -- the supporting OPDs and the top of the tree ------------------------------------


# fmt: off
SETDA_ASISTEN = [
    ("asisten_pemkesra", "Asisten Pemerintahan dan Kesejahteraan Rakyat",
     "tata pemerintahan, hukum dan kesejahteraan rakyat",
     [("bag_tapem", "Bagian Tata Pemerintahan",
       "administrasi pemerintahan umum, otonomi daerah, kerja sama daerah dan batas wilayah",
       [("subbag_adpum", "Subbagian Administrasi Pemerintahan Umum",
         "laporan penyelenggaraan pemerintahan daerah dan pembinaan camat"),
        ("subbag_otda", "Subbagian Otonomi Daerah dan Kerja Sama",
         "naskah kesepakatan bersama, perjanjian kerja sama dan evaluasi kinerja otonomi"),
        ("subbag_wilayah", "Subbagian Administrasi Kewilayahan",
         "penegasan batas desa, toponimi dan pembakuan nama rupabumi")]),
      ("bag_kesra", "Bagian Kesejahteraan Rakyat",
       "pembinaan mental spiritual, fasilitasi keagamaan dan koordinasi kesejahteraan",
       [("subbag_mental", "Subbagian Bina Mental dan Spiritual",
         "hibah rumah ibadah, pembinaan pondok pesantren dan peringatan hari besar agama"),
        ("subbag_kessos", "Subbagian Kesejahteraan Sosial",
         "koordinasi program penanggulangan kemiskinan dan beasiswa daerah")]),
      ("bag_hukum", "Bagian Hukum",
       "penyusunan produk hukum daerah, bantuan hukum dan informasi hukum",
       [("subbag_perundangan", "Subbagian Perundang-undangan",
         "rancangan peraturan daerah, harmonisasi dan pengundangan dalam lembaran daerah"),
        ("subbag_bankum", "Subbagian Bantuan Hukum dan Hak Asasi Manusia",
         "pendampingan perkara di pengadilan dan penyuluhan hukum"),
        ("subbag_dokum", "Subbagian Dokumentasi dan Informasi Hukum",
         "jaringan dokumentasi dan informasi hukum serta perpustakaan hukum")])]),
    ("asisten_ekbang", "Asisten Perekonomian dan Pembangunan",
     "perekonomian, sumber daya alam dan pembinaan badan usaha milik daerah",
     [("bag_perekonomian", "Bagian Perekonomian dan Sumber Daya Alam",
       "pembinaan badan usaha milik daerah, tim pengendalian inflasi daerah dan sumber daya alam",
       [("subbag_bumd", "Subbagian Pembinaan Badan Usaha Milik Daerah",
         "penilaian kinerja Perumda Air Minum dan penyertaan modal BUMD")])]),
    ("asisten_umum", "Asisten Administrasi Umum",
     "umum, organisasi, protokol dan komunikasi pimpinan serta pengadaan barang dan jasa",
     [("bag_umum", "Bagian Umum",
       "ketatausahaan pimpinan, kerumahtanggaan dan keuangan Sekretariat Daerah",
       [("subbag_tu", "Subbagian Tata Usaha Pimpinan",
         "jadwal kegiatan, penerimaan tamu dan naskah dinas Bupati dan Wakil Bupati"),
        ("subbag_rt", "Subbagian Rumah Tangga",
         "pemeliharaan rumah dinas, kendaraan dinas dan kebersihan kompleks perkantoran"),
        ("subbag_keu", "Subbagian Keuangan dan Perlengkapan",
         "penatausahaan anggaran belanja dan perlengkapan Sekretariat Daerah")]),
      ("bag_organisasi", "Bagian Organisasi",
       "penataan kelembagaan, analisis jabatan, tata laksana, reformasi birokrasi dan "
       "akuntabilitas kinerja",
       [("subbag_kelembagaan", "Subbagian Kelembagaan dan Analisis Jabatan",
         "evaluasi kelembagaan, peta jabatan dan analisis beban kerja"),
        ("subbag_tatalaksana", "Subbagian Tata Laksana dan Pelayanan Publik",
         "standar operasional prosedur, proses bisnis dan survei kepuasan masyarakat"),
        ("subbag_rb", "Subbagian Reformasi Birokrasi dan Akuntabilitas Kinerja",
         "rencana aksi reformasi birokrasi, perjanjian kinerja dan evaluasi SAKIP")]),
      ("bag_prokopim", "Bagian Protokol dan Komunikasi Pimpinan",
       "keprotokolan, pengaturan acara dan penyiapan materi komunikasi pimpinan",
       [("subbag_protokol", "Subbagian Protokol",
         "tata acara, tata tempat dan tata penghormatan pada upacara serta kunjungan tamu"),
        ("subbag_kompim", "Subbagian Komunikasi Pimpinan",
         "naskah sambutan, pidato dan bahan wawancara Bupati"),
        ("subbag_publikasi", "Subbagian Publikasi dan Dokumentasi", "")]),
      ("bag_pbj", "Bagian Pengadaan Barang dan Jasa",
       "pengelolaan pengadaan barang/jasa dan layanan pengadaan secara elektronik",
       [("subbag_pengelolaan", "Subbagian Pengelolaan Pengadaan Barang dan Jasa",
         "pemilihan penyedia oleh kelompok kerja pemilihan"),
        ("subbag_lpse", "Subbagian Layanan Pengadaan Secara Elektronik",
         "registrasi penyedia, verifikasi dokumen dan layanan sistem pengadaan elektronik"),
        ("subbag_advokasi", "Subbagian Pembinaan dan Advokasi Pengadaan",
         "katalog elektronik lokal, konsultasi dan sertifikasi pengelola pengadaan")])]),
]
# fmt: on

TEXT_PUBLIKASI = (
    "Subbagian Publikasi dan Dokumentasi mempunyai tugas menyebarluaskan informasi tentang "
    "kebijakan dan program Pemerintah Daerah kepada masyarakat melalui media sosial, media "
    "massa dan media luar ruang, mendokumentasikan kegiatan Pemerintah Daerah, serta "
    "membangun kemitraan dengan insan pers."
)


def build_setda() -> Node:
    setda = Node(
        "setda",
        "sekretariat_daerah",
        "Sekretariat Daerah",
        "Setda",
        "A",
        "IIa",
        "Sekretariat Daerah mempunyai tugas membantu Bupati dalam penyusunan kebijakan dan "
        "pengoordinasian administratif terhadap pelaksanaan tugas Perangkat Daerah serta "
        "pelayanan administratif.",
        lettered(
            [
                "pengoordinasian penyusunan kebijakan Daerah",
                "pengoordinasian pelaksanaan tugas Perangkat Daerah",
                "pemantauan dan evaluasi pelaksanaan kebijakan Daerah",
                "pelayanan administratif dan pembinaan aparatur sipil negara pada instansi Daerah",
                "pelaksanaan fungsi lain yang diberikan oleh Bupati terkait dengan tugas dan "
                "fungsinya",
            ]
        ),
        score("setda", "A"),
        urusan=main_urusan("4.01"),
    )
    setda.positions = [structural("Sekretaris Daerah", "IIa", setda.key)]
    setda.iku = iku(
        ("Indeks Reformasi Birokrasi", "72,50", "indeks"),
        ("Predikat SAKIP Pemerintah Kabupaten", "BB", "predikat"),
    )
    for slug, name, focus, bagian_list in SETDA_ASISTEN:
        asisten = setda.add(Node(f"setda.{slug}", "asisten", name, eselon="IIb"))
        asisten.tugas = (
            f"{name} mempunyai tugas membantu Sekretaris Daerah dalam pengoordinasian "
            "perumusan kebijakan, pelaksanaan tugas Perangkat Daerah serta pemantauan dan "
            f"evaluasi pelaksanaan kebijakan di bidang {focus}."
        )
        asisten.positions = [structural(name, "IIb", asisten.key)]
        for bslug, bname, bfocus, subbag_list in bagian_list:
            bag = asisten.add(Node(f"{asisten.key}.{bslug}", "bagian", bname, eselon="IIIa"))
            bag.tugas = (
                f"{bname} mempunyai tugas menyiapkan bahan perumusan kebijakan, "
                f"pengoordinasian dan pembinaan di bidang {bfocus}."
            )
            bag.positions = [structural(f"Kepala {bname}", "IIIa", bag.key)]
            for sslug, sname, sfocus in subbag_list:
                text = (
                    f"{sname} mempunyai tugas menyiapkan bahan {sfocus}."
                    if sfocus
                    else TEXT_PUBLIKASI
                )
                sub = add_subbagian(
                    bag, sslug, sname, "IVa", ("Pengadministrasi Perkantoran",), tugas=text
                )
                if not sfocus:
                    sub.notes = NOTE_TEXT
    # Setda bagian that coordinate an urusan without carrying it out.
    tree = Tree(setda)
    tree.get("setda.asisten_pemkesra.bag_kesra").urusan = [{"code": "1.06", "role": "supporting"}]
    tree.get("setda.asisten_ekbang.bag_perekonomian").urusan = [
        {"code": "3.30", "role": "supporting"}
    ]
    # Planted problem 4: the Asisten Perekonomian dan Pembangunan is left with one
    # bagian, which is left with one subbagian beside a functional group.
    bag = tree.get("setda.asisten_ekbang.bag_perekonomian")
    bag.add(
        kjf(
            bag,
            "Kelompok Jabatan Fungsional Perekonomian dan Sumber Daya Alam",
            ["Analis Kebijakan Ahli Muda", "Analis Kebijakan Ahli Pertama"],
        )
    )
    for key in (
        "setda.asisten_ekbang",
        "setda.asisten_ekbang.bag_perekonomian",
        "setda.asisten_ekbang.bag_perekonomian.subbag_bumd",
    ):
        tree.get(key).notes = NOTE_CHAIN
    # Planted problem 8: the bagian keep subbagian other than tata usaha (and procurement)
    for _, _, _, bagian_list in SETDA_ASISTEN:
        for bslug, _, _, _ in bagian_list:
            if bslug == "bag_pbj":
                continue
            bag = next(b for b in setda.walk() if b.key.endswith(f".{bslug}"))
            bag.notes = f"{bag.notes} {NOTE_SETDA}" if bag.notes else NOTE_SETDA
    return setda


# fmt: off
SETWAN_BAGIAN = [
    ("bag_umkeu", "Bagian Umum dan Keuangan",
     "pelayanan administrasi, perjalanan dinas dan hak protokoler pimpinan serta anggota DPRD",
     [("subbag_tu", "Subbagian Tata Usaha dan Kepegawaian",
       "persuratan DPRD dan administrasi pegawai Sekretariat DPRD"),
      ("subbag_keu", "Subbagian Keuangan",
       "gaji dan tunjangan pimpinan serta anggota DPRD"),
      ("subbag_rt", "Subbagian Rumah Tangga dan Perlengkapan",
       "rumah jabatan pimpinan DPRD dan gedung rapat paripurna")]),
    ("bag_sidang", "Bagian Persidangan dan Perundang-undangan",
     "rapat paripurna, rapat alat kelengkapan dan risalah sidang DPRD",
     [("subbag_sidang", "Subbagian Persidangan dan Risalah",
       "risalah rapat paripurna"),
      ("subbag_perundangan", "Subbagian Perundang-undangan",
       "naskah akademik dan usul prakarsa DPRD serta propemperda")]),
    ("bag_fasilitasi", "Bagian Fasilitasi Penganggaran dan Pengawasan",
     "pembahasan anggaran oleh Badan Anggaran dan fungsi pengawasan DPRD",
     [("subbag_anggaran", "Subbagian Fasilitasi Penganggaran",
       "rapat Badan Anggaran dan pokok-pokok pikiran DPRD"),
      ("subbag_pengawasan", "Subbagian Fasilitasi Pengawasan",
       "rapat dengar pendapat, kunjungan kerja komisi dan aspirasi masyarakat")]),
]
# fmt: on


def build_setwan() -> Node:
    setwan = Node(
        "setwan",
        "sekretariat_dprd",
        "Sekretariat DPRD",
        "Setwan",
        "B",
        "IIb",
        "Sekretariat DPRD mempunyai tugas menyelenggarakan administrasi kesekretariatan dan "
        "keuangan, mendukung pelaksanaan tugas dan fungsi DPRD, serta menyediakan dan "
        "mengoordinasikan tenaga ahli yang diperlukan DPRD.",
        lettered(
            [
                "penyelenggaraan administrasi kesekretariatan DPRD",
                "penyelenggaraan administrasi keuangan DPRD",
                "fasilitasi penyelenggaraan rapat DPRD",
                "penyediaan dan pengoordinasian tenaga ahli yang diperlukan DPRD",
            ]
        ),
        score("setwan", "B"),
        urusan=main_urusan("4.02"),
    )
    setwan.positions = [structural("Sekretaris DPRD", "IIb", setwan.key)]
    setwan.iku = iku(
        ("Persentase rancangan peraturan daerah yang ditetapkan tepat waktu", "90", "persen")
    )
    for slug, name, focus, subbag_list in SETWAN_BAGIAN:
        bag = setwan.add(Node(f"setwan.{slug}", "bagian", name, eselon="IIIa"))
        bag.tugas = f"{name} mempunyai tugas melaksanakan urusan {focus}."
        bag.positions = [structural(f"Kepala {name}", "IIIa", bag.key)]
        for sslug, sname, sfocus in subbag_list:
            add_subbagian(
                bag,
                sslug,
                sname,
                "IVa",
                ("Pengadministrasi Perkantoran",),
                tugas=f"{sname} mempunyai tugas mengelola {sfocus}.",
            )
    return setwan


def build_inspektorat() -> Node:
    insp = Node(
        "inspektorat",
        "inspektorat",
        "Inspektorat",
        "Inspektorat",
        "B",
        "IIb",
        "Inspektorat mempunyai tugas membantu Bupati membina dan mengawasi pelaksanaan urusan "
        "pemerintahan yang menjadi kewenangan Daerah dan tugas pembantuan oleh Perangkat "
        "Daerah.",
        lettered(
            [
                "perumusan kebijakan teknis di bidang pengawasan",
                "pelaksanaan pengawasan internal terhadap kinerja dan keuangan",
                "pelaksanaan pengawasan untuk tujuan tertentu atas penugasan Bupati",
                "penyusunan laporan hasil pengawasan",
            ]
        ),
        score("inspektorat", "B"),
        urusan=main_urusan("6.01"),
    )
    insp.positions = [structural("Inspektur", "IIb", insp.key)]
    insp.iku = iku(
        ("Level kapabilitas Aparat Pengawasan Intern Pemerintah", "3", "level"),
        ("Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti", "90", "persen"),
    )
    add_sekretariat(insp, "B")
    for number, roman, objects in [
        (1, "I", "Sekretariat Daerah, Sekretariat DPRD, Bappelitbangda dan BPKAD"),
        (2, "II", "dinas rumpun pendidikan, kesehatan, sosial dan kependudukan"),
        (3, "III", "dinas rumpun infrastruktur, lingkungan hidup, pertanian dan perhubungan"),
        (4, "IV", "kecamatan, kelurahan serta pengawasan dana desa"),
    ]:
        name = f"Inspektur Pembantu Wilayah {roman}"
        irban = insp.add(
            Node(f"inspektorat.irban_{number}", "inspektur_pembantu", name, eselon="IIIa")
        )
        irban.tugas = (
            f"{name} mempunyai tugas melaksanakan audit, reviu, evaluasi dan "
            f"pemantauan pada {objects}."
        )
        irban.positions = [structural(name, "IIIa", irban.key)]
        irban.add(
            kjf(
                irban,
                f"Kelompok Jabatan Fungsional Pengawasan Wilayah {roman}",
                [
                    "Auditor Ahli Muda",
                    "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Pertama",
                ],
            )
        )
    return insp


# fmt: off
KECAMATAN = [
    ("sukamaju", "Sukamaju", "A", ["Pasar Baru", "Kauman", "Kebondalem", "Krajan", "Sidoharjo",
                                   "Purwosari", "Margorejo"]),
    ("wonorejo", "Wonorejo", "A", ["Wonorejo", "Ngemplak", "Tanjungsari", "Kedungsari"]),
    ("karangsari", "Karangsari", "B", ["Karangsari", "Banjarsari"]),
    ("sidomulyo", "Sidomulyo", "B", ["Sidomulyo", "Mlati"]),
    ("tegalrejo", "Tegalrejo", "B", ["Tegalrejo"]),
    ("banyuurip", "Banyuurip", "B", ["Banyuurip"]),
    ("sumberagung", "Sumberagung", "B", ["Sumberagung"]),
    ("gondangwetan", "Gondangwetan", "B", []),
    ("jatisari", "Jatisari", "B", []),
    ("kaliwungu", "Kaliwungu Selatan", "B", []),
]
KEC_SEKSI = ["Seksi Pemerintahan", "Seksi Ketenteraman dan Ketertiban Umum",
             "Seksi Pemberdayaan Masyarakat dan Desa", "Seksi Kesejahteraan Sosial",
             "Seksi Pelayanan Umum"]
KEL_SEKSI = ["Seksi Pemerintahan dan Ketenteraman",
             "Seksi Pemberdayaan Masyarakat dan Kesejahteraan Sosial",
             "Seksi Pembangunan dan Pelayanan Umum"]
STAF_AHLI = [
    ("Hukum, Politik dan Pemerintahan",
     "harmonisasi regulasi daerah, hubungan dengan partai politik dan kerja sama antardaerah"),
    ("Ekonomi, Keuangan dan Pembangunan",
     "pertumbuhan ekonomi, kapasitas fiskal, iklim investasi dan percepatan infrastruktur"),
    ("Kemasyarakatan dan Sumber Daya Manusia",
     "kualitas pendidikan dan kesehatan, penanggulangan kemiskinan dan kerukunan umat "
     "beragama"),
]
LINKS = [
    ("bpbd", "satpolpp", "Koordinasi penanganan kebakaran dan kedaruratan bencana"),
    ("bappelitbangda", "bpkad",
     "Tim Anggaran Pemerintah Daerah: sinkronisasi perencanaan dan penganggaran"),
    ("setda.asisten_umum.bag_organisasi", "bkpsdm",
     "Koordinasi penataan kelembagaan dan formasi jabatan"),
]
# fmt: on


def build_kecamatan(slug: str, name: str, unit_type: str, kelurahan: list[str]) -> Node:
    key = f"kec_{slug}"
    points = num(key, 6100, 7600) if unit_type == "A" else num(key, 4300, 5900)
    kec = Node(key, "kecamatan", f"Kecamatan {name}", f"Kec. {name}", unit_type, "IIIa")
    kec.workload_score, kec.urusan = points / 10, main_urusan("7.01")
    kec.positions = [structural(f"Camat {name}", "IIIa", key)]
    ikm = str(num(key + "/ikm", 78, 89))
    kec.iku = iku(("Indeks Kepuasan Masyarakat atas pelayanan kecamatan", ikm, "indeks"))
    sek_eselon = "IIIb" if unit_type == "A" else "IVa"
    sek = kec.add(Node(f"{key}.sekretariat", "sekretariat", "Sekretariat Kecamatan"))
    sek.eselon = sek_eselon
    sek.positions = [
        structural("Sekretaris Kecamatan", sek_eselon, sek.key),
        pelaksana("Pengadministrasi Perkantoran", f"{sek.key}/p"),
    ]
    if unit_type == "A":
        staff = ("Pengadministrasi Perkantoran",)
        add_subbagian(sek, "subbag_umum", "Subbagian Umum dan Kepegawaian", "IVb", staff)
        add_subbagian(
            sek, "subbag_keuangan", "Subbagian Perencanaan dan Keuangan", "IVb", ("Bendahara",)
        )
    for number, seksi_name in enumerate(KEC_SEKSI[: 5 if unit_type == "A" else 4], start=1):
        seksi = kec.add(Node(f"{key}.seksi_{number}", "seksi", seksi_name, eselon="IVa"))
        seksi.positions = [
            structural(f"Kepala {seksi_name}", "IVa", seksi.key),
            pelaksana("Pengolah Data dan Informasi", f"{seksi.key}/p", 1, 2),
        ]
    for kel_name in kelurahan:
        kkey = f"{key}.kel_{kel_name.lower().replace(' ', '_')}"
        kel = kec.add(Node(kkey, "kelurahan", f"Kelurahan {kel_name}", eselon="IVa"))
        kel.positions = [
            structural(f"Lurah {kel_name}", "IVa", kkey),
            pelaksana("Pengadministrasi Umum", f"{kkey}/p", 1, 3),
        ]
        ksek = kel.add(Node(f"{kkey}.sekretariat", "sekretariat", "Sekretariat Kelurahan"))
        ksek.eselon = "IVb"
        ksek.positions = [structural("Sekretaris Kelurahan", "IVb", ksek.key)]
        for number, seksi_name in enumerate(KEL_SEKSI[: 3 if unit_type == "A" else 2], 1):
            seksi = kel.add(Node(f"{kkey}.seksi_{number}", "seksi", seksi_name, eselon="IVb"))
            seksi.positions = [structural(f"Kepala {seksi_name}", "IVb", seksi.key)]
    return kec


def build_current() -> Node:
    root = Node("bupati", "kepala_daerah", "Bupati Sukamaju", "Bupati")
    root.add(Node("wabup", "wakil_kepala_daerah", "Wakil Bupati Sukamaju", "Wakil Bupati"))
    for number, (field_name, topics) in enumerate(STAF_AHLI, start=1):
        name = f"Staf Ahli Bupati Bidang {field_name}"
        staf = root.add(Node(f"staf_ahli_{number}", "staf_ahli", name, eselon="IIb"))
        staf.tugas = (
            f"{name} mempunyai tugas memberikan telaahan dan rekomendasi kepada "
            f"Bupati mengenai {topics}."
        )
        staf.positions = [structural(name, "IIb", staf.key)]
    root.add(build_setda())
    root.add(build_setwan())
    root.add(build_inspektorat())
    for spec in DINAS:
        opd = root.add(build_opd(spec))
        if spec.key == "dinkes":
            add_health_units(opd)
    for spec in BADAN:
        root.add(build_opd(spec))
    for row in KECAMATAN:
        root.add(build_kecamatan(*row))
    return root


# -- the proposal ---------------------------------------------------------------------


class Tree:
    """Lookups over a tree being edited."""

    def __init__(self, root: Node) -> None:
        self.root = root

    def get(self, key: str) -> Node:
        for node in self.root.walk():
            if node.key == key:
                return node
        raise KeyError(key)

    def parent(self, key: str) -> Node:
        for node in self.root.walk():
            if any(child.key == key for child in node.children):
                return node
        raise KeyError(key)

    def detach(self, key: str) -> Node:
        parent = self.parent(key)
        node = self.get(key)
        parent.children.remove(node)
        return node


def spec_of(key: str) -> OpdSpec:
    return next(s for s in [*DINAS, *BADAN] if s.key == key)


def retext(opd: Node, name: str, short: str, phrase: str, scope: str, *fungsi: str) -> None:
    spec = copy.copy(spec_of(opd.key))
    if fungsi:
        spec.fungsi = fungsi
    opd.tugas, opd.fungsi = opd_texts(spec, name, phrase, scope)
    opd.name, opd.short_name = name, short
    opd.positions[0]["title"] = f"Kepala {name}"


def take_staff(into: Node, positions: list[dict[str, Any]]) -> None:
    """Move ``positions`` into a unit, adding to a position of the same title."""
    for position in positions:
        same = next((p for p in into.positions if p["title"] == position["title"]), None)
        if same is None:
            into.positions.append(dict(position))
        else:
            same["existing"] += position["existing"]
            same["needed"] += position["needed"]


def op(
    kind: str, before: list[str], after: list[str], justification: str, date: str,
    basis: str = "",
) -> dict[str, Any]:  # fmt: skip
    entry = {
        "kind": kind,
        "before": before,
        "after": after,
        "justification": justification,
        "date": date,
    }
    if basis:
        entry["basis"] = basis
    return entry


# The legal basis of each step, in Indonesian legal form, as the texts in
# ../shared/reference/law/ print the pasal (Sukamaju is a kabupaten). A rename that
# follows another step has none of its own: its reason says which step it follows.
BASIS_ONE_DINAS = "PP 18/2016 Pasal 37 ayat (6)"
BASIS_CAP_TIPE_B = "PP 18/2016 Pasal 82 ayat (1)"
BASIS_RUMPUN = "PP 18/2016 Pasal 40 ayat (3) dan ayat (4) huruf d"
BASIS_PERTANAHAN = "PP 18/2016 Pasal 37 ayat (4) huruf d dan ayat (6); Pasal 40 ayat (4) huruf f"
BASIS_HABIS_TUGAS = "PP 18/2016 Pasal 2 huruf e"
BASIS_SIMPLIFICATION = (
    "Surat Menteri Dalam Negeri Nomor 800/2603/OTDA; PermenPANRB Nomor 25 Tahun 2021 "
    "(penyederhanaan struktur); PermenPANRB Nomor 17 Tahun 2021 (penyetaraan jabatan)"
)


def build_proposal(current: Node) -> tuple[Node, list[dict[str, Any]]]:
    root = copy.deepcopy(current)
    for node in root.walk():
        node.origins = [node.key]
        kept = ("[Masalah contoh 4]", "[Masalah contoh 8]")  # the two left unfixed
        if not any(k in node.notes for k in kept) and "[Masalah contoh" in node.notes:
            node.notes = ""
    tree = Tree(root)
    ops: list[dict[str, Any]] = []
    ops += merge_pppa(tree)
    ops += abolish_pengujian(tree)
    ops += convert_seksi(tree)
    ops += move_transmigrasi(tree)
    ops += create_pertanahan(tree)
    ops += merge_publikasi(tree)
    for node in root.walk():
        if NOTE_CHAIN in node.notes:
            node.notes = node.notes.replace(
                NOTE_CHAIN,
                f"{NOTE_CHAIN} Belum ditangani dalam usulan ini; akan diselesaikan pada "
                "penataan Sekretariat Daerah tahap berikutnya.",
            )
    return root, ops


def merge_pppa(tree: Tree) -> list[dict[str, Any]]:
    dinsos = tree.get("dinsos")
    old = tree.detach("dinsos.bid_pppa")
    target = tree.get("dp2kbp3a.bid_ppa")
    target.origins.append(old.key)
    target.urusan = sorted(target.urusan + old.urusan, key=lambda a: a["code"])
    focus = (
        "pengarusutamaan gender, kualitas hidup perempuan, pemenuhan hak anak, "
        "pendampingan perempuan dan anak korban kekerasan serta sistem data gender dan "
        "anak"
    )
    target.tugas = bidang_tugas(target.name, focus)
    group, old_group = target.children[0], old.children[0]
    group.origins.append(old_group.key)
    take_staff(group, old_group.positions)
    dinsos.urusan = [a for a in dinsos.urusan if a["code"] != "2.08"]
    retext(
        dinsos,
        "Dinas Sosial",
        "Dinsos",
        "sosial",
        "rehabilitasi sosial, perlindungan dan jaminan sosial serta penanganan fakir miskin",
        "rehabilitasi sosial penyandang disabilitas, anak dan lanjut usia terlantar",
        "penyaluran bantuan sosial dan pengelolaan data terpadu kesejahteraan sosial",
        "pemberdayaan sosial dan penanganan warga negara migran korban tindak kekerasan",
    )
    return [
        op(
            "merge",
            ["dinsos.bid_pppa", "dp2kbp3a.bid_ppa"],
            ["dp2kbp3a.bid_ppa"],
            "Urusan Pemberdayaan Perempuan dan Perlindungan Anak (2.08) dilaksanakan oleh dua "
            "dinas sekaligus. Satu urusan diwadahi oleh satu Perangkat Daerah (PP 18/2016 Pasal "
            "37 ayat (6)), sehingga Bidang Pemberdayaan Perempuan dan Perlindungan Anak pada "
            "Dinas Sosial digabung ke dalam Bidang Perlindungan Perempuan dan Anak pada "
            "DP2KBP3A beserta pejabat fungsionalnya.",
            "2026-03-04",
            BASIS_ONE_DINAS,
        ),
        op(
            "rename",
            ["dinsos"],
            ["dinsos"],
            "Setelah urusan 2.08 dialihkan ke DP2KBP3A, nomenklatur Dinas Sosial, Pemberdayaan "
            "Perempuan dan Perlindungan Anak disesuaikan menjadi Dinas Sosial.",
            "2026-03-04",
        ),
    ]


def abolish_pengujian(tree: Tree) -> list[dict[str, Any]]:
    old = tree.detach("dishub.bid_pengujian")
    upt = tree.get("dishub.upt_pkb")
    take_staff(upt, old.children[0].positions)
    return [
        op(
            "abolish",
            ["dishub.bid_pengujian", "dishub.bid_pengujian.kjf"],
            [],
            "Dinas Perhubungan tipe B memiliki 4 bidang, melebihi batas paling banyak 3 bidang "
            "(PP 18/2016 Pasal 82). Bidang Pengujian Sarana dihapus karena pengujian berkala "
            "kendaraan bermotor telah dilaksanakan oleh UPT Pengujian Kendaraan Bermotor; "
            "pejabat fungsional penguji dipindahkan ke UPT tersebut.",
            "2026-03-06",
            BASIS_CAP_TIPE_B,
        ),
    ]


def convert_seksi(tree: Tree) -> list[dict[str, Any]]:
    ops = []
    for key, jf in (
        ("distapang.bid_tph", "Pengendali Organisme Pengganggu Tumbuhan"),
        ("distapang.bid_peternakan", "Medik Veteriner"),
        ("dpupr.bid_binamarga", "Teknik Jalan dan Jembatan"),
    ):
        bid = tree.get(key)
        seksi = bid.children
        group = Node(
            f"{key}.kjf",
            "kelompok_fungsional",
            f"Kelompok Jabatan Fungsional {bid.name.removeprefix('Bidang ')}",
            origins=[s.key for s in seksi],
            sort_order=seksi[0].sort_order,
        )
        heads = sum(
            p["existing"] for s in seksi for p in s.positions if p["category"] == "structural"
        )
        staff = sum(
            p["existing"] for s in seksi for p in s.positions if p["category"] == "pelaksana"
        )
        group.positions = [
            {
                "title": f"{jf} Ahli Muda",
                "category": "functional",
                "eselon": None,
                "existing": heads,
                "needed": len(seksi),
            },
            {
                "title": f"{jf} Ahli Pertama",
                "category": "functional",
                "eselon": None,
                "existing": staff,
                "needed": staff + 1,
            },
        ]
        bid.children = [group]
        ops.append(
            op(
                "convert",
                [s.key for s in seksi],
                [group.key],
                f"Penyederhanaan birokrasi (Surat Mendagri 800/2603/OTDA dan PermenPANRB 25/2021): "
                f"seksi pada {bid.name} dialihkan menjadi kelompok jabatan fungsional; jabatan "
                "pengawas disetarakan menjadi jabatan fungsional ahli muda.",
                "2026-03-09",
                BASIS_SIMPLIFICATION,
            )
        )
    return ops


def rekey(node: Node, old_prefix: str, new_prefix: str) -> None:
    for each in node.walk():
        each.key = new_prefix + each.key.removeprefix(old_prefix)


def move_transmigrasi(tree: Tree) -> list[dict[str, Any]]:
    pmd, naker = tree.get("dpmdtrans"), tree.get("disnaker")
    bid = tree.detach("dpmdtrans.bid_transmigrasi")
    rekey(bid, "dpmdtrans.", "disnaker.")
    naker.add(bid)
    bid.notes = ""
    pmd.urusan = [a for a in pmd.urusan if a["code"] != "3.32"]
    naker.urusan += main_urusan("3.32")
    retext(
        pmd,
        "Dinas Pemberdayaan Masyarakat dan Desa",
        "Dispermades",
        "pemberdayaan masyarakat dan desa",
        "penataan dan administrasi pemerintahan desa serta pemberdayaan lembaga "
        "kemasyarakatan dan lembaga adat desa",
        "fasilitasi penataan desa dan pengelolaan keuangan desa",
        "pemberdayaan lembaga kemasyarakatan desa dan badan usaha milik desa",
        "pembinaan kerja sama antardesa",
    )
    retext(
        naker,
        "Dinas Tenaga Kerja dan Transmigrasi",
        "Disnakertrans",
        "tenaga kerja dan bidang transmigrasi",
        "pelatihan kerja dan peningkatan produktivitas, penempatan tenaga kerja, pembinaan "
        "hubungan industrial serta pelayanan calon transmigran",
        "penyelenggaraan pelatihan kerja berbasis kompetensi dan pemagangan",
        "pelayanan antarkerja dan penyelesaian perselisihan hubungan industrial",
        "pendaftaran, seleksi dan pemberangkatan calon transmigran",
    )
    return [
        op(
            "move",
            ["dpmdtrans.bid_transmigrasi"],
            ["disnaker.bid_transmigrasi"],
            "Dinas Pemberdayaan Masyarakat, Desa dan Transmigrasi menggabungkan urusan dari "
            "rumpun yang berbeda (2.13 rumpun b dan 3.32 rumpun d), padahal penggabungan urusan "
            "hanya dalam satu rumpun (PP 18/2016 Pasal 40). Bidang Transmigrasi dipindahkan ke "
            "Dinas Tenaga Kerja yang serumpun (rumpun d).",
            "2026-03-11",
            BASIS_RUMPUN,
        ),
        op(
            "rename",
            ["dpmdtrans", "disnaker"],
            ["dpmdtrans", "disnaker"],
            "Nomenklatur disesuaikan dengan urusan yang diwadahi setelah pemindahan urusan "
            "transmigrasi: Dinas Pemberdayaan Masyarakat dan Desa, dan Dinas Tenaga Kerja dan "
            "Transmigrasi.",
            "2026-03-11",
        ),
    ]


def create_pertanahan(tree: Tree) -> list[dict[str, Any]]:
    perkim = tree.get("perkim")
    spec = B(
        "bid_pertanahan",
        "Bidang Pertanahan",
        "sengketa tanah garapan, ganti kerugian dan santunan tanah untuk pembangunan, "
        "izin membuka tanah serta perencanaan penggunaan tanah",
        ("2.10.3", "2.10.4", "2.10.8", "2.10.9"),
    )
    bid = add_bidang(
        perkim, spec, ("Penata Kadastral Ahli Muda", "Analis Kebijakan Ahli Pertama"), 0
    )
    perkim.urusan += main_urusan("2.10")
    perkim.notes = ""
    retext(
        perkim,
        "Dinas Perumahan, Kawasan Permukiman dan Pertanahan",
        "Disperkimtan",
        "perumahan rakyat dan kawasan permukiman serta bidang pertanahan",
        "penyediaan rumah layak huni, peningkatan kualitas kawasan permukiman kumuh, "
        "prasarana, sarana dan utilitas umum, serta penyelesaian masalah pertanahan",
        "pendataan dan penyediaan rumah bagi korban bencana serta masyarakat berpenghasilan rendah",
        "penataan dan peningkatan kualitas kawasan permukiman kumuh",
        "penyelesaian sengketa tanah garapan dan perencanaan penggunaan tanah",
    )
    return [
        op(
            "create",
            [],
            [bid.key, bid.children[0].key],
            "Urusan wajib Pertanahan (2.10) belum diwadahi oleh Perangkat Daerah mana pun. "
            "Dibentuk Bidang Pertanahan pada Dinas Perumahan dan Kawasan Permukiman (serumpun, "
            "rumpun f) untuk melaksanakan sub-urusan sengketa tanah garapan, ganti kerugian dan "
            "santunan tanah, izin membuka tanah serta penggunaan tanah.",
            "2026-03-13",
            BASIS_PERTANAHAN,
        ),
        op(
            "rename",
            ["perkim"],
            ["perkim"],
            "Nomenklatur disesuaikan menjadi Dinas Perumahan, Kawasan Permukiman dan "
            "Pertanahan karena dinas ini menerima urusan pertanahan.",
            "2026-03-13",
        ),
    ]


def merge_publikasi(tree: Tree) -> list[dict[str, Any]]:
    key = "setda.asisten_umum.bag_prokopim.subbag_publikasi"
    old = tree.detach(key)
    bid = tree.get("diskominfo.bid_ikp")
    bid.origins.append(key)
    bid.notes = ""
    bid.tugas = (
        "Bidang Informasi dan Komunikasi Publik mempunyai tugas melaksanakan pengelolaan dan "
        "penyebarluasan informasi mengenai kebijakan dan program Pemerintah Daerah kepada "
        "masyarakat melalui media massa, media sosial dan media luar ruang, peliputan dan "
        "dokumentasi kegiatan Pemerintah Daerah dan pimpinan Daerah, serta membangun "
        "kemitraan dengan insan pers."
    )
    staff = sum(p["existing"] for p in old.positions)
    take_staff(
        bid.children[0],
        [functional("Pranata Hubungan Masyarakat Ahli Pertama", key, staff, staff)],
    )
    return [
        op(
            "merge",
            [key, "diskominfo.bid_ikp"],
            ["diskominfo.bid_ikp"],
            "Tugas Subbagian Publikasi dan Dokumentasi pada Bagian Protokol dan Komunikasi "
            "Pimpinan tumpang tindih dengan Bidang Informasi dan Komunikasi Publik pada "
            "Diskominfo (penyebarluasan informasi kebijakan Pemerintah Daerah melalui media). "
            "Subbagian dihapus dan tugasnya digabung ke Bidang Informasi dan Komunikasi Publik "
            "sebagai pelaksana urusan komunikasi dan informatika (2.16).",
            "2026-03-16",
            BASIS_HABIS_TUGAS,
        ),
    ]


# -- output ---------------------------------------------------------------------------


def unit_entry(node: Node, parent: str | None) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "key": node.key,
        "parent": parent,
        "kind": node.kind,
        "name": node.name,
    }
    optional = {
        "short_name": node.short_name,
        "unit_type": node.unit_type,
        "eselon": node.eselon,
        "sort_order": node.sort_order,
        "tugas": node.tugas,
        "fungsi": node.fungsi,
        "headcount_existing": sum(p["existing"] for p in node.positions),
        "headcount_needed": sum(p["needed"] for p in node.positions),
        "workload_score": node.workload_score,
        "notes": node.notes,
        "urusan": node.urusan,
        "positions": node.positions,
        "iku": node.iku,
        "origins": node.origins,
    }
    entry.update({k: v for k, v in optional.items() if v not in ("", None, 0, [])})
    return entry


def units_of(root: Node) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def visit(node: Node, parent: str | None) -> None:
        out.append(unit_entry(node, parent))
        for child in sorted(node.children, key=lambda c: c.sort_order):
            visit(child, node.key)

    visit(root, None)
    return out


def build_document() -> dict[str, Any]:
    current = build_current()
    proposal, operations = build_proposal(current)
    links = [{"from": a, "to": b, "note": n} for a, b, n in LINKS]
    return {
        "format": FORMAT,
        "version": VERSION,
        "region": {
            "name": "Kabupaten Sukamaju",
            "level": "kabupaten",
            "code": "33.99",
            "geo_factor": 1.0,
            "preparing_unit": "Bagian Organisasi Sekretariat Daerah Kabupaten Sukamaju",
        },
        "scenarios": [
            {
                "name": CURRENT_NAME,
                "role": "current",
                "derived_from": None,
                "created": CURRENT_CREATED,
                "units": units_of(current),
                "links": links,
                "operations": [],
            },
            {
                "name": PROPOSAL_NAME,
                "role": "proposal",
                "derived_from": CURRENT_NAME,
                "created": PROPOSAL_CREATED,
                "units": units_of(proposal),
                "links": links,
                "operations": operations,
            },
        ],
    }


# -- the pemetaan urusan ----------------------------------------------------------------

#: The region's own figures for the variabel umum (Lampiran, "VARIABEL UMUM"), by the
#: indicator's number: a kabupaten of Jawa Tengah of about 1.1 million people on some
#: 970 km2 with an APBD near Rp2.9 trillion. Read by name, not number, below.
UMUM_BY_WORD = (
    ("penduduk", Decimal("1134567")),
    ("luas", Decimal("1569.36")),
    ("apbd", Decimal("2916450000000")),
    ("anggaran", Decimal("2916450000000")),
)
PEMETAAN_YEAR = 2025
PEMETAAN_SOURCE = (
    "BPS Kabupaten Sukamaju (Sukamaju Dalam Angka 2025), Disdukcapil, APBD 2025 dan data "
    "perangkat daerah teknis"
)
#: What an urusan held by no OPD of its own, or merged into another's dinas, scores:
#: a bidang (Pasal 53 ayat (5) huruf a).
BIDANG_TARGET = 350.0


def _representative(cls: Any) -> Decimal:
    """A plausible value inside one printed class: its middle, or beyond its one bound."""
    lower, upper = cls.lower, cls.upper
    if lower is not None and upper is not None:
        value = (lower + upper) / 2
    elif lower is not None:
        value = lower * Decimal("1.25") + 1
    else:
        value = upper / 2 if upper else Decimal(0)
    whole = all(b is None or b == b.to_integral_value() for b in (lower, upper))
    value = value.quantize(Decimal(1)) if whole or value >= 10 else value.quantize(Decimal("0.01"))
    for candidate in (value, value + 1, value - 1, lower, upper):
        if candidate is not None and candidate >= 0 and cls.contains(candidate):
            return Decimal(candidate)
    raise SystemExit(f"no value inside class {cls}")


#: What the region is, for the indicators that ask it in so many words (first match of
#: the indicator's name wins): the same figure in every table that asks for it.
FACTS = (
    ("kepadatan", Decimal("723")),
    ("perangkat daerah", Decimal("31")),
    ("penduduk", Decimal("1134567")),
    ("kecamatan", Decimal("10")),
    ("desa", Decimal("273")),
    ("luas wilayah", Decimal("1569.36")),
    ("kelurahan/desa", Decimal("273")),
    ("apbd", Decimal("2916450000000")),
    ("anggota dprd", Decimal("50")),
)


def _fact(ind: Any) -> Decimal | None:
    name = ind.name.lower().replace("jumlah ", "", 1) if ind.name.lower().startswith(
        "jumlah ") else ind.name.lower()  # fmt: skip
    # "penduduk" is the population, not "mobilitas penduduk"; "kepadatan" anywhere
    value = next(
        (v for word, v in FACTS if name.startswith(word) or (word == "kepadatan" and word in name)),
        None,
    )
    if value is None or ind.classify(value) is None:
        return None
    return value


def _classes_for(indicators: list[Any], need: float, fixed: dict[int, Any]) -> dict[int, Any]:
    """A class per indicator so that the technical part comes near ``need``: the
    ``fixed`` ones as they are, every other starting at its lowest scale and the
    heaviest raised first."""
    chosen = {ind.no: fixed.get(ind.no) or min(ind.classes, key=lambda c: c.scale)
              for ind in indicators}  # fmt: skip
    indicators = [ind for ind in indicators if ind.no not in fixed]

    def total() -> float:
        return float(sum(c.score for c in chosen.values()))

    while total() < need:
        raisable = [
            ind for ind in indicators
            if any(c.scale > chosen[ind.no].scale for c in ind.classes)
        ]  # fmt: skip
        if not raisable:
            break
        ind = max(raisable, key=lambda i: (i.weight, -i.no))
        step = min((c for c in ind.classes if c.scale > chosen[ind.no].scale),
                   key=lambda c: c.scale)  # fmt: skip
        if total() + float(step.score - chosen[ind.no].score) > need + 25:
            # a smaller step elsewhere comes closer
            smaller = [i for i in raisable if i is not ind]
            if not smaller:
                chosen[ind.no] = step
                break
            ind = min(smaller, key=lambda i: (i.weight, i.no))
            step = min((c for c in ind.classes if c.scale > chosen[ind.no].scale),
                       key=lambda c: c.scale)  # fmt: skip
        chosen[ind.no] = step
    return chosen


def sample_pemetaan(doc: dict[str, Any]) -> dict[str, Any]:
    """Indicator values of the sample region, so that each urusan's score (Lampiran V)
    calls for the type its OPD has: the first main urusan of each OPD scores what the
    OPD's recorded score says, an urusan merged into another's dinas or held by none
    scores a bidang. The kecamatan table is left empty (each kecamatan has values of its
    own). Checked with the scoring itself before it is written."""
    from rbdesk.analysis.pemetaan import evaluate
    from rbdesk.rules.pemetaan import load_lampiran

    lampiran = load_lampiran()
    targets: dict[str, float] = {}
    for unit in doc["scenarios"][0]["units"]:
        codes = [u["code"] for u in unit.get("urusan", []) if u.get("role", "main") == "main"]
        if not codes or unit.get("workload_score") is None or unit["kind"] == "kecamatan":
            continue
        first = codes[0]
        targets[first] = max(targets.get(first, 0.0), float(unit["workload_score"]))
    values: dict[tuple[str, int], Decimal] = {}
    shared = ("umum", "umum_fungsi")  # the urusan's variabel umum, the functions' own
    for kode in shared:
        table = lampiran.table("kabupaten", kode)
        for ind in table.indicators if table is not None else ():
            name = ind.name.lower()
            value = next((v for word, v in UMUM_BY_WORD if word in name), None)
            if value is None:
                raise SystemExit(f"no sample value for the {kode} indicator {ind.name!r}")
            values[(kode, ind.no)] = value
    general = evaluate("kabupaten", values)
    parts = {
        "umum": float(sum(i.score for i in general.umum if i.score is not None)),
        "umum_fungsi": float(
            sum(i.score for i in getattr(general, "umum_fungsi", ()) if i.score is not None)
        ),
    }
    for table in lampiran.tables_of("kabupaten"):
        if table.kode in (*shared, "kecamatan") or getattr(table, "variant", None) == "kepulauan":
            continue
        umum_part = parts["umum" if table.part == "urusan" else "umum_fungsi"]
        target = targets.get(table.kode, BIDANG_TARGET)
        facts = {ind.no: v for ind in table.indicators if (v := _fact(ind)) is not None}
        fixed = {no: next(c for c in ind.classes if c.contains(facts[no]))
                 for ind in table.indicators if (no := ind.no) in facts}  # fmt: skip
        chosen = _classes_for(list(table.indicators), target - umum_part, fixed)
        chosen = _nudge(list(table.indicators), chosen, set(fixed), umum_part, target)
        total = umum_part + float(sum(c.score for c in chosen.values()))
        if form_of_target(total) != form_of_target(target):
            # the region's own figures alone decide otherwise: every value chosen
            facts = {}
            chosen = _classes_for(list(table.indicators), target - umum_part, {})
        for ind in table.indicators:
            values[(table.kode, ind.no)] = facts.get(ind.no) or _representative(chosen[ind.no])
    scores = evaluate("kabupaten", values, Decimal(str(doc["region"]["geo_factor"])))
    for code, target in targets.items():
        found = scores.score(code)
        if found is None:
            continue
        wanted = form_of_target(target)
        if found.bentuk != wanted:
            raise SystemExit(f"pemetaan of {code}: {found.skor} is {found.bentuk}, not {wanted}")
    return {
        "year": PEMETAAN_YEAR,
        "source": PEMETAAN_SOURCE,
        "values": [
            {"kode": kode, "no": no, "nilai": canonical(value)}
            for (kode, no), value in sorted(values.items())
        ],
    }


#: The scores where what the law allows changes: the forms of Langkah 4 and the splits
#: of Pasal 73/90 (951–975 both tipe B, above 975 both tipe A).
THRESHOLDS = (300, 400, 600, 800, 950, 975)


def _band(score: float) -> int:
    return sum(score > t for t in THRESHOLDS)


def _nudge(indicators: list[Any], chosen: dict[int, Any], fixed: set[int], umum_part: float,
           target: float) -> dict[int, Any]:  # fmt: skip
    """Step the lightest free indicator one class down (or up) until the total is in the
    band of ``target`` (:data:`THRESHOLDS`): the greedy choice can overshoot into the next
    band when the only free indicator is heavy, or stop just short of it."""
    wanted = _band(target)
    for _ in range(50):
        now = _band(umum_part + float(sum(c.score for c in chosen.values())))
        if now == wanted:
            break
        sign = 1 if now < wanted else -1
        movable = [
            ind for ind in indicators if ind.no not in fixed
            and any((c.scale - chosen[ind.no].scale) * sign > 0 for c in ind.classes)
        ]  # fmt: skip
        if not movable:
            break
        ind = min(movable, key=lambda i: (i.weight, i.no))
        chosen[ind.no] = min(
            (c for c in ind.classes if (c.scale - chosen[ind.no].scale) * sign > 0),
            key=lambda c: abs(c.scale - chosen[ind.no].scale),
        )
    return chosen


def form_of_target(score: float) -> str:
    """The form a score calls for (Lampiran V Langkah 4)."""
    return "A" if score > 800 else "B" if score > 600 else "C" if score > 400 else (
        "bidang" if score > 300 else "seksi")  # fmt: skip


def check_planted(doc: dict[str, Any]) -> None:
    units = {u["key"]: u for u in doc["scenarios"][0]["units"]}
    for problem in PLANTED_PROBLEMS:
        marker = f"[Masalah contoh {problem['number']}]"
        for ref in problem["units"]:
            unit = units.get(ref["key"])
            if unit is None or unit["name"] != ref["name"]:
                raise SystemExit(f"planted problem {problem['id']}: no unit {ref}")
        if not any(marker in units[ref["key"]].get("notes", "") for ref in problem["units"]):
            raise SystemExit(f"planted problem {problem['id']}: no unit notes '{marker}'")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--output",
        type=Path,
        default=resource_path(*SAMPLE_PARTS),
        help="where to write the JSON (default: the shipped resource)",
    )
    args = parser.parse_args(argv)
    doc = build_document()
    doc["pemetaan"] = sample_pemetaan(doc)
    check_planted(doc)
    read_document(doc)  # raises on anything the loader would reject
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(dump_document(doc).encode("utf-8"))
    counts = [len(s["units"]) for s in doc["scenarios"]]
    print(f"wrote {args.output} ({counts[0]} units now, {counts[1]} proposed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Transcribe the Lampiran of PP 18/2016 into ``resources/pemetaan/pp18-2016-lampiran.json``.

The published text (``/work/shared/reference/law/pp-18-2016.md``) prints every table
flattened into running text: ``N name a. interval scale [bobot] score b. …``, the bobot
once per indicator. This tool parses it, uses the score column as a checksum to tell
the bobot from the score, applies the hand fixes of :data:`FIXES` where the flattening
scrambled a row, and records every misprint it corrects as an erratum.

    python3 tools/lampiran_source.py [LAW.md] [--check]
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAW = Path("/work/shared/reference/law/pp-18-2016.md")
OUT = ROOT / "resources" / "pemetaan" / "pp18-2016-lampiran.json"
VERSION = "2026.1"
SOURCE = ("PP 18/2016 tentang Perangkat Daerah, Lampiran I–V (LN 2016/114), text of "
          "mblonyox/data-peraturan")  # fmt: skip

NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
HEADER = re.compile(r"NO INDIKATOR & KELAS INTERVAL SKALA NILAI BOBOT \(%\) SKOR 1 2 3 4 5")
SCALES = {200, 400, 600, 800, 1000}

# Part headings (roman numerals) -> (level, which umum kode / part kind).
PARTS = [
    ("I. INDIKATOR PEMETAAN INTENSITAS", "provinsi", "urusan"),
    ("II. INDIKATOR PEMETAAN INTENSITAS", "kabupaten", "urusan"),
    ("III. INDIKATOR UMUM DAN INDIKATOR TEKNIS", "provinsi", "fungsi"),
    ("IV. INDIKATOR UMUM DAN INDIKATOR TEKNIS", "kabupaten", "fungsi"),
    ("V. TATA CARA PERHITUNGAN", None, None),
]

URUSAN = {
    "PENDIDIKAN": "1.01", "KESEHATAN": "1.02", "PEKERJAAN UMUM": "1.03",
    "PERUMAHAN": "1.04", "KETENTERAMAN": "1.05", "SOSIAL": "1.06", "TENAGA KERJA": "2.07",
    "PEMBERDAYAAN PEREMPUAN": "2.08", "PANGAN": "2.09", "PERTANAHAN": "2.10",
    "LINGKUNGAN HIDUP": "2.11", "ADMINISTRASI KEPENDUDUKAN": "2.12",
    "PEMBERDAYAAN MASYARAKAT": "2.13", "PENGENDALIAN PENDUDUK": "2.14",
    "PERHUBUNGAN": "2.15", "KOMUNIKASI": "2.16", "KOPERASI": "2.17",
    "PENANAMAN MODAL": "2.18", "KEPEMUDAAN": "2.19", "STATISTIK": "2.20",
    "PERSANDIAN": "2.21", "KEBUDAYAAN": "2.22", "PERPUSTAKAAN": "2.23", "KEARSIPAN": "2.24",
    "KELAUTAN": "3.25", "PARIWISATA": "3.26", "PERTANIAN": "3.27", "KEHUTANAN": "3.28",
    "ENERGI": "3.29", "PERDAGANGAN": "3.30", "PERINDUSTRIAN": "3.31",
    "TRANSMIGRASI": "3.32",
}  # fmt: skip
FUNGSI = {
    "SEKRETARIAT DAERAH": "4.01", "SEKRETARIAT DPRD": "4.02", "INSPEKTORAT": "6.01",
    "PERENCANAAN": "5.01", "KEUANGAN": "5.02", "KEPEGAWAIAN": "5.03",
    "PENDIDIKAN DAN PELATIHAN": "5.04", "PENELITIAN": "5.05", "KECAMATAN": "kecamatan",
}  # fmt: skip

TITLE = re.compile(
    r"(?:\b([A-Z](?:\.\d)?)\.\s+)?((?:URUSAN (?:PEMERINTAHAN )?BIDANG|SUB URUSAN)[A-Z ,/]*?"
    r"|SELAIN PROVINSI[A-Z ,/]*?|(?:SEKRETARIAT DAERAH|SEKRETARIAT DPRD|INSPEKTORAT|"
    r"PERENCANAAN|KEUANGAN|KEPEGAWAIAN[A-Z ,]*?|PENDIDIKAN DAN PELATIHAN ASN|"
    r"PENELITIAN DAN PENGEMBANGAN|KECAMATAN)|(?:VARIABEL|FAKTOR) UMUM)\s+(?=NO INDIKATOR)"
)


def dec(s: str) -> Decimal:
    return Decimal(s.replace(".", "").replace(",", "."))


def main(argv: list[str]) -> int:
    law = Path(next((a for a in argv if not a.startswith("-")), LAW))
    lines = law.read_text(encoding="utf-8").splitlines()
    text = next(ln for ln in lines if "TAMBAHAN LEMBARAN NEGARA REPUBLIK INDONESIA NOMOR 5887" in ln)
    tables, problems = parse(text)
    data = {"version": VERSION, "source": SOURCE, "errata": ERRATA, "tables": tables}
    if problems:
        for p in problems:
            print("PROBLEM", p)
    if "--check" in argv:
        return 1 if problems else 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(tables)} tables, {sum(len(t['indicators']) for t in tables)} indicators")
    return 1 if problems else 0


ERRATA: list[dict[str, object]] = []


def parse(text: str) -> tuple[list[dict[str, object]], list[str]]:
    starts = [(text.index(h), lv, kind) for h, lv, kind in PARTS]
    tables: list[dict[str, object]] = []
    problems: list[str] = []
    for (s, lv, kind), (e, _, _) in zip(starts, starts[1:], strict=False):
        part = text[s:e]
        heads = list(TITLE.finditer(part))
        current_urusan: tuple[str, str] | None = None
        for h, nxt in zip(heads, heads[1:] + [None], strict=False):
            body = part[h.end() : nxt.start() if nxt else len(part)]
            section, title = h.group(1) or "", h.group(2).strip()
            variant = sub = None
            if "UMUM" in title and ("VARIABEL" in title or "FAKTOR" in title):
                kode, pk = ("umum" if kind == "urusan" else "umum_fungsi"), "umum"
                total = 20
            elif kind == "urusan":
                pk, total = "urusan", 80
                if title.startswith("SUB URUSAN") or title.startswith("SELAIN"):
                    assert current_urusan
                    kode = current_urusan[0]
                    sub = section
                else:
                    key = next((k for k in URUSAN if k in title), None)
                    if key is None:
                        problems.append(f"{lv}: unknown title {title!r}")
                        continue
                    kode = URUSAN[key]
                    current_urusan = (kode, title)
                if kode == "1.05" and "KEBAKARAN" in title:
                    kode, sub = "1.05.2", section or "E.2"
                elif kode == "1.05":
                    sub = "E.1"
                if kode == "2.15":
                    variant = "daratan" if title.startswith("SELAIN") else "kepulauan"
                    sub = section if "." in section else (section + ".1")
            else:
                key = next((k for k in FUNGSI if title.startswith(k)), None)
                if key is None:
                    problems.append(f"{lv}: unknown title {title!r}")
                    continue
                kode = FUNGSI[key]
                pk = "kecamatan" if kode == "kecamatan" else "fungsi"
                total = 80
            inds, probs = parse_body(body)
            problems += [f"{lv} {kode} {section} {title[:30]}: {p}" for p in probs]
            tables.append({"level": lv, "kode": kode, "part": pk, "title": title,
                           "section": section, "sub": sub, "variant": variant,
                           "total_weight": total, "indicators": inds})  # fmt: skip
    return tables, problems


CLASS = re.compile(
    rf"([a-e])\.\s*(?:(≤|<|>|≥)\s*({NUM})|({NUM})\s*[–-]\s*({NUM}))\s+((?:(?:{NUM})\s+){{0,3}})"
)
NUMS = re.compile(NUM)


def parse_body(body: str) -> tuple[list[dict[str, object]], list[str]]:
    body = HEADER.sub(" ", body)
    body = re.sub(r"\s+", " ", body).strip() + " "
    inds: list[dict[str, object]] = []
    problems: list[str] = []
    pos = 0
    pending = ""
    while True:
        m = re.compile(r"a\.\s*[≤<>≥\d]").search(body, pos)
        if not m:
            break
        head = (pending + body[pos : m.start()]).strip()
        pending = ""
        hm = re.match(r"(\d+)\s+(.*)$", head)
        if not hm:
            problems.append(f"no indicator head in {head[:60]!r}")
            no, name = len(inds) + 1, head
        else:
            no, name = int(hm.group(1)), hm.group(2)
        weight: Decimal | None = None
        wm = re.match(r"(.*?)\s+(\d+(?:,\d+)?)$", name)
        if wm and not name.endswith(")") :
            pass
        wm2 = re.match(r"(.*\S)\s+(\d+(?:,\d+)?)$", name)
        if wm2:
            name, weight = wm2.group(1), dec(wm2.group(2))
        classes = []
        p = m.start()
        for letter in "abcde":
            cm = CLASS.match(body, p)
            if not cm or cm.group(1) != letter:
                problems.append(f"no {no}: class {letter} unreadable at {body[p:p+60]!r}")
                break
            nums = [dec(x) for x in NUMS.findall(cm.group(6))]
            op = cm.group(2)
            if op:
                bound = dec(cm.group(3))
                lo, hi, li, ui = {
                    "≤": (None, bound, True, True), "<": (None, bound, True, False),
                    ">": (bound, None, False, True), "≥": (bound, None, True, True),
                }[op]  # fmt: skip
            else:
                lo, hi, li, ui = dec(cm.group(4)), dec(cm.group(5)), True, True
            # nums: scale [weight] score [next no …]
            if not nums or int(nums[0]) not in SCALES:
                problems.append(f"no {no} {letter}: scale? {cm.group(0)!r}")
                break
            scale = int(nums[0])
            rest = nums[1:]
            used = 1
            score = None
            if len(rest) >= 2 and rest[1] == scale * rest[0] / 100:
                weight, score, used = rest[0], rest[1], 3
            elif rest and weight is not None and rest[0] == scale * weight / 100:
                score, used = rest[0], 2
            elif rest and weight is None and len(rest) >= 1:
                score, used = rest[0], 2
            elif rest:
                score, used = rest[0], 2
                problems.append(f"no {no} {letter}: score {rest[0]} ≠ {scale}×{weight}")
            else:
                problems.append(f"no {no} {letter}: no score")
            # give back the numbers not used (the next indicator's number)
            raw = NUMS.findall(cm.group(6))
            p = cm.start(6) + sum(len(x) + 1 for x in raw[: used - 1]) if used > 1 else cm.start(6)
            p = cm.start(6)
            for x in raw[: used - 1]:
                p = body.index(x, p) + len(x)
            classes.append({"letter": letter, "lower": lo, "upper": hi,
                            "lower_inclusive": li, "upper_inclusive": ui,
                            "scale": scale, "score": score})  # fmt: skip
        if weight is None:
            problems.append(f"no {no}: no weight")
        for c in classes:
            if c["score"] is not None and weight is not None and c["score"] != c["scale"] * weight / 100:
                problems.append(f"no {no} {c['letter']}: score {c['score']} ≠ {c['scale']}×{weight}/100")
        name, unit = split_unit(name)
        inds.append({"no": no, "name": name, "unit": unit, "weight": weight, "classes": classes})
        pos = p
    tail = body[pos:].strip()
    if tail and re.search(r"\d", tail):
        problems.append(f"trailing text {tail[:80]!r}")
    return inds, problems


def split_unit(name: str) -> tuple[str, str]:
    m = re.match(r"(.*?)\s*\(([^()]*)\)$", name)
    if m and len(m.group(2)) < 30:
        return m.group(1), m.group(2).replace(" ^2 ", "²").replace("^2", "²").strip()
    return name, ""


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

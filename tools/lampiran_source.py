"""Transcribe the Lampiran of PP 18/2016 into ``resources/pemetaan/pp18-2016-lampiran.json``.

The published text (``/work/shared/reference/law/pp-18-2016.md``, one line of ~100,000
characters) prints every table flattened into running text: ``N name a. interval scale
[bobot] score b. …``, the bobot once per indicator, sometimes column by column (the five
intervals, then the five scales, then the scores). This tool reads it token by token:

1. the Lampiran is cut into parts (I–IV) and tables at the printed headings
   (``A. URUSAN PEMERINTAHAN BIDANG …``, ``E.2. SUB URUSAN KEBAKARAN``, ``SELAIN …``);
2. a table into indicators at the printed numbers ``1``, ``2`` … that start a name;
3. an indicator into its name (and unit, the last parenthesis), its five class letters
   with their intervals, and the numbers left over: the five scales (200 … 1.000), the
   bobot and the five printed scores. The bobot is the number for which most printed
   scores equal ``scale × bobot / 100`` (the checksum of the README of ``law/``).

A printed score, weight or interval that does not check out is kept in the catalogue's
``errata`` with the printed and the corrected value (the corrections are the ones the
checksum or the neighbouring classes leave no doubt about); :data:`FIXES` holds the few
corrections the text alone does not decide, each with its reason.

    python3 tools/lampiran_source.py [--check]     # --check: compare with the shipped file
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LAW = ROOT / "tests" / "data" / "law" / "pp-18-2016.md"  # a byte copy of shared/reference/law
OUT = ROOT / "resources" / "pemetaan" / "pp18-2016-lampiran.json"
VERSION = "2026.1"
SOURCE = (
    "Lampiran Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah "
    "(Lembaran Negara Republik Indonesia Tahun 2016 Nomor 114), bagian I–V; "
    "text of mblonyox/data-peraturan"
)
SCALES = (200, 400, 600, 800, 1000)
LETTERS = ("a.", "b.", "c.", "d.", "e.")
HEADER = re.compile(r"NO INDIKATOR\s*& KELAS INTERVAL SKALA NILAI BOBOT \(%\) SKOR 1 2 3 4 5")
NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
NUM_RE = re.compile(rf"(?:{NUM})")
DASH = r"\s*[–-]\s*"
COMPARE = re.compile(rf"^\s*(≤|<|>|≥)\s*({NUM})")
RANGE = re.compile(rf"^\s*({NUM})(?:{DASH}|\s+)({NUM})")
HEADING = re.compile(r"[A-Z]{1,2}(?:\.\d)?\.|[IV]+\.")
CAPS = re.compile(r"[A-Z][A-Z,/&()-]*")

#: Printed table headings -> code (resources/catalogue/urusan.csv).
URUSAN = {
    "PENDIDIKAN": "1.01", "KESEHATAN": "1.02", "PEKERJAAN UMUM": "1.03",
    "PERUMAHAN": "1.04", "KETENTERAMAN DAN KETERTIBAN UMUM SERTA": "1.05",
    "SUB URUSAN KETENTERAMAN": "1.05", "SUB URUSAN KEBAKARAN": "1.05.2", "SOSIAL": "1.06",
    "TENAGA KERJA": "2.07", "PEMBERDAYAAN PEREMPUAN": "2.08", "PANGAN": "2.09",
    "PERTANAHAN": "2.10", "LINGKUNGAN HIDUP": "2.11", "ADMINISTRASI KEPENDUDUKAN": "2.12",
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

#: Corrections the flattened text does not decide by itself: (level, kode, variant, no)
#: -> {field: value, "note": reason}. ``name`` replaces the name read.
FIXES: dict[tuple[str, str, str | None, int], dict[str, str]] = {
    ("provinsi", "2.09", None, 1): {
        "name": "Jumlah cadangan pangan pemerintah provinsi dihitung berdasarkan 2x jumlah "
        "cadangan pangan pemerintah kabupaten/kota yang jumlah penduduknya terbesar dalam "
        "satu provinsi",
        "note": "the bobot 40 is printed inside the name",
    },
}


def lampiran_text(law: Path = LAW) -> str:
    """The Lampiran (from its title to the signature), headers of the table pages removed."""
    text = law.read_text(encoding="utf-8")
    start = text.index("LAMPIRAN PERATURAN PEMERINTAH REPUBLIK INDONESIA NOMOR 18 TAHUN 2016")
    end = text.index("PRESIDEN REPUBLIK INDONESIA, ttd.", start)
    return HEADER.sub(" ", text[start:end])


def number(s: str) -> Decimal:
    """``1.000.000`` and ``2,5`` as Indonesian print them."""
    return Decimal(s.replace(".", "").replace(",", "."))


# -- tables ----------------------------------------------------------------------------


def headings(tokens: list[str]) -> list[tuple[int, int, str, str]]:
    """(start, end, label, words) of every printed heading: ``A.`` or ``E.1.`` followed by
    capitals, and the unlabelled ``SELAIN … BERCIRI KEPULAUAN``."""
    out = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        label = t if HEADING.fullmatch(t) else ""
        j = i + 1 if label else i
        if not label and t != "SELAIN":
            i += 1
            continue
        words = []
        while j < len(tokens) and CAPS.fullmatch(tokens[j]) and tokens[j] not in ("NO",):
            words.append(tokens[j])
            j += 1
        if words and (label or len(words) > 2) and len(" ".join(words)) > 3:
            out.append((i, j, label, " ".join(words)))
            i = j
        else:
            i += 1
    return out


def table_code(level_part: str, words: str) -> str | None:
    """The code of a printed table heading; None for a heading that only groups."""
    names = FUNGSI if level_part == "fungsi" else URUSAN
    if "FAKTOR UMUM" in words or "VARIABEL UMUM" in words:
        return "umum" if level_part == "urusan" else "umum_fungsi"
    best = None
    for key, code in names.items():
        if key in words and (best is None or len(key) > len(best[0])):
            best = (key, code)
    return best[1] if best else None


# -- indicators ------------------------------------------------------------------------


def indicator_starts(tokens: list[str]) -> list[int]:
    """Where indicators 1, 2, … begin: the number, then a name, after the previous
    indicator's class ``e.``."""
    starts: list[int] = []
    pos, k = 0, 1
    while True:
        found = None
        for i in range(pos, len(tokens) - 1):
            if tokens[i] in (str(k), f"{k}.") and re.match(r"[A-Z][a-z]", tokens[i + 1]):
                found = i
                break
        if found is None:
            return starts
        starts.append(found)
        try:
            e = tokens.index("e.", tokens.index("a.", found))
        except ValueError:
            return starts
        pos, k = e + 1, k + 1


def parse_interval(letter: str, text: str) -> tuple[dict[str, Any], str]:
    """The interval at the start of ``text`` and the rest."""
    m = COMPARE.match(text)
    if m:
        op, v = m.group(1), str(number(m.group(2)))
        bound: dict[str, Any] = {"lower": None, "upper": None,
                                 "lower_inclusive": True, "upper_inclusive": True}  # fmt: skip
        if op in "≤<":
            bound.update(upper=v, upper_inclusive=op == "≤")
        else:
            bound.update(lower=v, lower_inclusive=op == "≥")
        return bound, text[m.end() :]
    m = RANGE.match(text)
    if m:
        lo, hi = str(number(m.group(1))), str(number(m.group(2)))
        return {"lower": lo, "upper": hi, "lower_inclusive": True,
                "upper_inclusive": True}, text[m.end() :]  # fmt: skip
    raise ValueError(f"class {letter} has no interval: {text[:60]!r}")


def split_unit(name: str) -> tuple[str, str]:
    """The name and the unit of its last parenthesis (``Luas wilayah (Km ^2 )``)."""
    name = re.sub(r"\s*\^\s*2\s*", "²", name)
    name = re.sub(r"\s*\^\s*3\s*", "³", name).replace("² )", "²)").replace("³ )", "³)")
    m = re.search(r"\s*\(([^()]*)\)$", name)
    if not m or len(m.group(1)) > 20:
        return name.strip(), ""
    return name[: m.start()].strip(), m.group(1).strip()


def parse_indicator(tokens: list[str], where: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """One indicator (its tokens from its number on) and the errata it needs."""
    no = int(tokens[0].rstrip("."))
    first = tokens.index("a.")
    name_tokens = tokens[1:first]
    lead: list[str] = []  # numbers printed after the name, before class a
    while (name_tokens and NUM_RE.fullmatch(name_tokens[-1])
           and not (len(name_tokens) > 1 and name_tokens[-2].endswith(":"))):  # fmt: skip
        lead.insert(0, name_tokens.pop())
    marks = [tokens.index(letter, first) for letter in LETTERS]
    if marks != sorted(marks):
        raise ValueError(f"{where} no {no}: class letters out of order")
    classes, numbers = [], [number(n) for n in lead]
    percent = "%" in " ".join(tokens[first:])
    for idx, letter in enumerate(LETTERS):
        end = marks[idx + 1] if idx < 4 else len(tokens)
        segment = " ".join(tokens[marks[idx] + 1 : end]).replace("%", " ")
        bound, rest = parse_interval(letter, segment)
        leftover = NUM_RE.sub(" ", rest).strip()
        if leftover:
            raise ValueError(f"{where} no {no} class {letter}: words {leftover!r}")
        numbers += [number(n) for n in NUM_RE.findall(rest)]
        classes.append({"letter": letter[0], **bound})
    weight, printed, printed_weight = solve(numbers, f"{where} no {no}")
    errata = []
    if printed_weight is not None:
        errata.append({"no": no, "letter": None, "field": "weight",
                       "printed": str(printed_weight), "corrected": str(weight),
                       "note": "the five printed scores are scale × "
                               f"{weight} / 100"})  # fmt: skip
    for c, scale, score in zip(classes, SCALES, printed, strict=True):
        c["scale"] = scale
        right = Decimal(scale) * weight / 100
        c["score"] = str(right)
        if score != right:
            errata.append({"no": no, "letter": c["letter"], "field": "score",
                           "printed": str(score), "corrected": str(right),
                           "note": f"{scale} × {weight} / 100 = {right}"})  # fmt: skip
    errata += close_intervals(no, classes)
    name, unit = split_unit(" ".join(name_tokens))
    unit = unit or ("%" if percent else "")
    ind = {"no": no, "name": name, "unit": unit, "weight": str(weight), "classes": classes}
    return ind, errata


def close_intervals(no: int, classes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Whole-number classes that overlap (``≤ 35``, ``35 – 40``) or leave whole numbers in
    no class (``≤ 150.000``, ``151.001 – 200.000``): the upper class starts right after
    the lower one ends, as every other row of the Lampiran has it."""
    out = []
    ordered = sorted(classes, key=lambda c: (c["lower"] is not None, Decimal(c["lower"] or 0)))
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a["upper"] is None or b["lower"] is None or not b["lower_inclusive"]:
            continue
        hi, lo = Decimal(a["upper"]), Decimal(b["lower"])
        if hi != hi.to_integral_value() or lo != lo.to_integral_value():
            continue
        if lo != hi + 1 and a["upper_inclusive"]:
            what = "overlaps" if lo <= hi else "leaves a gap after"
            out.append({"no": no, "letter": b["letter"], "field": "interval",
                        "printed": f"{lo}", "corrected": f"{hi + 1}",
                        "note": f"class {b['letter']} {what} class {a['letter']} "
                                f"(≤ {hi}); it starts at {hi + 1}"})  # fmt: skip
            b["lower"] = str(hi + 1)
    return out


def solve(numbers: list[Decimal], where: str) -> tuple[Decimal, list[Decimal], Decimal | None]:
    """The bobot, the five printed scores among the numbers of an indicator (the five
    scales, one bobot, five scores, in the order printed) and the printed bobot where it
    is a misprint (all five scores agree on another)."""
    rest = list(numbers)
    for s in SCALES:
        if Decimal(s) not in rest:
            raise ValueError(f"{where}: scale {s} missing in {numbers}")
        rest.remove(Decimal(s))
    if len(rest) == 5:  # the bobot not printed with the numbers: from the scores
        weights = [r * 100 / s for r, s in zip(rest, SCALES, strict=True)]
        w = max(set(weights), key=weights.count)
        return w, rest, None
    if len(rest) != 6:
        raise ValueError(f"{where}: {len(rest)} numbers besides the scales: {rest}")
    best: tuple[int, int, Decimal, list[Decimal]] | None = None
    for i, w in enumerate(rest):
        scores = rest[:i] + rest[i + 1 :]
        hits = sum(sc == Decimal(s) * w / 100 for sc, s in zip(scores, SCALES, strict=True))
        if best is None or hits > best[0]:
            best = (hits, i, w, scores)
    assert best is not None
    if best[0] >= 3:
        return best[2], best[3], None
    # the printed bobot is the one number that fits no score: the scores decide
    for i, printed_w in enumerate(rest):
        scores = rest[:i] + rest[i + 1 :]
        weights = [r * 100 / s for r, s in zip(scores, SCALES, strict=True)]
        if len(set(weights)) == 1:
            return weights[0], scores, printed_w
    raise ValueError(f"{where}: no bobot fits the scores {rest}")


# -- the whole Lampiran ----------------------------------------------------------------

PARTS = {"I.": ("provinsi", "urusan"), "II.": ("kabupaten", "urusan"),
         "III.": ("provinsi", "fungsi"), "IV.": ("kabupaten", "fungsi")}  # fmt: skip


PROBLEMS: list[str] = []


def prefer_printed_weight(
    level: str,
    code: str,
    indicators: list[dict[str, Any]],
    total: Decimal,
    errata: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Where the scores of an indicator disagree with its printed bobot, the table's
    printed total decides: if the printed bobot makes the weights add up to it, the bobot
    stands and the five scores are the misprint (their errata replace the bobot's)."""
    weights = {i["no"]: Decimal(i["weight"]) for i in indicators}
    added: list[dict[str, Any]] = []
    for e in [e for e in errata if (e["level"], e["kode"], e["field"]) == (level, code, "weight")]:
        if sum(weights.values()) == total:
            break
        printed = Decimal(e["printed"])
        if sum(weights.values()) - weights[e["no"]] + printed != total:
            continue
        errata.remove(e)
        ind = next(i for i in indicators if i["no"] == e["no"])
        ind["weight"] = str(printed)
        weights[e["no"]] = printed
        for c in ind["classes"]:
            right = Decimal(c["scale"]) * printed / 100
            note = (f"{c['scale']} × {printed} / 100 = {right}; the printed bobot {printed} "
                    f"makes the table add up to {total}")  # fmt: skip
            added.append({"level": level, "kode": code, "no": e["no"], "letter": c["letter"],
                          "field": "score", "printed": c["score"], "corrected": str(right),
                          "note": note})  # fmt: skip
            c["score"] = str(right)
    return added


def transcribe(law: Path = LAW) -> dict[str, Any]:
    tokens = lampiran_text(law).split()
    heads = headings(tokens)
    tables: list[dict[str, Any]] = []
    errata: list[dict[str, Any]] = []
    level = part = ""
    group = ""  # the urusan of printed sub-tables (E. …, O. …)
    group_title = last_label = ""
    for n, (_start, end, label, words) in enumerate(heads):
        if label in PARTS and "INDIKATOR" in words:
            level, part = PARTS[label]
            continue
        if label == "V." and "TATA CARA" in words:
            break
        body = tokens[end : heads[n + 1][0] if n + 1 < len(heads) else len(tokens)]
        code = table_code(part, words)
        variant = None
        if "KEPULAUAN" in words:
            variant = "daratan" if "SELAIN" in words else "kepulauan"
            code = code or group
        group = code if variant else group
        if variant and table_code(part, words):  # "… PERHUBUNGAN KABUPATEN/KOTA BERCIRI …"
            group_title, last_label = words.split(" KABUPATEN/KOTA")[0], label
        elif variant:  # "O.1. PROVINSI YANG …", "SELAIN …": under the urusan's heading
            label = label or last_label
            words = f"{group_title} – {words}"
        else:
            group_title, last_label = words, label
        if not body or not indicator_starts(body):
            group = code or group
            continue
        if code is None:
            raise ValueError(f"{level} {part}: unknown heading {label} {words}")
        if part == "fungsi" and "KEPEGAWAIAN" in words:
            code = "5.03"  # kabupaten/kota: kepegawaian, pendidikan dan pelatihan in one
        kind = {"umum": "umum", "umum_fungsi": "umum", "kecamatan": "kecamatan"}.get(code, part)
        where = f"{level} {code}{' ' + variant if variant else ''}"
        starts = indicator_starts(body)
        indicators = []
        for i, s in enumerate(starts):
            try:
                ind, errs = parse_indicator(
                    body[s : starts[i + 1] if i + 1 < len(starts) else None], where
                )
            except ValueError as exc:
                PROBLEMS.append(str(exc))
                continue
            fix = FIXES.get((level, code, variant, ind["no"]))
            if fix:
                ind["name"] = fix.get("name", ind["name"])
            indicators.append(ind)
            errata += [{"level": level, "kode": code, **e} for e in errs]
        total = "20" if kind == "umum" else "80"
        errata += prefer_printed_weight(level, code, indicators, Decimal(total), errata)
        tables.append({"level": level, "kode": code, "part": kind, "section": label.rstrip("."),
                       "title": words, "sub": label.rstrip(".") if "." in label[:-1] else None,
                       "variant": variant, "total_weight": total,
                       "indicators": indicators})  # fmt: skip
    return {"version": VERSION, "source": SOURCE, "tables": tables, "errata": errata,
            "example": worked_example(tokens)}  # fmt: skip


def worked_example(tokens: list[str]) -> dict[str, Any]:
    """Lampiran V Langkah 1's example: the indicator as printed there (its intervals differ
    from the kabupaten/kota table of part II), the region's value and the score."""
    start = tokens.index("Contoh:")
    first = start + tokens[start:].index("1")
    end = first + tokens[first:].index("Kabupaten")
    ind, errs = parse_indicator(tokens[first:end], "example")
    if errs:
        raise ValueError(f"the worked example does not check out: {errs}")
    sentence = " ".join(tokens[end : end + 100])
    value = re.search(r"mempunyai (\d+) kelurahan", sentence)
    result = re.search(r"(\d[\d.]*) x (\d+) % = (\d+)", sentence)
    if not value or not result:
        raise ValueError("the worked example's value or result not found")
    return {"indicator": ind, "region": "Kabupaten Aceh Barat Daya", "value": value.group(1),
            "scale": result.group(1).replace(".", ""), "weight": result.group(2),
            "score": result.group(3)}  # fmt: skip


def render(data: dict[str, Any]) -> str:
    """The JSON text: one indicator, one erratum per line (reviewable, and small)."""

    def one(v: Any) -> str:
        return json.dumps(v, ensure_ascii=False, separators=(",", ":"))

    lines = ["{", f' "version": {one(data["version"])},', f' "source": {one(data["source"])},',
             ' "tables": [']  # fmt: skip
    for n, t in enumerate(data["tables"]):
        head = {k: v for k, v in t.items() if k != "indicators"}
        lines.append(f'  {one(head)[:-1]},"indicators":[')
        lines += [f"   {one(i)}," for i in t["indicators"]]
        lines[-1] = lines[-1].rstrip(",")
        lines.append("  ]}" + ("," if n + 1 < len(data["tables"]) else ""))
    lines.append(" ],")
    lines.append(' "errata": [')
    lines += [f"  {one(e)}," for e in data["errata"]]
    lines[-1] = lines[-1].rstrip(",")
    lines.append(" ],")
    lines.append(f' "example": {one(data["example"])}')
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    data = transcribe()
    text = render(data)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} differs from the transcription")
        return 0 if same else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    for p in PROBLEMS:
        print("PROBLEM", p)
    count = sum(len(t["indicators"]) for t in data["tables"])
    print(f"{len(data['tables'])} tables, {count} indicators, {len(data['errata'])} errata")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The primary texts of the law as an index a test can read citations back against:
which pasal a regulation has, which ayat each pasal has and which huruf each ayat (or
a pasal without ayat) lists.

The texts are the copies in ``tests/data/law/`` (see ``tests/data/SOURCES.md``): PP
18/2016 and UU 23/2014 in clean text, PP 72/2019 in OCR. Only the body (*batang tubuh*)
is read, not the Penjelasan, which repeats the pasal numbers. In PP 18/2016 and UU
23/2014 a pasal starts at a line ``Pasal N``; an ayat at ``(n)`` followed by the capital
letter of its sentence (``pada ayat (2)``, a reference, is no ayat); a huruf at ``a.``.
PP 72/2019 restates each pasal it amends or inserts after "sehingga berbunyi sebagai
berikut:" or "yang berbunyi sebagai berikut:", with OCR errors in the numbers that
:data:`PP72_OCR` puts right (``Pasal 658`` is Pasal 65B, ``Pasal 65,4.`` Pasal 65A).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

LAW = Path(__file__).resolve().parent.parent / "data" / "law"

#: OCR misreadings of pasal numbers in pp-72-2019.md, as the structure of PP 18/2016 and
#: the amendment's own list of inserted pasal ("disisipkan 2 (dua) pasal, yakni Pasal 65A
#: dan 658") show them to be.
PP72_OCR = {
    "Pasal 65,4.": "Pasal 65A",
    "Pasal 658": "Pasal 65B",
    "Pasal 848": "Pasal 84B",
    "Pasal 2 1A": "Pasal 21A",
    "Pasal 2 18": "Pasal 21B",
    "Pasal 2lC": "Pasal 21C",
    "Pasal 2lD": "Pasal 21D",
    "Pasal 2lE": "Pasal 21E",
    "Pasal 2 lF": "Pasal 21F",
    "Pasal 1 1A": "Pasal 11A",
    "Pasal 1 18": "Pasal 11B",
    "Pasal 1 1C": "Pasal 11C",
    "Pasal 1 1 (1)": "Pasal 11 (1)",
}
#: ayat numbers misread by the OCR: "(21 Laporan" for "(2) Laporan", "(i)" for "(1)"
_OCR_AYAT = [
    (re.compile(r"\((\d)1 (?=[A-Z])"), r"(\1) "),
    (re.compile(r"\(i\)"), "(1)"),
    (re.compile(r"\(1 (?=[A-Z])"), "(1) "),
    (re.compile(r"\(\)2\)"), "(12)"),
]
_AYAT = re.compile(r"(?<!ayat )(?<!dan )\((\d{1,2})\)\s*(?=[A-Z])")
_HURUF = re.compile(r"(?:^|\s)([a-z])\.\s")


@dataclass
class Pasal:
    number: str
    text: str
    #: ayat number -> its text
    ayat: dict[str, str] = field(default_factory=dict)

    def huruf(self, ayat: str | None = None) -> set[str]:
        text = self.ayat.get(ayat, "") if ayat else self.text
        return set(_HURUF.findall(text))


@dataclass
class Regulation:
    id: str
    pasal: dict[str, Pasal]
    #: the Lampiran (annex), its parts named by their Roman numerals
    annex: str


def _split(pasal: str, text: str) -> Pasal:
    marks = list(_AYAT.finditer(text))
    ayat: dict[str, str] = {}
    for n, mark in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(text)
        ayat.setdefault(mark.group(1), text[mark.end() : end])
    return Pasal(pasal, text, ayat)


def _body(text: str) -> tuple[str, str]:
    """The batang tubuh and the Lampiran (without the Penjelasan)."""
    body, _, rest = text.partition("PENJELASAN ATAS")
    annex = rest[rest.find("LAMPIRAN") :] if "LAMPIRAN" in rest else ""
    return body, annex


def _clean(reg_id: str, name: str) -> Regulation:
    body, annex = _body((LAW / name).read_text(encoding="utf-8"))
    heads = list(re.finditer(r"(?m)^Pasal (\d+[A-Z]?)\s*$", body))
    pasal: dict[str, Pasal] = {}
    for n, head in enumerate(heads):
        end = heads[n + 1].start() if n + 1 < len(heads) else len(body)
        pasal.setdefault(head.group(1), _split(head.group(1), body[head.end() : end]))
    return Regulation(reg_id, pasal, annex)


def _pp72() -> Regulation:
    body, annex = _body((LAW / "pp-72-2019.md").read_text(encoding="utf-8"))
    body = body.replace("^", "")
    for wrong, right in PP72_OCR.items():
        body = body.replace(wrong, right)
    for pattern, repl in _OCR_AYAT:
        body = pattern.sub(repl, body)
    # a pasal as the amendment words it: its number, then its first ayat or sentence,
    # after "berbunyi sebagai berikut:" (a pasal listed for insertion is only named)
    heads = [
        m
        for m in re.finditer(r"Pasal (\d+[A-Z]?)\s+(?=\(1\)|[A-Z][a-z])", body)
        if not body[max(0, m.start() - 12) : m.start()].rstrip().endswith(("dan", ","))
    ]
    pasal: dict[str, Pasal] = {}
    for n, head in enumerate(heads):
        end = heads[n + 1].start() if n + 1 < len(heads) else len(body)
        found = _split(head.group(1), body[head.end() : end])
        old = pasal.get(head.group(1))
        if old is None or len(found.ayat) > len(old.ayat):
            pasal[head.group(1)] = found
    return Regulation("PP 72/2019", pasal, annex)


@cache
def regulations() -> dict[str, Regulation]:
    """The regulations in ``tests/data/law/``, by the id the rule pack cites them by."""
    return {
        "PP 18/2016": _clean("PP 18/2016", "pp-18-2016.md"),
        "UU 23/2014": _clean("UU 23/2014", "uu-23-2014.md"),
        "PP 72/2019": _pp72(),
    }

"""Authoring source of the shipped stem table ``resources/text/stems.tsv``.

The text-overlap check stems every word of the tugas and fungsi texts with Sastrawi
(``rbdesk.analysis.textsim``). Sastrawi takes 0.05-0.5 ms a word and a few milliseconds
to load its dictionary, which a cold process (``rbdesk check``, the window's first
check) paid for every word of a plan. The table holds, for the vocabulary of
Indonesian government texts, what Sastrawi gives each word, so that such a process
asks Sastrawi only for the words the table does not know.

The vocabulary: every word of PP 18/2016 and UU 23/2014 with its Lampiran (the copies in
``tests/data/law/``: the government's own wording of every urusan and sub-urusan), of
the catalogue (urusan, sub-urusan, kinds of unit), of the rule pack's texts, of the
sample region, of Kota Mojokerto's organisation list, and textsim's domain stop words.
Left out: Sastrawi's stop words (never stemmed) and the words no Sastrawi rule applies
to (``textsim.unaffixed``: Sastrawi gives them back as they are). A word whose stem is
itself is written alone; otherwise ``word<TAB>stem``.

Run it after a change of Sastrawi (and, to keep the table full, of its sources), and
commit the table: ``python tools/stem_table.py``. ``tests/analysis/test_stem_table.py``
checks that every stem in the shipped table is what Sastrawi gives for its word; a word
the table lacks is stemmed by Sastrawi, so a table behind its sources is slower, never
wrong.
"""

from __future__ import annotations

import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rbdesk.analysis import textsim  # noqa: E402

OUT = ROOT / "resources" / "text" / "stems.tsv"

#: Where the vocabulary is read from, relative to the repository.
SOURCES = (
    "tests/data/law/pp-18-2016.md",
    "tests/data/law/uu-23-2014.md",
    "tests/data/mojokerto.csv",
    "resources/catalogue/urusan.csv",
    "resources/catalogue/sub_urusan.csv",
    "resources/catalogue/rumpun.csv",
    "resources/catalogue/unit_kinds.json",
    "resources/rules/pp18-2016.json",
    "resources/sample/kabupaten_sukamaju.json",
)


def _words(text: str) -> set[str]:
    """The words of ``text`` as ``textsim.normalize`` splits them."""
    return set(textsim.split_words(text))


def vocabulary() -> list[str]:
    """The words the table is made for, sorted."""
    words: set[str] = set(textsim.DOMAIN_STOP_WORDS)
    for name in SOURCES:
        words |= _words((ROOT / name).read_text(encoding="utf-8"))
    return sorted(words)


def table() -> dict[str, str]:
    """word -> Sastrawi's stem of it, for the vocabulary's words the table keeps."""
    stop = textsim._stop_words()
    stemmer = textsim._stemmer()
    return {
        word: stemmer.stem_word(word)
        for word in vocabulary()
        if len(word) > 1 and word not in stop and not textsim.unaffixed(word)
    }


def render() -> str:
    lines = [
        f"# Sastrawi {version('Sastrawi')} stems of the vocabulary of government texts; "
        "written by tools/stem_table.py, do not edit",
    ]
    for word, stem in table().items():
        lines.append(word if stem == word else f"{word}\t{stem}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT}")

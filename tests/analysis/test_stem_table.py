"""The shipped stem table (``resources/text/stems.tsv``) and the words no Sastrawi rule
applies to: both give exactly what Sastrawi gives, and a cold process stems the words
they know without loading Sastrawi."""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Iterator

import pytest

from rbdesk.analysis import textsim
from rbdesk.interchange.synthetic import generate
from rbdesk.paths import resource_path
from tools import stem_table


@pytest.fixture
def cold() -> Iterator[None]:
    textsim.clear_stem_cache()
    yield
    textsim.clear_stem_cache()


def test_the_shipped_table_is_what_sastrawi_gives_for_its_words() -> None:
    """Each word of the table has the stem Sastrawi gives it (``tools/stem_table.py``
    writes the table; run it after a change of Sastrawi). The table need not follow
    every change of its sources: a word it lacks is stemmed by Sastrawi."""
    table = textsim._stem_table()
    assert len(table) > 2000
    stemmer = textsim._stemmer()
    assert {w: s for w, s in table.items() if stemmer.stem_word(w) != s} == {}
    header = resource_path(*textsim.STEM_TABLE).read_text("utf-8").splitlines()[0]
    assert header.startswith(f"# Sastrawi {stem_table.version('Sastrawi')} ")
    # what the tool writes is such a table
    written = stem_table.table()
    assert all(stemmer.stem_word(w) == s for w, s in list(written.items())[::50])


def _words() -> list[str]:
    """Words no table holds: syllable strings and pairs of dictionary roots (as place
    names are made), the words of a generated plan, and the table's vocabulary."""
    rng = random.Random(12)
    roots = sorted(textsim._stemmer().dictionary.words)  # type: ignore[attr-defined]
    syllables = [c + v for c in "bcdfghjklmnprstwyz" for v in "aiueo"]
    syllables += ["ng", "ny", "an", "in", "un", "er", "el", "em", "ar", "ol"]
    words = {"".join(rng.choices(syllables, k=rng.randint(2, 5))) for _ in range(3000)}
    words |= {rng.choice(roots) + rng.choice(roots) for _ in range(3000)}
    _, (structure, *_) = generate(2000, seed=3, proposal=False)
    for unit in structure.units.values():
        words |= set(textsim._WORD.findall(f"{unit.name} {unit.tugas}".lower()))
    return sorted(words | set(stem_table.vocabulary()))


def test_a_word_no_rule_applies_to_is_its_own_stem() -> None:
    stemmer = textsim._stemmer()
    checked = [w for w in _words() if textsim.unaffixed(w)]
    assert len(checked) > 3000
    assert [w for w in checked if stemmer.stem_word(w) != w] == []
    # a word a rule applies to is left to Sastrawi: prefixes, suffixes, an infix (gerigi:
    # gigi), a reduplication
    for word in ("pembangunan", "kelurahan", "menyapu", "gerigi", "kabupatennya", "tugas-tugas"):
        assert not textsim.unaffixed(word), word


def _sample_texts() -> list[str]:
    doc = json.loads(resource_path("sample", "kabupaten_sukamaju.json").read_text("utf-8"))
    units = [u for s in doc["scenarios"] for u in s["units"]]
    return [f"{u['name']} {u.get('tugas', '')} {u.get('fungsi', '')}" for u in units]


def test_the_sample_region_is_stemmed_without_sastrawi(cold: None) -> None:
    texts = _sample_texts()
    stems = [textsim.normalize(t) for t in texts]
    assert textsim._stemmer.cache_info().currsize == 0  # never loaded
    textsim.clear_stem_cache()
    with pytest.MonkeyPatch.context() as patch:  # every word by Sastrawi, as before
        patch.setattr(textsim, "_stem_table", lambda: {})
        patch.setattr(textsim, "unaffixed", lambda word: False)
        assert [textsim.normalize(t) for t in texts] == stems


def test_a_word_the_table_does_not_know_goes_to_sastrawi(cold: None) -> None:
    assert "perpustakaannya" not in textsim._stem_table()
    assert textsim.normalize("perpustakaannya") == ["pustaka"]
    assert textsim._stemmer.cache_info().currsize == 1


def test_words_are_split_as_the_regular_expression_does() -> None:
    rng = random.Random(5)
    alphabet = "abzAQZ-- .,;:09\n\t'\"()/_é\u00a0"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        folded = textsim._COMBINING.sub("", textsim.unicodedata.normalize("NFKD", text))
        assert textsim.split_words(text) == textsim._WORD.findall(folded.lower()), repr(text)


def test_stem_counts_are_the_counted_stems_of_normalize() -> None:
    for text in _sample_texts()[:400]:
        assert textsim.stem_counts(text) == Counter(textsim.normalize(text))


def test_place_names_are_names_and_never_go_to_sastrawi(cold: None) -> None:
    """The text check takes the words of kecamatan and kelurahan names as names: a
    generated plan of 10,000 units (1,951 kelurahan named like Sukasari or Mekarjaya) is
    checked without loading Sastrawi, and a name is its own stem."""
    from rbdesk.analysis.engine import Analyzer

    region, (structure, *_) = generate(10000, seed=1, proposal=False)
    places = [u.name for u in structure.units.values() if u.kind in ("kecamatan", "kelurahan")]
    assert len(places) > 1000
    Analyzer(region).run(structure)
    assert textsim._stemmer.cache_info().currsize == 0  # never loaded
    last = [n.split()[-1].lower() for n in places]
    name = next(word for word in last if not textsim.unaffixed(word))
    assert textsim.normalize(name) == [name]


def test_a_word_met_before_keeps_its_stems(cold: None) -> None:
    """A word stemmed before it is given as a name keeps its stems (an index built earlier
    holds them), and a word of the stem table stays vocabulary."""
    assert textsim.normalize("pembangunan") == ["bangun"]
    textsim.add_names(["Kelurahan Pembangunan", "Kelurahan Pasar Baru"])
    assert textsim.normalize("pembangunan") == ["bangun"]
    assert textsim.normalize("pasar baru") == textsim.normalize("Pasar Baru")
    assert "pasar" in textsim._stem_table() or textsim.unaffixed("pasar")

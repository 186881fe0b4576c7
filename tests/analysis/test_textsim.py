"""The text-overlap index: Indonesian normalisation, pairs across OPDs, consistency of
incremental edits with a rebuilt index, templates, and candidate work that grows linearly."""

from __future__ import annotations

import itertools
import random
import socket
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rbdesk.analysis import textsim
from rbdesk.analysis.textsim import (
    DuplicateUnitError,
    SimilarPair,
    TextIndex,
    TextOverlap,
    UnknownUnitError,
    normalize,
    similar_pairs,
)
from rbdesk.domain.errors import RbdeskError
from rbdesk.domain.model import Structure
from rbdesk.interchange.synthetic import generate
from tests.examples import examples

OPD_KINDS = {"sekretariat_daerah", "sekretariat_dprd", "inspektorat", "dinas", "badan", "kecamatan"}

ROADS = (
    "Bidang Bina Marga mempunyai tugas melaksanakan perencanaan dan pengendalian "
    "pembangunan infrastruktur jalan dan jembatan."
)
ROADS_PARAPHRASE = (
    "Seksi Jalan menyelenggarakan rencana serta kendali pembangunan jalan serta jembatan "
    "sesuai ketentuan peraturan perundang-undangan."
)
SCHOOLS = (
    "Bidang Pembinaan Sekolah Dasar mempunyai tugas melaksanakan pembinaan kurikulum, "
    "peserta didik dan tenaga pendidik sekolah dasar."
)
HEALTH = (
    "Bidang Pelayanan Kesehatan mempunyai tugas melaksanakan pelayanan kesehatan rujukan, "
    "rumah sakit, puskesmas dan kefarmasian."
)
KELURAHAN = (
    "Kelurahan mempunyai tugas membantu Camat dalam melaksanakan urusan pemerintahan, "
    "pemberdayaan masyarakat, pelayanan masyarakat, ketenteraman dan ketertiban umum, "
    "serta pemeliharaan prasarana dan fasilitas pelayanan umum."
)


def opd_of(s: Structure, unit_id: int) -> int:
    """The id of the nearest ancestor (or self) of an OPD kind; 0 above every OPD."""
    u = s.units.get(unit_id)
    while u is not None:
        if u.kind in OPD_KINDS:
            return u.id
        u = s.units.get(u.parent_id) if u.parent_id is not None else None
    return 0


def generated_docs(n: int, seed: int = 1) -> list[tuple[int, int, str]]:
    _, (s, *_) = generate(n, seed=seed, proposal=False)
    return [(u.id, opd_of(s, u.id), f"{u.tugas}\n{u.fungsi}") for u in s.units.values()]


def build(docs: list[tuple[int, int, str]], **options: int) -> TextIndex:
    index = TextIndex(**options)
    for unit_id, group, text in docs:
        index.add(unit_id, group, text)
    return index


# -- normalisation -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stems"),
    [
        ("perencanaan", ["rencana"]),
        ("pengendalian", ["kendali"]),
        ("Pembangunan Jembatan", ["bangun", "jembatan"]),
        ("kepegawaian dan keuangan", ["pegawai", "uang"]),
        # Sastrawi's stop words go, and so does the boilerplate of task texts in any affix.
        ("yang serta dan untuk terhadap", []),
        ("Dinas mempunyai tugas melaksanakan urusan pemerintahan daerah kabupaten", []),
        ("pelaksanaan, penyelenggaraan dan dilaksanakan kebijakan teknis", []),
        ("sesuai dengan ketentuan peraturan perundang-undangan", []),
        # punctuation, digits and list markers are separators; one-letter words are dropped
        ("a. irigasi;b) 2024 bendungan/embung (1)", ["irigasi", "bendung", "embung"]),
        # typographic quotes, non-breaking and odd spaces, accents
        (
            "\u201cpuskesmas\u201d\u00a0keliling\u2009\u2018rujukan\u2019",
            ["puskesmas", "keliling", "rujuk"],
        ),
        ("kafé PENDIDIKAN", ["kafe", "didik"]),
        ("kepala-kepala sekolah", ["sekolah"]),
        ("", []),
        ("   \n\t ", []),
    ],
)
def test_normalize(text: str, stems: list[str]) -> None:
    assert normalize(text) == stems


def test_normalize_keeps_order_and_repeats() -> None:
    assert normalize("jalan desa dan jalan kota") == ["jalan", "desa", "jalan"]


def test_sastrawi_needs_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stemmer's dictionary ships in the wheel: loading it from cold opens no socket."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network used")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    textsim.clear_stem_cache()
    assert normalize("Pengelolaan Persampahan") == ["kelola", "sampah"]


def test_each_distinct_word_is_stemmed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    textsim.clear_stem_cache()
    normalize("mempunyai")  # loads Sastrawi and stems the domain stop words
    calls: list[str] = []
    stem = textsim._stem

    def counting(word: str) -> tuple[str, ...]:
        calls.append(word)
        return stem(word)

    monkeypatch.setattr(textsim, "_stem", counting)
    words = " ".join(["Pengembangan pemberdayaan, penanggulangan dan kesejahteraan."] * 500)
    assert normalize(words) == normalize(words)
    assert sorted(calls) == ["kesejahteraan", "pemberdayaan", "penanggulangan", "pengembangan"]


# -- pairs ---------------------------------------------------------------------------


def test_paraphrase_across_opds_is_found() -> None:
    docs = [(1, 10, ROADS), (2, 20, ROADS_PARAPHRASE), (3, 30, SCHOOLS), (4, 40, HEALTH)]
    pairs = similar_pairs(docs, 0.6)
    assert [(p.a, p.b) for p in pairs] == [(1, 2)]
    (pair,) = pairs
    assert 0.6 <= pair.score < 1.0
    assert {"rencana", "kendali", "jalan", "jembatan"} <= set(pair.shared)
    assert len(pair.shared) <= 5


def test_unrelated_texts_are_not_similar() -> None:
    index = build([(3, 30, SCHOOLS), (4, 40, HEALTH)])
    assert index.pairs(0.3) == []
    assert index.score(3, 4) < 0.1


def test_same_group_is_never_reported() -> None:
    index = build([(1, 10, ROADS), (2, 10, ROADS_PARAPHRASE), (5, 10, ROADS)])
    assert index.pairs(0.1) == []
    assert index.pairs_for(1, 0.1) == []
    assert index.clusters(0.1) == []
    assert index.score(1, 5) == 1.0  # they are similar; they just share an OPD


def test_identical_texts_in_a_few_units_are_pairs() -> None:
    index = build([(1, 10, ROADS), (2, 20, ROADS), (3, 30, ROADS), (4, 40, HEALTH)])
    assert [(p.a, p.b, p.score) for p in index.pairs(0.9)] == [
        (1, 2, 1.0),
        (1, 3, 1.0),
        (2, 3, 1.0),
    ]


def test_pairs_are_sorted_and_exact() -> None:
    docs = generated_docs(400)
    index = build(docs)
    pairs = index.pairs(0.5)
    assert pairs, "the generated plan has near-duplicate texts"
    assert pairs == sorted(pairs, key=lambda p: (-p.score, p.a, p.b))
    groups = {u: g for u, g, _ in docs}
    for p in pairs:
        assert p.a < p.b and groups[p.a] != groups[p.b]
        assert p.score >= 0.5 and p.score == index.score(p.a, p.b)


def test_empty_texts_are_held_but_never_similar() -> None:
    index = build([(1, 10, ""), (2, 20, "dan yang"), (3, 30, ROADS)])
    assert len(index) == 3 and 1 in index
    assert index.score(1, 2) == 0.0
    assert index.pairs(0.01) == [] and index.pairs_for(1, 0.01) == []


def test_errors() -> None:
    index = build([(1, 10, ROADS)])
    with pytest.raises(DuplicateUnitError) as info:
        index.add(1, 20, HEALTH)
    assert (info.value.code, info.value.params) == ("textsim.indexed", {"id": 1})
    assert str(info.value) == "unit 1 is indexed already"
    assert info.value.message("id") == "unit 1 sudah ada dalam indeks teks"
    with pytest.raises(UnknownUnitError) as missing:
        index.remove(2)
    assert (missing.value.code, missing.value.params) == ("textsim.not_indexed", {"id": 2})
    assert str(missing.value) == "unit 2 is not indexed"
    assert isinstance(missing.value, RbdeskError)
    with pytest.raises(UnknownUnitError):
        index.update(2, 10, HEALTH)
    with pytest.raises(UnknownUnitError):
        index.pairs_for(2, 0.5)
    for bad in (0.0, -0.1, 1.01):
        with pytest.raises(ValueError, match="threshold"):
            index.pairs(bad)
    with pytest.raises(ValueError, match="df_cap"):
        TextIndex(df_cap=0)
    with pytest.raises(ValueError, match="template_min"):
        TextIndex(template_min=1)
    assert isinstance(DuplicateUnitError("textsim.indexed", id=1), ValueError)
    assert isinstance(UnknownUnitError("textsim.not_indexed", id=1), LookupError)


def test_update_and_pairs_for_after_one_edit() -> None:
    index = build([(1, 10, ROADS), (2, 20, SCHOOLS), (3, 30, HEALTH)])
    assert index.pairs(0.6) == []
    index.update(2, 20, ROADS_PARAPHRASE)
    assert [(p.a, p.b) for p in index.pairs_for(2, 0.6)] == [(1, 2)]
    assert index.pairs_for(3, 0.6) == []
    index.update(2, 10, ROADS_PARAPHRASE)  # moved into unit 1's OPD
    assert index.pairs_for(2, 0.6) == [] and index.pairs(0.6) == []


# -- agreement with brute force -------------------------------------------------------

WORDS = (
    "jalan jembatan irigasi drainase sampah limbah air minum sanitasi rumah sakit puskesmas "
    "obat gizi sekolah guru kurikulum pajak retribusi aset anggaran arsip perpustakaan pasar "
    "koperasi pertanian ternak ikan hutan wisata budaya pemuda olahraga bencana kebakaran "
    "penduduk perempuan anak sosial tenaga kerja investasi perizinan statistik persandian"
).split()


def random_docs(rng: random.Random, n: int, groups: int) -> list[tuple[int, int, str]]:
    """Short texts over a small vocabulary: many overlaps, many common stems."""
    templates = [" ".join(rng.sample(WORDS, 5)) for _ in range(3)]
    docs = []
    for i in range(n):
        words = rng.sample(WORDS[: rng.randint(6, len(WORDS))], rng.randint(1, 4))
        text = " ".join(words)
        if rng.random() < 0.3:
            text = rng.choice(templates) + " " + text
        elif rng.random() < 0.15:
            text = rng.choice(templates)
        docs.append((i, rng.randrange(groups), text))
    return docs


@pytest.mark.parametrize("seed", range(6))
def test_matches_brute_force_when_no_stem_is_common(seed: int) -> None:
    """With a cap above every class frequency the search is exact: every pair scoring at
    least the threshold is a reported pair or has both units in reported templates."""
    rng = random.Random(seed)
    docs = random_docs(rng, 120, 6)
    threshold = rng.choice([0.4, 0.6, 0.8])
    index = build(docs, df_cap=10_000, template_min=3)
    result = index.overlap(threshold)
    reported = {(p.a, p.b): p.score for p in result.pairs}
    in_template = {u for c in result.clusters for u in c.units}
    groups = {u: g for u, g, _ in docs}
    for u, v in itertools.combinations(sorted(groups), 2):
        score = index.score(u, v)
        if groups[u] == groups[v] or score < threshold:
            assert (u, v) not in reported
        elif (u, v) not in reported:
            assert u in in_template and v in in_template, (u, v, score)
        else:
            assert reported[(u, v)] == score


@pytest.mark.parametrize("seed", range(6))
def test_a_low_cap_misses_only_pairs_of_common_stems(seed: int) -> None:
    """With a low cap, a pair scoring at least the threshold that is neither reported nor
    covered by templates shares no stem held by ``df_cap`` classes or fewer."""
    rng = random.Random(100 + seed)
    docs = random_docs(rng, 150, 8)
    index = build(docs, df_cap=4)
    result = index.overlap(0.5)
    reported = {(p.a, p.b) for p in result.pairs}
    in_template = {u for c in result.clusters for u in c.units}
    texts = {u: set(normalize(t)) for u, _, t in docs}
    classes_with: dict[str, set[tuple[str, ...]]] = {}
    for stems in {tuple(sorted(normalize(t))) for _, _, t in docs}:
        for s in stems:
            classes_with.setdefault(s, set()).add(stems)
    groups = {u: g for u, g, _ in docs}
    for u, v in itertools.combinations(sorted(groups), 2):
        if groups[u] == groups[v] or index.score(u, v) < 0.5 or (u, v) in reported:
            continue
        if u in in_template and v in in_template:
            continue
        informative = {s for s in texts[u] & texts[v] if len(classes_with[s]) <= 4}
        assert not informative, (u, v, informative)
    for u in groups:
        assert index.pairs_for(u, 0.5) == [p for p in result.pairs if u in (p.a, p.b)]


def test_common_stems_still_count_in_the_score() -> None:
    """Common stems generate no candidates but do count in a candidate's score, in the
    full pass and in ``pairs_for`` alike."""
    shared = "jalan jembatan irigasi drainase"
    docs = [(i, i, f"{shared} {word}") for i, word in enumerate(["pasar", "terminal", "parkir"])]
    docs += [(10, 10, f"{shared} bendungan"), (11, 11, f"{shared} bendungan embung")]
    index = build(docs, df_cap=2)  # only "bendungan" is informative
    assert index.score(10, 11) >= 0.6
    assert [(p.a, p.b) for p in index.pairs(0.6)] == [(10, 11)]
    assert [(p.a, p.b) for p in index.pairs_for(11, 0.6)] == [(10, 11)]


def test_mostly_boilerplate_texts_form_a_template() -> None:
    """Texts that differ only in one word of their own and share no informative stem
    (every shared stem is common at this cap) are still found, as one template."""
    names = "sukamaju karangsari tegalrejo banjarasih sidomulyo wonoagung kalijaya cimekar"
    docs = [(i, i, f"{KELURAHAN} {name}") for i, name in enumerate(names.split())]
    index = build(docs, df_cap=3)
    assert all(index.score(0, i) >= 0.5 for i in range(1, 8))
    result = index.overlap(0.5)
    assert result.pairs == ()
    (cluster,) = result.clusters
    assert cluster.units == tuple(range(8)) and cluster.texts == 8
    assert cluster.score >= 0.5


def test_a_small_boilerplate_family_is_compared_pair_by_pair() -> None:
    """Two mostly-boilerplate texts with no informative stem in common, in a family too
    small to be a template, are compared directly and reported as a pair."""
    docs = [(0, 0, f"{KELURAHAN} sukamaju"), (1, 1, f"{KELURAHAN} karangsari")]
    docs += [(i, i, f"{KELURAHAN} {text}") for i, text in enumerate([SCHOOLS, HEALTH, ROADS], 2)]
    index = build(docs, df_cap=3, template_min=3)
    assert index.score(0, 1) >= 0.7
    assert [(p.a, p.b) for p in index.pairs(0.7)] == [(0, 1)]
    assert index.clusters(0.7) == []
    assert index.pairs_for(1, 0.7) == index.pairs(0.7)


# -- incremental = rebuilt --------------------------------------------------------------

POOL = [ROADS, ROADS_PARAPHRASE, SCHOOLS, HEALTH, KELURAHAN, "", "dan yang"] + [
    " ".join(WORDS[i : i + k]) for i in range(0, 40, 3) for k in (2, 4)
]

edits = st.lists(
    st.tuples(
        st.sampled_from(["add", "update", "remove"]),
        st.integers(0, 14),  # unit
        st.integers(0, 3),  # group
        st.integers(0, len(POOL) - 1),  # text
    ),
    max_size=60,
)


@settings(max_examples=examples(60), deadline=None)
@given(edits, st.sampled_from([0.3, 0.5, 0.75]))
def test_incremental_edits_agree_with_a_rebuilt_index(
    ops: list[tuple[str, int, int, int]], threshold: float
) -> None:
    index = TextIndex(df_cap=3, template_min=3)
    held: dict[int, tuple[int, str]] = {}
    for op, unit, group, text in ops:
        if op == "add" and unit not in held:
            index.add(unit, group, POOL[text])
        elif op == "update" and unit in held:
            index.update(unit, group, POOL[text])
        elif op == "remove" and unit in held:
            index.remove(unit)
            del held[unit]
            continue
        else:
            continue
        held[unit] = (group, POOL[text])
        index.overlap(threshold)  # leaves a memo behind that the next edit must drop
    fresh = build([(u, g, t) for u, (g, t) in sorted(held.items())], df_cap=3, template_min=3)
    assert len(index) == len(held)
    result = index.overlap(threshold)
    assert result == fresh.overlap(threshold)
    for unit in held:
        expected = [p for p in result.pairs if unit in (p.a, p.b)]
        assert index.pairs_for(unit, threshold) == expected


def test_a_batch_is_indexed_as_one_by_one() -> None:
    """``add_many`` (the text check's start-up) holds the same documents, classes and
    document frequencies as ``add`` of each, and finds the same overlap; texts that
    reduce to the same stems, and empty texts, included."""
    docs = generated_docs(600)
    docs += [(10_000 + i, 900 + i % 3, text) for i, (_, _, text) in enumerate(docs[:40])]
    docs += [(20_000, 1, ""), (20_001, 2, "dan yang 2024"), (20_002, 3, ROADS + " ;; ")]
    one_by_one = build(docs)
    batch = TextIndex()
    batch.add_many(docs)
    assert len(batch) == len(one_by_one) == len(docs)
    assert batch._df == one_by_one._df and batch._n == one_by_one._n
    assert batch._classes.keys() == one_by_one._classes.keys()
    for key, c in batch._classes.items():
        assert c.units == one_by_one._classes[key].units
        assert c.groups == one_by_one._classes[key].groups
    for threshold in (0.5, 0.8):
        assert batch.overlap(threshold) == one_by_one.overlap(threshold)
    assert batch.overlap(0.5).pairs  # the plan has overlap to find


def test_a_text_in_parts_is_the_parts_joined_by_a_line_break() -> None:
    """The text check gives a unit's tugas and fungsi as two parts (the index joins them
    only while it reads them): the index holds what it holds of the joined text."""
    docs = generated_docs(300)
    parts = [(uid, group, tuple(text.split("\n", 1))) for uid, group, text in docs]
    assert any(len(p) == 2 for _, _, p in parts)
    joined = [(uid, group, "\n".join(p)) for uid, group, p in parts]
    whole, split = TextIndex(), TextIndex()
    whole.add_many(joined)
    split.add_many(parts)
    assert split._classes.keys() == whole._classes.keys() and split._df == whole._df
    assert split.overlap(0.5) == whole.overlap(0.5)
    uid, group, _ = parts[0]
    split.update(uid, group, ("Pembangunan jalan", "dan jembatan"))
    whole.update(uid, group, "Pembangunan jalan\ndan jembatan")
    assert split._docs[uid].key == whole._docs[uid].key == (("bangun", 1), ("jalan", 1),
                                                            ("jembatan", 1))  # fmt: skip


def test_a_batch_with_a_unit_held_or_repeated_indexes_none_of_it() -> None:
    index = build([(1, 10, ROADS)])
    for bad in ([(2, 20, HEALTH), (1, 20, HEALTH)], [(2, 20, HEALTH), (2, 30, SCHOOLS)]):
        with pytest.raises(DuplicateUnitError):
            index.add_many(bad)
        assert len(index) == 1 and 2 not in index and index._n == 1
    index.add_many([(2, 20, HEALTH)])
    assert len(index) == 2


def test_clauses_give_the_stems_word_by_word() -> None:
    """The stems of a text looked up clause by clause (remembered between texts) are
    those of its words one by one, in order, whatever the punctuation and spacing."""
    rng = random.Random(11)
    words = "Pelayanan kesehatan dan sub-urusan Jalan jembatan -an yang".split()
    marks = [" ", "  ", ", ", ";", ".\n", ":", "(", ")", "\r\n", " 2024 ", "--", "é "]
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(marks) for _ in range(rng.randint(0, 9)))
        expected = [s for w in textsim.split_words(text) for s in textsim._stems_of(w)]
        assert textsim.normalize(text) == expected, repr(text)


def test_remove_everything_leaves_an_empty_index() -> None:
    docs = generated_docs(300)
    index = build(docs)
    for unit_id, _, _ in docs:
        index.remove(unit_id)
    assert len(index) == 0
    assert index.overlap(0.5) == TextOverlap((), ())
    assert not index._classes and not index._postings and not index._df


# -- templates -----------------------------------------------------------------------


def kelurahan_docs(n: int, *, named: bool) -> Iterator[tuple[int, int, str]]:
    """``n`` kelurahan, ten to a kecamatan (the group), all with the same tugas; ``named``
    puts the kelurahan's name (400 names, so repeated across kecamatan) into its text."""
    rng = random.Random(7)
    prefixes = "suka karang tegal banjar sido wono kali ci purwo tanjung".split()
    suffixes = "maju rejo sari mulya harjo asih jaya makmur agung wangi".split()
    names = [p + s for p in prefixes for s in suffixes] * 4
    for i in range(n):
        if named:
            name = f"Kelurahan {rng.choice(names).title()}"
            yield i, i // 10, f"{name} {KELURAHAN} di wilayah {name}."
        else:
            yield i, i // 10, KELURAHAN


@pytest.mark.parametrize("named", [False, True])
def test_template_kelurahan_give_linear_output_and_work(named: bool) -> None:
    """5,000 kelurahan with one tugas: the output and the candidates scored stay linear
    (all pairs would be 12.5 million). The time is measured by
    ``bench/bench_textsim.py --kelurahan``, not here: a wall clock flakes on a busy
    machine."""
    n = 5000
    index = TextIndex()
    for doc in kelurahan_docs(n, named=named):
        index.add(*doc)
    result = index.overlap(0.6)
    size = len(result.pairs) + sum(len(c.units) for c in result.clusters)
    assert size <= 2 * n
    assert index.candidates_scored <= index.df_cap * n
    if not named:
        (cluster,) = result.clusters
        assert cluster.units == tuple(range(n)) and len(cluster.groups) == n // 10
        assert cluster.texts == 1 and cluster.score == 1.0
        assert {"lurah", "camat"} & set(cluster.shared)
        assert result.pairs == ()
    else:
        assert all(c.score >= 0.6 for c in result.clusters)
        assert all(len(c.units) >= index.template_min for c in result.clusters)


def test_small_copies_are_pairs_large_ones_a_template() -> None:
    copies = [(i, i, ROADS) for i in range(3)] + [(10 + i, 10 + i, HEALTH) for i in range(4)]
    result = build(copies, template_min=4).overlap(0.9)
    assert {(p.a, p.b) for p in result.pairs} == {(0, 1), (0, 2), (1, 2)}
    (cluster,) = result.clusters
    assert cluster.units == (10, 11, 12, 13) and cluster.groups == (10, 11, 12, 13)


def test_a_variant_of_a_template_joins_it() -> None:
    """20 kelurahan share a text and one adds a sentence; the rest of a region around
    them (whose texts make the template's words informative) is not drawn in."""
    region = [(1000 + u, 1000 + g, text) for u, g, text in generated_docs(300)]
    docs = [(i, i, KELURAHAN) for i in range(20)]
    docs.append((99, 99, KELURAHAN + " Kelurahan juga mengelola pasar desa."))
    result = build(docs + region).overlap(0.6)
    (cluster,) = [c for c in result.clusters if 0 in c.units]
    assert cluster.units == (*range(20), 99)
    assert cluster.texts == 2 and 0.6 <= cluster.score < 1.0
    assert not any(99 in (p.a, p.b) for p in result.pairs)


def test_a_template_inside_one_opd_is_not_reported() -> None:
    docs = [(i, 1, KELURAHAN) for i in range(10)] + [(20, 2, HEALTH)]
    assert build(docs).overlap(0.6) == TextOverlap((), ())


# -- scale -------------------------------------------------------------------------------


def test_candidate_work_grows_linearly_on_generated_plans() -> None:
    small, large = build(generated_docs(1_000)), build(generated_docs(10_000))
    small.overlap(0.6)
    large.overlap(0.6)
    assert 0 < small.candidates_scored
    assert large.candidates_scored <= 12 * small.candidates_scored
    assert large.candidates_scored < 10_000**2 / 2 / 1000  # far from all pairs


def zipf_docs(n: int, seed: int) -> list[tuple[int, int, str]]:
    """Texts of 4-10 words over a Zipf-distributed vocabulary of Indonesian-looking
    words: no template, texts rarely repeat, so class collapse does not help."""
    rng = random.Random(seed)
    syllables = "ba ka la ma na pa ra sa ta wa bi ki li mi ni pi ri si ti wi".split()
    vocab = ["".join(rng.choices(syllables, k=3)) for _ in range(3000)]
    weights = [1 / (rank + 1) for rank in range(len(vocab))]
    return [
        (i, i % 97, " ".join(rng.choices(vocab, weights, k=rng.randint(4, 10)))) for i in range(n)
    ]


def test_candidate_work_grows_linearly_on_varied_texts() -> None:
    small, large = build(zipf_docs(1_000, 1)), build(zipf_docs(10_000, 1))
    small.overlap(0.5)
    large.overlap(0.5)
    assert 0 < small.candidates_scored
    assert large.candidates_scored <= 12 * small.candidates_scored


def test_pairs_for_scores_only_the_neighbourhood() -> None:
    docs = generated_docs(5_000)
    index = build(docs)
    unit_id, group, _ = docs[len(docs) // 2]
    index.update(unit_id, group, ROADS)
    assert index.pairs_for(unit_id, 0.6) == [p for p in index.pairs(0.6) if unit_id in (p.a, p.b)]
    index.update(unit_id, group, HEALTH)
    index.pairs_for(unit_id, 0.6)
    assert index.candidates_scored <= index.df_cap * len(normalize(HEALTH))


def test_similar_pair_is_a_plain_value() -> None:
    pair = SimilarPair(1, 2, 0.75, ("jalan",))
    assert pair == SimilarPair(1, 2, 0.75, ("jalan",))
    with pytest.raises(AttributeError):
        pair.score = 1.0  # type: ignore[misc]


def test_a_full_clause_cache_keeps_the_first_clauses_and_still_stems(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    textsim.clear_stem_cache()
    monkeypatch.setattr(textsim, "_CLAUSES_MAX", 3)
    assert normalize("Pelayanan kesehatan; pembangunan jalan") == [
        "layan",
        "sehat",
        "bangun",
        "jalan",
    ]
    for n, word in enumerate(["jembatan", "sekolah", "pasar", "irigasi"]):
        assert normalize(f"Pembinaan {word}.") == ["bina", textsim._stem(word)[0]], n
    assert len(textsim._CLAUSES) == 3
    assert "pelayanan kesehatan" in textsim._CLAUSES  # met first: kept
    textsim.clear_stem_cache()

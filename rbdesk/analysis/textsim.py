"""Nearly identical tugas/fungsi texts in different OPDs: Indonesian text normalisation
and an incremental TF-IDF index that finds similar pairs without comparing all pairs.

Terms
-----
stem
    A word reduced to its root by Sastrawi, the field's standard Indonesian stemmer:
    *perencanaan* -> *rencana*, *pengendalian* -> *kendali*. :func:`normalize` turns a
    text into its list of stems, without stop words. Sastrawi is asked only for words
    that neither the shipped stem table (the vocabulary of government texts, written by
    ``tools/stem_table.py``) holds nor :func:`unaffixed` lets through as they are: a
    cold process stems a plan's words without loading Sastrawi's dictionary, whose
    result it gives all the same.
stop word
    A word that carries no meaning for the comparison: Sastrawi's list of function words
    (*dan*, *yang*, *serta* ...), compared before stemming, and :data:`DOMAIN_STOP_WORDS`,
    the boilerplate of Indonesian task texts (*mempunyai tugas melaksanakan ... urusan
    pemerintahan daerah ... sesuai ketentuan*), compared after stemming so that one entry
    covers every affixed form (*pelaksanaan*, *melaksanakan*, *dilaksanakan*).
document
    ``(unit_id, group, text)``, where the group is the OPD the unit belongs to. Only pairs
    of documents in *different* groups are ever reported. A text without stems (empty,
    or only stop words) is held but never similar to anything.
text class
    The documents whose stem bags (stems with their counts) are equal: texts that are
    identical once normalised. Every score is computed once per class, so a text copied
    into a thousand kelurahan costs what one text costs.
weight
    TF-IDF of a stem in a document: ``(1 + ln tf) * (ln((1 + n) / (1 + df)) + 1)``, with
    ``n`` the number of documents that have stems and ``df`` the number of them holding
    the stem; the IDF comes from the index itself, so it follows the scenario. The term
    frequency is sublinear because a unit's own name often opens and closes its text.
score
    The cosine of two documents' weight vectors, between 0 and 1; identical texts score 1.
    Plain stems rather than stem shingles: task texts are one or two sentences, and a
    paraphrase reorders words and swaps connectives (*dan* / *serta*, *perencanaan dan
    pengendalian* / *rencana serta kendali*), which breaks every shingle but keeps the
    stems. Order carries little meaning in a list of duties.
class frequency, common stem
    The class frequency of a stem is the number of text classes holding it. A stem held
    by more than ``df_cap`` classes is *common*: its posting list is too long to pair up,
    and its IDF is low by then anyway.
boilerplate share
    ``rho(d)``: the part of a document's vector norm that lies on common stems,
    ``|common part of d| / |d|``.
template
    Text classes that together hold at least ``template_min`` units and say the same thing:
    the kelurahan of a kabupaten with one tugas text, a standard sekretariat text in every
    dinas. Territorial units are expected to share a template; reporting every pair of
    them would be n^2 findings that all say one thing. A template is reported once, as a
    :class:`TemplateCluster`, and its pairs are left out of :meth:`TextIndex.pairs`.

Candidate generation
--------------------
The index keeps, for each stem, the set of text classes that hold it (an inverted
index). Candidates are the class pairs that share at least one stem which is not common.
Their dot product over the non-common stems is summed along the posting lists, one
multiply-add per pair and shared stem; the common stems can add at most the product of
the two texts' common norms, and only a pair whose bound reaches the threshold is scored
exactly, over all its stems. The work is the sum of ``cf(s)^2 / 2`` over the non-common
stems, at most ``df_cap / 2`` times the number of (class, stem) postings: linear in the
size of the scenario for a fixed cap, never all pairs.

Why no pair above the threshold is missed: two documents ``a``, ``b`` that share no
non-common stem overlap only on common stems, so by Cauchy-Schwarz their score is at
most ``rho(a) * rho(b)``. A missed pair therefore needs ``rho(a) * rho(b) >= threshold``,
so *both* documents must be mostly boilerplate (``rho >= threshold``). Such documents are
handled apart: they are grouped by their set of common stems, and a group is either
compared pair by pair (when it holds fewer than ``template_min`` units, which bounds the
work) or reported as a template of the members within the threshold of the group's mean
text. What can still be missed is a pair of two mostly-boilerplate texts with different
sets of common stems and no informative stem in common: two texts whose similarity
rests only on stems that a large part of the scenario uses.

Templates
---------
:meth:`TextIndex.overlap` returns pairs and templates. Templates are built as stars, so
that they cannot chain through a scenario by way of shared place names:

1. each large boilerplate family (its members within the threshold of its mean text) is
   a template;
2. every other text class of at least ``template_min`` units, largest first, joins the
   earlier leading class it scores best against, or else leads a template of its own;
3. every remaining class scoring at least the threshold against a template class joins
   that class's template (the best-scoring one, preferring units in other groups).

Pairs are reported only between classes of fewer than ``template_min`` units, so one
candidate yields at most ``(template_min - 1)^2`` pairs and the output stays linear in the
input however uniform the texts are. A template is reported when its units span several
groups, or when it is similar to a unit of another group placed in another template.

What the caller can rely on, at a threshold ``t``:

* a reported pair is exact (its score is the cosine), at least ``t``, across groups;
* a pair scoring at least ``t`` between two classes of fewer than ``template_min`` units
  is reported as a pair, and a pair involving a larger class has both its units in
  reported templates; except, in both cases, when both texts are mostly boilerplate
  (``rho >= t``) and share no informative stem, where the pair is found only if the two
  texts have the same set of common stems (see above). On the sample region no text is
  mostly boilerplate; on a generated 10,000-unit region 14 units are left without their
  partner, all texts of two or three words each used by hundreds of units. A larger
  ``df_cap`` narrows this at a linear cost.

>>> index = TextIndex()
>>> index.add(1, 10, "Perencanaan dan pengendalian pembangunan infrastruktur jalan dan jembatan")
>>> index.add(2, 20, "Menyelenggarakan rencana serta kendali pembangunan jalan serta jembatan")
>>> index.add(3, 30, "Melaksanakan urusan pendidikan anak usia dini dan sekolah dasar")
>>> [(p.a, p.b, round(p.score, 2), p.shared) for p in index.pairs(0.6)]
[(1, 2, 0.86, ('bangun', 'jalan', 'jembatan', 'kendali', 'rencana'))]
"""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, combinations
from operator import itemgetter, mul
from typing import Protocol

from rbdesk.domain.errors import RbdeskError

__all__ = [
    "DEFAULT_DF_CAP",
    "DEFAULT_TEMPLATE_MIN",
    "DOMAIN_STOP_WORDS",
    "DuplicateUnitError",
    "SimilarPair",
    "TemplateCluster",
    "TextIndex",
    "TextIndexError",
    "TextOverlap",
    "UnknownUnitError",
    "clear_stem_cache",
    "add_names",
    "normalize",
    "similar_pairs",
    "stem_counts",
    "unaffixed",
]

#: A stem held by more than this many text classes generates no candidates (see above).
DEFAULT_DF_CAP = 64
#: Text classes holding at least this many units together are reported as a template
#: (the rule pack's ``text.template_min``).
DEFAULT_TEMPLATE_MIN = 4
#: Upper bounds are compared against ``threshold * _MARGIN``, so that rounding can only
#: admit more pairs to full scoring, never fewer.
_MARGIN = 1.0 - 1e-9
#: How many shared stems a pair or cluster names, most informative first.
SHARED_MAX = 5

#: Boilerplate of Indonesian tugas/fungsi texts (PP 18/2016, Perbup SOTK): words every
#: text uses, which would make every pair look alike. Written as words; compared as stems.
DOMAIN_STOP_WORDS: frozenset[str] = frozenset(
    """
    mempunyai tugas fungsi melaksanakan pelaksanaan menyelenggarakan penyelenggaraan
    urusan pemerintahan pemerintah daerah provinsi kabupaten kota bupati walikota wali
    gubernur wakil kepala sekretaris perangkat kebijakan teknis sesuai ketentuan peraturan
    perundang-undangan penyiapan perumusan merumuskan koordinasi mengoordinasikan pemantauan
    evaluasi pelaporan penyusunan program kerja kegiatan lingkup bertanggung jawab melalui
    membantu bahan rangka meliputi sebagaimana dimaksud tersebut lainnya berdasarkan terkait
    mengenai diberikan
    dinas badan bidang subbidang seksi bagian subbagian sekretariat kantor unit upt uptd
    kelompok jabatan fungsional
    """.split()
)

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_COMBINING = re.compile(r"[\u0300-\u036f]")


class TextIndexError(RbdeskError):
    """Base of the errors raised by :class:`TextIndex`; ``params["id"]`` is the unit."""


class DuplicateUnitError(TextIndexError, ValueError):
    """``add`` of a unit id the index already holds (use ``update``)."""


class UnknownUnitError(TextIndexError, LookupError):
    """A unit id the index does not hold."""


# -- normalisation ------------------------------------------------------------------------


class _Dictionary:
    """Sastrawi's root-word dictionary on a set. Sastrawi 1.0.1's ``ArrayDictionary``
    looks words up in a list of 30,000 roots, about 0.1 s per new word
    (har07/PySastrawi#7); its stemmer calls nothing but ``contains``."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(w for w in words if w)

    def contains(self, word: str) -> bool:
        return word in self.words


class _WordStemmer(Protocol):
    def stem_word(self, word: str) -> str: ...


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """Sastrawi's stop words (a list in its code: no dictionary to load)."""
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    return frozenset(StopWordRemoverFactory().get_stop_words())


@lru_cache(maxsize=1)
def _stemmer() -> _WordStemmer:
    """Sastrawi's stemmer, loaded once (its dictionary ships in the wheel), and only when
    a word is neither in the stem table nor free of affixes."""
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return Stemmer(_Dictionary(StemmerFactory().get_words()))


def _sastrawi() -> tuple[_WordStemmer, frozenset[str]]:
    """Sastrawi's stemmer and stop words."""
    return _stemmer(), _stop_words()


#: The shipped stem table (``resources/text/stems.tsv``, written by
#: ``tools/stem_table.py``): what Sastrawi gives each word of the vocabulary of
#: government texts, so that a cold process stems those words without Sastrawi.
STEM_TABLE = ("text", "stems.tsv")


@lru_cache(maxsize=1)
def _stem_table() -> dict[str, str]:
    """word -> its Sastrawi stem, for the words of the shipped table."""
    from rbdesk.paths import resource_path

    try:
        text = resource_path(*STEM_TABLE).read_text(encoding="utf-8")
    except OSError:  # a tree without the table still stems, with Sastrawi
        return {}
    table: dict[str, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        word, _, stem = line.partition("\t")
        table[word] = stem or word
    return table


#: The starts of a word that a Sastrawi prefix rule may take off (di-, ke-, se-, be-,
#: me-, pe-, te- and their variants, ku-, kau-) or an infix rule apply to (a consonant,
#: then -el-, -em-, -er- or -in- before a vowel): the regular expressions of Sastrawi
#: 1.0.1's ``RemovePlainPrefix`` and ``DisambiguatorPrefixRule1`` to ``42``, merged.
_PREFIXED = re.compile(r"(?:di|ke|se|be|me|pe|te|ku|kau|[b-df-hj-np-tv-z](?:el|em|er|in)[aiueo])")
#: The ends of a word a Sastrawi suffix rule may take off: its ``RemoveInflectional
#: Particle`` (lah, kah, tah, pun), ``RemoveInflectionalPossessivePronoun`` (ku, mu,
#: nya) and ``RemoveDerivationalSuffix`` (is, isme, isasi, i, kan, an).
_SUFFIXED = re.compile(r"(?:lah|kah|tah|pun|ku|mu|nya|is|isme|isasi|i|kan|an)$")


def unaffixed(word: str) -> bool:
    """Whether no Sastrawi rule applies to ``word``, so that Sastrawi gives it back as
    it is: no prefix or infix rule matches its start, no suffix rule its end, and it is
    no reduplication (no hyphen). Sastrawi's result is always the word or a root of its
    dictionary reached by those rules (``Context.execute``), so nothing else can come
    out. Place names (*Banjarharjo*, *Bojongagung*) are mostly such words.
    ``tests/analysis/test_stem_table.py`` holds this against Sastrawi for every word of
    its dictionary and of the stem table's vocabulary.

    >>> unaffixed("banjarharjo"), unaffixed("pembangunan")
    (True, False)
    """
    return "-" not in word and not _PREFIXED.match(word) and not _SUFFIXED.search(word)


def _root(word: str) -> str:
    """Sastrawi's stem of one lower-case word: from the stem table, the word itself when
    no rule applies to it, else Sastrawi's."""
    root = _stem_table().get(word)
    if root is not None:
        return root
    if unaffixed(word):
        return word
    return _stemmer().stem_word(word)


def _stem(word: str) -> tuple[str, ...]:
    """The Sastrawi stems of one lower-case word. A compound that Sastrawi leaves
    hyphenated (*sub-urusan*) gives one stem per part."""
    root = _root(word)
    if "-" not in root:
        return (root,) if len(root) > 1 else ()
    return tuple(s for part in root.split("-") if part for s in _stem(part))


@lru_cache(maxsize=1)
def _domain_stop_stems() -> frozenset[str]:
    return frozenset(s for w in DOMAIN_STOP_WORDS for s in _stem(w))


class _WordStems(dict[str, tuple[str, ...]]):
    """word -> its stems once stop words are dropped, stemmed the first time a word is
    met. Sastrawi takes 0.05-0.5 ms per word, a dictionary look-up 0.1 us, and a
    region's texts use a few thousand distinct words: each is stemmed once per process.
    A missing word is made by ``__missing__``, so that ``map(_WORDS.__getitem__, words)``
    looks up a whole clause in C."""

    def __missing__(self, word: str) -> tuple[str, ...]:
        return _stems_of(word)


_WORDS = _WordStems()
_WORDS_MAX = 1 << 17


def _stems_of(word: str) -> tuple[str, ...]:
    if len(word) < 2 or word in _stop_words():
        stems: tuple[str, ...] = ()
    else:
        domain = _domain_stop_stems()
        stems = tuple(s for s in _stem(word) if s not in domain)
    if len(_WORDS) >= _WORDS_MAX:  # a bound for pathological input, never reached by plans
        _WORDS.clear()
        _CLAUSES.clear()
    _WORDS[word] = stems
    return stems


def clear_stem_cache() -> None:
    """Forget Sastrawi's dictionary, the stem table and every stemmed word, so that the
    next call starts cold, as after start-up (for benchmarks and tests)."""
    _WORDS.clear()
    _CLAUSES.clear()
    _stemmer.cache_clear()
    _stop_words.cache_clear()
    _stem_table.cache_clear()
    _domain_stop_stems.cache_clear()


#: Every byte to itself lower-cased if it is an ASCII letter or the hyphen, else to a
#: space (:func:`split_words`): ``bytes.translate`` with a 256-byte table runs at memory
#: speed, several times faster than ``str.translate`` with a mapping.
_SEPARATORS = bytes(
    (c | 0x20) if (0x41 <= c <= 0x5A or 0x61 <= c <= 0x7A or c == 0x2D) else 0x20
    for c in range(256)
)


def split_words(text: str) -> list[str]:
    """The words of ``text`` (:data:`_WORD` over it lower-cased, accents folded). An
    ASCII text, which nearly every one is, is cut at every character but a letter or a
    hyphen by ``str.translate`` and ``split``, twice as fast as the regular expression,
    which is kept for the runs that hold a hyphen (``sub-urusan``, ``-an``).

    >>> split_words("Sub-urusan  kebakaran; -an 2024 tugas--fungsi")
    ['sub-urusan', 'kebakaran', 'an', 'tugas', 'fungsi']
    """
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
        return _WORD.findall(text.lower())
    return _clause_words(text.encode("ascii").translate(_SEPARATORS).decode("ascii"))


def normalize(text: str) -> list[str]:
    """The stems of ``text`` in order: lower-cased, accents folded, anything but letters
    (punctuation, digits, quotes, odd spaces) a separator, one-letter words and stop words
    dropped, every word stemmed by Sastrawi.

    >>> normalize("Perencanaan dan Pengendalian Pembangunan Jalan")
    ['rencana', 'kendali', 'bangun', 'jalan']
    >>> normalize("Bidang Kesehatan mempunyai tugas melaksanakan urusan pemerintahan daerah.")
    ['sehat']
    >>> normalize("Pelayanan\\u00a0“Puskesmas” 24 jam; kafé")
    ['layan', 'puskesmas', 'jam', 'kafe']
    >>> normalize("")
    []
    """
    return _stem_list(text)


def stem_counts(text: str) -> Counter[str]:
    """How often each stem of ``text`` occurs: ``Counter(normalize(text))``, which the
    index keeps of every text, computed without the list in between.

    >>> sorted(stem_counts("Pelayanan kesehatan dan pelayanan sosial").items())
    [('layan', 2), ('sehat', 1), ('sosial', 1)]
    """
    return Counter(_stem_list(text))


#: Every byte as in :data:`_SEPARATORS`, except the marks that end a clause (line
#: breaks, ``;,.:()``), which become ``|``: no word holds them, so a text cut there is
#: cut between words.
_CLAUSE_MARKS = bytes(
    0x7C if c in b"\n\r;,.:()" else sep for c, sep in zip(range(256), _SEPARATORS, strict=True)
)


class _ClauseStems(dict[str, tuple[str, ...]]):
    """clause (as :data:`_CLAUSE_MARKS` leaves it) -> its stems in order, made word by
    word the first time a clause is met. The tugas and fungsi of a plan are written
    from a few formulas ("pelaksanaan kebijakan teknis", "evaluasi dan pelaporan"):
    10,000 texts of 290,000 words hold about 80,000 clauses of which 10,000 are
    distinct, so a clause looked up once stands for several words. Emptied with
    :data:`_WORDS` (a word's stems never change while it is held there). Bounded: once
    full, new clauses are stemmed but not kept (a 100k plan's texts hold about 100,000
    distinct clauses, most of them met once: those naming the unit), so the formulas,
    met first, stay.

    A miss is the clause met first, most often one naming its unit: a plan's 10,000
    texts make about 10,000 of them, so the miss is kept short: its words' stems are
    joined as :func:`_stem_tuple` joins its clauses' (see :data:`_SUM_MAX`)."""

    def __missing__(self, clause: str) -> tuple[str, ...]:
        words = clause.split() if "-" not in clause else _clause_words(clause)
        stems = map(_WORDS.__getitem__, words)
        found = sum(stems, ()) if len(words) <= _SUM_MAX else tuple(chain.from_iterable(stems))
        if len(self) < _CLAUSES_MAX:  # full: the clauses met first (the formulas) stay
            self[clause] = found
        return found


_CLAUSES = _ClauseStems()
_CLAUSES_MAX = 1 << 17

#: Up to this many tuples of stems (a text's clauses, a clause's words) are joined by
#: ``sum(parts, ())``, more by ``tuple(chain.from_iterable(parts))``. Most parts are
#: empty (a clause of boilerplate, a stop word) and ``() + stems`` is ``stems`` itself,
#: so ``sum`` joins a text's eight clauses in half the time of ``chain``; but it copies
#: what it has joined at each non-empty part, which a text of many clauses would pay
#: with the square of their number.
_SUM_MAX = 32


def _clause_words(clause: str) -> list[str]:
    """:func:`split_words` of a text already cut down to lower-case letters, hyphens and
    spaces (by :data:`_SEPARATORS`, or :data:`_CLAUSE_MARKS` and ``split("|")``)."""
    runs = clause.split()
    if "-" not in clause:
        return runs
    out: list[str] = []
    for run in runs:
        if "-" in run:
            out.extend(_WORD.findall(run))
        else:
            out.append(run)
    return out


def _stem_tuple(text: Text) -> tuple[str, ...]:
    """:func:`normalize`'s result as a tuple: the stems of each clause of an ASCII text
    looked up in :data:`_CLAUSES`, of any other text word by word. The look-ups and the
    joining run in C (``map``, ``sum`` or ``chain``: :data:`_SUM_MAX`), not in a loop of
    Python per clause: a text is about eight clauses. A text in parts (:data:`Text`) is
    joined here rather than by a function of its own: one call of Python fewer for each
    of a plan's texts."""
    if not isinstance(text, str):
        text = "\n".join(text)
    if not text.isascii():
        return tuple(_word_stems(split_words(text)))
    clauses = text.encode("ascii").translate(_CLAUSE_MARKS).decode("ascii").split("|")
    stems = map(_CLAUSES.__getitem__, clauses)
    return sum(stems, ()) if len(clauses) <= _SUM_MAX else tuple(chain.from_iterable(stems))


def _stem_list(text: str) -> list[str]:
    """:func:`_stem_tuple` as a list."""
    return list(_stem_tuple(text))


def _word_stems(words: Iterable[str]) -> list[str]:
    """The stems of ``words`` in order, each word stemmed once per process."""
    return list(chain.from_iterable(map(_WORDS.__getitem__, words)))


def add_names(names: Iterable[str]) -> None:
    """Take the words of ``names`` (places: the names of kecamatan and kelurahan, *Sukasari*,
    *Mekarjaya*) as names, each its own stem, unless the stem table knows the word (then
    it is vocabulary, *Pasar*, *Baru*) or it was met before in this process (a word's
    stems never change while an index holds them).

    A proper name has no affixes to take off, yet many Indonesian place names start as a
    prefixed word does (*Sukamaju*, *Mekarsari*, *Pasirwangi*), so Sastrawi would be asked
    about each, at a fraction of a millisecond a name, and could cut one down to a root
    that an unrelated word shares. The text check calls this with the place names of the
    plan before it reads the texts.

    >>> add_names(["Kelurahan Tegalkerto"]); normalize("Lurah Tegalkerto")
    ['lurah', 'tegalkerto']
    """
    table = _stem_table()
    stop = _stop_words()
    words = _WORDS
    # all names cut at once, each distinct word looked at once
    for word in set(split_words("\n".join(names))) - words.keys() - table.keys() - stop:
        if len(word) > 1 and "-" not in word:
            words[word] = (word,)


# -- results --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SimilarPair:
    """Two units in different groups whose texts score at least the threshold.

    ``a < b``; ``shared`` names the shared stems that contribute most to the score
    (up to five), which is what a finding shows as its key words."""

    a: int
    b: int
    score: float
    shared: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TemplateCluster:
    """Units whose texts follow one template, reported once instead of pair by pair.

    ``units`` and ``groups`` are sorted; ``texts`` counts the distinct normalised texts;
    ``score`` is the lowest score by which a text joined (1 for the text that leads the
    template, its cosine with the leading text or with a template text for the others, its
    cosine with the family's mean text in a boilerplate family), so never below the
    threshold; ``shared`` names the heaviest stems of the template's mean text (up to
    five), which says what the template is about."""

    units: tuple[int, ...]
    groups: tuple[int, ...]
    texts: int
    score: float
    shared: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TextOverlap:
    """What :meth:`TextIndex.overlap` finds: pairs (most similar first) and templates
    (largest first)."""

    pairs: tuple[SimilarPair, ...]
    clusters: tuple[TemplateCluster, ...]


# -- the index ------------------------------------------------------------------------------

_Key = tuple[tuple[str, int], ...]


class _LogTf(dict[int, float]):
    """count -> its term frequency weight ``1 + ln(count)``, computed once per count."""

    def __missing__(self, count: int) -> float:
        value = self[count] = 1.0 + math.log(count)
        return value


_TF = _LogTf()


_FIRST, _THIRD = itemgetter(0), itemgetter(2)


class _Class:
    """One text class: a stem bag and the units whose text has it. ``weights``, ``norm``,
    ``cnorm`` (the common part's norm) and ``rho`` belong to the scorer named by
    ``stamp``: they change with every edit of the index."""

    __slots__ = (
        "key", "stems", "tf", "units", "groups", "serial", "weights", "norm", "rho", "cnorm",
        "stamp",
    )  # fmt: skip

    def __init__(self, key: _Key, serial: int) -> None:
        self.key = key
        stems, counts = zip(*key, strict=True)
        self.stems: tuple[str, ...] = stems
        self.tf: tuple[float, ...] = tuple(map(_TF.__getitem__, counts))
        self.units: dict[int, int] = {}  # unit -> its group
        self.groups: dict[int, int] = {}  # group -> how many of the units are in it
        self.serial = serial
        self.weights: dict[str, float] = {}
        self.norm = 1.0
        self.rho = 0.0
        self.cnorm = 0.0
        self.stamp: object = None

    def solo(self) -> int | None:
        """The one group all units are in, or None when they span several."""
        return next(iter(self.groups)) if len(self.groups) == 1 else None


class _Idf(dict[str, float]):
    """stem -> its inverse document frequency ``ln((1 + n) / (1 + df)) + 1``, computed
    the first time a stem is asked for."""

    def __init__(self, n: int, df: Counter[str]) -> None:
        super().__init__()
        self.n, self.df = n, df

    def __missing__(self, stem: str) -> float:
        value = self[stem] = math.log((1 + self.n) / (1 + self.df[stem])) + 1.0
        return value


class _Scorer:
    """Weights, norms and scores at one state of the index. Every number depends only on
    the documents held, never on the order they came in: sums run in stem order."""

    def __init__(self, index: TextIndex) -> None:
        self.n = index._n
        self.df = index._df
        cap = index.df_cap
        self.common_stems = {s for s, post in index._postings.items() if len(post) > cap}
        self.idf_of = _Idf(self.n, self.df)
        self.stamp = object()
        self.count = 0

    def vector(self, c: _Class) -> _Class:
        """``c`` with its ``weights``, ``norm``, common norm and ``rho`` set for this
        scorer."""
        if c.stamp is not self.stamp:
            stems = c.stems
            values = list(map(mul, c.tf, map(self.idf_of.__getitem__, stems)))
            weights = dict(zip(stems, values, strict=True))
            norm = math.sqrt(sum(map(mul, values, values)))
            common = 0.0
            if not self.common_stems.isdisjoint(stems):
                common_stems = self.common_stems
                common = sum(w * w for s, w in weights.items() if s in common_stems)
            c.weights, c.norm, c.cnorm = weights, norm, math.sqrt(common)
            c.rho = c.cnorm / norm
            c.stamp = self.stamp
        return c

    def score(self, a: _Class, b: _Class) -> float:
        stamp = self.stamp
        if a.stamp is not stamp:
            self.vector(a)
        if b.stamp is not stamp:
            self.vector(b)
        if len(a.stems) > len(b.stems):
            a, b = b, a
        wa, wb = a.weights, b.weights
        dot = 0.0
        for s in a.stems:  # sorted, so shared stems are summed in the same order always
            w = wb.get(s)
            if w is not None:
                dot += wa[s] * w
        return min(1.0, dot / (a.norm * b.norm))

    def shared(self, a: _Class, b: _Class) -> tuple[str, ...]:
        wa, wb = self.vector(a).weights, self.vector(b).weights
        both = [(-wa[s] * wb[s], s) for s in a.stems if s in wb]
        return tuple(s for _, s in heapq.nsmallest(SHARED_MAX, both))

    def common_key(self, c: _Class) -> tuple[str, ...]:
        return tuple(s for s in c.stems if s in self.common_stems)


#: A document: its text, or the parts of it (a unit's tugas and fungsi) read as one
#: text with a line break between them, which the index joins only while it reads them
#: (10,000 texts joined and kept cost 3 MB).
Text = str | tuple[str, ...]


class TextIndex:
    """An incremental index of unit texts that answers "which units in different groups
    say nearly the same thing" (see the module docstring for the terms).

    ``df_cap`` bounds the candidate work (a stem in more text classes than this generates
    no candidates); ``template_min`` is the number of units from which one text, or one
    family of texts, counts as a template. ``candidates_scored`` counts the candidate
    class pairs whose similarity the last query computed (in part, over informative
    stems, or in full): the work that grows with ``df_cap`` times the scenario's size.

    The index is meant to live as long as a scenario is open: ``add`` the units once,
    ``update`` one after each edit, ask ``pairs_for`` it (a few candidates) and
    ``overlap`` when the whole scenario is checked. Stemming is cached per process, so a
    second index over the same texts is built faster than the first.
    """

    def __init__(
        self, *, df_cap: int = DEFAULT_DF_CAP, template_min: int = DEFAULT_TEMPLATE_MIN
    ) -> None:
        if df_cap < 1:
            raise ValueError(f"df_cap must be at least 1, not {df_cap}")
        if template_min < 2:
            raise ValueError(f"template_min must be at least 2, not {template_min}")
        self.df_cap = df_cap
        self.template_min = template_min
        self.candidates_scored = 0
        self._docs: dict[int, _Class | None] = {}  # unit -> its class (None: no stems)
        self._classes: dict[_Key, _Class] = {}
        self._postings: dict[str, set[_Class]] = {}
        self._df: Counter[str] = Counter()
        self._n = 0
        self._serial = 0
        self._edits = 0
        self._memo: tuple[int, float, TextOverlap] | None = None

    def __len__(self) -> int:
        return len(self._docs)

    def __contains__(self, unit_id: object) -> bool:
        return unit_id in self._docs

    # -- edits ---------------------------------------------------------------------------

    def add(self, unit_id: int, group: int, text: Text) -> None:
        """Index the text of a unit that belongs to ``group``.

        Raises :class:`DuplicateUnitError` if the unit is indexed already."""
        self.add_many(((unit_id, group, text),))

    def add_many(self, items: Iterable[tuple[int, int, Text]]) -> None:
        """Index the texts of several units, ``(unit_id, group, text)`` each: ``add`` of
        each in one pass, which a whole plan's texts take at start-up. A plan's texts are
        written from few formulas, so many reduce to the same stems in the same order:
        such a sequence is counted and looked up once, and the document frequencies grow
        once per class, not once per text.

        Raises :class:`DuplicateUnitError`, before indexing any, if a unit is indexed
        already or comes twice."""
        todo = list(items)
        docs = self._docs
        ids = list(map(_FIRST, todo))
        if len(set(ids)) != len(ids) or not docs.keys().isdisjoint(ids):
            seen: set[int] = set()
            for unit_id in ids:
                if unit_id in docs or unit_id in seen:
                    raise DuplicateUnitError("textsim.indexed", id=unit_id)
                seen.add(unit_id)
        stem_seqs = list(map(_stem_tuple, map(_THIRD, todo)))  # each text let go once read
        # Each distinct stem sequence, in the order met, is given its class (None: no
        # stems) once; then each unit goes to its class, found by ``map`` and written to
        # ``docs`` by ``dict.update``, with no list of members made per sequence.
        classes, postings = self._classes, self._postings
        class_of: dict[tuple[str, ...], _Class | None] = {}
        for stems in dict.fromkeys(stem_seqs):
            if not stems:
                class_of[stems] = None
                continue
            bag: dict[str, int] = {}  # a plain dict counts a few stems faster than Counter
            for stem in stems:
                bag[stem] = bag.get(stem, 0) + 1
            key = tuple(sorted(bag.items()))
            c = classes.get(key)
            if c is None:
                self._serial += 1
                c = classes[key] = _Class(key, self._serial)
                for s in c.stems:
                    post = postings.get(s)
                    if post is None:
                        postings[s] = {c}
                    else:
                        post.add(c)
            class_of[stems] = c
        found = list(map(class_of.__getitem__, stem_seqs))
        docs.update(zip(ids, found, strict=True))
        for (unit_id, group, _), c in zip(todo, found, strict=True):
            if c is not None:
                c.units[unit_id] = group
                groups = c.groups
                groups[group] = groups.get(group, 0) + 1
        df = self._df
        for c, count in Counter(found).items():
            if c is not None:
                for s in c.stems:
                    df[s] += count
                self._n += count
        self._edits += len(todo)

    def remove(self, unit_id: int) -> None:
        """Forget a unit. Raises :class:`UnknownUnitError` if it is not indexed."""
        try:
            c = self._docs.pop(unit_id)
        except KeyError:
            raise UnknownUnitError("textsim.not_indexed", id=unit_id) from None
        self._edits += 1
        if c is None:
            return
        group = c.units.pop(unit_id)
        c.groups[group] -= 1
        if not c.groups[group]:
            del c.groups[group]
        self._df.subtract(c.stems)
        self._n -= 1
        for s in c.stems:
            if not self._df[s]:
                del self._df[s]
        if not c.units:
            del self._classes[c.key]
            for s in c.stems:
                post = self._postings[s]
                post.discard(c)
                if not post:
                    del self._postings[s]

    def update(self, unit_id: int, group: int, text: Text) -> None:
        """Replace a unit's group and text (``remove`` then ``add``)."""
        self.remove(unit_id)
        self.add(unit_id, group, text)

    # -- queries -------------------------------------------------------------------------

    def score(self, a: int, b: int) -> float:
        """The cosine of two indexed units' texts (0 when either has no stems), computed
        directly, whatever the cap and templates: the reference the search is held to."""
        ca, cb = self._class_of(a), self._class_of(b)
        if ca is None or cb is None:
            return 0.0
        return 1.0 if ca is cb else _Scorer(self).score(ca, cb)

    def pairs(self, threshold: float) -> list[SimilarPair]:
        """Units in different groups whose texts score at least ``threshold``, most similar
        first, leaving out pairs summarised by a template (:meth:`overlap`)."""
        return list(self.overlap(threshold).pairs)

    def clusters(self, threshold: float) -> list[TemplateCluster]:
        """The templates at ``threshold`` (:meth:`overlap`)."""
        return list(self.overlap(threshold).clusters)

    def overlap(self, threshold: float) -> TextOverlap:
        """Similar pairs and templates at ``threshold`` over the whole index. The answer
        is kept until the next edit, so ``pairs`` and ``clusters`` share one pass."""
        _check_threshold(threshold)
        if self._memo is not None and self._memo[:2] == (self._edits, threshold):
            return self._memo[2]
        sc = _Scorer(self)
        small = self.template_min
        candidates = self._candidates(sc, threshold)
        big_families: list[list[tuple[_Class, float]]] = []
        for family in self._boilerplate_families(sc, threshold):
            if sum(len(c.units) for c in family) < small:
                candidates.update(combinations(family, 2))
                sc.count += len(family) * (len(family) - 1) // 2
            else:
                if near := _near_mean(sc, family, threshold):
                    big_families.append(near)
        edges: dict[tuple[_Class, _Class], float] = {}
        for a, b in candidates:
            if (s := sc.score(a, b)) >= threshold:
                edges[(a, b)] = s
        self.candidates_scored = sc.count

        pairs: list[SimilarPair] = []
        for c in self._classes.values():
            if len(c.units) < small and len(c.groups) > 1:
                pairs.extend(_within(c, sc))
        for (a, b), s in edges.items():
            if len(a.units) < small and len(b.units) < small:
                pairs.extend(_across(a, b, s, sc.shared(a, b)))
        pairs.sort(key=lambda p: (-p.score, p.a, p.b))
        parts = self._templates(edges, big_families)
        kept = [_cluster(sc, part) for part in parts]
        kept.sort(key=lambda k: (-len(k.units), k.units))
        result = TextOverlap(tuple(pairs), tuple(kept))
        self._memo = (self._edits, threshold, result)
        return result

    def pairs_for(self, unit_id: int, threshold: float) -> list[SimilarPair]:
        """The pairs of :meth:`pairs` that involve one unit, found without a full pass:
        the re-check after one edit. Raises :class:`UnknownUnitError`."""
        _check_threshold(threshold)
        c = self._class_of(unit_id)
        sc = _Scorer(self)
        small = self.template_min
        if c is None or len(c.units) >= small:
            self.candidates_scored = 0
            return []
        sc.vector(c)
        acc: dict[_Class, float] = {}
        for stem in c.stems:
            post = self._postings[stem]
            if len(post) > self.df_cap:
                continue
            wc = c.weights[stem]
            for d in post:
                if d is not c:
                    acc[d] = acc.get(d, 0.0) + wc * sc.vector(d).weights[stem]
        sc.count += len(acc)
        partners: dict[_Class, float] = {}
        for d, dot in acc.items():
            if _may_reach(c, d, dot, threshold) and not _same_solo(c, d):
                partners[d] = sc.score(c, d)
        if sc.vector(c).rho >= threshold:
            family = self._family_of(sc, c, threshold)
            if family is not None:
                for d in family:
                    if d is not c and d not in partners:
                        sc.count += 1
                        partners[d] = sc.score(c, d)
        self.candidates_scored = sc.count
        out = [p for p in _within(c, sc) if unit_id in (p.a, p.b)]
        for d, score in partners.items():
            if score >= threshold and len(d.units) < small:
                found = _across(c, d, score, sc.shared(c, d))
                out.extend(p for p in found if unit_id in (p.a, p.b))
        out.sort(key=lambda p: (-p.score, p.a, p.b))
        return out

    # -- internals -----------------------------------------------------------------------

    def _class_of(self, unit_id: int) -> _Class | None:
        try:
            return self._docs[unit_id]
        except KeyError:
            raise UnknownUnitError("textsim.not_indexed", id=unit_id) from None

    def _candidates(self, sc: _Scorer, threshold: float) -> set[tuple[_Class, _Class]]:
        """Class pairs, lower serial first, that share a non-common stem and whose score
        can reach ``threshold``, except pairs whose units all sit in one and the same
        group (they cannot yield a finding).

        The dot product over the non-common stems is summed along the posting lists
        (one multiply-add per pair and shared stem); only pairs whose upper bound, that
        sum plus ``|common part of a| * |common part of b|``, reaches the threshold are
        scored in full."""
        for c in self._classes.values():
            sc.vector(c)
        lists: dict[str, tuple[list[int], list[tuple[_Class, float]]]] = {}
        for stem, post in self._postings.items():
            if 1 < len(post) <= self.df_cap:
                ordered = sorted(post, key=_serial)
                lists[stem] = ([c.serial for c in ordered], [(c, c.weights[stem]) for c in ordered])
        solo = {c: c.solo() for c in self._classes.values()}
        reach = threshold * _MARGIN
        out: set[tuple[_Class, _Class]] = set()
        for a in self._classes.values():
            acc: dict[_Class, float] = {}
            for stem in a.stems:
                entry = lists.get(stem)
                if entry is not None:
                    serials, members = entry
                    wa = a.weights[stem]
                    for b, wb in members[bisect_right(serials, a.serial) :]:
                        acc[b] = acc.get(b, 0.0) + wa * wb
            sc.count += len(acc)
            na, ca, ga = a.norm, a.cnorm, solo[a]
            for b, dot in acc.items():  # _may_reach and _same_solo, inlined: the hot loop
                if dot + ca * b.cnorm >= reach * (na * b.norm) and (ga is None or ga != solo[b]):
                    out.add((a, b))
        return out

    def _templates(
        self,
        edges: dict[tuple[_Class, _Class], float],
        families: list[list[tuple[_Class, float]]],
    ) -> list[list[tuple[_Class, float]]]:
        """The template clusters worth reporting, as lists of classes with the score by
        which each joined, built as stars so that they cannot chain through a scenario.

        Each large boilerplate family is a template. Every other template class
        (``template_min`` units or more), largest first, joins the earlier leading class
        it is closest to, or else leads a template of its own. Every remaining class that
        scores at least the threshold against a template class joins that class's
        template (the closest one). "Closest" prefers classes with units in other groups,
        the relation a finding is about. A template is reported when its units span
        several groups or it is similar to a unit of another group in another template;
        so every unit of a cross-group similar pair that involves a template class is in
        a reported template.
        """
        small = self.template_min
        home: dict[_Class, _Class] = {}
        joined: dict[_Class, float] = {}
        for family in families:
            root = family[0][0]
            for c, score in family:
                home[c], joined[c] = root, score
        near: dict[_Class, list[tuple[bool, float, _Key, _Class]]] = {}
        for (a, b), s in edges.items():
            cross = not _same_solo(a, b)
            if len(a.units) >= small:
                near.setdefault(b, []).append((cross, s, a.key, a))
            if len(b.units) >= small:
                near.setdefault(a, []).append((cross, s, b.key, b))
        big = [c for c in self._classes.values() if len(c.units) >= small and c not in home]
        for c in sorted(big, key=_rank):
            leads = [o for o in near.get(c, ()) if home.get(o[3]) is o[3]]
            if leads:
                _, joined[c], _, home[c] = max(leads)
            else:
                home[c], joined[c] = c, 1.0
        for c, options in near.items():
            if c not in home:
                _, joined[c], _, to = max(options)
                home[c] = home[to]
        parts: dict[_Class, list[tuple[_Class, float]]] = {}
        for c, root in home.items():
            parts.setdefault(root, []).append((c, joined[c]))
        keep: set[_Class] = set()
        for a, b in edges:
            ra, rb = home.get(a), home.get(b)
            if ra is not None and rb is not None and ra is not rb and not _same_solo(a, b):
                keep.update((ra, rb))
        return [
            part
            for root, part in parts.items()
            if root in keep or _spans_groups([c for c, _ in part])
        ]

    def _boilerplate_families(self, sc: _Scorer, threshold: float) -> list[list[_Class]]:
        """Mostly-boilerplate classes (``rho >= threshold``) grouped by their set of
        common stems; only groups of two or more classes."""
        families: dict[tuple[str, ...], list[_Class]] = {}
        common = sc.common_stems
        for c in self._classes.values():
            if not common.isdisjoint(c.stems) and sc.vector(c).rho >= threshold:
                families.setdefault(sc.common_key(c), []).append(c)
        return [sorted(f, key=_serial) for f in families.values() if len(f) > 1]

    def _family_of(self, sc: _Scorer, c: _Class, threshold: float) -> list[_Class] | None:
        """The boilerplate family of ``c`` if it holds fewer than ``template_min`` units
        (the ones compared pair by pair), else None."""
        key = sc.common_key(c)
        rarest = min(key, key=lambda s: len(self._postings[s]))
        family: list[_Class] = []
        units = 0
        for d in self._postings[rarest]:
            if sc.vector(d).rho >= threshold and sc.common_key(d) == key:
                family.append(d)
                units += len(d.units)
                if units >= self.template_min:
                    return None
        return family


def similar_pairs(
    docs: Iterable[tuple[int, int, str]],
    threshold: float,
    *,
    df_cap: int = DEFAULT_DF_CAP,
    template_min: int = DEFAULT_TEMPLATE_MIN,
) -> list[SimilarPair]:
    """:meth:`TextIndex.pairs` over ``(unit_id, group, text)`` documents: the pairs
    outside templates (build a :class:`TextIndex` to get the templates too).

    >>> similar_pairs([(1, 1, "Pengelolaan irigasi"), (2, 2, "Mengelola irigasi")], 0.9)
    [SimilarPair(a=1, b=2, score=1.0, shared=('irigasi', 'kelola'))]
    """
    index = TextIndex(df_cap=df_cap, template_min=template_min)
    for unit_id, group, text in docs:
        index.add(unit_id, group, text)
    return index.pairs(threshold)


# -- helpers --------------------------------------------------------------------------------


def _check_threshold(threshold: float) -> None:
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], not {threshold}")


def _serial(c: _Class) -> int:
    return c.serial


def _rank(c: _Class) -> tuple[int, _Key]:
    return -len(c.units), c.key


def _may_reach(a: _Class, b: _Class, dot: float, threshold: float) -> bool:
    """Whether two classes whose non-common stems give the dot product ``dot`` can score
    ``threshold``: their common stems add at most the product of their common norms."""
    return dot + a.cnorm * b.cnorm >= threshold * _MARGIN * (a.norm * b.norm)


def _same_solo(a: _Class, b: _Class) -> bool:
    solo = a.solo()
    return solo is not None and solo == b.solo()


def _spans_groups(classes: list[_Class]) -> bool:
    first = classes[0].solo()
    return first is None or any(c.solo() != first for c in classes[1:])


def _within(c: _Class, sc: _Scorer) -> list[SimilarPair]:
    """The pairs inside one class (identical texts) whose units differ in group."""
    weights = sc.vector(c).weights
    shared = tuple(s for _, s in heapq.nsmallest(SHARED_MAX, [(-w, s) for s, w in weights.items()]))
    units = sorted(c.units.items())
    return [
        SimilarPair(u, v, 1.0, shared) for (u, gu), (v, gv) in combinations(units, 2) if gu != gv
    ]


def _across(a: _Class, b: _Class, score: float, shared: tuple[str, ...]) -> list[SimilarPair]:
    """The pairs between two classes whose units differ in group."""
    return [
        SimilarPair(min(u, v), max(u, v), score, shared)
        for u, gu in a.units.items()
        for v, gv in b.units.items()
        if gu != gv
    ]


def _near_mean(sc: _Scorer, family: list[_Class], threshold: float) -> list[tuple[_Class, float]]:
    """The members of a family whose text is within ``threshold`` of the family's mean,
    with their score against it."""
    mean, mnorm = _mean(sc, family)
    scored = [(c, _cosine_to(sc, c, mean, mnorm)) for c in family]
    return [(c, s) for c, s in scored if s >= threshold]


def _mean(sc: _Scorer, classes: list[_Class]) -> tuple[dict[str, float], float]:
    """The unit-weighted mean of the classes' unit vectors, and its norm (summed in a
    fixed order, whatever order the classes come in)."""
    total: dict[str, float] = {}
    for c in sorted(classes, key=lambda c: c.key):
        sc.vector(c)
        weights, k = c.weights, len(c.units) / c.norm
        for s in c.stems:
            total[s] = total.get(s, 0.0) + k * weights[s]
    return total, math.sqrt(sum(w * w for _, w in sorted(total.items())))


def _cosine_to(sc: _Scorer, c: _Class, mean: dict[str, float], mnorm: float) -> float:
    weights = sc.vector(c).weights
    dot = sum(weights[s] * mean[s] for s in c.stems)
    return min(1.0, dot / (c.norm * mnorm))


def _cluster(sc: _Scorer, members: list[tuple[_Class, float]]) -> TemplateCluster:
    classes = [c for c, _ in members]
    mean, _ = _mean(sc, classes)
    heaviest = heapq.nsmallest(SHARED_MAX, [(-w, s) for s, w in mean.items()])
    return TemplateCluster(
        units=tuple(sorted(u for c in classes for u in c.units)),
        groups=tuple(sorted({g for c in classes for g in c.groups})),
        texts=len(classes),
        score=min(s for _, s in members),
        shared=tuple(s for _, s in heaviest),
    )

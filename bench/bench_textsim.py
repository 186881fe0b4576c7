"""Benchmark of the text-overlap index (rbdesk.analysis.textsim), run by hand:

    python bench/bench_textsim.py                  # 1k, 10k, 100k generated units
    python bench/bench_textsim.py --sizes 1000 10000 --varied

For each size it times, in milliseconds:

* build cold: a fresh index while nothing is stemmed yet (Sastrawi's dictionary load and
  one Sastrawi call per distinct word included), as the first check after start-up;
* build warm: a second index over the same texts, with the per-process stem cache warm;
* overlap: ``overlap(threshold)`` over the whole index, i.e. the text-overlap part of a
  full check (after one edit, so that nothing is memoised);
* edit + pairs_for: ``update`` of one unit and ``pairs_for`` it, the re-check after one
  edit (median and worst of several edits; at 10k units and above).

Targets from the issue: the whole analysis of 10k units in 100 ms, of which text overlap
~40 ms; a re-check after one edit in 50 ms.

``--varied`` adds a corpus of texts drawn from a Zipf vocabulary, where hardly any text
repeats: a stress case for the candidate step that generated plans, whose texts follow
templates, do not exercise. ``--kelurahan`` adds the worst case for templates: every unit
a kelurahan (ten to a kecamatan) with the same tugas naming the kelurahan, 400 names
repeated across kecamatan (the corpus of ``tests/analysis/test_textsim.py``'s
``test_template_kelurahan_give_linear_output_and_work``, which counts the work and leaves
the time to this benchmark).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rbdesk.analysis import textsim  # noqa: E402
from rbdesk.analysis.textsim import TextIndex  # noqa: E402
from rbdesk.domain.model import Structure  # noqa: E402
from rbdesk.interchange.synthetic import generate  # noqa: E402

OPD_KINDS = {"sekretariat_daerah", "sekretariat_dprd", "inspektorat", "dinas", "badan", "kecamatan"}
Docs = list[tuple[int, int, str]]


def opd_of(s: Structure, unit_id: int) -> int:
    u = s.units.get(unit_id)
    while u is not None:
        if u.kind in OPD_KINDS:
            return u.id
        u = s.units.get(u.parent_id) if u.parent_id is not None else None
    return 0


def generated(n: int) -> Docs:
    _, (s, *_) = generate(n, seed=1, proposal=False)
    return [(u.id, opd_of(s, u.id), f"{u.tugas}\n{u.fungsi}") for u in s.units.values()]


def varied(n: int) -> Docs:
    rng = random.Random(1)
    syllables = "ba ka la ma na pa ra sa ta wa bi ki li mi ni pi ri si ti wi".split()
    vocab = ["".join(rng.choices(syllables, k=3)) for _ in range(3000)]
    weights = [1 / (rank + 1) for rank in range(len(vocab))]
    return [
        (i, i % 97, " ".join(rng.choices(vocab, weights, k=rng.randint(8, 20)))) for i in range(n)
    ]


KELURAHAN = (
    "Kelurahan mempunyai tugas membantu Camat dalam melaksanakan urusan pemerintahan, "
    "pemberdayaan masyarakat, pelayanan masyarakat, ketenteraman dan ketertiban umum, "
    "serta pemeliharaan prasarana dan fasilitas pelayanan umum."
)


def kelurahan(n: int) -> Docs:
    rng = random.Random(7)
    prefixes = "suka karang tegal banjar sido wono kali ci purwo tanjung".split()
    suffixes = "maju rejo sari mulya harjo asih jaya makmur agung wangi".split()
    names = [p + s for p in prefixes for s in suffixes] * 4
    docs = []
    for i in range(n):
        name = f"Kelurahan {rng.choice(names).title()}"
        docs.append((i, i // 10, f"{name} {KELURAHAN} di wilayah {name}."))
    return docs


def ms(seconds: float) -> str:
    return f"{seconds * 1000:9.1f}" if seconds >= 0.01 else f"{seconds * 1000:9.2f}"


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def build(docs: Docs) -> TextIndex:
    index = TextIndex()
    for doc in docs:
        index.add(*doc)
    return index


EDIT_TEXTS = (
    "Bidang Sumber Daya Air mempunyai tugas melaksanakan pengelolaan irigasi, bendungan "
    "dan embung.",
    "Subbagian Publikasi mempunyai tugas mengelola hubungan media massa dan dokumentasi.",
    "Seksi Pemerintahan mempunyai tugas menyiapkan bahan pembinaan administrasi kelurahan.",
)


def run(label: str, docs: Docs, threshold: float, edits: int) -> None:
    textsim.clear_stem_cache()
    cold = timed(lambda: build(docs))
    index: TextIndex | None = None

    def warm_build() -> None:
        nonlocal index
        index = build(docs)

    warm = timed(warm_build)
    assert index is not None
    rng = random.Random(2)
    unit_id, group, _ = docs[len(docs) // 2]
    full: list[float] = []
    for k in range(3):
        index.update(unit_id, group, EDIT_TEXTS[k % len(EDIT_TEXTS)])
        full.append(timed(lambda: index.overlap(threshold)))
    result = index.overlap(threshold)
    candidates = index.candidates_scored
    line = (
        f"{label:>16} {len(docs):>7} {ms(cold)} {ms(warm)} {ms(min(full))} "
        f"{candidates:>10} {len(result.pairs):>7} {len(result.clusters):>8}"
    )
    if edits:
        recheck = []
        for _ in range(edits):
            uid, grp, _ = rng.choice(docs)
            text = rng.choice(EDIT_TEXTS)
            start = time.perf_counter()
            index.update(uid, grp, text)
            index.pairs_for(uid, threshold)
            recheck.append(time.perf_counter() - start)
        line += f" {ms(statistics.median(recheck))} {ms(max(recheck))}"
    print(line, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--threshold", type=float, default=0.6, help="rule pack: 0.6")
    parser.add_argument("--edits", type=int, default=50, help="edits timed per size")
    parser.add_argument("--varied", action="store_true", help="add the Zipf-text corpus")
    parser.add_argument(
        "--kelurahan", action="store_true", help="add the corpus of one tugas for every unit"
    )
    args = parser.parse_args(argv)
    print(f"threshold {args.threshold}, df_cap {textsim.DEFAULT_DF_CAP}, "
          f"template_min {textsim.DEFAULT_TEMPLATE_MIN}; times in ms")  # fmt: skip
    print(
        f"{'corpus':>16} {'units':>7} {'cold':>9} {'warm':>9} {'overlap':>9} "
        f"{'candidates':>10} {'pairs':>7} {'clusters':>8} {'edit+for':>9} {'worst':>9}"
    )
    corpora: list[tuple[str, Callable[[int], Docs]]] = [("generated", generated)]
    if args.varied:
        corpora.append(("varied (Zipf)", varied))
    if args.kelurahan:
        corpora.append(("kelurahan", kelurahan))
    for label, make in corpora:
        for n in args.sizes:
            run(label, make(n), args.threshold, args.edits if n >= 10_000 else 0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

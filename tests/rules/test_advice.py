"""No fix text advises what a rule elsewhere forbids.

For every finding in a corpus of situations, the test reads which structural actions
its fix text advises (merge, abolish, hand the work to a functional group, in both
languages alike), carries each out with rbdesk's own restructuring operations
(``rbdesk.domain.operations``) on a proposal copy, and checks the plan again: an
advice is contradicted when the operation is refused (a kind the law does not let stand
there) or when the result holds an error finding of any rule that the situation did not
hold before. Where the advice leaves a choice (merge with *a* sibling of the same
rumpun), one lawful way is enough.

The situations: the sample region (current structure and proposal), Kota Mojokerto as
imported, and situations made from the pack itself, so that a new row is covered the
day it is added: for every cap row, its parent with exactly one child of the capped
kind (a one-over-one the law may fix) and with one child more than the cap; for every
``spans.exempt`` entry, its parent over one child of each kind it names; for every
typology group, a unit scoring below its lowest threshold.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from rbdesk.analysis.engine import analyse
from rbdesk.analysis.findings import Finding, Severity
from rbdesk.domain.errors import RbdeskError
from rbdesk.domain.model import (
    Level,
    Region,
    RemovedRecords,
    Scenario,
    ScenarioRole,
    Structure,
    Unit,
    UrusanAssignment,
    UrusanRole,
)
from rbdesk.domain.operations import (
    AppliedOperation,
    Motive,
    OperationPlan,
    apply_plan,
    plan_abolish,
    plan_convert,
    plan_merge,
)
from rbdesk.interchange.plan_json import read_document
from rbdesk.interchange.reference_csv import import_reference_csv
from rbdesk.interchange.sample import sample_document
from rbdesk.rules import default_catalogue
from rbdesk.rules.pack import load_pack

CAT = default_catalogue()
PACK = load_pack()
WHY = Motive("Uji saran temuan")
LEVEL_OF = {"provinsi": Level.PROVINSI, "kabkota": Level.KABUPATEN}

#: The words that announce an action in a fix text, per language.
ACTIONS = {
    "merge": (r"[Gg]abung", r"\b[Mm]erg"),
    "abolish": (r"\b[Hh]apus\b", r"\b[Aa]bolish|\b[Rr]emove\b"),
    "functional": (r"jabatan fungsional", r"functional group"),
}


def advised(finding: Finding, lang: str) -> set[str]:
    text = finding.fix.get(lang, "")
    return {a for a, words in ACTIONS.items() if re.search(words[lang == "en"], text)}


# -- the situations ------------------------------------------------------------------------


def _region(level: Level) -> Region:
    return Region("Daerah Uji", level)


class Builder:
    """A structure grown from the head of the region, kind by kind."""

    def __init__(self, level: Level) -> None:
        self.level = level
        self.structure = Structure(Scenario(1, "Situasi", ScenarioRole.CURRENT))
        self.head = self.add(None, "kepala_daerah", "Kepala Daerah")

    def add(self, parent: int | None, kind: str, name: str, **fields: object) -> int:
        uid = len(self.structure.units) + 1
        self.structure.units[uid] = Unit(uid, parent, kind, name, sort_order=uid,
                                         **fields)  # type: ignore[arg-type]  # fmt: skip
        return uid

    def code(self, uid: int, code: str) -> None:
        self.structure.assignments.append(UrusanAssignment(uid, code, UrusanRole.MAIN))

    def path_to(self, kind: str, within: frozenset[str] | None) -> list[str]:
        """The kinds from the head down to ``kind`` (the first OPD on the way one of
        ``within``), shortest first."""
        opds = {k for k, v in CAT.kinds.items() if v.opd}
        queue: deque[list[str]] = deque([["kepala_daerah"]])
        while queue:
            path = queue.popleft()
            if path[-1] == kind and len(path) > 1:
                opd = next((k for k in path[1:] if k in opds), None)
                if within is None or opd in within:
                    return path
            if len(path) > 5:
                continue
            for child in CAT.allowed_child_kinds(path[-1], self.level):
                if child not in path:
                    queue.append([*path, child])
        raise AssertionError(f"no way to {kind} within {within}")

    def chain(self, kinds: list[str], unit_type: str | None) -> int:
        """Units of ``kinds`` one under the other below the head; the OPD typed."""
        uid = self.head
        for kind in kinds[1:]:
            typed = unit_type if CAT.kinds[kind].opd or kind in ("upt", "cabang_dinas") else None
            uid = self.add(uid, kind, f"{kind} {len(self.structure.units)}", unit_type=typed)
            if kind == "dinas":
                self.code(uid, "2.07")
        return uid


def _with_neighbour(builder: Builder) -> None:
    """Another OPD beside, so that the head manages more than one unit."""
    other = builder.add(builder.head, "dinas", "Dinas Perdagangan", unit_type="B")
    builder.code(other, "3.30")


def _pack_situations() -> Iterator[tuple[str, Structure, Region]]:
    for n, cap in enumerate(PACK.caps):
        level = LEVEL_OF[cap.level]
        for count in (1, cap.max + 1):
            b = Builder(level)
            try:
                path = b.path_to(cap.parent, cap.within)
            except AssertionError:
                continue
            kind = sorted(cap.children)[0]
            if cap.parent not in CAT.allowed_parents(kind, level):
                continue
            _with_neighbour(b)
            parent = b.chain(path, cap.unit_type or "B")
            for k in range(count):
                b.add(parent, kind, f"{kind} {k}")
            yield f"caps[{n}] x{count}", b.structure, _region(level)
    for n, row in enumerate(PACK.spans.get("exempt", [])):
        for level in (Level.PROVINSI, Level.KABUPATEN):
            if level.rule_level not in CAT.kinds[row["parent"]].levels:
                continue
            b = Builder(level)
            if row["parent"] == "kepala_daerah":
                parent = b.head
            else:
                _with_neighbour(b)
                parent = b.chain(b.path_to(row["parent"], None), "B")
            for kind in row["children"] or ["dinas"]:
                if row["parent"] in CAT.allowed_parents(kind, level):
                    typed = None if kind == "subbagian" else "B"
                    b.add(parent, kind, f"{kind} anak", unit_type=typed)
            yield f"spans.exempt[{n}] {level.value}", b.structure, _region(level)
    for (top, row_level), most in PACK.layers.items():
        level = LEVEL_OF[row_level or "kabkota"]
        if level.rule_level not in CAT.kinds[top].levels:
            continue
        b = Builder(level)
        _with_neighbour(b)
        uid = b.chain(b.path_to(top, None), "B")
        kind = top
        for depth in range(2, most + 2):  # down the line, one layer past the limit
            below = [k for k in CAT.allowed_child_kinds(kind, level)
                     if CAT.kinds[k].structural and k not in ("upt", "kelurahan")]  # fmt: skip
            kind = below[0] if below and depth <= most else "subbagian"
            uid = b.add(uid, kind, f"{kind} lapis {depth}")
        yield f"layers.{top}.{row_level}", b.structure, _region(level)
    for group in PACK.typology["groups"]:
        for kind in group["kinds"]:
            level = Level.KABUPATEN
            b = Builder(level)
            _with_neighbour(b)
            uid = b.add(b.head, kind, f"{kind} skor rendah", unit_type="C", workload_score=0.0)
            b.code(uid, "3.31" if kind == "dinas" else "5.05" if kind == "badan" else "4.01")
            yield f"typology.{group['id']}.{kind}", b.structure, _region(level)


def _situations() -> list[tuple[str, Structure, Region]]:
    region, (current, proposal) = read_document(sample_document())
    data = Path(__file__).resolve().parent.parent / "data" / "mojokerto.csv"
    mojokerto = import_reference_csv(data, CAT)
    return [
        ("sample current", current, region),
        ("sample proposal", proposal, region),
        ("mojokerto", mojokerto.structure, mojokerto.region),
        *_pack_situations(),
    ]


SITUATIONS = _situations()


# -- carrying an advice out ----------------------------------------------------------------


def _errors(structure: Structure, region: Region) -> Counter[str]:
    return Counter(
        f.rule for f in analyse(structure, region, pack=PACK) if f.severity is Severity.ERROR
    )


def _as_proposal(structure: Structure) -> Structure:
    return replace(structure, scenario=replace(structure.scenario, role=ScenarioRole.PROPOSAL))


def _applied(structure: Structure, plan: OperationPlan) -> Structure:
    ids = {u.id: 100_000 + n for n, u in enumerate(plan.added)}
    after = tuple(ids.get(u, u) for u in plan.operation.after)
    record = replace(plan.operation, id=10**6, after=after, sort_order=len(structure.operations))
    return apply_plan(structure, AppliedOperation(plan, ids, record, RemovedRecords(1)))


Step = Callable[[Structure], OperationPlan]


def _lawful(structure: Structure, region: Region, step: Step, before: Counter[str]) -> str:
    """'' when the step can be made and leaves no error the structure did not have;
    otherwise why not."""
    proposal = _as_proposal(structure)
    try:
        plan = step(proposal)
    except RbdeskError as exc:
        return f"refused: {exc}"
    after = _errors(_applied(proposal, plan), region)
    new = {rule: after[rule] - before[rule] for rule in after if after[rule] > before[rule]}
    return f"new errors: {new}" if new else ""


def _ops(region: Region) -> dict[str, object]:
    return {"level": region.level, "rules": CAT}


def _merge_one_over_one(structure: Structure, region: Region, parent: int, child: int,
                        before: Counter[str]) -> list[str]:  # fmt: skip
    """The ways to make a unit and its one sub-unit one; [] when one is lawful."""
    kw = _ops(region)
    ways: list[Step] = [
        lambda s: plan_abolish(s, [child], WHY, rehome_under=parent, **kw),  # type: ignore[arg-type]
    ]
    up = structure.units[parent].parent_id
    if up is not None and not CAT.kinds[structure.units[parent].kind].opd:
        ways.append(lambda s: plan_abolish(s, [parent], WHY, rehome_under=up, **kw))  # type: ignore[arg-type]
    why = [_lawful(structure, region, way, before) for way in ways]
    return [] if "" in why else why


def _siblings_of_rumpun(structure: Structure, uid: int) -> list[int]:
    unit = structure.units[uid]

    def rumpun(u: int) -> set[str | None]:
        return {CAT.urusan[a.code].rumpun for a in structure.assignments_of(u)
                if a.code in CAT.urusan and CAT.urusan[a.code].concurrent}  # fmt: skip

    mine = rumpun(uid)
    return [
        other.id
        for other in structure.units.values()
        if other.id != uid
        and other.parent_id == unit.parent_id
        and other.kind in ("dinas", "badan")
        and (rumpun(other.id) & mine)
    ]


def contradictions(finding: Finding, structure: Structure, region: Region) -> list[str]:
    """What in the finding's advice the law forbids in this structure ([] for none)."""
    actions = advised(finding, "id")
    before = _errors(structure, region)
    kw = _ops(region)
    out: list[str] = []
    units = list(finding.units)
    rule = finding.rule
    if rule in ("spans.one_over_one", "spans.chain") and "merge" in actions:
        for parent, child in zip(units, units[1:], strict=False):
            out += _merge_one_over_one(structure, region, parent, child, before)
    elif rule in ("spans.narrow", "typology.below_opd") and "merge" in actions:
        # "with an OPD of the same rumpun": one lawful merge is enough, if there is one;
        # a unit that is no dinas or badan has no rumpun: any dinas is tried, and must
        # fail for the advice to be lawful (none is: the advice itself is wrong)
        candidates = _siblings_of_rumpun(structure, units[0])
        if not candidates and structure.units[units[0]].kind not in ("dinas", "badan"):
            candidates = [o.id for o in structure.units.values()
                          if o.parent_id == structure.units[units[0]].parent_id
                          and o.kind == "dinas"]  # fmt: skip
        why = [
            _lawful(structure, region,
                    lambda s, o=other: plan_merge(s, [o, units[0]], WHY, **kw),  # type: ignore[arg-type]
                    before)
            for other in candidates
        ]  # fmt: skip
        if why and "" not in why:
            out += why
    elif rule == "caps.sub_units":
        kids = units[1:]
        over = int(finding.params["over"])
        if "abolish" in actions:
            out.append(_lawful(structure, region,
                               lambda s: plan_abolish(s, kids[-over:], WHY, **kw),  # type: ignore[arg-type]
                               before))  # fmt: skip
        if "merge" in actions and len(kids) >= 2:
            out.append(_lawful(structure, region,
                               lambda s: plan_merge(s, kids[-2:], WHY, **kw),  # type: ignore[arg-type]
                               before))  # fmt: skip
        if "functional" in actions:
            out.append(_lawful(structure, region,
                               lambda s: plan_convert(s, kids[-over:], WHY, **kw),  # type: ignore[arg-type]
                               before))  # fmt: skip
    elif rule in ("layers.simplification", "layers.depth") and "functional" in actions:
        out.append(_lawful(structure, region,
                           lambda s: plan_convert(s, units[:1], WHY, **kw),  # type: ignore[arg-type]
                           before))  # fmt: skip
    return [why for why in out if why]


# -- the tests ---------------------------------------------------------------------------------


def _findings() -> Iterator[tuple[str, Finding, Structure, Region]]:
    for name, structure, region in SITUATIONS:
        for finding in analyse(structure, region, pack=PACK):
            yield name, finding, structure, region


FINDINGS = list(_findings())


def test_the_situations_cover_every_advising_rule() -> None:
    """The corpus holds a finding of each rule whose advice the test carries out."""
    seen = {f.rule for _, f, _, _ in FINDINGS}
    assert {"spans.one_over_one", "spans.narrow", "caps.sub_units", "layers.simplification",
            "layers.depth", "typology.below_opd"} <= seen  # fmt: skip


def test_both_languages_advise_alike() -> None:
    for name, finding, _, _ in FINDINGS:
        assert advised(finding, "id") == advised(finding, "en"), (name, finding.fix)


@pytest.mark.parametrize("name", [s[0] for s in SITUATIONS])
def test_no_advice_the_law_forbids(name: str) -> None:
    problems = []
    for where, finding, structure, region in FINDINGS:
        if where != name:
            continue
        why = contradictions(finding, structure, region)
        if why:
            problems.append((finding.rule, finding.text("en"), finding.fix["en"], why))
    assert problems == []


def test_the_check_catches_forbidden_advice() -> None:
    """Not a tautology: the advice the span rules gave before the law was read (merge an
    asisten with its one bagian) is caught as forbidden."""
    b = Builder(Level.KABUPATEN)
    _with_neighbour(b)
    setda = b.add(b.head, "sekretariat_daerah", "Sekretariat Daerah", unit_type="A")
    asisten = b.add(setda, "asisten", "Asisten Pemerintahan")
    asisten2 = b.add(setda, "asisten", "Asisten Umum")
    bagian = b.add(asisten, "bagian", "Bagian Tata Pemerintahan")
    b.add(bagian, "subbagian", "Subbagian Otonomi Daerah")
    b.add(bagian, "subbagian", "Subbagian Kerja Sama")
    b.add(asisten2, "bagian", "Bagian Umum")
    b.add(asisten2, "bagian", "Bagian Hukum")
    region = _region(Level.KABUPATEN)
    old = Finding("spans.one_over_one", PACK.rule("spans.one_over_one").family,  # type: ignore[arg-type]
                  Severity.WARNING, (asisten, bagian), (), {},
                  {"id": "Gabungkan kedua unit.", "en": "Merge the two units."}, "")  # fmt: skip
    assert contradictions(old, b.structure, region)  # refused both ways
    assert not [f for f in analyse(b.structure, region, pack=PACK) if f.rule.startswith("spans.")]


def test_functional_groups_only_where_the_law_allows() -> None:
    """A fix offers the functional-group route only where one may take the work: not
    for JPT posts (asisten, eselon IIb: the 2021 conversion turns administrator and
    pengawas posts only), not for units the 2021 simplification keeps structural (the
    seksi of a kecamatan: "pengawas ... kecamatan/kelurahan", regulation.md section 2);
    a bidang's seksi beyond the cap may go to one."""
    b = Builder(Level.KABUPATEN)
    _with_neighbour(b)
    setda = b.add(b.head, "sekretariat_daerah", "Sekretariat Daerah", unit_type="A")
    for n in range(4):  # "paling banyak 3 (tiga) asisten" (Pasal 74 ayat (1))
        b.add(setda, "asisten", f"Asisten {n}", eselon="IIb")
    kecamatan = b.add(b.head, "kecamatan", "Kecamatan Kota", unit_type="B")
    for n in range(5):  # "paling banyak 4 (empat) seksi" (Pasal 92 ayat (1))
        b.add(kecamatan, "seksi", f"Seksi {n}", eselon="IVa")
    dinas = b.add(b.head, "dinas", "Dinas Lingkungan Hidup", unit_type="B")
    b.code(dinas, "2.11")
    bidang = b.add(dinas, "bidang", "Bidang Pengendalian", eselon="IIIb")
    for n in range(4):  # "paling banyak 3 (tiga) seksi" (Pasal 82 ayat (3))
        b.add(bidang, "seksi", f"Seksi Pengendalian {n}", eselon="IVa")
    found = {f.units[0]: f for f in analyse(b.structure, _region(Level.KABUPATEN), pack=PACK)
             if f.rule == "caps.sub_units"}  # fmt: skip
    assert advised(found[setda], "en") == {"merge", "abolish"}
    assert advised(found[kecamatan], "en") == {"merge", "abolish"}
    assert advised(found[bidang], "en") == {"merge", "abolish", "functional"}
    assert found[bidang].fix["id"].endswith("atau alihkan tugasnya ke kelompok jabatan fungsional.")

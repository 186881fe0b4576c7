"""Layers: structural depth beyond the maximum, and structural pengawas units that
the 2021 simplification of the bureaucracy should have turned into functional groups.

Depth is counted in line units from the *top* of a unit: its nearest ancestor (or
itself) whose kind has a layer limit in the pack (an OPD, or a rumah sakit, which is a
unit of its own kind inside the dinas kesehatan). The top is layer 1. A unit is
reported where it first goes past the limit, not again for each unit below it.
"""

from __future__ import annotations

from itertools import chain

from rbdesk.analysis.checks.base import emit, functional_route, kind_text
from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Finding
from rbdesk.analysis.opd_types import urusan_score
from rbdesk.rules.pack import RulePack

#: The fix's functional-group route, offered where ``functional_route`` allows it.
JF_ADVICE = {
    "id": " atau jadikan kelompok jabatan fungsional",
    "en": " or make it a functional group",
}


def check(ctx: Context, pack: RulePack) -> list[Finding]:
    return _depth(ctx, pack) + _simplification(ctx, pack)


def _depth(ctx: Context, pack: RulePack) -> list[Finding]:
    """The units one layer past their top's limit, found from the context's layers
    (counted from the root) rather than by a walk of the whole tree: every unit between
    a top and a unit below it has a parent, so the unit's depth below its top is
    ``1 + layer[unit] - layer[top]``. Only the units whose layer reaches the lowest
    ``layer[top] + limit`` of the tops present can be past a limit (on a generated
    10,000-unit plan, 18); each walks up to its top."""
    out: list[Finding] = []
    level = ctx.level.rule_level
    # kind -> its layer limit, for the kinds that start a count (a top)
    found = {kind: pack.max_layers(kind, level) for kind, _ in pack.layers}
    limits = {kind: limit for kind, limit in found.items() if limit is not None}
    units, line, layer = ctx.units, ctx.line, ctx.layer
    floor = min(
        (layer[top] + limit for kind, limit in limits.items()
         for top in ctx.by_kind.get(kind, ()) if top in layer),
        default=None,
    )  # fmt: skip
    if floor is None:
        return out
    for uid, below_root in layer.items():
        if below_root < floor or uid not in line or units[uid].kind in limits:
            continue  # (a top is layer 1 of its own count)
        top = _top(ctx, uid, limits)
        if top is None:
            continue
        unit, limit = units[uid], limits[units[top].kind]
        depth = 1 + below_root - layer[top]
        if depth == limit + 1:
            jf = JF_ADVICE if functional_route(ctx, pack, [uid]) else ""
            out.append(
                emit(pack, "layers.depth", [uid, top], name=unit.name, depth=depth,
                     top=units[top].name, top_kind=kind_text(ctx, units[top].kind),
                     max=limit, jf=jf)
            )  # fmt: skip
    return out


def _top(ctx: Context, uid: int, limits: dict[str, int]) -> int | None:
    """The nearest ancestor of ``uid`` whose kind starts a count, or None when there is
    none or ``uid`` is not below a root (under a unit whose parent is missing: the
    depth is not counted there)."""
    units = ctx.units
    top = None
    parent = units[uid].parent_id
    while parent is not None:  # ends: a unit with a layer is on no cycle
        above = units.get(parent)
        if above is None:
            return None
        if top is None and above.kind in limits:
            top = parent
        parent = above.parent_id
    return top


def _simplification(ctx: Context, pack: RulePack) -> list[Finding]:
    """Pengawas units (seksi, subbidang, subbagian) still standing under a bidang or a
    bagian after the 2021 simplification, at both levels (regulation.md section 2:
    PermenPANRB 25/2021 and Surat Mendagri 800/2603/OTDA, neither in law/, so the
    finding stays unconfirmed). Kept, and not reported: a subbagian tata usaha (or
    procurement, by its name or its bagian's), anything within a sekretariat (of a
    dinas, badan or the inspektorat, and the Setwan as a whole), a rumah sakit, a UPT,
    a cabang dinas, a kecamatan or kelurahan, and a unit that holds an urusan scored at
    most ``exempt_max_score``: PP 18/2016 Pasal 18 ayat (10) and Pasal 40 ayat (10) put
    such an urusan in the Setda as one more subbagian."""
    rules = pack.simplification
    if ctx.level.rule_level not in rules.get("levels", []):
        return []
    parents = set(rules["parents"])
    children = set(rules["children"])
    exempt_within = set(rules["exempt_within"])
    words = [w.lower() for w in rules.get("exempt_name_words", [])]
    max_score = rules.get("exempt_max_score")
    units, line_children = ctx.units, ctx.line_children
    out: list[Finding] = []
    for uid in chain.from_iterable(ctx.by_kind.get(kind, ()) for kind in sorted(children)):
        unit = units[uid]
        if unit.parent_id not in units:
            continue
        parent = units[unit.parent_id]
        if parent.kind not in parents:
            continue
        names = f"{unit.name} {parent.name}".lower()
        if any(w in names for w in words):
            continue
        if any(units[a].kind in exempt_within for a in ctx.structure.ancestors(uid)):
            continue
        if max_score is not None and _small_urusan(ctx, uid, float(max_score)):
            continue
        if line_children.get(uid):
            # a structural unit under a seksi, subbidang or subbagian is an error of its
            # own (structure.parent_kind), and no functional group can hold it: the advice to
            # convert waits until that is settled
            continue
        out.append(
            emit(pack, "layers.simplification", [uid, parent.id], name=unit.name,
                 kind=kind_text(ctx, unit.kind), parent=parent.name,
                 parent_kind=kind_text(ctx, parent.kind), confirmed=False)
        )  # fmt: skip
    return out


def _small_urusan(ctx: Context, uid: int, max_score: float) -> bool:
    """Whether the unit holds an urusan whose pemetaan score is at most ``max_score``
    (an urusan only a seksi or subbagian may carry)."""
    for assignment in ctx.assignments.get(uid, ()):
        score = urusan_score(ctx, assignment.code)
        if score is not None and score <= max_score:
            return True
    return False

"""Caps: more sub-units than an OPD's kind, type and level allow (PP 18/2016 Pasal
55-93), with the legal exceptions: +2 bidang for the dinas of 1.03 and 3.27 and the
badan of 5.02 (Pasal 72, 89), +1 bidang for a merged dinas (Pasal 18(6), 40(6)) and
for a tipe C PM-PTSP dinas (Pasal 17(5), 39(5)). When several exceptions apply, the
largest allowance counts, not their sum.

The type that selects a cap is the type of the OPD holding the unit (``type_of =
"opd"``), or the unit's own kelas for UPT and cabang dinas (``"parent"``). A unit whose
type is missing gets an information finding instead, and only when its count could
exceed the smallest cap."""

from __future__ import annotations

from collections import Counter, defaultdict

from rbdesk.analysis.checks.base import emit, kind_text, kinds_text
from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Finding
from rbdesk.rules.pack import Cap, RulePack


def _caps_by_parent(ctx: Context, pack: RulePack) -> dict[str, list[Cap]]:
    level = ctx.level.rule_level
    out: dict[str, list[Cap]] = defaultdict(list)
    for cap in pack.caps:
        if cap.level == level:
            out[cap.parent].append(cap)
    return out


def _allowance(ctx: Context, pack: RulePack, uid: int, children: frozenset[str]) -> tuple[int, str]:
    unit = ctx.units[uid]
    codes = {c for c in ctx.codes_of(uid) if c in ctx.catalogue.urusan}
    best, basis = 0, ""
    for exc in pack.cap_exceptions:
        if unit.kind not in exc.parents or not (exc.children & children):
            continue
        if exc.urusan and not (exc.urusan & codes):
            continue
        if exc.unit_type and unit.unit_type != exc.unit_type:
            continue
        if exc.min_urusan and len(codes) < exc.min_urusan:
            continue
        if exc.extra > best:
            best, basis = exc.extra, exc.basis
    return best, basis


def check(ctx: Context, pack: RulePack) -> list[Finding]:
    out: list[Finding] = []
    caps = _caps_by_parent(ctx, pack)
    grouped: dict[tuple[str, str | None], dict[frozenset[str], list[Cap]]] = {}
    for uid, unit in ctx.units.items():
        rows = caps.get(unit.kind)
        if not rows:
            continue
        kids = ctx.children.get(uid)
        if not kids:
            continue
        opd = ctx.opd_of.get(uid)
        opd_kind = ctx.units[opd].kind if opd is not None else None
        groups = grouped.get((unit.kind, opd_kind))
        if groups is None:
            groups = defaultdict(list)
            for cap in rows:
                if cap.within is None or opd_kind in cap.within:
                    groups[cap.children].append(cap)
            grouped[(unit.kind, opd_kind)] = groups
        counts = Counter(ctx.units[c].kind for c in kids)
        for children, group in groups.items():
            count = sum(counts[k] for k in children)
            if count == 0:
                continue
            typed = [c for c in group if c.unit_type is not None]
            source = ctx.units[opd] if group[0].type_of == "opd" and opd is not None else unit
            if typed:
                chosen = [c for c in typed if c.unit_type == source.unit_type]
                if not chosen:
                    if count > min(c.max for c in typed):
                        out.append(
                            emit(pack, "caps.untyped", [source.id], name=source.name,
                                 children=kinds_text(ctx, children))
                        )  # fmt: skip
                    continue
                cap = chosen[0]
            else:
                cap = group[0]
            if count <= cap.max:
                continue
            extra, extra_basis = _allowance(ctx, pack, uid, children)
            limit = cap.max + extra
            if count <= limit:
                continue
            extra_text = (
                {"id": f" (termasuk tambahan {extra} menurut {extra_basis})",
                 "en": f" (including {extra} more under {extra_basis})"}
                if extra else ""
            )  # fmt: skip
            involved = [c for c in kids if ctx.units[c].kind in children]
            out.append(
                emit(pack, "caps.sub_units", [uid, *involved], name=unit.name,
                     kind=kind_text(ctx, unit.kind), type=source.unit_type or "-",
                     count=count, children=kinds_text(ctx, children), max=limit,
                     extra=extra_text, over=count - limit,
                     cap_basis=cap.basis + (f"; {extra_basis}" if extra else ""))
            )  # fmt: skip
    return out

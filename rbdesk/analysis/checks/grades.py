"""Grades: a head whose eselon is not lower than its parent's (grade compression),
and an eselon that does not match the unit's kind and level in the catalogue's eselon
table (PP 18/2016 Pasal 94-95 as amended by PP 72/2019)."""

from __future__ import annotations

from rbdesk.analysis.checks.base import emit, kind_text, level_text
from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Finding
from rbdesk.domain.model import ESELON
from rbdesk.rules.catalogue import EselonRule
from rbdesk.rules.pack import RulePack


def check(ctx: Context, pack: RulePack) -> list[Finding]:
    out: list[Finding] = []
    cat = ctx.catalogue
    # Few distinct (kind, type, parent, OPD) combinations: look each up once.
    expected_by_key: dict[tuple[str | None, ...], tuple[list[str], list[EselonRule]]] = {}
    for uid, unit in ctx.units.items():
        if unit.eselon not in ESELON or not ctx.is_line(uid):
            continue
        parent = ctx.units.get(unit.parent_id) if unit.parent_id is not None else None
        if (
            parent is not None
            and parent.eselon in ESELON
            and ctx.is_line(parent.id)
            and ESELON.index(unit.eselon) <= ESELON.index(parent.eselon)
        ):
            out.append(
                emit(pack, "grades.not_below_parent", [uid, parent.id], name=unit.name,
                     eselon=unit.eselon, parent=parent.name, parent_eselon=parent.eselon)
            )  # fmt: skip
        opd = ctx.opd_of.get(uid)
        key = (
            unit.kind,
            unit.unit_type,
            parent.kind if parent else None,
            parent.unit_type if parent else None,
            ctx.units[opd].kind if opd is not None else None,
        )
        if key not in expected_by_key:
            rules = cat.head_eselon(
                unit.kind, ctx.level, unit_type=key[1], parent_kind=key[2],
                parent_type=key[3], opd_kind=key[4],
            )  # fmt: skip
            top = len(rules[0].when) if rules else 0
            best = [r for r in rules if len(r.when) == top]
            expected_by_key[key] = (sorted({r.eselon for r in best}, key=ESELON.index), best)
        expected, best = expected_by_key[key]
        if expected and unit.eselon not in expected:
            out.append(
                emit(pack, "grades.eselon_mismatch", [uid], name=unit.name,
                     kind=kind_text(ctx, unit.kind), level=level_text(ctx),
                     expected="/".join(expected), eselon=unit.eselon,
                     eselon_basis=best[0].source,
                     confirmed=all(r.confirmed != "U" for r in best))
            )  # fmt: skip
    return out

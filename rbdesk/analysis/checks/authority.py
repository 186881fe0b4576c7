"""Level authority: a unit holding a sub-urusan in which its region's level holds no
authority under UU 23/2014 Lampiran I (SMA in a kabupaten, for instance). Where the
source could not be read (``?``) the finding is a warning and says it is unconfirmed."""

from __future__ import annotations

from rbdesk.analysis.checks.base import code_name, emit, level_text
from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Finding
from rbdesk.rules.pack import RulePack


def check(ctx: Context, pack: RulePack) -> list[Finding]:
    out: list[Finding] = []
    subs = ctx.catalogue.sub_urusan
    for uid, assignments in ctx.assignments.items():
        if uid not in ctx.units:
            continue
        for a in assignments:
            sub = subs.get(a.code)
            if sub is None:
                continue
            authority = sub.authority(ctx.level)
            if authority == "yes":
                continue
            rule = "authority.no_authority" if authority == "no" else "authority.unclear"
            out.append(
                emit(pack, rule, [uid], [a.code], name=ctx.path_names(uid), code=a.code,
                     code_name=code_name(ctx, a.code), level=level_text(ctx))
            )  # fmt: skip
    return out

"""Checks from the pemetaan urusan: the type each OPD's scores call for
(:mod:`rbdesk.analysis.opd_types`), against the type the plan declares.

Only where the plan holds indicator values (``Context.pemetaan``); without them the
type checks of :mod:`typology` read each unit's recorded workload score as before. A
declared type *above* what the scores support is ``typology.type_not_supported``,
which reads the same scores; these add:

* ``typology.type_missing``: an OPD with a score and no type is told the type its
  scores call for (Pasal 53).
* ``typology.type_below``: a type below what the scores call for. Lawful: "tipe
  Perangkat Daerah dapat diturunkan dari hasil pemetaan" where "kemampuan keuangan
  Daerah atau ketersediaan aparatur ... masih terbatas" (Pasal 54 ayat (1)), so it is
  information asking for that reason to be recorded.
* ``typology.urusan_as_dinas``: an urusan whose score calls for a bidang or a seksi
  (Pasal 53 ayat (5)) held as a dinas or badan of its own; not for an urusan of
  pelayanan dasar (ayat (3)), penanaman modal (Pasal 39 ayat (5)) or two urusan
  merged into one tipe C with two bidang (Pasal 40 ayat (8)).
"""

from __future__ import annotations

from rbdesk.analysis.checks.base import code_name, emit, kind_text
from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Finding
from rbdesk.analysis.holders import holding
from rbdesk.analysis.opd_types import opd_types
from rbdesk.domain.model import UNIT_TYPES
from rbdesk.rules.pack import RulePack


def _score(value: object) -> str:
    return f"{float(str(value)):.2f}".rstrip("0").rstrip(".")


def _form(form: str | None) -> dict[str, str]:
    if form in ("A", "B", "C"):
        return {"id": f"tipe {form}", "en": f"type {form}"}
    if form == "bidang":
        return {"id": "bidang", "en": "a bidang"}
    return {"id": "seksi atau subbidang", "en": "a seksi or subbidang"}


def check(ctx: Context, pack: RulePack) -> list[Finding]:
    if ctx.pemetaan is None:
        return []
    # Satpol PP, BPBD, Kesbangpol are typed by rules of their own (caps.own_rules)
    own = holding(ctx, pack).own_rules if "score_splits" in pack.overlap else {}
    out: list[Finding] = []
    for uid, found in opd_types(ctx, pack).items():
        if uid in own:
            continue
        unit = ctx.units[uid]
        score = _score(found.score)
        declared = found.declared if found.declared in UNIT_TYPES else None
        if found.computed is None:
            if unit.kind in ("dinas", "badan"):
                out.append(
                    emit(pack, "typology.urusan_as_dinas", [uid], [found.kode],
                         name=unit.name, kind=kind_text(ctx, unit.kind), code=found.kode,
                         code_name=code_name(ctx, found.kode), score=score,
                         form=_form(found.form))
                )  # fmt: skip
            continue
        wanted = {"id": f"tipe {found.computed}", "en": f"type {found.computed}"}
        if declared is None:
            out.append(
                emit(pack, "typology.type_missing", [uid], [found.kode], name=unit.name,
                     code=found.kode, code_name=code_name(ctx, found.kode), score=score,
                     type=wanted)
            )  # fmt: skip
        elif UNIT_TYPES.index(declared) > UNIT_TYPES.index(found.computed):
            out.append(
                emit(pack, "typology.type_below", [uid], [found.kode], name=unit.name,
                     declared=declared, code=found.kode, code_name=code_name(ctx, found.kode),
                     score=score, type=wanted)
            )  # fmt: skip
    return out

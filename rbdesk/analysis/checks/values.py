"""Value checks: fields that hold a value outside their set — an eselon the law does
not know, a unit type other than A-D, an urusan code the catalogue does not list.

rbdesk never writes such values, but a plan edited by another program (or crafted)
may hold them, and they used to pass ``check`` with no finding, vanish from the
report or be printed raw. These are the same validations the CSV import refuses a
row with (``rbdesk.domain.invariants``: ``unit.eselon_unknown``, ``urusan.unknown``),
said with the same catalogue messages, as findings of severity error: the plan opens
and the planner is shown where to correct it. A value is quoted shortened
(:data:`SHOWN`) and as text, never as markup.

These rules are not in the rule pack (they are the program's, not the law's): the
findings are made here with their messages from ``rbdesk.i18n``.
"""

from __future__ import annotations

from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Family, Finding, Severity
from rbdesk.domain.model import ESELON, UNIT_TYPES
from rbdesk.i18n import LANGUAGES, say
from rbdesk.rules.pack import RulePack

#: How many characters of a bad value a finding quotes.
SHOWN = 40
BASIS = "rbdesk catalogue"


def _shown(value: object) -> str:
    text = "".join(c if c.isprintable() else "\ufffd" for c in str(value))
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


def _finding(rule: str, units: tuple[int, ...], codes: tuple[str, ...], error: str,
             **params: object) -> Finding:  # fmt: skip
    return Finding(
        rule=rule,
        family=Family.STRUCTURE,
        severity=Severity.ERROR,
        units=units,
        codes=codes,
        message={
            lang: say(
                "finding.value",
                lang,
                {"name": params["name"], "problem": say(f"error.{error}", lang, params)},
            )
            for lang in LANGUAGES
        },  # fmt: skip
        fix={lang: say(f"finding.{rule}.fix", lang) for lang in LANGUAGES},
        basis=BASIS,
        params=params,
    )


def check(ctx: Context, pack: RulePack) -> list[Finding]:
    del pack  # the program's own rules
    out: list[Finding] = []
    known = tuple(ESELON)
    for uid, unit in ctx.units.items():
        name = _shown(unit.name)
        if unit.eselon is not None and unit.eselon not in ESELON:
            out.append(_finding("values.eselon", (uid,), (), "unit.eselon_unknown", name=name,
                                value=_shown(unit.eselon), known=known))  # fmt: skip
        if unit.unit_type is not None and unit.unit_type not in UNIT_TYPES:
            out.append(_finding("values.unit_type", (uid,), (), "unit.type_unknown", name=name,
                                value=_shown(unit.unit_type), known=UNIT_TYPES))  # fmt: skip
    for a in ctx.structure.assignments:
        if a.unit_id in ctx.units and not ctx.catalogue.has_code(a.code):
            out.append(_finding("values.urusan_code", (a.unit_id,), (_shown(a.code),),
                                "urusan.unknown", name=_shown(ctx.units[a.unit_id].name),
                                code=_shown(a.code)))  # fmt: skip
    for p in ctx.structure.positions:
        if p.eselon is not None and p.eselon not in ESELON and p.unit_id in ctx.units:
            out.append(_finding("values.position_eselon", (p.unit_id,), (), "unit.eselon_unknown",
                                name=_shown(f"{ctx.units[p.unit_id].name}: {p.title}"),
                                value=_shown(p.eselon), known=known))  # fmt: skip
    return out

"""Value checks: fields that hold a value outside their set — an eselon the law does
not know, a unit type other than A-D, an urusan code the catalogue does not list, a
text longer than its limit (``rbdesk.domain.limits``: a unit's name of a million
characters).

rbdesk never writes such values, but a plan edited by another program (or crafted)
may hold them, and they used to pass ``check`` with no finding, vanish from the
report or be printed raw. These are the same validations the CSV import refuses a
row with (``rbdesk.domain.invariants``: ``unit.eselon_unknown``, ``urusan.unknown``;
``rbdesk.domain.limits``: ``text.too_long``), said with the same catalogue messages,
as findings of severity error: the plan opens and the planner is shown where to
correct it. A value is quoted shortened
(:data:`SHOWN`) and as text, never as markup.

These rules are not in the rule pack (they are the program's, not the law's): the
findings are made here with their messages from ``rbdesk.i18n``.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import attrgetter

from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Family, Finding, Severity
from rbdesk.domain.limits import LIMITS, UNIT_FIELDS, too_long
from rbdesk.domain.model import ESELON, UNIT_TYPES
from rbdesk.i18n import LANGUAGES, Text, say
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


#: The values a field may hold, as sets (every unit is looked up: a tuple scan costs).
_ESELONS = frozenset(ESELON)
_TYPES = frozenset(UNIT_TYPES)
_ESELON_OF = attrgetter("eselon")
_TYPE_OF = attrgetter("unit_type")
_CODE_OF = attrgetter("code")


def _unknown(values: Iterable[object], known: frozenset[str]) -> set[object]:
    """The values, other than None, that ``known`` does not hold."""
    found = set(values) - known
    found.discard(None)
    return found


def check(ctx: Context, pack: RulePack) -> list[Finding]:
    del pack  # the program's own rules
    out: list[Finding] = []
    known = tuple(ESELON)
    units = ctx.units
    # Every unit and position is looked at: the values of a field are first gathered as
    # a set, at the speed of ``map``, and looked at one by one only when one is unknown.
    eselons = _unknown(map(_ESELON_OF, units.values()), _ESELONS)
    types = _unknown(map(_TYPE_OF, units.values()), _TYPES)
    for uid, unit in units.items() if eselons or types else ():
        eselon, unit_type = unit.eselon, unit.unit_type
        if eselon in eselons:
            out.append(_finding("values.eselon", (uid,), (), "unit.eselon_unknown",
                                name=_shown(unit.name), value=_shown(eselon),
                                known=known))  # fmt: skip
        if unit_type in types:
            out.append(_finding("values.unit_type", (uid,), (), "unit.type_unknown",
                                name=_shown(unit.name), value=_shown(unit_type),
                                known=UNIT_TYPES))  # fmt: skip
    assignments = ctx.structure.assignments
    # likewise the codes: each distinct one looked up once, the assignments looked at
    # one by one only when one is unknown
    codes = set(map(_CODE_OF, assignments))
    unknown_codes = {code for code in codes if not ctx.catalogue.has_code(code)}
    for a in assignments if unknown_codes else ():
        if a.unit_id in units and a.code in unknown_codes:
            out.append(_finding("values.urusan_code", (a.unit_id,), (_shown(a.code),),
                                "urusan.unknown", name=_shown(units[a.unit_id].name),
                                code=_shown(a.code)))  # fmt: skip
    positions = ctx.structure.positions
    wrong = _unknown(map(_ESELON_OF, positions), _ESELONS)
    for p in positions if wrong else ():
        if p.eselon in wrong and p.unit_id in units:
            out.append(_finding("values.position_eselon", (p.unit_id,), (), "unit.eselon_unknown",
                                name=_shown(f"{units[p.unit_id].name}: {p.title}"),
                                value=_shown(p.eselon), known=known))  # fmt: skip
    out += _lengths(ctx)
    return out


def _lengths(ctx: Context) -> list[Finding]:
    """A finding per text longer than its limit, naming the unit (or the scenario, the
    region) and the field."""
    out: list[Finding] = []

    def add(field: str, text: str, units: tuple[int, ...], name: str) -> None:
        if too_long(field, text):
            out.append(_finding("values.text_length", units, (), "text.too_long",
                                name=_shown(name), field=Text(f"field.{field}", {}),
                                count=len(text), limit=LIMITS[field]))  # fmt: skip

    region = ctx.region
    for field, text in (("region.name", region.name), ("region.code", region.code),
                        ("region.preparing_unit", region.preparing_unit)):  # fmt: skip
        add(field, text, (), region.name)
    scenario = ctx.structure.scenario
    add("scenario.name", scenario.name, (), scenario.name)
    units = ctx.units
    # Every text of a large plan is measured: each field is first measured as a whole,
    # at the speed of ``map``, and looked at unit by unit only when one is too long.
    for attribute, field in UNIT_FIELDS:
        text_of = attrgetter(attribute)
        if max(map(len, map(text_of, units.values())), default=0) > LIMITS[field]:
            for uid, unit in units.items():
                add(field, text_of(unit), (uid,), unit.name)
    positions = ctx.structure.positions
    if max(map(len, map(attrgetter("title"), positions)), default=0) > LIMITS["position.title"]:
        for p in positions:
            if p.unit_id in units:
                add("position.title", p.title, (p.unit_id,),
                    f"{units[p.unit_id].name}: {p.title}")  # fmt: skip
    for i in ctx.structure.iku:
        if i.unit_id in units:
            for field, text in (("iku.indicator", i.indicator), ("iku.target", i.target),
                                ("iku.measure", i.measure)):  # fmt: skip
                add(field, text, (i.unit_id,), units[i.unit_id].name)
    for x in ctx.structure.links:
        if x.from_id in units:
            add("link.note", x.note, (x.from_id,), units[x.from_id].name)
    for op in ctx.structure.operations:
        involved = tuple(u for u in op.after if u in units)
        name = ", ".join(units[u].name for u in involved[:3]) or scenario.name
        add("operation.reason", op.justification, involved, name)
        add("operation.basis", op.basis, involved, name)
    return out

"""What every check shares: turning a rule id and its parameters into a ``Finding``.

The finding cites the rule's basis at the level of the pack the check is given (the
analysis gives each scenario's checks ``pack.at_level(...)``), or, with ``cite``, the
citations of its own limit (the cap row exceeded, the kind's catalogue entry), of
which ``cite_type`` keeps those of the OPD's type.

Parameters whose value differs by language (a kind's name, a list of names with a
conjunction) are given as ``{"id": ..., "en": ...}`` and picked per language when the
rule pack's templates are filled in; decimals are written with the language's
separator (``0,82`` / ``0.82``); other values are the same in both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Any

from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import LANGUAGES, Family, Finding, Severity
from rbdesk.domain.model import ESELON
from rbdesk.i18n import labels
from rbdesk.rules.citation import Basis, Citation, basis_text
from rbdesk.rules.pack import RulePack

LangText = dict[str, str]


class _Blank(dict[str, Any]):
    """Leaves a placeholder the parameters lack visible instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@cache
def _numbers(lang: str) -> Callable[[float], str]:
    """How ``lang`` writes a number: ``labels`` copies the language's whole catalogue
    (1,100 texts, 7 us) on each call, which every finding with a score would pay."""
    return labels(lang).number


def _said(value: Any, lang: str) -> Any:
    if isinstance(value, dict):
        return value.get(lang, value.get("en", ""))
    if isinstance(value, float):  # 0,82 in Indonesian, 0.82 in English
        return _numbers(lang)(value)
    return value


def _values(params: dict[str, Any], lang: str) -> _Blank:
    """The parameters as said in ``lang``, for any template of that language."""
    return _Blank({k: _said(v, lang) for k, v in params.items()})


#: "a {kind}" in an English template: the article goes with the value put there.
_ARTICLE = re.compile(r"\b([Aa]) \{(\w+)\}")


def fill(template: str, params: dict[str, Any], lang: str) -> str:
    return _filled(template, _values(params, lang), lang)


def _filled(template: str, values: _Blank, lang: str) -> str:
    """``template`` filled with parameters already said in ``lang`` (``_values``): a
    finding fills its message, fix and sometimes its basis from one set."""
    if lang == "en" and "{" in template:
        # "an Agency (Badan)", "an Inspectorate": every kind the catalogue names in English
        # with a vowel is said with one
        template = _ARTICLE.sub(
            lambda m: (
                f"{m.group(1)}n {{{m.group(2)}}}"
                if str(values[m.group(2)])[:1] in "AEIOUaeiou"
                else m.group(0)
            ),
            template,
        )
    return template.format_map(values)


def emit(
    pack: RulePack,
    rule_id: str,
    units: Iterable[int] = (),
    codes: Iterable[str] = (),
    *,
    severity: Severity | None = None,
    confirmed: bool = True,
    cite: Sequence[Citation] | Basis | None = None,
    cite_type: str | None = None,
    **params: Any,
) -> Finding:
    """A finding of ``rule_id`` with its message and fix filled in from the pack;
    ``cite``, when given, is what it rests on instead of the rule's own citations (a
    basis of the law: the limit row's)."""
    spec = pack.rule(rule_id)
    rests = spec.basis
    if isinstance(cite, Basis):
        rests, cite = (cite, None) if cite.legacy else (rests, cite.cites)
    chosen = tuple(rests.cites if cite is None else cite)
    said = {lang: _values(params, lang) for lang in LANGUAGES}
    if rests.legacy and not chosen:  # a plain-text basis, perhaps with fields to fill
        grounds = {lang: _filled(rests.legacy, said[lang], lang) for lang in LANGUAGES}
    else:
        grounds = {
            lang: basis_text(rests, lang, level=pack.level, unit_type=cite_type, cites=chosen)
            for lang in LANGUAGES
        }
    practice = rests.is_practice
    return Finding(
        rule=rule_id,
        family=Family(spec.family),
        severity=severity or Severity(spec.severity),
        units=tuple(units),
        codes=tuple(codes),
        message={lang: _filled(spec.message[lang], said[lang], lang) for lang in LANGUAGES},
        fix={lang: _filled(spec.fix[lang], said[lang], lang) for lang in LANGUAGES},
        basis="" if practice else grounds["id"],
        confirmed=confirmed and spec.confirmed != "U" and not practice,
        params=params,
        grounds=grounds,
        practice=practice,
        citations=tuple(c for c in chosen if c.applies(pack.level, cite_type)),
    )


def placement(ctx: Context, pack: RulePack, uid: int) -> tuple[tuple[Citation, ...], str | None]:
    """Where the law places a unit of this kind, and the type of its OPD: the kind's
    own citations in the catalogue (an OPD's *kedudukan*: "berkedudukan di bawah dan
    bertanggung jawab kepada bupati/wali kota melalui sekretaris Daerah", Pasal 35 ayat
    (2) for a dinas of a kabupaten), then the limit rows of its OPD that list the kind
    among the sub-units of another (a subbagian of a dinas stands in its sekretariat,
    Pasal 82 ayat (2) for a tipe B dinas, or in a UPT, Pasal 84 ayat (1))."""
    unit = ctx.units[uid]
    entry = ctx.catalogue.kinds.get(unit.kind)
    opd = ctx.opd_of.get(uid)
    opd_unit = ctx.units[opd] if opd is not None and opd != uid else None
    cites: list[Citation] = list(entry.cites) if entry is not None else []
    level = ctx.rule_level
    opd_type = opd_unit.unit_type if opd_unit is not None else None
    for cap in pack.caps:
        if cap.level != level or unit.kind not in cap.children or cap.max == 0:
            continue  # (a row of 0 says where the kind may not stand)
        if cap.within is not None and (opd_unit is None or opd_unit.kind not in cap.within):
            continue
        if cap.type_of == "opd" and cap.unit_type and opd_type and cap.unit_type != opd_type:
            continue  # the row of another type: Pasal 81 is not a tipe B dinas's
        cites += [c for c in cap.basis.cites if c not in cites]
    return tuple(cites), opd_type


#: The catalogue's kind of a functional group (*kelompok jabatan fungsional*).
FUNCTIONAL_GROUP = "kelompok_fungsional"


def functional_route(ctx: Context, pack: RulePack, unit_ids: Iterable[int]) -> bool:
    """Whether the work of these units may lawfully go to a functional group, so that a
    fix may advise it: their parent may hold one (the catalogue: not the head of the
    region), none is a JPT post (eselon I or II: the 2021 conversion turns administrator
    and pengawas posts into functional ones, never a JPT), and the 2021 simplification
    does not keep them structural (``limits.simplification.exempt_within``: a unit in a
    kecamatan, a UPT, a sekretariat, a rumah sakit ... keeps its pengawas)."""
    cat = ctx.catalogue
    level = ctx.level
    if FUNCTIONAL_GROUP not in cat.kinds:
        return False
    hosts = cat.allowed_parents(FUNCTIONAL_GROUP, level)
    kept = set(pack.simplification.get("exempt_within", []))
    words = [w.lower() for w in pack.simplification.get("exempt_name_words", [])]
    jpt = ESELON[: ESELON.index("IIIa")] if "IIIa" in ESELON else ()
    for uid in unit_ids:
        unit = ctx.units[uid]
        parent = ctx.units.get(unit.parent_id) if unit.parent_id is not None else None
        if parent is None or parent.kind not in hosts:
            return False
        if unit.eselon:
            eselons = {unit.eselon}
        elif unit.kind in cat.kinds:
            eselons = {r.eselon for r in cat.head_eselon(unit.kind, level)}
        else:
            eselons = set()
        if eselons & set(jpt):
            return False
        if any(ctx.units[a].kind in kept for a in ctx.structure.ancestors(uid)):
            return False
        if any(w in f"{unit.name} {parent.name}".lower() for w in words):
            return False
    return True


def kind_text(ctx: Context, kind: str) -> LangText:
    entry = ctx.catalogue.kinds.get(kind)
    if entry is None:
        return {"id": kind, "en": kind}
    return {"id": entry.name_id, "en": entry.name_en}


def kinds_text(ctx: Context, kinds: Iterable[str]) -> LangText:
    labels = [kind_text(ctx, k) for k in sorted(kinds)]
    return {lang: ", ".join(label[lang] for label in labels) for lang in LANGUAGES}


def names(ctx: Context, unit_ids: Iterable[int], limit: int = 6) -> LangText:
    """'A; B dan C' / 'A; B and C', shortened with a count beyond ``limit``. When a name
    holds the word itself ("Badan Kesatuan Bangsa dan Politik") the last one is set off
    by the semicolon too, 'A; B; dan C', so that no two names read as one."""
    items = [ctx.path_names(uid) for uid in unit_ids]
    out = {}
    for lang, conj, more in (("id", "dan", "lainnya"), ("en", "and", "more")):
        if len(items) > limit:
            shown = items[:limit]
            out[lang] = f"{'; '.join(shown)}; {len(items) - limit} {more}"
        elif len(items) > 1:
            joint = f"; {conj} " if any(f" {conj} " in item for item in items) else f" {conj} "
            out[lang] = f"{'; '.join(items[:-1])}{joint}{items[-1]}"
        else:
            out[lang] = items[0] if items else ""
    return out


def level_text(ctx: Context) -> LangText:
    level = ctx.level.value
    return {"id": level, "en": level}


def code_name(ctx: Context, code: str) -> LangText:
    cat = ctx.catalogue
    if code in cat.urusan:
        u = cat.urusan[code]
        return {"id": u.name, "en": u.name_en}
    if code in cat.sub_urusan:
        name = cat.sub_urusan[code].name
        return {"id": name, "en": name}
    return {"id": code, "en": code}

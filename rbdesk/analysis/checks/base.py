"""What every check shares: turning a rule id and its parameters into a ``Finding``.

Parameters whose value differs by language (a kind's name, a list of names with a
conjunction) are given as ``{"id": ..., "en": ...}`` and picked per language when the
rule pack's templates are filled in; decimals are written with the language's
separator (``0,82`` / ``0.82``); other values are the same in both.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import LANGUAGES, Family, Finding, Severity
from rbdesk.i18n import labels
from rbdesk.rules.pack import RulePack

LangText = dict[str, str]


class _Blank(dict[str, Any]):
    """Leaves a placeholder the parameters lack visible instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _said(value: Any, lang: str) -> Any:
    if isinstance(value, dict):
        return value.get(lang, value.get("en", ""))
    if isinstance(value, float):  # 0,82 in Indonesian, 0.82 in English
        return labels(lang).number(value)
    return value


def fill(template: str, params: dict[str, Any], lang: str) -> str:
    values = _Blank({k: _said(v, lang) for k, v in params.items()})
    return template.format_map(values)


def emit(
    pack: RulePack,
    rule_id: str,
    units: Iterable[int] = (),
    codes: Iterable[str] = (),
    *,
    severity: Severity | None = None,
    confirmed: bool = True,
    **params: Any,
) -> Finding:
    """A finding of ``rule_id`` with its message and fix filled in from the pack."""
    spec = pack.rule(rule_id)
    basis = fill(spec.basis, params, "en")
    return Finding(
        rule=rule_id,
        family=Family(spec.family),
        severity=severity or Severity(spec.severity),
        units=tuple(units),
        codes=tuple(codes),
        message={lang: fill(spec.message[lang], params, lang) for lang in LANGUAGES},
        fix={lang: fill(spec.fix[lang], params, lang) for lang in LANGUAGES},
        basis=basis,
        confirmed=confirmed and spec.confirmed != "U",
        params=params,
    )


def kind_text(ctx: Context, kind: str) -> LangText:
    entry = ctx.catalogue.kinds.get(kind)
    if entry is None:
        return {"id": kind, "en": kind}
    return {"id": entry.name_id, "en": entry.name_en}


def kinds_text(ctx: Context, kinds: Iterable[str]) -> LangText:
    labels = [kind_text(ctx, k) for k in sorted(kinds)]
    return {lang: ", ".join(label[lang] for label in labels) for lang in LANGUAGES}


def names(ctx: Context, unit_ids: Iterable[int], limit: int = 6) -> LangText:
    """'A, B dan C' / 'A, B and C', shortened with a count beyond ``limit``."""
    items = [ctx.path_names(uid) for uid in unit_ids]
    out = {}
    for lang, conj, more in (("id", "dan", "lainnya"), ("en", "and", "more")):
        if len(items) > limit:
            shown = items[:limit]
            out[lang] = f"{'; '.join(shown)}; {len(items) - limit} {more}"
        elif len(items) > 1:
            out[lang] = f"{'; '.join(items[:-1])} {conj} {items[-1]}"
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

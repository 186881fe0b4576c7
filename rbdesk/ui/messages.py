"""The domain's refusals said in the window's language.

Domain errors carry an English message and ``params`` naming what they are about; the
window shows them through ``localised`` so that an Indonesian planner reads Indonesian
(the unit kinds by their names in the catalogue). Errors without known params keep
their message.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from rbdesk.domain.errors import (
    CycleError,
    KindLevelError,
    ParentKindError,
    RbdeskError,
    RootKindError,
)
from rbdesk.rules.catalogue import Catalogue
from rbdesk.store import PlanFileError


def _kind(catalogue: Catalogue, kind: object) -> str:
    entry = catalogue.kinds.get(str(kind))
    if entry is None:
        return str(kind)
    english = QLocale().language() == QLocale.Language.English
    return entry.name_en if english else entry.name_id


def _pattern(template: str) -> re.Pattern[str]:
    """The English reason of ``template`` as a pattern, each ``{name}`` a group."""
    parts = re.split(r"\{(\w+)\}", template)
    return re.compile(
        "".join(
            re.escape(part) if n % 2 == 0 else f"(?P<{part}>.*)" for n, part in enumerate(parts)
        )
    )


# Each reason the store gives (rbdesk/store/opening.py, store.py), as a template: the
# English text with its details in braces. The details (numbers, SQLite's words) are
# kept as they are. A test reads the store's source so that no reason is missed.
_TEMPLATES: tuple[object, ...] = (  # QT_TRANSLATE_NOOP is typed as object
    QT_TRANSLATE_NOOP("Messages", "a file of that name already exists"),
    QT_TRANSLATE_NOOP("Messages", "the plan cannot be created ({d})"),
    QT_TRANSLATE_NOOP("Messages", "it holds data rbdesk cannot read ({d})"),
    QT_TRANSLATE_NOOP("Messages", "its signatories cannot be read ({d})"),
    QT_TRANSLATE_NOOP("Messages", "the file does not exist"),
    QT_TRANSLATE_NOOP("Messages", "it is a folder, not a plan file"),
    QT_TRANSLATE_NOOP("Messages", "it is a folder"),
    QT_TRANSLATE_NOOP("Messages", "the file cannot be read ({d})"),
    QT_TRANSLATE_NOOP("Messages", "the file is empty"),
    QT_TRANSLATE_NOOP("Messages", "it is not an rbdesk plan (not an SQLite database)"),
    QT_TRANSLATE_NOOP("Messages", "the file is truncated ({d})"),
    QT_TRANSLATE_NOOP("Messages", "table {t}, row {r} holds a value of the wrong type"),
    QT_TRANSLATE_NOOP("Messages", "operation {o} has an unknown kind"),
    QT_TRANSLATE_NOOP("Messages", "the file cannot be opened ({d})"),
    QT_TRANSLATE_NOOP("Messages", "the file is corrupt ({d})"),
    QT_TRANSLATE_NOOP("Messages", "it is an SQLite database but not an rbdesk plan"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "it was written by a newer version of rbdesk (schema {new}; this version knows up to "
        "{known})",
    ),
    QT_TRANSLATE_NOOP("Messages", "its schema history is not one rbdesk writes"),
    QT_TRANSLATE_NOOP("Messages", "its schema has been altered ({d})"),
    QT_TRANSLATE_NOOP("Messages", "it needs an upgrade to this version's schema but is read-only"),
    QT_TRANSLATE_NOOP("Messages", "no backup could be written before upgrading ({d})"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the upgrade to this version's schema failed ({d}); the file was left as it was and a "
        "backup lies beside it",
    ),
)
_REASONS = [(_pattern(str(template)), str(template)) for template in _TEMPLATES]


def _reason(reason: str) -> str:
    """Why a file cannot be opened (``PlanFileError.reason``), in the window's language."""
    for pattern, template in _REASONS:
        match = pattern.fullmatch(reason)
        if match:
            return QCoreApplication.translate("Messages", template).format(**match.groupdict())
    return reason


def localised(error: RbdeskError, catalogue: Catalogue | None = None) -> RbdeskError:
    """The same error with its message in the window's language."""
    if isinstance(error, PlanFileError):
        said = QCoreApplication.translate("Messages", "cannot open '{path}': {reason}").format(
            path=error.path, reason=_reason(error.reason)
        )
        refusal = PlanFileError(error.path, error.reason)
        refusal.args = (said,)
        return refusal
    if catalogue is None:
        return error
    p = error.params
    text: str | None = None
    if isinstance(error, CycleError) and "target" in p:
        text = QCoreApplication.translate(
            "Messages", "'{name}' cannot be moved under '{target}', which lies below it"
        ).format(name=p["name"], target=p["target"])
    elif isinstance(error, CycleError) and "name" in p:
        text = QCoreApplication.translate(
            "Messages", "'{name}' cannot be placed under its own descendant"
        ).format(name=p["name"])
    elif isinstance(error, RootKindError) and "kind" in p:
        text = QCoreApplication.translate(
            "Messages", "a {kind} must stand under a parent unit"
        ).format(kind=_kind(catalogue, p["kind"]))
    elif isinstance(error, ParentKindError) and "parent_kind" in p:
        allowed = [_kind(catalogue, k) for k in p.get("allowed", ())]  # type: ignore[attr-defined]
        text = QCoreApplication.translate(
            "Messages", "a {kind} cannot stand under a {parent} (allowed: {allowed})"
        ).format(
            kind=_kind(catalogue, p["kind"]),
            parent=_kind(catalogue, p["parent_kind"]),
            allowed=", ".join(sorted(allowed))
            or QCoreApplication.translate("Messages", "no parent"),
        )
    elif isinstance(error, KindLevelError) and "kind" in p:
        text = QCoreApplication.translate(
            "Messages", "a {kind} does not exist at this level of government"
        ).format(kind=_kind(catalogue, p["kind"]))
    if text is None:
        return error
    return type(error)(text, **p)


__all__ = ["localised"]

"""The domain's refusals said in the window's language.

Domain errors carry an English message and ``params`` naming what they are about; the
window shows them through ``localised`` so that an Indonesian planner reads Indonesian
(the unit kinds by their names in the catalogue). Errors without known params keep
their message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from rbdesk.domain.errors import (
    CycleError,
    KindLevelError,
    ParentKindError,
    RbdeskError,
    RootKindError,
)
from rbdesk.rules.catalogue import Catalogue


def _kind(catalogue: Catalogue, kind: object) -> str:
    entry = catalogue.kinds.get(str(kind))
    if entry is None:
        return str(kind)
    english = QLocale().language() == QLocale.Language.English
    return entry.name_en if english else entry.name_id


def localised(error: RbdeskError, catalogue: Catalogue) -> RbdeskError:
    """The same error with its message in the window's language."""
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
    said = type(error)(text, **p)
    return said


__all__ = ["localised"]

"""The domain's refusals said in the window's language.

Domain errors carry an English message and ``params`` naming what they are about; the
window shows them through ``localised`` so that an Indonesian planner reads Indonesian
(the unit kinds by their names in the catalogue). Errors without known params keep
their message.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

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


def _reason(reason: str) -> str:
    """Why a file cannot be opened (``PlanFileError.reason``), in the window's language."""
    for pattern, make in _REASONS:
        match = re.fullmatch(pattern, reason)
        if match:
            return make(*match.groups())
    return reason


# Each reason the store gives (rbdesk/store/opening.py), matched as a whole; the parts
# in parentheses are details (numbers, SQLite's words) kept as they are.
_REASONS: list[tuple[str, Callable[..., str]]] = [
    (r"a file of that name already exists",
     lambda: QCoreApplication.translate("Messages", "a file of that name already exists")),
    (r"the plan cannot be created \((.*)\)",
     lambda d: QCoreApplication.translate(
         "Messages", "the plan cannot be created ({d})").format(d=d)),
    (r"it holds data rbdesk cannot read \((.*)\)",
     lambda d: QCoreApplication.translate(
         "Messages", "it holds data rbdesk cannot read ({d})").format(d=d)),
    (r"its signatories cannot be read \((.*)\)",
     lambda d: QCoreApplication.translate(
         "Messages", "its signatories cannot be read ({d})").format(d=d)),
    (r"the file does not exist",
     lambda: QCoreApplication.translate("Messages", "the file does not exist")),
    (r"it is a folder, not a plan file",
     lambda: QCoreApplication.translate("Messages", "it is a folder, not a plan file")),
    (r"it is a folder", lambda: QCoreApplication.translate("Messages", "it is a folder")),
    (r"the file cannot be read \((.*)\)",
     lambda d: QCoreApplication.translate("Messages", "the file cannot be read ({d})").format(d=d)),
    (r"the file is empty", lambda: QCoreApplication.translate("Messages", "the file is empty")),
    (r"it is not an rbdesk plan \(not an SQLite database\)",
     lambda: QCoreApplication.translate(
         "Messages", "it is not an rbdesk plan (not an SQLite database)")),
    (r"the file is truncated \((.*)\)",
     lambda d: QCoreApplication.translate("Messages", "the file is truncated ({d})").format(d=d)),
    (r"table (\S+), row (\S+) holds a value of the wrong type",
     lambda t, r: QCoreApplication.translate(
         "Messages", "table {t}, row {r} holds a value of the wrong type").format(t=t, r=r)),
    (r"operation (\S+) has an unknown kind",
     lambda o: QCoreApplication.translate(
         "Messages", "operation {o} has an unknown kind").format(o=o)),
    (r"the file cannot be opened \((.*)\)",
     lambda d: QCoreApplication.translate(
         "Messages", "the file cannot be opened ({d})").format(d=d)),
    (r"the file is corrupt \((.*)\)",
     lambda d: QCoreApplication.translate("Messages", "the file is corrupt ({d})").format(d=d)),
    (r"it is an SQLite database but not an rbdesk plan",
     lambda: QCoreApplication.translate(
         "Messages", "it is an SQLite database but not an rbdesk plan")),
    (r"it was written by a newer version of rbdesk \(schema (.+); this version knows up to "
     r"(.+)\)",
     lambda new, known: QCoreApplication.translate(
         "Messages", "it was written by a newer version of rbdesk (schema {new}; this version "
         "knows up to {known})").format(new=new, known=known)),
    (r"its schema history is not one rbdesk writes",
     lambda: QCoreApplication.translate("Messages", "its schema history is not one rbdesk writes")),
    (r"its schema has been altered \((.*)\)",
     lambda d: QCoreApplication.translate(
         "Messages", "its schema has been altered ({d})").format(d=d)),
    (r"it needs an upgrade to this version's schema but is read-only",
     lambda: QCoreApplication.translate(
         "Messages", "it needs an upgrade to this version's schema but is read-only")),
    (r"no backup could be written before upgrading \((.*)\)",
     lambda d: QCoreApplication.translate(
         "Messages", "no backup could be written before upgrading ({d})").format(d=d)),
    (r"the upgrade to this version's schema failed \((.*)\); the file was left as it was and "
     r"a backup lies beside it",
     lambda d: QCoreApplication.translate(
         "Messages", "the upgrade to this version's schema failed ({d}); the file was left as "
         "it was and a backup lies beside it").format(d=d)),
]  # fmt: skip


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

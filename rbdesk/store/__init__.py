"""The plan file: schema, migrations and the ``Store``. All SQL of rbdesk lives here."""

from rbdesk.store.opening import (
    CopyError,
    PlanFileError,
    ReadOnlyError,
    WriteError,
    inspect_plan,
)
from rbdesk.store.sidefiles import LockedError, LockHolder, read_lock, take_over_lock
from rbdesk.store.store import Store

__all__ = [
    "CopyError",
    "LockHolder",
    "LockedError",
    "PlanFileError",
    "ReadOnlyError",
    "WriteError",
    "Store",
    "inspect_plan",
    "read_lock",
    "take_over_lock",
]

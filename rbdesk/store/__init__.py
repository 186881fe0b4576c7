"""The plan file: schema, migrations and the ``Store``. All SQL of rbdesk lives here."""

from rbdesk.store.opening import PlanFileError, ReadOnlyError, inspect_plan
from rbdesk.store.store import Store

__all__ = ["PlanFileError", "ReadOnlyError", "Store", "inspect_plan"]

"""Typed errors of rbdesk. Every error a user can cause derives from ``RbdeskError``
and carries a one-line message fit to show as it is."""

from __future__ import annotations


class RbdeskError(Exception):
    """Base of every error that rbdesk reports to a user instead of a traceback.

    ``params`` holds what the message names (kinds, a unit's name ...), so that a user
    interface can say the same in its own language."""

    def __init__(self, message: str = "", **params: object) -> None:
        super().__init__(message)
        self.params: dict[str, object] = params


class DomainError(RbdeskError):
    """A change would break an invariant of the plan; nothing was changed."""


class UnknownUnitError(DomainError):
    """A unit id that the scenario does not hold."""


class CycleError(DomainError):
    """A unit would become its own ancestor."""


class ParentKindError(DomainError):
    """A unit placed under a parent whose kind the law does not allow for it."""


class RootKindError(ParentKindError):
    """A unit without a parent whose kind must have one (or the reverse)."""


class UnknownKindError(DomainError):
    """A unit kind that the catalogue does not list."""


class KindLevelError(DomainError):
    """A unit kind that does not exist at the region's level (a kecamatan in a provinsi)."""


class UnknownCodeError(DomainError):
    """An urusan or sub-urusan code that the catalogue does not list."""


class InvalidValueError(DomainError):
    """A field value out of its allowed set (eselon, type, count, role ...)."""

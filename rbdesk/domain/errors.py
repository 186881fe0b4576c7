"""Typed errors of rbdesk. Every error a user can cause derives from ``RbdeskError``.

An error carries a **code** and the **values** it names, never a sentence: the layer
that raises it knows what went wrong, and each consumer (the command line, the window,
the report) says it in the run's language from one catalogue, ``error.<code>`` in
``resources/i18n/labels_<lang>.json`` (``rbdesk.i18n``). ``str(error)`` is the English
message, for logs and tracebacks.
"""

from __future__ import annotations

import re

from rbdesk.i18n import say

#: Line breaks and the other control characters (C0, DEL, C1, the Unicode line and
#: paragraph separators): a value a message quotes from a damaged file (a kind ``'0\n'``)
#: would break the message's one line, so each shows as U+FFFD, as the value checks
#: quote such values (``rbdesk.analysis.checks.values``).
_BREAKS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """``text`` with every line break or control character shown as U+FFFD.

    >>> one_line("unknown unit kind '0\\n'")
    "unknown unit kind '0\ufffd'"
    """
    return _BREAKS.sub("\ufffd", text)


class RbdeskError(Exception):
    """Base of every error that rbdesk reports to a user instead of a traceback.

    ``code`` names the message in the catalogue; ``params`` holds what the message names
    (kinds, a unit's name, a number ...). A value that knows its languages
    (``rbdesk.i18n.Words``, another error) is said in the language asked for."""

    #: The language ``str()`` says the message in (see :meth:`said_in`).
    lang = "en"

    def __init__(self, code: str, /, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params: dict[str, object] = params

    def message(self, lang: str = "en") -> str:
        """The one-line message in ``lang`` (``id`` or ``en``): :meth:`_said`, with any
        line break a quoted value brought in shown as U+FFFD (:func:`one_line`)."""
        return one_line(self._said(lang))

    def _said(self, lang: str) -> str:
        """The message as the catalogue words it. An error that words its message
        otherwise (with its place, its file) overrides this, not :meth:`message`, so
        that its message stays on one line too."""
        return say(f"error.{self.code}", lang, self.params)

    def said_in(self, lang: str) -> RbdeskError:
        """A copy of this error whose ``str()`` is its message in ``lang``: for a user
        interface that shows errors where it shows text."""
        said = _rebuild(type(self), self.args, {**self.__dict__, "lang": lang})
        said.__cause__, said.__traceback__ = self.__cause__, self.__traceback__
        return said

    def __reduce__(self) -> tuple[object, ...]:
        # Subclasses take other arguments than ``args`` holds (a path, problems ...):
        # copies and pickles are rebuilt from the attributes instead of ``__init__``.
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))

    def __str__(self) -> str:
        return self.message(self.lang)


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


class TextTooLongError(InvalidValueError):
    """A text longer than its field's limit (``rbdesk.domain.limits``)."""


class OperationError(DomainError):
    """A restructuring operation the rules refuse (on the current scenario, without a
    reason, merging a unit with its own ancestor ...); nothing was changed."""


def _rebuild(
    cls: type[RbdeskError], args: tuple[object, ...], state: dict[str, object]
) -> RbdeskError:
    error = cls.__new__(cls, *args)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error

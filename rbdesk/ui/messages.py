"""Errors said in the window's language.

Every error of rbdesk carries a code and the values it names; the catalogue of
``rbdesk.i18n`` says it in Indonesian or English. The window speaks the language of
its translations (Indonesian unless the planner chose English); ``app.Translations``
tells this module when it switches.
"""

from __future__ import annotations

from rbdesk.domain.errors import RbdeskError

_language = "id"


def use_language(lang: str) -> None:
    """The window switched its language (``app.Translations.use``)."""
    global _language
    _language = "en" if lang == "en" else "id"


def window_language() -> str:
    """The language the window speaks: Indonesian until the planner chooses English."""
    return _language


def localised(error: RbdeskError) -> RbdeskError:
    """The same error, whose ``str()`` is its message in the window's language (unit
    kinds by their catalogue names, which the error carries already)."""
    return error.said_in(window_language())


def said(error: BaseException) -> str:
    """An error as the window shows it: rbdesk's in the window's language, any other
    (a system error) as it is."""
    if isinstance(error, RbdeskError):
        return str(localised(error))
    return str(error)


__all__ = ["localised", "said", "window_language"]

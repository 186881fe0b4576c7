"""Units named by a person: by number (id) or by exact name, as the command line and
the window's ``--select`` take them. A name several units share is refused with the
candidates, each with its OPD, so the person can give the number instead."""

from __future__ import annotations

from collections.abc import Callable

from rbdesk.domain.errors import InvalidValueError
from rbdesk.domain.model import Structure


def opd_of(structure: Structure, unit_id: int, is_opd: Callable[[str], bool]) -> int:
    """The OPD a unit belongs to (itself for an OPD; the top unit for the units above
    and beside the OPDs). ``is_opd`` tells an OPD's kind."""
    chain = [unit_id, *structure.ancestors(unit_id)]
    return next((u for u in chain if is_opd(structure.units[u].kind)), chain[-1])


def unit_named(structure: Structure, text: str, is_opd: Callable[[str], bool]) -> int:
    """The unit ``text`` names: its number, else its exact name (spaces around it
    aside). Raises ``lookup.unknown`` or ``lookup.ambiguous`` (with the candidates)."""
    text = text.strip()
    if text.isdigit() and int(text) in structure.units:
        return int(text)
    hits = sorted(uid for uid, unit in structure.units.items() if unit.name == text)
    if len(hits) > 1:
        candidates = tuple(
            f"{uid} ({structure.units[opd_of(structure, uid, is_opd)].name})" for uid in hits
        )
        raise InvalidValueError("lookup.ambiguous", name=text, count=len(hits),
                                candidates=candidates)  # fmt: skip
    if not hits:
        raise InvalidValueError("lookup.unknown", name=text, scenario=structure.scenario.name)
    return hits[0]


__all__ = ["opd_of", "unit_named"]

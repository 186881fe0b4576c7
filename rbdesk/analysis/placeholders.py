"""Names that are still placeholders: the window names a unit it adds "<kind> baru"
("New <kind>") until the planner types its name; a report must not print one.

>>> from rbdesk.rules.catalogue import default_catalogue
>>> is_placeholder("Sekretariat baru", placeholder_names(default_catalogue()))
True
>>> is_placeholder("Sekretariat Daerah", placeholder_names(default_catalogue()))
False
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rbdesk.domain.model import Structure
from rbdesk.rules.catalogue import Catalogue


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def placeholder_names(catalogue: Catalogue) -> frozenset[str]:
    """Every placeholder name of a unit, in both languages, case-folded."""
    out = {"unit baru", "new unit"}
    for kind in catalogue.kinds.values():
        for name in (kind.name_id, kind.name_en):
            out |= {_fold(f"{name} baru"), _fold(f"New {name}")}
    return frozenset(out)


def is_placeholder(name: str, names: Iterable[str]) -> bool:
    return _fold(name) in names


def placeholder_units(structure: Structure, catalogue: Catalogue) -> list[int]:
    """The units of ``structure`` whose name is a placeholder, in id order."""
    return placeholder_ids({uid: u.name for uid, u in structure.units.items()}, catalogue)


def placeholder_ids(names: Mapping[int, str], catalogue: Catalogue) -> list[int]:
    """The ids whose name (unit id -> name, as ``Store.unit_names`` reads them) is a
    placeholder, in id order."""
    placeholders = placeholder_names(catalogue)
    return sorted(uid for uid, name in names.items() if _fold(name) in placeholders)


__all__ = ["is_placeholder", "placeholder_ids", "placeholder_names", "placeholder_units"]

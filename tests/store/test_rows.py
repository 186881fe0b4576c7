"""Row makers (rbdesk.store.rows): the objects a load makes equal what the classes'
constructors make, and a maker that could leave something out is refused."""

from __future__ import annotations

from dataclasses import dataclass, fields

import pytest

from rbdesk.domain.model import Position, PositionCategory, Unit
from rbdesk.store.rows import row_maker
from rbdesk.store.store import POSITION_COLUMNS, UNIT_COLUMNS, _position, _unit


def test_a_made_unit_is_the_constructed_one() -> None:
    row = (7, 3, "bidang", "Bidang Bina Marga", "BM", "A", "IIIb", 2, "tugas “x”", "fungsi",
           4, 6, 1.5, "catatan", None)  # fmt: skip
    made, built = _unit(row), Unit(*row)
    assert made == built and hash(made) == hash(built) and type(made) is Unit
    assert [getattr(made, f.name) for f in fields(Unit)] == list(row)
    assert UNIT_COLUMNS == tuple(f.name for f in fields(Unit))


def test_a_made_position_has_its_category_member() -> None:
    made = _position((1, 7, "Kepala Bidang", "structural", "IIIb", 1, 1, 0))
    assert made == Position(1, 7, "Kepala Bidang", PositionCategory.STRUCTURAL, "IIIb", 1, 1, 0)
    assert made.category is PositionCategory.STRUCTURAL
    with pytest.raises(ValueError):  # a category the enum does not know, refused as before
        _position((1, 7, "Kepala", "boss", None, 1, 1, 0))
    assert set(POSITION_COLUMNS) == {f.name for f in fields(Position)}


def test_a_made_object_stays_frozen() -> None:
    made = _unit((1, None, "pemda", "Kota", "", None, None, 0, "", "", 0, 0, None, "", None))
    with pytest.raises(AttributeError):
        made.name = "other"  # type: ignore[misc]


@dataclass(frozen=True, slots=True)
class _Checked:
    a: int

    def __post_init__(self) -> None:
        if self.a < 0:
            raise ValueError("negative")


@dataclass(slots=True)
class _Mutable:
    a: int


@dataclass(frozen=True)
class _NoSlots:
    a: int


def test_a_maker_that_would_leave_something_out_is_refused() -> None:
    with pytest.raises(ValueError, match="not its fields"):
        row_maker(Unit, UNIT_COLUMNS[:-1])  # a field added to the class, not to the query
    with pytest.raises(ValueError, match="not its fields"):
        row_maker(Unit, (*UNIT_COLUMNS[:-1], "id"))
    with pytest.raises(ValueError, match="__post_init__"):
        row_maker(_Checked, ("a",))
    with pytest.raises(ValueError, match="slotted frozen"):
        row_maker(_Mutable, ("a",))
    with pytest.raises(ValueError, match="slotted frozen"):
        row_maker(_NoSlots, ("a",))
    with pytest.raises(ValueError, match="no field"):
        row_maker(Position, POSITION_COLUMNS, {"kind": str})

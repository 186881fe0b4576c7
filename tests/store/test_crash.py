"""Crash safety of the store writer's model: the replay that the soak
(``test_soak.py``, ``soak.py``) checks a killed ``crash_writer.py`` against can fail.

The kills themselves (a writer killed with SIGKILL at random moments, hundreds of
times, the plan checked after each) are the soak's ``store`` mode.
"""

from __future__ import annotations

from typing import Any

from rbdesk.domain.model import Unit
from tests.store.crash_model import State, apply, replay


def test_replay_catches_a_lost_edit() -> None:
    """The check can fail: a model with a reported edit that the file lacks is
    not accepted, nor is a half-applied edit in flight."""
    unit = Unit(1, None, "dinas", "Dinas")
    base = State(units={1: unit})
    renamed = {"unit": {**_asdict(unit), "name": "Baru"}}
    records = [
        {"begin": "update_unit", "args": renamed},
        {"done": "update_unit", "args": renamed, "result": None},
        {"begin": "delete_unit", "args": {"id": 1}},
    ]
    model, pending = replay(base, records)
    assert model.units[1].name == "Baru"
    assert pending == ("delete_unit", {"id": 1})
    assert base != model  # the file without the reported rename would be caught
    assert apply(model, *pending, None, found=State()) == State()


def _asdict(unit: Unit) -> dict[str, Any]:
    return {f: getattr(unit, f) for f in unit.__dataclass_fields__}

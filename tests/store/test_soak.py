"""The crash-safety soak (issue 17; the harness is ``tests/store/soak.py``): rbdesk
killed with SIGKILL at random moments while it edits a plan through the store and
through the document and its undo stack, and while it migrates a plan of every
historical schema or builds a new one; after every kill the plan opens, passes the
integrity and foreign-key checks, and holds every acknowledged edit.

A few hundred kills run here (``slow``: CI runs them); a short soak and a soak of a
throw-away migration run in the light set too. ``bench/soak_crash.py`` runs the long
soak whose figures go in the closing note.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rbdesk.interchange.sample import write_sample
from rbdesk.store import schema
from tests.store.soak import (
    MODES,
    THROWAWAY,
    Soak,
    Tally,
    file_digest,
    soak,
)

#: The kills of the CI soak: a few hundred, in about a minute on two cores.
CI_KILLS = {"store": 100, "document": 80, "migration": 120}
DOCUMENT_STEPS = {"add_unit", "rename_unit", "edit_unit", "move_unit", "delete_unit",
                  "set_assignments", "add_position", "delete_position", "group", "undo",
                  "redo", "merge", "split", "abolish_rehome", "to_functional"}  # fmt: skip


def _no_failures(tally: Tally) -> None:
    summary = tally.summary()
    failures = "\n\n".join(f"{kind}: {message}" for kind, message in tally.failures[:5])
    assert not tally.failures, f"{summary}\n\n{failures}"
    for key in ("losses", "integrity_failures", "foreign_key_failures", "orphaned_journals",
                "hangs", "errors"):  # fmt: skip
        assert summary[key] == 0, key


def _kills_in_every_migration(tally: Tally, known: list[str]) -> None:
    phases = [key.rsplit(": ", 1)[1] for key in tally.landed if key.startswith("migration")]
    landed = {p.split(" ", 1)[1] for p in phases if p.startswith(("migrate ", "commit "))}
    assert landed >= set(known), set(known) - landed


@pytest.mark.slow
def test_a_few_hundred_kills_lose_nothing(tmp_path: Path) -> None:
    tally, known = soak(tmp_path, CI_KILLS, seed=17)
    print("\ncrash soak:", tally.summary())
    _no_failures(tally)
    assert dict(tally.kills) == CI_KILLS
    assert known == schema.known_versions()
    # The kills landed among real work: many acknowledged edits, of every kind.
    assert tally.acknowledged["store"] >= 10 * CI_KILLS["store"]
    assert tally.acknowledged["document"] >= 3 * CI_KILLS["document"]
    kinds = {key.split(": ")[1] for key in tally.acknowledged_kinds if key.startswith("document")}
    assert kinds >= DOCUMENT_STEPS, DOCUMENT_STEPS - kinds
    # Some kills left a journal of a half-written edit, which the opening rolled back,
    # and some found the edit in flight committed whole.
    assert sum(tally.rolled_back.values()) >= 5
    assert tally.in_flight_committed >= 5
    _kills_in_every_migration(tally, known)


def test_a_short_soak_of_every_mode(tmp_path: Path) -> None:
    kills = {"store": 8, "document": 6, "migration": 12}
    tally, _ = soak(tmp_path, kills, seed=3)
    _no_failures(tally)
    assert dict(tally.kills) == kills
    assert set(MODES) == set(kills)


def test_a_new_migration_is_soaked_without_changing_the_harness(tmp_path: Path) -> None:
    """The harness reads the migrations when it runs: two throw-away ones registered
    after the real ones (a new table filled from the units, the IKU table rebuilt with
    a new column) are run by every historical plan and by a new plan, killed inside,
    and checked against a migration nobody killed."""
    known = schema.known_versions()
    tally, soaked = soak(tmp_path, {"migration": 30}, seed=5, extra=THROWAWAY)
    _no_failures(tally)
    assert soaked == [*known, "9001_soak_unit_note", "9002_soak_iku_label"]
    assert schema.known_versions() == known, "the throw-away version is gone again"
    _kills_in_every_migration(tally, ["9001_soak_unit_note", "9002_soak_iku_label"])
    assert tally.kills["migration"] == 30


# -- the checks can fail --------------------------------------------------------------------


@pytest.fixture
def lane(tmp_path: Path) -> Soak:
    return Soak(tmp_path / "document", "document", 1, schema.known_versions())


def test_the_check_catches_a_lost_acknowledged_edit(lane: Soak, tmp_path: Path) -> None:
    plan = tmp_path / "plan.rbd"
    store = write_sample(plan)
    state = file_digest(store.db.conn)
    store.close()
    lane.folder.mkdir()
    # the writer said an edit was done, and the file does not hold it
    records = [{"ready": state}, {"begin": "rename_unit"}, {"commit": "x"},
               {"done": "rename_unit", "file": "x"}]  # fmt: skip
    assert lane._check_document(plan, records, state) == state
    assert [k for k, _ in lane.tally.failures] == ["loss"]
    # an edit in flight that had committed when the kill came: found whole, no failure
    lane.tally.failures.clear()
    records = [{"ready": "y"}, {"begin": "merge"}, {"commit": state}]
    assert lane._check_document(plan, records, "y") == state
    assert lane.tally.failures == [] and lane.tally.in_flight_committed == 1
    # a writer that opened another plan than the check found
    lane._check_document(plan, [{"ready": "z"}], state)
    assert {k for k, _ in lane.tally.failures} == {"loss"}


def test_the_check_catches_a_step_in_two_transactions(lane: Soak, tmp_path: Path) -> None:
    plan = tmp_path / "plan.rbd"
    store = write_sample(plan)
    state = file_digest(store.db.conn)
    store.close()
    lane.folder.mkdir()
    records = [{"ready": state}, {"begin": "group"}, {"commit": "a"}, {"commit": state}]
    lane._check_document(plan, records, state)
    assert [k for k, _ in lane.tally.failures] == ["non_atomic"]

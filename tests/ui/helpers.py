"""Checks shared by the document-layer tests: what the file on disk holds, read
through a separate read-only connection, compared with the document's memory."""

from __future__ import annotations

from pathlib import Path

from rbdesk.domain.model import Structure
from rbdesk.store import Store
from rbdesk.ui.document import Document


def on_disk(doc: Document, scenario_id: int | None = None) -> Structure:
    """The active (or given) scenario as a separate read-only connection reads it."""
    with Store.open(doc.path, read_only=True) as store:
        return store.load(doc.scenario.id if scenario_id is None else scenario_id)


def fingerprint(path: Path) -> str:
    """Every row of every table of the file, hashed."""
    with Store.open(path, read_only=True) as store:
        return store.fingerprint()


def assert_synced(doc: Document) -> Structure:
    """The structure in memory equals the file; returns it."""
    disk = on_disk(doc)
    assert doc.structure == disk
    return disk


def unit_named(doc: Document, name: str) -> int:
    (found,) = [u.id for u in doc.structure.units.values() if u.name == name]
    return found


def undo_redo(doc: Document, before: Structure) -> Structure:
    """After a pushed command: memory and disk hold the change; undo takes both back
    to ``before``; redo brings the change again. Returns the changed structure."""
    after = assert_synced(doc)
    assert after != before
    doc.undo_stack.undo()
    assert assert_synced(doc) == before
    doc.undo_stack.redo()
    assert assert_synced(doc) == after
    return after

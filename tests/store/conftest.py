"""Fixtures of the store tests: plans built once per session and copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rbdesk.store import Store
from tests.store.plans import REGION, large_structure, write_sample_plan


@pytest.fixture(scope="session")
def sample_plan_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.rbd"
    write_sample_plan(path)
    return path


@pytest.fixture(scope="session")
def large_plan_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed plan of 5,000 units and 5,000 positions (about 250 pages, no WAL)."""
    path = tmp_path_factory.mktemp("large") / "large.rbd"
    with Store.create(path, REGION) as store:
        store.insert_structure(large_structure(5000, seed=1))
    assert not Path(f"{path}-wal").exists()
    return path


@pytest.fixture
def plan(tmp_path: Path, sample_plan_source: Path) -> Path:
    """A fresh copy of the sample plan (two scenarios, every entity type), closed."""
    path = tmp_path / "plan.rbd"
    shutil.copyfile(sample_plan_source, path)
    return path

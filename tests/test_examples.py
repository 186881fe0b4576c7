"""The property tests' profiles (tests/examples.py)."""

from __future__ import annotations

import pytest
from hypothesis import settings

from tests import examples


def test_ci_draws_the_same_examples_every_run_and_keeps_no_database() -> None:
    ci = settings.get_profile("ci")
    assert ci.derandomize is True
    assert ci.database is None


def test_deep_searches_further_than_the_usual_number(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HYPOTHESIS_PROFILE", raising=False)
    assert examples.examples(60) == 60
    monkeypatch.setenv("HYPOTHESIS_PROFILE", "ci")
    assert examples.examples(60) == 60
    monkeypatch.setenv("HYPOTHESIS_PROFILE", "deep")
    assert examples.examples(60) == 60 * examples.DEEP
    assert settings.get_profile("deep").derandomize is False


def test_the_run_uses_the_profile_it_asks_for() -> None:
    # conftest loads it before the property tests are imported
    assert settings.default == settings.get_profile(examples.profile())

"""The property tests' profiles (tests/examples.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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


def test_deep_stays_random_where_the_environment_says_ci() -> None:
    # Hypothesis loads its built-in derandomized "ci" profile when CI is set, as on
    # the project's CI machine; "deep" must not inherit it from there.
    code = (
        "from hypothesis import settings\n"
        "from tests import examples\n"
        "deep = settings.get_profile('deep')\n"
        "print(deep.derandomize, deep.database is None)\n"
    )
    env = {**os.environ, "CI": "true"}
    env.pop("HYPOTHESIS_PROFILE", None)
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False"]

"""The one resource resolver, from a checkout and frozen (the bundle's own run is in
tests/bundle)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import rbdesk.paths
from rbdesk.paths import BUNDLED_RESOURCES, resource_path, resource_root

REPO = Path(__file__).resolve().parent.parent


def test_from_the_checkout_finds_the_resources_folder() -> None:
    assert not getattr(sys, "_MEIPASS", None)
    assert resource_root() == REPO / "resources"
    pack = resource_path("rules", "pp18-2016.json")
    assert pack == REPO / "resources" / "rules" / "pp18-2016.json"
    assert pack.is_file()


def test_installed_finds_resources_inside_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A wheel install: ``resources/`` ships as ``rbdesk/resources`` (pyproject)."""
    package = tmp_path / "site-packages" / "rbdesk"
    (package / "resources" / "catalogue").mkdir(parents=True)
    (package / "resources" / "catalogue" / "urusan.csv").write_text("kode\n")
    monkeypatch.setattr(rbdesk.paths, "__file__", str(package / "paths.py"))
    assert resource_root() == package / "resources"
    assert resource_path("catalogue", "urusan.csv").read_text() == "kode\n"


def test_frozen_looks_inside_the_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """PyInstaller sets ``sys._MEIPASS`` to the folder it unpacked into; build.spec puts
    resources/ there under BUNDLED_RESOURCES. The checkout must not be used even though
    it is right beside this module."""
    internal = tmp_path / "rbdesk" / "_internal"
    (internal / BUNDLED_RESOURCES / "rules").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert resource_root() == internal / BUNDLED_RESOURCES
    assert resource_path("rules", "pp18-2016.json") == (
        internal / BUNDLED_RESOURCES / "rules" / "pp18-2016.json"
    )

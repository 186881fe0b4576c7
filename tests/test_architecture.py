"""The import direction of DESIGN.md section 5, enforced over every module.

domain <- store, rules <- analysis <- layout, report, interchange <- cli, ui.
Only rbdesk/ui imports PySide6; domain imports nothing but the standard library.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "rbdesk"

# What each layer may import from rbdesk (besides itself and rbdesk/__init__, paths, perf
# and i18n, the catalogue of words every layer says its errors with).
ALLOWED: dict[str, set[str]] = {
    "domain": set(),
    "store": {"domain"},
    "rules": {"domain"},
    "analysis": {"domain", "rules"},
    "layout": {"domain", "rules", "analysis"},
    "report": {"domain", "rules", "analysis", "layout"},
    "interchange": {"domain", "rules", "analysis", "store"},
    "cli": {"domain", "rules", "analysis", "store", "layout", "report", "interchange", "ui"},
    "ui": {"domain", "rules", "analysis", "store", "layout", "report", "interchange"},
}
THIRD_PARTY_DOMAIN_MAY_USE: set[str] = set()


def _layer(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    if len(rel.parts) == 1 and rel.stem.startswith("cli_"):
        return "cli"  # a command of the command line in a module of its own
    return rel.parts[0].removesuffix(".py") if len(rel.parts) > 1 else rel.stem


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_every_layer_is_known() -> None:
    layers = {_layer(p) for p in MODULES} - {"__init__", "__main__", "paths", "perf", "i18n"}
    assert layers <= set(ALLOWED), layers - set(ALLOWED)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_one_way(path: Path) -> None:
    layer = _layer(path)
    problems = []
    for line, module in _imports(path):
        top = module.split(".")[0]
        if top in ("PySide6", "shiboken6") and layer != "ui":
            problems.append(f"line {line}: imports {module} outside rbdesk/ui")
        if top == "rbdesk":
            parts = module.split(".")
            target = parts[1] if len(parts) > 1 else "__init__"
            if target.startswith("cli_"):
                target = "cli"
            if target in ("__init__", "paths", "perf", "i18n") or target == layer:
                continue
            if layer in ALLOWED and target not in ALLOWED[layer]:
                problems.append(f"line {line}: {layer} imports {module}")
        if layer == "domain" and top != "rbdesk" and top not in sys.stdlib_module_names:
            problems.append(f"line {line}: domain imports third-party {module}")
    assert not problems, problems


def test_checker_catches_a_violation(tmp_path: Path) -> None:
    """The walker really sees imports (guards against a test that cannot fail)."""
    sample = tmp_path / "x.py"
    sample.write_text("import PySide6.QtCore\nfrom rbdesk.store import Store\n")
    assert [m for _, m in _imports(sample)] == ["PySide6.QtCore", "rbdesk.store"]

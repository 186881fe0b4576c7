"""The one catalogue of words outside the window's widgets (``rbdesk.i18n``): both
languages hold the same keys and fill the same fields, and every error rbdesk raises
has its message there in both, so no refusal can reach a planner as a bare code or in
the other language."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from rbdesk.domain.errors import InvalidValueError, RbdeskError
from rbdesk.i18n import Text, Words, labels, say
from rbdesk.store import PlanFileError

PACKAGE = Path(__file__).resolve().parent.parent / "rbdesk"
ID, EN = labels("id").texts, labels("en").texts


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_hold_the_same_keys_and_fields() -> None:
    assert set(ID) == set(EN)
    assert all(text.strip() for text in [*ID.values(), *EN.values()])
    differ = {k: (_fields(ID[k]), _fields(EN[k])) for k in ID if _fields(ID[k]) != _fields(EN[k])}
    assert differ == {}


def _error_classes() -> dict[str, str]:
    """Class name → how its first argument names a message: ``error.`` for an
    RbdeskError, ``error.plan.`` for a file refusal (its code comes second)."""
    import rbdesk.analysis.compare
    import rbdesk.analysis.textsim
    import rbdesk.cli
    import rbdesk.interchange.plan_json
    import rbdesk.interchange.reference_csv
    import rbdesk.report.inputs
    import rbdesk.rules.catalogue
    import rbdesk.rules.pack
    import rbdesk.store  # noqa: F401  (imported for their error classes)

    found: dict[str, str] = {}
    stack: list[type] = [RbdeskError]
    while stack:
        cls = stack.pop()
        found[cls.__name__] = "error.plan." if issubclass(cls, PlanFileError) else "error."
        stack.extend(cls.__subclasses__())
    return found


def _raised_codes() -> list[tuple[str, str]]:
    """(where, catalogue key) of every rbdesk error raised with a literal code."""
    classes = _error_classes()
    out: list[tuple[str, str]] = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name not in classes or not node.args:
                continue
            prefix = classes[name]
            arg = node.args[1] if prefix == "error.plan." and len(node.args) > 1 else node.args[0]
            where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                out.append((where, prefix + arg.value))
            elif isinstance(arg, ast.IfExp):  # "a" if x else "b"
                for branch in (arg.body, arg.orelse):
                    if isinstance(branch, ast.Constant):
                        out.append((where, prefix + branch.value))
            elif isinstance(arg, ast.JoinedStr):  # f"document.{what}_missing": a family
                pattern = "".join(
                    re.escape(v.value) if isinstance(v, ast.Constant) else r"\w+"
                    for v in arg.values
                )
                members = [k for k in ID if re.fullmatch(re.escape(prefix) + pattern, k)]
                out += [(where, k) for k in members] or [(where, prefix + ast.unparse(arg))]
            elif isinstance(arg, ast.Attribute) and arg.attr == "code":
                continue  # another error's code handed on
            elif not isinstance(arg, ast.Name):
                # a translated sentence (self.tr(...)) or a call instead of a code; a
                # plain name is a code handed on by a helper (_require(ok, code))
                out.append((where, "not a code: " + ast.unparse(arg)))
    return out


def test_every_raised_error_has_its_message_in_both_languages() -> None:
    raised = _raised_codes()
    assert len(raised) > 100  # the walk finds the raises
    missing = [(where, key) for where, key in raised if key not in ID or key not in EN]
    assert missing == []
    # a code, never a sentence: codes are dotted words without spaces
    sentences = [(where, key) for where, key in raised if not re.fullmatch(r"[\w.]+", key)]
    assert sentences == []


def test_the_walk_would_see_a_missing_message(tmp_path: Path) -> None:
    """A raise with a code the catalogue lacks is said as its key: a planner would see
    ``error.no.such.thing``; the test above would list it."""
    assert InvalidValueError("no.such.thing").message("id") == "error.no.such.thing"


def test_errors_say_their_values_in_the_language() -> None:
    error = InvalidValueError("unit.type_unknown", value="E", known=("A", "B", "C"))
    assert error.message("id") == "tipe 'E' tidak dikenal (yang dikenal: A, B, C)"
    assert error.message("en") == "unknown type 'E' (known: A, B, C)"
    assert str(error) == error.message("en")
    nested = PlanFileError("/p.rbd", "truncated", size=10, expected=4096)
    assert (
        nested.message("id")
        == "'/p.rbd' tidak dapat dibuka: berkasnya terpotong (10 dari 4096 bita)"
    )
    words = Words(id="Kelurahan", en="Urban village")
    assert say("error.kind.needs_parent", "id", {"kind_name": words}) == (
        "Kelurahan harus berada di bawah unit atasan"
    )
    assert Text("error.kind.needs_parent", {"kind_name": words}).said("en") == (
        "Urban village must stand under a parent unit"
    )
    assert say("cli.units", "id", {"count": 1.5}) == "1,50 unit"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_template_with_a_missing_value_stays_readable(lang: str) -> None:
    assert say("error.unit.missing", lang, {}) == labels(lang)["error.unit.missing"]


def test_an_unreadable_catalogue_still_gives_a_message(monkeypatch) -> None:
    """An error is said even when the catalogue cannot be read (a damaged install, a
    process that dropped its rights): its code and values, never a second exception."""
    import rbdesk.i18n as i18n

    def unreadable(lang: str) -> dict[str, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(i18n, "_load", unreadable)
    error = InvalidValueError("unit.type_unknown", value="E", known=("A", "B"))
    assert str(error) == "error.unit.type_unknown value=E known=A, B"

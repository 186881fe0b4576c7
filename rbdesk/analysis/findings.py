"""Findings: what a check reports.

A *finding* is one result of the analysis: the stable id of the rule that raised it,
its family and severity, the units and urusan codes involved, a message and a
suggested fix in Indonesian and English, what it rests on, and whether the rule rests
on a fact that regulation.md marks unconfirmed. Messages are rendered from the rule
pack's templates with the finding's ``params``, so wording lives in data, not code.

What a finding rests on is either the law or organisation-design practice (the span
bands). ``grounds`` says it per language, as it is shown: the citation in the legal
form of that language ("Pasal 82 ayat (1) PP 18/2016" / "Article 82(1) of PP
18/2016"), or "Praktik: ..." / "Practice: ..." for a practice, which is never law and
never confirmed. ``basis`` is the legal basis alone, in its Indonesian form, as a
restructuring step records it: empty for a practice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from rbdesk.rules.citation import Citation

LANGUAGES = ("id", "en")


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for errors, the worst; 2 for information."""
        return ("error", "warning", "info").index(self.value)


class Family(StrEnum):
    STRUCTURE = "structure"
    CAPS = "caps"
    LAYERS = "layers"
    SPANS = "spans"
    GRADES = "grades"
    OVERLAP = "overlap"
    AUTHORITY = "authority"
    TEXT = "text"
    TYPOLOGY = "typology"


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    family: Family
    severity: Severity
    units: tuple[int, ...]
    codes: tuple[str, ...]
    message: Mapping[str, str]
    fix: Mapping[str, str]
    basis: str
    confirmed: bool = True
    params: Mapping[str, Any] = field(default_factory=dict)
    #: what the finding rests on as shown, per language (see the module docstring)
    grounds: Mapping[str, str] = field(default_factory=dict)
    #: the rule is organisation-design practice, not law
    practice: bool = False
    #: the citations the finding names (at the scenario's level)
    citations: tuple[Citation, ...] = ()

    def text(self, lang: str = "id") -> str:
        return self.message.get(lang) or self.message.get("en", "")

    def basis_text(self, lang: str = "id") -> str:
        """What the finding rests on in ``lang``: its legal basis in that language's
        legal form, or "Praktik: ..." / "Practice: ..."."""
        return self.grounds.get(lang) or self.basis

    def key(self) -> tuple[str, tuple[int, ...], tuple[str, ...]]:
        """Identity of a finding across runs: the same rule on the same units and codes."""
        return (self.rule, self.units, self.codes)


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Worst first, then by family, rule and units: a stable order for every output."""
    return sorted(
        findings,
        key=lambda f: (f.severity.rank, list(Family).index(f.family), f.rule, f.units, f.codes),
    )

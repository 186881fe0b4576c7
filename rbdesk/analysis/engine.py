"""Running the analysis: every check family over one scenario.

``analyse`` is the one-shot entry point (the command line, the report).
``Analyzer`` keeps what is worth keeping between runs on the same scenario (the text
index of tugas and fungsi, whose stemming dominates a cold run) so that the window can
re-check after each edit within its budget.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rbdesk.analysis.checks import ALL_CHECKS, text
from rbdesk.analysis.context import Context, build_context
from rbdesk.analysis.findings import Finding, sort_findings
from rbdesk.domain.model import Region, Structure
from rbdesk.rules.catalogue import Catalogue, default_catalogue
from rbdesk.rules.pack import RulePack, load_pack

Check = Callable[[Context, RulePack], list[Finding]]


class Analyzer:
    """The analysis of one scenario, re-run after each change."""

    def __init__(
        self,
        region: Region,
        *,
        catalogue: Catalogue | None = None,
        pack: RulePack | None = None,
        checks: Sequence[Check] = ALL_CHECKS,
    ) -> None:
        self.region = region
        self.catalogue = catalogue or default_catalogue()
        self.pack = pack or load_pack(catalogue=self.catalogue)
        self.checks = tuple(checks)
        self.text = text.TextCheck()
        self.context: Context | None = None

    def run(self, structure: Structure) -> list[Finding]:
        """All findings of ``structure``, worst first."""
        ctx = build_context(structure, self.region, self.catalogue)
        self.context = ctx
        findings: list[Finding] = []
        for check in self.checks:
            findings.extend(check(ctx, self.pack))
        findings.extend(self.text.run(ctx, self.pack))
        return sort_findings(findings)


def analyse(
    structure: Structure,
    region: Region,
    *,
    catalogue: Catalogue | None = None,
    pack: RulePack | None = None,
) -> list[Finding]:
    """All findings of one scenario, worst first."""
    return Analyzer(region, catalogue=catalogue, pack=pack).run(structure)

"""Running the analysis: every check family over one scenario.

``analyse`` is the one-shot entry point (the command line, the report).
``Analyzer`` keeps what is worth keeping between runs on the same scenario (the text
index of tugas and fungsi, whose stemming dominates a cold run) so that the window can
re-check after each edit within its budget.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rbdesk.analysis.checks import ALL_CHECKS, text
from rbdesk.analysis.compare import Comparison, compare
from rbdesk.analysis.context import Context, build_context, with_units
from rbdesk.analysis.findings import Finding, sort_findings
from rbdesk.domain.model import Region, Structure, Unit
from rbdesk.perf import gc_paused
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
        self._seen: dict[int, Unit] = {}

    def run(self, structure: Structure, *, full: bool = False) -> list[Finding]:
        """All findings of ``structure``, worst first.

        Between runs on the same scenario the analyzer compares each unit with the one
        it saw last time (by identity, then by value), rebuilds the tree view only when
        a parent, kind or sibling order changed, and feeds the text index only the
        changed units. ``full`` forces everything to be recomputed."""
        with gc_paused():
            return self._run(structure, full)

    def _run(self, structure: Structure, full: bool) -> list[Finding]:
        units = structure.units
        seen = self._seen
        dirty: set[int] | None = None
        tree_same = False
        if not full and self.context is not None and seen:
            dirty = set(seen.keys() - units.keys())
            tree_same = not dirty
            for uid, unit in units.items():
                old = seen.get(uid)
                if old is unit:
                    continue
                dirty.add(uid)
                if old is None or (old.parent_id, old.kind, old.sort_order) != (
                    unit.parent_id,
                    unit.kind,
                    unit.sort_order,
                ):
                    tree_same = False
        if tree_same and self.context is not None:
            ctx = with_units(self.context, structure)
        else:
            ctx = build_context(structure, self.region, self.catalogue)
            # OPD membership may have moved for a whole subtree: look at every unit.
            dirty = None
        self.context = ctx
        self._seen = dict(units)
        findings: list[Finding] = []
        pack = self.pack.at_level(ctx.rule_level)  # findings cite the pasal of this level
        for check in self.checks:
            findings.extend(check(ctx, pack))
        findings.extend(self.text.run(ctx, pack, dirty, full=full))
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


def bands_of(pack: RulePack) -> list[tuple[str, int, int | None]]:
    """The pack's span bands in the form the metrics take."""
    return [(band.id, band.min, band.max) for band in pack.span_bands]


def check_and_compare(
    before: Structure,
    after: Structure,
    region: Region,
    *,
    catalogue: Catalogue | None = None,
    pack: RulePack | None = None,
) -> tuple[Comparison, Context, Context]:
    """Check both scenarios and compare them; also returns the two contexts, which a
    change sheet (``compare.change_rows``) reads."""
    catalogue = catalogue or default_catalogue()
    pack = pack or load_pack(catalogue=catalogue)
    contexts = []
    findings = []
    for structure in (before, after):
        analyzer = Analyzer(region, catalogue=catalogue, pack=pack)
        findings.append(analyzer.run(structure))
        assert analyzer.context is not None
        contexts.append(analyzer.context)
    with gc_paused():
        comparison = compare(contexts[0], contexts[1], findings[0], findings[1], bands_of(pack))
    return comparison, contexts[0], contexts[1]


def compare_scenarios(
    before: Structure,
    after: Structure,
    region: Region,
    *,
    catalogue: Catalogue | None = None,
    pack: RulePack | None = None,
) -> Comparison:
    """Check both scenarios and compare them: the entry point of ``rbdesk compare``,
    the report and the window's comparison view."""
    return check_and_compare(before, after, region, catalogue=catalogue, pack=pack)[0]

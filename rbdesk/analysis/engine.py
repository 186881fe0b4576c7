"""Running the analysis: every check family over one scenario.

``analyse`` is the one-shot entry point (the command line, the report).
``Analyzer`` keeps what is worth keeping between runs on the same scenario (the text
index of tugas and fungsi, whose stemming dominates a cold run) so that the window can
re-check after each edit within its budget.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from rbdesk.analysis.checks import ALL_CHECKS, text
from rbdesk.analysis.compare import Comparison, compare
from rbdesk.analysis.context import Context, build_context, with_units
from rbdesk.analysis.findings import Finding, sort_findings
from rbdesk.domain.model import Region, Structure, Unit
from rbdesk.domain.pemetaan import PemetaanData, lampiran_level
from rbdesk.perf import gc_paused
from rbdesk.rules.catalogue import Catalogue, default_catalogue
from rbdesk.rules.pack import RulePack, load_pack

if TYPE_CHECKING:
    from rbdesk.analysis.pemetaan import Pemetaan

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
        pemetaan: PemetaanData | None = None,
    ) -> None:
        self.region = region
        self.catalogue = catalogue or default_catalogue()
        self.pack = pack or load_pack(catalogue=self.catalogue)
        self.checks = tuple(checks)
        self.text = text.TextCheck()
        self.context: Context | None = None
        self._seen: dict[int, Unit] = {}
        self.pemetaan: Pemetaan | None = scores_of(region, pemetaan)

    def set_pemetaan(self, pemetaan: PemetaanData | None) -> None:
        """Score anew from ``pemetaan`` (values edited); the next run rebuilds."""
        self.pemetaan = scores_of(self.region, pemetaan)
        self.context = None

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
            ctx = build_context(structure, self.region, self.catalogue, self.pemetaan)
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


def scores_of(region: Region, pemetaan: PemetaanData | None) -> Pemetaan | None:
    """The pemetaan scores of a plan's values (``None`` without values), with the
    region's geographic factor."""
    if pemetaan is None or not pemetaan.values:
        return None
    from rbdesk.analysis.pemetaan import evaluate

    faktor = Decimal(repr(float(region.geo_factor)))
    return evaluate(
        lampiran_level(region.level.value), pemetaan.values, faktor, kepulauan=pemetaan.kepulauan
    )


def analyse(
    structure: Structure,
    region: Region,
    *,
    catalogue: Catalogue | None = None,
    pack: RulePack | None = None,
    pemetaan: PemetaanData | None = None,
) -> list[Finding]:
    """All findings of one scenario, worst first; ``pemetaan``: the plan's values
    (``Store.pemetaan()``), whose scores the type checks use."""
    return Analyzer(region, catalogue=catalogue, pack=pack, pemetaan=pemetaan).run(structure)


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
    pemetaan: PemetaanData | None = None,
) -> tuple[Comparison, Context, Context]:
    """Check both scenarios and compare them; also returns the two contexts, which a
    change sheet (``compare.change_rows``) reads."""
    catalogue = catalogue or default_catalogue()
    pack = pack or load_pack(catalogue=catalogue)
    contexts = []
    findings = []
    for structure in (before, after):
        analyzer = Analyzer(region, catalogue=catalogue, pack=pack, pemetaan=pemetaan)
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
    pemetaan: PemetaanData | None = None,
) -> Comparison:
    """Check both scenarios and compare them: the entry point of ``rbdesk compare``,
    the report and the window's comparison view."""
    return check_and_compare(
        before, after, region, catalogue=catalogue, pack=pack, pemetaan=pemetaan
    )[0]

"""The check families. Each module has ``check(ctx, pack) -> list[Finding]``, a pure
function of the scenario's context and the rule pack; text overlap, which keeps an
index between runs, is the ``TextCheck`` class of ``text``."""

from rbdesk.analysis.checks import (
    authority,
    caps,
    composition,
    division,
    grades,
    hospital,
    layers,
    overlap,
    scores,
    spans,
    structure,
    values,
)
from rbdesk.analysis.checks import typology as typology_

ALL_CHECKS = (
    structure.check,
    composition.check,
    caps.check,
    layers.check,
    spans.check,
    grades.check,
    hospital.check,
    overlap.check,
    division.check,
    authority.check,
    typology_.check,
    scores.check,
    values.check,
)

__all__ = ["ALL_CHECKS"]

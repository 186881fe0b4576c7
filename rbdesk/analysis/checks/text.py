"""Text overlap: two units in different OPDs whose tugas and fungsi say nearly the
same thing. Placeholder until the text index lands."""

from __future__ import annotations

from rbdesk.analysis.context import Context
from rbdesk.analysis.findings import Finding
from rbdesk.rules.pack import RulePack


class TextCheck:
    def run(self, ctx: Context, pack: RulePack) -> list[Finding]:
        return []

"""``rbdesk chart``: a chart as a picture (issue 15 item 5), without a display.

``rbdesk chart FILE -o OUT.png|svg|pdf [--opd NAME] [--scenario NAME]``

The region (or the OPD ``--opd`` names, by its name or number; an ambiguous name is
refused with the candidates, exit 2) of the scenario (the current one unless
``--scenario``), drawn fully expanded as the window draws it
(:mod:`rbdesk.ui.chart_picture`). This command alone loads Qt, offscreen.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

FORMATS = (".png", ".svg", ".pdf")


def register(
    command: Callable[[str, Callable[[argparse.Namespace], int]], Any],
    arg: Callable[..., None],
    t: Callable[..., str],
) -> None:
    """Add ``chart`` with ``rbdesk.cli.build_parser``'s helpers."""
    p = command("chart", cmd_chart)
    arg(p, "plan", "file", metavar=t("cli.metavar.file"))
    arg(p, "chart_output", "-o", "--output", required=True, metavar="OUT.png")
    arg(p, "chart_opd", "--opd", metavar=t("cli.metavar.name"))
    arg(p, "scenario", "--scenario", metavar=t("cli.metavar.name"))
    arg(p, "force_export", "--force", action="store_true")


def cmd_chart(args: argparse.Namespace) -> int:
    from rbdesk import cli
    from rbdesk.domain.lookup import unit_named

    out = Path(args.output)
    if out.suffix.lower() not in FORMATS:
        raise cli.CliError("cli.export.format", path=out, known=", ".join(FORMATS))
    cli._check_output(out, args.force)
    with cli._open_store(Path(args.file), read_only=True) as store:
        scenario = (store.scenario_by_name(args.scenario) if args.scenario
                    else store.current_scenario())  # fmt: skip
        structure = store.load(scenario.id)
    from rbdesk.rules import default_catalogue

    catalogue = default_catalogue()
    opd = None
    if args.opd:
        kinds = catalogue.kinds
        opd = unit_named(structure, args.opd, lambda kind: bool((k := kinds.get(kind)) and k.opd))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    from rbdesk.ui.chart_picture import picture

    picture(structure, catalogue, opd, out, cli._lang)
    name = structure.units[opd].name if opd is not None else scenario.name
    cli._out(cli._t("cli.chart.done", path=out, name=name))
    return cli.EXIT_OK

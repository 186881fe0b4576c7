"""``rbdesk import``: a planner's sheet, an org-chart tool's export or a plan JSON made
into a plan, or into a new scenario of one (issue 15).

``rbdesk import FILE.xlsx|csv|json -o PLAN [--sheet NAME] [--map FIELD=COLUMN ...]
[--region NAME] [--level provinsi|kabupaten|kota] [--scenario NAME] [--force]``

* A sheet (CSV, XLSX, draw.io, Visio, Orgvue, d3 JSON) is read by
  :mod:`rbdesk.interchange.sheets`; the mapping of its columns (the one remembered for
  the same header row, else rbdesk's proposal, ``--map`` on top) is printed, then the
  units are checked as the plan file checks them: any problem refuses the whole file,
  each with its row and column, and nothing is written.
* Without ``--scenario`` the import makes ``PLAN`` (``--force`` replaces one); with
  ``--scenario NAME`` it adds the structure to the existing ``PLAN`` as a new scenario
  (next year's structure, or a new baseline).
* A plan JSON (``rbdesk export FILE --to OUT.json``, the lossless format of
  :mod:`rbdesk.interchange.plan_json`) is made into a plan whole.

``rbdesk import-csv`` (the reference CSV of the first releases) stays as it was.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rbdesk.domain.model import Level


def register(
    command: Callable[[str, Callable[[argparse.Namespace], int]], Any],
    arg: Callable[..., None],
    t: Callable[..., str],
) -> None:
    """Add ``import`` with ``rbdesk.cli.build_parser``'s helpers."""
    p = command("import", cmd_import)
    arg(p, "import_file", "source", metavar=t("cli.metavar.file"))
    arg(p, "output_plan", "-o", "--output", required=True, metavar=t("cli.metavar.file"))
    arg(p, "import_sheet", "--sheet", metavar=t("cli.metavar.name"))
    arg(p, "import_map", "--map", action="append", default=[], metavar="FIELD=COLUMN")
    arg(p, "region", "--region", metavar=t("cli.metavar.name"))
    arg(p, "level", "--level", choices=[level.value for level in Level])
    arg(p, "import_scenario", "--scenario", metavar=t("cli.metavar.name"))
    arg(p, "force_plan", "--force", action="store_true")


def _overrides(pairs: list[str]) -> dict[str, str]:
    from rbdesk.cli import CliError

    out = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        if not sep or not field.strip():
            raise CliError("cli.import.map_form", value=pair)
        out[field.strip()] = column.strip()
    return out


def _is_plan_json(path: Path) -> bool:
    if path.suffix.lower() != ".json":
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(4096).decode("utf-8", "replace")
    except OSError:
        return False
    return '"rbdesk-plan"' in head


def cmd_import(args: argparse.Namespace) -> int:
    from rbdesk import cli
    from rbdesk.interchange import mapping as mp
    from rbdesk.interchange.sheet_import import import_sheet
    from rbdesk.rules import default_catalogue
    from rbdesk.store import Store

    t = cli._t
    source = Path(args.source)
    out = Path(args.output)
    adding = args.scenario is not None
    if not adding:
        cli._check_output(out, args.force)
    cli._refuse_if_open(out)
    if _is_plan_json(source):
        return _import_plan_json(source, out, args)
    level = Level(args.level) if args.level else None
    sheet, mapping, result = import_sheet(
        source, default_catalogue(), sheet_name=args.sheet,
        overrides=_overrides(args.map), level=level, region_name=args.region,
    )  # fmt: skip
    cli._out(t("cli.import.mapping", format=sheet.format, row=sheet.header_row))
    for field in mp.FIELDS:
        if field in mapping:
            cli._out(f"  {sheet.headers[mapping[field]]} → {t(f'import.field.{field}')}")
    unmapped = [h for i, h in enumerate(sheet.headers) if h and i not in mapping.values()]
    if unmapped:
        cli._note(t("cli.import.unmapped", columns=", ".join(unmapped)))
    for notice in result.notices:
        cli._note(cli._said(notice))
    if adding:
        from dataclasses import replace

        from rbdesk.domain.model import Scenario, ScenarioRole

        with cli._open_store(out) as store:
            name = args.scenario
            structure = replace(result.structure, scenario=Scenario(0, name, ScenarioRole.CURRENT))
            store.insert_structure(structure)
            cli._out(t("cli.import.scenario_added", scenario=name, path=out,
                       count=len(structure.units)))  # fmt: skip
        return cli.EXIT_OK
    with Store.build(out, result.region, [result.structure], overwrite=args.force) as store:
        cli._out(t("cli.wrote_plan", path=out, region=result.region.name))
        for line in cli._scenario_lines(store):
            cli._out(f"  {line}")
    return cli.EXIT_OK


def _import_plan_json(source: Path, out: Path, args: argparse.Namespace) -> int:
    from rbdesk import cli
    from rbdesk.interchange.plan_json import create_plan

    t = cli._t
    try:
        doc = json.loads(source.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise cli.CliError("cli.import.json_unreadable", path=source, detail=str(exc)) from exc
    if args.scenario is not None:
        raise cli.CliError("cli.import.json_scenario")
    with create_plan(out, doc, overwrite=args.force) as store:
        cli._out(t("cli.wrote_plan", path=out, region=store.region().name))
        for line in cli._scenario_lines(store):
            cli._out(f"  {line}")
    return cli.EXIT_OK

"""``rbdesk export``: a plan's tables for Excel and LibreOffice, its structure for yEd and
Gephi, the whole plan as the lossless JSON (issue 15).

``rbdesk export FILE --to OUT.xlsx|csv|graphml|json [--what units|positions|findings|
compare|operations|pemetaan|all] [--scenario NAME] [--lang id|en] [--force]``

The format follows the extension. ``.xlsx`` holds one sheet per table (``--what all``:
every table; ``compare``: the *sebelum / sesudah* table and the change sheet); ``.csv``
one table (``compare``: the change sheet); ``.graphml`` the structure of the scenario;
``.json`` the plan document of :mod:`rbdesk.interchange.plan_json` (the whole plan, or
with ``--scenario`` that scenario alone as a plan of its own), which ``rbdesk import``
makes into a plan again. The scenario is the current one unless ``--scenario``; the
comparison is the report's (the current scenario and its newest proposal, or the
proposal ``--scenario`` names). Tables speak the run's language (``--lang``).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rbdesk.interchange.tables import WHAT

FORMATS = (".xlsx", ".csv", ".graphml", ".json")


def register(
    command: Callable[[str, Callable[[argparse.Namespace], int]], Any],
    arg: Callable[..., None],
    t: Callable[..., str],
) -> None:
    """Add ``export`` with ``rbdesk.cli.build_parser``'s helpers."""
    p = command("export", cmd_export)
    arg(p, "plan", "file", metavar=t("cli.metavar.file"))
    arg(p, "export_to", "--to", dest="to", required=True, metavar="OUT.xlsx")
    arg(p, "export_what", "--what", choices=WHAT, default="units")
    arg(p, "scenario", "--scenario", metavar=t("cli.metavar.name"))
    arg(p, "force_export", "--force", action="store_true")


def cmd_export(args: argparse.Namespace) -> int:
    from rbdesk import cli

    out = Path(args.to)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise cli.CliError("cli.export.format", path=out, known=", ".join(FORMATS))
    if suffix in (".graphml", ".json") and args.what not in ("units", "all"):
        raise cli.CliError("cli.export.what_format", what=args.what, format=suffix)
    if suffix == ".csv" and args.what == "all":
        raise cli.CliError("cli.export.csv_all")
    cli._check_output(out, args.force)
    with cli._open_store(Path(args.file), read_only=True) as store:
        written = export(store, out, args.what, args.scenario, cli._lang)
    cli._out(cli._t("cli.export.done", path=out, what=written))
    return cli.EXIT_OK


def export(store: Any, out: Path, what: str, scenario_name: str | None, lang: str) -> str:
    """Write ``what`` of the plan in ``store`` to ``out`` (the format from its extension);
    returns the names of the tables written. The window's export runs this too."""
    from rbdesk.i18n import labels
    from rbdesk.interchange import tables as tb

    words = labels(lang)
    suffix = out.suffix.lower()
    if scenario_name:
        scenario = store.scenario_by_name(scenario_name)
    elif what == "operations":  # the steps are the proposal's: the report's proposal
        from rbdesk import cli

        scenario = cli._comparison_scenarios(store, None, None)[1]
    else:
        scenario = store.current_scenario()
    if suffix == ".json":
        doc = _plan_document(store, scenario_name)
        text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
        tb._atomic(out, lambda p: p.write_text(text, encoding="utf-8"))
        return words["export.sheet.plan"]
    structure = store.load(scenario.id)
    if suffix == ".graphml":
        tb.write_graphml(out, structure)
        return words["export.sheet.units"]
    chosen = list(WHAT[:-1]) if what == "all" else [what]
    found: list[tb.Table] = []
    for name in chosen:
        found += _tables(store, name, structure, scenario, words, all_=what == "all")
    if suffix == ".csv":
        table = found[-1]  # compare: the change sheet
        tb.write_csv(out, table, lang)
        return table.name
    tb.write_xlsx(out, found)
    return ", ".join(t.name for t in found)


def _plan_document(store: Any, scenario_name: str | None) -> dict[str, Any]:
    from rbdesk.interchange.plan_json import export_document

    doc = export_document(store)
    if scenario_name is None:
        return doc
    only = [s for s in doc["scenarios"] if s["name"] == scenario_name]
    for entry in only:  # a plan of its own: no base scenario to derive from
        entry.update(role="current", derived_from=None, operations=[])
        for unit in entry["units"]:
            unit.pop("origins", None)
    doc["scenarios"] = only
    return doc


def _tables(store: Any, what: str, structure: Any, scenario: Any, words: Any,
            all_: bool) -> list[Any]:  # fmt: skip
    from rbdesk import cli
    from rbdesk.interchange import tables as tb

    if what == "units":
        return [tb.units_table(structure, words)]
    if what == "positions":
        return [tb.positions_table(structure, words)]
    if what == "findings":
        from rbdesk.analysis.engine import analyse
        from rbdesk.analysis.motives import origins_of
        from rbdesk.analysis.status import meta_key, parse_statuses, status_of

        found = analyse(structure, store.region(), pemetaan=store.pemetaan())
        # the planner's status of each finding, under the reference the window keeps
        statuses = parse_statuses(store.meta(meta_key(scenario.id)))
        origins = origins_of(structure) if statuses else {}
        names = {u: x.name for u, x in structure.units.items()}
        rows: list[list[tb.Cell]] = []
        for f in found:
            d = cli.finding_dict(f, names, words.lang)
            status = status_of(f, statuses, origins)
            rows.append([words.get(f"kajian.severity.{d['severity']}", d["severity"]), d["rule"],
                         "; ".join(u["name"] for u in d["units"]), d["message"], d["fix"],
                         d["basis"], words[f"export.status.{status.status.value}"],
                         status.reason])  # fmt: skip
        columns = ("severity", "rule", "units", "finding", "fix", "basis", "status", "reason")
        headers = [words[f"export.col.{c}"] for c in columns]
        return [tb.Table(words["export.sheet.findings"], headers, rows)]
    if what == "operations":
        base = store.load(scenario.derived_from) if scenario.derived_from else None
        items = cli.operation_items(structure.operations, base, structure)
        rows = [
            [i["number"], words[f"operation.{i['kind']}"], "; ".join(i["before"]),
             "; ".join(i["after"]), i["reason"], i["basis"], i["date"]]
            for i in items
        ]  # fmt: skip
        headers = [words[f"export.col.{c}"]
                   for c in ("number", "operation", "before", "after", "reason", "basis",
                             "date")]  # fmt: skip
        return [tb.Table(words["export.sheet.operations"], headers, rows)]
    if what == "pemetaan":
        return [_pemetaan_table(store, words)]
    # compare: the report's scenarios (or the proposal named)
    from rbdesk.analysis.compare import change_rows
    from rbdesk.analysis.engine import check_and_compare
    from rbdesk.report.sections import metric_name
    from rbdesk.rules import default_catalogue
    from rbdesk.rules.pack import load_pack

    if scenario.derived_from and not all_:
        before_s, after_s = store.scenario(scenario.derived_from), scenario
    else:
        try:
            before_s, after_s = cli._comparison_scenarios(store, None, None)
        except cli.RbdeskError:
            if all_:
                return []
            raise
    before, after = store.load(before_s.id), store.load(after_s.id)
    comparison, before_ctx, after_ctx = check_and_compare(
        before, after, store.region(), pemetaan=store.pemetaan()
    )
    pack = load_pack()
    metrics = [[metric_name(r, default_catalogue(), pack, words), _num(b), _num(a), _num(d)]
               for r, b, a, d in comparison.metric_table(zeros=False)]  # fmt: skip
    headers = [words[f"export.col.{c}"] for c in ("metric", "before_value", "after_value",
                                                  "delta")]  # fmt: skip
    changes = change_rows(comparison, before_ctx, after_ctx)
    from rbdesk.analysis.compare import CHANGE_COLUMNS

    change_table = tb.Table(words["export.sheet.changes"], list(CHANGE_COLUMNS),
                            [[r.get(c, "") for c in CHANGE_COLUMNS] for r in changes])  # fmt: skip
    return [tb.Table(words["export.sheet.compare"], headers, metrics), change_table]


def _num(value: Any) -> Any:
    return "" if value is None else value


def _pemetaan_table(store: Any, words: Any) -> Any:
    from rbdesk.analysis.engine import scores_of
    from rbdesk.interchange import tables as tb
    from rbdesk.interchange.pemetaan_csv import sheet_tables

    data = store.pemetaan()
    region = store.region()
    scores = scores_of(region, data) if data.values else None
    found = {}
    if scores is not None:
        for kode, shared in (("umum", scores.umum), ("umum_fungsi", scores.umum_fungsi)):
            for i in shared:
                found[(kode, i.no)] = i
        for u in scores.urusan:
            for i in u.indicators:
                found[(u.kode, i.no)] = i
    rows: list[list[tb.Cell]] = []
    for table in sheet_tables(region.level.value, kepulauan=data.kepulauan):
        for ind in table.indicators:
            value = data.values.get((table.kode, ind.no))
            hit = found.get((table.kode, ind.no))
            rows.append([table.kode, ind.no, ind.name, ind.unit,
                         "" if value is None else float(value) if value % 1 else int(value),
                         hit.letter if hit and hit.letter else "",
                         "" if hit is None or hit.score is None else float(hit.score)])  # fmt: skip
    columns = ("kode", "no", "indicator", "unit_of", "value", "class", "score")
    headers = [words[f"export.col.{c}"] for c in columns]
    return tb.Table(words["export.sheet.pemetaan"], headers, rows)

"""The command line: ``rbdesk sample``, ``import-csv``, ``info``, ``check``, ``compare``,
``report`` and ``sign``.

A thin consumer of the same functions the GUI uses. Every bad input ends in a one-line
message (or a list of problems for an import) and a non-zero exit status, never a
traceback: 2 for bad input or a file that cannot be used, 1 for an internal error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rbdesk import __version__
from rbdesk.domain.errors import RbdeskError
from rbdesk.domain.model import Level

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2
EXIT_CANCELLED = 3  #: ``report --cancel-file``: the file appeared, nothing was written


class _Cancelled(Exception):
    """The window asked a report to stop (its cancel file appeared)."""


class CliError(RbdeskError):
    """A problem with the command line's own arguments."""


def _out(text: str = "") -> None:
    print(text, flush=True)


def _note(text: str) -> None:
    print(f"rbdesk: {text}", file=sys.stderr, flush=True)


def _check_output(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise CliError(f"'{path}' already exists; use --force to replace it")
    if path.is_dir():
        raise CliError(f"'{path}' is a folder")
    if not path.parent.exists():
        raise CliError(f"the folder '{path.parent}' does not exist")


# -- commands ---------------------------------------------------------------------------


def cmd_sample(args: argparse.Namespace) -> int:
    out = Path(args.output)
    _check_output(out, args.force)
    if args.units is None:
        from rbdesk.interchange.sample import write_sample

        store = write_sample(out, overwrite=args.force)
    else:
        from rbdesk.interchange.synthetic import write_generated

        if args.units < 1:
            raise CliError("--units must be at least 1")
        store = write_generated(out, args.units, seed=args.seed, overwrite=args.force)
    with store:
        region = store.region()
        total = store.unit_count()
        _out(f"wrote {out}: {region.name}, {len(store.scenarios())} scenario(s), {total} units")
    return EXIT_OK


def cmd_import_csv(args: argparse.Namespace) -> int:
    from rbdesk.interchange.reference_csv import import_reference_csv
    from rbdesk.rules import default_catalogue
    from rbdesk.store import Store

    out = Path(args.output)
    _check_output(out, args.force)
    level = Level(args.level) if args.level else None
    result = import_reference_csv(
        Path(args.csv), default_catalogue(), region_name=args.region, level=level
    )
    for notice in result.notices:
        _note(notice)
    with Store.build(out, result.region, [result.structure], overwrite=args.force) as store:
        _out(
            f"wrote {out}: {result.region.name} ({result.region.level.value}), "
            f"{store.unit_count()} units"
        )
    return EXIT_OK


def plan_info(path: Path) -> dict[str, Any]:
    """What ``rbdesk info`` reports, as plain data."""
    from rbdesk.store import Store

    with Store.open(path, read_only=True) as store:
        region = store.region()
        scenarios = []
        all_scenarios = store.scenarios()
        names = {s.id: s.name for s in all_scenarios}
        for scenario in all_scenarios:
            parent = names.get(scenario.derived_from) if scenario.derived_from else None
            scenarios.append(
                {
                    "name": scenario.name,
                    "role": scenario.role.value,
                    "derived_from": parent,
                    "created": scenario.created,
                    "units": store.unit_count(scenario.id),
                    "units_per_kind": store.kind_counts(scenario.id),
                }
            )
        return {
            "file": str(path),
            "region": {
                "name": region.name,
                "level": region.level.value,
                "code": region.code,
                "geo_factor": region.geo_factor,
                "preparing_unit": region.preparing_unit,
            },
            "schema": store.schema_version(),
            "fingerprint": store.fingerprint(),
            "scenarios": scenarios,
        }


def cmd_info(args: argparse.Namespace) -> int:
    info = plan_info(Path(args.file))
    if args.json:
        _out(json.dumps(info, indent=2, ensure_ascii=False))
        return EXIT_OK
    region = info["region"]
    code = f", code {region['code']}" if region["code"] else ""
    _out(f"Plan:        {info['file']}")
    _out(
        f"Region:      {region['name']} ({region['level']}{code}, "
        f"geographic factor {region['geo_factor']:g})"
    )
    if region["preparing_unit"]:
        _out(f"Prepared by: {region['preparing_unit']}")
    _out(f"Schema:      {info['schema']}")
    _out(f"Fingerprint: {info['fingerprint']}")
    _out("Scenarios:")
    width = max((len(s["name"]) for s in info["scenarios"]), default=0)
    for s in info["scenarios"]:
        origin = f", derived from {s['derived_from']}" if s["derived_from"] else ""
        _out(f"  {s['name']:<{width}}  {s['role']}{origin}; {s['units']} units")
    for s in info["scenarios"]:
        _out(f"Units per kind in {s['name']}:")
        for kind, count in s["units_per_kind"].items():
            _out(f"  {kind:<22} {count:>7}")
    return EXIT_OK


def _open_scenario(path: Path, name: str | None) -> tuple[Any, Any]:
    """The open plan (read-only) and the scenario named, or the current one."""
    from rbdesk.store import Store

    store = Store.open(path, read_only=True)
    try:
        scenario = store.scenario_by_name(name) if name else store.current_scenario()
    except RbdeskError:
        store.close()
        raise
    return store, scenario


def _load_pack(args: argparse.Namespace) -> Any:
    from rbdesk.rules.pack import load_pack

    return load_pack(Path(args.rules)) if args.rules else load_pack()


def _record_pack(path: Path, pack: Any) -> None:
    """Note in the plan which pack and version it was checked against, when the file
    can be written and the note differs; a read-only plan is left as it is."""
    from rbdesk.store import Store

    with Store.open(path) as store:
        if store.read_only:
            return
        if (store.meta("rule_pack"), store.meta("rule_pack_version")) != (pack.id, pack.version):
            store.set_meta("rule_pack", pack.id)
            store.set_meta("rule_pack_version", pack.version)


def finding_dict(finding: Any, names: dict[int, str], lang: str) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "family": finding.family.value,
        "severity": finding.severity.value,
        "units": [{"id": uid, "name": names.get(uid, "")} for uid in finding.units],
        "codes": list(finding.codes),
        "message": finding.message[lang],
        "fix": finding.fix[lang],
        "basis": finding.basis,
        "confirmed": finding.confirmed,
    }


LABELS = {
    "id": {"error": "GALAT", "warning": "PERINGATAN", "info": "INFO", "basis": "Dasar",
           "fix": "Saran", "unconfirmed": "(dasar belum terkonfirmasi)", "units": "unit",
           "summary": "{e} galat, {w} peringatan, {i} info", "none": "Tidak ada temuan."},
    "en": {"error": "ERROR", "warning": "WARNING", "info": "INFO", "basis": "Basis",
           "fix": "Fix", "unconfirmed": "(basis not confirmed)", "units": "units",
           "summary": "{e} errors, {w} warnings, {i} info", "none": "No findings."},
}  # fmt: skip


def cmd_check(args: argparse.Namespace) -> int:
    from rbdesk.analysis.engine import analyse
    from rbdesk.analysis.findings import Family

    path = Path(args.file)
    pack = _load_pack(args)
    store, scenario = _open_scenario(path, args.scenario)
    with store:
        region = store.region()
        structure = store.load(scenario.id)
    findings = analyse(structure, region, pack=pack)
    _record_pack(path, pack)
    names = {uid: u.name for uid, u in structure.units.items()}
    lang = args.lang
    counts = {s: sum(f.severity.value == s for f in findings) for s in ("error", "warning", "info")}
    if args.format == "json":
        _out(json.dumps({
            "region": region.name, "scenario": scenario.name, "units": len(structure.units),
            "rule_pack": {"id": pack.id, "version": pack.version}, "counts": counts,
            "findings": [finding_dict(f, names, lang) for f in findings],
        }, indent=2, ensure_ascii=False))  # fmt: skip
    else:
        label = LABELS[lang]
        _out(f"{region.name}: {scenario.name}, {len(structure.units)} {label['units']}, "
             f"rule pack {pack.id} {pack.version}")  # fmt: skip
        _out(label["summary"].format(e=counts["error"], w=counts["warning"], i=counts["info"]))
        if not findings:
            _out(label["none"])
        by_family: dict[str, list[Any]] = {}
        for f in findings:
            by_family.setdefault(f.family.value, []).append(f)
        for family in [fam.value for fam in Family if fam.value in by_family]:
            _out()
            _out(f"[{family}]")
            for f in by_family[family]:
                note = "" if f.confirmed else f" {label['unconfirmed']}"
                _out(f"  {label[f.severity.value]:<10} {f.rule}: {f.message[lang]}{note}")
                _out(f"  {'':<10} {label['basis']}: {f.basis}")
                _out(f"  {'':<10} {label['fix']}: {f.fix[lang]}")
    return 1 if counts["error"] else EXIT_OK


def cmd_compare(args: argparse.Namespace) -> int:
    from rbdesk.analysis.compare import change_rows
    from rbdesk.analysis.engine import check_and_compare

    path = Path(args.file)
    pack = _load_pack(args)
    store, before = _open_scenario(path, args.from_)
    with store:
        after = store.scenario_by_name(args.to)
        region = store.region()
        before_structure = store.load(before.id)
        after_structure = store.load(after.id)
    if after.derived_from != before.id:
        raise CliError(
            f"scenario '{after.name}' is not derived from '{before.name}'; a comparison "
            "follows the lineage from a scenario to the proposal derived from it"
        )
    comparison, before_ctx, after_ctx = check_and_compare(
        before_structure, after_structure, region, pack=pack
    )
    lang = args.lang
    before_names = {uid: u.name for uid, u in before_structure.units.items()}
    after_names = {uid: u.name for uid, u in after_structure.units.items()}
    rows = change_rows(comparison, before_ctx, after_ctx)
    if args.format == "json":
        _out(json.dumps({
            "region": region.name, "from": before.name, "to": after.name,
            "counts": comparison.counts(),
            "metrics": [
                {"row": row, "before": b, "after": a, "delta": d}
                for row, b, a, d in comparison.metric_table()
            ],
            "changes": rows,
            "resolved": [finding_dict(f, before_names, lang) for f in comparison.resolved],
            "introduced": [finding_dict(f, after_names, lang) for f in comparison.introduced],
        }, indent=2, ensure_ascii=False, default=str))  # fmt: skip
        return EXIT_OK
    label = COMPARE_LABELS[lang]
    _out(f"{region.name}: {before.name} -> {after.name}")
    counts = comparison.counts()
    _out(f"{label['changes']}: " + ", ".join(f"{k} {v}" for k, v in counts.items() if v))
    _out()
    _out(f"{label['table']}:")
    _out(f"  {'':<34}{label['before']:>10}{label['after']:>10}{label['delta']:>10}")
    for row, b, a, d in comparison.metric_table(zeros=False):
        _out(f"  {row:<34}{_num(b):>10}{_num(a):>10}{_num(d):>10}")
    for title, findings in ((label["resolved"], comparison.resolved),
                            (label["introduced"], comparison.introduced)):  # fmt: skip
        _out()
        _out(f"{title} ({len(findings)}):")
        for f in findings:
            _out(f"  {f.severity.value:<8} {f.rule}: {f.message[lang]}")
    _out()
    _out(f"{label['units']} ({len(rows)}):")
    for change in rows:
        changed = [
            k for k, v in change.items() if k != "Action" and isinstance(v, str) and "|" in v
        ]
        short = [f"{k}: {change[k]}" for k in changed if len(change[k]) <= 80]
        long = [k for k in changed if len(change[k]) > 80]
        detail = "; ".join(short + long)
        name = change.get("name", "")
        _out(f"  {change['Action']:<12} {name}" + (f"  [{detail}]" if detail else ""))
    return EXIT_OK


COMPARE_LABELS = {
    "id": {"changes": "Perubahan unit", "table": "Tabel sebelum / sesudah", "before": "sebelum",
           "after": "sesudah", "delta": "selisih", "resolved": "Temuan terselesaikan",
           "introduced": "Temuan baru", "units": "Perubahan per unit"},
    "en": {"changes": "Unit changes", "table": "Before / after", "before": "before",
           "after": "after", "delta": "change", "resolved": "Findings resolved",
           "introduced": "Findings introduced", "units": "Changes per unit"},
}  # fmt: skip


def _num(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    return "" if value is None else str(value)


def cmd_report(args: argparse.Namespace) -> int:
    from rbdesk.report import ReportError, ReportOptions, gather, write_report
    from rbdesk.store import Store

    out = Path(args.output)
    _check_output(out, args.force)
    if out.suffix.lower() != ".pdf":
        raise CliError(f"'{out}': the report is a PDF; name it with .pdf")
    pack = _load_pack(args)
    cancel = Path(args.cancel_file) if args.cancel_file else None

    def progress(done: int, total: int) -> None:
        # For the window, which runs the report as a process of its own: one line per
        # step on stdout, and a stop when its cancel file appears.
        if cancel is not None and cancel.exists():
            raise _Cancelled
        if args.progress:
            print(f"progress {done} {total}", flush=True)

    try:
        options = ReportOptions(paper=args.paper, lang=args.lang)
        with Store.open(Path(args.file), read_only=True) as store:
            inputs = gather(store, args.from_, args.to, pack=pack)
        progress(0, 1)
        result = write_report(inputs, out, options, progress=progress)
    except _Cancelled:
        _note("cancelled; nothing was written")
        return EXIT_CANCELLED
    except ReportError as exc:
        raise CliError(exc.message(args.messages_lang or args.lang)) from exc
    if args.progress:
        print(f"pages {result.pages}", flush=True)
    scenarios = inputs.before.scenario.name
    if inputs.after is not None:
        scenarios += f" -> {inputs.after.scenario.name}"
    _out(f"wrote {out}: {result.pages} pages ({scenarios}, {args.paper}, {args.lang})")
    return EXIT_OK


ROLE_NAMES = {
    "prepared": "prepared", "disiapkan": "prepared",
    "checked": "checked", "diperiksa": "checked",
    "approved": "approved", "disetujui": "approved",
}  # fmt: skip


def cmd_sign(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from rbdesk.domain.model import Signatory, SignatoryRole, format_nip
    from rbdesk.store import Store

    fields = [f"--{k}" for k in ("name", "nip", "title") if getattr(args, k) is not None]
    if fields and args.role is None:
        raise CliError(f"{', '.join(fields)} needs --role (prepared, checked or approved)")
    if fields and args.clear:
        raise CliError(f"--clear removes the role; it cannot go with {', '.join(fields)}")
    if args.clear and args.role is None:
        raise CliError("--clear needs --role (prepared, checked or approved)")
    with Store.open(Path(args.file)) as store:
        signatories = {s.role: s for s in store.signatories()}
        if args.role is not None:
            role = SignatoryRole(ROLE_NAMES[args.role])
            if args.clear:
                signatories.pop(role, None)
            else:
                old = signatories.get(role, Signatory(role))
                changes = {k: v for k, v in (("name", args.name), ("nip", args.nip),
                                             ("title", args.title)) if v is not None}  # fmt: skip
                if not changes:
                    raise CliError("give --name, --nip or --title (or --clear) with --role")
                signatories[role] = replace(old, **changes)
            store.set_signatories(signatories.values())
            signatories = {s.role: s for s in store.signatories()}
    for role in SignatoryRole:
        s = signatories.get(role)
        if s is None:
            _out(f"{role.value:<9} -")
            continue
        nip = f", NIP {format_nip(s.nip)}" if s.nip else ""
        title = f" ({s.title})" if s.title else ""
        _out(f"{role.value:<9} {s.name or '-'}{title}{nip}")
    return EXIT_OK


COMMANDS = ("sample", "import-csv", "info", "check", "compare", "report", "sign")


def wants_gui(argv: Sequence[str]) -> bool:
    """No command (``rbdesk``, ``rbdesk FILE``, ``rbdesk FILE --screenshot OUT``)."""
    if not argv:
        return True
    first = argv[0]
    return first not in COMMANDS and first not in ("-h", "--help", "--version")


def run_window(argv: Sequence[str]) -> int:
    from rbdesk.ui.app import run_gui

    return run_gui(argv)


# -- parser ---------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rbdesk",
        description="Plan the restructuring of a regional government's work units (OPD), "
        "offline. Without a command, rbdesk starts the desktop window.",
    )
    parser.add_argument("--version", action="version", version=f"rbdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "sample",
        help="write the built-in sample region, or a generated plan of N units",
        description="Write the built-in sample region (a fictional kabupaten with a "
        "proposal) to a new plan file, or with --units a generated plan of that size.",
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="plan file to write")
    p.add_argument("--units", type=int, metavar="N", help="generate a plan of about N units")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="seed for --units")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.set_defaults(func=cmd_sample)

    p = sub.add_parser(
        "import-csv",
        help="create a plan from a reference CSV (unit, parent_unit, unit_kind, ...)",
        description="Create a plan from a CSV with the columns unit, parent_unit, unit_kind "
        "and optionally eselon and urusan_codes (separated by ';'). Comma- or "
        "semicolon-delimited, UTF-8 with or without BOM. Every problem is listed with "
        "its row and column, and nothing is written unless the whole file is good.",
    )
    p.add_argument("csv", metavar="CSV", help="the CSV file to read")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="plan file to write")
    p.add_argument("--region", metavar="NAME", help="region name (default: inferred)")
    p.add_argument(
        "--level",
        choices=[level.value for level in Level],
        help="region level (default: inferred from the root, e.g. Walikota means kota)",
    )
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.set_defaults(func=cmd_import_csv)

    p = sub.add_parser(
        "info",
        help="show a plan's region, scenarios, units per kind and fingerprint",
        description="Show the region, scenarios, units per kind and the content "
        "fingerprint of a plan file. Opens the file read-only.",
    )
    p.add_argument("file", metavar="FILE", help="plan file (.rbd)")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser(
        "check",
        help="check a scenario against the law and good practice; list the findings",
        description="Run every check on a scenario (default: the current one) and print the "
        "findings grouped by family. Exit status 0 when there are no errors, 1 when there "
        "are errors, 2 for bad input. Records in the plan which rule pack it was checked "
        "against, when the file is writable.",
    )
    p.add_argument("file", metavar="FILE", help="plan file (.rbd)")
    p.add_argument("--scenario", metavar="NAME", help="scenario to check (default: current)")
    p.add_argument("--format", choices=["text", "json"], default="text", help="output format")
    p.add_argument("--lang", choices=["id", "en"], default="id", help="language of messages")
    p.add_argument("--rules", metavar="PACK", help="a rule pack file to check against "
                   "(default: the shipped PP 18/2016 pack)")  # fmt: skip
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "compare",
        help="compare a scenario with a proposal derived from it",
        description="Compare two scenarios of a plan through their lineage: per unit "
        "Add/Delete/Move/Change/Merge/Split with old and new values, the before/after "
        "metrics side by side, and the findings the proposal resolves and introduces.",
    )
    p.add_argument("file", metavar="FILE", help="plan file (.rbd)")
    p.add_argument("--from", dest="from_", metavar="A", help="the earlier scenario "
                   "(default: the current one)")  # fmt: skip
    p.add_argument("--to", required=True, metavar="B", help="the proposal derived from A")
    p.add_argument("--format", choices=["text", "json"], default="text", help="output format")
    p.add_argument("--lang", choices=["id", "en"], default="id", help="language of messages")
    p.add_argument("--rules", metavar="PACK", help="a rule pack file (default: the shipped one)")
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser(
        "report",
        help="write the PDF restructuring proposal of a plan",
        description="Write the PDF restructuring proposal: cover, summary, the before/after "
        "table, findings with their legal basis, the urusan x OPD matrix, the restructuring "
        "steps, organisation charts, the list of units, IKU and the signature sheet. Without "
        "--from/--to it compares the current scenario with the newest proposal derived from "
        "it; a plan without a proposal gets a report of its current structure. The PDF "
        "appears only once complete.",
    )
    p.add_argument("file", metavar="FILE", help="plan file (.rbd); opened read-only")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="PDF file to write")
    p.add_argument("--from", dest="from_", metavar="NAME", help="the scenario before "
                   "(default: the current one)")  # fmt: skip
    p.add_argument("--to", metavar="NAME", help="the proposal derived from it "
                   "(default: the newest one)")  # fmt: skip
    p.add_argument("--paper", choices=["A4", "F4", "A3"], default="A4",
                   help="paper size; F4 is 215 x 330 mm (default: A4)")  # fmt: skip
    p.add_argument("--lang", choices=["id", "en"], default="id",
                   help="language of the report (default: id, Indonesian)")  # fmt: skip
    p.add_argument("--rules", metavar="PACK", help="a rule pack file (default: the shipped one)")
    p.add_argument("--force", action="store_true", help="replace OUT.pdf if it exists")
    # for the window's export, which runs this command as a process of its own
    p.add_argument("--progress", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--cancel-file", metavar="PATH", help=argparse.SUPPRESS)
    p.add_argument("--messages-lang", choices=["id", "en"], help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_report)

    p = sub.add_parser(
        "sign",
        help="show or set who signs the proposal (name, NIP, title)",
        description="Show the signatories of the proposal, or set one: --role prepared "
        "(disiapkan), checked (diperiksa) or approved (disetujui) with --name, --nip "
        "(18 digits, spaces allowed) and --title (jabatan). Fields not given keep their "
        "value; --clear removes the role. The report prints blank lines for a role "
        "nobody is named for.",
    )
    p.add_argument("file", metavar="FILE", help="plan file (.rbd)")
    p.add_argument("--role", choices=sorted(ROLE_NAMES), help="the signatory to set")
    p.add_argument("--name", help="full name with academic titles, as it is to be printed")
    p.add_argument("--nip", help="NIP: 18 digits, e.g. '19700101 199003 1 001'")
    p.add_argument("--title", help="position (jabatan), e.g. 'Kepala Bagian Organisasi'")
    p.add_argument("--clear", action="store_true", help="remove the signatory of --role")
    p.set_defaults(func=cmd_sign)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if wants_gui(argv):
            return run_window(argv)
        parser = build_parser()
        args = parser.parse_args(argv)
        func: Callable[[argparse.Namespace], int] = args.func
        return func(args)
    except RbdeskError as exc:
        _note(f"error: {exc}")
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # the reader went away (``rbdesk info big.rbd | head``): not an error
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        _note("interrupted")
        return 130
    except OSError as exc:
        _note(f"error: {exc.strerror or exc} ({exc.filename or ''})")
        return EXIT_BAD_INPUT
    except Exception as exc:  # a bug: say so plainly; the trace only on request
        if os.environ.get("RBDESK_DEBUG"):
            traceback.print_exc()
        _note(f"internal error: {type(exc).__name__}: {exc} (set RBDESK_DEBUG=1 for details)")
        return EXIT_INTERNAL


def main() -> None:
    sys.exit(run())


if __name__ == "__main__":
    main()

"""The command line: ``rbdesk sample``, ``import-csv``, ``info``, ``check``, ``compare``,
``report``, ``sign``, ``repair``, and the restructuring of a proposal: ``propose``,
``op`` and ``ops``.

A thin consumer of the same functions the GUI uses. Everything it prints is in one
language, the run's (:func:`rbdesk.i18n.chosen_language`: ``--lang``, ``RBDESK_LANG``,
the window's choice, else Indonesian), from the one catalogue of ``rbdesk.i18n``:
headings, family and metric names, actions, severities, numbers, and every error, which
arrives as a code with its values. Machine output (``--json``) keeps stable identifiers.

Every bad input ends in a one-line message (or a list of problems for an import) and
exit status 2, never a traceback. ``info``, ``check``, ``compare``, ``report`` and
``ops`` only read: the plan file and its folder stay byte for byte as they were.
``propose``, ``op`` and ``sign`` write, each in one transaction, and ``sample --force``
and ``import-csv --force`` replace a plan: all of them refuse a plan that the window
holds open for editing (:func:`_refuse_if_open`) and change nothing then; while they
write they hold the plan's lock themselves (``rbdesk.store.sidefiles``), which other
commands wait for. What opening a plan had to tell (a side file set aside, an
interrupted edit undone) is printed on stderr before the command's own output.
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
from rbdesk.i18n import (
    LANGUAGES,
    Labels,
    chosen_language,
    labels,
    language_in,
    localise_argparse,
    say,
    settings_file,
)

EXIT_OK = 0
EXIT_FINDINGS = 1  #: ``check``: the scenario has findings of severity error
EXIT_BAD_INPUT = 2
EXIT_CANCELLED = 3  #: ``report --cancel-file``: the file appeared, nothing was written
EXIT_INTERNAL = 70  #: a bug in rbdesk (EX_SOFTWARE of sysexits.h)
EXIT_INTERRUPTED = 130


class _Cancelled(Exception):
    """The window asked a report to stop (its cancel file appeared)."""


class CliError(RbdeskError):
    """A problem with the command line's own arguments."""


#: The language of this run, set once the arguments are known.
_lang = "id"


def _t(key: str, **params: object) -> str:
    return say(key, _lang, params)


def _out(text: str = "") -> None:
    print(text, flush=True)


def _note(text: str) -> None:
    print(f"rbdesk: {text}", file=sys.stderr, flush=True)


def _check_output(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise CliError("output.exists", path=path)
    if path.is_dir():
        raise CliError("output.folder", path=path)
    if not path.parent.exists():
        raise CliError("output.no_folder", folder=path.parent)


# -- commands ---------------------------------------------------------------------------


def _words() -> Labels:
    return labels(_lang)


def _scenario_lines(store: Any) -> list[str]:
    """One line per scenario: its name, role and units."""
    lines = []
    for scenario in store.scenarios():
        lines.append(
            _t("cli.scenario_line", name=scenario.name, role=_t(f"role.{scenario.role.value}"),
               units=_words().number(store.unit_count(scenario.id)))
        )  # fmt: skip
    return lines


def cmd_sample(args: argparse.Namespace) -> int:
    out = Path(args.output)
    _check_output(out, args.force)
    _refuse_if_open(out)
    if args.units is None:
        from rbdesk.interchange.sample import write_sample

        store = write_sample(out, overwrite=args.force)
    else:
        from rbdesk.interchange.synthetic import write_generated

        if args.units < 1:
            raise CliError("cli.units_min")
        store = write_generated(out, args.units, seed=args.seed, overwrite=args.force)
    with store:
        _out(_t("cli.wrote_plan", path=out, region=store.region().name))
        for line in _scenario_lines(store):
            _out(f"  {line}")
    return EXIT_OK


def cmd_import_csv(args: argparse.Namespace) -> int:
    from rbdesk.interchange.reference_csv import import_reference_csv
    from rbdesk.rules import default_catalogue
    from rbdesk.store import Store

    out = Path(args.output)
    _check_output(out, args.force)
    _refuse_if_open(out)
    level = Level(args.level) if args.level else None
    result = import_reference_csv(
        Path(args.csv), default_catalogue(), region_name=args.region, level=level
    )
    for notice in result.notices:
        _note(_said(notice))
    with Store.build(out, result.region, [result.structure], overwrite=args.force) as store:
        _out(_t("cli.wrote_plan", path=out, region=result.region.name))
        for line in _scenario_lines(store):
            _out(f"  {line}")
    return EXIT_OK


def _said(value: Any) -> str:
    """A value that knows its languages (``rbdesk.i18n.Text``) in the run's language."""
    said = getattr(value, "said", None)
    return str(said(_lang)) if callable(said) else str(value)


def plan_info(path: Path) -> dict[str, Any]:
    """What ``rbdesk info`` reports, as plain data."""
    with _open_store(path, read_only=True) as store:
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
                "partial": region.partial,
            },
            "schema": store.schema_version(),
            "fingerprint": store.fingerprint(),
            "scenarios": scenarios,
        }


def _kind_name(kind: str) -> str:
    from rbdesk.rules import default_catalogue

    return default_catalogue().kind_words(kind).said(_lang)


def cmd_info(args: argparse.Namespace) -> int:
    info = plan_info(Path(args.file))
    if args.json:
        _out(json.dumps(info, indent=2, ensure_ascii=False))
        return EXIT_OK
    words = _words()
    region = info["region"]
    fields = [
        (_t("cli.info.plan"), info["file"]),
        (_t("cli.info.region"), region["name"]),
        (_t("cli.info.level"), _t(f"level.{region['level']}")),
        (_t("cli.info.code"), region["code"] or "–"),
        (_t("cli.info.geo_factor"), words.number(float(region["geo_factor"]))),
        (_t("cli.info.prepared_by"), region["preparing_unit"] or "–"),
        (
            _t("cli.details.scope"),
            _t("cli.details.partial") if region["partial"] else _t("cli.details.whole"),
        ),
        (_t("cli.info.schema"), info["schema"]),
        (_t("cli.info.fingerprint"), info["fingerprint"]),
    ]
    width = max(len(label) for label, _ in fields) + 2
    for label, value in fields:
        _out(f"{label + ':':<{width}}{value}")
    _out(f"{_t('cli.info.scenarios')}:")
    name_width = max((len(s["name"]) for s in info["scenarios"]), default=0)
    for s in info["scenarios"]:
        origin = (
            "; " + _t("cli.info.derived_from", name=s["derived_from"]) if s["derived_from"] else ""
        )
        units = _t("cli.units", count=words.number(s["units"]))
        _out(f"  {s['name']:<{name_width}}  {_t('role.' + s['role'])}{origin}; {units}")
    for s in info["scenarios"]:
        _out(_t("cli.info.per_kind", name=s["name"]))
        named = [(_kind_name(kind), count) for kind, count in s["units_per_kind"].items()]
        kind_width = max((len(name) for name, _ in named), default=0)
        for name, count in named:
            _out(f"  {name:<{kind_width}} {words.number(count):>7}")
    return EXIT_OK


def _open_scenario(path: Path, name: str | None) -> tuple[Any, Any]:
    """The open plan (read-only) and the scenario named, or the current one."""
    store = _open_store(path, read_only=True)
    try:
        scenario = store.scenario_by_name(name) if name else store.current_scenario()
    except RbdeskError:
        store.close()
        raise
    return store, scenario


def _load_pack(args: argparse.Namespace) -> Any:
    from rbdesk.rules.pack import load_pack

    return load_pack(Path(args.rules)) if args.rules else load_pack()


def finding_dict(finding: Any, names: dict[int, str], lang: str) -> dict[str, Any]:
    from rbdesk.rules.citation import citation_dict

    return {
        "rule": finding.rule,
        "family": finding.family.value,
        "severity": finding.severity.value,
        "units": [{"id": uid, "name": names.get(uid, "")} for uid in finding.units],
        "codes": list(finding.codes),
        "message": finding.message[lang],
        "fix": finding.fix[lang],
        "basis": finding.basis_text(lang),
        "practice": finding.practice,
        "citations": [citation_dict(c) for c in finding.citations],
        "confirmed": finding.confirmed,
    }


def cmd_check(args: argparse.Namespace) -> int:
    from rbdesk.analysis.engine import analyse
    from rbdesk.analysis.findings import Family

    path = Path(args.file)
    pack = _load_pack(args)
    store, scenario = _open_scenario(path, args.scenario)
    with store:
        region = store.region()
        structure = store.load(scenario.id)
        pemetaan = store.pemetaan()
    findings = analyse(structure, region, pack=pack, pemetaan=pemetaan)
    names = {uid: u.name for uid, u in structure.units.items()}
    lang = _lang
    words = _words()
    counts = {s: sum(f.severity.value == s for f in findings) for s in ("error", "warning", "info")}
    if args.format == "json":
        _out(json.dumps({
            "region": region.name, "scenario": scenario.name, "units": len(structure.units),
            "rule_pack": {"id": pack.id, "version": pack.version}, "counts": counts,
            "findings": [finding_dict(f, names, lang) for f in findings],
        }, indent=2, ensure_ascii=False))  # fmt: skip
    else:
        pack_title = pack.title.get(lang) or pack.id
        _out(_t("cli.check.heading", region=region.name, scenario=scenario.name,
                units=words.number(len(structure.units)), pack=pack_title,
                version=pack.version))  # fmt: skip
        _out(_t("cli.check.summary", errors=words.plural("cli.check.errors", counts["error"]),
                warnings=words.plural("cli.check.warnings", counts["warning"]),
                infos=words.plural("cli.check.infos", counts["info"])))  # fmt: skip
        if not findings:
            _out(_t("cli.check.none"))
        by_family: dict[str, list[Any]] = {}
        for f in findings:
            by_family.setdefault(f.family.value, []).append(f)
        width = max(len(words.severity(s)) for s in ("error", "warning", "info")) + 1
        for family in [fam.value for fam in Family if fam.value in by_family]:
            _out()
            _out(f"{words.family(family)} ({words.number(len(by_family[family]))})")
            for f in by_family[family]:
                note = "" if f.confirmed or f.practice else f" {_t('cli.check.unconfirmed')}"
                _out(f"  {words.severity(f.severity.value):<{width}} {f.rule}: "
                     f"{f.message[lang]}{note}")  # fmt: skip
                _out(f"  {'':<{width}} {_t('cli.check.basis')}: {f.basis_text(lang)}")
                _out(f"  {'':<{width}} {_t('cli.check.fix')}: {f.fix[lang]}")
    return EXIT_FINDINGS if counts["error"] else EXIT_OK


def _comparison_scenarios(store: Any, from_name: str | None, to_name: str | None) -> Any:
    """``(before, after)`` as the report chooses them: the current scenario (or
    ``from_name``) and the newest proposal derived from it (or ``to_name``)."""
    from rbdesk.report.inputs import choose_scenarios

    before, after = choose_scenarios(store.scenarios(), from_name, to_name)
    if after is None:
        raise CliError("scenario.no_proposal", name=before.name)
    return before, after


def cmd_compare(args: argparse.Namespace) -> int:
    from rbdesk.analysis.compare import change_rows
    from rbdesk.analysis.engine import check_and_compare
    from rbdesk.report.sections import METRIC_GROUPS, metric_indented, metric_name
    from rbdesk.rules import default_catalogue

    pack = _load_pack(args)
    with _open_store(Path(args.file), read_only=True) as store:
        before, after = _comparison_scenarios(store, args.from_, args.to)
        region = store.region()
        before_structure = store.load(before.id)
        after_structure = store.load(after.id)
        pemetaan = store.pemetaan()
    comparison, before_ctx, after_ctx = check_and_compare(
        before_structure, after_structure, region, pack=pack, pemetaan=pemetaan
    )
    lang = _lang
    words = _words()
    before_names = {uid: u.name for uid, u in before_structure.units.items()}
    after_names = {uid: u.name for uid, u in after_structure.units.items()}
    rows = change_rows(comparison, before_ctx, after_ctx)
    operations = operation_items(after_structure.operations, before_structure, after_structure)
    if args.format == "json":
        _out(json.dumps({
            "region": region.name, "from": before.name, "to": after.name,
            "counts": comparison.counts(),
            "metrics": [
                {"row": row, "label": metric_name(row, default_catalogue(), pack, words),
                 "before": b, "after": a, "delta": d}
                for row, b, a, d in comparison.metric_table()
            ],
            "changes": rows,
            "resolved": [finding_dict(f, before_names, lang) for f in comparison.resolved],
            "introduced": [finding_dict(f, after_names, lang) for f in comparison.introduced],
            "operations": operations,
        }, indent=2, ensure_ascii=False, default=str))  # fmt: skip
        return EXIT_OK
    _out(f"{region.name}: {before.name} → {after.name}")
    counts = comparison.counts()
    done = [f"{words.action(k)} {words.number(v)}" for k, v in counts.items() if v]
    _out(f"{_t('cli.compare.changes')}: " + (", ".join(done) or _t("cli.compare.no_changes")))
    _out()
    table: list[tuple[str, str, str, str]] = []
    seen: set[str] = set()
    for row, b, a, d in comparison.metric_table(zeros=False):
        for prefix, key in METRIC_GROUPS.items():
            if row.startswith(prefix) and prefix not in seen:
                seen.add(prefix)
                table.append((f"{words[key]}:", "", "", ""))  # a heading
        indent = "  " if metric_indented(row) else ""
        name = indent + metric_name(row, default_catalogue(), pack, words)
        table.append((name, words.number(b), words.number(a), words.signed(d)))
    width = max([len(r[0]) for r in table] + [20]) + 2
    _out(f"{_t('cli.compare.table')}:")
    _out(f"  {'':<{width}}{words['table.before']:>10}{words['table.after']:>10}"
         f"{words['table.delta']:>10}")  # fmt: skip
    for label, old, new, delta in table:
        _out(f"  {label:<{width}}{old:>10}{new:>10}{delta:>10}".rstrip())
    for title, findings in ((_t("cli.compare.resolved"), comparison.resolved),
                            (_t("cli.compare.introduced"), comparison.introduced)):  # fmt: skip
        _out()
        _out(f"{title} ({words.number(len(findings))}):")
        for f in findings:
            _out(f"  {words.severity(f.severity.value):<10} {f.rule}: {f.message[lang]}")
    _out()
    _out(f"{_t('cli.compare.units')} ({words.number(len(rows))}):")
    for change in rows:
        changed = [
            k for k, v in change.items() if k != "Action" and isinstance(v, str) and "|" in v
        ]
        short = [f"{_t('field.' + k)}: {_change_text(k, change[k])}" for k in changed
                 if k != "name" and len(change[k]) <= 80]  # fmt: skip
        long = [_t("field." + k) for k in changed if k != "name" and len(change[k]) > 80]
        detail = "; ".join(short + long)
        name = _change_text("name", change.get("name", ""))
        _out(f"  {words.action(change['Action']):<18} {name}"
             + (f"  [{detail}]" if detail else ""))  # fmt: skip
    _out()
    _out(f"{_t('cli.compare.operations')} ({words.number(len(operations))}):")
    _print_operations(operations, "  ")
    return EXIT_OK


def _change_text(field: str, cell: str) -> str:
    """A change sheet cell (``old|new``, units joined with `` + ``) in words: kinds by
    their names, an empty side as a dash, the sides joined with an arrow."""

    def side(text: str) -> str:
        units = text.split(" + ")
        if field == "kind":
            units = [_kind_name(k) for k in units]
        return " + ".join(unit or "–" for unit in units)

    return " → ".join(side(part) for part in cell.split("|"))


def cmd_report(args: argparse.Namespace) -> int:
    from rbdesk.report import ReportOptions, gather, write_report

    out = Path(args.output)
    _check_output(out, args.force)
    if out.suffix.lower() != ".pdf":
        raise CliError("output.not_pdf", path=out)
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
        options = ReportOptions(paper=args.paper, lang=_lang, edition=args.edition,
                                only_changed=args.only_changed, opd=args.opd,
                                charts_only=args.charts_only)  # fmt: skip
        with _open_store(Path(args.file), read_only=True) as store:
            inputs = gather(store, args.from_, args.to, pack=pack)
        progress(0, 1)
        result = write_report(inputs, out, options, progress=progress)
    except _Cancelled:
        _note(say("cli.cancelled", _messages_lang(args)))
        return EXIT_CANCELLED
    if args.progress:
        print(f"pages {result.pages}", flush=True)
    scenarios = inputs.before.scenario.name
    if inputs.after is not None:
        scenarios += f" → {inputs.after.scenario.name}"
    _out(_t("cli.wrote_report", path=out, pages=_words().number(result.pages),
            scenarios=scenarios, paper=args.paper))  # fmt: skip
    return EXIT_OK


def _messages_lang(args: argparse.Namespace) -> str:
    """The language of refusals: the window's, when it runs a report in another one."""
    return str(getattr(args, "messages_lang", None) or _lang)


ROLE_NAMES = {
    "prepared": "prepared", "disiapkan": "prepared",
    "checked": "checked", "diperiksa": "checked",
    "approved": "approved", "disetujui": "approved",
}  # fmt: skip


def cmd_sign(args: argparse.Namespace) -> int:

    from rbdesk.domain.model import SignatoryRole, format_nip

    fields = [f"--{k}" for k in ("name", "nip", "title") if getattr(args, k) is not None]
    if fields and args.role is None:
        raise CliError("cli.sign.needs_role", options=", ".join(fields))
    if fields and args.clear:
        raise CliError("cli.sign.clear_with_fields", options=", ".join(fields))
    if args.clear and args.role is None:
        raise CliError("cli.sign.clear_needs_role")
    from rbdesk.domain.limits import check_text

    for key in ("name", "title"):  # refused before the plan is opened
        if getattr(args, key) is not None:
            check_text(f"signatory.{key}", getattr(args, key).strip())
    path = Path(args.file)
    writes = args.role is not None
    if writes:
        _refuse_if_open(path)
    with _open_store(path, read_only=not writes) as store:
        if args.role is not None:
            role = SignatoryRole(ROLE_NAMES[args.role])
            changes = {k: v for k, v in (("name", args.name), ("nip", args.nip),
                                         ("title", args.title)) if v is not None}  # fmt: skip
            if not changes and not args.clear:
                raise CliError("cli.sign.nothing")
            # one transaction from read to write: a concurrent sign loses nothing
            store.update_signatory(role, None if args.clear else changes)
        signatories = {s.role: s for s in store.signatories()}
    words = _words()
    width = max(len(words[f"sign.{role.value}"]) for role in SignatoryRole) + 1
    for role in SignatoryRole:
        label = words[f"sign.{role.value}"] + ":"
        s = signatories.get(role)
        if s is None:
            _out(f"{label:<{width}} –")
            continue
        nip = f", NIP {format_nip(s.nip)}" if s.nip else ""
        title = f" ({s.title})" if s.title else ""
        _out(f"{label:<{width}} {s.name or '–'}{title}{nip}")
    return EXIT_OK


def cmd_details(args: argparse.Namespace) -> int:
    """Show the plan's region and scope, or mark the plan partial (one or a few OPDs: the
    region-wide completeness checks are off) or whole."""
    from dataclasses import replace

    path = Path(args.file)
    scope = True if args.partial else False if args.whole else None
    from rbdesk.cli_pemetaan import geo_category, geo_factor

    geo = None if args.geo_factor is None else geo_factor(args.geo_factor)
    if scope is not None or geo is not None:
        _refuse_if_open(path)
    with _open_store(path, read_only=scope is None and geo is None) as store:
        region = store.region()
        if scope is not None and region.partial != scope:
            store.set_region(replace(region, partial=scope))
            region = store.region()
        if geo is not None and region.geo_factor != geo:
            store.set_region(replace(region, geo_factor=geo))
            region = store.region()
    fields = [
        (_t("cli.info.region"), region.name),
        (_t("cli.info.level"), _t(f"level.{region.level.value}")),
        (_t("cli.details.scope"),
         _t("cli.details.partial") if region.partial else _t("cli.details.whole")),
        (_t("cli.info.geo_factor"), _t("cli.details.geo", factor=_words().number(
            region.geo_factor), category=geo_category(region.geo_factor) or "–")),
    ]  # fmt: skip
    width = max(len(label) for label, _ in fields) + 2
    for label, value in fields:
        _out(f"{label + ':':<{width}}{value}")
    return EXIT_OK


# -- restructuring a proposal -------------------------------------------------------------


def _open_store(path: Path, *, read_only: bool = False) -> Any:
    """``Store.open`` that prints what the opening has to tell (a side file set aside,
    an interrupted edit undone) on stderr, in the run's language."""
    from rbdesk.store import Store

    store = Store.open(path, read_only=read_only)
    for notice in store.notices:
        _note(_said(notice))
    return store


def _lock_holder(path: Path) -> tuple[int | None, str] | None:
    """``(pid, host)`` of a live lock a window holds on ``path`` (Qt's ``QLockFile``
    beside the file itself, symlinks resolved: ``PLAN.rbd.lock``), ``None`` when there
    is none.

    Read without Qt (``rbdesk.store.read_lock``), and conservatively: a lock counts as
    stale, as Qt itself takes it over (the window locks with a stale time of 0), only
    when nobody holds its flock (or, where there is no flock, it names this host and a
    process that no longer runs). A lock from another host counts as live. A lock a
    command holds while it writes is not a window's: the command waits for it."""
    from rbdesk.store import read_lock
    from rbdesk.store.sidefiles import real_path

    holder = read_lock(real_path(path))
    if holder is None or not holder.live or holder.command:
        return None
    return (holder.pid, holder.host)


def _refuse_if_open(path: Path) -> None:
    """Refuse to write or replace a plan the window holds open for editing: the window
    keeps the plan in memory and would not see the change, or would go on editing a
    file that is gone."""
    holder = _lock_holder(path)
    if holder is not None:
        pid, host = holder
        raise CliError("cli.plan_open", path=path, lock=f"{path}.lock", pid=pid or "?",
                       host=host or "?")  # fmt: skip


def cmd_repair(args: argparse.Namespace) -> int:
    from rbdesk.store import Store

    out = Path(args.output)
    _check_output(out, True)  # (a file of that name is refused by the repair itself)
    with Store.repair(Path(args.file), out) as store:
        fingerprint = store.fingerprint()
    _out(_t("cli.repair.done", path=out, fingerprint=fingerprint))
    return EXIT_OK


def cmd_propose(args: argparse.Namespace) -> int:
    path = Path(args.file)
    _refuse_if_open(path)
    with _open_store(path) as store:
        source = store.scenario_by_name(args.from_) if args.from_ else store.current_scenario()
        scenario = store.copy_scenario(source.id, args.name)
        units = store.unit_count(scenario.id)
    _out(_t("cli.propose.done", name=scenario.name, source=source.name,
            units=_t("cli.units", count=_words().number(units))))  # fmt: skip
    return EXIT_OK


def _opd_name(structure: Any, unit_id: int) -> str:
    """The name of a unit's OPD (itself for an OPD; the top unit for the units above and
    beside the OPDs)."""
    from rbdesk.rules import default_catalogue

    kinds = default_catalogue().kinds
    chain = [unit_id, *structure.ancestors(unit_id)]
    opd = next((u for u in chain if (k := kinds.get(structure.units[u].kind)) and k.opd),
               chain[-1])  # fmt: skip
    return str(structure.units[opd].name)


class _Units:
    """Units of one scenario named on the command line: by id, or by exact name."""

    def __init__(self, structure: Any) -> None:
        self.structure = structure
        self.by_name: dict[str, list[int]] = {}
        for uid, unit in structure.units.items():
            self.by_name.setdefault(unit.name, []).append(uid)

    def find(self, text: str) -> int | None:
        """The unit ``text`` names, ``None`` for none; an ambiguous name is refused."""
        text = text.strip()
        if text.isdigit() and int(text) in self.structure.units:
            return int(text)
        hits = sorted(self.by_name.get(text, []))
        if len(hits) > 1:
            raise CliError("cli.op.unit_ambiguous", name=text, count=len(hits), candidates=tuple(
                f"{uid} ({_opd_name(self.structure, uid)})" for uid in hits))  # fmt: skip
        return hits[0] if hits else None

    def one(self, text: str) -> int:
        uid = self.find(text)
        if uid is None:
            raise CliError("cli.op.unit_unknown", name=text.strip(),
                           scenario=self.structure.scenario.name)  # fmt: skip
        return uid

    def many(self, texts: Sequence[str]) -> list[int]:
        return [self.one(t) for t in texts]


def _split_shares(args: argparse.Namespace, units: _Units, unit_id: int) -> Any:
    """``--assign ITEM=NEW`` as the domain's shares: ITEM a child unit (name or id),
    an urusan code the unit holds or the title of one of its positions; NEW a new
    unit's name or number (1 is the first)."""
    from rbdesk.domain.operations import Shares

    structure = units.structure
    names = [" ".join(n.split()) for n in args.into]
    children: dict[int, int] = {}
    urusan: dict[str, int] = {}
    positions: dict[int, int] = {}
    for item in args.assign or []:
        what, sep, new = item.partition("=")
        what, new = what.strip(), " ".join(new.split())
        if not sep or not what or not new:
            raise CliError("cli.op.assign_form", item=item)
        if new in names:
            index = names.index(new)
        elif new.isdigit() and 1 <= int(new) <= len(names):
            index = int(new) - 1
        else:
            raise CliError("cli.op.assign_new", new=new, names=tuple(names))
        child = units.find(what)
        if child is not None and structure.units[child].parent_id == unit_id:
            children[child] = index
            continue
        if any(a.unit_id == unit_id and a.code == what for a in structure.assignments):
            urusan[what] = index
            continue
        held = [p.id for p in structure.positions if p.unit_id == unit_id and p.title == what]
        if not held:
            raise CliError("cli.op.assign_item", item=what, name=structure.units[unit_id].name)
        positions.update(dict.fromkeys(held, index))
    headcounts: dict[int, tuple[int, int]] = {}
    for item in args.headcount or []:
        new, sep, count = item.partition("=")
        new = " ".join(new.split())
        existing, _slash, needed = count.partition("/")
        if not sep or not existing.strip().isdigit() or not (needed.strip() or "0").isdigit():
            raise CliError("cli.op.headcount_form", item=item)
        if new in names:
            index = names.index(new)
        elif new.isdigit() and 1 <= int(new) <= len(names):
            index = int(new) - 1
        else:
            raise CliError("cli.op.assign_new", new=new, names=tuple(names))
        headcounts[index] = (int(existing), int(needed.strip() or 0))
    return Shares(children=children, urusan=urusan, positions=positions, headcounts=headcounts)


def _answered(
    args: argparse.Namespace,
    structure: Any,
    region: Any,
    unit_ids: Sequence[int],
    pemetaan: Any = None,
) -> tuple[str, tuple[str, ...]]:
    """``--answers RULE``: the findings of those rules that concern the named units
    (as the window's Pertimbangan box offers them), as the step's basis (unless
    ``--basis`` is given) and its finding references."""
    if not args.answers:
        return args.basis or "", ()
    from rbdesk.analysis.engine import analyse
    from rbdesk.analysis.motives import answered, findings_concerning

    rules = set(args.answers)
    found = analyse(structure, region, pemetaan=pemetaan)  # the findings the window shows
    concerning = findings_concerning(structure, found, unit_ids)
    chosen = [f for f in concerning if f.rule in rules]
    missing = sorted(rules - {f.rule for f in chosen})
    if missing:
        offered = sorted({f.rule for f in concerning}) or ["-"]
        raise CliError("cli.op.answers_none", rules=", ".join(missing),
                       offered=", ".join(offered))  # fmt: skip
    _reason, basis, refs = answered(structure, chosen, _lang)
    return args.basis or basis, refs


def _named_units(args: argparse.Namespace, units: _Units) -> list[int]:
    """The existing units the operation's arguments name (none for ``create``)."""
    if args.operation in ("split", "rename", "retype"):
        return [units.one(args.unit)]
    if args.operation == "create":
        return [units.one(args.under)]
    return units.many(args.units)


def _plan_operation(
    args: argparse.Namespace, structure: Any, region: Any, catalogue: Any, pemetaan: Any = None
) -> tuple[Any, list[int]]:
    """The plan of the operation the arguments ask for, and the units they name."""
    from rbdesk.domain import operations as ops

    units = _Units(structure)
    basis, refs = _answered(args, structure, region, _named_units(args, units), pemetaan)
    motive = ops.Motive(args.reason, basis, refs, date=args.date or "")
    rules = {"level": region.level, "rules": catalogue}
    kind = args.operation
    if kind == "merge":
        ids = units.many(args.units)
        named = {str(uid) for uid in ids} | {structure.units[uid].name for uid in ids}
        into: int | ops.NewUnit = (
            units.one(args.into) if args.into.strip() in named else ops.NewUnit(args.into)
        )
        plan = ops.plan_merge(structure, ids, motive, into=into,
                              merge_children=args.merge_children, **rules)  # fmt: skip
    elif kind == "split":
        ids = [units.one(args.unit)]
        shares = _split_shares(args, units, ids[0])
        plan = ops.plan_split(structure, ids[0], [ops.NewUnit(n) for n in args.into], motive,
                              shares=shares, **rules)  # fmt: skip
    elif kind == "move":
        ids = units.many(args.units)
        plan = ops.plan_move(structure, ids, units.one(args.under), motive, **rules)
    elif kind == "create":
        ids = []
        new = ops.NewUnit(args.name, args.kind, args.type)
        plan = ops.plan_create(structure, new, units.one(args.under), motive, **rules)
    elif kind == "abolish":
        ids = units.many(args.units)
        home = units.one(args.rehome_under) if args.rehome_under else None
        plan = ops.plan_abolish(structure, ids, motive, rehome_under=home, **rules)
    elif kind == "rename":
        ids = [units.one(args.unit)]
        plan = ops.plan_rename(structure, ids[0], args.to, motive, **rules)
    elif kind == "retype":
        ids = [units.one(args.unit)]
        plan = ops.plan_retype(structure, ids[0], args.type, motive, **rules)
    else:  # to-functional
        ids = units.many(args.units)
        plan = ops.plan_convert(structure, ids, motive, name=args.name, post=args.post, **rules)
    return plan, ids


def cmd_op(args: argparse.Namespace) -> int:
    from rbdesk.domain.operations import apply_plan, check_proposal
    from rbdesk.rules import default_catalogue

    path = Path(args.file)
    _refuse_if_open(path)
    with _open_store(path) as store:
        scenario = store.scenario_by_name(args.scenario)
        structure = store.load(scenario.id)
        check_proposal(structure)
        plan, named = _plan_operation(
            args, structure, store.region(), default_catalogue(), store.pemetaan()
        )
        applied = store.apply_operation(scenario.id, plan)
    after = apply_plan(structure, applied)
    words = _words()
    op = applied.operation
    _out(_t("cli.op.done", scenario=scenario.name, kind=words.operation(op.kind.value)))
    taken = [structure.units[u].name for u in named]
    left = [after.units[u].name for u in op.after]
    for key, names in (("cli.op.taken", taken), ("cli.op.left", left)):
        if names:
            _out(f"  {_t(key)}: " + "; ".join(names))
    _out(f"  {_t('cli.op.reason')}: {op.justification}")
    if op.basis:
        _out(f"  {_t('cli.op.basis')}: {op.basis}")
    affected = plan.affected_positions
    if affected:
        _out(f"  {_t('cli.op.affected', count=words.number(len(affected)))}:")
        for p in affected:
            _out(f"    {p.title} ({structure.units[p.unit_id].name}) "
                 f"{words.number(p.existing)}/{words.number(p.needed)}")  # fmt: skip
    return EXIT_OK


def operation_items(operations: Sequence[Any], before: Any, after: Any) -> list[dict[str, Any]]:
    """A proposal's operations as plain data (``ops`` and ``compare``): kind, the names
    of the units before (of the scenario ``before``, which it derives from; ``None``
    for none) and after, reason, legal basis, date and the findings it answers;
    ``before_units`` and ``after_units`` give each unit's id and OPD too."""

    def units(structure: Any, ids: Sequence[int]) -> list[dict[str, Any]]:
        known = structure.units if structure is not None else {}
        return [
            {"id": u, "name": known[u].name, "opd": _opd_name(structure, u)}
            if u in known
            else {"id": u, "name": f"#{u}", "opd": ""}
            for u in ids
        ]

    items = []
    for n, op in enumerate(operations, start=1):
        old, new = units(before, op.before), units(after, op.after)
        items.append({
            "number": n, "kind": op.kind.value,
            "before": [u["name"] for u in old], "after": [u["name"] for u in new],
            "reason": op.justification, "basis": op.basis, "date": op.date,
            "findings": list(op.findings), "before_units": old, "after_units": new,
        })  # fmt: skip
    return items


def _print_operations(items: Sequence[dict[str, Any]], indent: str = "") -> None:
    words = _words()
    if not items:
        _out(f"{indent}{_t('cli.ops.none')}")
    for item in items:
        date = f" ({item['date']})" if item["date"] else ""
        _out(f"{indent}{words.number(item['number'])}. {words.operation(item['kind'])}{date}")
        pad = indent + " " * (len(words.number(item["number"])) + 2)
        for key, side in (("cli.op.before", "before_units"), ("cli.op.after", "after_units")):
            names = [u["name"] if u["name"] == u["opd"] or not u["opd"]
                     else f"{u['name']} ({u['opd']})" for u in item[side]]  # fmt: skip
            _out(f"{pad}{_t(key)}: " + ("; ".join(names) or "–"))
        _out(f"{pad}{_t('cli.op.reason')}: {item['reason'] or '–'}")
        if item["basis"]:
            _out(f"{pad}{_t('cli.op.basis')}: {item['basis']}")


def cmd_ops(args: argparse.Namespace) -> int:
    with _open_store(Path(args.file), read_only=True) as store:
        if args.scenario:
            scenario = store.scenario_by_name(args.scenario)
        else:
            scenario = _comparison_scenarios(store, None, None)[1]
        structure = store.load(scenario.id)
        source = store.scenario(scenario.derived_from) if scenario.derived_from else None
        baseline = store.load(source.id) if source else None
    items = operation_items(structure.operations, baseline, structure)
    if args.format == "json":
        _out(json.dumps(items, indent=2, ensure_ascii=False))
        return EXIT_OK
    count = _words().number(len(items))
    if source is None:
        _out(_t("cli.ops.heading", scenario=scenario.name, count=count))
    else:
        _out(_t("cli.ops.heading_from", scenario=scenario.name, source=source.name, count=count))
    _print_operations(items)
    return EXIT_OK


COMMANDS = ("sample", "import-csv", "info", "check", "compare", "report", "sign", "details",
            "propose", "op", "ops", "repair", "pemetaan", "kajian", "import", "export",
            "chart")  # fmt: skip


def wants_gui(argv: Sequence[str]) -> bool:
    """No command (``rbdesk``, ``rbdesk FILE``, ``rbdesk FILE --screenshot OUT``)."""
    if not argv:
        return True
    first = argv[0]
    if first == "--lang" and len(argv) > 2:  # ``rbdesk --lang en sample ...``
        first = argv[2]
    elif first.startswith("--lang=") and len(argv) > 1:
        first = argv[1]
    return first not in COMMANDS and first not in ("-h", "--help", "--version")


def run_window(argv: Sequence[str]) -> int:
    from rbdesk.ui.app import run_gui

    return run_gui(argv)


# -- parser ---------------------------------------------------------------------------


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Help with the epilog as written (the window's options, the exit statuses)."""


def _language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=list(LANGUAGES), help=_t("cli.arg.lang"))


def build_parser() -> argparse.ArgumentParser:
    localise_argparse(_lang)  # usage:, required arguments ... in the run's language
    parser = argparse.ArgumentParser(
        prog="rbdesk",
        description=_t("cli.description"),
        epilog=_t("cli.epilog", settings=settings_file()),
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"rbdesk {__version__}",
                        help=_t("cli.arg.version"))  # fmt: skip
    _language_option(parser)
    sub = parser.add_subparsers(dest="command", metavar=_t("cli.command_metavar"))

    def command(name: str, func: Callable[[argparse.Namespace], int]) -> Any:
        key = name.replace("-", "_")
        p = sub.add_parser(name, help=_t(f"cli.{key}.help"),
                           description=_t(f"cli.{key}.description"))  # fmt: skip
        p.set_defaults(func=func)
        _language_option(p)
        return p

    def arg(p: argparse.ArgumentParser, key: str, *names: str, **kwargs: Any) -> None:
        p.add_argument(*names, help=_t(f"cli.arg.{key}"), **kwargs)

    p = command("sample", cmd_sample)
    arg(p, "output_plan", "-o", "--output", required=True, metavar=_t("cli.metavar.file"))
    arg(p, "units", "--units", type=int, metavar="N")
    arg(p, "seed", "--seed", type=int, default=1, metavar="S")
    arg(p, "force_plan", "--force", action="store_true")

    p = command("import-csv", cmd_import_csv)
    arg(p, "csv", "csv", metavar="CSV")
    arg(p, "output_plan", "-o", "--output", required=True, metavar=_t("cli.metavar.file"))
    arg(p, "region", "--region", metavar=_t("cli.metavar.name"))
    arg(p, "level", "--level", choices=[level.value for level in Level])
    arg(p, "force_plan", "--force", action="store_true")

    p = command("info", cmd_info)
    arg(p, "plan", "file", metavar=_t("cli.metavar.file"))
    arg(p, "json", "--json", action="store_true")

    p = command("check", cmd_check)
    arg(p, "plan", "file", metavar=_t("cli.metavar.file"))
    arg(p, "scenario", "--scenario", metavar=_t("cli.metavar.name"))
    arg(p, "format", "--format", choices=["text", "json"], default="text")
    arg(p, "rules", "--rules", metavar=_t("cli.metavar.pack"))

    p = command("compare", cmd_compare)
    arg(p, "plan", "file", metavar=_t("cli.metavar.file"))
    arg(p, "from", "--from", dest="from_", metavar="A")
    arg(p, "to", "--to", metavar="B")
    arg(p, "format", "--format", choices=["text", "json"], default="text")
    arg(p, "rules", "--rules", metavar=_t("cli.metavar.pack"))

    p = command("report", cmd_report)
    arg(p, "plan", "file", metavar=_t("cli.metavar.file"))
    arg(p, "output_pdf", "-o", "--output", required=True, metavar="OUT.pdf")
    arg(p, "from", "--from", dest="from_", metavar="A")
    arg(p, "to", "--to", metavar="B")
    arg(p, "paper", "--paper", choices=["A4", "F4", "A3"], default="A4")
    arg(p, "edition", "--edition", choices=["pengesahan", "kerja"], default="pengesahan")
    arg(p, "only_changed", "--only-changed", action="store_true")
    arg(p, "opd", "--opd", metavar=_t("cli.metavar.name"))
    arg(p, "charts_only", "--charts-only", action="store_true")
    arg(p, "rules", "--rules", metavar=_t("cli.metavar.pack"))
    arg(p, "force_pdf", "--force", action="store_true")
    # for the window's export, which runs this command as a process of its own
    p.add_argument("--progress", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--cancel-file", metavar="PATH", help=argparse.SUPPRESS)
    p.add_argument("--messages-lang", choices=list(LANGUAGES), help=argparse.SUPPRESS)

    p = command("sign", cmd_sign)
    arg(p, "plan", "file", metavar=_t("cli.metavar.file"))
    arg(p, "role", "--role", choices=sorted(ROLE_NAMES), metavar="{prepared,checked,approved}")
    arg(p, "name", "--name", metavar=_t("cli.metavar.name"))
    arg(p, "nip", "--nip")
    arg(p, "title", "--title", metavar=_t("cli.metavar.title"))
    arg(p, "clear", "--clear", action="store_true")

    p = command("details", cmd_details)
    arg(p, "plan", "file", metavar=_t("cli.metavar.file"))
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--partial", action="store_true", help=_t("cli.arg.partial"))
    scope.add_argument("--whole", action="store_true", help=_t("cli.arg.whole"))
    arg(p, "geo_factor", "--geo-factor", metavar="F")

    from rbdesk.cli_pemetaan import register as register_pemetaan

    register_pemetaan(command, arg, _t)

    from rbdesk.cli_kajian import register as register_kajian

    register_kajian(command, arg, _t)

    from rbdesk.cli_import import register as register_import

    register_import(command, arg, _t)

    from rbdesk.cli_export import register as register_export

    register_export(command, arg, _t)

    from rbdesk.cli_chart import register as register_chart

    register_chart(command, arg, _t)

    p = command("repair", cmd_repair)
    arg(p, "plan", "file", metavar=_t("cli.metavar.file"))
    arg(p, "output_repaired", "-o", "--output", required=True, metavar=_t("cli.metavar.file"))

    p = command("propose", cmd_propose)
    arg(p, "plan_write", "file", metavar=_t("cli.metavar.file"))
    arg(p, "proposal_name", "--name", required=True, metavar=_t("cli.metavar.name"))
    arg(p, "proposal_from", "--from", dest="from_", metavar=_t("cli.metavar.scenario"))

    p = command("op", cmd_op)
    arg(p, "plan_write", "file", metavar=_t("cli.metavar.file"))
    arg(p, "op_scenario", "--scenario", required=True, metavar=_t("cli.metavar.scenario"))
    _operation_parsers(p)

    p = command("ops", cmd_ops)
    arg(p, "plan", "file", metavar=_t("cli.metavar.file"))
    arg(p, "ops_scenario", "--scenario", metavar=_t("cli.metavar.scenario"))
    arg(p, "format", "--format", choices=["text", "json"], default="text")
    return parser


#: The Indonesian name of each operation of ``rbdesk op`` (the planners' own words).
OPERATION_ALIASES = {
    "merge": "gabungkan",
    "split": "pecah",
    "move": "pindahkan",
    "create": "bentuk",
    "abolish": "hapus",
    "rename": "ubah-nomenklatur",
    "retype": "ubah-tipe",
    "to-functional": "alihkan-jf",
}


def _operation_parsers(op: argparse.ArgumentParser) -> None:
    """The operations of ``rbdesk op``, each with its units, ``--reason`` (required),
    ``--basis`` and ``--date``."""
    sub = op.add_subparsers(dest="operation", metavar=_t("cli.metavar.operation"),
                            required=True, help=_t("cli.arg.operation"))  # fmt: skip
    unit, units = _t("cli.metavar.unit"), _t("cli.metavar.units")
    name, text = _t("cli.metavar.name"), _t("cli.metavar.text")

    def operation(command: str) -> argparse.ArgumentParser:
        key = command.replace("-", "_")
        p = sub.add_parser(command, aliases=[OPERATION_ALIASES[command]],
                           help=_t(f"cli.op.{key}.help"),
                           description=_t(f"cli.op.{key}.description"))  # fmt: skip
        p.set_defaults(operation=command)  # the Indonesian name does the same
        # --lang here too (every command takes it); SUPPRESS keeps the one given
        # before the operation when this one is not given.
        p.add_argument("--lang", choices=list(LANGUAGES), default=argparse.SUPPRESS,
                       help=_t("cli.arg.lang"))  # fmt: skip
        return p

    def arg(p: argparse.ArgumentParser, key: str, *names: str, **kwargs: Any) -> None:
        p.add_argument(*names, help=_t(f"cli.arg.{key}"), **kwargs)

    parsers = {}
    p = parsers["merge"] = operation("merge")
    arg(p, "merge_units", "units", nargs="+", metavar=unit)
    arg(p, "merge_into", "--into", required=True, metavar=name)
    arg(p, "merge_children", "--merge-children", action="store_true")
    p = parsers["split"] = operation("split")
    arg(p, "split_unit", "unit", metavar=unit)
    arg(p, "split_into", "--into", required=True, nargs="+", metavar=name)
    arg(p, "split_assign", "--assign", action="append", metavar=_t("cli.metavar.assign"))
    arg(p, "split_headcount", "--headcount", action="append",
        metavar=_t("cli.metavar.headcount"))  # fmt: skip
    p = parsers["move"] = operation("move")
    arg(p, "move_units", "units", nargs="+", metavar=units)
    arg(p, "move_under", "--under", required=True, metavar=unit)
    p = parsers["create"] = operation("create")
    arg(p, "create_name", "name", metavar=name)
    arg(p, "create_kind", "--kind", required=True, metavar=_t("cli.metavar.kind"))
    arg(p, "create_under", "--under", required=True, metavar=unit)
    arg(p, "create_type", "--type", choices=["A", "B", "C", "D"])
    p = parsers["abolish"] = operation("abolish")
    arg(p, "abolish_units", "units", nargs="+", metavar=units)
    arg(p, "rehome_under", "--rehome-under", metavar=unit)
    p = parsers["rename"] = operation("rename")
    arg(p, "rename_unit", "unit", metavar=unit)
    arg(p, "rename_to", "--to", required=True, metavar=name)
    p = parsers["retype"] = operation("retype")
    arg(p, "retype_unit", "unit", metavar=unit)
    arg(p, "retype_type", "--type", required=True, choices=["A", "B", "C", "D"])
    p = parsers["to-functional"] = operation("to-functional")
    arg(p, "convert_units", "units", nargs="+", metavar=units)
    arg(p, "convert_name", "--name", metavar=name)
    arg(p, "convert_post", "--post", metavar=name)
    for p in parsers.values():
        arg(p, "reason", "--reason", required=True, metavar=text)
        arg(p, "basis", "--basis", metavar=text)
        arg(p, "answers", "--answers", action="append", metavar=_t("cli.metavar.rule"))
        arg(p, "date", "--date", metavar=_t("cli.metavar.date"))


def run(argv: Sequence[str] | None = None) -> int:
    global _lang
    argv = list(sys.argv[1:] if argv is None else argv)
    _lang = chosen_language(language_in(argv))
    refusals = _lang  # the language refusals are said in
    try:
        if wants_gui(argv):
            return run_window(argv)
        parser = build_parser()
        args = parser.parse_args(argv)
        _lang = chosen_language(args.lang or language_in(argv))  # before or after the command
        refusals = _messages_lang(args)
        func: Callable[[argparse.Namespace], int] = args.func
        return func(args)
    except RbdeskError as exc:
        lines = exc.message(refusals).splitlines() or [""]
        _note(f"{say('cli.error', refusals)}: {lines[0]}")
        for line in lines[1:]:  # the problems of an import, one per line
            print(line, file=sys.stderr, flush=True)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # the reader went away (``rbdesk info big.rbd | head``): not an error
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        _note(say("cli.interrupted", _lang))
        return EXIT_INTERRUPTED
    except OSError as exc:
        detail = exc.strerror or str(exc)
        where = f" ({exc.filename})" if exc.filename else ""
        _note(f"{say('cli.error', _lang)}: {detail}{where}")
        return EXIT_BAD_INPUT
    except Exception as exc:  # a bug: say so plainly; the trace only on request
        if os.environ.get("RBDESK_DEBUG"):
            traceback.print_exc()
        _note(say("cli.internal", _lang, {"kind": type(exc).__name__, "detail": exc}))
        return EXIT_INTERNAL


def main() -> None:
    sys.exit(run())


if __name__ == "__main__":
    main()

"""``rbdesk pemetaan``: the pemetaan urusan of a plan, its values sheet and its import.

``rbdesk pemetaan FILE [--import VALUES.csv [--year YYYY] [--source TEXT]]
[--kepulauan | --bukan-kepulauan] [--template OUT.csv [--force]] [--scenario NAME]
[--format text|json] [--lang id|en]``

* ``--import`` reads a values sheet (``rbdesk.interchange.pemetaan_csv``: columns
  ``kode``, ``no``, ``nilai``) and makes its values the plan's, in one transaction: a
  sheet with any bad row is refused with every problem's row and column and nothing
  is written. ``--year`` and ``--source`` record the year and the source of the data
  (kept as they were when not given). ``--kepulauan`` records that the region is
  berciri kepulauan (its perhubungan values are scored, and its sheet named, by the
  Lampiran's table for such regions), ``--bukan-kepulauan`` that it is not.
* ``--template`` writes the sheet of every indicator of the plan's level, with the
  values the plan holds (none: ``nilai`` empty).
* Then it prints, per urusan and function, the variabel umum part, the technical
  part, their sum, the geographic factor, the final score and the form it calls for
  (``A``, ``B``, ``C``, ``bidang``, ``seksi``), and per OPD of the scenario (the current
  one unless ``--scenario``) its declared type and the type its scores call for
  (``rbdesk.analysis.opd_types``). ``--format json`` prints the same as one object:
  ``urusan`` entries with ``kode``, ``title``, ``umum``, ``teknis``, ``jumlah``,
  ``faktor``, ``skor``, ``bentuk``, ``missing``, ``exempt``; ``opd`` entries with
  ``unit``, ``kind``, ``urusan``, ``declared``, ``computed``, ``highest``, ``skor``,
  ``kode``, ``reason``. Numbers are JSON numbers (the scores have two decimals at most).

``rbdesk details FILE --geo-factor F`` sets the geographic factor (Lampiran V Langkah
3): a number, or the letter of its category (``a`` 1, ``b`` 1.1, ``c`` 1.2, ``d``-``f``
1.4, ``g`` 1.5): :func:`geo_factor`.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from rbdesk.domain.errors import InvalidValueError
from rbdesk.domain.pemetaan import GEO_CATEGORIES, PemetaanData, check_data, shown_number

#: The exit statuses, as ``rbdesk.cli`` has them.
EXIT_OK = 0


def geo_factor(text: str) -> float:
    """The factor ``--geo-factor`` names: a category letter of Lampiran V Langkah 3, or
    a positive number up to 99.99 (plain or with a decimal comma)."""
    raw = text.strip().lower()
    for letter, factor in GEO_CATEGORIES:
        if raw == letter:
            return float(factor)
    try:
        value = float(raw.replace(",", "."))
    except ValueError:
        value = -1.0
    if not 0 < value < 100:
        raise InvalidValueError("pemetaan.geo_factor", value=text.strip()[:40])
    return round(value, 3)


def geo_category(factor: float) -> str:
    """The letters of the categories of Langkah 3 with ``factor`` (``d, e, f`` for 1.4;
    empty for a factor no category has)."""
    return ", ".join(letter for letter, f in GEO_CATEGORIES if float(f) == factor)


def _num(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def register(
    command: Callable[[str, Callable[[argparse.Namespace], int]], Any],
    arg: Callable[..., None],
    t: Callable[..., str],
) -> None:
    """Add ``pemetaan`` with ``rbdesk.cli.build_parser``'s helpers."""
    p = command("pemetaan", cmd_pemetaan)
    arg(p, "plan", "file", metavar=t("cli.metavar.file"))
    arg(p, "import_values", "--import", dest="import_", metavar="VALUES.csv")
    arg(p, "pemetaan_year", "--year", type=int, metavar="YYYY")
    arg(p, "pemetaan_source", "--source", metavar=t("cli.metavar.name"))
    arg(p, "pemetaan_template", "--template", metavar="OUT.csv")
    arg(p, "force_template", "--force", action="store_true")
    island = p.add_mutually_exclusive_group()
    arg(island, "pemetaan_kepulauan", "--kepulauan", action="store_const", const=True,
        dest="kepulauan")  # fmt: skip
    arg(island, "pemetaan_daratan", "--bukan-kepulauan", action="store_const", const=False,
        dest="kepulauan")  # fmt: skip
    arg(p, "scenario", "--scenario", metavar=t("cli.metavar.name"))
    arg(p, "format", "--format", choices=["text", "json"], default="text")


def cmd_pemetaan(args: argparse.Namespace) -> int:
    from rbdesk import cli
    from rbdesk.analysis.context import build_context
    from rbdesk.analysis.engine import scores_of
    from rbdesk.analysis.opd_types import opd_types
    from rbdesk.interchange import pemetaan_csv
    from rbdesk.rules.catalogue import default_catalogue

    t = cli._t
    path = Path(args.file)
    writes = args.import_ is not None or args.year is not None or args.source is not None
    writes = writes or args.kepulauan is not None
    # year and source refused before the plan is opened
    check_data(PemetaanData({}, args.year, (args.source or "").strip()))
    template = Path(args.template) if args.template else None
    if template is not None:
        cli._check_output(template, args.force)
    if writes:
        cli._refuse_if_open(path)
    with cli._open_store(path, read_only=not writes) as store:
        region = store.region()
        data = store.pemetaan()
        if writes:
            values = data.values
            if args.import_ is not None:
                values = pemetaan_csv.read_values(args.import_, region.level.value)
            year = data.year if args.year is None else args.year
            source = data.source if args.source is None else args.source.strip()
            kepulauan = data.kepulauan if args.kepulauan is None else args.kepulauan
            store.set_pemetaan(PemetaanData(values, year, source, kepulauan=kepulauan))
            data = store.pemetaan()
        scenario = store.scenario_by_name(args.scenario) if args.scenario else (
            store.current_scenario())  # fmt: skip
        structure = store.load(scenario.id)
    if template is not None:
        write = (pemetaan_csv.write_template_xlsx if template.suffix.lower() == ".xlsx"
                 else pemetaan_csv.write_template)  # fmt: skip
        written = write(template, region.level.value, data.values, kepulauan=data.kepulauan)
        cli._note(t("cli.pemetaan.template_written", path=template, count=written))
    if args.import_ is not None:
        cli._note(t("cli.pemetaan.imported", count=len(data.values), path=args.import_))
    scores = scores_of(region, data) if data.values else None
    catalogue = default_catalogue()
    types = opd_types(build_context(structure, region, catalogue, scores)) if scores else {}
    lang = cli._lang
    urusan = [] if scores is None else list(scores.urusan)
    if args.format == "json":
        doc = {
            "region": region.name,
            "level": region.level.value,
            "scenario": scenario.name,
            "year": data.year,
            "source": data.source,
            "kepulauan": data.kepulauan,
            "faktor": region.geo_factor,
            "values": len(data.values),
            "urusan": [
                {
                    "kode": s.kode,
                    "title": s.title,
                    "umum": _num(s.umum),
                    "teknis": _num(s.teknis),
                    "jumlah": _num(s.jumlah),
                    "faktor": _num(s.faktor),
                    "skor": _num(s.skor),
                    "bentuk": s.bentuk,
                    "missing": list(s.missing),
                    "exempt": s.exempt is not None,
                }
                for s in urusan
            ],  # fmt: skip
            "opd": [
                {
                    "unit": structure.units[uid].name,
                    "kind": structure.units[uid].kind,
                    "urusan": list(o.codes),
                    "declared": o.declared,
                    "computed": o.computed,
                    "highest": o.highest,
                    "skor": _num(o.score),
                    "kode": o.kode,
                    "reason": o.reason,
                }
                for uid, o in sorted(types.items(), key=lambda x: structure.units[x[0]].sort_order)
            ],  # fmt: skip
        }
        cli._out(json.dumps(doc, indent=2, ensure_ascii=False))
        return EXIT_OK

    def n(value: Decimal | None) -> str:
        return "–" if value is None else shown_number(value, lang)

    cli._out(t("cli.pemetaan.heading", region=region.name, level=t(f"level.{region.level.value}")))
    cli._out(t("cli.pemetaan.data", year=data.year or "–", source=data.source or "–",
               factor=cli._words().number(region.geo_factor),
               category=geo_category(region.geo_factor) or "–"))  # fmt: skip
    if scores is None:
        cli._out(t("cli.pemetaan.no_values"))
        return EXIT_OK
    head = [t("cli.pemetaan.col.kode"), t("cli.pemetaan.col.umum"), t("cli.pemetaan.col.teknis"),
            t("cli.pemetaan.col.jumlah"), t("cli.pemetaan.col.faktor"),
            t("cli.pemetaan.col.skor"), t("cli.pemetaan.col.bentuk"),
            t("cli.pemetaan.col.missing")]  # fmt: skip
    rows = [
        [s.kode, n(s.umum), n(s.teknis), n(s.jumlah), n(s.faktor) + ("*" if s.exempt else ""),
         n(s.skor), s.bentuk or "–", str(len(s.missing)) if s.missing else ""]
        for s in urusan
    ]  # fmt: skip
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    cli._out()
    cli._out("  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)).rstrip())
    for row in rows:
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        cli._out("  ".join(cells).rstrip())
    if any(s.exempt for s in urusan):
        cli._out(t("cli.pemetaan.exempt_note"))
    cli._out()
    cli._out(t("cli.pemetaan.opd_heading", scenario=scenario.name))
    if not types:
        cli._out(t("cli.pemetaan.no_opd"))
    for uid, o in sorted(types.items(), key=lambda x: structure.units[x[0]].sort_order):
        computed = o.computed or t(f"cli.pemetaan.form.{o.form}")
        cli._out(t("cli.pemetaan.opd_line", name=structure.units[uid].name,
                   declared=o.declared or "–", computed=computed, score=n(o.score),
                   kode=o.kode))  # fmt: skip
    return EXIT_OK

"""``rbdesk kajian``: the planner's parts of the kajian kept in a plan (chapter texts,
place of signing, document number, year, emblem, other instruments, tunjangan rates,
reform rows, pangkat of the signatories, IKU details).

``rbdesk kajian FILE [--set KEY=TEXT ...] [--instrument TEXT ...] [--clear-instruments]
[--emblem IMAGE | --no-emblem] [--iku INDICATOR FIELD=TEXT ...] [--format text|json]``

``KEY`` is one of ``rbdesk.report.kajian.all_keys()`` (``place``, ``number``, ``year``,
``text.latar_belakang`` …, ``rate.II``, ``reform.asn.sebelum``, ``pangkat.approved``);
an empty ``TEXT`` clears it. Every value is checked before the plan is written, in one
write: a bad one is refused (exit 2) with a message naming it, and nothing changes.
Then it prints what the plan holds and the *kode dokumen* its report prints.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rbdesk.report import kajian as kj

#: The exit status, as ``rbdesk.cli`` has it.
EXIT_OK = 0


def register(
    command: Callable[[str, Callable[[argparse.Namespace], int]], Any],
    arg: Callable[..., None],
    t: Callable[..., str],
) -> None:
    """Add ``kajian`` with ``rbdesk.cli.build_parser``'s helpers."""
    p = command("kajian", cmd_kajian)
    arg(p, "plan", "file", metavar=t("cli.metavar.file"))
    arg(p, "kajian_set", "--set", action="append", default=[], metavar="KEY=TEXT")
    arg(
        p,
        "kajian_instrument",
        "--instrument",
        action="append",
        default=[],
        metavar=t("cli.metavar.text"),
    )
    arg(p, "kajian_clear_instruments", "--clear-instruments", action="store_true")
    emblem = p.add_mutually_exclusive_group()
    emblem.add_argument("--emblem", metavar="IMAGE", help=t("cli.arg.kajian_emblem"))
    emblem.add_argument("--no-emblem", action="store_true", help=t("cli.arg.kajian_no_emblem"))
    arg(
        p,
        "kajian_iku",
        "--iku",
        nargs=2,
        action="append",
        default=[],
        metavar=(t("cli.metavar.indicator"), "FIELD=TEXT"),
    )
    arg(p, "format", "--format", choices=["text", "json"], default="text")


def _pair(text: str) -> tuple[str, str]:
    from rbdesk.cli import CliError

    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise CliError("cli.kajian.pair", text=text[:80])
    return key.strip(), value


def _read_emblem(path: Path) -> bytes:
    from rbdesk.cli import CliError

    try:
        if path.stat().st_size > kj.MAX_EMBLEM:
            raise kj.KajianError(
                "kajian.emblem_size", size=path.stat().st_size, limit=kj.MAX_EMBLEM
            )
        data = path.read_bytes()
    except OSError as exc:
        raise CliError(
            "cli.kajian.emblem_unreadable", path=path, detail=exc.strerror or str(exc)
        ) from exc
    kj.check_emblem(data)
    return data


def changed(current: kj.Kajian, args: argparse.Namespace) -> kj.Kajian:
    """``current`` with the changes the options ask for; raises ``KajianError`` or
    ``CliError`` naming the first bad one."""
    from dataclasses import replace

    new = current
    for text in args.set:
        key, value = _pair(text)
        new = kj.with_value(new, key, value)
    if args.clear_instruments:
        new = replace(new, instruments=())
    if args.instrument:
        added = tuple(" ".join(t.split()) for t in args.instrument if t.strip())
        new = replace(new, instruments=new.instruments + added)
    if args.no_emblem:
        new = replace(new, emblem=None)
    elif args.emblem:
        new = replace(new, emblem=_read_emblem(Path(args.emblem)))
    for indicator, text in args.iku:
        field, value = _pair(text)
        new = kj.with_iku(new, " ".join(indicator.split()), field, value)
    kj.check(new)
    return new


def cmd_kajian(args: argparse.Namespace) -> int:
    from rbdesk import cli

    t = cli._t
    path = Path(args.file)
    writes = bool(
        args.set
        or args.instrument
        or args.clear_instruments
        or args.emblem
        or args.no_emblem
        or args.iku
    )
    if writes:
        cli._refuse_if_open(path)
    with cli._open_store(path, read_only=not writes) as store:
        current = kj.load(store)
        if writes:
            new = changed(current, args)  # everything checked before anything is written
            if new != current:
                kj.save(store, new)
            current = new
        region = store.region()
        code = kj.document_code(store.fingerprint(), current)
    if args.format == "json":
        doc = json.loads(kj.dump(current))
        doc["emblem_bytes"] = len(current.emblem) if current.emblem else 0
        doc["place_printed"] = kj.place_of(current, region)
        doc["document_code"] = code
        cli._out(json.dumps(doc, indent=2, ensure_ascii=False))
        return EXIT_OK
    words = cli._words()
    cli._out(t("cli.kajian.heading", region=region.name, code=code))
    cli._out(
        t(
            "cli.kajian.place",
            place=kj.place_of(current, region),
            own=t("cli.kajian.set") if current.place else t("cli.kajian.default"),
        )
    )
    cli._out(t("cli.kajian.number", number=current.number or "–"))
    cli._out(t("cli.kajian.year", year=current.year or "–"))
    emblem = (
        t("cli.kajian.emblem_bytes", size=words.number(len(current.emblem)))
        if (current.emblem)
        else "–"
    )
    cli._out(t("cli.kajian.emblem", emblem=emblem))
    for key in kj.TEXT_KEYS:
        text = current.text(key)
        state = (
            t("cli.kajian.text_chars", count=words.number(len(text)))
            if text
            else (t("cli.kajian.text_draft"))
        )
        cli._out(f"text.{key}: {state}")
    for level in ("I", "II", "III", "IV", "V"):
        rate = current.rates.get(level)
        cli._out(f"rate.{level}: {'–' if rate is None else words.number(rate)}")
    for aspect in kj.REFORM_ASPECTS:
        before, after = current.reform.get(aspect, ("", ""))
        cli._out(f"reform.{aspect}: {before or '–'} → {after or '–'}")
    for role, text in current.pangkat.items():
        cli._out(f"pangkat.{role}: {text}")
    cli._out(t("cli.kajian.instruments", count=words.number(len(current.instruments))))
    for number, text in enumerate(current.instruments, start=1):
        cli._out(f"  {number}. {text}")
    for indicator, fields in current.iku.items():
        cli._out(f"iku '{indicator}': " + "; ".join(f"{k}={v}" for k, v in fields.items()))
    return EXIT_OK

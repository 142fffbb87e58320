"""`tally check`, `tally trace`, `tally compare` and `tally reference`: the fact-checker's
commands. Parsed here so the main parser only hands them over (`run`)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from tui.cli.output import clean, table, value_text, write_jsonl

COMMANDS = ("check", "trace", "compare", "reference")
KIND_SHORT = {"killed": "K", "killed+wounded": "KW"}


def _parser(command: str):
    from index.model import SIDES
    from tui.cli.main import Parser

    parser = Parser(prog=f"tally {command}")
    if command == "reference":
        parser.description = ("which copy of the General Staff's daily record is in use; "
                              "`tally reference import FILE...` keeps a newer one")
        parser.add_argument("action", nargs="?", choices=("import",))
        parser.add_argument("files", nargs="*", help="russia_losses_personnel.json, "
                            "russia_losses_equipment.json (either or both) or a CSV")
        return parser
    if command == "trace":
        parser.add_argument("value", type=_value, help="the number: 500000, 500,000, 500k")
    parser.add_argument("path", nargs="?",
                        help="a folder of articles or one file (default: the sample articles)")
    parser.add_argument("--json", action="store_true", help="JSON Lines on stdout")
    if command in ("trace", "compare"):
        default = " [personnel]" if command == "compare" else ""
        parser.add_argument("--metric", default="personnel" if command == "compare" else None,
                            help="a metric or the group personnel" + default)
        parser.add_argument("--side", default="russia" if command == "compare" else None,
                            choices=SIDES, help="whose losses" + (" [russia]" if default else ""))
    if command == "compare":
        parser.add_argument("--by", choices=("month", "quarter"), default="month")
    return parser


def _value(text: str) -> int:
    import argparse

    m = re.fullmatch(r"\s*([\d,._]+)\s*([kKmM]?)\s*", text)
    if not m or not re.search(r"\d", m.group(1)):
        raise argparse.ArgumentTypeError(f"not a number: {text!r} (try 500000 or 500k)")
    number = float(re.sub(r"[,_]", "", m.group(1)) if m.group(2) else
                   re.sub(r"[,._]", "", m.group(1)))
    return int(number * {"": 1, "k": 1_000, "m": 1_000_000}[m.group(2).lower()])


def run(argv: list[str]) -> int:
    from tui.cli import main as cli

    command = argv[0]
    args = _parser(command).parse_args(argv[1:])
    if command == "reference":
        return reference(args)
    if getattr(args, "metric", None):
        from index.api import METRIC_GROUPS
        from index.model import METRICS

        if args.metric not in METRICS + tuple(METRIC_GROUPS):
            raise cli.UsageError(f"unknown metric {args.metric!r}; try one of "
                                 f"{', '.join(tuple(METRIC_GROUPS) + METRICS)}")
    root = cli._root(args.path)
    library, skipped = cli._fresh_library(root)
    code = {"check": check, "trace": trace, "compare": compare}[command](library, args)
    sys.stdout.flush()
    cli._note_skipped(root, skipped)
    return code


def reference(args) -> int:
    from index.checking.importing import import_files
    from index.checking.record import RecordError, load_record, record_path
    from tui.cli.main import UsageError

    if args.action == "import":
        if not args.files:
            raise UsageError("reference import needs a file: russia_losses_personnel.json, "
                             "russia_losses_equipment.json or a CSV")
        missing = [f for f in args.files if not Path(f).is_file()]
        if missing:
            raise UsageError(f"no such file: {missing[0]}; check the path")
        try:
            record = import_files([Path(f) for f in args.files])
        except RecordError as err:
            raise UsageError(f"{err}; nothing imported") from None
        sys.stdout.write(f"imported: {len(record.dates)} bulletins, {record.first} to "
                         f"{record.last}, kept in {record.path}\n"
                         "articles indexed before keep their dates; "
                         "`tally index PATH --rebuild` dates them again\n")
        return 0
    if args.files:
        raise UsageError("files are for `tally reference import FILE...`")
    path, imported = record_path()
    record = load_record()
    which = ("imported copy" if record.imported else
             "shipped copy" + (" (the imported one could not be read)" if imported else ""))
    sys.stdout.write(f"{which}: {record.path}\n{len(record.dates)} bulletins, {record.first} "
                     f"to {record.last}\nGeneral Staff of the Armed Forces of Ukraine, "
                     "via PetroIvaniuk/2022-Ukraine-Russia-War-Dataset (MIT)\n")
    return 0


def _figure_json(f, c) -> dict:
    from tui.cli.commands import FIGURE_KEYS

    return {k: getattr(f, k) for k in FIGURE_KEYS} | {"check": c.as_json() if c else None}


def check(library, args) -> int:
    figs = library.figures()
    checks = library.checks(figs)
    flagged = [(f, c) for f, c in zip(figs, checks) if c and c.status != "match"]
    if args.json:
        write_jsonl(_figure_json(f, c) for f, c in flagged)
        return 0
    counts = {s: sum(1 for c in checks if c and c.status == s) for s in ("match", "differs",
                                                                       "none")}
    for status, head in (("differs", "differs from the bulletin"),
                         ("none", "no bulletin has it")):
        rows = [(f, c) for f, c in flagged if c.status == status]
        if not rows:
            continue
        sys.stdout.write(f"{head} ({len(rows)}):\n")
        for f, c in rows:
            when = f.as_of or (f"~{f.as_of_estimate}" if f.as_of_estimate else "undated")
            said = f"; {c.describe()}" if status == "differs" else ""
            sys.stdout.write(f"  {clean(f.file)}  {when}  {value_text(f.value, f.upper, f.approx)}"
                             f" {f.metric} ({f.kind}){said}\n    “{clean(f.sentence)}”\n")
    sys.stdout.write(f"{sum(counts.values())} General Staff figures checked: {counts['match']} "
                     f"match, {counts['differs']} differ, {counts['none']} with no bulletin\n")
    return 0


def trace(library, args) -> int:
    from index.checking.trace import ROLES

    steps = library.trace(args.value, metric=args.metric, side=args.side)
    if args.json:
        write_jsonl({"date": s.date, "estimated": s.estimated, "role": s.role,
                     "claimant": s.figure.claimant, "outlet": s.outlet,
                     "value": s.figure.value, "approx": s.figure.approx,
                     "metric": s.figure.metric, "side": s.figure.side, "file": s.figure.file,
                     "start": s.figure.start, "sentence": s.figure.sentence} for s in steps)
        return 0
    if not steps:
        sys.stderr.write(f"tally: note: no claim of {args.value:,} (within 1 %) in this "
                         "library\n")
        return 0
    table(["date", "value", "who", "", "counts", "side", "article"],
          [[(f"~{s.date}" if s.estimated else s.date) if s.date else "undated",
            value_text(s.figure.value, s.figure.upper, s.figure.approx), s.source,
            ROLES[s.role], s.figure.metric, s.figure.side or "",
            s.figure.file + (f" ({s.outlet})" if s.outlet else "")] for s in steps])
    return 0


def compare(library, args) -> int:
    t = library.compare(metric=args.metric, side=args.side, by=args.by)
    if args.json:
        rows = [{"claimant": name, "cells": {p: {
            "value": c.figure.value, "approx": c.figure.approx, "kind": c.kind,
            "metric": c.figure.metric, "date": c.date, "differs": c.differs,
            "file": c.figure.file, "start": c.figure.start} for p, c in cells.items()}}
            for name, cells in t.rows]
        rows.append({"claimant": None, "official": {p: {"bulletin": d, "value": v}
                                                   for p, (d, v) in t.official.items()}})
        write_jsonl(rows)
        return 0
    if not t.rows:
        sys.stderr.write(f"tally: note: no cumulative {args.metric} claims for side "
                         f"{args.side}\n")
        return 0
    from index.checking.compare import OFFICIAL

    body = [[name] + [_cell(cells.get(p)) for p in t.periods] for name, cells in t.rows]
    if t.official:
        body.append([OFFICIAL] + [f"{t.official[p][1]:,}" if p in t.official else ""
                                  for p in t.periods])
    table(["claimant"] + t.periods, body)
    sys.stdout.write("K killed, KW killed and wounded; ≠ more than a quarter from a claimant "
                     "of the same kind\n")
    return 0


def _cell(c) -> str:
    if c is None:
        return ""
    mark = "≠" if c.differs else ""
    return (f"{'~' if c.figure.approx else ''}{c.figure.value:,} "
            f"{KIND_SHORT.get(c.kind, c.kind)}{mark}")

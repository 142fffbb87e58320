"""`python -m bench make|run|profile|floor`: build a corpus, measure tally on one, profile one
slow path, or split a search's cost into its parts (see README.md)."""

from __future__ import annotations

import argparse
import json
import shlex
import signal
import sys
from pathlib import Path

SIZES = (1000, 10000, 100000)


def _size(text: str) -> int:
    value = int(text.lower().replace("k", "000").replace(",", "").replace("_", ""))
    if value < 1:
        raise argparse.ArgumentTypeError("size must be at least 1")
    return value


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["probe"]:  # internal: one measurement inside its own process
        from bench.probe import main as probe_main

        return probe_main(argv[1:])
    from bench.run import default_base

    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("make", help="write a corpus of SIZE articles into OUT")
    make.add_argument("--size", type=_size, required=True, help="1000, 10000, 100000 (or 10k)")
    make.add_argument("--out", type=Path, help=f"default: {default_base()}/corpus-SIZE")
    make.add_argument("--seed", type=int, default=4)
    run = sub.add_parser("run", help="measure tally on a corpus of SIZE articles")
    run.add_argument("--size", type=_size, required=True)
    run.add_argument("--repeat", type=int, default=3, help="full index runs (default 3)")
    run.add_argument("--base", type=Path, default=default_base(),
                     help="folder for corpora and scratch caches (outside the repository)")
    run.add_argument("--no-readme", action="store_true", help="print only; leave README.md")
    run.add_argument("--json", type=Path, help="also write the raw measurements here")
    prof = sub.add_parser("profile", help="cProfile one slow path and print the top functions")
    prof.add_argument("--size", type=_size, required=True)
    prof.add_argument("what", help="index | unchanged | edited | query:NAME | reader")
    prof.add_argument("--base", type=Path, default=default_base())
    prof.add_argument("--top", type=int, default=25)
    floor = sub.add_parser("floor", help="what each part of a search costs (Whoosh vs tally)")
    floor.add_argument("--size", type=_size, required=True)
    floor.add_argument("--base", type=Path, default=default_base())
    args = parser.parse_args(argv)

    if args.command == "floor":
        from bench.floor import run as floor_run

        print(floor_run(args.size, args.base))
        return 0

    if args.command == "profile":
        from bench.profile import profile

        print(profile(args.size, args.what, args.base, args.top))
        return 0

    if args.command == "make":
        from bench.make_corpus import make_corpus

        out = args.out or default_base() / f"corpus-{args.size}"
        print(make_corpus(args.size, out, seed=args.seed))
        return 0

    from bench import report
    from bench.run import Bench

    log = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731
    # A stopped run still puts back the articles it edited or moved aside (the corpus is
    # reused by later runs): SIGTERM unwinds like Ctrl-C instead of dying on the spot.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    res = Bench(args.size, args.base, log=log).run(repeat=args.repeat)
    row = report.summarise(res)
    command = "python -m bench " + shlex.join(argv)
    if args.json:
        args.json.write_text(json.dumps(report.as_json(res), indent=1) + "\n")
    if args.no_readme:
        data = {"sizes": {str(args.size): dict(row, machine=report.machine(), command=command)}}
    else:
        data = report.record(row, command)
        report.update_readme(data)
    print(report.table(data))
    print()
    print(report.describe(data))
    return 1 if res.failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""The `tally` command: the reader, or one of the headless commands of PRODUCT.md.

Exit status: 0 on success (also when nothing matched), 2 for bad usage, a bad query or a
missing path (one line on stderr), 1 when the library is busy (another `tally index` is
writing it) or something unexpected failed (one line; TALLY_DEBUG=1 shows the traceback).
Heavy imports (Textual, Whoosh) happen only in the commands that need them.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path

from index import __version__

COMMANDS = ("index", "articles", "search", "figures", "timeline")


class UsageError(Exception):
    """Bad usage: one line on stderr, exit 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not argparse's usage block
        raise UsageError(f"{message}; try '{self.prog} --help'")


def _top_parser() -> Parser:
    parser = Parser(
        prog="tally",
        description="A terminal reader for news reporting on war losses: every figure an "
                    "article claims, who claims it, and when.",
        epilog="commands:\n"
               "  tally [PATH]                       open the reader (default: the sample articles)\n"
               "  tally index PATH [--rebuild]       build or update the index\n"
               "  tally articles [PATH] [--json]     list the articles\n"
               "  tally search QUERY [PATH] [--json] [--limit N]\n"
               "  tally figures [PATH] [--json|--csv] [--metric M] [--side S] [--claimant C]\n"
               "  tally timeline [PATH] [--metric M] [--side S] [--by claimant|outlet] [--json]\n"
               "  tally check [PATH] | trace VALUE [PATH] | compare [PATH] [--by month|quarter]\n"
               "  tally reference [import FILE...]   the General Staff's record in use\n"
               "\nRun 'tally COMMAND --help' for a command's options. The index lives in the "
               "user's cache folder (TALLY_CACHE_DIR overrides it); tally never writes into the "
               "corpus.\nExit status: 0 ok (also when nothing matched), 2 bad usage, query or "
               "path, 1 busy or failed.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("path", nargs="?", help="a folder of articles (recursive) or one file")
    parser.add_argument("--version", action="version", version=f"tally {__version__}")
    return parser


def _command_parser(command: str) -> Parser:
    from index.model import SIDES

    parser = Parser(prog=f"tally {command}")
    if command == "search":
        parser.add_argument("query", help="Whoosh query: words, \"phrases\", word~, pre*, "
                            "AND OR NOT, fields title: body: outlet: claimant: metric: side: "
                            "published: value:")
    path_nargs = "?"
    parser.add_argument("path", nargs=path_nargs,
                        help="a folder of articles or one file (default: the sample articles)")
    if command == "index":
        parser.add_argument("--rebuild", action="store_true",
                            help="forget the index and read every file again")
        return parser
    formats = parser.add_mutually_exclusive_group()  # one format on stdout, not a mix
    formats.add_argument("--json", action="store_true", help="JSON Lines on stdout")
    if command == "search":
        parser.add_argument("--limit", type=_positive, default=20, help="hits to show (20)")
    if command == "figures":
        formats.add_argument("--csv", action="store_true", help="CSV with a header on stdout")
    if command in ("figures", "timeline"):
        parser.add_argument("--metric", help="a metric (tanks, personnel_killed ...) or a group "
                            "(personnel)" + (" [personnel]" if command == "timeline" else ""))
        sides = ", ".join(SIDES) + (", any" if command == "timeline" else "")
        parser.add_argument("--side", help=f"whose losses: {sides}"
                            + (" [russia]" if command == "timeline" else ""))
    if command == "figures":
        parser.add_argument("--claimant", help="who claims it (any part of the name)")
    if command == "timeline":
        parser.add_argument("--by", choices=("claimant", "outlet"), default="claimant",
                            help="group the series by claimant or outlet")
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        code = _run(argv)
        sys.stdout.flush()  # a closed pipe shows here, where it is handled, not at exit
        return code
    except UsageError as err:
        _error(str(err))
        return 2
    except SystemExit as exit_:  # --help / --version
        return exit_.code if isinstance(exit_.code, int) else 0
    except KeyboardInterrupt:
        sys.stderr.write("tally: interrupted\n")
        return 130
    except BrokenPipeError:  # `tally figures | head`: quietly, status 0
        # stdout's descriptor now leads nowhere, so the flush at exit cannot fail again
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return 0
    except Exception as err:
        from index.api import LibraryBusy, LibraryUnwritable, QueryError

        if isinstance(err, QueryError):
            _error(f"bad query: {err}")
            return 2
        if isinstance(err, (LibraryBusy, LibraryUnwritable)):
            _error(str(err))
            return 1
        if os.environ.get("TALLY_DEBUG"):
            import traceback

            traceback.print_exc()
        else:
            from tui.cli.output import clean

            detail = clean(str(err).splitlines()[0] if str(err) else "")
            _error(f"{err.__class__.__name__}: {detail} (TALLY_DEBUG=1 shows the details)")
        return 1


def _error(message: str) -> None:
    from tui.cli.output import clean

    sys.stderr.write(f"tally: error: {clean(message)}\n")


def _run(argv: list[str]) -> int:
    if argv and argv[0] in ("check", "trace", "compare", "reference"):  # fact-checking
        from tui.cli import checking_commands
        return checking_commands.run(argv)
    if argv and argv[0] in COMMANDS:
        command = argv[0]
        args = _command_parser(command).parse_args(argv[1:])
    else:
        command = None
        args = _top_parser().parse_args(argv)
    root = _root(args.path)
    if command is None:
        # The reader draws a full screen and waits for keys: piped or redirected, it would
        # write escape sequences into a file and hang a script.
        if not (_tty(sys.stdout) and _tty(sys.stdin)):
            raise UsageError("the reader needs a terminal; for scripts use "
                             "`tally figures|search|articles ... --json`")
        from tui.app import TallyApp  # Textual only for the reader

        TallyApp(root).run()
        return 0
    if command == "index":
        return _index(root, args.rebuild)
    from index.model import METRICS, SIDES
    from index.api import METRIC_GROUPS

    if getattr(args, "metric", None) and args.metric not in METRICS + tuple(METRIC_GROUPS):
        raise UsageError(f"unknown metric {args.metric!r}; try one of "
                         f"{', '.join(tuple(METRIC_GROUPS) + METRICS)}")
    sides = SIDES + (("any",) if command == "timeline" else ())
    if getattr(args, "side", None) and args.side not in sides:
        raise UsageError(f"unknown side {args.side!r}; try one of {', '.join(sides)}")
    if command == "search":
        from index import query as query_mod

        query_mod.check(args.query)  # a bad query fails before any indexing work
    library, skipped = _fresh_library(root)
    from tui.cli import commands as cli_commands

    code = getattr(cli_commands, command)(library, args)
    sys.stdout.flush()
    _note_skipped(root, skipped)  # after the answer, where a reader on a terminal sees it
    return code


def _root(path: str | None) -> Path:
    if path is None:
        from index.samples import samples_dir

        return samples_dir()
    root = Path(path).expanduser()
    if not root.exists():
        raise UsageError(f"no such file or folder: {path}; check the path")
    if not (root.is_dir() or root.is_file()):
        raise UsageError(f"not a file or folder: {path}; give a folder of articles or one file")
    return root


def _fresh_library(root: Path):
    """The library, brought up to date first (quietly; progress only on a terminal), and
    the files it skipped."""
    from index.api import LibraryBusy, LibraryUnwritable
    from index.library import Library
    from tui.cli.progress import progress_printer

    library = Library(root)
    try:
        with _progress_until_done(progress_printer() if _tty(sys.stderr) else None) as shown:
            report = library.update(progress=shown)
        skipped = report.skipped
    except LibraryBusy:
        sys.stderr.write("tally: note: another `tally index` is updating this library; "
                         "showing it as it was\n")
        skipped = library.skipped()
    except LibraryUnwritable as err:  # a full or read-only cache: the index as it is
        sys.stderr.write(f"tally: note: {err}; showing it as it was\n")
        skipped = library.skipped()
    else:
        for message in report.messages:
            _note(message)
    return library, skipped


@contextlib.contextmanager
def _progress_until_done(progress):
    """`progress`, told "done" however the update ends: a failed update must not leave a bar
    on the terminal, or one that appears after the error."""
    from index.api import Progress

    try:
        yield progress
    finally:
        if progress is not None:
            progress(Progress(0, 0, "", "done"))


def _note_skipped(root: Path, skipped) -> None:
    """Skipped files on stderr, so an empty or short answer is never silently incomplete:
    for one file its reason, for a folder the count and the command that lists them."""
    if not skipped:
        return
    if root.is_file():
        for skip in skipped:
            _note(f"skipped {skip.file}: {skip.reason}")
        return
    import shlex

    from tui.render import count

    _note(f"{count(len(skipped), 'file')} skipped; `tally index {shlex.quote(str(root))}` lists them")


def _note(message: str) -> None:
    from tui.cli.output import clean

    sys.stderr.write(f"tally: note: {clean(message)}\n")


def _tty(stream) -> bool:
    from tui.cli.output import is_tty

    return is_tty(stream)


def _index(root: Path, rebuild: bool) -> int:
    from tui.cli.progress import progress_printer
    from index.library import Library
    from tui.cli.output import clean

    library = Library(root)
    with _progress_until_done(progress_printer()) as shown:
        report = library.update(progress=shown, rebuild=rebuild)
    # `tally figures` lists a duplicate article's figures once: say how the counts differ
    twice = sum(a.figures for a in library.articles() if a.duplicate_of) if report.duplicates else 0
    out = sys.stdout
    out.write(f"{report.added} added, {report.updated} updated, {report.removed} removed, "
              f"{report.unchanged} unchanged, {len(report.skipped)} skipped, "
              f"{len(report.duplicates)} duplicates\n")
    out.write(f"{report.articles} articles, {report.figures} figures"
              + (f" ({twice} in duplicate articles, listed once)" if twice else "")
              + f" in {report.seconds:.2f} s\n")
    if report.skipped:
        out.write(f"skipped {len(report.skipped)}:\n")
        for skip in report.skipped:
            out.write(f"  {clean(skip.file)}: {clean(skip.reason)}\n")
    if report.duplicates:
        out.write(f"duplicates {len(report.duplicates)}:\n")
        for file, original in report.duplicates:
            out.write(f"  {clean(file)}: same text as {clean(original)}\n")
    for message in report.messages:
        out.write(f"note: {clean(message)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

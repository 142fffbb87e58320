"""The `tally` command: the reader, or one of the headless commands of PRODUCT.md.

Exit status: 0 on success (also when nothing matched), 2 for bad usage, a bad query or a
missing path (one line on stderr), 1 when the library is busy (another `tally index` is
writing it) or something unexpected failed (one line; TALLY_DEBUG=1 shows the traceback).
Heavy imports (Textual, Whoosh) happen only in the commands that need them.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

from index import __version__
from tui.cli.parser import COMMANDS, EXTERNAL, Parser, UsageError, parse  # noqa: F401

log = logging.getLogger("tui.cli")
_verbose = False  # --verbose: a failure shows its traceback, as with TALLY_DEBUG=1


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
        if os.environ.get("TALLY_DEBUG") or _verbose:
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
    global _verbose
    if argv and argv[0] in EXTERNAL:  # parsed and run by their own module (fact-checking)
        from tui.cli import checking_commands
        return checking_commands.run(argv)
    args = parse(argv)
    command = args.command
    _verbose = getattr(args, "verbose", False)
    _logging(_verbose, reader=command in (None, "serve"))
    log.debug("tally %s on Python %s: %s", __version__, sys.version.split()[0], argv)
    if getattr(args, "print_completion", None):
        from tui.cli.parser import completion

        sys.stdout.write(completion(args.print_completion))
        return 0
    root = _root(args.path)
    if command is None:
        # The reader draws a full screen and waits for keys: piped or redirected, it would
        # write escape sequences into a file and hang a script. Under `tally serve` it
        # draws through Textual's web driver, whose pipes are no terminal.
        if not (_tty(sys.stdout) and _tty(sys.stdin)) and not _web_driver():
            raise UsageError("the reader needs a terminal; for scripts use "
                             "`tally figures|search|articles ... --json`")
        from tui.app import TallyApp  # Textual only for the reader

        TallyApp(root).run()
        return 0
    if command == "serve":
        from tui.cli.serve import serve

        return serve(root, args.host, args.port)
    if command == "index":
        return _index(root, args.rebuild)
    if command == "search":
        from index import query as query_mod

        query_mod.check(args.query)  # a bad query fails before any indexing work
    library, skipped = _fresh_library(root)
    from tui.cli import commands as cli_commands

    code = getattr(cli_commands, command)(library, args)
    sys.stdout.flush()
    _note_skipped(root, skipped)  # after the answer, where a reader on a terminal sees it
    return code


def _web_driver() -> bool:
    return "web_driver" in os.environ.get("TEXTUAL_DRIVER", "")


_handler: logging.Handler | None = None  # the one --verbose installed (main() can run again)


def _logging(verbose: bool, reader: bool) -> None:
    """--verbose: tally's own debug messages and others' warnings and information, on stderr;
    for the reader, whose screen stderr would spoil, in Textual's log (`textual console`)."""
    global _handler
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler = None
    for name in ("index", "tui", "tally"):
        logging.getLogger(name).setLevel(logging.DEBUG if verbose else logging.NOTSET)
    if not verbose:
        return
    if reader and not _web_driver():
        from textual.logging import TextualHandler

        _handler = TextualHandler()
    else:
        _handler = logging.StreamHandler(sys.stderr)
        _handler.setFormatter(logging.Formatter("tally: %(levelname)s: %(name)s: %(message)s"))
    root.addHandler(_handler)
    root.setLevel(logging.INFO)


def _root(path: str | None) -> Path:
    if path is None:
        from index.samples import samples_dir

        return samples_dir()
    root = Path(path).expanduser()
    if not root.exists():
        if os.sep not in path and "." not in path:  # a word, not a path: a mistyped command?
            names = ", ".join(sorted(set(COMMANDS) | set(EXTERNAL)))
            raise UsageError(f"no such command or folder: {path}; the commands are {names} "
                             "(tally --help)")
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
    log.debug("library of %s, indexed in %s", root, library.cache)
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
        log.debug("updated in %.2f s: %d added, %d updated, %d removed, %d unchanged, "
                  "%d skipped", report.seconds, report.added, report.updated, report.removed,
                  report.unchanged, len(report.skipped))
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
    log.debug("library of %s, indexed in %s", root, library.cache)
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

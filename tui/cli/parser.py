"""The `tally` command line's grammar: one argparse parser with a subparser per command.

A command is one entry in COMMANDS (its one-line summary for `tally --help`) and one function
that adds its arguments, registered with `@command`; `tui.cli.main` runs it. The same parser
gives the help, the choices of `--metric` and `--side`, and the shell completion scripts
(`tally --print-completion bash|zsh|fish`).

`tally [PATH]` (the reader) has no command word, and argparse cannot have an optional PATH
beside subcommands (it would take a folder's name for an unknown command), so `parse()`
picks: a command word first means that command's parser, anything else the reader's.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

import shtab

from index import __version__

SHELLS = ("bash", "zsh", "fish")


class UsageError(Exception):
    """Bad usage: one line on stderr, exit 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not argparse's usage block
        raise UsageError(f"{message}; try '{self.prog} --help'")


# name -> (one line for `tally --help`, adds the command's arguments to its parser)
COMMANDS: dict[str, tuple[str, Callable[[Parser], None]]] = {}


# Commands that their own module parses and runs (tui/cli/checking_commands.py: `run(argv)`,
# `_parser(name)`): main hands them over before parsing; here they are only listed in
# --help and offered by completion, with the arguments of that module's parser.
EXTERNAL: dict[str, str] = {
    "check": "General Staff figures that differ from their bulletin, or that no bulletin has",
    "trace": "every claim of a number, earliest first: who said it first, who repeated it",
    "compare": "claimants side by side per period, with the General Staff's bulletins",
    "reference": "which copy of the General Staff's daily record is in use; import a newer one",
}


def command(name: str, summary: str):
    """Register a command: `@command("trace", "every claim of a number") def _(parser): ...`"""
    def register(add_arguments: Callable[[Parser], None]):
        COMMANDS[name] = (summary, add_arguments)
        return add_arguments
    return register


DESCRIPTION = ("A terminal reader for news reporting on war losses: every figure an article "
               "claims, who claims it, and when.\n\n"
               "tally [PATH] opens the reader on a folder of articles (recursive) or one file; "
               "without PATH, on the bundled sample articles.")
EPILOG = ("Run 'tally COMMAND --help' for a command's options. The index lives in the user's "
          "cache folder (TALLY_CACHE_DIR overrides it); tally never writes into the corpus.\n"
          "Exit status: 0 ok (also when nothing matched), 2 bad usage, query or path, "
          "1 busy or failed.\n"
          "Shell completion: eval \"$(tally --print-completion bash)\" (or zsh; fish: "
          "tally --print-completion fish | source).")


def _common(parser: Parser, sub: bool = False) -> None:
    # in a command's parser no default: argparse would let it undo `tally --verbose COMMAND`
    parser.add_argument("--verbose", action="store_true",
                        default=argparse.SUPPRESS if sub else False,
                        help="log what tally does on stderr (the reader: to `textual console`), "
                             "and show a failure's traceback")


def build() -> Parser:
    """The whole grammar: top-level options and one subparser per command."""
    parser = Parser(prog="tally", description=DESCRIPTION, epilog=EPILOG,
                    usage="tally [-h] [-V] [--verbose] [PATH]\n       tally COMMAND [options]",
                    formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-V", "--version", action="version", version=f"tally {__version__}")
    parser.add_argument("--print-completion", choices=SHELLS, metavar="SHELL",
                        help="print the completion script for bash, zsh or fish")
    _common(parser)
    subparsers = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND",
                                       parser_class=Parser)
    for name, (summary, add_arguments) in COMMANDS.items():
        sub = subparsers.add_parser(name, prog=f"tally {name}", help=summary,
                                    description=summary[:1].upper()
                                    + summary[1:] + ".")
        _common(sub, sub=True)
        add_arguments(sub)
    from tui.cli import checking_commands

    for name, summary in EXTERNAL.items():
        subparsers.add_parser(name, prog=f"tally {name}", help=summary, add_help=False,
                              parents=[checking_commands._parser(name)])
    return parser


def reader() -> Parser:
    """`tally [PATH]`: the reader's own options (its help is the whole grammar's)."""
    parser = Parser(prog="tally", add_help=False)
    parser.add_argument("-h", "--help", action="store_true")
    parser.add_argument("-V", "--version", action="version", version=f"tally {__version__}")
    parser.add_argument("--print-completion", choices=SHELLS)
    _common(parser)
    _path(parser, "a folder of articles (recursive) or one file")
    parser.set_defaults(command=None)
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    words = [a for a in argv if not a.startswith("-")]
    if words and words[0] in COMMANDS:
        return build().parse_args(argv)
    args = reader().parse_args(argv)
    if args.help:
        build().parse_args(["--help"])  # prints the whole help and exits 0
    return args


def completion(shell: str) -> str:
    parser = build()
    if shell == "fish":
        return _fish(parser)
    return shtab.complete(parser, shell=shell)


def _fish(parser: Parser) -> str:
    """fish completions from the same parser (shtab writes bash, zsh and tcsh)."""
    def quote(text: str) -> str:
        return "'" + (text or "").replace("\\", "\\\\").replace("'", "\\'") + "'"

    def options(sub: argparse.ArgumentParser, condition: str) -> list[str]:
        out = []
        # argparse keeps a parser's options in _actions: unchanged since Python 3.2, and
        # what shtab reads for bash and zsh too
        for action in sub._actions:
            longs = [o[2:] for o in action.option_strings if o.startswith("--")]
            shorts = [o[1:] for o in action.option_strings if len(o) == 2]
            if not longs and not shorts:
                continue
            parts = [f"complete -c tally -n {quote(condition)}"]
            parts += [f"-l {o}" for o in longs] + [f"-s {o}" for o in shorts]
            if action.choices:
                parts.append(f"-x -a {quote(' '.join(action.choices))}")
            elif action.nargs != 0:
                parts.append("-r")
            parts.append(f"-d {quote(action.help)}")
            out.append(" ".join(parts))
        return out

    summaries = {name: summary for name, (summary, _) in COMMANDS.items()} | EXTERNAL
    names = " ".join(summaries)
    lines = ["# fish completion for tally: tally --print-completion fish | source"]
    lines += options(parser, f"not __fish_seen_subcommand_from {names}")
    for name, summary in summaries.items():
        lines.append(f"complete -c tally -f -n {quote('__fish_use_subcommand')} -a {name} "
                     f"-d {quote(summary)}")
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in subparsers.choices.items():
        lines += options(sub, f"__fish_seen_subcommand_from {name}")
    return "\n".join(lines) + "\n"


def _path(parser: Parser, help: str, nargs: str = "?") -> None:
    parser.add_argument("path", nargs=nargs, help=help).complete = shtab.FILE


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _one_of(kind: str, choices: tuple[str, ...]):
    """A type that names the valid choices when given another (argparse's own message for
    choices lists them all, without saying what the value is)."""
    def check(text: str) -> str:
        if text not in choices:
            raise argparse.ArgumentTypeError(f"unknown {kind} {text!r}; try one of "
                                             f"{', '.join(choices)}")
        return text
    return check


DEFAULT_PATH = "a folder of articles or one file (default: the sample articles)"


# The commands ------------------------------------------------------------------------------
@command("index", "build or update the index, with a progress bar; lists skipped files")
def _index(parser: Parser) -> None:
    _path(parser, DEFAULT_PATH)
    parser.add_argument("--rebuild", action="store_true",
                        help="forget the index and read every file again")


@command("articles", "one row per article: file, title, outlet, date and its source")
def _articles(parser: Parser) -> None:
    _path(parser, DEFAULT_PATH)
    parser.add_argument("--json", action="store_true", help="JSON Lines on stdout")


@command("search", "ranked hits of a query, with highlighted snippets")
def _search(parser: Parser) -> None:
    parser.add_argument("query", help="Whoosh query: words, \"phrases\", word~, pre*, "
                        "AND OR NOT, fields title: body: outlet: claimant: metric: side: "
                        "published: value:")
    _path(parser, DEFAULT_PATH)
    parser.add_argument("--json", action="store_true", help="JSON Lines on stdout")
    parser.add_argument("--limit", type=_positive, default=20, help="hits to show (20)")


@command("figures", "the extracted figures, filtered by metric, side or claimant")
def _figures(parser: Parser) -> None:
    _path(parser, DEFAULT_PATH)
    formats = parser.add_mutually_exclusive_group()  # one format on stdout, not a mix
    formats.add_argument("--json", action="store_true", help="JSON Lines on stdout")
    formats.add_argument("--csv", action="store_true", help="CSV with a header on stdout")
    _metric_and_side(parser)
    parser.add_argument("--claimant", help="who claims it (any part of the name)")


@command("timeline", "the per-source timeline of one metric and side")
def _timeline(parser: Parser) -> None:
    _path(parser, DEFAULT_PATH)
    parser.add_argument("--json", action="store_true", help="JSON Lines on stdout")
    _metric_and_side(parser, metric_default="personnel", side_default="russia", any_side=True)
    parser.add_argument("--by", choices=("claimant", "outlet"), default="claimant",
                        help="group the series by claimant or outlet")


@command("serve", "the reader in a browser (pip install 'tally-reader[web]')")
def _serve(parser: Parser) -> None:
    parser.description += (" There is no login: anyone who can reach the port can read the "
                           "whole library, so it listens on this machine (127.0.0.1) unless "
                           "--host says otherwise.")
    _path(parser, DEFAULT_PATH)
    parser.add_argument("--host", default="127.0.0.1",
                        help="the address to listen on (127.0.0.1: this machine only). "
                             "Anyone who can reach the port can read the whole library: "
                             "give another address only on a network you trust")
    parser.add_argument("--port", type=_positive, default=8000, help="the port (8000)")


def _metric_and_side(parser: Parser, metric_default: str | None = None,
                     side_default: str | None = None, any_side: bool = False) -> None:
    from index.api import METRIC_GROUPS
    from index.model import METRICS, SIDES

    metrics = tuple(METRIC_GROUPS) + METRICS
    sides = SIDES + (("any",) if any_side else ())
    default = f" [{metric_default}]" if metric_default else ""
    parser.add_argument("--metric", type=_one_of("metric", metrics), choices=metrics,
                        metavar="METRIC", help=f"what is counted: a group ("
                        f"{', '.join(METRIC_GROUPS)}) or a metric ({', '.join(METRICS)})"
                        + default)
    default = f" [{side_default}]" if side_default else ""
    parser.add_argument("--side", type=_one_of("side", sides), choices=sides, metavar="SIDE",
                        help=f"whose losses: {', '.join(sides)}{default}")

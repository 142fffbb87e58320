"""Printing for the command line: text from articles is data, never markup or escapes.

Everything printed that came from a corpus (titles, snippets, file names, claimants) goes
through `clean()`, which turns control characters (C0 and C1, ESC, DEL), bidi controls and
undecodable file-name bytes into U+FFFD, one character for one, so offsets stay valid. Tables
are built from rich Text objects, so `[bold]` in an article is printed as those characters.
"""

from __future__ import annotations

import csv
import json
import re
import sys

from rich.console import Console
from rich.table import Table
from rich.text import Text

_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_BREAKS = re.compile("[\n\t\r\u2028\u2029\x0b\x0c\x85]")


def clean(text: object, oneline: bool = True) -> str:
    """`text` made harmless for a terminal; same length as the input."""
    if text is None:
        return ""
    text = str(text)
    if oneline:
        text = _BREAKS.sub(" ", text)
    return _UNSAFE.sub("\ufffd", text)


def is_tty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # rich's own handling exits with status 1; `tally search ... | head -1` is no
        # failure: let the command line end quietly with 0, as for plain writes
        raise BrokenPipeError


def console(stream=None) -> Console:
    stream = stream or sys.stdout
    return _Console(file=stream, markup=False, highlight=False, emoji=False,
                    soft_wrap=not is_tty(stream))


def write_jsonl(rows) -> None:
    """One JSON object per line; ASCII-escaped, so no byte of an article reaches the terminal
    raw (C1 controls and bidi marks included)."""
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=True) + "\n")


# The columns of a figure, in `tally figures --csv` / `--json` and in the reader's export.
FIGURE_KEYS = ["file", "value", "upper", "approx", "metric", "side", "claimant", "kind",
               "as_of", "text", "start", "end", "sentence", "sentence_start", "sentence_end",
               "claimant_from"]  # why the claimant, when its sentence does not name it
# A spreadsheet runs a cell that starts with one of these as a formula (`=HYPERLINK(...)`,
# `=cmd|' /C calc'!A0`, `@SUM(...)`); tab and CR start one in some of them too.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_csv(header: list[str], rows, out=None) -> None:
    """Rows (dicts) as CSV on `out` (stdout by default): the one CSV writer of tally, used by
    `tally figures --csv` and the reader's export alike."""
    writer = csv.writer(out or sys.stdout, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([clean_csv(row.get(k)) for k in header])


def figure_row(fig) -> dict:
    return {k: getattr(fig, k) for k in FIGURE_KEYS}


def clean_csv(value):
    """A cell: text made harmless for a terminal and inert in a spreadsheet (a leading
    apostrophe keeps `=HYPERLINK(...)` as text); numbers as they are; None empty."""
    if isinstance(value, str):
        value = clean(value, oneline=False)
        return "'" + value if value.startswith(_FORMULA_START) else value
    return "" if value is None else value


def table(columns: list[str], rows: list[list[object]]) -> None:
    """A rich table on a terminal, tab-separated lines with a header when piped."""
    if is_tty(sys.stdout):
        tbl = Table(*columns, header_style="bold", show_lines=False, expand=False)
        for row in rows:
            tbl.add_row(*(Text(clean(v)) for v in row))
        console().print(tbl)
    else:
        sys.stdout.write("\t".join(columns) + "\n")
        for row in rows:
            sys.stdout.write("\t".join(clean(v) for v in row) + "\n")


def highlighted(snippet: str, spans: list[tuple[int, int]], tty: bool) -> Text | str:
    """The snippet with its matched terms marked by offset: styled on a terminal, between
    ** when piped (plain text a reader still sees the match in)."""
    safe = clean(snippet)
    if tty:
        text = Text(safe)
        for start, end in spans:
            text.stylize("bold reverse", start, end)
        return text
    out, last = [], 0
    for start, end in sorted(spans):
        if start < last:
            continue
        out.append(safe[last:start])
        out.append("**" + safe[start:end] + "**")
        last = end
    out.append(safe[last:])
    return "".join(out)


def value_text(value: int, upper: int | None, approx: str | None) -> str:
    text = f"{value:,}"
    if upper is not None:
        text += f"-{upper:,}"
    return f"{approx} {text}" if approx else text

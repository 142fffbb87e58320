"""Article text as styled `rich.text.Text`, built by character offsets, never by markup.

Every string that comes from an article passes through `safe()` first: control characters,
escape sequences and bidi overrides become visible one-character stand-ins, so offsets into
the article stay valid and nothing in the text can change how the terminal draws.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.style import Style
from rich.text import Text

# One stand-in per character keeps every offset valid. C0 controls show as their Unicode
# "control pictures" (ESC as ␛), DEL as ␡, C1 controls and bidi/zero-width format characters
# as the replacement character.
_TABLE = {c: chr(0x2400 + c) for c in range(0x20) if c != 0x0A}
_TABLE[0x09] = " "
_TABLE[0x7F] = "\u2421"
_TABLE.update({c: "\ufffd" for c in range(0x80, 0xA0)})
_TABLE.update({c: "\ufffd" for c in (0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0xFEFF)})
_TABLE.update({c: "\ufffd" for c in range(0x202A, 0x202F)})
_TABLE.update({c: "\ufffd" for c in range(0x2066, 0x206A)})
_ONE_LINE = dict(_TABLE)
_ONE_LINE[0x0A] = " "

# Figures are coloured by what they count; the colours are theme-neutral ANSI names so they
# read on light and dark themes alike.
METRIC_COLOURS = {
    "personnel": "red",
    "civilians": "magenta",
    "troops": "cyan",
    "deserters": "cyan",
    "other": "bright_black",
}
EQUIPMENT_COLOUR = "yellow"

HIT = Style(bgcolor="yellow", color="black", bold=True)
CURRENT_HIT = Style(bgcolor="bright_red", color="white", bold=True)
SENTENCE = Style(bgcolor="grey23")
CURRENT_FIGURE = Style(reverse=True)


def safe(text: str | None, one_line: bool = False) -> str:
    """`text` with every character that could act on the terminal replaced, same length."""
    if not text:
        return ""
    return text.translate(_ONE_LINE if one_line else _TABLE)


def count(n: int, noun: str, plural: str | None = None) -> str:
    """`1 figure`, `2 figures`, `1,000 articles`."""
    return f"{n:,} {noun if n == 1 else (plural or noun + 's')}"


def plain(text: str | None, one_line: bool = True) -> Text:
    """A Text that shows `text` literally (for list rows, table cells, titles)."""
    return Text(safe(text, one_line))


# Tables are narrow: qualifiers as signs ("over 139,000" is "> 139,000").
APPROX_SIGNS = {"over": ">", "more than": ">", "above": ">", "at least": "≥", "up to": "≤",
                "nearly": "≈", "almost": "≈", "under": "<", "less than": "<", "about": "~",
                "around": "~", "approximately": "~", "roughly": "~", "some": "~"}


def approx_value(value: int, upper: int | None, approx: str | None) -> str:
    text = f"{value:,}" + (f"–{upper:,}" if upper is not None else "")
    if not approx:
        return text
    return f"{APPROX_SIGNS.get(approx.lower(), approx)} {text}"


def metric_colour(metric: str) -> str:
    head = metric.split("_", 1)[0]
    return METRIC_COLOURS.get(head, EQUIPMENT_COLOUR)


def article_text(
    text: str,
    figures=(),
    hits: list[tuple[int, int]] = (),
    current_hit: tuple[int, int] | None = None,
    sentence: tuple[int, int] | None = None,
    current_figure: tuple[int, int] | None = None,
    styles: dict[str, Style] | None = None,
) -> Text:
    """The article body with figures, search hits and the current sentence styled.
    `styles` ("sentence", "hit", "current_hit") replaces the defaults (a theme's colours)."""
    styles = styles or {}
    out = Text(safe(text))
    if sentence:
        out.stylize(styles.get("sentence", SENTENCE), *sentence)
    for fig in figures:
        out.stylize(Style(color=metric_colour(fig.metric), underline=True, bold=True),
                    fig.start, fig.end)
    for start, end in hits:
        out.stylize(styles.get("hit", HIT), start, end)
    if current_hit:
        out.stylize(styles.get("current_hit", CURRENT_HIT), *current_hit)
    if current_figure:
        out.stylize(CURRENT_FIGURE, *current_figure)
    return out


def highlighted(text: str, spans: list[tuple[int, int]], one_line: bool = True) -> Text:
    """`text` shown literally with `spans` (offsets into it) in the hit style."""
    out = Text(safe(text, one_line))
    for start, end in spans:
        out.stylize(HIT, start, end)
    return out


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """The (start, end) character offsets of each screen line when `text` is wrapped at
    `width` cells, the same way Rich wraps (so a line index maps back to an offset).

    Rich's public `Text.wrap` gives the lines, not where they start: a line is a slice of its
    paragraph with trailing spaces dropped, and the next line starts at a word (or a fold
    inside one), so it is found right after the previous line's kept text. The same breaks
    as Rich's private `divide_line` (tests/test_app_render.py draws both ways), at ~2 ms
    for a long article, only when one opens or the pane is resized."""
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        starts = [0]
        if para:
            end = 0
            for i, line in enumerate(Text(para).wrap(_WRAP_CONSOLE, width, overflow="fold")):
                if i:
                    starts.append(max(end, para.find(line.plain, end)))
                end = starts[-1] + len(line.plain)
        bounds = [*starts, len(para)]
        lines.extend((pos + a, pos + b) for a, b in zip(bounds, bounds[1:]))
        pos += len(para) + 1
    return lines


# Text.wrap asks a console only for justification, which wrapping at "fold" does not use
_WRAP_CONSOLE = Console(file=io.StringIO(), width=80, color_system=None, legacy_windows=False)


def line_of(lines: list[tuple[int, int]], offset: int) -> int:
    """Index of the wrapped line that holds character `offset`."""
    from bisect import bisect_right

    starts = [a for a, _ in lines]
    return max(0, bisect_right(starts, offset) - 1)


def dated(date: str | None, estimate: str | None, undated: str = "undated", est: str = "") -> str:
    """A date as the screens and the command line show it: the date, else "~estimate" (an
    estimate is never shown as a date), else `undated`."""
    if date:
        return date
    return f"~{estimate}{est}" if estimate else undated

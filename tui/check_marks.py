"""The marks of checked figures, shared by the figures pane, the article text and the
dialogs: a glyph per outcome, a style for the text, the words for the detail line.

Every library call is guarded: a library without checks (an older one, a test's fake)
shows figures unmarked rather than failing.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

GLYPHS = {"match": "✓", "differs": "✗", "none": "?"}
GLYPH_STYLES = {"match": "bold green", "differs": "bold red", "none": "bold yellow"}
# In the text the number keeps its colours and gains a line: a single underline for a match,
# a double one when it differs from the bulletin, an overline when no bulletin has it (so
# the outcome is readable without colour).
TEXT_STYLES = {"match": Style(underline=True), "differs": Style(underline2=True, bold=True),
               "none": Style(overline=True)}


def checks_for(library, figures, context=None) -> dict:
    """(file, start) -> Check for the checked ones among `figures`. `context`: the other
    figures of their articles (so the library need not fetch them)."""
    method = getattr(library, "checks", None)
    if method is None or not figures:
        return {}
    try:
        checks = method(list(figures), context=list(context) if context is not None else None)
    except Exception:  # a check must never stop the reader from showing figures
        return {}
    return {(f.file, f.start): c for f, c in zip(figures, checks) if c is not None}


def glyph(check) -> Text:
    if check is None:
        return Text("")
    return Text(GLYPHS[check.status], style=GLYPH_STYLES[check.status])


def mark_text(text: Text, figures, checks: dict) -> None:
    """Add each checked figure's mark to the styled article text (offsets unchanged)."""
    for f in figures:
        check = checks.get((f.file, f.start))
        if check is not None:
            text.stylize(TEXT_STYLES[check.status], f.start, f.end)


def detail(check) -> Text:
    """" · ✓ matches the bulletin of 2024-12-17 (the article says 2024-12-16)" for the
    figure's detail line; empty when it is not checked."""
    if check is None:
        return Text("")
    line = Text(" · ")
    line.append(GLYPHS[check.status] + " " + check.describe(), style=GLYPH_STYLES[check.status])
    return line

"""The date an article gives for itself in its opening: dateline, label, or first sentence.

Kept apart from the date finder because it is a judgement on top of it: which of the dates
in the first ~600 characters is the article's own ("KYIV, Dec 16 (Reuters) -",
"Published: 2024-12-16", "On December 16, 2024, ...") and which are history it recalls
(the invasion's date, a 2003 date in an article that mentions 2014).
"""

from __future__ import annotations

import re
from datetime import date

from index.dates.mentions import DateMention, find_mentions
from index.dates.resolution import parse_iso
from index.dates.milestones import EVENTS


_OPENING_CHARS = 600
_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .'-]{1,30})?),\s+"
    r"(?P<date>[^()\n–—-]{3,30}?)\s*(?:\((?P<agency>[A-Za-z .&/-]{2,30})\))?\s*[-–—:]",
    re.MULTILINE,
)
_LABEL = re.compile(
    r"(?:^|\b)(?:Published|Updated|Posted|Date|First published|Last updated)\b:?\s*(?:on\s+)?$",
    re.IGNORECASE,
)
# What may stand beside a date on a line of its own ("Monday, 16 December 2024, 10:30 GMT").
_DATE_LINE_EXTRAS = re.compile(
    r"[\W\d_]|\b(?:[AaPp]\.?[Mm]\.?|GMT|UTC|EST|EDT|CET|CEST|BST|PST|PDT|MSK|EET|EEST"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b"
)
_ON = re.compile(r"(?:^|[\n.!?]\s*)(?:[Oo]n|[Aa]s of)\s+$")


def date_in_opening(text: str, ref: str | None = None) -> tuple[str, str] | None:
    """An explicit date the opening of an article gives for itself: a dateline
    ("KYIV, Dec 16 (Reuters) -"), a label ("Published: 2024-12-16"), a line holding only a
    date, or a sentence that opens with one ("On December 16, 2024, ..."). Returns (iso,
    the exact phrase) or None. A year-less dateline needs `ref` (or a year nearby) to
    resolve. Dates of known events (the invasion) opening a sentence are history, not the
    article's date. Never raises."""
    try:
        return _date_in_opening(text, parse_iso(ref))
    except Exception:
        return None


def _opening_window(text: str) -> str:
    """The first ~600 characters: title, byline, dateline and the first sentences."""
    return text[:_OPENING_CHARS]


def _date_in_opening(text: str, ref: date | None) -> tuple[str, str] | None:
    if not isinstance(text, str):
        return None
    window = _opening_window(text)
    year_hint = ref
    if year_hint is None:  # a year-less dateline may take the year of a date nearby
        for mention in find_mentions(window, None):
            if mention.kind == "date" and mention.iso:
                year_hint = date.fromisoformat(mention.iso)
                break
    for m in _DATELINE.finditer(window):
        dates = find_mentions(m.group("date"), year_hint)
        if dates and dates[0].kind == "date" and dates[0].iso and dates[0].phrase == m.group("date").strip():
            end = m.end("agency") + 1 if m.group("agency") else m.end("date")
            return dates[0].iso, window[m.start("city") : end]
    for mention in find_mentions(window, ref):
        if mention.kind != "date" or not mention.iso:
            continue
        before = window[: mention.start]
        line_start = before.rfind("\n") + 1
        line_end = window.find("\n", mention.end)
        line_end = len(window) if line_end < 0 else line_end
        line = window[line_start:line_end]
        label = _LABEL.search(before[line_start:])
        if label:
            return mention.iso, window[line_start + label.start() : mention.end].strip()
        only = not _DATE_LINE_EXTRAS.sub("", line.replace(mention.phrase, ""))
        if only:
            return mention.iso, mention.phrase
        on = _ON.search(before)
        at_sentence_start = on is not None or before[line_start:].strip() == ""
        if at_sentence_start and _opens_with_own_date(text, mention):
            # the phrase starts at "On"/"As of", without the previous sentence's end
            start = on.end() - len(on.group(0).lstrip("\n.!? \t")) if on else mention.start
            return mention.iso, window[start : mention.end]
    return None


def _opens_with_own_date(text: str, mention: DateMention) -> bool:
    """Whether a date opening a sentence ("On 20 March 2003, ...") is the article's own
    date rather than history: it must name its year, not be a known event's date, and the
    article must mention no later year (nobody writes in 2003 about 2014)."""
    if not re.search(r"\d{4}", mention.phrase):
        return False
    own = date.fromisoformat(mention.iso)
    if own in EVENTS.values():
        return False
    for other in find_mentions(text[:20_000], None):
        for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", other.phrase):
            if int(y) > own.year:
                return False
    return True

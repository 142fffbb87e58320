"""An undated article's date, estimated from the General Staff bulletins its figures match.

Seed 002's 500,080, 7,650 tanks and 14,786 armored vehicles all are the bulletin of
2024-05-25, so the article is dated ~2024-05-25 "from 500,080 = the bulletin of 2024-05-25".
Only figures that place the article within a week count (a tight match: "500,080", "over
139,000"); "over 500,000" or "27 ships" fit months of bulletins and only must not disagree.
The tight figures must agree on a bulletin (a lone misquote is outvoted by two others), or
nothing is estimated.

Applied after extraction, before the catalog is written (`date_undated`), so every reader of
the library (figures, timeline, the article's date line) sees the estimate.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from index.checking.checks import (TIGHT_DAYS, allowed, checkable, near_general_staff,
                                   span_days)
from index.checking.record import Record, RecordError, load_record
from index.model import Article, Figure

PREFIX = "estimate: "


def estimate(figures: list[Figure], record: Record) -> tuple[str, str] | None:
    """(bulletin date, reason) the article's checkable figures agree on, else None."""
    near = near_general_staff(figures)
    tight = []
    for f in figures:
        if not checkable(f, (f.file, f.start) in near):
            continue
        lo, hi = allowed(f.value, f.upper, f.approx, f.text)
        found = record.allowing(f.metric, lo, hi, f.kind == "daily")
        if found and span_days(record, found) <= TIGHT_DAYS:
            tight.append((f, found))  # no bulletin, or a loose match, places nothing
    votes = Counter(i for _, found in tight for i in found)
    if not votes:
        return None
    day = min(votes, key=lambda i: (-votes[i], i))
    agree = [(f, found) for f, found in tight if day in found]
    against = len(tight) - len(agree)
    # one figure alone only when nothing contradicts it; a misquote ("350 planes" beside
    # six figures of one bulletin) is outvoted, a split article is not dated
    if against and (len(agree) < 2 or len(agree) < 2 * against):
        return None
    fig, found = min(agree, key=lambda r: (len(r[1]), r[0].start))  # the most specific
    what = _value(fig)
    if len(found) == 1:
        why = f"{what} = the bulletin of {record.dates[day]}"
    else:
        why = (f"{what} = the bulletins of {record.dates[found[0]]} to "
               f"{record.dates[found[-1]]}")
    if len(agree) > 1:
        why += f", with {len(agree) - 1} more figure{'s' if len(agree) > 2 else ''}"
    return record.dates[day], why


def _value(f: Figure) -> str:
    text = f"{f.value:,}"
    if f.metric.startswith("personnel"):
        return (f"{f.approx} " if f.approx else "") + text
    return (f"{f.approx} " if f.approx else "") + f"{text} {f.metric.replace('_', ' ')}"


def date_undated(articles: Iterable[Article], record: Record | None = None) -> int:
    """Give each undated article (and its undated figures) the date its bulletins agree on;
    the number of articles dated. A missing or damaged record dates nothing."""
    dated = 0
    for art in articles:
        if art.published or not art.figures:
            continue
        if record is None:  # read only when an article needs it: most updates date nothing
            try:
                record = load_record()
            except RecordError:
                return 0
        found = estimate(art.figures, record)
        if found is None:
            continue
        day, why = found
        art.published_estimate = day
        for f in art.figures:
            if f.as_of is None:
                f.as_of_estimate, f.as_of_from = day, PREFIX + why
        dated += 1
    return dated

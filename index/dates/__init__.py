"""Dates in article text and file names, resolved to ISO dates: the public face.

Callers import from here; the work is spread over modules named for what they hold:
`date_patterns` (the regexes and month tables), `date_resolution` (phrase to ISO date
against `ref`), `date_mentions` (the finder), `opening_dates`, `file_dates` and
`milestones` (the war's events and `estimate_from_text`).

Why hand-written patterns and not a date library: python-dateutil parses a date string well
but knows no relative phrases, and its fuzzy parser over-matches inside sentences (it turns
"765,110 troops since 2022" into a date); dateparser is not a dependency and its
`search_dates` misreads dates inside sentences and is slow. Neither knows that "since
February 24, 2022" starts a counting period, or what "the war's first anniversary" means.
dateutil's `relativedelta` does the calendar arithmetic here.

Choices a caller should know:
- A `DateMention.iso` for a period ("December 2024", "last month", "2023") is the period's
  last day, clipped to `ref` when the period is still running (a figure "in January" in an
  article of January 20 is valid as of January 20); `first` is the period's first day.
- A month-day without a year ("on December 16", "Dec. 16") is its latest occurrence no
  more than 60 days after `ref` (articles announce coming events: "exercises last until
  February 20"); a month alone is this year's up to `ref`'s month, the coming one if it is
  the next month, else last year's; "since ..." is never after `ref`. "February 24 last
  year" and "in February this year" say their year in words. Without `ref`, relative
  phrases and year-less dates have `iso` None.
- "since ..." is kind "since": the start of a counting period, never the date of a claim.
- Every function here never raises: bad input gives no mention or None.
"""

from __future__ import annotations

from index.dates.mentions import DateMention, find_mentions
from index.dates.resolution import parse_iso
from index.dates.file_names import date_from_filename
from index.dates.milestones import EVENTS, WAR_START, estimate_from_text
from index.dates.opening import date_in_opening

__all__ = [
    "EVENTS", "WAR_START", "DateMention", "date_from_filename", "date_in_opening",
    "estimate_from_text", "find_dates",
]


def find_dates(text: str, ref: str | None = None) -> list[DateMention]:
    """Every date mention in `text`, in text order, resolved against `ref` (an ISO date,
    usually the article's published date). Never raises."""
    try:
        return find_mentions(text, parse_iso(ref))
    except Exception:  # a date we cannot read must never cost the article its figures
        return []

"""From cleaned text and metadata to an `Article`: the rules every reader shares.

A text file, an HTML page and a JSON record each find a title, a body and some metadata
their own way; what an article's title is (its first line, without Markdown marks), how the
title joins the text so offsets still count in `text`, and where `published` comes from
(metadata first, then the file name; the text's own date is extraction's job) are decided
here once, so the three kinds of file cannot drift apart.
"""

from __future__ import annotations

import re
from datetime import datetime

from index.reading.cleaning import clean_text, has_word
from index.dates import date_from_filename, find_dates
from index.model import Article

TITLE_MAX = 300  # characters kept in the `title` field (the text keeps the whole line)
_VIDEO_LABEL = re.compile(r"^(?:(?:see|watch|view|play)(?: the)? video|video)\b[:.\s]*(?=\S)(?:video\s+)?", re.I)


def title_of(text: str) -> str:
    """The title a text gives itself: its first line, without Markdown heading or bold
    marks or a video label before the headline, cut to TITLE_MAX characters."""
    first = text.split("\n", 1)[0].replace("\t", " ").strip()
    first = re.sub(r"^#{1,6}\s+", "", first)  # a Markdown heading's marks
    first = re.sub(r"^(\*\*|__)(.+)\1$", r"\2", first).strip()
    # a video player's label glued to the headline ("See the video Putin's ...", "VIEW VIDEO ...")
    first = _VIDEO_LABEL.sub("", first) or first
    return first if len(first) <= TITLE_MAX else first[: TITLE_MAX - 1].rstrip() + "…"


def with_title(title: str | None, body: str) -> str:
    """The text with the title as its first line (unless the body already opens with it)."""
    title = clean_text(title or "").replace("\n", " ").strip()
    if not title:
        return body
    if body and title_of(body).casefold() == title.casefold():
        return body
    return f"{title}\n\n{body}" if body else title


_D1, _D2 = datetime(1, 1, 1), datetime(2, 2, 2)


def normalise_date(value) -> str | None:
    """An ISO date from a metadata value ("2024-12-16T10:00:00Z", "Mon, 16 Dec 2024",
    "16 December 2024"), or None. A value that does not give year, month and day is no
    date (dateutil would fill the gaps from today)."""
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        return None
    from dateutil import parser

    value = value.strip()
    if len(value) >= 10:
        try:
            return _plausible(parser.isoparse(value).date().isoformat())
        except (ValueError, OverflowError):
            pass
    try:
        dayfirst = re.match(r"\d{1,2}\.\d{1,2}\.\d{4}", value) is not None  # 16.12.2024
        a = parser.parse(value, default=_D1, dayfirst=dayfirst)
        b = parser.parse(value, default=_D2, dayfirst=dayfirst)
        if (a.year, a.month, a.day) == (b.year, b.month, b.day):
            return _plausible(a.date().isoformat())
    except (ValueError, OverflowError, TypeError):
        pass
    # "Updated: Dec. 16, 2024 at 10:00 GMT": a full date inside a longer phrase
    for mention in find_dates(value):
        if mention.kind == "date" and mention.iso and re.search(r"\d{4}", mention.phrase):
            return mention.iso
    return None


def _plausible(iso: str) -> str | None:
    return iso if "1990" <= iso[:4] <= "2100" else None


def build_article(rel: str, text: str, meta: dict, name: str) -> Article | None:
    """The `Article` for cleaned `text` read from file `name`, or None when the text holds
    no letter or digit."""
    if not text or not has_word(text):
        return None
    published = normalise_date(meta.get("published"))
    published_from = "metadata" if published else None
    if not published:
        published = date_from_filename(name)
        published_from = "filename" if published else None
    outlet = meta.get("outlet") if isinstance(meta.get("outlet"), str) else None
    url = meta.get("url") if isinstance(meta.get("url"), str) else None
    return Article(
        file=rel,
        title=title_of(text),
        text=text,
        outlet=clean_text(outlet)[:200] or None if outlet else None,
        url=clean_text(url)[:2000] or None if url else None,
        published=published,
        published_from=published_from,
        words=len(text.split()),
    )

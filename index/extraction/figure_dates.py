"""As of when a figure is valid: a date in its sentence, then in its paragraph, then a relative
phrase, then the article's date; a date that starts a counting period ("since February 24")
never dates a claim."""

from __future__ import annotations

import re

from index.dates import date_in_opening, estimate_from_text, find_dates
from index.model import Article, Figure, Sentence

# A date right after these starts a period or names an event; it does not date a claim:
# "since the beginning of the full-scale invasion on February 24, 2022", "that began on May 10".
_EVENT_BEFORE_RE = re.compile(
    r"\b(?:since|began|begun|begin|beginning|start(?:ed|ing)?|launch(?:ed|ing)?|invasion|invaded"
    r"|from|between|after|until|till|before)\b[^.;]{0,40}$"
    # "a decree signed by Putin in December": the date of another act, not of the count
    r"|\b(?:signed|adopted|passed|approved|enacted|ratified|issued)\b[^.;,]{0,30}$",
    re.I,
)
# Before a relative date ("last year", "on Saturday") only a start of counting or of the war
# takes it from the claim: "attacks by Russian forces on Tuesday" still dates the count.
_SINCE_BEFORE_RE = re.compile(
    r"\b(?:since|began|begun|start(?:ed|ing)?|launch(?:ed|ing)?|invaded)\b[^.;,]{0,40}$", re.I)
# A year after these dates what is counted ("At the end of 2022, 11.6 million ...").
_YEAR_DATES_RE = re.compile(
    r"\b(?:in|during|throughout|as\s+of|by|(?:at|by|to|until)\s+the\s+end\s+of|end\s+of|end-)\s*$", re.I)


class Dates:
    """Dates of each paragraph, found once (offsets into the article text)."""

    def __init__(self, text: str, sentences: list[Sentence], ref: str | None):
        self.text, self.ref = text, ref
        self.bounds: dict[int, tuple[int, int]] = {}
        for s in sentences:
            a, b = self.bounds.get(s.paragraph, (s.start, s.end))
            self.bounds[s.paragraph] = (min(a, s.start), max(b, s.end))
        self.cache: dict[int, list] = {}
        self.since: dict[int, list[int]] = {}  # where a counting period starts, per paragraph

    def of_paragraph(self, p: int) -> list[tuple[int, int, str, str, str]]:
        if p not in self.cache:
            a, b = self.bounds.get(p, (0, 0))
            out = []
            try:
                chunk = self.text[a:b]
                since = self.since.setdefault(p, [])
                for d in find_dates(chunk, self.ref):
                    if d.kind == "since":
                        since.append(a + d.start)
                    if not d.iso or d.kind in ("since", "range"):
                        continue
                    if d.kind == "year" and not _YEAR_DATES_RE.search(chunk[max(0, d.start - 20):d.start]):
                        continue  # "Russia's 2022 losses", "the 2014 annexation": no date of a claim
                    if (_EVENT_BEFORE_RE if d.kind != "relative" else _SINCE_BEFORE_RE).search(
                            chunk[max(0, d.start - 60):d.start]):
                        # "since autumn last year", "since Russia launched its invasion last
                        # year": where a count starts, never the date of the count
                        if re.search(r"(?i)\bsince\b[^.;,]*$", chunk[max(0, d.start - 60):d.start]):
                            since.append(a + d.start)
                        continue
                    out.append((a + d.start, a + d.end, d.iso, d.phrase, d.kind))
            except Exception:
                out = []
            self.cache[p] = out
        return self.cache[p]


TOPIC_SHIFT_RE = re.compile(r"\W*(?:Meanwhile|Separately|Elsewhere|In\s+other\s+news|Also|In\s+addition"
                             r"|Earlier|Later|Previously|At\s+the\s+same\s+time)\b")
# a sentence that turns to another event or an earlier one: "Separately, ...", "... also in the
# Donetsk region", "The attack came one day after Russian drones killed nine people in Sumy"
OTHER_EVENT_RE = re.compile(r"^\W*(?:Meanwhile|Separately|Elsewhere|In\s+other\s+news|Earlier|Previously)\b"
                            r"|\balso\s+in\s+the\b|\b(?:one|a|two|three|several|few)\s+(?:days?|weeks?)\s+(?:after|before)\b", re.I)


def valid_as_of(dates: Dates, s: Sentence, at: int, published: str | None) -> tuple[str | None, str | None]:
    found = dates.of_paragraph(s.paragraph)
    inside = [d for d in found if s.start <= d[0] < s.end]
    if any(s.start <= x < s.end for x in dates.since.get(s.paragraph, ())):
        # a count "since" some time runs up to when it is told: no date of another sentence
        # dates it, only one of its own ("in remarks published Saturday")
        found = inside
    elif TOPIC_SHIFT_RE.match(dates.text, s.start, s.end):
        found = inside  # "Meanwhile, ...": another matter than the dated sentence before it
    else:
        # a date written after the figure's sentence tells of what came next, not of the figure
        found = [d for d in found if d[0] < s.end]
    for pool, label in (
        ([d for d in inside if d[4] != "relative"], "sentence"),
        # a year alone dates only its own sentence ("In 2014, 298 people died")
        ([d for d in found if d[4] not in ("relative", "year") and d not in inside], "paragraph"),
        ([d for d in inside if d[4] == "relative"], None),
        ([d for d in found if d[4] == "relative"], None),
    ):
        if pool:
            d = min(pool, key=lambda d: abs(d[0] - at))
            return d[2], label or f"relative: {d[3]}"
    if published:
        return published, "published"
    return None, None


def estimated_as_of(figs: list[Figure], estimate: str, phrase: str | None) -> None:
    """An undated article's figures that nothing else dates take the date its text suggests."""
    for f in figs:
        if f.as_of is None:
            f.as_of_estimate = estimate
            f.as_of_from = "estimate: " + (phrase or "the article's text")


def published_from_text(article: Article) -> str | None:
    """When loading found no published date: set it from an explicit date in the text's opening,
    or else set `published_estimate`; returns the phrase an estimate rests on, if any."""
    if article.published is not None:
        return None
    try:
        found = date_in_opening(article.text or "")
        if found:
            article.published, phrase = found
            article.published_from = f'text: "{phrase}"'
            return None
        est = estimate_from_text(article.text or "")
        if est:
            article.published_estimate, phrase = est
            return phrase
    except Exception:  # a date is a help, never a reason to lose the article
        pass
    return None

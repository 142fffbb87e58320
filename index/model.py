"""The records tally passes between loading, extraction, the index and the screens.

Plain dataclasses: the command line serialises them to JSON (`as_json`), the reader shows
them, and nothing here knows how they were found or how they are stored.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

METRICS = (
    "personnel_killed",
    "personnel_casualties",
    "personnel_wounded",
    "personnel_missing",
    "personnel_captured",
    "deserters",
    "troops_deployed",
    "tanks",
    "armored_vehicles",
    "artillery",
    "mlrs",
    "air_defense",
    "aircraft",
    "helicopters",
    "drones",
    "cruise_missiles",
    "ships",
    "submarines",
    "vehicles",
    "special_equipment",
    "civilians_killed",
    "civilians_wounded",
    "civilians_displaced",
    "other",
)
SIDES = ("russia", "ukraine", "both")
KINDS = ("cumulative", "daily", "period", "rate", "other")


@dataclass(slots=True)
class Sentence:
    """A sentence as character offsets into the article text (`text[start:end]`)."""

    start: int
    end: int
    paragraph: int  # index of the paragraph (block of text between blank lines / line breaks)


@dataclass(slots=True)
class Figure:
    """One figure an article claims. Field meanings: PRODUCT.md, "Figure object"."""

    file: str
    value: int
    upper: int | None
    approx: str | None
    metric: str
    side: str | None
    claimant: str | None
    kind: str
    as_of: str | None  # ISO date the text supports, else None
    text: str  # == article_text[start:end]
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    # A date the text only lets us estimate ("ahead of the war's first anniversary"):
    # shown as an estimate, never passed off as `as_of`.
    as_of_estimate: str | None = None
    as_of_from: str | None = None  # why tally believes as_of / the estimate
    # why tally names this claimant when its sentence does not ("refers back: the think tank",
    # "the article's other figures", "the outlet's own count"); None: the sentence names it
    claimant_from: str | None = None

    def as_json(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class Article:
    """An article as tally shows it. `text` is the cleaned text every offset counts in;
    its first line is the title."""

    file: str  # path relative to the corpus root, "/"-separated
    title: str
    text: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date
    published_from: str | None = None  # "metadata", "filename", 'text: "On December 16, 2024"'
    published_estimate: str | None = None  # ISO date estimated from the text, when unpublished
    words: int = 0
    sentences: list[Sentence] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    duplicate_of: str | None = None  # same text as an earlier file

    def as_json(self) -> dict:
        return {
            "file": self.file,
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published,
            "published_from": self.published_from,
            "words": self.words,
            "figures": len(self.figures),
        }


@dataclass(slots=True, frozen=True)
class Skip:
    """A file tally could not read, and why (shown by `tally index` and in the reader)."""

    file: str
    reason: str

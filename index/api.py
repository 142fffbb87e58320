"""The interface the reader and the command line use. Implemented in `index.library`.

Kept as a separate module so the screens can be written (and faked in tests) against it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Protocol

from index.model import Article, Figure, Skip


class QueryError(ValueError):
    """A query that cannot be parsed. `str(err)` is a one-line message that points at the
    problem and says how to fix it; `position` is the character it points at, if known."""

    def __init__(self, message: str, position: int | None = None):
        super().__init__(message)
        self.position = position


class LibraryBusy(RuntimeError):
    """Another process is writing this library's index."""


class LibraryUnwritable(RuntimeError):
    """The library could not be updated because its cache folder cannot be written (full,
    read-only, not permitted). `str(err)` says why and what to do in one line; the index as
    it was stays readable, and read commands answer from it."""


@dataclass(slots=True)
class Progress:
    """Reported while indexing: `done` of `total` files, the file just handled."""

    done: int
    total: int
    file: str = ""
    phase: str = "extract"  # "scan", "extract", "write", "done"


@dataclass(slots=True)
class UpdateReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: list[Skip] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, duplicate_of)
    articles: int = 0
    figures: int = 0
    seconds: float = 0.0
    messages: list[str] = field(default_factory=list)  # e.g. "recovered a stale lock"


@dataclass(slots=True)
class ArticleSummary:
    """One row of the article list: everything but the text."""

    file: str
    title: str
    outlet: str | None
    url: str | None
    published: str | None
    published_from: str | None
    published_estimate: str | None
    words: int
    figures: int
    duplicate_of: str | None = None


@dataclass(slots=True)
class Hit:
    file: str
    title: str
    score: float
    snippet: str  # plain text; matched terms are given by `snippet_hits`, never markup
    snippet_hits: list[tuple[int, int]]  # offsets into `snippet`
    hits: list[tuple[int, int]]  # offsets into the article text


@dataclass(slots=True)
class SearchResult:
    query: str
    total: int  # all matching articles, not only those returned
    hits: list[Hit]
    # False when a time budget ran out first: `hits` are the best of the articles looked at
    # and `total` counts only those (a search with no budget always completes)
    complete: bool = True


@dataclass(slots=True)
class TimelinePoint:
    as_of: str | None  # the figure's as_of, else its estimate (then `estimated` is True)
    estimated: bool
    value: int
    upper: int | None
    approx: str | None
    kind: str
    metric: str  # a group metric ("personnel") keeps each point's own metric visible
    claimant: str | None
    outlet: str | None
    file: str
    start: int
    end: int
    sentence: str


# Articles call the same General Staff total "losses", "deaths" or "casualties": the default
# timeline groups those so one claimant's series is not split by an outlet's wording.
METRIC_GROUPS = {"personnel": ("personnel_casualties", "personnel_killed")}


@dataclass(slots=True)
class Series:
    metric: str
    side: str | None
    by: str  # "claimant" | "outlet"
    source: str
    kind: str  # series never mix kinds (cumulative vs daily ...)
    points: list[TimelinePoint]


ProgressCallback = Callable[[Progress], None]


class LibraryAPI(Protocol):
    root: object  # pathlib.Path of the corpus (a folder or a single file)

    def update(
        self,
        progress: ProgressCallback | None = None,
        cancelled: Callable[[], bool] | None = None,
        rebuild: bool = False,
    ) -> UpdateReport: ...

    def articles(self) -> list[ArticleSummary]: ...

    def article(self, file: str) -> Article: ...  # with text, sentences and figures

    def figures(
        self,
        metric: str | None = None,
        side: str | None = None,
        claimant: str | None = None,
        files: set[str] | None = None,
    ) -> list[Figure]: ...

    def search(self, query: str, limit: int = 20) -> SearchResult: ...  # raises QueryError

    def timeline(
        self, metric: str = "personnel", side: str | None = "russia", by: str = "claimant"
    ) -> list[Series]: ...

    def skipped(self) -> list[Skip]: ...

"""Messages the panes send to the app, which owns every change of state."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from index.api import Progress, SearchResult, Series, UpdateReport
from index.timeline import Reference


@dataclass
class QueryChanged(Message):
    """The search text settled (typing paused) or was submitted (`final`)."""

    query: str
    final: bool = False


@dataclass
class SearchClosed(Message):
    """The user left the search (escape)."""


@dataclass
class IndexProgress(Message):
    progress: Progress


@dataclass
class IndexDone(Message):
    report: UpdateReport | None
    error: str | None = None
    cancelled: bool = False
    library: object | None = None  # a fresh reader of the updated index
    summaries: list | None = None
    skipped: list | None = None


@dataclass
class ArticlesLoaded(Message):
    summaries: list
    skipped: list | None = None  # files the library could not read, with reasons
    partial: bool = False  # written so far by a first index still under way


@dataclass
class SearchDone(Message):
    query: str
    result: SearchResult | None
    error: str | None = None
    position: int | None = None
    final: bool = False
    prefix: bool = False  # the last word was searched as a prefix (while typing)


@dataclass
class TimelineLoaded(Message):
    series: list[Series]
    metrics: list[str] | None = None  # the metric choices the library has figures of
    reference: Reference | None = None  # the official record of the metric and side shown

"""The checking half of the library: what the reader and the command line ask about checks.

A mixin over the LibraryAPI (`figures`, `articles`): it reads the library only through
that interface, so the real library and a test's fake get the same answers.
"""

from __future__ import annotations

from index.api import METRIC_GROUPS
from index.checking.check_list import check_all
from index.checking.checks import CHECKED_KINDS, Check
from index.checking.compare import CompareTable, compare
from index.checking.record import COLUMNS, RecordError, load_record
from index.checking.trace import TraceStep, trace
from index.model import Figure


class CheckingMixin:
    def checks(self, figures: list[Figure], context: list[Figure] | None = None
               ) -> list[Check | None]:
        """A check (or None: not a General Staff figure the record can check) per figure.
        `context`: the other figures of their articles, when the caller has them."""
        try:
            record = load_record()
        except RecordError:
            return [None] * len(figures)
        # an unnamed figure is checked when it sits among General Staff figures: fetch its
        # article's other figures when the list may be filtered (by metric, claimant ...)
        unnamed = {f.file for f in figures if f.claimant is None and f.metric in COLUMNS
                   and f.kind in CHECKED_KINDS}
        if context is None:
            context = self.figures(files=unnamed) if unnamed else []
        return check_all(figures, record, context=context)

    def official_series(self, metric: str, side: str | None) -> list[tuple[str, int]]:
        """(bulletin date, value) of the official record for a metric (or the "personnel"
        group) and side; [] when the record does not count it."""
        if side not in ("russia", None):
            return []
        metric = METRIC_GROUPS.get(metric, (metric,))[0]
        try:
            return load_record().series(metric)
        except RecordError:
            return []

    def trace(self, value: int, metric: str | None = None, side: str | None = None
              ) -> list[TraceStep]:
        summaries = {a.file: a for a in self.articles()}
        return trace(value, self.figures(metric=metric, side=side), summaries)

    def compare(self, metric: str = "personnel", side: str | None = "russia",
                by: str = "month") -> CompareTable:
        try:
            record = load_record()
        except RecordError:
            record = None
        return compare(self.figures(metric=metric, side=side), metric, side, by, record)

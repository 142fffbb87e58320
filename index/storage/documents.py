"""What the search index holds for an article, and a writing session kept open while files
are extracted. Engine-free: the session drives whatever writer `index.storage.search_index` hands it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from index.api import METRIC_GROUPS
from index.storage.catalog_rows import fits, name_to_db, text_to_db

_MAX = 2**63 - 1
CLAIMANT_BREAK = "claimantbreak"  # a word no claimant has, between two claimants' names


@dataclass(slots=True)
class Doc:
    file: str  # as stored in the catalog
    key: str
    title: str
    text: str
    outlet: str | None
    published: str | None
    figures: list[tuple]  # (value, upper, metric, side, claimant)


class Batch:
    """A writer kept open while extraction goes on, so documents are analysed as files
    arrive; it commits every `every` documents (a killed run keeps what was committed, and
    the library's reconciliation adds the rest next time). Leaving the block with an
    exception discards the uncommitted part."""

    def __init__(self, store: "Store", replace: set[str], every: int, merge: bool = True):
        # merge=False: commit a new segment without merging small ones, which can cost
        # seconds; the store merges when segments pile up
        self.store, self.replace, self.every, self.merge = store, replace, every, merge
        self.writer = None
        self.pending = 0
        self.segments: list = []

    def __enter__(self) -> "Batch":
        return self

    def _ensure(self):
        if self.writer is None:
            self.writer = self.store._writer()
        return self.writer

    def drop(self, files: list[str]) -> None:
        """Delete the older copies of files whose new documents arrive as segments."""
        self.delete([f for f in files if f in self.replace])

    def adopt(self, segments: list) -> None:
        """Segments written by the extraction workers, committed with this session."""
        self.segments.extend(segments)

    def delete(self, files: list[str]) -> None:
        for file in files:
            self._ensure().delete_by_term("file", file)
            self.pending += 1

    def add(self, docs: list[Doc]) -> None:
        for doc in docs:
            writer = self._ensure()
            if doc.file in self.replace:
                writer.update_document(**_fields(doc))
            else:  # not in the index: no need to look for an old copy
                writer.add_document(**_fields(doc))
            self.pending += 1
            if self.pending >= self.every:
                self.commit()

    def commit(self) -> None:
        if self.segments:
            self._ensure()
        if self.writer is not None:
            self.store._commit(self.writer, self.merge, self.segments)
            self.writer = None
            self.pending = 0
            self.segments = []

    def cancel(self) -> None:
        if self.writer is not None:
            self.writer.cancel()
            self.writer = None
            self.pending = 0

    def __exit__(self, exc_type, *exc) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.cancel()


def docs_of(results) -> list[Doc]:
    """Search documents for freshly extracted articles (`pipeline.FileResult`s), exactly as the
    catalog stores them."""
    docs = []
    for res in results:
        for art in res.articles:
            figures = [(f.value, f.upper, f.metric, f.side, text_to_db(f.claimant))
                       for f in art.figures if fits(f)]
            docs.append(Doc(name_to_db(art.file), res.sha256 or "", text_to_db(art.title),
                            text_to_db(art.text), text_to_db(art.outlet),
                            art.published or art.published_estimate, figures))
    return docs


def _fields(doc: Doc) -> dict:
    # dicts as ordered sets: each value once (a figure repeated in the article would only add
    # postings), found in constant time (a list took 29 s for 60,000 distinct values)
    values: dict[int, None] = {}
    claimants: dict[str, None] = {}
    metrics, sides = set(), set()
    for value, upper, metric, side, claimant in doc.figures:
        for v in (value, upper):
            if v is not None and abs(v) <= _MAX:
                values[int(v)] = None
        if metric:
            metrics.add(metric)
            metrics.update(g for g, members in METRIC_GROUPS.items() if metric in members)
        if side:
            sides.add(side)
        if claimant:
            claimants[claimant] = None
    values, claimants = list(values), list(claimants)
    fields = {
        "file": doc.file,
        "key": doc.key,
        "title": doc.title or "",
        "body": (doc.title or "", doc.text or ""),  # see store.StemmedText
        "outlet": doc.outlet or "",
        # a word between names keeps a phrase from matching across two claimants (punctuation
        # makes no token, so "General Staff ; Ukraine's army" was one run of words)
        "claimant": f" {CLAIMANT_BREAK} ".join(claimants),
        "metric": " ".join(sorted(metrics)),
        "side": " ".join(sorted(sides)),
    }
    if values:
        fields["value"] = values
    if doc.published:
        try:
            fields["published"] = dt.datetime.fromisoformat(doc.published[:10])
        except ValueError:
            pass
    return fields

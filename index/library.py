"""`Library`: a corpus folder (or one file) as a searchable library of claims.

Reading (articles, figures, search, timeline) happens here; updating is `index.updater`. The
catalog (SQLite) is the truth and the search index is derived from it. Nothing is ever written
under the corpus root: everything lives in the corpus's cache folder.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

from index import query as query_mod
from index.checking.checked_library import CheckingMixin
from index.api import (ArticleSummary, Hit, LibraryUnwritable, Progress, ProgressCallback, QueryError,
                       SearchResult, Series, UpdateReport)
from index.storage.cache import (CATALOG, INDEX, LOCK, MANIFEST, SEAL, corpus_cache_dir, live_folder,
                                 new_generation, remove_stale, switch_to)
from index.storage.catalog import Catalog, CatalogError
from index.storage.catalog_rows import name_from_db, sentences_from_json
from index.storage.locking import WriterLock, unwritable_reason
from index.model import Article, Figure, Skip
from index.snippet import make_snippet
from index.storage.search_index import Store, StoreDamaged
from index.timeline import metrics_of
from index.timeline import timeline as build_timeline
from index.pipeline import WorkerFailed
from index.updater import Updater, _short

def _locked(method):
    """One reader call at a time; a call that meets the library mid-change (another process
    re-created a file under it) is retried once on fresh handles."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with self._lock:
            try:
                return method(self, *args, **kwargs)
            except (sqlite3.Error, OSError, StoreDamaged):
                self._close_reader()
                time.sleep(0.05)
                return method(self, *args, **kwargs)

    return wrapper


class Library(CheckingMixin):
    def __init__(self, root: Path, cache_dir: Path | None = None, lock_timeout: float = 5.0):
        self.root = Path(root)
        self.home = corpus_cache_dir(self.root, cache_dir)  # the writer's lock, the generations
        self.cache = live_folder(self.home)  # the library in use (a rebuild switches it)
        self.lock_timeout = lock_timeout
        # Readers and the writer each have their own handles: update() may run in a thread
        # while the screen keeps reading, and a commit must not close a search under way.
        self._store = Store(self.cache / INDEX, self.cache / MANIFEST)
        self._wstore = Store(self.cache / INDEX, self.cache / MANIFEST)
        self._lock = threading.RLock()  # one reader call at a time on the shared handles
        self._reader: Catalog | None = None
        self._reader_identity = None

    # updating ----------------------------------------------------------------------------
    def update(
        self,
        progress: ProgressCallback | None = None,
        cancelled: Callable[[], bool] | None = None,
        rebuild: bool = False,
    ) -> UpdateReport:
        started = time.monotonic()
        report = UpdateReport()
        emit = progress or (lambda p: None)
        cancelled = cancelled or (lambda: False)
        try:
            self.home.mkdir(parents=True, exist_ok=True)
            with WriterLock(self.home / LOCK, report.messages, self.lock_timeout):
                remove_stale(self.home)
                if rebuild and (self.cache / CATALOG).exists():
                    self._rebuild_beside(report, emit, cancelled)
                else:
                    Updater(self.root, self.cache, self._wstore, self.home).run(report, emit, cancelled, rebuild)
        except (OSError, sqlite3.Error, CatalogError, WorkerFailed) as err:
            why = unwritable_reason(err, self.home)
            if why is None:
                raise
            raise LibraryUnwritable(f"could not update the index: {why}") from err
        report.seconds = time.monotonic() - started
        emit(Progress(report.articles, report.articles, "", "done"))
        return report

    def _rebuild_beside(self, report: UpdateReport, emit, cancelled) -> None:
        """A rebuild made in a new folder while the library in use stays searchable; switched
        to only when complete. Cancelled or killed, it is thrown away and nothing changed."""
        folder = new_generation(self.home)
        store = Store(folder / INDEX, folder / MANIFEST)
        Updater(self.root, folder, store, self.home).run(report, emit, cancelled, False)
        if (folder / SEAL).exists():  # sealed: every file read and the search index in step
            switch_to(self.home, folder)
            self._wstore.close()
            return
        remove_stale(self.home)
        report.messages[:] = [m for m in report.messages if not m.startswith("cancelled")]
        report.messages.append("rebuild cancelled; the library is as it was before it")

    def _cat(self) -> Catalog | None:
        path = self.cache / CATALOG
        try:
            identity = os.stat(path).st_ino
        except OSError:
            self._close_reader()
            return None
        if self._reader is not None and identity != self._reader_identity:
            self._close_reader()  # another process rebuilt the library: read the new one
        if self._reader is None:
            try:
                self._reader = Catalog(path, readonly=True)
            except CatalogError:
                return None
            self._reader_identity = identity
        return self._reader

    def _close_reader(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        self._store.close()

    @_locked
    def articles(self) -> list[ArticleSummary]:
        cat = self._cat()
        return [ArticleSummary(*row) for row in cat.summaries()] if cat else []

    @_locked
    def article(self, file: str) -> Article:
        cat = self._cat()
        row = cat.article(file) if cat else None
        if row is None:
            raise KeyError(file)
        (file_db, title, text, outlet, url, published, published_from, estimate, words,
         duplicate_of, sentences) = row
        return Article(
            file=name_from_db(file_db), title=title or "", text=text or "", outlet=outlet,
            url=url, published=published, published_from=published_from,
            published_estimate=estimate, words=words or 0,
            sentences=sentences_from_json(sentences), figures=cat.figures_of(file),
            duplicate_of=name_from_db(duplicate_of) if duplicate_of else None,
        )

    @_locked
    def figures(
        self,
        metric: str | None = None,
        side: str | None = None,
        claimant: str | None = None,
        files: set[str] | None = None,
    ) -> list[Figure]:
        """Figures of the library, filtered. Library-wide, a duplicate article's figures are
        left out (they would count one claim twice); asked for by file, they are included."""
        cat = self._cat()
        if cat is None:
            return []
        figs = cat.figures(metrics_of(metric) if metric else None, side, files is not None)
        if files is not None:
            figs = [f for f in figs if f.file in files]
        if claimant:
            needle = claimant.casefold()
            figs = [f for f in figs if f.claimant and needle in f.claimant.casefold()]
        return figs

    @_locked
    def timeline(self, metric: str = "personnel", side: str | None = "russia",
                 by: str = "claimant") -> list[Series]:
        cat = self._cat()
        if cat is None:
            return []
        return build_timeline(self.figures(metric, side), cat.outlets(), metric, side, by)

    @_locked
    def skipped(self) -> list[Skip]:
        cat = self._cat()
        return cat.skips() if cat else []

    @_locked
    def search(self, query: str, limit: int = 20, time_limit: float | None = None) -> SearchResult:
        """The `limit` best articles for `query`, with snippets. `time_limit` (seconds) bounds
        the engine's part: a search over most of a large library stops there with the best
        it has seen (`complete` False), so typing stays quick; without it, every match."""
        text = query_mod.check(query)
        cat = self._cat()
        if cat is None or not self._store.exists():
            return SearchResult(query, 0, [])
        try:
            q = self._store.parse(text)
        except Exception as err:
            raise QueryError(f"cannot read this query ({_short(err)}): check its syntax")
        if type(q).__name__ == "_NullQuery":
            raise QueryError("this query asks for nothing searchable: add a word, e.g. Bakhmut")
        for attempt in (1, 2):
            try:
                total, hits, complete = self._run(q, cat, limit, time_limit)
                break
            except QueryError:
                raise  # a term that matches too many words: its own reason
            except Exception as err:  # a damaged index or an engine bug: one line, no trace
                if attempt == 2:
                    raise QueryError(
                        f"search failed ({_short(err)}); run `tally index --rebuild`") from None
                self._close_reader()  # met the index mid-change: once more on fresh handles
                cat = self._cat()
                if cat is None:
                    return SearchResult(query, 0, [])
        return SearchResult(query, total, hits, complete)

    def _run(self, q, cat: Catalog, limit: int, time_limit: float | None):
        total, found, matcher, complete = self._store.search(q, limit, time_limit)
        texts = cat.article_texts([name_from_db(f) for f, _ in found])
        return total, _hits(found, texts, matcher), complete


def _hits(found, texts, matcher) -> list[Hit]:
    hits = []
    for file_db, score in found:
        file = name_from_db(file_db)
        title, body = texts.get(file, ("", ""))
        offsets = matcher(title, body)
        snippet, inside = make_snippet(body, offsets)
        hits.append(Hit(file, title, score, snippet, inside, offsets))
    return hits

"""`Library`: a corpus folder (or one file) as a searchable library of claims.

The catalog (SQLite) is the truth; the search index is derived from it and reconciled against
it on every update, so a run killed between the two commits heals on the next one. Nothing is
ever written under the corpus root: everything lives in the corpus's cache folder.
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

from . import __version__, pipeline
from . import query as query_mod
from .api import (ArticleSummary, Hit, Progress, ProgressCallback, QueryError, SearchResult,
                  Series, UpdateReport)
from .cache import CATALOG, INDEX, LOCK, MANIFEST, corpus_cache_dir
from .catalog import (SCHEMA_VERSION, Catalog, CatalogError, fits, name_from_db, name_to_db,
                      text_to_db)
from .catalog import sentences_from_json
from .locking import WriterLock
from .model import Article, Figure, Skip
from .snippet import make_snippet
from .store import Doc, Store, StoreDamaged, StoreMissing
from .timeline import metrics_of
from .timeline import timeline as build_timeline

# Bumped whenever extraction changes what it finds: an index made by another version is rebuilt.
FORMAT = f"{SCHEMA_VERSION}:{__version__}"
SEAL = "catalog-seal.json"
INDEX_BATCH = 2000


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


class Library:
    def __init__(self, root: Path, cache_dir: Path | None = None, lock_timeout: float = 5.0):
        self.root = Path(root)
        self.cache = corpus_cache_dir(self.root, cache_dir)
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
        self.cache.mkdir(parents=True, exist_ok=True)
        with WriterLock(self.cache / LOCK, report.messages, self.lock_timeout):
            cat = self._open_for_writing(report, rebuild)
            try:
                self._update(cat, report, emit, cancelled)
            finally:
                cat.close()
                self._wstore.close()
        report.seconds = time.monotonic() - started
        emit(Progress(report.articles, report.articles, "", "done"))
        return report

    def _update(self, cat: Catalog, report: UpdateReport, emit, cancelled) -> None:
        from . import loading

        emit(Progress(0, 0, "", "scan"))
        paths, scan_skips = loading.list_files(self.root)
        listed = {loading.relpath(p, self.root): p for p in paths}
        known = cat.files()
        todo, touch = [], []
        for rel, path in listed.items():
            old = known.get(rel)
            stat = pipeline.stat_of(path)
            if old is not None and stat is not None:
                if stat == (old[0], old[1]):
                    report.unchanged += 1
                    continue
                if pipeline.file_sha256(path) == old[2]:  # touched, not edited
                    touch.append((rel, stat[0], stat[1]))
                    report.unchanged += 1
                    continue
                report.updated += 1
            else:
                report.added += 1
            todo.append((path, rel))
        gone = sorted(cat.sources() - set(listed))
        report.removed = len([rel for rel in gone if rel in known])
        cat.remove_files(gone)
        cat.touch_files(touch)
        cat.replace_scan_skips(scan_skips)

        done = 0
        have = self._wstore.docs() if todo else {}
        with self._wstore.batch(set(have), INDEX_BATCH) as index:
            for batch in pipeline.run(todo, cancelled):
                cat.write_batch(batch)
                index.add(_docs(batch))  # analysed while the workers extract the next files
                done += len(batch)
                emit(Progress(done, len(todo), batch[-1].rel if batch else "", "extract"))
            if done < len(todo):
                index.cancel()  # quick exit; the next run's reconciliation adds them
            else:
                emit(Progress(done, len(todo), "", "write"))
        interrupted = done < len(todo)
        cat.mark_duplicates()
        if interrupted:
            report.messages.append(
                f"cancelled after {done} of {len(todo)} files; the rest are read next time")
        else:
            self._reconcile(cat, emit, cancelled)
            cat.checkpoint()
            self._seal()
        report.skipped = cat.skips()
        report.duplicates = cat.duplicates()
        report.articles, report.figures = cat.counts()

    def _open_for_writing(self, report: UpdateReport, rebuild: bool) -> Catalog:
        path = self.cache / CATALOG
        fresh = not path.exists()
        try:
            cat = Catalog(path)
            if not fresh and not self._sealed():
                problem = cat.quick_check()
                if problem:
                    cat.close()
                    raise CatalogError(problem)
        except CatalogError as err:
            report.messages.append(
                f"the catalog was damaged ({_short(err)}); rebuilt it from the corpus")
            self._wipe()
            cat, fresh = Catalog(path), True
        stored = cat.get_meta("format")
        if stored is not None and stored != FORMAT:
            report.messages.append(
                f"the index was made by another version of tally ({stored}); rebuilt it")
            cat.close()
            self._wipe()
            cat, fresh = Catalog(path), True
        if stored != FORMAT:
            cat.set_meta("format", FORMAT)
        if rebuild and not fresh:
            # emptied in one transaction, files kept: a reader sees the old library or an
            # empty one filling up, never a missing file
            cat.clear()
            fresh = True
        if fresh:
            self._wstore.clear()
        else:
            try:
                self._wstore.verify()
            except StoreMissing:
                self._wstore.create()
            except StoreDamaged as err:
                report.messages.append(
                    f"the search index was damaged ({err}); rebuilt it from the catalog")
                self._wstore.create()
        return cat

    def _wipe(self) -> None:
        self._wstore.close()
        for name in (CATALOG, CATALOG + "-wal", CATALOG + "-shm", SEAL, MANIFEST):
            try:
                os.unlink(self.cache / name)
            except FileNotFoundError:
                pass

    def _sealed(self) -> bool:
        """True when the catalog file is exactly as the last complete update left it, so the
        (slower) integrity check can be skipped."""
        try:
            seal = json.loads((self.cache / SEAL).read_text(encoding="utf-8"))
            st = os.stat(self.cache / CATALOG)
        except (OSError, ValueError):
            return False
        return seal == [st.st_size, st.st_mtime_ns]

    def _seal(self) -> None:
        st = os.stat(self.cache / CATALOG)
        tmp = self.cache / (SEAL + ".tmp")
        tmp.write_text(json.dumps([st.st_size, st.st_mtime_ns]), encoding="utf-8")
        os.replace(tmp, self.cache / SEAL)

    def _reconcile(self, cat: Catalog, emit, cancelled) -> None:
        """Make the search index hold exactly the catalog's articles, each at its current
        content: add missing, replace stale, delete extra."""
        want = cat.index_docs()
        have = self._wstore.docs()
        extra = [f for f in have if f not in want]
        stale = sorted(f for f, key in want.items() if have.get(f) != key)
        if not stale and not extra:
            return
        emit(Progress(0, len(stale), "", "write"))
        for i in range(0, max(len(stale), 1), INDEX_BATCH):
            if cancelled():
                return
            docs = []
            for file_db in stale[i:i + INDEX_BATCH]:
                row = cat.doc_fields(file_db)
                if row is None:
                    continue
                (title, text, outlet, published, estimate, key), figs = row
                docs.append(Doc(file_db, key, title, text, outlet, published or estimate, figs))
            self._wstore.write(docs, extra if i == 0 else [], replace=set(have))
            emit(Progress(min(i + INDEX_BATCH, len(stale)), len(stale), "", "write"))

    # reading -----------------------------------------------------------------------------
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
    def search(self, query: str, limit: int = 20) -> SearchResult:
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
                total, hits = self._run(q, cat, limit)
                break
            except Exception as err:  # a damaged index or an engine bug: one line, no trace
                if attempt == 2:
                    raise QueryError(
                        f"search failed ({_short(err)}); run `tally index --rebuild`") from None
                self._close_reader()  # met the index mid-change: once more on fresh handles
                cat = self._cat()
                if cat is None:
                    return SearchResult(query, 0, [])
        return SearchResult(query, total, hits)

    def _run(self, q, cat: Catalog, limit: int) -> tuple[int, list[Hit]]:
        total, found, matcher = self._store.search(q, limit)
        texts = cat.article_texts([name_from_db(f) for f, _ in found])
        return total, _hits(found, texts, matcher)


def _hits(found, texts, matcher) -> list[Hit]:
    hits = []
    for file_db, score in found:
        file = name_from_db(file_db)
        title, body = texts.get(file, ("", ""))
        offsets = matcher(title, body)
        snippet, inside = make_snippet(body, offsets)
        hits.append(Hit(file, title, score, snippet, inside, offsets))
    return hits


def _docs(batch: list[pipeline.FileResult]) -> list[Doc]:
    """Search documents for freshly extracted articles, exactly as the catalog stores them."""
    docs = []
    for res in batch:
        for art in res.articles:
            figures = [(f.value, f.upper, f.metric, f.side, text_to_db(f.claimant))
                       for f in art.figures if fits(f)]
            docs.append(Doc(name_to_db(art.file), res.sha256 or "", text_to_db(art.title),
                            text_to_db(art.text), text_to_db(art.outlet),
                            art.published or art.published_estimate, figures))
    return docs


def _short(err: BaseException) -> str:
    text = str(err).splitlines()[0] if str(err) else ""
    return f"{err.__class__.__name__}: {text}"[:160] if text else err.__class__.__name__

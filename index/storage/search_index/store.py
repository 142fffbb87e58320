"""The index folder: open, verify against its manifest, write in batches, commit, search."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from whoosh import index as windex
from whoosh.qparser import FuzzyTermPlugin, GtLtPlugin, QueryParser

from index.storage.documents import Batch, Doc
from index.storage.search_index.highlights import offsets, query_terms
from index.storage.search_index.matching import distinct_ranges, expand_once
from index.storage.search_index.schema import INDEX_NAME, make_schema
from index.storage.search_index.segments import bulk_runs, live

MAX_SEGMENTS = 12  # unmerged small commits allowed before one commit merges them


class StoreDamaged(Exception):
    """The index folder is missing files, holds files that changed behind our back, or
    cannot be opened."""


class StoreMissing(StoreDamaged):
    """There is no index yet (a run stopped before creating it): build it, nothing to say."""


class Store:
    def __init__(self, folder: Path, manifest: Path):
        self.folder = folder
        self.manifest = manifest
        self._ix = None
        self._searcher = None
        self._identity = None
        self._searcher_generation = None

    # opening -----------------------------------------------------------------------------
    def exists(self) -> bool:
        """An index with a commit is there. Asked before every search: the file listing
        the engine uses to find its newest commit, not a full open of the index."""
        generation = self._generation() if self.folder.is_dir() else None
        return generation is not None and generation > -1

    def verify(self) -> None:
        """Raise StoreDamaged unless every file the last commit left is there unchanged and
        the index opens. Cheap: a few stat calls and reading the table of contents. A commit
        that finished just before a kill, with no record written yet, is checked by reading
        the index through instead."""
        try:
            record = json.loads(self.manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            if not self.exists():
                raise StoreMissing("no index yet") from None
            if isinstance(err, FileNotFoundError):  # created, killed before the record
                self._read_through()
                self.record()
                return
            raise StoreDamaged(f"no record of the last commit ({err.__class__.__name__})")
        generation = self._generation()
        if generation is not None and generation != record.get("generation"):
            self._read_through()
            self.record()
            return
        for name, (size, mtime_ns) in record.get("files", {}).items():
            try:
                st = os.stat(self.folder / name)
            except OSError:
                raise StoreDamaged(f"index file {name} is missing") from None
            if st.st_size != size or st.st_mtime_ns != mtime_ns:
                raise StoreDamaged(f"index file {name} was changed or truncated")
        self.open()

    def generation(self) -> int | None:
        """The commit generation on disk (None when there is no index)."""
        return self._generation()

    def _generation(self) -> int | None:
        """The generation of the newest table of contents on disk (the last commit)."""
        try:
            from whoosh.filedb.filestore import FileStorage

            return windex.TOC._latest_generation(FileStorage(str(self.folder)), INDEX_NAME)
        except Exception:
            return None

    def _read_through(self) -> None:
        """Open the index and read every stored field and term: a damaged file fails here."""
        ix = self.open()
        try:
            with ix.reader() as reader:
                for _ in reader.all_stored_fields():
                    pass
                for field in ("file", "title", "body", "value"):
                    for _ in reader.lexicon(field):
                        pass
        except Exception as err:
            self.close()
            raise StoreDamaged(f"the index cannot be read ({err.__class__.__name__})")

    def open(self):
        if self._ix is None:
            try:
                self._ix = windex.open_dir(str(self.folder), indexname=INDEX_NAME)
                self._ix.doc_count()
            except Exception as err:  # the engine raises many kinds on damaged files
                self._ix = None
                raise StoreDamaged(f"the index cannot be opened ({err.__class__.__name__})")
        return self._ix

    def create(self) -> None:
        self.close()
        if self.folder.exists():
            shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._ix = windex.create_in(str(self.folder), make_schema(), indexname=INDEX_NAME)
        self.record()

    def clear(self) -> None:
        """An empty index: a new commit without the old segments when the index opens (a
        reader keeps its files until it moves on), else a new folder."""
        if self.exists():
            try:
                from whoosh.writing import CLEAR

                self._writer().commit(mergetype=CLEAR)
                self._committed()
                return
            except Exception:
                self.close()
        self.create()

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        self._ix = None

    def clear_stale_writelock(self) -> bool:
        """Remove the engine's WRITELOCK after it refused to open a writer. Only called while
        holding the library's own writer lock, so no live tally writer can own it."""
        lock = self.folder / f"{INDEX_NAME}_WRITELOCK"
        if lock.exists():
            try:
                lock.unlink()
                return True
            except OSError:
                return False
        return False

    def record(self) -> None:
        """Write the manifest of the index files as they are after a commit (atomically)."""
        files = {}
        for entry in os.scandir(self.folder):
            if entry.is_file() and "LOCK" not in entry.name:
                st = entry.stat()
                files[entry.name] = [st.st_size, st.st_mtime_ns]
        generation = self._generation()
        tmp = self.manifest.with_suffix(".tmp")
        tmp.write_text(json.dumps({"generation": generation, "files": files}), encoding="utf-8")
        os.replace(tmp, self.manifest)

    # writing -----------------------------------------------------------------------------
    def docs(self) -> dict[str, str]:
        """file -> key of every document the index holds."""
        ix = self.open()
        with ix.reader() as reader:
            return {f["file"]: f.get("key", "") for f in reader.all_stored_fields()}

    def write(self, add: list[Doc], delete: list[str], replace: set[str] | None = None) -> None:
        """Delete `delete`, then add `add`; those in `replace` replace an older copy."""
        if not add and not delete:
            return
        with self.batch(set(d.file for d in add) if replace is None else replace) as batch:
            batch.delete(delete)
            batch.add(add)

    def batch(self, replace: set[str], every: int = 2000, merge: bool = True) -> Batch:
        """A writing session; merge=False for a small change, whose commit then only adds a
        segment (merging the index's small segments costs seconds at 10,000 articles), until
        MAX_SEGMENTS pile up and one commit merges them."""
        return Batch(self, replace, every, merge)

    def _commit(self, writer, merge: bool, segments: list = ()) -> None:
        """Commit the writer's changes and the segments extraction workers wrote."""
        from whoosh.writing import MERGE_SMALL, NO_MERGE

        if not merge:
            try:
                merge = len(live(self.open()._segments())) + len(segments) >= MAX_SEGMENTS
            except Exception:
                merge = True
        policy = MERGE_SMALL if merge else NO_MERGE
        if not segments:
            writer.commit(mergetype=lambda w, existing: live(policy(w, existing)))
        else:
            # Writer.commit() with segments from elsewhere appended to its list, as the
            # engine's own multi-process writer does it
            try:
                final = live(policy(writer, writer.segments))
                if writer._added:
                    final.append(writer._finalize_segment())
                else:
                    writer._close_segment()
                writer._commit_toc(final + list(segments))
            except Exception:
                writer._cleanup_on_error()
                raise
            writer._finish()
        self._committed()

    def _writer(self):
        from whoosh.writing import LockError

        ix = self.open()
        try:
            return bulk_runs(ix.writer(limitmb=128), 128)
        except LockError:
            self.clear_stale_writelock()
            return bulk_runs(ix.writer(limitmb=128), 128)

    def _committed(self) -> None:
        self.record()
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None


    # searching ---------------------------------------------------------------------------
    def parse(self, text: str):
        # the body field holds the title too (weighted): `title:` still asks the title alone
        parser = QueryParser("body", make_schema())
        parser.add_plugin(FuzzyTermPlugin())
        parser.add_plugin(GtLtPlugin())
        return parser.parse(text)

    def searcher(self):
        """A searcher on the newest commit. Re-opened when another writer (this process's
        update() or another `tally index`) committed, or a rebuild re-created the folder."""
        try:
            identity = os.stat(self.folder).st_ino
        except OSError:
            identity = None
        generation = self._generation()
        if identity != self._identity or generation != self._searcher_generation:
            self.close()
            self._identity = identity
        if self._searcher is None:
            self._searcher = self.open().searcher()
            self._searcher_generation = generation
        return self._searcher

    def search(self, q, limit: int, time_limit: float | None = None):
        """(total, [(file, score)], matcher, complete) where matcher(title, text) gives hit
        offsets; with `time_limit` (seconds) the search stops there with what it found."""
        searcher = self.searcher()
        expand_once(q, searcher.reader())
        distinct_ranges(q)
        # One pass that scores and counts every match: the default skips blocks that cannot
        # reach the top N and then walks all matches again for the exact count, which
        # costs more for every query measured (common AND, phrase, fuzzy, prefix).
        from whoosh.collectors import TopCollector

        collector = TopCollector(limit=max(1, limit), usequality=False, replace=0)
        complete = True
        if time_limit is None:
            searcher.search_with_collector(q, collector)
        else:
            from whoosh.collectors import TimeLimit, TimeLimitCollector

            # a timer thread, not SIGALRM: searches run in the reader's worker threads
            limited = TimeLimitCollector(collector, time_limit, use_alarm=False)
            try:
                searcher.search_with_collector(q, limited)
            except TimeLimit:
                complete = False
        results = collector.results()
        total = len(results)
        found = [(hit["file"], float(hit.score or 0.0)) for hit in results][:limit]
        terms, phrases = query_terms(q, searcher.reader())
        return total, found, lambda title, text: offsets(terms, phrases, title, text), complete

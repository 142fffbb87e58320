"""One run of `Library.update()`: scan the corpus, extract what changed, write the catalog,
and bring the search index in line with it.

The catalog (SQLite) is the truth; the search index is derived from it and reconciled against
it on every run, so a run killed between the two commits heals on the next one. A damaged
catalog or index is noticed here (a cheap check when the files are as the last run left them,
SQLite's own check otherwise) and rebuilt with a message.
"""

from __future__ import annotations

import json
import os

from index import __version__, pipeline, rules
from index.api import Progress, UpdateReport
from index.checking import date_undated
from index.storage.cache import CATALOG, MANIFEST, SEAL
from index.storage.catalog import SCHEMA_VERSION, Catalog, CatalogError
from index.storage.catalog_rows import name_to_db
from index.storage.documents import Doc, docs_of
from index.storage.search_index import Store, StoreDamaged, StoreMissing

# What made an index: the catalog's schema, tally's version, and the rules that read figures
# (index.rules). An index made by anything else is rebuilt.
FORMAT = f"{SCHEMA_VERSION}:{__version__}"
INDEX_BATCH = 2000
SMALL_CHANGE = 1000  # documents: a change this small commits without merging segments
SYNCED = "index_synced"  # catalog meta: "changes:generation" when the index last matched


class Updater:
    def __init__(self, root, cache, store: Store, home=None):
        self.root, self.cache, self._wstore = root, cache, store
        self.home = home or cache  # the corpus's cache folder: never indexed, even inside it

    def run(self, report: UpdateReport, emit, cancelled, rebuild: bool) -> None:
        self._fresh = self._store_reset = False
        if self._last_size() > pipeline.QUICK_MIN_FILES:
            pipeline.warm_up()  # a library this large may well have enough new files for workers
        cat = self._open_for_writing(report, rebuild)
        try:
            self._update(cat, report, emit, cancelled)
        finally:
            cat.close()
            self._wstore.close()

    def _update(self, cat: Catalog, report: UpdateReport, emit, cancelled) -> None:
        from index.reading import files

        emit(Progress(0, 0, "", "scan"))
        entries, scan_skips = files.scan(self.root)
        own = _inside(self.home, self.root)
        if own is not None:  # a cache folder inside the corpus (a relative TALLY_CACHE_DIR)
            entries = [e for e in entries if not e[0].startswith(own)]
            scan_skips = [s for s in scan_skips if not s.file.startswith(own)]
        listed = set()
        known = cat.files()
        todo, touch = [], []
        for rel, path, size, mtime_ns in entries:
            listed.add(rel)
            old = known.get(rel)
            if old is not None:
                if size == old[0] and mtime_ns == old[1]:
                    report.unchanged += 1
                    continue
                if pipeline.file_sha256(path, self.root) == old[2]:  # touched, not edited
                    touch.append((rel, size, mtime_ns))
                    report.unchanged += 1
                    continue
                report.updated += 1
            else:
                report.added += 1
            todo.append((path, rel))
        # The workers start at once and read while this process records the deletions.
        with pipeline.Extraction(todo, cancelled, index_folder=self._wstore.folder,
                                 root=self.root) as extraction:
            extraction.start()
            gone = sorted(cat.sources() - listed)
            report.removed = len([rel for rel in gone if rel in known])
            # When the index agreed with the catalog as this run began (the counters say so,
            # nothing is read), it is kept in step file by file and needs no reconciliation.
            in_sync = self._in_sync(cat)
            if in_sync:
                before = set(cat.index_docs())
                old = cat.article_files_of([rel for _, rel in todo if rel in known] + gone)
                replace = before - set(old)
            else:
                old, replace = [], set(self._wstore.docs()) if todo else set()
            cat.remove_files(gone)
            cat.touch_files(touch)
            cat.replace_scan_skips(scan_skips)
            done = self._extract(cat, extraction, old, replace, emit)
        interrupted = done < len(todo)
        if cat.duplicates_stale():  # duplicates change only with the articles
            cat.mark_duplicates()
        if interrupted:
            report.messages.append(
                f"cancelled after {done} of {len(todo)} files; the rest are read next time")
        elif in_sync or self._reconcile(cat, emit, cancelled):
            cat.set_meta(SYNCED, self._sync_mark(cat))
            cat.checkpoint()
            self._seal(len(listed))
        report.skipped = cat.skips()
        report.duplicates = cat.duplicates()
        report.articles, report.figures = cat.counts()

    def _extract(self, cat: Catalog, extraction, old: list[str], replace: set[str],
                 emit) -> int:
        """Write each extracted chunk to the catalog and the search index, after deleting the
        old copies (`old`); the number of files done (fewer than asked when cancelled)."""
        todo = len(extraction.jobs)
        done = 0
        # a fresh build commits once at the end: intermediate commits merge segments over
        # and over; a killed build loses only index work, which the catalog re-feeds
        every = INDEX_BATCH if not self._fresh else max(INDEX_BATCH, todo + 1)
        small = todo + len(old) <= SMALL_CHANGE
        with self._wstore.batch(replace, every, merge=not small) as index:
            index.delete(old)
            for batch in extraction:
                date_undated(a for res in batch for a in res.articles)  # from the bulletins
                cat.write_batch(batch)
                if extraction.writes_index:
                    index.drop([name_to_db(a.file) for res in batch for a in res.articles])
                else:
                    index.add(docs_of(batch))
                done += len(batch)
                emit(Progress(done, todo, batch[-1].rel if batch else "", "extract"))
            if done < todo:
                index.cancel()  # quick exit; the next run's reconciliation adds them
            else:
                index.adopt(extraction.segments)
                emit(Progress(done, todo, "", "write"))
        return done

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
        made_by = f"{FORMAT}:{rules.fingerprint()}"
        if stored is not None and stored != made_by:
            if stored.rsplit(":", 1)[0] == FORMAT:
                report.messages.append("the rules that read figures changed since the index was made "
                                       "(your claimants.toml, or tally's own); rebuilt it")
            else:
                report.messages.append(
                    f"the index was made by another version of tally ({stored}); rebuilt it")
            cat.close()
            self._wipe()
            cat, fresh = Catalog(path), True
        if stored != made_by:
            cat.set_meta("format", made_by)
        if rebuild and not fresh:
            # emptied in one transaction, files kept: a reader sees the old library or an
            # empty one filling up, never a missing file
            cat.clear()
            fresh = True
        if fresh:
            self._wstore.clear()
            self._fresh = True
        else:
            try:
                self._wstore.verify()
            except StoreMissing:
                self._wstore.create()
                self._store_reset = True
            except StoreDamaged as err:
                report.messages.append(
                    f"the search index was damaged ({err}); rebuilt it from the catalog")
                self._wstore.create()
                self._store_reset = True
        return cat

    def _wipe(self) -> None:
        self._wstore.close()
        for name in (CATALOG, CATALOG + "-wal", CATALOG + "-shm", SEAL, MANIFEST):
            try:
                os.unlink(self.cache / name)
            except FileNotFoundError:
                pass

    def _read_seal(self) -> list:
        """[catalog size, catalog mtime_ns, files listed] as the last complete update left
        them; [] when there is none."""
        try:
            seal = json.loads((self.cache / SEAL).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        return seal if isinstance(seal, list) else []

    def _sealed(self) -> bool:
        """True when the catalog file is exactly as the last complete update left it, so the
        (slower) integrity check can be skipped."""
        try:
            st = os.stat(self.cache / CATALOG)
        except OSError:
            return False
        return self._read_seal()[:2] == [st.st_size, st.st_mtime_ns]

    def _last_size(self) -> int:
        """Files in the library at the last complete update (0 when unknown)."""
        seal = self._read_seal()
        return seal[2] if len(seal) > 2 and isinstance(seal[2], int) else 0

    def _seal(self, files: int) -> None:
        st = os.stat(self.cache / CATALOG)
        tmp = self.cache / (SEAL + ".tmp")
        tmp.write_text(json.dumps([st.st_size, st.st_mtime_ns, files]), encoding="utf-8")
        os.replace(tmp, self.cache / SEAL)

    def _sync_mark(self, cat: Catalog) -> str:
        return f"{cat.changes()}:{self._wstore.generation()}"

    def _in_sync(self, cat: Catalog) -> bool:
        """True when the index holds exactly the catalog's articles: both are new and empty,
        or neither changed since a run recorded them in agreement."""
        if self._fresh:
            return True
        if self._store_reset:
            return False
        return cat.get_meta(SYNCED) == self._sync_mark(cat)

    def _reconcile(self, cat: Catalog, emit, cancelled) -> bool:
        """Make the search index hold exactly the catalog's articles, each at its current
        content: add missing, replace stale, delete extra. False when cancelled midway."""
        want = cat.index_docs()
        have = self._wstore.docs()
        extra = [f for f in have if f not in want]
        stale = sorted(f for f, key in want.items() if have.get(f) != key)
        if not stale and not extra:
            return True
        emit(Progress(0, len(stale), "", "write"))
        for i in range(0, max(len(stale), 1), INDEX_BATCH):
            if cancelled():
                return False
            docs = []
            for file_db in stale[i:i + INDEX_BATCH]:
                row = cat.doc_fields(file_db)
                if row is None:
                    continue
                (title, text, outlet, published, estimate, key), figs = row
                docs.append(Doc(file_db, key, title, text, outlet, published or estimate, figs))
            self._wstore.write(docs, extra if i == 0 else [], replace=set(have))
            emit(Progress(min(i + INDEX_BATCH, len(stale)), len(stale), "", "write"))
        return True

    # reading -----------------------------------------------------------------------------


def _inside(folder, root) -> str | None:
    """`folder`'s path relative to the corpus `root`, with a trailing "/", when it lies inside."""
    real, real_root = os.path.realpath(folder), os.path.realpath(root)
    if not real.startswith(real_root.rstrip(os.sep) + os.sep):
        return None
    return os.path.relpath(real, real_root).replace(os.sep, "/") + "/"


def _short(err: BaseException) -> str:
    text = str(err).splitlines()[0] if str(err) else ""
    return f"{err.__class__.__name__}: {text}"[:160] if text else err.__class__.__name__

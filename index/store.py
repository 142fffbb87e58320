"""The search index, on Whoosh. The only module that imports whoosh, so another engine could
replace it behind the same few calls: open/verify, docs(), write(), parse(), search().

One document per article: title and body (stemmed), outlet, and the figures' claimants,
metrics, sides and values, so a query can ask for `claimant:"General Staff of Ukraine"` or
`value:>500000`. The body text is not stored here: the catalog has it, and hit offsets are
computed by tokenising it with the same analyzer the index used.
"""

from __future__ import annotations

import json
import marshal
import os
import re
import shutil
import struct
from functools import lru_cache
from pathlib import Path

from whoosh import index as windex
from whoosh import query as wquery
from whoosh.analysis import StandardAnalyzer, StemmingAnalyzer
from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, TEXT, Schema
from whoosh.qparser import FuzzyTermPlugin, GtLtPlugin, QueryParser
from whoosh.writing import PostingPool

from .documents import Batch, Doc

INDEX_NAME = "MAIN"
MAX_SEGMENTS = 12  # unmerged small commits allowed before one commit merges them
FIELDS = ("title", "body", "outlet", "claimant", "metric", "side", "published", "value")
_STEM = StemmingAnalyzer()


def _fast_analysis():
    """The parts of the stemming analyzer when it is the chain this module knows (tokenize,
    lower-case, drop stop words renumbering positions, stem), else None. Whoosh changes
    often; with another chain its own, slower path indexes."""
    try:
        tokenizer, lower, stop, stemmer = _STEM.items
        pattern = tokenizer.expression.pattern
        if (pattern != r"[\w\*]+(\.?[\w\*]+)*" or tokenizer.gaps
                or type(lower).__name__ != "LowercaseFilter"
                or type(stop).__name__ != "StopFilter" or not stop.renumber
                or type(stemmer).__name__ != "StemFilter"):
            return None
        return (re.compile(r"[\w\*]+(?:\.?[\w\*]+)*").findall, stop.stops, stop.min,
                stop.max, stemmer._stem, stemmer.ignore or frozenset())
    except Exception:  # noqa: BLE001  any surprise in the engine's internals: the slow path
        return None


_FAST = _fast_analysis()


TITLE_WEIGHT = 2.0  # a word of the title counts this much more than one of the text
TITLE_GAP = 100  # positions between the title and the text: no phrase spans the two


class StemmedText(TEXT):
    """A stemmed text field whose indexing runs the analyzer's steps in one loop instead of
    a chain of generators: the same terms, positions and weights (a test compares them on
    real articles), at about half the cost (analysis is a third of the index's build time).

    The body is given as (title, text): the title's words are indexed before the text's
    with more weight, so one field ranks title matches first (BM25F's weighted term
    frequency) and a query walks one posting list per word instead of a title's and a
    body's (a third faster for words in most articles)."""

    def index(self, value, **kwargs):
        title = ""
        if isinstance(value, tuple):
            title, value = value
        if _FAST is None or kwargs or not isinstance(value, str):
            yield from super().index(f"{title}\n{value}" if title else value, **kwargs)
            return
        poses: dict[str, list[int]] = {}
        weights: dict[str, float] = {}
        start = 0
        if title:
            start = _positions(title, 0, TITLE_WEIGHT, poses, weights) + TITLE_GAP
        _positions(value, start, 1.0, poses, weights)
        boost, encode = self.format.field_boost, self.format.encode
        for word, positions in poses.items():
            yield word.encode("utf-8"), len(positions), weights[word] * boost, encode(positions)


def _positions(text: str, start: int, weight: float, poses: dict, weights: dict) -> int:
    """Add the stemmed words of `text` from position `start` (renumbered past stop words as
    the analyzer does); returns the position after the last."""
    findall, stops, minsize, maxsize, stem, ignore = _FAST
    pos = None
    for i, word in enumerate(findall(text)):
        word = word.lower()
        if len(word) < minsize or word in stops or (maxsize and len(word) > maxsize):
            continue
        pos = start + i if pos is None else pos + 1
        if word not in ignore:
            word = stem(word)
        if word in poses:
            poses[word].append(pos)
            weights[word] += weight
        else:
            poses[word] = [pos]
            weights[word] = weight
    return start if pos is None else pos + 1


def make_schema() -> Schema:
    return Schema(
        file=ID(stored=True, unique=True),
        key=ID(stored=True),
        title=StemmedText(analyzer=_STEM, field_boost=2.0),
        body=StemmedText(analyzer=_STEM),
        outlet=TEXT(analyzer=StandardAnalyzer(stoplist=None)),
        claimant=TEXT(analyzer=StandardAnalyzer(stoplist=None)),
        metric=KEYWORD(lowercase=True),
        side=KEYWORD(lowercase=True),
        published=DATETIME,
        value=NUMERIC(int, bits=64, signed=True),
    )


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
                merge = len(_live(self.open()._segments())) + len(segments) >= MAX_SEGMENTS
            except Exception:
                merge = True
        policy = MERGE_SMALL if merge else NO_MERGE
        if not segments:
            writer.commit(mergetype=lambda w, existing: _live(policy(w, existing)))
        else:
            # Writer.commit() with segments from elsewhere appended to its list, as the
            # engine's own multi-process writer does it
            try:
                final = _live(policy(writer, writer.segments))
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
            return _bulk_runs(ix.writer(limitmb=128), 128)
        except LockError:
            self.clear_stale_writelock()
            return _bulk_runs(ix.writer(limitmb=128), 128)

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
        _expand_once(q, searcher.reader())
        _distinct_ranges(q)
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
        terms, phrases = _query_terms(q, searcher.reader())
        return total, found, lambda title, text: _offsets(terms, phrases, title, text), complete


class BulkRunPool(PostingPool):
    """Whoosh's posting pool, but its sorted runs go to disk as marshal blocks instead of one
    pickle per posting. A segment bigger than the pool's memory spills every posting once;
    written one by one that doubled the cost of indexing an article."""

    BLOCK = 2_000  # postings per block: every run has one block in memory while merging

    def _write_run(self, f, items) -> None:
        items = iter(items)
        while block := [item for _, item in zip(range(self.BLOCK), items)]:
            data = marshal.dumps(block)
            f.write(struct.pack("<Q", len(data)))
            f.write(data)
        f.close()

    def _read_run(self, path):
        f = self._open_run(path)
        try:
            while head := f.read(8):
                yield from marshal.loads(f.read(struct.unpack("<Q", head)[0]))
        finally:
            f.close()
            self._remove_run(path)


def _bulk_runs(writer, limitmb: float):
    """`writer` with a BulkRunPool in place of its own (kept if the engine's writer changed)."""
    try:
        if type(writer.pool) is PostingPool and not writer.pool.runs:
            writer.pool = BulkRunPool(writer._tempstorage, writer.newsegment, limitmb=limitmb)
    except AttributeError:
        pass
    return writer


class SegmentBuilder:
    """A new segment of the index at `folder`, written by an extraction worker while the
    library holds the index's lock; `finish()` gives what `Batch.adopt()` commits."""

    # 32 MB of postings in memory per worker, then a sorted run on disk: spilling in bulk
    # costs ~0.1 ms an article, and a larger pool only adds to every worker's memory
    def __init__(self, folder: Path, limitmb: float = 32):
        self.folder, self.limitmb = folder, limitmb
        self.writer = None

    def add(self, docs: list[Doc]) -> None:
        from whoosh.writing import SegmentWriter

        from .documents import _fields

        if docs and self.writer is None:
            ix = windex.open_dir(str(self.folder), indexname=INDEX_NAME)
            self.writer = _bulk_runs(SegmentWriter(ix, _lk=False, limitmb=self.limitmb),
                                     self.limitmb)
        for doc in docs:
            self.writer.add_document(**_fields(doc))

    def finish(self):
        """The finished segment (None when no document was added). The writers share one
        scratch folder, which only the committing writer removes."""
        if self.writer is None:
            return None
        return self.writer._finalize_segment()


def _live(segments: list) -> list:
    """The segments that still hold a document. The engine keeps a segment whose documents
    were all deleted (every edit of its articles does that) until a merge reads it, and
    meanwhile every search opens it and it counts towards the merge that costs seconds;
    leaving it out of the commit removes its files."""
    return [seg for seg in segments if seg.deleted_count() < seg.doc_count_all()]


def _expand_once(q, reader) -> None:
    """Expand each fuzzy, prefix or wildcard term against the whole index once: the search
    and the hit offsets then share that list instead of each walking the lexicon (a fuzzy
    term's walk is most of its query's time). A segment lacking one of the words just
    matches nothing for it. Each segment is asked on its own: a segment walks its word list
    with an automaton, while the engine's reader over several segments tries every word that
    shares the prefix (12x slower for `kremlim~` over two segments)."""
    try:
        leaves = [leaf for leaf, _ in reader.leaf_readers()] or [reader]
    except Exception:
        leaves = [reader]
    for node in q.leaves():
        if isinstance(node, wquery.MultiTerm):
            try:
                words = list(dict.fromkeys(w for leaf in leaves for w in node._btexts(leaf)))
            except Exception:
                continue
            node._btexts = lambda _reader, words=words: words


def _distinct_ranges(q) -> None:
    """Make each range over numbers or dates match an article once. On large segments the
    engine's union of a range's terms was seen to give one article once per figure in
    range (at 10,000 articles `value:>500000` listed 139 matches for 104 articles), so
    an article came up several times in the list and in the count."""
    from array import array

    from whoosh.matching import ListMatcher, NullMatcherClass

    for node in q.leaves():
        if isinstance(node, wquery.NumericRange) and "matcher" not in vars(node):
            def matcher(searcher, context=None, node=node, engine=type(node).matcher):
                m = engine(node, searcher, context)
                if isinstance(m, NullMatcherClass) or (context is not None
                                                       and context.needs_current):
                    return m
                ids = sorted(set(m.all_ids()))
                return ListMatcher(array("I", ids), all_weights=node.boost)
            node.matcher = matcher


def _query_terms(q, reader) -> tuple[dict[str, set[str]], list[tuple[str, list[str]]]]:
    """The terms a query matched in the index (fuzzy and prefix terms expanded), by field,
    and its phrases; terms under NOT are left out, they are not what the user looks for."""
    terms: dict[str, set[str]] = {}
    phrases: list[tuple[str, list[str]]] = []

    def walk(node) -> None:
        if isinstance(node, wquery.Not):
            return
        if isinstance(node, wquery.AndNot):
            walk(node.a)
            return
        if isinstance(node, wquery.Phrase):
            phrases.append((node.fieldname, list(node.words)))
            return
        if node.is_leaf():
            try:
                found = node.existing_terms(reader, expand=True)
            except Exception:
                return
            for field, term in found:
                if field in ("title", "body"):
                    word = term.decode("utf-8") if isinstance(term, bytes) else str(term)
                    terms.setdefault(field, set()).add(word)
            return
        for child in node.children():
            walk(child)

    walk(q)
    return terms, phrases


_TOKEN = _STEM[0].expression  # the tokenizer's own pattern, so tokens line up exactly


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str | None:
    """The indexed form of one word (None for a stop word), as the analyzer makes it."""
    for token in _STEM(word):
        return token.text
    return None


def _offsets(terms, phrases, title: str, text: str) -> list[tuple[int, int]]:
    """[start, end] of every matched term in `text`: the text is tokenised with the index's
    own analyzer (one stemming per distinct word), so stemmed, fuzzy and prefix matches all
    point at the words the reader sees."""
    tokens = []
    for m in _TOKEN.finditer(text):
        stemmed = _stem(m.group().lower())
        if stemmed is not None:
            tokens.append((stemmed, m.start(), m.end()))
    title_end = len(text.split("\n", 1)[0])
    spans: set[tuple[int, int]] = set()
    body, head = terms.get("body", set()), terms.get("title", set())
    for word, start, end in tokens:
        if word in body or (start < title_end and word in head):
            spans.add((start, end))
    for field, words in phrases:
        n = len(words)
        if field not in ("title", "body") or not n:
            continue
        for i in range(len(tokens) - n + 1):
            if all(tokens[i + k][0] == words[k] for k in range(n)):
                if field == "title" and tokens[i][1] >= title_end:
                    continue
                spans.update((tokens[i + k][1], tokens[i + k][2]) for k in range(n))
    return sorted(spans)

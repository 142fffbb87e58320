"""Writing segments fast: posting runs spilled in bulk, and the segment an extraction worker
writes on its own, committed later by the library with the rest of its batch."""

from __future__ import annotations

import marshal
import struct
from pathlib import Path

from whoosh import index as windex
from whoosh.writing import PostingPool

from index.storage.documents import Doc
from index.storage.search_index.schema import INDEX_NAME


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


def bulk_runs(writer, limitmb: float):
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

        from index.storage.documents import _fields

        if docs and self.writer is None:
            ix = windex.open_dir(str(self.folder), indexname=INDEX_NAME)
            self.writer = bulk_runs(SegmentWriter(ix, _lk=False, limitmb=self.limitmb),
                                     self.limitmb)
        for doc in docs:
            self.writer.add_document(**_fields(doc))

    def finish(self):
        """The finished segment (None when no document was added). The writers share one
        scratch folder, which only the committing writer removes."""
        if self.writer is None:
            return None
        return self.writer._finalize_segment()


def live(segments: list) -> list:
    """The segments that still hold a document. The engine keeps a segment whose documents
    were all deleted (every edit of its articles does that) until a merge reads it, and
    meanwhile every search opens it and it counts towards the merge that costs seconds;
    leaving it out of the commit removes its files."""
    return [seg for seg in segments if seg.deleted_count() < seg.doc_count_all()]

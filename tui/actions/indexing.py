"""Indexing from the reader: the update runs in a thread, its progress and result come back
as messages, and the lists follow. A mixin of `TallyApp`."""

from __future__ import annotations

import time

from textual import work
from textual.worker import get_current_worker

from index.api import LibraryBusy

from tui.messages import ArticlesLoaded, IndexDone, IndexProgress

LIST_EVERY = 1.0  # seconds between listings of the articles written so far


class IndexingFlow:
    # -- indexing --------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="index")
    def index_library(self) -> None:
        worker = get_current_worker()
        writer = self.library
        try:
            if self.library is not None and self._own_library:
                writer = type(self.library)(self.root)  # `r` again: a writer of its own
            if self.library is None:
                from index.library import Library  # heavy (Whoosh): not at start-up

                # A Library is not shared between threads that write and read: the screen
                # reads through one instance while this thread updates through another,
                # and a fresh reader replaces the first when the update is done.
                self.library = Library(self.root)
                writer = Library(self.root)
                self._own_library = True
            if not self._listed:  # `r` later: the list is on screen and the index warm
                self.post_message(ArticlesLoaded(self.library.articles(),
                                                 self._skips(self.library)))
                self._warm(self.library)
                self._listed = True
            self.indexing = True
            last = [0.0]
            # A first index lists the articles as their batches reach the catalog, so the
            # reader has something to read within seconds (listing costs a query: once a
            # LIST_EVERY seconds at most, in this thread).
            listing = [not self.summaries, time.monotonic(), 0]

            def progress(p) -> None:
                now = time.monotonic()
                if now - last[0] > 0.05 or p.done == p.total:
                    last[0] = now
                    self.post_message(IndexProgress(p))
                if listing[0] and p.phase == "extract" and now - listing[1] > LIST_EVERY:
                    listing[1] = now
                    summaries = self.library.articles()
                    if len(summaries) > listing[2]:
                        listing[2] = len(summaries)
                        self.post_message(ArticlesLoaded(summaries, partial=True))

            report = writer.update(progress=progress, cancelled=lambda: worker.is_cancelled)
            reader = type(writer)(self.root) if writer is not self.library else writer
            self._warm(reader)
            self.post_message(IndexDone(report, cancelled=worker.is_cancelled, library=reader,
                                        summaries=reader.articles(), skipped=self._skips(reader)))
        except LibraryBusy as err:
            self.post_message(IndexDone(None, error=f"Another tally is indexing this library "
                                        f"({err}); showing what is indexed so far."))
        except Exception as err:  # the reader must open even when indexing fails
            self.post_message(IndexDone(None, error=f"Indexing failed: {err}"))
        finally:
            self.indexing = False

    def action_reindex(self) -> None:
        """`r`: look for new and changed articles now (also resumes a cancelled indexing)."""
        if not self.indexing:
            self._asked_reindex = True
            self.indexing = True  # at once: a second `r` before the thread starts waits
            self.refresh_bindings()
            self.index_library()

    def action_cancel_indexing(self) -> None:
        if self.indexing:
            self.workers.cancel_group(self, "index")
            self.notify("Cancelling indexing…", markup=False)

    @staticmethod
    def _warm(library) -> None:
        """Open the search index now, in this thread: the first search otherwise pays for it
        (a quarter of a second on 10,000 articles) while the user waits."""
        try:
            library.search("tally", limit=1)
        except Exception:
            pass

    @staticmethod
    def _skips(library) -> list:
        try:
            return list(library.skipped())
        except Exception:  # an index too damaged to list its skips still opens
            return []

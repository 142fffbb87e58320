"""Reading and extracting files, in worker processes when there are enough of them.

Workers read and extract; results come back in chunks to the single catalog writer (the library), which
commits each chunk in one transaction. Given the search index's folder, each worker also analyses its
articles into a search-index segment of its own, handed back at the end for the library to commit: the
search index's writing is as costly as extraction, and in one process it would hold the whole build to
one core. The library starts the workers as soon as it knows which files changed (`Extraction.start()`),
before its own bookkeeping. The workers fork when the caller has no other threads (`tally index`) and
use "forkserver" when it has (the reader calls update() from a thread; forking a threaded process is
unsafe). The forkserver imports the extraction modules and NLTK once (~0.3 s of CPU); a reader of a
large library starts it while its first check scans the corpus (`warm_up()`) and keeps it, so that `r`
after a batch of new articles forks workers at once.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from index.cpu_budget import OverBudget, cpu_budget, unbounded_here
from index.model import Article, Skip

PARALLEL_MIN_FILES = 200  # below this, starting workers costs more than it saves
# A worker forked from this process, or from a server that has already imported everything,
# starts in milliseconds: far fewer files are then worth sharing out.
QUICK_MIN_FILES = 40
# A file whose reading and extraction takes more CPU than this is skipped, and the run goes on:
# some seconds, more for a larger file (prose extracts at about 4 s of CPU per MB).
FILE_BUDGET, BUDGET_PER_MB = 20.0, 10.0
# What a worker needs, imported once by the forkserver.
PRELOAD = ["index.pipeline", "index.extraction.extract", "index.reading.loading", "index.storage.documents",
           "index.storage.search_index", "nltk.tokenize.punkt"]


@dataclass(slots=True)
class FileResult:
    rel: str
    stat: tuple[int, int] | None  # (size, mtime_ns) seen before reading; None: unreadable
    sha256: str | None
    articles: list[Article] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)


def file_sha256(path: Path, root: Path | None = None) -> str | None:
    """The file's sha256, read with the checks of `files.read_checked` (None when refused)."""
    from index.reading.files import read_checked

    return read_checked(path, root)[1]


def process(path: str, rel: str, root: str | None = None) -> FileResult:
    """Load and analyse one file, opened once with every check on the open file (a FIFO, a
    device or a link leaving the corpus `root`, swapped in after the scan, is skipped). Never
    raises: problems become Skips, a file over its CPU budget among them."""
    from index.extraction import extract
    from index.reading import files, loading

    extract.prepare()  # (the tables it loads once are no file's cost: not counted in its budget)
    p = Path(path)  # the stat is the open file's, before reading: an edit during it shows next run
    data, sha, seen, why = files.read_checked(p, root)
    result = FileResult(rel, seen, sha)
    if data is None:
        result.skips.append(Skip(rel, why))
        return result
    budget = FILE_BUDGET + BUDGET_PER_MB * len(data) / 1e6  # CPU seconds
    try:
        with cpu_budget(budget):
            _read_and_extract(result, data, p, rel, loading, extract)
    except OverBudget:
        result.articles = []
        result.skips = [Skip(rel, f"extraction took too long (over {budget:.0f} s of CPU); skipped")]
    return result


def _read_and_extract(result: FileResult, data: bytes, p: Path, rel: str, loading, extract) -> None:
    try:
        articles, skips = loading.load_data(data, p, rel)
    except Exception as err:  # a loader bug must not stop the run
        result.skips.append(Skip(rel, f"could not be read ({err.__class__.__name__}: {err})"[:300]))
        return
    result.skips.extend(skips)
    for art in articles:
        try:
            extract.analyse(art)
        except Exception as err:
            art.figures = []
            result.skips.append(Skip(art.file, f"figures not extracted ({err.__class__.__name__}: {err})"))
        result.articles.append(art)


def process_chunk(items: list[tuple[str, str, str | None]]) -> list[FileResult]:
    return [process(*item) for item in items]


def _watch_parent(pid: int) -> None:
    """A worker whose parent was killed exits instead of waiting forever for work: the
    kernel kills it (Linux), and a thread checks the parent every second elsewhere."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:
        pass

    forked_by_it = os.getppid() == pid

    def gone() -> bool:
        # A killed parent stays a zombie until its own parent reaps it, so "kill(pid, 0)
        # succeeds" is not enough: a forked worker is re-parented at once, and /proc tells.
        if forked_by_it and os.getppid() != pid:
            return True
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except OSError:
            return False
        try:
            with open(f"/proc/{pid}/stat", "rb") as fh:
                return fh.read().rsplit(b")", 1)[1].split()[0] == b"Z"
        except OSError:
            return False

    def loop() -> None:
        while not gone():
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=loop, daemon=True).start()


class Extraction:
    """The files of one update, extracted chunk by chunk (iterate over it). With `index_folder`
    and enough files for workers, the workers write the search index's new documents
    themselves (`writes_index`), and `segments` holds what they wrote once iteration ended
    without being cancelled; otherwise the caller indexes the articles it is given.
    `start()` sets the workers going before the iteration, so that they read and extract while
    the caller does other work; `close()` (or the end of a `with` block) stops them."""

    def __init__(self, items: list[tuple[Path, str]], cancelled: Callable[[], bool] | None = None,
                 workers: int | None = None, index_folder: Path | None = None,
                 root: Path | None = None):
        self.jobs = [(str(p), rel, str(root) if root is not None else None) for p, rel in items]
        self.cancelled = cancelled or (lambda: False)
        self.workers = workers or min(os.cpu_count() or 1, 8)
        least = QUICK_MIN_FILES if threading.active_count() == 1 or _warmed else PARALLEL_MIN_FILES
        self.parallel = (len(self.jobs) > least or unbounded_here(p for p, _, _ in self.jobs)) \
            and self.workers >= 2 and _pool_can_start()
        self.index_folder = index_folder if self.parallel else None
        self.writes_index = self.index_folder is not None
        self.segments: list = []
        self._pool: _Workers | None = None

    def start(self) -> None:
        if self.parallel and self._pool is None:
            self._pool = _Workers(self)

    def __iter__(self) -> Iterator[list[FileResult]]:
        if not self.parallel:
            size = 16
            for i in range(0, len(self.jobs), size):
                if self.cancelled():
                    return
                yield process_chunk(self.jobs[i:i + size])
            return
        self.start()
        try:
            yield from self._pool.results()
        finally:
            self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()

    def __enter__(self) -> "Extraction":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


_warmed = False  # the forkserver was started, by warm_up() or by workers, with PRELOAD


def warm_up() -> None:
    """Start the workers' forkserver now, unless this process can fork them itself: it
    imports what they need on another core while the caller goes on."""
    global _warmed
    if _warmed or threading.active_count() == 1 or (os.cpu_count() or 1) < 2 \
            or not _pool_can_start():
        return
    try:
        _forkserver_context()
        from multiprocessing import forkserver

        forkserver.ensure_running()  # spawns the server and returns; it imports meanwhile
    except Exception:  # noqa: BLE001  no server yet: a run that needs one starts it
        return
    _warmed = True


def _forkserver_context():
    import multiprocessing as mp

    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    _start_resource_tracker()
    return ctx


def _pool_can_start() -> bool:
    """A forkserver worker re-imports the main script by its path; a main read from stdin or
    typed at a prompt has none, and then the work stays in this process."""
    if threading.active_count() == 1:
        return True  # forking: nothing is re-imported
    import sys

    main_file = getattr(sys.modules.get("__main__"), "__file__", None)
    return main_file is None or os.path.exists(main_file)


def _start_resource_tracker() -> None:
    """multiprocessing hands its resource tracker `sys.stderr.fileno()`; a screen that captures
    stderr (the reader does) answers -1, and starting the pool then fails with "bad value(s) in
    fds_to_keep". Start the tracker first with stderr pointing at the null device."""
    import sys
    from multiprocessing import resource_tracker

    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except Exception:  # noqa: BLE001  io.UnsupportedOperation, ValueError on a closed stream
        usable = False
    if usable:
        return
    saved = sys.stderr
    with open(os.devnull, "w") as null:
        sys.stderr = null
        try:
            resource_tracker.ensure_running()
        finally:
            sys.stderr = saved


def _worker(jobs, out, index_folder: str | None, parent: int) -> None:
    """One worker: extract chunk after chunk until told to stop, sending each chunk's results
    back; with an index folder, also add the chunk's articles to this worker's own segment
    and send the finished segment last."""
    _watch_parent(parent)
    builder = None
    try:
        if index_folder is not None:
            from index.storage.documents import docs_of
            from index.storage.search_index import SegmentBuilder

            builder = SegmentBuilder(Path(index_folder))
        while (chunk := jobs.get()) is not None:
            results = process_chunk(chunk)
            if builder is not None:
                builder.add(docs_of(results))
            out.put(("chunk", results))
        out.put(("segment", builder.finish() if builder is not None else None))
    except BaseException as err:  # noqa: BLE001  reported to the parent, which stops the run
        out.put(("error", f"{err.__class__.__name__}: {err}"))


class WorkerFailed(RuntimeError):
    """A worker process died or raised: the run stops; the next run redoes what is missing."""


class _Workers:
    """The worker processes of one Extraction, started with every job queued."""

    def __init__(self, run: Extraction):
        global _warmed
        import multiprocessing as mp

        if threading.active_count() == 1:
            # A single-threaded process (`tally index`) can fork safely, and a forked worker
            # starts watching its parent at once, so killing the parent leaves no orphans.
            ctx = mp.get_context("fork")
            from index.extraction import extract  # noqa: F401  inherited by each worker
            from index.reading import loading  # noqa: F401
        else:
            # The reader calls update() from a thread: forking a threaded process is unsafe.
            ctx = _forkserver_context()
            _warmed = True
        self.run, self.finished, self.closed = run, False, False
        jobs, workers = run.jobs, run.workers
        size = max(4, min(64, len(jobs) // (workers * 6) or 4))
        self.jobs, self.out = ctx.Queue(), ctx.Queue()
        folder = str(run.index_folder) if run.index_folder is not None else None
        self.procs = [ctx.Process(target=_worker, args=(self.jobs, self.out, folder, os.getpid()),
                                  daemon=True) for _ in range(workers)]
        # started before anything is queued: a queue's feeder thread must not exist at fork time
        try:
            for proc in self.procs:
                proc.start()
            for i in range(0, len(jobs), size):
                self.jobs.put(jobs[i:i + size])
            for _ in self.procs:
                self.jobs.put(None)
        except BaseException:
            self.close()
            raise

    def results(self) -> Iterator[list[FileResult]]:
        import queue

        segments, ended = [], 0
        while ended < len(self.procs):
            if self.run.cancelled():
                return
            try:
                kind, payload = self.out.get(timeout=0.2)
            except queue.Empty:
                if any(p.exitcode not in (None, 0) for p in self.procs):
                    raise WorkerFailed("an extraction worker stopped unexpectedly") from None
                continue
            if kind == "chunk":
                yield payload
            elif kind == "segment":
                ended += 1
                if payload is not None:
                    segments.append(payload)
            else:
                raise WorkerFailed(f"an extraction worker failed ({payload})")
        self.run.segments = segments
        self.finished = True

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        for proc in self.procs:
            if not self.finished and proc.pid is not None:
                proc.kill()
            if proc.pid is not None:
                proc.join(timeout=5)
        self.jobs.close()
        self.out.close()
        if self.finished:  # every job was taken: the queue's thread ends at once
            self.jobs.join_thread()
        else:  # a killed worker leaves jobs unread, which must not keep this process waiting
            self.jobs.cancel_join_thread()

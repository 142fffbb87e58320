"""Reading and extracting files, in worker processes when there are enough of them.

Workers only read and extract; they never touch the catalog or the index. Results come back
in chunks to the single writer (the library), which commits each chunk in one transaction.
The pool forks when the caller has no other threads (`tally index`) and uses "forkserver"
when it has (the reader calls update() from a thread; forking a threaded process is unsafe).
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from .model import Article, Skip

PARALLEL_MIN_FILES = 200  # below this, starting workers costs more than it saves
# A forked worker starts in milliseconds with the extraction modules already imported by
# its parent, so a single-threaded caller (`tally index`) shares out far fewer files.
FORK_MIN_FILES = 40
_HASH_LIMIT = 1 << 20


@dataclass(slots=True)
class FileResult:
    rel: str
    stat: tuple[int, int] | None  # (size, mtime_ns) seen before reading; None: unreadable
    sha256: str | None
    articles: list[Article] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)


def file_sha256(path: Path) -> str | None:
    try:
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            while chunk := fh.read(_HASH_LIMIT):
                digest.update(chunk)
        return digest.hexdigest()
    except OSError:
        return None


def stat_of(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def process(path: str, rel: str) -> FileResult:
    """Load and analyse one file. Never raises: problems become Skips."""
    from . import extract, loading

    p = Path(path)
    stat = stat_of(p)  # taken before reading: an edit during the read shows up next run
    sha = file_sha256(p)
    result = FileResult(rel, stat if sha else None, sha)
    try:
        articles, skips = loading.load_file(p, rel)
    except Exception as err:  # a loader bug must not stop the run
        result.skips.append(Skip(rel, f"could not be read ({err.__class__.__name__}: {err})"))
        return result
    result.skips.extend(skips)
    for art in articles:
        try:
            extract.analyse(art)
        except Exception as err:
            art.figures = []
            result.skips.append(
                Skip(art.file, f"figures not extracted ({err.__class__.__name__}: {err})"))
        result.articles.append(art)
    return result


def process_chunk(items: list[tuple[str, str]]) -> list[FileResult]:
    return [process(path, rel) for path, rel in items]


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


def run(
    items: list[tuple[Path, str]],
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> Iterator[list[FileResult]]:
    """Yield results chunk by chunk; stop early (between chunks) when `cancelled()`."""
    cancelled = cancelled or (lambda: False)
    jobs = [(str(p), rel) for p, rel in items]
    workers = workers or min(os.cpu_count() or 1, 8)
    least = FORK_MIN_FILES if threading.active_count() == 1 else PARALLEL_MIN_FILES
    if len(jobs) <= least or workers < 2 or not _pool_can_start():
        size = 16
        for i in range(0, len(jobs), size):
            if cancelled():
                return
            yield process_chunk(jobs[i:i + size])
        return
    yield from _run_pool(jobs, cancelled, workers)


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


def _run_pool(jobs, cancelled, workers) -> Iterator[list[FileResult]]:
    import multiprocessing as mp

    if threading.active_count() == 1:
        # A single-threaded process (`tally index`) can fork safely, and a forked worker
        # starts watching its parent at once, so killing the parent leaves no orphans.
        ctx = mp.get_context("fork")
        from . import extract, loading  # noqa: F401  imported once here, inherited by each worker
    else:
        # The reader calls update() from a thread: forking a threaded process is unsafe.
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["index.pipeline", "index.extract", "index.loading"])
        _start_resource_tracker()
    size = max(4, min(64, len(jobs) // (workers * 6) or 4))
    chunks = [jobs[i:i + size] for i in range(0, len(jobs), size)]
    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_watch_parent,
                               initargs=(os.getpid(),))
    try:
        pending = {pool.submit(process_chunk, c) for c in chunks}
        while pending:
            if cancelled():
                return
            done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for fut in done:
                yield fut.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)

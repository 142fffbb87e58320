"""A bound on the CPU time of a block of code: a file that reading or extraction cannot finish
in its budget is skipped with a reason instead of stalling a run (`index.pipeline`)."""

from __future__ import annotations

import os
import signal
import threading
from contextlib import contextmanager


class OverBudget(BaseException):
    """Raised inside the block when its budget is spent. A BaseException, so that no
    `except Exception` (one odd number must not lose a sentence) swallows it."""


@contextmanager
def cpu_budget(seconds: float):
    """Interrupt the block with OverBudget after `seconds` of the process's CPU time. Only in
    the main thread (a worker process, or `tally index` extracting in-process), where signals
    can be set; elsewhere (the reader's small in-thread updates) the block runs unbounded. The
    timer fires between Python instructions: one call into C finishes first."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def over(signum, frame):
        raise OverBudget

    previous = signal.signal(signal.SIGPROF, over)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


# A file this large may take long enough that only its budget stops it.
BUDGETED_BYTES = 200_000


def unbounded_here(paths) -> bool:
    """True when this thread cannot bound a file's CPU time (signals are the main thread's:
    the reader updates from a thread) and one of `paths` is large: the files then go to a
    worker process, where the budget holds, instead of tying up the reader's update."""
    if threading.current_thread() is threading.main_thread() or not hasattr(signal, "setitimer"):
        return False
    for path in paths:
        try:
            if os.stat(path).st_size > BUDGETED_BYTES:
                return True
        except OSError:
            continue
    return False

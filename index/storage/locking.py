"""One writer per corpus, through an OS lock the kernel releases when its holder dies.

A killed `tally index` therefore never leaves a lock that makes anyone wait. The holder writes
its process id into the lock file and empties it on a clean exit, so the next writer can tell
that the previous run was interrupted and say so.
"""

from __future__ import annotations

import errno
import fcntl
import os
import time
from pathlib import Path

from index.api import LibraryBusy


class WriterLock:
    def __init__(self, path: Path, messages: list[str], timeout: float = 5.0):
        self.path = path
        self.messages = messages
        self.timeout = timeout
        self.fd: int | None = None

    def __enter__(self) -> "WriterLock":
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise LibraryBusy(
                        "another `tally index` is updating this library; try again when it "
                        "finishes") from None
                time.sleep(0.05)
        self.fd = fd
        previous = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
        if previous and previous != str(os.getpid()):
            self.messages.append(
                f"recovered the lock of an interrupted indexing run (process {previous})")
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        os.fsync(fd)
        return self

    def __exit__(self, *exc) -> None:
        if self.fd is None:
            return
        try:
            os.ftruncate(self.fd, 0)
            fcntl.flock(self.fd, fcntl.LOCK_UN)
        finally:
            os.close(self.fd)
            self.fd = None


_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


def unwritable_reason(err: BaseException, cache: Path) -> str | None:
    """Why writing the cache folder `cache` failed, as one line that says what to do; None
    when `err` is no such failure. (SQLite and the workers report a full disk in words.)"""
    text = str(err).lower()
    code = err.errno if isinstance(err, OSError) else None
    if code in _FULL or "disk is full" in text or "no space left" in text or "errno 28" in text:
        return f"the cache folder {cache} is full: free space or set TALLY_CACHE_DIR"
    if code == errno.EROFS or "read-only file system" in text or "readonly database" in text \
            or "errno 30" in text:
        return f"the cache folder {cache} is read-only: set TALLY_CACHE_DIR to a writable folder"
    if code in (errno.EACCES, errno.EPERM) or "permission denied" in text:
        return f"the cache folder {cache} may not be written: set TALLY_CACHE_DIR to a writable folder"
    return None

"""Running library work the way the reader does: from a thread, while another thread lives
(so worker processes cannot be forked), with stderr captured by the screen."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable


class CapturedStderr:
    """What a full-screen app puts in place of stderr: writable, but with no file descriptor."""

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass

    def fileno(self) -> int:
        return -1


def run_as_the_reader(work: Callable[[], object], monkeypatch, timeout: float = 180):
    """`work()`'s result, run as described above; its exception is raised here."""
    monkeypatch.setattr(sys, "stderr", CapturedStderr())
    outcome: dict = {}

    def target() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # noqa: BLE001  raised again below, in the test
            outcome["error"] = exc

    keep_alive = threading.Event()  # a second thread, so the workers must not be forked
    other = threading.Thread(target=keep_alive.wait, daemon=True)
    other.start()
    worker = threading.Thread(target=target)
    worker.start()
    worker.join(timeout)
    keep_alive.set()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]

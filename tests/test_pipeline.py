"""Extraction in worker processes, as the reader runs it: from a thread, with stderr captured."""

from __future__ import annotations

import sys
import threading

from index import pipeline


class _CapturedStderr:
    """What a full-screen app puts in place of stderr: writable, but with no file descriptor."""

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass

    def fileno(self) -> int:
        return -1


def test_workers_start_from_a_thread_while_stderr_is_captured(tmp_path, monkeypatch):
    n = pipeline.PARALLEL_MIN_FILES + 20
    items = []
    for i in range(n):
        path = tmp_path / f"a{i:04d}.txt"
        path.write_text(f"Title {i}\n\nThe General Staff said Russia lost {100 + i} tanks.\n")
        items.append((path, path.name))
    monkeypatch.setattr(sys, "stderr", _CapturedStderr())
    outcome: dict = {}

    def work() -> None:
        try:
            outcome["results"] = [r for chunk in pipeline.run(items, workers=2) for r in chunk]
        except BaseException as exc:  # noqa: BLE001  the test reports it below
            outcome["error"] = exc

    keep_alive = threading.Event()  # a second thread, so the pool must not fork
    other = threading.Thread(target=keep_alive.wait, daemon=True)
    other.start()
    worker = threading.Thread(target=work)
    worker.start()
    worker.join(120)
    keep_alive.set()
    assert "error" not in outcome, outcome.get("error")
    assert len(outcome["results"]) == n

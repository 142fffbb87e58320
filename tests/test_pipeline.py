"""Extraction in worker processes, as the reader runs it: from a thread, with stderr captured."""

from __future__ import annotations

from index import pipeline
from tests.reader_threads import run_as_the_reader


def test_workers_start_from_a_thread_while_stderr_is_captured(tmp_path, monkeypatch):
    n = pipeline.PARALLEL_MIN_FILES + 20
    items = []
    for i in range(n):
        path = tmp_path / f"a{i:04d}.txt"
        path.write_text(f"Title {i}\n\nThe General Staff said Russia lost {100 + i} tanks.\n")
        items.append((path, path.name))
    results = run_as_the_reader(
        lambda: [r for chunk in pipeline.Extraction(items, workers=2) for r in chunk], monkeypatch)
    assert len(results) == n

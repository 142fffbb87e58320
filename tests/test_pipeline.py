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


def _library_of(root, n: int) -> None:
    root.mkdir()
    for i in range(n):
        (root / f"a{i:03d}.txt").write_text(
            f"Title {i}\n\nThe General Staff said Russia lost {100 + i} tanks.\n", encoding="utf-8")


def test_the_reader_shares_out_a_few_dozen_edits_once_its_library_is_known_to_be_large(
        tmp_path, monkeypatch):
    """The reader starts the workers' server while it checks a library that had more than
    QUICK_MIN_FILES files last time, so `r` after 50 edits is extracted in workers, not in
    the screen's process; before that is known, so few files stay in the thread."""
    from index.library import Library

    root = tmp_path / "corpus"
    _library_of(root, pipeline.QUICK_MIN_FILES + 20)
    monkeypatch.setattr(pipeline, "_warmed", False)  # as in a new reader
    used = []

    class Spied(pipeline._Workers):
        def __init__(self, run):
            used.append(run)
            super().__init__(run)

    monkeypatch.setattr(pipeline, "_Workers", Spied)
    lib = Library(root)
    run_as_the_reader(lib.update, monkeypatch)  # the first build: no library known yet
    assert not used and not pipeline._warmed
    run_as_the_reader(lib.update, monkeypatch)  # a reader opening it again
    assert pipeline._warmed
    for i in range(50):
        (root / f"a{i:03d}.txt").write_text(
            f"Title {i}\n\nThe General Staff said Russia lost {5000 + i} tanks.\n", encoding="utf-8")
    report = run_as_the_reader(lib.update, monkeypatch)
    assert report.updated == 50 and len(used) == 1 and used[0].writes_index
    assert lib.search("value:5049").total == 1 and lib.search("value:149").total == 0
    assert lib.search("tanks").total == pipeline.QUICK_MIN_FILES + 20


def test_a_command_line_run_starts_no_server_it_does_not_need(tmp_path, monkeypatch):
    """`tally index` forks its workers itself: warming a server up would cost it CPU."""
    monkeypatch.setattr(pipeline, "_warmed", False)
    monkeypatch.setattr(pipeline.threading, "active_count", lambda: 1)
    pipeline.warm_up()
    assert not pipeline._warmed

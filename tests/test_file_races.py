"""A file is opened once, and checked on what was opened: a FIFO, a device or a link leaving
the corpus swapped in between the scan and the reading is skipped with its reason (before,
a FIFO blocked the run for ever and /dev/zero spun it at full CPU); a huge file is refused
without being read; a file whose extraction outruns its CPU budget is skipped and the run
goes on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from index import pipeline
from index.library import Library
from index.reading import files

TEXT = "Losses\nRussia has lost 1,000 soldiers, the General Staff of Ukraine said on Monday.\n"


@pytest.fixture
def corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text(TEXT, encoding="utf-8")
    (root / "target.txt").write_text(TEXT.replace("1,000", "2,000"), encoding="utf-8")
    (root / "link.txt").symlink_to(root / "target.txt")
    return root


def _scanned(root: Path) -> dict[str, str]:
    listed, _ = files.scan(root)
    return {rel: path for rel, path, _, _ in listed}


def test_an_inside_link_is_read(corpus):
    result = pipeline.process(_scanned(corpus)["link.txt"], "link.txt", str(corpus))
    assert result.skips == []
    assert [f.value for f in result.articles[0].figures] == [2000]


def test_a_fifo_swapped_in_after_the_scan_is_skipped_at_once(corpus):
    path = _scanned(corpus)["a.txt"]
    os.unlink(path)
    os.mkfifo(path)  # no writer: a blocking open would wait for ever
    result = pipeline.process(path, "a.txt", str(corpus))
    assert [s.reason for s in result.skips] == ["not a regular file (a FIFO)"]
    assert result.articles == [] and result.stat is None


def test_a_link_re_pointed_at_a_device_is_skipped(corpus):
    path = _scanned(corpus)["link.txt"]
    os.unlink(path)
    os.symlink("/dev/zero", path)
    result = pipeline.process(path, "link.txt", str(corpus))
    assert [s.reason for s in result.skips] == ["not a regular file (a device)"]


def test_a_link_re_pointed_outside_the_corpus_is_not_indexed(corpus, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(TEXT.replace("1,000", "9,999"), encoding="utf-8")
    path = _scanned(corpus)["link.txt"]
    os.unlink(path)
    os.symlink(secret, path)
    result = pipeline.process(path, "link.txt", str(corpus))
    assert [s.reason for s in result.skips] == ["link points outside the corpus"]
    assert result.articles == []


def test_a_huge_sparse_file_is_refused_without_being_read(corpus, monkeypatch):
    path = corpus / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(files.MAX_BYTES + 1)
    reads = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: reads.append(n) or real_read(fd, n))
    result = pipeline.process(str(path), "huge.txt", str(corpus))
    assert [s.reason for s in result.skips] == ["too large (20 MB > 20 MB limit)"]
    assert reads == []  # neither hashed nor read
    assert result.stat == (files.MAX_BYTES + 1, path.stat().st_mtime_ns)  # not tried again unchanged


def test_a_file_over_its_cpu_budget_is_skipped_and_the_run_goes_on(corpus, monkeypatch):
    (corpus / "slow.txt").write_text("Losses\n" + "Russia has lost 1,000 soldiers, " * 3000, encoding="utf-8")
    # The first file read also pays for modules loaded on first use (some 0.05 s): a budget of
    # 1 s stays far from it, and far below the 10 s this file takes.
    monkeypatch.setattr(pipeline, "FILE_BUDGET", 1.0)
    monkeypatch.setattr(pipeline, "BUDGET_PER_MB", 0.0)
    report = Library(corpus).update()
    reasons = {s.file: s.reason for s in report.skipped}
    assert reasons == {"slow.txt": "extraction took too long (over 1 s of CPU); skipped"}
    assert {a.file for a in Library(corpus).articles()} == {"a.txt", "link.txt", "target.txt"}
    again = Library(corpus).update()  # remembered: not extracted again until it changes
    assert again.unchanged == 4 and again.updated == 0


def test_two_names_that_escape_alike_stay_two_articles(tmp_path):
    root = tmp_path / "names"
    root.mkdir()
    pairs = [(b"caf\xe9.txt", b"caf\\xe9.txt"), ("bidi\u202e.txt".encode(), b"bidi\\u202e.txt")]
    for raw, literal in pairs:
        for name in (raw, literal):
            with open(os.path.join(os.fsencode(root), name), "w", encoding="utf-8") as fh:
                fh.write(TEXT)
    report = Library(root).update()
    assert report.added == 4
    assert sorted(a.file for a in Library(root).articles()) == [
        "bidi\\\\u202e.txt", "bidi\\u202e.txt", "caf\\\\xe9.txt", "caf\\xe9.txt"]
    assert Library(root).update().unchanged == 4  # and no run reports "2 updated" again


def test_a_cache_folder_inside_the_corpus_is_not_indexed(corpus, monkeypatch):
    monkeypatch.chdir(corpus)
    monkeypatch.setenv("TALLY_CACHE_DIR", "cache")  # relative: inside the corpus
    first = Library(corpus).update()
    again = Library(corpus).update()
    assert first.added == 3 and again.added == 0 and again.unchanged == 3
    assert all(not a.file.startswith("cache/") for a in Library(corpus).articles())
    assert (corpus / "cache").is_dir()


def _in_a_thread(fn):
    import threading

    out = []
    thread = threading.Thread(target=lambda: out.append(fn()))
    thread.start()
    thread.join(120)
    return out[0]


def test_a_large_file_met_in_a_thread_goes_to_a_worker_where_its_budget_holds(corpus):
    (corpus / "big.txt").write_text("Losses\n" + "Russia has lost 1,000 soldiers. " * 8000, encoding="utf-8")
    small = [(corpus / "a.txt", "a.txt")]
    big = small + [(corpus / "big.txt", "big.txt")]
    assert _in_a_thread(lambda: pipeline.Extraction(big, workers=2).parallel)
    assert not _in_a_thread(lambda: pipeline.Extraction(small, workers=2).parallel)
    assert not pipeline.Extraction(big, workers=2).parallel  # the main thread sets its own budget
    report = _in_a_thread(lambda: Library(corpus).update())  # as the reader updates
    assert report.added == 4 and report.skipped == []
    assert len([f for f in Library(corpus).figures() if f.file == "big.txt"]) == 8000

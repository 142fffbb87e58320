"""Builds where the extraction workers write the search index's segments themselves: every
article is found exactly once, edits replace their old copy, a cancelled build heals, and the
stemmed fields index exactly what the engine's own analyzer would."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index import pipeline
from index.library import Library

# enough files for workers whether or not the test process has other threads
N = pipeline.PARALLEL_MIN_FILES + 40


def _article(value: int, place: str) -> str:
    return (f"Fighting near {place}\n\nUkraine's General Staff said on Monday that Russia had lost "
            f"{value:,} tanks since the invasion began. Shelling continued near {place}.\n")


@pytest.fixture
def big_corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for i in range(N):
        (root / f"a{i:04d}.txt").write_text(_article(10_000 + i, "Avdiivka"), encoding="utf-8")
    return root


def test_a_build_this_large_has_the_workers_write_the_index(big_corpus, tmp_path):
    items = [(p, p.name) for p in sorted(big_corpus.iterdir())]
    assert pipeline.Extraction(items, index_folder=tmp_path / "ix", workers=2).writes_index
    assert not pipeline.Extraction(items[:10], index_folder=tmp_path / "ix",
                                   workers=2).writes_index


def test_every_article_is_found_once_after_a_worker_build(big_corpus):
    lib = Library(big_corpus)
    lib.update()
    assert lib.search("Avdiivka").total == N
    assert lib.search('"General Staff"').total == N
    assert lib.search("value:10007").total == 1
    assert [h.file for h in lib.search("value:10123").hits] == ["a0123.txt"]


def test_edits_through_the_workers_replace_the_old_copies(big_corpus):
    lib = Library(big_corpus)
    lib.update()
    edited = sorted(big_corpus.iterdir())[: N - 20]
    for i, path in enumerate(edited):
        path.write_text(_article(50_000 + i, "Chasiv Yar"), encoding="utf-8")
    (big_corpus / f"a{N - 1:04d}.txt").unlink()
    report = lib.update()
    assert (report.updated, report.removed) == (N - 20, 1)
    assert lib.search("Avdiivka").total == 19
    assert lib.search('"Chasiv Yar"').total == N - 20
    assert lib.search("value:10003").total == 0 and lib.search("value:50003").total == 1
    assert lib.search("tanks").total == N - 1


def test_segments_emptied_by_edits_leave_with_the_workers_commit(big_corpus):
    from index.storage.cache import INDEX, MANIFEST
    from index.storage.search_index import Store

    lib = Library(big_corpus)
    lib.update()
    for round_ in range(2):
        for i, path in enumerate(sorted(big_corpus.iterdir())):
            path.write_text(_article(100_000 * (round_ + 2) + i, "Kupiansk"), encoding="utf-8")
        lib.update()
        store = Store(lib.cache / INDEX, lib.cache / MANIFEST)
        segments = [(s.doc_count_all(), s.deleted_count()) for s in store.open()._segments()]
        store.close()
        assert all(docs > deleted for docs, deleted in segments), segments
        assert sum(docs for docs, _ in segments) == N
    assert lib.search("Kupiansk").total == N and lib.search("value:200005").total == 0


def test_a_cancelled_worker_build_is_completed_by_the_next_run(big_corpus):
    lib = Library(big_corpus)
    chunks = []
    report = lib.update(progress=lambda p: chunks.append(p.phase),
                        cancelled=lambda: chunks.count("extract") >= 1)
    assert any("cancelled" in m for m in report.messages)
    lib.update()
    assert lib.search("Avdiivka").total == N
    assert len(lib.articles()) == N


def _both_ways(text: str):
    from whoosh.fields import TEXT

    from index.storage.search_index import _STEM, StemmedText

    fast = StemmedText(analyzer=_STEM, field_boost=2.0)
    slow = TEXT(analyzer=_STEM, field_boost=2.0)
    return list(fast.index(text)), list(slow.index(text))


def test_the_fast_stemmed_field_indexes_what_the_analyzer_would(samples_dir):
    from index.storage.search_index import _FAST

    assert _FAST is not None, "the engine's analyzer changed: the fast path is off"
    for path in sorted(samples_dir.glob("*.txt")):
        fast, slow = _both_ways(path.read_text(encoding="utf-8"))
        assert fast == slow and fast


def test_the_fast_stemmed_field_on_real_reporting(gdelt_dir):
    for path in sorted(gdelt_dir.rglob("*.txt"))[:150]:
        fast, slow = _both_ways(path.read_text(encoding="utf-8", errors="replace"))
        assert fast == slow, path.name


_PIECES = ["the", "and", "I", "a", "İstanbul", "ıi", "Straße", "U.S.", "e.g.", "1,000", "3.5",
           "a*b", "don't", "Æble", "cafe\u0301", "running", "runs", " ", " ", ".", ",", "-",
           "\u00a0", "\n", "_", "**"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_the_fast_stemmed_field_on_odd_text(text):
    fast, slow = _both_ways(text)
    assert fast == slow


def _sample_docs(samples_dir):
    from index.extraction import extract
    from index.reading import loading
    from index.storage.documents import docs_of
    from index.pipeline import FileResult

    results = []
    for path in sorted(samples_dir.glob("*.txt")):
        articles, _ = loading.load_file(path, path.name)
        for art in articles:
            extract.analyse(art)
        results.append(FileResult(path.name, None, "k", articles))
    return docs_of(results)


def test_a_segment_that_spills_to_disk_answers_like_one_kept_in_memory(tmp_path, samples_dir):
    from index.storage.search_index import SegmentBuilder, Store

    docs = _sample_docs(samples_dir)
    answers = []
    for name, limitmb in (("memory", 256), ("spilled", 0.001)):  # ~250 runs: merged in rounds
        store = Store(tmp_path / name, tmp_path / f"{name}.json")
        store.create()
        builder = SegmentBuilder(store.folder, limitmb=limitmb)
        builder.add(docs)
        assert type(builder.writer.pool).__name__ == "BulkRunPool"
        spilled = bool(builder.writer.pool.runs)
        with store.batch(set()) as batch:
            batch.adopt([builder.finish()])
        assert spilled == (name == "spilled")
        found = []
        for text in ("Bakhmut", '"General Staff"', "tank*", "value:>500000", "claimant:ukraine",
                     "Bakhmutt~"):
            total, hits, _, _ = store.search(store.parse(text), 20)
            found.append((text, total, sorted(f for f, _ in hits)))
        answers.append(found)
        store.close()
    assert answers[0] == answers[1]
    assert dict((t, n) for t, n, _ in answers[0])["Bakhmut"] == 2


def test_fuzzy_search_over_worker_segments_asks_each_segment(big_corpus, monkeypatch):
    from whoosh.reading import IndexReader

    lib = Library(big_corpus)
    lib.update()
    exact = lib.search("Avdiivka~").total

    def walk_everything(*args, **kwargs):
        raise AssertionError("the slow expansion over the whole word list ran")

    # the engine's fallback, used by its reader over several segments (each segment has an
    # automaton of its own that finds near words without trying every word)
    monkeypatch.setattr(IndexReader, "terms_within", walk_everything)
    result = Library(big_corpus).search("Avdiivkka~")
    assert result.total == exact == N
    assert all(h.hits for h in result.hits), "the near words were not marked in the text"


def test_a_worker_killed_mid_build_stops_the_run_and_the_next_run_heals(big_corpus):
    import multiprocessing
    import os
    import signal

    killed = []

    def kill_a_worker() -> bool:  # asked by the run between results: kill one worker, once
        children = multiprocessing.active_children()
        if not killed and children:
            os.kill(children[0].pid, signal.SIGKILL)
            killed.append(children[0].pid)
        return False

    lib = Library(big_corpus)
    with pytest.raises(pipeline.WorkerFailed, match="stopped unexpectedly"):
        lib.update(cancelled=kill_a_worker)
    assert killed
    lib.update()
    assert len(lib.articles()) == N
    assert lib.search("Avdiivka").total == N
    assert lib.search("value:10123").total == 1


def test_a_worker_build_from_a_thread_as_the_reader_runs_it(big_corpus, monkeypatch):
    from tests.reader_threads import run_as_the_reader

    lib = Library(big_corpus)
    report = run_as_the_reader(lib.update, monkeypatch)
    assert report.added == N
    assert lib.search("Avdiivka").total == N
    assert lib.search("value:10123").total == 1

"""The library as a user meets it across runs: unchanged files are not re-read, edits show,
deletions vanish, the corpus folder is never touched, duplicates and bad files are reported."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from index.reading import loading
from index.api import LibraryBusy
from index.storage.cache import LOCK
from index.library import Library
from index.storage.locking import WriterLock

CLAIM = "According to the General Staff of Ukraine, Russia has lost {} troops since the war began."


@pytest.fixture
def corpus(tmp_path, samples_dir) -> Path:
    root = tmp_path / "corpus"
    shutil.copytree(samples_dir, root)
    return root


def listing(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every entry under root with its bytes and mtime: what must not change."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            st = path.lstat()
            data = path.read_bytes() if path.is_file() else b""
            out[str(path.relative_to(root))] = (data, st.st_mtime_ns)
    return out


def write_article(path: Path, value: str) -> None:
    path.write_text(f"Losses update\n{CLAIM.format(value)}\n", encoding="utf-8")


def values(lib: Library, file: str | None = None) -> set[int]:
    return {f.value for f in lib.figures() if file is None or f.file == file}


def test_first_update_reads_every_article_and_writes_nothing_into_the_corpus(corpus):
    before = listing(corpus)
    lib = Library(corpus)
    report = lib.update()
    assert report.added == 5 and report.articles == 5 and report.figures > 0
    assert len(lib.articles()) == 5
    assert listing(corpus) == before
    assert not str(lib.cache).startswith(str(corpus))


def test_second_update_opens_no_file(corpus, monkeypatch):
    lib = Library(corpus)
    first = lib.update()
    opened = []
    real_load = loading.load_file
    monkeypatch.setattr(loading, "load_file", lambda p, rel: opened.append(rel) or real_load(p, rel))
    import index.pipeline as pipeline

    monkeypatch.setattr(pipeline, "file_sha256", lambda p: opened.append(str(p)))
    report = Library(corpus).update()
    assert opened == []
    assert (report.added, report.updated, report.removed, report.unchanged) == (0, 0, 0, 5)
    assert (report.articles, report.figures) == (first.articles, first.figures)


def test_touched_but_unchanged_file_is_not_extracted_again(corpus, monkeypatch):
    lib = Library(corpus)
    lib.update()
    target = sorted(corpus.iterdir())[0]
    os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns + 10**9))
    loaded = []
    real_load = loading.load_file
    monkeypatch.setattr(loading, "load_file", lambda p, rel: loaded.append(rel) or real_load(p, rel))
    report = lib.update()
    assert loaded == [] and report.unchanged == 5 and report.updated == 0
    monkeypatch.undo()
    # and a third run does not even hash it: the new mtime was recorded
    assert lib.update().unchanged == 5


def test_edited_file_shows_its_new_figure_and_loses_the_old(corpus):
    extra = corpus / "extra.txt"
    write_article(extra, "654,321")
    lib = Library(corpus)
    lib.update()
    assert 654321 in values(lib, "extra.txt")
    write_article(extra, "765,432")
    report = lib.update()
    assert report.updated == 1 and report.unchanged == 5
    assert 765432 in values(lib, "extra.txt") and 654321 not in values(lib)
    assert lib.search("value:765432").total == 1 and lib.search("value:654321").total == 0
    assert lib.search('"765,432"').total == 1 and lib.search('"654,321"').total == 0


def test_deleted_file_leaves_catalog_and_search(corpus):
    lib = Library(corpus)
    lib.update()
    victim = "004_c4abf053d9275ff4.txt"
    assert victim in {h.file for h in lib.search("Bakhmut").hits}
    (corpus / victim).unlink()
    report = lib.update()
    assert report.removed == 1
    assert victim not in {a.file for a in lib.articles()}
    assert victim not in {f.file for f in lib.figures()}
    assert victim not in {h.file for h in lib.search("Bakhmut").hits}
    with pytest.raises(KeyError):
        lib.article(victim)


def test_an_edit_updates_the_index_without_reading_all_of_it(corpus, monkeypatch):
    extra = corpus / "extra.txt"
    write_article(extra, "654,321")
    lib = Library(corpus)
    lib.update()
    from index.storage.search_index import Store

    def read_all(self):
        raise AssertionError("an index known to match the catalog was read through")

    monkeypatch.setattr(Store, "docs", read_all)
    write_article(extra, "765,432")
    (corpus / "004_c4abf053d9275ff4.txt").unlink()
    report = lib.update()
    assert (report.updated, report.removed) == (1, 1)
    assert lib.search("value:765432").total == 1 and lib.search("value:654321").total == 0
    assert "004_c4abf053d9275ff4.txt" not in {h.file for h in lib.search("Bakhmut").hits}


def _segments(lib: Library) -> list[tuple[int, int]]:
    """(documents, deleted) of each segment of the search index, as a search opens them."""
    from index.storage.cache import INDEX, MANIFEST
    from index.storage.search_index import Store

    store = Store(lib.cache / INDEX, lib.cache / MANIFEST)
    try:
        return [(seg.doc_count_all(), seg.deleted_count()) for seg in store.open()._segments()]
    finally:
        store.close()


def test_editing_every_article_again_and_again_does_not_pile_up_segments(corpus):
    # Every search opens every segment; a segment whose articles were all edited since holds
    # nothing a search can find and must leave with the commit that emptied it.
    lib = Library(corpus)
    lib.update()
    files = sorted(corpus.glob("*.txt"))
    for round_ in range(5):
        for i, path in enumerate(files):
            write_article(path, f"{700_000 + 1000 * round_ + i:,}")
        lib.update()
        segments = _segments(lib)
        assert all(docs > deleted for docs, deleted in segments), segments
        assert len(segments) == 1
    assert lib.search("value:704000").total == 1 and lib.search("value:703000").total == 0


def test_an_index_changed_behind_the_catalog_is_healed(corpus):
    lib = Library(corpus)
    lib.update()
    victim = "004_c4abf053d9275ff4.txt"
    from index.storage.cache import INDEX, MANIFEST
    from index.storage.search_index import Store

    other = Store(lib.cache / INDEX, lib.cache / MANIFEST)
    other.write([], [victim])  # as if a run died after an index commit the catalog never saw
    other.close()
    assert victim not in {h.file for h in Library(corpus).search("Bakhmut").hits}
    lib = Library(corpus)
    lib.update()
    assert victim in {h.file for h in lib.search("Bakhmut").hits}


def test_added_file_appears(corpus):
    lib = Library(corpus)
    lib.update()
    (corpus / "sub").mkdir()
    write_article(corpus / "sub" / "new.txt", "111,222")
    report = lib.update()
    assert report.added == 1
    assert "sub/new.txt" in {a.file for a in lib.articles()}
    assert 111222 in values(lib, "sub/new.txt")


def test_rebuild_reads_everything_again(corpus):
    lib = Library(corpus)
    first = lib.update()
    report = lib.update(rebuild=True)
    assert report.added == 5 and report.unchanged == 0
    assert (report.articles, report.figures) == (first.articles, first.figures)


def test_single_file_root(corpus):
    one = corpus / "004_c4abf053d9275ff4.txt"
    lib = Library(one)
    report = lib.update()
    assert report.articles == 1
    [summary] = lib.articles()
    assert lib.search("Bakhmut").total == 1
    assert lib.article(summary.file).text


def test_article_offsets_hold_for_every_figure(corpus):
    lib = Library(corpus)
    lib.update()
    for summary in lib.articles():
        art = lib.article(summary.file)
        assert len(art.figures) == summary.figures
        for fig in art.figures:
            assert art.text[fig.start:fig.end] == fig.text
            assert art.text[fig.sentence_start:fig.sentence_end] == fig.sentence
        for sentence in art.sentences:
            assert 0 <= sentence.start <= sentence.end <= len(art.text)


def test_duplicates_are_listed_marked_and_not_counted_twice(corpus):
    lib = Library(corpus)
    lib.update()
    alone = len(lib.figures())
    shutil.copy(corpus / "000_192668a7a594febb.txt", corpus / "zz_copy.txt")
    report = lib.update()
    assert report.duplicates == [("zz_copy.txt", "000_192668a7a594febb.txt")]
    copy = next(a for a in lib.articles() if a.file == "zz_copy.txt")
    assert copy.duplicate_of == "000_192668a7a594febb.txt"
    assert len(lib.figures()) == alone
    assert lib.figures(files={"zz_copy.txt"})  # asked for by name, its figures are there
    # the original deleted: the copy is no longer a duplicate of anything
    (corpus / "000_192668a7a594febb.txt").unlink()
    lib.update()
    assert next(a for a in lib.articles() if a.file == "zz_copy.txt").duplicate_of is None


def test_skipped_files_are_listed_on_every_run(corpus):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 4)
    lib = Library(corpus)
    first = lib.update()
    skipped = {s.file for s in first.skipped}
    assert {"empty.txt", "binary.txt"} <= skipped
    assert all(s.reason for s in first.skipped)
    second = lib.update()
    assert {s.file for s in second.skipped} == skipped
    assert {s.file for s in lib.skipped()} == skipped
    assert len(lib.articles()) == 5


def test_figure_filters(corpus):
    lib = Library(corpus)
    lib.update()
    everything = lib.figures()
    personnel = lib.figures(metric="personnel")
    assert {f.metric for f in personnel} <= {"personnel_killed", "personnel_casualties"}
    assert len(personnel) == sum(f.metric in ("personnel_killed", "personnel_casualties")
                                 for f in everything)
    staff = lib.figures(claimant="general staff")
    assert staff and all("general staff" in f.claimant.lower() for f in staff)
    assert all(f.side == "russia" for f in lib.figures(side="russia"))
    one = everything[0].file
    assert {f.file for f in lib.figures(files={one})} == {one}


def test_file_names_that_are_not_utf8_survive(corpus):
    raw = os.fsdecode(b"caf\xe9 report.txt")
    write_article(corpus / raw, "222,333")
    name = loading.relpath(corpus / raw, corpus)  # however loading chooses to show it
    lib = Library(corpus)
    lib.update()
    files = {a.file for a in lib.articles()}
    assert name in files
    assert lib.article(name).title == "Losses update"
    assert lib.update().unchanged == 6


def test_a_second_writer_is_told_the_library_is_busy(corpus):
    lib = Library(corpus, lock_timeout=0.2)
    lib.cache.mkdir(parents=True, exist_ok=True)
    with WriterLock(lib.cache / LOCK, []):
        with pytest.raises(LibraryBusy, match="another `tally index`"):
            lib.update()
    assert lib.update().added == 5  # the lock is free again


def test_a_lock_left_by_a_killed_writer_is_recovered_with_a_message(corpus):
    lib = Library(corpus)
    lib.cache.mkdir(parents=True, exist_ok=True)
    (lib.cache / LOCK).write_text("999999")  # a writer died holding it: the kernel freed it
    report = lib.update()
    assert report.added == 5
    assert any("interrupted" in m for m in report.messages)
    assert not any("interrupted" in m for m in lib.update().messages)


def test_a_cancelled_update_keeps_a_usable_library_and_the_next_one_finishes(corpus):
    lib = Library(corpus)
    report = lib.update(cancelled=lambda: True)
    assert any("cancelled" in m for m in report.messages)
    lib.articles()
    lib.search("Bakhmut")
    report = lib.update()
    assert len(lib.articles()) == 5
    assert lib.search("Bakhmut").total == 2


def test_progress_reports_each_phase(corpus):
    seen = []
    Library(corpus).update(progress=seen.append)
    phases = [p.phase for p in seen]
    assert phases[0] == "scan" and phases[-1] == "done"
    extract = [p for p in seen if p.phase == "extract"]
    assert extract[-1].done == extract[-1].total == 5


def test_reading_before_any_update_gives_an_empty_library(tmp_path):
    lib = Library(tmp_path)
    assert lib.articles() == [] and lib.figures() == [] and lib.skipped() == []
    assert lib.search("Bakhmut").total == 0


def test_an_open_reader_sees_a_rebuild_made_by_another_writer(corpus):
    reader = Library(corpus)
    reader.update()
    assert reader.search("Bakhmut").total == 2 and len(reader.articles()) == 5
    (corpus / "004_c4abf053d9275ff4.txt").unlink()
    write_article(corpus / "new.txt", "333,444")
    Library(corpus).update(rebuild=True)  # e.g. `tally index --rebuild` in another terminal
    assert {a.file for a in reader.articles()} >= {"new.txt"}
    assert len(reader.articles()) == 5
    assert reader.search("Bakhmut").total == 1
    assert reader.search("value:333444").total == 1


def test_reading_while_an_update_runs_in_another_thread(corpus):
    """The reader updates in a background thread while the screen keeps asking."""
    import threading

    lib = Library(corpus)
    lib.update()
    errors, stop = [], threading.Event()

    def keep_reading():
        while not stop.is_set():
            try:
                lib.articles()
                lib.figures(metric="personnel")
                lib.search("Bakhmut OR troops")
            except Exception as err:  # noqa: BLE001 - any failure is the finding
                errors.append(err)
                return

    reader = threading.Thread(target=keep_reading)
    reader.start()
    try:
        for i in range(5):
            write_article(corpus / f"extra{i}.txt", f"{i + 1}00,000")
            lib.update(rebuild=(i == 2))
    finally:
        stop.set()
        reader.join()
    assert errors == []
    assert len(lib.articles()) == 10

"""`--rebuild` builds the new library beside the one in use and switches to it only when it
is complete: meanwhile every reader finds the last good library (it used to find an empty one
filling up), a cancelled or killed rebuild changes nothing, and a reader opened before the
switch reads the new library after it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from index.library import Library


@pytest.fixture
def indexed(tmp_path, samples_dir) -> Path:
    root = tmp_path / "corpus"
    shutil.copytree(samples_dir, root)
    Library(root).update()
    return root


def _view(lib: Library) -> tuple:
    return (len(lib.articles()), len(lib.figures()), lib.search("Russia", limit=100).total)


def test_readers_find_the_whole_library_while_it_is_rebuilt(indexed):
    reader = Library(indexed)
    before = _view(reader)
    assert before[0] == 5 and before[2] > 0
    seen = []

    def progress(p):
        if p.phase in ("scan", "extract", "write"):
            seen.append((p.phase, _view(reader), _view(Library(indexed))))

    Library(indexed).update(progress=progress, rebuild=True)
    assert {phase for phase, _, _ in seen} == {"scan", "extract", "write"}
    assert all(old == before and new == before for _, old, new in seen)
    assert _view(reader) == before  # the rebuilt library, read by the same reader


def test_a_cancelled_rebuild_leaves_the_library_as_it_was(indexed):
    (indexed / "new.txt").write_text("Update\nRussia has lost 12 tanks, Kyiv said.\n", encoding="utf-8")
    before = _view(Library(indexed))
    lib = Library(indexed)
    report = lib.update(cancelled=lambda: True, rebuild=True)
    assert report.messages == ["rebuild cancelled; the library is as it was before it"]
    assert _view(Library(indexed)) == before
    assert sorted(p.name for p in lib.home.iterdir() if p.name.startswith("lib-")) == []
    assert Library(indexed).update().added == 1  # the next run goes on from the old library


def test_a_reader_opened_before_the_switch_reads_the_new_library_and_the_old_is_gone(indexed):
    reader = Library(indexed)
    assert len(reader.articles()) == 5
    (indexed / "new.txt").write_text("Update\nRussia has lost 12 tanks, Kyiv said.\n", encoding="utf-8")
    writer = Library(indexed)
    writer.update(rebuild=True)
    assert len(reader.articles()) == 6
    assert reader.search("tanks", limit=100).total == Library(indexed).search("tanks", limit=100).total
    writer.update(rebuild=True)  # and again: one generation in use, nothing else left
    names = sorted(p.name for p in writer.home.iterdir())
    assert [n for n in names if n.startswith("lib-")] == ["lib-2"]
    assert "catalog.sqlite" not in names and "whoosh" not in names
    assert len(reader.articles()) == 6

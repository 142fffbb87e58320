"""A full or read-only cache folder does not stop reading: `search`, `figures` and `articles`
answer from the index as it is, with one line saying it could not be updated and why; `tally
index` fails with that line (status 1); the next run with room finishes the update."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from index.api import LibraryUnwritable
from index.library import Library
from index.storage.catalog import Catalog
from tui.cli import main as cli

NEW = "Kyiv update\nRussia has lost 77 tanks in a week, the General Staff of Ukraine said.\n"


@pytest.fixture
def indexed(tmp_path, samples_dir) -> Path:
    root = tmp_path / "corpus"
    shutil.copytree(samples_dir, root)
    Library(root).update()
    (root / "new.txt").write_text(NEW, encoding="utf-8")  # something the next run must write
    return root


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _disk_full(monkeypatch) -> None:
    def full(self, results):
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(Catalog, "write_batch", full)


def test_a_full_cache_answers_reads_from_the_index_as_it_is(indexed, capsys, monkeypatch):
    _disk_full(monkeypatch)
    cache = Library(indexed).home
    code, out, err = _run(capsys, "figures", indexed, "--json")
    assert code == 0
    assert err.splitlines() == [f"tally: note: could not update the index: the cache folder {cache} is full: "
                                "free space or set TALLY_CACHE_DIR; showing it as it was"]
    assert len(out.splitlines()) == 43  # the sample articles' figures, without the new file's
    code, out, err = _run(capsys, "search", "Bakhmut", indexed)
    assert code == 0 and "Bakhmut" in out and len(err.splitlines()) == 1


def test_index_on_a_full_cache_fails_with_one_line_and_the_next_run_finishes(indexed, capsys, monkeypatch):
    with monkeypatch.context() as m:
        _disk_full(m)
        code, out, err = _run(capsys, "index", indexed)
        assert code == 1
        assert err.strip().endswith("is full: free space or set TALLY_CACHE_DIR")
        assert len(err.strip().splitlines()) == 1
        with pytest.raises(LibraryUnwritable):
            Library(indexed).update()
    report = Library(indexed).update()
    assert report.added == 1
    assert {f.value for f in Library(indexed).figures() if f.file == "new.txt"} == {77}


def _can_mount() -> bool:
    return shutil.which("mount") is not None and subprocess.run(
        ["sh", "-c", "test $(id -u) = 0"]).returncode == 0


@pytest.mark.skipif(not _can_mount(), reason="needs root to mount a small file system")
@pytest.mark.parametrize("state", ["full", "read-only"])
def test_a_real_full_or_read_only_cache_folder(tmp_path, samples_dir, capsys, monkeypatch, state):
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mnt)]).returncode != 0:
        pytest.skip("mounting is not permitted here")
    try:
        monkeypatch.setenv("TALLY_CACHE_DIR", str(mnt))
        root = tmp_path / "corpus"
        shutil.copytree(samples_dir, root)
        assert _run(capsys, "index", root)[0] == 0
        (root / "new.txt").write_text(NEW, encoding="utf-8")
        if state == "full":
            with open(mnt / "filler", "wb") as fh:
                try:
                    while True:
                        fh.write(b"\0" * 65536)
                except OSError:
                    pass
        else:
            subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        code, out, err = _run(capsys, "figures", root, "--json")
        assert code == 0 and len(out.splitlines()) == 43
        assert len(err.splitlines()) == 1 and f"is {state}" in err
        code, out, err = _run(capsys, "search", "Bakhmut", root)
        assert code == 0 and "Bakhmut" in out
    finally:
        subprocess.run(["umount", "-l", str(mnt)])

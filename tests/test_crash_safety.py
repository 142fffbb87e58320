"""Nothing lost to a crash: `tally index` killed at any moment leaves a usable index and the
next run converges to the corpus; two writers at once do not corrupt it; a damaged index folder
is noticed and rebuilt with a message."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index.storage.cache import CATALOG, INDEX, LOCK
from index.library import Library
from tests.conftest import REPO

N_ARTICLES = 300


def article(i: int, version: int) -> str:
    value = 100_000 + i * 1_000 + version
    return (f"Losses report number {i}\n"
            f"According to the General Staff of Ukraine, Russia has lost {value:,} troops "
            f"since February 24, 2022, the report said on Monday.\n")


def expected_value(i: int, version: int) -> int:
    return 100_000 + i * 1_000 + version


def make_corpus(root: Path, n: int = N_ARTICLES) -> dict[str, int]:
    root.mkdir(parents=True)
    state = {}
    for i in range(n):
        (root / f"a{i:04d}.txt").write_text(article(i, 0), encoding="utf-8")
        state[f"a{i:04d}.txt"] = 0
    return state


def mutate(root: Path, state: dict[str, int], rng: random.Random, next_id: list[int]) -> None:
    """Edit, add and delete a few files, as a scraper adding to a folder would."""
    for name in rng.sample(sorted(state), 10):
        state[name] += 1
        (root / name).write_text(article(int(name[1:5]), state[name]), encoding="utf-8")
    for name in rng.sample(sorted(state), 3):
        (root / name).unlink()
        del state[name]
    for _ in range(4):
        name = f"a{next_id[0]:04d}.txt"
        (root / name).write_text(article(next_id[0], 0), encoding="utf-8")
        state[name] = 0
        next_id[0] += 1


def check_matches(lib: Library, state: dict[str, int]) -> None:
    assert {a.file for a in lib.articles()} == set(state)
    got = {f.file: f.value for f in lib.figures() if f.value >= 100_000}
    assert got == {name: expected_value(int(name[1:5]), v) for name, v in state.items()}
    # the search index holds exactly the same articles
    result = lib.search("losses", limit=5)
    assert result.total == len(state)
    assert lib.search(f"value:{expected_value(int(min(state)[1:5]), state[min(state)])}").total == 1


def tally_proc(tmp_path, *argv) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}  # the checkout under test
    return subprocess.Popen([sys.executable, "-m", "tui.cli", *map(str, argv)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def test_killed_index_runs_leave_a_usable_index_that_converges(tmp_path):
    root = tmp_path / "corpus"
    state = make_corpus(root)
    rng = random.Random(20240504)
    started = time.monotonic()
    first = tally_proc(tmp_path, "index", root)
    out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    full = time.monotonic() - started
    next_id = [N_ARTICLES]
    for round_ in range(20):
        mutate(root, state, rng, next_id)
        argv = ["index", root] + (["--rebuild"] if round_ % 4 == 0 else [])
        proc = tally_proc(tmp_path, *argv)
        time.sleep(rng.uniform(0.05, max(0.3, full)))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        # the index as the kill left it: readable, searchable, no exception
        lib = Library(root)
        lib.articles()
        lib.figures()
        lib.search("losses")
        # the next run converges to the corpus
        report = Library(root).update()
        assert not [m for m in report.messages if "damaged" in m], report.messages
        check_matches(Library(root), state)
        assert "Traceback" not in out + err


def test_two_writers_at_once_one_waits_or_is_busy_and_the_index_is_right(tmp_path):
    root = tmp_path / "corpus"
    state = make_corpus(root, 250)
    procs = [tally_proc(tmp_path, "index", root) for _ in range(2)]
    results = [p.communicate(timeout=120) + (p.returncode,) for p in procs]
    codes = sorted(code for _, _, code in results)
    assert codes in ([0, 0], [0, 1]), results
    for out, err, code in results:
        assert "Traceback" not in err
        if code == 1:
            assert err.strip() == ("tally: error: another `tally index` is updating this "
                                   "library; try again when it finishes")
    lib = Library(root)
    assert lib.update().added == 0
    check_matches(lib, state)


@pytest.fixture
def built(tmp_path):
    root = tmp_path / "corpus"
    state = make_corpus(root, 40)
    lib = Library(root)
    lib.update()
    return lib, state


def segment_files(lib: Library) -> list[Path]:
    files = [p for p in (lib.cache / INDEX).iterdir() if p.is_file() and "LOCK" not in p.name]
    return sorted(files, key=lambda p: p.stat().st_size, reverse=True)


def damage_truncate(lib):
    with open(segment_files(lib)[0], "r+b") as fh:
        fh.truncate(max(1, fh.seek(0, 2) // 2))


def damage_delete(lib):
    segment_files(lib)[0].unlink()


def damage_garbage(lib):
    path = segment_files(lib)[0]
    size = path.stat().st_size
    path.write_bytes(os.urandom(size))


@pytest.mark.parametrize("damage", [damage_truncate, damage_delete, damage_garbage])
def test_a_damaged_search_index_is_rebuilt_with_a_message(built, damage):
    lib, state = built
    damage(lib)
    report = Library(lib.root).update()
    assert any("search index was damaged" in m for m in report.messages), report.messages
    check_matches(Library(lib.root), state)


@pytest.mark.parametrize("where", ["header", "middle", "all"])
def test_a_damaged_catalog_is_rebuilt_from_the_corpus_with_a_message(built, where):
    lib, state = built
    path = lib.cache / CATALOG
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        if where == "header":
            fh.write(b"this is not a database" * 5)
        elif where == "middle":
            fh.seek(size // 2)
            fh.write(os.urandom(8192))
        else:
            fh.write(os.urandom(size))
    report = Library(lib.root).update()
    assert any("catalog was damaged" in m for m in report.messages), report.messages
    check_matches(Library(lib.root), state)


def test_a_missing_index_folder_is_rebuilt(built):
    lib, state = built
    import shutil

    shutil.rmtree(lib.cache / INDEX)
    report = Library(lib.root).update()
    assert any("search index" in m for m in report.messages)
    check_matches(Library(lib.root), state)


def test_tally_commands_report_a_rebuild_on_stderr(built, tmp_path):
    lib, state = built
    damage_delete(lib)
    proc = tally_proc(tmp_path, "articles", lib.root, "--json")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and len(out.splitlines()) == len(state)
    assert "tally: note: the search index was damaged" in err


def test_a_killed_writer_lock_is_recovered_not_waited_on(built, tmp_path):
    lib, state = built
    proc = subprocess.Popen([sys.executable, "-c", (
        "import fcntl, os, sys, time\n"
        f"fd = os.open({str(lib.cache / LOCK)!r}, os.O_RDWR)\n"
        "fcntl.flock(fd, fcntl.LOCK_EX)\n"
        "os.pwrite(fd, str(os.getpid()).encode(), 0)\n"
        "print('locked', flush=True)\n"
        "time.sleep(60)\n")], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    proc.kill()
    proc.wait()
    started = time.monotonic()
    report = Library(lib.root, lock_timeout=30).update()
    assert time.monotonic() - started < 10  # no wait for a dead holder
    assert any("interrupted" in m for m in report.messages)

"""A run killed at any phase of an update (each progress event: the scan, every extracted
batch, the writing of the search index, the end), rebuilds included, leaves a library that the
next complete run brings to exactly what a fresh rebuild of the same folder gives: the same
articles, figures, duplicates and search hits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from index.library import Library
from tests.conftest import REPO

# Run in a child process: update the library and SIGKILL itself at the first event of a phase,
# at its middle (half the files done) or at its last (all done).
_DRIVER = """
import os, signal, sys
from pathlib import Path
from index.library import Library
root, cache, phase, which, rebuild = sys.argv[1:6]
def progress(p):
    if p.phase == phase and (which == "first" or p.done * (2 if which == "mid" else 1) >= p.total):
        os.kill(os.getpid(), signal.SIGKILL)
Library(Path(root), Path(cache)).update(progress=progress, rebuild=rebuild == "1")
"""
KILLS = [("scan", "first"), ("extract", "first"), ("extract", "last"), ("write", "first"),
         ("write", "last"), ("done", "first")]

QUERIES = ("Russia", "tanks", "General Staff", "losses", "value:>1000")
N_FILES = 48  # over the size where `tally index` shares the files out to worker processes


def _article(i: int, version: int) -> str:
    return (f"Report {i} on losses\n"
            f"According to the General Staff of Ukraine, Russia has lost {10_000 + i * 10 + version:,} "
            f"troops and {100 + i} tanks since February 24, 2022.\n")


def _drive(root: Path, cache: Path, phase: str, which: str, rebuild: bool) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-c", _DRIVER, str(root), str(cache), phase, which,
                           "1" if rebuild else "0"], capture_output=True, text=True, env=env, timeout=120)


def _state(lib: Library) -> dict:
    report_dups = sorted(lib.update().duplicates)
    return {
        "articles": sorted((a.file, a.title) for a in lib.articles()),
        "duplicates": report_dups,
        "figures": sorted((f.file, f.value, f.metric, f.side or "", f.claimant or "") for f in lib.figures()),
        "hits": {q: sorted(h.file for h in lib.search(q, limit=1000).hits) for q in QUERIES},
    }


def _change(root: Path, step: int) -> None:
    """Edit one file, add a new one and a copy of an existing one, delete one."""
    (root / f"a{step % N_FILES:03d}.txt").write_text(_article(step % N_FILES, step), encoding="utf-8")
    (root / f"new{step:03d}.txt").write_text(_article(500 + step, 0), encoding="utf-8")
    originals = sorted(root.glob("a*.txt"))
    (root / f"copy{step:03d}.txt").write_text(originals[step * 7 % len(originals)].read_text())
    victim = root / f"a{(step + 20) % N_FILES:03d}.txt"
    if victim.exists():
        victim.unlink()


@pytest.fixture
def corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for i in range(N_FILES):
        (root / f"a{i:03d}.txt").write_text(_article(i, 0), encoding="utf-8")
    for i in range(0, N_FILES, 6):  # repeated articles, as a scraper saves them twice
        (root / f"z{i:03d}.txt").write_text(_article(i, 0), encoding="utf-8")
    return root


def test_a_kill_at_any_phase_converges_to_a_fresh_rebuild(corpus, tmp_path):
    cache = tmp_path / "cache"
    step = 0
    for rebuild in (False, True):
        for phase, which in KILLS:
            step += 1
            _change(corpus, step)
            killed = _drive(corpus, cache, phase, which, rebuild)
            assert killed.returncode == -signal.SIGKILL, (phase, which, rebuild, killed.stderr)
            got = _state(Library(corpus, cache))
            fresh_cache = tmp_path / f"fresh{step}"
            Library(corpus, fresh_cache).update(rebuild=True)
            want = _state(Library(corpus, fresh_cache))
            assert got == want, (phase, which, rebuild)
            assert want["duplicates"], "the corpus holds repeated articles"

"""Where the time goes when a target is missed: `python -m bench profile --size N WHAT`
runs one slow path under cProfile and prints the top functions (cumulative and own time).

WHAT is one of: index (full build into an empty scratch cache), unchanged (re-run on an
indexed corpus), edited (100 edits + 10 deletions, then restored), query:NAME (a query of
bench.probe.QUERIES, 30 warm runs), reader (TallyApp start to the list shown, then typing).
Only the main process is profiled: work done in worker processes shows as waiting."""

from __future__ import annotations

import cProfile
from contextlib import redirect_stderr, redirect_stdout
import io
import os
import pstats
import shutil
import sys
import time
from pathlib import Path

from bench.probe import QUERIES, reader
from bench.run import Bench


def _cli(args: list[str]) -> None:
    """`tally ARGS` in this process, its output discarded (only its time matters here)."""
    from tui.cli.main import main

    with open(os.devnull, "w") as null, redirect_stdout(null), redirect_stderr(null):
        try:
            main(args)
        except SystemExit:
            pass


def _top(prof: cProfile.Profile, n: int) -> str:
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    stats.strip_dirs()
    stats.sort_stats("cumulative").print_stats(n)
    stats.sort_stats("tottime").print_stats(n)
    lines = [ln for ln in out.getvalue().splitlines() if ln.strip()]
    return "\n".join(lines)


def profile(size: int, what: str, base: Path, top: int = 25) -> str:
    bench = Bench(size, base, log=lambda m: print(m, file=sys.stderr))
    bench.ensure_corpus()
    root = str(bench.corpus)
    cache = bench.scratch / "profile-cache"
    os.environ.update(bench.env(cache))
    bench.failures = []
    if what != "index" and not cache.exists():
        print("building the index to profile against ...", file=sys.stderr)
        _cli(["index", root])
    if what == "index" and cache.exists():
        shutil.rmtree(cache)
    prof = cProfile.Profile()
    started = time.perf_counter()
    if what in ("index", "unchanged"):
        prof.runcall(_cli, ["index", root])
    elif what == "edited":
        undo = bench.edit(99)
        try:
            prof.runcall(_cli, ["index", root])
        finally:
            bench.undo(*undo)
            _cli(["index", root])  # leave the index matching the restored corpus
    elif what.startswith("query:"):
        from index.library import Library

        lib = Library(Path(root))
        q = QUERIES[what.split(":", 1)[1]]
        lib.search(q, limit=20)
        started = time.perf_counter()
        prof.enable()
        for _ in range(30):
            lib.search(q, limit=20)
        prof.disable()
    elif what == "reader":
        prof.runcall(reader, Path(root))
    else:
        raise SystemExit(f"unknown WHAT {what!r}; see `python -m bench profile --help`")
    took = time.perf_counter() - started
    return f"## profile: {what} at {size:,} articles ({took:.2f} s under cProfile)\n\n" + _top(prof, top)

"""Measurements that must run inside one tally process: warm queries through the Library, the
reader under a Textual pilot, and the counts of an index. Each runs as
`python -m bench probe KIND ROOT` in its own process (so one cannot warm another) and prints
one JSON object as its last line of output."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

from bench.measure import median, percentile

# What a user asks, from rare to everywhere (shares are of the source articles, before the
# corpus multiplies them): a name in 0.2 % of articles, two words in 92 %, a phrase in 38 %,
# a misspelling, a stem, a claimant and a value range.
QUERIES = {
    "selective term": "Kristoffersen",
    "common AND": "russia AND ukraine",
    "phrase": '"vladimir putin"',
    "fuzzy": "kremlim~",
    "prefix": "mobili*",
    "claimant:": 'claimant:"General Staff of Ukraine"',
    "value:>500000": "value:>500000",
}
READER_QUERY = "Kristoffersen"
# Typed into the reader: a rare name, then a word in 28 % of the source articles.
READER_QUERIES = {"keystroke_s": READER_QUERY, "keystroke_common_s": "kremlin"}
ENTER_QUERY = "mobili*"


def queries(root: Path, repeat: int = 30, limit: int = 20) -> dict:
    """p50/p95 of each query, warm: one Library, each query run once before timing."""
    from index.library import Library

    t0 = time.perf_counter()
    lib = Library(root)
    lib.search(QUERIES["selective term"], limit=limit)
    opened = time.perf_counter() - t0  # opening is lazy: this is open plus the first query
    out = {"open_s": opened, "queries": {}}
    for name, q in QUERIES.items():
        result = lib.search(q, limit=limit)  # warm-up: parse, open segments, fill caches
        times, cpu = [], []
        for _ in range(repeat):
            t, c = time.perf_counter(), time.thread_time()
            result = lib.search(q, limit=limit)
            times.append(time.perf_counter() - t)
            cpu.append(time.thread_time() - c)
        snippets = sum(1 for h in result.hits if h.snippet)
        out["queries"][name] = {
            "query": q, "total": result.total, "returned": len(result.hits),
            "snippets": snippets, "p50_ms": 1000 * median(times),
            "p95_ms": 1000 * percentile(times, 95),
            "cpu_p50_ms": 1000 * median(cpu),  # what a quiet machine would take
        }
    return out


def counts(root: Path, exact_up_to: int = 20000, sample: int = 1000) -> dict:
    """Articles, figures and sentences in the index (sentences exact for small libraries,
    else estimated from an evenly spread sample, and marked so)."""
    from index.library import Library

    lib = Library(root)
    rows = lib.articles()
    files = [a.file for a in rows]
    step = 1 if len(files) <= exact_up_to else max(1, len(files) // sample)
    picked = files[::step]
    sentences = sum(len(lib.article(f).sentences) for f in picked)
    estimated = step > 1
    if estimated and picked:
        sentences = round(sentences * len(files) / len(picked))
    return {"articles": len(rows), "skipped": len(lib.skipped()),
            "figures": sum(a.figures for a in rows),
            "words": sum(a.words for a in rows), "sentences": sentences,
            "sentences_estimated": estimated}


async def _until(pilot, check, timeout: float, step: float = 0.002) -> float | None:
    """Seconds until `check()` holds (polling the app between frames), None on timeout."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if check():
            return time.perf_counter() - start
        await pilot.pause(step)
    return None


async def _painted_after(pilot, action, done, timeout: float) -> float | None:
    """Seconds from starting `action` (a key press) to the first time the screen is painted
    with `done()` true. The pilot's own press returns only once the app has been idle for a
    while, in 20 ms steps (`textual._wait.wait_for_idle`), which would add 40-60 ms that no
    user waits: the paint is what the user sees."""
    app = pilot.app
    display = app._display
    painted: list[float] = []

    def timed_display(screen, renderable) -> None:
        display(screen, renderable)
        if not painted and done():
            painted.append(time.perf_counter())

    app._display = timed_display
    start = time.perf_counter()
    press = asyncio.ensure_future(action())
    try:
        while not painted and time.perf_counter() - start < timeout:
            await asyncio.sleep(0.001)
    finally:
        await press
        del app._display
    return painted[0] - start if painted else None


async def _type(pilot, articles, query: str, lib, timeout: float) -> float | None:
    """Seconds from the last keystroke of `query` to the screen painted with the list showing
    its result (the search bar's debounce included). The list has settled when it leads with
    the query's top hit: a search for a prefix, fired while typing, does not count."""
    top = [h.file for h in lib.search(query, limit=1).hits]
    before = list(articles.files)

    def settled() -> bool:
        return articles.files != before and articles.files[:1] == top

    for ch in query[:-1]:
        await pilot.press(ch)
    return await _painted_after(pilot, lambda: pilot.press(query[-1]), settled, timeout)


async def _reader(root: Path, timeout: float, stash: Path | None = None) -> dict:
    t_import = time.perf_counter()
    from tui.app import TallyApp
    from tui.panes.article_list import ArticleList
    from tui.panes.search_bar import SearchInput

    imported = time.perf_counter() - t_import
    out: dict = {"import_s": imported}
    t0 = time.perf_counter()
    app = TallyApp(root)
    async with app.run_test(size=(120, 36)) as pilot:
        articles = app.query_one(ArticleList)
        usable = await _until(pilot, lambda: bool(articles.files), timeout)
        out["usable_s"] = None if usable is None else time.perf_counter() - t0
        out["listed"] = len(articles.files)
        if usable is None:
            return out
        # Opening also checks the corpus for changes in the background; time that, and type
        # only once it is done, so the keystroke numbers are the steady state.
        def checking() -> bool:
            return any(w.group == "index" and not w.is_finished for w in app.workers)

        await _until(pilot, lambda: not checking(), timeout)
        out["checked_s"] = time.perf_counter() - t0
        from index.library import Library

        lib = Library(root)
        field = app.query_one(SearchInput)
        everything = list(articles.files)
        await pilot.press("slash")
        await pilot.pause()
        for key, query in READER_QUERIES.items():
            if field.value:  # back to the whole list before the next query
                field.value = ""
                await _until(pilot, lambda: articles.files == everything, timeout)
            out[key] = await _type(pilot, articles, query, lib, timeout)
        hits = list(articles.files)
        out["hits_listed"] = len(hits)
        # Enter on another query: the search runs at once (no debounce), so this is the
        # engine plus the redraw.
        field.value = ENTER_QUERY
        out["enter_s"] = await _painted_after(
            pilot, lambda: pilot.press("enter"),
            lambda: bool(articles.files) and articles.files != hits, timeout)
        if stash is not None:
            out["reindex_s"] = await _reindex(pilot, app, root, stash, timeout)
    return out


async def _reindex(pilot, app, root: Path, stash: Path, timeout: float) -> float | None:
    """Seconds from `r`, after 100 articles were edited and 10 deleted behind the open
    reader, to the screen painted with the updated library; the corpus is put back (and
    indexed again) afterwards."""
    from bench.run import edit_articles, undo_edit

    def indexed(before) -> bool:
        return app.report is not before and not app.indexing and app.summaries is not listed

    originals, moved = edit_articles(root, stash, "reader-edit", 500)
    try:
        before, listed = app.report, app.summaries
        took = await _painted_after(pilot, lambda: pilot.press("r"), lambda: indexed(before),
                                    timeout)
    finally:
        undo_edit(originals, moved)
    before, listed = app.report, app.summaries
    await pilot.press("r")
    await _until(pilot, lambda: indexed(before), timeout)
    return took


async def _first_reader(root: Path, timeout: float) -> dict:
    """The reader on a library never indexed (an empty cache): seconds until articles are
    listed, and until the first index is done (to set beside `tally index`)."""
    from tui.app import TallyApp

    t0 = time.perf_counter()
    app = TallyApp(root)
    async with app.run_test(size=(120, 36)) as pilot:
        listed = await _until(pilot, lambda: bool(app.summaries), timeout, step=0.01)
        first = len(app.summaries)
        await _until(pilot, lambda: app.report is not None and not app.indexing, timeout,
                     step=0.05)
        return {"listed_s": None if listed is None else listed, "listed_first": first,
                "done_s": time.perf_counter() - t0, "articles": len(app.summaries)}


def first_reader(root: Path, timeout: float = 600.0) -> dict:
    return asyncio.run(_first_reader(root, timeout))


def reader(root: Path, stash: Path | None = None, timeout: float = 60.0) -> dict:
    return asyncio.run(_reader(root, timeout, stash))


def main(argv: list[str]) -> int:
    kind, root = argv[0], Path(argv[1])
    probes = {"queries": queries, "counts": counts, "reader": reader,
              "first_reader": first_reader}
    extra = [Path(a) for a in argv[2:]]
    result = probes[kind](root, *extra)
    sys.stdout.write(json.dumps(result) + "\n")
    return 0

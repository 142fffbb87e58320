"""What each part of a search costs, Whoosh's own work apart from tally's: run as
`python -m bench floor --size N` against the index `bench run`/`profile` left in the scratch
cache (it builds one if there is none).

For every query of bench.probe.QUERIES, medians of CPU time over warm runs of: parsing; Whoosh collecting
the top 20; counting every match exactly (`len(results)`, which re-runs the query when Whoosh
skipped blocks); the cheap estimate instead; expanding the query's terms for highlighting;
tally's hit offsets for the 20 hits; and, as a measured alternative, offsets that stem only
tokens that can match (same start as a query term). This reaches into index.storage.search_index on
purpose: it is the engine's floor that is being measured, not tally's interface."""

from __future__ import annotations

import os
import time
from pathlib import Path

from bench.measure import median
from bench.probe import QUERIES


def _ms(fn, repeat: int) -> tuple[float, object]:
    """Median CPU milliseconds of `fn()` in this thread: on a shared machine, wall time
    measures the neighbours; a quiet machine would take about this long."""
    fn()  # warm
    times, out = [], None
    for _ in range(repeat):
        t = time.thread_time()
        out = fn()
        times.append(time.thread_time() - t)
    return 1000 * median(times), out


def _lean_offsets(terms, phrases, title, text, stem):
    """Offsets as index.storage.search_index computes them, but a token is only stemmed when its first two
    letters start some query term (stems keep their first two letters), and phrases only
    look at tokens that could start one."""
    from whoosh.analysis import RegexTokenizer

    words = set(terms.get("body", ())) | set(terms.get("title", ()))
    for _, ws in phrases:
        words.update(ws)
    heads = {w[:2] for w in words}
    spans = []
    for t in RegexTokenizer()(text, chars=True):
        low = t.text.lower()
        if low[:2] in heads and stem(low) in words:
            spans.append((t.startchar, t.endchar))
    return spans


def floor(root: Path, repeat: int = 15) -> list[dict]:
    from whoosh.lang.porter import stem

    from index.storage import search_index as st
    from index.library import Library
    from index.storage.catalog_rows import name_from_db

    lib = Library(root)
    lib.search("warm", limit=1)
    store, cat = lib._store, lib._cat()
    rows = []
    for name, text in QUERIES.items():
        row = {"query": name}
        row["parse"], q = _ms(lambda: store.parse(text), repeat)
        searcher = store.searcher()  # the library may re-open it: fetch it for each query
        row["top20"], results = _ms(lambda: [h["file"] for h in searcher.search(q, limit=20)],
                                    repeat)
        res = searcher.search(q, limit=20)
        row["exact count"], total = _ms(lambda: len(searcher.search(q, limit=20)), repeat)
        row["exact count"] -= row["top20"]
        row["estimate"], est = _ms(lambda: searcher.search(q, limit=20).estimated_length(),
                                   repeat)
        row["estimate"] -= row["top20"]
        row["total"], row["estimated total"] = total, est
        row["expand terms"], (terms, phrases) = _ms(
            lambda: st._query_terms(q, searcher.reader()), repeat)
        files = [h["file"] for h in res]
        texts = cat.article_texts([name_from_db(f) for f in files])
        pairs = list(texts.values())
        row["offsets x20"], _ = _ms(
            lambda: [st._offsets(terms, phrases, t, b) for t, b in pairs], repeat)
        row["lean offsets x20"], _ = _ms(
            lambda: [_lean_offsets(terms, phrases, t, b, stem) for t, b in pairs], repeat)
        row["library.search"], _ = _ms(lambda: lib.search(text, limit=20), repeat)
        rows.append(row)
    return rows


def table(rows: list[dict]) -> str:
    cols = ["library.search", "parse", "top20", "exact count", "estimate", "expand terms",
            "offsets x20", "lean offsets x20"]
    out = ["| query (CPU ms, median) | " + " | ".join(cols) + " | matches (exact / estimate) |",
           "|---" * (len(cols) + 2) + "|"]
    for r in rows:
        cells = [f"{max(r[c], 0):.1f}" for c in cols]
        out.append(f"| {r['query']} | " + " | ".join(cells)
                   + f" | {r['total']} / {r['estimated total']} |")
    return "\n".join(out)


def run(size: int, base: Path) -> str:
    from bench.profile import _cli
    from bench.run import Bench

    bench = Bench(size, base)
    bench.ensure_corpus()
    cache = bench.scratch / "profile-cache"
    os.environ.update(bench.env(cache))
    _cli(["index", str(bench.corpus)])  # up to date with this version of tally
    return f"## search cost by part at {size:,} articles\n\n" + table(floor(bench.corpus))

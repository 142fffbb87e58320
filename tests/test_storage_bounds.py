"""What the cache holds grows with the articles, not with their figures times their sentences:
a long one-sentence file made a cache over a thousand times its size (every figure row held
its whole sentence), and the search fields of an article with many distinct values took
quadratic time to build."""

from __future__ import annotations

import time
from pathlib import Path

from index.library import Library
from index.storage.documents import Doc, _fields


def _cache_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def test_a_long_sentence_with_many_figures_is_stored_once(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    article = root / "long.txt"
    article.write_text("Losses\n" + "Russia has lost 1,000 soldiers " * 1250 + ".\n", encoding="utf-8")
    lib = Library(root)
    report = lib.update()
    assert report.figures > 1000
    assert _cache_bytes(lib.home) < 20 * article.stat().st_size  # it was 1,300 times
    article = lib.article("long.txt")
    for figures in (lib.figures(), article.figures):  # library-wide, and the reader's article
        assert len(figures) == report.figures
        assert all(f.sentence == article.text[f.sentence_start:f.sentence_end] and f.text in f.sentence
                   for f in figures)


def _build(n: int) -> float:
    figures = [(float(i), None, "tanks", "russia", f"Claimant {i % 500}") for i in range(n)]
    doc = Doc("f.txt", "k", "t", "x", None, None, figures)
    started = time.process_time()
    fields = _fields(doc)
    took = time.process_time() - started
    assert fields["value"] == list(range(n))  # each value once, in order
    return took


def test_search_fields_of_many_distinct_values_take_linear_time():
    small, large = min(_build(4_000) for _ in range(3)), min(_build(64_000) for _ in range(2))
    # 16 times the values; a list lookup made it 256; 40 leaves room for a busy machine's noise
    assert large <= 40 * max(small, 0.001)

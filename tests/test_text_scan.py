"""Searching the texts a first index has written so far, before its search index exists."""

from __future__ import annotations

from index.text_scan import scan

TEXTS = [("a.txt", "Bakhmut falls", "Fighting around Bakhmut went on. Soledar fell."),
         ("b.txt", "Tanks", "Russia lost 7,650 tanks, Kyiv says."),
         ("c.txt", "Other", "Nothing about the town here.")]


def test_every_word_must_be_there_and_a_star_is_a_prefix():
    result = scan("Bakh*", TEXTS)
    assert [h.file for h in result.hits] == ["a.txt"]
    hit = result.hits[0]
    s, e = hit.hits[0]
    assert TEXTS[0][2][s:e] == "Bakhmut"
    assert [h.file for h in scan("Bakhmut AND Soledar", TEXTS).hits] == ["a.txt"]
    assert scan("Bakh", TEXTS).total == 0  # a whole word, not a prefix


def test_field_terms_are_left_out_and_a_query_without_words_finds_nothing():
    assert [h.file for h in scan('tanks claimant:"General Staff"', TEXTS).hits] == ["b.txt"]
    assert scan("value:>500000", TEXTS).total == 0


def test_the_library_scans_its_catalog_texts(tmp_path):
    import shutil

    from index.library import Library
    from tests.conftest import SAMPLES

    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLES, corpus)
    lib = Library(corpus, cache_dir=tmp_path / "cache")
    lib.update()
    scanned = lib.scan("Bakh*")
    searched = lib.search("Bakhmut")
    assert sorted(h.file for h in scanned.hits) == sorted(h.file for h in searched.hits)
    assert len(scanned.hits) == 2

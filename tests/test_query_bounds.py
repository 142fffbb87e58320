"""Wildcards, prefixes, fuzzy terms and word ranges are bounded: a term matching more words
than the limit is refused with a one-line reason (`*a*` over 10,000 articles was a union of
most of the lexicon: many seconds of CPU per search, and per keystroke in the reader)."""

from __future__ import annotations

import pytest

from index.api import QueryError
from index.library import Library
from index.storage.search_index import matching


@pytest.fixture
def library(samples_dir, monkeypatch) -> Library:
    lib = Library(samples_dir)
    lib.update()
    monkeypatch.setattr(matching, "MAX_WORDS", 40)  # the sample articles' lexicon is small
    monkeypatch.setattr(matching, "MAX_QUERY_WORDS", 60)
    return lib


@pytest.mark.parametrize("query, shown", [("*a*", "`*a*`"), ("body:[a to z]", "`[a to z]`"),
                                          ("body:s*", "`s*`")])
def test_a_term_matching_too_many_words_is_refused_with_its_reason(library, query, shown):
    with pytest.raises(QueryError) as err:
        library.search(query)
    assert str(err.value) == f"{shown} matches too many different words (over 40): make it longer or more specific"


def test_terms_that_together_match_too_many_words_are_refused(library):
    with pytest.raises(QueryError, match="too many different words"):
        library.search("s* t* p*")  # each under 40, together over 60


def test_specific_wildcards_prefixes_and_fuzzy_terms_still_search(library):
    assert library.search("Bakh*").total == 2
    assert library.search("Bakhmutt~").total == 2
    assert library.search("value:>500000").total > 0

"""Searching the sample articles the way a journalist does: words, misspellings, phrases,
figures above a value, claimants; hits point at the words in the text; bad queries get a
one-line message that says where the problem is."""

from __future__ import annotations

import re
import shutil

import pytest

from index.api import QueryError
from index.library import Library


@pytest.fixture
def lib(tmp_path, samples_dir) -> Library:
    root = tmp_path / "corpus"
    shutil.copytree(samples_dir, root)
    library = Library(root)
    library.update()
    return library


def files_containing(lib: Library, pattern: str) -> set[str]:
    return {a.file for a in lib.articles()
            if re.search(pattern, lib.article(a.file).text, re.IGNORECASE)}


def test_bakhmut_finds_exactly_the_two_samples_that_name_it(lib):
    expected = files_containing(lib, r"\bBakhmut\b")
    assert len(expected) == 2
    result = lib.search("Bakhmut")
    assert {h.file for h in result.hits} == expected and result.total == 2
    for hit in result.hits:
        text = lib.article(hit.file).text
        assert hit.hits and all(text[s:e] == "Bakhmut" for s, e in hit.hits)
        assert len(hit.hits) == len(re.findall(r"\bBakhmut\b", text))
        assert hit.snippet_hits and all(hit.snippet[s:e] == "Bakhmut" for s, e in hit.snippet_hits)
        assert "\n" not in hit.snippet


def test_a_misspelling_with_tilde_finds_them_too(lib):
    assert {h.file for h in lib.search("Bakhmutt~").hits} == files_containing(lib, r"\bBakhmut\b")
    hit = lib.search("Bakhmutt~").hits[0]
    assert all(lib.article(hit.file).text[s:e] == "Bakhmut" for s, e in hit.hits)


def test_fuzzy_and_prefix_find_words_in_every_part_of_an_index_updated_in_steps(lib):
    # a later update adds its articles as a new part of the index; a misspelling or a
    # prefix must still reach the words in both parts, and count every match
    (lib.root / "later.txt").write_text(
        "Late news\nShelling continued near Bakhmutt and Bakhmuts outskirts overnight.\n",
        encoding="utf-8")
    lib.update()
    expected = files_containing(lib, r"\bBakhmut") | {"later.txt"}
    for query in ("Bakhmutt~", "Bakhmu*"):
        result = lib.search(query)
        assert {h.file for h in result.hits} == expected and result.total == len(expected)
        late = next(h for h in result.hits if h.file == "later.txt")
        text = lib.article("later.txt").text
        assert [text[s:e] for s, e in late.hits] == ["Bakhmutt", "Bakhmuts"]


def test_stemming_and_prefix_match_other_forms(lib):
    killed = lib.search("kill")
    assert killed.total == len(files_containing(lib, r"\bkill(s|ed|ing)?\b"))
    for hit in killed.hits:
        text = lib.article(hit.file).text
        assert all(text[s:e].lower().startswith("kill") for s, e in hit.hits)
    prefixed = lib.search("Bakh*")
    assert {h.file for h in prefixed.hits} == files_containing(lib, r"\bBakh")


def test_a_phrase_matches_the_words_together_only(lib):
    result = lib.search('"General Staff"')
    assert {h.file for h in result.hits} == files_containing(lib, r"\bGeneral\s+Staff\b")
    for hit in result.hits:
        text = lib.article(hit.file).text
        words = [text[s:e] for s, e in hit.hits]
        assert words and set(words) == {"General", "Staff"}
        # every highlighted "General" is followed by "Staff"
        for s, e in hit.hits:
            if text[s:e] == "General":
                assert re.match(r"General\s+Staff", text[s:])


def test_value_above_a_number(lib):
    expected = {f.file for f in lib.figures(files={a.file for a in lib.articles()})
                if f.value > 500000 or (f.upper or 0) > 500000}
    assert expected
    for query in ("value:>500000", "value:>500,000"):
        result = lib.search(query, limit=50)
        # an article with several figures in range is one hit, counted once
        assert sorted(h.file for h in result.hits) == sorted(expected)
        assert result.total == len(expected)


def test_a_range_the_engine_reports_twice_is_still_one_hit(lib, monkeypatch):
    # the engine's union of a range's terms gave an article once per figure in range on
    # large segments (seen at 10,000 articles): simulated here by doubling its answer
    from whoosh import query as wquery
    from whoosh.matching import ListMatcher

    engine = wquery.NumericRange.matcher

    def doubled(self, searcher, context=None):
        ids = list(engine(self, searcher, context).all_ids())
        return ListMatcher(sorted(ids + ids), all_weights=1.0)

    monkeypatch.setattr(wquery.NumericRange, "matcher", doubled)
    expected = {f.file for f in lib.figures() if f.value > 500000 or (f.upper or 0) > 500000}
    result = lib.search("value:>500000", limit=50)
    assert sorted(h.file for h in result.hits) == sorted(expected)
    assert result.total == len(expected)


def test_claimant_field(lib):
    expected = {f.file for f in lib.figures() if f.claimant == "General Staff of Ukraine"}
    assert expected
    result = lib.search('claimant:"General Staff of Ukraine"', limit=50)
    assert {h.file for h in result.hits} == expected


def test_published_year_and_range(lib):
    dated = [a for a in lib.articles() if a.published or a.published_estimate]
    if not dated:
        pytest.skip("no sample article has a date yet")
    year = (dated[0].published or dated[0].published_estimate)[:4]
    expected = {a.file for a in lib.articles()
                if (a.published or a.published_estimate or "").startswith(year)}
    assert {h.file for h in lib.search(f"published:{year}", limit=50).hits} == expected
    ranged = lib.search(f"published:[{year}-01-01 to {year}-12-31]", limit=50)
    assert {h.file for h in ranged.hits} == expected


def test_boolean_operators_and_not(lib):
    both = files_containing(lib, r"\bBakhmut\b") & files_containing(lib, r"\bSoledar\b")
    assert {h.file for h in lib.search("Bakhmut AND Soledar").hits} == both
    without = lib.search("Bakhmut NOT Soledar")
    assert {h.file for h in without.hits} == files_containing(lib, r"\bBakhmut\b") - both
    for hit in without.hits:  # a NOT word is not highlighted
        text = lib.article(hit.file).text
        assert all(text[s:e] != "Soledar" for s, e in hit.hits)


def test_total_counts_all_matches_beyond_the_limit(lib):
    result = lib.search("Bakhmut", limit=1)
    assert result.total == 2 and len(result.hits) == 1


def test_nothing_found_is_an_empty_result_not_an_error(lib):
    result = lib.search("zzyzzyxx")
    assert result.total == 0 and result.hits == []


@pytest.mark.parametrize("query, words", [
    ('"unbalanced', ["unbalanced quote", "character 1"]),
    ("Bakhmut)", ["unbalanced ')'", "character 8"]),
    ("(Bakhmut OR Soledar", ["unbalanced '('", "character 1"]),
    ("colour:red", ["unknown field 'colour:'", "title, body"]),
    ("value:>abc", ["not a number", "value:>500000"]),
    ("value:>99999999999999999999999", ["too large"]),
    ("published:2024-13-45", ["not a date", "published:2024"]),
    ("Bakhmut~5", ["too large", "~1 or ~2"]),
    ("metric:tank", ["unknown metric", "tanks"]),
    ("side:france", ["unknown side", "russia"]),
    ("   ", ["empty query"]),
    ("(" * 40 + "a" + ")" * 40, ["nested too deeply"]),
    ("value:[10 20]", ["bad range"]),
    ("published:[2023 until 2024]", ["bad date range"]),
])
def test_bad_queries_get_one_line_that_points_at_the_problem(lib, query, words):
    with pytest.raises(QueryError) as err:
        lib.search(query)
    message = str(err.value)
    assert "\n" not in message
    for word in words:
        assert word in message


def test_a_field_can_take_a_group(lib):
    result = lib.search("body:(Bakhmut OR Soledar)")
    assert {h.file for h in result.hits} == files_containing(lib, r"\b(Bakhmut|Soledar)\b")


def test_a_bracket_inside_a_phrase_is_just_text(lib):
    lib.search('"Bakhmut (city"')  # no error: the parenthesis is inside quotes


def test_markup_in_an_article_comes_back_as_plain_text(tmp_path):
    root = tmp_path / "hostile"
    root.mkdir()
    (root / "a.txt").write_text(
        "Title\n[bold red]Bakhmut[/] \x1b[31mfell\x1b[0m [link=http://x]here[/link]\n",
        encoding="utf-8")
    lib = Library(root)
    lib.update()
    hit = lib.search("Bakhmut").hits[0]
    assert "[bold red]" in hit.snippet
    assert [hit.snippet[s:e] for s, e in hit.snippet_hits] == ["Bakhmut"]


def test_a_search_given_time_enough_is_complete_and_the_same(lib):
    full = lib.search("Russia")
    budget = lib.search("Russia", time_limit=30)
    assert budget.complete and full.complete
    assert (budget.total, [h.file for h in budget.hits]) == (full.total, [h.file for h in full.hits])


def test_a_search_out_of_time_says_it_is_incomplete(lib, monkeypatch):
    from whoosh.collectors import TimeLimitCollector

    prepare = TimeLimitCollector.prepare

    def expired(self, *args, **kwargs):  # the budget is spent before the first match
        prepare(self, *args, **kwargs)
        self._timestop()

    monkeypatch.setattr(TimeLimitCollector, "prepare", expired)
    result = lib.search("Russia", time_limit=0.05)
    assert not result.complete and result.total < lib.search("Russia").total

"""The quick screen that decides which sentences extraction reads closely says exactly what the
two hint expressions say: a sentence it skipped would lose its figures."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.extraction import hints as extract
from index.reading import loading
from index.extraction.sentences import split_sentences


def _expected(text: str) -> tuple[bool, bool]:
    return (extract._NUM_HINT_RE.search(text) is not None,
            extract._ATTR_HINT_RE.search(text) is not None)


def _sentences(paths):
    for path in paths:
        articles, _ = loading.load_file(path, path.name)
        for art in articles:
            for s in split_sentences(art.text):
                yield art.text[s.start:s.end]


def test_the_screen_agrees_on_the_samples(samples_dir):
    seen = 0
    for text in _sentences(sorted(samples_dir.glob("*.txt"))):
        assert extract.hints(text) == _expected(text), text
        seen += 1
    assert seen > 100


def test_the_screen_agrees_on_real_reporting(gdelt_dir):
    for text in _sentences(sorted(gdelt_dir.rglob("*.txt"))[:200]):
        assert extract.hints(text) == _expected(text), text


def test_the_screen_passes_what_the_expressions_catch():
    assert extract.hints("Kyiv PUTS Russian losses at 7,000.") == (True, True)
    assert extract.hints("Officials raised their estimate of the dead") == (False, True)
    assert extract.hints("The ministry’s figures were grim") == (False, True)
    assert extract.hints("Twenty-one soldiers were killed") == (True, False)
    assert extract.hints("Losses: heavy") == (False, True)
    assert extract.hints("İNDICATED by the ſtaff") == (False, True)
    assert extract.hints("said_ saidé onehundred") == (False, False)
    assert extract.hints("Nothing here at all") == (False, False)


_PIECES = ["said", "SAID", "Said", "said_", "said2", "saidé", "éone", "one", "Twenty", "-",
           "puts", "losses", "at", "its", "estimate", "the", "number", "’s", "'s", "figures",
           "İNDICATED", "ındicated", "ſays", "\u212ailled", "٣", ":", " ", " ", ".", "\u00a0",
           "per", "by", "from", "update", "raised", "lifted", "their", "put", "toll", "tally"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_the_screen_agrees_on_generated_text(text):
    assert extract.hints(text) == _expected(text)


def test_every_word_of_the_say_verbs_is_screened_as_the_expression_screens_it():
    # The screen's word sets copy the verbs of attribution_patterns.SAY_VERBS: a verb added there but
    # not here would silently drop the sentences it alone marks as citing someone.
    import re

    from index.extraction.attribution_patterns import SAY_VERBS

    words = set(re.findall(r"[a-z]+", re.sub(r"\[([a-z]+)\]", lambda m: m[1][0], SAY_VERBS)))
    words |= set(re.findall(r"[a-z]+", re.sub(r"\[([a-z]+)\]", lambda m: m[1][-1], SAY_VERBS)))
    assert {"said", "described", "recognises", "recognizes"} <= words
    for word in sorted(words):
        for text in (word, f"Officials {word.upper()} nothing", f"{word.title()}."):
            assert extract.hints(text) == _expected(text), text


def test_the_verbs_of_saying_are_found_where_the_plain_list_finds_them(samples_dir, gdelt_dir):
    # the scan skips words by their first letter; it must find exactly what the list finds
    import re

    from index.extraction.attribution_patterns import SAY_RE, SAY_VERBS

    plain = re.compile(rf"\b(?:{SAY_VERBS})\b", re.I)
    paths = sorted(samples_dir.glob("*.txt")) + sorted(gdelt_dir.rglob("*.txt"))[:120]
    texts = list(_sentences(paths)) + ["Kyiv LIFTED its tally to 9,000", "Thinks tanks; thinks so", "(said)",
                                       "ſaid İS reporting, ıs claiming, WERE ALSO SAYING", "pegs its losses at"]
    for text in texts:
        assert [m.span() for m in SAY_RE.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    assert SAY_RE.search("The ministry lifted its count of the dead")


def test_the_letters_ignorecase_folds_to_ascii_are_the_ones_the_regrouped_verbs_know():
    import re

    from index.extraction.initials import FOLDS

    folded = {}
    for code in range(128, 0x110000):
        m = re.fullmatch("[a-z]", chr(code), re.I)
        if m:
            folded[chr(code)] = next(c for c in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(c, chr(code), re.I))
    assert folded == {c: letter for letter, cs in FOLDS.items() for c in cs}

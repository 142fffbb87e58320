"""Alternations regrouped by first letter (`index.extraction.initials`) match exactly what the
plain alternations match: the same places, the same words."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.extraction.attribution_patterns import BY_PARTICIPLES, FROM_WORKS, NOT_SAY_WORDS, PASSIVE_AUX, SAY_VERBS
from index.extraction.initials import by_initial, lookahead_of
from index.extraction.metrics import HISTORY, HYPOTHETICAL, OUTCOMES
from index.extraction.numbers import WORD_NUMBERS, _QUAL_OF
from index.extraction.sentences import split_sentences
from index.reading import loading

_QUALIFIERS = "|".join(sorted((re.escape(w) for w in _QUAL_OF), key=len, reverse=True))
_ALTERNATIONS = {"verbs": SAY_VERBS, "history": HISTORY, "hypothetical": HYPOTHETICAL, "qualifiers": _QUALIFIERS,
                 "passive": PASSIVE_AUX, "by": BY_PARTICIPLES, "numbers": WORD_NUMBERS,
                 "not saying": NOT_SAY_WORDS, "works": FROM_WORKS, **{f"outcome {c}": rx for c, rx in OUTCOMES}}


def _pair(alternation: str) -> tuple[re.Pattern, re.Pattern]:
    return (re.compile(rf"\b(?:{alternation})\b", re.I), re.compile(rf"\b(?:{by_initial(alternation)})\b", re.I))


def _spans(rx: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize("name", sorted(_ALTERNATIONS))
def test_regrouped_alternations_match_as_the_plain_ones_on_the_samples(name, samples_dir):
    plain, grouped = _pair(_ALTERNATIONS[name])
    seen = 0
    for path in sorted(samples_dir.glob("*.txt")):
        articles, _ = loading.load_file(path, path.name)
        for art in articles:
            for s in split_sentences(art.text):
                text = art.text[s.start:s.end]
                assert _spans(grouped, text) == _spans(plain, text), text
                seen += 1
    assert seen > 100


_WORDS = ["said", "SAID", "ſaid", "İS REPORTING", "ıs claiming", "Stalingrad", "ſtalingrad", "NAZI", "road crash",
          "braced", "PREPARING TO", "planning to", "might", "more than", "MORE  THAN", "approx.", "approx",
          "an estimated about", "up to", "at least", "puts losses at", "thinks tanks", "\u212a", "é", "_", "2",
          " ", " ", ",", ".", "-", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(_ALTERNATIONS)), st.lists(st.sampled_from(_WORDS), max_size=25).map("".join))
def test_regrouped_alternations_match_as_the_plain_ones_on_generated_text(name, text):
    plain, grouped = _pair(_ALTERNATIONS[name])
    assert _spans(grouped, text) == _spans(plain, text)


def test_an_alternative_that_may_be_skipped_or_opens_otherwise_is_refused():
    with pytest.raises(ValueError):
        by_initial(r"said|(?:is|was)?\s+saying")
    with pytest.raises(ValueError):
        by_initial(r"said|\d+ said")


def test_a_lookahead_of_the_first_letters_keeps_a_case_sensitive_alternation_s_matches(samples_dir):
    from index.extraction.initials import first_letters
    from index.extraction.metrics import FOREIGN

    plain = re.compile(rf"\b(?:{FOREIGN})\b")
    ahead = re.compile(rf"\b(?=[{first_letters(FOREIGN)}])(?:{FOREIGN})\b")
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in sorted(samples_dir.glob("*.txt"))]
    texts += ["worldwide, globally; the Red  Sea and World War II in Syria, syria, SYRIA, ſyria, Afghan-made"]
    for text in texts:
        assert _spans(ahead, text) == _spans(plain, text)
    assert first_letters(r"said|(?:is|Was)\s+saying|Kyiv") == "KWis"



def _lookahead_lists() -> dict[str, str]:
    from index.extraction.air_targets import _DOWNED
    from index.extraction.kind_cues import KIND_CUES
    from index.extraction.metrics import NOUNS

    return {"nouns": "|".join(rx for _, rx in NOUNS), "downed": _DOWNED, **{k: rx for k, rx, _ in KIND_CUES}}


@pytest.mark.parametrize("name", sorted(_lookahead_lists()))
def test_the_lookahead_of_a_list_holds_wherever_the_list_matches(name, samples_dir):
    """`lookahead_of` may hold where the list does not, never the other way (the nouns and the
    words of time open with optional words, word boundaries and lookbehinds too)."""
    alternation = _lookahead_lists()[name]
    plain, ahead = re.compile(rf"(?:{alternation})", re.I), re.compile(lookahead_of(alternation), re.I)
    seen = 0
    for path in sorted(samples_dir.glob("*.txt")):
        articles, _ = loading.load_file(path, path.name)
        for art in articles:
            text = art.text
            for i in range(len(text)):
                if plain.match(text, i):
                    assert ahead.match(text, i), text[i:i + 40]
                    seen += 1
    assert seen > 0


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + ["stated", "STATES", "thinks tanks", "put the toll", "spoke of", "denounced the killing of",
                                           "is also claiming", "ſays", "recognizes"]), max_size=25).map("".join))
def test_verbs_grouped_by_two_letters_match_as_the_plain_list(text):
    plain = re.compile(rf"\b(?:{SAY_VERBS})\b", re.I)
    grouped = re.compile(rf"\b(?:{by_initial(SAY_VERBS, 2)})\b", re.I)
    assert _spans(grouped, text) == _spans(plain, text)


def test_verbs_grouped_by_two_letters_match_as_the_plain_list_on_the_samples(samples_dir):
    plain = re.compile(rf"\b(?:{SAY_VERBS})\b", re.I)
    grouped = re.compile(rf"\b(?:{by_initial(SAY_VERBS, 2)})\b", re.I)
    for path in sorted(samples_dir.glob("*.txt")):
        articles, _ = loading.load_file(path, path.name)
        for art in articles:
            assert _spans(grouped, art.text) == _spans(plain, art.text)


def test_the_lookahead_leaves_out_only_what_narrows():
    """A leading lookbehind, word boundary or group of lookbehinds is left out; a group that also
    holds words is kept, and an optional group is read both ways."""
    ahead = re.compile(lookahead_of(r"(?:(?<=x)abc|def)ghi|(?<=y)klm|\bnop|(?:(?<=1)|(?<=2))qrs|(?:tu\s+)?vw"), re.I)
    for text in ("defghi", "klm", "nop", "qrs", "tu vw", "vw", "KLM"):
        assert ahead.match(text), text
    assert not ahead.match("ghi") and not ahead.match("xyz")

""""Others" go on from the count before with their own verb, an adverb between or not ("two
killed and five others badly injured", "five others were seriously injured"); a count that "has
risen from 90 to 117" is 117 now, and 90 was the count before, no figure of its own. Sentences
written for the pattern."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text", [
    "Kherson\nTwo civilians were killed and five others badly injured in Kherson, officials said.",
    "Kherson\nTwo civilians were killed and five others were seriously injured in Kherson.",
    "Front\nTwo soldiers died and five more were critically wounded near Bakhmut.",
])
def test_others_take_their_own_verb(text):
    f = figures(text)
    assert f[2].metric.endswith("_killed") and f[5].metric.endswith("_wounded")


@pytest.mark.parametrize("text, now, before", [
    ("Chernihiv\nA Russian strike killed 17 people in Chernihiv. The city's mayor said the number injured in the "
     "attack has risen from 90 to 117.", 117, 90),
    ("Dnipro\nThe number of people hurt in the Dnipro strike climbed from about 60 to 73 on Sunday.", 73, 60),
])
def test_a_count_that_rose_is_its_new_number(text, now, before):
    f = figures(text)
    assert f[now].metric == "civilians_wounded"
    assert before not in f


def test_counts_of_two_things_after_from_stay_both():
    f = figures("Losses\nRussia's tank losses rose from 5,000 tanks to over 6,000 tanks, the General Staff said.")
    assert {5000, 6000} <= set(f)

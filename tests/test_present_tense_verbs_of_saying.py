"""A think tank's or a ministry's present tense: "CSIS warns that ..., estimating roughly 1.2
million Russian casualties", "the ministry explains that", "the institute highlights that"."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_warns_explains_and_highlights_name_who_says_it():
    f = figures("Losses\nCSIS warns that combined casualties could reach 2 million by spring, estimating roughly "
                "1.2 million Russian casualties since February 2022.\n\n"
                "The Kharkiv Human Rights Protection Group explains that 40 civilians were killed in Izium.\n\n"
                "The Institute for the Study of War highlights that 1,100 Russian soldiers were killed on Monday.")
    assert f[1_200_000].claimant == "CSIS"
    assert f[40].claimant == "Kharkiv Human Rights Protection Group"
    assert f[1100].claimant == "Institute for the Study of War (ISW)"


def test_a_noun_spelled_like_the_verb_is_no_speaker():
    f = figures("Aid\nRecalls of 12 Ukrainian tanks to the factory were announced.")
    assert 12 not in f or f[12].claimant is None

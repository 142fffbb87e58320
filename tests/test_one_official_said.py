"""One unnamed official speaks for the group, as officials do: "Russian shelling wounded four
people, an official said" is Ukrainian officials' count, "according to a regional official" of
the dead of a Ukrainian strike on Belgorod is Russian regional officials'. One line on the
timeline ("officials"), whether one official or several spoke. Soldiers an unnamed official
counts keep no claimant. Sentences written for the pattern, with ones that must not match."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, claimant", [
    ("In Nikopol, Russian shelling wounded four people on Monday, an official said.", 4, "Ukrainian officials"),
    ("Russian strikes killed 5 people in Odesa overnight, said a local official.", 5, "Ukrainian local officials"),
    ("According to a regional official, Ukrainian shelling killed three people in Belgorod.", 3,
     "Russian regional officials"),
    # several officials: the same line
    ("Russian shelling killed two civilians in Kherson, officials said.", 2, "Ukrainian officials"),
])
def test_one_official_speaks_for_the_group(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


@pytest.mark.parametrize("text, value", [
    # soldiers: whose official, nothing says
    ("Two Ukrainian soldiers were killed in the shelling, an official said.", 2),
    # "the official": one the article named before, not one of a group
    ("According to the official, Russian shelling wounded 6 people in the village.", 6),
    # the official is a victim, not a speaker
    ("A Russian strike killed an official and 3 other people in Sumy.", 3),
])
def test_an_official_who_does_not_speak_for_civilians_is_no_claimant(text, value):
    assert figures("Title\n" + text)[value].claimant is None

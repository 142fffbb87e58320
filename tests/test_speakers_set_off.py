"""Speakers the reader missed because something stood between them and their verb: a closing
quote before "said the minister", a bracketed expansion ("ACLED (Armed Conflict ...)
estimates"), the body's seat ("office in Geneva said"), a kind of body before the name
("non-profit ACLED"), and "the president" or "the head of state" for the president quoted
before. A side admitting its own dead speaks for no other count of them."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("quote", ['"', "”", "’"])
def test_said_the_minister_after_a_closing_quote_is_the_minister_named_before(quote):
    f = figures("Estimates\nLeo Docherty, the UK's armed forces minister, spoke to reporters.\n\n"
                f"\u201cWe also estimate that more than 10,000 Russian armoured vehicles have been destroyed,{quote} "
                "said the minister.")
    assert f[10000].claimant == "UK Ministry of Defence (Docherty)"


@pytest.mark.parametrize("text, value, claimant", [
    ("Count\nConflict monitor ACLED (Armed Conflict Location and Event Data) estimates there have been around 153,000 "
     "casualties.", 153000, "ACLED"),
    ("Count\nThe Institute for the Study of War (ISW) says 1,000 Russian troops died in the assault.", 1000,
     "Institute for the Study of War (ISW)"),
    ("Count\nThe United Nations human rights office in Geneva said it had recorded 780 civilians killed.", 780,
     "UN OHCHR (HRMMU)"),
    ("Count\nThe watchdog Airwars said 300 civilians had been killed in the strikes.", 300, "Airwars"),
])
def test_a_speaker_is_read_past_its_brackets_its_seat_and_its_kind(text, value, claimant):
    assert figures(text)[value].claimant == claimant


def test_a_place_named_as_the_object_is_not_a_seat():
    f = figures("Count\nRussian forces shelled a school in Kharkiv, killing 12 people.")
    assert f[12].claimant is None


@pytest.mark.parametrize("words", ["The head of state also noted", "The president added"])
def test_the_president_is_the_president_quoted_before(words):
    f = figures("Briefing\nRussian President Vladimir Putin met the defence minister on Tuesday.\n\n"
                f"{words} that Russian forces have destroyed 2,300 Ukrainian armored vehicles.")
    assert f[2300].claimant == "Vladimir Putin"


def test_the_president_s_statement_made_public_says_nothing_of_the_troops():
    f = figures("Tension\nPresident Joe Biden spoke on Monday.\n\n"
                "The president's statement was made public as Russia has stationed an estimated 100,000 troops near "
                "Ukraine's borders.")
    assert f[100000].claimant is None


def test_a_side_admitting_its_own_dead_speaks_for_no_other_count_of_them():
    f = figures("New data suggests 50,000 Russian deaths during the war\n\n"
                "Independent researchers used inheritance records for their estimate.\n\n"
                "Russia has publicly acknowledged the deaths of nearly 6,000 soldiers.")
    assert f[6000].claimant == "Russian officials" and f[50000].claimant is None

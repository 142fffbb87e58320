"""A dateline in capitals before a colon ("MOSCOW: ..., the Foreign Ministry said") is where the
copy was filed, not who speaks; a work no one is named for ("Casualty estimates indicate", "The
latest estimates suggest") names no claimant, and its noun is no verb of saying; Russia's
foreign ministry, NATO and the IOM are named as the table names them in any of their spellings.
Sentences written for the pattern."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, claimant", [
    ("Kursk\nMOSCOW: At least 56 civilians have been killed in the Kursk region, the Russian Foreign Ministry said on "
     "Monday.", 56, "Russian Foreign Ministry"),
    ("Report\nKYIV: A new report warns that 400,000 Russian soldiers have been killed or wounded, the CSIS said.",
     400000, "CSIS"),
    ("Kursk\nMaria Zakharova said 56 civilians had been killed in the Kursk region.", 56,
     "Russian Foreign Ministry (Zakharova)"),
])
def test_a_dateline_is_no_speaker(text, value, claimant):
    assert figures(text)[value].claimant == claimant


def test_a_speaker_in_capitals_before_a_colon_still_speaks():
    assert figures("Headline\nZELENSKY: 31,000 Ukrainian soldiers killed in the war")[31000].claimant \
        == "Volodymyr Zelensky"


@pytest.mark.parametrize("text, value", [
    ("War\nCasualty estimates indicate that an average of 769 soldiers were killed or wounded each day.", 769),
    ("War\nLoss estimates suggest that 1,100 Russian soldiers were killed each day.", 1100),
    ("War\nMediazona counts 100,000 dead. The latest estimates suggest that under 2,000 soldiers are killed on average "
     "per week, on both sides.", 2000),
    ("Nepal\nFormally, 14 Nepalis are confirmed dead, however estimates say as many as 2,000 enlisted in Russian forces.",
     14),
])
def test_a_work_no_one_is_named_for_names_no_claimant(text, value):
    assert figures(text)[value].claimant is None


def test_a_work_named_for_its_maker_is_the_maker_s():
    assert figures("War\nPentagon estimates suggest that 769 Russian soldiers were killed or wounded each day.")[769] \
        .claimant == "US Department of Defense"


@pytest.mark.parametrize("text, value, claimant", [
    ("NATO\nThe North Atlantic Treaty Organization estimates that up to 15,000 Russian soldiers have died.", 15000,
     "NATO officials"),
    ("Displaced\nThe International Organisation for Migration estimates that 7.1 million people have been displaced "
     "inside Ukraine.", 7100000, "IOM"),
])
def test_bodies_spelled_out_are_named_as_the_table_names_them(text, value, claimant):
    assert figures(text)[value].claimant == claimant

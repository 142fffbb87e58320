"""A source named in one sentence carries to the next that names none, but not to a sentence
about another event ("..., also in the Donetsk region", "The attack came one day after ...",
"Separately, ...") and not to a count of the other side's losses than the ones it gave."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures

LEAD = "Strike\nTwo people were killed in Kramatorsk on Monday, governor Vadym Filashkin said. "


def test_the_next_sentence_on_the_same_strike_takes_the_source():
    assert figures(LEAD + "Five more people were injured in the strike.")[5].claimant is not None


@pytest.mark.parametrize("sentence, value", [
    ("On Friday, 14 people were killed in a strike on a supermarket in Kostiantynivka, also in the Donetsk region.", 14),
    ("The attack came one day after Russian drones killed nine people in Sumy.", 9),
    ("Separately, 11 people were wounded in Kharkiv.", 11),
    ("Two weeks before, Russian shelling had killed 17 residents of Toretsk.", 17),
])
def test_another_event_is_not_the_speaker_s_count(sentence, value):
    assert figures(LEAD + sentence)[value].claimant is None


def test_the_other_side_s_losses_are_not_the_source_s_count_of_these():
    f = figures("War\nAccording to the Ukrainian army, 198,000 Russian soldiers have been killed, while according to "
                "US reports, over 700,000 Russian soldiers may have died. "
                "Around 46,000 Ukrainian soldiers have been killed.")
    assert f[700000].claimant == "US officials" and f[46000].claimant is None


def test_the_same_side_goes_on_with_its_source():
    f = figures("War\nAccording to US officials, 120,000 Russian soldiers have been killed. "
                "Another 170,000 Russian soldiers have been wounded.")
    assert f[170000].claimant == "US officials"

"""Who says it when words stand between the speaker and the verb: "The Russian Ministry of
Health in a recent update said", "Zelensky meanwhile put", "the General Staff, for its part,
reported". Sentences written for each pattern, with ones where the words before the verb are
not its speaker."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, who", [
    ("The Russian Ministry of Health in a recent update said that five people were killed in strikes from Ukraine.",
     5, "Russian Ministry of Health"),
    ("Ukraine's interior ministry in its evening statement said 14 people were injured in Odesa.",
     14, "Interior Ministry"),
    ("Kharkiv governor Oleh Syniehubov in a Telegram post said two people were killed in Kupiansk.",
     2, "Syniehubov"),
    ("Zelensky meanwhile put Russian losses at 180,000 dead and 500,000 wounded.", 180000, "Zelensky"),
    ("Britain's defence ministry however estimated that 1,200 Russian soldiers died each day in May.",
     1200, "UK Ministry of Defence"),
    ("Ukraine's General Staff, for its part, said Russia lost 1,240 troops over the past day.",
     1240, "General Staff of Ukraine"),
])
def test_a_speaker_before_words_of_when_and_where_still_speaks(text, value, who):
    assert who in (figures("Title\n" + text)[value].claimant or "")


def test_a_place_of_the_strike_before_said_is_not_the_speaker():
    f = figures("Title\nA missile hit a clinic in Dnipro in a night raid, killing four people, police said.")
    assert "Dnipro" not in (f[4].claimant or "")

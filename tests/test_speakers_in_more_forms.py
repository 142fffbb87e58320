"""Speakers in more forms: a body with its initials in brackets and an adverb before it that says
something and then estimates ("Recently, the UK Ministry of Defence (MoD) shed light on the war,
estimating that ..."), a person "reported to have said", and "the regional prosecutor's office".
A passive with no one named stays no one's."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, name", [
    ("Estimate\nRecently, the UK Ministry of Defence (MoD) shed light on the war, estimating that Russian "
     "casualties likely amount to 465,000.", 465000, "UK Ministry of Defence"),
    ("Estimate\nLast week, the Institute for the Study of War (ISW) published its assessment, noting that Russia "
     "lost 1,200 soldiers a day in November.", 1200, "Institute for the Study of War"),
    ("Drones\nFourteen drones were destroyed over the region overnight, Pavel Malkov is reported to have said.", 14,
     "Pavel Malkov"),
    ("Strike\nA Russian missile strike on Kramatorsk injured 16 people, according to the regional prosecutor's "
     "office.", 16, "regional prosecutor's office"),
])
def test_a_speaker_in_more_forms(text, value, name):
    assert name in (figures(text)[value].claimant or "")


def test_a_passive_report_names_no_one():
    assert figures("Losses\nSome 5,000 Ukrainian soldiers are reported to have died near Pokrovsk.")[5000].claimant is None

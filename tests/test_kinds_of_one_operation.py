"""One operation's or one strike's count is `other`, whatever it hit ("destroyed 41 bombers in
a drone operation", "the attack damaged or destroyed 41 aircraft"); "a weekend strike" is no
rate ("a week" is, "a weekend" is not). Sentences written for each pattern, with ones that
must not match."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value", [
    ("The security service destroyed or damaged 41 Russian strategic bombers in a drone operation named Spiderweb.", 41),
    ("Zelensky later claimed the attack damaged or destroyed 41 aircraft, including Tu-95 bombers.", 41),
    ("A sabotage operation at the airfield destroyed 19 Russian warplanes, officials said.", 19),
    ("A weekend strike on a residential building in Dnipro killed at least 35 people.", 35),
    ("A weekend attack on the market killed 17 people, the governor said.", 17),
])
def test_one_operation_or_strike_is_other(text, value):
    assert figures("Title\n" + text)[value].kind == "other"


@pytest.mark.parametrize("text, value, kind", [
    ("Russia has lost 300 aircraft since the start of the special military operation.", 300, "cumulative"),
    # launchers of missiles destroyed are what was lost, not a strike
    ("As many as 214 drones, 1,483 tanks and 150 missile launchers have been destroyed by Russian troops since "
     "the beginning of the special military operation.", 214, "cumulative"),
    ("Russia is losing about 1,000 soldiers a day, the ministry said.", 1000, "rate"),
    ("Russia loses some 30,000 troops a week, by one estimate.", 30000, "rate"),
    ("Ukrainian strikes have destroyed 30 Russian tanks this week.", 30, "period"),
])
def test_a_running_count_a_rate_and_a_period_stay_so(text, value, kind):
    assert figures("Title\n" + text)[value].kind == kind

"""Recruits of other countries counted where they are ("89 Kenyans are currently on the frontline",
"200 Nepali nationals are enrolled with the Russian forces", "272 Ghanaians were lured into
battle") are troops deployed, and the dead counted after them are their dead ("..., and 55 have
been killed"); students or workers killed in a strike stay civilians."""

from __future__ import annotations

from tests.extraction_helpers import figures

_LEAD = "Africans fighting for Russia\nThousands of Africans have been recruited to fight for Russia. "


def test_recruits_on_the_front_line_or_enrolled_are_deployed():
    f = figures(_LEAD + "A report says 89 Kenyans are currently on the frontline and over 1,000 Kenyans are "
                "involved in the conflict.")
    assert (f[89].metric, f[89].side) == ("troops_deployed", "russia")
    assert f[1000].metric == "troops_deployed"
    g = figures(_LEAD + "Close to 200 Nepali nationals are estimated to be enrolled with the Russian forces.")
    assert (g[200].metric, g[200].side) == ("troops_deployed", "russia")


def test_the_dead_counted_after_recruits_are_soldiers_killed():
    f = figures(_LEAD + "We were told 272 Ghanaians were lured into battle since 2022, and 55 have been killed.")
    assert f[272].metric == "troops_deployed"
    assert (f[55].metric, f[55].side) == ("personnel_killed", "russia")
    g = figures(_LEAD + "Russia recruited 300 Cameroonians, and 94 have been killed.")
    assert g[94].metric == "personnel_killed"


def test_recruits_who_joined_and_died_are_dead_not_deployed():
    f = figures(_LEAD + "The ministry said seven Nepali people who joined the Russian army have died.")
    assert 7 not in f or f[7].metric == "personnel_killed"


def test_students_killed_in_a_strike_stay_civilians():
    f = figures("Students\nTwo Indian students were killed in Kharkiv shelling, the embassy said.")
    assert f[2].metric == "civilians_killed"

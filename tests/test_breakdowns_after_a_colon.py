"""A count broken down by place or origin after a colon ("At least 93 recruits died: 19 from
Kyrgyzstan, 34 from Uzbekistan, and 40 from Tajikistan") gives each part the count's metric,
side and kind; a colon followed by a time or a year starts no breakdown. Sentences written for
the pattern."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, parts, metric, side", [
    ("Recruits\nAt least 93 Central Asian recruits were killed fighting for the Russian army: 19 from Kyrgyzstan, "
     "34 from Uzbekistan, and 40 from Tajikistan.", (19, 34, 40), "personnel_killed", "russia"),
    ("Night\nAir defences shot down 40 Russian drones overnight: 25 over Kharkiv and 15 over Sumy, the air force said.",
     (25, 15), "drones", "russia"),
    ("Toll\nSome 1,200 Ukrainian soldiers were killed last month: 500 near Bakhmut, 400 near Avdiivka and 300 "
     "elsewhere.", (500, 400), "personnel_killed", "ukraine"),
    ("Shelling\nRussian shelling killed 45 civilians on Monday: 12 in Kharkiv and about 33 in Odesa.", (12, 33),
     "civilians_killed", "ukraine"),
])
def test_the_parts_after_a_colon_are_the_count_s(text, parts, metric, side):
    found = figures(text)
    for value in parts:
        assert (found[value].metric, found[value].side) == (metric, side)


def test_a_colon_before_a_time_or_a_year_breaks_nothing_down():
    assert set(figures("Shelling\nRussian shelling killed 45 civilians on Monday: at 2 in the morning the first "
                       "shells fell.")) == {45}
    assert set(figures("Battle\nRussia lost 300 soldiers in the battle: in 2023 the toll was higher.")) == {300}

"""A breakdown by place with each count in brackets ("Fatalities were also reported in Zhytomyr
(3), Khmelnytskyi (4), and Mykolaiv (1)") counts civilians dead or hurt as the words before
it say; soldiers so set out, weapons, and a year in brackets are left alone. Sentences
written for the pattern, with ones that must not match."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, values, metric, side", [
    ("Fatalities were also reported in Zhytomyr (3), Khmelnytskyi (4), and Mykolaiv (1).", (3, 4, 1),
     "civilians_killed", "ukraine"),
    ("People were injured in Kharkiv (12), Sumy (7) and the Dnipropetrovsk region (5), officials said.", (12, 7, 5),
     "civilians_wounded", "ukraine"),
    ("Ukrainian shelling killed civilians in Belgorod (2) and Kursk (6), the governors said.", (2, 6),
     "civilians_killed", "russia"),
    # after another count of the sentence: the breakdown's own words say what it counts
    ("Russian strikes killed 12 people overnight; people were injured in Zhytomyr (3), Khmelnytskyi (4) and "
     "Mykolaiv (5).", (3, 4, 5), "civilians_wounded", "ukraine"),
])
def test_a_breakdown_by_place_in_brackets(text, values, metric, side):
    f = figures("Title\n" + text)
    assert [(f[v].metric, f[v].side) for v in values] == [(metric, side)] * len(values)


@pytest.mark.parametrize("text", [
    "The brigade lost soldiers in Avdiivka (12) and Bakhmut (30).",
    "Drones were shot down over Kursk (12) and Belgorod (5).",
    "Casualties were heavy, as in Kharkiv (2022) and Izium (2023).",
    # a file's copy number
    "Civilian deaths in Ukraine (1).png",
])
def test_soldiers_weapons_and_years_in_brackets_are_no_figures(text):
    assert figures("Title\n" + text) == {}

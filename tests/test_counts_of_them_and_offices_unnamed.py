"""Counts that refer back with "of them" ("101 of them died and 95 left Ukraine" after the
mercenaries counted) are the soldiers' dead, not refugees; a body's spokesman left unnamed
("Russia's Defence Ministry spokesman said") is the body."""

from __future__ import annotations

from index.extraction.aliases import canonical
from tests.extraction_helpers import figures


def test_of_them_died_after_foreign_fighters_counted():
    f = figures("Mercenaries\nThe Russian Defence Ministry said 2,000 foreign mercenaries from Poland had arrived to "
                "fight. 101 of them died and 95 left Ukraine.")
    assert f[101].metric == "personnel_killed"
    assert 95 not in f or f[95].metric != "civilians_displaced"
    g = figures("Recruits\nRussia recruited 400 Cubans to fight in Ukraine. 40 of them have already perished.")
    assert g[40].metric == "personnel_killed"


def test_people_who_left_ukraine_in_an_article_of_no_fighters_are_refugees():
    f = figures("Refugees\nSince the invasion, 6.5 million people have left Ukraine, the UN refugee agency said.")
    assert f[6500000].metric == "civilians_displaced"


def test_a_bodys_spokesman_left_unnamed_is_the_body():
    assert canonical("Russia’s Defense Ministry spokesman") == "Russian Ministry of Defence"
    assert canonical("Ukrainian Air Force spokesman") == "Ukrainian Air Force"
    assert canonical("Pentagon official") == "US Department of Defense"


def test_a_title_of_no_known_body_stays_as_written():
    assert canonical("Ukraine's culture minister") == "Ukraine's culture minister"
    assert canonical("the hospital spokesman") == "the hospital spokesman"
    assert canonical("US Secretary") == "US Secretary"  # a title cut short ("Secretary of Defense")

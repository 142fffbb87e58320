"""In an article about foreigners who fight for one side, soldiers counted with no side of their
own are theirs, before the side most of the article's figures have; an article about no foreign
fighters keeps that default."""

from __future__ import annotations

from tests.extraction_helpers import figures

_TEXT = ("Mercenaries\nMany foreign mercenaries have come to fight for Ukraine. Russian "
         "forces lost 500 soldiers near Avdiivka last month. Russian forces lost 300 soldiers near Bakhmut. "
         "The largest group came from Poland, with 378 deaths.")


def test_unsided_dead_in_an_article_about_foreign_fighters_are_the_fighters_side():
    f = figures(_TEXT)
    assert f[500].side == f[300].side == "russia"
    assert (f[378].metric, f[378].side) == ("personnel_killed", "ukraine")


def test_without_foreign_fighters_the_articles_side_holds():
    f = figures(_TEXT.replace("foreign mercenaries have come to fight for Ukraine", "brigades have come to the front")
                .replace("came from Poland", "fell at Vuhledar"))
    assert f[378].side == "russia"

"""An article that is a body's own count ("we have identified", "according to our data", more
than once) gives that body the figures that name no one, even where it also quotes another
source for the same losses; with one such sentence only, two sources still leave them unnamed.
(Figures right after the count's own paragraphs are its by the carrying of a source anyway.)"""

from __future__ import annotations

from tests.extraction_helpers import figures

_OWN = ("Count\nMediazona and volunteers count Russia's dead by name.\n\n"
        "So far, we have identified the names of 106,745 Russian soldiers killed in the war.\n\n"
        "In total 201 Russian soldiers died on a single day in February, according to our data.\n\n"
        "Sixty-five servicemen were killed in one strike, including their commander.\n\n"
        "From August 6 to 13 alone, an estimated 1,226 Russian soldiers died.\n\n"
        "The Institute for the Study of War says Russia lost 4,000 soldiers in the battle for Avdiivka.")


def test_the_figures_of_a_bodys_own_count_that_name_no_one_are_its():
    f = figures(_OWN)
    assert (f[106745].claimant, f[201].claimant) == ("Mediazona", "Mediazona")
    assert (f[1226].claimant, f[65].claimant) == ("Mediazona", "Mediazona")


def test_a_source_the_count_quotes_keeps_its_own_figure():
    assert "Institute for the Study of War" in (figures(_OWN)[4000].claimant or "")


def test_one_sentence_of_our_own_is_not_an_articles_own_count():
    f = figures("Count\nMediazona and volunteers count Russia's dead by name.\n\n"
                "So far, we have identified the names of 106,745 Russian soldiers killed in the war.\n\n"
                "The Institute for the Study of War said Russia lost 45,000 soldiers in the autumn.\n\n"
                "The fighting goes on along the whole front.\n\n"
                "From August 6 to 13 alone, an estimated 1,226 Russian soldiers died.")
    assert f[1226].claimant is None


def test_a_bodys_own_count_names_a_figure_after_another_source_is_quoted():
    f = figures("Count\nMediazona and volunteers count Russia's dead by name.\n\n"
                "So far, we have identified the names of 106,745 Russian soldiers killed in the war.\n\n"
                "In total 201 Russian soldiers died on a single day in February, according to our data.\n\n"
                "The Institute for the Study of War said Russia lost 45,000 soldiers in the autumn.\n\n"
                "The fighting goes on along the whole front.\n\n"
                "From August 6 to 13 alone, an estimated 1,226 Russian soldiers died.")
    assert (f[1226].claimant, f[45000].claimant) == ("Mediazona", "Institute for the Study of War (ISW)")

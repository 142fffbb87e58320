"""The hurt counted after the dead with no noun of their own: "which killed one person and injured
14", "three people were killed and 10 hurt", "resulting in one death and three injuries". A
sentence that counted no loss of the war before keeps its bare numbers to itself."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_the_wounded_after_the_dead_of_the_same_verb_pair_are_counted():
    f = figures("Crimea\nThe explosions, which killed one person and injured 14, caused tourists to flee in panic.\n\n"
                "The blast at the depot killed three soldiers and wounded 11.")
    assert (f[14].metric, f[11].metric) == ("civilians_wounded", "personnel_wounded")


def test_hurt_counts_the_wounded():
    f = figures("Kharkiv\nPolice said three people were killed and 10 hurt in Kharkiv.\n\n"
                "A Russian drone attack left six hurt in Kherson.")
    assert (f[10].metric, f[6].metric) == ("civilians_wounded", "civilians_wounded")


def test_one_death_is_a_count_of_the_dead():
    f = figures("Shebekino\nThe district was shelled by Ukrainian forces, resulting in one death and three injuries.")
    assert (f[1].metric, f[3].metric) == ("civilians_killed", "civilians_wounded")


def test_a_bare_count_of_no_war_is_still_no_figure():
    f = figures("Plant\nThe explosion killed two workers and injured 5 at the chemical plant.\n\n"
                "The gunman killed 14 at a university and injured 20.")
    assert 5 not in f and 20 not in f


def test_one_death_sentence_is_no_death():
    f = figures("Court\nA court in occupied Donetsk handed one death sentence to a British volunteer fighting for Ukraine.")
    assert 1 not in f


def test_those_hospitalised_after_a_strike_are_wounded():
    f = figures("Dnipro\nA Russian missile strike hit Dnipro on Friday. Eight were hospitalized after the strike, "
                "with half of them in critical condition.")
    assert f[8].metric == "civilians_wounded"


def test_an_aside_that_lists_with_commas_leaves_the_verb_to_the_count():
    f = figures("Kyiv\nAt least three people, including a one-year-old child, a young woman, and an elderly woman, "
                "were killed, and 17 others were injured across the capital, as reported by Klitschko.")
    assert (f[3].metric, f[17].metric) == ("civilians_killed", "civilians_wounded")

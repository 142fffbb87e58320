"""An army's losses named as such, then a verb of a toll and the number: "Russia's war losses pass
1.22 million", "Russian military deaths in its invasion of Ukraine, which started on February
24th, 2022, have exceeded 250,000". Losses that are not people's stay no figure."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_an_armys_losses_that_pass_or_exceed_a_number_are_that_count():
    f = figures("Ukraine says Russia\u2019s war losses pass 1.22 million as drone and artillery destruction surges\n"
                "Russian military deaths in its invasion of Ukraine, which started on February 24th, 2022, have "
                "exceeded 250,000, according to the Ukrainian military.\n\n"
                "Ukrainian casualties in the Kursk region have passed 10,000, the Russian Defence Ministry said.")
    assert (f[1_220_000].metric, f[1_220_000].side) == ("personnel_casualties", "russia")
    assert (f[250_000].metric, f[250_000].side) == ("personnel_killed", "russia")
    assert (f[10_000].metric, f[10_000].side) == ("personnel_casualties", "ukraine")


def test_other_losses_passing_a_number_are_no_figure():
    f = figures("Economy\nRussia's economic losses passed 300 billion dollars, analysts said.")
    assert 300_000_000_000 not in f and 300 not in f

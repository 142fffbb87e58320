"""A headline that rounds a figure its article attributes ("Casualties Exceed 1.2 Million" over
"1,214,500 ..., the General Staff said") takes that figure's source; not when two sources give
figures near it, nor when the headline has a speaker of its own."""

from __future__ import annotations

from index.extraction.extract import analyse
from index.model import Article
from tests.extraction_helpers import figures


def test_a_rounded_headline_takes_the_source_of_the_figure_it_rounds():
    f = figures("Russian casualties exceed 1.2 million\n\nRussia has lost 1,214,500 soldiers killed and wounded since "
                "February 2022, the General Staff of Ukraine said on Monday.")
    assert f[1200000].claimant == "General Staff of Ukraine"


def test_nearly_a_round_number_over_a_count_of_the_dead():
    f = figures("Nearly 50,000 Russian soldiers dead in Ukraine\n\nMediazona has confirmed the names of 47,300 Russian "
                "soldiers killed in the war, the outlet said on Friday.")
    assert f[50000].claimant == "Mediazona"


def test_two_sources_near_the_headline_leave_it_unnamed():
    f = figures("Around 50,000 Russian soldiers killed\n\nMediazona has confirmed the names of 47,300 Russian soldiers "
                "killed in the war. Ukraine's defence intelligence put Russian deaths at 52,000.")
    assert f[50000].claimant is None


def test_a_headline_with_its_own_speaker_is_not_read_as_an_echo():
    art = analyse(Article(file="a.txt", title="Mercenary boss says he lost 20,000 fighters in Bakhmut",
                          text="Mercenary boss says he lost 20,000 fighters in Bakhmut\n\nThe White House estimated "
                               "that 20,000 Russian troops had been killed in the battle for Bakhmut.",
                          published="2023-05-25"))
    headline = [f for f in art.figures if f.sentence_start == 0]
    assert [f.value for f in headline] == [20000] and headline[0].claimant != "White House"


def test_a_title_that_ends_with_a_place_gives_no_given_name_to_the_body_below():
    f = figures("Nearly 50,000 Russian soldiers dead in Ukraine\n\nMediazona has confirmed the names of 47,300 Russian "
                "soldiers killed in the war, the outlet said.")
    assert f[47300].claimant == "Mediazona"

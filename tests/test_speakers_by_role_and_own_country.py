"""A role no one is named for, followed by the name ("According to the regional administration
head, Viacheslav Chaus, ..."), is that person's word; a speaker who "provided a lower estimate,
stating that ..." gives it; and a speaker whose name says the country who tells what "his
country had lost" gives that country's own losses. A role with no name stays no one's.
Sentences written for the pattern."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, claimant", [
    ("Strike\nAccording to the regional administration head, Viacheslav Chaus, three children were among the wounded.",
     3, "Chaus"),
    ("Strike\nAccording to the city military administration chief, Oleksandr Vilkul, four people were killed in "
     "Kryvyi Rih.", 4, "Vilkul"),
])
def test_a_role_then_its_name_is_the_person_s_word(text, value, claimant):
    assert claimant in (figures(text)[value].claimant or "")


def test_a_role_with_no_name_stays_no_one_s():
    assert figures("Strike\nAccording to the regional administration head, three people were killed in the "
                   "strike.")[3].claimant is None


@pytest.mark.parametrize("text, value, side", [
    ("War\nUkrainian President Volodymyr Zelenskyy provided a lower estimate in February 2025, stating that his country "
     "had lost nearly 46,000 troops since 2022.", 46000, "ukraine"),
    ("War\nUkrainian President Volodymyr Zelenskyy said in February that his country had lost 31,000 soldiers.", 31000,
     "ukraine"),
    ("War\nUkrainian President Volodymyr Zelenskyy said in February that Russia had lost 180,000 soldiers.", 180000,
     "russia"),
])
def test_his_country_s_losses_are_the_speaker_s_country_s(text, value, side):
    f = figures(text)[value]
    assert (f.side, f.claimant) == (side, "Volodymyr Zelensky")


def test_of_his_country_s_soldiers_are_the_speaker_s_country_s():
    f = figures("War\nUkrainian President Volodymyr Zelenskiy said that 31,000 of his country's soldiers had been "
                "killed since the start of the war.")[31000]
    assert f.side == "ukraine"
    g = figures("War\nMoscow claims around 6,000 of its troops were killed as of January.")[6000]
    assert (g.side, g.claimant) == ("russia", "Russian Ministry of Defence")


def test_russians_killed_in_the_fighting_are_russia_s_soldiers_not_a_whole_war_s_toll():
    f = figures("War\nZelenskiy on Sunday told reporters that 180,000 Russians had been killed in the fighting.")[180000]
    assert (f.metric, f.side) == ("personnel_killed", "russia")
    assert figures("War\nAbout 14,000 people have died in the fighting since 2014, the UN said.")[14000].metric == "other"

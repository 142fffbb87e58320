"""A speaker is one claimant across the article: "Sir Tony" after "Admiral Sir Tony Radakin" is
Tony Radakin; "according to what Russian agencies report" names the agencies."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, name", [
    ("Interview\nAdmiral Sir Tony Radakin, the head of the armed forces, spoke to the BBC on Sunday.\n\nIn the "
     "interview, Sir Tony said Russia's forces suffered an average of about 1,500 dead and injured every day.",
     1500, "Tony Radakin"),
    ("Speech\nGeneral Sir Patrick Sanders addressed the conference in London.\n\nSir Patrick said Russia had lost "
     "about 200,000 soldiers killed and wounded.", 200000, "Patrick Sanders"),
])
def test_a_knight_named_by_his_first_name_is_the_man_named_in_full(text, value, name):
    assert figures(text)[value].claimant == name


def test_a_knight_the_article_never_names_in_full_stays_as_written():
    f = figures("Interview\nSir Tony said Russia's forces suffered about 1,500 dead and injured every day.")
    assert f[1500].claimant == "Sir Tony"


def test_what_the_agencies_report_is_the_agencies():
    f = figures("Strike\nFive people were killed in Sevastopol in the missile attack, according to what Russian "
                "agencies report.")
    assert f[5].claimant == "Russian agencies"


@pytest.mark.parametrize("text, value, name", [
    ("Count\nAn estimated 47,000 Russian men have been killed, according to calculations by independent Russian "
     "media outlets Mediazona and Meduza.", 47000, "Mediazona"),  # (the table names the pair by Mediazona)
    ("Count\nAccording to independent news outlet Mediazona, 47,000 Russian men have been killed.", 47000,
     "Mediazona"),
    ("Count\nThe exiled newspaper Novaya Gazeta Europe said 60,000 Russian soldiers had died.", 60000,
     "Novaya Gazeta Europe"),
])
def test_an_outlet_described_before_its_name_is_the_outlet(text, value, name):
    assert figures(text)[value].claimant == name

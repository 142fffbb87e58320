"""One claimant under the names articles give it: an abbreviation ("the WSJ"), a British
spelling ("Centre for Strategic ..."), a body's office behind its owner's possessive ("the
Ukrainian parliament's Commissioner for Human Rights"). Sentences written for each, with a
description that must stay unnamed."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, who", [
    ("The Wall Street Journal reported 80,000 dead; the WSJ said 400,000 were wounded.", 400000, "Wall Street Journal"),
    ("The Centre for Strategic and International Studies estimated 250,000 Russian troops were killed.", 250000, "CSIS"),
    ("Nearly 8,000 Ukrainian civilians have been killed, according to the Ukrainian parliament's Commissioner for "
     "Human Rights.", 8000, "Ukrainian Parliament Commissioner for Human Rights"),
    ("Ukraine's human rights ombudsman Dmytro Lubinets said 500 children had been killed.", 500,
     "Ukrainian Parliament Commissioner for Human Rights (Lubinets)"),
])
def test_a_body_under_another_name_is_one_claimant(text, value, who):
    assert figures("Title\n" + text)[value].claimant == who


def test_an_office_of_no_body_named_stays_unnamed():
    f = figures("Title\nThe army's losses reached 3,000 soldiers, the president's office said.")
    assert f[3000].claimant is None


def test_an_outlets_own_article_is_no_statement_of_the_outlet():
    from index.extraction.extract import analyse
    from index.model import Article

    text = "Russia lost 3,000 soldiers near Avdiivka.\nThe fighting went on."
    art = analyse(Article(file="a.txt", title="Losses", text=text, published="2024-03-01", outlet="The Wall Street Journal"))
    assert [f.claimant for f in art.figures] == [None]


@pytest.mark.parametrize("text, value, who", [
    ("Also on Sunday, the Ukrainian military claimed to have hit a hall in Rubizhne, killing 14 Russian soldiers housed there.",
     14, "Ukrainian Armed Forces"),
    ("Ukraine's military said Russia had lost 44 servicemen in Kherson in the past 24 hours.", 44, "General Staff of Ukraine"),
    ("Ukraine's General Staff said 400 Russian soldiers were killed in the strike on Makiivka.", 400, "General Staff of Ukraine"),
])
def test_one_incidents_claim_of_the_military_is_the_militarys_not_the_tallys(text, value, who):
    assert figures("Title\n" + text)[value].claimant == who


@pytest.mark.parametrize("text, value, who", [
    ("Missing\nThe number of missing persons has reached 50,000, according to the International Committee of the "
     "Red Cross.", 50000, "ICRC"),
    ("Missing\nThe Red Cross said 23,000 people were missing.", 23000, "ICRC"),
    ("Strikes\nHuman Rights Watch said 12 civilians were killed in the strike on Chernihiv.", 12, "Human Rights Watch"),
    ("Strikes\nAmnesty International said three civilians were killed in Kharkiv.", 3, "Amnesty International"),
])
def test_rights_and_humanitarian_bodies_have_one_name(text, value, who):
    assert figures(text)[value].claimant == who


@pytest.mark.parametrize("text, value", [
    ("Strikes\nAmnesty International said 3 civilians were killed in Kharkiv. The rights group said a ballistic missile "
     "killed four civilians in Vuhledar.", 4),
    ("Strikes\nAmnesty International documented three incidents. The group said a missile killed four civilians in "
     "Vuhledar.", 4),
])
def test_the_rights_group_is_the_rights_body_named_before(text, value):
    assert figures(text)[value].claimant == "Amnesty International"


def test_a_ministry_is_no_rights_group():
    f = figures("Strikes\nThe Defence Ministry said 40 soldiers died. The rights group said four civilians were killed.")
    assert f[4].claimant != "Defence Ministry" and "Ministry" not in (f[4].claimant or "")


def test_an_outlet_citing_a_known_agency_gives_the_agencys_claim():
    f = figures("Lugansk\nThe shelling of Lugansk killed four people and injured 43 others, BELTA reports citing TASS.")
    assert f[43].claimant == "TASS"


def test_a_speaker_after_while_speaks_of_something_else():
    f = figures("Azovstal\nRussia has said a further 771 Ukrainian troops have surrendered at Azovstal, while the "
                "International Committee of the Red Cross said it had started registering them.")
    assert f[771].claimant == "Russian Ministry of Defence"

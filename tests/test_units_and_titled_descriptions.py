"""Speakers the subject scan used to lose: a military unit by its name or number ("Ukraine's Azov
brigade said", "the 93rd brigade reported"), the unit or committee referred back to ("The brigade
said"), a description in a house style of capitals ("The Minister revealed"), and Ukraine's
rescue service under a plain description."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_a_unit_named_or_numbered_is_the_speaker():
    f = figures("Front\nUkraine's Azov brigade said its drones destroyed 9 Russian armoured vehicles near Dobropillia.\n\n"
                "The 47th Mechanized Brigade said it destroyed 12 Russian tanks.\n\n"
                "Ukraine's 93rd brigade reported that 30 Russian soldiers were killed.")
    assert (f[9].claimant, f[12].claimant, f[30].claimant) == ("Azov brigade", "47th Mechanized Brigade", "93rd brigade")


def test_the_brigade_and_the_committee_refer_back():
    f = figures("Front\nRussia launched an armoured assault near Pokrovsk, the Kraken unit said on Telegram.\n\n"
                "The unit said it had destroyed 14 of the Russian armoured vehicles.\n\n"
                "Russia's Investigative Committee opened a case on Friday. The committee said Ukrainian soldiers "
                "shot and killed seven civilians in the village.")
    assert f[14].claimant == "Kraken unit"
    assert f[7].claimant == "Russian Investigative Committee"


def test_a_unit_of_a_nation_only_or_named_nowhere_is_no_one():
    f = figures("Front\nThe Russian unit said 6 Ukrainian tanks were destroyed.\n\n"
                "The brigade said 40 Russian soldiers were killed.")
    assert (f[6].claimant, f[40].claimant) == (None, None)


def test_a_capitalised_description_refers_back_to_the_one_named():
    f = figures("Recruits\nForeign Minister Vijitha Herath confirmed that 59 Sri Lankans serving in the Russian army "
                "have been killed. The Sri Lankan Embassy in Moscow is in contact with the families.\n\nThe Minister revealed that 554 Sri Lankans had been recruited by the Russian "
                "military.\n\nNepal's Ministry of Foreign Affairs said on Monday that 10 more Nepalis serving in "
                "the Russian army had died. The Ministry said 1,500 Nepalis had been recruited by the Russian army.")
    assert f[554].claimant == f[59].claimant == "Vijitha Herath"
    assert f[1500].claimant == f[10].claimant


def test_a_capitalised_description_of_no_one_named_is_no_one():
    f = figures("Recruits\nThe Minister said 40 soldiers were killed.")
    assert f[40].claimant is None


def test_ukraines_national_rescue_service_is_its_emergency_service():
    f = figures("Kyiv\nUkraine\u2019s national rescue service said 145 people were injured in Kyiv overnight.")
    assert f[145].claimant == "State Emergency Service of Ukraine"

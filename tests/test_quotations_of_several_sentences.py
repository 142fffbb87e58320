"""A quotation of several sentences is the speaker's who is named where it closes ('"Five were
killed. Twenty-seven are injured," the governor said'), a speaker set off by dashes is the
subject ("Valentyn Reznichenko — the regional governor — said"), and a lower-case title after
a closing mark is part of the name ('"...," said spokesman Igor Konashenkov')."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_every_sentence_of_a_quotation_is_the_speakers_named_at_its_close():
    f = figures("Strike\n“At least five people have been left dead after a missile attack on Dnipro. Twenty-seven "
                "people are injured. Six children are among them. All are in hospital,” Valentyn Reznichenko, "
                "the regional governor, said in a statement.")
    assert f[5].claimant and "Reznichenko" in f[5].claimant
    assert f[27].claimant == f[5].claimant and f[6].claimant == f[5].claimant
    assert f[27].claimant_from == "the speaker of the quotation"


def test_straight_marks_and_other_verbs_of_saying_close_a_quotation_too():
    f = figures("Losses\nThe general spoke in Oslo on Monday.\n\n\"Ukrainian losses are probably over 130,000 dead or "
                "wounded. Some 180,000 Russian soldiers have been killed or wounded,\" Eirik Kristoffersen told Norwegian television.")
    assert f[130000].claimant == f[180000].claimant
    assert "Kristoffersen" in f[130000].claimant
    g = figures("Odesa\n\"Three people died at the scene. Eleven people were wounded,\" wrote Oleh Kiper on Telegram.")
    assert g[3].claimant and "Kiper" in g[3].claimant


def test_the_speaker_named_at_the_close_replaces_one_only_carried_into_the_quotation():
    f = figures("Kherson\nPolice said on Monday that the attack hit a market. \"Four civilians were killed in Kherson. "
                "Nine people were wounded,\" said Oleksandr Prokudin, the head of the regional administration.")
    assert "Prokudin" in f[4].claimant and "Prokudin" in f[9].claimant


def test_a_speaker_set_off_by_dashes_is_the_subject():
    f = figures("Kharkiv\nSix people were killed, Oleh Syniehubov – head of the regional administration – wrote on "
                "Telegram.")
    assert "Syniehubov" in f[6].claimant


def test_a_title_in_lower_case_after_a_closing_mark_is_part_of_the_speaker():
    f = figures("Olenivka\n“A missile strike hit the detention centre. 40 Ukrainian prisoners of war were killed and 75 "
                "wounded,” said spokesman Igor Konashenkov.")
    assert f[75].claimant == "Russian Ministry of Defence (Konashenkov)"
    assert f[40].claimant == f[75].claimant
    g = figures("Sumy\n“Eleven people were killed,” said regional governor Volodymyr Artiukh.")
    assert "Artiukh" in g[11].claimant


def test_a_quotation_that_closes_with_no_speaker_after_it_names_no_one():
    f = figures("Strike\n“Twelve people were killed in the night. Thirty were wounded.” The city is in mourning.")
    assert f[12].claimant is None and f[30].claimant is None


def test_a_quotation_does_not_reach_back_over_a_paragraph():
    f = figures("Strike\n“Twelve people were killed in the night.\n\nThirty were wounded,” Ihor Terekhov said.")
    assert f[12].claimant_from != "the speaker of the quotation"


def test_numbers_set_off_by_dashes_are_no_speaker():
    f = figures("Assault\nRussian troops — more than 2,000 of them — attacked the village, killing 14 civilians.")
    assert f[14].claimant is None

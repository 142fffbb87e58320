"""A body's acronym after the article spelled it out is that body ("KHPG said" after "the Kharkiv
Human Rights Protection Group (KHPG)"); a title's speaker after its verb ("..., Confirms Foreign
Minister") is who says it, not a capitalised word before; "All Eyes on Wagner" is no Wagner."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_an_acronym_spelled_out_before_is_the_body_named():
    f = figures("Izium\nThe Kharkiv Human Rights Protection Group (KHPG) said 50 civilians were killed in Izium.\n\n"
                "KHPG later said 20 civilians were wounded.\n\n"
                "Researchers at the Conflict Intelligence Team, CIT, said 40 Russian soldiers were killed. "
                "CIT said 31 Russian soldiers were wounded.")
    assert f[20].claimant == "Kharkiv Human Rights Protection Group"
    assert f[31].claimant == "Conflict Intelligence Team"


def test_an_acronym_the_article_never_spelled_out_stays_as_written():
    f = figures("Losses\nThe Moscow Times wrote about XYZ on Monday.\n\nXYZ said 30 Russian soldiers were killed.")
    assert f[30].claimant == "XYZ"


def test_a_titles_speaker_after_its_verb_is_who_says_it():
    f = figures("59 Sri Lankans Killed While Serving in Russian Army in Ukraine War, Confirms Foreign Minister\n"
                "Text.\n\nUkraine Lost 40 Tanks Near Avdiivka, Claims Russian Defence Ministry")
    assert f[59].claimant == "Foreign Minister"
    assert f[40].claimant == "Russian Ministry of Defence"


def test_a_sentence_in_lower_case_keeps_its_subject():
    f = figures("Losses\nMariupol city hall, citing rescuers, said 300 people had been killed in the theatre.")
    assert f[300].claimant == "Mariupol city hall"


def test_all_eyes_on_wagner_is_an_investigative_group_not_wagner():
    f = figures("Recruits\nIn February, the watchdog group All Eyes on Wagner published the names of 1,417 Africans "
                "enlisted by Moscow to fight in Ukraine.\n\nWagner said 20,000 of its fighters were killed in Bakhmut.")
    assert f[1417].claimant == "All Eyes on Wagner"
    assert f[20000].claimant == "Yevgeny Prigozhin (Wagner)"

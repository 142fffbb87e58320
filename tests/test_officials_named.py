"""Officials as wire copy and translations name them: a governor with a name and an office
("Oleh Kipper, the regional governor of Odessa", "its governor, Oleksandr Hanzha, said"), a
governor named only by office in a sentence that names a city ("In Kherson, the regional
governor said"), a head of a region, and the words a sentence opens with that are nobody
("Finally", "Earlier"). Sentences written for each pattern, with ones that must not match."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("sentence, value, claimant", [
    ("Oleh Kipper, the regional governor of Odessa, said two people were wounded in the attack on the port.",
     2, "Odesa governor (Kiper)"),  # the table's spelling of him: one line on the timeline
    ("Nine people, including a 13-year-old girl, were injured in a drone attack in the southeastern "
     "Dnipropetrovsk region, its governor, Oleksandr Hanzha, said.", 9, "Dnipropetrovsk governor (Oleksandr Hanzha)"),
    ('"One person was killed and four injured in an air attack on the Kyiv region," said Petro Ostapenko, '
     "acting governor of this Ukrainian region.", 4, "Kyiv governor (Petro Ostapenko)"),
    ("Regional governor Ivan Petrenko said 5 people were hurt when a missile hit Poltava.", 5,
     "Poltava governor (Ivan Petrenko)"),
])
def test_a_governor_named_with_the_office_is_the_office_and_the_person(sentence, value, claimant):
    assert figures(f"Title\n{sentence}")[value].claimant == claimant


@pytest.mark.parametrize("sentence, value, claimant", [
    # a person named with no office keeps the name; an office with no region keeps the person
    ("John Smith, a pensioner from Kherson, said 3 people were killed in the shelling.", 3, "John Smith"),
    ("Ivan Hrytsenko, the regional governor, said two people were wounded in the attack.", 2, "Ivan Hrytsenko"),
    # a governor the table knows is its entry, under the article's spelling too
    ("Oleh Kipper, the regional governor, said two people were wounded in the attack.", 2, "Odesa governor (Kiper)"),
])
def test_no_office_or_no_region_keeps_the_name(sentence, value, claimant):
    assert figures(f"Title\n{sentence}")[value].claimant == claimant


@pytest.mark.parametrize("sentence, value, claimant", [
    ("In Kherson, the regional governor said early Monday that Russian shelling had killed two people and "
     "injured eight others.", 8, "Kherson governor"),
    ("A girl was killed and 22 people injured when a Russian missile struck near the central Ukrainian city of "
     "Dnipro, the regional governor said on Sunday.", 22, "Dnipropetrovsk governor"),
    ("Shelling of Kharkov wounded 6 people, the governor said.", 6, "Kharkiv governor"),
])
def test_an_unnamed_governor_is_the_governor_of_the_place_named(sentence, value, claimant):
    assert figures(f"Title\n{sentence}")[value].claimant == claimant


def test_an_unnamed_governor_is_not_the_governor_named_in_the_paragraph_before():
    f = figures("Title\nSix drones were shot down over the Mykolaiv region, its governor said.\n\n"
                "In Kherson, the regional governor said Russian shelling had killed two people.")
    assert f[2].claimant == "Kherson governor"


@pytest.mark.parametrize("sentence, value, claimant", [
    ("Three civilians were killed in Ukraine's strike on a restaurant in Donetsk, Russia-appointed head of the "
     "region Denis Pushilin said on Telegram.", 3, "Donetsk People's Republic (DPR) authorities (Pushilin)"),
    ("Finally, on the Russian side, a Ukrainian mortar bombardment on the village of Kirillovka, in the border "
     "region of Bryansk, left 2 dead, announced its governor, Yegor Malinin.", 2, "Bryansk governor (Yegor Malinin)"),
    ("Earlier, the head of the CIA, William Burns, said that 315,000 Russian soldiers had been killed or wounded.",
     315000, "CIA"),
])
def test_the_speaker_after_a_title_or_an_opening_word(sentence, value, claimant):
    assert figures(f"Title\n{sentence}")[value].claimant == claimant


@pytest.mark.parametrize("sentence", [
    "Meanwhile, 40 Ukrainian soldiers were killed near Bakhmut, Finally said.",
    "Shells hit the centre of the region Oleh Ivanov said 4 people were hurt.",
])
def test_an_opening_word_or_a_place_is_no_speaker(sentence):
    f = figures(f"Title\n{sentence}")
    assert all(x.claimant not in ("Finally", "Meanwhile", "Oleh Ivanov") for x in f.values())


@pytest.mark.parametrize("sentence, value", [
    ("A drone attack in the Chernihiv region killed a 71-year-old man and injured at least four others.", 4),
    ("Russian shelling killed two and wounded five more in Kherson.", 5),
])
def test_others_after_a_verb_of_wounding_are_people(sentence, value):
    assert figures(f"Title\n{sentence}")[value].metric == "civilians_wounded"


def test_a_shooting_of_no_war_is_still_no_figure():
    assert figures("Title\nThe gunman killed a teacher and injured four others at a school in Texas.") == {}


def test_the_dead_of_one_strike_on_a_named_day_are_that_attacks():
    f = figures("Title\nAt least six people were killed and 59 others injured in a Russian strike on Kharkiv on "
                "Friday, the governor said.")
    assert f[6].kind == f[59].kind == "other"


@pytest.mark.parametrize("sentence", [
    "Ukraine lost up to 4,855 servicemen over the week, according to TASS calculations based on the data of the "
    "Russian Defense Ministry.",
    "Ukraine lost 4,855 servicemen over the week, the Izvestia newspaper estimated based on figures from the "
    "Russian Ministry of Defence.",
])
def test_an_outlets_sum_of_a_ministrys_data_is_the_ministrys(sentence):
    assert figures(f"Title\n{sentence}")[4855].claimant == "Russian Ministry of Defence"


def test_data_of_nobody_known_leaves_the_outlet():
    f = figures("Title\nRussia lost 2,000 soldiers, according to Izvestia estimates based on data from the village.")
    assert f[2000].claimant == "Izvestia"


@pytest.mark.parametrize("sentence, value, metric, side", [
    ("The Russian army has already killed 464 children and injured 931 more in Ukraine.", 931,
     "civilians_wounded", "ukraine"),
    ("Ukrainian forces killed 40 Russian soldiers and wounded 30 more.", 30, "personnel_wounded", "russia"),
])
def test_more_after_a_count_are_more_of_the_same_people(sentence, value, metric, side):
    f = figures(f"Title\n{sentence}")[value]
    assert (f.metric, f.side) == (metric, side)


@pytest.mark.parametrize("sentence, value, metric, side", [
    ("A civilian was killed and nine others were injured in a massive attack by enemy drones on Kursk.", 9,
     "civilians_wounded", "russia"),
    ("One soldier died and 12 others were wounded in the shelling of the trenches near Bakhmut.", 12,
     "personnel_wounded", None),
])
def test_others_after_a_first_victim_are_of_the_same_kind(sentence, value, metric, side):
    f = figures(f"Title\n{sentence}")[value]
    assert (f.metric, f.side) == (metric, side)


def test_others_of_no_war_are_no_figure():
    assert figures("Title\nThe company hired a manager and nine others were hired later.") == {}


def test_the_governor_added_is_the_office_named_before():
    f = figures('Title\n"One person was killed in an air attack on the Kyiv region," said Petro Ostapenko, acting '
                "governor of this Ukrainian region.\n\nElsewhere in the region, four people were injured by falling "
                "drone debris, the governor added.")
    assert f[4].claimant == "Kyiv governor (Petro Ostapenko)"


def test_a_commander_quoted_after_his_quote_and_title():
    f = figures("Title\n“Over the past day, the enemy lost 257 people killed, wounded and captured,” General Oleksandr "
                "Tarnavskyi, the commander of the Tavria operational-strategic group of troops, posted on Telegram."
                "\n\nAs the commander informed, 16 units of enemy military equipment were destroyed, including four "
                "armored combat vehicles.")
    assert f[257].claimant == f[16].claimant == "Oleksandr Tarnavskyi"
    assert f[16].kind == f[4].kind == "daily"

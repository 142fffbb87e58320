"""Whose dead a strike's toll counts when the attacker's nation is the only one named
("buildings struck by Russian missiles, with the death toll at 28"), and who Ukraine's
rescuers are ("emergency services", "the Emergency Situations Service of Ukraine": the State
Emergency Service). Sentences written for each pattern, with ones that must not match."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, side", [
    ("Two apartment blocks were struck by Russian missiles, with the death toll now at 28.", 28, "ukraine"),
    ("A school in Zaporizhzhia was hit by Russian drones; the death toll has climbed to 9.", 9, "ukraine"),
    ("A market in Belgorod was struck by Ukrainian rockets, with the death toll now at 14.", 14, "russia"),
])
def test_a_toll_after_the_attackers_weapon_is_the_other_sides(text, value, side):
    f = figures("Title\n" + text)[value]
    assert f.metric == "civilians_killed" and f.side == side


@pytest.mark.parametrize("text, value, side", [
    ("Seven Russian civilians were killed by Ukrainian shelling in Belgorod.", 7, "russia"),
    ("Russian shelling killed three Russian-speaking pensioners in Donetsk.", 3, None),
])
def test_the_counted_peoples_own_nation_wins(text, value, side):
    f = figures("Title\n" + text)
    if side is None:
        assert value not in f or f[value].side in ("ukraine", "russia")
    else:
        assert f[value].side == side


def test_a_toll_struck_by_missiles_is_one_attacks():
    f = figures("Title\nTwo apartment blocks were struck by Russian missiles, with the death toll now at 28.")
    assert f[28].kind == "other"


def test_a_running_total_beside_a_hit_is_still_a_running_total():
    f = figures("Title\nThe tanks were hit by Ukrainian drones; Russia has lost 3,400 tanks since 2022.")
    assert f[3400].kind == "cumulative"


@pytest.mark.parametrize("text, value", [
    ("Twenty people are still missing and 79 were injured, including 16 children, according to emergency services.", 79),
    ("According to the Emergency Situations Service of Ukraine, 117 people were injured in the capital.", 117),
    ("Rescuers said five people were killed in the strike on Odesa.", 5),
    ("Ukraine's rescue services said the death toll in Dnipro had reached 45.", 45),
])
def test_ukraines_rescuers_are_the_state_emergency_service(text, value):
    assert figures("Title\n" + text)[value].claimant == "State Emergency Service of Ukraine"


@pytest.mark.parametrize("text, value, who", [
    ("Local officials say at least two civilians have been killed in Russian attacks.", 2, "Ukrainian local officials"),
    ("Three civilians were injured in the shelling of Kherson, authorities said.", 3, "Ukrainian authorities"),
])
def test_officials_stay_officials_not_the_body_the_country_speaks_through(text, value, who):
    assert figures("Title\n" + text)[value].claimant == who


def test_a_prosecutors_office_by_another_word_order_is_the_prosecutor_general():
    f = figures("Title\nAccording to data from the General Prosecutor's Office of Ukraine, four children were killed.")
    assert f[4].claimant == "Prosecutor General's Office of Ukraine"


@pytest.mark.parametrize("text, value, side", [
    ("Russia's defense ministry said on Wednesday that 89 servicemen were killed in the Ukrainian attack on Makiivka.",
     89, "russia"),
    ("Kyiv said 17 of its soldiers died in a Russian missile strike on a training ground.", 17, "ukraine"),
    ("Ukraine's General Staff said 300 Russian soldiers were killed in a Ukrainian missile strike on Kherson.", 300, "russia"),
])
def test_soldiers_killed_in_one_sides_attack_are_the_other_sides(text, value, side):
    assert figures("Title\n" + text)[value].side == side


def test_a_side_word_owning_the_page_a_report_sits_on_is_not_whose_losses():
    text = ("Title\nUkraine's General Staff published its daily update. The report, posted to the Ukrainian ministry of "
            "defense's official X page, also said 65 drones and 127 vehicles were destroyed.")
    f = figures(text)
    assert f[65].side == "russia" and f[127].side == "russia"


@pytest.mark.parametrize("text, value, side", [
    ("To date, 1,351 servicemen have died and 3,825 have been injured, said Russian Defence Ministry spokesman "
     "Igor Konashenkov.", 1351, "russia"),
    ("As of today, 498 service members have been killed, Defence Minister Sergei Shoigu told the Duma.", 498, "russia"),
    ("Nearly 1 million soldiers have been killed or wounded since the start of the conflict, according to Russian "
     "Defence Minister Sergei Shoigu.", 1000000, "ukraine"),
])
def test_a_ministrys_own_dead_under_its_spokesmans_name(text, value, side):
    assert figures("Title\n" + text)[value].side == side


@pytest.mark.parametrize("text, value, side", [
    ("Briefing\nOver the past 24 hours, Russian forces have inflicted 500 casualties on the Ukrainian army and "
     "eliminated 12 combat vehicles and 12 artillery systems.", 500, "ukraine"),
    ("Briefing\nOver the past 24 hours, Russian forces have inflicted 500 casualties on the Ukrainian army and "
     "eliminated 12 combat vehicles and 12 artillery systems.", 12, "ukraine"),
    ("Hardware\nMore than 14,000 pieces of hardware have been destroyed by Russian forces since January, including "
     "1,200 tanks.", 1200, "ukraine"),
])
def test_what_one_sides_forces_inflict_or_destroy_is_the_others_loss(text, value, side):
    assert figures(text)[value].side == side


def test_casualties_inflicted_on_the_subject_are_the_subjects():
    assert figures("Toll\nRussia has suffered 100,000 casualties inflicted by Ukrainian troops.")[100000].side == "russia"


@pytest.mark.parametrize("text, value, side", [
    ("Losses\nThe report details material losses suffered by Russian forces, including 10,834 tanks.", 10834, "russia"),
    ("Makiivka\nThe strike was revenge for an attack on a barracks in a region controlled by Moscow's forces in which "
     "89 Russian servicemen were killed.", 89, "russia"),
])
def test_an_agent_that_suffers_or_controls_is_not_the_enemy(text, value, side):
    assert figures(text)[value].side == side

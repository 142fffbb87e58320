"""The wounded of one attack are that attack's (`other`), like its dead: "a missile strike
demolished a building, killing 28 and injuring over 140"; "In all" over one attack's dead and
wounded is no running total. A count since the invasion stays cumulative."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_a_strike_then_its_participles_is_one_incident():
    f = figures("Kyiv\nIn Kyiv, a missile strike demolished a nine-story residential building, killing 28 and "
                "injuring over 140.\n\nA Russian drone attack set fire to a warehouse in Odesa, wounding 112 people.")
    assert (f[28].kind, f[140].kind, f[112].kind) == ("other", "other", "other")


def test_in_all_over_one_attacks_few_is_that_attacks():
    f = figures("Odesa\nIn all, four people were killed and 16 wounded as Russia struck Odesa.")
    assert (f[4].kind, f[16].kind) == ("other", "other")


def test_a_count_since_the_invasion_stays_cumulative():
    f = figures("Region\nIn all, 40 civilians have been killed in the region since the invasion.\n\n"
                "Since the start of the war, Russian attacks on Kharkiv have killed 1,200 civilians.")
    assert (f[40].kind, f[1200].kind) == ("cumulative", "cumulative")


def test_a_part_of_a_running_total_keeps_its_kind():
    f = figures("Toll\nUkraine's health minister said on Saturday that 198 civilians, including three children, had "
                "been killed so far by Russian forces.")
    assert (f[198].kind, f[3].kind) == ("cumulative", "cumulative")


def test_up_to_a_few_hundred_hurt_told_with_no_word_of_time_are_one_attack_s():
    # (an attack hurts more than it kills: "In total, 159 people were injured" is that attack's)
    f = figures("Strike\nIn total, 28 people were killed and at least 140 people were injured across the capital, it "
                "said. Another 110 people were injured with varying degrees of severity, including 17 children.")
    assert (f[28].kind, f[140].kind, f[110].kind) == ("other", "other", "other")
    g = figures("Sevastopol\nThe city's health department said 160 people were hurt in the attack.")
    assert g[160].kind == "other"


def test_thousands_hurt_or_hurt_since_the_invasion_stay_running_totals():
    assert figures("UN\nThe UN says 9,000 civilians have been injured.")[9000].kind == "cumulative"
    assert figures("Toll\nSince the invasion, 350 civilians have been injured in the region, the governor said.")[350] \
        .kind == "cumulative"

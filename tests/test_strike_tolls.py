"""Tolls whose number comes long after them, both sides' soldiers under one noun, and "the
officials" who said it: sentences written for each pattern (not copied from any article), in
several wordings, with ones that must not match."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


# -- a toll, then the strike and the place, then the verb and the number ----------------------
@pytest.mark.parametrize("text, value, metric", [
    ("The death toll from a Russian drone attack on a residential block in the western city of Lutsk "
     "has risen to 14.", 14, "civilians_killed"),
    ("The death toll from the missile strike on the shopping centre in the eastern city of Kramatorsk "
     "climbed to 23 on Wednesday, officials said.", 23, "civilians_killed"),
    ("The number of people injured in the overnight attack on the port of Izmail in the Odesa region "
     "has increased to 31.", 31, "civilians_wounded"),
    ("The number of people wounded in the shelling of the market in the town of Kostiantynivka on "
     "6 September has risen to 40.", 40, "civilians_wounded"),
    # the toll brought up to a number, in words too
    ("A man died of his wounds overnight, bringing the death toll of the attack on the railway station "
     "in Chaplyne to six.", 6, "civilians_killed"),
    ("The death toll from the Russian strike on the railway station in Chaplyne rose to five early Friday.",
     5, "civilians_killed"),
])
def test_a_toll_far_from_its_number_is_read(text, value, metric):
    f = figures("Title\n" + text)
    assert f[value].metric == metric
    assert f[value].side == "ukraine"
    assert f[value].kind == "other"


@pytest.mark.parametrize("text", [
    # another count between the toll and its verb: the number is not the toll
    "The death toll from the strike, which hit 12 apartment buildings in the centre of the city, rose to 30.",
    # a toll of another war
    "The death toll from the Israeli air strike on the apartment block in northern Gaza has risen to 40.",
    # "to" without a verb of a toll changing
    "The death toll from the strike on the city of Sumy led officials to 40 emergency meetings.",
])
def test_a_far_toll_needs_its_verb_and_nothing_between(text):
    f = figures("Title\n" + text)
    assert not [v for v in (30, 40) if v in f and f[v].metric.endswith("_killed")]


# -- both sides' adjectives before one noun ----------------------------------------------------
@pytest.mark.parametrize("text, value, metric", [
    ("Nearly 500,000 Ukrainian and Russian troops have been killed or wounded since the invasion, "
     "a new estimate says.", 500000, "personnel_casualties"),
    ("As many as 200,000 Russian and Ukrainian soldiers have died in the war, the report said.",
     200000, "personnel_killed"),
    ("Some 70,000 Russian or Ukrainian servicemen have been wounded in the battle for the city.",
     70000, "personnel_wounded"),
])
def test_both_sides_under_one_noun(text, value, metric):
    f = figures("Title\n" + text)
    assert f[value].metric == metric
    assert f[value].side == "both"


def test_two_counts_each_with_its_side_stay_apart():
    f = figures("Title\nHe said 300 Russian and 40 Ukrainian soldiers were killed in the fighting.")
    assert f[300].side == "russia" and f[40].side == "ukraine"


# -- "the officials" after officials were named ------------------------------------------------
ARTICLE = ("Losses mount, officials say\n"
           "U.S. officials said on Friday that the fighting had taken a heavy toll on both armies.\n"
           "Russia's military casualties are approaching 300,000, of which as many as 120,000 are deaths, "
           "the officials said.\n"
           "They said Ukraine's casualty count was close to 190,000.\n")


def test_the_officials_are_the_officials_named_before():
    f = figures(ARTICLE)
    assert f[300000].claimant == f[120000].claimant == "US officials"


def test_whose_losses_a_sentence_opens_with_is_not_who_they_are():
    # "Russia's military casualties" is whose losses, not a speaker "they" may refer to
    assert figures(ARTICLE)[190000].claimant == "US officials"


@pytest.mark.parametrize("text, value, claimant", [
    ("According to Russian defence officials, Ukraine lost 800 servicemen in the south.", 800,
     "Russian defence officials"),
    ("Meanwhile, US officials said the number of Russian casualties could be as high as 7,000.", 7000,
     "US officials"),
])
def test_officials_with_their_country_are_a_name_not_a_description(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant.lower() == claimant.lower()


def test_the_officials_with_none_named_before_are_nobody():
    f = figures("Title\nThe officials said 2,000 soldiers had been killed in the assault on the town.")
    assert f[2000].claimant is None


# -- a passive estimate in the next paragraph goes on with the source before ------------------
def test_an_estimate_without_a_speaker_goes_on_with_the_paragraph_before():
    f = figures("Title\nBritish intelligence said Russia had lost 45,000 soldiers in the spring offensive.\n"
                "Ukrainian deaths are estimated to be 20,000.\n")
    assert f[20000].claimant == f[45000].claimant


def test_an_estimate_two_paragraphs_on_is_not_carried():
    f = figures("Title\nBritish intelligence said Russia had lost 45,000 soldiers in the spring offensive.\n"
                "The offensive stalled in May.\n"
                "Ukrainian deaths are estimated to be 20,000.\n")
    assert f[20000].claimant is None


# -- a count whose noun comes after "are" ------------------------------------------------------
@pytest.mark.parametrize("text, value, metric", [
    ("Ukraine's casualties number about 190,000, of which some 70,000 are deaths and 120,000 are injuries.",
     120000, "personnel_wounded"),
    ("Of the 45,000 casualties the brigade suffered, 9,000 were fatalities.", 9000, "personnel_killed"),
])
def test_a_count_is_what_it_is_said_to_be(text, value, metric):
    assert figures("Title\n" + text)[value].metric == metric


def test_a_count_that_is_something_else_stays_no_figure():
    assert 3000 not in figures("Title\nOf the 45,000 casualties, 3,000 were officers from the reserve.")


# -- counts read in more words ----------------------------------------------------------------
@pytest.mark.parametrize("text, value, metric, side", [
    ("Of the 66 people hospitalized, five remained in critical condition.", 66, "civilians_wounded", "ukraine"),
    ("According to Ukrainian data, nearly six thousand Russians have fallen.", 6000, "personnel_killed", "russia"),
    ("He added that 1,597 of our comrades had been wounded, the Russian defence ministry said.", 1597,
     "personnel_wounded", None),
    ("The total number of victims of the shelling of the town is 124.", 124, "personnel_casualties", None),
    ("According to Norway, 180,000 died or were wounded on the Russian side.", 180000, "personnel_casualties",
     "russia"),
    ("The ministry said Wednesday 959 Ukrainian troops had surrendered.", 959, "personnel_captured", "ukraine"),
    # a toll put at a number in words
    ("A report by a Telegram channel put the death toll at seven after the strike on the market.", 7,
     "civilians_killed", "ukraine"),
])
def test_counts_in_more_words(text, value, metric, side):
    f = figures("Title\n" + text)
    assert f[value].metric == metric
    if side:
        assert f[value].side == side


def test_the_other_side_of_an_elided_pair_keeps_its_own():
    f = figures("Title\nAccording to Norway, 180,000 died or were wounded on the Russian side, and 100,000 on the "
                "Ukrainian side.")
    assert (f[180000].side, f[100000].side) == ("russia", "ukraine")


@pytest.mark.parametrize("text", [
    "Leopard 2 tanks were destroyed near the village.",  # a model's number
    "The number of arrivals increased by 4.7pct compared to the previous day.",  # a share glued to its sign
    "Two Azerbaijani citizens died during police raids in Yekaterinburg.",  # no citizens of this war
])
def test_numbers_that_stay_no_figure(text):
    assert not figures("Title\n" + text)


# -- refugees counted by the countries they reach ----------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("More than 8,600 Ukrainian citizens entered Romania on Wednesday, the border police said.", 8600),
    ("Since February 24, around 2,984,000 people have crossed the Polish-Ukrainian border into Poland.", 2984000),
    ("A minimum of 3,408 Ukrainian nationals had sought international protection in Finland by Monday.", 3408),
    ("Over 3,400 Ukrainians have applied for temporary protection in Ireland.", 3400),
])
def test_arrivals_in_a_host_country_are_displaced(text, value):
    f = figures("Title\n" + text)
    assert (f[value].metric, f[value].side) == ("civilians_displaced", "ukraine")


@pytest.mark.parametrize("text, value, metric", [
    # soldiers entering a country are a force, not refugees
    ("About 3,000 Russian soldiers entered Ukraine from Belarus.", 3000, "troops_deployed"),
])
def test_soldiers_entering_are_a_force(text, value, metric):
    assert figures("Title\n" + text)[value].metric == metric


def test_foreigners_entering_ukraine_are_not_refugees():
    f = figures("Title\nAccording to the ministry, 10 Japanese people have entered Ukraine to fight.")
    assert 10 not in f or f[10].metric != "civilians_displaced"


# -- the dead of an article about strikes -----------------------------------------------------
STRIKE = ("Toll rises in Zaporizhzhia\n"
          "A Russian missile strike on an apartment block in Zaporizhzhia killed 11 civilians and injured 40, "
          "the governor said.\n"
          "By evening, authorities had reported two more dead and nine injured in the city.\n")


def test_the_dead_of_a_strike_article_are_its_civilians():
    f = figures(STRIKE)
    assert (f[2].metric, f[2].side, f[2].kind) == ("civilians_killed", "ukraine", "other")
    assert (f[9].metric, f[9].side) == ("civilians_wounded", "ukraine")


def test_the_dead_of_an_article_about_soldiers_stay_soldiers():
    f = figures("Losses at the front\nThe General Staff said 1,100 Russian soldiers were killed over the past day.\n"
                "By evening, the brigade had reported two more dead and nine injured.\n")
    assert f[9].metric == "personnel_wounded"


def test_a_sentence_about_soldiers_in_a_strike_article_stays_theirs():
    f = figures(STRIKE + "Near the front, 14 servicemen were reported dead.\n")
    assert f[14].metric == "personnel_killed"


# -- a time said after a list is every item's --------------------------------------------------
@pytest.mark.parametrize("text, values", [
    ("The ministry said Kyiv lost over 8,300 soldiers, as well as five aircraft and ten helicopters in November.",
     (8300, 5, 10)),
    ("Russia has suffered 100,000 casualties, including 20,000 killed in fighting, since December.",
     (100000, 20000)),
    ("Ukraine had lost 26,000 men and 3,000 units of hardware in the counteroffensive.", (26000, 3000)),
])
def test_a_time_after_a_list_is_every_items(text, values):
    f = figures("Title\n" + text)
    assert [f[v].kind for v in values] == ["period"] * len(values)


@pytest.mark.parametrize("text, values", [
    ("Russia lost 61 artillery systems, 18 armoured fighting vehicles and five tanks on Monday, Kyiv said.", (61, 18, 5)),
    ("Moscow also lost 118 drones, 98 vehicles and three rocket launchers on Tuesday, the General Staff said.",
     (118, 98, 3)),
    ("The report added that Russian forces on Friday lost three tanks, seven armoured combat vehicles and 11 trucks.",
     (3, 7, 11)),
])
def test_a_day_said_once_for_a_list_is_every_items(text, values):
    f = figures("Title\n" + text)
    assert [f[v].kind for v in values] == ["daily"] * len(values)


def test_a_running_total_before_a_days_count_keeps_its_kind():
    f = figures("Title\nRussia has lost 7,650 tanks since the invasion began, and lost 12 tanks on Monday.")
    assert (f[7650].kind, f[12].kind) == ("cumulative", "daily")


@pytest.mark.parametrize("text, value", [
    # a total of its own before the list
    ("In total Russia has lost 300,000 soldiers and 1,200 tanks, 40 of them in May.", 300000),
    # a time of its own between the items
    ("Russia has lost 300,000 soldiers since the invasion, and 1,200 in the past week.", 300000),
])
def test_a_count_with_a_time_of_its_own_keeps_it(text, value):
    assert figures("Title\n" + text)[value].kind == "cumulative"


@pytest.mark.parametrize("text, value, metric", [
    ("Three children under 10 were among the dead in the strike on the town.", 3, "civilians_killed"),
    ("The shelling of Sumy resulted in one fatality and at least 16 injuries.", 1, "civilians_killed"),
    ("Kyiv has also lost around 7,600 weapons systems in the offensive, the minister said.", 7600, "other"),
])
def test_singular_and_plural_words_of_loss(text, value, metric):
    assert figures("Title\n" + text)[value].metric == metric


def test_weapons_systems_sent_are_no_loss():
    assert not figures("Title\nThe US has sent 40 weapons systems to Ukraine.")


def test_an_age_after_children_is_no_count():
    assert 10 not in figures("Title\nThree children under 10 were among the dead in the strike on the town.")


def test_places_before_a_count_are_no_items_of_its_list():
    f = figures("Title\nThe authorities reported fires in four neighborhoods and one fatality after the strike.")
    assert 4 not in f and f[1].metric == "civilians_killed"


def test_the_missing_of_a_strike_are_other():
    f = figures(STRIKE + "Another 43 people were reported missing under the rubble.\n")
    assert (f[43].metric, f[43].side) == ("other", "ukraine")


def test_the_civilians_of_an_article_about_strikes_in_russia_are_russias():
    f = figures("Drone attack on Kursk\nTwo civilians were killed in a Ukrainian drone attack on Kursk, regional "
                "authorities said.\nNine people were injured, six of them were hospitalized.\n")
    assert f[9].side == "russia"


def test_a_roundup_of_both_countries_civilians_keeps_each_its_own():
    f = figures("Strikes overnight\nA Ukrainian drone attack on Kursk killed one civilian.\n"
                "In Kharkiv, Russian missiles killed four people and injured 12.\n"
                "Nine people were injured elsewhere in the region.\n")
    assert f[12].side == "ukraine" and f[9].side == "ukraine"


@pytest.mark.parametrize("text, value, metric, side", [
    # the others after a clause about the first count
    ("Russia announced that 498 of its soldiers had been killed in the war against Ukraine and 1,597 had been "
     "wounded.", 1597, "personnel_wounded", "russia"),
    # a count that opens a clause reported
    ("The mayor reported on Telegram that at least 8 were injured in a Russian shelling.", 8,
     "civilians_wounded", "ukraine"),
    # a breakdown in brackets between the count and its verb
    ("A total of 4,735 people (957 men, 629 women and 110 girls) were wounded in the attacks.", 4735,
     "civilians_wounded", "ukraine"),
])
def test_counts_past_a_clause_or_a_breakdown(text, value, metric, side):
    f = figures("Title\n" + text)
    assert (f[value].metric, f[value].side) == (metric, side)


def test_the_next_count_with_its_own_side_keeps_it():
    f = figures("Title\nThe Russian defence ministry said 487 of its servicemen had been killed and 1,600 "
                "Ukrainian soldiers captured.")
    assert (f[487].side, f[1600].side) == ("russia", "ukraine")


def test_a_reported_count_with_nothing_of_strikes_is_no_civilians():
    f = figures("Title\nAs for the Russians killed, it says that 409,820 have been killed.")
    assert 409820 not in f or f[409820].metric != "civilians_killed"


# -- one battle or offensive, however long, and an attack that took lives ------------------------
@pytest.mark.parametrize("text, value", [
    ("The mercenary chief says his force lost more than 20,000 fighters in the drawn-out battle for Bakhmut.", 20000),
    ("Wagner Chief Says 19,000 Of His Men Were Killed In Soledar Battle", 19000),
    ("A Ukrainian brigade lost at least seven tanks during a 48-hour offensive in the south.", 7),
    ("Ukrainian units lost 3,500 servicemen in their attempts to break into the Belgorod region, the ministry said.", 3500),
    ("Two Chechen fighters were killed and six injured in fighting against Ukrainian units near Kreminna.", 6),
    ("The enemy attack claimed the lives of 12 residents of the building, the governor said.", 12),
])
def test_one_battle_or_attack_is_no_running_total(text, value):
    assert figures("Title\n" + text)[value].kind == "other"


@pytest.mark.parametrize("text, value, kind", [
    ("Ukraine has lost 26,000 soldiers since the counteroffensive began.", 26000, "period"),
    ("Russia has lost 250,000 soldiers since the start of the full-scale invasion.", 250000, "cumulative"),
])
def test_a_count_since_an_offensive_or_the_invasion_is_not_one_battle(text, value, kind):
    assert figures("Title\n" + text)[value].kind == kind


# -- a number of the dead told long after its words --------------------------------------------
@pytest.mark.parametrize("text, value, metric", [
    ("The British Ministry of Defense said that the total number of Russian victims from the beginning of the "
     "invasion in February 2022 currently exceeds 465,000.", 465000, "personnel_casualties"),
    ("The number of civilian casualties in the Kharkiv region since the start of the offensive has now topped "
     "1,200, the governor said.", 1200, "civilians_killed"),
    ("The number of military deaths on the Russian side since the invasion of February 2022 totals 120,000, the "
     "study found.", 120000, "personnel_killed"),
])
def test_a_number_of_victims_told_after_a_long_phrase(text, value, metric):
    assert figures("Title\n" + text)[value].metric == metric


def test_a_number_of_something_else_told_far_after_is_no_toll():
    assert 3000000 not in figures("Title\nThe number of Ukrainian civilians living in occupied areas exceeds "
                                  "3,000,000, officials said.")


@pytest.mark.parametrize("text, value", [
    ("Russian shelling claimed the lives of three people in Kherson.", 3),
    ("A drone strike on the market has claimed the lives of 5 people, the mayor said.", 5),
])
def test_a_strike_that_claimed_lives_killed_civilians_of_a_side(text, value):
    f = figures("Title\n" + text)[value]
    assert (f.metric, f.side) == ("civilians_killed", "ukraine")


def test_a_war_that_claimed_lives_stays_a_toll_of_every_side():
    f = figures("Title\nThe war has claimed the lives of 14,000 people.")[14000]
    assert (f.metric, f.side) == ("other", None)


@pytest.mark.parametrize("text, value, metric", [
    ("The strike on the market killed 12 victims, the mayor said.", 12, "civilians_killed"),
    ("After the shelling of the town, 18 victims were taken to hospitals.", 18, "civilians_wounded"),
])
def test_the_victims_of_a_strike_are_civilians(text, value, metric):
    assert figures("Title\n" + text)[value].metric == metric


def test_victims_among_soldiers_stay_soldiers():
    assert figures("Title\nThe Russian army's attacks killed 40 victims among Ukrainian soldiers.")[40].metric \
        == "personnel_killed"

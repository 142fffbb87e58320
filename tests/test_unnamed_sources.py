"""Sources an article does not name as a person or a body: an office of a region ("the region's
governor"), a group ("local officials say"), a country ("the US believes"), a pronoun after a
conjunction ("when it gave a total"); and the kind of a few civilians' dead or a few drones
downed. Every sentence is written for its pattern, with one that must not match."""

from __future__ import annotations

import pytest

from index.extraction.extract import analyse
from index.model import Article
from tests.extraction_helpers import figures


# -- an office of the region the sentence names -----------------------------------------------
@pytest.mark.parametrize("sentence, value, claimant", [
    ("Four civilians were killed by Russian shelling in the Zaporizhzhia region on Sunday, the region's governor said.",
     4, "Zaporizhzhia governor"),
    ("The governor of the northern Sumy region said that 3 people were wounded in a drone attack.", 3, "Sumy governor"),
    ("Russian artillery hit a market in the region of Kherson, killing six civilians, its governor reported.",
     6, "Kherson governor"),
    ("Russian strike kills 5 in Ukraine's Dnipropetrovsk region - governor", 5, "Dnipropetrovsk governor"),
])
def test_the_governor_of_a_named_region(sentence, value, claimant):
    assert figures(f"{sentence}\n")[value].claimant == claimant


def test_the_region_can_be_named_in_the_sentence_before():
    f = figures("Title\nRussian drones struck Poltava region overnight. Two people were injured, the regional "
                "governor said.")
    assert f[2].claimant == "Poltava governor"


def test_he_after_an_unnamed_governor_is_that_governor():
    f = figures("Title\nNine drones were shot down over the Odesa region, its governor said. An attack on a port "
                "killed one man and injured 14 more, he added.")
    assert f[14].claimant == "Odesa governor"


def test_a_governor_with_no_region_named_is_no_one():
    f = figures("Title\nTwo civilians were killed in the city, the governor said.")
    assert f[2].claimant is None


def test_its_governor_is_not_a_body_of_three_capitalised_words():
    # the Air Force has a name like a person's; "its governor" is no Air Force
    f = figures("Title\nThe Ukrainian Air Force said it downed 20 drones. Eight more drones were downed over the "
                "region of Kharkiv, its governor said.")
    assert f[8].claimant == "Kharkiv governor"


# -- a group counting its own side's civilians ------------------------------------------------
@pytest.mark.parametrize("sentence, value, claimant", [
    ("Local officials say at least three civilians were killed in Russian attacks on the south.", 3,
     "Ukrainian local officials"),
    ("Russian missiles kill 11 civilians in Kryvyi Rih, say authorities", 11, "Ukrainian authorities"),
    ("At least seven civilians were killed and 20 wounded in Russian shelling, regional officials reported.", 20,
     "Ukrainian regional officials"),
    ("Ukrainian drones kill two civilians in Belgorod, say authorities", 2, "Russian authorities"),
])
def test_a_group_reporting_its_sides_civilians(sentence, value, claimant):
    assert figures(f"{sentence}\n")[value].claimant == claimant


def test_a_group_reporting_soldiers_keeps_no_claimant():
    f = figures("Title\nAbout 60 soldiers were killed in the fighting, officials said.")
    assert f[60].claimant is None


def test_a_group_that_did_not_speak_is_no_claimant():
    f = figures("Title\nThree civilians were killed in Russian strikes as officials inspected the damage.")
    assert f[3].claimant is None


# -- a country as the one who says it ------------------------------------------------------------
@pytest.mark.parametrize("sentence, value, claimant", [
    ("The US believes Russia has lost 88,000 troops, killed or wounded.", 88000, "US officials"),
    ("The United States has estimated that 120,000 Russian soldiers have been killed.", 120000, "US officials"),
    ("Britain estimated that 50,000 Russian soldiers have died in the war.", 50000, "UK Ministry of Defence"),
])
def test_a_country_estimating(sentence, value, claimant):
    assert figures(f"Title\n{sentence}")[value].claimant == claimant


def test_us_as_a_pronoun_is_no_country():
    f = figures("Title\nTell us why 400 soldiers were killed, he told us.")
    assert f[400].claimant is None


@pytest.mark.parametrize("sentence, value, claimant", [
    ("On Friday, Biden administration officials told lawmakers that 65,000 Russians had been killed or wounded.",
     65000, "US officials"),
    ("The Military Balance report estimates Russia has lost 1,600 tanks this year.", 1600, "IISS"),
    ("The ISW said 900 Russian soldiers die every day.", 900, "Institute for the Study of War (ISW)"),
])
def test_more_names_of_known_bodies(sentence, value, claimant):
    assert figures(f"Title\n{sentence}")[value].claimant == claimant


# -- words between the speaker and the verb, and verbs of giving a figure -----------------------
def test_a_time_between_the_name_and_the_verb():
    f = figures("Title\nNATO chief Mark Rutte early this week estimated that 200,000 Russian troops had died.")
    assert f[200000].claimant == "NATO officials (Rutte)"


@pytest.mark.parametrize("sentence, value, claimant", [
    ("The Russian government last reported its losses in September, when it gave a total of 5,937 dead.",
     5937, "Russian officials"),
    ("In March, CIA Director William Burns put the agency's estimate at 18,000 Russian dead.", 18000, "CIA"),
    ("The Pentagon issued its own assessment saying 30,000 Russian troops had been killed.", 30000,
     "US Department of Defense"),
    ("Zelensky visited Kharkiv on Monday, after he said 46,000 Ukrainian soldiers had been killed.", 46000,
     "Volodymyr Zelensky"),
])
def test_gave_a_total_put_the_estimate_issued_a_report(sentence, value, claimant):
    assert figures(f"Title\n{sentence}")[value].claimant == claimant


def test_gave_without_a_figure_word_says_nothing():
    f = figures("Title\nThe commander gave up 12 tanks to the enemy.")
    assert all(x.claimant is None for x in f.values())


# -- the kind of a few dead or a few drones with no word of time ---------------------------------
@pytest.mark.parametrize("sentence, value, kind", [
    ("The Russians shelled a village near Kupiansk, killing four people and injuring nine.", 9, "other"),
    ("Three people died and 7 were injured, the governor of the Kharkiv region said.", 3, "other"),
    ("Air defence shot down 23 of 30 drones launched against Ukraine, the Air Force said.", 23, "daily"),
])
def test_a_few_dead_or_a_few_drones(sentence, value, kind):
    assert figures(f"Title\n{sentence}")[value].kind == kind


def test_many_civilians_dead_stay_a_total():
    f = figures("Title\nThe UN has recorded 12,300 civilians killed in Ukraine, the mission said.")
    assert f[12300].kind == "cumulative"


# -- a passive with no agent: the source its paragraph named -----------------------------------
def test_a_passive_takes_the_source_of_its_paragraph():
    f = figures("Title\nThe General Staff said Russia lost 950 soldiers over the past day. In total, Moscow is "
                "believed to have lost 412,000 troops.")
    assert f[412000].claimant == "General Staff of Ukraine"


def test_a_passive_does_not_reach_into_the_next_paragraph_of_a_roundup():
    f = figures("Title\nThe UN said 12,000 civilians had been killed. The General Staff said Russia lost 950 "
                "soldiers over the past day.\n\nRussian losses are estimated at 300,000 soldiers.")
    assert f[300000].claimant is None


def test_a_passive_goes_on_with_an_articles_one_source():
    f = figures("Title\nThe General Staff said Russia lost 950 soldiers over the past day.\n\nRussian losses are "
                "estimated at 300,000 soldiers.")
    assert f[300000].claimant == "General Staff of Ukraine"


# -- whose losses ------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, value", [
    ("For its part, Moscow has admitted to only 3,100 casualties.", 3100),
    ("Russia has officially acknowledged just over 5,900 soldier deaths.", 5900),
])
def test_a_country_admitting_counts_its_own(sentence, value):
    assert figures(f"Title\n{sentence}")[value].side == "russia"


def test_the_parts_of_an_admitted_total_are_its_own_too():
    f = figures("Title\nRussia has admitted to 1,900 casualties, including 420 deaths and 1,480 wounded.")
    assert [f[v].side for v in (1900, 420, 1480)] == ["russia"] * 3


def test_a_country_admitting_the_enemys_losses_is_not_its_own():
    f = figures("Title\nRussia said 3,000 Ukrainian soldiers were killed.")
    assert f[3000].side == "ukraine"


@pytest.mark.parametrize("sentence, value, side", [
    ("Air defence destroyed 19 of 25 drones launched against Ukraine overnight.", 19, "russia"),
    ("Six drones were shot down over the northern Chernihiv region.", 6, "russia"),
    ("Eleven drones were downed over the region of Zhytomyr, the governor said.", 11, "russia"),
    ("Air defences destroyed 30 drones over the Kursk region, the Russian Defence Ministry said.", 30, "ukraine"),
])
def test_whose_drones_were_downed(sentence, value, side):
    assert figures(f"Title\n{sentence}")[value].side == side


def test_combined_russian_and_ukrainian_losses_are_both():
    f = figures("Title\nCombined Russian and Ukrainian casualties could be as high as 1.2 million, the study says.")
    assert f[1200000].side == "both"


# -- more forms ----------------------------------------------------------------------------------
def test_a_persons_research_is_theirs():
    f = figures("Title\nThe military analyst Maria Lopez said the war is costly. Lopez's research suggests Russia has lost "
                "around 1,800 tanks.")
    assert f[1800].claimant == "Maria Lopez"


def test_the_two_outlets_refer_back_to_the_outlets_named():
    f = figures("Title\nMediazona counted 41,000 dead soldiers.\n\nIn May, the two media outlets said they had "
                "identified 45,000 Russian soldiers killed.")
    assert f[45000].claimant == "Mediazona"


@pytest.mark.parametrize("sentence, value, metric", [
    ("Russian casualties in Ukraine could be as high as 250,000, the ministry said.", 250000, "personnel_casualties"),
    ("Russian forces have likely suffered 180,000 causalities, the update said.", 180000, "personnel_casualties"),
    ("Putin said 300,000 new recruits had signed military service contracts this year.", 300000, "troops_deployed"),
])
def test_what_is_counted_in_more_words(sentence, value, metric):
    assert figures(f"Title\n{sentence}")[value].metric == metric


def test_a_chairman_is_a_title_not_a_name():
    f = figures("Title\nRussian Security Council Deputy Chairman Dmitry Medvedev said 100,000 recruits signed contracts.")
    assert f[100000].claimant == "Dmitry Medvedev"


def test_a_battlegroup_is_where_not_whose():
    f = figures("Title\nThe Ukrainian army lost up to 210 troops in the area of Russia's Battlegroup Centre, the "
                "Defence Ministry in Moscow said.")
    assert f[210].side == "ukraine"


@pytest.mark.parametrize("sentence, value", [
    ("Since the beginning of the so-called offensive, Ukraine has lost 41,000 soldiers, Shoigu said.", 41000),
    ("Since the 6th of last month, the enemy lost 19,000 servicemen, Shoygu said.", 19000),
])
def test_a_campaign_or_a_day_inside_the_war_is_a_period(sentence, value):
    assert figures(f"Title\n{sentence}")[value].kind == "period"


@pytest.mark.parametrize("sentence, value, claimant", [
    ("Defence Minister Sergey Shoygu said 7,000 Ukrainian soldiers died.", 7000, "Russian Ministry of Defence (Shoygu)"),
    ("The WHO said 120 health workers were killed.", 120, "World Health Organization (WHO)"),
])
def test_spellings_and_names_with_their_acronym(sentence, value, claimant):
    assert figures(f"Title\n{sentence}")[value].claimant == claimant


# -- the source named in the sentence after the figures ------------------------------------------
@pytest.mark.parametrize("after, claimant", [
    ("This was announced by Ivan Fedorov, head of the regional military administration.",
     "Zaporizhzhia governor (Fedorov)"),
    ("About this reported Serhiy Lysak, head of the regional administration.", "Dnipropetrovsk governor (Lysak)"),
    ("Vitali Klitschko reported this on Telegram.", "Kyiv mayor (Klitschko)"),
    ("This has been stated on Facebook by the General Staff.", "General Staff of Ukraine"),
])
def test_this_was_announced_by_names_the_figures_before(after, claimant):
    f = figures(f"Title\nRussian shelling killed four civilians and wounded nine in the south. {after}")
    assert (f[4].claimant, f[9].claimant) == (claimant, claimant)


def test_the_next_source_replaces_a_claimant_only_carried_over():
    f = figures("Title\nThree civilians were killed in Kharkiv, Oleh Syniehubov said.\n\nTwo people were wounded "
                "in Sumy. This was reported by Petro Ostapenko.")
    assert f[2].claimant == "Petro Ostapenko"


def test_this_is_why_names_no_one():
    f = figures("Title\nTen people died in the fire. This is why officials said the building was unsafe.")
    assert f[10].claimant is None


def test_a_headline_figure_is_the_one_the_body_attributes():
    art = analyse(Article(file="a.txt", title="t", text="Russian drones kill five in Odesa\n\nA Russian drone "
                          "attack on Odesa killed five people, Oleh Kiper said.", published="2025-03-10"))
    assert [(x.value, x.claimant) for x in art.figures] == [(5, "Odesa governor (Kiper)")] * 2


def test_a_headline_figure_of_another_value_takes_no_claimant_from_the_body():
    art = analyse(Article(file="a.txt", title="t", text="Russian drones kill six in Odesa\n\nA Russian drone "
                          "attack on Odesa killed five people, Oleh Kiper said.", published="2025-03-10"))
    assert [(x.value, x.claimant) for x in art.figures] == [(6, None), (5, "Odesa governor (Kiper)")]


def test_a_group_speaking_in_its_capital():
    f = figures("Title\nDefence officials said in Moscow that 2,100 Russian soldiers had been wounded.")
    assert f[2100].claimant == "Russian officials"


def test_a_group_in_a_place_named_later_is_no_country():
    f = figures("Title\nOfficials said 700 soldiers had been killed near Moscow.")
    assert f[700].claimant is None


@pytest.mark.parametrize("sentence, value, claimant", [
    ("The latest IOM survey estimates 6 million people are displaced inside Ukraine.", 6000000, "IOM"),
    ("A new CSIS study finds that 210,000 Russian soldiers were killed.", 210000, "CSIS"),
    ("At least 50,000 Russian troops have been killed, according to research by journalists from Mediazona.",
     50000, "Mediazona"),
])
def test_the_owner_of_a_work(sentence, value, claimant):
    assert figures(f"Title\n{sentence}")[value].claimant == claimant


def test_a_work_with_no_owner_names_no_one():
    f = figures("Title\nThe report says 90,000 Russian soldiers died.")
    assert f[90000].claimant is None


def test_deaths_that_a_country_confirmed_are_its_own():
    f = figures("Title\nNATO estimates 7,000 deaths. That is far above the 1,350 deaths that Moscow has officially "
                "confirmed.")
    assert (f[1350].claimant, f[1350].side) == ("Russian officials", "russia")


def test_a_headline_ending_in_a_known_source():
    f = figures("Russia lost 250 tanks in a month: Pentagon\n\nBody.")
    assert f[250].claimant == "US Department of Defense"


# -- what is counted ------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, value, metric", [
    ("Investigators have found the bodies of 410 civilians in the town, the prosecutor said.", 410, "civilians_killed"),
    ("Moscow said 1,900 Ukrainian soldiers were killed, 2,600 wounded and 310 captured.", 310, "personnel_captured"),
    ("Kyiv says its forces have killed 12,400 Russian military since the invasion began.", 12400, "personnel_killed"),
    ("A missile hit a warehouse in Dnipro, injuring three employees.", 3, "civilians_wounded"),
    ("Ukraine downs 41 Russian drones overnight, air force says", 41, "drones"),
])
def test_more_ways_to_say_what_is_counted(sentence, value, metric):
    assert figures(f"Title\n{sentence}")[value].metric == metric


def test_fates_of_equipment_are_not_prisoners():
    f = figures("Title\nRussia lost 900 tanks: 500 were destroyed, 300 were captured by Ukrainian forces, 60 were "
                "damaged.")
    assert f[60].metric == "tanks"


def test_russian_military_aid_is_no_soldiers():
    f = figures("Title\nThe 40 Russian military experts arrived in Minsk.")
    assert 40 not in f


@pytest.mark.parametrize("sentence, values", [
    ("Around 90,000 Russian and 70,000 Ukrainian soldiers have been killed, the general said.",
     {90000: "russia", 70000: "ukraine"}),
    ("Some 12,000 Ukrainian and about 15,000 Russian troops were wounded.", {12000: "ukraine", 15000: "russia"}),
])
def test_each_sides_count_sharing_one_noun(sentence, values):
    f = figures(f"Title\n{sentence}")
    assert {v: f[v].side for v in values} == values


def test_two_adjectives_of_one_count_are_not_two_counts():
    f = figures("Title\nThe 12 Russian and Belarusian instructors left.")
    assert 12 not in f


@pytest.mark.parametrize("sentence, value", [
    ("He said 1 lakh Russian soldiers had died.", 100000),
    ("The report put the dead at 2.5 lakh soldiers.", 250000),
])
def test_lakh(sentence, value):
    assert value in figures(f"Title\n{sentence}")


def test_individuals_are_people():
    f = figures("Title\nThe Russian army's losses this month amount to 31,200 individuals, the General Staff said.")
    assert f[31200].metric == "personnel_casualties"


@pytest.mark.parametrize("sentence, value, kind", [
    ("Russia lost nearly 28,000 soldiers in just one month of fighting, the General Staff said.", 28000, "period"),
    ("Over the past three months, 60,000 Russian troops were killed or wounded, officials said.", 60000, "period"),
    ("The commander said Russian forces suffered 390,000 casualties during the year.", 390000, "period"),
    ("NATO estimated that 9,000 Russian soldiers have been killed in four weeks of war.", 9000, "cumulative"),
    ("About 18,000 Wagner fighters were killed in the battle for Bakhmut, the outlet said.", 18000, "other"),
    ("Up to 16,000 Russian soldiers died during the assault on Avdiivka.", 16000, "other"),
])
def test_kinds_of_months_a_year_and_one_battle(sentence, value, kind):
    assert figures(f"Title\n{sentence}")[value].kind == kind


@pytest.mark.parametrize("sentence, value, side", [
    ("Russia has had up to 300,000 battlefield deaths, compared with Ukraine's 90,000 to 120,000, the study says.",
     90000, "ukraine"),
    ("For Russia, which has the larger army, the report estimates casualties of 900,000.", 900000, "russia"),
    ("On the Ukrainian side, some 60,000 soldiers have been killed, the analysts estimate.", 60000, "ukraine"),
])
def test_whose_count_from_a_possessive_or_the_sentences_topic(sentence, value, side):
    assert figures(f"Title\n{sentence}")[value].side == side


def test_for_the_first_time_is_no_topic():
    f = figures("Title\nFor the first time, the Ukrainian army lost 40 tanks in a day.")
    assert f[40].side == "ukraine"


@pytest.mark.parametrize("sentence, value", [
    ("The study puts Russian casualties of 700,000 against Ukraine's 400,000.", 700000),
    ("Moscow suffered losses of 1,300 in a single day, the General Staff said.", 1300),
])
def test_a_noun_of_a_count(sentence, value):
    assert value in figures(f"Title\n{sentence}")


def test_of_a_share_is_no_count():
    assert figures("Title\nThe army has lost tanks of 3 brigades.") == {}


# -- an outlet relaying a source ----------------------------------------------------------------
@pytest.mark.parametrize("sentence, value, claimant", [
    ("The Washington Post reported, citing US intelligence officials, that 60,000 Russian soldiers were killed.",
     60000, "US officials"),
    ("According to the daily Kommersant, which cites the Russian Defence Ministry, 1,100 Ukrainian soldiers died.",
     1100, "Russian Ministry of Defence"),
    ("General Oleksandr Syrskyi was quoted by local media as saying that 20,000 Russian troops were killed.",
     20000, "Oleksandr Syrskyi"),
])
def test_the_source_an_outlet_cites(sentence, value, claimant):
    assert figures(f"Title\n{sentence}")[value].claimant == claimant


def test_an_outlet_citing_no_one_known_keeps_its_report():
    f = figures("Title\nReuters reported that 40 civilians were killed, citing a local doctor.")
    assert f[40].claimant == "Reuters"


def _with_outlet(text: str, outlet: str | None):
    art = analyse(Article(file="a.txt", title="t", text=text, published="2025-03-10", outlet=outlet))
    return {f.value: f.claimant for f in art.figures}


def test_a_republished_we_is_the_body_named_before():
    text = ("Toll rises\n\nAt least 80,000 Russian soldiers have died, according to data analysed by Mediazona.\n\n"
            "We have identified the names of 80,312 soldiers killed in Ukraine.")
    assert _with_outlet(text, "Daily Mirror Lagos")[80312] == "Mediazona"
    assert _with_outlet(text, None)[80312] == "Mediazona"


def test_a_we_of_a_known_outlet_stays_the_outlets():
    text = ("Toll rises\n\nThe Russian Defence Ministry said 6,000 of its soldiers died.\n\n"
            "We have identified the names of 80,312 soldiers killed in Ukraine.")
    assert _with_outlet(text, "Mediazona")[80312] == "Mediazona"
    assert _with_outlet(text, None)[80312] is None


def test_a_known_body_citing_data_makes_its_own_statement():
    f = figures("Title\nRussia is losing nearly 900 troops a day, according to UK officials citing data from Ukraine.")
    assert f[900].claimant == "UK Ministry of Defence"


@pytest.mark.parametrize("sentence, value, metric", [
    ("A Russian strike killed one man in the Sumy region and injured at least four others in Kharkiv.", 1,
     "civilians_killed"),
    ("At least three die in Russian shelling of Kherson: officials", 3, "civilians_killed"),
    ("Russian drones kill 2, injure 9 in Odesa", 9, "civilians_wounded"),
])
def test_headline_verbs_and_the_verb_before_a_count(sentence, value, metric):
    assert figures(f"{sentence}\n")[value].metric == metric


def test_dying_of_old_age_is_no_war_figure():
    assert figures("Title\nTwo die of old age in the village.") == {}


@pytest.mark.parametrize("sentence, value, claimant", [
    ("Russian dictator Vladimir Putin has said that Russian forces lose 18,000 lives a month.", 18000, "Vladimir Putin"),
    ("European Commission President Ursula von der Leyen on November 30 estimated that 100,000 Ukrainian officers "
     "had been killed.", 100000, "Ursula von der Leyen"),
    ("Dutch Prime Minister Mark van der Berg on 4 May said 40 Russian soldiers were captured.", 40,
     "Mark van der Berg"),
])
def test_a_known_name_after_any_title_and_a_date_before_the_verb(sentence, value, claimant):
    assert figures(f"Title\n{sentence}")[value].claimant == claimant


def test_an_unknown_name_after_a_place_is_still_no_speaker():
    f = figures("Title\nAuthorities in Sumy oblast bordering Russia reported 3 civilians killed.")
    assert f[3].claimant is None


def test_a_comment_label_names_the_quote_under_it():
    f = figures("Title\nRussian drones hit Sumy.\n\nComment: Petro Ostapenko:\n\n“Two people died and 11 were "
                "injured.”")
    assert (f[2].claimant, f[11].claimant) == ("Petro Ostapenko", "Petro Ostapenko")


def test_a_comment_label_needs_its_colon():
    f = figures("Title\nComment: Petro Ostapenko said nothing.\n\n“Two people died and 11 were injured.”")
    assert f[2].claimant is None


@pytest.mark.parametrize("sentence, value", [
    ("The analyst put the loss of Russian tanks at between 1,900 and 2,100 units.", 1900),
    ("Losses take Russian armoured vehicles destroyed since 2022 to some 8,000 units, the institute says.", 8000),
])
def test_units_of_the_equipment_named_before(sentence, value):
    assert value in figures(f"Title\n{sentence}")


def test_units_with_no_equipment_named_are_no_figure():
    assert figures("Title\nThe plant produced 1,500 units last year.") == {}


def test_a_list_on_a_line_of_its_own_goes_on_from_the_total_above():
    f = figures("Title\nIn total, Ukraine has lost 6,100 units of military equipment, the ministry said.\n\n"
                "Among them 140 aircraft, 101 helicopters.")
    assert (f[140].metric, f[101].metric) == ("aircraft", "helicopters")


def test_people_signing_up_to_serve_in_an_army_are_its_force():
    f = figures("Title\nPutin said 190,000 people have signed contracts to serve in the Russian army this year.")
    assert (f[190000].metric, f[190000].side) == ("troops_deployed", "russia")


def test_soldiers_sent_to_fight_in_a_country_are_not_that_countrys():
    f = figures("Title\nNorth Korea sent around 11,000 soldiers to Russia to fight in Ukraine.")
    assert 11000 not in f or f[11000].side != "ukraine"


@pytest.mark.parametrize("sentence, value, claimant", [
    ("Two civilians were killed in Belgorod, local officials said.", 2, "Russian local officials"),
    ("Three people were wounded in a drone strike on Kursk, authorities said.", 3, "Russian authorities"),
])
def test_civilians_in_a_russian_city_are_russias_and_so_are_its_officials(sentence, value, claimant):
    f = figures(f"Title\n{sentence}")
    assert (f[value].side, f[value].claimant) == ("russia", claimant)


def test_a_russian_strike_near_a_border_city_still_hits_ukraine():
    f = figures("Title\nA Russian missile killed 4 civilians in Kharkiv, officials said.")
    assert (f[4].side, f[4].claimant) == ("ukraine", "Ukrainian officials")


# -- a page that is one body's report, by its title ----------------------------------------------
def test_a_ministry_report_page_is_the_ministrys():
    f = figures("Russian Defence Ministry report on the progress of the special military operation\n"
                "The AFU losses amounted to up to 450 troops, three tanks and five pickup trucks.\n\n"
                "In the Kupyansk direction, the enemy lost up to 230 servicemen.\n\n"
                "In total, 644 aircraft and 20,912 tanks and other armoured combat vehicles have been destroyed since "
                "the beginning of the special military operation.")
    assert {f[v].claimant for v in (450, 3, 230, 644)} == {"Russian Ministry of Defence"}
    assert (f[450].kind, f[3].kind, f[644].kind) == ("daily", "daily", "cumulative")
    assert f[230].side == "ukraine"  # the enemy of the ministry


@pytest.mark.parametrize("title, claimant", [
    ("Report of the UK Ministry of Defence on Russian losses", "UK Ministry of Defence"),
    ("General Staff update, 5 December", "General Staff of Ukraine"),
])
def test_other_report_titles(title, claimant):
    assert figures(f"{title}\nRussia lost 1,200 soldiers.")[1200].claimant == claimant


@pytest.mark.parametrize("text", [
    "Daily report on the war\nRussia lost 1,200 soldiers.",  # no body named
    "Mediazona report on the war\nThe data show 1,200 soldiers were killed, officials said.",  # someone unnamed
])
def test_a_title_naming_no_one_or_a_sentence_citing_someone_else(text):
    f = figures(text)
    assert all(x.claimant in (None,) for x in f.values())


# -- an incident's dead in an article with one source for its civilians ------------------------
def test_an_incident_in_a_governors_roundup_is_the_governors():
    text = ("Title\nRussian attacks killed three civilians in the Kharkiv region on Monday, governor Oleh "
            "Syniehubov said.\n\n- The Russians shelled the village of Prykolote, killing two people and "
            "injuring six others.")
    f = figures(text)
    assert f[2].claimant == f[6].claimant == "Kharkiv governor (Syniehubov)"


def test_an_incident_in_a_roundup_of_many_sources_stays_unattributed():
    text = ("Title\nThe UN said 9,000 civilians have been killed since the invasion.\n\n"
            "- Russia's defence ministry said 300 Ukrainian soldiers were killed.\n\n"
            "- The Ukrainian General Staff said 900 Russian soldiers were killed in the past day.\n\n"
            "- At least seven people were killed in shelling in the Kyiv region.")
    assert figures(text)[7].claimant is None


def test_civilians_confirmed_killed_are_the_articles_counting_source():
    f = figures("Title\nThe U.N. documented at least 2,514 civilians killed in 2025.\n\nSince February 2022, more than "
                "14,500 civilians have been confirmed killed.")
    assert f[14500].claimant == "United Nations"


def test_losses_estimated_by_no_one_named_stay_no_ones():
    f = figures("Title\nThe U.N. documented at least 2,514 civilians killed in 2025.\n\nUkraine's military losses are "
                "estimated at 60,000 killed.")
    assert f[60000].claimant is None


@pytest.mark.parametrize("text, value, claimant", [
    ("A British research institute says Russia has lost nearly 2,900 battle tanks. The International Institute "
     "for Strategic Studies released the estimate on Tuesday.", 2900, "IISS"),
    ("A Washington-based think tank says Russia has suffered 790,000 casualties. The Center for Strategic and "
     "International Studies published the study on Monday.", 790000, "CSIS"),
])
def test_an_unnamed_body_named_in_the_next_sentence(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


def test_an_unnamed_body_is_not_the_next_topics_speaker():
    f = figures("Title\nA think tank says Russia has suffered 790,000 casualties. Meanwhile, Zelensky said 31,000 "
                "Ukrainian soldiers had been killed.")
    assert f[790000].claimant is None


def test_an_incident_does_not_take_a_national_bodys_name_for_its_dead():
    text = ("Title\nThe Prosecutor General's Office said 500 children have been killed since the invasion.\n\n"
            "Trains kept running in the west.\n\n"
            "Five railway stations were hit on Monday, with at least five people killed and 18 injured.")
    f = figures(text)
    assert f[18].claimant is None

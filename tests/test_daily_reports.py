"""How a day's report reads when an outlet retells it: the day's words ("the day before", "in
the past one day"), a running tally raised by a day's count ("by 1,030 overnight to 133,190"),
a translated bulletin's nouns, and a few soldiers with no word of time. Sentences written for
each pattern, with ones that must not be read that way."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value", [
    ("In the same report, the General Staff says Russia lost 41 artillery systems and 12 tanks the day before.", 41),
    ("Kyiv's military said Moscow lost 620 troops the day before, a little under the week's average.", 620),
    ("The Ukrainian military has claimed that nearly 700 Russian soldiers were killed in the past one day.", 700),
    ("Over the last 1 day the enemy lost 18 drones, according to the General Staff.", 18),
])
def test_the_day_before_and_the_past_one_day_are_a_days_count(text, value):
    assert figures("Title\n" + text)[value].kind == "daily"


def test_since_the_day_before_is_no_days_count():
    f = figures("Title\nSince the day before the offensive began, Russia has lost 12,400 troops.")
    assert f[12400].kind != "daily"


@pytest.mark.parametrize("text, daily, total, who", [
    ("The Ukrainian military increased its running tally of Russian military dead by 1,030 overnight to 133,190.",
     1030, 133190, "General Staff of Ukraine"),
    ("The UN human rights office raised its count of civilians killed by 212 to 9,614 on Tuesday.",
     212, 9614, "UN"),
    ("Ukraine's General Staff lifted its toll of Russian troops lost by about 900 to 402,470 in its morning update.",
     900, 402470, "General Staff of Ukraine"),
])
def test_a_tally_raised_by_a_count_to_a_total_gives_both(text, daily, total, who):
    f = figures("Title\n" + text)
    assert f[total].kind == "cumulative" and f[total].metric == f[daily].metric
    assert who in (f[total].claimant or "")


def test_a_change_by_some_count_is_no_range():
    f = figures("Title\nThe ministry raised its count of Ukrainian dead by 40 to 3,540.")
    assert f[40].upper is None and 3540 in f


def test_a_range_written_with_to_stays_a_range():
    f = figures("Title\nRussia lost 70 to 80 tanks near Vuhledar, the brigade said.")
    assert f[70].upper == 80


@pytest.mark.parametrize("text, value", [
    ("The Russian army has lost a total of 1,954 tanks, 4,294 combat armored machines and 1,079 artillery systems.",
     4294),
    ("The enemy lost 8,812 armoured combat machines since the start of the invasion.", 8812),
])
def test_armoured_machines_of_a_translated_bulletin_are_armoured_vehicles(text, value):
    assert figures("Title\n" + text)[value].metric == "armored_vehicles"


@pytest.mark.parametrize("text, value", [
    ("At least three North Korean servicemen went missing around another Kursk village, the GUR said.", 3),
    ("Sixty-five servicemen were killed, their relatives told the outlet.", 65),
    ("Twelve marines of the brigade have died in the assault on the bridgehead, the regiment said.", 12),
])
def test_a_few_soldiers_with_no_word_of_time_are_one_events(text, value):
    assert figures("Title\n" + text)[value].kind == "other"


@pytest.mark.parametrize("text, value, kind", [
    ("So far 45 soldiers have died in the fighting, the governor said.", 45, "cumulative"),
    ("Russia has lost 4,100 soldiers near Avdiivka, Kyiv says.", 4100, "other"),
    ("Russia has lost 380,000 troops, Ukraine's General Staff said.", 380000, "cumulative"),
    ("Russia has lost 12 generals in Ukraine, the ministry says.", 12, "cumulative"),
])
def test_a_running_total_keeps_its_kind(text, value, kind):
    assert figures("Title\n" + text)[value].kind == kind


def test_a_strike_raising_a_toll_is_no_speaker():
    f = figures("Title\nThe second strike raised the death toll by 5 to 17, rescuers said.")
    assert "strike" not in (f[17].claimant or "").lower()


@pytest.mark.parametrize("text, value", [
    ("On the same day, 16 tanks, 34 armoured vehicles and eight artillery systems were also lost.", 16),
    ("Russia had lost 910 troops the previous day, taking the tally since the start of the war to 135,010.", 910),
    ("On February 24 alone, Russia's losses amounted to approximately 800 soldiers killed and wounded.", 800),
    ("On Wednesday, 660 Russian troops were killed, bringing the total to 100,400.", 660),
])
def test_a_named_day_or_the_same_day_is_a_days_count(text, value):
    assert figures("Title\n" + text)[value].kind == "daily"


@pytest.mark.parametrize("text, value", [
    ("In a report from the previous day, the General Staff said Russia had lost 132,160 troops.", 132160),
    ("On the same day, Shoigu said Russia had lost 5,937 soldiers.", 5937),
    ("On Tuesday, Ukraine's armed forces released a tally stating that 116,950 Russian troops had died.", 116950),
])
def test_a_day_that_dates_the_report_is_no_days_count(text, value):
    assert figures("Title\n" + text)[value].kind != "daily"


def test_a_running_tally_taken_to_a_total_over_many_words():
    f = figures("Title\nRussia lost 910 troops the previous day, taking the tally since the start of the war to 135,010.")
    assert f[135010].kind == "cumulative" and f[135010].metric == f[910].metric


@pytest.mark.parametrize("text, value", [
    ("On Monday, 3 civilians were killed in Kherson.", 3),
    ("On Friday, 12 soldiers were wounded near Bakhmut, the brigade said.", 12),
])
def test_a_count_after_a_weekday_is_no_day_of_the_month(text, value):
    assert value in figures("Title\n" + text)


def test_a_day_of_the_month_after_a_weekday_stays_a_date():
    f = figures("Title\nOn Monday, 3 June, the ministry said 40 soldiers died.")
    assert 3 not in f and 40 in f


@pytest.mark.parametrize("text, value", [
    ("Day\nThe Russian military lost 1,160 troops, 64 artillery systems and 14 tanks in the space of 24 hours.", 64),
    ("Day\nUkraine lost nine tanks over 24 hours south of Donetsk, the ministry said.", 9),
    ("Night\nThis past night, air defense systems destroyed 116 Ukrainian drones, the ministry said.", 116),
    ("Night\nDuring the night, air defence destroyed 40 Russian drones over Kyiv.", 40),
    # the day said after the last count of a list is the whole list's
    ("List\nRussia lost 61 artillery systems, 18 armored fighting vehicles, and five tanks on Monday.", 61),
    ("List\nRussia lost 61 artillery systems, 18 armored fighting vehicles, and five tanks on Monday.", 18),
])
def test_more_words_of_one_day(text, value):
    assert figures(text)[value].kind == "daily"


@pytest.mark.parametrize("text, value, kind", [
    # a strike's dead and hurt "on Sunday" are the strike's; a count since the invasion stays a total
    ("Strike\nAt least 15 people were killed and 20 injured on Sunday when a missile hit a block.", 15, "other"),
    ("Tally\nSome 64,300 Russian soldiers have been killed since the invasion, 500 of them yesterday alone.", 64300,
     "cumulative"),
])
def test_a_day_after_a_list_does_not_override_the_event_or_the_total(text, value, kind):
    assert figures(text)[value].kind == kind


@pytest.mark.parametrize("text, value", [
    ("Incursion\nThe Russian Defence Ministry says Moscow's forces killed 234 fighters while thwarting an incursion.", 234),
    ("Kramatorsk\nThe ministry said it conducted a retaliatory strike in Kramatorsk killing more than 600 servicemen.", 600),
    ("Clash\nUkrainian forces eliminated eight tanks and four artillery systems in the engagement.", 8),
    ("Fight\nThe military said it had killed 280 Russian soldiers in a fight that broke out near the border.", 280),
])
def test_one_action_is_one_events_count(text, value):
    assert figures(text)[value].kind == "other"


def test_the_fight_of_the_whole_war_is_no_event():
    f = figures("War\nSome 40,000 civilians perished as a result of being involved in the fight, the BBC reports.")
    assert f[40000].kind == "cumulative"


def test_hundreds_of_drones_shot_down_with_no_word_of_time_are_a_nights():
    assert figures("Night\nAir defenses shot down 747 drones and four missiles, the Air Force reported.")[747].kind == "daily"


def test_drones_lost_with_no_word_of_downing_keep_the_running_total():
    assert figures("Losses\nRussia has lost 2,054 drones, the General Staff reported.")[2054].kind == "cumulative"


@pytest.mark.parametrize("text, value, kind", [
    ("Record\nUkraine's military said more than 1,000 Russian troops have been killed over a 24-hour stretch.", 1000,
     "daily"),
    ("Record\nRussia had its highest single-day loss on December 19, losing 2,200 soldiers.", 2200, "daily"),
    ("Mariupol\nRussia says more than 1,000 Ukrainian troops have surrendered in the besieged southeastern port of "
     "Mariupol.", 1000, "other"),
])
def test_a_stretch_of_a_day_and_one_ports_surrender(text, value, kind):
    assert figures(text)[value].kind == kind


@pytest.mark.parametrize("text, value", [
    ("Belgorod\nSeveral air attacks on the Russian border region of Belgorod on Saturday killed two people and "
     "injured at least seven, the governor said.", 2),
    ("Sumy\nRussian drone strikes on the Sumy region on Tuesday killed 3 people.", 3),
])
def test_a_days_attacks_on_a_region_are_that_days_toll(text, value):
    assert figures(text)[value].kind == "daily"


@pytest.mark.parametrize("text, value", [
    ("Dnipro\nA missile strike on a hospital in Dnipro on Monday killed 4 people.", 4),
    ("Kharkiv\nRussian strikes on Kharkiv killed 6 people, the mayor said.", 6),
])
def test_one_strike_or_attacks_on_no_named_day_are_one_incidents(text, value):
    assert figures(text)[value].kind == "other"

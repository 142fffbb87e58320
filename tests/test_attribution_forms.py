"""Who claims a figure, and over what time, on sentences written for the patterns (not copied from
any article): each pattern in several wordings, and one that must not match it."""

from __future__ import annotations

import pytest

from index.extraction.extract import analyse
from index.extraction.figures import figures_in
from index.model import Article
from tests.extraction_helpers import figures


# -- a description refers back to the claimant named before --------------------------------
@pytest.mark.parametrize("first, later", [
    ("The Royal United Services Institute put Russian casualties at 410,000.",
     "The think tank said Ukrainian casualties stood at around 150,000."),
    ("The Kiel Institute for the World Economy counted 410,000 Russian casualties.",
     "According to the institute, about 150,000 Ukrainian troops were killed or wounded."),
    ("Zona Research, a Riga-based monitoring project, counted 410,000 Russian casualties.",
     "Ukraine's losses came to about 150,000 casualties, according to the project."),
    ("The UN Human Rights Monitoring Mission in Ukraine recorded 410,000 civilian casualties.",
     "The mission said about 150,000 civilians were killed."),
])
def test_a_description_is_the_body_named_before(first, later):
    f = figures(f"Title\n{first} {later}")
    assert f[150000].claimant == f[410000].claimant is not None


def test_a_description_of_no_one_named_gives_no_claimant():
    f = figures("Title\nThe think tank said Ukrainian casualties stood at around 150,000.")
    assert f[150000].claimant is None


def test_a_description_keeps_its_nation():
    # the British ministry is not the Russian one named just before
    text = ("Title\nThe Russian Defence Ministry said 300 Ukrainian soldiers were killed.\n"
            "According to the British ministry, 1,500 Russian troops were killed or wounded a day in May.")
    f = figures(text)
    assert f[300].claimant == "Russian Ministry of Defence"
    assert f[1500].claimant == "UK Ministry of Defence"


def test_it_is_the_body_the_article_just_mentioned():
    text = ("Title\nUK intelligence said the war was costly.\n\n"
            "The Russian Defence Ministry gave its weekly briefing on Friday.\n"
            "Over the past 24 hours, Ukraine lost more than 280 troops and 27 armoured vehicles, it said.")
    f = figures(text)
    assert f[280].claimant == f[27].claimant == "Russian Ministry of Defence"
    assert f[280].side == "ukraine"


# -- forms of saying -----------------------------------------------------------------------
@pytest.mark.parametrize("sentence, value, who", [
    ("Ukraine, which says it has destroyed 88 Russian aircraft, asked for more air defence.",
     88, "General Staff of Ukraine"),
    ("Moldova's army, which says it shot down 40 Russian drones, protested.", 40, "Moldova's army"),
    ("Independent analyst Jane Doe claimed in a podcast that 300,000 Ukrainian troops have died.",
     300000, "Jane Doe"),
    ("Veteran war correspondent Tom Brady estimated that 90,000 Russian soldiers were killed.",
     90000, "Tom Brady"),
    ("Separatist authorities in the Luhansk region said two civilians were killed and five wounded "
     "by Ukrainian shelling.", 2, "Separatist authorities in the Luhansk region"),
])
def test_who_says_it(sentence, value, who):
    assert figures(f"Title\n{sentence}")[value].claimant == who


def test_an_object_before_the_verb_is_not_who_says_it():
    f = figures("Title\nAuthorities in Sumy oblast bordering Russia reported 12 civilians wounded.")
    assert f[12].claimant is None


def test_a_name_after_said_ends_its_clause():
    # what follows "said" is what was said, not who said it
    f = figures("Title\nLocal officials in the city, which lies near the border, said Ukrainian "
                "shelling had left two civilians dead.")
    assert f[2].claimant != "Ukrainian"


@pytest.mark.parametrize("title, value, who", [
    ("Ukraine lost over 8,000 soldiers in a week – Russian MoD", 8000, "Russian Ministry of Defence"),
    ("Kyiv lost 300 tanks in May - British intelligence", 300, "UK Ministry of Defence"),
    ("At least 1,232 civilians killed in Ukraine — UN", 1232, "United Nations"),
    ("250 Russian tanks destroyed, nearly 10,000 troops killed: Ukraine armed forces", 10000,
     "General Staff of Ukraine"),
])
def test_a_title_ending_in_who_says_it(title, value, who):
    assert figures(f"{title}\nMore follows.")[value].claimant == who


@pytest.mark.parametrize("title", ["Russia lost 1,000 troops in a day - a new record",
                                   "Putin's war: Russia lost 300 tanks in May - analysis"])
def test_a_title_ending_in_a_comment_names_no_one(title):
    assert all(f.claimant is None for f in figures(f"{title}\nMore follows.").values())


@pytest.mark.parametrize("line, value, who", [
    ("Source: Ukrainian Memory Book – 35,000 Ukrainian soldiers killed, 15,000 missing.", 15000,
     "Ukrainian Memory Book"),
    ("Data: Mediazona — 120,000 Russian soldiers killed by name.", 120000, "Mediazona"),
])
def test_a_source_label_names_the_figures_of_its_line(line, value, who):
    f = figures(f"Title\n{line}")
    assert f[value].claimant == who and f[value].side in ("ukraine", "russia")


def test_a_list_after_a_count_keeps_its_side():
    f = figures("Title\nSource: Memory Book – 35,000 regular Ukrainian military killed, 15,000 "
                "missing, up to 100,000 wounded.")
    assert f[35000].side == f[15000].side == f[100000].side == "ukraine"


def test_who_first_said_it_wins_over_who_passed_it_on():
    f = figures("Title\nFigures shared by the UK Ministry of Defence, attributed to the General Staff "
                "of the Ukrainian armed forces, put Russian casualties in November at 45,680.")
    assert f[45680].claimant == "General Staff of Ukraine"


def test_the_report_of_a_body_is_that_body_s():
    f = figures("Title\nIn the morning report of the General Staff of the Armed Forces of Ukraine, it "
                "was said that 1,260 Russian soldiers were eliminated during the last day.")
    assert f[1260].claimant == "General Staff of Ukraine" and f[1260].kind == "daily"


def test_what_is_counted_is_no_source():
    f = figures("Title\nKyiv said the tally of Russian military deaths increased by 1,030 overnight.")
    assert f[1030].claimant == "General Staff of Ukraine"


# -- bulletin lines -------------------------------------------------------------------------
@pytest.mark.parametrize("line, value, metric", [
    ("tanks — 7,834 (+6) units;", 7834, "tanks"),
    ("Tanks: 3,000 pcs.", 3000, "tanks"),
    ("artillery systems - 13,437 units", 13437, "artillery"),
    ("special equipment — 2,238 (+8) units.", 8, "special_equipment"),
])
def test_a_bulletin_line_with_a_measure_word(line, value, metric):
    assert metric in [f.metric for f in figures_in(line) if f.number.value == value]


def test_units_outside_a_list_are_not_a_count_of_losses():
    assert figures_in("The brigade keeps 3 units in reserve near the border.") == []


# -- kind: cumulative needs a reason --------------------------------------------------------
@pytest.mark.parametrize("sentence, value, kind", [
    ("At least seven people were killed in shelling of the Kyiv region.", 7, "other"),
    ("Three people died and four were injured in the town of Kupiansk, the governor said.", 3, "other"),
    ("The death toll from the strike on a Dnipro apartment block rose to 47.", 47, "other"),
    ("Russia lost 45,000 troops, dead, in November alone.", 45000, "period"),
    ("Since December, Russia has suffered 100,000 casualties, including 20,000 killed.", 20000, "period"),
    ("Ukraine lost a total of 8,280 soldiers over the past seven days.", 8280, "period"),
    ("Russia has lost 500,000 troops since the invasion began.", 500000, "cumulative"),
    ("The death toll from Russia's invasion has risen to 10,000 civilians, the UN said.", 10000,
     "cumulative"),
])
def test_the_kind_of_a_figure(sentence, value, kind):
    assert figures(f"Title\n{sentence}")[value].kind == kind


# -- the outlet's own count -----------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "So far, we have identified the names of 106,745 Russian soldiers killed in the war.",
    "According to our calculations, Russia lost at least 106,745 soldiers.",
    "Our count now stands at 106,745 Russian soldiers killed.",
])
def test_an_outlet_s_own_count_is_the_outlet_s(sentence):
    art = analyse(Article(file="a.txt", title="Title", text=f"Title\n{sentence}",
                          outlet="Field Notes Weekly (via a mirror)", published="2025-03-10"))
    assert [f.claimant for f in art.figures if f.value == 106745] == ["Field Notes Weekly"]


def test_a_we_inside_a_quotation_is_the_speaker_s():
    art = analyse(Article(file="a.txt", title="Title", outlet="Field Notes Weekly",
                          text='Title\n"We have killed 500 Russian soldiers in a day," the brigade commander '
                               "Ivan Petrenko said."))
    assert art.figures[0].claimant == "Ivan Petrenko"


def test_the_enemy_of_a_russian_briefing_is_ukraine():
    f = figures("Title\nIn the past day the enemy lost up to 320 servicemen, the Russian Defence Ministry said.")
    assert (f[320].side, f[320].claimant) == ("ukraine", "Russian Ministry of Defence")
    f = figures("Title\nOver the past day the enemy lost 1,090 soldiers, Ukraine's General Staff said.")
    assert f[1090].side == "russia"


@pytest.mark.parametrize("sentence, value, who", [
    ("Nato's secretary-general Mark Rutte has since said that 25,000 Russian soldiers are killed every month.",
     25000, "NATO officials (Rutte)"),
    ("The Institute for the Study of War, a Washington think tank, in January put Russian casualties at "
     "48,000 for the month.", 48000, "Institute for the Study of War (ISW)"),
])
def test_adverbs_between_the_name_and_its_verb(sentence, value, who):
    assert figures(f"Title\n{sentence}")[value].claimant == who


def test_a_list_takes_the_side_of_its_introduction():
    text = ("Title\nThe total combat losses of the enemy from 24.02 to 01.06 were approximately:\n"
            "personnel ‒ about 30700 (+200) persons were liquidated,\nAPV ‒ 3343 (+41),\nMLRS ‒ 207 (+0),\n")
    art = analyse(Article(file="a.txt", title="Title", text=text, published="2022-06-01"))
    got = [(f.value, f.metric, f.side) for f in art.figures]
    assert got == [(30700, "personnel_killed", "russia"), (200, "personnel_killed", "russia"),
                   (3343, "armored_vehicles", "russia"), (41, "armored_vehicles", "russia"),
                   (207, "mlrs", "russia")]  # "(+0)": no change, no figure


def test_a_title_with_a_colon_is_no_bulletin_line():
    # "New: 27 lives per kilometre": a year after it stays a year
    assert [f.number.value for f in figures_in(
        "New: 27 lives per kilometre - How Russia took record losses in Ukraine in 2024")] == [27]


@pytest.mark.parametrize("sentence, value, metric", [
    ("At least 1,232 civilians were killed, 1,935 reported as injured.", 1935, "civilians_wounded"),
    ("Three Ukrainian troops were killed and two were injured in the strike.", 2, "personnel_wounded"),
    ("Russia lost 1,000 tanks and 300 more were captured.", 300, "tanks"),
    ("The Russian occupiers lost more than 700 people during the day.", 700, "personnel_casualties"),
    ("Russia has suffered up to quarter of a million dead, the ministry said.", 250000, "personnel_killed"),
])
def test_counts_read_from_the_words_around_them(sentence, value, metric):
    assert metric in [f.metric for f in figures_in(sentence) if f.number.value == value]


def test_people_a_town_lost_are_not_an_army_s():
    assert "personnel_casualties" not in [f.metric for f in figures_in("The town lost 700 people to the floods.")]


@pytest.mark.parametrize("sentence", [
    "The Ukrainian Armed Forces affirm that some 1,990 Russian soldiers were killed or wounded.",
    "Ukraine's General Staff stressed that 1,990 Russian soldiers were killed or wounded.",
])
def test_verbs_of_briefings_and_translations(sentence):
    assert figures(f"Title\n{sentence}")[1990].claimant == "General Staff of Ukraine"


def test_a_ministry_that_counts_the_enemy_gives_its_side():
    f = figures("Title\nThe Ukrainian Defence Ministry also estimated that up to 80 tanks had been destroyed.")
    assert f[80].side == "russia"


@pytest.mark.parametrize("sentence, value, kind", [
    ("In the first year of the invasion, Russia lost at least 17,890 soldiers.", 17890, "period"),
    ("From August 6 to 13 alone, an estimated 1,226 Russian soldiers died.", 1226, "period"),
    ("Between 3 and 9 March, 2,400 Russian soldiers were killed.", 2400, "period"),
    ("Last year was the deadliest for Russian forces: at least 45,287 soldiers were killed.", 45287, "period"),
    ("In total 201 Russian soldiers died on that day.", 201, "daily"),
    ("Russia has lost 500,000 troops since the invasion began last year.", 500000, "cumulative"),
    ("Kyiv's army has lost 945 troops since Russia launched a massive attack on the region.", 945, "cumulative"),
    ("The Ukrainian armed forces lost up to 4,855 servicemen over the week, TASS calculated.", 4855, "period"),
    ("Russia lost 12,000 soldiers this week, Kyiv said.", 12000, "period"),
    ("Kyiv set up 18 evacuation corridors this week, allowing more than 37,000 people to flee.", 37000, "period"),
    ("Between September and December 2024, Russia captured 2,949 square kilometres but lost 174,935 soldiers.",
     174935, "period"),
    ("From March to May, Russia lost 80,000 troops, the ministry said.", 80000, "period"),
    # the war's start, however far from the year it names, is where a running total begins
    ("Ukraine has lost more than 444,000 soldiers since the beginning of the special military operation in 2022.",
     444000, "cumulative"),
    ("Last week, the ministry said Russia had lost 300,000 soldiers since the invasion.", 300000, "cumulative"),
    ("Over 14,000 Russian troops have been killed in the first three weeks of Moscow’s invasion.", 14000,
     "cumulative"),
    ("Russia lost 5,000 troops in the first three weeks of the counteroffensive.", 5000, "period"),
])
def test_periods_written_around_the_figure(sentence, value, kind):
    assert figures(f"Title\n{sentence}")[value].kind == kind


def test_when_it_was_said_is_not_the_period_counted():
    f = figures("Title\nThe adviser said in December 2022 that 10,000 Ukrainian troops have been killed in the war.")
    assert f[10000].kind == "cumulative"


@pytest.mark.parametrize("sentence, value, metric", [
    ("More than 14,500 civilians — including 745 children — have been confirmed killed.", 745, "civilians_killed"),
    ("During the last day 1260 Russian military were eliminated.", 1260, "personnel_casualties"),
    ("The Russian Armed Forces have suffered “around 776,090” casualties.", 776090, "personnel_casualties"),
    ("The Russians may have killed 70 or 80,000 in less than six months, he said.", 70000, None),
])
def test_numbers_in_odd_places(sentence, value, metric):
    found = [f for f in figures_in(sentence) if f.number.value == value]
    if metric is None:  # "70 or 80,000": one range, not a 70 and an 80,000
        assert all(f.number.value != 80000 for f in figures_in(sentence))
    else:
        assert metric in [f.metric for f in found]


def test_a_day_number_is_no_count():
    assert [f.number.value for f in figures_in("On day 300 of the war, Russia lost 900 soldiers.")] == [900]


@pytest.mark.parametrize("sentence, value", [
    ("Kyiv's forces have lost 66,000 troops and 7,600 heavy weapons since launching their push in June.", 66000),
    ("The adversary's losses beginning from June 4 have reached over 26,000 servicemen.", 26000),
    ("Ukraine's army lost 26,000 soldiers during its summer counteroffensive, Moscow said.", 26000),
    ("In the reporting period, 91 civilians were killed.", 91),
])
def test_a_campaign_inside_the_war_is_a_period(sentence, value):
    assert figures(f"Title\n{sentence}")[value].kind == "period"


def test_the_same_source_goes_on_about_the_same_period():
    text = ("Title\nSince the counteroffensive began, Ukraine has lost 26,000 soldiers, Russia's defence "
            "minister said.\nAccording to the minister, Russian forces destroyed 21 aircraft and 1,244 tanks.\n\n"
            "Separately, the Russian Defence Ministry said Ukraine had lost 400,000 soldiers since the start "
            "of the war.\n")
    f = figures(text)
    assert f[26000].kind == f[21].kind == f[1244].kind == "period"
    assert f[400000].kind == "cumulative"  # a word of time of its own


def test_its_own_troops_are_the_speaker_s():
    f = figures("Title\nRussia's ministry of defence has claimed 498 of its troops have been killed.")
    assert (f[498].side, f[498].claimant) == ("russia", "Russian Ministry of Defence")
    f = figures("Title\nThe Russian Defence Ministry said 300 soldiers were killed.")
    assert f[300].side == "ukraine"  # a ministry counting the enemy, when the words do not say


# -- counts that refer back to the one before -------------------------------------------------
def test_the_number_rose_to():
    f = figures("Title\nMediazona confirmed the deaths of 45,287 Russian soldiers in 2024. "
                "In 2023, the number rose to 37,633.")
    assert (f[37633].metric, f[37633].side, f[37633].kind) == ("personnel_killed", "russia", "period")


def test_a_figure_going_on_in_one_sentence():
    f = figures("Title\nThe UK estimates Russia's average daily casualties at 1,100. The figure stood at 400 in "
                "2022, jumping to 693 in 2023, according to the British ministry.")
    assert {f[v].metric for v in (400, 693)} == {"personnel_casualties"}


def test_of_that_number_some_were_killed():
    f = figures("Title\nThe UN recorded 9,394 civilian casualties. Of that number, 4,253 had been killed "
                "while 5,141 had been injured.")
    assert (f[4253].metric, f[5141].metric) == ("civilians_killed", "civilians_wounded")


def test_a_claim_of_the_count_before():
    f = figures("Title\nUkraine said 15,000 Russian soldiers had been killed. Moscow, for its part, claimed 498.")
    assert f[498].metric == "personnel_killed"


@pytest.mark.parametrize("sentence", [
    "The war is now 3 years old and 12 people came to the meeting.",
    "The number of journalists at the briefing rose to 40.",  # no count before it in the article
])
def test_a_bare_number_without_a_count_before_is_no_figure(sentence):
    assert figures(f"Title\n{sentence}") == {}


def test_a_bare_number_after_an_unrelated_sentence_is_no_figure():
    f = figures("Title\nRussia has lost 300 tanks.\n\nThe museum reopened.\n\nVisitors came in numbers. "
                "The number rose to 40.")
    assert 40 not in f  # the count before is two paragraphs away


def test_a_named_office_is_not_a_description():
    f = figures("Title\nAt least five people were killed in strikes on railway stations, the Ukrainian "
                "prosecutor general's office said.")
    assert f[5].claimant == "Prosecutor General's Office of Ukraine"


def test_tally_says_why_it_names_a_claimant_the_sentence_does_not():
    art = analyse(Article(file="a.txt", title="Title", outlet="Field Notes", text=(
        "Title\nThe Center for Strategic and International Studies put Russian casualties at 1.2 million. "
        "The think tank noted Ukrainian casualties at 600,000.\n\nOur count stands at 45,000 Russian soldiers killed.\n"
        "\nRussia has lost 3,000 tanks, CSIS said.\n\nSeparately, it is clear that Russia lost 500 tanks in May.\n")))
    why = {f.value: (f.claimant, f.claimant_from) for f in art.figures}
    assert why[1200000] == ("CSIS", None)  # its own sentence names it
    assert why[600000] == ("CSIS", 'refers back: "The think tank"')
    assert why[45000] == ("Field Notes", "the outlet's own count")


def test_he_is_someone_the_article_quoted_not_anyone_it_mentioned():
    f = figures("Title\nThe war was unleashed by order of Russian President Vladimir Putin.\n"
                "The General Staff of Ukraine's Armed Forces gave its daily update.\n"
                "Likewise, he stressed that Ukrainian troops had destroyed 9,615 Russian tanks.\n")
    assert f[9615].claimant != "Vladimir Putin"


def test_it_is_a_body_that_was_the_subject_not_one_named_in_passing():
    f = figures("Title\nThe Russian Defence Ministry gave its weekly briefing.\n"
                "The losses of the Ukrainian army keep growing.\n"
                "Over the past 24 hours, Ukraine lost 280 troops, it said.\n")
    assert f[280].claimant == "Russian Ministry of Defence"


def test_according_to_the_report_is_the_report_s_author():
    f = figures("Title\nThe UN monitoring mission published its quarterly report on Friday. According to "
                "the report, at least 436 civilians were killed between March and May.")
    assert f[436].claimant == "UN OHCHR (HRMMU)"  # "the UN monitoring mission" is the HRMMU


@pytest.mark.parametrize("sentence, value, side", [
    ("Ukraine says it has lost up to 13,000 soldiers since Russia invaded.", 13000, "ukraine"),
    ("Moscow said it had lost 5,937 soldiers.", 5937, "russia"),
    ("Ukraine says 9,166 Russian troops have died.", 9166, "russia"),
])
def test_a_country_on_its_own_losses(sentence, value, side):
    f = figures(f"Title\n{sentence}")
    assert f[value].side == side
    assert (f[value].claimant == "General Staff of Ukraine") == (side == "russia" and "Ukraine" in sentence)


@pytest.mark.parametrize("sentence, value, who", [
    ("The team of researchers at the Oryx blog said Russia has lost more than 1,000 tanks.", 1000, "Oryx"),
    ("Of that number the UN said 4,253 civilians had been killed.", 4253, "United Nations"),
    ("A spokesman for the Russian Defence Ministry said 300 Ukrainian soldiers were killed.", 300,
     "Russian Ministry of Defence"),
])
def test_a_known_body_after_of_or_at_is_who_says_it(sentence, value, who):
    assert figures(f"Title\n{sentence}")[value].claimant == who


@pytest.mark.parametrize("sentence, value, metric, kind", [
    ("Total displaced Ukrainians: 10 million", 10000000, "civilians_displaced", "cumulative"),
    ("UN monitors said six children were killed and 34 were wounded in May alone.", 34, "civilians_wounded",
     "period"),
    ("Between 1 March and 31 May, at least 436 civilians were killed and a further 1,760 injured.", 1760,
     "civilians_wounded", "period"),
    ("In the reporting period, the authorities reported that 91 civilians were killed.", 91,
     "civilians_killed", "period"),
])
def test_what_and_when_from_labels_and_periods(sentence, value, metric, kind):
    found = {f.number.value: f for f in figures_in(sentence)}
    assert (found[value].metric, found[value].kind) == (metric, kind)


def test_a_report_dated_by_its_verb_keeps_its_count_cumulative():
    # "reported ... in February 2023" may date the report; "alone" says it is the month's count
    assert figures_in("The Telegraph reported 120,000 casualties in total.")[0].kind == "cumulative"


@pytest.mark.parametrize("text, value, kind", [
    ("Title\nRussia has claimed that its forces killed approximately 1,400 Ukrainian soldiers within a 24-hour period.",
     1400, "daily"),
    ("Title\nUkraine has been losing more than 800 soldiers and 120 tanks on average per day since the beginning of "
     "the year, Shoigu said.", 800, "rate"),
    ("Title\n“From 1 to 28 February 2023, OHCHR recorded 589 civilian casualties in Ukraine,” reads the press "
     "release.", 589, "period"),
    ("Title\nThe Russian Defence Ministry gave its briefing.\n\nThe ministry said Ukraine suffered losses of up to "
     "305 personnel on the Donetsk front.", 305, "daily"),
    # a running total "up to" a number, or one said with its period, is not a day's
    ("Title\nThe Russian Defence Ministry said Ukraine has lost up to 40,000 troops since June.", 40000, "period"),
    ("Title\nThe Russian Defence Ministry said Ukraine has lost up to 40,000 troops.", 40000, "cumulative"),
])
def test_a_days_count_a_rate_and_a_counted_period(text, value, kind):
    assert figures(text)[value].kind == kind

"""`analyse`: figures with their claimant, side and date, on small articles written for it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.extraction.extract import analyse
from index.model import Article


def run(text: str, published: str | None = "2024-05-25") -> Article:
    return analyse(Article(file="a.txt", title=text.split("\n", 1)[0], text=text, published=published))


def by_value(art: Article) -> dict[int, object]:
    return {f.value: f for f in art.figures}


def test_every_figure_is_the_article_characters():
    text = ("Ukraine says Russia lost 1,160 soldiers in a day\n"
            "Kyiv said on Tuesday that Russia had lost 1,160 soldiers over the past day, bringing "
            "its losses to 503,000 since February 24, 2022.")
    art = run(text)
    assert art.figures
    for f in art.figures:
        assert text[f.start:f.end] == f.text
        assert text[f.sentence_start:f.sentence_end] == f.sentence
    assert art.words == len(text.split())


def test_a_bulletin_list_takes_the_claimant_and_side_of_its_introduction():
    text = ("Russian losses as of May 25\n"
            "The General Staff of the Armed Forces of Ukraine reported the enemy's losses:\n"
            "personnel ‒ about 500,080 (+1,140) persons\n"
            "tanks ‒ 7,650 (+9)\n"
            "artillery systems ‒ 12,900 (+32)\n")
    art = run(text)
    got = [(f.value, f.metric, f.side, f.claimant, f.kind) for f in art.figures]
    assert got == [
        (500080, "personnel_casualties", "russia", "General Staff of Ukraine", "cumulative"),
        (1140, "personnel_casualties", "russia", "General Staff of Ukraine", "daily"),
        (7650, "tanks", "russia", "General Staff of Ukraine", "cumulative"),
        (9, "tanks", "russia", "General Staff of Ukraine", "daily"),
        (12900, "artillery", "russia", "General Staff of Ukraine", "cumulative"),
        (32, "artillery", "russia", "General Staff of Ukraine", "daily"),
    ]


def test_claimant_carries_within_a_paragraph_and_to_the_next_only():
    text = ("Title\n"
            "The UK Ministry of Defence said Russia had lost 450,000 soldiers. It added that 2,000 "
            "Russian tanks were destroyed.\n"
            "Russia has also lost 3,000 armoured vehicles.\n"
            "The weather was cold.\n"
            "Separately, Russia lost 100 helicopters.\n")
    f = by_value(run(text))
    assert f[450000].claimant == "UK Ministry of Defence"
    assert f[2000].claimant == "UK Ministry of Defence"
    assert f[3000].claimant == "UK Ministry of Defence"
    assert f[100].claimant is None and f[100].side == "russia"


def test_unnamed_sources_do_not_inherit_a_claimant():
    text = ("Title\n"
            "The General Staff said Russia had lost 500,000 soldiers.\n"
            "Reports indicate that 1,100 Russian troops are dying each day.\n")
    f = by_value(run(text))
    assert f[500000].claimant == "General Staff of Ukraine"
    assert f[1100].claimant is None and f[1100].kind == "rate"


def test_as_of_sentence_then_paragraph_then_relative_then_published():
    text = ("Title\n"
            "On May 20, 2024, the General Staff said Russia had lost 495,000 soldiers.\n"
            "Russia lost 1,200 soldiers last week, British intelligence said.\n"
            "Ukraine says Russia has lost 7,600 tanks since February 24, 2022.\n")
    f = by_value(run(text, published="2024-05-25"))
    assert (f[495000].as_of, f[495000].as_of_from) == ("2024-05-20", "sentence")
    assert f[1200].as_of_from.startswith("relative: last week") and f[1200].as_of < "2024-05-25"
    # "since February 24, 2022" starts the count; it does not date the claim
    assert (f[7600].as_of, f[7600].as_of_from) == ("2024-05-25", "published")


def test_undated_article_gets_its_date_from_the_opening_or_an_estimate():
    art = run("Title\nOn December 16, 2024, Ukraine said Russia had lost 765,110 troops.", published=None)
    assert art.published == "2024-12-16" and art.published_from == 'text: "On December 16, 2024"'
    assert art.figures[0].as_of == "2024-12-16"
    art = run("Ukraine says Russia endured its deadliest day\n"
              "The record came ahead of the war's first anniversary.\n"
              "Kyiv said Russia lost 1,030 soldiers overnight.", published=None)
    assert art.published is None and art.published_estimate
    (f,) = art.figures
    assert f.as_of is None and f.as_of_estimate == art.published_estimate and f.kind == "daily"


def test_no_figures_in_prose_without_counts():
    art = run("Title\nThe war began in 2022. The 193-member assembly voted on February 23. "
              "Germany pledged $5 billion and 14 Leopard 2 tanks.")
    assert art.figures == []


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_never_raises(text):
    art = run(text)
    for f in art.figures:
        assert text[f.start:f.end] == f.text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([
    "Russia lost ", "1,020.010", " troops", " (+3)", "‒", "according to ", "Kyiv", " said", "\n",
    "It ", "killed ", "half a million", " tanks", ", claims Ukraine.", "General Staff: ", " since ",
    "February 24, 2022", "Su-34", "2022", "$5 billion", " last week", " each day", ". ", "  ",
]), max_size=30))
def test_never_raises_on_reporting_fragments(parts):
    text = "".join(parts)
    art = run(text, published=None)
    for f in art.figures:
        assert text[f.start:f.end] == f.text
        assert f.sentence_start <= f.start < f.end <= f.sentence_end


# Articles written in the manner of other outlets: a Kyiv Independent / Ukrinform bulletin, a
# Reuters piece on UK intelligence, an AP round-up with many numbers that are not figures.
KYIV_STYLE = """General Staff: Russia has lost 1,020,010 troops in Ukraine since Feb. 24, 2022
Russia has lost 1,020,010 troops in Ukraine since the beginning of its full-scale invasion on Feb. 24, 2022, the General Staff of Ukraine's Armed Forces reported on June 30.
This number includes 1,070 casualties Russian forces suffered over the past day.
According to the report, Russia has also lost 10,980 tanks, 22,922 armored fighting vehicles, 53,593 vehicles and fuel tanks, 29,718 artillery systems, 1,427 multiple launch rocket systems, 1,190 air defense systems, 420 airplanes, 340 helicopters, 42,796 drones, 28 ships and boats, and one submarine.
The total combat losses of the enemy are approximately: personnel – about 1,020,010 (+1,070) persons, tanks – 10,980 (+3), artillery systems – 29,718 (+44), UAVs – 42,796 (+120), cruise missiles – 3,337, submarines – 1.
"""


def test_kyiv_independent_style_bulletin():
    art = run(KYIV_STYLE, published="2025-06-30")
    got = {(f.value, f.metric, f.kind) for f in art.figures}
    for item in [(1020010, "personnel_casualties", "cumulative"), (1070, "personnel_casualties", "daily"),
                 (1190, "air_defense", "cumulative"), (420, "aircraft", "cumulative"),
                 (340, "helicopters", "cumulative"), (28, "ships", "cumulative"), (1, "submarines", "cumulative"),
                 (3, "tanks", "daily"), (44, "artillery", "daily"), (3337, "cruise_missiles", "cumulative")]:
        assert item in got, item
    assert {f.side for f in art.figures} == {"russia"}
    assert {f.claimant for f in art.figures} == {"General Staff of Ukraine"}
    assert all(f.as_of == "2025-06-30" for f in art.figures)
    assert 2022 not in {f.value for f in art.figures} and 24 not in {f.value for f in art.figures}


REUTERS_STYLE = """Russia's war in Ukraine: UK intelligence says Moscow has suffered 450,000 casualties
LONDON, May 5 (Reuters) - Russia has suffered about 450,000 killed and wounded since the start of its full-scale invasion, Britain's Defence Ministry said on Sunday.
The ministry said Russian forces had lost around 1,000 soldiers a day in April, the highest average since the war began.
Ukraine does not disclose its own losses. In February, President Volodymyr Zelenskiy said 31,000 Ukrainian troops had been killed, a figure far lower than U.S. estimates.
U.S. officials put the number of Ukrainians killed at close to 70,000, and wounded at 100,000 to 120,000, the New York Times reported in August.
Moscow says Ukraine has lost more than 444,000 soldiers, a figure that could not be verified.
Separately, a Russian missile strike on Kharkiv killed 7 civilians and injured 22 others, regional governor Oleh Syniehubov said.
"""


def test_reuters_style_report():
    f = by_value(run(REUTERS_STYLE, published="2024-05-05"))
    assert (f[1000].metric, f[1000].kind, f[1000].claimant, f[1000].as_of) == (
        "personnel_casualties", "rate", "UK Ministry of Defence", "2024-04-30")
    assert (f[31000].metric, f[31000].side, f[31000].kind, f[31000].claimant) == (
        "personnel_killed", "ukraine", "cumulative", "Volodymyr Zelensky")
    assert (f[70000].approx, f[70000].claimant, f[70000].as_of) == ("nearly", "US officials", "2023-08-31")
    assert (f[100000].upper, f[100000].metric) == (120000, "personnel_wounded")
    assert (f[444000].side, f[444000].claimant) == ("ukraine", "Russian Ministry of Defence")
    assert (f[7].metric, f[22].metric) == ("civilians_killed", "civilians_wounded")


AP_STYLE = """Ukraine war: what we know on day 500 of the invasion
The U.S. announced a new $800 million military aid package including cluster munitions, 31 Abrams tanks and 4 Patriot batteries.
Ukraine has received 230 tanks and 1,550 armoured vehicles from its allies, NATO Secretary General Jens Stoltenberg said.
NATO has 40,000 troops under direct command in the eastern part of the alliance.
At 4:30 a.m., air raid sirens sounded across 12 regions.
Russia's economy shrank 2.1% in 2022 and the rouble fell to 90 per dollar.
About 8 million people voted in the 2019 election, a turnout of 62%.
The Black Sea Grain Initiative allowed 32.9 million tonnes of grain to leave Ukrainian ports.
Ukrainian officials say the counteroffensive has liberated 210 square kilometres.
Around 1,500 Ukrainian prisoners of war have returned home in 40 exchanges, Zelensky said.
"""


def test_ap_style_numbers_that_are_not_figures():
    assert run(AP_STYLE, published="2023-07-08").figures == []


GENSTAFF_NEWS = """Ukraine: Russia lost 1,200 soldiers in 24 hours
The Ukrainian army says it eliminated 1,200 Russian servicemen yesterday, the highest daily toll since March.
Over the past day, Ukrainian defenders liquidated 1,090 occupiers and destroyed 12 tanks, 20 artillery systems and 35 operational-tactical UAVs.
In May alone, Russia lost more than 35,000 troops, a record, according to Ukraine's Defense Ministry.
The Kremlin does not publish its casualty figures, but in September 2022 Defence Minister Sergei Shoigu said 5,937 Russian soldiers had died.
The Russian army loses around 30,000 soldiers per month, British intelligence estimates.
Ukraine's losses are estimated at 200,000 to 300,000 killed and wounded.
Over 25,000 Ukrainian servicemen are being held in Russian captivity, Kyiv estimates.
"""


def test_general_staff_style_news():
    f = by_value(run(GENSTAFF_NEWS, published="2024-06-01"))
    assert (f[1090].metric, f[1090].side, f[1090].kind) == ("personnel_killed", "russia", "daily")  # "liquidated": killed
    assert (f[12].metric, f[35].metric, f[35].kind) == ("tanks", "drones", "daily")
    assert (f[35000].kind, f[35000].as_of, f[35000].claimant) == (
        "period", "2024-05-31", "Ukrainian Ministry of Defence")
    assert (f[5937].metric, f[5937].claimant, f[5937].as_of) == (
        "personnel_killed", "Russian Ministry of Defence (Shoigu)", "2022-09-30")
    assert (f[30000].kind, f[30000].claimant) == ("rate", "UK Ministry of Defence")
    # an unnamed estimate takes no claimant from the line before
    assert (f[200000].upper, f[200000].side, f[200000].claimant) == (300000, "ukraine", None)
    # Kyiv on its own prisoners is not the General Staff counting Russia's losses
    assert (f[25000].metric, f[25000].claimant) == ("personnel_captured", "Ukrainian officials")


def test_kinds_and_sides_of_yearly_and_joint_totals():
    text = ("Title\n"
            "In 2024, Russia lost 430,000 soldiers, according to Ukraine's General Staff.\n"
            "Russia has lost 200,000 troops so far this year, the General Staff said.\n"
            "The two sides have lost a combined 500,000 troops killed, U.S. officials estimate.\n"
            "The number of Russian soldiers killed in Ukraine has risen to 120,000, the BBC found.\n"
            "As of May 5, Russia had lost 7,400 tanks, Ukraine's General Staff reported.\n")
    f = by_value(run(text, published="2024-12-30"))
    assert (f[430000].kind, f[200000].kind) == ("period", "period")
    assert (f[500000].side, f[500000].claimant) == ("both", "US officials")
    assert (f[120000].metric, f[120000].claimant) == ("personnel_killed", "BBC")
    assert (f[7400].as_of, f[7400].as_of_from) == ("2024-05-05", "sentence")


RUSSIAN_CLAIMS = """Russia claims Ukraine lost 76,000 troops in Kursk incursion
Russia's Defence Ministry said on Monday that Ukraine has lost more than 76,000 soldiers, 400 tanks and 1,200 armoured vehicles in the Kursk region since August 6.
Ukraine's General Staff, in its daily update, said Russia had lost 1,530 troops over the past day, bringing total Russian losses since February 2022 to 796,000.
• Tanks: 9,400 (+11)
• Drones: 21,900 (+89)
Meanwhile, the head of Ukraine's presidential office, Andriy Yermak, said that 2,500 Ukrainian soldiers have been returned from Russian captivity this year.
In an interview with CNN, Zelensky said about 43,000 Ukrainian soldiers had been killed and 370,000 wounded.
"""


def test_claims_of_both_sides_in_one_article():
    f = by_value(run(RUSSIAN_CLAIMS, published="2024-12-09"))
    assert (f[400].metric, f[400].side, f[400].claimant) == ("tanks", "ukraine", "Russian Ministry of Defence")
    assert (f[1530].kind, f[796000].kind, f[796000].side) == ("daily", "cumulative", "russia")
    assert (f[9400].claimant, f[11].kind, f[89].metric) == ("General Staff of Ukraine", "daily", "drones")
    assert 2500 not in f  # prisoners come home are no loss
    assert (f[43000].claimant, f[370000].metric) == ("Volodymyr Zelensky", "personnel_wounded")


def test_quotes_and_estimates_name_their_source():
    text = ("Title\n"
            '"We have killed more than 500 Russian soldiers in the last day," Zelensky said.\n'
            '"Russia has lost 300 tanks this month," said Oleksandr Syrskyi, Ukraine\'s top commander.\n'
            "According to Pentagon estimates, as many as 70,000 Ukrainian troops have died.\n"
            "Russia has suffered some 315,000 casualties, according to a declassified U.S. intelligence "
            "assessment.\n"
            "Ukraine’s Air Force reported that it had intercepted 36 of 40 Shahed drones overnight.\n")
    f = by_value(run(text))
    assert (f[500].claimant, f[500].kind, f[500].side) == ("Volodymyr Zelensky", "daily", "russia")
    assert (f[300].claimant, f[300].kind) == ("Oleksandr Syrskyi", "period")
    assert (f[70000].claimant, f[70000].approx) == ("US Department of Defense", "up to")
    assert f[315000].claimant == "US officials"
    assert (f[36].claimant, f[36].metric, f[36].kind) == ("Ukrainian Air Force", "drones", "daily")
    assert 40 not in f


def test_sources_written_as_data_figures_and_passives():
    text = ("Title\n"
            "Ukraine's General Staff figures show Russia lost 1,230 troops on Tuesday.\n"
            "Data from Ukraine's General Staff shows that Russia has lost 8,900 tanks.\n"
            "The figures, published by the Ukrainian military on Wednesday, put Russian losses at 610,000.\n"
            "Reports indicate that 900 Russian soldiers were killed near Pokrovsk.\n"
            "Estimates by the UK Ministry of Defence suggest Russia has lost 450,000 personnel.\n"
            "Figures indicating approximately 198,000 Russian deaths were cited by Zelensky.\n")
    f = by_value(run(text, published="2024-10-30"))
    assert (f[1230].claimant, f[1230].kind, f[1230].as_of) == ("General Staff of Ukraine", "daily", "2024-10-29")
    assert f[8900].claimant == f[610000].claimant == "General Staff of Ukraine"
    assert f[900].claimant is None
    assert f[450000].claimant == "UK Ministry of Defence"
    assert f[198000].claimant == "Volodymyr Zelensky"


# Sentences written in the manner of outlets whose copy is not in the samples: each must give
# exactly these figures (value, metric, side, claimant, kind), in order.
OUTLET_STYLES = [
    # Reuters
    ("Russia has lost more than 3,000 tanks since the start of its invasion, Ukraine's General "
     "Staff said on Monday.",
     [(3000, "tanks", "russia", "General Staff of Ukraine", "cumulative")]),
    ("At least 30 civilians were killed in a Russian missile strike on Kharkiv on Tuesday, the "
     "regional governor said.",
     [(30, "civilians_killed", "ukraine", "Kharkiv governor", "other")]),
    ("Moscow has massed about 100,000 troops near Ukraine's borders, U.S. officials said.",
     [(100000, "troops_deployed", "russia", "US officials", "cumulative")]),
    # AP
    ("At least 14 people were killed and 45 wounded when a Russian missile hit an apartment "
     "building in Dnipro, officials said.",
     [(14, "civilians_killed", "ukraine", "Ukrainian officials", "other"),
      (45, "civilians_wounded", "ukraine", "Ukrainian officials", "other")]),
    ("He has amassed an estimated 150,000 troops on three sides of Ukraine.",
     [(150000, "troops_deployed", "russia", None, "cumulative")]),
    ("More than 300 Ukrainian athletes and coaches have been killed since the invasion began, "
     "the sports ministry said.",
     [(300, "civilians_killed", "ukraine", None, "cumulative")]),
    # BBC
    ("The BBC has confirmed the names of 50,000 Russian soldiers killed in Ukraine, together with "
     "the independent outlet Mediazona.",
     [(50000, "personnel_killed", "russia", "BBC", "cumulative")]),
    ("Mediazona and BBC Russian have confirmed the names of 61,000 Russian soldiers killed since "
     "the full-scale invasion.",
     [(61000, "personnel_killed", "russia", "Mediazona", "cumulative")]),
    # Kyiv Independent
    ("Russia has lost 602,910 troops in Ukraine since the beginning of the full-scale invasion on "
     "Feb. 24, 2022, the General Staff of Ukraine's Armed Forces reported on Oct. 1.",
     [(602910, "personnel_casualties", "russia", "General Staff of Ukraine", "cumulative")]),
    ("Russian attacks killed four people and injured 19 over the past day, regional authorities "
     "reported.",
     [(4, "civilians_killed", "ukraine", "Ukrainian regional authorities", "daily"),
      (19, "civilians_wounded", "ukraine", "Ukrainian regional authorities", "daily")]),
    ("Ukraine's Air Force said its air defenses shot down 38 of 56 drones launched by Russia "
     "overnight.",
     [(38, "drones", "russia", "Ukrainian Air Force", "daily")]),
    # Al Jazeera
    ("The UN says at least 10,000 civilians have been killed in Ukraine since Russia invaded.",
     [(10000, "civilians_killed", "ukraine", "United Nations", "cumulative")]),
    ("More than six million refugees from Ukraine have been recorded across Europe, the UN "
     "refugee agency said.",
     [(6000000, "civilians_displaced", "ukraine", "UNHCR", "cumulative")]),
    # UN OHCHR
    ("OHCHR recorded 10,582 civilians killed and 19,875 injured in Ukraine since 24 February 2022.",
     [(10582, "civilians_killed", "ukraine", "UN OHCHR (HRMMU)", "cumulative"),
      (19875, "civilians_wounded", "ukraine", "UN OHCHR (HRMMU)", "cumulative")]),
    ("The UN Human Rights Monitoring Mission has verified that 1,076 children had been "
     "injured since the start of the full-scale invasion.",
     [(1076, "civilians_wounded", "ukraine", "UN OHCHR (HRMMU)", "cumulative")]),
    # UK Defence Intelligence
    ("Russia has likely suffered around 1,200 casualties a day in September, Defence Intelligence "
     "assessed.",
     [(1200, "personnel_casualties", "russia", "UK Ministry of Defence", "rate")]),
    ("The average daily Russian casualty rate over the past week was 1,140, according to the UK "
     "Ministry of Defence.",
     [(1140, "personnel_casualties", "russia", "UK Ministry of Defence", "rate")]),
    # ISW
    ("ISW assessed that Russian forces have lost at least 90 tanks in the offensive near Avdiivka.",
     [(90, "tanks", "russia", "Institute for the Study of War (ISW)", "period")]),  # a campaign: "in the offensive"
    # Russian MoD
    ("The Russian Defence Ministry said its forces had shot down 24 Ukrainian drones over the "
     "Belgorod region overnight.",
     [(24, "drones", "ukraine", "Russian Ministry of Defence", "daily")]),
    ("Ukraine lost up to 1,500 servicemen in the past 24 hours, the Russian Defence Ministry "
     "claimed.",
     [(1500, "personnel_casualties", "ukraine", "Russian Ministry of Defence", "daily")]),
    # Oryx
    ("Oryx has documented the loss of 3,000 Russian tanks since February 2022.",
     [(3000, "tanks", "russia", "Oryx", "cumulative")]),
    ("According to Oryx, Ukraine has lost at least 750 tanks.",
     [(750, "tanks", "ukraine", "Oryx", "cumulative")]),
    # Guardian / NYT / others
    ("US officials estimate that nearly 500,000 troops on both sides have been killed or wounded.",
     [(500000, "personnel_casualties", "both", "US officials", "cumulative")]),
    ("Russia's defence ministry said 2,000 Ukrainian soldiers had surrendered in Mariupol.",
     [(2000, "personnel_captured", "ukraine", "Russian Ministry of Defence", "cumulative")]),
    ("Putin said 300,000 reservists had been mobilised.",
     [(300000, "troops_deployed", "russia", "Vladimir Putin", "cumulative")]),
    ("Since autumn, she has gathered about 120,000 soldiers at the border with Ukraine.",
     [(120000, "troops_deployed", "russia", None, "cumulative")]),
    ("Russia keeps 30,000 soldiers in Belarus for joint exercises, Nato said.",
     [(30000, "troops_deployed", "russia", "NATO officials", "cumulative")]),
    ("Two Russian colonels, four majors and 11 other officers were killed in the strike, the "
     "Ukrainian military said.",
     # one strike's claim is the military's, not the General Staff's running tally
     [(2, "personnel_killed", "russia", "Ukrainian Armed Forces", "other"),
      (4, "personnel_killed", "russia", "Ukrainian Armed Forces", "other"),
      (11, "personnel_killed", "russia", "Ukrainian Armed Forces", "other")]),
    ("The war has forced more than 8 million people to flee their homes.",
     [(8000000, "civilians_displaced", "ukraine", None, "cumulative")]),
    # one strike's dead: an incident, no running total
    ("Russian shelling killed 5 civilians in the Kherson region, the governor said.",
     [(5, "civilians_killed", "ukraine", "Kherson governor", "other")]),
    ("Russian strikes kill 7 civilians in Zaporizhzhia",
     [(7, "civilians_killed", "ukraine", None, "other")]),
    # bare counts after a verb of killing, single people, the others of a pair
    ("Russian shelling killed at least nine in the Kherson region overnight, the governor said.",
     [(9, "civilians_killed", "ukraine", "Kherson governor", "daily")]),
    ("A drone hit a bus in Nikopol, killing at least one and wounding four others.",
     [(1, "civilians_killed", "ukraine", None, "other"),
      (4, "civilians_wounded", "ukraine", None, "other")]),
    ("At least one person was killed and three more injured when debris fell on a house in Lviv.",
     [(1, "civilians_killed", "ukraine", None, "other"),
      (3, "civilians_wounded", "ukraine", None, "other")]),
    ("Three media workers have been killed by Russian fire since the start of the month.",
     [(3, "civilians_killed", "ukraine", None, "period")]),
    ("Ukrainian forces killed 40 in a single assault near Robotyne, a brigade spokesman said.",
     [(40, "personnel_killed", "russia", None, "other")]),
    ("Ukraine's presidency said one man was killed and three more wounded in Kherson.",
     [(1, "civilians_killed", "ukraine", "Ukrainian Presidential Office", "other"),
      (3, "civilians_wounded", "ukraine", "Ukrainian Presidential Office", "other")]),
    ("About 50,000 people have crossed into Moldova from Ukraine since the invasion, including "
     "4,000 who arrived on Sunday alone.",
     [(50000, "civilians_displaced", "ukraine", None, "cumulative"),
      (4000, "civilians_displaced", "ukraine", None, "daily")]),
    # Kyiv Independent / General Staff daily report
    ("The General Staff said Russian losses over the past day amounted to 1,200 troops, bringing "
     "the total to 510,000.",
     [(1200, "personnel_casualties", "russia", "General Staff of Ukraine", "daily"),
      (510000, "personnel_casualties", "russia", "General Staff of Ukraine", "cumulative")]),
    ("Russian forces have lost over 8,000 tanks, according to Ukrainian data.",
     [(8000, "tanks", "russia", "General Staff of Ukraine", "cumulative")]),
    # (a few sunk, with no word of a total: one action's)
    ("Ukraine's navy said it had sunk a Russian landing ship and destroyed 2 patrol boats.",
     [(2, "ships", "russia", "Ukrainian Navy", "other")]),
    ("The Ukrainian air force said it destroyed 23 of 25 Shahed drones overnight.",
     [(23, "drones", "russia", "Ukrainian Air Force", "daily")]),
    ("Mediazona has verified the deaths of 45,287 Russian soldiers since the start of the invasion.",
     [(45287, "personnel_killed", "russia", "Mediazona", "cumulative")]),
    ("Over the past week, Ukraine lost up to 1,990 troops, the Russian Defence Ministry said.",
     [(1990, "personnel_casualties", "ukraine", "Russian Ministry of Defence", "period")]),
    ("Moscow, which denies planning to attack its neighbour, has stationed about 90,000 soldiers "
     "along Ukraine's border, Kyiv says.",
     [(90000, "troops_deployed", "russia", "Ukrainian officials", "cumulative")]),
    # a run of headlines on a site's page
    ("More news: Earthquake in Turkey leaves 40 dead; Russian strikes kill 9 civilians in Sumy; "
     "Floods in Italy",
     [(9, "civilians_killed", "ukraine", None, "other")]),
    # more wire, agency and monitor styles
    ("US officials increased their estimate of Russian troops near Ukraine to 150,000.",
     [(150000, "troops_deployed", "russia", "US officials", "cumulative")]),
    ("Russian milbloggers claimed that Ukrainian forces lost 50 armored vehicles near Robotyne.",
     [(50, "armored_vehicles", "ukraine", "Russian milbloggers", "other")]),  # one place's: no running total
    ("Oryx has visually confirmed the destruction of 2,900 Russian tanks.",
     [(2900, "tanks", "russia", "Oryx", "cumulative")]),
    ("In its daily update, Ukraine's General Staff put Russian losses at 1,030 troops in the past day.",
     [(1030, "personnel_casualties", "russia", "General Staff of Ukraine", "daily")]),
    ("Some 3.7 million people are internally displaced within Ukraine, the UN's migration agency "
     "estimates.",
     [(3700000, "civilians_displaced", "ukraine", "IOM", "cumulative")]),
    ("Four Ukrainian soldiers were killed and 12 wounded in the attack, the brigade said.",
     [(4, "personnel_killed", "ukraine", None, "other"),
      (12, "personnel_wounded", "ukraine", None, "other")]),
    ("About 3,000 Russian soldiers crossed into Ukraine from Belarus on the first day.",
     [(3000, "troops_deployed", "russia", None, "cumulative")]),
    # Russian Ministry of Defence
    ("Russia's Ministry of Defence said its air defences had intercepted 36 Ukrainian drones over "
     "the Kursk, Belgorod and Bryansk regions.",
     [(36, "drones", "ukraine", "Russian Ministry of Defence", "daily")]),
    ("In total, since the start of the special military operation, 640 aircraft, 283 helicopters "
     "and 37,000 unmanned aerial vehicles have been destroyed, the Russian Defence Ministry said.",
     [(640, "aircraft", "ukraine", "Russian Ministry of Defence", "cumulative"),
      (283, "helicopters", "ukraine", "Russian Ministry of Defence", "cumulative"),
      (37000, "drones", "ukraine", "Russian Ministry of Defence", "cumulative")]),
    ("Three drones were intercepted over the Moscow region early on Sunday.",
     [(3, "drones", "ukraine", None, "daily")]),
    ("Air defences shot down 14 drones over Kharkiv overnight.",
     [(14, "drones", "russia", None, "daily")]),
    # a headline in capitals
    ("KREMLIN TO CALL UP 120,000 RESERVISTS FOR THE SPRING OFFENSIVE",
     [(120000, "troops_deployed", "russia", None, "cumulative")]),
    ("11.6 million Ukrainians remained displaced, including 5.9 million within their country and "
     "5.7 million who fled abroad.",
     [(11600000, "civilians_displaced", "ukraine", None, "cumulative"),
      (5900000, "civilians_displaced", "ukraine", None, "cumulative"),
      (5700000, "civilians_displaced", "ukraine", None, "cumulative")]),
]


import pytest  # noqa: E402


@pytest.mark.parametrize("sentence,expected", OUTLET_STYLES, ids=[s[:40] for s, _ in OUTLET_STYLES])
def test_outlet_styles(sentence, expected):
    art = run("Title\n" + sentence + "\n")
    got = [(f.value, f.metric, f.side, f.claimant, f.kind) for f in art.figures]
    assert got == expected


NOT_OUR_WAR = [
    "Over a million people perished in the battle, which ended in February 1943.",
    "More than 300,000 people have died in 10 years of civil war in Syria.",
    "About 8,000 British troops will take part in Nato exercises in Poland.",
    "The US will deploy 3,000 more troops to Romania and Poland, the Pentagon said.",
    "The earthquake killed more than 50,000 people in Turkey and Syria.",
    "Amid a build-up of soldiers on Ukraine's borders, Washington has moved 3,000 troops to Poland.",
    "The Soviet army lost 15,000 soldiers in Afghanistan in the 1980s.",
    "About 2 million people died in the famine of 1932.",
    "Ukraine needs up to 500,000 more troops, its army chief said.",
    "Poland has braced itself, officials say, to receive up to a million refugees.",
    "The gunman killed 14 at a university in Prague last year.",
    "Russia fired 40 missiles and 60 drones at Ukraine overnight.",
    "Ukraine has lost 1,000 square kilometres of territory.",
]


@pytest.mark.parametrize("sentence", NOT_OUR_WAR)
def test_not_this_wars_losses(sentence):
    assert run("Title\n" + sentence + "\n").figures == []


def test_an_armys_spokesman_is_not_the_claimant_of_the_next_strikes_dead():
    text = ("Title\n"
            "Russian forces destroyed 40 Ukrainian drones, Defence Ministry spokesman Igor "
            "Konashenkov said.\n"
            "At least 21 people were killed last week in a Russian strike on a shopping centre in "
            "Odesa.\n")
    f = by_value(run(text))
    assert f[40].claimant == "Russian Ministry of Defence (Konashenkov)"
    assert (f[21].metric, f[21].side, f[21].claimant) == ("civilians_killed", "ukraine", None)


def test_a_sentence_going_on_about_a_past_battle_holds_no_figure():
    text = ("Title\n"
            "The president laid flowers at the memorial to the siege of Leningrad, the Nazi "
            "blockade that lasted 872 days.\n"
            "Some 800,000 people died during the siege.\n"
            "Russia has lost 2,000 tanks in Ukraine, Kyiv says.\n")
    figs = run(text).figures
    assert [(f.value, f.metric, f.side) for f in figs] == [(2000, "tanks", "russia")]


def test_the_dead_of_a_strike_reported_after_this_war_are_still_figures():
    text = ("Title\n"
            "Putin compared the war to the Battle of Stalingrad.\n"
            "Ukraine's military said on Monday that Russian troops had killed 12 civilians in the "
            "village.\n")
    figs = run(text).figures
    assert [(f.value, f.metric, f.side) for f in figs] == [(12, "civilians_killed", "ukraine")]


def test_injuries_from_attacks_by_an_army_are_civilian():
    text = ("Title\n"
            "Officials in the Kharkiv region reported seven injuries from 63 attacks by Russian "
            "forces over the past day.\n")
    f = by_value(run(text))
    assert (f[7].metric, f[7].side, f[7].kind) == ("civilians_wounded", "ukraine", "daily")
    assert 63 not in f


def test_a_conjunction_left_by_translation_is_no_claimant():
    text = ("Title\n"
            "As reported, the invaders have massed about 40,000 soldiers at the border with "
            "Ukraine.\n")
    f = by_value(run(text))
    assert (f[40000].metric, f[40000].side, f[40000].claimant) == ("troops_deployed", "russia", None)


def test_a_figure_naming_no_side_and_no_claimant_is_kept_with_nulls():
    text = ("Title\n"
            "Two soldiers were killed and three wounded when their truck hit a mine near the "
            "front on Friday.\n")
    got = [(f.value, f.metric, f.side, f.claimant) for f in run(text).figures]
    assert got == [(2, "personnel_killed", None, None), (3, "personnel_wounded", None, None)]


def test_each_count_in_a_pair_takes_its_own_verb():
    text = ("Title\n"
            "Parliament held a minute's silence for the four marines killed and six wounded in "
            "the Russian drone strike.\n")
    got = [(f.value, f.metric) for f in run(text).figures]
    assert got == [(4, "personnel_killed"), (6, "personnel_wounded")]


def test_who_was_told_is_not_who_said_it():
    text = ("Title\n"
            "Russia has lost more than 2,500 tanks, a former intelligence officer told Sky News "
            "Digital on Monday.\n")
    f = by_value(run(text))
    assert f[2500].claimant is None


def test_a_week_after_is_no_rate():
    text = ("Title\n"
            "The strike came a week after at least 12 people were killed in a Russian attack on "
            "Sumy.\n")
    f = by_value(run(text))
    assert (f[12].metric, f[12].kind) == ("civilians_killed", "other")  # one attack: not a rate, not a total


# A count "since" some time runs up to when it is told: the start never dates it.
def test_a_counting_start_never_dates_the_count():
    f = by_value(run("Russia built up its forces in winter. Since the spring of last year, Moscow has "
                     "massed some 90,000 Russian troops near Kharkiv, Ukrainian intelligence said."))
    assert f[90000].as_of == "2024-05-25" and f[90000].as_of_from == "published"
    f = by_value(run("Kyiv marked the date on 3 August 2023.\n\nAt least 150 Ukrainian journalists have been "
                     "killed since Russia launched its full-scale invasion last year, a media union said."))
    assert f[150].as_of == "2024-05-25"
    text = ("The brigade was formed in August 2023. Since March 2024, 14 Russian colonels have been "
            "killed, the Defence Intelligence update said.")
    assert by_value(run(text))[14].as_of == "2024-05-25"


def test_a_date_of_the_claim_in_a_sentence_with_since_still_counts():
    f = by_value(run("In remarks published on Tuesday, the minister said 2 million people had been "
                     "evacuated from Ukraine since February."))
    assert f[2000000].as_of == "2024-05-21"


def test_the_end_of_a_year_dates_a_count_but_a_decree_signed_in_a_month_does_not():
    f = by_value(run("By the end of 2023, 6.3 million Ukrainians were refugees abroad, the UNHCR said."))
    assert f[6300000].as_of == "2023-12-31" and f[6300000].as_of_from == "sentence"
    f = by_value(run("Russia is training 150,000 Russian reservists under a mobilisation order signed by "
                     "the Kremlin in March, the Pentagon said."))
    assert f[150000].as_of == "2024-05-25" and f[150000].as_of_from == "published"
    # negative: a year that names no time of the count ("Russia's 2022 losses") still dates nothing
    f = by_value(run("Analysts compared 2023 with Russia's 2022 losses of 1,800 tanks, Oryx said."))
    assert f[1800].as_of_from == "published"


def test_today_makes_a_count_daily_but_said_today_does_not():
    f = by_value(run("Four civilians were killed and nine civilians wounded in Kherson today, "
                     "the regional governor said."))
    assert (f[4].kind, f[9].kind) == ("daily", "daily")
    f = by_value(run("Russia has lost 480,000 soldiers, Ukraine's General Staff said today."))
    assert f[480000].kind == "cumulative"


def test_since_a_day_inside_the_war_is_a_period_since_its_start_is_cumulative():
    f = by_value(run("Ukraine's General Staff said Russia has lost 41,200 soldiers since 1 January."))
    assert f[41200].kind == "period"
    f = by_value(run("Russia has lost 19,000 soldiers since March 2024, the General Staff said."))
    assert f[19000].kind == "period"
    f = by_value(run("Shelling has killed 11 civilians in Kherson since 6am on Sunday, the governor said."))
    assert f[11].kind == "period"
    f = by_value(run("Russia has lost 499,000 soldiers since February 24, 2022, the General Staff said."))
    assert f[499000].kind == "cumulative"
    f = by_value(run("Russia has lost 499,000 soldiers since 24 February 2022, the General Staff said."))
    assert f[499000].kind == "cumulative"


def test_in_late_or_early_month_is_a_period():
    f = by_value(run("Kyiv said its forces killed 3,000 Russian troops in a failed assault in early March."))
    assert f[3000].kind == "period"


def test_counts_after_a_colon_break_down_the_count_before_it():
    f = by_value(run("The battalion suffered 312 casualties in April: 75 killed, 220 wounded and 17 missing, "
                     "its commander told the BBC."))
    assert {f[v].kind for v in (312, 75, 220, 17)} == {"period"}
    # negative: a total after the colon keeps its own kind
    f = by_value(run("Russia lost 1,200 soldiers in the past day: its losses in total reached 499,000 "
                     "soldiers, Ukraine's General Staff said."))
    assert f[1200].kind == "daily" and f[499000].kind == "cumulative"


def test_a_date_of_another_matter_in_the_paragraph_does_not_date_a_figure():
    # two copies of one wire story, one splitting the paragraph: the figure's date must agree
    joined = ("Title\n\nRussian marines stormed Marinka in early March. Meanwhile, Western officials say "
              "Russia is losing 900 Russian troops each day, according to Ukrainian figures.\n")
    split = ("Title\n\nRussian marines stormed Marinka in early March.\n\nMeanwhile, Western officials say "
             "Russia is losing 900 Russian troops each day, according to Ukrainian figures.\n")
    assert by_value(run(joined))[900].as_of == by_value(run(split))[900].as_of == "2024-05-25"
    # a date written after the figure's sentence tells of what came next
    f = by_value(run("Title\n\nRussia has massed 110,000 Russian troops near Ukraine. Washington warned on "
                     "Friday that an attack could come at any time.\n"))
    assert f[110000].as_of_from == "published"


def test_a_dated_opening_sentence_still_dates_the_paragraph():
    f = by_value(run("Title\n\nOn May 3, 2024, the General Staff published its report. It said Russia had "
                     "lost 470,000 soldiers.\n"))
    assert f[470000].as_of == "2024-05-03" and f[470000].as_of_from == "paragraph"


def test_a_claimant_quoted_on_something_else_does_not_carry_into_the_next_paragraph():
    text = ("Title\n\nThousands marched in Chisinau on Sunday as Moldova's president urged calm and "
            "told people to ignore what she said were rumours.\n\n"
            "Tension has grown as Russia has massed 40,000 troops near Ukraine's border.\n")
    assert by_value(run(text))[40000].claimant is None
    # a paragraph that gave the claimant's figures, or announced them, still carries on
    text = ("Title\n\nThe General Staff of Ukraine reported:\n\n- personnel: about 480,000 (+1,120)\n")
    assert by_value(run(text))[480000].claimant == "General Staff of Ukraine"


def test_described_is_a_verb_of_saying():
    f = by_value(run("Title\n\nAdmiral Rob Bauer described the build-up of 150,000 Russian troops near "
                     "Ukraine's border as the largest since the Cold War.\n"))
    assert f[150000].claimant == "Rob Bauer"

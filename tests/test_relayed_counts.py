"""Whose count a figure is when one body relays another's, or a sentence's words stand between
the speaker and the verb: sentences written for each pattern (not copied from any article), in
several wordings, with ones that must not match."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


# -- Ukraine's defence ministry posts the General Staff's running tally; an article that names
# the ministry keeps its name, as the marking guide and the gold sets do ---------------------
@pytest.mark.parametrize("text, value", [
    ("Nearly 41,200 Russian soldiers have been killed since the invasion began, the Ukrainian Defence "
     "Ministry said on Sunday.", 41200),
    ("In a post on Telegram, Ukraine's defence ministry said its forces had destroyed 2,310 Russian "
     "tanks since February 24.", 2310),
    ("According to Ukraine's Ministry of Defense, Russia lost 640 soldiers over the past day.", 640),
    ("Kyiv's defence ministry put Russian losses at 1,180 troops in the past 24 hours.", 1180),
])
def test_the_ministrys_running_tally_keeps_the_ministrys_name(text, value):
    f = figures("Title\n" + text)
    assert f[value].claimant == "Ukrainian Ministry of Defence"
    assert f[value].side == "russia"


def test_a_description_of_the_ministry_carries_the_tally_too():
    f = figures("Title\nUkraine's defence ministry said on Monday that 12,400 Russian troops had been killed "
                "since the start of the war. The ministry also said 389 tanks had been destroyed.")
    assert f[12400].claimant == f[389].claimant == "Ukrainian Ministry of Defence"


@pytest.mark.parametrize("text, value, claimant", [
    # a year's total is the ministry's own analysis, not the running tally
    ("According to the Ukrainian Defence Ministry, in 2024 alone Russia lost more than 427,000 soldiers.",
     427000, "Ukrainian Ministry of Defence"),
    # the minister speaking keeps his name
    ("Defence minister Oleksii Reznikov said Russia had lost 61,000 troops since the start of the war.",
     61000, "Ukrainian Ministry of Defence (Reznikov)"),
    # Ukraine's own dead are not the General Staff's count of Russia's
    ("Ukraine's defence ministry said 14 Ukrainian soldiers were killed in the attack.",
     14, "Ukrainian Ministry of Defence"),
])
def test_the_ministrys_other_figures_stay_its_own(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


# -- the UN's agencies -------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("More than 1,700,000 people have fled abroad, the UN says.", 1700000),
    ("The United Nations estimated that 840,000 refugees had crossed into Poland by Sunday.", 840000),
    ("According to the U.N., 6,300,000 people are displaced inside the country.", 6300000),
])
def test_the_uns_refugee_counts_are_unhcrs(text, value):
    assert figures("Title\n" + text)[value].claimant == "UNHCR"


def test_the_uns_civilian_dead_stay_the_uns():
    assert figures("Title\nThe UN says 412 civilians have been killed.")[412].claimant == "United Nations"


@pytest.mark.parametrize("text, value, claimant", [
    ("GENEVA - The UN Office for the Coordination of Humanitarian Affairs says 318 civilians have been killed.",
     318, "UN OCHA"),
    ("The Office of the United Nations High Commissioner for Human Rights said 1,035 civilians had died.",
     1035, "UN OHCHR (HRMMU)"),
    ("UN human rights chief Volker Türk said at least 9,600 civilians had been killed.",
     9600, "UN OHCHR (HRMMU) (Türk)"),
])
def test_un_offices_have_one_name_each(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


# -- an outlet reporting someone "as saying" ---------------------------------------------------
@pytest.mark.parametrize("text, value, claimant", [
    ("As many as 3,120 Ukrainian soldiers have been killed, Reuters reported the Russian Defence Ministry "
     "as saying.", 3120, "Russian Ministry of Defence"),
    ("At least 37 civilians were killed, the BBC quoted Kharkiv governor Oleh Syniehubov as saying.",
     37, "Kharkiv governor (Syniehubov)"),
    ("Some 420 Russian troops died in the assault, CNN reported US officials as saying.", 420, "US officials"),
])
def test_the_one_quoted_claims_not_the_outlet(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


def test_an_outlet_that_reports_keeps_its_count():
    assert figures("Title\nInterfax reported 15 soldiers killed.")[15].claimant == "Interfax"


# -- words between the speaker and the verb ----------------------------------------------------
@pytest.mark.parametrize("text, value, claimant", [
    ("However, Ukraine's emergency service Wednesday pegged the number of civilian deaths at 2,300.",
     2300, "State Emergency Service of Ukraine"),
    ("The Pentagon belatedly conceded that 12 US soldiers were wounded.", 12, "US Department of Defense"),
    ("Moscow put Ukraine's losses at 410,000 troops.", 410000, "Russian Ministry of Defence"),
    ("The benchmark is the United Nations, which as of Tuesday this week estimated that 1,892 civilians "
     "had been killed.", 1892, "United Nations"),
])
def test_a_speaker_is_found_across_adverbs_and_times(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


@pytest.mark.parametrize("text, value", [
    ("But on March 25, Russia itself reported just 1,351 deaths.", 1351),
    ("Moscow uncharacteristically acknowledged its own casualties, but put its death toll at 5,937.", 5937),
    ("Russia has put its own death toll at 6,000 soldiers.", 6000),
])
def test_a_country_reporting_itself_counts_its_own_dead(text, value):
    f = figures("Title\n" + text)
    assert f[value].side == "russia"
    assert f[value].claimant in ("Russian officials", "Russian Ministry of Defence")


def test_a_country_reporting_the_enemy_is_not_its_own_count():
    f = figures("Title\nRussia said its forces killed 300 Ukrainian soldiers.")
    assert f[300].side == "ukraine"


# -- "it" and "its" after a sentence about a country -------------------------------------------
def test_it_in_a_later_clause_is_the_sentences_subject():
    f = figures("Title\nUkraine's defence ministry said Russia had lost 5,000 soldiers. Russia did not respond "
                "to the claims but at the start of the month, it reported 487 deaths and 1,597 troops injured.")
    assert f[487].claimant in ("Russian officials", "Russian Ministry of Defence")
    assert f[487].side == "russia"


@pytest.mark.parametrize("before, its, claimant", [
    ("Russia, meanwhile, has released far lower figures.", "Its defence ministry",
     "Russian Ministry of Defence"),
    ("Britain has published its own estimate.", "Its defence ministry", "UK Ministry of Defence"),
])
def test_its_ministry_is_the_countrys(before, its, claimant):
    f = figures(f"Title\nOleksiy Arestovich said 7,000 Russian soldiers had been killed.\n\n"
                f"{before} {its} on Wednesday said that 498 Russian soldiers had died.")
    assert f[498].claimant == claimant


def test_its_ministry_after_a_sentence_about_something_else_is_not_a_country():
    f = figures("Title\nRussia has released far lower figures.\n\nThe war goes on. Its defence ministry "
                "said that 498 Russian soldiers had died.")
    assert f[498].claimant != "Russian Ministry of Defence"


def test_it_after_a_list_is_the_source_before_not_the_lists_subject():
    f = figures("Title\nAt least 200 more Russian troops were killed over the past day, according to the Ukrainian "
                "General Staff.\n\nRussia has also lost 195 rocket launchers and 13 boats, it added.")
    assert f[195].claimant == f[13].claimant == "General Staff of Ukraine"


# -- a headline's country is the official its article names -----------------------------------
@pytest.mark.parametrize("headline, body, value, claimant", [
    ("Russia says 4 killed in Ukrainian shelling of Belgorod",
     "Four people were killed in shelling of the Belgorod region, governor Vyacheslav Gladkov said.",
     4, "Belgorod governor (Gladkov)"),
    ("Ukraine says 14 killed in missile strike on Sumy",
     "A missile strike killed 14 people in Sumy, the State Emergency Service said.",
     14, "State Emergency Service of Ukraine"),
])
def test_a_headlines_country_is_the_source_its_article_names(headline, body, value, claimant):
    from index.extraction.extract import analyse
    from index.model import Article
    art = analyse(Article(file="a.txt", title=headline, text=f"{headline}\n{body}", published="2025-03-10"))
    assert {f.claimant for f in art.figures if f.value == value} == {claimant}


def test_a_headlines_country_stays_when_the_article_names_no_one_else():
    from index.extraction.extract import analyse
    from index.model import Article
    text = "Russia says 4 killed in Ukrainian shelling of Belgorod\nFour people were killed in the shelling."
    art = analyse(Article(file="a.txt", title=text.split("\n")[0], text=text, published="2025-03-10"))
    assert art.figures[0].claimant == "Russian officials"


# -- the body a sentence is about, when it cites no one ----------------------------------------
@pytest.mark.parametrize("text, value, claimant", [
    ("OHCHR expressed particular concern over short-range drones, which accounted for 207 deaths in the "
     "reporting period.", 207, "UN OHCHR (HRMMU)"),
    ("The UN human rights monitoring mission also documented attacks that killed 38 civilians in March.",
     38, "UN OHCHR (HRMMU)"),
    ("HRMMU continues to verify 1,203 civilian deaths in Mariupol.", 1203, "UN OHCHR (HRMMU)"),
])
def test_a_reporting_body_as_subject_is_the_claimant(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


@pytest.mark.parametrize("text, value", [
    ("Ukrainian forces destroyed 23 Russian tanks near Bakhmut.", 23),     # a force acting
    ("Russia fired 47 missiles at the city.", 47),                          # a country acting
    ("Zelensky visited the town, where 31 soldiers were killed.", 31),     # a person acting
    ("In the city, OHCHR staff said nothing, but 12 people were killed.", 12),  # not the subject
])
def test_an_actor_as_subject_is_no_claimant(text, value):
    f = figures("Title\n" + text)
    assert value not in f or f[value].claimant_from != "the body the sentence is about"


# -- aides, datelines, where a statement was posted -------------------------------------------
@pytest.mark.parametrize("text, value, claimant", [
    ("Around 11,000 Ukrainian soldiers have been killed, an aide to President Volodymyr Zelensky has said.",
     11000, "Ukrainian Presidential Office"),
    ("An adviser to Zelenskyy said 9,500 Russian troops were killed in March.", 9500, "Ukrainian Presidential Office"),
    ("Some 7,300 Russian soldiers have been killed, military adviser to Ukrainian President Volodymyr "
     "Zelenskyy, Oleksiy Arestovych, said on Wednesday.", 7300, "Ukrainian Presidential Office (Arestovych)"),
])
def test_an_aide_speaks_not_the_one_they_advise(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


def test_an_aide_to_someone_the_table_does_not_know_is_kept_as_written():
    assert figures("Title\nAn adviser to Putin said 40,000 Ukrainian troops were killed.")[40000].claimant \
        == "adviser to Putin"


def test_the_president_himself_is_still_the_president():
    assert figures("Title\nZelensky said 31,000 Ukrainian soldiers had been killed.")[31000].claimant \
        == "Volodymyr Zelensky"


@pytest.mark.parametrize("text, value, claimant", [
    ("In the Telegram channel, the head of the Belgorod region, Vyacheslav Gladkov, confirmed the death of "
     "six civilians.", 6, "Belgorod governor (Gladkov)"),
    ("On his Telegram channel, Ihor Terekhov said 12 civilians were injured in Kharkiv.", 12,
     "Kharkiv mayor (Terekhov)"),
])
def test_where_a_statement_was_posted_is_not_who_posted_it(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


def test_a_wires_dateline_is_not_part_of_the_speakers_name():
    f = figures("Title\nDonetsk, TASS- The People's Militia of the Donetsk People's Republic announced that 41 "
                "Ukrainian soldiers were eliminated.")
    assert f[41].claimant == "Donetsk People's Republic (DPR) authorities"


def test_a_country_speaking_of_its_own_troops_is_not_its_count_of_the_enemy():
    f = figures("Title\nUkraine said up to 13,000 of its soldiers have died during the invasion.")
    assert f[13000].side == "ukraine"
    assert f[13000].claimant == "Ukrainian officials"


def test_a_force_that_acts_is_not_what_the_report_refers_to():
    f = figures("Title\nRussian forces carried out at least five attacks on ports in the Odesa region.\n\n"
                "One attack on 23 May killed three men and injured 12 more, according to the report.")
    assert f[12].claimant != "Russian Ministry of Defence"


@pytest.mark.parametrize("text, value, claimant", [
    ("“It has been devastating, with 1,200 civilian deaths,” said Danielle Bell, Head of the HRMMU.", 1200,
     "UN OHCHR (HRMMU) (Bell)"),
    ("Matilda Bogner, head of the UN Human Rights Monitoring Mission in Ukraine, said 400 civilians were killed.",
     400, "UN OHCHR (HRMMU) (Bogner)"),
    ("Oleksandr Tolokonnikov, spokesman of the Ukrainian Prosecutor General's Office, said 17 children were killed.",
     17, "Prosecutor General's Office of Ukraine (Tolokonnikov)"),
    ("Mykhaylo Podolyak, a top aide to Ukraine's president Volodymyr Zelensky, told the BBC that 150 Ukrainian "
     "soldiers were being killed every day.", 150, "Ukrainian Presidential Office (Podolyak)"),
])
def test_the_head_of_a_known_body_speaks_for_it(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


def test_the_head_of_something_unknown_keeps_his_name():
    assert figures("Title\nJohn Smith, head of the local school, said 4 people died.")[4].claimant == "John Smith"


@pytest.mark.parametrize("text, value", [
    ("Russian forces repelled three attacks near Kupiansk on Tuesday. The enemy lost up to 240 servicemen and "
     "two tanks, it said.", 240),
    ("The Russian military gave its weekly update on Friday. Ukraine lost 1,700 soldiers over the week, it said.",
     1700),
])
def test_it_said_after_a_force_that_acted_is_its_command(text, value):
    f = figures("Title\n" + text)
    assert f[value].claimant == "Russian Ministry of Defence"
    assert f[value].side == "ukraine"


# -- the data a source presented, named before or after -----------------------------------------
def test_the_presented_data_are_the_source_named_before():
    f = figures("Title\nThe Ukrainian staff published information on daytime and total Russian losses on Tuesday.\n"
                "The presented data shows that Russia has lost almost a thousand soldiers and 15 tanks in the last day.")
    assert f[15].claimant == "General Staff of Ukraine"


def test_data_named_then_released_by_a_body_are_that_bodys():
    f = figures("Title\nMOSCOW, September 17. The Ukrainian army lost roughly 1,555 troops over the past 24 hours, "
                "according to the latest data on the operation released by Russia's Defence Ministry on Wednesday.")
    assert f[1555].claimant == "Russian Ministry of Defence"


def test_the_data_of_no_one_named_are_no_ones():
    assert figures("Title\nThe data show that Russia lost 1,000 soldiers in May.")[1000].claimant is None


@pytest.mark.parametrize("text, value, claimant", [
    ("On day 23 of the invasion, an estimated 14,200 Russian soldiers are said to have been killed since the "
     "start of the conflict.\n\nThe figure, brought by the Ukrainian defence ministry, is a rare glimpse of the "
     "toll.", 14200, "Ukrainian Ministry of Defence"),
    ("Some 9,100 Russian troops have been killed in May. These figures, released by the UK Ministry of Defence "
     "on Monday, cannot be verified.", 9100, "UK Ministry of Defence"),
])
def test_the_figure_brought_by_a_source_in_the_next_sentence(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


def test_the_foreign_ministry_relays_the_general_staffs_tally():
    f = figures("Title\nRussia has lost 24,900 troops since February 24, Ukraine's Foreign Ministry said. The Russian "
                "army also lost 155 helicopters and 502 artillery systems.")
    assert f[24900].claimant == f[155].claimant == "General Staff of Ukraine"


def test_a_namesake_is_not_the_foreign_minister():
    f = figures("Title\nSeven drones were shot down over the Kyiv region overnight, Oleksiy Kuleba said.")
    assert f[7].claimant != "Ukrainian Foreign Ministry (Kuleba)"


# -- a body that also reports its own dead -----------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Russia's Defence Ministry said 512 service members have died and more than 1,600 have been wounded.", 512),
    ("Sergei Rudskoy of the Russian General Staff said 1,351 servicemen have been killed and 3,825 injured, "
     "the Russian Defence Ministry said.", 1351),
    ("Russia claims that 1,351 soldiers were killed in Ukraine.", 1351),
])
def test_moscow_naming_dead_with_no_side_speaks_of_its_own(text, value):
    assert figures("Title\n" + text)[value].side == "russia"


@pytest.mark.parametrize("text, value", [
    ("The Russian Defence Ministry said the enemy lost 300 soldiers killed near Bakhmut.", 300),
    ("The Russian Defence Ministry said 240 Ukrainian servicemen were killed.", 240),
    ("The Ukrainian General Staff said 900 soldiers were killed over the past day.", 900),
])
def test_a_count_of_the_enemy_stays_the_enemys(text, value):
    assert figures("Title\n" + text)[value].side != "russia" or "General Staff" in text


def test_a_russian_governors_civilians_are_russias():
    f = figures("Title\n\"A Ukrainian drone attacked a car, two women were killed,\" Kursk Governor Alexander "
                "Khinshtein said in a post on Telegram.")
    assert f[2].side == "russia"


def test_troops_the_ministry_counts_at_the_border_are_its_own_figure():
    f = figures("Title\nAccording to data provided by the Ukrainian Ministry of Defence, the number of Russian soldiers "
                "at the borders with Ukraine reaches 140,000.")
    assert f[140000].claimant == "Ukrainian Ministry of Defence"


@pytest.mark.parametrize("text, value, claimant", [
    ("Defence Ministry spokesman Igor Konashenkov said more documents would be published.\n\n“In total, 134 aircraft and 2,269 "
     "tanks have been destroyed,“ he said.", 2269, "Russian Ministry of Defence (Konashenkov)"),
    ("Governor Oleh Syniehubov posted on Telegram.\n\n‘Three men were seriously wounded in the city,’ he wrote.",
     3, "Kharkiv governor (Syniehubov)"),
])
def test_he_said_after_a_quote_closed_the_wrong_way(text, value, claimant):
    f = figures("Title\n" + text)
    assert f[value].claimant is not None and f[value].claimant.split(" (")[0] == claimant.split(" (")[0]


@pytest.mark.parametrize("text, value, claimant", [
    ("The White House said Monday it now estimates that Russia has suffered 90,000 casualties since December.",
     90000, "White House"),
    ("US officials said 120,000 Russian soldiers had been killed or wounded.", 120000, "US officials"),
    ("The NIS said in January that about 300 North Korean soldiers died and another 2,700 were injured.", 2700,
     "South Korean National Intelligence Service (NIS)"),
    ("South Korea's spy agency says roughly 600 North Korean soldiers have died fighting for Russia.", 600,
     "South Korean National Intelligence Service (NIS)"),
])
def test_the_white_house_and_seouls_spy_agency_are_named_as_themselves(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


@pytest.mark.parametrize("text", [
    "America's top general estimated that Russia's military had lost more than 100,000 soldiers.",
    "On Wednesday, the United States’s top general estimated that Russia had lost more than 100,000 soldiers.",
    "The top U.S. general said Russia had lost more than 100,000 soldiers.",
])
def test_americas_top_general_is_the_pentagons_office(text):
    assert figures("Title\n" + text)[100000].claimant == "US Department of Defense"

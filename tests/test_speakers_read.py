"""Who speaks when the words around the name are not the usual "X said": a relay with no
comma, a month where a name might be, a speaker after a clause of numbers, "spoke of". Sentences
written for each pattern (not copied from any article), with ones that must not match."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


# -- words that open a sentence or date it are nobody -------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Preliminary data indicated that 40 civilians were killed in the attacks.", 40),
    ("Initial figures show 120 soldiers were killed in the assault.", 120),
    ("Having said that the town had 20,000 people, it is estimated that 300 civilians were killed.", 300),
    ("Official figures show 500 soldiers were killed.", 500),
])
def test_a_sentences_first_word_is_no_claimant(text, value):
    assert figures("Title\n" + text)[value].claimant is None


@pytest.mark.parametrize("text, value, claimant", [
    ("According to United Nations data from September, 9,400 civilians have been killed.", 9400, "United Nations"),
    ("According to UN figures from March 2023, 8,200 civilians have been killed.", 8200, "United Nations"),
    ("According to data from the UN, 9,000 civilians have been killed.", 9000, "United Nations"),
])
def test_whose_data_not_when(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


def test_the_official_said_still_refers_back():
    # "official" in lower case is a description, not a first word
    f = figures("Title\nKharkiv governor Oleh Syniehubov said the city was shelled overnight.\n"
                "\u201cFive people were killed and 23 injured,\u201d the official said.")
    assert f[23].claimant == "Kharkiv governor (Syniehubov)"


# -- "spoke of", and whose side after the count -------------------------------------------------
@pytest.mark.parametrize("text, value, side", [
    ("Defence Minister Sergei Shoigu spoke of 5,937 deaths on the Russian side.", 5937, "russia"),
    ("Sergei Shoigu spoke of 61,207 deaths among the Ukrainian troops.", 61207, "ukraine"),
    ("The Russian defence ministry said there were 1,351 deaths on the Russian side.", 1351, "russia"),
])
def test_spoke_of_names_the_speaker_and_the_side_after_the_count_counts(text, value, side):
    f = figures("Title\n" + text)
    assert f[value].claimant.startswith("Russian Ministry of Defence")
    assert f[value].side == side


# -- a speaker after a clause with its own numbers ---------------------------------------------
def test_a_clause_of_numbers_is_no_appositive():
    f = figures("Title\nOn the Ukrainian side, there have so far been 2,870 deaths and about 3,700 wounded, said "
                "Igor Konashenkov, spokesman for the Russian Defence Ministry.")
    assert f[2870].claimant == f[3700].claimant == "Russian Ministry of Defence (Konashenkov)"
    assert f[2870].side == "ukraine"


# -- relays: "X cited by Y", "Y quoted X as putting" -------------------------------------------
@pytest.mark.parametrize("text, value, claimant", [
    ("According to estimates from US officials cited by The New York Times, 7,000 Russian soldiers have been "
     "killed.", 7000, "US officials"),
    ("Western intelligence estimates cited by the BBC put Russian losses at 40,000 troops.", 40000,
     "Western intelligence"),
    ("The Washington Post quoted US officials as putting Ukraine's military losses at 70,000 dead.", 70000,
     "US officials"),
    ("Reuters cited British intelligence as estimating that 20,000 Russian soldiers had died.", 20000,
     "UK Ministry of Defence"),
])
def test_the_one_an_outlet_cites_claims(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


def test_figures_cited_by_an_outlet_with_no_source_are_the_outlets():
    assert figures("Title\nFigures cited by the BBC show 40,000 Russian soldiers killed.")[40000].claimant == "BBC"


# -- offices by their other names ---------------------------------------------------------------
@pytest.mark.parametrize("text, value, claimant", [
    ("At least nine civilians were killed in 24 hours, the Ukrainian president's office said.", 9,
     "Ukrainian Presidential Office"),
    ("Zelensky's office said 12 civilians were killed on Tuesday.", 12, "Ukrainian Presidential Office"),
    ("Air defences shot down 186 drones overnight, said the Air Force Command of Ukraine.", 186,
     "Ukrainian Air Force"),
])
def test_an_office_by_another_name(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


# -- a byline, an anonymous official, a name that runs on into the next phrase -----------------
def test_a_byline_is_no_claimant():
    assert figures("Title\nNews Desk: More than 23,000 Russian troops have been killed.")[23000].claimant is None


def test_an_unnamed_official_refers_to_no_one_named_before():
    f = figures("Title\nPresident Volodymyr Zelensky said Russia had lost 30,000 soldiers.\n"
                "According to a senior official, up to 13,000 Ukrainian soldiers have died.")
    assert f[30000].claimant == "Volodymyr Zelensky"
    assert f[13000].claimant is None


@pytest.mark.parametrize("text, value, claimant", [
    ("According to US officials the Russian army has lost 120,000 soldiers.", 120000, "US officials"),
    ("According to British intelligence the Ukrainian military has lost 30,000 troops.", 30000,
     "UK Ministry of Defence"),
    # "the" inside a name stays: "for the", "of the"
    ("The Institute for the Study of War said 1,000 Russian soldiers were killed.", 1000,
     "Institute for the Study of War (ISW)"),
])
def test_a_name_ends_where_another_phrase_begins(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


@pytest.mark.parametrize("text, value, claimant", [
    ("National Security Council spokesman John Kirby said Russia had suffered 100,000 casualties.", 100000,
     "White House (Kirby)"),
    ("Ukrainian President Volodymyr Zelenksy said 9,000 Russians had been killed.", 9000, "Volodymyr Zelensky"),
    ("The Ukrainian President Wolodymyr Selenskyj recently spoke of more than 46,000 soldiers killed.", 46000,
     "Volodymyr Zelensky"),
])
def test_spellings_and_councils(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


def test_ukraines_security_council_is_not_the_white_house():
    f = figures("Title\nUkraine's National Security and Defense Council said 500 Russian soldiers were killed.")
    assert f[500].claimant != "White House"


def test_citizens_killed_are_civilians():
    f = figures("Title\nUkrainian officials say 57 of their citizens have been killed and 169 wounded.")
    assert (f[57].metric, f[169].metric) == ("civilians_killed", "civilians_wounded")


# -- "him", a name set after its description, "our", "informs", "put ... since ... at" ---------
def test_according_to_him_is_the_one_quoted_before():
    f = figures("Title\nDefence Minister Sergei Shoigu said on Tuesday that Kyiv's offensive had failed.\n"
                "According to him, Ukraine lost 8 aircraft and 277 drones in April.")
    assert f[277].claimant == "Russian Ministry of Defence (Shoigu)"


def test_the_name_after_a_description_says_who():
    f = figures("Title\nMoscow mayor Sergei Sobyanin said drones were shot down over the city.\n"
                "One person was killed and three more wounded in the suburbs of Moscow, according to the region's "
                "governor, Andrei Vorobyov.")
    assert "Vorobyov" in f[3].claimant
    assert f[3].side == "russia"


@pytest.mark.parametrize("text, value, side", [
    ("Defence Minister Sergei Shoigu said: 'our losses to date are 5,937 dead.'", 5937, "russia"),
    ("“1,597 of our comrades have been wounded,” the Russian defence ministry said.", 1597, "russia"),
])
def test_our_losses_are_the_speakers_own(text, value, side):
    assert figures("Title\n" + text)[value].side == side


@pytest.mark.parametrize("text, value, claimant", [
    ("More than 8,600 Ukrainian citizens entered Romania on Wednesday, informs the Border Police.", 8600,
     "Border Police"),
    ("Defence Minister Sergei Shoigu has put Ukrainian losses since the start of the counteroffensive at more than "
     "66,000 soldiers.", 66000, "Russian Ministry of Defence (Shoigu)"),
])
def test_more_verbs_of_saying(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


@pytest.mark.parametrize("text, value, metric", [
    ("In May, Ukraine lost more than 16,000 people and 400 tanks, Sergei Shoigu said.", 16000,
     "personnel_casualties"),
    # a strike's dead are civilians, whatever country lost them
    ("Ukraine lost 50 people in the Russian missile strike on the railway station.", 50, "civilians_killed"),
])
def test_a_country_losing_people(text, value, metric):
    assert figures("Title\n" + text)[value].metric == metric


# -- the same estimate, the paper, the head of a region, a passive with an adverb ---------------
def test_the_same_estimate_is_its_sources():
    f = figures("Title\nThe Pentagon estimated in March that Russia had lost up to 20,000 soldiers.\n"
                "According to the same estimate, 150,500 Russian soldiers were injured.")
    assert f[150500].claimant == f[20000].claimant == "US Department of Defense"


def test_the_paper_is_the_paper_named_before_not_a_ministry():
    f = figures("Title\nThe Wall Street Journal reported that Russia had lost 200,000 soldiers.\n"
                "Ukraine has lost 80,000 soldiers, the paper reported, citing a confidential estimate.")
    assert f[80000].claimant == "Wall Street Journal"
    g = figures("Title\nThe Pentagon estimated that Russia had lost 20,000 soldiers.\n"
                "Ukraine has lost 80,000 soldiers, the paper reported.")
    assert g[80000].claimant != "US Department of Defense"


def test_the_head_of_a_region_is_its_governor():
    f = figures("Title\nSeparately, the head of the southern Kherson region said Russian shelling killed "
                "one person in that region over the past day.")
    assert f[1].claimant == "Kherson governor"


def test_a_passive_of_saying_with_an_adverb_goes_on_with_its_paragraph():
    f = figures("Title\nThe General Staff said Russia had lost 251,620 soldiers. It was also mentioned that Russia "
                "lost 4,175 drones.")
    assert f[4175].claimant == "General Staff of Ukraine"


def test_as_he_explained_is_the_one_quoted_before():
    f = figures("Title\nKharkiv governor Oleh Syniehubov said Russian fire had hit the region on Tuesday.\n"
                "As he explained, six people were killed in the city.")
    assert f[6].claimant == "Kharkiv governor (Syniehubov)"


@pytest.mark.parametrize("text, value", [
    ("Chechen leader Kadyrov said 23 of his fighters were killed and 58 others wounded.", 23),
    ("Kadyrov said 58 of his men had been wounded in the shelling.", 58),
])
def test_his_fighters_are_the_speakers_own(text, value):
    assert figures("Title\n" + text)[value].side == "russia"

"""Who speaks when the source is a group named by its place ("officials in Kyiv"), a body in
lower case ("the general staff said"), a source cited with "as reported by", a body that
publishes the article itself, or an outlet that relays an army's running count. Sentences
written for each pattern (not copied from any article), with ones that must not match."""

from __future__ import annotations

import pytest

from index.extraction.extract import analyse
from index.model import Article
from tests.extraction_helpers import figures


# -- a group named by its place -------------------------------------------------------------------
@pytest.mark.parametrize("text, value, claimant", [
    # a state's capital speaks for it: its count of the enemy's losses is the General Staff's
    ("Officials in Kyiv claimed that over 1,030 Russian troops had died in the past 24 hours.", 1030,
     "General Staff of Ukraine"),
    # (the military's count over two days is theirs: only a running tally or a day's is the General Staff's)
    ("The military in Ukraine has claimed that 940 Russian soldiers died in the last two days.", 940,
     "Ukrainian Armed Forces"),
    ("Regional prosecutors in Sumy said a guided bomb struck the village, killing two people.", 2,
     "Sumy regional prosecutors"),
    ("Local authorities in Mariupol reported on Friday that the strike on the theatre killed 300 people.", 300,
     "Mariupol local authorities"),
    ("Police in Odesa said that 14 people were injured when the drone hit a block of flats.", 14, "Odesa police"),
])
def test_a_group_named_by_its_place(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


@pytest.mark.parametrize("text, value", [
    # the place is where the dead were, and the group no speaker
    ("Two civilians were killed by the military in Kherson, according to reports.", 2),
    # an object of the verb before, not its subject
    ("The strike hit authorities in Sumy oblast bordering Russia, who reported that 3 people died.", 3),
])
def test_a_group_in_a_place_that_says_nothing_is_no_claimant(text, value):
    assert figures("Title\n" + text)[value].claimant is None


# -- a body in lower case --------------------------------------------------------------------------
def test_the_general_staff_in_lower_case_is_the_one_named_before():
    kyiv = figures("Title\nUkraine's General Staff said Russia had lost 1,000 soldiers in a day.\n"
                   "In the same report, the general staff said Russia had lost 33 armoured vehicles.")
    assert kyiv[33].claimant == "General Staff of Ukraine"
    moscow = figures("Title\nRussia's General Staff chief Valery Gerasimov spoke to officers on Monday.\n"
                     "In the same briefing, the general staff said Ukraine had lost 41 tanks.")
    assert moscow[41].claimant == "Russian General Staff"


def test_the_general_staff_named_by_no_one_is_no_claimant():
    assert figures("Title\nIn its report, the general staff said Russia had lost 33 armoured vehicles.")[33].claimant is None


# -- "as reported by" ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value, claimant", [
    ("The missile killed 18 people, including nine children, as reported by local authorities.", 18,
     "local authorities"),
    ("Eleven people were wounded in the shelling, as announced by Ukraine's Interior Ministry.", 11,
     "Ukrainian Interior Ministry"),
    ("A drone hit a bus, injuring nine people, as reported by Odesa region Governor Oleh Kiper on Monday.", 9,
     "Odesa governor (Kiper)"),
])
def test_as_reported_by(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


def test_as_reported_by_is_a_citation_when_someone_says_it():
    # the UK's update cites Kyiv's numbers: the claim is the UK's statement
    f = figures("Title\nThe UK Ministry of Defence published its daily intelligence update.\n"
                "Russia lost an average of 940 soldiers a day in May, as reported by Ukrainian authorities, it said.")
    assert f[940].claimant == "UK Ministry of Defence"


# -- names and spellings ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, value, claimant", [
    ("The U.N. children's agency said on Monday that at least 972 children had been killed or injured.", 972,
     "UNICEF"),
    ("UNICEF executive director Catherine Russell said 500 children had been killed since the war began.", 500,
     "UNICEF (Russell)"),
    ("About 20 people died across Ukraine, Igor Klimenko, the country's interior minister, said.", 20,
     "Ukrainian Interior Ministry (Klimenko)"),
    ("Speaking in Geneva, Liz Throssell said 136 civilians had been killed, including 13 children.", 136,
     "UN OHCHR (HRMMU) (Throssell)"),
    ("More than 600,000 Russian soldiers have been killed or wounded, U.S. and British defense officials said.",
     600000, "US and UK officials"),
    ("Russia has suffered 600,000 casualties, according to a senior U.S. Defense Department official.", 600000,
     "US Department of Defense"),
])
def test_names_across_their_spellings(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


def test_a_regions_defence_department_is_not_the_pentagon():
    f = figures("Title\nThe defense department of the Donetsk People's Republic reported that shelling killed two civilians.")
    assert f[2].claimant != "US Department of Defense"


# -- a body that publishes the article itself ------------------------------------------------------
def _from(outlet: str, text: str):
    art = analyse(Article(file="a.txt", title="Statement", text="Statement\n" + text, published="2024-02-07",
                          outlet=outlet))
    return {f.value: f for f in art.figures}


@pytest.mark.parametrize("outlet, claimant", [
    ("UNICEF USA (press release)", "UNICEF"),
    ("Government news service (UNICEF statement)", "UNICEF"),
    ("Reuters", None),  # an outlet's unattributed figure is someone's it did not name
    ("News in Ukraine", None),  # a country in an outlet's name is no publisher
    ("Kyiv Independent", None),  # an outlet that relays the General Staff's count keeps none of its own
])
def test_the_body_that_publishes_the_article(outlet, claimant):
    f = _from(outlet, "At least nine children have reportedly been killed and 37 injured in Ukraine since January.")
    assert f[37].claimant == claimant


def test_a_source_the_sentence_names_is_not_the_publisher():
    f = _from("UNICEF USA (press release)", "Officials said 12 children were hurt in the attack on the school.")
    assert f[12].claimant != "UNICEF"


# -- outlets that relay an army's running count ----------------------------------------------------
@pytest.mark.parametrize("text, value, claimant", [
    ("According to The Kyiv Independent, Russia has lost 5,439 tanks since the start of the invasion.", 5439,
     "General Staff of Ukraine"),
    ("Ukrinform reported that Russia lost 1,240 soldiers over the past day.", 1240, "General Staff of Ukraine"),
    ("TASS reported that Ukrainian forces lost up to 135 soldiers in the past 24 hours.", 135,
     "Russian Ministry of Defence"),
    # the outlet's other figures stay its own
    ("The Kyiv Independent reported that three civilians were killed in Kherson on Monday.", 3,
     "Kyiv Independent"),
])
def test_an_outlet_relaying_an_armys_count(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


# -- relays and names read to their end -----------------------------------------------------------
@pytest.mark.parametrize("text, value, claimant", [
    ("A New York Times report in August cited United States officials as putting the Russian death toll at 120,000.", 120000,
     "US officials"),
    ("More than 11,000 Russian troops have been killed, Reuters reported, citing information received from the "
     "Ukrainian armed forces' general staff.", 11000, "General Staff of Ukraine"),
    ("At least 100 North Korean soldiers have been killed, according to South Korea's spy agency.", 100,
     "South Korean National Intelligence Service (NIS)"),
    ("According to a statement by Senior Officer Andrei Shernnev of the 'North' group, 195 soldiers were killed.", 195,
     "Andrei Shernnev"),
])
def test_relays_and_names_read_to_their_end(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


def test_officials_cited_with_their_place_are_the_source():
    f = figures("Title\nThe agency cited Russian-appointed officials in the southern Kherson region as saying four "
                "civilians had been killed.")
    assert f[4].claimant.startswith("Russian-appointed officials")


@pytest.mark.parametrize("text, value", [
    ("An earlier report stated that at least 16 minors were among the 66 wounded.", 66),
    ("Regarding reports that an estimate had put the figure at 80,000 dead, he replied: no.", 80000),
])
def test_an_article_or_a_preposition_is_no_claimant(text, value):
    assert figures("Title\n" + text)[value].claimant not in ("An", "Regarding")


def test_another_countrys_ministry_keeps_its_words():
    f = figures("Title\nEstonia's Ministry of Defence said 300 Russian soldiers were killed near the border.")
    assert f[300].claimant == "Estonia's Ministry of Defence"


# -- a strike's toll that opens an article, and the local voice named next -------------------------
def test_a_lead_toll_takes_the_local_voice_named_next():
    f = figures("Two killed in attack on port\n"
                "Russian drones attacked the port city of Izmail early on Friday, killing two people and injuring nine.\n"
                "Regional Governor Oleh Kiper wrote on Telegram that the attack damaged houses and a school.")
    assert f[9].claimant == "Odesa governor (Kiper)"
    assert f[9].claimant_from == "named in the next sentence"


def test_a_lead_toll_does_not_take_a_national_voice_named_next():
    f = figures("Two killed in attack on port\n"
                "Russian drones attacked the port city of Izmail early on Friday, killing two people and injuring nine.\n"
                "President Volodymyr Zelensky said the world must respond to the attack.")
    assert f[9].claimant is None


def test_a_toll_further_down_does_not_take_the_next_speaker():
    f = figures("Attacks go on\n"
                "The war entered its third year.\nTalks stalled in Geneva.\n"
                "Russian drones hit a school in Kherson, killing three people.\n"
                "Regional Governor Oleksandr Prokudin said repairs would start on Monday.")
    assert f[3].claimant is None


# -- "X's claim(s) that ..." and a headline's second verb -----------------------------------------
@pytest.mark.parametrize("text, value, claimant", [
    ("His figures stood in contrast to Moscow's widely disputed claims that just over 6,000 of its troops were killed.",
     6000, "Russian Ministry of Defence"),
    ("Around 43,000 Ukrainian soldiers have died, Zelensky said, in response to Donald Trump's claim hours earlier that "
     "Kyiv had lost 400,000 soldiers.", 400000, "Donald Trump"),
    ("Around 43,000 Ukrainian soldiers have died, Zelensky said, in response to Donald Trump's claim hours earlier that "
     "Kyiv had lost 400,000 soldiers.", 43000, "Volodymyr Zelensky"),
    ("Sergei Shoigu's assertion of 444,000 Ukrainian soldiers killed contrasts with other counts.", 444000,
     "Russian Ministry of Defence (Shoigu)"),
])
def test_a_claim_said_to_be_someones(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


def test_a_claim_quoted_covers_its_numbers_and_the_headlines_speaker_the_rest():
    f = figures("Moscow refutes Ukraine's claims of 400 Russian soldiers killed, says toll stands at 89\n"
                "The strike hit a building in Makiivka.")
    assert f[400].claimant == "General Staff of Ukraine"
    assert f[89].claimant in ("Russian Ministry of Defence", "Russian officials")  # Moscow's, not Kyiv's


def test_a_claim_of_something_else_names_no_one():
    f = figures("Title\nThe ministry's claims department processed 300 requests from families of soldiers killed.")
    assert 300 not in f or f[300].claimant != "ministry"


# -- a side admitting its own losses ---------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("The Russian Ministry of Defence admitted on Monday, in a rare admission, that 63 servicemen were killed in the strike.",
     63),
    ("Russian officials confirmed that the country's armed forces have suffered more than 2,000 casualties, "
     "including 498 killed.", 498),
    ("Moscow acknowledged late on Sunday that 89 soldiers had died in the attack on the barracks.", 89),
])
def test_an_admission_is_of_the_speakers_own_losses(text, value):
    assert figures("Title\n" + text)[value].side == "russia"


def test_an_admission_of_the_enemys_surrender_is_not_an_own_loss():
    assert figures("Title\nKyiv admitted that 40 Russian soldiers had surrendered near the town.")[40].side == "russia"


@pytest.mark.parametrize("text, value, claimant", [
    ("By the 16th, the BBC was reporting 6,476 Russian soldiers killed.", 6476, "BBC"),
    ("This differs from the US Defence Department's figure of 315,000 Russian soldiers killed or wounded.", 315000,
     "US Department of Defense"),
])
def test_was_reporting_and_a_bodys_figure(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


def test_reporting_from_a_place_is_no_attribution():
    f = figures("Title\nJournalists were reporting from Kyiv, where 5 civilians were killed in the strike.")
    assert f[5].claimant is None


def test_a_long_name_of_a_body_read_whole():
    f = figures("Title\nEarlier this year, the General Staff of the Russian armed forces claimed that Ukrainian "
                "military losses had topped 1 million.")
    assert f[1000000].claimant == "Russian General Staff"


# -- drones downed by a side's air defences are the other side's -----------------------------------
@pytest.mark.parametrize("text, value, side, claimant", [
    ("Russian air defenses intercepted 221 unmanned aerial vehicles overnight, the Defense Ministry reported.", 221,
     "ukraine", "Russian Ministry of Defence"),
    ("Ukraine's air force intercepted 15 attack drones over Odesa and Mykolaiv overnight.", 15, "russia",
     "Ukrainian Air Force"),
])
def test_drones_intercepted_by_a_sides_air_defence(text, value, side, claimant):
    f = figures("Title\n" + text)[value]
    assert (f.side, f.claimant) == (side, claimant)


@pytest.mark.parametrize("text, value, claimant", [
    ("In April, a leaked U.S. Defense Intelligence Agency assessment estimated that Kyiv had suffered 124,500 casualties.",
     124500, "US Defense Intelligence Agency"),
    ("'Since the beginning of the operation the Ukrainian army has lost about 1 million people' – Belousov.", 1000000,
     "Russian Ministry of Defence (Belousov)"),
    ("AP News: The death toll from a missile attack on Lviv climbed to four, Interior Minister Ihor Klymenko reported.", 4,
     "Ukrainian Interior Ministry (Klymenko)"),
])
def test_a_leaked_assessment_a_quote_signed_with_a_dash_and_a_news_label(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


@pytest.mark.parametrize("text, value", [
    ("Reports said a confidential Ukrainian estimate had put the figure at 80,000 dead.", 80000),
    ("Ukraine News: US estimate of Russian war casualties exceeds 75,000", 75000),
])
def test_a_nationality_or_a_news_label_is_no_claimant(text, value):
    assert figures("Title\n" + text)[value].claimant not in ("Ukrainian", "The Ukrainian", "Ukraine News")


@pytest.mark.parametrize("text, value, claimant", [
    ("P.S. NATO authorities think that 7,000 to 15,000 Russian troops were killed in the first month.", 7000,
     "NATO authorities"),
    ("Some 70,000 soldiers from Russia's armed forces have lost their lives, as per data examined by the BBC.", 70000, "BBC"),
    ("Cherevatyi said: “We destroyed 133 occupiers and injured 176 others.”", 176, "Eastern Group of Forces (Cherevatyi)"),
    ("More than 80 drones launched by Russia were shot down in the first two days of 2023, Ukraine president says.", 80,
     "Volodymyr Zelensky"),
])
def test_thinks_examined_by_and_spellings(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


def test_a_think_tank_does_not_think():
    f = figures("Title\nThe IISS, a think tank in London, says Russia has lost 3,000 tanks.\n"
                "The think tank estimates 500 of them were abandoned.")
    assert f[500].claimant.startswith("IISS") or f[500].claimant.startswith("International Institute")


@pytest.mark.parametrize("outlet, claimant", [
    ("President of Ukraine (official address, English translation)", "Volodymyr Zelensky"),
    ("CSIS", "CSIS"),
    ("HuffPost UK", None),  # a country's name at the end of an outlet's is no publisher
    ("The Washington Post", None),
])
def test_a_body_or_person_named_whole_by_the_outlet_publishes_its_own_words(outlet, claimant):
    f = _from(outlet, "Thirty-eight people died on the spot. Another 12 people died in hospitals during the day.")
    assert f[12].claimant == claimant


# -- the article's one source, for figures of its own kind only ------------------------------------
def test_an_unnamed_count_takes_the_articles_source_of_the_same_kind():
    f = figures("Losses\nThe General Staff of Ukraine said Russia had lost 7,200 tanks since the invasion.\n\n"
                "Talks in Geneva stalled again.\n\nRussia has also lost 10,500 artillery systems.")
    assert f[10500].claimant == "General Staff of Ukraine"
    assert f[10500].claimant_from == "the article's other figures"


def test_an_unnamed_count_takes_no_source_when_two_give_its_kind():
    f = figures("Losses\nThe General Staff of Ukraine said Russia had lost 7,200 tanks since the invasion.\n\n"
                "Talks in Geneva stalled again.\n\nRussia has also lost 10,500 artillery systems.\n\n"
                "Oryx, which counts only losses it can see in photographs, puts Russia's tank losses at 3,900.")
    assert f[10500].claimant is None


def test_guns_destroyed_are_not_the_air_forces_because_it_downed_drones():
    f = figures("Night and day\nThe Ukrainian Air Force said it shot down 40 Russian drones overnight.\n\n"
                "Talks in Geneva stalled again.\n\nOn the Tavria front, Ukrainian forces destroyed six Russian "
                "artillery systems.")
    assert f[6].claimant is None


def test_the_writers_own_arithmetic_takes_no_source():
    f = figures("Toll\nThe General Staff of Ukraine said Russia had lost 200,000 soldiers since the invasion.\n\n"
                "Talks in Geneva stalled again.\n\nThat would mean Russia loses about 13,300 soldiers a month.")
    assert f[13300].kind == "rate" and f[13300].claimant is None

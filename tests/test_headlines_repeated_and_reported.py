"""The headlines over an article are its title and a title saved again under a site's menu ("Home
News ICRC seeks ..."); a headline ending "– report" rounds the report's figure in the body; a
headline's count the body reads on another side takes the body's side and source."""

from __future__ import annotations

from index.extraction.extract import analyse
from index.model import Article


def _figures(text: str) -> list:
    return analyse(Article(file="a.txt", title=text.split("\n", 1)[0], text=text, published="2024-02-21")).figures


def test_a_title_saved_again_under_a_menu_line_is_a_headline_too():
    figs = _figures("Home News Red Cross seeks fate of 23,000 missing persons\n\nRed Cross seeks fate of 23,000 "
                    "missing persons\n\nThe International Committee of the Red Cross announced it is working to "
                    "determine the fate of 23,000 people missing in the war between Russia and Ukraine.")
    assert [f.claimant for f in figs if f.value == 23000] == ["ICRC"] * 3


def test_a_repeated_title_after_the_first_sentence_of_the_text_is_not_a_headline():
    figs = _figures("War toll\n\nThe ministry spoke on Monday. Seven people were killed in Lviv.\n\nSeven people were "
                    "killed in Lviv, the regional governor Maksym Kozytskyi said.")
    first = next(f for f in figs if f.value == 7)
    assert first.claimant_from != "the same figure in the article"


def test_a_headline_ending_report_takes_the_source_of_the_figure_it_rounds():
    figs = _figures("Nearly 50,000 Russians killed in war in Ukraine – report\n\nAn estimated 47,000 Russian men have "
                    "been killed in the war, according to an analysis by Mediazona.")
    assert next(f for f in figs if f.value == 50000).claimant == "Mediazona"
    figs = _figures("Russia Loses Over 300 Officers in Ukraine War: Report\n\nMore than 300 Russian officers have been "
                    "killed in Ukraine, according to a count by the BBC.")
    assert next(f for f in figs if f.value == 300 and f.sentence_start == 0).claimant == "BBC"


def test_a_headline_naming_its_own_speaker_still_does_not_round():
    figs = _figures("Kyiv says 50,000 Russians killed in war in Ukraine – report\n\nAn estimated 47,000 Russian men "
                    "have been killed in the war, according to an analysis by Mediazona.")
    assert next(f for f in figs if f.value == 50000).claimant != "Mediazona"


def test_a_headlines_count_the_body_reads_on_another_side_takes_the_bodys_side_and_source():
    figs = _figures("Shelling Leaves Six Injured in Kherson Region\n\nSix civilians were injured in the shelling of "
                    "Oleshky by the Ukrainian army, Russian-installed governor Vladimir Saldo said.")
    head, body = [f for f in figs if f.value == 6]
    assert (head.side, head.claimant) == (body.side, body.claimant)
    assert "Saldo" in head.claimant


def test_the_first_sentence_under_the_headlines_is_no_headline():
    figs = _figures("Heavy Losses Mount\n\nBy Staff\n\nRussia has suffered over 1 million casualties since February "
                    "2022. According to the General Staff of Ukraine, Russia has lost around 1,020,010 troops.")
    assert next(f for f in figs if f.value == 1000000).claimant is None


def test_a_line_under_the_title_takes_the_bodys_source_not_the_titles():
    figs = _figures("FIFTEEN THOUSAND Russians killed in Ukraine: Defence Secretary Ben Wallace reveals more Kremlin "
                    "troops have died in two months than the US lost\n\n  • The Defence Secretary tells MPs "
                    "around 15,000 Russian troops have been killed\n\nAround 15,000 Russian troops have been killed in "
                    "Ukraine, Defence Secretary Ben Wallace has told MPs.")
    line = next(f for f in figs if f.value == 15000 and f.sentence.lstrip().startswith("•"))
    assert line.claimant and "Wallace" in line.claimant


def test_a_count_before_a_titles_colon_is_no_speaker():
    figs = _figures("FIFTEEN THOUSAND Russians killed in Ukraine: Defence Secretary Ben Wallace reveals the toll\n\nText.")
    assert "Wallace" in next(f for f in figs if f.value == 15000).claimant
    figs = _figures("Thousands dead in Mariupol: city council counts 8,000 killed\n\nText.")
    assert next(f for f in figs if f.value == 8000).claimant != "General Staff of Ukraine"
    figs = _figures("Ukraine's General Staff: Russia lost 1,200 soldiers in the past day\n\nText.")
    assert next(f for f in figs if f.value == 1200).claimant == "General Staff of Ukraine"

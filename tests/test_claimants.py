"""Who claims a figure: attribution forms, canonical names, and the user's own alias table."""

from __future__ import annotations

import pytest

from index.extraction import claimants
from index.extraction.claimants import canonical, find_attributions
from index.extraction.referents import Referents


def named(sentence: str, headline: bool = False) -> list[str | None]:
    return [a.phrase for a in find_attributions(sentence, headline) if not a.generic]


@pytest.mark.parametrize(
    "sentence,phrase",
    [
        ("According to the General Staff, Russia lost 1,160 soldiers.", "General Staff"),
        ("Russia lost 300 tanks, according to an assessment by the British Ministry of Defence.",
         "British Ministry of Defence"),
        ("Per ABC News, the resolution calls for a ceasefire.", "ABC News"),
        ("Kyiv has lost few soldiers, as per NY Post.", "NY Post"),
        ("The Pentagon estimates that 100,000 Russians have been killed or wounded.", "Pentagon"),
        ("General Eirik Kristoffersen, the military commander of Norway, stated that Ukraine lost "
         "100,000 soldiers.", "General Eirik Kristoffersen"),
        ('"We have destroyed 12 tanks," said Pentagon spokesman John Kirby.',
         "Pentagon spokesman John Kirby"),
        ('"Russia lost 200 soldiers today," the Ukrainian army said.', "Ukrainian army"),
        ("Vladimir Putin's Russia has lost over 500,000 soldiers, claims Ukraine.", "Ukraine"),
        ("On December 16, 2024, a report emerged from the General Staff of Ukraine's Armed Forces "
         "indicating 765,110 losses.", "General Staff of Ukraine's Armed Forces"),
        ("Oryx, cited by Reuters, has documented 3,000 Russian tanks.", "Oryx"),
        ("Ukraine's figures put Russian losses at 500,000.", "Ukraine"),
        ("US officials have lately stated that Russian casualties are nearing 200,000.", "US officials"),
        ("Russia has also claimed to have killed 6,500 Ukrainian troops.", "Russia"),
        ("Before the war began, Western intelligence estimated Russia had 190,000 troops.",
         "Western intelligence"),
        ("The leaders spoke on Wednesday, according to the German chancellery.", "German chancellery"),
        ("Ukraine's southern defence forces have said 300 Russian soldiers were killed.",
         "Ukraine's southern defence forces"),
        ("Figures previously published by the UN human rights office show 9,000 civilians killed.",
         "UN human rights office"),
        ("According to the data previously provided by the Ukrainian Ministry of Defense, 140,000 "
         "Russian soldiers stand at the border.", "Ukrainian Ministry of Defense"),
    ],
)
def test_attribution_forms(sentence, phrase):
    assert phrase in named(sentence)


def test_headline_form():
    assert named("General Staff: Russia lost 1,020,010 troops", headline=True) == ["General Staff"]
    assert named("Update: Russia lost 300 tanks", headline=True) == []


def test_pronoun_and_generic_subjects():
    (a,) = find_attributions("It only recognizes the deaths of up to 13,000 Ukrainian soldiers.")
    assert a.pronoun
    assert all(a.generic for a in find_attributions("Reports indicate that 1,100 troops die each day."))
    assert all(a.generic for a in find_attributions("Officials said 300 soldiers died."))
    assert all(a.generic for a in find_attributions("A military source said 50 tanks were hit."))


def test_according_to_reports_is_a_hedge_not_a_source():
    assert find_attributions("Over 22,000 tanks were destroyed, according to reports.") == []


@pytest.mark.parametrize(
    "phrase,name",
    [
        ("Ukraine's General Staff", "General Staff of Ukraine"),
        ("General Staff of the Armed Forces of Ukraine", "General Staff of Ukraine"),
        ("the Ukrainian General Staff", "General Staff of Ukraine"),
        ("General Staff of Ukraine’s Armed Forces", "General Staff of Ukraine"),
        ("Ukraine’s military", "Ukrainian Armed Forces"),
        ("Kyiv", "General Staff of Ukraine"),
        ("President Volodymyr Zelensky's forces", "Ukrainian Armed Forces"),
        ("Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("British intelligence", "UK Ministry of Defence"),
        ("the United Kingdom Ministry of Defense", "UK Ministry of Defence"),
        ("Russia's Defence Ministry", "Russian Ministry of Defence"),
        ("Western intelligence agencies", "Western intelligence"),
        ("Pentagon spokesman John Kirby", "US Department of Defense (Kirby)"),
        ("The WHO", "World Health Organization (WHO)"),
    ],
)
def test_canonical_names(phrase, name):
    assert canonical(phrase) == name


def test_a_country_is_its_military_only_for_losses():
    assert canonical("Russia", loss=True) == "Russian Ministry of Defence"
    assert canonical("Russia", loss=False) == "Russian officials"
    assert canonical("Kyiv", loss=False) == "Ukrainian officials"


def test_unknown_and_inner_aliases_keep_the_words():
    assert canonical("Ukraine's culture minister") == "Ukraine's culture minister"
    assert canonical("Estonian Foreign Intelligence Service") == "Estonian Foreign Intelligence Service"
    assert canonical("who") == "who"  # acronyms match as written only


def test_pronouns_of_a_kind():
    refs = Referents()
    assert refs.resolve("It", "Ukrainian General Staff") == "Ukrainian General Staff"
    assert refs.resolve("the ministry", "Russia's Defence Ministry") == "Russia's Defence Ministry"
    assert refs.resolve("the ministry", "Volodymyr Zelensky") is None
    assert refs.resolve("It", None) is None


def test_user_table_extends_and_wins(tmp_path, monkeypatch):
    (tmp_path / "claimants.toml").write_text(
        '[[claimant]]\nname = "Estonian intelligence"\naliases = ["Estonian Foreign Intelligence Service"]\n'
        '[[claimant]]\nname = "Ukrainian General Staff (GS ZSU)"\naliases = ["Ukraine\'s General Staff"]\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("TALLY_CONFIG_DIR", str(tmp_path))
    claimants.reload()
    try:
        assert canonical("Estonian Foreign Intelligence Service") == "Estonian intelligence"
        assert canonical("Ukraine's General Staff") == "Ukrainian General Staff (GS ZSU)"
        assert canonical("British intelligence") == "UK Ministry of Defence"  # the rest stays
    finally:
        claimants.reload()


def test_broken_user_table_is_ignored(tmp_path, monkeypatch):
    (tmp_path / "claimants.toml").write_text("[[claimant]\nname = ", encoding="utf-8")
    monkeypatch.setenv("TALLY_CONFIG_DIR", str(tmp_path))
    claimants.reload()
    try:
        assert canonical("Ukraine's General Staff") == "General Staff of Ukraine"
    finally:
        claimants.reload()


def test_topic_headings_are_not_claimants():
    assert named("**Russia’s Ukraine Invasion: Heavy Losses Mount**", headline=True) == []
    assert named("Estonian Intelligence: Russia lost 300 tanks", headline=True) == ["Estonian Intelligence"]


@pytest.mark.parametrize("sentence", [
    "As added, Americans should leave the country now.",
    "Russia has lost 2,500 tanks, a retired colonel told Sky News Digital Friday.",
])
def test_no_one_named(sentence):
    assert named(sentence) == []


@pytest.mark.parametrize("phrase,name", [
    ("Estonia's Ministry of Defence", "Estonia's Ministry of Defence"),
    ("Polish Ministry of Defence", "Polish Ministry of Defence"),
    ("Estonian General Staff", "Estonian General Staff"),
    ("the Ministry of Defence", "UK Ministry of Defence"),
    ("Russia's Ministry of Defence", "Russian Ministry of Defence"),
    ("Ukraine’s Ministry of Defence", "Ukrainian Ministry of Defence"),
])
def test_a_country_before_a_generic_body_keeps_it_apart(phrase, name):
    assert canonical(phrase) == name


@pytest.mark.parametrize(
    "sentence, phrase",
    [
        # Guardian style: a qualified group of officials is a claimant; bare "officials" is not
        ("Shelling left at least six people dead across the front, regional officials said.", "regional officials"),
        ("Moscow-appointed local authorities said that at least two people were killed.",
         "Moscow-appointed local authorities"),
        # a dash before the verb, and who said it in lower case (translated wire copy)
        ("Debris fell on a village near Sumy, injuring 7 people - said the head of the Sumy administration.",
         "head of the Sumy administration"),
        ("Some 8,000 more Russian troops near Narva was also confirmed by Finland's intelligence.",
         "Finland's intelligence"),
        # a headline that ends with who says it
        ("KREMLIN MASSES 90,000 TROOPS NEAR KHARKIV: SENIOR NATO OFFICIAL", "Senior Nato Official"),
        # a title is not the name
        ("Belarusian Defence Minister Viktor Khrenin said 5,000 troops would stay.", "Viktor Khrenin"),
    ],
)
def test_more_attribution_forms(sentence, phrase):
    assert phrase in named(sentence, headline=True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said 300 soldiers died.",
        "Zelensky, who wants a boycott, said Friday that 200 athletes had died.",  # not "Friday"
        "Russia's Ukraine Invasion: Heavy Losses Mount",  # a topic heading, not a claimant
        "Moscow lost 40 tanks near Vuhledar: a disaster",
    ],
)
def test_no_claimant_from_days_topics_or_bare_officials(sentence):
    got = named(sentence, headline=True)
    assert not any(p in ("Friday", "officials", "Officials", "Heavy Losses Mount", "a disaster") for p in got), got


def test_within_an_article_a_surname_is_the_full_name_written_before():
    from index.extraction.extract import analyse
    from index.model import Article

    text = ("Kallas warns of Russian build-up\n\nEstonian Prime Minister Kaja Kallas spoke in Tallinn on "
            "Monday. Kallas said Russia had massed 30,000 troops near the Baltic states.\n\n"
            "Pope Francis prayed for the victims. The Pope said 40 civilians died in the strike on Uman.")
    art = analyse(Article(file="a.txt", title="t", text=text, published="2024-03-04"))
    got = {f.value: f.claimant for f in art.figures}
    assert got[30000] == "Kaja Kallas" and got[40] == "Pope Francis"


@pytest.mark.parametrize("phrase, name", [
    ("DSNS", "State Emergency Service of Ukraine"),
    ("Ukraine's State Emergency Service", "State Emergency Service of Ukraine"),
    ("Ukraine’s leader", "Volodymyr Zelensky"),
    ("Russia's leader", "Russia's leader"),  # not a Ukrainian alias
])
def test_emergency_service_and_leader_aliases(phrase, name):
    assert canonical(phrase) == name


def test_an_outlet_told_is_not_the_claimant_when_the_speaker_follows_it():
    sentence = ("Russia moved 5,000 more troops to the border - said the Interfax agency a senior "
                "official of the Belarusian administration.")
    assert "Interfax agency" not in named(sentence)
    assert named("Russia moved 5,000 more troops to the border, said the governor of the Kursk region.") \
        == ["Kursk governor"]  # the office of a named region, as the table names offices


def test_a_surname_takes_no_sentence_opening_word_as_its_given_name():
    from index.extraction.extract import analyse
    from index.model import Article

    text = ("Title\n\nYesterday Kallas met Baltic ministers. Kallas said Russia had massed 30,000 troops "
            "near the Baltic states.\n")
    art = analyse(Article(file="a.txt", title="t", text=text, published="2024-03-04"))
    assert [f.claimant for f in art.figures] == ["Kallas"]


@pytest.mark.parametrize("phrase, name", [
    # a person's title names the office he spoke for then, over the one the table knows him by
    ("Pentagon press secretary John Kirby", "US Department of Defense (Kirby)"),
    ("National Security Council spokesman John Kirby", "White House (Kirby)"),
    ("John Kirby", "White House (Kirby)"),
    # a title naming no office of the table keeps the person's
    ("Navy Rear Admiral John Kirby", "White House (Kirby)"),
])
def test_a_title_names_the_office_a_person_spoke_for(phrase, name):
    assert canonical(phrase) == name


@pytest.mark.parametrize("phrase, name", [
    # the occupation authorities by the names articles give them
    ("command of the forces of the Lugansk People's Republic", "Luhansk People's Republic (LPR) authorities"),
    ("Denis Pushilin", "Donetsk People's Republic (DPR) authorities (Pushilin)"),
    ("spokesman for the Moscow-loyal Donetsk administration", "Donetsk People's Republic (DPR) authorities"),
    # spellings of translations
    ("Alexey Arestovich", "Ukrainian Presidential Office (Arestovich)"),
    ("Erik Kristofferson", "Eirik Kristoffersen (Norway)"),
    ("Sir Tony Radakin", "UK Ministry of Defence (Radakin)"),
    ("Ukraine's military intelligence agency", "Ukrainian military intelligence"),
    # Russia's side outside its ministry
    ("Chechen leader Ramzan Kadyrov", "Ramzan Kadyrov (Chechnya)"),
    ("Wagner chief Yevgeny Prigozhin", "Yevgeny Prigozhin (Wagner)"),
    # a city's name alone is nobody
    ("Donetsk", "Donetsk"),
])
def test_more_bodies_and_spellings(phrase, name):
    assert canonical(phrase) == name


def test_a_surname_added_to_the_users_table_is_found_under_another_spelling_after_reload(tmp_path, monkeypatch):
    table = tmp_path / "claimants.toml"
    table.write_text('[[claimant]]\nname = "Kupiansk mayor (Matsehora)"\naliases = ["Matsehora"]\n', encoding="utf-8")
    monkeypatch.setenv("TALLY_CONFIG_DIR", str(tmp_path))
    claimants.reload()
    try:
        assert canonical("Kowalenko") == "Kowalenko"
        table.write_text('[[claimant]]\nname = "Kupiansk mayor (Matsehora)"\naliases = ["Matsehora", "Kovalenko"]\n',
                         encoding="utf-8")
        claimants.reload()
        assert canonical("Kowalenko") == "Kupiansk mayor (Matsehora)"
    finally:
        claimants.reload()

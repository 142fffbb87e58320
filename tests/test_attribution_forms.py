"""Who claims a figure, and over what time, on sentences written for the patterns (not copied from
any article): each pattern in several wordings, and one that must not match it."""

from __future__ import annotations

import pytest

from index.extraction.extract import analyse
from index.extraction.figures import figures_in
from index.model import Article


def figures(text: str, published: str | None = "2025-03-10"):
    art = analyse(Article(file="a.txt", title=text.split("\n", 1)[0], text=text, published=published))
    return {f.value: f for f in art.figures}


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

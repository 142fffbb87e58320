"""The children among a toll are a figure of their own, of the toll's kind: "Three children are
among at least 14 people killed", "Of the 144 injured, 15 were children", "Two children are among
them" after the toll. Children who are not among anyone harmed are not counted as harmed."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, child, toll, metric", [
    ("Strike\nThree children are among at least 14 people killed in Russian strikes on Kyiv, officials said.",
     3, 14, "civilians_killed"),
    ("Strike\nFour minors were among the 23 people wounded when a glide bomb hit Zaporizhzhia, the governor said.",
     4, 23, "civilians_wounded"),
    ("Strike\nOf the 144 injured, 15 were children, according to Interior Minister Ihor Klymenko.",
     15, 144, "civilians_wounded"),
    ("Strike\nTwelve children and 26 other people were hurt when a missile struck Kryvyi Rih, officials said.",
     12, 26, "civilians_wounded"),
    ("Toll\nThe United Nations says 12,500 Ukrainian civilians, 650 children included, have been killed.",
     650, 12500, "civilians_killed"),
])
def test_children_among_a_toll_in_its_sentence(text, child, toll, metric):
    f = figures(text)
    assert f[toll].metric == metric
    assert (f[child].metric, f[child].side, f[child].kind) == (metric, f[toll].side, f[toll].kind)


@pytest.mark.parametrize("text, child, toll, metric", [
    ("Strike\nA missile hit a school in Sumy on Friday, killing nine people, the regional governor said. "
     "Two children are among them.", 2, 9, "civilians_killed"),
    ("Strike\nRussian drones wounded 31 people in Kharkiv overnight, Mayor Ihor Terekhov said. Five of them were "
     "children.", 5, 31, "civilians_wounded"),
])
def test_children_among_a_toll_of_the_sentence_before(text, child, toll, metric):
    f = figures(text)
    assert (f[child].metric, f[child].claimant) == (metric, f[toll].claimant)
    assert f[child].sentence != f[toll].sentence


def test_another_toll_read_from_the_sentence_before_keeps_its_children():
    f = figures("Strike\nRussian shelling killed four people in Kramatorsk, Governor Vadym Filashkin said. "
                "Another 31 were wounded, including 6 children, he said.")
    assert (f[31].metric, f[6].metric) == ("civilians_wounded", "civilians_wounded")


@pytest.mark.parametrize("text, value", [
    ("School\nThe school in Bucha taught 300 children before the war, and 14 people were killed nearby.", 300),
    ("Evacuation\nSeven people were killed in the strike. Officials evacuated 40 children from the town.", 40),
    ("Hospital\nFive people were wounded when two children's hospitals were hit in Kyiv.", 2),
])
def test_children_not_among_the_harmed_are_not_counted_as_harmed(text, value):
    f = figures(text)
    assert value not in f or f[value].metric not in ("civilians_killed", "civilians_wounded")


@pytest.mark.parametrize("text, part, toll, metric", [
    ("Count\nWe have identified the names of 18,012 Russian soldiers killed in Ukraine. Among them are 2,100 "
     "officers, including 19 generals.", 2100, 18012, "personnel_killed"),
    ("Count\nMediazona has confirmed the deaths of 120,000 Russian soldiers, including 4,100 officers and 12,000 "
     "mobilised men.", 4100, 120000, "personnel_killed"),
    ("Count\nThe outlet has counted 51,679 Russian soldiers killed in the war, with over 3,400 officers among them.",
     3400, 51679, "personnel_killed"),
])
def test_officers_among_the_dead_are_dead_soldiers(text, part, toll, metric):
    f = figures(text)
    assert (f[toll].metric, f[part].metric, f[part].side) == (metric, metric, f[toll].side)


def test_generals_among_the_officers_among_the_dead():
    f = figures("Count\nWe have identified the names of 18,012 Russian soldiers killed in Ukraine. Among them are "
                "2,100 officers, including 19 generals.")
    assert f[19].metric == "personnel_killed"


def test_a_force_mobilised_stays_a_force():
    f = figures("Draft\nRussia has mobilised 300,000 men, including 20,000 convicts, for the war in Ukraine.")
    assert f[300000].metric == "troops_deployed"


@pytest.mark.parametrize("text, value, metric", [
    ("Strike\nGovernor Oleh Syniehubov said two people were killed in Kharkiv. 17 others were wounded.", 17,
     "civilians_wounded"),
    ("Strike\nGovernor Oleh Syniehubov said two people were killed in Kharkiv. He said 17 more were wounded.", 17,
     "civilians_wounded"),
    ("Strike\nA drone killed three residents of Kherson on Tuesday. Twelve more were injured, the city's military "
     "administration added.", 12, "civilians_wounded"),
    ("Assault\nRussia lost 40 soldiers near Bakhmut on Sunday. 65 more were wounded, the brigade said.", 65,
     "personnel_wounded"),
])
def test_more_of_the_same_people_harmed_in_the_next_sentence(text, value, metric):
    assert figures(text)[value].metric == metric


@pytest.mark.parametrize("text, part, metric", [
    ("Losses\nThe General Staff said Russia has lost 11,557 tanks, including seven destroyed in the past day.", 7,
     "tanks"),
    ("Losses\nRussia has lost 36,182 artillery systems, with 84 destroyed in the latest update, the General Staff "
     "said.", 84, "artillery"),
    ("Losses\nKyiv said Russia had lost 98,200 drones, including 210 shot down over the past day.", 210, "drones"),
])
def test_the_days_part_of_a_running_total_of_machines(text, part, metric):
    assert figures(text)[part].metric == metric


def test_a_number_with_a_running_total_that_says_no_loss_is_no_part_of_it():
    f = figures("Losses\nRussia has lost 11,557 tanks, with 200 kept in storage, the General Staff said.")
    assert 200 not in f


def test_a_part_from_the_sentence_after_its_toll_keeps_the_articles_offsets():
    from index.extraction.extract import analyse
    from index.model import Article

    text = "Strike\nA missile hit a school in Sumy, killing nine people, the governor said.  Two  children\nare among them."
    art = analyse(Article(file="a.txt", title="Strike", text=text, published="2025-03-10"))
    child = next(f for f in art.figures if f.value == 2)
    assert text[child.start:child.end] == child.text == "Two"
    assert len(child.sentence) == child.sentence_end - child.sentence_start
    assert child.sentence[child.start - child.sentence_start:child.end - child.sentence_start] == "Two"

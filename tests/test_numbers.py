"""Numbers as reporters write them: value, range, qualifier and exact offsets."""

from __future__ import annotations

import pytest

from index.extraction.numbers import find_numbers


def only(text: str):
    nums = find_numbers(text)
    assert len(nums) == 1, [(text[n.start:n.end], n.value) for n in nums]
    n = nums[0]
    return text[n.start:n.end], n.value, n.upper, n.approx


@pytest.mark.parametrize(
    "text,written,value",
    [
        ("Russia has lost 765,110 troops", "765,110", 765110),
        ("some 765 110 soldiers", "765 110", 765110),
        ("lost 1,020.010 troops in Ukraine", "1,020.010", 1020010),
        ("1.2 million people have fled", "1.2 million", 1200000),
        ("half a million battlefield deaths", "half a million", 500000),
        ("a dozen tanks were hit", "a dozen", 12),
        ("Sixty-five soldiers were exchanged", "Sixty-five", 65),
        ("sinking one submarine", "one", 1),
        ("over one hundred thousand soldiers", "one hundred thousand", 100000),
        ("1 million troops killed or wounded", "1 million", 1000000),
        ("a total of 300 thousand reservists", "300 thousand", 300000),
        ("2.5m refugees", "2.5m", 2500000),
    ],
)
def test_values(text, written, value):
    got = only(text)
    assert got[0] == written and got[1] == value


@pytest.mark.parametrize(
    "text,value,upper",
    [
        ("between 70 to 80,000 troops", 70000, 80000),
        ("100,000-150,000 soldiers", 100000, 150000),
        ("between 10,000 and 15,000 troops", 10000, 15000),
        ("10-15 thousand troops", 10000, 15000),
        ("3,000 to 5,000 troops", 3000, 5000),
    ],
)
def test_ranges(text, value, upper):
    _, v, up, _ = only(text)
    assert (v, up) == (value, upper)


def test_and_between_two_figures_is_not_a_range():
    nums = find_numbers("7,650 Russian tanks and 14,786 armored combat vehicles")
    assert [(n.value, n.upper) for n in nums] == [(7650, None), (14786, None)]


@pytest.mark.parametrize(
    "text,approx",
    [
        ("more than 100,000 troops", "over"),
        ("well over 150,000 troops", "over"),
        ("nearly 700 aircraft", "nearly"),
        ("almost 700 aircraft", "nearly"),
        ("is quickly reaching 200,000.", "nearly"),
        ("about 14,000 people", "about"),
        ("around 1,020,010 troops", "around"),
        ("approximately 800 Russians", "approximately"),
        ("an estimated 1,600 casualties", "approximately"),
        ("roughly 300,000 casualties", "roughly"),
        ("at least 57 people", "at least"),
        ("up to 13,000 Ukrainian soldiers", "up to"),
        ("as many as 190,000 Russian troops", "up to"),
        ("fewer than 50 soldiers", "under"),
        ("765,110 troops", None),
    ],
)
def test_qualifiers(text, approx):
    assert only(text)[3] == approx


def test_bulletin_delta_is_its_own_number():
    nums = find_numbers("tanks ‒ 1361 (+3)")
    assert [(n.value, n.delta) for n in nums] == [(1361, False), (3, True)]


@pytest.mark.parametrize(
    "text",
    [
        "tens of thousands of soldiers",
        "hundreds of thousands of troops",
        "thousands of people",
        "several hundred soldiers",
        "dozens of drones",
        "Su-34 and F-16s and MiG-29",
        "the 93rd brigade",
        "at 10:30 local time",
    ],
)
def test_no_value_to_show(text):
    assert find_numbers(text) == []


def test_bare_decimal_is_flagged():
    (n,) = find_numbers("a 3.5 rating")
    assert n.decimal


@pytest.mark.parametrize("text", ["", "   ", "\x00\x00", "+", "1,", ",1", "-1-2-3-", "½", "9" * 400])
def test_never_raises(text):
    find_numbers(text)


def test_year_and_change_are_not_ranges():
    text = "losses since February 2022 to 796,000"
    assert [(text[n.start:n.end], n.upper) for n in find_numbers(text)] == [("2022", None), ("796,000", None)]
    text = "the toll rose from 100 to 150"
    assert [(n.value, n.upper) for n in find_numbers(text)] == [(100, None), (150, None)]

"""A list of losses set out an item a line under its lead ("Russian forces have lost
approximately:" then "• 23,904 armored fighting vehicles") counts what the lead says was lost,
with the lead's side and source; a line of prose that opens with a number is no item."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures

LEAD = "Losses\nAccording to the General Staff, Russian forces have lost approximately:\n"


@pytest.mark.parametrize("bullet", ["  • ", "- ", "* ", "– ", ""])
def test_each_line_of_the_list_is_a_loss_of_the_lead_s_side_and_source(bullet):
    f = figures(LEAD + "".join(f"{bullet}{line}\n" for line in (
        "11,557 tanks", "23,904 armored fighting vehicles", "1,611 multiple-launch rocket systems",
        "434 aircraft and 347 helicopters")))
    assert {v: f[v].metric for v in (23904, 1611, 434, 347)} == {
        23904: "armored_vehicles", 1611: "mlrs", 434: "aircraft", 347: "helicopters"}
    assert {f[v].side for v in (11557, 23904, 347)} == {"russia"}
    assert {f[v].claimant for v in (11557, 23904, 347)} == {"General Staff of Ukraine"}


def test_the_list_goes_on_from_an_item_with_a_verb_of_its_own():
    f = figures("Losses\nThe ministry said that in the past week Ukrainian units had lost the following:\n"
                "• 41 tanks destroyed near Avdiivka\n• 112 armoured vehicles\n• 9 aircraft\n")
    assert (f[112].metric, f[112].side, f[9].metric) == ("armored_vehicles", "ukraine", "aircraft")


def test_a_list_of_what_was_sent_is_no_list_of_losses():
    f = figures("Aid\nThe package delivered to Kyiv includes:\n• 31 Abrams tanks\n• 60 Bradley vehicles\n")
    assert 31 not in f and 60 not in f


def test_a_sentence_of_prose_after_the_list_is_no_item():
    f = figures(LEAD + "• 11,557 tanks\n• 23,904 armored fighting vehicles\n"
                "200 people attended the memorial in Lviv.\n")
    assert 200 not in f


@pytest.mark.parametrize("text", [
    "Losses\nThe statement added that the Russian military's estimated casualties included 14 fighter jets, "
    "8 helicopters and 102 tanks.",
    "Losses\nRussian casualties so far comprise 102 tanks and 14 fighter jets, the General Staff said.",
])
def test_machines_among_an_army_s_casualties_are_losses(text):
    f = figures(text)
    assert (f[102].metric, f[14].metric) == ("tanks", "aircraft")


def test_machines_sent_beside_casualties_are_not_losses():
    f = figures("Aid\nGermany delivered 14 Leopard tanks last month as Ukraine's casualties mounted.")
    assert 14 not in f

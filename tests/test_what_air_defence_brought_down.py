"""What a night's air defence brought down: the part of a launched count shot down ("six
missiles, three of which were shot down", "43 of them"), "144 targets" downed (`other`), lists
after "shoots down", missiles "fired by Russia", and a count opening a clause ("While 183 drones
were intercepted, ..."). A launched count, or the part that hit, is no loss."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, metric", [
    ("Night\nRussia fired six missiles at Kremenchuk, three of which were shot down, the governor said.", 3,
     "cruise_missiles"),
    ("Night\nThe air force said Russia had launched 34 missiles overnight, of which 21 had been shot down.", 21,
     "cruise_missiles"),
    ("Night\nRussia fired 81 cruise missiles, and Ukraine's air defences shot down 43 of them.", 43,
     "cruise_missiles"),
    ("Night\nMoscow launched 60 Shahed drones, 52 of which were destroyed over the south.", 52, "drones"),
    ("Night\nThe air force said Ukrainian defenders downed 144 targets.", 144, "other"),
    ("Night\nUkraine shoots down 296 drones and 7 missiles", 7, "cruise_missiles"),
    ("Night\nThe air force has intercepted 31 missiles fired by Russia toward the capital.", 31, "cruise_missiles"),
    ("Night\nWhile 183 drones were intercepted, ten missiles reached their targets, the air force said.", 183,
     "drones"),
])
def test_what_air_defence_brought_down(text, value, metric):
    f = figures(text)[value]
    assert (f.metric, f.side) == (metric, "russia")


@pytest.mark.parametrize("text, value", [
    ("Night\nRussia fired six missiles at Kremenchuk, three of which were shot down, the governor said.", 6),
    ("Night\nRussia launched 40 drones at Odesa, of which 12 hit the port.", 12),
    ("Strikes\nUkrainian forces struck 20 targets in Crimea overnight.", 20),
])
def test_what_was_launched_or_hit_is_no_loss(text, value):
    assert value not in figures(text)


def test_drones_with_no_side_take_the_side_of_the_articles_other_drones():
    f = figures("Night\nUkraine's air force said it shot down 58 Russian drones overnight.\n\nIn the south, 406 drones "
                "and nine missiles were intercepted over two nights, it said.")
    assert (f[406].side, f[9].side) == ("russia", "russia")

"""Missiles the vocabulary has no metric for (ballistic, hypersonic, Kinzhal, Iskander,
Tochka-U, ATACMS) are `other`; cruise missiles, and missiles of no named type, stay
`cruise_missiles`."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value", [
    ("Night\nUkraine's air force said it shot down six Russian Kinzhal hypersonic missiles and nine Kalibr cruise "
     "missiles overnight.", 6),
    ("Night\nAir defence forces shot down two cruise missiles, three ballistic missiles and 37 drones.", 3),
    ("Night\nRussia's defence ministry said 14 drones and four Tochka-U missiles were shot down over the Kursk "
     "region.", 4),
    ("Night\nRussian air defences intercepted five ATACMS missiles over Crimea, the ministry said.", 5),
])
def test_missiles_that_are_not_cruise_missiles_are_other(text, value):
    assert figures(text)[value].metric == "other"


@pytest.mark.parametrize("text, value", [
    ("Night\nUkraine's air force said it shot down six Russian Kinzhal hypersonic missiles and nine Kalibr cruise "
     "missiles overnight.", 9),
    ("Night\nAir defences intercepted 14 missiles and 50 drones, the air force said.", 14),
])
def test_cruise_missiles_and_missiles_of_no_type_stay_cruise_missiles(text, value):
    assert figures(text)[value].metric == "cruise_missiles"

"""Aircraft, drones and missiles "brought down" are shot down, in any tense ("have brought down
278 Russian aircraft", "air defences brought down 40 drones", "bringing down 12 missiles").
Sentences written for the pattern, with ones that must not match."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, metric", [
    ("Ukrainian troops have brought down 278 Russian aircraft in the eight months of war.", 278, "aircraft"),
    ("Air defences brought down 40 drones overnight, the air force said.", 40, "drones"),
    ("Its gunners were credited with bringing down 12 Russian helicopters near Kharkiv.", 12, "helicopters"),
])
def test_brought_down_is_shot_down(text, value, metric):
    assert figures("Title\n" + text)[value].metric == metric


@pytest.mark.parametrize("text", [
    "The storm brought down power lines, leaving 300 homes without power.",
    "The ministry said prices were brought down by 20 percent this year.",
])
def test_brought_down_without_a_weapon_is_no_figure(text):
    assert figures("Title\n" + text) == {}

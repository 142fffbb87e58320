"""People driven from their homes in other words: "8 million have become IDPs and 6.5 million left
Ukraine as refugees", "3.5 million people left homeless by Russian shelling". Tourists who left
are no one displaced."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_become_idps_and_left_ukraine_count_the_displaced():
    f = figures("Displaced\n8 million have become IDPs and 6.5 million left Ukraine as refugees.\n\n"
                "Around 5.9 million Ukrainians have left Ukraine since the invasion.\n\n"
                "More than 3.5 million people were left homeless by Russian shelling.")
    assert {f[v].metric for v in (8_000_000, 6_500_000, 5_900_000, 3_500_000)} == {"civilians_displaced"}


def test_tourists_who_left_are_not_displaced():
    f = figures("Travel\nTwo million tourists left Ukraine last year.")
    assert 2_000_000 not in f

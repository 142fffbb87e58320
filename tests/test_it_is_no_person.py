""""It said" refers to a body, never to a person or the office one person holds. After a
governor's toll, "It stated it shot down 33 missiles" is not the governor's, and not a body named
before him either: a reader cannot tell which, so no claimant is given."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_it_after_a_governor_is_not_the_governor():
    f = figures("Odesa\nTwo people were killed, Governor Oleh Kiper said. It added that 12 drones were shot down.")
    assert f[2].claimant == "Odesa governor (Kiper)"
    assert f[12].claimant is None


def test_it_after_a_governor_is_not_a_body_named_before_him():
    f = figures("Kyiv\nRussia's defence ministry said it destroyed 40 Ukrainian drones over Bryansk. Russian missiles "
                "killed two people in the region, Kyiv regional governor Mykola Kalashnyk said. It stated it shot down "
                "33 missiles and 274 drones.")
    assert f[40].claimant == "Russian Ministry of Defence"
    assert f[2].claimant == "Kyiv governor (Kalashnyk)"
    assert f[33].claimant is None and f[274].claimant is None


def test_it_after_a_body_is_that_body():
    f = figures("Kharkiv\nThe Kharkiv regional administration said two people were killed. It added that 12 drones "
                "were shot down.")
    assert f[12].claimant == "Kharkiv regional administration"

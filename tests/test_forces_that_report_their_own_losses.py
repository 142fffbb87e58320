"""Troops that "have reported" casualties suffered them: the one who says so is named elsewhere in
the sentence ("according to the British defence ministry"), and the losses are the troops' own.
Forces that report the other side's casualties still claim them."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_forces_that_reported_casualties_suffered_them():
    f = figures("Kursk\nNorth Korean forces have reported more than 5,000 casualties in the Kursk region, "
                "according to a report from the British defense ministry.\n\n"
                "Ukrainian units have reported heavy losses, with 300 soldiers killed, according to the Pentagon.")
    assert (f[5000].side, f[5000].claimant) == ("russia", "UK Ministry of Defence")
    assert (f[300].side, f[300].claimant) == ("ukraine", "US Department of Defense")


def test_forces_that_report_the_enemys_casualties_claim_them():
    f = figures("Avdiivka\nRussian forces reported 300 Ukrainian casualties near Avdiivka.\n\n"
                "The Russian military reported 200 casualties among Ukrainian troops.")
    assert (f[300].side, f[300].claimant) == ("ukraine", "Russian Ministry of Defence")
    assert (f[200].side, f[200].claimant) == ("ukraine", "Russian Ministry of Defence")

"""A profession's dead and hurt counted "so far" or "as of" a day (journalists, medics, athletes,
priests) are a running total over the war, however few; a few people "so far" in one strike are
that strike's."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_a_professions_few_dead_so_far_are_a_running_total():
    f = figures("Press\nAccording to the Institute of Mass Information, as of April 24, seven journalists had been "
                "killed while carrying out their professional duty, nine had been injured.\n\n"
                "So far, 12 health workers have been killed.")
    assert f[7].kind == f[9].kind == f[12].kind == "cumulative"


def test_a_few_dead_so_far_in_one_strike_are_the_strikes():
    f = figures("Kharkiv\nSo far, four people have died in the strike on Kharkiv.\n\n"
                "In total, three rescuers were killed in the repeat strike.")
    assert f[4].kind == f[3].kind == "other"

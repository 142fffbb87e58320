"""A description refers back only to a claimant it fits: "the interior ministry" is not the
defence ministry named before, "the thinktank" is a think tank, "the minister" the minister
who spoke; a ministry nobody named is its country's when it reports that country's civilian
dead. Sentences written for each pattern, with ones that must not match."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("before, sentence, value", [
    ("Russia's defence ministry said its forces had taken a village.",
     "Seven people were killed and 90 wounded when a Russian missile struck a square in Chernihiv, the interior "
     "ministry said.", 7),
    ("The Russian Defence Ministry claimed new gains near Pokrovsk.",
     "Four civilians died in the shelling of Kherson, according to the interior ministry.", 4),
])
def test_the_interior_ministry_is_not_the_defence_ministry(before, sentence, value):
    f = figures(f"Title\n{before}\n\n{sentence}")
    assert f[value].claimant == "Ukrainian Interior Ministry"


def test_a_ministry_whose_portfolio_fits_still_refers_back():
    f = figures("Title\nThe Russian Ministry of Defence gave its weekly update on Friday.\n\n"
                "Ukraine lost 1,200 servicemen in the Kupiansk area, the defence ministry said.")
    assert f[1200].claimant == "Russian Ministry of Defence"


def test_a_health_ministry_reporting_russian_civilians_is_russias():
    f = figures("Title\nThree civilians were killed in Ukrainian shelling of Belgorod, the health ministry said.")
    assert f[3].claimant == "Russian Health Ministry"


def test_an_unnamed_ministry_counting_soldiers_stays_unnamed():
    assert figures("Title\nThe ministry said 40 Ukrainian soldiers were killed.")[40].claimant is None


@pytest.mark.parametrize("sentence", [
    "The Washington-based thinktank estimates Russian forces have suffered around 1.2 million casualties.",
    "According to the thinktank, Russian forces have suffered around 1.2 million casualties.",
])
def test_the_thinktank_is_the_think_tank_named_before(sentence):
    f = figures("Title\nThe Center for Strategic and International Studies published a study on Tuesday.\n\n"
                f"{sentence}")
    assert f[1200000].claimant == "CSIS"


def test_a_thinktank_nobody_named_is_no_one():
    f = figures("Title\nThe Washington-based thinktank estimates Russian forces have suffered around 1.2 million "
                "casualties.")
    assert f[1200000].claimant is None


def test_the_minister_is_the_minister_who_spoke():
    f = figures('Title\n"The enemy keeps losing," Russian Defence Minister Sergei Shoigu told a meeting of '
                "officials.\n\nIn total, Ukraine has lost more than 444,000 soldiers since the beginning of the "
                "special military operation in 2022, the minister added.")
    assert f[444000].claimant == "Russian Ministry of Defence (Shoigu)"
    assert f[444000].kind == "cumulative"


@pytest.mark.parametrize("sentence", [
    "Out of those, 2,116 casualties, with 483 killed and 1,633 wounded, were registered on the territories "
    "controlled by Russian troops, the UN human rights body said.",
    "The U.N. human rights office said 483 people were killed and 1,633 wounded in the occupied territories.",
])
def test_the_un_human_rights_body_counts_civilians(sentence):
    f = figures(f"Title\n{sentence}")
    assert f[483].claimant == "UN OHCHR (HRMMU)"
    assert f[483].metric == "civilians_killed" and f[1633].metric == "civilians_wounded"

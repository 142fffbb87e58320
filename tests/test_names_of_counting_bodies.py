"""Bodies that count one group of the war's dead, by one name whatever the spelling: the
journalists' organisations (RSF, CPJ, IMI, IFJ) and South Korea's Joint Chiefs of Staff, which
counts North Korea's soldiers (not the US Joint Chiefs)."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_a_journalists_body_is_one_name_by_its_initials_or_in_full():
    f = figures("Journalists\nAccording to RSF, three journalists were killed in Ukraine in 2025.\n\n"
                "Reporters Without Borders said 13 reporters have been killed since 2022.\n\n"
                "The Committee to Protect Journalists said 15 journalists were killed.\n\n"
                "The IMI recorded that 124 media workers were killed since the invasion.")
    assert f[3].claimant == f[13].claimant == "Reporters Without Borders (RSF)"
    assert f[15].claimant == "Committee to Protect Journalists (CPJ)"
    assert f[124].claimant == "Institute of Mass Information (IMI)"


def test_seouls_joint_chiefs_are_not_the_pentagons():
    f = figures("North Korea\nSouth Korea's Joint Chiefs of Staff (JCS) reported on Monday that around 1,100 "
                "North Korean soldiers have been killed or injured.\n\n"
                "Seoul\u2019s Joint Chiefs of Staff said about 300 North Korean troops died.\n\n"
                "The Joint Chiefs of Staff chairman, Gen. Mark Milley, said 100,000 Russian soldiers were killed "
                "or wounded.")
    assert f[1100].claimant == f[300].claimant == "South Korean Joint Chiefs of Staff (JCS)"
    assert f[100000].claimant == "US Department of Defense (Milley)"

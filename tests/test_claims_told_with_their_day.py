"""A possessive claim told with its day ("Ukraine's admission last weekend that it had lost
31,000 troops", "Moscow's claim on Monday that 2,000 ...") is the claim of its owner, beside
another's claim in the same sentence; a claim of no one named stays no one's. Sentences written
for the pattern."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_each_owner_keeps_its_claim_when_a_day_comes_between():
    found = figures("Claims\nRussia's claims that Ukraine has lost over 444,000 personnel is wildly above Ukraine's "
                    "admission last weekend that it had lost 31,000 troops in the war so far.")
    assert found[444000].claimant == "Russian Ministry of Defence"
    assert found[31000].claimant == "Ukrainian officials"
    assert figures("Claims\nKyiv dismissed Moscow's claim on Monday that 2,000 Ukrainian soldiers had been killed near "
                   "Pokrovsk.")[2000].claimant == "Russian Ministry of Defence"


def test_an_admission_of_no_one_named_is_no_one_s():
    assert figures("Claims\nThe general's admission this week that 500 soldiers died shocked the country.")[500] \
        .claimant is None

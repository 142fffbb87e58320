"""A person the alias table knows, under another transliteration or a machine translation's
misspelling: "Oleh Sinehubov" is the Kharkiv governor the table spells Syniehubov, "Millie" is
General Milley. Names that sound alike for two different claimants, short names and names the
table does not know stay as written."""

from __future__ import annotations

import pytest

from index.extraction.aliases import canonical
from index.extraction.transliteration import respelled, sound_table
from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, who", [
    ("Kharkiv\nThe shelling of a residential area killed seven people and wounded 34, according to regional Gov. "
     "Oleh Sinehubov.", 34, "Kharkiv governor (Syniehubov)"),
    ("Milley\nAbout 40,000 civilians were also killed or wounded in the war, Milly said.", 40000, "Milley"),
    ("Zelensky\nPresident Volodimir Zelinskyy said 137 civilians were killed on the first day.", 137, "Zelensky"),
])
def test_a_known_person_under_another_spelling_is_that_person(text, value, who):
    assert who in (figures(text)[value].claimant or "")


@pytest.mark.parametrize("phrase", ["Lisa Smith", "Petro Kovalenko", "Kahle"])
def test_a_name_the_table_does_not_know_is_kept(phrase):
    assert canonical(phrase) == phrase


def test_spellings_of_two_claimants_that_sound_alike_match_neither():
    table = sound_table({"Petrenko": "Kyiv mayor (Petrenko)", "Petrynko": "Lviv mayor (Petrynko)",
                         "Syniehubov": "Kharkiv governor (Syniehubov)", "Sinegubov": "Kharkiv governor (Syniehubov)"})
    assert respelled("Oleh Petrenko", table) is None and respelled("Mayor Petrinko", table) is None
    assert respelled("Oleh Sinehubov", table) == "Oleh Syniehubov"

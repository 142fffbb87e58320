"""A list whose lines match one General Staff bulletin is that bulletin: its other lines, a
day's count the record does not hold as written or a count too small to match alone, are the
General Staff's too. A list with fewer matching lines, or a line outside the list, is left
alone. The lines are the bulletin of 30 June 2025 (`index/checking/data/genstaff_daily.csv`),
written here as a copying site sets them."""

from __future__ import annotations

from index.extraction.extract import analyse
from index.model import Article

GS = "General Staff of Ukraine"


def _figures(lines: list[str]) -> list:
    text = "Russian losses as of June 30\n" + "\n".join(lines)
    art = analyse(Article(file="a.txt", title="Russian losses as of June 30", text=text, published="2025-06-30"))
    return art.figures


def _by_line(figs, start: str, value: int):
    return next(f for f in figs if f.sentence.startswith(start) and f.value == value)


def test_the_lines_between_matching_lines_are_the_bulletins():
    figs = _figures(["Tanks — 10980 (+5)", "Armoured vehicles — 22922", "Artillery systems — 29718",
                     "Submarines — 1", "Anti-aircraft warfare — 1190", "Special equipment — 3921"])
    assert _by_line(figs, "Tanks", 10980).claimant == GS
    # the day's five tanks are not the record's four: the list still says whose they are
    assert _by_line(figs, "Tanks", 5).claimant == GS
    assert _by_line(figs, "Submarines", 1).claimant == GS
    aa = _by_line(figs, "Anti-aircraft", 1190)
    assert (aa.metric, aa.claimant) == ("air_defense", GS)


def test_a_list_with_too_few_matching_lines_is_left_alone():
    figs = _figures(["Tanks — 10980 (+5)", "Armoured vehicles — 22922", "Submarines — 1"])
    assert _by_line(figs, "Submarines", 1).claimant is None
    assert _by_line(figs, "Tanks", 5).claimant is None

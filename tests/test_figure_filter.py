"""The figures pane's filter on figures alone: what a claimant, a value range or a search
query's figure terms let through, and how the filter reads in the pane's title."""

from __future__ import annotations

from index.model import Figure
from tui.figure_filter import FigureFilter, from_query


def fig(value, claimant="UK Ministry of Defence", metric="personnel_killed", side="russia",
        kind="cumulative"):
    return Figure(file="a.txt", value=value, upper=None, approx=None, metric=metric,
                  side=side, claimant=claimant, kind=kind, as_of=None, text=str(value),
                  start=0, end=1, sentence="", sentence_start=0, sentence_end=1)


FIGURES = [fig(450_000), fig(1_000, kind="daily"), fig(7_650, metric="tanks"),
           fig(198_000, claimant="Volodymyr Zelensky"), fig(4_200, claimant=None, side=None)]


def values(f: FigureFilter) -> list[int]:
    return [x.value for x in f.apply(FIGURES)]


def test_a_claimant_is_found_by_its_words_in_any_case():
    assert values(FigureFilter(claimants=("uk ministry",))) == [450_000, 1_000, 7_650]
    assert values(FigureFilter(claimants=("zelensky", "defence"))) == [450_000, 1_000, 7_650,
                                                                       198_000]


def test_fields_combine_and_a_value_range_is_inclusive():
    f = FigureFilter(claimants=("UK",), metric="personnel", kind="cumulative", low=1_000,
                     high=450_000)
    assert values(f) == [450_000]
    assert values(FigureFilter(side="none")) == [4_200]
    assert not FigureFilter() and values(FigureFilter()) == [f.value for f in FIGURES]


def test_the_filter_reads_in_words():
    f = FigureFilter(claimants=("UK Ministry of Defence",), side="russia", low=1_000)
    assert f.describe() == "claimant UK Ministry of Defence · side russia · value ≥ 1,000"
    assert f.slug() == "uk-ministry-of-defence-russia"


def test_a_querys_figure_terms_become_a_filter():
    assert values(from_query('claimant:"Zelensky" Bakhmut')) == [198_000]
    assert values(from_query("value:>100000")) == [450_000, 198_000]
    assert values(from_query("value:[1,000 to 8000] metric:tanks")) == [7_650]
    assert values(from_query("claimant:Zelensky OR claimant:defence")) == [
        450_000, 1_000, 7_650, 198_000]
    assert not from_query("Bakhmut NOT claimant:Zelensky")
    assert not from_query("Bakhmut")

"""The per-source timeline, as an analyst reads it: one line per claimant and kind, in date
order, undated claims last, estimates marked, daily counts never joined to running totals."""

from index.model import Figure
from index.timeline import timeline


def fig(value, claimant="General Staff of Ukraine", as_of=None, kind="cumulative",
        metric="personnel_killed", side="russia", file="a.txt", start=0, estimate=None):
    text = f"{value:,}"
    return Figure(file=file, value=value, upper=None, approx=None, metric=metric, side=side,
                  claimant=claimant, kind=kind, as_of=as_of, text=text, start=start,
                  end=start + len(text), sentence=f"... {text} ...", sentence_start=0,
                  sentence_end=10, as_of_estimate=estimate)


def test_one_series_per_claimant_in_date_order_with_undated_last():
    figures = [
        fig(200_000, as_of="2023-05-01", file="b.txt"),
        fig(150_000, as_of="2023-01-10", file="a.txt"),
        fig(999, as_of=None, file="c.txt"),
        fig(180_000, claimant="UK Ministry of Defence", as_of="2023-03-01"),
    ]
    series = timeline(figures, {})
    staff = next(s for s in series if s.source == "General Staff of Ukraine")
    assert [p.value for p in staff.points] == [150_000, 200_000, 999]
    assert staff.points[-1].as_of is None
    assert {s.source for s in series} == {"General Staff of Ukraine", "UK Ministry of Defence"}
    assert series[0].source == "General Staff of Ukraine"  # the better-documented source first


def test_daily_and_cumulative_figures_are_never_in_one_series():
    figures = [fig(133_190, as_of="2023-02-14"), fig(1_030, as_of="2023-02-14", kind="daily")]
    series = timeline(figures, {})
    assert sorted((s.kind, [p.value for p in s.points]) for s in series) == [
        ("cumulative", [133_190]), ("daily", [1_030])]


def test_estimated_dates_are_used_but_marked():
    series = timeline([fig(100, estimate="2023-02-20"), fig(50, as_of="2023-02-25")], {})
    points = series[0].points
    assert [(p.value, p.as_of, p.estimated) for p in points] == [
        (100, "2023-02-20", True), (50, "2023-02-25", False)]


def test_group_metric_side_filter_and_other_metrics_left_out():
    figures = [
        fig(1, metric="personnel_casualties", as_of="2023-01-01"),
        fig(2, metric="personnel_killed", as_of="2023-01-02"),
        fig(3, metric="tanks", as_of="2023-01-03"),
        fig(4, side="ukraine", as_of="2023-01-04"),
    ]
    series = timeline(figures, {}, metric="personnel", side="russia")
    assert [p.value for s in series for p in s.points] == [1, 2]
    assert [p.metric for p in series[0].points] == ["personnel_casualties", "personnel_killed"]
    assert [p.value for s in timeline(figures, {}, metric="tanks") for p in s.points] == [3]
    everyone = timeline(figures, {}, side=None)
    assert {s.side for s in everyone} == {"russia", "ukraine"}


def test_grouping_by_outlet_and_unattributed_sources():
    figures = [fig(1, file="x.txt", claimant=None), fig(2, file="y.txt"), fig(3, file="z.txt")]
    outlets = {"x.txt": "Kyiv Independent", "y.txt": "Kyiv Independent", "z.txt": None}
    by_outlet = {s.source: [p.value for p in s.points]
                 for s in timeline(figures, outlets, by="outlet")}
    assert by_outlet == {"Kyiv Independent": [1, 2], "unknown outlet": [3]}
    by_claimant = {s.source: [p.value for p in s.points] for s in timeline(figures, outlets)}
    assert by_claimant["unattributed"] == [1]
    assert timeline(figures, outlets, by="outlet")[-1].source == "unknown outlet"
    assert timeline(figures, outlets)[-1].source == "unattributed"
    # an unknown outlet comes after the named ones even when it has the most figures
    many = figures + [fig(4, file="z.txt", start=9), fig(5, file="z.txt", start=19)]
    assert [s.source for s in timeline(many, outlets, by="outlet")] == [
        "Kyiv Independent", "unknown outlet"]


def test_points_carry_what_the_reader_needs_to_jump_to_the_sentence():
    point = timeline([fig(765_110, as_of="2024-12-16", file="d/e.txt", start=512)], {})[0].points[0]
    assert (point.file, point.start, point.end, point.sentence) == (
        "d/e.txt", 512, 519, "... 765,110 ...")


def test_counts_of_officers_form_series_of_their_own():
    sentence = "Two colonels, three lieutenants and 12 officers were killed, and 300,000 troops."
    def at(text, value):
        start = sentence.index(text)
        return Figure(file="a.txt", value=value, upper=None, approx=None,
                      metric="personnel_killed", side="russia", claimant="BBC",
                      kind="cumulative", as_of="2023-07-11", text=text, start=start,
                      end=start + len(text), sentence=sentence, sentence_start=0,
                      sentence_end=len(sentence))
    series = timeline([at("Two", 2), at("12", 12), at("300,000", 300_000)], {})
    ranks = [s for s in series if s.ranks]
    assert [p.value for s in ranks for p in s.points] == [2, 12]
    assert [p.value for s in series if not s.ranks for p in s.points] == [300_000]


def test_metrics_present_offers_only_what_the_library_has():
    from index.timeline import metrics_present
    figures = [fig(1, metric="personnel_killed"), fig(2, metric="tanks")]
    assert metrics_present(figures) == ["personnel", "personnel_killed", "tanks"]

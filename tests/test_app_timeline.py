"""The timeline as a fact-checker reads it: which count each point is, one mark per claim in
a colour and marker of its own, the legend beside the plot, and a chart that can be read at
80x24 without zooming."""

from __future__ import annotations

from textual_hires_canvas import Canvas

from index.timeline import Reference
from tests.app_helpers import run_async, settle
from tests.fake_library import SAMPLES, FakeLibrary
from tui.app import TallyApp
from tui.panes.timeline_pane import TimelinePane


def cells(pane: TimelinePane, column: int) -> list[str]:
    table = pane.query_one("#timeline-list")
    return [str(table.get_row_at(i)[column]) for i in range(table.row_count)]


def plot_text(pane: TimelinePane) -> str:
    canvas = pane.query_one("#chart-plot #plot", Canvas)
    return "\n".join(canvas.render_line(y).text for y in range(canvas.size.height))


def legend(pane: TimelinePane) -> str:
    return str(pane.query_one("#chart-legend").render())


async def open_timeline(pilot) -> TimelinePane:
    await settle(pilot)
    await pilot.press("t")
    await settle(pilot)
    return pilot.app.query_one(TimelinePane)


@run_async
async def test_each_point_says_whether_it_counts_deaths_or_killed_and_wounded():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(160, 48)) as pilot:
        pane = await open_timeline(pilot)
        table = pane.query_one("#timeline-list")
        assert [str(c.label) for c in table.columns.values()][3] == "counts"
        values, counts = cells(pane, 2), cells(pane, 3)
        assert counts[values.index("133,190")] == "killed"
        assert counts[values.index("765,110")] == "killed+wounded"
        # the legend names both counts of the General Staff, each with its own marker
        text = legend(pane)
        assert "killed+wounded · 3 claims" in text and "killed · 1 claim" in text


@run_async
async def test_every_line_has_its_own_colour_and_marker_and_one_mark_per_claim():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(160, 48)) as pilot:
        pane = await open_timeline(pilot)
        looks = [(line.colour, line.marker) for line in pane.lines]
        assert len(looks) >= 4 and len(set(looks)) == len(looks)
        assert len({m for _, m in looks}) == len(looks)
        drawn = plot_text(pane)
        # the General Staff's killed-and-wounded line: 3 dated claims, 2 on one date
        gs = pane.lines[0]
        assert gs.series.source == "General Staff of Ukraine" and len(gs.points) == 3
        assert 1 <= drawn.count(gs.marker) <= 3  # marks, not a staircase of markers
        assert any(ch in drawn for ch in "⠁⠂⠄⡀⠈⠐⠠⢀⣀⠤⠒⠉")  # joined by a thin braille line
        # the legend sits beside the plot, not over it
        plot, box = pane.query_one("#chart-plot"), pane.query_one("#chart-legend")
        assert box.region.x >= plot.region.right
        assert "General Staff of Ukraine" in legend(pane)
        assert "General Staff" not in drawn


@run_async
async def test_cumulative_and_daily_are_never_on_one_axis():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(160, 48)) as pilot:
        pane = await open_timeline(pilot)
        assert pane.shown_scale() == "cumulative"
        assert all(line.series.kind == "cumulative" for line in pane.lines)
        await pilot.press("d")
        await settle(pilot)
        assert pane.shown_scale() == "daily"
        assert {line.series.kind for line in pane.lines} == {"daily"}
        assert "daily" in str(pane.query_one("#timeline-title").render())


@run_async
async def test_a_metric_without_figures_says_so_and_m_offers_only_metrics_the_library_has():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(160, 48)) as pilot:
        pane = await open_timeline(pilot)
        assert pane.metrics[0] == "personnel" and "tanks" in pane.metrics
        assert "submarines" not in pane.metrics and "helicopters" not in pane.metrics
        seen = []
        for _ in range(len(pane.metrics)):
            await pilot.press("m")
            await settle(pilot)
            seen.append(pane.metric)
        assert sorted(seen) == sorted(pane.metrics)
        pane.side = "both"
        pane.metric = "tanks"
        app.action_load_timeline()
        await settle(pilot)
        message = pane.query_one("#chart-message")
        assert message.display and "No tanks figures (both)" in str(message.render())
        assert not pane.query_one("#chart-plot").display


@run_async
async def test_with_all_sides_the_legend_says_whose_losses():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(160, 48)) as pilot:
        pane = await open_timeline(pilot)
        for _ in range(3):
            await pilot.press("s")
        await settle(pilot)
        assert pane.side is None
        text = legend(pane)
        assert "russia · killed+wounded" in text


@run_async
async def test_a_reference_series_is_drawn_as_a_line_of_its_own_with_its_label():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(160, 48)) as pilot:
        pane = await open_timeline(pilot)
        before = plot_text(pane)
        pane.set_reference(Reference("Official daily record", [
            ("2023-02-24", 146_000), ("2023-12-01", 330_000), ("2024-12-16", 770_000)]))
        await settle(pilot)
        assert legend(pane).startswith("⠒⠒ Official daily record")
        assert plot_text(pane) != before
        # a reference of another kind stays off the cumulative chart
        pane.set_reference(Reference("Daily", [("2024-12-16", 1_600)], kind="daily"))
        await settle(pilot)
        assert "Daily" not in legend(pane)


@run_async
async def test_at_80x24_the_chart_is_drawn_full_height_or_not_at_all():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(80, 24)) as pilot:
        await open_timeline(pilot)
        chart = app.query_one("#timeline-chart")
        assert chart.display and chart.size.height >= 8
        # back in the bottom pane there is no room for a chart: the list alone, and the
        # title says how to get the chart back
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen.maximized is None
        assert app.query_one("#timeline").display
        assert chart.size.height == 0 or not chart.display
        table = app.query_one("#timeline-list")
        assert table.size.height >= 4
        assert "z zoom" in str(app.query_one("#timeline-title").render())
        # and z zooms the whole timeline (chart and list), not the list alone
        await pilot.press("z")
        await settle(pilot)
        assert app.screen.maximized is app.query_one(TimelinePane)
        assert chart.size.height >= 8


@run_async
async def test_at_80x24_the_timeline_list_names_the_columns_off_screen():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(80, 24)) as pilot:
        pane = await open_timeline(pilot)
        table = pane.query_one("#timeline-list")
        drawn = ["".join(seg.text for seg in table.render_line(y)) for y in range(1, 6)]
        assert any("killed+wounded" in line for line in drawn)
        hidden = pane.border_subtitle
        assert "→" not in str(hidden) or "kind" in str(hidden)


class LibraryWithRecord(FakeLibrary):
    """A library whose checks know the General Staff's daily record (of Russia's losses)."""

    def official_series(self, metric, side):
        return [("2023-02-07", 133_190), ("2024-12-17", 765_110)] if side in ("russia", None) else []


@run_async
async def test_the_official_record_is_drawn_when_its_metric_and_side_are_shown():
    app = TallyApp(SAMPLES, LibraryWithRecord())
    async with app.run_test(size=(160, 48)) as pilot:
        pane = await open_timeline(pilot)
        assert pane.reference is not None and len(pane.reference.points) == 2
        assert "General Staff's daily record" in legend(pane)
        for _ in range(8):  # the record counts Russia's losses only (bounded: a test must end)
            if pane.side == "ukraine":
                break
            await pilot.press("s")
            await settle(pilot)
        assert pane.side == "ukraine"
        await settle(pilot)
        assert pane.reference is None
        shown = pane.query_one("#chart-legend")
        assert not shown.display or "daily record" not in legend(pane)

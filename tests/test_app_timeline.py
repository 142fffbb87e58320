"""The timeline as a fact-checker reads it: which count each point is, and a chart that
can be read at 80x24 without zooming."""

from __future__ import annotations

from tests.app_helpers import run_async, settle
from tests.fake_library import SAMPLES, FakeLibrary
from tui.app import TallyApp
from tui.panes.timeline_pane import TimelinePane


def cells(pane: TimelinePane, column: int) -> list[str]:
    table = pane.query_one("#timeline-list")
    return [str(table.get_row_at(i)[column]) for i in range(table.row_count)]


@run_async
async def test_each_point_says_whether_it_counts_deaths_or_killed_and_wounded():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        pane = app.query_one(TimelinePane)
        table = pane.query_one("#timeline-list")
        assert [str(c.label) for c in table.columns.values()][3] == "counts"
        values, counts = cells(pane, 2), cells(pane, 3)
        assert counts[values.index("133,190")].endswith(" killed")
        assert counts[values.index("765,110")].endswith(" killed+wounded")
        # the chart tells them apart too: its legend names both counts with their markers
        chart = "\n".join(pane.query_one("#timeline-chart").render().plain.splitlines())
        assert "● killed: General Staff" in chart
        assert "◆ killed+wounded: General" in chart


@run_async
async def test_at_80x24_the_chart_is_drawn_full_height_or_not_at_all():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
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
        title = str(app.query_one("#timeline-title").render())
        assert "z chart" in title


@run_async
async def test_at_80x24_the_timeline_list_names_the_columns_off_screen():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        pane = app.query_one(TimelinePane)
        assert "→ kind" in str(pane.border_subtitle)
        # the counts column is drawn whole, not "killed+wound"
        table = pane.query_one("#timeline-list")
        drawn = ["".join(seg.text for seg in table.render_line(y)) for y in range(1, 6)]
        assert any("◆ killed+wounded" in line for line in drawn)

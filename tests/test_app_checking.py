"""The reader's fact-checking: marks on checked figures (figures pane and text), the detail
line naming the bulletin, `v` tracing a figure's value, `c` comparing claimants, and the
pictures of the trace and compare views.

The in-memory library's figures are hand-picked and dated by hand, so the checks below are
what the record says about those dates, whatever the extractor finds."""

from __future__ import annotations

import pytest

from index.api import METRIC_GROUPS
from index.checking.checked_library import CheckingMixin
from tests.app_helpers import run_async, settle
from tests.fake_library import SAMPLES, FakeLibrary
from tui.app import TallyApp
from tui.check_marks import TEXT_STYLES
from tui.dialogs.compare_screen import CompareScreen
from tui.dialogs.trace_screen import TraceScreen


class CheckedFake(CheckingMixin, FakeLibrary):
    """The in-memory library with the real checks over it."""

    def figures(self, metric=None, side=None, claimant=None, files=None):
        metrics = METRIC_GROUPS.get(metric, (metric,)) if metric else (None,)
        return [f for m in metrics for f in FakeLibrary.figures(self, m, side, claimant, files)]


def figure(app, text: str):
    return next(f for f in app.library.figures() if f.text == text)


async def open_figure(pilot, text: str) -> None:
    app = pilot.app
    await pilot.press("f", "a")  # the library's figures
    await settle(pilot)
    app.figures_pane.select(figure(app, text))
    await pilot.press("enter")
    await settle(pilot)


def glyphs(app) -> dict[str, str]:
    pane = app.figures_pane
    return {f.text: str(pane.get_row(str(i))[1]) for i, f in enumerate(pane.figures)}


def with_typo() -> CheckedFake:
    """The in-memory library with one General Staff figure mistyped: 500,080 as 500,800."""
    lib = CheckedFake()
    typo = next(f for a in lib._all.values() for f in a.figures if f.text == "500,080")
    typo.value = 500800
    return lib


@run_async
async def test_the_figures_pane_marks_what_matches_what_differs_and_what_no_bulletin_has():
    app = TallyApp(SAMPLES, with_typo())
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("f", "a")
        await settle(pilot)
        marks = glyphs(app)
        assert marks["765,110"] == "✓"  # the bulletin of the next day
        assert marks["500,080"] == "?"  # 500,800: no bulletin ever said it
        assert marks["7,650"] == "✗"  # dated 2024-05-20 here; the bulletin said 7,590
        assert marks["198,000"] == ""  # Zelensky's: nothing to check it against


@run_async
async def test_the_detail_line_names_the_bulletin_and_the_text_carries_the_mark():
    app = TallyApp(SAMPLES, CheckedFake())
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await open_figure(pilot, "765,110")
        line = "".join(seg.text for seg in app.view.render_line(2))
        assert "✓ matches the bulletin of 2024-12-17 (the article says 2024-12-16)" in line
        fig = figure(app, "765,110")
        spans = [s for s in app.view.render_text().spans
                 if s.start <= fig.start and s.end >= fig.end]
        assert any(s.style == TEXT_STYLES["match"] for s in spans)


@run_async
async def test_a_library_without_checks_shows_figures_unmarked():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("f", "a")
        await settle(pilot)
        assert set(glyphs(app).values()) == {""}


@run_async
async def test_v_traces_a_figure_and_enter_jumps_to_a_claim():
    app = TallyApp(SAMPLES, CheckedFake())
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("f", "a")
        await settle(pilot)
        app.figures_pane.select(figure(app, "500,080"))
        await pilot.press("v")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TraceScreen)
        assert [s.figure.text for s in screen.steps] == ["500,080"]
        await pilot.press("enter")
        await settle(pilot)
        assert app.article.file.startswith("002") and app.view.figure == (
            figure(app, "500,080").start, figure(app, "500,080").end)


@run_async
async def test_v_in_the_text_traces_the_marked_figure():
    app = TallyApp(SAMPLES, CheckedFake())
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await open_figure(pilot, "198,000")
        await pilot.press("2", "v")
        await settle(pilot)
        assert isinstance(app.screen, TraceScreen) and app.screen.value == 198000
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, TraceScreen)


@run_async
async def test_c_compares_claimants_and_enter_on_a_cell_opens_its_sentence():
    app = TallyApp(SAMPLES, CheckedFake())
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        names = [name for name, _ in screen.table.rows]
        assert "Eirik Kristoffersen (Norway)" in names and "Volodymyr Zelensky" in names
        row = names.index("Volodymyr Zelensky")
        column = screen.table.periods.index("2024-12") + 1
        screen.query_one("#compare-table").move_cursor(row=row, column=column)
        await pilot.press("enter")
        await settle(pilot)
        assert app.article.file.startswith("001")
        assert app.view.figure == (figure(app, "198,000").start, figure(app, "198,000").end)


SIZES = [pytest.param((160, 48), id="wide"), pytest.param((80, 24), id="narrow")]


def _snap_steps(*keys, select=None):
    async def run(pilot):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        pilot.app.query_one("#search-input").cursor_blink = False
        if select:
            await pilot.press("f", "a")
            await pilot.app.workers.wait_for_complete()
            pilot.app.figures_pane.select(figure(pilot.app, select))
        for key in keys:
            await pilot.press(key)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
    return run


@pytest.mark.parametrize("size", SIZES)
def test_compare_view_snapshot(snap_compare, size):
    app = TallyApp(SAMPLES, CheckedFake())
    assert snap_compare(app, terminal_size=size, run_before=_snap_steps("c"))


def test_trace_view_snapshot(snap_compare):
    app = TallyApp(SAMPLES, CheckedFake())
    assert snap_compare(app, terminal_size=(160, 48),
                        run_before=_snap_steps("v", select="139,000"))


def test_marked_figures_snapshot(snap_compare):
    app = TallyApp(SAMPLES, with_typo())  # ✓, ✗ and ? in the figures pane
    assert snap_compare(app, terminal_size=(160, 48),
                        run_before=_snap_steps("enter", select="765,110"))

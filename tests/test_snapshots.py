"""What the reader looks like, screen by screen, at 160x48 and 80x24.

The app runs on the in-memory library so a better extractor does not change these pictures;
update them with `pytest tests/test_snapshots.py --snapshot-update` and look at the SVGs."""

from __future__ import annotations

import pytest

from tests.fake_library import SAMPLES, FakeLibrary
from tui.app import TallyApp

SIZES = [pytest.param((160, 48), id="wide"), pytest.param((80, 24), id="narrow")]


def make_app() -> TallyApp:
    return TallyApp(SAMPLES, FakeLibrary())


async def settled(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def steps(*keys: str, delay: float = 0.0, after=None):
    """A run_before that waits for indexing, presses `keys`, then waits for every worker."""

    async def run(pilot) -> None:
        await settled(pilot)
        field = pilot.app.query_one("#search-input")
        field.cursor_blink = False
        for key in keys:
            await pilot.press(key)
        if delay:
            await pilot.pause(delay)
        await settled(pilot)
        if after is not None:
            after(pilot.app)
            await settled(pilot)

    return run


class TestMainScreen:
    @pytest.mark.parametrize("size", SIZES)
    def test_main_screen(self, snap_compare, size):
        assert snap_compare(make_app(), terminal_size=size, run_before=steps())


class TestSearch:
    @pytest.mark.parametrize("size", SIZES)
    def test_search_bakhmut(self, snap_compare, size):
        run = steps("slash", *"Bakhmut", "enter", delay=0.3)
        assert snap_compare(make_app(), terminal_size=size, run_before=run)

    @pytest.mark.parametrize("size", SIZES)
    def test_bad_query(self, snap_compare, size):
        run = steps("slash", *'"Bakhmut', delay=0.3)
        assert snap_compare(make_app(), terminal_size=size, run_before=run)


def _jump_765110(app) -> None:
    fig = next(f for f in app.library.figures() if f.text == "765,110")
    app.figures_pane.select(fig)


class TestFigures:
    @pytest.mark.parametrize("size", SIZES)
    def test_figure_sentence(self, snap_compare, size):
        run = steps("f", "a", after=_jump_765110)

        async def then_enter(pilot):
            await run(pilot)
            await pilot.press("enter")
            await settled(pilot)

        assert snap_compare(make_app(), terminal_size=size, run_before=then_enter)


class TestTimeline:
    @pytest.mark.parametrize("size", SIZES)
    def test_timeline(self, snap_compare, size):
        assert snap_compare(make_app(), terminal_size=size, run_before=steps("t"))


class TestHelp:
    @pytest.mark.parametrize("size", SIZES)
    def test_help(self, snap_compare, size):
        assert snap_compare(make_app(), terminal_size=size, run_before=steps("2", "question_mark"))


class TestTimelineZoomed:
    @pytest.mark.parametrize("size", SIZES)
    def test_timeline_zoomed(self, snap_compare, size):
        assert snap_compare(make_app(), terminal_size=size, run_before=steps("t", "z"))


def _field_blink_off(app) -> None:
    for field in app.screen.query("Input"):
        field.cursor_blink = False


class TestFigureFilter:
    @pytest.mark.parametrize("size", SIZES)
    def test_filter_dialog(self, snap_compare, size):
        run = steps("f", "a", "backslash", *"UK Min", after=_field_blink_off)
        assert snap_compare(make_app(), terminal_size=size, run_before=run)

    @pytest.mark.parametrize("size", SIZES)
    def test_figures_filtered(self, snap_compare, size):
        run = steps("f", "a", "backslash", *"General", "right", "enter", "s")
        assert snap_compare(make_app(), terminal_size=size, run_before=run)

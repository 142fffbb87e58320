"""The figures pane at 80 columns: columns that do not fit are named, and → reaches them."""

from __future__ import annotations

from tests.app_helpers import run_async, settle
from tests.fake_library import SAMPLES, FakeLibrary
from tui.app import TallyApp


@run_async
async def test_at_80x24_the_figures_pane_names_the_columns_off_screen():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        pane = app.figures_pane
        assert "→ as of, kind" in str(pane.border_subtitle)
        for _ in range(30):
            await pilot.press("right")
        await settle(pilot)
        assert pane.scroll_x > 0
        assert "as of" not in str(pane.border_subtitle)

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


@run_async
async def test_at_80x24_no_stray_scrollbar_glyph_sits_in_the_panes():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f", "a")  # the library's figures: more rows than fit
        await settle(pilot)
        assert "▌" not in app.export_screenshot()


@run_async
async def test_leaving_a_search_gives_the_figures_pane_back_to_the_open_article():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Bakhmut", "enter")
        await settle(pilot, 0.2)
        await pilot.press("f", "a", "a")  # article → library → search result
        await settle(pilot)
        assert app.scope == "search"
        await pilot.press("escape")  # leave the search
        await settle(pilot)
        pane = app.figures_pane
        assert "article" in str(pane.border_title)
        assert [f.text for f in pane.figures] == [f.text for f in sorted(
            app.article.figures, key=lambda f: (f.file, f.start))]

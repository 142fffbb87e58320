"""The figures pane at 80 columns: columns that do not fit are named, and → reaches them."""

from __future__ import annotations

from tests.app_helpers import run_async, settle
from tests.fake_library import SAMPLES, FakeLibrary
from tui.app import TallyApp


@run_async
async def test_at_80x24_every_column_but_the_file_fits_without_scrolling():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f", "a")
        await settle(pilot)
        pane = app.figures_pane
        header = "".join(seg.text for seg in pane.render_line(0))
        for name in ("value", "metric", "side", "claimant", "as of", "kind"):
            assert name in header, name
        assert "→" not in str(pane.border_subtitle)
        row = "".join(seg.text for seg in pane.render_line(1))
        assert "cumulative" in row  # the kind, whole, on the first screen
        # back at 160 columns the file comes back
        await pilot.resize_terminal(160, 48)
        await settle(pilot)
        assert "file" in "".join(seg.text for seg in pane.render_line(0))


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


@run_async
async def test_every_uk_ministry_of_defence_figure_in_date_order_takes_a_few_keys():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("f", "a", "backslash")  # figures, the library, the filter
        await settle(pilot)
        await pilot.press(*"UK Min", "right")  # → takes the claimant suggested
        assert app.screen.query_one("#filter-claimant").value == "UK Ministry of Defence"
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("s")  # file → as of
        await settle(pilot)
        pane = app.figures_pane
        assert pane.figures and {f.claimant for f in pane.figures} == {"UK Ministry of Defence"}
        assert pane.sort_column == "as of"
        assert "claimant UK Ministry of Defence" in str(pane.border_title)
        assert "library" in str(pane.border_title)


@run_async
async def test_the_filter_combines_with_the_scope_and_a_value_range():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("f", "a", "backslash")
        await settle(pilot)
        app.screen.query_one("#filter-low").value = "100,000"
        app.screen.query_one("#filter-side").value = "russia"
        await pilot.press("enter")
        await settle(pilot)
        shown = app.figures_pane.figures
        assert shown and all(f.value >= 100_000 and f.side == "russia" for f in shown)
        whole = [f for f in app.library.figures() if f.value >= 100_000 and f.side == "russia"]
        assert len(shown) == len(whole)
        await pilot.press("a")  # the open article: the filter stays
        await settle(pilot)
        assert all(f.value >= 100_000 for f in app.figures_pane.figures)
        assert "value ≥ 100,000" in str(app.figures_pane.border_title)


@run_async
async def test_with_scope_search_only_the_figures_matching_the_querys_terms_are_listed():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *'claimant:"Zelensky"', "enter")
        await settle(pilot, 0.2)
        assert app.search_result is not None and app.search_result.hits
        await pilot.press("f", "a", "a")  # article → library → search result
        await settle(pilot)
        assert app.scope == "search"
        claimants = {f.claimant for f in app.figures_pane.figures}
        assert claimants == {"Volodymyr Zelensky"}
        # the articles it matched hold other claimants' figures too: those are not listed
        files = {h.file for h in app.search_result.hits}
        assert len({f.claimant for f in app.library.figures(files=files)}) > 1


@run_async
async def test_a_keeps_the_cursor_on_the_figure_it_was_on():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("f", "j", "j")
        await settle(pilot)
        pane = app.figures_pane
        before = pane.current()
        assert before is not None and pane.cursor_row == 2
        await pilot.press("a")  # the library: the same figure is listed, further down
        await settle(pilot)
        after = pane.current()
        assert (after.file, after.start) == (before.file, before.start)

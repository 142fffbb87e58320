"""Keys as a new user finds them: the palette in words, a footer that fits."""

from __future__ import annotations

from textual.widgets import Footer

from tests.app_helpers import cancel_indexing_midway, run_async, search, settle
from tests.fake_library import SAMPLES, FakeLibrary
from tui.app import TallyApp



def pane_bindings():
    """Every binding of the app and of every pane (dialogs bind only their own close and
    scroll keys): what the palette must offer."""
    from tui.panes.article_list import ArticleList
    from tui.panes.article_view import ArticleView
    from tui.panes.figures_pane import FiguresPane
    from tui.panes.search_bar import SearchInput
    from tui.panes.timeline_pane import TimelineList, TimelinePane

    for cls in (TallyApp, ArticleList, ArticleView, FiguresPane, TimelinePane, TimelineList,
                SearchInput):
        yield from ((cls.__name__, b) for b in cls.BINDINGS)


def test_every_binding_of_every_pane_has_a_name_in_the_palette():
    from tui.commands import TITLES

    missing = [f"{owner}: {b.key} ({b.id})" for owner, b in pane_bindings()
               if b.id not in TITLES]
    assert not missing, f"keys the palette does not offer: {missing}"
    titles = list(TITLES.values())
    assert len(titles) == len(set(titles)), "two keys with one name"


@run_async
async def test_palette_offers_every_key_that_applies_by_name_and_key():
    from tui.commands import TITLES

    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await search(pilot, "Bakhmut")  # so the search commands apply too
        await pilot.press("right_square_bracket")  # and back
        await settle(pilot)
        commands = list(app.get_system_commands(app.screen))
        titles = [c.title for c in commands]
        assert len(titles) == len(set(titles)), "two commands with one name"
        # Textual's "Keys" and "Maximize" would duplicate `?` and `z`
        assert not {"Keys", "Maximize", "Quit"} & set(titles)
        applies_now = {b.id for _, b in pane_bindings()} - {
            "app.escape", "app.forward", "app.skipped", "app.open_url"}
        offered = {t for t in titles}
        for binding_id in applies_now:
            assert TITLES[binding_id] in offered, binding_id
        helps = {c.title: c.help for c in commands}
        assert helps["figures: next figure in the text"] == "key ]"
        assert helps["figures: sort by the next column"] == "key s"
        assert helps["timeline: next metric"] == "key m"
        assert helps["help: keys of the focused pane and the query language"] == "key ?"
        for c in commands:
            assert "_" not in c.help and "square" not in c.help and "question" not in c.help


@run_async
async def test_a_panes_key_run_from_the_palette_acts_on_its_pane():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        command = next(c for c in app.get_system_commands(app.screen)
                       if c.title == "timeline: next metric")
        command.callback()
        await settle(pilot, 0.1)
        assert app.query_one("#bottom").current == "timeline"
        assert app.timeline.metric != "personnel"


@run_async
async def test_footer_fits_160_columns_in_every_pane():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await search(pilot, "Bakhmut")  # hits, back and escape all apply now
        for key in ("1", "2", "f", "t"):
            await pilot.press(key)
            await settle(pilot)
            footer = app.screen.query_one(Footer)
            assert footer.virtual_size.width <= footer.size.width, key


@run_async
async def test_the_figure_line_stays_in_view_while_stepping_with_brackets():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        for _ in range(4):  # to 139,000, far down article 000
            await pilot.press("right_square_bracket")
            await settle(pilot)
        view = app.view
        assert view.scroll_y > 3
        top = "".join(seg.text for seg in view.render_line(0))
        assert top.startswith("▶ ") and "139,000" in top
        # the figure itself is not hidden under it
        fig = next(f for f in app.article.figures if f.text == "139,000")
        assert view.line_of(fig.start) in view.visible_lines()
        assert view.line_of(fig.start) != int(view.scroll_y)


@run_async
async def test_r_resumes_a_cancelled_indexing():
    lib = FakeLibrary(delay=0.3)
    app = TallyApp(SAMPLES, lib)
    async with app.run_test(size=(160, 48)) as pilot:
        await cancel_indexing_midway(pilot, lib)
        assert 0 < len(app.article_list.files) < 6
        lib.delay = 0.0
        await pilot.press("r")
        await settle(pilot)
        await settle(pilot)
        assert len(app.article_list.files) == 6
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "library: index now (update the search index)" in titles


@run_async
async def test_at_80_columns_the_footer_still_shows_search_figures_and_timeline_whole():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(Footer)
        whole = [k.description for k in footer.query("FooterKey")
                 if k.region.right <= footer.region.right - 12]  # left of "^p palette"
        assert {"Search", "Figures", "Timeline", "Help"} <= set(whole)


@run_async
async def test_r_lists_the_library_once_after_its_update_not_before_it_too():
    # On 10,000 articles each listing costs ~0.1 s, and before `r`'s update the list on
    # screen is already current.
    lib = FakeLibrary()
    listed = []
    real = lib.articles
    lib.articles = lambda: listed.append(lib.updates) or real()
    app = TallyApp(SAMPLES, lib)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert listed == [0, 1]  # on opening: what is indexed, then the result of the check
        await pilot.press("r")
        await settle(pilot)
        await settle(pilot)
        assert listed == [0, 1, 2] and lib.updates == 2
        assert len(app.article_list.files) == 6

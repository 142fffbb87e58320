"""Search as a user drives it: whatever the query, enter opens the first article it matches."""

from __future__ import annotations

from tests.app_helpers import run_async, search, settle
from tests.fake_library import SAMPLES, FakeLibrary
from tui.app import TallyApp

SIZE = (160, 48)



@run_async
async def test_enter_on_a_field_only_query_opens_the_first_match():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.article.file.startswith("000_")
        await search(pilot, "value:>500000 AND side:russia")
        matched = app.article_list.files
        assert matched and not any(f.startswith("000_") for f in matched)
        # the text pane shows an article the list holds, not the one open before
        assert app.article.file == matched[0]
        assert app.view.border_title == matched[0]
        # its rows say why it matched, not "0 hits"
        rows = [str(o.prompt) for o in app.article_list.options if o.id in matched]
        assert all("figure" in r and "match" in r and "0 hits" not in r for r in rows)
        # and ctrl+o goes back to where the reader was
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert app.article.file.startswith("000_")


@run_async
async def test_a_query_error_names_its_position_once():
    lib = FakeLibrary()
    from index.api import QueryError

    def fail(query, limit=20, time_limit=None):
        raise QueryError("unbalanced bracket at character 1: close it or remove it", 0)

    lib.search = fail
    app = TallyApp(SAMPLES, lib)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await search(pilot, "(x")
        shown = str(app.query_one("#search-error").render())
        assert shown.count("character 1") == 1


@run_async
async def test_counts_of_one_are_singular():
    from tests.fake_library import HOSTILE_FILE

    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_article(HOSTILE_FILE)  # one figure
        await pilot.pause()
        meta = "".join(seg.text for seg in app.view.render_line(1))
        assert "· 1 figure ·" in meta
        await search(pilot, "passwd")
        status = str(app.query_one("#status").render())
        assert "1 article matches" in status
        await pilot.press("ctrl+e")
        await pilot.pause()
        label = str(app.screen.query_one("Label").render())
        assert label.startswith("Export 1 figure:")


@run_async
async def test_typing_searches_at_once_after_a_pause_and_once_more_when_it_stops():
    lib = FakeLibrary()
    searched: list[str] = []
    search_ = lib.search

    def recording(query, limit=20, time_limit=None):
        searched.append(query)
        return search_(query, limit=limit, time_limit=time_limit)

    lib.search = recording
    app = TallyApp(SAMPLES, lib)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot, 0.2)  # a pause before the first key
        field = app.query_one("#search-input")
        searched.clear()  # opening warms the index with a search of its own
        for typed in ("p", "pa", "pas", "passwd"):  # four keys faster than any debounce
            field.value = typed
        await settle(pilot, 0.2)
        # the first key answered without waiting; the keys between are not searched; the
        # query as it stands is searched once when the keys stop (its last word a prefix)
        assert searched == ["p", "passwd*"]
        assert app.search_result.query == "passwd"
        assert app.article_list.files == [h.file for h in search_("passwd").hits]


@run_async
async def test_leaving_a_search_lists_every_article_as_it_now_stands():
    from dataclasses import replace

    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        listed = [str(o.prompt) for o in app.article_list.options]
        await search(pilot, "passwd")
        assert len(app.article_list.files) < len(listed)
        await pilot.press("slash", "escape")
        await settle(pilot)
        assert [str(o.prompt) for o in app.article_list.options] == listed
        # an article re-read with more figures shows its new count, not the row kept before
        first = app.summaries[0]
        app.summaries[0] = replace(first, figures=first.figures + 40)
        app.article_list.show_articles(app.summaries)
        await pilot.pause()
        row = str(app.article_list.options[0].prompt)
        assert f"{first.figures + 40} fig" in row and row != listed[0]
        # and a narrower pane cuts every row to its new width
        await pilot.resize_terminal(90, 48)
        await settle(pilot)
        width = app.article_list._row_width()
        assert all(len(line) <= width for o in app.article_list.options
                   for line in str(o.prompt).split("\n"))


@run_async
async def test_a_fixed_query_clears_the_error_line():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *'"passwd')
        await settle(pilot, 0.2)
        error = app.query_one("#search-error")
        assert error.display and "unbalanced" in str(error.render())
        await pilot.press("home", "delete")
        await settle(pilot, 0.2)
        assert not error.display and str(error.render()) == ""
        assert app.search_result.query == "passwd"


@run_async
async def test_a_search_out_of_time_while_typing_says_so_and_enter_finds_all():
    lib = FakeLibrary()
    lib.slow_search = True  # as over 100,000 articles: a keystroke's budget runs out
    app = TallyApp(SAMPLES, lib)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        everything = lib.search("Russia")
        assert everything.total > 2
        await pilot.press("slash", *"Russia")
        await settle(pilot, 0.3)
        status = str(app.query_one("#status").render())
        assert "2+ articles match so far (enter: all)" in status
        rows = [str(o.prompt) for o in app.article_list.options]
        assert any("enter searches every article" in r for r in rows)
        assert len(app.article_list.files) == 2
        await pilot.press("enter")
        await settle(pilot, 0.3)
        status = str(app.query_one("#status").render())
        assert f"{everything.total} articles match" in status and "so far" not in status
        assert app.article_list.files == [h.file for h in everything.hits]
        rows = [str(o.prompt) for o in app.article_list.options]
        assert not any("enter searches every article" in r for r in rows)


@run_async
async def test_a_field_only_query_marks_the_figures_it_names_and_n_steps_through_them():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await search(pilot, "value:>500000 AND side:russia")
        matched = app.article_list.files
        assert len(matched) >= 2 and app.article.file == matched[0]
        # the figures over 500,000 are the hits: marked in the text, one by one with n
        marked = [app.article.text[s:e] for s, e in app.view.hits]
        assert marked and all(int(t.replace(",", "")) > 500_000 for t in marked)
        assert len(app.hit_list) >= 2
        assert f"hit 1/{len(app.hit_list)}" in str(app.query_one("#status").render())
        for _ in range(len(app.hit_list)):
            await pilot.press("n")
            await settle(pilot)
        assert app.hit_index == 0  # round the last back to the first
        assert {f for f, _, _ in app.hit_list} == set(matched)


@run_async
async def test_while_typing_the_last_word_is_a_prefix_and_enter_keeps_the_query_as_typed():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Bakh")
        await settle(pilot, 0.3)
        listed = app.article_list.files
        assert len(listed) == 2  # the two articles that say Bakhmut
        assert "0 articles" not in str(app.query_one("#status").render())
        await pilot.press("enter")
        await settle(pilot, 0.2)
        assert app.search_result.query == "Bakh"  # as typed: a whole word, not a prefix
        assert app.search_result.total == 0


@run_async
async def test_the_snippet_in_a_narrow_list_shows_the_hit():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await search(pilot, "Bakhmut")
        rows = [str(o.prompt).split("\n")[-1] for o in app.article_list.options
                if o.id in app.article_list.files]
        assert rows and all("Bakhmut" in r for r in rows), rows

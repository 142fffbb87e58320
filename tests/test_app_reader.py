"""The reader driven as a user drives it: keys in, what the panes hold and show out."""

from __future__ import annotations

import csv
import io

import pytest
from rich.console import Console

from tests.app_helpers import cancel_indexing_midway, run_async, search, settle
from tests.fake_library import HOSTILE_FILE, SAMPLES, FakeLibrary
from tui.app import TallyApp
from tui.panes.article_view import ArticleView
from tui.panes.figures_pane import FiguresPane
from tui.dialogs.help_screen import HelpScreen
from tui.dialogs.export_dialog import ExportDialog
from tui.panes.timeline_pane import TimelinePane

SIZE = (160, 48)


def screen_lines(view: ArticleView) -> list[str]:
    """What the article pane draws, line by line."""
    return ["".join(seg.text for seg in view.render_line(y)) for y in range(view.size.height)]


def plain_text(renderable) -> str:
    console = Console(width=120, record=True, file=io.StringIO())
    console.print(renderable)
    return console.export_text()


def styled(view: ArticleView, style) -> list[str]:
    text = view.render_text()
    return [text.plain[s.start:s.end] for s in text.spans if s.style == style]



@pytest.fixture
def app():
    return TallyApp(SAMPLES, FakeLibrary())


@run_async
async def test_opens_with_every_article_listed_and_the_first_one_shown(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert len(app.article_list.files) == 6
        assert app.article.file.startswith("000_")
        lines = screen_lines(app.view)
        assert "While Ukraine has boasted" in lines[0]
        assert "undated (estimated ~2023-02-16" in lines[1]
        status = str(app.query_one("#status").render())
        assert "6 articles" in status and "1 skipped" in status
        # a file the library could not read is listed with its reason, not dropped silently
        listed = " ".join(str(o.prompt) for o in app.article_list.options)
        assert "broken.txt" in listed and "binary data, not text" in listed


@run_async
async def test_search_narrows_the_list_and_highlights_the_word(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await search(pilot, "Bakhmut")
        assert sorted(f[:3] for f in app.article_list.files) == ["000", "004"]
        assert styled(app.view, app.view.marks()["current_hit"]) == ["Bakhmut"]
        assert "hit 1/2" in str(app.query_one("#status").render())
        first = app.article.file
        await pilot.press("n")
        assert app.article.file != first and app.article.file[:3] in ("000", "004")
        assert "hit 2/2" in str(app.query_one("#status").render())
        await pilot.press("N")
        assert app.article.file == first
        # leaving the search restores the whole list
        await pilot.press("escape")
        await settle(pilot)
        assert len(app.article_list.files) == 6
        assert styled(app.view, app.view.marks()["hit"]) == []


@run_async
async def test_list_narrows_while_typing(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Bakhmut")
        await settle(pilot, 0.3)
        assert len(app.article_list.files) == 2
        assert app.focused is app.query_one("#search-input")


@run_async
async def test_a_bad_query_shows_its_error_inline(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await search(pilot, '"Bakhmut')
        error = app.query_one("#search-error")
        assert error.display and "unbalanced" in str(error.render())
        assert len(app.article_list.files) == 6  # the list is as it was


@run_async
async def test_enter_on_a_figure_shows_its_sentence_and_ctrl_o_returns(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        start = app.here()
        await pilot.press("f", "a")  # figures of the whole library
        pane = app.query_one(FiguresPane)
        row = next(i for i, f in enumerate(pane.figures) if f.text == "765,110")
        pane.move_cursor(row=row)
        await pilot.press("enter")
        await settle(pilot)
        figure = pane.figures[row]
        assert app.article.file.startswith("001_")
        assert app.view.sentence == (figure.sentence_start, figure.sentence_end)
        assert styled(app.view, app.view.marks()["sentence"]) == [figure.sentence]
        assert app.view.line_of(figure.start) in app.view.visible_lines()
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert app.here() == start
        await pilot.press("ctrl+right")
        await settle(pilot)
        assert app.article.file.startswith("001_")
        assert app.view.sentence == (figure.sentence_start, figure.sentence_end)


@run_async
async def test_a_sentence_far_down_is_scrolled_into_view():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        fig = next(f for f in app.library.figures() if f.text == "139,000")
        app.jump_to_figure(fig)
        await settle(pilot)
        assert app.view.scroll_y > 0
        assert app.view.line_of(fig.start) in app.view.visible_lines()


@run_async
async def test_square_brackets_step_through_the_figures_in_the_text(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.view.focus()
        await pilot.press("right_square_bracket")
        first = app.view.figure
        await pilot.press("right_square_bracket")
        second = app.view.figure
        assert first and second and second[0] > first[0]
        await pilot.press("left_square_bracket")
        assert app.view.figure == first


@run_async
async def test_timeline_lists_general_staff_in_date_order_and_undated_apart(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        pane = app.query_one(TimelinePane)
        staff = [p for p in pane.rows if p and p.claimant == "General Staff of Ukraine"
                 and p.kind == "cumulative"]
        dates = [p.as_of for p in staff]
        assert dates == sorted(dates) and len(dates) == 5
        gap = pane.rows.index(None)
        assert all(p.as_of is None for p in pane.rows[gap + 1:])
        assert all(p.as_of for p in pane.rows[:gap])
        table = pane.query_one("#timeline-list")
        cells = [str(table.get_row_at(i)[1]) for i in range(table.row_count)]
        assert "~2023-02-14" in cells and "undated" in cells  # ~: an estimated date
        # enter on a point opens its sentence
        table.move_cursor(row=pane.rows.index(staff[-1]))
        await pilot.press("enter")
        await settle(pilot)
        assert app.article.file == staff[-1].file
        assert app.view.figure == (staff[-1].start, staff[-1].end)


@run_async
async def test_timeline_groups_by_outlet(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("t", "o")
        await settle(pilot)
        pane = app.query_one(TimelinePane)
        assert pane.by == "outlet"
        assert {s.source for s in pane.series} >= {"Ukrainska Pravda", "AP"}


@run_async
async def test_y_copies_the_sentence_with_its_citation(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        fig = next(f for f in app.library.figures() if f.text == "765,110")
        app.jump_to_figure(fig)
        await pilot.press("y")
        copied = app.clipboard
        assert " ".join(fig.sentence.split()) in copied
        assert "Ukrainska Pravda" in copied and "2024-12-16" in copied
        assert fig.file in copied


@run_async
async def test_ctrl_e_exports_the_visible_figures_to_csv(app, tmp_path):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        field = app.screen.query_one("#export-path")
        field.value = str(tmp_path / "out.csv")
        await pilot.press("enter")
        await pilot.pause()
        rows = list(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8")))
        assert [r["text"] for r in rows] == [f.text for f in app.article.figures]
        assert not isinstance(app.screen, ExportDialog)


@run_async
async def test_export_refuses_the_corpus_folder_until_confirmed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    app = TallyApp(corpus, FakeLibrary(root=corpus))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+e")
        await pilot.pause()
        target = corpus / "figures.csv"
        app.screen.query_one("#export-path").value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert not target.exists()
        assert "inside the corpus" in str(app.screen.query_one("#export-message").render())
        await pilot.press("enter")
        await pilot.pause()
        assert target.exists()


@run_async
async def test_export_shows_errors_instead_of_raising(app, tmp_path):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+e")
        await pilot.pause()
        app.screen.query_one("#export-path").value = str(tmp_path / "missing" / "x.csv")
        await pilot.press("enter")
        await pilot.pause()
        assert "Cannot write" in str(app.screen.query_one("#export-message").render())


@run_async
async def test_help_lists_the_focused_pane_keys_and_the_query_language(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = plain_text(app.screen.body)
        assert "Figures (focused)" in shown and "Sort" in shown
        assert "Query language" in shown and "value:>500000" in shown
        await pilot.press("q")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        assert app.is_running


@run_async
async def test_hostile_markup_shows_literally(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_article(HOSTILE_FILE)
        await pilot.pause()
        drawn = "\n".join(screen_lines(app.view))
        assert "[bold red]x[/]" in drawn
        assert "[link=file:///etc/passwd]y[/link]" in drawn
        assert "[@click=app.quit]z" in drawn
        listed = [str(o.prompt) for o in app.article_list.options]
        assert any("Markup [bold red]x[/]" in p for p in listed)
        assert app.is_running


@run_async
async def test_escape_sequences_and_bidi_controls_are_drawn_as_harmless_text():
    lib = FakeLibrary()
    art = lib._all[HOSTILE_FILE]
    art.text = "Title\x1b]52;c;ZXZpbA==\x07 and \x1b[31mred\x1b[0m \u202eevil\u202c\x00 end"
    app = TallyApp(SAMPLES, lib)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_article(HOSTILE_FILE)
        await pilot.pause()
        drawn = "\n".join(screen_lines(app.view))
        assert "\x1b" not in drawn and "\u202e" not in drawn and "\x00" not in drawn
        assert "␛[31mred␛[0m" in drawn


@run_async
async def test_escape_cancels_indexing_and_the_reader_stays_usable():
    lib = FakeLibrary(delay=0.5)
    app = TallyApp(SAMPLES, lib)
    async with app.run_test(size=SIZE) as pilot:
        await cancel_indexing_midway(pilot, lib)
        assert not app.indexing
        assert 0 < len(lib._indexed) < 6
        assert len(app.article_list.files) == len(lib._indexed)


@run_async
async def test_zoom_maximises_the_focused_pane_and_restores_it(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2", "z")
        assert app.screen.maximized is app.view
        await pilot.press("z")
        assert app.screen.maximized is None


@run_async
async def test_footer_hides_keys_that_do_nothing(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.check_action("hit", (1,)) is False
        assert app.check_action("back", ()) is False
        await search(pilot, "Bakhmut")
        assert app.check_action("hit", (1,)) is True
        assert app.check_action("back", ()) is True


@run_async
async def test_search_history_is_kept_between_runs(tmp_path):
    async with TallyApp(SAMPLES, FakeLibrary()).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await search(pilot, "Bakhmut")
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", "up")
        assert app.query_one("#search-input").value == "Bakhmut"


@run_async
async def test_palette_lists_reader_actions(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "timeline: show the timeline" in titles
        assert "jump: back" not in titles  # nowhere to go back to yet: not offered


@run_async
async def test_marks_take_the_theme_colours(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        fig = next(f for f in app.library.figures() if f.text == "765,110")
        app.jump_to_figure(fig)
        await pilot.pause()
        before = app.view.marks()["sentence"]
        app.theme = "textual-light" if app.theme != "textual-light" else "textual-dark"
        await pilot.pause()
        after = app.view.marks()["sentence"]
        assert after != before
        assert styled(app.view, after) == [fig.sentence]


@run_async
async def test_export_writes_every_row_not_only_those_drawn(app, tmp_path, monkeypatch):
    import tui.panes.figures_pane

    monkeypatch.setattr(tui.panes.figures_pane, "SHOWN", 2)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f", "a")  # the library's 17 figures, 2 of them drawn
        pane = app.query_one(FiguresPane)
        assert len(pane.figures) == 2 and pane.total == 17
        await pilot.press("ctrl+e")
        await pilot.pause()
        app.screen.query_one("#export-path").value = str(tmp_path / "all.csv")
        await pilot.press("enter")
        await pilot.pause()
        rows = list(csv.DictReader((tmp_path / "all.csv").open(encoding="utf-8")))
        assert len(rows) == 17

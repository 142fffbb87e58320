"""The reader on the real library and the bundled samples: the flows a new user tries first."""

from __future__ import annotations


import pytest

from tests.app_helpers import run_async, settle
from tests.conftest import SAMPLES
from tui.app import TallyApp
from tui.panes.figures_pane import FiguresPane
from tui.panes.timeline_pane import TimelinePane

SIZE = (160, 48)


@pytest.fixture
def engine():
    from index.reading import loading

    try:
        loading.list_files(SAMPLES)
    except NotImplementedError:
        pytest.skip("the engine is not complete in this checkout")


@pytest.fixture
def indexed(engine):
    """The samples indexed once (in the test's private cache), as `tally` leaves them."""
    from index.library import Library

    Library(SAMPLES).update()
    return SAMPLES


def hit_words(app) -> list[str]:
    text = app.view.render_text()
    return [text.plain[s.start:s.end] for s in text.spans
            if s.style in (app.view.marks()["hit"], app.view.marks()["current_hit"])]


@run_async
async def test_first_open_indexes_and_lists_the_samples(engine):
    app = TallyApp(SAMPLES)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await settle(pilot)
        assert app.report is not None and app.report.articles == 5
        assert len(app.article_list.files) == 5
        assert app.article is not None and app.view.render_text().plain
        assert not app.query_one("#progress").display


@run_async
async def test_reopening_an_indexed_library_reads_no_article_again(indexed, monkeypatch):
    # how quick is the bench's to say (reader: construction to list shown); here: the list
    # comes from the index, and no unchanged article is read or extracted again
    from index.extraction import extract

    extracted = []
    monkeypatch.setattr(extract, "analyse", lambda art: extracted.append(art.file) or art)
    app = TallyApp(indexed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert len(app.article_list.files) == 5
    assert extracted == []


@run_async
async def test_search_bakhmut_finds_the_two_articles_that_name_it(indexed):
    app = TallyApp(indexed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Bakhmut", "enter")
        await settle(pilot, 0.3)
        assert sorted(f[:3] for f in app.article_list.files) == ["000", "004"]
        assert set(hit_words(app)) == {"Bakhmut"}
        assert "hit 1/2" in str(app.query_one("#status").render())
        await pilot.press("n")
        assert set(hit_words(app)) == {"Bakhmut"}
        assert "hit 2/2" in str(app.query_one("#status").render())


@run_async
async def test_enter_on_765110_shows_its_sentence_in_article_001_and_ctrl_o_returns(indexed):
    app = TallyApp(indexed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = app.here()
        await pilot.press("f", "a")
        pane = app.query_one(FiguresPane)
        row = next(i for i, f in enumerate(pane.figures)
                   if f.value == 765110 and f.file.startswith("001"))
        pane.move_cursor(row=row)
        await pilot.press("enter")
        await settle(pilot)
        fig = pane.figures[row]
        assert app.article.file.startswith("001")
        assert app.view.sentence == (fig.sentence_start, fig.sentence_end)
        assert "765,110" in app.article.text[fig.sentence_start:fig.sentence_end]
        assert app.view.line_of(fig.start) in app.view.visible_lines()
        await pilot.press("ctrl+o")
        assert app.here() == before


@run_async
async def test_timeline_shows_the_general_staff_in_date_order(indexed):
    app = TallyApp(indexed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        pane = app.query_one(TimelinePane)
        staff = [s for s in pane.series
                 if s.source == "General Staff of Ukraine" and s.kind == "cumulative"]
        assert staff, [s.source for s in pane.series]
        dated = [p.as_of for p in staff[0].points if p.as_of]
        assert dated == sorted(dated)
        if None in pane.rows:  # undated points come after the separator, marked so
            gap = pane.rows.index(None)
            assert all(p.as_of is None for p in pane.rows[gap + 1:])


HOSTILE = (
    "Markup [bold red]x[/] and [@click=app.quit]z\n"
    "The text says [link=file:///etc/passwd]y[/link], \x1b[31mred\x1b[0m, "
    "\x1b]52;c;ZXZpbA==\x07 a clipboard write, \x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\ "
    "and \u202eevil\u202c, with 4,200 soldiers killed.\n"
)


@run_async
async def test_hostile_article_text_is_drawn_as_text(engine, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    app = TallyApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await settle(pilot)
        assert app.article is not None
        drawn = "\n".join("".join(seg.text for seg in app.view.render_line(y))
                          for y in range(app.view.size.height))
        assert "[bold red]x[/]" in drawn and "[@click=app.quit]z" in drawn
        assert "[link=file:///etc/passwd]y[/link]" in drawn
        for bad in ("\x1b", "\x07", "\u202e", "\x9b"):
            assert bad not in drawn
        listed = " ".join(str(o.prompt) for o in app.article_list.options)
        assert "[bold red]x[/]" in listed and "\x1b" not in listed
        assert app.is_running


NASTY_QUERIES = ['"', "(", ")", "((((((((((((((((x", "value:>", "value:[1 TO", "nosuch:field",
                 "published:[zzz TO 2024]", "a" * 5000, "*", "~", "AND", "NOT", "OR OR",
                 "title:", '"unbalanced', "value:>99999999999999999999999", "\x00", "\x1b[31m",
                 "[bold]x[/]", "Bakhmut~9", "{", "}", "^", "\\"]


@run_async
async def test_no_query_typed_into_the_search_box_breaks_the_reader(indexed):
    import random

    rng = random.Random(7)
    alphabet = 'ab"()[]{}:*~^\\/ -+!?<>=,.0123456789TOANDORNOT\u202e\x1b\t'
    queries = NASTY_QUERIES + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
                               for _ in range(40)]
    app = TallyApp(indexed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        field = app.query_one("#search-input")
        error = app.query_one("#search-error")
        for query in queries:
            field.value = query
            await pilot.press("enter")
            await settle(pilot, 0.05)
            assert app.is_running, query
            shown = str(error.render()) if error.display else ""
            assert "\n" not in shown.strip() and "Traceback" not in shown, (query, shown)
            if query.strip() and (app.search_result is None
                                  or app.search_result.query != query):
                assert shown, f"no answer and no error for {query!r}"
            await pilot.press("slash")


@run_async
async def test_a_first_index_lists_articles_as_they_are_written(monkeypatch):
    from tests.fake_library import FakeLibrary

    from tui.actions import indexing

    monkeypatch.setattr(indexing, "LIST_EVERY", 0.05)
    lib = FakeLibrary()
    lib.delay = 0.4  # per file: the whole first index takes a few seconds
    app = TallyApp(SAMPLES, lib)
    async with app.run_test(size=(160, 48)) as pilot:
        for _ in range(40):
            await pilot.pause(0.05)
            if app.summaries:
                break
        assert app.indexing and 0 < len(app.summaries) < len(lib._all)
        assert app.article_list.files and app.article is not None
        status = str(app.query_one("#status").render())
        assert "so far" in status and "reading articles" in status
        opened = app.article.file
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert not app.indexing and len(app.summaries) == len(lib._all)
        assert app.article.file == opened  # the open article stays as it was
        assert "so far" not in str(app.query_one("#status").render())

"""Files the library could not read: reachable from the list and listed in full."""

from __future__ import annotations

from index.model import Skip
from tests.app_helpers import run_async, settle
from tests.fake_library import SAMPLES, FakeLibrary
from tui.app import TallyApp

LONG = ("the object: 'text' is not a string but a list of paragraphs; tally reads plain "
        "text, HTML and JSON objects whose 'text' is a string")


def library() -> FakeLibrary:
    lib = FakeLibrary()
    lib.skipped = lambda: [Skip("broken.txt", "binary data, not text"),
                           Skip("feeds/odd.json", LONG)]
    return lib


def shown(screen) -> str:
    body = screen.query_one("#skipped-body")
    return "\n".join("".join(seg.text for seg in body.render_line(y)).rstrip()
                     for y in range(body.size.height))


@run_async
async def test_G_reaches_the_skipped_files_and_enter_shows_every_reason_in_full():
    app = TallyApp(SAMPLES, library())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("1", "G")
        highlighted = app.article_list.get_option_at_index(app.article_list.highlighted)
        assert "odd.json" in str(highlighted.prompt)
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "SkippedScreen"
        drawn = " ".join(" ".join(shown(app.screen).split()).split("│"))
        drawn = " ".join(drawn.split())
        assert "broken.txt" in drawn and "binary data, not text" in drawn
        for word in LONG.split():
            assert word in drawn
        await pilot.press("q")
        await pilot.pause()
        assert type(app.screen).__name__ != "SkippedScreen" and app.is_running


@run_async
async def test_bang_lists_the_skipped_files_and_the_status_says_so():
    app = TallyApp(SAMPLES, library())
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert "2 skipped (! lists them)" in str(app.query_one("#status").render())
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "SkippedScreen"


@run_async
async def test_zooming_the_list_uses_the_full_width():
    app = TallyApp(SAMPLES, library())
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("1", "z")
        await settle(pilot)
        assert app.article_list.size.width > 150
        prompts = [str(o.prompt) for o in app.article_list.options]
        assert any("list of paragraphs; tally reads plain text" in p for p in prompts)

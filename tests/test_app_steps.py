"""`[` / `]` after a jump back or forward: they go on from the figure shown, not from the top."""

from __future__ import annotations

from tests.app_helpers import run_async, settle
from tests.fake_library import SAMPLES, FakeLibrary
from tui.app import TallyApp


def shown_figure(app) -> str:
    start, end = app.view.figure
    return app.article.text[start:end]


@run_async
async def test_brackets_keep_their_place_after_ctrl_o_and_ctrl_right():
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        first = app.article.file
        order = [f.text for f in sorted(app.article.figures, key=lambda f: f.start)]
        await pilot.press("2", "right_square_bracket", "right_square_bracket")
        await settle(pilot)
        assert shown_figure(app) == order[1]
        other = next(a.file for a in app.summaries if a.file != first)
        app.open_article(other)  # a jump elsewhere
        await settle(pilot)
        await pilot.press("ctrl+o")  # back to the second figure
        await settle(pilot)
        assert app.article.file == first and shown_figure(app) == order[1]
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert shown_figure(app) == order[2]
        await pilot.press("ctrl+right", "ctrl+o")  # forward and back again
        await settle(pilot)
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert shown_figure(app) == order[1]

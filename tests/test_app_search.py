"""Search as a user drives it: whatever the query, enter opens the first article it matches."""

from __future__ import annotations

from tests.app_helpers import run_async, settle
from tests.fake_library import SAMPLES, FakeLibrary
from tui.app import TallyApp

SIZE = (160, 48)


async def search(pilot, query: str) -> None:
    await pilot.press("slash", *query, "enter")
    await settle(pilot, 0.2)


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
        # and ctrl+o goes back to where the reader was
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert app.article.file.startswith("000_")

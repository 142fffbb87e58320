"""Settings a user makes in the reader are there the next time it opens."""

from __future__ import annotations

from tests.app_helpers import run_async, settle
from tests.fake_library import SAMPLES, FakeLibrary
from tui.app import TallyApp


@run_async
async def test_the_theme_chosen_is_the_theme_of_the_next_run(tmp_path, monkeypatch):
    monkeypatch.setenv("TALLY_DATA_DIR", str(tmp_path))
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        app.theme = "textual-light"
        await pilot.pause()
    again = TallyApp(SAMPLES, FakeLibrary())
    async with again.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert again.theme == "textual-light"


@run_async
async def test_nothing_skipped_and_nothing_changed_are_said_not_silent():
    lib = FakeLibrary()
    lib.skipped = lambda: []
    app = TallyApp(SAMPLES, lib)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("exclamation_mark")
        await settle(pilot)
        assert any("No file was skipped" in str(n.message) for n in app._notifications)
        await pilot.press("r")  # the fake library is up to date after its first update
        await settle(pilot, 0.2)
        assert any("Up to date" in str(n.message) for n in app._notifications)

"""Users remap keys by binding id in `keymap.toml`; a broken file never stops the reader."""

from __future__ import annotations

import os
from pathlib import Path

from tests.app_helpers import run_async, settle
from tests.fake_library import SAMPLES, FakeLibrary
from tui.app import TallyApp
from tui.panes.search_bar import SearchBar


def write_keymap(text: str) -> None:
    folder = Path(os.environ["TALLY_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "keymap.toml").write_text(text, encoding="utf-8")


@run_async
async def test_a_remapped_key_opens_the_search():
    write_keymap('[keys]\n"app.search" = "ctrl+f"\n')
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert not app.query_one(SearchBar).display
        await pilot.press("ctrl+f")
        await settle(pilot)
        assert app.query_one(SearchBar).display


@run_async
async def test_an_unknown_id_is_reported_and_the_default_keys_stay():
    write_keymap('[keys]\n"app.no_such_thing" = "ctrl+f"\n')
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert any("app.no_such_thing" in str(n.message) for n in app._notifications)
        await pilot.press("slash")
        await settle(pilot)
        assert app.query_one(SearchBar).display


@run_async
async def test_a_broken_keymap_file_is_reported_not_fatal():
    write_keymap("[keys\n")
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert any("default keys" in str(n.message) for n in app._notifications)

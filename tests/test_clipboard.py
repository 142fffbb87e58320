"""`y` where OSC 52 does not reach: tmux's buffer and the desktop clipboard get the citation
too; in a browser (`tally serve`) the copy stays in the browser and ctrl+e is a download."""

from __future__ import annotations

import csv
import io
import os
import sys

import pytest

from tests.app_helpers import run_async, settle
from tests.fake_library import SAMPLES, FakeLibrary
from tui import clipboard
from tui.app import TallyApp

TEXT = "\u201c765,110 troops\u201d (Ukrainska Pravda, 2024-12-16)"


@pytest.fixture
def fake_tmux(tmp_path, monkeypatch):
    """A `tmux` on PATH that keeps what load-buffer reads; refuses -w when told to (old tmux)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "tmux"
    script.write_text("#!/bin/sh\n"
                      f"case \"$*\" in *-w*) [ -e {tmp_path}/old ] && exit 1;; esac\n"
                      f"cat > {tmp_path}/buffer\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return tmp_path


@pytest.mark.parametrize("old", [False, True])
def test_inside_tmux_the_text_goes_to_its_paste_buffer(fake_tmux, old):
    if old:
        (fake_tmux / "old").touch()
    where = clipboard.copy_elsewhere(TEXT, env={"TMUX": "/tmp/tmux-0/default,1,0"}, wait=True)
    assert where == ["tmux buffer"]
    assert (fake_tmux / "buffer").read_text(encoding="utf-8") == TEXT


def test_with_a_display_the_desktop_clipboard_gets_it_and_a_broken_one_is_no_crash(monkeypatch):
    import pyperclip

    got = []
    monkeypatch.setattr(pyperclip, "copy", got.append)
    assert clipboard.copy_elsewhere(TEXT, env={"DISPLAY": ":0"}, wait=True) == ["system clipboard"]
    assert got == [TEXT]

    def broken(text):
        raise pyperclip.PyperclipException("no xclip")

    monkeypatch.setattr(pyperclip, "copy", broken)
    assert clipboard.copy_elsewhere(TEXT, env={"DISPLAY": ":0"}, wait=True) == ["system clipboard"]


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS always has pbcopy")
def test_over_ssh_without_a_display_only_the_terminal_is_used():
    assert clipboard.copy_elsewhere(TEXT, env={"SSH_TTY": "/dev/pts/1"}, wait=True) == []


@pytest.fixture
def web_app(monkeypatch):
    monkeypatch.setattr(TallyApp, "is_web", property(lambda self: True))
    # not headless either, so only the browser check keeps the copy off the server
    monkeypatch.setattr(TallyApp, "is_headless", property(lambda self: False))
    monkeypatch.setattr(clipboard, "copy_elsewhere", lambda *a, **k: pytest.fail("server's clipboard"))
    return TallyApp(SAMPLES, FakeLibrary())


@run_async
async def test_in_a_browser_ctrl_e_is_a_csv_download_and_y_stays_in_the_browser(web_app):
    delivered = []

    def deliver_text(file, **kwargs):
        delivered.append((file.read(), kwargs))

    web_app.deliver_text = deliver_text
    async with web_app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        shown = list(web_app.figures_pane.ordered)
        await pilot.press("ctrl+e")
        await settle(pilot)
        assert len(delivered) == 1
        text, kwargs = delivered[0]
        assert kwargs["save_filename"] == "tally-figures.csv"
        rows = list(csv.DictReader(io.StringIO(text)))
        assert len(rows) == len(shown) > 0
        assert [int(r["value"]) for r in rows] == [f.value for f in shown]
        await pilot.press("y")
        assert web_app.clipboard.startswith("\u201c")

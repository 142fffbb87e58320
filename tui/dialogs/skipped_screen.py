"""`!` (or enter on a skipped file in the list): every file the library could not read, with
its whole reason, so nothing vanishes silently and nothing is cut to a column's width."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Static

from tui import render
from tui.dialogs.reading_dialog import ReadingDialog


def skipped_table(skipped) -> Table:
    table = Table(title=f"{render.count(len(skipped), 'file')} skipped", title_justify="left",
                  title_style="bold underline", expand=True, show_lines=False)
    table.add_column("file", style="bold", overflow="fold", ratio=2)
    table.add_column("why", overflow="fold", ratio=3)
    for skip in skipped:
        table.add_row(render.plain(skip.file), render.plain(skip.reason))
    return table


class SkippedScreen(ReadingDialog):
    SCROLL_ID = "skipped"
    BINDINGS = [
        Binding("q,escape,exclamation_mark", "dismiss", "Close", id="skipped.close"),
        Binding("j", "scroll('down')", "Down", show=False, id="skipped.down"),
        Binding("k", "scroll('up')", "Up", show=False, id="skipped.up"),
    ]

    def __init__(self, skipped):
        super().__init__()
        self.skipped = list(skipped)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="skipped"):
            yield Static(skipped_table(self.skipped), id="skipped-body")
        yield Footer()

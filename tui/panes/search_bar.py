"""The search bar: a query input (Whoosh's language) with history, and an inline error line.

Typing is debounced here, on both edges: the first key after a pause searches at once (the
list answers while the user is still reaching for the next key), and the query as it stands
when the keys pause searches again, so a fast typist starts two searches, not ten. The app
drops results of queries the input no longer holds."""

from __future__ import annotations

import time

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.timer import Timer
from textual.widgets import Input, Static

from tui import history, render
from tui.messages import QueryChanged, SearchClosed

DEBOUNCE = 0.05  # long enough to skip searches between fast keys, short enough to feel live


class SearchInput(Input):
    BINDINGS = [
        Binding("up", "history(-1)", "Older", id="search.older"),
        Binding("down", "history(1)", "Newer", id="search.newer"),
        Binding("escape", "close", "Leave search", id="search.close"),
    ]

    def __init__(self, **kwargs):
        super().__init__(placeholder="search: Bakhmut · claimant:\"UK Ministry of Defence\" · "
                         "value:>500000 · published:2024", **kwargs)
        self.past: list[str] = []
        self._at = 0

    def load_history(self) -> None:
        self.past = history.load()
        self._at = len(self.past)

    def remember(self, query: str) -> None:
        self.past = history.add(query)
        self._at = len(self.past)

    def action_history(self, step: int) -> None:
        if not self.past:
            return
        self._at = max(0, min(len(self.past), self._at + step))
        self.value = self.past[self._at] if self._at < len(self.past) else ""
        self.cursor_position = len(self.value)

    def action_close(self) -> None:
        self.post_message(SearchClosed())


class SearchBar(Vertical):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._timer: Timer | None = None
        self._last_key = float("-inf")  # when the input last changed (monotonic seconds)
        self._posted: str | None = None  # the query last sent while typing

    def compose(self) -> ComposeResult:
        yield SearchInput(id="search-input")
        yield Static(id="search-error")

    def on_mount(self) -> None:
        self.query_one(SearchInput).load_history()

    @property
    def input(self) -> SearchInput:
        return self.query_one(SearchInput)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        now = time.monotonic()
        paused = now - self._last_key >= DEBOUNCE
        self._last_key = now
        if paused:
            self._post(event.value)  # leading edge: the first key after a pause
        else:
            self._timer = self.set_timer(DEBOUNCE, lambda: self._post(event.value))

    def _post(self, query: str) -> None:
        self._timer = None
        if query != self._posted:  # the trailing edge repeats nothing the leading one sent
            self._posted = query
            self.post_message(QueryChanged(query))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self._posted = None  # enter settles the query; typing after it searches again
        if event.value.strip():
            self.input.remember(event.value)
        self.post_message(QueryChanged(event.value, final=True))

    def show_error(self, message: str | None, position: int | None = None) -> None:
        error = self.query_one("#search-error", Static)
        if not message:
            if not error.display:
                return  # already clear: every result says so, and a redraw is not free
            error.update("")
            error.display = False
            return
        text = Text("✗ ", style="bold red")
        text.append(render.safe(message, one_line=True))
        if position is not None and "at character" not in message:  # said once is enough
            text.append(f"  (at character {position + 1})", style="dim")
        error.update(text)
        error.display = True

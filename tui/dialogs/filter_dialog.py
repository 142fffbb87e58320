"""`\\` in the figures pane: which figures to list (claimant, metric, side, kind, a value
range) and in which order. Typed (the claimant completes from the library's claimants: `→`
takes the suggestion) or picked from lists; `enter` applies, `escape` cancels."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Label, Select, Static

from index.model import KINDS

from tui import render
from tui.figure_filter import NO_SIDE, FigureFilter, number

SIDES = ("russia", "ukraine", "both", NO_SIDE)


class FilterDialog(ModalScreen[tuple[FigureFilter, str] | None]):
    """Dismisses with (the filter, the sort column), or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="filter.cancel")]

    def __init__(self, current: FigureFilter, sort: str, claimants: list[str],
                 metrics: list[str], sorts: list[str]):
        super().__init__()
        self.current = current
        self.sort = sort
        self.claimants = claimants
        self.metrics = metrics
        self.sorts = sorts

    def compose(self) -> ComposeResult:
        f = self.current
        with Vertical(id="filter"):
            yield Label("Figures to list (empty: any)")
            with Grid(id="filter-fields"):
                yield Label("claimant")
                yield Input(" or ".join(f.claimants), id="filter-claimant", compact=True,
                            placeholder="UK Ministry of Defence (→ completes)",
                            suggester=SuggestFromList(self.claimants, case_sensitive=False))
                yield Label("metric")
                yield self._select("metric", self.metrics, f.metric)
                yield Label("side")
                yield self._select("side", SIDES, f.side)
                yield Label("kind")
                yield self._select("kind", KINDS, f.kind)
                yield Label("value from")
                yield Input("" if f.low is None else f"{f.low:,}", id="filter-low",
                            compact=True, placeholder="e.g. 1,000")
                yield Label("value to")
                yield Input("" if f.high is None else f"{f.high:,}", id="filter-high",
                            compact=True)
                yield Label("sort by")
                yield Select([(s, s) for s in self.sorts], value=self.sort, id="filter-sort",
                             compact=True, allow_blank=False)
            yield Static(id="filter-message")
            with Horizontal(id="filter-buttons"):
                yield Button("Apply", variant="primary", id="filter-apply", compact=True)
                yield Button("Clear", id="filter-clear", compact=True)
                yield Button("Cancel", id="filter-cancel", compact=True)

    @staticmethod
    def _select(name: str, choices, value: str) -> Select:
        options = [(c, c) for c in choices]
        if value and value not in choices:
            options.append((value, value))
        return Select(options, value=value or Select.NULL, prompt="any", id=f"filter-{name}",
                      compact=True)

    def on_mount(self) -> None:
        self.query_one("#filter-claimant", Input).focus()

    def _picked(self, name: str) -> str:
        value = self.query_one(f"#filter-{name}", Select).value
        return "" if value is Select.NULL or value is None else str(value)

    def _bound(self, name: str) -> tuple[bool, int | None]:
        text = self.query_one(f"#filter-{name}", Input).value.strip()
        if not text:
            return True, None
        value = number(text)
        if value is None:
            self.query_one("#filter-message", Static).update(render.plain(
                f"value {name.replace('low', 'from').replace('high', 'to')}: {text!r} is not "
                "a whole number (e.g. 1,000)"))
        return value is not None, value

    @on(Input.Submitted)
    @on(Button.Pressed, "#filter-apply")
    def apply(self) -> None:
        ok_low, low = self._bound("low")
        ok_high, high = self._bound("high")
        if not (ok_low and ok_high):
            return
        if low is not None and high is not None and low > high:
            low, high = high, low  # "from 5,000 to 1,000" means the same range
        typed = self.query_one("#filter-claimant", Input).value
        claimants = tuple(c.strip() for c in typed.split(" or ") if c.strip())
        chosen = FigureFilter(claimants=claimants, metric=self._picked("metric"),
                              side=self._picked("side"), kind=self._picked("kind"),
                              low=low, high=high)
        self.dismiss((chosen, str(self.query_one("#filter-sort", Select).value)))

    @on(Button.Pressed, "#filter-clear")
    def clear(self) -> None:
        self.dismiss((FigureFilter(), self.sort))

    @on(Button.Pressed, "#filter-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)

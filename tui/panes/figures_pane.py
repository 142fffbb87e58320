"""The figures pane: a table of figures (value, metric, side, claimant, as of, kind) for the
open article, the whole library or the current search result; `enter` jumps to one."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable

from index.model import Figure

from tui import render
from tui.check_marks import checks_for, glyph

SCOPES = ("article", "library", "search")
# Fixed widths: columns do not jump when the rows change (scope, sort, another article).
COLUMNS = {"value": 13, "✓": 1, "metric": 20, "side": 7, "claimant": 30, "as of": 18, "kind": 10,
           "file": None}
SHOWN = 1000  # rows; more would make the table slow and nobody scrolls past them


def _as_of(f: Figure) -> str:
    if f.as_of:
        return f.as_of
    if f.as_of_estimate:
        return f"~{f.as_of_estimate} (est.)"
    return "undated"


def value_text(f: Figure) -> str:
    return render.approx_value(f.value, f.upper, f.approx)


def hidden_columns(table: DataTable, widths: dict[str, int | None]) -> list[str]:
    """Columns of `table` that start past its right edge (at 80 columns: as of, kind), so a
    subtitle can say that → scrolls to them (the horizontal scrollbar is hidden: its thumb
    looked like a stray glyph)."""
    visible = table.scrollable_content_region.width + table.scroll_x
    hidden, x = [], 0
    for name, width in widths.items():
        if x >= visible:
            hidden.append(name)
        x += (width or 10) + 2 * table.cell_padding
    return hidden


SORT_KEYS = {
    "value": lambda f: f.value,
    "metric": lambda f: f.metric,
    "side": lambda f: f.side or "",
    "claimant": lambda f: f.claimant or "~",
    "as of": lambda f: f.as_of or f.as_of_estimate or "9999",
    "kind": lambda f: f.kind,
    "file": lambda f: (f.file, f.start),
}


class FiguresPane(DataTable):
    """`figures` holds the rows shown, in order; the row key is the index into it."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="figures.down"),
        Binding("k", "cursor_up", "Up", show=False, id="figures.up"),
        Binding("g", "scroll_top", "Top", show=False, id="figures.top"),
        Binding("G", "scroll_bottom", "Bottom", show=False, id="figures.bottom"),
        Binding("a", "app.figures_scope", "Scope", id="figures.scope"),
        Binding("s", "sort", "Sort", id="figures.sort"),
        Binding("S", "reverse", "Reverse", show=False, id="figures.reverse"),
        Binding("v", "trace", "Trace", id="figures.trace"),
    ]

    def __init__(self, **kwargs):
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.figures: list[Figure] = []
        self.ordered: list[Figure] = []
        self.total = 0
        self.sort_column = "file"
        self.reverse = False
        self.source: list[Figure] = []

    def on_mount(self) -> None:
        for name, width in COLUMNS.items():
            self.add_column(name, key=name, width=width)

    def show_figures(self, figures: list[Figure]) -> None:
        self.source = list(figures)
        self._refill()

    def _refill(self) -> None:
        ordered = sorted(self.source, key=SORT_KEYS[self.sort_column], reverse=self.reverse)
        self.total = len(ordered)
        self.ordered = ordered  # every row in view order: what an export writes
        self.figures = ordered[:SHOWN]
        self.clear()
        checks = checks_for(getattr(self.app, "library", None), self.figures, self.source)
        for i, f in enumerate(self.figures):
            self.add_row(
                Text(value_text(f), justify="right"),
                glyph(checks.get((f.file, f.start))),  # ✓ / ✗ / ? against the bulletins
                Text(f.metric, style=render.metric_colour(f.metric)),
                Text(f.side or "—"),
                render.plain(f.claimant or "—"),
                Text(_as_of(f), style="" if f.as_of else "italic"),
                Text(f.kind),
                render.plain(f.file),
                key=str(i),
            )
        self._subtitle()

    def _subtitle(self) -> None:
        arrow = "▼" if self.reverse else "▲"
        more = f" · first {SHOWN} of {self.total}" if self.total > SHOWN else ""
        hidden = self.hidden_columns()
        right = f" · → {', '.join(hidden)}" if hidden else ""
        self.border_subtitle = f"sorted by {self.sort_column} {arrow}{more}{right}"

    def hidden_columns(self) -> list[str]:
        return hidden_columns(self, COLUMNS)

    def on_resize(self) -> None:
        self._subtitle()

    def watch_scroll_x(self, old: float, new: float) -> None:
        super().watch_scroll_x(old, new)
        self._subtitle()

    def current(self) -> Figure | None:
        if not self.figures or self.cursor_row is None:
            return None
        return self.figures[min(self.cursor_row, len(self.figures) - 1)]

    def select(self, figure: Figure) -> None:
        for i, f in enumerate(self.figures):
            if f.file == figure.file and f.start == figure.start:
                self.move_cursor(row=i)
                return

    def action_trace(self) -> None:
        from tui.dialogs.trace_screen import open_trace
        open_trace(self.app, self.current())

    def action_sort(self) -> None:
        names = list(SORT_KEYS)
        self.sort_column = names[(names.index(self.sort_column) + 1) % len(names)]
        self._refill()

    def action_reverse(self) -> None:
        self.reverse = not self.reverse
        self._refill()

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        column = str(event.column_key.value)
        if column in SORT_KEYS:
            self.reverse = not self.reverse if column == self.sort_column else False
            self.sort_column = column
            self._refill()

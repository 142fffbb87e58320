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
# Under 100 columns every column but the file fits: short metric names, dates without
# "(est.)" (the ~ says it), the file left out (the text pane's title names it).
NARROW_COLUMNS = {"value": 10, "✓": 1, "metric": 11, "side": 7, "claimant": 10, "as of": 11,
                  "kind": 10}
NARROW = 100
SHORT_METRICS = {"personnel_casualties": "casualties", "troops_deployed": "deployed",
                 "armored_vehicles": "armored veh.", "special_equipment": "special eq.",
                 "cruise_missiles": "missiles", "civilians_displaced": "displaced"}


def short_metric(metric: str) -> str:
    """`killed`, `casualties`, `civ. killed`: a metric in 12 cells."""
    if metric in SHORT_METRICS:
        return SHORT_METRICS[metric]
    return metric.replace("personnel_", "").replace("civilians_", "civ. ").replace("_", " ")
SHOWN = 1000  # rows; more would make the table slow and nobody scrolls past them


def _as_of(f: Figure) -> str:
    return render.dated(f.as_of, f.as_of_estimate, est=" (est.)")


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


def _date(f: Figure) -> str:
    return f.as_of or f.as_of_estimate or "9999"  # undated last


# Ties in date order: sorted by claimant, each claimant's figures come in the order given.
SORT_KEYS = {
    "file": lambda f: (f.file, f.start),
    "as of": lambda f: (_date(f), f.claimant or "~", f.file, f.start),
    "claimant": lambda f: (f.claimant or "~", _date(f), f.file, f.start),
    "value": lambda f: (f.value, _date(f)),
    "metric": lambda f: (f.metric, _date(f)),
    "side": lambda f: (f.side or "", _date(f)),
    "kind": lambda f: (f.kind, _date(f)),
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
        Binding("backslash", "app.figures_filter", "Filter", id="figures.filter"),
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

    narrow = False

    @property
    def columns_shown(self) -> dict[str, int | None]:
        return NARROW_COLUMNS if self.narrow else COLUMNS

    def on_mount(self) -> None:
        self._columns()

    def _columns(self) -> None:
        self.clear(columns=True)
        for name, width in self.columns_shown.items():
            self.add_column(name, key=name, width=width)

    def show_figures(self, figures: list[Figure], only=None) -> None:
        """Show `figures`, those `only` (a FigureFilter) lets through if given; the cursor
        stays on the figure it was on when that figure is still listed."""
        self.source = only.apply(figures) if only is not None else list(figures)
        self._refill()

    def _refill(self) -> None:
        ordered = sorted(self.source, key=SORT_KEYS[self.sort_column], reverse=self.reverse)
        self.total = len(ordered)
        self.ordered = ordered  # every row in view order: what an export writes
        was = self.current()
        self.figures = ordered[:SHOWN]
        self.clear()
        checks = checks_for(getattr(self.app, "library", None), self.figures, self.source)
        for i, f in enumerate(self.figures):
            cells = [
                Text(value_text(f), justify="right"),
                glyph(checks.get((f.file, f.start))),  # ✓ / ✗ / ? against the bulletins
                Text(short_metric(f.metric) if self.narrow else f.metric,
                     style=render.metric_colour(f.metric)),
                Text(f.side or "—"),
                render.plain(f.claimant or "—"),
                Text(_as_of(f).removesuffix(" (est.)") if self.narrow else _as_of(f),
                     style="" if f.as_of else "italic"),
                Text(f.kind),
                render.plain(f.file),
            ]
            self.add_row(*cells[:len(self.columns_shown)], key=str(i))
        if was is not None:
            self.select(was)
        self._subtitle()

    def _subtitle(self) -> None:
        arrow = "▼" if self.reverse else "▲"
        more = f" · first {SHOWN} of {self.total}" if self.total > SHOWN else ""
        hidden = self.hidden_columns()
        right = f" · → {', '.join(hidden)}" if hidden else ""
        self.border_subtitle = f"sorted by {self.sort_column} {arrow}{more}{right}"

    def hidden_columns(self) -> list[str]:
        return hidden_columns(self, self.columns_shown)

    def on_resize(self) -> None:
        narrow = 0 < self.size.width < NARROW  # (no size yet: laid out as wide)
        if narrow != self.narrow:
            self.narrow = narrow
            row = self.cursor_row
            self._columns()
            self._refill()
            if self.figures:
                self.move_cursor(row=min(row, len(self.figures) - 1))
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

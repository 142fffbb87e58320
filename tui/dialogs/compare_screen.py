"""`c`: claimants side by side. One row per claimant, one column per month (or quarter),
each cell the claimant's latest cumulative claim then, marked K (killed) or KW (killed and
wounded); the General Staff's bulletins as a row of their own; ≠ where a claimant is more
than a quarter from another of the same kind. `enter` on a cell jumps to its sentence."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Static

from index.checking.compare import OFFICIAL
from tui import render

METRICS = ("personnel", "personnel_killed", "personnel_casualties", "tanks",
           "armored_vehicles", "artillery", "aircraft", "drones")
KIND_SHORT = {"killed": "K", "killed+wounded": "KW"}


class CompareScreen(ModalScreen):
    """Dismissed with the figure of the cell chosen (enter), or None."""

    DEFAULT_CSS = """
    CompareScreen { align: center middle; }
    #compare { width: 100%; height: 90%; border: round $accent; background: $surface;
               padding: 0 1; }
    #compare-title { height: auto; }
    #compare-table { height: 1fr; }
    """
    BINDINGS = [
        Binding("q,escape,c", "dismiss", "Close", id="compare.close"),
        Binding("b", "toggle_by", "Month/quarter", id="compare.by"),
        Binding("m", "next_metric", "Metric", id="compare.metric"),
        Binding("s", "next_side", "Side", id="compare.side"),
    ]

    def __init__(self, library, metric: str = "personnel", side: str | None = "russia",
                 by: str = "month"):
        super().__init__()
        self.library, self.metric, self.side, self.by = library, metric, side, by
        self.table = None

    def compose(self) -> ComposeResult:
        with Vertical(id="compare"):
            yield Static(id="compare-title")
            yield DataTable(id="compare-table", cursor_type="cell", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.refill()
        self.query_one(DataTable).focus()

    def refill(self) -> None:
        self.table = t = self.library.compare(metric=self.metric, side=self.side, by=self.by)
        grid = self.query_one(DataTable)
        grid.clear(columns=True)
        grid.add_column("claimant", key="claimant")
        for p in t.periods:
            grid.add_column(p, key=p)
        for i, (name, cells) in enumerate(t.rows):
            grid.add_row(render.plain(name), *[_cell(cells.get(p)) for p in t.periods],
                         key=str(i))
        if t.official:
            grid.add_row(Text(OFFICIAL, style="bold"),
                         *[Text(f"{t.official[p][1]:,}", style="bold", justify="right")
                           if p in t.official else Text("") for p in t.periods],
                         key="official")
        title = Text(f"{self.metric}, {self.side or 'any side'}, by {self.by}: "
                     f"{render.count(len(t.rows), 'claimant')}", style="bold")
        title.append("  K killed · KW killed and wounded · ≠ more than a quarter from a "
                     "claimant of the same kind · enter: the claim's sentence", style="dim")
        if not t.rows:
            title.append("\nno cumulative claims for this metric and side (m: metric, "
                         "s: side)", style="dim")
        self.query_one("#compare-title", Static).update(title)

    def action_toggle_by(self) -> None:
        self.by = "quarter" if self.by == "month" else "month"
        self.refill()

    def action_next_metric(self) -> None:
        i = METRICS.index(self.metric) if self.metric in METRICS else -1
        self.metric = METRICS[(i + 1) % len(METRICS)]
        self.refill()

    def action_next_side(self) -> None:
        sides = ("russia", "ukraine", "both")
        self.side = sides[(sides.index(self.side) + 1) % 3 if self.side in sides else 0]
        self.refill()

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        row, column = event.coordinate.row, event.coordinate.column
        if self.table is None or column == 0 or row >= len(self.table.rows):
            return  # the claimant's name or the official row: nothing to open
        cell = self.table.cell(row, self.table.periods[column - 1])
        if cell is not None:
            self.dismiss(cell.figure)

    def action_dismiss(self) -> None:
        self.dismiss(None)


def _cell(c) -> Text:
    if c is None:
        return Text("")
    text = Text(("~" if c.figure.approx else "") + f"{c.figure.value:,} ",
                justify="right")
    text.append(KIND_SHORT.get(c.kind, ""), style="dim")
    if c.differs:
        text.append(" ≠", style="bold red")
    return text


def open_compare(app) -> None:
    """The compare view for the timeline's metric and side when they are set."""
    if getattr(app.library, "compare", None) is None:
        app.notify("This library cannot compare claimants.", markup=False)
        return
    timeline = getattr(app, "timeline", None)
    metric = getattr(timeline, "metric", None) or "personnel"
    side = getattr(timeline, "side", "russia")

    def chosen(picked) -> None:
        if picked is not None:
            app.jump_to_figure(picked)

    app.push_screen(CompareScreen(app.library, metric, side), chosen)

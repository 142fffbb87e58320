"""`v` on a figure (in the figures pane or the text): every claim of its value in the
library, earliest first: who said it first, who said it again, which outlets repeated it.
`enter` jumps to a claim's sentence."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Static

from index.checking.trace import ROLES
from tui import render

ROLE_STYLES = {"first": "bold", "again": "bold cyan", "repeated": "dim", "same article": "dim",
               "unattributed": "italic dim"}
PERSONNEL = ("personnel_killed", "personnel_casualties")


class TraceScreen(ModalScreen):
    """Dismissed with the figure chosen (enter), or None."""

    DEFAULT_CSS = """
    TraceScreen { align: center middle; }
    #trace { width: 150; max-width: 100%; height: auto; max-height: 90%;
             border: round $accent; background: $surface; padding: 0 1; }
    #trace-title { height: auto; }
    #trace-table { height: auto; max-height: 30; }
    """
    BINDINGS = [
        Binding("q,escape,v", "dismiss", "Close", id="trace.close"),
        Binding("j", "cursor_down", "Down", show=False, id="trace.down"),
        Binding("k", "cursor_up", "Up", show=False, id="trace.up"),
    ]

    def __init__(self, value: int, steps, what: str):
        super().__init__()
        self.value, self.steps, self.what = value, list(steps), what

    def compose(self) -> ComposeResult:
        with Vertical(id="trace"):
            yield Static(self._title(), id="trace-title")
            yield DataTable(id="trace-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def _title(self) -> Text:
        n = len(self.steps)
        title = Text(f"{self.value:,}: {render.count(n, 'claim')} within 1 % ({self.what}), "
                     "earliest first · enter: its sentence", style="bold")
        if not n:
            title.append("\nno other claim of this value in the library", style="dim")
        return title

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        # who and how before what it counts: at 80 columns the chain still reads
        for name in ("date", "value", "who", "", "counts", "article"):
            table.add_column(name, key=name or "role")
        for i, s in enumerate(self.steps):
            f = s.figure
            date = (f"~{s.date}" if s.estimated else s.date) if s.date else "undated"
            table.add_row(
                Text(date, style="italic" if s.estimated else ""),
                Text(render.approx_value(f.value, f.upper, f.approx), justify="right"),
                render.plain(s.source),
                Text(ROLES[s.role], style=ROLE_STYLES[s.role]),
                Text(f.metric, style=render.metric_colour(f.metric)),
                render.plain(f.file + (f" ({s.outlet})" if s.outlet else "")),
                key=str(i))
        table.focus()

    def action_cursor_down(self) -> None:
        self.query_one(DataTable).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(DataTable).action_cursor_up()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.dismiss(self.steps[int(event.row_key.value)].figure)

    def action_dismiss(self) -> None:
        self.dismiss(None)


def open_trace(app, figure) -> None:
    """Trace `figure`'s value among claims of the same thing (personnel: killed or killed and
    wounded, both shown) and side; enter on a claim jumps to it."""
    if figure is None:
        app.notify("No figure here: mark one with ] / [ or pick one in the figures pane.",
                   markup=False)
        return
    trace = getattr(app.library, "trace", None)
    if trace is None:
        app.notify("This library cannot trace figures.", markup=False)
        return
    metric = "personnel" if figure.metric in PERSONNEL else figure.metric
    steps = trace(figure.value, metric=metric, side=figure.side)
    what = f"{metric}, {figure.side or 'any side'}"

    def chosen(picked) -> None:
        if picked is not None:
            app.jump_to_figure(picked)

    app.push_screen(TraceScreen(figure.value, steps, what), chosen)

"""The per-source timeline: one series per claimant (or outlet) over time, as a chart and as
a list beside it; undated figures are listed apart, estimated dates marked as estimates."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Static
from textual_plotext import PlotextPlot

from index.api import METRIC_GROUPS, Series, TimelinePoint
from index.model import METRICS

from tui import render
from tui.panes.figures_pane import hidden_columns

METRIC_CHOICES = (*METRIC_GROUPS, *METRICS)
SIDE_CHOICES = ("russia", "ukraine", "both", None)
# Names both plotext and Rich understand, so a series has one colour in chart and list.
COLOURS = ("red", "green", "blue", "yellow", "cyan", "magenta", "white")


# What a point counts, in a fact-checker's words: the `personnel` group keeps one claimant's
# deaths and killed-and-wounded in one series, so each point says which it is.
COUNTS = {"personnel_killed": "killed", "personnel_casualties": "killed+wounded"}
# One marker per metric, so deaths and killed-and-wounded differ in the chart too.
MARKERS = {"personnel_killed": "●", "personnel_casualties": "◆"}


def counts_label(metric: str) -> str:
    return COUNTS.get(metric, metric.replace("_", " "))


def marker(metric: str) -> str:
    return MARKERS.get(metric, "■")


def date_label(p: TimelinePoint) -> str:
    if p.as_of is None:
        return "undated"
    return f"~{p.as_of} (est.)" if p.estimated else p.as_of


def value_label(p: TimelinePoint) -> str:
    return render.approx_value(p.value, p.upper, p.approx)


def series_name(s: Series) -> str:
    return s.source if s.kind == "cumulative" else f"{s.source} ({s.kind})"


LIST_COLUMNS = {"source": 24, "date": 18, "value": 11, "counts": 16, "kind": 10}


class TimelineList(DataTable):
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="timeline.down"),
        Binding("k", "cursor_up", "Up", show=False, id="timeline.up"),
        Binding("g", "scroll_top", "Top", show=False, id="timeline.top"),
        Binding("G", "scroll_bottom", "Bottom", show=False, id="timeline.bottom"),
    ]

    # The pane's subtitle names the columns past the edge: it follows size and scrolling.
    def on_resize(self) -> None:
        self.query_ancestor(TimelinePane)._subtitle()

    def watch_scroll_x(self, old: float, new: float) -> None:
        super().watch_scroll_x(old, new)
        if self.is_mounted:
            self.query_ancestor(TimelinePane)._subtitle()


class TimelinePane(Vertical):
    """`rows` holds the point behind each list row (None for separator rows)."""

    ALLOW_MAXIMIZE = True  # `z` (and `t` on a small terminal) gives it the whole screen

    BINDINGS = [
        Binding("m", "metric(1)", "Metric", id="timeline.metric"),
        Binding("M", "metric(-1)", "Prev metric", show=False, id="timeline.metric_back"),
        Binding("s", "side", "Side", id="timeline.side"),
        Binding("o", "group", "Claimant/outlet", id="timeline.group"),
    ]

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.metric = "personnel"
        self.side: str | None = "russia"
        self.by = "claimant"
        self.series: list[Series] = []
        self.rows: list[TimelinePoint | None] = []

    def compose(self) -> ComposeResult:
        yield Static(id="timeline-title")
        with Horizontal(id="timeline-body"):
            yield PlotextPlot(id="timeline-chart")
            table = TimelineList(id="timeline-list", cursor_type="row")
            yield table

    def on_mount(self) -> None:
        table = self.query_one(TimelineList)
        for name, width in LIST_COLUMNS.items():
            table.add_column(name, key=name, width=width)
        self._title()

    def _title(self) -> None:
        side = self.side or "all sides"
        self.query_one("#timeline-title", Static).update(
            Text.assemble(("Timeline  ", "bold"), f"{self.metric} · {side} · by {self.by}",
                          ("   z chart · m metric · s side · o claimant/outlet · enter jump", "dim"))
        )

    def show_series(self, series: list[Series]) -> None:
        self.series = series
        self._title()
        self._chart()
        self._list()

    def _chart(self) -> None:
        chart = self.query_one(PlotextPlot)
        plt = chart.plt
        plt.clear_data()
        plt.clear_figure()
        plt.date_form("Y-m-d")
        # Daily and cumulative figures differ by orders of magnitude: the chart shows the
        # cumulative series when there are any (the list shows every series).
        kinds = {s.kind for s in self.series if any(p.as_of for p in s.points)}
        kind = "cumulative" if "cumulative" in kinds else next(iter(sorted(kinds)), None)
        values: list[int] = []
        shown: set[str] = set()
        for i, s in enumerate(self.series):
            if s.kind != kind:
                continue
            # One line per metric within a series: a claimant's deaths and its killed-and-
            # wounded are never joined as if one count grew into the other.
            by_metric: dict[str, list[TimelinePoint]] = {}
            for p in s.points:
                if p.as_of:
                    by_metric.setdefault(p.metric, []).append(p)
            for metric, dated in sorted(by_metric.items()):
                label = series_name(s)[:28]
                if len(METRIC_GROUPS.get(self.metric, ())) > 1:
                    label = f"{marker(metric)} {counts_label(metric)}: {label}"
                plt.plot([p.as_of for p in dated], [p.value for p in dated], label=label,
                         color=COLOURS[i % len(COLOURS)], marker=marker(metric))
                values += [p.value for p in dated]
                shown.add(metric)
        if values:
            low, high = min(values), max(values)
            ticks = sorted({round(low + (high - low) * k / 4) for k in range(5)})
            plt.yticks(ticks, [f"{t:,}" for t in ticks])
            keys = "  ".join(f"{marker(m)} {counts_label(m)}" for m in sorted(shown))
            plt.title(f"{kind} · {keys}" if len(shown) > 1 else
                      f"{kind} figures, one colour per source")
        else:
            plt.title("no dated figures")
        chart.refresh()

    def _list(self) -> None:
        table = self.query_one(TimelineList)
        table.clear()
        self.rows = []
        undated: list[tuple[int, Series, TimelinePoint]] = []
        for i, s in enumerate(self.series):
            colour = COLOURS[i % len(COLOURS)]
            for p in s.points:
                if p.as_of is None:
                    undated.append((i, s, p))
                    continue
                self._row(table, s, p, colour)
        if undated:
            table.add_row(Text("── undated ──", style="dim"), "", "", "", "", key="sep")
            self.rows.append(None)
            for i, s, p in undated:
                self._row(table, s, p, COLOURS[i % len(COLOURS)])
        self._subtitle()

    def _subtitle(self) -> None:
        hidden = hidden_columns(self.query_one(TimelineList), LIST_COLUMNS)
        right = f" · → {', '.join(hidden)}" if hidden else ""
        self.border_subtitle = (render.count(sum(len(s.points) for s in self.series), "figure")
                                + right)



    def _row(self, table: DataTable, s: Series, p: TimelinePoint, colour: str) -> None:
        date = Text(date_label(p), style="italic" if p.as_of is None or p.estimated else "")
        name = render.plain(s.source)
        name.stylize(colour)
        counts = Text(f"{marker(p.metric)} {counts_label(p.metric)}",
                      style=render.metric_colour(p.metric))
        table.add_row(name, date, Text(value_label(p), justify="right"), counts, p.kind,
                      key=str(len(self.rows)))
        self.rows.append(p)

    def current(self) -> TimelinePoint | None:
        table = self.query_one(TimelineList)
        if not self.rows or table.cursor_row is None:
            return None
        return self.rows[min(table.cursor_row, len(self.rows) - 1)]

    def action_metric(self, step: int) -> None:
        i = METRIC_CHOICES.index(self.metric) if self.metric in METRIC_CHOICES else 0
        self.metric = METRIC_CHOICES[(i + step) % len(METRIC_CHOICES)]
        self.app.action_load_timeline()

    def action_side(self) -> None:
        self.side = SIDE_CHOICES[(SIDE_CHOICES.index(self.side) + 1) % len(SIDE_CHOICES)]
        self.app.action_load_timeline()

    def action_group(self) -> None:
        self.by = "outlet" if self.by == "claimant" else "claimant"
        self.app.action_load_timeline()

"""The per-source timeline: one series per claimant (or outlet) over time, as a chart and as
a list beside it; undated figures are listed apart, estimated dates marked as estimates."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Static

from index.api import METRIC_GROUPS, Series, TimelinePoint
from index.model import METRICS
from index.timeline import Reference

from tui import render
from tui.panes.figures_pane import hidden_columns
from tui.panes.timeline_chart import (Line, TimelineChart, counts_label, line_name, lines_of,
                                      scale_of)

METRIC_CHOICES = (*METRIC_GROUPS, *METRICS)
SIDE_CHOICES = ("russia", "ukraine", "both", None)
SCALES = ("cumulative", "daily", "period", "rate", "other", "officers")


def date_label(p: TimelinePoint) -> str:
    if p.as_of is None:
        return "undated"
    return f"~{p.as_of}" if p.estimated else p.as_of


def value_label(p: TimelinePoint) -> str:
    return render.approx_value(p.value, p.upper, p.approx)


LIST_COLUMNS = {"source": 20, "date": 11, "value": 11, "counts": 14, "kind": 10}


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
        Binding("o", "group", "Group", id="timeline.group"),
        Binding("d", "scale", "Scale", id="timeline.scale"),  # c is the app's compare
    ]

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.metric = "personnel"
        self.side: str | None = "russia"
        self.by = "claimant"
        self.series: list[Series] = []
        self.rows: list[TimelinePoint | None] = []
        self.metrics: list[str] = list(METRIC_CHOICES)  # what the library has figures of
        self.scale: str | None = None  # the chart's scale; None: the first the series have
        self.reference: Reference | None = None
        self.lines: list[Line] = []

    def compose(self) -> ComposeResult:
        yield Static(id="timeline-title")
        with Horizontal(id="timeline-body"):
            yield TimelineChart(id="timeline-chart")
            yield TimelineList(id="timeline-list", cursor_type="row")

    def on_mount(self) -> None:
        table = self.query_one(TimelineList)
        for name, width in LIST_COLUMNS.items():
            table.add_column(name, key=name, width=width)
        self._title()

    def on_resize(self) -> None:
        self._title()  # the keys' hint is shorter at 80 columns

    def scales(self) -> list[str]:
        """The chart scales the series have dated points on, in SCALES order."""
        have = {scale_of(s) for s in self.series if any(p.as_of for p in s.points)}
        if self.reference is not None and self.reference.points:
            have.add(self.reference.kind)
        return [k for k in SCALES if k in have]

    def shown_scale(self) -> str | None:
        scales = self.scales()
        return self.scale if self.scale in scales else next(iter(scales), None)

    def _title(self) -> None:
        side = self.side or "all sides"
        scale = self.shown_scale()
        chart = f" · {scale}" if scale else ""
        narrow = self.app.screen.has_class("-narrow")  # 80 columns: the keys alone
        keys = ("   m s o d · z zoom" if narrow else
                "   m metric · s side · o by · d scale · z zoom · enter: to the sentence")
        self.query_one("#timeline-title", Static).update(Text.assemble(
            (f"{self.metric} · {side} · by {self.by}{chart}", "bold"), (keys, "dim")))

    def show_series(self, series: list[Series], metrics: list[str] | None = None) -> None:
        self.series = series
        if metrics is not None:
            self.metrics = metrics
        self._title()
        self._chart()
        self._list()

    def set_reference(self, reference: Reference | None) -> None:
        """Draw `reference` (an official record, say) beside the claims, or no longer."""
        self.reference = reference
        self.show_series(self.series)

    def _chart(self) -> None:
        chart = self.query_one(TimelineChart)
        scale = self.shown_scale()
        charted = [s for s in self.series if scale_of(s) == scale]
        self.lines = lines_of(charted, self.metric)
        side = f" ({self.side})" if self.side else ""
        if not self.series:
            chart.message(f"No {self.metric} figures{side} in this library.\n\n"
                          "m: another metric · s: another side")
            return
        if scale is None:
            chart.message(f"None of these {render.count(len(self._points()), 'figure')} "
                          "has a date: the list shows them under \"undated\".")
            return
        with_side = self.side is None
        with_metric = len(METRIC_GROUPS.get(self.metric, ())) > 1
        names = [line_name(line, with_side, with_metric) for line in self.lines]
        reference = self.reference if self.reference and self.reference.kind == scale else None
        chart.draw(self.lines, names, reference)

    def _points(self) -> list[TimelinePoint]:
        return [p for s in self.series for p in s.points]

    def _list(self) -> None:
        table = self.query_one(TimelineList)
        table.clear()
        self.rows = []
        marks = {(id(line.series), line.metric): line for line in self.lines}
        undated: list[tuple[Series, TimelinePoint]] = []
        for s in self.series:
            for p in s.points:
                if p.as_of is None:
                    undated.append((s, p))
                else:
                    self._row(table, s, p, marks.get((id(s), p.metric)))
        if undated:
            table.add_row(Text("── undated ──", style="dim"), "", "", "", "", key="sep")
            self.rows.append(None)
            for s, p in undated:
                self._row(table, s, p, None)
        self._subtitle()

    def _subtitle(self) -> None:
        hidden = hidden_columns(self.query_one(TimelineList), LIST_COLUMNS)
        right = f" · → {', '.join(hidden)}" if hidden else ""
        self.border_subtitle = render.count(len(self._points()), "figure") + right

    def _row(self, table: DataTable, s: Series, p: TimelinePoint, line: Line | None) -> None:
        date = Text(date_label(p), style="italic" if p.as_of is None or p.estimated else "")
        name = Text(f"{line.marker} " if line else "  ", style=f"bold {line.colour}" if line else "")
        name.append_text(render.plain(s.source))
        if line:
            name.stylize(line.colour, 2)
        counts = Text("officers" if s.ranks else counts_label(p.metric),
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
        choices = self.metrics or list(METRIC_CHOICES)
        i = choices.index(self.metric) if self.metric in choices else -step
        self.metric = choices[(i + step) % len(choices)]
        self.scale = None
        self.app.action_load_timeline()

    def action_side(self) -> None:
        self.side = SIDE_CHOICES[(SIDE_CHOICES.index(self.side) + 1) % len(SIDE_CHOICES)]
        self.app.action_load_timeline()

    def action_group(self) -> None:
        self.by = "outlet" if self.by == "claimant" else "claimant"
        self.app.action_load_timeline()

    def action_scale(self) -> None:
        scales = self.scales()
        if len(scales) < 2:
            self.app.notify(f"The chart has only {scales[0] if scales else 'no'} figures here.",
                            markup=False)
            return
        shown = self.shown_scale()
        self.scale = scales[(scales.index(shown) + 1) % len(scales)]
        self.show_series(self.series)

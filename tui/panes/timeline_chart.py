"""The timeline chart: one mark per claim, each series its own colour and marker, its dated
claims joined by a thin (braille) line, the legend beside the plot, and optionally one
reference series (an official daily record) drawn as a plain line of its own.

Drawn with textual-plot (a native Textual widget: braille lines, scatter markers, axis
formatters). One scale at a time: cumulative totals, daily counts and counts of officers
differ by orders of magnitude and never share an axis; the pane picks which (`c`)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static
from textual_plot import HiResMode, PlotWidget

from index.api import METRIC_GROUPS, Series, TimelinePoint
from index.timeline import Reference

from tui import render
from tui.panes.chart_axes import DateAxis, ValueAxis, day, x_range, y_range

# Tableau's ten categorical colours (made to be told apart, mid-tones that read on dark and
# light themes; named ANSI colours are remapped by the theme and red and magenta came out
# alike) and ten markers; series i gets colour i and marker i (then shifted), so no two of
# the first hundred look alike.
COLOURS = ("#e15759", "#59a14f", "#4e79a7", "#edc948", "#b07aa1", "#f28e2b", "#76b7b2",
           "#ff9da7", "#9c755f", "#bab0ac")
MARKERS = ("●", "▲", "■", "◆", "▼", "★", "✚", "✖", "◉", "▶")
REFERENCE_STYLE = "bold grey70"
LEGEND_WIDTH = 30
# What a point counts, in a fact-checker's words.
COUNTS = {"personnel_killed": "killed", "personnel_casualties": "killed+wounded"}


def counts_label(metric: str) -> str:
    return COUNTS.get(metric, metric.replace("_", " "))


def look(i: int) -> tuple[str, str]:
    """(colour, marker) of the i-th line of the chart."""
    return COLOURS[i % len(COLOURS)], MARKERS[(i + i // len(MARKERS)) % len(MARKERS)]


class ClaimsPlot(PlotWidget, can_focus=False):  # its zoom and pan keys would shadow ours
    """The plot, with as many ticks as its size has room for (a date label is 7-10 cells)."""

    def __init__(self, **kwargs):
        super().__init__(allow_pan_and_zoom=False, **kwargs)
        self.dates, self.values = DateAxis(), ValueAxis()
        self.set_x_formatter(self.dates)
        self.set_y_formatter(self.values)

    def render(self):
        self.dates.width = max(0, self.size.width - self.margin_left)
        self.dates.most = max(2, self.dates.width // 9)
        self.values.most = max(2, (self.size.height - 2) // 3)
        return super().render()


@dataclass
class Line:
    """One line of the chart: a series' dated points of one metric, and how it looks."""

    series: Series
    metric: str
    points: list[TimelinePoint]
    colour: str
    marker: str


def scale_of(s: Series) -> str:
    """The axis a series is drawn on: its kind, or "officers" for counts of officers."""
    return "officers" if s.ranks else s.kind


def lines_of(series: list[Series], metric_group: str) -> list[Line]:
    """Every series split by metric (a claimant's deaths and its killed-and-wounded are never
    joined as if one count grew into the other), in series order, each with its look."""
    lines = []
    for s in series:
        by_metric: dict[str, list[TimelinePoint]] = {}
        for p in s.points:
            if p.as_of:
                by_metric.setdefault(p.metric, []).append(p)
        group = METRIC_GROUPS.get(metric_group, (metric_group,))
        for metric in sorted(by_metric, key=lambda m: group.index(m) if m in group else 99):
            colour, mark = look(len(lines))
            lines.append(Line(s, metric, by_metric[metric], colour, mark))
    return lines


def line_name(line: Line, with_side: bool, with_metric: bool) -> tuple[str, str]:
    """The legend's two lines for `line`: its source, then what it counts and how often."""
    detail = [render.count(len(line.points), "claim")]
    if with_metric:
        detail.insert(0, counts_label(line.metric))
    if with_side:
        detail.insert(0, line.series.side or "no side")
    return line.series.source, " · ".join(detail)


class TimelineChart(Horizontal):
    """`draw(lines, reference)`; `message(text)` shows a sentence instead of an empty frame."""

    def compose(self) -> ComposeResult:
        yield ClaimsPlot(id="chart-plot")
        yield Static(id="chart-legend")
        yield Static(id="chart-message")

    def on_mount(self) -> None:
        plot = self.query_one(PlotWidget)
        plot.margin_left = 7  # short_number's labels are at most 5 cells ("1.02M", "765k")
        plot.margin_top = 1
        plot.margin_bottom = 1
        self.message("")

    def message(self, text: str) -> None:
        shown = bool(text)
        self.query_one("#chart-message", Static).update(render.plain(text, one_line=False))
        self.query_one("#chart-message").display = shown
        self.query_one(PlotWidget).display = not shown
        self.query_one("#chart-legend").display = not shown

    def draw(self, lines: list[Line], names: list[tuple[str, str]],
             reference: Reference | None) -> None:
        plot = self.query_one(PlotWidget)
        plot.clear()
        days = [day(p.as_of) for line in lines for p in line.points]
        values = [p.value for line in lines for p in line.points]
        ref = sorted((day(d), v) for d, v in (reference.points if reference else ()))
        if not days and ref:
            days, values = [d for d, _ in ref], [v for _, v in ref]
        x_lo, x_hi = x_range(days)
        ref = [(d, v) for d, v in ref if x_lo <= d <= x_hi]  # the claims set the window
        y_lo, y_hi = y_range(values + [v for _, v in ref])
        if ref:
            plot.plot([d for d, _ in ref], [v for _, v in ref], line_style=REFERENCE_STYLE,
                      hires_mode=HiResMode.BRAILLE)
        # thin lines first, marks on top: one mark per claim, never a run of markers
        for line in lines:
            if len(line.points) > 1:
                plot.plot([day(p.as_of) for p in line.points], [p.value for p in line.points],
                          line_style=line.colour, hires_mode=HiResMode.BRAILLE)
        for line in lines:
            plot.scatter([day(p.as_of) for p in line.points], [p.value for p in line.points],
                         marker=line.marker, marker_style=f"bold {line.colour}")
        plot.set_xlimits(x_lo, x_hi)
        plot.set_ylimits(y_lo, y_hi)
        self.query_one("#chart-legend", Static).update(self._legend(lines, names, reference))
        self.message("")

    @staticmethod
    def _legend(lines: list[Line], names: list[tuple[str, str]],
                reference: Reference | None) -> Text:
        legend = Text()
        if reference is not None:
            legend.append("⠒⠒ ", style=REFERENCE_STYLE)
            legend.append(render.safe(reference.label, one_line=True) + "\n\n")
        for line, (name, detail) in zip(lines, names):
            legend.append(f"{line.marker} ", style=f"bold {line.colour}")
            legend.append(render.safe(name, one_line=True) + "\n", style=line.colour)
            legend.append(f"  {detail}\n", style="dim")
        legend.rstrip()
        return legend

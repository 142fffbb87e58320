"""The article pane: title, where its date came from, then the body, drawn line by line.

A Line API widget: the styled body is wrapped once per width into (start, end) offset pairs,
so any character offset maps to a screen line and "scroll so the sentence is in view" is
exact. Only the lines on screen are rendered, so a very long article costs nothing to show.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from index.model import Article

from tui import render
from tui.check_marks import checks_for, detail, mark_text


def date_line(article: Article) -> str:
    """Where the reader's idea of the article's date comes from, in words."""
    parts = []
    if article.outlet:
        parts.append(article.outlet)
    if article.published:
        how = article.published_from or "unknown source"
        if how.startswith("text:"):
            how = "from the text: " + how[5:].strip()
        else:
            how = "from " + how
        parts.append(f"published {article.published} ({how})")
    elif article.published_estimate:
        why = _estimate_reason(article)
        parts.append(f"undated (estimated ~{article.published_estimate} from "
                     + (f"\"{why}\")" if why else "the text)"))
    else:
        parts.append("undated")
    parts.append(render.count(len(article.figures), "figure"))
    parts.append(article.file)
    return " · ".join(parts)


def _estimate_reason(article: Article) -> str | None:
    """The phrase the article's estimated date comes from, as its figures report it."""
    if article.published_from:
        return article.published_from.split(":", 1)[-1].strip().strip('"')
    for f in article.figures:
        if f.as_of_estimate == article.published_estimate and f.as_of_from:
            return f.as_of_from.split(":", 1)[-1].strip().strip('"')
    return None


def _claimant(fig) -> str:
    """Who claims it, and why tally says so when the sentence itself does not."""
    if not fig.claimant:
        return "unattributed"
    return f"{fig.claimant} ({fig.claimant_from})" if fig.claimant_from else fig.claimant


def figure_line(article: Article, span: tuple[int, int] | None, checks=None) -> Text:
    """What tally read in the marked figure: value, what, whose, who says, as of when."""
    fig = next((f for f in article.figures if span and (f.start, f.end) == tuple(span)), None)
    if fig is None:
        if not article.figures:
            return Text("no figures found in this article", style="dim")
        n = len(article.figures)
        return Text(f"] / [ step through its {render.count(n, 'figure')} · f lists them",
                    style="dim")
    when = fig.as_of or (f"~{fig.as_of_estimate} (est.)" if fig.as_of_estimate else "undated")
    if fig.as_of_from:
        when += f" ({fig.as_of_from})"
    bits = [render.approx_value(fig.value, fig.upper, fig.approx), fig.metric,
            fig.side or "side unknown", _claimant(fig), fig.kind, f"as of {when}"]
    line = Text("▶ ", style="bold")
    style = f"bold {render.metric_colour(fig.metric)}"
    line.append(render.safe(bits.pop(0), one_line=True), style=style)
    line.append_text(detail((checks or {}).get((fig.file, fig.start))))  # names the bulletin
    line.append(render.safe(" · " + " · ".join(bits), one_line=True), style=style)
    return line


class ArticleView(ScrollView, can_focus=True):
    """Shows one article; `show()` sets what is highlighted and where to scroll."""

    BINDINGS = [
        Binding("j,down", "scroll_down", "Down", show=False, id="text.down"),
        Binding("k,up", "scroll_up", "Up", show=False, id="text.up"),
        Binding("g,home", "scroll_home", "Top", show=False, id="text.top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="text.bottom"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="text.page_down"),
        Binding("b,pageup", "page_up", "Page up", show=False, id="text.page_up"),
        Binding("v", "trace", "Trace", id="text.trace"),
    ]


    # The theme colours the marks (tally.tcss): a sentence, a search hit, the current hit.
    COMPONENT_CLASSES = {"article-view--sentence", "article-view--hit",
                         "article-view--current-hit"}

    def marks(self) -> dict[str, Style]:
        """The styles of the marks under the current theme."""
        return {
            "sentence": self.get_component_rich_style("article-view--sentence", partial=True),
            "hit": self.get_component_rich_style("article-view--hit", partial=True),
            "current_hit": self.get_component_rich_style("article-view--current-hit",
                                                         partial=True),
        }

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.article: Article | None = None
        self.hits: list[tuple[int, int]] = []
        self.current_hit: tuple[int, int] | None = None
        self.sentence: tuple[int, int] | None = None
        self.figure: tuple[int, int] | None = None
        self._text = Text()
        self._header: list[Text] = []
        self._lines: list[tuple[int, int]] = []
        self._width = 0
        self._cache: dict[int, Strip] = {}

    # -- state -----------------------------------------------------------------------------
    def show(
        self,
        article: Article | None,
        hits: list[tuple[int, int]] | None = None,
        current_hit: tuple[int, int] | None = None,
        sentence: tuple[int, int] | None = None,
        figure: tuple[int, int] | None = None,
    ) -> None:
        self.article = article
        self.hits = hits or []
        self.current_hit = current_hit
        self.sentence = sentence
        self.figure = figure
        if article is None:
            self._text = Text("No article open. Pick one from the list (enter).", style="dim")
            self._header = []
        else:
            self._text = render.article_text(
                article.text, article.figures, self.hits, current_hit, sentence, figure,
                self.marks() if self.is_mounted else None,
            )
            checks = checks_for(getattr(self.app, "library", None), article.figures,
                                article.figures) if self.is_mounted else {}
            mark_text(self._text, article.figures, checks)
            self._header = [
                Text(render.safe(article.title, one_line=True), style="bold"),
                Text(render.safe(date_line(article), one_line=True), style="italic dim"),
                figure_line(article, figure, checks),
                Text(""),
            ]
        self._width = 0
        self._relayout()

    def _relayout(self) -> None:
        width = max(10, self.scrollable_content_region.width or self.size.width or 80)
        if width == self._width:
            return
        self._width = width
        self._lines = render.wrap_offsets(self._text.plain, width)
        self._cache.clear()
        self.virtual_size = Size(width, len(self._header) + len(self._lines))
        self.refresh()

    def on_resize(self) -> None:
        self._relayout()

    def line_of(self, offset: int) -> int:
        """The screen line (counting the header) that holds character `offset`."""
        return len(self._header) + render.line_of(self._lines, offset)

    def offset_at_top(self) -> int:
        """The character offset of the first body line in view."""
        y = int(self.scroll_y) - len(self._header)
        if not self._lines:
            return 0
        return self._lines[max(0, min(y, len(self._lines) - 1))][0]

    def scroll_to_span(self, start: int, end: int, animate: bool = False) -> None:
        """Scroll so `text[start:end]` is in view, a little below the top when possible."""
        first, last = self.line_of(start), self.line_of(max(start, end - 1))
        height = self.scrollable_content_region.height or self.size.height
        top = int(self.scroll_y)
        if first > top and last < top + height:  # not under the pinned figure line
            return
        target = max(0, first - max(1, min(3, height // 4)))
        self.scroll_to(y=target, animate=animate, immediate=not animate)

    def visible_lines(self) -> range:
        """The lines the user sees (less the top row while the figure line is pinned there)."""
        height = self.scrollable_content_region.height or self.size.height
        pinned = 1 if self._pinned() else 0
        return range(int(self.scroll_y) + pinned, int(self.scroll_y) + height)

    FIGURE_LINE = 2  # the header line that says what tally read in the marked figure

    def _pinned(self) -> bool:
        """Whether the "▶ figure" line is pinned to the top row: a figure is marked and its
        own line has scrolled away, as it does while `]` / `[` step down the text."""
        return (self.figure is not None and len(self._header) > self.FIGURE_LINE
                and int(self.scroll_y) > self.FIGURE_LINE)

    # -- drawing ---------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y == 0 and self._pinned():
            line = self._header[self.FIGURE_LINE].copy()
            line.truncate(width, overflow="ellipsis")
            line.stylize("reverse")
            return Strip(
                [Segment(s.text, base + s.style if s.style else base)
                 for s in line.render(self.app.console) if s.text != "\n"]
            ).crop_extend(0, width, base + Style(reverse=True))
        strip = self._cache.get(index)
        if strip is None:
            if index < len(self._header):
                line = self._header[index].copy()
                line.truncate(self._width, overflow="ellipsis")
            elif index - len(self._header) < len(self._lines):
                start, end = self._lines[index - len(self._header)]
                line = self._text[start:end]
            else:
                return Strip.blank(width, base)
            segments = [
                Segment(s.text, base + s.style if s.style else base)
                for s in line.render(self.app.console)
                if s.text != "\n"
            ]
            strip = Strip(segments)
            self._cache[index] = strip
        return strip.crop_extend(scroll_x, scroll_x + width, base).apply_offsets(scroll_x, index)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _: self.call_after_refresh(self._restyle))

    def _restyle(self) -> None:
        """A new theme: rebuild the marks in its colours, keeping the scroll."""
        if self.article is not None:
            y = self.scroll_y
            self.show(self.article, self.hits, self.current_hit, self.sentence, self.figure)
            self.scroll_to(y=y, animate=False, immediate=True)

    def action_trace(self) -> None:
        from tui.dialogs.trace_screen import open_trace
        span = self.figure
        open_trace(self.app, next((f for f in self.article.figures if span and
                                   (f.start, f.end) == tuple(span)), None) if self.article else None)

    def render_text(self) -> Text:
        """The whole styled body (tests read its spans)."""
        return self._text

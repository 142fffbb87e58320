"""The article list: one row per article (title; date, outlet, figures), or per search hit
(title; snippet with the matched words highlighted) while a search narrows it."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from index.api import ArticleSummary, Hit

from tui import render

# Enough to scroll through; a 10,000-article library says how many more there are instead
# of building 10,000 rows.
SHOWN = 200


def _date(a: ArticleSummary) -> str:
    return render.dated(a.published, a.published_estimate)


def _title(text: str) -> Text:
    return Text(render.safe(text, one_line=True), style="bold")


def _to_hit(line: Text, width: int) -> Text:
    """A snippet line that starts a third of the width before its first hit, so the hit
    shows in a narrow list ("…around Ukraine's hotly contested Bakhmut…", not "…around
    Ukra…")."""
    first = min((span.start for span in line.spans if span.style == render.HIT), default=None)
    lead = (first or 0) - width // 3
    if first is None or lead <= 1:
        return line
    cut = line.plain.rfind(" ", lead, first)  # at a word, where one is near
    cut = cut + 1 if cut > 0 and first - cut < width // 2 else lead
    return Text("…").append_text(line[cut:])


def fit(row: Text, width: int) -> Text:
    """Each line of `row` cut to `width` cells with an ellipsis: one line per title, so
    long titles do not push the rows apart; a snippet keeps its first hit in view."""
    width = max(4, width)
    lines = [_to_hit(line, width) for line in row.split("\n")]
    for line in lines:
        # A snippet runs far past the pane, and measuring it all costs more than the rest
        # of the row: once a prefix is already too wide, the cut depends on nothing after it.
        keep = 2 * width + 2
        if len(line) > keep and cell_len(line.plain[:keep]) > width:
            line.right_crop(len(line) - keep)
        line.truncate(width, overflow="ellipsis")
    return Text("\n").join(lines)


def article_row(a: ArticleSummary) -> Text:
    row = _title(a.title or a.file)
    meta = [_date(a), a.outlet or "", f"{a.figures} fig"]
    if a.duplicate_of:
        meta.append(f"duplicate of {a.duplicate_of}")
    row.append("\n")
    row.append(render.safe(" · ".join(m for m in meta if m), one_line=True), style="dim")
    return row


def skip_row(skip) -> Text:
    """A file the library could not read: listed so nothing vanishes silently."""
    row = Text("⚠ ", style="yellow")
    row.append(render.safe(skip.file, one_line=True))
    row.append("\n  " + render.safe(skip.reason, one_line=True), style="dim")
    return row


def hit_row(h: Hit, summary: ArticleSummary | None) -> Text:
    row = _title(h.title or h.file)
    row.append("\n")
    row.append(render.safe(_date(summary) if summary else "", one_line=True), style="dim")
    # A query on fields only (`value:>500000`) matches figures, not words.
    if h.hits and not h.snippet_hits:  # its figures are the hits (`value:>500000`)
        said = f"  {render.count(len(h.hits), 'figure')} match{'es' if len(h.hits) == 1 else ''}\n"
    else:
        said = f"  {render.count(len(h.hits), 'hit')}\n" if h.hits else "  its figures match\n"
    row.append(said, style="dim")
    # One-line safe text keeps the length, so `snippet_hits` still point at the words.
    row.append_text(render.highlighted(h.snippet, h.snippet_hits, one_line=True))
    return row


class ArticleList(OptionList):
    """Rows carry the article's file as their id; `enter` opens it."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("g", "first", "Top", show=False, id="list.top"),
        Binding("G", "last", "Bottom", show=False, id="list.bottom"),
    ]

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.summaries: dict[str, ArticleSummary] = {}
        self.files: list[str] = []
        self._rows: list[tuple[str, Text]] = []
        self._total = 0
        self._notes: list[Text] = []
        self._fitted = 0
        # Rows already fitted and measured, by what they show: a search that keeps a row (or
        # clearing it, back to the whole list) reuses its option instead of laying it out
        # again. Two sets, so a search cannot push the whole list's rows out.
        self._hits = False
        self._complete = True
        self._made: dict[bool, dict[tuple, Option]] = {False: {}, True: {}}

    def show_articles(self, summaries: list[ArticleSummary], keep: str | None = None,
                      skipped=()) -> None:
        self.summaries = {a.file: a for a in summaries}
        self._fill([(a.file, article_row(a)) for a in summaries[:SHOWN]], len(summaries), keep,
                   [skip_row(s) for s in skipped[:SHOWN]], hits=False)

    def show_hits(self, hits: list[Hit], total: int, keep: str | None = None,
                  complete: bool = True) -> None:
        rows = [(h.file, hit_row(h, self.summaries.get(h.file))) for h in hits[:SHOWN]]
        self._complete = complete
        self._fill(rows, total, keep, hits=True)

    def _option(self, made: dict, cache: dict, file: str, text: Text, width: int) -> Option:
        key = (file, text.plain, tuple(text.spans), width)
        option = cache.get(key) or made.get(key)
        if option is None:
            option = Option(fit(text, width), id=file)
        made[key] = option
        return option

    def _fill(self, rows: list[tuple[str, Text]], total: int, keep: str | None,
              notes: list[Text] = (), hits: bool | None = None) -> None:
        if hits is None:  # a refill at a new width keeps the kind of rows it had
            hits = self._hits
        self._hits = hits
        self._rows, self._total, self._notes = rows, total, list(notes)
        self.files = [file for file, _ in rows]
        width = self._row_width()
        self._fitted = width
        cache, made = self._made[hits], {}
        options: list[Option] = [self._option(made, cache, file, text, width)
                                 for file, text in rows]
        if hits and not self._complete:
            options.append(Option(Text("… more may match: enter searches every article",
                                       style="dim italic"),
                                  id="__more__", disabled=True))
        elif total > len(rows):
            options.append(Option(Text(f"… {total - len(rows):,} more: / narrows the list",
                                       style="dim italic"),
                                   id="__more__", disabled=True))
        if self._notes:
            options.append(Option(Text(f"{render.count(len(self._notes), 'file')} skipped "
                                       "(enter or ! shows why)", style="bold"),
                                  id="__skipped__", disabled=True))
            # Enabled, so `G` and the cursor reach them; enter lists every reason in full.
            options += [self._option(made, cache, f"__skip__{i}", note, width)
                        for i, note in enumerate(self._notes)]
        self._made[hits] = made  # only what shows now: the cache cannot grow without bound
        self.set_options(options)
        if keep in self.files:
            self.highlighted = self.files.index(keep)
        elif self.files:
            self.highlighted = 0

    def on_resize(self) -> None:
        width = self._row_width()
        if self._rows and width != self._fitted:
            keep = self.files[self.highlighted] if self.highlighted is not None and self.highlighted < len(self.files) else None
            self._fill(self._rows, self._total, keep, self._notes)

    def _row_width(self) -> int:
        # The widget's width less room for a scrollbar, whether one shows or not, so rows
        # do not change with the number of rows.
        return max(8, (self.content_region.width or 40) - 3)

    def select_file(self, file: str) -> None:
        if file in self.files:
            self.highlighted = self.files.index(file)

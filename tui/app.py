"""The reader: article list, article text, figures and timeline, driven from the keyboard.

The app owns every change of state; panes show what they are given and post messages;
workers (indexing, search, timeline) run in threads and only post messages back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from textual import on
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import ContentSwitcher, DataTable, Footer, OptionList, ProgressBar, Static

from index.api import LibraryAPI, SearchResult
from index.model import Article

from tui import render, settings
from tui.panes.article_list import ArticleList
from tui.panes.article_view import ArticleView
from tui.commands import TEXTUAL_DUPLICATES, palette
from tui.panes.figures_pane import FiguresPane
from tui.actions.copy_actions import CopyActions
from tui.actions.indexing import IndexingFlow
from tui.actions.jump_flow import JumpFlow
from tui.actions.pane_actions import PaneActions
from tui.jumps import Jumps, Location
from tui.messages import ArticlesLoaded, IndexDone, IndexProgress, TimelineLoaded
from tui.panes.search_bar import SearchBar
from tui.actions.search_flow import SearchFlow
from tui.panes.timeline_pane import TimelinePane
from tui.footer import ReaderFooter
from tui.status import status_line


class TallyApp(IndexingFlow, JumpFlow, SearchFlow, PaneActions, CopyActions, App):
    """`TallyApp(root)` reads the corpus at `root`; tests pass a `library` to skip indexing."""

    CSS_PATH = "tally.tcss"
    TITLE = "tally"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]

    BINDINGS = [
        # Priority: handled as it arrives, so the input has focus before the next keys
        # (typed fast or pasted after `/`) are delivered.
        Binding("slash", "search", "Search", id="app.search", priority=True),
        # The footer shows the main keys only (it must fit 160 columns with a pane's own
        # keys); the reverse steps and the rest are in `?` and the palette (ctrl+p).
        Binding("n", "hit(1)", "Next hit", id="app.next_hit"),
        Binding("N", "hit(-1)", "Prev hit", show=False, id="app.prev_hit"),
        Binding("right_square_bracket", "step_figure(1)", "Next figure", id="app.next_figure"),
        Binding("left_square_bracket", "step_figure(-1)", "Prev figure", show=False,
                id="app.prev_figure"),
        Binding("f", "show_figures", "Figures", id="app.figures"),
        Binding("t", "show_timeline", "Timeline", id="app.timeline"),
        Binding("c", "compare", "Compare", show=False, id="app.compare"),
        Binding("ctrl+o", "back", "Back", id="app.back"),
        Binding("ctrl+right", "forward", "Forward", show=False, id="app.forward"),
        Binding("y", "copy_sentence", "Copy", id="app.copy"),
        Binding("ctrl+e", "export", "Export", show=False, id="app.export"),
        Binding("z", "zoom", "Zoom", id="app.zoom"),
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("exclamation_mark", "skipped", "Skipped files", show=False, id="app.skipped"),
        Binding("r", "reindex", "Index now", show=False, id="app.reindex"),
        Binding("q", "quit", "Quit", show=False, id="app.quit"),
        Binding("escape", "escape", "Cancel", id="app.escape"),
        Binding("1", "focus_pane(1)", "List", show=False, id="app.focus_list"),
        Binding("2", "focus_pane(2)", "Text", show=False, id="app.focus_text"),
        Binding("3", "focus_pane(3)", "Figures", show=False, id="app.focus_figures"),
        Binding("4", "focus_pane(4)", "Timeline", show=False, id="app.focus_timeline"),
        Binding("less_than_sign", "resize_list(-1)", "Narrower list", show=False, id="app.list_narrower"),
        Binding("greater_than_sign", "resize_list(1)", "Wider list", show=False, id="app.list_wider"),
        Binding("h", "toggle_list", "Hide list", show=False, id="app.toggle_list"),
        Binding("x", "toggle_bottom", "Hide figures/timeline", show=False, id="app.toggle_bottom"),
        Binding("ctrl+d", "half_page(1)", "Half page down", show=False, id="app.half_down"),
        Binding("ctrl+u", "half_page(-1)", "Half page up", show=False, id="app.half_up"),
        Binding("o", "open_url", "Open URL", show=False, id="app.open_url"),
    ]

    def __init__(self, root: Path, library: LibraryAPI | None = None):
        super().__init__()
        self.root = Path(root)
        self.library = library
        self._own_library = False  # True when the reader opened the library itself
        self._listed = False  # the library's articles were listed before its first update
        self.article: Article | None = None
        self.summaries: list = []
        self.skipped: list = []
        self.progress_note = ""
        self._stale = False  # the open article predates the library now shown
        self.search_result: SearchResult | None = None
        self.search_prefix = False
        self._asked_reindex = False  # `r` was pressed: say so when nothing changed
        self.first_index = False  # the list shows a first index's articles as they come
        self.hit_list: list[tuple[str, int, int]] = []
        self.hit_index: int | None = None
        self.scope = "article"
        self.figure_index: int | None = None
        self.jumps: Jumps[Location] = Jumps()
        self.indexing = False
        self.report = None
        self.list_width = 2  # index into LIST_WIDTHS: 40 columns

    # -- layout --------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Horizontal(id="top"):
            yield ArticleList(id="articles")
            yield ArticleView(id="text")
        with ContentSwitcher(id="bottom", initial="figures"):
            yield FiguresPane(id="figures")
            yield TimelinePane(id="timeline")
        yield SearchBar(id="search")
        yield ProgressBar(id="progress", show_eta=False)
        yield Static(id="status")
        yield ReaderFooter()

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def article_list(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def figures_pane(self) -> FiguresPane:
        return self.query_one(FiguresPane)

    @property
    def timeline(self) -> TimelinePane:
        return self.query_one(TimelinePane)

    def _apply_user_keymap(self) -> None:
        from textual.dom import DOMNode

        from tui.keymap import binding_ids, load_keymap

        keymap, problems = load_keymap(binding_ids(DOMNode))
        if keymap:
            self.set_keymap(keymap)
        for problem in problems:
            self.notify(problem, severity="warning", markup=False, timeout=8)

    def on_mount(self) -> None:
        self._apply_user_keymap()
        theme = settings.load().get("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme  # as the user left it last time
        self._theme_ready = True
        self.query_one("#search", SearchBar).display = False
        self.query_one(SearchBar).show_error(None)
        self.view.show(None)
        self.article_list.border_title = "Articles"
        self.view.border_title = "Text"
        self.figures_title()
        self.timeline.border_title = "Timeline"
        self.focus_now(self.article_list)
        self._status()
        self.index_library()

    _theme_ready = False

    def watch_theme(self, theme: str) -> None:
        if self._theme_ready:
            settings.save(theme=theme)

    def on_resize(self, event) -> None:
        # Below 120 columns the footer packs its keys tight, so the main ones still fit.
        self.query_one(Footer).compact = event.size.width < 120

    def focus_now(self, widget) -> None:
        """Focus at once: `Widget.focus()` waits its turn in the message queue, so keys typed
        right after `/` (or pasted) would land in the pane that had focus before."""
        self.screen.set_focus(widget)

    # -- what indexing reports (posted by IndexingFlow's thread) --------------------------
    def closing(self) -> bool:
        """True once the reader's panes are gone: a thread's message that arrives as the app
        closes (indexing, the timeline) is dropped, not a crash."""
        return not (self.screen_stack and self.screen_stack[0].query("#status"))

    @on(ArticlesLoaded)
    def _articles_loaded(self, message: ArticlesLoaded) -> None:
        if self.closing():
            return
        self.summaries = message.summaries
        self.first_index = message.partial
        if message.skipped is not None:
            self.skipped = message.skipped
        keep = self.article.file if self.article else None
        if self.search_result is None:
            self.article_list.show_articles(self.summaries, keep=keep, skipped=self.skipped)
        else:
            self.article_list.summaries = {a.file: a for a in self.summaries}
        if self.article is None and self.summaries:
            self.open_article(self.summaries[0].file, record=False)
        self._status()

    @on(IndexProgress)
    def _index_progress(self, message: IndexProgress) -> None:
        if self.closing():
            return
        p = message.progress
        bar = self.query_one(ProgressBar)
        bar.display = True
        bar.update(total=max(1, p.total), progress=p.done)
        what = {"scan": "looking for articles", "write": "updating the search index"}.get(
            p.phase, "reading articles")
        self.progress_note = f"{what} {p.done:,}/{p.total:,} (escape cancels)"
        self._status()

    @on(IndexDone)
    def _index_done(self, message: IndexDone) -> None:
        self.indexing = False
        self.first_index = False
        if self.closing():
            return
        self.progress_note = ""
        self._status()
        self.query_one(ProgressBar).display = False
        self.report = message.report
        if message.error:
            self.notify(message.error, severity="warning", markup=False, timeout=8)
        elif message.cancelled:
            self.notify("Indexing cancelled: showing what was indexed (r indexes the rest).",
                        markup=False)
        report = message.report
        if (self._asked_reindex and report is not None and not message.error
                and not message.cancelled and not (report.added or report.updated
                                                   or report.removed)):
            self.notify(f"Up to date: no article was added, changed or removed "
                        f"({render.count(report.articles, 'article')}).", markup=False)
        self._asked_reindex = False
        for text in getattr(message.report, "messages", None) or []:
            self.notify(render.safe(text, one_line=True), markup=False)
        if message.library is not None:
            self.library = message.library
            self._stale = True
            self.post_message(ArticlesLoaded(message.summaries or [], message.skipped))
            self.call_later(self.reopen)
            self.action_load_timeline()
            query = self.query_one(SearchBar).input.value
            if query.strip() and (self.search_result is not None
                                  or self.query_one(SearchBar).display):
                self.run_search(query, False)  # the new index may answer differently

    @on(OptionList.OptionSelected, "#articles")
    def _article_chosen(self, event: OptionList.OptionSelected) -> None:
        file = event.option.id
        if file and file.startswith("__skip__"):
            self.action_skipped()
            return
        if not file or file.startswith("__"):
            return
        hit = next(((s, e) for f, s, e in self.hit_list if f == file), None)
        if hit:
            self.hit_index = self.hit_list.index((file, *hit))
        self.open_article(file, hit=hit, sentence=self.sentence_at_in(file, hit))
        self.focus_now(self.view)

    @on(DataTable.RowSelected, "#figures")
    def _figure_chosen(self, event: DataTable.RowSelected) -> None:
        figure = self.figures_pane.current()
        if figure is not None:
            if self.article and figure.file == self.article.file:
                self.figure_index = next((i for i, f in enumerate(self.article.figures)
                                          if f.start == figure.start), None)
            self.jump_to_figure(figure)

    @on(DataTable.RowSelected, "#timeline-list")
    def _point_chosen(self, event: DataTable.RowSelected) -> None:
        point = self.timeline.current()
        if point is None:
            return
        self.open_article(point.file, sentence=self.sentence_at_in(point.file, (point.start,)),
                          figure=(point.start, point.end))

    @on(TimelineLoaded)
    def _timeline_loaded(self, message: TimelineLoaded) -> None:
        if not self.closing():
            self.timeline.reference = message.reference  # drawn when its metric and side are shown
            self.timeline.show_series(message.series, message.metrics)

    def action_compare(self) -> None:
        from tui.dialogs.compare_screen import open_compare
        open_compare(self)

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action == "search":
            from textual.widgets import Input

            return self.screen is self.screen_stack[0] and not isinstance(self.focused, Input)
        if self.screen is not self.screen_stack[0]:
            # a dialog is open: the reader's keys wait until it closes
            return action.split("(")[0] not in READER_ACTIONS
        if action == "escape":
            return (self.indexing or self.screen.maximized is not None
                    or self.search_result is not None)
        return self.applies(action)

    def applies(self, action: str) -> bool:
        """Whether `action` does something in the reader's state now (footer and palette)."""
        if action == "hit":
            return bool(self.hit_list) or bool(self.search_result and self.search_result.hits)
        if action == "back":
            return self.jumps.can_back
        if action == "forward":
            return self.jumps.can_forward
        if action == "reindex":
            return not self.indexing
        if action == "cancel_indexing":
            return self.indexing
        if action == "clear_figures_filter":
            return bool(self.figure_filter)
        if action == "copy_sentence":
            return self.article is not None
        if action == "open_url":
            return bool(self.article and self.article.url)
        if action == "step_figure":
            return self.article is not None and bool(self.article.figures)
        return True

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        for command in super().get_system_commands(screen):
            if command.title not in TEXTUAL_DUPLICATES:
                yield command
        for title, help_text, callback in palette(self):  # only what does something now
            yield SystemCommand(title, help_text, callback)

    # -- status ------------------------------------------------------------------------------
    def _status(self) -> None:
        self.query_one("#status", Static).update(render.plain(status_line(self)))


READER_ACTIONS = {b.action.split("(")[0] for b in TallyApp.BINDINGS}

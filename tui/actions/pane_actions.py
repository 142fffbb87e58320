"""Pane moves: show the figures or the timeline, focus a pane, zoom, resize and hide panes,
and the figures pane's scope (the open article, the library, the search result).

A mixin of `TallyApp`."""

from __future__ import annotations

from textual import work
from textual.widgets import ContentSwitcher

from index.timeline import metrics_present

from tui.panes.figures_pane import SCOPES
from tui.messages import TimelineLoaded
from tui.panes.search_bar import SearchBar
from tui.panes.timeline_pane import TimelineList, TimelinePane

LIST_WIDTHS = (24, 32, 40, 52, 64)


class PaneActions:
    _metrics_of: tuple = (None, None)  # (library, the metrics it has figures of)

    def action_figures_scope(self) -> None:
        self.scope = SCOPES[(SCOPES.index(self.scope) + 1) % len(SCOPES)]
        if self.scope == "search" and self.search_result is None:
            self.scope = "article"
        self._scope_figures()

    def _scope_figures(self) -> None:
        pane = self.figures_pane
        if self.library is None:
            return
        if self.scope == "article":
            pane.show_figures(self.article.figures if self.article else [])
        elif self.scope == "library":
            pane.show_figures(self.library.figures())
        else:
            files = {h.file for h in self.search_result.hits} if self.search_result else set()
            pane.show_figures(self.library.figures(files=files))
        pane.border_title = f"Figures · {self.scope}  (a: article/library/search)"

    def action_show_figures(self) -> None:
        if self.screen.maximized is self.timeline:
            self.screen.minimize()
        self.query_one("#bottom").display = True
        self.query_one(ContentSwitcher).current = "figures"
        self.focus_now(self.figures_pane)

    def action_show_timeline(self) -> None:
        self.query_one("#bottom").display = True
        self.query_one(ContentSwitcher).current = "timeline"
        self.focus_now(self.query_one(TimelineList))
        if self.screen.has_class("-narrow"):
            # 80x24 has no room for a chart beside the text: the timeline takes the screen
            # (escape, `z` or a jump gives it back).
            self.screen.maximize(self.timeline, container=False)
        if not self.timeline.series:
            self.action_load_timeline()

    def action_load_timeline(self) -> None:
        pane = self.timeline
        self.load_timeline(pane.metric, pane.side, pane.by)

    @work(thread=True, exclusive=True, group="timeline")
    def load_timeline(self, metric: str, side: str | None, by: str) -> None:
        if self.library is None:
            return
        library = self.library
        try:
            series = library.timeline(metric=metric, side=side, by=by)
            if self._metrics_of[0] is not library:  # once per library: it reads every figure
                self._metrics_of = (library, metrics_present(library.figures()))
        except Exception as err:
            self.call_from_thread(self.notify, f"Timeline failed: {err}", severity="error",
                                  markup=False)
            return
        self.post_message(TimelineLoaded(series, self._metrics_of[1]))


    def action_focus_pane(self, n: int) -> None:
        if n == 1:
            self.query_one("#articles").display = True
            self.focus_now(self.article_list)
        elif n == 2:
            self.focus_now(self.view)
        elif n == 3:
            self.action_show_figures()
        else:
            self.action_show_timeline()

    def action_zoom(self) -> None:
        if self.screen.maximized is not None:
            self.screen.minimize()
        elif self.focused is not None:
            # in the timeline, the pane (chart and list) rather than the list alone
            pane = next((w for w in self.focused.ancestors_with_self
                         if isinstance(w, TimelinePane)), self.focused)
            self.screen.maximize(pane, container=False)

    def action_resize_list(self, step: int) -> None:
        self.list_width = max(0, min(len(LIST_WIDTHS) - 1, self.list_width + step))
        self.query_one("#articles").styles.width = LIST_WIDTHS[self.list_width]

    def action_toggle_list(self) -> None:
        lst = self.query_one("#articles")
        lst.display = not lst.display

    def action_toggle_bottom(self) -> None:
        bottom = self.query_one("#bottom")
        bottom.display = not bottom.display

    def action_escape(self) -> None:
        if self.indexing:
            self.workers.cancel_group(self, "index")
            self.notify("Cancelling indexing…", markup=False)
        elif self.screen.maximized is not None:
            self.screen.minimize()
        elif self.search_result is not None or self.query_one(SearchBar).display:
            self.on_search_closed()


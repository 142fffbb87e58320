"""Pane moves: show the figures or the timeline, focus a pane, zoom, resize and hide panes,
and the figures pane's scope (the open article, the library, the search result).

A mixin of `TallyApp`."""

from __future__ import annotations

from textual import work

from tui import render
from textual.widgets import ContentSwitcher

from collections import Counter

from index.timeline import Reference, metrics_present

from tui.figure_filter import FigureFilter, from_query
from tui.panes.figures_pane import SCOPES, SORT_KEYS
from tui.messages import TimelineLoaded
from tui.panes.search_bar import SearchBar
from tui.panes.timeline_pane import TimelineList, TimelinePane

LIST_WIDTHS = (24, 32, 40, 52, 64)


class PaneActions:
    _facets_of: tuple = (None, [], [])  # (library, its metrics, its claimants by frequency)
    figure_filter = FigureFilter()

    def facets(self) -> tuple[list[str], list[str]]:
        """The metrics and claimants the library has figures of (read once per library)."""
        library = self.library
        if self._facets_of[0] is not library:
            figures = library.figures() if library is not None else []
            claimants = Counter(f.claimant for f in figures if f.claimant)
            self._facets_of = (library, metrics_present(figures),
                               [c for c, _ in claimants.most_common()])
        return self._facets_of[1], self._facets_of[2]

    def action_figures_filter(self) -> None:
        from tui.dialogs.filter_dialog import FilterDialog

        def chosen(result) -> None:
            if result is not None:
                self.figure_filter, self.figures_pane.sort_column = result
                self.figures_pane.reverse = False
                self._scope_figures()

        metrics, claimants = self.facets()
        self.push_screen(FilterDialog(self.figure_filter, self.figures_pane.sort_column,
                                      claimants, metrics, list(SORT_KEYS)), chosen)

    def action_clear_figures_filter(self) -> None:
        self.figure_filter = FigureFilter()
        self._scope_figures()

    def figures_what(self) -> str:
        """What the figures pane lists, in words: its scope, then its filter."""
        parts = [self.scope]
        if self.scope == "search" and self.search_result is not None:
            parts.append(f"/{render.safe(self.search_result.query, one_line=True)}")
        if self.figure_filter:
            parts.append(render.safe(self.figure_filter.describe(), one_line=True))
        return " · ".join(parts)

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
            pane.show_figures(self.article.figures if self.article else [], self.figure_filter)
        elif self.scope == "library":
            pane.show_figures(self.library.figures(), self.figure_filter)
        else:
            files = {h.file for h in self.search_result.hits} if self.search_result else set()
            # the query's figure terms choose among the matched articles' figures
            terms = from_query(self.search_result.query if self.search_result else "")
            pane.show_figures(terms.apply(self.library.figures(files=files)),
                              self.figure_filter)
        self.figures_title()

    def figures_title(self) -> None:
        # a Text: the query and the claimant typed are shown, never read as markup
        self.figures_pane.border_title = render.plain(
            f"Figures · {self.figures_what()}  (a: scope · \\: filter)")

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
        try:
            series = self.library.timeline(metric=metric, side=side, by=by)
            metrics, _ = self.facets()
            official = getattr(self.library, "official_series", None)  # a library with checks
            points = official(metric, side) if official is not None else []
        except Exception as err:
            self.call_from_thread(self.notify, f"Timeline failed: {err}", severity="error",
                                  markup=False)
            return
        reference = Reference("General Staff's daily record", points) if points else None
        self.post_message(TimelineLoaded(series, metrics, reference))


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

    def action_half_page(self, step: int) -> None:
        """ctrl+d / ctrl+u as in less and vim: half the focused pane's height."""
        widget = self.focused
        if widget is None:
            return
        half = max(1, widget.scrollable_content_region.height // 2)
        if hasattr(widget, "move_cursor") and getattr(widget, "row_count", 0):
            row = max(0, min(widget.row_count - 1, widget.cursor_row + step * half))
            widget.move_cursor(row=row)
        elif hasattr(widget, "highlighted") and getattr(widget, "option_count", 0):
            at = widget.highlighted or 0
            widget.highlighted = max(0, min(widget.option_count - 1, at + step * half))
        else:
            widget.scroll_relative(y=step * half, animate=False)

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


"""Opening articles and jumping around in them: every jump is recorded, `ctrl+o` goes back
to exactly where the reader was (article, scroll, marks) and `ctrl+right` forward again.

A mixin of `TallyApp`: the app owns the state, this module the moves."""

from __future__ import annotations

from textual.widgets import ContentSwitcher

from index.model import Article, Figure

from tui import render
from tui.jumps import Location


class JumpFlow:
    def here(self) -> Location:
        v = self.view
        return Location(self.article.file if self.article else None, v.scroll_y,
                        v.sentence, v.figure)

    def open_article(self, file: str, sentence=None, figure=None, hit=None,
                     record: bool = True, keep_scroll: bool = False,
                     scroll_y: float | None = None) -> bool:
        """Show `file`; mark `sentence`/`figure`/`hit` (offset pairs) and scroll to them."""
        if self.library is None:
            return False
        try:
            article = self.library.article(file)
            self._stale = False
        except Exception as err:
            self.notify(f"Cannot open {render.safe(file, True)}: {err}", severity="error",
                        markup=False)
            return False
        if record and self.article is not None:
            self.jumps.record(self.here())
        if self.screen.maximized is not None and self.screen.maximized is not self.view:
            if self.screen.maximized is self.timeline and self.screen.has_class("-narrow"):
                # the timeline only fits full-screen here: the jump shows text and figures
                self.query_one(ContentSwitcher).current = "figures"
                self.focus_now(self.view)
            self.screen.minimize()  # a jump shows the text
        old_scroll = self.view.scroll_y
        changed = self.article is None or self.article.file != file
        self.article = article
        if changed:
            self.figure_index = None
        if figure is not None:  # `[` / `]` go on from the figure shown (also after ctrl+o)
            order = sorted(article.figures, key=lambda f: f.start)
            self.figure_index = next((i for i, f in enumerate(order) if f.start == figure[0]),
                                     self.figure_index)
        hits = [(s, e) for f, s, e in self.hit_list if f == file]
        self.view.show(article, hits=hits, current_hit=hit, sentence=sentence, figure=figure)
        self.view.border_title = render.plain(article.file)  # a Text: no markup
        if scroll_y is not None:
            self.view.scroll_to(y=scroll_y, animate=False, immediate=True)
        elif keep_scroll:
            self.view.scroll_to(y=old_scroll, animate=False, immediate=True)
        elif hit or sentence or figure:
            start, end = hit or sentence or figure
            self.call_after_refresh(self.view.scroll_to_span, start, end)
        elif changed:
            self.view.scroll_to(y=0, animate=False, immediate=True)
        self.article_list.select_file(file)
        if self.scope == "article" and (
                changed or self.figures_pane.source != self.figure_filter.apply(article.figures)):
            self.figures_pane.show_figures(article.figures, self.figure_filter)  # not per keystroke
        self._status()
        self.refresh_bindings()
        return True

    def reopen(self, keep_hit: bool = True) -> None:
        """Show the open article again (new index, new hits) exactly where it was."""
        if self.article is None:
            return
        v = self.view
        self.open_article(self.article.file, sentence=v.sentence, figure=v.figure,
                          hit=v.current_hit if keep_hit else None, record=False,
                          scroll_y=v.scroll_y)

    def sentence_at(self, offset: int) -> tuple[int, int] | None:
        if self.article is None:
            return None
        for s in self.article.sentences:
            if s.start <= offset < s.end:
                return (s.start, s.end)
        return None

    def jump_to_figure(self, figure: Figure) -> None:
        self.open_article(figure.file, sentence=(figure.sentence_start, figure.sentence_end),
                          figure=(figure.start, figure.end))

    def goto(self, loc: Location) -> None:
        if loc.file is None:
            return
        self.open_article(loc.file, sentence=loc.sentence, figure=loc.figure, record=False,
                          scroll_y=loc.scroll_y)

    def action_back(self) -> None:
        loc = self.jumps.back(self.here())
        if loc is not None:
            self.goto(loc)
        self.refresh_bindings()

    def action_forward(self) -> None:
        loc = self.jumps.forward(self.here())
        if loc is not None:
            self.goto(loc)
        self.refresh_bindings()


    def sentence_at_in(self, file: str, span) -> tuple[int, int] | None:
        if span is None:
            return None
        article = self.fetch(file)
        for s in article.sentences if article else ():
            if s.start <= span[0] < s.end:
                return (s.start, s.end)
        return None

    def fetch(self, file: str) -> Article | None:
        """The article `file` from the library (the open one without asking), or None."""
        if self.article is not None and self.article.file == file and not self._stale:
            return self.article
        try:
            return self.library.article(file) if self.library is not None else None
        except Exception:
            return None

    def action_step_figure(self, step: int) -> None:
        if self.article is None or not self.article.figures:
            return
        figures = sorted(self.article.figures, key=lambda f: f.start)
        if self.figure_index is None:
            top = self.view.offset_at_top()
            after = [i for i, f in enumerate(figures) if f.start >= top]
            i = (after[0] if after else 0) if step > 0 else ((after[0] - 1) if after else len(figures) - 1)
        else:
            i = self.figure_index + step
        i %= len(figures)
        self.figure_index = i
        f = figures[i]
        self.figures_pane.select(f)
        self.open_article(f.file, sentence=(f.sentence_start, f.sentence_end),
                          figure=(f.start, f.end), record=False)


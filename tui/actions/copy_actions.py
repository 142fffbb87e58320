"""Taking things out of the reader: `y` copies the current sentence with its citation,
`ctrl+e` exports the figures the pane shows, `?` explains the keys, `!` lists skipped files.

A mixin of `TallyApp`."""

from __future__ import annotations

from tui import render


class CopyActions:
    def current_sentence(self) -> tuple[int, int] | None:
        if self.article is None:
            return None
        return self.view.sentence or self.sentence_at(self.view.offset_at_top())

    def action_copy_sentence(self) -> None:
        span = self.current_sentence()
        if self.article is None or span is None:
            return
        a = self.article
        sentence = " ".join(a.text[span[0]:span[1]].split())
        date = a.published or (f"undated, ~{a.published_estimate}" if a.published_estimate
                               else "undated")
        parts = [a.title, a.outlet, date, a.file]
        citation = f"\u201c{sentence}\u201d ({', '.join(p for p in parts if p)})"
        self.copy_to_clipboard(citation)  # OSC 52: the terminal's (or the browser's) clipboard
        also = ""
        if not (self.is_web or self.is_headless):  # not the clipboard of the serving machine
            from tui.clipboard import copy_elsewhere

            places = copy_elsewhere(citation)
            also = f" (also to the {' and the '.join(places)})" if places else ""
        self.notify(render.safe(f"Copied{also}: {citation[:120]}", one_line=True), markup=False)

    def action_open_url(self) -> None:
        """`o`, as in newsboat: the article's web address in the browser."""
        url = self.article.url if self.article else None
        if url and url.startswith(("http://", "https://")):
            self.open_url(url)
            self.notify(render.safe(f"Opening {url}", one_line=True), markup=False)
        elif url:
            self.notify("This article's address is not a web address (http or https).",
                        markup=False)

    def action_export(self) -> None:
        from tui.dialogs.export_dialog import ExportDialog

        timeline = self.timeline
        if timeline.display and self.query_one("#bottom").display and \
                self.query_one("#bottom").current == "timeline":
            # the timeline's points, as figures (the same columns as every export)
            wanted = {(p.file, p.start) for p in timeline.rows if p is not None}
            figures = [f for f in self.library.figures(files={f for f, _ in wanted})
                       if (f.file, f.start) in wanted] if self.library else []
            side = timeline.side or "all sides"
            what = f"timeline · {timeline.metric} · {side} · by {timeline.by}"
            self.push_screen(ExportDialog(figures, self.root, what, timeline.metric))
            return
        # all the pane's rows, also those past the first SHOWN it draws
        figures = list(self.figures_pane.ordered)
        if self.is_web:  # in a browser: a download on the reader's machine, not a server file
            from tui.web import deliver_figures

            deliver_figures(self, figures)
            return
        self.push_screen(ExportDialog(figures, self.root, f"figures · {self.figures_what()}",
                                      self.figure_filter.slug()))

    def action_help(self) -> None:
        from tui.dialogs.help_screen import HelpScreen

        self.push_screen(HelpScreen(self.focused))

    def action_skipped(self) -> None:
        from tui.dialogs.skipped_screen import SkippedScreen

        if self.skipped:
            self.push_screen(SkippedScreen(self.skipped))
        else:
            self.notify("No file was skipped: every file in the folder was read.",
                        markup=False)

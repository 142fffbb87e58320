"""A page laid over the reader to read and close (help, skipped files): j / k scroll it."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.screen import ModalScreen


class ReadingDialog(ModalScreen[None]):
    """Subclasses compose a VerticalScroll with the id SCROLL_ID and bind their own keys (each
    dialog's ids are remapped on their own) to `scroll('down')`, `scroll('up')` and `dismiss`."""

    SCROLL_ID = ""

    def action_scroll(self, where: str) -> None:
        scroller = self.query_one(f"#{self.SCROLL_ID}", VerticalScroll)
        scroller.scroll_down() if where == "down" else scroller.scroll_up()

    def action_dismiss(self) -> None:
        self.dismiss(None)

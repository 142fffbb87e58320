"""The footer of the reader: the keys that do something where you are."""

from __future__ import annotations

from rich.cells import cell_len
from textual.widgets import Footer


ALWAYS = {"search", "help"}  # shown however narrow: with them, every other key can be found


class ReaderFooter(Footer):
    """The footer, rebuilt only when the keys it would show change: every search result
    asks for fresh bindings, and rebuilding an unchanged footer cost more than the search."""

    _shown: tuple | None = None
    _ready = False  # the screen has announced its bindings (Textual keeps its own flag private)

    def bindings_changed(self, screen) -> None:
        self._ready = True
        super().bindings_changed(screen)

    def compose(self):
        """The keys that fit, in order, and the palette's key: a key cut in half (or a
        stray letter of one in the corner) helps nobody; `?` and ctrl+p list the rest."""
        items = list(super().compose())
        palette = [w for w in items if w.has_class("-command-palette")]
        must = [w for w in items if getattr(w, "action", "") in ALWAYS]
        room = (self.size.width or self.app.size.width) - sum(map(self._width, palette + must))
        for item in items:
            if item in palette:
                continue
            if item not in must:
                room -= self._width(item)
                if room < 1:
                    continue
            yield item
        yield from palette

    def _width(self, item) -> int:
        key, text = getattr(item, "key_display", ""), getattr(item, "description", "")
        return cell_len(key) + cell_len(text) + (2 if self.compact else 3)

    def on_resize(self) -> None:
        self.refresh(recompose=True)

    def _keys(self) -> tuple:
        return (self.show_command_palette, self.compact, self.size.width,
                tuple((b.key, b.key_display, b.action, b.description, b.show, id(b.group),
                       enabled, tooltip)
                      for _, b, enabled, tooltip in self.screen.active_bindings.values()))

    async def recompose(self) -> None:
        if not self.is_attached:
            return
        keys = self._keys() if self._ready else None
        if keys is not None and keys == self._shown:
            return
        self._shown = keys
        await super().recompose()

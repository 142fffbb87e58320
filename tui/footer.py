"""The footer of the reader: the keys that do something where you are."""

from __future__ import annotations

from textual.widgets import Footer


class ReaderFooter(Footer):
    """The footer, rebuilt only when the keys it would show change: every search result
    asks for fresh bindings, and rebuilding an unchanged footer cost more than the search."""

    _shown: tuple | None = None
    _ready = False  # the screen has announced its bindings (Textual keeps its own flag private)

    def bindings_changed(self, screen) -> None:
        self._ready = True
        super().bindings_changed(screen)

    def _keys(self) -> tuple:
        return (self.show_command_palette, self.compact,
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

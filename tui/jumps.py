"""Back and forward through jumps, like vim's jump list (`ctrl+o` / forward).

Pure logic: a location is any value the screen can return to (article, scroll, selection).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Location:
    """Exactly where the reader was: which article, how far scrolled, what was selected."""

    file: str | None
    scroll_y: float = 0.0
    sentence: tuple[int, int] | None = None
    figure: tuple[int, int] | None = None


class Jumps(Generic[T]):
    """`record(here)` before every jump; `back(here)` / `forward(here)` return where to go
    (None when there is nothing), remembering `here` so the opposite move returns to it."""

    def __init__(self, limit: int = 200):
        self._items: list[T] = []
        self._pos = 0  # items[:pos] are behind us, items[pos:] ahead
        self._limit = limit

    def record(self, here: T) -> None:
        del self._items[self._pos:]
        self._items.append(here)
        if len(self._items) > self._limit:
            del self._items[0]
        self._pos = len(self._items)

    def back(self, here: T) -> T | None:
        if self._pos == 0:
            return None
        if self._pos == len(self._items):
            self._items.append(here)
        else:
            self._items[self._pos] = here
        self._pos -= 1
        return self._items[self._pos]

    def forward(self, here: T) -> T | None:
        if self._pos + 1 >= len(self._items):
            return None
        self._items[self._pos] = here
        self._pos += 1
        return self._items[self._pos]

    @property
    def can_back(self) -> bool:
        return self._pos > 0

    @property
    def can_forward(self) -> bool:
        return self._pos + 1 < len(self._items)

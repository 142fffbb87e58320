"""Helpers for tests that read figures out of sentences written for them."""

from __future__ import annotations

from index.extraction.extract import analyse
from index.model import Article


def figures(text: str, published: str | None = "2025-03-10"):
    """The figures of `text` (its first line the title), by value."""
    art = analyse(Article(file="a.txt", title=text.split("\n", 1)[0], text=text, published=published))
    return {f.value: f for f in art.figures}

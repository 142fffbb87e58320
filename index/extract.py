"""Entry point of extraction: an Article with text in, sentences, dates and figures out."""

from __future__ import annotations

from .model import Article


def analyse(article: Article) -> Article:
    """Fill `article.sentences`, `article.words`, `article.figures`, and, when loading found no
    published date, `published`/`published_from` from an explicit date in the text or else
    `published_estimate`. Never raises on any text; every figure has
    `figure.text == article.text[figure.start:figure.end]`. Returns the same article."""
    raise NotImplementedError

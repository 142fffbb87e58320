"""The index's fields, and the stemmed text field that analyses a body in one loop."""

from __future__ import annotations

import re

from whoosh.analysis import StandardAnalyzer, StemmingAnalyzer
from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, TEXT, Schema

INDEX_NAME = "MAIN"
FIELDS = ("title", "body", "outlet", "claimant", "metric", "side", "published", "value")
STEM = StemmingAnalyzer()


def _fast_analysis():
    """The parts of the stemming analyzer when it is the chain this module knows (tokenize,
    lower-case, drop stop words renumbering positions, stem), else None. Whoosh changes
    often; with another chain its own, slower path indexes."""
    try:
        tokenizer, lower, stop, stemmer = STEM.items
        pattern = tokenizer.expression.pattern
        if (pattern != r"[\w\*]+(\.?[\w\*]+)*" or tokenizer.gaps
                or type(lower).__name__ != "LowercaseFilter"
                or type(stop).__name__ != "StopFilter" or not stop.renumber
                or type(stemmer).__name__ != "StemFilter"):
            return None
        return (re.compile(r"[\w\*]+(?:\.?[\w\*]+)*").findall, stop.stops, stop.min,
                stop.max, stemmer._stem, stemmer.ignore or frozenset())
    except Exception:  # noqa: BLE001  any surprise in the engine's internals: the slow path
        return None


_FAST = _fast_analysis()


TITLE_WEIGHT = 2.0  # a word of the title counts this much more than one of the text
TITLE_GAP = 100  # positions between the title and the text: no phrase spans the two


class StemmedText(TEXT):
    """A stemmed text field whose indexing runs the analyzer's steps in one loop instead of
    a chain of generators: the same terms, positions and weights (a test compares them on
    real articles), at about half the cost (analysis is a third of the index's build time).

    The body is given as (title, text): the title's words are indexed before the text's
    with more weight, so one field ranks title matches first (BM25F's weighted term
    frequency) and a query walks one posting list per word instead of a title's and a
    body's (a third faster for words in most articles)."""

    def index(self, value, **kwargs):
        title = ""
        if isinstance(value, tuple):
            title, value = value
        if _FAST is None or kwargs or not isinstance(value, str):
            yield from super().index(f"{title}\n{value}" if title else value, **kwargs)
            return
        poses: dict[str, list[int]] = {}
        weights: dict[str, float] = {}
        start = 0
        if title:
            start = _positions(title, 0, TITLE_WEIGHT, poses, weights) + TITLE_GAP
        _positions(value, start, 1.0, poses, weights)
        boost, encode = self.format.field_boost, self.format.encode
        for word, positions in poses.items():
            yield word.encode("utf-8"), len(positions), weights[word] * boost, encode(positions)


def _positions(text: str, start: int, weight: float, poses: dict, weights: dict) -> int:
    """Add the stemmed words of `text` from position `start` (renumbered past stop words as
    the analyzer does); returns the position after the last."""
    findall, stops, minsize, maxsize, stem, ignore = _FAST
    pos = None
    for i, word in enumerate(findall(text)):
        word = word.lower()
        if len(word) < minsize or word in stops or (maxsize and len(word) > maxsize):
            continue
        pos = start + i if pos is None else pos + 1
        if word not in ignore:
            word = stem(word)
        if word in poses:
            poses[word].append(pos)
            weights[word] += weight
        else:
            poses[word] = [pos]
            weights[word] = weight
    return start if pos is None else pos + 1


def make_schema() -> Schema:
    return Schema(
        file=ID(stored=True, unique=True),
        key=ID(stored=True),
        title=StemmedText(analyzer=STEM, field_boost=2.0),
        body=StemmedText(analyzer=STEM),
        outlet=TEXT(analyzer=StandardAnalyzer(stoplist=None)),
        claimant=TEXT(analyzer=StandardAnalyzer(stoplist=None)),
        metric=KEYWORD(lowercase=True),
        side=KEYWORD(lowercase=True),
        published=DATETIME,
        value=NUMERIC(int, bits=64, signed=True),
    )

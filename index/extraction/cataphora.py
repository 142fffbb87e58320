"""A source the article names only in the sentence after its figures: "Up to 13,000 soldiers
have been killed, a senior official has said. Mykhailo Podolyak, an adviser to the president,
told ...". The first sentence cites someone unnamed; the next names them first thing."""

from __future__ import annotations

import re

from index.extraction.figure_dates import TOPIC_SHIFT_RE

# "a senior official", "a Ukrainian official", "a new investigative report", "one adviser"
_UNNAMED_RE = re.compile(
    r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:official|adviser|advisor|aide|spokes(?:man|woman|person)"
    r"|commander|general|minister|report|study|investigation|analysis|survey)\b", re.I)
# the name must open the next sentence: "Mykhailo Podolyak, an adviser ...", "The report, by X, ..."
_NAME_OPENS_WITHIN = 60


def cites_someone_unnamed(sentence: str) -> bool:
    return _UNNAMED_RE.search(sentence) is not None


# "..., said the study, published Tuesday by the Center for ...": a work's author, anywhere
_AUTHOR_BEFORE_RE = re.compile(
    r"\b(?:study|report|investigation|analysis|survey|research|assessment)\b[^.;]{0,80}\bby\s+(?:the\s+)?$", re.I)


def named_first(sentence: str, starts: list[tuple[int, str]], work: bool = False) -> str | None:
    """The claimant a sentence names first thing (`starts`: where each named attribution
    begins, and its phrase), unless it turns to another matter ("Meanwhile, ..."). For an
    unnamed work (`work`: "a new study"), its author named anywhere in the sentence will do
    ("the study, published Tuesday by the Center for ...")."""
    if TOPIC_SHIFT_RE.match(sentence) or not starts:
        return None
    start, phrase = min(starts)
    lead = len(sentence) - len(sentence.lstrip(" \"“'‘"))
    if start - lead <= _NAME_OPENS_WITHIN:
        return phrase
    if work:
        for start, phrase in sorted(starts):
            if _AUTHOR_BEFORE_RE.search(sentence, max(0, start - 100), start):
                return phrase
    return None


def unnamed_work(sentence: str) -> bool:
    """The unnamed source is a work, not a person: "according to a new study"."""
    m = _UNNAMED_RE.search(sentence)
    return m is not None and re.search(r"(?:report|study|investigation|analysis|survey)$", m.group(0), re.I) is not None

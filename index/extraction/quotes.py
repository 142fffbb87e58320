"""Who speaks a quotation of several sentences: the one named where it closes.

'"At least five people have been left dead ... Twenty-seven people are injured. Six children are
among them," Valentyn Reznichenko, the regional governor, said.' Every sentence of the quotation
is the governor's, not only the last: a reader takes the speaker named at the closing mark for
the whole of what the marks enclose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.model import Figure

_MARK_RE = re.compile(r'["“”]')
# the speaker is named right after the closing mark: '..., " said X', '...," X told reporters'
_SPEAKER_WITHIN = 60


def quote_turns(sentence: str) -> tuple[bool, int | None]:
    """Whether `sentence` leaves a quotation open at its end, and where it closes one that a
    sentence before it opened (None: it closes none)."""
    depth, closes = 0, None
    for m in _MARK_RE.finditer(sentence):  # (the marks only: most sentences have none)
        i, ch = m.start(), m.group()
        if ch == "“":
            depth += 1
        elif ch == "”":
            if depth:
                depth -= 1
            elif closes is None:
                closes = i
        elif ch == '"':
            before = sentence[i - 1] if i else " "
            after = sentence[i + 1] if i + 1 < len(sentence) else " "
            if (before.isspace() or before in "([—–-") and not after.isspace():
                depth += 1  # an opening mark: a space before it, a word after
            elif depth:
                depth -= 1
            elif closes is None:
                closes = i
    return depth > 0, closes


@dataclass
class Quotation:
    """The figures of a quotation still open, in the paragraph it opened in."""
    paragraph: int
    figures: list[Figure] = field(default_factory=list)


def follow(open_quote: Quotation | None, sentence: str, paragraph: int, made: list[Figure],
           speakers: list[tuple[int, str]]) -> tuple[Quotation | None, list[Figure], str | None]:
    """One sentence further: the quotation still open after it, and, when the sentence closes one
    and names its speaker right after the mark (`speakers`: where each named speaker starts, and
    the name), the figures of the quotation's earlier sentences with that speaker."""
    if open_quote is not None and paragraph != open_quote.paragraph:
        open_quote = None  # a quotation runs on over paragraphs only with marks of its own
    opens, closes = quote_turns(sentence)
    quoted, who = [], None
    if open_quote is not None:
        if closes is None and not opens:
            open_quote.figures.extend(made)  # a sentence inside it
            return open_quote, [], None
        if closes is not None:
            quoted = open_quote.figures
            who = next((name for at, name in sorted(speakers) if closes < at <= closes + _SPEAKER_WITHIN), None)
    return (Quotation(paragraph, list(made)) if opens else None), quoted, who if quoted else None

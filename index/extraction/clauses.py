"""Clauses inside a sentence: the stretch of words a count, its verb and its time phrase share.

A sentence like "Kyiv said the toll rose by 1,030 overnight — making the total 133,190" holds
two figures with different kinds; the boundaries here keep each one's words apart.
"""

from __future__ import annotations

import re

# a mark, ", while", " - " or "that": the first character of each in one class, and what goes
# with it behind or after it, so re skips to those characters (it tried every one, for a word
# boundary before "that")
_BOUNDARY_RE = re.compile(
    r"[;:—–(, t](?:(?<=[;:—–(])|(?<=,)\s+(?=(?:while|but|where|when|after|before|and|as|although|though|with|including|making"
    r"|bringing|[a-z]+ing)\b)|(?<= )- |(?<=t)(?<!\w.)hat\b)"
)
_END_RE = re.compile(r"[;:—–(.!?]|,")


# How far back a clause is looked for: no clause is longer, and a scan from the sentence's
# start for every number made a long sentence cost the square of its length.
CLAUSE_WINDOW = 400


def clause_start(s: str, pos: int) -> int:
    last = max(0, pos - CLAUSE_WINDOW)
    for m in _BOUNDARY_RE.finditer(s, last, pos):
        last = m.end()
    return last


def clause_end(s: str, pos: int) -> int:
    m = _END_RE.search(s, pos)
    return m.end() if m else len(s)

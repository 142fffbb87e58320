"""Whether a sentence speaks of this war at all: other wars and disasters ("the Battle of
Stalingrad", "in 1943", "the earthquake"), a run of headlines of which only some are about it,
and what may happen rather than what did ("braced to receive up to a million refugees").
`index.extraction.figures` asks before it reads a number; `index.extraction.extract` asks across sentences, so that
"Over a million people perished in the battle" after a sentence on Stalingrad holds no figure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.extraction.clauses import clause_start
from index.extraction.initials import by_initial, first_letters, initials_ahead
from index.extraction.kind_cues import MONTH
from index.extraction.metrics import FOREIGN, HISTORY, HYPOTHETICAL
from index.extraction.numbers import Number
from index.extraction.sides import SIDE_RE

I = re.IGNORECASE

FOREIGN_RE = re.compile(rf"\b(?=[{first_letters(FOREIGN)}])(?:{FOREIGN})\b")  # (most words open otherwise)
# (grouped by first letter, `initials`: the same matches, in half the time; the lookahead halves it again)
HISTORY_RE = re.compile(rf"\b{initials_ahead(HISTORY)}(?:{by_initial(HISTORY)})\b", I)
HYPOTHETICAL_RE = re.compile(rf"\b{initials_ahead(HYPOTHETICAL)}(?:{by_initial(HYPOTHETICAL)})\b", I)


# Another war's dead named by a year before this one: "the battle, which ended in February 1943".
OLD_WAR_RE = re.compile(
    rf"\b(?=[iodue])(?:in|of|during|until|ended\s+in)\s+(?:(?:early|late|mid-?)\s*)?(?:{MONTH}\s+)?(?:1[89]\d\d|200\d|201[0-3])s?\b", I)
_OLD_YEAR_RE = re.compile(r"1[89]\d\d|200\d|201[0-3]")  # the years of OLD_WAR_RE
THIS_WAR_RE = re.compile(r"\b(?:20(?:1[4-9]|2\d))\b|\bsince\s+(?:1[89]\d\d|20[01]\d)\b|\bfull-scale\b|\binvasion\s+of\s+Ukraine\b", I)


_STORY_SEP_RE = re.compile(r"\s*(?:;|\s[–—|]\s)\s*")


def other_stories(s: str) -> list[tuple[int, int]]:
    """Spans of `s` about another war or disaster. A run of headlines joined by ";" or dashes
    ("Iranian President Dies in Helicopter Crash – Russian airstrikes near Kharkiv kill 11
    civilians; ...") is judged piece by piece; a plain sentence as a whole."""
    def bad(a: int, b: int) -> bool:
        return bool((FOREIGN_RE.search(s, a, b) and not SIDE_RE.search(s, a, b)) or HISTORY_RE.search(s, a, b))
    if not ((FOREIGN_RE.search(s) and not SIDE_RE.search(s)) or _history(s)):
        return []
    seps = list(_STORY_SEP_RE.finditer(s))
    if not seps:
        return [(0, len(s))]
    cuts = [0] + [m.end() for m in seps] + [len(s)]
    spans = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]
    out = [(a, b) for a, b in spans if bad(a, b)]
    return out if len(out) < len(spans) else [(0, len(s))]


def hypothetical(s: str, n: Number) -> bool:
    """A count of what may happen ("braced to receive up to a million refugees"). A plan that
    governs another verb and ends at a comma ("denied planning to invade Ukraine, despite having
    amassed 100,000 troops") leaves the count after the comma alone; an aside ("braced itself,
    officials say, to receive ...") does not."""
    for m in HYPOTHETICAL_RE.finditer(s, clause_start(s, n.start), n.start):
        if m.group(0).lower().endswith("to") and re.search(r"^\s+\w+[^,]*,", s[m.end():n.start]):
            continue  # "planning to invade Ukraine, despite ...": the plan's verb came and went
        return True
    # "a million more Ukrainians could be forced to leave": what may happen to them
    return _MAY_HAPPEN_AFTER_RE.match(s, n.end) is not None


_MAY_HAPPEN_AFTER_RE = re.compile(
    r"[^.;:!?]{0,60}?\b(?:could|may|might|would)\s+(?:well\s+|soon\s+|yet\s+)?(?:be\s+(?:forced|displaced|driven|made)"
    r"|flee|leave|have\s+to\s+(?:flee|leave))\b", I)


def about_the_past(s: str) -> bool:
    """A sentence about another war or a past event ("the Battle of Stalingrad", "in 1943")."""
    return _history(s) or old_war(s)


# (each asked of a sentence with a number twice: by `figures_in`, then by extraction's loop)
@lru_cache(maxsize=8)
def _history(s: str) -> bool:
    return HISTORY_RE.search(s) is not None


@lru_cache(maxsize=8)
def old_war(s: str) -> bool:
    """Another war's dead named by a year before this one, and nothing of this war's time."""
    # (the year it needs looked for first: a plain scan for digits, and most sentences name none)
    return _OLD_YEAR_RE.search(s) is not None and OLD_WAR_RE.search(s) is not None and THIS_WAR_RE.search(s) is None


_BACK_RE = re.compile(r"\b(?:the|that)\s+(?:battle|siege|famine|war|conflict|massacre|deportations?|blockade)\b", I)


def refers_back(s: str) -> bool:
    """A sentence that goes on about the event before it and names neither side of this war:
    "Over a million people perished in the battle" after a sentence on Stalingrad."""
    return bool(_BACK_RE.search(s)) and not SIDE_RE.search(s) and not THIS_WAR_RE.search(s)

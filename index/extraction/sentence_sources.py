"""Which of a sentence's attributions names a figure's claimant, and the body a sentence is
about when it names no one as saying anything ("OHCHR expressed particular concern over drones,
which accounted for 207 deaths": the mission's count)."""

from __future__ import annotations

import re
from functools import lru_cache

from index.extraction.aliases import first_mentioned
from index.extraction.claimants import Attribution, canonical
from index.extraction.found import Found
from index.extraction.referents import COUNTRY_RE, is_person
from index.model import Figure


def masked_attributions(s: str, atts: list[Attribution]) -> str:
    """The sentence with the names it attributes to blanked: their words count nothing."""
    for a in atts:
        if a.phrase and not a.pronoun:
            s = s[:a.start] + " " * (a.end - a.start) + s[a.end:]
    return s


def claimant_source(f: Found, named: list[Attribution], s: str = "") -> Attribution | None:
    """The attribution that names the claimant of `f`: the last before it, else the first
    after it that covers the whole sentence."""
    n = f.number
    before = [a for a in named if a.start <= n.start and (a.until is None or n.start < a.until)]
    after = [a for a in named if a.start > n.start and a.scope == "sentence"]
    if before and after and COUNTRY_RE.fullmatch(before[-1].phrase or "") and after[-1].phrase \
            and not _ANOTHER_CLAUSE_RE.search(s, n.end, after[-1].start) \
            and not after[-1].pronoun and not COUNTRY_RE.fullmatch(after[-1].phrase) \
            and canonical(after[-1].phrase) != after[-1].phrase:
        # "The United States estimates that ... 15,000 killed, CIA Director William Burns said":
        # the one who says it, not the country whose estimate it is
        return after[-1]
    return before[-1] if before else (after[0] if after else None)


# "Russia has said 771 troops surrendered, while the Red Cross said it registered them": the
# speaker after "while" speaks of something else
_ANOTHER_CLAUSE_RE = re.compile(r"[,;]\s*(?:while|whereas|but|and\s+(?:the|a|an)\b)", re.I)


# the words a sentence may open with before its subject
_OPENING_RE = re.compile(r"\W*(?:(?:The|A|An|Meanwhile|Earlier|Later|Also|But|And|However|Separately|Now)\b\W*)*")
# a body that fights, or a country: what it does is no report ("Ukrainian forces destroyed 20 tanks")
_ACTOR_RE = re.compile(r"forces|army|military|troops|navy|air\s+force|armed|command|militia|general\s+staff"
                       r"|fighters|officials?$|authorities$", re.I)


@lru_cache(maxsize=32)  # asked for each figure of a sentence
def reporting_body(stext: str) -> str | None:
    """The body the table knows that a sentence opens with as its subject, when the sentence
    cites no one ("OHCHR expressed particular concern over drones, which accounted for 207
    deaths", "The UN refugee agency registered 40,000 arrivals"): the figures are its count. A
    country, a fighting force, a group of officials or a person doing something is no report."""
    first = first_mentioned(stext)
    if not first:
        return None
    plain = stext.replace("’", "'")
    at = plain.find(first[0])  # the whole name: "The report, relied on by The Kyiv Independent"
    at = plain.find(first[0].split()[0]) if at < 0 else at
    if at < 0 or _OPENING_RE.fullmatch(stext, 0, at) is None:
        return None
    name = canonical(first[0], False)
    if name == first[0] or COUNTRY_RE.fullmatch(first[0]) or _ACTOR_RE.search(first[0]) or _ACTOR_RE.search(name) \
            or is_person(name):  # (a body's spokesman, "UNHCR (Grandi)", speaks for it)
        return None
    return name


_CONFIRMED_DEAD_RE = re.compile(
    r"\b(?:been|were|was|are|is)\s+(?:\w+\s+)?(?:confirmed|verified|documented|recorded)\s+(?:as\s+)?"
    r"(?:killed|dead|injured|wounded)\b", re.I)


def confirmed_dead(stext: str) -> bool:
    """"more than 14,500 civilians have been confirmed killed": a passive that verifies deaths
    (the article's counting source's), not one that reports someone unnamed ("losses are
    estimated at")."""
    return _CONFIRMED_DEAD_RE.search(stext) is not None


def side_changes(f: Found, made_last: tuple[list[Figure], int] | None) -> bool:
    """The sentence before gave its sources' figures of one side, and this one counts the
    other's: "According to the Ukrainian army, 198,000 ..., while according to US reports, it
    could be over 700,000." then "Around 46,000 Ukrainian soldiers have been killed" is no longer
    the US count (where the article has quoted one source only, it goes on: `extract`)."""
    sides = {g.side for g in made_last[0] if g.claimant and g.side in ("russia", "ukraine")} if made_last else set()
    return f.side in ("russia", "ukraine") and len(sides) == 1 and f.side not in sides

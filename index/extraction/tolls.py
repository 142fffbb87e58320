"""A toll whose number comes long after it: "The death toll from a missile strike on an
apartment building in Dnipro has risen to 35", "bringing the death toll of the strike on the
city of Kryvyi Rih to four", "The number of people injured in the attack ... has increased to 17".

Strike reports name the toll, then the strike and the place, and only then the verb and the
number, further than the words that join a noun to its number are looked for. A toll is read
that far only when the verb of a toll changing ("has risen to", "stood at") stands right
before the number and nothing between the toll and its verb is another number or a clause of
its own.
"""

from __future__ import annotations

import re

from index.extraction.clauses import clause_start
from index.extraction.figure_patterns import NOUN_RE, noun_class
from index.extraction.kind_cues import MONTH
from index.extraction.numbers import QUALIFIER_BEFORE

I = re.IGNORECASE

_TOLL_VERB_RE = re.compile(
    r"(?:\b(?:has|have|had)\s+)?(?:\b(?:currently|now)\s+)?\b(?:(?:risen|rose|rises|increased|increases|climbed|climbs|grown|grew"
    r"|jumped|reached|reaches|stood|stands|went\s+up|gone\s+up)\s+(?:to|at)"
    # "the number of Russian victims ... currently exceeds 465,000", "... reached 473 400"
    r"|reached|reaches|exceeds|exceeded|exceed|surpassed|surpasses|topped|tops|totals|totalled|totaled|amounts\s+to"
    r"|pass|passes|passed|hit|hits"  # "Russia's war losses pass 1.22 million"
    r"|amounted\s+to)\s+" + QUALIFIER_BEFORE + "$", I)
# "bringing the death toll of the strike ... to four", "raising the number of injured to 17"
_BRINGING_RE = re.compile(r"\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took)\s+"
                          r"(?:the\s+|its\s+)?$", I)
_TO_RE = re.compile(r"\bto\s+" + QUALIFIER_BEFORE + "$", I)
_TOLL_RE = re.compile(
    r"\b(?:death\s+(?:toll|total|count|tally)|toll\s+of\s+(?:the\s+)?dead"
    r"|number\s+of\s+(?:the\s+)?(?:(?:Russian|Ukrainian|civilian|military)\s+)?(?:dead|deaths|fatalities|victims|injured|wounded|casualties"
    r"|(?:people|civilians|persons|residents|children)\s+(?:killed|injured|wounded|dead|hurt))"
    r"|number\s+(?:injured|wounded|killed|dead)"
    # an army's losses named as such: "Russian military deaths", "Russia's war losses"
    r"|(?:(?:Russia|Ukraine)['’]s\s+|(?:Russian|Ukrainian)\s+)(?:(?:military|war|combat|troop|battlefield|personnel)\s+)?"
    r"(?:deaths|losses|casualties|fatalities))\b", I)
# what may stand between a toll and its verb: the strike, the place, the time, in any words but
# not another count, a date's own digits aside ("on the night of 18-19 October")
_DATE_RE = re.compile(rf"\b\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+{MONTH}\b|\b{MONTH}\.?\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\b"
                      r"|\b(?:19|20)\d\d\b", I)
_BREAK_RE = re.compile(r"[.;:!?()\"“”]|\d|,\s+(?:but|while|and|as|which|who|after|when)\b|\b(?:said|says|told)\b", I)
_REACH = 200
_WHICH_RE = re.compile(r",\s+which\s+(?:began|started|broke\s+out)\b[^,;.]{0,60}(?:,\s*(?:19|20)\d\d)?,", I)


def far_toll(s: str, start: int) -> tuple[str, int, int, bool] | None:
    """(class, noun start, noun end, False) for the toll a number at `start` ends, or None.
    Counts between the toll and its verb in words ("the attack by two ballistic missiles") are
    the strike's, not the toll's."""
    verb = _TOLL_VERB_RE.search(s, max(0, start - 40), start)
    if verb is None:
        to = _TO_RE.search(s, max(0, start - 20), start)
        if to is None:
            return None
        verb_start = to.start()
    else:
        verb_start = verb.start()
    lo = max(clause_start(s, verb_start), verb_start - _REACH)
    toll = None
    for m in _TOLL_RE.finditer(s, lo, verb_start):
        toll = m
    if toll is None:
        return None
    if verb is None and not _BRINGING_RE.search(s, max(0, toll.start() - 20), toll.start()):
        return None  # a bare "to" is a toll's only after "bringing the toll ... to"
    # (a clause of its own about the war aside: "..., which started on February 24th, 2022, have exceeded")
    between = _DATE_RE.sub(" ", _WHICH_RE.sub(" ", s[toll.end():verb_start]))
    if _BREAK_RE.search(between):
        return None
    noun = None
    for noun in NOUN_RE.finditer(s, toll.start(), toll.end()):
        pass  # the last says what happened to them: "the number of people injured"
    if noun is None:
        return None
    return noun_class(noun) + (False,)


_TOLL_AT_RE = re.compile(r"\btoll\s+(?:at|of|to|was|is|stood\s+at)\s+" + QUALIFIER_BEFORE + "$", I)


def ends_toll(s: str, start: int) -> bool:
    """The number at `start` is what a toll "has risen to", "put the death toll at", "a death
    toll of": a number in words counts there too ("rose to five")."""
    return far_toll(s, start) is not None or _TOLL_VERB_RE.search(s, max(0, start - 40), start) is not None \
        or _TOLL_AT_RE.search(s, max(0, start - 40), start) is not None

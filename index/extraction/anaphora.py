"""Counts that name what they count only by referring back: "In 2023, the number rose to
37,633", "Russian officials claimed 498", "Of that number, 4,253 had been killed". The sentence
has no noun of its own for the number; the figure before it in the article says what is
counted, and the words around the number say how (killed, wounded) when they do.

Only a number that a reference word, a verb of claiming, or a verb of killing right after it
ties to the count before is read; any other bare number stays no figure.
"""

from __future__ import annotations

import re

from index.extraction.exclusions import excluded
from index.extraction.figure_patterns import CIVIL_METRIC, FIRST_WORD_RE, FUNC_RE, PERSONNEL_METRIC
from index.extraction.found import Found
from index.extraction.kinds import kind_of, says_when
from index.extraction.numbers import QUALIFIER_BEFORE, find_numbers
from index.extraction.rereading import RISEN_FROM_RE

I = re.IGNORECASE

# "the number rose to", "the figure stood at", "the toll climbed to", "this estimate is"
_REFERENCE_RE = re.compile(
    r"\b(?:the|this|that|its|their)\s+(?:(?:official|overall|total|new|latest|same)\s+)?"
    r"(?:number|figure|toll|death\s+toll|total|tally|count|estimate)\b[^.;:\d]{0,50}?"
    r"\b(?:rose|risen|increased|climbed|reached|stood|stands|grew|jumped|was|is|hit|topped|surpassed"
    r"|exceeded|came|amounted|went\s+up|totall?ed)\b[^\d]{0,30}$"
    # "jumping to 693 in 2023, and reaching 913": the same figure going on
    r"|\b(?:jumping|rising|climbing|reaching|growing|falling|dropping)\s+(?:to\s+)?(?:about\s+|over\s+|some\s+)?$",
    I)
# "Russian officials claimed 498", "put the number at 7,000": a claim of the count before
_CLAIM_RE = re.compile(
    r"\b(?:claimed|claims|estimated|estimates|reported|reports|put\s+it|put\s+the\s+(?:number|figure|toll)\s+at"
    rf"|said\s+it\s+was|counted)\s+{QUALIFIER_BEFORE}$", I)
# "4,253 had been killed while 5,141 had been injured"
_PASSIVE_AFTER_RE = re.compile(  # (also "17 more were wounded", "five others were hurt": the same people's count going on)
    r"\s+(?:(?:more|others|other\s+people|more\s+people)\s+)?(?:(?:people\s+)?(?:had|have|has)\s+been|were|are"
    # "up to 140,000 are believed to have been killed"
    r"|(?:are|were)\s+(?:believed|said|reported|thought|estimated|known)\s+to\s+have\s+been)\s+(?:(?:confirmed|reported)\s+)?"
    r"(?P<out>killed|dead|wounded|injured|missing|captured)\b"
    # "while 12 have lost their lives", "three more have died", "40 are known to have died"
    r"|\s+(?:more\s+|others\s+)?(?:(?:have|has|had)\s+(?:also\s+|since\s+|already\s+|reportedly\s+)?"
    r"|(?:are|were)\s+(?:believed|said|reported|thought|estimated|known)\s+to\s+have\s+)(?P<died>died|perished|lost\s+their\s+lives)\b", I)
# "as many as 250,000 of those may be dead"
_OF_THOSE_RE = re.compile(  # ("101 of them died and 95 left Ukraine": the mercenaries counted before)
    r"\s+of\s+(?:those|them|these)\s+(?:(?:may|might|could|would|have|had|are|were|already)\s+){0,2}(?:be\s+|been\s+)?"
    r"(?P<out>killed|dead|wounded|injured|missing|captured|died|perished)\b", I)
# "Among them, 13,781 were volunteers", "Among the dead, 8,099 are former prisoners"
_AMONG = r"\W*(?:Among|Of)\s+(?:them|these|those|the\s+(?:dead|killed|fallen|victims|casualties|wounded))\s*,?\s*"
_AMONG_RE = re.compile(rf"{_AMONG}{QUALIFIER_BEFORE}", I)
# "Among them are 2,100 officers": a part of the count before, by its people
_AMONG_ARE_RE = re.compile(rf"{_AMONG}(?:are|were|is|was)\s+{QUALIFIER_BEFORE}", I)
_PEOPLE_RE = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:officers|generals|commanders|colonels|majors|pilots|children|women|men|volunteers|conscripts"
    r"|mobili[sz]ed|contract\s+soldiers|mercenaries|foreigners|prisoners|convicts|minors)\b", I)
_PART_VERB_RE = re.compile(r"\s+(?:were|are|was|had\s+been|have\s+been)\b", I)
_OUTCOME_OF = {"killed": "killed", "dead": "killed", "wounded": "wounded", "injured": "wounded",
               "missing": "missing", "captured": "captured", "died": "killed", "perished": "killed"}


def figures_by_reference(s: str, taken: list[Found], before: Found | None) -> list[Found]:
    """Figures in sentence `s` that refer back to `before` (the article's figure before this
    sentence), for numbers no other rule took (`taken`)."""
    if before is None:
        return []
    used = {(f.number.start, f.number.end) for f in taken}
    out: list[Found] = []
    nums = find_numbers(s)
    for n in nums:
        if (n.start, n.end) in used or n.delta or excluded(s, n, False) or n.words and n.value < 10 \
                or RISEN_FROM_RE.search(s, max(0, n.start - 40), n.start):
            continue  # ("has risen from 90 to 117": 90 was the count before)
        word = FIRST_WORD_RE.match(s, n.end)
        among = _AMONG_ARE_RE.fullmatch(s, 0, n.start) and _PEOPLE_RE.match(s, n.end)
        if word and not FUNC_RE.match(word.group(1)) and not _PASSIVE_AFTER_RE.match(s, n.end) and not among:
            continue  # "498 tanks" has a noun of its own (another rule decided on it)
        left = s[max(0, n.start - 120):n.start]
        passive = _PASSIVE_AFTER_RE.match(s, n.end) or _OF_THOSE_RE.match(s, n.end)
        if passive:
            table = CIVIL_METRIC if before.metric.startswith("civilians_") else (
                PERSONNEL_METRIC if before.metric.startswith("personnel_") or before.metric == "troops_deployed" else {})
            metric = table.get(_OUTCOME_OF[passive.group("out").lower()] if passive.group("out") else "killed")
        elif _REFERENCE_RE.search(left) or _CLAIM_RE.search(left) or (
                _AMONG_RE.match(s) and _PART_VERB_RE.match(s, n.end)) or among:
            metric = before.metric  # (also "Among them, 13,781 were volunteers": a part of the count)
        else:
            continue
        if metric:
            # its own words of time first ("In 2023, the number rose to 37,633"), else the count's
            kind = kind_of(s, n, n.end, nums, False, metric) if says_when(s) else before.kind
            out.append(Found(n, metric, before.side, kind, before.loss))
    return out


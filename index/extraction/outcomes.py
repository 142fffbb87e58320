"""What happened to the troops or civilians a number counts: killed, wounded, casualties
(killed and wounded, "lost"), missing, captured, deserters, displaced, or deployed.

The words right after the noun decide first ("180,000 Russian soldiers were injured, died, or
went missing"), then the nearest verb before the number with the list it ends ("killed, injured
or captured 5,000"), then a deployment verb anywhere near ("troops ... stationed near").
"""

from __future__ import annotations

import re

from index.extraction.clauses import clause_start
from index.extraction.initials import by_initial, initials_ahead
from index.extraction.metrics import OUTCOMES
from index.extraction.numbers import QUALIFIER_BEFORE, Number

I = re.IGNORECASE
# (grouped by first letter, `initials`: each list is tried at every word of the words around a count)
OUTCOME_RES = [(c, re.compile(rf"\b{initials_ahead(rx)}(?:{by_initial(rx)})\b", I)) for c, rx in OUTCOMES]


def outcome_cues(text: str, with_deployed: bool = True) -> list[tuple[int, int, str]]:
    out = []
    for c, rx in OUTCOME_RES:
        if c == "deployed" and not with_deployed:
            continue
        out.extend((m.start(), m.end(), c) for m in rx.finditer(text))
    return sorted(out)


# (nor "serving the Russian Army", "fighting for the Russian side": who they are, not a new phrase)
_NEXT_PHRASE_RE = re.compile(  # not "of the Russian army", "on the list of wounded"
    r"(?<!\bof )(?<!\bin )(?<!\bamong )(?<!\bcrossed )(?<!\bserving )(?<!\bwith )(?<!\bfor )(?<!\balongside )(?<!\bjoined )(?<!\bjoin )(?<!\bjoins )(?<!\bjoining )\b(?:the|a|an|this|these|those)\b(?!\s+(?:list|ranks|number|age)\s+of\b)"
    r"(?!\s+(?:local\s+|city\s+|regional\s+|nearest\s+)?hospitals?\b)", I)  # ("taken to the hospital": where the hurt are)
_UNIT_RE = re.compile(r"\s+(?:from|of)\s+the\s+(?:[\w’'-]+\s+){0,4}?(?:brigade|battalion|regiment|division|corps|unit|fleet)\b", I)
# "20 volunteers from the Nordic and Baltic countries have been killed": where they come from (a name)
_ORIGIN_RE = re.compile(r"\s+from\s+the\s+(?:[A-Z][\w’'-]*\s+(?:(?:and|or|&)\s+)?){1,4}"
                        r"(?:(?:countries|nations|states|republics?|regions?)\b)?(?=\s*(?:who|that|have|has|had|were|was|are)\b)")
_VAGUE_NEXT_RE = re.compile(r"\s+(?:and|or)\s+(?:\w+\s+)?(?:dozens|scores|hundreds|thousands|many|several|others|more|some)\b.*$",
                            re.I | re.S)
# "4,735 people (957 men, 629 women, 110 girls ...) were wounded": a breakdown in brackets
_BREAKDOWN_RE = re.compile(r"\s*\([^()]{1,250}\)(?=\s*(?:have|has|had|were|was|are)\b)", re.I)
# "the deaths of 120,000 soldiers, including 4,100 officers and 12,000 mobilised men.": an aside
# to the end says nothing of what happened to them (the words before do)
_ASIDE_LAST_RE = re.compile(
    r"\s*,\s*(?:including|among\s+them|among\s+whom|of\s+whom)\b(?:[^,;:]|(?<=\d),(?=\d))*[.!?]?\s*$", I)
_ASIDE_END_RE = re.compile(r"\s*[—–)]\s*(?=(?:have|has|had|were|was)\b)", I)
_ASIDE_RE = re.compile(
    # (an aside that lists with commas of its own, up to the verb: "three people, including a child,
    # a young woman, and an elderly woman, were killed")
    r"\s*,\s*(?:including|among\s+them)\b[^;:.]{0,160}?,\s*(?=(?:have|has|had|were|was|are)\s)"
    r"|\s*,\s*(?:including|among\s+them|among\s+whom|of\s+whom|most\s+of\s+them|mostly)\b(?:[^,;]|(?<=\d),(?=\d))*,(?!\d)"
    r"|\s*,\s*[^,;\d]{0,12}\d[\d,.]*\s+\w+\s+included\s*,"  # "12,500 civilians, 650 children included, have been"
    # "14,500 civilians — including 745 children — have been confirmed killed"
    r"|\s*[—–(]\s*(?:including|among\s+them|among\s+whom|of\s+whom|most\s+of\s+them|mostly)\b[^—–();]*[—–)]", I)


# (also "children under 10": an age after the people it is of)
_AGE_RE = re.compile(r"\b(?:(?:the\s+)?ages?\s+of|aged|(?<=children\s)under|(?<=child\s)under)\s+(?:\d{1,3}\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|to\s+|[-–]\s*))*$", re.I)


_AGES_RE = re.compile(r"\b(?:aged|(?:the\s+)?ages?\s+of|(?<=children\s)under|(?<=child\s)under)\s+\d{1,3}(?:\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|to\s+|[-–]\s*)\d{1,3})*",
                      re.I)


# people or bodies handed back in an exchange are no loss count (bodies returned are the receiving
# side's dead, which the words around do not tell this reading); "bodies" are the dead only where
# the sentence speaks of the dead ("three Russian bodies linked to the weapons programme were
# sanctioned" are organisations)
RETURNED_RE = re.compile(r"\b(?:return(?:s|ed|ing)?|released|freed|repatriat\w+|hand(?:s|ed)?\s+over|handover"
                         r"|exchange[sd]?|swap(?:s|ped)?|came\s+home)\b", I)
_BODIES_OF_DEAD_RE = re.compile(r"\b(?:found|recovered|exhumed|identified|buried|unearthed|discovered|pulled|retrieved"
                                r"|bodies\s+of|mass\s+graves?|morgue|remains|rubble|killed|dead|died)\b", I)

# bodies of soldiers handed back are their army's dead: "1,000 bodies, which ... belong to Ukrainian
# servicemen, have been returned", "received the bodies of 1,212 fallen defenders" (not civilians'
# bodies, nor prisoners returned alive)
HANDED_BACK_RE = re.compile(r"\b(?:return(?:s|ed|ing)?|repatriat\w+|hand(?:s|ed)?\s+over|handover|exchange[sd]?"
                             r"|swap(?:s|ped)?|transferred|received|recovered|brought\s+back)\b", I)
_FALLEN_RE = re.compile(r"\b(?:soldiers|servicemen|servicemembers|service\s+members|troops|fallen|defenders"
                        r"|fighters|military|POWs|prisoners\s+of\s+war)\b", I)
_CIVILIAN_BODIES_RE = re.compile(r"\b(?:civilians?|residents|children|women)\b", I)


def fallen_handed_back(s: str) -> bool:
    return HANDED_BACK_RE.search(s) is not None and _FALLEN_RE.search(s) is not None \
        and _CIVILIAN_BODIES_RE.search(s) is None


def outcome(s: str, n: Number, a: int, b: int, after: bool, nums: list[Number]) -> str | None:
    """What happened to the troops / civilians counted: killed, wounded, casualties (killed and
    wounded, "lost"), missing, captured, deserters, displaced, deployed; or None."""
    start = b if after else n.end
    right = s[start:start + 140]
    raw_right = right
    aside = _ASIDE_RE.match(right) or _ASIDE_END_RE.match(right) or _BREAKDOWN_RE.match(right) \
        or _ASIDE_LAST_RE.match(s, start)
    skip = (aside.end() - (start if aside.re is _ASIDE_LAST_RE else 0)) if aside else 0
    if aside:  # "198 civilians, including three children, had been killed"; "745 children — have"
        right = right[skip:]
        raw_right = raw_right if aside.re is not _ASIDE_LAST_RE else ""
    if "age" in right:  # "aged 39, 44, and 61 were injured": ages are no counts
        right = _AGES_RE.sub(lambda m: " " * len(m.group(0)), right)
    digit = re.search(r"\d(?![\d,.]*(?:st|nd|rd|th)\b)", right)  # (not "the 36th brigade": an ordinal counts nothing)
    base = start + skip
    # (an age is no next count: "47,000 Russian men under the age of 50 have died")
    cuts = [x.start - base for x in nums if base <= x.start < base + len(right) and not _AGE_RE.search(s, 0, x.start)]
    digit = digit if digit and not _AGE_RE.search(s, 0, base + digit.start()) else None
    cuts += [digit.start()] if digit else []
    if cuts:
        cut = min(cuts)
        # "killed 7 civilians and injured 22 others", "two soldiers killed and three wounded":
        # the verb before the next number is its own
        right = re.sub(rf"\s+(?:and|or)\s+\w+\s+(?:another\s+|a\s+further\s+)?{QUALIFIER_BEFORE}$", " ", right[:cut])
    # ("killed at least 12 people and injured dozens more": the vague count's verb is its own too)
    right = _VAGUE_NEXT_RE.sub(" ", right)
    right = re.split(r"[;—–(]|,\s+(?:with|while|but|where|as|which|who|and|including)\b", right)[0]
    # another noun phrase starts: "300 people attended the funeral of the soldiers killed"
    right = _ORIGIN_RE.sub(" ", _UNIT_RE.sub(" ", right))  # "1,026 troops from the Ukrainian 36th Marine Brigade surrendered": whose unit
    right = _NEXT_PHRASE_RE.split(right, 1)[0]
    # the words up to the first comma, then a list that goes on ("were injured, died, or went
    # missing"); an outcome after a comma belongs to the next clause otherwise
    segs = right.split(",")
    found: set[str] = set()
    for i, seg in enumerate(segs):
        cues = outcome_cues(seg)
        if i > 0 and not re.match(r"\s*(?:(?:or|and)\s+)?(?:were\s+|was\s+|had\s+been\s+|went\s+)?"
                                  r"(?:killed|died|dead|wounded|injured|missing|captured|went)\b", seg, I):
            break
        found |= {c for _, _, c in cues}
        if not cues:
            break
    if found - {"deployed"}:
        found -= {"deployed"}
    if not found and any(c == "deployed" for _, _, c in outcome_cues(re.split(r"[.;]", raw_right)[0])):
        found = {"deployed"}  # "150,000 Russian troops, equipment and weapons stationed near"
    if after and s[a:b].lower() == "bodies":
        if fallen_handed_back(s):
            return "killed"
        return None if RETURNED_RE.search(s) or not _BODIES_OF_DEAD_RE.search(s) else "killed"
    if not found and after:
        # the word between the number and its noun: '63,380 "eliminated personnel"', "200 wounded soldiers"
        found = {c for _, _, c in outcome_cues(s[n.end:a], with_deployed=False)}
    if not found:
        # (with the noun before the number: "the total number of victims ... is 124")
        start = clause_start(s, n.start)
        if re.fullmatch(r"and\s+" + QUALIFIER_BEFORE, s[start:n.start], I) and s.startswith(",", start - 2):
            start = clause_start(s, start - 2)  # "lost 96 aircraft, 118 helicopters, and 14,700 personnel": one list
        left = s[start:n.start]
        # nearest word first by where it ends; "killed or wounded" before "wounded"
        cues = sorted(outcome_cues(left), key=lambda c: (c[1], c[1] - c[0]))
        if cues:
            # the nearest word, with the list it ends ("killed, injured or captured 5,000")
            a0, b0, c0 = cues[-1]
            found = {c0}
            for a1, b1, c1 in reversed(cues[:-1]):
                if re.fullmatch(r"(?:,\s*(?:or\s+|and\s+)?|\s+(?:or|and|&)\s+|/)", left[b1:a0], I):
                    found.add(c1)
                    a0 = a1
                else:
                    break
    if not found:
        return None
    if "casualties" in found or len(found & {"killed", "wounded", "missing", "captured"}) > 1:
        return "casualties"
    for c in ("killed", "wounded", "missing", "captured", "deserters", "displaced", "deployed"):
        if c in found:
            return c
    return None


# "lost" counts the dead when the wounded are counted beside it ("lost 71 soldiers and 210 were
# wounded", "it had lost 1,351 soldiers and that 3,825 had been wounded") or the sentence says
# so ("lost 45,000 troops, dead", "the highest death toll", "not counting the wounded")
_LOST_BEFORE_RE = re.compile(r"\b(?:lost|loses|lose|losing|loss\s+of)\b[^.;:]{0,60}$", I)
_WOUNDED_BESIDE_RE = re.compile(
    rf"^[^.;:\d]{{0,40}}?(?:\s+and|,?\s+with|,)\s+(?:that\s+)?(?:another\s+)?{QUALIFIER_BEFORE}"
    r"[\d,.]+\s+(?:[\w-]+\s+)?(?:(?:were|had\s+been|have\s+been|was|are)\s+)?(?:wounded|injured|injuries)\b", I)
_DEAD_SAID_RE = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?[\w-]+,\s*dead\b|\bdeath\s+(?:toll|total|count)\b|\bkilled\s+in\s+action\b"
                           r"|\b(?:not\s+counting|not\s+including|does\s+not\s+include|excluding)\s+(?:the\s+|their\s+)?"
                           r"(?:wounded|injured|missing)\b"
                           # counts of the dead by name: what they "lost" is the dead they found
                           r"|\b(?:Mediazona|Meduza|BBC\s+Russian|UALosses)\b", I)


_DESTROYED_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:destroyed|neutrali[sz]ed)\b", I)


def lost_as_dead(s: str, n: Number) -> bool:
    """A count "lost" (or "destroyed") that the sentence reads as its dead: the wounded are
    counted beside it ("140 invaders were destroyed, 232 were wounded"), or, of a count lost, the
    sentence says so."""
    destroyed = _DESTROYED_AFTER_RE.match(s, n.end) is not None
    if not destroyed and _LOST_BEFORE_RE.search(s, max(0, n.start - 80), n.start) is None:
        return False
    return _WOUNDED_BESIDE_RE.match(s[n.end:n.end + 120]) is not None or not destroyed and (
        _DEAD_SAID_RE.search(s[n.end:]) is not None or _DEAD_SAID_RE.search(s, 0, n.start) is not None)

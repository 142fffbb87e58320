"""Lists of losses set out an item a line under a lead: "Russian forces have lost approximately:"
then "• 23,904 armored fighting vehicles", "- 434 aircraft and 347 helicopters". An item has no
verb of its own: the lead's losing covers it, as a bulletin's label covers its line ("tanks ‒
1361 (+3)"). A line of prose that happens to open with a number is no item."""

from __future__ import annotations

import re

from index.extraction.figure_patterns import LOSS_RE
from index.model import Sentence

I = re.IGNORECASE
_BULLET_RE = re.compile(r"\s*[•●▪◦‣∙·*–—-]\s*(?=\S)")
_QUALIFIER = r"(?:about|approximately|approx\.|around|over|more\s+than|nearly|almost|up\s+to|at\s+least|some)\s+"
_COUNT_FIRST_RE = re.compile(rf"\s*(?:{_QUALIFIER})?\d[\d,.\s]*(?:\(\s*\+\s*\d[\d,]*\s*\)\s*)?[A-Za-z]", I)
# a verb makes a line prose: "200 people attended the funeral", "12 tanks were delivered"
_VERB_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|did|do|does|said|says)\b|\w+ed\s+(?:by|to|in|on)\b", I)
_NEXT_SENTENCE_RE = re.compile(r"[.!?]\s+[A-Z]")
_ITEM_MAX = 140


def is_item(s: str) -> bool:
    """One item of a list: a bulleted count ("• 1,277 air defense systems, with 9 in the past
    day"), or a short line of counts and nouns with no verb ("434 aircraft and 347 helicopters")."""
    if len(s) >= _ITEM_MAX:
        return False
    bullet = _BULLET_RE.match(s)
    rest = s[bullet.end():] if bullet else s
    if not _COUNT_FIRST_RE.match(rest):
        return False
    return bullet is not None or (len(rest.split()) <= 8 and not _VERB_RE.search(rest) and not _NEXT_SENTENCE_RE.search(rest))


def leads_losses(s: str) -> bool:
    """A lead that opens a list of losses: "Russian forces have lost approximately:"."""
    return s.rstrip().endswith(":") and LOSS_RE.search(s) is not None


# a sentence that goes on with a list of what the one before counted: "This includes 539 tanks,
# ...", "Among them 127 aircraft", "These include 6,465 battle tanks"
GOES_ON_RE = re.compile(r"\W*(?:This|These|Those|That|It|They)\s+(?:also\s+)?(?:includes?|included|comprises?|consists?\s+of)\b"
                        r"|\W*(?:Among\s+(?:them|these|those)|Including|Of\s+these|Of\s+them|Of\s+which)\b", I)


def goes_on_from_losses(text: str, sentences: list[Sentence], si: int) -> bool:
    """Sentence `si` lists what the sentence before it in its paragraph spoke of as losses, with
    no count of its own ("... has suffered substantial material losses. These include ...")."""
    sent = sentences[si]
    if si == 0 or sentences[si - 1].paragraph != sent.paragraph or not GOES_ON_RE.match(text, sent.start, sent.end):
        return False
    return LOSS_RE.search(text, sentences[si - 1].start, sent.start) is not None

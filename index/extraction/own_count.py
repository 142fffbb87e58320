"""An outlet's own count: "we have identified the names of 106,745 soldiers", "according to our
data", "our calculations show". The claimant is the outlet that publishes the article (from its
metadata), not anyone the sentence quotes; a "we" inside a quotation is the speaker's."""

from __future__ import annotations

import re

from index.extraction.aliases import canonical, counts_civilians, counts_side, is_outlet, mentioned, names_whole
from index.extraction.referents import COUNTRY_RE

I = re.IGNORECASE

_OWN_RE = re.compile(
    r"\bwe\s+(?:have\s+|had\s+|now\s+|also\s+|were\s+able\s+to\s+)?(?:identified|identify|counted|count|estimated?"
    r"|believe|calculated?|found|confirmed|verified|recorded|registered|documented|know|tallied|established)\b"
    r"|\b(?:according\s+to\s+)?our\s+(?:own\s+|latest\s+|updated\s+)?(?:data|calculations?|count|estimates?"
    r"|figures|list|number|numbers|tally|analysis|database|research|records|investigation|estimation)\b", I)
_QUOTES = "\"“”"


def own_count(sentence: str) -> bool:
    """The sentence states the outlet's own count (outside any quotation)."""
    for m in _OWN_RE.finditer(sentence):
        if sum(sentence.count(q, 0, m.start()) for q in _QUOTES) % 2 == 0:
            return True
    return False


def outlet_name(outlet: str | None) -> str | None:
    """"BBC News (via a blog mirror)" -> "BBC News": the outlet as a claimant."""
    if not outlet:
        return None
    name = re.split(r"\s+\(|\s+via\s+|,\s+", outlet.strip(), maxsplit=1)[0].strip(" -–—")
    return name or None




# a state's or a union's office abroad or its foreign service: the pages it publishes are its statements
_OFFICIAL_PAGE_RE = re.compile(
    r"\b(?:(?:Permanent\s+)?(?:Mission|Delegation|Representation)|Embassy|Consulate)\s+(?:of|to)\s+(?:the\s+)?[A-Z]"
    r"|\bExternal\s+Action\s+Service\b|\bForeign\s+(?:Ministry|Office)\b|\bMinistry\s+of\s+Foreign\s+Affairs\b")


def publisher(outlet: str | None) -> str | None:
    """The body or person that publishes the article itself, from its metadata: one the table
    knows by the outlet's whole name ("President of Ukraine (official address)", "CSIS"), or a
    counting body the outlet names ("UNICEF USA (press release)", "Wired-Gov (UNICEF statement)").
    A figure its text gives no one else for is their own statement. A news outlet or a country is
    no such publisher: an outlet's unattributed figures are usually others' it did not name."""
    if not outlet:
        return None
    own = outlet_name(outlet)
    if own and names_whole(own) and not COUNTRY_RE.fullmatch(own) and not is_outlet(canonical(own, False)):
        return canonical(own, False)  # "President of Ukraine (official address)": the speaker's own page
    if own and _OFFICIAL_PAGE_RE.search(outlet) and not is_outlet(canonical(own, False)):
        return own  # "Permanent Mission of Ukraine to the United Nations": a state's own page, its statements
    for words in mentioned(outlet):
        if COUNTRY_RE.fullmatch(words):
            continue
        name = canonical(words, False)
        if (counts_civilians(name) or counts_side(name)) and not is_outlet(name):
            return name
    return None

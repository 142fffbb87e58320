"""An outlet's own count: "we have identified the names of 106,745 soldiers", "according to our
data", "our calculations show". The claimant is the outlet that publishes the article (from its
metadata), not anyone the sentence quotes; a "we" inside a quotation is the speaker's."""

from __future__ import annotations

import re

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

"""An acronym an article spells out: "the Kharkiv Human Rights Protection Group (KHPG)" and then
"KHPG said" are one claimant, by the name the article gave it."""

from __future__ import annotations

import re

from index.extraction.aliases import canonical

ACRONYM_RE = re.compile(r"[A-Z]{2,6}")


def spelled_out(text: str, acronym: str) -> str | None:
    """The name an article spells an acronym out as, right before it: "the Kharkiv Human Rights
    Protection Group (KHPG)", "All Eyes on Wagner, AEOW," (the acronym's letters are initials of
    the name's capitalised words, its first and last among them)."""
    for m in re.finditer(rf"((?:[A-Z][\w’'-]*(?:\s+(?:of|on|for|and|the|in))*\s+){{1,7}}[A-Z][\w’'-]*)\s*(?:\(|,\s*){acronym}\b",
                         text):
        words = m.group(1).split()
        while words and not _initials_fit(acronym, [w[0] for w in words if w[0].isupper()]):
            words = words[1:]
        if words:
            return canonical(" ".join(words))
    return None


def _initials_fit(acronym: str, initials: list[str]) -> bool:
    if not initials or initials[0] != acronym[0] or initials[-1] != acronym[-1]:
        return False
    rest = iter(initials[1:-1])
    return all(letter in rest for letter in acronym[1:-1])  # in order, some words left out

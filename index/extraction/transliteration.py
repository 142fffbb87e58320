"""One surname across its spellings in English: Syniehubov, Sinegubov, Sinehubov; Zelenskyy,
Zelinsky; Milley, Millie. Transliterations from Ukrainian and Russian, and the misspellings of
machine translation, differ in the letters that stand for one sound (и/і/й/е as i, y, e; г as g
or h; х as kh or h; у as u or ou) and in doubled letters. A surname reduced to those sounds finds the table's
spelling; two table names that reduce alike are ambiguous and match neither.
"""

from __future__ import annotations

import re

SHORTEST = 5  # "Kahl", "Putin" are matched as written or not at all
_DOUBLE_RE = re.compile(r"(.)\1+")


def sound(word: str) -> str:
    # (French transcriptions write у as "ou": Zalouzhny)
    w = word.lower().replace("kh", "h").replace("g", "h").replace("w", "v").replace("ou", "u")
    w = w.translate(str.maketrans("yje", "iii"))
    return _DOUBLE_RE.sub(r"\1", w)


def sound_table(one_word_names: dict[str, str]) -> dict[str, str]:
    """sound -> one of the table's spellings, from {spelling: whose name it is}; names of
    SHORTEST letters or more. Spellings of two different claimants that sound alike match neither."""
    out: dict[str, tuple[str, str] | None] = {}
    for name, whose in one_word_names.items():
        if len(name) < SHORTEST or not name.isalpha():
            continue
        key = sound(name)
        if key not in out:
            out[key] = (name.lower(), whose)
        elif out[key] is not None and out[key][1] != whose:
            out[key] = None
    return {k: v[0] for k, v in out.items() if v}


def respelled(text: str, table: dict[str, str]) -> str | None:
    """`text` with its last word in the table's spelling, when that word is a capitalised
    surname the table knows by another spelling; else None."""
    m = re.search(r"([A-Z][a-z]+)(['’]s)?\W*$", text)
    if m is None or len(m.group(1)) < SHORTEST:
        return None
    known = table.get(sound(m.group(1)))
    if known is None or known == m.group(1).lower():
        return None
    return text[:m.start(1)] + known.capitalize() + text[m.end(1):]

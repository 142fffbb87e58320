"""A long alternation of words regrouped by first letter, for `re`.

`re` tries the alternatives of a group one by one, and under IGNORECASE it cannot rule one out
by its first letter without entering it: a list of a hundred verbs costs a hundred tries at
every word. Regrouped, each group opens with a case-sensitive class of the letters that
IGNORECASE matches to its initial, which `re` checks before entering the group, so a word
meets one group. The alternatives of a group keep their order, and alternatives of different
groups can never match at the same place, so the regrouped expression matches exactly what the
plain one does (tests/test_hints.py compares them).
"""

from __future__ import annotations

# The only letters outside ASCII that IGNORECASE matches to ASCII ones (tests/test_hints.py
# checks this against `re` over every code point).
FOLDS = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def by_initial(alternation: str, depth: int = 1) -> str:
    """`alternation` ("said|says|(?:is|was)\\s+saying|...": alternatives that open with an
    ASCII letter or with a group of such alternatives), for an expression read with
    IGNORECASE, as one group per first letter, in the order the letters first appear; with
    `depth` 2, each group's alternatives grouped again by their second letter where they all
    open with one (a long list: "said|says|stated|..." is "s(?:a(?:id|ys)|t(?:ated))")."""
    groups: dict[str, list[str]] = {}
    for alt in _top_level(alternation):
        for letter, rest in _heads(alt):
            groups.setdefault(letter.lower(), []).append(rest)
    out = []
    for letter, rests in groups.items():
        inner = "|".join(rests)
        if depth > 1 and len(rests) > 1:
            try:
                inner = by_initial(inner, depth - 1)
            except ValueError:
                pass  # (an alternative that ends here, or opens otherwise: the group as it is)
        out.append(f"(?-i:[{letter}{letter.upper()}{FOLDS.get(letter, '')}])(?:{inner})")
    return "|".join(out)


def initials_ahead(alternation: str) -> str:
    """A lookahead for the letters the groups of `by_initial(alternation)` open with: searched,
    the expression rules out a word that opens with another in one test, not one per group."""
    letters = sorted({letter.lower() for alt in _top_level(alternation) for letter, _ in _heads(alt)})
    return f"(?=(?-i:[{''.join(letter + letter.upper() + FOLDS.get(letter, '') for letter in letters)}]))"


def first_letters(alternation: str) -> str:
    """The letters the alternatives of `alternation` open with, as written: for a lookahead
    before a case-sensitive alternation, which rules out the words that open otherwise."""
    return "".join(sorted({letter for alt in _top_level(alternation) for letter, _ in _heads(alt)}))


def _structure(pattern: str):
    """(index, character, depth) of each character of `pattern` that is no escape and not inside
    a class: what splitting alternatives and finding a group's end both walk."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        else:
            depth += c == "("
            yield i, c, depth
            depth -= c == ")"
        i += 1


def _top_level(pattern: str) -> list[str]:
    """The alternatives of `pattern` at the outer level (not inside a group or a class)."""
    out, start = [], 0
    for i, c, depth in _structure(pattern):
        if c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def _heads(alt: str) -> list[tuple[str, str]]:
    """(first letter, the rest) of each way `alt` can begin, in the order `re` tries them:
    "(?:is|are)\\s+saying" gives ("i", "s\\s+saying") and ("a", "re\\s+saying")."""
    if alt[:1].isascii() and alt[:1].isalpha() and alt[1:2] not in ("?", "*", "+", "{"):
        return [(alt[0], alt[1:])]
    if not alt.startswith("(?:"):
        raise ValueError(f"an alternative that opens with neither a letter nor a group: {alt!r}")
    depth = 0
    for end, c in enumerate(alt):
        depth += (c == "(") - (c == ")")  # (the verbs hold no escaped brackets)
        if depth == 0:
            break
    rest = alt[end + 1:]
    if rest[:1] in ("?", "*", "+", "{"):
        raise ValueError(f"a group that may be skipped: {alt!r}")
    return [(letter, tail + rest) for inner in _top_level(alt[3:end]) for letter, tail in _heads(inner)]


def lookahead_of(alternation: str) -> str:
    """A lookahead that holds wherever an alternative of `alternation` (read with IGNORECASE)
    can match, and at a few more places: its alternatives grouped by first letter, a leading
    optional group read both ways, a leading lookbehind left out. Before a long list that `re`
    tries alternative by alternative, it passes over at once the words that open none of it;
    it says where one may match, not which (the list itself still decides)."""
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    todo = _top_level(alternation)
    while todo:
        alt = todo.pop(0)
        if alt.startswith(("(?<=", "(?<!")) or alt.startswith(("(?:(?<=", "(?:(?<!")) and all(
                a.startswith(("(?<=", "(?<!")) and _group_end(a) == len(a) for a in _top_level(alt[3:_group_end(alt) - 1])):
            todo.insert(0, alt[_group_end(alt):])  # (a lookbehind only narrows: without it, more places)
            continue
        if alt.startswith("\\b"):
            todo.insert(0, alt[2:])  # (so does a word boundary)
            continue
        end = _group_end(alt) if alt.startswith("(?:") else 0
        if end and alt[end:end + 1] == "?" and alt[end + 1:end + 2] not in ("?", "+"):
            todo[:0] = [inner + alt[end + 1:] for inner in _top_level(alt[3:end - 1])] + [alt[end + 1:]]
            continue
        try:
            heads = _heads(alt)
        except ValueError:
            others.append(alt)
            continue
        for letter, rest in heads:
            groups.setdefault(letter.lower(), []).append(rest)
    parts = [f"(?-i:[{letter}{letter.upper()}{FOLDS.get(letter, '')}])(?:{'|'.join(rests)})"
             for letter, rests in groups.items()] + others
    return f"(?=(?:{'|'.join(parts)}))"


def _group_end(pattern: str) -> int:
    """The index just past the group `pattern` opens with."""
    for i, c, depth in _structure(pattern):
        if c == ")" and depth == 1:
            return i + 1
    raise ValueError(f"an unclosed group: {pattern!r}")
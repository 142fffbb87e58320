"""The parts of a toll: "Three children are among at least 14 people killed", "Of the 144
injured, 15 were children", "Two children are among them", "2,100 officers, including 19
generals". A count of children inside a count of the harmed, or of officers inside a count of
soldiers, is a figure of its own, of the same kind as the toll it is part of: the same dead or
wounded, side, source, date and kind.

The sentence readers find "198 civilians, including three children, had been killed" by
themselves. These are the forms where the toll and the children are apart, in another order,
or in the sentence before, read once the article's figures are known.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.extraction.numbers import QUALIFIER_BEFORE, Number, find_numbers
from index.extraction.sentences import one_line
from index.model import Figure, Sentence

_CIVILIANS = ("civilians_killed", "civilians_wounded")
_HARMED = _CIVILIANS + ("personnel_killed", "personnel_wounded", "personnel_casualties")
# the people a part counts: children of a toll of the harmed, the ranks and kinds of soldiers of
# a toll of soldiers
_RANKS = (r"(?:officers|generals|commanders|colonels|pilots|mercenaries|conscripts|mobili[sz]ed\s+(?:men|soldiers)"
          r"|convicts|former\s+(?:prisoners|convicts|inmates)|foreign\s+(?:fighters|nationals|mercenaries))")
_PEOPLE = rf"(?:children|child|kids|minors|teenagers|infants|babies|baby|{_RANKS})"
_RANKS_RE = re.compile(rf"\s+{_RANKS}\b", re.I)
# after the count: "N children are among ...", "N children and M others were hurt", "N of them children"
_AMONG_RE = re.compile(rf"\s+{_PEOPLE}\s+(?:(?:are|were|is|was)\s+)?among\b", re.I)
_AND_OTHERS_RE = re.compile(
    rf"\s+{_PEOPLE}\s+and\s+{QUALIFIER_BEFORE}(?=\d|[a-z])", re.I)
_OTHERS_RE = re.compile(r"\s+(?:others?|more|adults|people)\b", re.I)
_WERE_PEOPLE_RE = re.compile(
    rf"\s+(?:(?:of\s+(?:them|whom)\s+)?(?:were|are)\s+{_PEOPLE}|of\s+(?:them|whom)\s+{_PEOPLE}|{_PEOPLE}\s+included)\b", re.I)
# before the count: "including", "among them", "Of the 144 injured, ", "of whom"
_INCLUDING_RE = re.compile(
    rf"(?:\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)[,:]?\s+|[,(—–]\s*){QUALIFIER_BEFORE}$", re.I)
_OF_THE_RE = re.compile(rf"^\s*(?:Of\s+(?:the|them|those)\b[^.;:]{{0,60}}?,\s*){QUALIFIER_BEFORE}$", re.I)
_THEM_RE = re.compile(r"\s*(?:them|the\s+(?:dead|victims|injured|wounded|killed)|those\s+(?:killed|injured|wounded|hurt))\b", re.I)
_PEOPLE_AFTER_RE = re.compile(rf"\s+{_PEOPLE}\b", re.I)


def toll_parts(text: str, sentences: list[Sentence], figs: list[Figure]) -> None:
    """Add to `figs`, after the toll each is part of, the counts of children among the harmed and
    of officers among the soldiers."""
    by_sentence: dict[int, list[Figure]] = {}
    for f in figs:
        by_sentence.setdefault(f.sentence_start, []).append(f)
    taken = {f.start for f in figs}
    before: list[Figure] = []
    added: list[tuple[Figure, Figure]] = []
    for sent in sentences:
        s = text[sent.start:sent.end]
        here = [f for f in by_sentence.get(sent.start, []) if f.metric in _HARMED]
        if here or before:
            for n in find_numbers(s):
                if sent.start + n.start in taken or n.decimal or n.delta:
                    continue
                toll = _toll_of(s, n, sent.start, here, before)
                if toll is not None and n.value < toll.value \
                        and (toll.metric in _CIVILIANS) != bool(_RANKS_RE.match(s, n.end)):
                    fig = _child_figure(toll, n, sent, s)
                    added.append((toll, fig))
                    taken.add(fig.start)
        harmed = [f for f in by_sentence.get(sent.start, []) if f.metric in _HARMED]
        before = harmed if harmed else []
    for toll, fig in added:
        at = max(i for i, f in enumerate(figs) if f is toll or f.start < fig.start)
        figs.insert(at + 1, fig)


def _toll_of(s: str, n: Number, offset: int, here: list[Figure], before: list[Figure]) -> Figure | None:
    """The toll that `n` children are a part of, or None."""
    if _AMONG_RE.match(s, n.end):
        after = [f for f in here if f.start - offset > n.end]
        if after:
            return after[0]  # "Three children are among at least 14 people killed"
        if _THEM_RE.match(s, _AMONG_RE.match(s, n.end).end()):
            # "Two children are among them.", "51,679 killed, with 3,400 officers among them"
            earlier = [f for f in here if f.end - offset <= n.start]
            return earlier[-1] if earlier else before[-1] if before else None
        return None
    if m := _AND_OTHERS_RE.match(s, n.end):
        nxt = [f for f in here if f.start - offset >= m.end() and _OTHERS_RE.match(s, f.end - offset)]
        return nxt[0] if nxt else None  # "Twelve children and 26 others were hurt"
    earlier = [f for f in here if f.end - offset <= n.start]
    if _WERE_PEOPLE_RE.match(s, n.end):
        if earlier:
            return earlier[-1]  # "Of the 144 injured, 15 were children"; "650 children included"
        if re.match(r"\s+of\s+(?:them|whom)\b", s[n.end:], re.I) or _OF_THE_RE.match(s[:n.start]):
            return before[-1] if before else None  # "Four of them were children."
        return None
    if _PEOPLE_AFTER_RE.match(s, n.end) and earlier and (
            _INCLUDING_RE.search(s, earlier[-1].end - offset, n.start)
            or _OF_THE_RE.match(s[:n.start])):
        # "Another 98 were wounded, including 16 children", when the 98 came from the sentence before
        return earlier[-1]
    return None


def _child_figure(toll: Figure, n: Number, sent: Sentence, s: str) -> Figure:
    start, end = sent.start + n.start, sent.start + n.end
    # (the sentence as the article's others keep it: same length, so offsets into it hold)
    return replace(toll, value=int(n.value), upper=n.upper, approx=n.approx, text=s[n.start:n.end],
                   start=start, end=end, sentence=one_line(s), sentence_start=sent.start, sentence_end=sent.end)

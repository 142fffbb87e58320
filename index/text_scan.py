"""Search without the search index: the words of a query looked for in article texts, for
while a first index has written its articles to the catalog but not yet its search index
(which a fresh build writes once, at the end, for speed).

Plain words only (a word ending in `*` as a prefix), every word in the title or the text;
field terms and operators are left out; the reader says the result is not the full search.
Pure: texts in, hits out, tested without an index."""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.api import Hit, SearchResult
from index.snippet import make_snippet

_FIELD_TERM = re.compile(r'\w+:("[^"]*"|\[[^\]]*\]|\S+)')
_WORD = re.compile(r"[^\W_][\w'-]*\*?")
_OPERATORS = {"AND", "OR", "NOT", "TO"}


def patterns(query: str) -> list[re.Pattern]:
    words = [w for w in _WORD.findall(_FIELD_TERM.sub(" ", query)) if w not in _OPERATORS]
    return [re.compile(r"\b" + re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else r"\b"),
                       re.IGNORECASE) for w in words]


def scan(query: str, texts: Iterable[tuple[str, str, str]], limit: int = 20) -> SearchResult:
    """`texts` as (file, title, text); the articles with every word, most hits first."""
    wanted = patterns(query)
    found = []
    if wanted:
        for file, title, text in texts:
            spans = [[(m.start(), m.end()) for m in p.finditer(text)] for p in wanted]
            if all(s or p.search(title) for s, p in zip(spans, wanted)):
                flat = sorted(s for group in spans for s in group)
                found.append(Hit(file, title, float(len(flat)), *make_snippet(text, flat), flat))
    found.sort(key=lambda h: -h.score)
    return SearchResult(query, len(found), found[:limit])

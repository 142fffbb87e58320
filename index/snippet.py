"""Choosing the passage of an article to show under a search hit.

Plain text only: the matched terms are returned as offsets into the snippet, so whoever shows
it decides how to highlight, and nothing in an article can smuggle in markup.
"""

from __future__ import annotations

WIDTH = 220
ELLIPSIS = "…"


def make_snippet(text: str, hits: list[tuple[int, int]], width: int = WIDTH
                 ) -> tuple[str, list[tuple[int, int]]]:
    """(snippet, offsets of the hits inside it). The window holds the densest run of hits;
    without hits it is the start of the article after its title line."""
    if hits:
        best, best_count = hits[0][0], 0
        for i, (start, _) in enumerate(hits):
            count = sum(1 for s, e in hits[i:] if e <= start + width - 40)
            if count > best_count:
                best, best_count = start, count
        begin = max(0, best - 50)
    else:
        first_break = text.find("\n")
        begin = first_break + 1 if 0 <= first_break < len(text) - 1 else 0
        while begin < len(text) and text[begin].isspace():
            begin += 1
    end = min(len(text), begin + width)
    # widen to word boundaries so no word is cut in half
    if begin > 0:
        space = text.rfind(" ", max(0, begin - 20), begin)
        begin = space + 1 if space >= 0 else begin
    if end < len(text):
        space = text.find(" ", end, min(len(text), end + 20))
        end = space if space >= 0 else end
    body = text[begin:end]
    # one line: a newline becomes a space, so every offset is kept
    body = "".join(" " if ch in "\r\n\t\v\f" else ch for ch in body)
    prefix = ELLIPSIS if begin > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    shift = len(prefix) - begin
    inside = [(s + shift, e + shift) for s, e in hits if s >= begin and e <= end]
    return prefix + body + suffix, inside

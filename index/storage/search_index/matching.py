"""How queries meet the index: terms expanded once per segment, ranges that match once."""

from __future__ import annotations

from itertools import islice

from whoosh import query as wquery

from index.api import QueryError
from index.storage.documents import CLAIMANT_BREAK

_BREAK = CLAIMANT_BREAK.encode()


def expand_once(q, reader) -> None:
    """Expand each fuzzy, prefix or wildcard term against the whole index once: the search
    and the hit offsets then share that list instead of each walking the lexicon (a fuzzy
    term's walk is most of its query's time). A segment lacking one of the words just
    matches nothing for it. Each segment is asked on its own: a segment walks its word list
    with an automaton, while the engine's reader over several segments tries every word that
    shares the prefix (12x slower for `kremlim~` over two segments)."""
    try:
        leaves = [leaf for leaf, _ in reader.leaf_readers()] or [reader]
    except Exception:
        leaves = [reader]
    total = 0
    for node in q.leaves():
        if isinstance(node, wquery.MultiTerm):
            try:
                words = list(islice(dict.fromkeys(w for leaf in leaves for w in node._btexts(leaf)),
                                    MAX_WORDS + 1))
            except Exception:
                continue
            if node.fieldname == "claimant":
                words = [w for w in words if w != _BREAK]  # the word between claimants is no claimant's
            total += len(words)
            if len(words) > MAX_WORDS or total > MAX_QUERY_WORDS:
                raise QueryError(f"{_shown(node)} matches too many different words (over "
                                 f"{min(len(words), MAX_WORDS, total):,}): make it longer or more specific")
            node._btexts = lambda _reader, words=words: words


# A wildcard, prefix, fuzzy term or word range is a union of every word it matches: `*a*` over
# 10,000 articles is a union of most of the lexicon and took many seconds (27 s for five such
# terms). Like lnav bounding a regular expression, a term matching more words is refused with
# a reason, and so is a query whose terms together match more.
MAX_WORDS = 1_000
MAX_QUERY_WORDS = 3_000


def _shown(node) -> str:
    text = getattr(node, "text", None)
    if isinstance(node, wquery.Prefix):
        text = f"{text}*"
    elif isinstance(node, wquery.FuzzyTerm):
        text = f"{text}~"
    elif text is None and hasattr(node, "start"):
        text = f"[{node.start or ''} to {node.end or ''}]"
    return f"`{node.fieldname}:{text}`" if node.fieldname and node.fieldname != "body" else f"`{text}`"


def distinct_ranges(q) -> None:
    """Make each range over numbers or dates match an article once. On large segments the
    engine's union of a range's terms was seen to give one article once per figure in
    range (at 10,000 articles `value:>500000` listed 139 matches for 104 articles), so
    an article came up several times in the list and in the count."""
    from array import array

    from whoosh.matching import ListMatcher, NullMatcherClass

    for node in q.leaves():
        if isinstance(node, wquery.NumericRange) and "matcher" not in vars(node):
            def matcher(searcher, context=None, node=node, engine=type(node).matcher):
                m = engine(node, searcher, context)
                if isinstance(m, NullMatcherClass) or (context is not None
                                                       and context.needs_current):
                    return m
                ids = sorted(set(m.all_ids()))
                return ListMatcher(array("I", ids), all_weights=node.boost)
            node.matcher = matcher

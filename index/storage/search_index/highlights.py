"""Where a query's words stand in an article's text: the offsets the reader highlights."""

from __future__ import annotations

from functools import lru_cache

from whoosh import query as wquery

from index.storage.search_index.schema import STEM


def query_terms(q, reader) -> tuple[dict[str, set[str]], list[tuple[str, list[str]]]]:
    """The terms a query matched in the index (fuzzy and prefix terms expanded), by field,
    and its phrases; terms under NOT are left out, they are not what the user looks for."""
    terms: dict[str, set[str]] = {}
    phrases: list[tuple[str, list[str]]] = []

    def walk(node) -> None:
        if isinstance(node, wquery.Not):
            return
        if isinstance(node, wquery.AndNot):
            walk(node.a)
            return
        if isinstance(node, wquery.Phrase):
            phrases.append((node.fieldname, list(node.words)))
            return
        if node.is_leaf():
            try:
                found = node.existing_terms(reader, expand=True)
            except Exception:
                return
            for field, term in found:
                if field in ("title", "body"):
                    word = term.decode("utf-8") if isinstance(term, bytes) else str(term)
                    terms.setdefault(field, set()).add(word)
            return
        for child in node.children():
            walk(child)

    walk(q)
    return terms, phrases


_TOKEN = STEM[0].expression  # the tokenizer's own pattern, so tokens line up exactly


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str | None:
    """The indexed form of one word (None for a stop word), as the analyzer makes it."""
    for token in STEM(word):
        return token.text
    return None


def offsets(terms, phrases, title: str, text: str) -> list[tuple[int, int]]:
    """[start, end] of every matched term in `text`: the text is tokenised with the index's
    own analyzer (one stemming per distinct word), so stemmed, fuzzy and prefix matches all
    point at the words the reader sees."""
    tokens = []
    for m in _TOKEN.finditer(text):
        stemmed = _stem(m.group().lower())
        if stemmed is not None:
            tokens.append((stemmed, m.start(), m.end()))
    title_end = len(text.split("\n", 1)[0])
    spans: set[tuple[int, int]] = set()
    body, head = terms.get("body", set()), terms.get("title", set())
    for word, start, end in tokens:
        if word in body or (start < title_end and word in head):
            spans.add((start, end))
    for field, words in phrases:
        n = len(words)
        if field not in ("title", "body") or not n:
            continue
        for i in range(len(tokens) - n + 1):
            if all(tokens[i + k][0] == words[k] for k in range(n)):
                if field == "title" and tokens[i][1] >= title_end:
                    continue
                spans.update((tokens[i + k][1], tokens[i + k][2]) for k in range(n))
    return sorted(spans)

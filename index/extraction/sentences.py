"""Sentences as exact character offsets into an article's text.

Two levels, because news text is not prose only:
1. Every line is a boundary. Headlines, bullets, Markdown headings, "Share This Article" and
   bulletin lines such as "tanks ‒ 1361 (+3)" carry no final period, and every general
   splitter merges them into the next sentence. Each non-empty line also opens a new
   paragraph index.
2. Inside a line, NLTK's Punkt splits, with an abbreviation set kept below as data (no
   trained model can be downloaded, and an untrained Punkt would split "Feb. 24" and
   "U.S. officials"). `span_tokenize` gives offsets, so nothing is rewritten.

A line without ". ", "? " or "! " cannot hold two sentences and skips Punkt entirely: that
keeps headlines, bullets and list lines cheap. nltk is imported on first use (it costs
~160 ms at start-up, which a command that only lists articles should not pay).
"""

from __future__ import annotations

import re

from index.model import Sentence

# Lower-case, without the final period. Punkt compares the token before a period against
# this set ("u.s" for "U.S."), so these never end a sentence. Words that also end
# sentences as verbs or nouns ("he sat.", "under the sun.", "to mar.") are left out.
ABBREVIATIONS = frozenset(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues thu thur thurs fri
    u.s u.k u.n u.s.a e.u u.a.e d.c n.y l.a
    gen lt col maj capt cpt sgt cpl pvt adm cmdr cdr brig lieut
    st ft mt no nos mr mrs ms dr prof sen rep gov pres supt insp
    inc corp co ltd bros dept est approx vs etc al fig ed eds vol
    i.e e.g cf viz ca
    jr sr ret rev hon amb dep
    a.m p.m
    """.split()
)

# After an abbreviation, these capitalised words still start a new sentence
# ("... in the U.S. The ministry said ...").
SENTENCE_STARTERS = frozenset(
    """
    the but however it this they he she we meanwhile there according these those
    """.split()
)

# Anything that could end a sentence inside a line: terminal punctuation, optional
# closing quotes or brackets, then whitespace.
_POSSIBLE_BREAK = re.compile(r"[.?!…][\"'”’»)\]]*\s")
# Line breaks str.splitlines knows, kept explicit so offsets stay under our control.
_LINE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")

# Long lines go to Punkt in pieces of about this many characters, cut where a sentence
# certainly ends: one call on a 1 MB line is slow, and nltk gives up on it after 5 s.
_CHUNK = 8_000
_SAFE_CUT = re.compile(r"\b([a-z]{3,})[.?!][\"'”’»)]*\s+(?=[\"“‘(]?[A-Z])")

# Scraped text often loses the space between sentences ("...in Ukraine.The decision",
# "...as early as 2014.On February 27"). Punkt needs the space, so these are cut here:
# a word of two or more lower-case letters or a four-digit year, the end mark, then a
# capitalised word.
# (the stop first, then what stands before it: a pattern that opens with lookbehinds is tried
# at every character of the text, sixteen times slower on the gdelt corpus for the same matches)
_GLUED = re.compile(
    r"[.?!](?:(?<=[a-z]{2}(?<!www)[.?!])|(?<=[a-z][\"”’)][.?!])|(?<=(?<!\d)\d{4}[.?!]))[\"”’]?(?=[A-Z][a-z])"
)

_tokenizers: dict[bool, object] = {}

# nltk (from 3.10) runs each match of its patterns under a 5 s wall-clock limit, and reading
# the clock for every match of every token cost about 3% of extraction. Punkt's patterns are
# linear in what they read (a token matched from its start, a stop and the token after it, a
# word's characters with a lookahead of a few), so on a piece no longer than this no call
# comes near the limit (the slowest, on the worst 16,000 characters tried, took 15 ms): there
# they run without it (`index.extraction.punkt_free`, which also decides each possible break
# in plain Python). A longer piece (a line with no break in 8,000 characters: hostile or
# broken input) keeps the limit, and what it does when a match runs over.
_UNGUARDED = 2 * _CHUNK


def _punkt(size: int = 0):
    """The configured Punkt tokenizer for a piece of `size` characters, built once."""
    guarded = size > _UNGUARDED
    if guarded not in _tokenizers:
        from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

        from index.extraction.punkt_free import free_tokenizer

        params = PunktParameters()
        params.abbrev_types = set(ABBREVIATIONS)
        params.sent_starters = set(SENTENCE_STARTERS)
        _tokenizers[guarded] = PunktSentenceTokenizer(params) if guarded else free_tokenizer(params)
    return _tokenizers[guarded]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _pieces(line: str):
    """(start, end) pieces of a line, cut only at certain sentence ends."""
    start, search_from, n = 0, _CHUNK, len(line)
    while n - start > 2 * _CHUNK and search_from < n:
        window_end = min(n, search_from + _CHUNK)
        cut = None
        for m in _SAFE_CUT.finditer(line, search_from, window_end):
            if m.group(1) not in ABBREVIATIONS:
                cut = m.end()
                break
        if cut is None:  # degenerate text ("x. x. x. ..."): any break will do
            m = _POSSIBLE_BREAK.search(line, search_from, window_end)
            cut = m.end() if m else None
        if cut is None:  # no break at all here: the piece simply grows
            search_from = window_end
            continue
        yield start, cut
        start, search_from = cut, cut + _CHUNK
    yield start, n


def _unglued(spans: list[tuple[int, int]], line: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in spans:
        for m in _GLUED.finditer(line, a, b):
            out.append((a, m.end()))
            a = m.end()
        out.append((a, b))
    return out


# A list marker opening a line ("1. ", "VI. ") belongs to the item, not a sentence of its own.
_MARKER = re.compile(r"(?:\d{1,3}|[IVXLCivxlc]{1,6}|[A-Za-z])[.)]")


def _spans_in_line(line: str) -> list[tuple[int, int]]:
    if not _POSSIBLE_BREAK.search(line):
        spans = [(0, len(line))]
        return _bounded(_unglued(spans, line) if _GLUED.search(line) else spans, line)
    spans = _punkt_spans(line)
    if _GLUED.search(line):  # (a glued stop inside a span is one in the line: most lines have none)
        spans = _unglued(spans, line)
    if len(spans) > 1 and _MARKER.fullmatch(line[spans[0][0] : spans[0][1]].strip()):
        spans[0:2] = [(spans[0][0], spans[1][1])]
    return _bounded(spans, line)


# No sentence of real reporting is longer than about 900 characters; a longer "sentence" is a
# table, a list or markup without stops. Extraction looks at each sentence as a whole, and
# every figure row shows its sentence, so such a run is cut into pieces of at most this many
# characters, at the last clause mark (";", ":", ",", a dash) of the second half of the piece,
# else at its last space, else anywhere.
MAX_SENTENCE = 2_000
_CLAUSE_MARK = re.compile(r"[;:,–—](?=\s)|\s[-–—](?=\s)")
_SPACE = re.compile(r"\s+")


def _bounded(spans: list[tuple[int, int]], line: str) -> list[tuple[int, int]]:
    if len(line) <= MAX_SENTENCE or all(b - a <= MAX_SENTENCE for a, b in spans):  # (spans lie in the line)
        return spans
    out: list[tuple[int, int]] = []
    for a, b in spans:
        while b - a > MAX_SENTENCE:
            cut = _cut(line, a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
            out.append((a, cut))
            a = cut
        out.append((a, b))
    return out


def _cut(line: str, lo: int, hi: int) -> int:
    for rx in (_CLAUSE_MARK, _SPACE):
        last = None
        for last in rx.finditer(line, lo, hi):
            pass
        if last is not None:
            return last.end()
    return hi


def _punkt_spans(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for a, b in _pieces(line):
        try:
            spans.extend((a + x, a + y) for x, y in _punkt(b - a).span_tokenize(line[a:b]))
        except Exception:  # Punkt on hostile input must not cost the article its text
            spans.append((a, b))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of `text` as offsets: `text[s.start:s.end]` is the sentence with its
    surrounding whitespace trimmed. Never raises; empty or blank text has no sentences."""
    if not isinstance(text, str) or not text:
        return []
    out: list[Sentence] = []
    paragraph = -1
    for line_start, line_end in _lines(text):
        paragraph += 1
        line = text[line_start:line_end]
        for a, b in _spans_in_line(line):
            start, end = _trimmed(text, line_start + a, line_start + b)
            if start < end:
                out.append(Sentence(start, end, paragraph))
    return out


# A hard-wrapped line (a saved wire page, a newsletter): it breaks inside a sentence, after a
# word or a comma, at a width no headline or bulletin line reaches, and the next line
# goes on in lower case or with a number ("including roughly" / "250,000 killed since ...").
_WRAPPED_END = re.compile(r"[A-Za-z,]$")
# (not an item of a numbered list, "1. Russia: ...", nor a date line under a headline, "28 January 2024")
_GOES_ON = re.compile(r"[a-z]|\d(?!\d{0,2}[.)]\s)(?!\d?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)")
_BULLETIN_ITEM = re.compile(r"[‒–—-]\s*(?:about\s+|~\s*)?\d")
# a line that ends in a word that cannot end a sentence goes on even into a name ("in part of the" / "Donetsk region")
_OPEN_WORD_END = re.compile(r"\b(?:the|of|in|and|a|an|to|by|on|at|for|with|from|that|as|said|told|than|or|its|his|her|their)$")
_WRAP_WIDTH = 40
_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")  # one line break (a blank line is two)


def _lines(text: str):
    """(start, end) of each non-empty line, trimmed; a hard-wrapped sentence's lines as one."""
    pending: tuple[int, int] | None = None
    for match in _LINE.finditer(text):
        start, end = _trimmed(text, match.start(), match.end())
        if start == end:
            if pending is not None:
                yield pending
                pending = None
            continue
        if pending is not None:
            a, b = pending
            if b - a >= _WRAP_WIDTH and _WRAPPED_END.search(text, b - 1, b) \
                    and (_GOES_ON.match(text, start) or _OPEN_WORD_END.search(text, max(a, b - 8), b)) \
                    and len(_BREAK.findall(text, b, start)) == 1 \
                    and text.count(" ", a, b) >= 5 and not _BULLETIN_ITEM.search(text, a, b):
                pending = (a, end)
                continue
            yield pending
        pending = (start, end)
    if pending is not None:
        yield pending


_BREAKS_AS_SPACES = str.maketrans({"\n": " ", "\r": " ", "\t": " "})


def one_line(sentence: str) -> str:
    """A hard-wrapped sentence with its line breaks and tabs read as spaces (offsets kept)."""
    return sentence.translate(_BREAKS_AS_SPACES) if "\n" in sentence or "\r" in sentence else sentence


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    """The sentence that contains `offset` (binary search; `sentences` in text order)."""
    lo, hi = 0, len(sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if sentences[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(sentences) and sentences[lo].start <= offset < sentences[lo].end:
        return sentences[lo]
    return None

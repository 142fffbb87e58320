"""The cheap first look at a sentence: may it hold a number, may it cite someone? Most
sentences do neither, and extraction skips them on this answer alone."""

from __future__ import annotations

import re

from index.extraction.attribution_patterns import PARTICIPLES, QUOTE_THEN_NAME, SAY_VERBS, WITH_PARTICIPLES
from index.extraction.initials import by_initial, initials_ahead

_NUMBER_WORDS = frozenset((
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
    " sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
    " hundred thousand million dozen").split())
_NUM_HINT_RE = re.compile(rf"\d|\b(?:{'|'.join(sorted(_NUMBER_WORDS))})\b", re.I)
_PARTICIPLE_WORDS = sorted(set(PARTICIPLES.split()) | set(WITH_PARTICIPLES.split()))
_ATTR_WORD_ALTERNATIVES = rf"according|per|from|by|cited|quoted|{'|'.join(_PARTICIPLE_WORDS)}|{SAY_VERBS}"
_ATTR_HINT_RE = re.compile(
    rf"\b(?:{_ATTR_WORD_ALTERNATIVES})\b|:|(?:[–—]| - )(?![\s\S]*[.!?][\"”’')]*\s*$)"
    r"|['’]s\s+(?:latest\s+|own\s+|official\s+)?"
    r"(?:numbers|figures?|data|count|tally|estimates?|assessment|update|bulletin|statistics|confirmation|records"
    r"|tracker|database|analysis|study|research|findings|calculations)\b"
    rf"|{QUOTE_THEN_NAME}", re.I)  # "'... about 1 million people' – Belousov."
# the same expression with its words grouped by first letter (`initials`): what `hints` asks,
# the plain one tried 150 words at every word (100 µs a sentence)
_ATTR_HINT_GROUPED_RE = re.compile(_ATTR_HINT_RE.pattern.replace(
    rf"\b(?:{_ATTR_WORD_ALTERNATIVES})\b",
    rf"\b{initials_ahead(_ATTR_WORD_ALTERNATIVES)}(?:{by_initial(_ATTR_WORD_ALTERNATIVES)})\b", 1), re.I)
# The hint expressions are case-insensitive alternations that `re` must try at every
# position: a fifth of extraction's time. A whole word of an alternative matches exactly when
# it is one of the sentence's maximal runs of word characters, so a set lookup answers for
# those; only the phrase alternatives ("puts losses at", "Ukraine's figures") still meet the
# expression, and only in a sentence holding their first or last word. A test checks the
# answer is the expressions' on real and generated sentences.
_ATTR_WORDS = frozenset((
    "according per from by cited quoted said says say stated states claims claimed claim"
    " believes believe believed reports reported report estimates estimated estimate announced"
    " announces added adds told wrote writes noted notes confirmed confirms assessed assesses"
    " cites counted counts recognises recognizes recognised recognized acknowledged"
    " acknowledges admitted admits conceded concedes revealed reveals disclosed insisted boasted alleged alleges calculated"
    " tallied documented recorded registered declared posted published updated verified found"
    " finds identified identifies show shows showed indicate indicates indicated suggest"
    " suggests suggested described describes affirm affirms affirmed stressed stresses emphasised"
    " emphasized emphasises emphasizes specified informed asserted clarified detailed highlighted"
    " underlined explained warned maintained announce inform informs mentioned mentions"
    " reiterated remarked underscored tweeted tweets recalled projected"
    " warns projects explains highlights underlines reiterates underscores recalls").split()) | frozenset(_PARTICIPLE_WORDS)
_ATTR_PHRASE_WORDS = frozenset((
    "pointed put puts pegged pegs placed places increased raised revised lowered updated lifted numbers figures data count tally"
    " spoke speaks talked talks reporting figure think thinks"
    " estimate estimates assessment update bulletin statistics confirmation records tracker database analysis"
    " study research findings calculations explain add note state").split())
_WORDS_RE = re.compile(r"\w+")
_QUOTE_DASH_RE = re.compile(QUOTE_THEN_NAME, re.I)  # (as the hint expression reads it)
_STOPPED_RE = re.compile(r"[.!?][\"”’')]*\s*$")
_DIGIT_RE = re.compile(r"\d")
_BLANK_NON_WORD = str.maketrans({chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")})
# the only letters outside ASCII that a case-insensitive `re` matches to ASCII ones
_FOLD_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_FOLDED_TO_ASCII = "\u0130\u0131\u017f\u212a"


def hints(stext: str) -> tuple[bool, bool]:
    """(may hold a number, may cite someone): exactly what the two hint expressions say."""
    # (translate() reads every character the slow way: asked only of the rare text holding one)
    folded = stext.translate(_FOLD_TO_ASCII).lower() if not stext.isascii() and any(
        c in stext for c in _FOLDED_TO_ASCII) else stext.lower()
    # (a list: isdisjoint reads it as it is, a set would cost its building; in ASCII, \w is
    # [A-Za-z0-9_], so blanking the rest and splitting gives the same words, faster)
    words = folded.translate(_BLANK_NON_WORD).split() if folded.isascii() else _WORDS_RE.findall(folded)
    has_num = _DIGIT_RE.search(stext) is not None or not _NUMBER_WORDS.isdisjoint(words)
    # a dash names a source only at the end of a title line: "... – Russian MoD"
    titled = ("–" in stext or "—" in stext or " - " in stext) and (
        not _STOPPED_RE.search(stext) or _QUOTE_DASH_RE.search(stext) is not None)
    has_attr = ":" in stext or titled or not _ATTR_WORDS.isdisjoint(words) or (
        not _ATTR_PHRASE_WORDS.isdisjoint(words) and _ATTR_HINT_GROUPED_RE.search(stext) is not None)
    return has_num, has_attr

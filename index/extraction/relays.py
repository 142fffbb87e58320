"""Outlets relaying a source: "The New York Times reported, citing US military sources, ...",
"Izvestia, which cites official statements from the Russian Ministry of Defense", "TASS
calculations based on the data of the Russian Defense Ministry", "Zaluzhny was quoted by
Ukrainian media as saying". The outlet relays; the one it cites or quotes claims."""

from __future__ import annotations

import re

from index.extraction.attribution_patterns import NP, NP_ANY

_CITING_RE = re.compile(
    r"(?:,\s*|\s+)(?:citing|quoting|(?:which|who)\s+(?:cites?|quotes?|cited|quoted))\s+"
    # "citing unnamed U.S. officials", "citing two senior American officials": the officials
    r"(?:(?:unnamed|anonymous|unidentified|senior|several|two|three|four|current\s+and\s+former|former)\s+)*(?:(?:official\s+)?"
    r"(?:data|figures|statements?|sources|information|reports?|estimates?)\s+(?:(?:received|provided|released|published)\s+)?"
    r"(?:from|of|by|in)\s+)?"
    # (a body's possessive before its part: "the Ukrainian armed forces' general staff")
    rf"(?P<np>{NP}(?:['’]s?\s+(?:general\s+staff|(?:defen[cs]e\s+)?ministry))?)"
    # "according to TASS calculations based on the data of the Russian Defense Ministry"
    r"|\s+based\s+on\s+(?:the\s+)?(?:official\s+)?(?:data|figures|statistics|reports?|information)\s+(?:from|of|by)\s+"
    rf"(?P<np2>{NP})"
    # "..., Reuters reported the Russian ministry as saying": the one quoted
    # (and where they are: "cited Russian-appointed officials in the Zaporizhzhia region as saying")
    # (or with no "as", in translations: "Sama news agency reported Russian Foreign Ministry saying")
    rf"|\s+(?:reported|quoted|cited)\s+(?P<np3>{NP}(?:\s+in\s+[^,.;]{{2,60}}?)?)\s+(?:as\s+(?:saying|stating|telling|putting|estimating"
    r"|claiming|placing|pegging|reporting)|saying|stating)\b")
# a country's officials are a source even when the table does not know their words
_NATION_START_RE = re.compile(r"(?:the\s+)?(?:US|U\.S\.|United\s+States|American|Russian|Ukrainian|British|UK|Western|NATO|Nato)\b")
_QUOTED_BY_RE = re.compile(rf"\b(?:was|were|is|has\s+been)\s+quoted\s+by\s+(?P<np>{NP_ANY})\s+as\s+saying\b")
_NAME_BEFORE_RE = re.compile(rf"(?P<np>{NP})\s*,?\s*$")
# "estimates from US officials cited by The New York Times": the officials, as the paper relays them
_CITED_BY_RE = re.compile(rf"(?P<who>{NP})\s+(?:as\s+)?(?:cited|quoted)\s+(?:\w+\s+)?by\s+(?P<by>{NP_ANY})")


def cited(s: str) -> list[tuple[int, int, int]]:
    """(where "citing" begins, start and end of the words naming who is cited), in order."""
    out = []
    for m in _CITING_RE.finditer(s):
        g = next(g for g in ("np", "np2", "np3") if m.group(g))
        out.append((m.start(), m.start(g), m.end(g)))
    return out


def of_a_country(words: str) -> bool:
    """"US military and intelligence sources": a country's officials."""
    return _NATION_START_RE.match(words) is not None


def quoted(s: str) -> list[tuple[int, int, tuple[int, int] | None]]:
    """(start and end of the outlet quoting, the span of the one quoted or None)."""
    out = []
    for m in _QUOTED_BY_RE.finditer(s):
        lo = max(0, m.start() - 120)
        who = _NAME_BEFORE_RE.search(s, lo, m.start())
        out.append((m.start("np"), m.end("np"), (who.start("np"), who.end("np")) if who else None))
    return out


def cited_by(s: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(span of the one cited, span of the outlet citing) for "X cited by Y" with no comma."""
    return [((m.start("who"), m.end("who")), (m.start("by"), m.end("by"))) for m in _CITED_BY_RE.finditer(s)]

"""A headline's figure that names no source is the figure its article attributes: "Three killed
in Kharkiv" over "..., killing three people. This was announced by the governor". The headlines
are the lines over the first sentence of the text: a page's own title, and one saved again under
its menu ("Home News ICRC seeks clarity on fate of 23,000 missing persons")."""

from __future__ import annotations

import re

from index.model import Figure

# a country speaking in a headline ("Russia says", "Ukraine says"): its article says who exactly
_COUNTRY_VOICES = frozenset(("Russian officials", "Ukrainian officials"))
# a line that ends a sentence: the headlines are over
_SENTENCE_LINE_RE = re.compile(r"[.!?][\"”’')]?\s*$")
_HEADLINES_WITHIN = 400
_NON_BLANK_RE = re.compile(r"\S")
_HEADLINE_SPEAKS_RE = re.compile(r"\b(?:says?|said|claims?|according|reports?|estimates?)\b|:", re.I)
# "Nearly 50,000 Russians killed in war in Ukraine – report": the report the article is about
_REPORT_TAIL_RE = re.compile(r"(?:\s[-–—]|:)\s*(?:new\s+)?(?:report|study|analysis)\s*$", re.I)


def headline_echoes(text: str, figs: list[Figure]) -> None:
    """Name the headlines' figures after the body's: the same figure, or the one a headline rounds;
    or the same count read on another side, which the body's words settle better than a title's."""
    heads = [f for f in figs if _in_headlines(text, f.sentence_start, f.sentence)]
    head_ids = {id(f) for f in heads}
    body = [g for g in figs if id(g) not in head_ids] + heads  # the body's reading first
    for f in heads:
        if f.claimant and f.claimant not in _COUNTRY_VOICES:
            continue
        # "Russia says 1 killed in Belgorod" over "..., the region's governor said": the governor's
        same = next((g for g in body if g is not f and g.claimant and g.value == f.value and g.metric == f.metric
                     and g.side == f.side and (not f.claimant or g.claimant not in _COUNTRY_VOICES)), None)
        if same is None and not f.claimant:
            same = _rounded_echo(f, figs)  # "Casualties Exceed 1.2 Million" over "1,214,500 ... the General Staff"
        if same is None and not f.claimant and (same := _other_side_echo(f, figs)) is not None:
            f.side = same.side  # "Shelling Leaves Six Injured" over the Russian-installed governor's six
        if same is not None:
            f.claimant, f.claimant_from = same.claimant, "the same figure in the article"


def _in_headlines(text: str, start: int, sentence: str) -> bool:
    """The sentence at `start` opens the text, or is a line of the headlines over its first
    sentence (no line before it, nor it, ends a sentence)."""
    if _NON_BLANK_RE.search(text, 0, start) is None:
        return True
    return start <= _HEADLINES_WITHIN and not _SENTENCE_LINE_RE.search(sentence) and not any(
        _SENTENCE_LINE_RE.search(line) for line in text[:start].splitlines())


def _rounded_echo(f: Figure, figs: list[Figure]) -> Figure | None:
    """The body's figure a headline rounds ("nearly 50,000" for 47,000), when one source gives it."""
    digits = str(f.value).rstrip("0")
    if len(digits) > 2 or f.value < 100 or (_HEADLINE_SPEAKS_RE.search(f.sentence)
                                             and not _REPORT_TAIL_RE.search(f.sentence.rstrip(" .|"))):
        return None  # ("Boss of Russia's private army says he lost 20,000": a speaker of its own)
    near = [g for g in figs if g is not f and g.claimant and g.sentence_start != f.sentence_start
            and g.side == f.side and g.metric.split("_")[0] == f.metric.split("_")[0]
            and abs(g.value - f.value) <= 0.1 * f.value]
    return near[0] if near and len({g.claimant for g in near}) == 1 else None


def _other_side_echo(f: Figure, figs: list[Figure]) -> Figure | None:
    """The body's one figure of the same value and count as the headline's, on another side."""
    same = [g for g in figs if g is not f and g.claimant and g.value == f.value and g.metric == f.metric
            and g.sentence_start != f.sentence_start]
    return same[0] if same and len({(g.claimant, g.side) for g in same}) == 1 and same[0].side else None

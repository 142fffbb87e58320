"""A source the article names only in the sentence after its figures: "Up to 13,000 soldiers
have been killed, a senior official has said. Mykhailo Podolyak, an adviser to the president,
told ...". The first sentence cites someone unnamed; the next names them first thing."""

from __future__ import annotations

import re

from index.extraction.aliases import canonical, counting_body, counts_side
from index.extraction.attribution_patterns import NP
from index.extraction.figure_dates import TOPIC_SHIFT_RE
from index.model import Figure

# "a senior official", "a Ukrainian official", "a new investigative report", "one adviser"
_UNNAMED_RE = re.compile(
    r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:official|adviser|advisor|aide|spokes(?:man|woman|person)"
    r"|commander|general|minister|report|study|investigation|analysis|survey"
    # "A British research institute says", "a Washington-based think tank": a body named next
    r"|institute|think[- ]?tank|research\s+(?:group|centre|center|organi[sz]ation)|monitoring\s+group|watchdog)\b", re.I)
# the name must open the next sentence: "Mykhailo Podolyak, an adviser ...", "The report, by X, ..."
_NAME_OPENS_WITHIN = 60


def cites_someone_unnamed(sentence: str) -> bool:
    return _UNNAMED_RE.search(sentence) is not None


# "..., said the study, published Tuesday by the Center for ...": a work's author, anywhere
_AUTHOR_BEFORE_RE = re.compile(
    r"\b(?:study|report|investigation|analysis|survey|research|assessment)\b[^.;]{0,80}\bby\s+(?:the\s+)?$", re.I)


def named_first(sentence: str, starts: list[tuple[int, str]], work: bool = False, local: bool = False) -> str | None:
    """The claimant a sentence names first thing (`starts`: where each named attribution
    begins, and its phrase), unless it turns to another matter ("Meanwhile, ..."). For an
    unnamed work (`work`: "a new study"), its author named anywhere in the sentence will do
    ("the study, published Tuesday by the Center for ..."). `local`: only a local voice (a
    governor, a mayor, an administration) will do."""
    if TOPIC_SHIFT_RE.match(sentence) or not starts:
        return None
    start, phrase = min(starts)
    lead = len(sentence) - len(sentence.lstrip(" \"“'‘"))
    if local:
        return phrase if start - lead <= _NAME_OPENS_WITHIN and _LOCAL_VOICE_RE.search(
            sentence, start, start + len(phrase) + 40) else None
    if start - lead <= _NAME_OPENS_WITHIN:
        return phrase
    if work:
        for start, phrase in sorted(starts):
            if _AUTHOR_BEFORE_RE.search(sentence, max(0, start - 100), start):
                return phrase
    return None


# "Regional Governor Oleh Kiper wrote ...", "Mayor Ihor Terekhov said": who speaks for a place hit
_LOCAL_VOICE_RE = re.compile(r"\b(?:governor|mayor|head\s+of\s+the\s+[\w\s]{0,30}?administration|military\s+administration"
                             r"|regional\s+administration|city\s+council|police|emergency\s+service)", re.I)


def awaiting_name(sentence: str, waiting: list, paragraph: int, lead: bool) -> tuple[list, int, bool, bool] | None:
    """Figures that wait for the next sentence to name their source: those of "a senior official
    said", and the toll of a strike that opens an article with no source ("Russian drones
    attacked Odesa, killing two people." before "Regional Governor Oleh Kiper wrote ...")."""
    if waiting and cites_someone_unnamed(sentence):
        return waiting, paragraph, unnamed_work(sentence), False
    if waiting and lead and all(f.metric.startswith("civilians_") and f.kind in ("other", "daily") for f in waiting):
        return waiting, paragraph, False, True
    return None


def unnamed_work(sentence: str) -> bool:
    """The unnamed source is a work, not a person: "according to a new study"."""
    m = _UNNAMED_RE.search(sentence)
    return m is not None and re.search(r"(?:report|study|investigation|analysis|survey)$", m.group(0), re.I) is not None


# "This was announced by Oleg Sinegubov, head of ...", "About this reported Vadym Filashkin",
# "Kiper reported this on Telegram": a translation's way of naming the source of what it just said
_THIS_SAID_BY_RE = re.compile(
    r"^\W*(?:(?:This|That|It)\s+(?:was|has\s+been|is)\s+(?:\w+\s+)?(?:announced|reported|stated|said|confirmed"
    r"|written|posted|noted|communicated)\s+(?:[\w,]+\s+){0,3}?by\s+"
    r"|(?:About|On|Of)\s+(?:this|that|it)\s+(?:was\s+)?(?:\w+\s+)?(?:reported|announced|said|wrote|informed|stated"
    r"|writes|reports|says|informs)\s+(?:by\s+)?(?:on\s+\w+\s+)?"
    # "The figure, brought by the Ukrainian defence ministry, is a rare glimpse ..."
    r"|(?:The|These|This|Those)\s+(?:figures?|numbers?|data|estimates?|tally|toll|count|statistics),?\s+(?:\w+\s+)?"
    r"(?:brought|released|provided|given|published|issued|announced|reported|cited|compiled)\s+(?:out\s+)?by\s+)"
    rf"(?P<np>{NP})")
_SAID_THIS_RE = re.compile(
    rf"^\W*(?P<np>{NP})\s+(?:has\s+)?(?:reported|announced|said|wrote|stated|informed|confirmed)\s+"
    r"(?:this|about\s+(?:this|it))\b")


def source_of_before(sentence: str) -> str | None:
    """The source a sentence names for the figures of the one before it, or None."""
    m = _THIS_SAID_BY_RE.match(sentence) or _SAID_THIS_RE.match(sentence)
    return m.group("np") if m else None


def name_the_figures(figs: list[Figure], name: str, over_carried: bool = False,
                     why: str = "named in the next sentence") -> None:
    """The figures a sentence left unnamed (or, `over_carried`, only carried a claimant to) take
    the source the next sentence names."""
    for fig in figs:
        if fig.claimant is None or (over_carried and fig.claimant_from == "carried from the sentence before"):
            who = canonical(name, fig.metric != "troops_deployed")
            fig.claimant = counting_body(who, fig.metric, fig.kind, bool(fig.side) and fig.side == counts_side(who))
            fig.claimant_from = why

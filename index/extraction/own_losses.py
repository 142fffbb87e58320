"""Whose losses a claimant reports: the enemy's, as a body counting the other side does ("the
General Staff said Russia lost ..."), or its own ("Ukraine says it has lost up to 13,000
soldiers", "the Russian Defense Ministry said it had lost 1,351 soldiers and that 3,825 had been
wounded", "498 of its troops", "the 498 deaths that Moscow has officially confirmed")."""

from __future__ import annotations

import re
from functools import lru_cache

from index.extraction.aliases import counts_side
from index.extraction.numbers import Number
from index.extraction.sides import SIDE_RE
from index.model import Figure

_OWN_SIDE = {"ukraine": "ukraine", "kyiv": "ukraine", "kiev": "ukraine", "russia": "russia", "moscow": "russia",
             "the kremlin": "russia", "kremlin": "russia"}
ENEMY_OF = {"russia": "ukraine", "ukraine": "russia"}
_SELF_LOSS_RE = re.compile(
    r"\b(?:(?:it|they|we|(?:its|their|our)\s+(?:own\s+)?(?:forces|troops|army|military)"
    # "Zelensky said his country had lost nearly 46,000 troops"
    r"|(?:his|her|its|their|our|the)\s+(?:country|nation))\s+(?:has|have|had)?\s*(?:now\s+)?(?:lost|suffered)"
    # "Ukraine claims to have sustained over 13,000 military casualties"
    r"|(?:claims?|claimed|says?|said|admits?|admitted)\s+to\s+have\s+(?:sustained|suffered|lost)"
    # "Russia has publicly acknowledged the deaths of just over 6,000 soldiers": its own
    r"|(?:acknowledged|admitted|conceded)\s+(?:the\s+)?(?:deaths?|loss(?:es)?|casualties)\s+of"
    # "Russia itself reported just 1,351 deaths", "put its death toll well below Ukraine's at 1,351"
    r"|(?:itself|themselves)\s+(?:\w+\s+){0,2}(?:reported|acknowledged|admitted|confirmed|gave|put|said|announced)"
    # ("our losses to date are 5,937 dead", in the speaker's own words)
    r"|(?:its|their|our)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:death\s+toll|casualties|losses|dead|deaths))\b[^.;]{0,60}$"
    # "Russia has admitted to just 2,095 casualties": the number right after the admission
    r"|\b(?:acknowledged|admitted|conceded)(?:\s+(?:to|only|just|about|over|some|around|nearly|more\s+than"
    r"|a\s+little\s+over))*\s*"
    r"(?:\d[^.;]{0,60}\b(?:including|of\s+whom|among\s+them)\b[^.;]{0,40})?$"
    # "Moscow itself recently spoke of some 1,350 soldiers killed in its ranks"
    r"|(?:^\W*|\bwhen\s+)(?:Moscow|Russia|Kyiv|Kiev|Ukraine|the\s+Kremlin)\s+(?:itself\s+)?(?:\w+ly\s+)?spoke\s+of"
    r"\s+(?:some\s+|about\s+|around\s+|only\s+)?$"
    # "admitted on Monday, in a rare admission, that 63 servicemen were killed"
    r"|\b(?:admitted|acknowledged|conceded)\b[^.;]{0,50}\bthat\s+(?:at\s+least\s+|only\s+|just\s+)?$"
    # "confirmed that the country's armed forces have suffered more than 2,000 casualties"
    r"|\bthe\s+country['’]s\s+(?:armed\s+forces|military|army|troops)\s+(?:has|have|had)\s+(?:\w+\s+)?(?:suffered|lost)\b[^.;\d]{0,30}"
    r"(?:\d[^.;]{0,60}\b(?:including|of\s+whom|among\s+them)\b[^.;]{0,20})?$",
    re.I)
# "the 498 deaths that Moscow has officially confirmed": its own
_CONFIRMED_AFTER_RE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}(?:that|which)\s+(?:Moscow|Russia|Kyiv|Kiev|Ukraine|the\s+Kremlin)\s+(?:has\s+|had\s+)?"
    r"(?:\w+ly\s+)?(?:confirmed|acknowledged|admitted)\b", re.I)
_OWN_TROOPS_RE = re.compile(
    r"\s*(?:of\s+)?(?:its|their|our|his|her)\s+(?:own\s+)?(?:country['’]s\s+|nation['’]s\s+)?"
    r"(?:troops|soldiers|servicemen|forces|personnel|military|men|fighters|comrades)\b", re.I)
_ENEMY_RE = re.compile(r"\b(?:enemy|enemy['’]s|adversary|adversary['’]s)\b", re.I)
_RUSSIA_RE = re.compile(r"\b(?:Russia|Russian|Russians|Russia['’]s|Moscow|Kremlin|occupiers?|invaders?)\b")


def own_side(phrase: str | None, counts: str | None, claimant: str | None = None) -> str | None:
    """The side a country ("Kyiv"), a body counting the enemy's losses, or one whose name says
    its country ("Ukrainian President Volodymyr Zelenskyy") calls its own."""
    own = _OWN_SIDE.get((phrase or "").lower().replace("’", "'")) or ENEMY_OF.get(counts or "")
    nations = {m.lastgroup for m in SIDE_RE.finditer(f"{phrase or ''} {claimant or ''}")} - {"both"}
    return own or (nations.pop() if len(nations) == 1 else None)


def speaks_of_own_loss(stext: str, n: Number) -> bool:
    """"it has lost", "admitted to", "that Moscow has confirmed" around the number."""
    return _SELF_LOSS_RE.search(stext, 0, n.start) is not None or _CONFIRMED_AFTER_RE.match(stext, n.end) is not None


# "498 service members have died and more than 1,500 have been wounded", "1,351 service members
# have been killed and 3,825 others injured": the dead and hurt of a body that also reports its
# own, when no side is named (an enemy's are "eliminated", "destroyed", "lost")
_OWN_DEAD_AFTER_RE = re.compile(
    r"\s+(?:service\s*members|servicemen|soldiers|troops|military\s+personnel|personnel)\s+"
    r"(?:(?:have|had)\s+(?:been\s+killed|been\s+wounded|been\s+injured|died)|died"
    # (but "300 soldiers were killed", an enemy's as often as not)
    r"|were\s+killed\s+(?:in\s+Ukraine|in\s+the\s+(?:war|fighting|special\s+military\s+operation)"
    # "89 servicemen were killed in the strike in Makiivka"
    r"|in\s+(?:the|a|an)\s+(?:\w+\s+)?(?:strike|attack)\s+(?:on|in)\b"
    r"|and\s+(?:more\s+than\s+|over\s+|some\s+)?[\d,]+\s+(?:\w+\s+)?(?:were\s+)?(?:wounded|injured)))\b", re.I)


def own_dead_named(stext: str, n: Number) -> bool:
    # (a state's admissions of its own dead run to thousands, never a million: "Nearly 1 million
    # soldiers have been killed or wounded, according to Gerasimov" counts the enemy's)
    return n.value < 50_000 and _OWN_DEAD_AFTER_RE.match(stext, n.end) is not None and _ENEMY_RE.search(stext) is None


def of_its_own_troops(stext: str, n: Number) -> bool:
    return _OWN_TROOPS_RE.match(stext, n.end, n.end + 40) is not None


def enemy_is_ukraine(stext: str, masked: str | None) -> bool:
    """"the enemy lost up to 320 servicemen" in a sentence that names no Russian."""
    return _ENEMY_RE.search(stext) is not None and _RUSSIA_RE.search(masked or stext) is None


def own_loss_goes_on(stext: str, offset: int, prev: Figure, fig: Figure) -> bool:
    """The figure goes on from the claimant's count of its own side's losses just before it, the
    claimant's usual side being only a default."""
    if not (prev.claimant and prev.claimant == fig.claimant and fig.side == counts_side(fig.claimant)
            and prev.side == ENEMY_OF.get(fig.side or "")):
        return False
    between = stext[prev.end - offset:fig.start - offset]
    # (a side named after the "and" is the next count's own: "... and 1,600 Ukrainian"; one
    # before it is the war's: "killed in the war against Ukraine and 1,597 had been wounded")
    own_words = stext[fig.end - offset:fig.end - offset + 25]  # "1,600 Ukrainian soldiers captured": its own side
    return len(between) <= 100 and " and " in between and SIDE_RE.search(between[between.rfind(" and "):]) is None \
        and SIDE_RE.search(own_words) is None


# the words of Moscow's own reporting: its "enemy" is Ukraine, whoever relays it
_MOSCOWS_WORDS_RE = re.compile(
    r"\bspecial\s+military\s+operation\b|\bAFU\b|\bKiev\s+regime\b|\bKiev['’]s\s+regime\b|\bBattlegroup\s+[A-Z]"
    r"|\bneo-Nazi|\bUkrainian\s+formations\b", re.I)


# ... and of Kyiv's: its "enemy" is Russia
_KYIVS_WORDS_RE = re.compile(r"\b(?:occupiers|invaders|ruscists|racists|orcs|aggressor|General\s+Staff\s+of\s+the\s+Armed"
                             r"\s+Forces\s+of\s+Ukraine)\b", re.I)


@lru_cache(maxsize=8)
def moscows_words(text: str) -> bool:
    """An article written in the words of Moscow's briefings (two of them at least, and none of Kyiv's)."""
    return len({m.group(0).lower()[:12] for m in _MOSCOWS_WORDS_RE.finditer(text)}) >= 2 \
        and _KYIVS_WORDS_RE.search(text) is None

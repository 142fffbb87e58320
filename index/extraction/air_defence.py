"""Who reports the drones and missiles a night's air defence brought down.

Ukraine's running tally of Russian losses is the General Staff's, and "Kyiv said" about it is
the General Staff; but the drones and missiles shot down overnight are reported by the Air
Force, and "Kyiv said it shot down 15 Russian drones overnight", "Ukraine shoots down 35
drones", "the air force said" are its report. Likewise Russia's air defences downing Ukrainian
drones are reported by Russia's defence ministry, whoever relays the count ("It said 11 drones
were shot down over the Belgorod Region" after "Sputnik reported"). A bulletin line ("UAVs — 10,886 (+40)") and
the military named as the source ("Ukraine's General Staff said") stay as they are.
"""

from __future__ import annotations

import re

from index.extraction.metrics import DOWNED_VERBS, RUSSIAN_PLACES
from index.extraction.referents import news_agency
from index.model import Figure

UKRAINIAN_AIR_FORCE = "Ukrainian Air Force"
_RUSSIAN_MOD = "Russian Ministry of Defence"
_AIRBORNE = ("drones", "cruise_missiles")
_GENERAL_STAFF = "General Staff of Ukraine"
# the country speaking, not its military: "Kyiv said", "Ukraine says", "Ukrainian officials"
_THE_COUNTRY_RE = re.compile(r"(?:the\s+)?(?:Kyiv|Kiev|Ukraine|Ukrainian\s+(?:officials|authorities|government))", re.I)
_DOWNED = rf"{DOWNED_VERBS}|destroy(?:ed|s)"
# the one doing the shooting, as the subject right before the verb: "Ukraine shoots down",
# "Ukrainian air defences destroyed", "Kyiv says it downed"
_UKRAINE_DOWNED_RE = re.compile(
    r"\b(?:Ukraine|Kyiv|Kiev|Ukrainian\s+(?:air\s+defen[cs]es?|air\s+force|forces|defenders)"
    rf"|Ukraine['’]s\s+(?:air\s+defen[cs]es?|air\s+force|defenders))\s+(?:\w+\s+){{0,3}}?(?:{_DOWNED})\b")
_DOWNED_RE = re.compile(rf"\b(?:{_DOWNED})\b", re.I)
# Ukraine's drones downed by air defence, whosever it is said to be: "Russian air defences",
# "the air defense systems on duty destroyed 56 Ukrainian UAVs"
_RUSSIA_DOWNED_RE = re.compile(
    r"\bair\s+defen[cs]es?\s+(?:systems?\s+|units?\s+|forces\s+)?(?:on\s+duty\s+)?(?:\w+\s+){0,2}?"
    rf"(?:{_DOWNED})\b", re.I)
# drones downed over a Russian region with no one named: "18 UAVs were shot down over Voronezh Oblast"
# (not over Moscow, whose mayor counts his own)
_OVER_RUSSIA_RE = re.compile(
    rf"\b(?:{DOWNED_VERBS}|destroyed)\s+(?:\w+\s+){{0,3}}?over\s+(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?"
    rf"(?:{RUSSIAN_PLACES}|Ryazan|Crimea|Russian\s+(?:territory|regions?))\b", re.I)
# "the Defense Ministry reported" of drones downed over Russia: Moscow's, the only one counting these
_BARE_MINISTRY_RE = re.compile(r"(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e)", re.I)
_THE_AIR_FORCE_RE = re.compile(r"\b(?:the|its)\s+air\s+force\s+(?:has\s+|had\s+)?(?:said|says|reported|reports|added)\b"
                               r"|\baccording\s+to\s+the\s+air\s+force\b|\bsaid\s+the\s+air\s+force\b", re.I)


def air_defence_claimant(sentence: str, written: str | None, claimant: str | None, metric: str,
                         side: str | None, kind: str, bulletin: bool) -> str | None:
    """The claimant of a figure of drones or missiles downed, or `claimant` unchanged.
    `written`: the claimant's words as the article wrote them."""
    if metric not in _AIRBORNE or bulletin or kind != "daily":
        return claimant
    if side in ("russia", None):  # (a side may come later from the article: "launched by Russia" further on)
        if claimant == _GENERAL_STAFF and _THE_COUNTRY_RE.fullmatch((written or "").strip()):
            return UKRAINIAN_AIR_FORCE  # "Kyiv said it shot down 15 Russian drones overnight"
        if claimant is None and (_UKRAINE_DOWNED_RE.search(sentence) or _THE_AIR_FORCE_RE.search(sentence)):
            return UKRAINIAN_AIR_FORCE  # "Ukraine shoots down 35 drones over Kyiv"
    elif side == "ukraine" and ((claimant is None and (_RUSSIA_DOWNED_RE.search(sentence) or _OVER_RUSSIA_RE.search(sentence)))
                                or (claimant and (news_agency(claimant) or _BARE_MINISTRY_RE.fullmatch(claimant))
                                    and _DOWNED_RE.search(sentence))):
        # "Russia's air defences destroyed five Ukrainian drones", "It said 11 drones were shot
        # down over the Belgorod Region" after an agency's "reported": only Moscow counts these
        return _RUSSIAN_MOD
    return claimant


# missiles of a kind the vocabulary has no metric for: "six Kinzhal hypersonic missiles",
# "two ballistic missiles", "four Tochka-U missiles" are `other`, not cruise missiles
_NOT_CRUISE_RE = re.compile(
    r"\s*(?:[\w’'-]+\s+){0,3}?(?:ballistic|hypersonic|tactical|Kinzhal|Iskander(?:-[MK])?|Tochka(?:-U)?|ATACMS|HIMARS|S-[34]00"
    r"|anti-?aircraft|surface-to-air|air-to-air|guided)\s+(?:[\w’'-]+\s+)?missiles?\b", re.I)


def ballistic_as_other(figs: list[Figure]) -> None:
    """Missiles that are not cruise missiles, by the words of their count, are `other`."""
    for f in figs:
        m = _NOT_CRUISE_RE.match(f.sentence, f.end - f.sentence_start) if f.metric == "cruise_missiles" else None
        if m and "cruise" not in m.group(0).lower():
            f.metric = "other"

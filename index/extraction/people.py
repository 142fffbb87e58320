"""Who the people a count names are: soldiers or civilians, and whose. "Five people killed and 18
injured" in a strike on a city are civilians; "70,000 people fighting in Russia's military"
are soldiers; the civilians a Ukrainian attack hits are Russia's. (Foreigners fighting on a
side are that side's force: `nationals.fights_for`.)"""

from __future__ import annotations

import re

from index.extraction.found import Found
from index.extraction.metrics import RUSSIAN_PLACES, UKRAINIAN_CITIES
from index.extraction.numbers import Number
from index.model import Figure

I = re.IGNORECASE

# "people" who are soldiers: the sentence speaks of an army and of no strike on a town
_SOLDIERS_CONTEXT_RE = re.compile(
    r"\b(?:fighting\s+(?:in|for|on)|soldiers|troops|servicemen|fighters|military\s+(?:personnel|deaths|losses)"
    r"|(?:Russian|Ukrainian|Russia['’]s|Ukraine['’]s)\s+(?:forces|army|military)|mobili[sz]ed|conscripts|mercenaries"
    r"|obituaries|frontline|front\s+line|battlefield|in\s+combat|(?:enemy|adversary)['’]?s?\s+losses)\b", I)
_STRIKE_CONTEXT_RE = re.compile(
    r"\b(?:civilians?|strikes?|struck|shelling|shelled|missiles?|drones?|bombing|bombs?|blasts?|explosions?"
    r"|residential|apartment|hospital|school|children|homes?|city|town|village|rescuers|evacuat\w+|refugees)\b", I)

_STRUCK_RE = re.compile(r"\b(?:strikes?|struck|shelling|shelled|attacks?|bombing|explosions?|blasts?)\b", I)
# a soldiers' metric read as the civilians' one
AS_CIVILIANS = {"personnel_killed": "civilians_killed", "personnel_wounded": "civilians_wounded",
                "personnel_casualties": "civilians_killed"}
_CIVIL_CONTEXT_RE = re.compile(
    r"\b(?:civilians?|people|residents|children|strikes?|struck|attacks?|shelling|shelled|rockets?|missiles?"
    r"|bombardments?|bombing|residential|apartment|building|hospital|school|station|railway|mall"
    # (not "losses have hit 90,000": a total reaching a number)
    r"|infrastructure|city|village|hits?(?!\s+(?:a\s+|the\s+)?(?:new\s+|grim\s+|record\s+)?(?:\d|more\b|over\b|nearly\b|almost\b"
    r"|about\b|around\b|record|milestone|mark|high|threshold)))\b", I)
# Who attacked is not who was hurt: "four injuries from 51 attacks by Russian forces".
AGENT_RE = re.compile(
    r"\b(?:by|from)\s+(?:the\s+)?(?:Russian|Ukrainian|enemy|occupying|invading)\s+(?:forces|troops|army|military)\b"
    r"|\b(?:Russian|Ukrainian|enemy)\s+(?:forces|troops|army|military)\s+(?:shelled|struck|attacked|hit|fired)\b"
    # "the Russian military's large-scale attack", "Moscow's troops had carried out 54 attacks": the attacker
    r"|\b(?:Russian|Ukrainian|enemy|Russia['’]s|Moscow['’]s|Ukraine['’]s|Kyiv['’]s)\s+(?:forces|troops|army|military)"
    r"(?:['’]s?|\s+(?:had\s+|have\s+|has\s+)?(?:carried\s+out|launched|conducted|made))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|strikes?|shelling|assaults?|bombardment|barrage)\b", I)
MIL_CONTEXT_RE = re.compile(
    r"\b(?:troops?|soldiers?|servicemen|military|army|forces|battlefield|front(?:line)?|personnel"
    r"|General\s+Staff|invaders|occupiers|combat|enemy)\b", I)

_ATTACK_NOUNS = (r"(?:shelling|attacks?|strikes?|airstrikes?|drones?|missiles?|rockets?|shells?|bombardment|fire"
                 r"|incursion|raids?|offensive|assaults?)")


def _attacks_by(adjectives: str, names: str, also: str = "", places: str = "") -> re.Pattern:
    """"Ukrainian shelling", "attacks launched by Ukrainian forces": an attack of one side."""
    # (not "hitting the Ukrainian capital with strikes": a place, then whose strikes it does not
    # say; nor "Ukraine's Kremenchuk strike", a strike on one of its own `places`)
    return re.compile(rf"\b(?:{adjectives})\s+(?:(?!(?:capital|city|cities|town|village|region|territory|soil|border|with|in|on"
                      rf"|by|of{places})\b)[\w-]+\s+){{0,2}}?{_ATTACK_NOUNS}\b"
                      rf"|\b(?:{_ATTACK_NOUNS}|shelled|struck|attacked|targeted|bombed)\s+(?:\w+\s+)?by\s+(?:the\s+)?(?:{names})\b"
                      # "the strike of a Tochka-U missile of the Armed Forces of Ukraine"
                      rf"|\b{_ATTACK_NOUNS}\s+(?:[\w-]+\s+){{0,4}}?of\s+the\s+(?:Armed\s+Forces\s+of\s+(?:{names})"
                      rf"|(?:{adjectives})\s+(?:armed\s+forces|army|military|forces))\b" + also, I)


_HIT_BY_UKRAINE_RE = _attacks_by(
    r"Ukrainian|Ukraine['’]s|Kyiv['’]s|Kiev['’]s", r"Ukrainian|Ukraine|Kyiv|Kiev",
    # where Ukraine's attacks land: "in Russia's Belgorod region", the separatists' side
    r"|\bin\s+Russia['’]s\s+(?:\w+\s+)?(?:region|oblast|province|territory)|\bseparatist\b"
    # a Russian city or border region named as where it happened: "killed in Belgorod"
    rf"|\b(?:in|on|near|over|of|at|across|outside)\s+(?:the\s+)?(?:{RUSSIAN_PLACES})\b"
    # Moscow's outskirts and region, not Moscow the speaker ("Moscow said ... in Kharkiv")
    r"|\b(?:suburbs|outskirts)\s+of\s+Moscow\b|\bMoscow\s+(?:region|oblast)\b", f"|{UKRAINIAN_CITIES}")
_HIT_BY_RUSSIA_RE = _attacks_by(r"Russian|Russia['’]s|Moscow['’]s", r"Russian|Russia|Moscow", places=f"|{RUSSIAN_PLACES}")


def about_strikes(s: str) -> bool:
    """The sentence speaks of strikes, shelling or civilians."""
    return _STRIKE_CONTEXT_RE.search(s) is not None


def people_are_soldiers(s: str) -> bool:
    """"More than 70,000 people fighting in Russia's military have died": an army, no strike."""
    # (an army named as who attacks is no army counted: "the Russian military's attack killed 7 people")
    return bool(_SOLDIERS_CONTEXT_RE.search(AGENT_RE.sub(" ", s))) and not _STRIKE_CONTEXT_RE.search(s)


# an army's scale of killed-and-wounded: "Russia is approaching 700,000 killed or wounded", "a million
# people on both sides had been injured or killed" (not the civilians a UN mission counts)
_ARMY_SCALE_RE = re.compile(r"\b(?:both\s+sides|Russia|Russian|Russians|Putin|Moscow|Kremlin)\b")
_CIVIL_COUNTER_RE = re.compile(r"\b(?:civilians?|UN|U\.N\.|United\s+Nations|OHCHR|HRMMU|[Mm]onitoring\s+[Mm]ission)\b")


def army_scale_casualties(s: str, n: Number, outcome: str | None) -> bool:
    """Tens of thousands killed or wounded, in a sentence about Russia's war or both sides and not
    about civilians: soldiers, whatever the noun ("people")."""
    return outcome == "casualties" and n.value >= 10_000 and _ARMY_SCALE_RE.search(s) is not None \
        and _CIVIL_COUNTER_RE.search(s) is None


def civilian_reading(s: str, n: Number, head, metric: str, last: Found | None) -> str:
    """A bare "killed" / "injured" / "dead" after a count of people, or in a sentence about a
    strike on a city, counts civilians: "five people killed and 18 injured"."""
    cls, a, b, after = head
    if metric in ("personnel_killed", "personnel_wounded") and s[a:b].lower() in ("individuals", "persons", "victims") \
            and _STRUCK_RE.search(s) and not _SOLDIERS_CONTEXT_RE.search(s):
        # "three individuals aged 39, 44 and 61 were injured" by a strike; "18 victims were taken to hospitals"
        return AS_CIVILIANS[metric]
    if metric not in AS_CIVILIANS or cls != metric:
        return metric
    if army_scale_casualties(s, n, "casualties" if metric == "personnel_casualties" else None):
        return metric
    if re.search(r"\bcivilian\b", s[max(0, a - 20):b], I):
        return AS_CIVILIANS[metric]
    if last is not None and 0 <= n.start - last.number.end < 60:
        if last.metric.startswith("civilians_"):
            return AS_CIVILIANS[metric]
        if last.metric.startswith("personnel_"):
            return metric  # "four marines killed and six wounded": the six are marines too
    if _CIVIL_CONTEXT_RE.search(s) and not MIL_CONTEXT_RE.search(AGENT_RE.sub(" ", s)):
        return AS_CIVILIANS[metric]
    return metric


_COUNTRY_LOST_RE = re.compile(
    r"\b(?:Ukraine|Russia|Kyiv|Kiev)\s+(?:\w+\s+){0,2}?(?:lost|loses|has\s+lost|have\s+lost|had\s+lost)\s+(?:\w+\s+){0,3}$", I)


def country_lost_people(s: str, n: Number) -> bool:
    """"In May, Ukraine lost more than 16,000 people": a country's losses in the war's count (its
    soldiers), not the dead of a strike ("Ukraine lost 50 people in the strike on the station")."""
    return _COUNTRY_LOST_RE.search(s, max(0, n.start - 80), n.start) is not None and not _STRIKE_CONTEXT_RE.search(s)


def civilians_cue(s: str) -> str | None:
    """Whose civilians the words of a sentence say, or None when they say neither. With no
    attacker named, a place Russia holds makes them Russia's ("in Russian-occupied Donetsk",
    "in Russia's Bryansk region"), as the gold sets and the marking guide count them."""
    by_ukraine, by_russia = _attackers(s)
    if not by_ukraine and not by_russia and _RUSSIAN_HELD_RE.search(s) and not _RUSSIA_ACTS_RE.search(s):
        return "russia"
    return "russia" if by_ukraine and not by_russia else "ukraine" if by_russia else None


# (not where Russia is the one acting, nor a city Ukraine holds: "the war waged by Russia",
# "Russian forces, based in occupied territory, ... killed seven people in Lviv")
_RUSSIA_ACTS_RE = re.compile(
    r"\b(?:Russian\s+(?:forces|troops|army|military|soldiers|strikes?|attacks?|missiles?|drones?|shelling|bombs?|aggression)"
    r"|by\s+Russia|Russia['’]s\s+(?:war|invasion|attacks?|aggression)|Kyiv|Kiev|Kharkiv|Odesa|Odessa|Dnipro|Lviv|Sumy"
    r"|Chernihiv|Poltava|Vinnytsia|Zhytomyr|Kryvyi\s+Rih|Kramatorsk|Sloviansk|Mykolaiv|Kropyvnytskyi|Ternopil|Rivne)\b", re.I)
_RUSSIAN_HELD_RE = re.compile(
    r"\b(?:Russian[-\s](?:occupied|held|controlled|annexed)|(?<!partially\s)(?<!partly\s)occupied\s+(?:part\s+of\s+(?:the\s+)?)?(?:eastern\s+|southern\s+)?"
    r"(?:Ukraine|Donetsk|Luhansk|Zaporizh(?:zh)?ia|Kherson|Crimea|town|city|village|territor(?:y|ies)|areas?)"
    r"|Russia['’]s\s+(?:\w+\s+){0,2}(?:region|Oblast|province|republic)|Belgorod|Kursk|Bryansk|Voronezh|Rostov"
    r"|Sevastopol|Crimea|Donetsk\s+People['’]s\s+Republic|Luhansk\s+People['’]s\s+Republic|DPR|LPR|Nova\s+Kakhovka)\b")


def _attackers(s: str) -> tuple[bool, bool]:
    """(the sentence names a Ukrainian attack, a Russian one)."""
    return _HIT_BY_UKRAINE_RE.search(s) is not None, _HIT_BY_RUSSIA_RE.search(s) is not None


# the nation of the counted themselves, next to their count: "three Russian civilians"
_OWN_NATION_RE = re.compile(r"\b(?:Russian|Ukrainian|Russia['’]s|Ukraine['’]s)\b")


def struck_side(s: str, start: int, head_end: int) -> str | None:
    """Whose civilians a strike hit when the sentence names one attacker only ("buildings struck by
    Russian missiles, with the death toll at 28"): the other side's; None when it names both or
    none, or when the count says its own ("three Russian civilians", from `start` to `head_end`)."""
    if _OWN_NATION_RE.search(s, max(0, start - 15), max(head_end, start)):
        return None
    by_ukraine, by_russia = _attackers(s)
    return None if by_ukraine == by_russia else "ukraine" if by_russia else "russia"


def civilians_side(s: str) -> str:
    """Whose civilians a sentence that names no side counts: Ukraine's, unless a Ukrainian attack
    hit them ("Ukrainian shelling of Shebekino", "attacks launched by Ukrainian forces")."""
    return "russia" if civilians_cue(s) == "russia" else "ukraine"


# civilians "killed or injured" together, or their "casualties": no count of the dead alone
_HARMED_RE = re.compile(
    r"(?P<gap>[^.;:]{0,60}?)\b(?:killed\s+(?:or|and/or|and)\s+(?:injured|wounded|maimed)|(?:injured|wounded)\s+or\s+killed"
    r"|casualties)\b", re.I)
_DEAD_ALONE_RE = re.compile(r"\b(?:killed|dead|died|deaths|wounded|injured|hurt)\b", re.I)  # "Seven ... killed, and the casualties may rise"


def harmed_as_other(figs: list[Figure]) -> None:
    """"972 children have been killed or injured", "2,032 civilian casualties": the dead and the
    wounded together are neither count; the vocabulary has no civilian casualties, so `other`,
    keeping whose they are and the time they cover. (Read last: while the article is read,
    they count as civilians for who reports them.)"""
    for f in figs:
        if f.metric != "civilians_killed":
            continue
        end = f.end - f.sentence_start  # (the sentence keeps the article's offsets: `one_line`)
        m = _HARMED_RE.match(f.sentence, end)
        if m and not re.search(r"\d", f.sentence[end:m.end()]) and not _DEAD_ALONE_RE.search(m.group("gap")) \
                and "respectively" not in f.sentence:
            f.metric = "other"

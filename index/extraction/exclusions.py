"""Numbers that are not figures, whatever noun follows them: dates, money, percentages,
durations, distances, ages, sizes of bodies ("193-member"), ordinals, unit and model numbers
("Leopard 2", "No. 5", "Article 5"), and years ("Russia's 2022 losses"). Kept as data in two
patterns, one for the words before a number and one for the words after it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.extraction.kind_cues import MONTH, WEEKDAY
from index.extraction.numbers import Number
from index.extraction.sides import SIDE_RE

I = re.IGNORECASE

EXCLUDE_BEFORE = re.compile(
    rf"(?:{MONTH}\.?|{WEEKDAY},?|[$€£₴₽¥]|US\$|USD|EUR|GBP|UAH|RUB|\b(?:aged|age|ages|No\.?|Nos\.?"
    r"|number|page|pages|p\.|Article|Resolution|Section|Chapter|Highway|Route|flight|Flight|code"
    r"|tel\.?|phone|room|Grade|Level|Phase|Day|(?<!last\s)(?<!past\s)(?<!previous\s)(?<!that\s)day|Episode|Part|Vol\.|Volume|Channel|Gate|Unit|Brigade"
    r"|Battalion|Regiment|Division|Squadron|Corps|Block|Platform|Order|Decree|Law|Bill|Item|Point"
    r"|Paragraph|Category|Class|Type|Model|Mark|Mk|Series|Gen|Generation|COVID|Covid|Storm Shadow"
    r"|top|Top|Act|Article|Amendment|Protocol|Minsk|Group|G|Formula|Vision|Strategy|Agenda|version|Version"
    r"|lines?|items?|rounds?|reason|step|points?|question|option)|#)\s*$"
)
EXCLUDE_AFTER = re.compile(
    r"\s*(?:%|\.\d+\s*(?:%|pct\b|per\s*cent\b|percent\b)|-(?!plus\b)[A-Za-z]|(?:st|nd|rd|th)\b|['’]s\b|\s*(?:of\s+)?" + MONTH + r"\b\.?"
    r"|(?:(?:million|billion|thousand|bn|mln|m|k)\s+)?(?:dollars|euros?|pounds|hryvnias?|roubles?|rubles?"
    r"|yuan|francs|USD|EUR|UAH|GBP|RUB|sterling)\b"
    r"|(?:percent|per\s*cent|pct|percentage)\b"
    r"|(?:years?|months?|weeks?|days?|hours?|hrs|minutes?|mins?|seconds?|decades?|centuries|nights?"
    r"|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|mm|cm|kg|kilograms?|tonnes?|tons?|square|sq|hectares?"
    r"|acres?|degrees?|°|mph|km/h|knots|times|votes?|points?|goals?|am|pm|a\.m\.|p\.m\.|GMT|UTC|BST|CET"
    r"|EET|EST|MW|GW|kW|barrels?|cubic|litres?|liters?|calibre|caliber|bcm|feet|ft|inch(?:es)?|storeys?"
    r"|floors?|rounds?|shells?|projectiles?|pages?|words?|seats?|votes?|countries|nations|states"
    r"|members|languages?|rubles|kopecks?)\b)",
    I,
)
_SIDE_SENT_START = {"The", "A", "An", "Some", "About", "Over", "Nearly", "Around", "Almost", "At",
                    "Up", "More", "Another", "Only", "All", "Overall", "Approximately", "Roughly",
                    "Additionally", "Also", "And", "But", "Of", "In", "Since", "Estimated", "An",
                    # a clause's first word: "While 183 drones were intercepted, ..."
                    "While", "Although", "Though", "As", "When", "After", "Before", "If", "Because", "Whereas",
                    "With", "Some", "Another", "Yet", "So", "Then", "Meanwhile", "Altogether", "Together"}

def excluded(s: str, n: Number, bulletin: bool) -> bool:
    if n.decimal or n.value <= 0 or n.value > 50_000_000:
        return True
    before = s[max(0, n.start - 24):n.start]
    qual_free_before = _QUALIFIER_AT_END_RE.sub("", before)
    m = EXCLUDE_BEFORE.search(qual_free_before)
    if m and not (n.value > 31 and _DAY_WORD_RE.fullmatch(m.group(0).strip()) and not _YEARISH_RE.fullmatch(s[n.start:n.end])) \
            and not (_WEEKDAY_WORD_RE.fullmatch(m.group(0).strip()) and (n.words or m.group(0).strip().endswith(","))
                     and not _MONTH_AFTER_RE.match(s, n.end)):
        # (but "said on Tuesday 270,000 people ...": no day of a month is 270,000; "On Monday, 3
        # civilians were killed", "On Monday three": a date would have its month after the day;
        # "On Tuesday 24 soldiers" may be "Tuesday 24 [October]" and stays a date)
        return True
    if EXCLUDE_AFTER.match(s, n.end) or _AGE_LIST_RE.search(before):
        return True  # (also the next ages of a list: "aged 39, 44, and 61", "aged 38 and 42")
    raw = s[n.start:n.end]
    if _YEARS_RE.fullmatch(raw) and not bulletin:
        # a count of exactly 1900-2100 is written "2,022"; bare, it is a year ("Russia's 2022
        # losses") unless troops or machines follow right after it ("2000 soldiers")
        if not _YEAR_COUNT_RE.match(s, n.end) or _YEAR_BEFORE_RE.search(before):
            return True
    # a model number: "Leopard 2 tanks", "Challenger 2", "Patriot 3"
    prev = _WORD_BEFORE_RE.search(before)
    if prev and not n.words and prev.group(1) not in _SIDE_SENT_START and not SIDE_RE.fullmatch(prev.group(1)) \
            and not _DAY_WORD_RE.fullmatch(prev.group(1)) \
            and not re.search(r"[,.]", raw) and n.value < 1000 \
            and (prev.group(1) in _MODELS or not title_case(s)):
        return True  # (in a title every word is capitalised: "Ukraine Shoots Down 11 Russian Drones")
    return False


# (compiled once: asked of every number)
_QUALIFIER_AT_END_RE = re.compile(r"(?:\bover|\babout|\baround|\bnearly|\bup to|\bsome)\s+$", I)
_YEARS_RE = re.compile(r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?")
_WORD_BEFORE_RE = re.compile(r"(?:^|[\s(])([A-Z][A-Za-z]+)\s+$")

# weapons whose names take a number, also in a title
_MODELS = {"Leopard", "Challenger", "Patriot", "Iskander", "Kalibr", "Tochka", "Bayraktar", "Kinzhal", "Tornado",
           "Buk", "Tor", "Pantsir", "Osa", "Strela", "Igla", "Abrams", "Bradley", "Marder", "Gepard", "Stryker"}


@lru_cache(maxsize=32)
def title_case(s: str) -> bool:
    """A headline in title case: most of its longer words capitalised."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", s) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


_AGE_LIST_RE = re.compile(r"\bag(?:ed|es)\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*,?\s*(?:and|or|to|-|–)?\s*$", I)
_WEEKDAY_WORD_RE = re.compile(rf"{WEEKDAY},?", I)
_MONTH_AFTER_RE = re.compile(rf"(?:st|nd|rd|th)?\.?\s*(?:of\s+)?{MONTH}\b", I)
_DAY_WORD_RE = re.compile(rf"(?:{MONTH}\.?|{WEEKDAY},?)", I)
_YEARISH_RE = re.compile(r"(?:1[89]|20)\d\d")
_YEAR_COUNT_RE = re.compile(
    r"\s+(?:troops|soldiers|servicemen|tanks|drones|vehicles|civilians|people|refugees|fighters)\b", I)
_YEAR_BEFORE_RE = re.compile(
    r"\b(?:in|since|of|by|until|till|from|before|after|during|early|late|mid|throughout|year|between"
    r"|and|to|the|spring|summer|autumn|fall|winter)\s*$", I)

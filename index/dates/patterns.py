"""The date patterns and the words they are built from, kept as data in one place.

Reading them together is the point: each pattern says in a comment what it matches, and
its neighbours say what it must not ("March" the verb, "Jan" the name, "2000 troops", "USA
Today"). Names without a leading underscore are what the finder and the resolvers use;
the underscored pieces only build the patterns. The cheap signs at the end decide which
families of patterns run at all on a paragraph.
"""

from __future__ import annotations

import re

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}

# Month names are matched capitalised (or all capitals) only: "march" and "may" are verbs.
_MONTH_NAMES = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
# A month alone must be spelled out: "Jan" and "Mar" alone are names ("Jan Kowalski").
_FULL_MONTHS = (
    "(?:January|February|March|April|May|June|July|August|September|October|November"
    "|December)"
)
# The period of an abbreviation ("Dec.") is part of the date, a full stop after a
# spelled-out month ("on 20 February.") is not.
_ABBR_DOT = r"(?:(?:(?<=\b[A-Z][a-z]{2})|(?<=\b[A-Z]{3})|(?<=Sept)|(?<=SEPT))\.)?"
_M = rf"(?P<m>(?:{_MONTH_NAMES}|{_MONTH_NAMES.upper()}){_ABBR_DOT})"
_D = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<y>(?:19|20)\d\d)"
_END = r"(?![\w-])"

# December 16 / Dec. 16th (no year)
MONTH_DAY = re.compile(rf"\b{_M}\s{{1,3}}{_D}(?![\w,.]?\d)(?!\w)")
# 16 December / 16th of December (no year)
DAY_MONTH = re.compile(rf"(?<![\w.,])\b{_D}\s{{1,3}}(?:of\s+)?{_M}(?!\w)")

ABSOLUTE = [  # (kind, pattern, needs a digit, needs a month name)
    # 2024-12-16, 2024/12/16
    ("date", re.compile(rf"(?<![\w.-]){_Y}(?P<s>[-/.])(?P<mn>[01]?\d)(?P=s)(?P<d>[0-3]?\d){_END}"), True, False),
    # 16.12.2024, 16/12/2024, 12/16/2024 (the day is whichever part cannot be a month)
    ("date", re.compile(rf"(?<![\w.-])(?P<a>[0-3]?\d)(?P<s>[./])(?P<b>[0-3]?\d)(?P=s){_Y}{_END}"), True, False),
    # December 16, 2024 / Dec. 16th 2024
    ("date", re.compile(rf"\b{_M}\s{{1,3}}{_D},?\s{{1,3}}{_Y}{_END}"), True, True),
    # 16 December 2024 / 16th of December, 2024
    ("date", re.compile(rf"\b{_D}\s{{1,3}}(?:of\s+)?{_M},?\s{{1,3}}{_Y}{_END}"), True, True),
    ("date", MONTH_DAY, True, True),
    ("date", DAY_MONTH, True, True),
    # December 2024
    ("month", re.compile(rf"\b{_M},?\s{{1,3}}{_Y}{_END}"), True, True),
    # (in) January: a bare month counts only after a word that makes it a time
    (
        "month",
        re.compile(
            rf"\b(?i:in|of|since|during|until|till|by|from|through|throughout|early|late"
            rf"|mid|last|this|next|and|to|between|before|after|end|start|beginning)[ \t-]"
            rf"(?P<core>(?P<m>{_FULL_MONTHS}))(?!\w|\.?\s*\d)"
        ),
        False,
        True,
    ),
]

# A year on its own: only after a word that makes it one, and never when a count noun
# follows ("2000 troops").
YEAR = re.compile(
    r"\b(?i:in|of|since|during|until|till|by|from|through|throughout|early|late|mid"
    r"|the|and|to|between|before|after|year|spring|summer|autumn|fall|winter|end|start"
    r"|beginning)[ \t-]"
    r"(?P<core>(?P<y>(?:19[5-9]|20[0-4])\d))(?!\d|s\b|[,.]\d|\s*(?:-|–)\s*\d)"
    r"(?!\s+(?:\w+\s+)?(?:troops|soldiers|men|people|servicemen|personnel|civilians|tanks"
    r"|vehicles|casualties|deaths|dead|killed|wounded|missiles|drones|units|km|kilometers"
    r"|miles|metres|meters|tons|tonnes|artillery|shells|rounds|guns)\b)"
)

_WEEKDAY = r"(?P<wd>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
RELATIVE = re.compile(
    r"\b(?:"
    r"(?P<today>today|tonight|this (?:morning|afternoon|evening))"
    r"|(?P<yesterday>yesterday|last night)"
    rf"|(?P<wdphrase>(?:(?P<wdprep>[Oo]n|[Ll]ast|[Ee]arly|[Ll]ate) ){_WEEKDAY}{_PART})"
    r"|(?P<ago>(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve) (?P<unit>day|week|month|year)s? ago)"
    r"|(?P<period>(?:(?P<earlier>earlier|later) )?(?P<which>last|this|past|previous) "
    r"(?P<punit>week|month|year))"
    r")\b",
    re.IGNORECASE,
)
BARE_WEEKDAY = re.compile(rf"\b{_WEEKDAY}{_PART}\b")

SINCE = re.compile(r"(?:\b(?:ever )?[Ss]ince(?: (?:early|late|mid-?|the start of|the beginning of|the end of))? ?)$")
RANGE_OPEN = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+$")
RANGE_JOIN = re.compile(r"^\s*(?:and|to|until|till|through|-|–|—)\s*$")
DAY_RANGE = re.compile(
    rf"\b(?:(?P<between>[Bb]etween\s+)?{_M}\s{{1,3}}(?P<d1>[0-3]?\d)\s*(?P<join>-|–|to|and)\s*(?P<d2>[0-3]?\d)"
    rf"|(?P<e1>[0-3]?\d)\s*(?:-|–|to)\s*(?P<e2>[0-3]?\d)\s{{1,3}}(?P<m2>(?:{_MONTH_NAMES}){_ABBR_DOT}))"
    rf"(?:,?\s{{1,3}}{_Y})?(?![\w-])(?!\s+(?:days?|weeks?|months?|years?|hours?|minutes?)\b)"
)

FULL_MONTH = re.compile(rf"\b{_FULL_MONTHS}\b")
WEAK_CUE = re.compile(r"(?i:and|to|from|between|before|after|through|throughout)\b")
# "February 24 last year", "in February this year": the year is said in words.
YEAR_WORD = re.compile(r",?\s+(?P<which>last|this|next) year\b")
# A bare weekday that is part of a name ("the Sunday Times", "Bloody Sunday").
NAMED_DAY = re.compile(r"(?:[A-Z][a-z]+\s+)$")

# Cheap signs that decide which patterns run at all.
DIGIT = re.compile(r"\d")
MONTH_SIGN = re.compile(rf"(?:{_MONTH_NAMES}|{_MONTH_NAMES.upper()})")
RELATIVE_SIGN = re.compile(r"day|night|week|month|year|ago|morning|evening|afternoon", re.IGNORECASE)

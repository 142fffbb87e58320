"""The words of time that say what period a count covers, by kind: "overnight" daily, "a day"
rate, "in January" period, "since" and "in total" cumulative. `kinds` decides between them;
other readers of dates (`exclusions`, `scope`, `tolls`) share the month and weekday words."""

from __future__ import annotations

import re

from index.extraction.initials import lookahead_of

I = re.IGNORECASE

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
         r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"

KIND_CUES: tuple[tuple[str, str, bool], ...] = (
    # (kind, regex, usable from elsewhere in the sentence)
    ("daily", r"on\s+that\s+(?:single\s+)?day|overnight|(?:in|over|during|within|of|for)\s+(?:just\s+)?(?:the\s+)?(?:past|last|previous|preceding)\s+(?:24\s+hours|day)"
              r"|(?:in|within|on)\s+(?:just\s+)?(?:a|one)\s+(?:single\s+)?day|in\s+a\s+day|yesterday|past\s+day"
              r"|during\s+the\s+day|compared\s+(?:to|with)\s+the\s+previous\s+day"
              r"|a\s+day\s+earlier|since\s+yesterday|(?:record|deadliest|bloodiest|worst)\s+day|daily\s+(?:losses|toll|record|increase|tally|figure)"
              r"|per\s+the\s+latest\s+day|in\s+24\s+hours|the\s+last\s+24\s+hours|over\s+the\s+day|24-hour\s+period"
              r"|last\s+night|(?:on\s+)?" + WEEKDAY + r"\s+(?:night|morning|evening)"
              r"|within\s+(?:the\s+)?(?:(?:last|past)\s+)?24\s+hours|over\s+the\s+course\s+of\s+(?:a|one|the)\s+(?:single\s+)?day"
              r"|(?:early|late)\s+(?:on\s+)?" + WEEKDAY +
              # "in the 24 hours to 11:20pm", "in the last 32 hours", "On Thursday alone", "the day
              # before alone", "During Day"
              r"|in\s+the\s+24\s+hours|(?:in|over|during)\s+the\s+(?:last|past)\s+\d{1,2}\s+hours"
              # "in the space of 24 hours", "over 24 hours", "This past night", "during the night"
              r"|(?:in|over|within|during|for)\s+(?:the\s+space\s+of\s+|a\s+(?:span|period)\s+of\s+)?(?:just\s+)?24\s+hours"
              r"|(?:this|the)\s+past\s+night|(?:during|in|over)\s+the\s+night\b|24-hour\s+(?:stretch|span)|(?:single|one)[- ]day\s+(?:loss|losses|toll|record|high)"
              r"|(?:on\s+)?" + WEEKDAY + r"\s+alone|the\s+day\s+before\s+alone|(?:in|over|during)\s+the\s+day\s+before\b|during\s+day\b"
              # "in the past one day", "lost 33 combat vehicles ... the day before." (a day's report)
              r"|(?:in|over|during|within|for)\s+(?:just\s+)?the\s+(?:past|last)\s+(?:one|1)\s+day\b"
              r"|(?<!since\s)(?<!from\s)(?<!of\s)\bthe\s+(?:day\s+before|previous\s+day)(?=\s*(?:[,.;:)]|$))"
              # "On the same day, 16 tanks ... were also lost", "on February 24 alone" (but "On the
              # same day, Shoigu also updated ...": when it was said)
              r"|(?:on|during|within|over|in)\s+the\s+same\s+day\b(?![^.;]{0,60}\b(?:said|says|updated|announced|reported|stated|told|added))"
              r"|on\s+(?:" + MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?"
              r"|\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH + r")\s+alone\b", True),
    # ("a weekend" is none; "per dayRussia", words glued by a lost line break, is one)
    ("rate", r"(?:a|per|each|every)\s+(?:day|week|month|hour)(?!(?-i:[a-z]))(?!\s+(?:after|before|ago|earlier|later|into))"
             # "138 troops per square mile gained", "99 per square kilometre"
             r"|per\s+(?:square\s+)?(?:kilomet(?:er|re)|km|mile)s?\b|every\s+\d+\s+(?:days|weeks|months)|daily\s+average|on\s+average|an\s+average\s+of"
             r"|average\s+of|per-day|a\s+day\b|average\s+(?:daily|weekly)|(?:daily|casualty|loss)\s+rate", False),
    ("period", r"since\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(?:year|month|week|" + MONTH + r"|20(?!22\b)\d\d\b)"
               # "38,000 for September", "27,000 in a single month"
               r"|for\s+(?:the\s+month\s+of\s+)?" + MONTH + r"\b(?!\s+\d{1,2}\b)|in\s+a\s+single\s+(?:week|month)"
               r"|(?:in|during|throughout|over)\s+(?:the\s+month\s+of\s+)?(?:(?:early|late|mid)[\s-]+)?" + MONTH
               + r"\b(?!\s+\d{1,2}\b)"
               # "since Jan 1", "since March 2023": a count from a day inside the war covers a
               # period; since the war's start (February 24, February 2022, 2014) is cumulative
               r"|since\s+(?!Feb(?:ruary)?\.?\s+(?:24(?:th)?|2022)\b)(?!24(?:th)?\s+(?:of\s+)?Feb)"
               r"(?:" + MONTH + r"\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?\b|20(?!22\b)\d\d\b)"
               r"|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH + r"\b"
               # "since December": a month inside the war, the last one of that name
               r"|(?!Feb(?:ruary)?\b)" + MONTH + r"\b(?!\s*\d))"
               # "since 7am on Saturday", "since Monday": a count of the last days
               r"|since\s+(?:(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|midnight|noon)\s+(?:on\s+)?)?(?:last\s+)?" + WEEKDAY +
               r"|so\s+far\s+(?:this|in)\s+(?:year|month|week)|(?:this|last)\s+year\s+alone|(?:over|during|at)\s+the\s+weekend"
               r"|in\s+(?:19|20)\d\d\b(?!\s*[-–])|(?:in|during|over)\s+(?:the\s+)?(?:past|last|recent)\s+(?:\w+\s+)?(?:weeks?|months?|days|half[- ]year)"
               r"|in\s+recent\s+(?:weeks|months|days)|past\s+(?:week|month)"
               # "lost up to 4,855 servicemen over the week", "set up 18 corridors this week"
               r"|(?:over|during|in)\s+the\s+week\b|\b(?:this|last)\s+week\b|\bthis\s+month\b"
               # a list's line under its year: "- 2023: The escalation led to ... 20,000 casualties"
               r"|(?<![\w,.])(?:19|20)\d\d\s*:\s"
               # "between September and December 2024": months, not days
               r"|(?:from|between)\s+(?!Feb(?:ruary)?\b)" + MONTH + r"\s+(?:(?:19|20)\d\d\s+)?(?:to|and|until|through|-|–)\s+" + MONTH + r"\b"
               # "in just one month of fighting", "over the past five months", "during the year" (but
               # "in four weeks of war" counts from the war's start)
               r"|(?:in|within|over|during)\s+(?:just\s+|only\s+|the\s+(?:past|last|first)\s+)?"
               r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|a\s+few|several)\s+(?:weeks?|months?)\b"
               r"(?!\s+(?:of|into|since)\s+(?:the\s+)?(?:(?:Moscow|Russia|the\s+Kremlin)['’]s\s+)?(?:war|invasion|conflict|full-scale|Russia))"
               r"|during\s+(?:the|that|this)\s+year\b"
               # "lost 3,715 men over three days", "in the past two days" (but "1 million refugees in 7
               # days" of a war a week old counts from its start)
               r"|(?:over|during)\s+(?:the\s+(?:(?:past|last|first)\s+)?)?(?:two|three|four|five|six|seven|\d)\s+days\b"
               r"|(?:in|within)\s+the\s+(?:past|last)\s+(?:two|three|four|five|six|seven|\d)\s+days\b"
               # "four children have been killed ... in just six days" (but "1 million refugees in 7 days"
               # of a war a week old counts from its start)
               r"|(?:in|within)\s+(?:just|only)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days\b"
               # "inflicted 3,715 casualties in three days" (not "in seven days" of a war a week old)
               r"|(?:in|within)\s+(?:two|three|four|five|six|[2-6])\s+days\b(?!\s+(?:of|since|into)\s+(?:the\s+)?(?:war|invasion|conflict))"
               r"|\b" + MONTH + r"\s+alone\b"  # "April alone saw 36,000 losses"
               r"|(?:first|second|third|fourth)\s+(?:half|quarter)|in\s+a\s+(?:week|month)|weekly|monthly"
               # "in the first year of the invasion", "from August 6 to 13", "last year"
               r"|(?:in|during|over)\s+the\s+(?:first|second|third|fourth|fifth)\s+(?:year|month|week|months|weeks)"
               r"|(?:from|between)\s+(?!Feb(?:ruary)?\.?\s+24\b)" + MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:to|and|until|through|-|–)\s+(?:" + MONTH + r"\.?\s+)?\d{1,2}\b"
               r"|(?:from|between)\s+(?!24(?:th)?\s+Feb)\d{1,2}(?:st|nd|rd|th)?\s+(?:" + MONTH + r"\s+)?(?:to|and|until|-|–)\s+\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH
               + r"|\b(?:last|this|past)\s+year\b"
               # a campaign inside the war: "since launching their push in early June", "during
               # the counteroffensive", "beginning from June 4", "in the reporting period"
               r"|(?:since|during|throughout|over|in\s+the\s+course\s+of)\s+(?:(?:launching|the\s+(?:start|beginning|launch)\s+of)\s+)?"
               r"(?:(?:its|their|the|Kyiv['’]s|Kiev['’]s|Ukraine['’]s|Russia['’]s|Moscow['’]s|Ukrainian|Russian)\s+)?"
               r"(?:(?!full-scale\b|military\b|war\b)[a-z][\w-]*\s+){0,2}"  # ("during the current summer offensive")
               r"(?:counter-?offensive|offensive|push|incursion)"
               r"|(?:beginning|starting)\s+(?:from|on)\s+" + MONTH + r"|(?:in|during|over|for)\s+the\s+(?:reporting|review)\s+period"
               # "over the course of 2024", "throughout 2024", "during the same period"
               r"|(?:over\s+the\s+course\s+of|throughout)\s+(?:(?:19|20)\d\d|" + MONTH + r"\b|the\s+(?:year|month|week))"
               r"|(?:during|in|over|for)\s+(?:this|that|the\s+same)\s+(?:time\s+)?period|during\s+the\s+period\b(?!\s+(?:from|since))"
               # "since the 4th of last month": a day inside the war
               r"|since\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+of\s+(?:last|this)\s+month"
               r"|in\s+the\s+(?:counter-?offensive|counter-?attack|offensive)"
               # "since a ceasefire came into effect in September", "in just a five-day span"
               r"|since\s+(?:a|the)\s+(?:\w+\s+)?(?:ceasefire|truce|armistice)"
               r"|(?:in|within|over)\s+(?:just\s+|only\s+)?(?:a|one)\s+(?:single\s+)?[\w]+-(?:day|week|month)\s+(?:span|period|stretch)"
               r"|from\s+" + MONTH + r"\s+(?:last\s+year\s+)?(?:until|to|through)\s+(?:this|last)\s+month", True),
    ("cumulative", r"since|in\s+total|total(?:led|ed|ing|s)?|so\s+far|to\s+date|overall|throughout|altogether"
                   r"|all\s+told|cumulative|in\s+all|(?:full-scale\s+)?invasion\s+began|war\s+began|running\s+tally"
                   r"|death\s+toll|thus\s+far|as\s+of", True),
)
# (each behind the lookahead of where one of its words may open, `initials`: searched through
# a sentence, the period's list is eight times faster, the day's five)
KIND_RES = [(k, re.compile(rf"\b{lookahead_of(rx)}(?:{rx})", I), anywhere) for k, rx, anywhere in KIND_CUES]

"""The words naming a claimant, cleaned of what is not the name: an article, a title, the day
it was said, a possessive, the work ("Pentagon estimates" -> "Pentagon"), a wire's dateline;
and subjects of a verb of saying that name no speaker (a work, troops that "reported" losses)."""

from __future__ import annotations

import re
from functools import lru_cache

from index.extraction.aliases import TABLE_CACHES, canonical, known, names_whole
from index.extraction.attribution_patterns import DAY_WORDS, EXPERTS_RE, GROUP_WORDS, OFFICE_OF_REGION, PLACE_IN, \
    QUALIFIED_GROUP, ROLE_WORDS
from index.extraction.datelines import AGENCY_DASH_RE
from index.extraction.person_names import person_without_title
from index.folders import config_dir


def clean(np_: str) -> str:
    return _clean(np_, config_dir())


# articles name the same few claimants again and again (3,150 names, 1,327 of them distinct, in
# the gdelt articles); what the table knows decides, so the config folder is part of the key
@lru_cache(maxsize=4096)
def _clean(np_: str, config: str) -> str:
    np_ = original = _SPACES_RE.sub(" ", np_).strip(" ,.;:\"'“”’")
    if _LAST_INITIAL_RE.search(np_):
        np_ += "."  # "The U.N. said": the initials keep their last full stop
    np_ = _QUANTIFIER_RE.sub("", np_)  # "Other Western estimates", "P.S. NATO ..."
    np_ = AGENCY_DASH_RE.sub("", np_)  # a wire's dateline: "Lugansk, SANA- The command"
    # "Pentagon estimates", "a U.S. intelligence assessment": who made them
    if not _ADJECTIVE_AND_WORK_RE.fullmatch(np_):
        # keep "Ukrainian data" whole: an adjective alone names no one
        np_ = _WORK_AFTER_RE.sub("", np_)
    # "..., said Monday the ministry": the day it was said is no part of the name either
    np_ = _DAY_BEFORE_RE.sub("", np_)
    np_ = _WHAT_BEFORE_RE.sub("", np_)  # "according to what Russian agencies report"
    np_ = _ARTICLE_RE.sub("", np_)
    # "the country's state emergency service": the country is the one the article is about; the
    # body is named by what follows when the table knows it (else it stays a description)
    if (own := _COUNTRY_OWNER_RE.match(np_)) and known(np_[own.end():]):
        np_ = np_[own.end():]
    np_ = _KIND_BEFORE_NAME_RE.sub("", np_)  # "watchdog Airwars", "monitoring group Airwars": the name
    # "Fox News Digital Friday": the day it was said is no part of the name
    np_ = _DAY_AFTER_RE.sub("", np_)
    # "CSIS's June report": whose, not when
    np_ = _MONTH_AFTER_POSSESSIVE_RE.sub("", np_)
    np_ = _POSSESSIVE_RE.sub("", np_)
    # "Mediazona and a team of volunteers": the body, not its helpers
    np_ = _HELPERS_RE.sub("", np_)
    np_ = _LINK_WORDS_AT_END_RE.sub("", np_)  # "Senior Officer Andrei Shernnev of the"
    np_ = _place_first(np_)
    # "the governor of the Dnipropetrovsk region" -> "Dnipropetrovsk governor", as the table names offices
    np_ = _OFFICE_OF_REGION_RE.sub(lambda m: f"{m['place']} {m['office'].lower()}", np_)
    # "U.S. and British defense officials": one spelling of the initials, as the timeline groups names
    np_ = _INITIALS_RE.sub(r"\1\2", np_)
    if _TIME_WORD_RE.fullmatch(np_) or _WHAT_NOT_WHO_RE.fullmatch(original):
        return ""  # "..., said Friday their presence ...": when, not who; "The data show": what, not who
    np_ = np_.strip()
    if np_[1:].islower() and EXPERTS_RE.fullmatch(np_):
        np_ = np_[0].lower() + np_[1:]  # "Independent analysts" opening a sentence: one spelling on the timeline
    return person_without_title(np_)


# (compiled once: every name an attribution gives passes all of them)
_SPACES_RE = re.compile(r"\s+")
_LAST_INITIAL_RE = re.compile(r"(?:^|\s)(?:[A-Z]\.)+[A-Z]$")
_QUANTIFIER_RE = re.compile(r"^(?:Other|Some|Many|Most|P\.S\.)\s+(?=[A-Z])")
_ADJECTIVE_AND_WORK_RE = re.compile(r"(?:Ukrainian|Russian|Western|British|American|US|U\.S\.)\s+\w+")
_WORK_AFTER_RE = re.compile(r"(?<=[\w’'])\s+(?:estimates?|figures|data|assessments?|reports?|count|tally|numbers|statistics"
                            r"|update|bulletin|calculations|research|analysis|study|survey|findings)$", re.I)
_DAY_BEFORE_RE = re.compile(rf"^(?:[Oo]n\s+)?(?:{DAY_WORDS})\s+(?:the\s+)?")
_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+", re.I)
_OFFICE_OF_REGION_RE = re.compile(rf"^{OFFICE_OF_REGION}$")
_COUNTRY_OWNER_RE = re.compile(r"(?:country|nation)['’]s\s+", re.I)
_WHAT_BEFORE_RE = re.compile(r"^(?:what|that\s+which)\s+")
_DAY_AFTER_RE = re.compile(rf"\s+(?:on\s+)?(?:{DAY_WORDS})$")
_MONTH_AFTER_POSSESSIVE_RE = re.compile(r"['’]s\s+(?:January|February|March|April|May|June|July|August|September|October"
                                        r"|November|December|\d{4})$")
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_HELPERS_RE = re.compile(r"\s+and\s+(?:a\s+team\s+of\s+|other\s+)?(?:volunteers|others|partners|colleagues|researchers)$")
_LINK_WORDS_AT_END_RE = re.compile(r"(?:\s+(?:of|the|for|and))+$")
_INITIALS_RE = re.compile(r"\b(U)\.(S|K|N)\.(?=\s|$)")
TABLE_CACHES.append(_clean)


def clean_name(np_: str) -> str:
    """The words naming a claimant without article, title, day or possessive (see `clean`)."""
    return clean(np_)


_KIND_BEFORE_NAME_RE = re.compile(  # (also "independent Russian news outlets Mediazona and Meduza")
    r"^(?:(?:monitoring|independent|human\s+rights|news|research|media|investigative|open-source|exiled|opposition"
    r"|Russian|Ukrainian|British|American)\s+){0,3}"
    r"(?:watchdog|monitor|group|non-?profit|think[- ]tank|website|outlets?|newspaper|organi[sz]ation|NGO|project"
    r"|initiative|portal|blog)\s+(?:the\s+)?(?=[A-Z])")
_WHAT_NOT_WHO_RE = re.compile(r"(?:(?:the|these|this)\s+(?:data|figures|numbers|statistics|findings)"
                              # "Casualty estimates indicate", "Early reports suggest": what, not who
                              r"|(?:casualty|loss|losses|death|toll|damage|official|early|initial|preliminary|latest"
                              r"|current|recent|new|other|some|many|most|conservative|independent)"
                              r"\s+(?:estimates?|figures|data|numbers|counts?|reports?)"
                              # "..., Study Finds" in a title: a work, not its author
                              r"|(?-i:Study|Report|Survey|Analysis|Research|Estimates?))", re.I)
_TIME_WORD_RE = re.compile(rf"(?:on\s+)?(?:{DAY_WORDS}|tonight|earlier|later|this\s+week)", re.I)


_GROUP_IN_PLACE_RE = re.compile(
    rf"(?:(?:an?|the)\s+)?(?P<adj>(?:[A-Za-z]+\s+){{0,2}}?)(?P<g>{GROUP_WORDS})\s+{PLACE_IN}", re.I)
_STATE_PLACES = {"ukraine": "Ukrainian", "kyiv": "Ukrainian", "kiev": "Ukrainian", "russia": "Russian", "moscow": "Russian"}


def _place_first(np_: str) -> str:
    """"Officials in Kyiv" -> "Kyiv" (a state's capital speaks for it: "Kyiv said"); "regional
    prosecutors in Sumy" -> "Sumy regional prosecutors"; "military officials in Kyiv" ->
    "Ukrainian military officials"."""
    m = _GROUP_IN_PLACE_RE.fullmatch(np_)
    if not m or not m.group("place").split()[-1][:1].isupper():
        return np_  # "authorities in the Luhansk region" stays as the article wrote it
    adj, group, place = m.group("adj").strip(), m.group("g").lower(), m.group("place")
    group = "officials" if group == "official" else group  # "an official in Kyiv": one of them
    if not adj and group in ("officials", "authorities", "government") and place.lower() in _STATE_PLACES:
        return place
    if place.lower() in _STATE_PLACES:  # "military officials in Kyiv": Ukraine's
        place = _STATE_PLACES[place.lower()]
    return " ".join(w for w in (place, adj.lower(), group) if w)


# A group of officials that an article qualifies ("regional officials", "senior defense
# official", "local authorities") is a claimant, kept in the article's words; unqualified
# ("officials said", "a source said") it names no one.
_QUALIFIED_GROUP_RE = re.compile(QUALIFIED_GROUP, re.I)


def is_generic(phrase: str) -> bool:
    """"officials", "a source": a speaker that names no one (a group the article qualifies does)."""
    if EXPERTS_RE.fullmatch(phrase):
        return False  # "Military experts estimate": the sentence's capital, experts of a kind still
    words = phrase.split()
    caps = [w for w in words if w[:1].isupper() or re.match(r"\d+(?:st|nd|rd|th)$", w)]  # "93rd brigade": a name
    if not caps:  # ("western intelligence", "emergency workers": the alias table knows them)
        return _QUALIFIED_GROUP_RE.fullmatch(phrase) is None and not names_whole(phrase)
    if len(caps) == 1 and words[0] == caps[0] and re.fullmatch(ROLE_WORDS, caps[0].lower()) and \
            caps[0].lower() not in ("eastern", "western", "southern", "northern", "central") and \
            canonical(phrase, True) == phrase:
        return True  # "Officials said" at the start of a sentence
    return False


# a verb's form that is a plural noun before a verb: "Casualty estimates indicate", "however estimates say"
_NOUN_NOT_VERB_RE = re.compile(r"(?:estimates|reports|claims|counts)\s+(?:indicate[sd]?|show(?:s|ed)?|suggest(?:s|ed)?"
                               r"|say|said|put|place[sd]?|var(?:y|ied)|differ(?:ed)?|range[sd]?|are|were|have|had)\b",
                               re.I)
_WORK_SUBJECT_RE = re.compile(r"(?P<np>\b[\w-]+\s+(?:estimates|reports|figures|data|counts))\s+$", re.I)


def work_as_subject(s: str, verb: int) -> str | None:
    """At a verb of saying at `verb`: "noun" when the word is a work's noun before another verb
    ("Casualty estimates indicate"), "nobody" when its subject is a work no one is named for
    ("The latest estimates suggest"), else None."""
    if _NOUN_NOT_VERB_RE.match(s, verb):
        return "noun"
    work = _WORK_SUBJECT_RE.search(s, max(0, verb - 40), verb)
    return "nobody" if work and not clean(work.group("np")) else None


# "North Korean forces have reported more than 5,000 casualties": troops that report their own
# casualties suffered them (not "Russian forces reported 300 Ukrainian casualties", a claim)
_FORCES_BEFORE_RE = re.compile(r"\b(?:forces|troops|units|soldiers)\s+(?:have\s+|has\s+|had\s+)?$", re.I)
_OWN_CASUALTIES_AFTER_RE = re.compile(
    r"\s+(?:(?:more\s+than|over|about|around|some|nearly|almost|at\s+least|heavy|significant|high|massive)\s+)*"
    r"(?:[\d,.]+\s+(?:thousand\s+|million\s+)?)?(?:casualties|losses|deaths)\b", re.I)


def suffered_not_said(s: str, verb: re.Match) -> bool:
    return verb.group(0).lower().startswith("report") and _FORCES_BEFORE_RE.search(s, 0, verb.start()) is not None \
        and _OWN_CASUALTIES_AFTER_RE.match(s, verb.end()) is not None

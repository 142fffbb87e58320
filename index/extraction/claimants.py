"""Who claims a figure: attribution phrases in a sentence, and one canonical name per claimant.

Attribution forms found (each gives the words naming the claimant and where they stand):
"according to X" (also "according to an assessment by X"), "per X" / "as per X", "X said /
stated / claims / believes / reports / estimates / announced ..." (with adverbs and an
appositive between: "General Eirik Kristoffersen, the military commander of Norway, stated"),
'"...," said X', "..., claims Ukraine.", "a report from X" / "figures from X" (these cover the
numbers after them), "X's figures", "X, cited by Y" (X), a headline "X: ...", and a pronoun
subject ("It only recognizes ...", "the ministry said") that `index.extraction.extract` resolves to the
previous claimant.

Canonical names come from `index.extraction.aliases` (the alias table `index/extraction/data/claimants.toml`, which
users extend from their config folder). An attribution that matches no alias keeps a cleaned
form of the words ("Estonian Foreign Intelligence Service" stays as written, without a leading
"the" or trailing possessive), so nothing an article says is lost; one that names no one in
particular ("officials said", "a military source", "losses are estimated at") gives no claimant
and stops the claimant of the paragraph before from carrying on.

Policies, decided once:
- A group of officials the article qualifies ("regional officials", "local Russian-imposed
  authorities", "SENIOR DEFENSE OFFICIAL" at the end of a headline) is a claimant in the
  article's words; an unqualified one ("officials said") is not.
- A person's title is no part of their name: "Russian Foreign Minister Sergei Lavrov" is
  "Sergei Lavrov" (unless the whole phrase is a known alias: "Pentagon spokesman John Kirby"
  speaks for "US officials"); within an article `index.extraction.extract` reads a bare surname
  ("Lavrov") as the full name written before it.
- A country's government on the enemy's equipment ("Ukraine said 12 Russian tanks were
  destroyed") is its General Staff's count (the table's `losses`): Kyiv publishes one count.
- A day or time is never a claimant ("..., said Friday their presence ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.extraction.aliases import canonical, counts_side, reload, resolve_pronoun  # noqa: F401 (re-exported)

ROLE_WORDS = (
    "intelligence|agencies|agency|officials?|ministry|spokesman|spokeswoman|spokesperson|president"
    "|commander|chief|general|staff|forces|military|army|authorities|government|sources|analysts"
    "|experts|defen[cs]e|office|service|services|department|council|command|adviser|advisor"
    "|minister|secretary|head|director|governor|mayor|commander-in-chief|officer|navy|administration"
    "|mission|monitors|group|institute|watchdog|observers|media|newspaper|envoy|ambassador|leader"
    "|prime|foreign|deputy|air|force|armed|counterpart|representative|think-tank|researchers"
    "|organi[sz]ation|human|rights|refugee|health|monitoring|blog|project|investigators|prosecutors?"
    "|police|volunteers|regional|national|state|security|emergency|press|joint|chiefs|top|senior"
    "|former|military['’]s|ministry['’]s|staff['’]s|estimates|assessment|update|data|figures|report"
    "|forces['’]|outlet|television|channel|news|spokesmen|operational|strategic|founder|boss|owner"
    "|mercenary|company|lawmaker|deputies|parliament|ombudsman|commissioner|envoy|correspondent"
    "|spokesperson['’]s|general['’]s|office['’]s|prosecutor['’]s|group['’]s|affairs|interior|emergencies"
    "|eastern|western|southern|northern|central|presidency|chancellery|cabinet|embassy|mission"
    "|milbloggers|bloggers|migration|humanitarian|relief|aid|refugees|children['’]s|ombudsperson"
    "|local|provincial|occupation"
)
_NP_TOKEN = re.compile(
    rf"(?:[A-Z][\w’'.&-]*|of|the|for|and|de|von|der|al|bin|(?:{ROLE_WORDS})(?:['’]s)?)$"
)
_PRONOUNS = re.compile(
    r"(?:it|he|she|they|the\s+(?:ministry|military|agency|department|office|report|army"
    r"|command|update|bulletin|statement|government|service|institute|think[- ]tank))$",
    re.I,
)
SAY_VERBS = (
    r"said|says|say|stated|states|claims|claimed|claim|believes|believe|believed|reports|reported"
    r"|report|estimates|estimated|estimate|announced|announces|added|adds|told|wrote|writes|noted"
    r"|notes|confirmed|confirms|assessed|assesses|cited|cites|counted|counts|recogni[sz]es|recogni[sz]ed"
    r"|acknowledged|acknowledges|admitted|admits|revealed|reveals|disclosed|insisted|boasted"
    r"|calculated|tallied|documented|recorded|registered|declared|posted|published|updated"
    r"|verified|found|finds|put\s+the\s+(?:number|figure|toll|death\s+toll|losses)|identified|identifies"
    r"|puts?\s+(?:\w+\s+){0,2}(?:losses|casualties|number|figure|toll|death\s+toll)\s+at"
    # "US officials increased their estimate of ... to 150,000"
    r"|(?:increased|raised|revised|lowered|updated)\s+(?:its|their|his|her)\s+estimates?"
    r"|show|shows|showed|indicate|indicates|indicated|suggest|suggests|suggested|described|describes"
)
_SAY_RE = re.compile(rf"\b(?:{SAY_VERBS})\b", re.I)
_NOT_SAY_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|were|was|been|be|being|is|are|with|of|to|these|those|its|their|his|her|widely"
    r"|unconfirmed|officially|not|to|of|by|for|from|in|on|with)|['’]s)\s+$",
    re.I,
)
_ADVERBIALS = re.compile(
    r"(?:(?>\s*,\s*[^,]{2,90},)|(?>\s*\([^()]{1,40}\))|\s+(?:has|have|had|also|previously|lately|recently|reportedly|repeatedly"
    r"|earlier|now|further|then|already|today|yesterday|again|once|officially|only|still|separately"
    r"|visually|independently|jointly|likely|probably|previously|initially|independently"
    r"|later|publicly|(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week"
    r"|month|year|night)|in\s+(?:a|its|their|his|her)\s+(?:daily\s+|latest\s+|new\s+)?(?:statement"
    r"|report|update|briefing|post)))*\s*$"
)
_NP = r"(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|the|for|and|de|von|der|al|(?:" + ROLE_WORDS + r"))(?![\w’'-])){0,9}"
_NP_ANY = r"(?:the\s+)?(?:[A-Za-z][\w’'.&-]*)(?:\s+(?:[A-Z][\w’'.&-]*|of|the|for|and|(?:" + ROLE_WORDS + r"))(?![\w’'-])){0,9}"
ACCORDING_RE = re.compile(  # case-insensitive lead-in only: the name itself must be capitalised
    r"(?i:\baccording\s+to\s+(?:(?:an?|the)\s+)?(?:(?:latest|new|recent|official|updated|preliminary"
    r"|daily|fresh|internal|leaked)\s+)*(?:(?:assessment|estimates?|reports?|data|figures|statements?"
    r"|update|intelligence\s+update|count|tally|numbers|statistics|information|bulletin|calculations)\s+"
    rf"(?:(?:[a-z]+ly\s+)?[a-z]+ed\s+)?(?:by|from|of)\s+)?)(?P<np>{_NP_ANY})"
)
PER_RE = re.compile(rf"(?:\bas\s+per|(?<![\w-])[Pp]er)\s+(?P<np>{_NP})")
FROM_RE = re.compile(
    r"(?i:\b(?:reports?|figures|data|numbers|statistics|estimates?|assessment|update|bulletin|statement"
    r"|count|tally|information)\b(?:,?\s+(?:[a-z]+ly\s+)?(?:emerged|released|published|issued|compiled|provided|collected"
    rf"|shared|obtained|received|came))?\s+(?:from|by)\s+)(?P<np>{_NP})"
)
# "Figures ... were cited by Zelensky"
PASSIVE_BY_RE = re.compile(
    r"(?i:\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|later\s+|independently\s+)?(?:cited|reported|given|released"
    rf"|published|confirmed|announced|provided|claimed|stated|estimated)\s+by\s+)(?P<np>{_NP})"
)
POSSESSIVE_RE = re.compile(
    rf"(?P<np>{_NP})['’]s\s+(?:latest\s+|own\s+|official\s+)?(?:numbers|figures|data|count|tally"
    r"|estimates?|assessment|update|bulletin|statistics)\b"
)
TRAILING_RE = re.compile(
    r",\s*(?:claims?|claimed|said|says|reports?|reported|according\s+to|stated|states|added|adds"
    rf"|estimates?|believes?|announced)\s+(?P<np>{_NP_ANY})\s*[.!?\"”'’]*\s*$"
)
_POSSESSIVE_HINT_RE = re.compile(
    r"['’]s\s+(?:latest\s+|own\s+|official\s+)?(?:numbers|figures|data|count|tally|estimates?|assessment"
    r"|update|bulletin|statistics)\b")
CITED_BY_RE = re.compile(rf"(?P<np>{_NP}),\s+(?:as\s+)?(?:cited|quoted)\s+by\b")
HEADLINE_RE = re.compile(r"^\W{0,3}(?P<np>[A-Z][\w’'.&-]*(?:\s+[\w’'.&-]+){0,5}):\s")
_HEADLINE_LABELS = {"update", "live", "watch", "breaking", "opinion", "analysis", "exclusive", "video",
                    "photos", "explainer", "factbox", "timeline", "q&a", "editorial", "comment", "read",
                    "note", "related", "source", "sources", "photo", "image", "listen", "podcast"}
_LOWER_SAID_AFTER_RE = re.compile(
    rf"\s+(?P<np>the\s+(?:{ROLE_WORDS})(?:\s+(?:of|the|[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃČŠŽ][\w’'.-]*|(?:{ROLE_WORDS}|region|oblast|province|district|city)(?![\w’'-]))){{0,5}})")
HEADLINE_TAIL_RE = re.compile(r":\s+(?P<np>(?:[A-Z][\w’'.&-]*\s+){0,4}[A-Z][\w’'.&-]*)\s*$")
GENERIC_SUBJECT_RE = re.compile(r"^\W*(?:Reports|Media\s+reports|Sources|Estimates|Some\s+reports)\s+"
                                r"(?:indicate|suggest|say|show|claim)\b")


_PASSIVE_RE = re.compile(r"\b(?:is|are|was|were|been|being)\s+$", re.I)
_HEDGE_RE = re.compile(r"(?:(?:media|some|unconfirmed|local|press|news|other)\s+)?(?:reports|sources)", re.I)


@dataclass(slots=True)
class Attribution:
    start: int  # the words naming the claimant: blanked before the side of a figure is read
    end: int
    phrase: str | None  # cleaned words (for a pronoun, the pronoun); None when generic
    scope: str  # "sentence", or "after" (covers only numbers written after it)
    pronoun: bool = False
    generic: bool = False  # "Reports indicate ...": a source, but no one in particular


def _clean(np_: str) -> str:
    np_ = re.sub(r"\s+", " ", np_).strip(" ,.;:\"'“”’")
    # "Pentagon estimates", "a U.S. intelligence assessment": who made them
    if not re.fullmatch(r"(?:Ukrainian|Russian|Western|British|American|US|U\.S\.)\s+\w+", np_):
        # keep "Ukrainian data" whole: an adjective alone names no one
        np_ = re.sub(r"(?<=\w)\s+(?:estimates?|figures|data|assessments?|reports?|count|tally|numbers|statistics"
                     r"|update|bulletin|calculations)$", "", np_)
    np_ = re.sub(r"^(?:the|a|an)\s+", "", np_, flags=re.I)
    # "Fox News Digital Friday": the day it was said is no part of the name
    np_ = re.sub(r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)$", "", np_)
    np_ = re.sub(r"['’]s?$", "", np_)
    np_ = re.sub(r"\s+(?:of|the|for|and)$", "", np_)
    if _TIME_WORD_RE.fullmatch(np_):
        return ""  # "..., said Friday their presence ...": when, not who
    return _person_without_title(np_.strip())


_TIME_WORD_RE = re.compile(r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today"
                           r"|yesterday|tonight|earlier|later|this\s+week)", re.I)
_NAME_WORD_RE = re.compile(r"[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃČŠŽ][a-zà-öø-ÿłśżźćńčšžę’'-]+")


_RANKS = {"admiral", "colonel", "col", "lt", "lieutenant", "major", "maj", "captain", "capt", "sergeant",
          "marshal", "gen", "brigadier", "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "gov", "sir",
          "dame", "lord", "colonel-general", "lieutenant-general", "major-general"}


def _person_without_title(np_: str) -> str:
    """"Russian Foreign Minister Sergei Lavrov" -> "Sergei Lavrov": a person's name after a
    title is the claimant; the title says what they are, not who. Only when the words before
    the name hold a title (a role word), and the name is two or three capitalised words."""
    if canonical(np_) != np_:
        return np_  # a known claimant ("Pentagon spokesman John Kirby" speaks for US officials)
    words = np_.split()
    name: list[str] = []
    for w in reversed(words):
        if _NAME_WORD_RE.fullmatch(w) and not re.fullmatch(rf"(?:{ROLE_WORDS})", w.lower()) \
                and w.lower().rstrip(".") not in _RANKS:
            name.insert(0, w)
        else:
            break
    rest = words[:len(words) - len(name)]
    if 2 <= len(name) <= 3 and rest and (re.fullmatch(rf"(?:{ROLE_WORDS})", rest[-1].lower())
                                         or rest[-1].lower().rstrip(".") in _RANKS) \
            and not any(w.lower() in ("of", "for", "and") for w in rest[-1:]):
        return " ".join(name)
    return np_


# "As added, ...", "So said": a conjunction left where a translation dropped the subject.
_LEAD_WORD_RE = re.compile(r"As|So|And|But|Also|Then|Thus|Yet|Here|There|This|That|It\s+was", re.I)

_CLAUSE_WORD_RE = re.compile(
    r"that|and|but|while|as|when|after|because|so|meanwhile|also|then|where|though|although|since"
    r"|whereas|yet|if|now|however|said|says|and|or|before|until|once|what|which|who|whom|whose")


_REPORT_NOUN_RE = re.compile(
    r"\b(?:reports?|figures|data|numbers|statistics|estimates?|assessment|update|bulletin|count|tally)"
    r"(?:,?\s+(?:released|published|issued|compiled|provided))?\s+(?:from|by)\s+$", re.I)
_NAME_APPOSITIVE_RE = re.compile(
    r"\s*,\s*((?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'.-]+)\s*,")


_ADVERBIAL_WINDOW = 400  # characters before a say-verb searched for adverbs and appositives
_TOKEN_RE = re.compile(r"[\w’'.&-]+|[^\w\s]")


def _subject_before(s: str, pos: int) -> tuple[int, int] | None:
    """Span of the noun phrase that ends (modulo adverbs and an appositive) at `pos`."""
    before = s[:pos]
    # atomic groups and a bounded window: a scraped table (", , item") once took exponential time
    m = _ADVERBIALS.search(before, max(0, pos - _ADVERBIAL_WINDOW))
    end = m.start() if m else len(before.rstrip())
    named = _NAME_APPOSITIVE_RE.match(before, end)
    if named:  # "the head of the presidential office, Andriy Yermak, said": the name says who
        return named.start(1), named.end(1)
    toks = list(_TOKEN_RE.finditer(before, max(0, end - 200), end))
    start = None
    stop = None  # the word before the phrase
    for t in reversed(toks):
        if not _NP_TOKEN.match(t.group(0)):
            stop = t.group(0)
            break
        start = t.start()
    if start is None:
        return None
    if stop in ("from", "by") and _REPORT_NOUN_RE.search(before, max(0, start - 200), start):
        return start, end  # "Data from Ukraine's General Staff shows ...": the source says it
    if stop and stop[:1].islower() and not _CLAUSE_WORD_RE.fullmatch(stop):
        # "Authorities in Sumy oblast bordering Russia reported": the words right before the
        # verb are an object, and who said it lies further back
        return (start, start)
    while True:  # no leading "of"/"and"/"As"
        m2 = re.match(r"(?:of|and|for|As|And|But|While|So|Then|Meanwhile|However|Also|When|If|Now"
                      r"|Yet|Still|Earlier|Later|Separately|Instead)\s+", before[start:end])
        if not m2:
            break
        start += m2.end()
    return (start, end) if end > start else None


# A group of officials that an article qualifies ("regional officials", "senior defense
# official", "local authorities") is a claimant, kept in the article's words; unqualified
# ("officials said", "a source said") it names no one.
_QUALIFIED_GROUP_RE = re.compile(
    r"(?:(?:regional|local|provincial|city|state|senior|top|military|defen[cs]e|government|police|health"
    r"|emergency|border|occupation|occupying|installed|appointed)\s+){1,3}(?:officials?|authorities|administration)",
    re.I)


def _is_generic(phrase: str) -> bool:
    words = phrase.split()
    caps = [w for w in words if w[:1].isupper()]
    if not caps:
        return _QUALIFIED_GROUP_RE.fullmatch(phrase) is None
    if len(caps) == 1 and words[0] == caps[0] and re.fullmatch(ROLE_WORDS, caps[0].lower()) and \
            caps[0].lower() not in ("eastern", "western", "southern", "northern", "central") and \
            canonical(phrase, True) == phrase:
        return True  # "Officials said" at the start of a sentence
    return False


def find_attributions(s: str, headline: bool = False) -> list[Attribution]:
    """Every attribution in sentence `s` (offsets into `s`)."""
    out: list[Attribution] = []

    def add(a: int, b: int, scope: str) -> None:
        phrase = _clean(s[a:b])
        if len(phrase) > 5 and phrase.isupper() and " " in phrase:
            phrase = phrase.title()  # a headline in capitals: "SENIOR DEFENSE OFFICIAL"
        if not phrase or _HEDGE_RE.fullmatch(phrase) or _LEAD_WORD_RE.fullmatch(phrase):
            return  # "according to reports": a hedge, the source is in the context
        if _PRONOUNS.match(phrase.lower()) or _PRONOUNS.match(s[a:b].strip().lower()):
            out.append(Attribution(a, b, s[a:b].strip(), scope, pronoun=True))
        elif not _is_generic(phrase):
            out.append(Attribution(a, b, phrase, scope))
        else:
            out.append(Attribution(a, b, None, scope, generic=True))

    if GENERIC_SUBJECT_RE.match(s):
        out.append(Attribution(0, 0, None, "sentence", generic=True))
    low = s.lower()
    for rx, scope, hint in ((ACCORDING_RE, "sentence", "according"), (PER_RE, "sentence", "per "),
                            (FROM_RE, "after", " by "), (FROM_RE, "after", " from "),
                            (POSSESSIVE_RE, "sentence", "s "), (CITED_BY_RE, "sentence", "ed by"),
                            (PASSIVE_BY_RE, "sentence", "ed by")):
        if hint not in low or (rx is FROM_RE and hint == " from " and " by " in low):
            continue  # cheap guards: most sentences cite no one
        if rx is POSSESSIVE_RE and not _POSSESSIVE_HINT_RE.search(s):
            continue
        for m in rx.finditer(s):
            np_ = m.group("np")
            if rx is ACCORDING_RE and re.match(r"(?:reports?|media|sources|some)\b", np_, re.I):
                continue  # "according to reports": a hedge, the source is in the context
            add(m.start("np"), m.end("np"), scope)
    m = TRAILING_RE.search(s) if "," in s else None
    if m:
        add(m.start("np"), m.end("np"), "sentence")
    if headline and ":" in s:
        m = HEADLINE_RE.match(s)
        if m and m.group("np").split()[0].lower() not in _HEADLINE_LABELS:
            words = m.group("np").split()
            # a known claimant or a body ("Estonian Intelligence: ..."), not a topic heading
            # ("Russia's Ukraine Invasion: Heavy Losses Mount")
            if canonical(m.group("np")) != m.group("np") or (
                len(words) >= 2 and all(w[:1].isupper() for w in words)
                and re.search(rf"\b(?:{ROLE_WORDS})\b", m.group("np").lower())
            ):
                add(m.start("np"), m.end("np"), "sentence")
    if headline and ":" in s:
        # a headline ending in who says it: "RUSSIA TO CALL UP 60,000 RESERVISTS: SENIOR
        # DEFENSE OFFICIAL", "Kyiv lost 300 tanks in May: British intelligence"
        m = HEADLINE_TAIL_RE.search(s)
        if m and re.search(rf"\b(?:{ROLE_WORDS})\b", m.group("np").lower()):
            add(m.start("np"), m.end("np"), "sentence")
    for m in _SAY_RE.finditer(s):
        if _NOT_SAY_BEFORE.search(s[max(0, m.start() - 14):m.start()]):
            if _PASSIVE_RE.search(s[max(0, m.start() - 14):m.start()]) and not re.match(r"\s+by\b", s[m.end():]):
                # "losses are estimated at ...": someone unnamed says so
                out.append(Attribution(m.start(), m.start(), None, "sentence", generic=True))
            continue
        span = _subject_before(s, m.start())
        if span and span[0] == span[1]:
            out.append(Attribution(m.start(), m.start(), None, "sentence", generic=True))
        elif span:
            a, b = span
            add(a, b, "sentence")
        else:
            # "..., said Pentagon spokesman John Kirby." / '"...," said X'
            after = re.match(rf"\s+(?P<np>{_NP})", s[m.end():])
            if m.group(0).lower() == "told":
                after = None  # "..., told Fox News": who was told, not who said it
            near = s[max(0, m.start() - 200):m.start()]  # bounded: linear in a long sentence
            if after is None and m.group(0).lower() != "told" and re.search(r"(?:,|\s[-–—])\s*$", near):
                # "..., hurting 12 people - said the governor of the region"
                after = _LOWER_SAID_AFTER_RE.match(s, m.end())
                after = re.match(rf"\s+(?P<np>{re.escape(after.group('np'))})", s[m.end():]) if after else None
            if after and re.match(r"\s+(?:an?|the)\s", s[m.end() + after.end("np"):]):
                # "- said the Reuters agency a senior US official": told to the outlet, the
                # speaker comes after it (a translation's word order)
                out.append(Attribution(m.start(), m.start(), None, "sentence", generic=True))
                continue
            if after and re.search(r"(?:[,\"”]|\s[-–—])\s*$", near):
                add(m.end() + after.start("np"), m.end() + after.end("np"), "sentence")
            elif re.search(r"\w\s*$", near):
                # someone this module cannot name said it ("soldiers reported"): not the
                # claimant of the paragraph before
                out.append(Attribution(m.start(), m.start(), None, "sentence", generic=True))
    out.sort(key=lambda a: a.start)
    return out

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
from index.extraction.referents import DESCRIPTION_HEADS, DESCRIPTION_NOUNS

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
    "|local|provincial|occupation|presidential"
)
_NP_TOKEN = re.compile(
    rf"(?:[A-Z][\w’'.&-]*|of|the|for|and|de|von|der|al|bin|(?:{ROLE_WORDS})(?:['’]s)?)$"
)
_PRONOUNS = re.compile(
    r"(?:it|he|she|they|the\s+(?:ministry|military|agency|department|office|report|army"
    r"|command|update|bulletin|statement|government|service|institute|think[- ]tank))$",
    re.I,
)
# A description that refers back to a claimant named before ("the think tank", "the British
# ministry", "the news digest", "the two organisations"): resolved against the article's
# claimants by `index.extraction.referents`.
DESCRIPTION_RE = re.compile(
    r"(?:(?:the|this|that|its|their)\s+)?(?:[\w.’'-]+\s+){0,3}?(?:" + DESCRIPTION_NOUNS + r")$", re.I)
_DESCRIPTION_SUBJECT_RE = re.compile(
    r"\b(?:the|this|its|their)\s+(?:[\w.’'-]+\s+){0,3}?(?:" + DESCRIPTION_NOUNS + r")\s*$", re.I)
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
    # the verbs of translations and briefings: "the Armed Forces affirm that", "he stressed that"
    r"|affirm|affirms|affirmed|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|specified|informed|asserted"
    r"|clarified|detailed|highlighted|underlined|pointed\s+out|explained|warned|maintained|announce|inform"
)
_SAY_RE = re.compile(rf"\b(?:{SAY_VERBS})\b", re.I)
_NOT_SAY_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|were|was|been|be|being|is|are|with|of|to|these|those|its|their|his|her|widely"
    r"|unconfirmed|officially|not|to|of|by|for|from|in|on|with)|['’]s)\s+$",
    re.I,
)
_ADVERBIALS = re.compile(
    r"(?:(?>\s*+,\s*[^,]{2,90}(?=\s*+,))|(?>\s*+\([^()]{1,40}\))|(?:\s*+,)?\s++(?:has|have|had|also|previously|lately|recently|reportedly|repeatedly"
    r"|earlier|now|further|then|already|today|yesterday|again|once|officially|only|still|separately"
    r"|visually|independently|jointly|likely|probably|previously|initially|independently"
    r"|later|publicly|since|subsequently|(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week"
    r"|month|year|night)|in\s+(?:a|its|their|his|her)\s+(?:daily\s+|latest\s+|new\s+)?(?:statement"
    r"|report|update|briefing|post)"
    # "The think tank ..., in January put total Russian casualties at ..."
    r"|in\s+(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?))*\s*+,?\s*+$"  # possessive: runs of spaces cost linear time
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
# "Ukraine lost over 8,000 soldiers in a week – Russian MOD", "..., 1,935 injured - UN",
# "250 tanks destroyed: Ukraine armed forces": a title line ending in who says it
DASH_TAIL_RE = re.compile(
    r"(?:\s[-–—]|:)\s+(?P<np>(?:the\s+)?(?:[A-Z][\w’'.&-]*|(?:" + ROLE_WORDS + r"))(?:\s+(?:[A-Z][\w’'.&-]*|of|the|(?:"
    + ROLE_WORDS + r"))){0,5})\s*$")
# "Source: Ukrainian Memory Book – 35,000 ...": a label line naming where its figures come from
SOURCE_LABEL_RE = re.compile(r"^\W{0,3}(?:Sources?|Data|Figures)\s*:\s*(?P<np>[^–—:\n]{2,60}?)\s+[-–—:]\s")
# "Figures shared by the MoD, attributed to the General Staff": who first said it
ATTRIBUTED_RE = re.compile(rf"\b(?:attributed|credited)\s+to\s+(?P<np>{_NP_ANY})")
# "the Sunday report of the General Staff", "data of the UN monitoring mission"
REPORT_OF_RE = re.compile(
    r"(?i:\b(?:reports?|data|figures|estimates?|statement|bulletin|update|summary|count|tally)\s+of\s+)"
    rf"(?P<np>(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|the|for|and|(?:{ROLE_WORDS}))(?![\w’'-])){{0,9}})"
    # the source ends there ("the report of the General Staff, ..."); "the tally of Russian
    # military deaths" names what is counted
    r"(?=\s*(?:[,.;:)(\"”]|$)|\s+(?:on|in|at|for|from|was|were|is|are|has|had|have|which|that|who|shows?"
    r"|showed|says?|said|states?|stated|reads?|indicates?|indicated|published|released|issued|also|as|and|[-–—])(?!\w))")
_TITLE_LINE_RE = re.compile(r"[.!?;][\"”’']?\s*$")
GENERIC_SUBJECT_RE = re.compile(r"^\W*(?:Reports|Media\s+reports|Sources|Estimates|Some\s+reports)\s+"
                                r"(?:indicate|suggest|say|show|claim)\b")


_PASSIVE_RE = re.compile(r"\b(?:is|are|was|were|been|being)\s+$", re.I)
# '"...," said X' names X only when the name ends there ("..., said Ukrainian shelling in the
# past day ..." is what was said)
_NAME_ENDS_RE = re.compile(
    r"\s*(?:[,.;:!?\"”)(]|[-–—]|$|(?:on|in|at|late|early|earlier|today|yesterday|who|which|adding|told|according|last|this)\b)")
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


_PRONOUN_SUBJECT_RE = re.compile(r"(?:^|[,;:\"”]\s*|\b(?:and|but)\s+)(it|he|she|they)\s*$", re.I)
_RELATIVE_RE = re.compile(r"\s*,\s*(?:which|who)\s*$")
_PLACE_AFTER_RE = re.compile(
    r"\s+in\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?P<region>\s+(?:region|oblast|province|district|area))?\s*$")
# a word right before a subject's name that is a title of it, not a verb or place it follows
_TITLE_NOUN_RE = re.compile(
    r"(?:[a-z]+-)?(?:candidate|host|analyst|expert|lawmaker|politician|activist|blogger|journalist|correspondent"
    r"|researcher|historian|economist|diplomat|envoy|negotiator|leader|chairman|chairwoman|chair"
    r"|founder|owner|boss|member|veteran|investigator|strategist|colonel|general|officer|minister"
    r"|secretary|spokesman|spokeswoman|spokesperson|adviser|advisor|aide|commander|governor|mayor)(?:-[a-z]+)*", re.I)
_OBJECT_BEFORE_RE = re.compile(r"\w+(?:ing|ed)|in|on|at|near|from|with|against|to|into|over|under", re.I)


_NATION_WORDS = {"british", "uk", "u.k.", "russian", "ukrainian", "us", "u.s.", "american", "un", "u.n.",
                 "western", "nato", "eu", "european", "kremlin", "kyiv", "moscow"}


def is_description(words: str) -> bool:
    """"the think tank", "the British ministry", "the MOD": a kind of body, not a name (a
    head noun in lower case, or a bare MOD; no alias of the table)."""
    words = words.strip()
    if not words or words.split()[-1].lower() not in DESCRIPTION_HEADS or not DESCRIPTION_RE.match(words):
        return False
    head = words.split()[-1]
    if not (head.islower() or head in ("MOD", "MoD")):
        return False
    bare = re.sub(r"^(?:the|this|that|its|their)\s+", "", words, flags=re.I)
    modifiers = bare.split()[:-1]
    if any(w[:1].isupper() and w.lower() not in _NATION_WORDS and not w.endswith("-based") for w in modifiers):
        return False  # "Pentagon estimates": a name, not a description
    if sum(1 for w in modifiers if w.lower() not in _NATION_WORDS and not w.endswith("-based")) > 1:
        return False  # "the Ukrainian prosecutor general's office": a body named by its words
    return bare in ("MOD", "MoD") or (head not in ("MOD", "MoD") and canonical(bare) == bare)


_ADVERBIAL_WINDOW = 400  # characters before a say-verb searched for adverbs and appositives
_TOKEN_RE = re.compile(r"[\w’'.&-]+|[^\w\s]")


_PLACE_NAMES = {"ukraine", "russia", "kyiv", "kiev", "moscow", "washington", "us", "uk", "britain", "kremlin"}


def _known_body(words: str) -> bool:
    """A body of the alias table, not a place: the speaker even after "of" or "at"."""
    bare = re.sub(r"^(?:the|a|an)\s+", "", words.strip(), flags=re.I)
    return bool(bare) and bare.lower() not in _PLACE_NAMES and canonical(bare) != bare


def _subject_before(s: str, pos: int) -> tuple[int, int] | None:
    """Span of the noun phrase that ends (modulo adverbs and an appositive) at `pos`."""
    before = s[:pos]
    # atomic groups and a bounded window: a scraped table (", , item") once took exponential time
    m = _ADVERBIALS.search(before, max(0, pos - _ADVERBIAL_WINDOW))
    end = m.start() if m else len(before.rstrip())
    named = _NAME_APPOSITIVE_RE.match(before, end)
    if named:  # "the head of the presidential office, Andriy Yermak, said": the name says who
        return named.start(1), named.end(1)
    pro = _PRONOUN_SUBJECT_RE.search(before, max(0, end - 40), end)
    if pro:  # "..., it said": who "it" is, the article said before
        return pro.start(1), pro.end(1)
    last_word = before[max(0, end - 30):end].rsplit(None, 1)[-1:]
    desc = _DESCRIPTION_SUBJECT_RE.search(before, max(0, end - 80), end) \
        if last_word and last_word[0].lower() in DESCRIPTION_HEADS else None
    if desc and is_description(desc.group(0)):  # "The think tank noted": the body named before
        return desc.start(), end
    rel = _RELATIVE_RE.search(before, max(0, end - 40), end)
    if rel:  # "Ukraine, which says it has shot down 88 aircraft": the body before "which"
        end = rel.start()
    scan_end = end
    post = _PLACE_AFTER_RE.search(before, max(0, end - 120), end)
    if post and post.group("region"):
        scan_end = post.start()  # "Separatist authorities in the Donetsk region said": their name
    elif post and re.search(r"[A-Z][\w’'.-]*$", before[max(0, post.start() - 60):post.start()]):
        scan_end = end = post.start()  # "the UN Monitoring Mission in Ukraine said": the mission
    toks = list(_TOKEN_RE.finditer(before, max(0, scan_end - 200), scan_end))
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
    first = before[start:end].split()[0]
    titled = first.islower() and (_TITLE_NOUN_RE.fullmatch(first) is not None or re.fullmatch(ROLE_WORDS, first) is not None) \
        and re.search(r"[A-Z]", before[start:end]) is not None  # "war correspondent Tom Brady"
    named_body = _known_body(before[start:end])  # "the team of researchers at the Oryx blog said"
    if stop and stop[:1].islower() and not _CLAUSE_WORD_RE.fullmatch(stop) and not titled and not named_body and (
            _OBJECT_BEFORE_RE.fullmatch(stop) or not _TITLE_NOUN_RE.fullmatch(stop)):
        # "Authorities in Sumy oblast bordering Russia reported": the words right before the
        # verb are an object, and who said it lies further back (but "presidential candidate
        # Robert F. Kennedy Jr. claimed": a title before a name)
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
        words = s[a:b].strip().rstrip(" ,.;:!?\"“”’'")
        if _PRONOUNS.match(phrase.lower()) or _PRONOUNS.match(words.lower()) or (
                is_description(words) and canonical(phrase) == phrase):
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
                if re.search(r"\bthe\s+$", s[max(0, m.start("np") - 5):m.start("np")]) and \
                        re.fullmatch(r"report|update|statement", np_.strip(), re.I):
                    # "according to the report": the report the article spoke of, its author's
                    out.append(Attribution(m.start("np") - 4, m.end("np"), "the " + np_.strip(), scope,
                                           pronoun=True))
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
    if headline and len(s) < 200 and not _TITLE_LINE_RE.search(s) and (" - " in s or "–" in s or "—" in s or ":" in s):
        m = DASH_TAIL_RE.search(s)
        if m and (canonical(m.group("np")) != m.group("np") or re.search(rf"\b(?:{ROLE_WORDS})\b", m.group("np").lower())):
            add(m.start("np"), m.end("np"), "sentence")
    m = SOURCE_LABEL_RE.match(s) if ":" in s else None
    if m:
        add(m.start("np"), m.end("np"), "sentence")
    if "attributed to" in low or "credited to" in low:
        for m in ATTRIBUTED_RE.finditer(s):
            add(m.start("np"), m.end("np"), "sentence")
    if " of " in low:
        for m in REPORT_OF_RE.finditer(s):
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
            if after and re.search(r"(?:[,\"”]|\s[-–—])\s*$", near) and \
                    _NAME_ENDS_RE.match(s, m.end() + after.end("np")):
                add(m.end() + after.start("np"), m.end() + after.end("np"), "sentence")
            elif re.search(r"\w\s*$", near):
                # someone this module cannot name said it ("soldiers reported"): not the
                # claimant of the paragraph before
                out.append(Attribution(m.start(), m.start(), None, "sentence", generic=True))
    out.sort(key=lambda a: a.start)
    return out
